// Stand-in for d3-time-format in the <event-timeline> bundle, to keep it small (see
// vite.config.ts). d3-scale's time scales ask for formatters when created, but the timeline
// writes its own tick labels (src/core/format.ts) and never calls scale.tickFormat().
const iso = () => (date: Date) => date.toISOString();
export const timeFormat = iso;
export const utcFormat = iso;
