// The chart's gesture engine: d3-zoom, with d3-selection to attach it and d3-transition to animate
// button zooms (bringing d3's interpolators, easing, timers and colour parsing along). It is a
// third of the page's script and nothing on the first screen needs it, so it loads when a reader
// first comes to the timeline (load-gestures.ts).
import { select } from 'd3-selection';
import 'd3-transition'; // adds selection.transition(), which d3-zoom animates with
import { zoom, zoomIdentity } from 'd3-zoom';

export { select, zoom, zoomIdentity };
