/**
 * A language's table: English is in the first load, Japanese is fetched when a page is
 * opened in it or switched to it (about a third of what the first load's words weigh).
 */
import type { Lang } from './lang';
import { ENGLISH, type Strings } from './strings';

export async function loadStrings(lang: Lang): Promise<Strings> {
  return lang === 'ja' ? (await import('./stringsJa')).JAPANESE : ENGLISH;
}
