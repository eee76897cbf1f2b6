// The element's `height` attribute as a CSS length, and nothing else: a host page's attribute is
// a value, never a place to write more CSS (`400px; transform: ...`).

const UNITS = ['px', 'rem', 'em', 'ex', 'ch', 'lh', 'rlh', 'vh', 'vw', 'vmin', 'vmax', 'svh', 'lvh', 'dvh', 'cqh', 'cqw', 'cm', 'mm', 'in', 'pt', 'pc', '%'];
const LENGTH = new RegExp(`^(\\d{1,6}(?:\\.\\d{1,4})?|\\.\\d{1,4})(${UNITS.join('|')})?$`, 'i');

/** `height` as a CSS length (`480px`, `30rem`, `60vh`; a bare number is pixels), or undefined when it is anything else. */
export function cssLength(height: string | null | undefined): string | undefined {
  const match = LENGTH.exec(height?.trim() ?? '');
  if (!match) return undefined;
  return `${match[1]}${(match[2] ?? 'px').toLowerCase()}`;
}
