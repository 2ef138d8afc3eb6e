/**
 * Interface strings, one table per language. Data text comes from the events file; these
 * are only the app's own words. A missing key is a type error, not a blank label.
 */
import { count } from './count';

/** '1 event', '1 more event', '1,000 events': the noun agrees with the count. */
const events = (n: number, more = false) =>
  `${n === 1 ? '1' : count(n)}${more ? ' more' : ''} ${n === 1 ? 'event' : 'events'}`;

const en = {
  loading: 'Loading the timeline…',
  timeline: 'Timeline',
  timelineHelp:
    'Arrow keys move between events, Shift with left or right pans, Enter selects, Escape clears, plus and minus zoom, 0 fits all.',
  zoom: 'Zoom',
  search: 'Search events',
  searchPlaceholder: 'Search: a word, a person, a topic…',
  searchResults: 'Events found',
  found: (n: number) => `${events(n)} found`,
  notFound: (query: string) => `No event has “${query}”`,
  /** Where a search result's word was found. */
  foundIn: {
    title: 'title',
    topic: 'topic',
    person: 'person',
    place: 'place',
    summary: 'summary',
    quote: 'quoted source',
  },
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Show all',
  fitShort: 'All',
  legend: 'Legend',
  topics: 'Topics',
  subtopics: 'Sub-topics',
  details: 'Details',
  fullDetails: 'Full details',
  closeCard: 'Close the card',
  noSelection: 'Select an event on the timeline, in a topic or in the list to read what happened.',
  clear: 'Clear selection and filters',
  /** The same button's words where the toolbar is narrow; its name stays `clear`. */
  clearShort: 'Clear',
  clearTopics: 'Clear topic filter',
  date: 'Date',
  /** A date's certainty in its aside: of the whole date, or of one end of an interval. */
  certainty: {
    approximate: 'approximate',
    uncertain: 'uncertain',
    startApproximate: 'start approximate',
    endApproximate: 'end approximate',
    startUncertain: 'start uncertain',
    endUncertain: 'end uncertain',
  },
  status: 'Status',
  people: 'People',
  place: 'Place',
  sources: 'Sources',
  primary: 'Primary source',
  secondary: 'Secondary source',
  noQuote: 'No quotation held for this reference.',
  expected: 'Expected beforehand',
  happened: 'What happened',
  noEvents: 'No events yet.',
  listView: 'List of events',
  byTime: 'By time',
  byTopic: 'By topic',
  noTopic: 'No topic',
  /** The words around the dataset's date: 'As of July 30, 2024', '2024年7月30日時点'. */
  asOf: { before: 'As of ', after: '' },
  problems: 'Problems in the events file',
  skipped: 'Records not shown',
  /** After the first records not shown, those not listed one by one. */
  moreSkipped: (n: number) => `And ${n === 1 ? 'one' : count(n)} more, not listed.`,
  /** How bad a problem in the file is: it breaks the format, or it is worth a look. */
  severity: { error: 'Error', warning: 'Warning' },
  errorTitle: 'The timeline could not be shown',
  moreEvents: (n: number) => `${events(n, true)} here; zoom in to see them`,
  aggregate: (n: number) => `${count(n)} events`,
  inView: (n: number) =>
    `${count(n)} events in view, too many to draw one by one: zoom in, or choose a bar`,
  selected: (title: string) => `Selected: ${title}`,
  cleared: 'Selection and filters cleared',
  /** A new window, said after a zoom by button or key: 'Showing March 1 – June 30, 2022'. */
  showing: (range: string) => `Showing ${range}`,
  /** A presenter stop announced: 'Stop 3 of 9: The second round…'. */
  share: 'Share or embed',
  /** The same button's visible word; its name stays `share`. */
  shareShort: 'Share',
  present: 'Present',
  export: 'Export',
  stopOf: (at: number, of: number, words: string) =>
    `Stop ${at} of ${of}${words ? `: ${words}` : ''}`,
  outsideFilter: 'outside the chosen topics',
  /** After a mark's name, and in the legend: its sources give dates that cannot all be right. */
  disagree: 'sources disagree',
  disagreeLegend: 'Sources disagree on the date',
  /** The switch between the timeline's lanes and a lane for each topic. */
  layout: 'View',
  layouts: { timeline: 'Timeline', topics: 'Topics' },
  filtered: (labels: string, n: number) => `Showing ${labels}: ${events(n)}`,
  eventCount: (n: number) => (n === 1 ? '1 event' : `${n} events`),
  showMore: (n: number, left: number) => `Show ${n} more (${left} not shown)`,
  statuses: {
    held: 'Held',
    scheduled: 'Scheduled',
    expected: 'Expected',
    announced: 'Announced',
    postponed: 'Postponed',
    cancelled: 'Cancelled',
  },
  shapes: {
    point: 'A single day',
    'soft-point': 'An approximate or uncertain day',
    bar: 'Exact interval',
    'soft-start': 'Interval with an approximate or uncertain start',
    'soft-end': 'Interval with an approximate or uncertain end',
    soft: 'Known only to the month, season or year',
    'open-end': 'Ongoing: no end date',
    'open-start': 'Began earlier: no start date',
  },
  topicColours: 'Colours above a mark: its topics',
  period: 'Period',
  periods: 'Periods',
  language: 'Language',
  /** Labels in a row: 'Labor, Digital trade'. */
  list: (items: readonly string[]) => items.join(', '),
  /** A note after what it qualifies: ' (8)', with the space English puts before it. */
  aside: (note: string) => ` (${note})`,
  /** A person's role after their name. */
  role: (role: string) => `, ${role}`,
};

export type Strings = typeof en;

export const ENGLISH: Strings = en;
