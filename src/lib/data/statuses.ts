/**
 * What an event's status can be, in the order a legend lists them. Its own module, so
 * the views can name them without loading the schemas (schema.ts).
 */
export const STATUSES = [
  'held',
  'scheduled',
  'expected',
  'announced',
  'postponed',
  'cancelled',
] as const;
