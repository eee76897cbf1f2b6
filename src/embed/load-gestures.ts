// The element's way to load the chart's gesture engine (src/app/gestures.ts, d3-zoom and its
// kin): not with the first screen, as the page does, but when a reader first comes to an
// <event-timeline> (the pointer over it, a touch, focus inside it). A host's readers who only
// scroll past download a third less; the chart draws, and its buttons and keys zoom, without it.
// The embed build swaps this in for src/app/load-gestures.ts (vite.config.ts).
import type * as Engine from '../app/gestures';

export type Gestures = typeof Engine;

const TRIGGERS = ['pointerover', 'pointerdown', 'touchstart', 'focusin'] as const;

export const gestures = new Promise<Gestures>((resolve) => {
  const start = (event: Event) => {
    if (!event.composedPath().some((node) => node instanceof HTMLElement && node.localName === 'event-timeline')) return;
    for (const type of TRIGGERS) removeEventListener(type, start, true);
    resolve(import('../app/gestures'));
  };
  for (const type of TRIGGERS) addEventListener(type, start, { capture: true, passive: true });
});
