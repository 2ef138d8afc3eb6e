/**
 * What the reader is looking at: the selected event, the topic filter, the hover or
 * focus preview and the presenter's stop. Relations between events and topics are
 * derived, both ways. It changes through the commands (commands.svelte.ts).
 */
import type { PlacedEvent } from '../lib/data/semantics';

export class Selection {
  /** The selected event's id. */
  eventId = $state<string | null>(null);
  /** Topics that filter the timeline; events outside them dim. */
  topics = $state.raw<readonly string[]>([]);
  /** Hovered or focused, not chosen: previews the same links without selecting. */
  previewEventId = $state<string | null>(null);
  previewTopicId = $state<string | null>(null);
  /** The event the keyboard is on: it holds the timeline's tab stop. */
  cursorId = $state<string | null>(null);
  /** What the search field holds. */
  query = $state('');
  /** The presenter's stop, 1-based, once one was gone to. */
  stop = $state<number | null>(null);

  #events: () => readonly PlacedEvent[];

  constructor(events: () => readonly PlacedEvent[]) {
    this.#events = events;
  }

  byId = $derived.by(() => new Map(this.#events().map((event) => [event.id, event])));

  selected = $derived(this.eventId ? (this.byId.get(this.eventId) ?? null) : null);

  /** Topics of the selected (or previewed) event: their panels are marked related. */
  relatedTopics = $derived(
    new Set(
      (this.selected ?? (this.previewEventId ? this.byId.get(this.previewEventId) : null))
        ?.topics ?? [],
    ),
  );

  /** The filter, plus a previewed topic while nothing is filtered. */
  activeTopics = $derived(
    new Set(this.topics.length ? this.topics : this.previewTopicId ? [this.previewTopicId] : []),
  );

  /** Events that belong to an active topic, in time order. */
  matching = $derived.by(() =>
    this.activeTopics.size ? this.#events().filter((event) => this.touches(event)) : this.#events(),
  );

  touches(event: PlacedEvent): boolean {
    return event.topics.some((topic) => this.activeTopics.has(topic));
  }

  isDimmed(event: PlacedEvent): boolean {
    return this.activeTopics.size > 0 && !this.touches(event);
  }

  isRelated(event: PlacedEvent): boolean {
    return this.activeTopics.size > 0 && this.touches(event);
  }
}
