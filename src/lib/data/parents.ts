/**
 * Sub-topics: a topic may name a parent topic (bilateral trade issues: ethanol, seafood...).
 * One level only, so a panel of topics is a list with indented items, never a tree,
 * and an event with a sub-topic belongs to its parent too: the filters and panels that
 * work on an event's topics need to know nothing about parents.
 */
import type { Said } from './said';
import type { Topic } from './schema';

/**
 * What is wrong with a topic's parent, judged on the file as written (so the verdict on
 * one topic never depends on the order the others are checked in), or null.
 */
export function parentFault(topic: Topic, byId: ReadonlyMap<string, Topic>): Said | null {
  const parent = topic.parent;
  if (parent === undefined) return null;
  if (!byId.has(parent)) return { key: 'noSuch', kind: 'topic', id: parent };
  // Up the written parents: back at the topic is a loop; more than one step, too deep.
  let at: string | undefined = parent;
  for (let steps = 0; at !== undefined && steps <= byId.size; steps++) {
    if (at === topic.id) return { key: 'parentCycle', id: topic.id, parent };
    at = byId.get(at)?.parent;
  }
  if (byId.get(parent)?.parent !== undefined) {
    return { key: 'parentNested', id: topic.id, parent };
  }
  return null;
}

/**
 * The topics with every faulty parent reported at its path and dropped, and the parent
 * of each topic that keeps one.
 */
export function checkParents(
  topics: readonly [Topic, number][],
  error: (at: (string | number)[], said: Said) => void,
): { topics: Topic[]; parentOf: Map<string, string> } {
  const byId = new Map(topics.map(([topic]) => [topic.id, topic]));
  const parentOf = new Map<string, string>();
  const kept = topics.map(([topic, index]) => {
    if (topic.parent === undefined) return topic;
    const fault = parentFault(topic, byId);
    if (!fault) {
      parentOf.set(topic.id, topic.parent);
      return topic;
    }
    error(['topics', index, 'parent'], fault);
    const alone = { ...topic };
    delete alone.parent;
    return alone;
  });
  return { topics: kept, parentOf };
}

/**
 * An event's topics with the parent of each sub-topic added after them, once. The same
 * list when nothing is added: most events of most files name no sub-topic.
 */
export function withParents(ids: string[], parentOf: ReadonlyMap<string, string>): string[] {
  if (parentOf.size === 0) return ids;
  let out = ids;
  for (const id of ids) {
    const parent = parentOf.get(id);
    if (parent === undefined || out.includes(parent)) continue;
    if (out === ids) out = [...ids];
    out.push(parent);
  }
  return out;
}
