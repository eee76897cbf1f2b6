// The live chart as "Download image" draws it: its SVG cloned with each element's computed style
// written in as presentation attributes (a `style` attribute would break a strict CSP's
// style-src), so the file looks like the screen without the page's CSS; and the page's colours as
// the browser resolved them. One renderer: the picture is the chart's own markup.
import type { ChartSnapshot } from '../core/export-image';

/** What the chart's CSS decides about its marks, axis and text: each an SVG presentation attribute. */
const PROPERTIES = [
  'display', 'visibility', 'opacity',
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linejoin', 'stroke-opacity',
  'stop-color', 'stop-opacity',
  'font-family', 'font-size', 'font-weight', 'text-anchor', 'text-decoration',
];
/** What makes the live chart a widget, not a picture. */
const INTERACTIVE = ['tabindex', 'role', 'aria-pressed', 'aria-label', 'aria-hidden', 'data-event-id'];

/** `svg` as it is on screen, with the dense-story rug (a canvas beside it) drawn in as an image. */
export function snapshotChart(svg: SVGSVGElement): ChartSnapshot {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const live = [...svg.querySelectorAll('*')];
  const copies = [...clone.querySelectorAll('*')];
  live.forEach((element, i) => {
    const copy = copies[i];
    const style = getComputedStyle(element);
    copy.removeAttribute('style');
    for (const property of PROPERTIES) {
      const value = style.getPropertyValue(property);
      if (value) copy.setAttribute(property, value.replace(/url\("(#[^"]*)"\)/g, 'url($1)'));
    }
    const name = copy.getAttribute('aria-label');
    if (name && copy.classList.contains('event')) {
      // The control's accessible name becomes the mark's tooltip.
      const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
      title.textContent = name;
      copy.prepend(title);
    }
    for (const attribute of INTERACTIVE) copy.removeAttribute(attribute);
  });
  const width = Number(svg.getAttribute('width')) || svg.getBoundingClientRect().width;
  const height = Number(svg.getAttribute('height')) || svg.getBoundingClientRect().height;
  const serializer = new XMLSerializer();
  let markup = '';
  const rug = svg.parentElement?.querySelector('canvas');
  if (rug instanceof HTMLCanvasElement && rug.width > 0) {
    const box = rug.getBoundingClientRect();
    const top = box.top - svg.getBoundingClientRect().top;
    markup += `<image x="0" y="${Math.round(top)}" width="${Math.round(width)}" height="${Math.round(box.height)}" preserveAspectRatio="none" href="${rug.toDataURL('image/png')}"/>`;
  }
  for (const child of clone.childNodes) markup += serializer.serializeToString(child);
  return { markup, width, height };
}

/** A CSS colour (`var(--fg)`, `light-dark(…)`) as the browser resolves it inside `scope`. */
export function resolveColour(scope: Element, css: string): string {
  const probe = document.createElement('span');
  probe.style.color = css;
  scope.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}
