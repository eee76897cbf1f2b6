// Loads the chart's gesture engine (gestures.ts: d3-zoom and its kin, a third of the script) when a
// reader first comes to a timeline: the pointer over it, a touch, a wheel, focus or a key inside
// it. Not with the first screen: the chart draws, and its buttons and keys zoom, without it, and
// a host page's readers who only scroll past an <event-timeline> never download it. The page and
// the element load it this way, as a chunk beside their own script.
import type * as Engine from './gestures';

export type Gestures = typeof Engine;

const TRIGGERS = ['pointerover', 'pointerdown', 'touchstart', 'wheel', 'focusin', 'keydown'] as const;

/** Whether the event happened in a timeline: the page's or an element's (whose inside is a shadow root). */
function inTimeline(event: Event): boolean {
  return event.composedPath().some((node) => node instanceof Element && (node.localName === 'event-timeline' || node.classList.contains('timeline')));
}

export const gestures = new Promise<Gestures>((resolve) => {
  if (typeof addEventListener !== 'function') return;
  const start = (event: Event) => {
    if (!inTimeline(event)) return;
    for (const type of TRIGGERS) removeEventListener(type, start, true);
    resolve(import('./gestures'));
  };
  for (const type of TRIGGERS) addEventListener(type, start, { capture: true, passive: true });
});
