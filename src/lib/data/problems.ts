import type { Said } from './said';

/** What is wrong with an events file, where, and how bad. */
export interface Problem {
  /** JSON path of the offending value, e.g. `$.events[3].date` */
  path: string;
  /** What is wrong, to be put in the reader's words (said.ts): a plain sentence. */
  said: Said;
  /** `error`: the file breaks the format. `warning`: valid, but worth a look. */
  severity: 'error' | 'warning';
}

/** A record that could not be shown, and why; listed so nothing is dropped silently. */
export interface Skipped {
  path: string;
  id?: string;
  /** Why: the record's own problems, or that it does not match the format. */
  because: Said[];
}

/** Why an events file could not be fetched at all, before it could be read. */
export type LoadFailure =
  | { kind: 'status'; status: number; statusText: string }
  /** A web page came instead, as single-page hosts answer any unknown path. */
  | { kind: 'page' }
  /** The network failed; `detail` is the browser's own words. */
  | { kind: 'network'; detail: string }
  /** An address fetch cannot read at all, as `javascript:` or `file:`. */
  | { kind: 'scheme'; protocol: string }
  /** Another site's server answered, but does not let this page read the file (CORS). */
  | { kind: 'cors'; origin: string }
  /** The server sent nothing for this long: no answer, or no more of the file. */
  | { kind: 'timeout'; seconds: number }
  /** Larger than a timeline reads: `bytes` when the server said how large. */
  | { kind: 'tooLarge'; bytes?: number; max: number };

type PathItem = string | number;

/** `['events', 3, 'date']` -> `$.events[3].date` */
export function jsonPath(items: readonly PathItem[]): string {
  let out = '$';
  for (const item of items) {
    if (typeof item === 'number') out += `[${item}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(item)) out += `.${item}`;
    else out += `[${JSON.stringify(item)}]`;
  }
  return out;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** "the interval ends before it starts" -> "The interval ends before it starts." */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  const first = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(first) ? first : `${first}.`;
}

/** A problem at a path of the file (`['events', 3, 'date']`). */
export function problemAt(
  at: readonly (string | number)[],
  said: Said,
  severity: Problem['severity'] = 'error',
): Problem {
  return { path: jsonPath(at), said, severity };
}
