// Starts loading the chart's gesture engine (see gestures.ts) as soon as the script runs, so it
// arrives while the event list does instead of delaying the first marks. The page and the
// <event-timeline> element both load it this way, as a chunk beside their own script.
export const gestures = import('./gestures');

export type Gestures = Awaited<typeof gestures>;
