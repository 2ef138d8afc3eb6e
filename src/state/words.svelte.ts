/**
 * One timeline's words in the reader's language: the interface's own (lib/i18n) and the
 * data's, each text in the language it is really in, and each event's title, date and
 * accessible name, made when first asked and kept for that language and data.
 */
import type { Lang } from '../lib/i18n/lang';
import { ENGLISH, type Strings } from '../lib/i18n/strings';
import { loadStrings } from '../lib/i18n/loadStrings';
import { localize, type Localized } from '../lib/data/text';
import type { Text } from '../lib/data/schema';
import type { Checked, PlacedEvent } from '../lib/data/semantics';
import { formatEdtf, formatZoneDays } from '../lib/time/format';
import { parseIsoDay } from '../lib/time/days';
import { claimsDisagree } from '../lib/data/claims';

/** An event in words, in one language: its title, its date and its accessible name. */
export interface EventWords {
  title: Localized;
  when: string;
  /** "Title, date, status" (", sources disagree" where they do): what a screen reader says for the mark. */
  name: string;
}

export class Words {
  lang = $state<Lang>('en');
  #checked: () => Checked | null;
  /** Each event's words, by the events they were made for, by language. */
  #events = new WeakMap<readonly PlacedEvent[], Map<Lang, Map<number, EventWords>>>();

  /** The interface's words in each language fetched so far. */
  #tables = $state.raw<Partial<Record<Lang, Strings>>>({ en: ENGLISH });

  /** `strings` are the words of `lang`, fetched before (loadStrings). */
  constructor(lang: Lang, checked: () => Checked | null, strings: Strings = ENGLISH) {
    this.lang = lang;
    this.#checked = checked;
    this.#tables = { ...this.#tables, [lang]: strings };
  }

  strings = $derived(this.#tables[this.lang] ?? ENGLISH);

  /** Speak `lang`, once its words are here. */
  async use(lang: Lang): Promise<void> {
    if (!this.#tables[lang]) this.#tables = { ...this.#tables, [lang]: await loadStrings(lang) };
    this.lang = lang;
  }
  /** Languages to fall back on, in order, when a text is not in the current one. */
  #fallbacks = $derived.by(() => [...(this.#checked()?.languages ?? []), 'en']);

  /** Text of the data in the current language, with the language it is really in. */
  text = (text: Text | undefined): Localized => localize(text, this.lang, this.#fallbacks);

  t = (text: Text | undefined): string => this.text(text).text;

  when = (event: PlacedEvent): string => formatEdtf(event.when, this.lang);

  /** The event's day in each zone it gives: 'February 28, 2022, Washington · March 1, 2022, Tokyo'. */
  zones = (event: PlacedEvent): string =>
    formatZoneDays(
      (event.zones ?? []).map((z) => ({
        zone: z.zone,
        day: parseIsoDay(z.date) ?? 0,
        place: this.t(z.place),
      })),
      this.lang,
    );

  /** The words of event `i` (time order) of the data's events. */
  event(i: number): EventWords {
    const events = this.#checked()?.events ?? [];
    const event = events[i];
    if (!event) return { title: { text: '', lang: this.lang }, when: '', name: '' };
    let byLang = this.#events.get(events);
    if (!byLang) this.#events.set(events, (byLang = new Map()));
    let cache = byLang.get(this.lang);
    if (!cache) byLang.set(this.lang, (cache = new Map()));
    let words = cache.get(i);
    if (!words) {
      const title = this.text(event.title);
      const when = this.when(event);
      const said = [title.text, when, this.strings.statuses[event.status]];
      if (event.claims && claimsDisagree(event.claims)) said.push(this.strings.disagree);
      const name = this.strings.list(said);
      cache.set(i, (words = { title, when, name }));
    }
    return words;
  }
}
