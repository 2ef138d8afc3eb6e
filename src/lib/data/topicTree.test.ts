import { describe, expect, it } from 'vitest';
import { topicTree, withParentColors } from './topicTree';
import type { Topic } from './schema';

const topic = (id: string, parent?: string, color?: string): Topic => ({
  id,
  label: id,
  ...(parent ? { parent } : {}),
  ...(color ? { color } : {}),
});

describe('topicTree', () => {
  it('puts each sub-topic under its parent, in the order of the file', () => {
    const tree = topicTree([
      topic('labor'),
      topic('bilateral'),
      topic('ethanol', 'bilateral'),
      topic('task-force', 'labor'),
      topic('seafood', 'bilateral'),
    ]);
    expect(tree.map((g) => [g.topic.id, g.children.map((c) => c.id)])).toEqual([
      ['labor', ['task-force']],
      ['bilateral', ['ethanol', 'seafood']],
    ]);
  });

  it('keeps a sub-topic listed before its parent under that parent', () => {
    const tree = topicTree([topic('ethanol', 'bilateral'), topic('bilateral')]);
    expect(tree.map((g) => [g.topic.id, g.children.map((c) => c.id)])).toEqual([
      ['bilateral', ['ethanol']],
    ]);
  });

  it('lets a sub-topic whose parent is missing stand alone', () => {
    expect(topicTree([topic('ethanol', 'gone')]).map((g) => g.topic.id)).toEqual(['ethanol']);
  });
});

describe('withParentColors', () => {
  it("gives a sub-topic without a colour its parent's", () => {
    const topics = withParentColors([
      topic('bilateral', undefined, '#0c8599'),
      topic('ethanol', 'bilateral'),
    ]);
    expect(topics[1]?.color).toBe('#0c8599');
  });

  it('keeps the colour a sub-topic has of its own', () => {
    const topics = withParentColors([
      topic('bilateral', undefined, '#0c8599'),
      topic('ethanol', 'bilateral', '#2f9e44'),
    ]);
    expect(topics[1]?.color).toBe('#2f9e44');
  });

  it('leaves a topic with no colour, and no parent with one, without a colour', () => {
    const topics = withParentColors([topic('labor'), topic('task-force', 'labor')]);
    expect(topics.map((t) => t.color)).toEqual([undefined, undefined]);
    expect(topics[1]).not.toHaveProperty('color');
  });
});
