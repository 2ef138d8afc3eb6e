import type { Text } from './schema';

export interface Localized {
  text: string;
  /** The language the text is really in, so the page can mark a fallback with `lang`. */
  lang: string;
}

/**
 * A text in the wanted language, else in the first of the fallbacks the text has, else
 * in whatever language it has. A plain string is taken to be in `plainLang`.
 */
export function localize(
  text: Text | undefined,
  lang: string,
  fallbacks: readonly string[] = ['en'],
  plainLang = 'en',
): Localized {
  if (text === undefined) return { text: '', lang };
  if (typeof text === 'string') return { text, lang: plainLang };
  for (const candidate of [lang, ...fallbacks]) {
    const value = text[candidate];
    if (value) return { text: value, lang: candidate };
  }
  const [first] = Object.entries(text);
  return first ? { text: first[1], lang: first[0] } : { text: '', lang };
}
