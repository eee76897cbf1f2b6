// Stand-in for d3-color in the <event-timeline> bundle, to keep it small (see vite.config.ts).
// The timeline interpolates numbers, dates and zoom transforms, never colours, so nothing parses
// as a colour here and d3-interpolate falls back to its number-in-string interpolation.
function noColours(): never {
  throw new Error('Colours are not interpolated in the embedded timeline.');
}
export const color = (): null => null;
export const rgb = noColours;
export const hsl = noColours;
export const lab = noColours;
export const hcl = noColours;
export const cubehelix = noColours;
