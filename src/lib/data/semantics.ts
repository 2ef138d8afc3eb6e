/**
 * The meaning pass, with the whole file in view: dates that parse and make sense,
 * unique ids, references that resolve (each listed once), time zones that exist and
 * agree, topics' parents, the topics quotes support and the dates sources claim. A
 * record that cannot be placed in time is skipped; a record with a dangling reference is
 * kept with that reference removed. Every decision is reported.
 */
import { parseEdtf, type EdtfDate } from '../time/edtf';
import { isKnownZone, zoneDaysAgree } from '../time/zones';
import { parseIsoDay } from '../time/days';
import { knownFirst, knownLast } from '../time/knownDays';
import { jsonPath, problemAt, type Problem, type Skipped } from './problems';
import type { Said } from './said';
import type { Positions, Structured } from './structure';
import type { Period, SourceRef, Stop, TimelineEvent } from './schema';
import { refKey } from './once';
import { checkParents, withParents } from './parents';
import { checkClaims, type PlacedClaim } from './checkClaims';

export interface PlacedEvent extends TimelineEvent {
  when: EdtfDate;
  /** The date a source expected beforehand, parsed. */
  expectedWhen?: EdtfDate;
  /** The date each source gives, parsed; every one lies inside `when`. */
  claims?: PlacedClaim[];
}

/**
 * An event's topics, with their parents, as its quotes are checked against them, and the
 * topics its quotes name that it lacks, which it is then given.
 */
interface Supported {
  topics: string[];
  added: string[];
}
export interface PlacedPeriod extends Period {
  when: EdtfDate;
}
export type Checked = Omit<Structured, 'events' | 'periods'> & {
  events: PlacedEvent[];
  periods: PlacedPeriod[];
};

type Path = (string | number)[];

export function checkMeaning(
  data: Structured,
  positions: Positions,
  problems: Problem[],
  skipped: Skipped[],
): Checked {
  const error = (at: Path, said: Said) => problems.push(problemAt(at, said));
  const warn = (at: Path, said: Said) => problems.push(problemAt(at, said, 'warning'));
  const skip = (at: Path, id: string, because: Said) =>
    skipped.push({ path: jsonPath(at), id, because: [because] });

  /**
   * The records of a list with their positions in the file, keeping the first record of
   * each id; later ones are reported and skipped.
   */
  function unique<K extends keyof Positions>(key: K): [Structured[K][number], number][] {
    const first = new Map<string, number>();
    const kept: [Structured[K][number], number][] = [];
    (data[key] as Structured[K][number][]).forEach((record, i) => {
      const position = positions[key][i] ?? i;
      const earlier = first.get(record.id);
      if (earlier === undefined) {
        first.set(record.id, position);
        kept.push([record, position]);
        return;
      }
      const reason: Said = { key: 'duplicateId', id: record.id, list: key, first: earlier };
      error([key, position, 'id'], reason);
      skip([key, position], record.id, reason);
    });
    return kept;
  }

  function date(at: Path, field: string, text: string): EdtfDate | null {
    const result = parseEdtf(text);
    if (result.ok) return result.value;
    error([...at, field], result.fault);
    return null;
  }

  const sources = unique('sources').flatMap(([source, index]) => {
    if (date(['sources', index], 'published', source.published)) return [source];
    skip(['sources', index], source.id, { key: 'sourceDateInvalid' });
    return [];
  });
  const { topics, parentOf } = checkParents(unique('topics'), error);
  const people = unique('people').map(([person]) => person);
  const sourceIds = new Set(sources.map((s) => s.id));
  const topicIds = new Set(topics.map((t) => t.id));
  const personIds = new Set(people.map((p) => p.id));

  /**
   * A list of references with each unknown source reported and dropped, each repeat
   * (the same source and quote) reported and kept once, and each reference's topics
   * checked (see `refTopics`). Paths name the references' places in the file.
   */
  function refs(
    at: Path,
    field: string,
    list: SourceRef[] | undefined,
    supported?: Supported,
  ): SourceRef[] {
    if (!list) return [];
    const firsts = new Map<string, number>();
    const kept: SourceRef[] = [];
    for (let index = 0; index < list.length; index++) {
      const ref = list[index]!;
      const here = [...at, field, index];
      if (!sourceIds.has(ref.source)) {
        error([...here, 'source'], { key: 'noSuch', kind: 'source', id: ref.source });
        continue;
      }
      const first = firsts.get(refKey(ref));
      if (first !== undefined) {
        warn(here, { key: 'listedTwice', kind: 'source', id: ref.source, first });
        continue;
      }
      firsts.set(refKey(ref), index);
      kept.push(refTopics(here, ref, supported));
      // An event's references (the ones with topics to support) each say what they hold,
      // named at their place in the file, which one dropped before them does not move.
      if (supported && !ref.quote && !ref.note) warn(here, { key: 'noQuote' });
    }
    return kept;
  }
  /** One reference at `at`, or null when its source is unknown (reported). */
  function oneRef(at: Path, ref: SourceRef, supported?: Supported): SourceRef | null {
    if (sourceIds.has(ref.source)) return refTopics(at, ref, supported);
    error([...at, 'source'], { key: 'noSuch', kind: 'source', id: ref.source });
    return null;
  }
  /**
   * The topics a quote supports, each known and listed once. A topic the event lacks is
   * reported and given to the event: the quote is the evidence, so the likelier slip is
   * the event's list. Periods have no topics to check against.
   */
  function refTopics(at: Path, ref: SourceRef, supported?: Supported): SourceRef {
    const listed = ref.topics;
    if (!listed) return ref;
    const topics = known(at, 'topics', listed, topicIds, 'topic');
    if (supported) {
      for (let j = 0; j < listed.length; j++) {
        const id = listed[j]!;
        if (!topicIds.has(id) || listed.indexOf(id) !== j || supported.topics.includes(id)) {
          continue;
        }
        warn([...at, 'topics', j], { key: 'quoteTopicAdded', id });
        if (!supported.added.includes(id)) supported.added.push(id);
      }
    }
    return topics === listed ? ref : { ...ref, topics };
  }
  /** Known ids, each once: an unknown one is an error, a repeat a warning; both are dropped. */
  function known(
    at: Path,
    field: string,
    ids: string[] | undefined,
    set: Set<string>,
    kind: 'topic' | 'person',
  ) {
    if (!ids) return [];
    const firsts = new Map<string, number>();
    return ids.filter((id, index) => {
      if (!set.has(id)) {
        error([...at, field, index], { key: 'noSuch', kind, id });
        return false;
      }
      const first = firsts.get(id);
      if (first !== undefined) {
        warn([...at, field, index], { key: 'listedTwice', kind, id, first });
        return false;
      }
      firsts.set(id, index);
      return true;
    });
  }

  const periods: PlacedPeriod[] = [];
  unique('periods').forEach(([period, index]) => {
    const when = date(['periods', index], 'date', period.date);
    if (!when) return skip(['periods', index], period.id, { key: 'dateInvalid' });
    periods.push({ ...period, when, sources: refs(['periods', index], 'sources', period.sources) });
  });

  const events: PlacedEvent[] = [];
  for (const [event, index] of unique('events')) {
    const at: Path = ['events', index];
    const when = date(at, 'date', event.date);
    if (!when) {
      skip(at, event.id, { key: 'dateInvalid' });
      continue;
    }
    // The structural pass made these records (valibot's output), so they are ours to
    // complete in place.
    const placed = event as PlacedEvent;
    placed.when = when;
    // An event with a sub-topic is in its parent too, so filters need no tree.
    const supported: Supported = {
      topics: withParents(known(at, 'topics', event.topics, topicIds, 'topic'), parentOf),
      added: [],
    };
    if (event.people) placed.people = known(at, 'people', event.people, personIds, 'person');
    placed.sources = refs(at, 'sources', event.sources, supported);
    if (event.zones) placed.zones = checkZones(at, event, error);
    if (placed.sources.length === 0) error([...at, 'sources'], { key: 'noSource' });
    if (event.expected) {
      const expectedWhen = date([...at, 'expected'], 'date', event.expected.date);
      const source = oneRef([...at, 'expected', 'source'], event.expected.source, supported);
      if (expectedWhen && source) {
        placed.expectedWhen = expectedWhen;
        placed.expected = { ...event.expected, source };
      } else delete placed.expected;
    }
    if (event.claims) {
      placed.claims = checkClaims(at, event.claims, when, {
        date,
        ref: (here, ref) => oneRef(here, ref, supported),
        error,
        warn,
      });
    }
    placed.topics = supported.added.length
      ? withParents([...supported.topics, ...supported.added], parentOf)
      : supported.topics;
    events.push(placed);
  }
  events.sort(byTime);
  const eventIds = new Set(events.map((event) => event.id));

  const stops = unique('stops').map(([stop, index]): Stop => {
    const out = {
      ...stop,
      topics: known(['stops', index], 'topics', stop.topics, topicIds, 'topic'),
    };
    if (stop.event && !eventIds.has(stop.event)) {
      error(['stops', index, 'event'], { key: 'noSuch', kind: 'event', id: stop.event });
      delete out.event;
    }
    if (stop.from && stop.to && stop.to < stop.from) {
      error(['stops', index, 'to'], { key: 'stopWindow', from: stop.from, to: stop.to });
      delete out.to;
    }
    return out;
  });

  return { ...data, sources, topics, people, periods, events, stops };
}

function checkZones(
  at: Path,
  event: TimelineEvent,
  error: (at: Path, said: Said) => void,
): TimelineEvent['zones'] {
  if (!event.zones) return undefined;
  const zones = event.zones.filter((entry, index) => {
    if (!isKnownZone(entry.zone)) {
      error([...at, 'zones', index, 'zone'], { key: 'unknownZone', zone: entry.zone });
      return false;
    }
    const parsed = parseEdtf(entry.date);
    if (!parsed.ok) {
      error([...at, 'zones', index, 'date'], parsed.fault);
      return false;
    }
    return true;
  });
  const days = zones.map((z) => ({ zone: z.zone, day: parseIsoDay(z.date) ?? 0 }));
  if (days.length > 1 && !zoneDaysAgree(days)) {
    error([...at, 'zones'], { key: 'zonesDisagree' });
  }
  return zones;
}

/**
 * Time order: earliest possible day, then latest, then id, so the order is stable. An
 * open start ('../2022-03') could be any day before its end, so it comes first; an open
 * end (still going on) comes after what started the same day and has ended. An unknown
 * end ('2023/') is read as its known end's days, as the timeline draws it.
 */
export function byTime(a: PlacedEvent, b: PlacedEvent): number {
  const a0 = a.when.openStart ? -Infinity : knownFirst(a.when);
  const b0 = b.when.openStart ? -Infinity : knownFirst(b.when);
  if (a0 !== b0) return a0 < b0 ? -1 : 1;
  const a1 = a.when.openEnd ? Infinity : knownLast(a.when);
  const b1 = b.when.openEnd ? Infinity : knownLast(b.when);
  if (a1 !== b1) return a1 < b1 ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
