/**
 * The events a query finds, for the search field. The index of every event's texts is
 * made when a first query is typed, not on load: most readers never search.
 */
import { search, searchIndex, type Entry, type Hit } from '../lib/search/search';
import type { TimelineData } from './data.svelte';
import type { Selection } from './selection.svelte';

export class Search {
  #data: TimelineData;
  #selection: Selection;

  constructor(data: TimelineData, selection: Selection) {
    this.#data = data;
    this.#selection = selection;
  }

  #index = $derived.by((): Entry[] => {
    const checked = this.#data.current;
    return checked ? searchIndex(checked) : [];
  });

  /** What the query finds, best first; nothing until something is typed. */
  hits: Hit[] = $derived.by(() =>
    this.#selection.query.trim() ? search(this.#index, this.#selection.query) : [],
  );
}
