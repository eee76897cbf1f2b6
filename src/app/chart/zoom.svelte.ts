// The chart's zoom attachment: d3-zoom as the gesture engine on the chart's SVG. It writes only
// `timeline.transform` (once a frame, however many wheel or pointer events land in it) and marks a
// wheel gesture as under way (`timeline.zoomGesture()`) until the wheel has been still for a moment.
import type { D3ZoomEvent } from 'd3-zoom';
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import type { Gestures } from '../load-gestures';
import type { TimelineState, ViewTransform } from '../timeline-state.svelte';

/** Ends the wheel gesture once the wheel has been still this long. */
const SETTLE_MS = 150;

/**
 * `allow`, when given, is asked first about every wheel, pointer and touch event: an embed uses it to
 * leave the wheel to the host page until the reader engages the chart (src/app/embedding.svelte.ts).
 */
export function zoomAttachment(timeline: TimelineState, { zoom, zoomIdentity, select }: Gestures, allow?: (event: Event) => boolean): Attachment<SVGSVGElement> {
  return (svg) => {
    let pending: ViewTransform | null = null;
    let frame = 0;
    let settle: ReturnType<typeof setTimeout> | undefined;
    const settled = () => {
      clearTimeout(settle);
      settle = undefined;
      timeline.settle();
    };
    const applyPending = () => {
      cancelAnimationFrame(frame);
      frame = 0;
      if (pending) timeline.moveView(pending);
      pending = null;
    };
    const toZoom = (t: ViewTransform) => zoomIdentity.translate(t.x, t.y).scale(t.k);
    const behavior = zoom<SVGSVGElement, unknown>()
      // Horizontal swipes pan (below); otherwise d3-zoom's usual filter, plus a window to drag
      // in, which synthetic events (scripts, jsdom) may lack.
      .filter((event) =>
        allow?.(event) === false ? false : event.type === 'wheel' ? Math.abs(event.deltaX) <= Math.abs(event.deltaY) : !event.ctrlKey && !event.button && event.view != null,
      )
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        // Transitions and buttons (no source event) already run once a frame: apply at once.
        const { k, x, y } = event.transform;
        const current = pending ?? timeline.transform;
        if (k === current.k && x === current.x && y === current.y) return;
        pending = event.transform;
        if (event.sourceEvent?.type === 'wheel' && k !== current.k) {
          timeline.zoomGesture();
          clearTimeout(settle);
          settle = setTimeout(settled, SETTLE_MS);
        }
        if (!event.sourceEvent) applyPending();
        else if (frame === 0) frame = requestAnimationFrame(applyPending);
      });
    const selection = select(svg).call(behavior);
    // Let a vertical swipe scroll the page on phones; d3-zoom would block it.
    svg.style.touchAction = 'pan-y';

    // Not Svelte's onwheel, which is passive: a horizontal swipe must not also scroll the page.
    const onWheel = (event: WheelEvent) => {
      if (Math.abs(event.deltaX) <= Math.abs(event.deltaY) || allow?.(event) === false) return;
      event.preventDefault();
      behavior.translateBy(selection, -event.deltaX / timeline.transform.k, 0);
    };
    svg.addEventListener('wheel', onWheel, { passive: false });

    // Size and limits follow the data and the container without rebuilding the behaviour.
    $effect(() => {
      const { scaleExtent, translateExtent } = timeline.limits;
      behavior
        .extent([[0, 0], [timeline.width, timeline.height]])
        .scaleExtent(scaleExtent)
        .translateExtent(translateExtent);
      untrack(() => {
        applyPending();
        behavior.transform(selection, toZoom(timeline.transform));
      });
    });

    const disconnect = timeline.connectZoom(selection, behavior, toZoom);
    return () => {
      disconnect();
      settled();
      cancelAnimationFrame(frame);
      frame = 0;
      svg.removeEventListener('wheel', onWheel);
      selection.interrupt().on('.zoom', null);
    };
  };
}
