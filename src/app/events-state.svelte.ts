// The events and which of them show: the Key / All switch, the search and its matches, the
// selection. Knows nothing of pixels.

import type { Article, EventList } from '../core/schema';
import { spanIndex } from '../core/layout';
import { matchesQuery, searchText } from './search';
import { KEY_BY_DEFAULT_OVER, hasKeyChoice, prepareItems } from './timeline-items';

export class EventsState {
  query = $state('');
  selectedId = $state<string | null>(null);
  /** The reader's Key / All choice; null until they choose. */
  keyChoice = $state<boolean | null>(null);

  #data: () => EventList;

  /** Takes a getter, not a value, so the state follows the component's props. */
  constructor(data: () => EventList) {
    this.#data = data;
  }

  get data(): EventList {
    return this.#data();
  }

  articles = $derived(new Map<string, Article>(this.data.articles.map((a) => [a.id, a])));
  items = $derived(prepareItems(this.data));
  byId = $derived(new Map(this.items.map((i) => [i.id, i])));
  /** Some events are key and some are not: the Key / All switch has something to do. */
  hasKeyChoice = $derived(hasKeyChoice(this.items));
  /** Only the key events show: with the switch there, the reader's choice, else on for a long story. */
  keyOnly = $derived(this.hasKeyChoice && (this.keyChoice ?? this.items.length > KEY_BY_DEFAULT_OVER));
  /** An event about to open is shown: a non-key one switches to All events. */
  ensureShown(id: string): void {
    const item = this.byId.get(id);
    if (item && this.keyOnly && item.event.key !== true) this.keyChoice = false;
  }
  /** The items the Key / All switch lets through. */
  filtered = $derived(this.keyOnly ? this.items.filter((i) => i.event.key === true) : this.items);
  matches = $derived.by(() => {
    const query = this.query.trim();
    if (!query) return this.filtered;
    return this.filtered.filter((i) => matchesQuery((i.search ??= searchText(i.event, this.articles)), query));
  });
  /** The matches indexed by time, so each frame finds what is on screen without scanning them all. */
  matchIndex = $derived(spanIndex(this.matches));
  selected = $derived(this.selectedId === null ? null : (this.byId.get(this.selectedId) ?? null));
}
