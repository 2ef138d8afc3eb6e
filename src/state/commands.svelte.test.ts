import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { TimelineApp } from './app.svelte';
import { parseConfig } from '../lib/url/config';
import { loadValue } from '../lib/data/load';
import { MS_PER_DAY as DAY, toDay } from '../lib/time/days';

/** A timeline of four events on known days, loaded without a fetch. */
function timeline(extra: Record<string, unknown> = {}) {
  const app = new TimelineApp(parseConfig('?lang=en'));
  const source = {
    id: 's',
    title: 'Source',
    publisher: 'Publisher',
    url: 'https://example.org/',
    published: '2022',
    level: 'primary',
  };
  const event = (id: string, date: string, topics: string[]) => ({
    id,
    title: `Event ${id}`,
    date,
    status: 'held',
    topics,
    sources: [{ source: 's', quote: 'Yes.' }],
  });
  const result = loadValue({
    title: 'Test',
    sources: [source],
    topics: [
      { id: 'labor', label: 'Labor' },
      { id: 'digital', label: 'Digital' },
    ],
    events: [
      event('a', '2022-01-10', ['labor']),
      event('b', '2022-03-01', ['labor', 'digital']),
      event('c', '2022-06-15', []),
      event('d', '2023-02-02/2023-02-03', ['digital']),
    ],
    stops: [
      { id: 'start', note: 'The whole story' },
      { id: 'one', note: 'Round b', event: 'b', topics: ['digital'] },
      { id: 'two', note: 'Early 2022', from: '2022-01-01', to: '2022-03-31' },
    ],
    ...extra,
  });
  app.loader.result = result;
  app.loader.status = 'ready';
  app.view.window = app.data.domain;
  return app;
}

/** Run `body` inside an effect root, so derived state can be read, and clean up after. */
function within(body: () => void) {
  const cleanup = $effect.root(body);
  cleanup();
}

const day = (y: number, m: number, d: number) => toDay(y, m, d) * DAY;

describe('select', () => {
  it('select(id) selects the event, marks its topics related and says so', () =>
    within(() => {
      const app = timeline();
      app.commands.select('b');
      flushSync();
      expect(app.selection.eventId).toBe('b');
      expect([...app.selection.relatedTopics]).toEqual(['labor', 'digital']);
      expect(app.announcer.message).toBe('Selected: Event b, March 1, 2022');
    }));

  it('select(id) with an id no event has selects nothing', () =>
    within(() => {
      const app = timeline();
      app.commands.select('b');
      app.commands.select('nope');
      expect(app.selection.eventId).toBeNull();
    }));

  it('select(id) brings an event outside the window into view', () =>
    within(() => {
      const app = timeline();
      app.view.window = [day(2022, 1, 1), day(2022, 2, 1)];
      app.commands.select('d', { animate: false });
      const [from, to] = app.view.window;
      expect(from).toBeLessThanOrEqual(day(2023, 2, 2));
      expect(to).toBeGreaterThanOrEqual(day(2023, 2, 4));
    }));

  it('select(id, { reveal: false }) leaves the window where it is', () =>
    within(() => {
      const app = timeline();
      const window = [day(2022, 1, 1), day(2022, 2, 1)] as const;
      app.view.window = window;
      app.commands.select('d', { reveal: false });
      expect(app.view.window).toBe(window);
    }));
});

describe('focus and step', () => {
  it('step(1) moves the keyboard to the next event in time order, without selecting it', () =>
    within(() => {
      const app = timeline();
      app.commands.select('a');
      expect(app.commands.step(1)).toBe('b');
      expect(app.selection.cursorId).toBe('b');
      expect(app.selection.eventId).toBe('a');
    }));

  it('step is held to the first and the last event', () =>
    within(() => {
      const app = timeline();
      expect(app.commands.focus(-5)).toBe('a');
      expect(app.commands.step(-1)).toBe('a');
      expect(app.commands.focus(99)).toBe('d');
      expect(app.commands.step(1)).toBe('d');
    }));

  it('step from nowhere goes to the first event', () =>
    within(() => {
      expect(timeline().commands.step(1)).toBe('a');
    }));

  it('focus brings the event into view', () =>
    within(() => {
      const app = timeline();
      app.view.window = [day(2022, 1, 1), day(2022, 2, 1)];
      app.commands.focus(3);
      flushSync();
      const [from, to] = app.view.window;
      expect(from <= day(2023, 2, 2) && to >= day(2023, 2, 4)).toBe(true);
      expect(app.frame.placed.has(3)).toBe(true);
    }));
});

describe('topics', () => {
  it('toggleTopic filters by a topic, announces the count, and toggles it off again', () =>
    within(() => {
      const app = timeline();
      app.commands.toggleTopic('digital');
      flushSync();
      expect(app.selection.matching.map((e) => e.id)).toEqual(['b', 'd']);
      expect(app.announcer.message).toBe('Showing Digital: 2 events');
      app.commands.toggleTopic('digital');
      expect(app.selection.topics).toEqual([]);
    }));

  it('setTopics drops ids no topic has, and repeats', () =>
    within(() => {
      const app = timeline();
      app.commands.setTopics(['labor', 'nope', 'labor']);
      expect(app.selection.topics).toEqual(['labor']);
    }));

  it('clear drops the selection and the filter, and a second clear says nothing new', () =>
    within(() => {
      const app = timeline();
      app.commands.select('a');
      app.commands.setTopics(['labor']);
      app.commands.clear();
      expect([app.selection.eventId, app.selection.topics]).toEqual([null, []]);
      expect(app.announcer.message).toBe('Selection and filters cleared');
      app.announcer.message = '';
      app.commands.clear();
      expect(app.announcer.message).toBe('');
    }));
});

describe('the window', () => {
  it('setWindow shows the window it is given', () =>
    within(() => {
      const app = timeline();
      app.commands.setWindow([day(2022, 2, 1), day(2022, 4, 1)]);
      expect(app.view.window).toEqual([day(2022, 2, 1), day(2022, 4, 1)]);
    }));

  it('setWindow holds a window to the zoom limits: never under two days', () =>
    within(() => {
      const app = timeline();
      app.commands.setWindow([day(2022, 2, 1), day(2022, 2, 1) + 1000]);
      const [from, to] = app.view.window;
      expect(to - from).toBe(2 * DAY);
    }));

  it('setWindow with a window of nonsense shows all of the data', () =>
    within(() => {
      const app = timeline();
      app.commands.setWindow([Number.NaN, 5]);
      expect(app.view.window).toEqual(app.data.domain);
    }));

  it('zoomBy(2) halves the window around its centre, and says what is shown when asked', () =>
    within(() => {
      const app = timeline();
      app.commands.setWindow([day(2022, 1, 1), day(2022, 5, 1)]);
      app.commands.zoomBy(2, { animate: false, announce: true });
      expect(app.view.window).toEqual([day(2022, 1, 31), day(2022, 4, 1)]);
      expect(app.announcer.message).toBe('Showing January 31\u2009–\u2009March 31, 2022');
    }));

  it('fit shows all of the data', () =>
    within(() => {
      const app = timeline();
      app.commands.setWindow([day(2022, 2, 1), day(2022, 4, 1)]);
      app.commands.fit({ animate: false });
      expect(app.view.window).toEqual(app.data.domain);
      flushSync();
      expect(app.view.reach.fit).toBe(false);
    }));
});

describe('goToStop', () => {
  it('goToStop(2) applies the stop: its topics, its event, and says its note', () =>
    within(() => {
      const app = timeline();
      app.commands.goToStop(2, { animate: false });
      expect(app.selection.stop).toBe(2);
      expect(app.selection.topics).toEqual(['digital']);
      expect(app.selection.eventId).toBe('b');
      expect(app.announcer.message).toBe('Stop 2 of 3: Round b');
    }));

  it('goToStop shows the window a stop saves, from its first day to the end of its last', () =>
    within(() => {
      const app = timeline();
      app.commands.goToStop(3, { animate: false });
      expect(app.view.window).toEqual([day(2022, 1, 1), day(2022, 4, 1)]);
      expect(app.selection.eventId).toBeNull();
    }));

  it('goToStop is held to the stops there are, and a stop with no view shows everything', () =>
    within(() => {
      const app = timeline();
      app.commands.goToStop(0, { animate: false });
      expect(app.selection.stop).toBe(1);
      expect(app.view.window).toEqual(app.data.domain);
      app.commands.goToStop(12, { animate: false });
      expect(app.selection.stop).toBe(3);
    }));
});

describe('next and prev', () => {
  it('next from no stop goes to the first, then on, one stop at a time', () =>
    within(() => {
      const app = timeline();
      expect(app.commands.next({ animate: false })).toBe(true);
      expect(app.selection.stop).toBe(1);
      app.commands.next({ animate: false });
      expect([app.selection.stop, app.selection.eventId]).toEqual([2, 'b']);
    }));

  it('next past the last stop moves nothing and tells onEdge, so a host can move on', () =>
    within(() => {
      const app = timeline();
      const edges: string[] = [];
      app.commands.onEdge = (direction) => edges.push(direction);
      app.commands.goToStop(3, { animate: false });
      expect(app.commands.next()).toBe(false);
      expect(app.selection.stop).toBe(3);
      app.commands.goToStop(1, { animate: false });
      expect(app.commands.prev()).toBe(false);
      expect(edges).toEqual(['next', 'prev']);
    }));

  it('without stops in the data, the events are the stops, after a title card', () =>
    within(() => {
      const app = timeline({ stops: [] });
      expect(app.data.scenes.length).toBe(5);
      app.commands.goToStop(3, { animate: false });
      expect(app.selection.eventId).toBe('b');
      expect(app.announcer.message).toBe('Stop 3 of 5: Event b, March 1, 2022');
    }));
});

describe('language', () => {
  it('setLanguage speaks Japanese, once its words are fetched: the interface and the dates', async () => {
    const app = timeline();
    await app.commands.setLanguage('ja');
    within(() => {
      app.commands.select('b');
      expect(app.announcer.message).toBe('選択：Event b、2022年3月1日');
    });
  });
});
