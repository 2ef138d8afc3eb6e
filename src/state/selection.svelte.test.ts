import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { Selection } from './selection.svelte';
import { parseEdtf } from '../lib/time/edtf';
import type { PlacedEvent } from '../lib/data/semantics';

function event(id: string, topics: string[]): PlacedEvent {
  const when = parseEdtf('2022-02-28');
  if (!when.ok) throw new Error(when.fault.key);
  return {
    id,
    title: id,
    date: '2022-02-28',
    status: 'held',
    topics,
    sources: [],
    when: when.value,
  };
}

const events = [event('a', ['labor']), event('b', ['labor', 'digital']), event('c', [])];

describe('Selection', () => {
  it('marks the topics of the selected event related', () => {
    const cleanup = $effect.root(() => {
      const selection = new Selection(() => events);
      selection.select('b');
      flushSync();
      expect([...selection.relatedTopics]).toEqual(['labor', 'digital']);
    });
    cleanup();
  });

  it('ignores an id that no event has', () => {
    const selection = new Selection(() => events);
    selection.select('nope');
    expect(selection.selected).toBeNull();
  });

  it('dims the events outside the topic filter and keeps the ones inside', () => {
    const selection = new Selection(() => events);
    selection.toggleTopic('digital');
    expect(events.map((e) => selection.isDimmed(e))).toEqual([true, false, true]);
    expect(selection.matching.map((e) => e.id)).toEqual(['b']);
  });

  it('previews a hovered topic only while no filter is set', () => {
    const selection = new Selection(() => events);
    selection.previewTopicId = 'labor';
    expect(selection.matching.map((e) => e.id)).toEqual(['a', 'b']);
    selection.toggleTopic('digital');
    expect(selection.matching.map((e) => e.id)).toEqual(['b']);
  });

  it('toggles a topic off again, and clear() drops selection and filter', () => {
    const selection = new Selection(() => events);
    selection.toggleTopic('labor');
    selection.toggleTopic('labor');
    expect(selection.topics).toEqual([]);
    selection.toggleTopic('labor');
    selection.select('a');
    selection.clear();
    expect([selection.eventId, selection.topics.length]).toEqual([null, 0]);
  });
});
