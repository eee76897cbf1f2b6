// The timeline's state, composed of three parts with one concern each: `events` (the events, the
// Key / All switch, the search and selection), `view` (width, zoom transform, scales, every way
// the view moves) and `layoutState` (lanes, marks, clusters, the layout held through a wheel
// gesture). Components read this object and render; d3-zoom writes only `transform`.

import type { Article, EventList } from '../core/schema';
import { EventsState } from './events-state.svelte';
import { LayoutState } from './layout-state.svelte';
import { ViewState } from './view-state.svelte';

export type { TimelineItem } from './timeline-items';
export { keyByDefault } from './timeline-items';
export { SHOW_ALL, type ViewTransform } from './view-state.svelte';
export * from './timeline-marks';

/** Defines on `target` an accessor for each of `names` that reads (and writes) `part`'s own. */
function forward<T>(target: object, part: string, names: readonly (keyof T & string)[]): void {
  for (const name of names)
    Object.defineProperty(target, name, {
      get(this: Record<string, any>) {
        const value = this[part][name];
        return typeof value === 'function' ? value.bind(this[part]) : value;
      },
      set(this: Record<string, any>, value: unknown) {
        this[part][name] = value;
      },
    });
}

// What the components read, each from the part that owns it.
const FROM_EVENTS = ['data', 'query', 'selectedId', 'keyChoice', 'keyOnly', 'articles', 'items', 'byId', 'hasKeyChoice', 'matches', 'selected', 'ensureShown'] as const;
const FROM_VIEW = ['measuredWidth', 'transform', 'width', 'widthKnown', 'fullRangeText', 'baseScale', 'scale', 'scaleExtent', 'rangeText', 'ticks', 'connectZoom', 'panBy', 'showAll', 'zoomToRange', 'openingView', 'openStory', 'jumpTo', 'zoomTo'] as const;
const FROM_LAYOUT = ['roomHeight', 'lanes', 'height', 'limits', 'visible', 'dense', 'layout', 'zoomGesture', 'settle', 'moveView', 'revealTransform'] as const;

export interface TimelineState
  extends Pick<EventsState, (typeof FROM_EVENTS)[number]>,
    Pick<ViewState, (typeof FROM_VIEW)[number]>,
    Pick<LayoutState, (typeof FROM_LAYOUT)[number]> {}

export class TimelineState {
  readonly events: EventsState;
  readonly view: ViewState;
  readonly layoutState: LayoutState;
  showList = $state(false);

  /** Takes getters, not values, so the state follows the component's props. */
  constructor(data: () => EventList, width: () => number | undefined = () => undefined) {
    this.events = new EventsState(data);
    this.view = new ViewState(this.events, width);
    this.layoutState = new LayoutState(this.events, this.view);
  }

  articleOf(id: string): Article | undefined {
    return this.events.articles.get(id);
  }

  /** Zooms by `factor` around the events in view (see `LayoutState.focus`). */
  zoomBy(factor: number): void {
    this.view.zoomBy(factor, [this.layoutState.focus, this.layoutState.height / 2]);
  }

  /** Shows event `id` as its own mark, panning or zooming in as little as it takes (see `revealTransform`). */
  reveal(id: string): void {
    const next = this.layoutState.revealTransform(id);
    if (next) this.view.zoomTo(next);
  }
}

forward<EventsState>(TimelineState.prototype, 'events', FROM_EVENTS);
forward<ViewState>(TimelineState.prototype, 'view', FROM_VIEW);
forward<LayoutState>(TimelineState.prototype, 'layoutState', FROM_LAYOUT);
