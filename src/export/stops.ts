/**
 * What a page or a slide says beside its picture: the stop's heading, its note and the
 * sources it cites (the sources of the event it shows, each once, with title and URL).
 * The view on screen says the selected event's summary instead of a note.
 */
import type { TimelineApp } from '../state/app.svelte';

export interface Cited {
  title: string;
  publisher: string;
  url: string;
}

export interface StopText {
  /** 1-based, or null for the view on screen. */
  stop: number | null;
  heading: string;
  note: string;
  sources: Cited[];
}

export function stopText(app: TimelineApp, stop: number | null): StopText {
  const { data, words, selection } = app;
  const scene = stop === null ? null : data.scenes[stop - 1];
  const id = stop === null ? selection.eventId : (scene?.event ?? null);
  const event = id ? data.byId.get(id) : undefined;
  const title = words.t(data.current?.title);
  const heading =
    scene?.title || !event ? title : words.strings.list([words.t(event.title), words.when(event)]);
  const note = scene ? words.t(scene.note ?? undefined) : event ? words.t(event.summary) : '';
  const byId = new Map((data.current?.sources ?? []).map((s) => [s.id, s]));
  const seen = new Set<string>();
  const sources: Cited[] = [];
  for (const ref of event?.sources ?? []) {
    const source = byId.get(ref.source);
    if (!source || seen.has(source.id)) continue;
    seen.add(source.id);
    sources.push({
      title: words.t(source.title),
      publisher: words.t(source.publisher),
      url: source.url ?? '',
    });
  }
  return { stop, heading, note, sources };
}
