import { describe, expect, it } from 'vitest';
import { scenesOf } from './scenes';
import type { PlacedEvent } from '../data/semantics';
import { MS_PER_DAY, toDay } from '../time/days';

const events = [{ id: 'a' }, { id: 'b' }] as PlacedEvent[];

describe('scenesOf', () => {
  it('puts a title card before the stops', () => {
    const scenes = scenesOf([{ id: 's', note: 'First', event: 'a', topics: ['labor'] }], events);
    expect(scenes.map((s) => [s.title, s.event, s.note])).toEqual([
      [true, null, null],
      [false, 'a', 'First'],
    ]);
    expect(scenes[1]!.topics).toEqual(['labor']);
  });

  it("takes the dataset's first stop as its title card when it shows no event and no window", () => {
    const scenes = scenesOf(
      [
        { id: 'intro', note: 'Welcome' },
        { id: 's', note: 'Round', event: 'b' },
      ],
      events,
    );
    expect(scenes.map((s) => [s.title, s.note])).toEqual([
      [true, 'Welcome'],
      [false, 'Round'],
    ]);
  });

  it('reads a stop window from its first day to the end of its last', () => {
    const [, scene] = scenesOf([{ id: 's', note: 'N', from: '2022-01-01', to: '2022-01-31' }], []);
    expect(scene!.window).toEqual([toDay(2022, 1, 1) * MS_PER_DAY, toDay(2022, 2, 1) * MS_PER_DAY]);
  });

  it('without stops, takes the events in time order after the title card', () => {
    expect(scenesOf([], events).map((s) => s.event)).toEqual([null, 'a', 'b']);
  });
});
