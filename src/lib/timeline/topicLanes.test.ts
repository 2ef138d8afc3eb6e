import { describe, expect, it } from 'vitest';
import { laneStep, topicLanes, type Cell } from './topicLanes';
import type { Topic } from '../data/schema';

const topic = (id: string, parent?: string): Topic => ({
  id,
  label: id,
  ...(parent && { parent }),
});

describe('topicLanes', () => {
  it('gives each topic a lane, each sub-topic indented right under its parent', () => {
    const events: Record<string, number[]> = { labor: [0, 2], 'task-force': [2], digital: [1] };
    const lanes = topicLanes(
      [
        { topic: topic('labor'), children: [topic('task-force', 'labor')] },
        { topic: topic('digital'), children: [] },
      ],
      (id) => events[id] ?? [],
    );
    expect(lanes.map((l) => [l.topic.id, l.depth, l.events])).toEqual([
      ['labor', 0, [0, 2]],
      ['task-force', 1, [2]],
      ['digital', 0, [1]],
    ]);
  });

  it('gives a topic with no events an empty lane, so that it is seen to have none', () => {
    const lanes = topicLanes([{ topic: topic('quiet'), children: [] }], () => []);
    expect(lanes).toEqual([{ topic: topic('quiet'), depth: 0, events: [] }]);
  });
});

describe('laneStep', () => {
  // Events 0..4 in time order, a month apart; lanes as rounds touch topics.
  const time = (event: number) => event * 30;
  const lanes = [{ events: [0, 1, 3] }, { events: [1, 4] }, { events: [] }, { events: [2] }];
  const step = (at: Cell, key: string) => laneStep(lanes, at, key, time);

  it.each([
    ['ArrowRight moves along the lane', { lane: 0, event: 0 }, 'ArrowRight', { lane: 0, event: 1 }],
    ['ArrowLeft moves back along it', { lane: 0, event: 3 }, 'ArrowLeft', { lane: 0, event: 1 }],
    [
      'ArrowLeft from the first event goes to the label',
      { lane: 0, event: 0 },
      'ArrowLeft',
      { lane: 0, event: null },
    ],
    [
      'ArrowRight from the label goes to the first event',
      { lane: 1, event: null },
      'ArrowRight',
      { lane: 1, event: 1 },
    ],
    ['Home goes to the first event', { lane: 0, event: 3 }, 'Home', { lane: 0, event: 0 }],
    ['End goes to the last event', { lane: 0, event: 0 }, 'End', { lane: 0, event: 3 }],
    [
      'ArrowDown keeps to the same event where the lane has it',
      { lane: 0, event: 1 },
      'ArrowDown',
      { lane: 1, event: 1 },
    ],
    [
      'ArrowDown goes to the nearest event in time otherwise',
      { lane: 0, event: 3 },
      'ArrowDown',
      { lane: 1, event: 4 },
    ],
    [
      'ArrowUp into an empty lane lands on its label too',
      { lane: 3, event: 2 },
      'ArrowUp',
      { lane: 2, event: null },
    ],
    [
      'ArrowDown into an empty lane lands on its label',
      { lane: 1, event: 4 },
      'ArrowDown',
      { lane: 2, event: null },
    ],
    [
      'ArrowUp from a label goes to the label above',
      { lane: 1, event: null },
      'ArrowUp',
      { lane: 0, event: null },
    ],
    [
      'ArrowUp from an empty lane goes to the label above',
      { lane: 2, event: null },
      'ArrowUp',
      { lane: 1, event: null },
    ],
  ])('%s', (_, at, key, to) => {
    expect(step(at, key)).toEqual(to);
  });

  it('finds the nearest event, the earlier of two as near', () => {
    const even = [{ events: [1, 3] }, { events: [2] }];
    expect(laneStep(even, { lane: 1, event: 2 }, 'ArrowUp', time)).toEqual({ lane: 0, event: 1 });
  });

  it.each([
    ['past the last event', { lane: 0, event: 3 }, 'ArrowRight'],
    ['left of the label', { lane: 0, event: null }, 'ArrowLeft'],
    ['above the first lane', { lane: 0, event: 1 }, 'ArrowUp'],
    ['below the last lane', { lane: 3, event: 2 }, 'ArrowDown'],
    ['Home on the first event', { lane: 0, event: 0 }, 'Home'],
    ['a key that is no move', { lane: 0, event: 0 }, 'Enter'],
    ['a lane there is not', { lane: 9, event: 0 }, 'ArrowDown'],
  ])('does not move %s', (_, at, key) => {
    expect(step(at, key)).toBeNull();
  });
});
