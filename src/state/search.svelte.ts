/**
 * The events a query finds, for the search field. The search code is fetched, and the
 * index of every event's texts made, when a first query is typed, not on load: most
 * readers never search.
 */
import type { Entry, Hit } from '../lib/search/search';
import type { TimelineData } from './data.svelte';
import type { Selection } from './selection.svelte';

type SearchCode = typeof import('../lib/search/search');

export class Search {
  #data: TimelineData;
  #selection: Selection;
  #code = $state.raw<SearchCode | null>(null);
  #loading = false;

  constructor(data: TimelineData, selection: Selection) {
    this.#data = data;
    this.#selection = selection;
  }

  /** Fetches the search code once; a failed fetch is tried again by the next query. */
  #load() {
    if (this.#loading) return;
    this.#loading = true;
    import('../lib/search/search').then(
      (code) => {
        this.#code = code;
      },
      () => {
        this.#loading = false;
      },
    );
  }

  #index = $derived.by((): Entry[] => {
    const checked = this.#data.current;
    return checked && this.#code ? this.#code.searchIndex(checked) : [];
  });

  /** The search code is here: until then no query has found nothing. */
  get ready(): boolean {
    return this.#code !== null;
  }

  /** What the query finds, best first; nothing until something is typed. */
  hits: Hit[] = $derived.by(() => {
    const query = this.#selection.query;
    if (!query.trim()) return [];
    if (!this.#code) {
      this.#load();
      return [];
    }
    return this.#code.search(this.#index, query);
  });
}
