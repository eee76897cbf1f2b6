// Starts loading the chart's gesture engine (see gestures.ts) as soon as the page's script runs,
// so it arrives while the event list does instead of delaying the first marks. A build that must
// be one file (the <event-timeline> element) swaps this module for one importing gestures.ts
// statically.
export const gestures = import('./gestures');
