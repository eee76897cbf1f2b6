// The events as the page draws them: each with its span in UTC ms, sorted by time, with its date
// words made when first shown. Pure: no Svelte, no DOM.

import type { EventList, Precision, TimelineEvent } from '../core/schema';
import { dateLabel, dateSpan } from '../core/dates';

/** One event ready to draw: its span in UTC ms and what the page says about it. */
export interface TimelineItem {
  id: string;
  event: TimelineEvent;
  from: number;
  to: number;
  precision: Precision;
  approximate: boolean;
  /** A single day or minute is a point; anything longer is a bar. */
  point: boolean;
  dateText: string;
  /** The accessible name of its control: date label, then headline. */
  name: string;
  /** Folded text to search, made on the first search rather than while the page loads. */
  search?: string;
  /** Width of the whole headline as a label, measured the first time a layout asks. */
  titleWidth?: number;
}

/**
 * An event ready to draw. Its date label and accessible name are made the first time something
 * shows them: a long story puts a few hundred of its events on screen, not all of them.
 */
class Item implements TimelineItem {
  readonly precision: Precision;
  readonly approximate: boolean;
  readonly point: boolean;
  #dateText: string | undefined;
  #name: string | undefined;
  search?: string;
  titleWidth?: number;

  constructor(
    readonly id: string,
    readonly event: TimelineEvent,
    readonly from: number,
    readonly to: number,
  ) {
    const date = event.date;
    this.precision = date.precision;
    this.approximate = date.approximate;
    this.point = (date.precision === 'day' || date.precision === 'minute') && date.start === date.end;
  }

  get dateText(): string {
    return (this.#dateText ??= this.event.date.label || dateLabel(this.event.date));
  }

  get name(): string {
    return (this.#name ??= `${this.dateText}: ${this.event.title}`);
  }
}

/** The events in time order (start, then end, then id, so the order is stable). */
export function prepareItems(data: EventList): TimelineItem[] {
  const items = data.events.map((event): TimelineItem => {
    const [from, to] = dateSpan(event.date);
    return new Item(event.id, event, from, to);
  });
  return items.sort((a, b) => a.from - b.from || a.to - b.to || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A story of up to this many events shows them all, without a Key / All switch: it would hide a few at most. */
const KEY_SWITCH_FROM = 20;

/** Some events are key and some are not, in a story long enough for the Key / All switch to matter. */
export function hasKeyChoice(items: readonly TimelineItem[]): boolean {
  return items.length > KEY_SWITCH_FROM && items.some((i) => i.event.key === true) && items.some((i) => i.event.key !== true);
}

/** With the Key / All switch there, a story of more than this many events opens on its key events. */
export const KEY_BY_DEFAULT_OVER = 40;
