/**
 * The query string is configuration, fixed for the life of a page (an embed's host sets
 * it). Unknown parameters are ignored and bad values fall back to defaults: a shared
 * link must never throw.
 */
import { LANGS, type Lang } from '../i18n/lang';

export type { Lang };
export type Theme = 'light' | 'dark' | 'auto';

export interface Config {
  /** URL of the events file; null for the default dataset. */
  data: string | null;
  lang: Lang;
  theme: Theme;
  embed: boolean;
  present: boolean;
  /** How much larger (>1) or smaller (<1) type and marks are on a stage. */
  scale: number;
  /** Seconds per presenter stop, or null: no autoplay. */
  autoplay: number | null;
  /** The host origin allowed to script an embed. */
  parentOrigin: string | null;
}

/** What ?scale= may ask for: from half to three times the stage's own size. */
const SCALE = [0.5, 3] as const;
/** Autoplay's shortest and longest stop, seconds: under 2 s nobody reads a stop. */
const AUTOPLAY = [2, 3600] as const;

/** A number in [min, max], or null for anything else. */
function within(value: string | null, [min, max]: readonly [number, number]): number | null {
  const n = value === null || value.trim() === '' ? Number.NaN : Number(value);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : null;
}

const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return allowed.find((option) => option === value?.toLowerCase()) ?? null;
}

/** The first supported language among the browser's preferences, by primary subtag. */
export function preferredLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const lang = oneOf(tag.split('-')[0] ?? '', LANGS);
    if (lang) return lang;
  }
  return 'en';
}

function origin(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.origin === 'null' ? null : url.origin;
  } catch {
    return null;
  }
}

const flag = (value: string | null) => value === '1' || value === 'true';

export function parseConfig(search: string, languages: readonly string[] = []): Config {
  const params = new URLSearchParams(search);
  const data = params.get('data')?.trim();
  return {
    data: data ? data : null,
    lang: oneOf(params.get('lang'), LANGS) ?? preferredLang(languages),
    theme: oneOf(params.get('theme'), THEMES) ?? 'auto',
    embed: flag(params.get('embed')),
    present: flag(params.get('present')),
    scale: within(params.get('scale'), SCALE) ?? 1,
    autoplay: within(params.get('autoplay'), AUTOPLAY),
    parentOrigin: origin(params.get('parentOrigin')),
  };
}
