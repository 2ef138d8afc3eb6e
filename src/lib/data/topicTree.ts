/**
 * Topics as their readers meet them: each top-level topic followed by its sub-topics
 * (one level, as parents.ts allows), and each sub-topic drawn in its parent's colour
 * when it has none of its own, so a family of topics reads as one.
 */
import type { Topic } from './schema';

export interface TopicGroup {
  topic: Topic;
  /** Its sub-topics, in the file's order. */
  children: Topic[];
}

/**
 * The topics grouped under their parents, in the file's order of the parents. A
 * sub-topic whose parent is not among `topics` stands alone, so none goes missing.
 */
export function topicTree(topics: readonly Topic[]): TopicGroup[] {
  const ids = new Set(topics.map((topic) => topic.id));
  const top = (topic: Topic) => !topic.parent || !ids.has(topic.parent);
  return topics.filter(top).map((topic) => ({
    topic,
    children: topics.filter((child) => child.parent === topic.id),
  }));
}

/** The topics with each sub-topic that has no colour of its own given its parent's. */
export function withParentColors(topics: readonly Topic[]): Topic[] {
  const colors = new Map(topics.map((topic) => [topic.id, topic.color]));
  return topics.map((topic) => {
    const color = topic.color ?? colors.get(topic.parent!);
    return color === topic.color ? topic : { ...topic, color };
  });
}
