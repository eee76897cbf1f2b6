// Starts loading the chart's gesture engine (see gestures.ts) as soon as the page's script runs,
// so it arrives while the event list does instead of delaying the first marks. The element, built
// as one file, swaps this module for src/embed/load-gestures.ts (vite.config.ts).
export const gestures = import('./gestures');

export type Gestures = Awaited<typeof gestures>;
