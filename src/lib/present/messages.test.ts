import { describe, expect, it } from 'vitest';
import { readCommand } from './messages';

const command = (fields: Record<string, unknown>) => ({ type: 'timeline:command', ...fields });

describe('readCommand', () => {
  it.each([
    [command({ command: 'next' }), { command: 'next' }],
    [command({ command: 'prev' }), { command: 'prev' }],
    [command({ command: 'getState' }), { command: 'getState' }],
    [command({ command: 'goToStop', stop: 4 }), { command: 'goToStop', stop: 4, animate: true }],
    [
      command({ command: 'goToStop', stop: 4, animate: false }),
      { command: 'goToStop', stop: 4, animate: false },
    ],
    [command({ command: 'select', event: 'round-1' }), { command: 'select', event: 'round-1' }],
    [command({ command: 'select', event: null }), { command: 'select', event: null }],
    [
      command({ command: 'setTopics', topics: ['labor'] }),
      { command: 'setTopics', topics: ['labor'] },
    ],
    [
      command({ command: 'setWindow', from: '2022-01-01', to: '2022-02-01' }),
      { command: 'setWindow', from: Date.UTC(2022, 0, 1), to: Date.UTC(2022, 1, 1) },
    ],
    [command({ command: 'setWindow', from: 0, to: 5 }), { command: 'setWindow', from: 0, to: 5 }],
    [
      command({ command: 'setLayout', layout: 'topics' }),
      { command: 'setLayout', layout: 'topics' },
    ],
    [
      command({ command: 'export', options: { format: 'pdf' }, id: 7 }),
      { command: 'export', options: { format: 'pdf' }, id: 7 },
    ],
    [command({ command: 'export', id: {} }), { command: 'export', options: {}, id: null }],
  ])('reads %j', (data, expected) => {
    expect(readCommand(data)).toEqual(expected);
  });

  it.each([
    ['a string', 'slide:start'],
    ['null', null],
    ['another type', { type: 'reveal', command: 'next' }],
    ['an unknown command', command({ command: 'delete' })],
    ['a stop that is not a number', command({ command: 'goToStop', stop: '4' })],
    ['a stop that is not finite', command({ command: 'goToStop', stop: Infinity })],
    ['topics that are not strings', command({ command: 'setTopics', topics: [1] })],
    ['a window that ends before it starts', command({ command: 'setWindow', from: 5, to: 0 })],
    ['a window in words', command({ command: 'setWindow', from: 'soon', to: 'later' })],
    ['an event id that is a number', command({ command: 'select', event: 3 })],
    ['a layout the timeline does not have', command({ command: 'setLayout', layout: 'grid' })],
  ])('ignores %s', (_, data) => {
    expect(readCommand(data)).toBeNull();
  });
});
