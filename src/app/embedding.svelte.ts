// What a timeline does differently when it sits in someone else's article (the iframe embed,
// `?embed=1`, or the <event-timeline> element): a compact layout, and a chart that lets the wheel
// and one-finger drags scroll the host page until the reader shows they mean the chart, as
// embedded maps do. The embed's entry puts an `Embedding` in the component context
// (embed-context.ts); the full page has none, keeps its own behaviour and never loads this module.
import { setContext } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { EMBEDDING, type EmbedLayout, type Embedding, type GestureGuard } from './embed-context';
import GestureHint from './GestureHint.svelte';
import './embedding.css';

/**
 * Decides, per gesture, whether the chart takes it. The chart is "engaged" once the reader clicks
 * or taps it, and while focus is inside it; a click anywhere else, or leaving the frame, lets go.
 * Pinches (two fingers, or a trackpad pinch, which browsers send as Ctrl + wheel) and the wheel
 * with Ctrl or Cmd held always zoom.
 */
export class ScrollGuard implements GestureGuard {
  /** The reader clicked or tapped the chart: the wheel zooms it and a sideways drag pans it. */
  engaged = $state(false);
  /** The reader scrolled over the chart without engaging it: the hint says how to zoom. */
  nudged = $state(false);
  #svg: SVGSVGElement | null = null;
  #nudgeTimer: ReturnType<typeof setTimeout> | undefined;

  /** Whether `event` (a wheel or touch start, as d3-zoom's filter sees it) goes to the chart; asks nothing of the reader. */
  allows(event: Event): boolean {
    if (this.engaged || this.#focused()) return true;
    if (event.type === 'wheel') {
      const wheel = event as WheelEvent;
      return wheel.ctrlKey || wheel.metaKey;
    }
    if (event.type === 'touchstart') return (event as TouchEvent).touches.length > 1;
    return true;
  }

  /** Focus is on the chart or one of its marks (in the element, the shadow root knows which). */
  #focused(): boolean {
    const svg = this.#svg;
    if (!svg) return false;
    const active = (svg.getRootNode() as Document | ShadowRoot).activeElement;
    return active !== null && svg.contains(active);
  }

  #nudge() {
    this.nudged = true;
    clearTimeout(this.#nudgeTimer);
    this.#nudgeTimer = setTimeout(() => (this.nudged = false), 2500);
  }

  /**
   * On the chart's SVG: engages on a click or tap, lets go on a pointer press elsewhere or when the
   * window loses focus, and keeps the SVG's `touch-action` in step, so an idle chart leaves every
   * one-finger drag to the page while an engaged one keeps sideways drags for panning.
   */
  attach: Attachment<SVGSVGElement> = (svg) => {
    this.#svg = svg;
    const engage = (event: Event) => {
      // A finger on the glass is not yet a choice: a tap (click) is, a mouse press already is.
      if (event.type === 'pointerdown' && (event as PointerEvent).pointerType === 'touch') return;
      this.engaged = true;
      this.nudged = false;
    };
    const elsewhere = (event: Event) => {
      if (!event.composedPath().includes(svg)) this.engaged = false;
    };
    const release = () => (this.engaged = false);
    // Its own listener, not d3-zoom's filter: the hint must answer the first wheel even before
    // the gesture engine has loaded (the element loads it when the reader comes to the chart).
    const wheel = (event: WheelEvent) => {
      if (!this.allows(event)) this.#nudge();
    };
    // Not passive, though it never calls preventDefault: a passive-only listener here did not hear
    // real wheels that Chromium scrolled the host page with (tests/browser/embed.test.ts).
    svg.addEventListener('wheel', wheel, { passive: false });
    svg.addEventListener('pointerdown', engage);
    svg.addEventListener('click', engage);
    const doc = svg.ownerDocument;
    doc.addEventListener('pointerdown', elsewhere, true);
    const view = doc.defaultView;
    view?.addEventListener('blur', release);
    $effect(() => {
      svg.dataset.scrollGuard = this.engaged ? 'engaged' : 'idle';
    });
    return () => {
      svg.removeEventListener('wheel', wheel);
      svg.removeEventListener('pointerdown', engage);
      svg.removeEventListener('click', engage);
      doc.removeEventListener('pointerdown', elsewhere, true);
      view?.removeEventListener('blur', release);
      clearTimeout(this.#nudgeTimer);
      this.#svg = null;
    };
  };
}

function newEmbedding(layout: () => EmbedLayout): Embedding {
  return {
    guard: new ScrollGuard(),
    Hint: GestureHint,
    get compact() {
      return layout() === 'compact';
    },
  };
}

/** A new embedding, as a context map for `mount` (the iframe embed, src/main.ts). */
export function embeddingContext(layout: EmbedLayout): Map<symbol, Embedding> {
  return new Map([[EMBEDDING, newEmbedding(() => layout)]]);
}

/** Marks the calling component's subtree as embedded; call from the embed's root component. */
export function beginEmbedding(layout: () => EmbedLayout): Embedding {
  return setContext<Embedding>(EMBEDDING, newEmbedding(layout));
}
