/**
 * The words of the topic view, one table per language: apart from strings.ts because
 * they load with that view, not with the first one.
 */
import type { Lang } from './lang';
import { count } from './count';

const en = {
  topicView: 'Topics across time',
  topicHelp:
    'Arrow keys: up and down between topics, left and right along one (left of its first event, its filter); Enter selects, Escape clears, plus and minus zoom, 0 fits all.',
  /** A lane: 'Labor: 10 events, November 17, 2021 – December 18, 2024'. */
  lane: (label: string, n: number, range: string) =>
    `${label}: ${n === 1 ? '1 event' : `${count(n)} events`}${range ? `, ${range}` : ''}`,
  /** An event in a lane: 'Labor: First round of meetings, February 28, 2022, Held'. */
  inLane: (label: string, name: string) => `${label}: ${name}`,
};

export type TopicStrings = typeof en;

const ja: TopicStrings = {
  topicView: '分野ごとの推移',
  topicHelp:
    '上下の矢印キーで分野を、左右で同じ分野の出来事を移動（最初の出来事の左は分野の絞り込み）。Enterで選択、Escapeで解除、プラスとマイナスで拡大・縮小、0で全体表示。',
  lane: (label, n, range) => `${label}：${count(n)}件${range ? `、${range}` : ''}`,
  inLane: (label, name) => `${label}：${name}`,
};

export const TOPIC_STRINGS: Record<Lang, TopicStrings> = { en, ja };
