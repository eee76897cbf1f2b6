// The timeline's state, in layers with one concern each: the events and what is shown
// (`EventsState`), the view and every way it moves (`ViewState`), the lanes, marks, clusters and
// the layout held through a wheel gesture (`LayoutState`). This class adds what spans them.
// Components read it and render; d3-zoom writes only `transform`.

import type { Article } from '../core/schema';
import { LayoutState } from './layout-state.svelte';

export type { TimelineItem } from './timeline-items';
export { SHOW_ALL, type ViewTransform } from './view-state.svelte';
export * from './timeline-marks';

export class TimelineState extends LayoutState {
  showList = $state(false);

  articleOf(id: string): Article | undefined {
    return this.articles.get(id);
  }

  /** Zooms by `factor` around the events in view (see `focus`). */
  zoomBy(factor: number): void {
    this.zoomAround(factor, [this.focus, this.height / 2]);
  }

  /** Shows event `id` as its own mark, panning or zooming in as little as it takes (see `revealTransform`). */
  reveal(id: string): void {
    const next = this.revealTransform(id);
    if (next) this.zoomTo(next);
  }
}
