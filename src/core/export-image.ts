// The visible timeline as one standalone SVG document, for "Download image": the marks come from
// the layout the chart drew, so the picture is what the reader sees, in the light theme on white,
// with fonts and colours written out so it needs no page around it. Every piece of text is data
// and goes through `escapeXml`.

import { TAG_PALETTE, markShape, round, starCentre, starPath } from './editorial';
import { estimateTextWidth, truncateLabel } from './layout';

export const TOOL_NAME = 'Newsroom timeline';

/** One event's mark as the chart placed it, in chart pixels (0 is the chart's left edge). */
export interface ImageMark {
  /** The whole headline and its date, for the mark's tooltip. */
  title: string;
  dateText: string;
  /** The label as drawn, perhaps cut to its room. */
  label: string;
  lane: number;
  x0: number;
  x1: number;
  labelX: number;
  labelWidth: number;
  point: boolean;
  minute: boolean;
  approximate: boolean;
  highlight: boolean;
  /** Palette slot of its main tag (see `tagSlots`); none draws it in the page's blue. */
  tagSlot?: number;
}

/** Events no lane took, drawn as a "+N" pill. */
export interface ImageCluster {
  x0: number;
  x1: number;
  count: number;
}

export interface TimelineImageView {
  title: string;
  /** Words for the time on screen ("March – April 2024"). */
  rangeText: string;
  /** Events on screen, marks and clusters together. */
  eventCount: number;
  /** The reader's search, when one narrows the events. */
  query?: string;
  /** Chart width in pixels; the image adds margins. */
  width: number;
  lanes: number;
  ticks: { x: number; label: string }[];
  marks: ImageMark[];
  clusters: ImageCluster[];
  /** Tags of the events shown, with their palette slots, for the legend. */
  tags: { name: string; slot: number }[];
  /** Publishers of the articles behind the events shown. */
  publishers: string[];
  /** Some events shown were written by the newsroom, with no article behind them. */
  newsroomEvents?: boolean;
}

// The chart's geometry (src/app/timeline-state.svelte.ts and TimelineChart.svelte).
const AXIS_HEIGHT = 34;
const LANE_HEIGHT = 42;
const CLUSTER_ROW = 34;
const LABEL_BASELINE = 32;

const MARGIN = 24;
const SANS = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const SERIF = "Georgia, 'Iowan Old Style', 'Times New Roman', serif";
/** The page's light theme (Timeline.svelte). */
const COLOURS = {
  background: '#ffffff',
  fg: '#1b1b1b',
  muted: '#595959',
  rule: '#dcd8d0',
  mark: '#2c5a87',
  accent: '#b02a1f',
  highlight: '#fbe38e',
  clusterBg: '#ebe7df',
};

// Characters XML 1.0 does not allow at all; a NUL in a headline must not make the file unreadable.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text made safe for XML character data and attribute values; characters XML cannot hold are dropped. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

function compactCount(n: number): string {
  return n < 1000 ? String(n) : `${(n / 1000).toFixed(n < 10_000 ? 1 : 0)}k`;
}

/**
 * Greedy word wrap by the layout's generous width estimate, at most `maxLines` lines; the last
 * line ends in "…" when text is left over, and a word wider than a line is cut.
 */
export function wrapText(text: string, width: number, fontSize: number, maxLines: number): string[] {
  const measure = (t: string) => estimateTextWidth(t, fontSize);
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const next = line ? `${line} ${words[i]}` : words[i];
    if (measure(next) <= width) {
      line = next;
      continue;
    }
    if (lines.length === maxLines - 1 || !line) {
      // Out of lines, or one word wider than a line: cut here.
      lines.push(truncateLabel(`${next} …`, width, measure) || '…');
      return lines.slice(0, maxLines);
    }
    lines.push(line);
    line = words[i];
    if (measure(line) > width) {
      lines.push(truncateLabel(`${line} …`, width, measure) || '…');
      return lines.slice(0, maxLines);
    }
  }
  if (line) lines.push(line);
  return lines;
}

function attrs(values: Record<string, string | number | undefined>): string {
  let out = '';
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    out += ` ${key}="${typeof value === 'number' ? round(value) : escapeXml(value)}"`;
  }
  return out;
}

function text(x: number, y: number, content: string, style: Record<string, string | number | undefined>): string {
  return `<text${attrs({ x, y, ...style })}>${escapeXml(content)}</text>`;
}

function colourOf(slot: number | undefined): string {
  return slot === undefined ? COLOURS.mark : TAG_PALETTE[slot % TAG_PALETTE.length].light;
}

/** The soft-edged fill of an approximate bar in `colour`. */
function softGradient(id: string, colour: string): string {
  const stop = (offset: number, opacity: number) => `<stop${attrs({ offset, 'stop-color': colour, 'stop-opacity': opacity })}/>`;
  return `<linearGradient id="${id}" x1="0" x2="1" y1="0" y2="0">${stop(0, 0.12)}${stop(0.22, 1)}${stop(0.78, 1)}${stop(1, 0.12)}</linearGradient>`;
}

function drawMark(mark: ImageMark, top: number, gradients: Map<string, string>): string {
  const colour = colourOf(mark.tagSlot);
  const shape = markShape(mark);
  const y = top + mark.lane * LANE_HEIGHT;
  let out = `<g class="event${mark.highlight ? ' highlight' : ''}" transform="translate(${round(mark.x0)} ${round(y)})">`;
  out += `<title>${escapeXml(`${mark.dateText}: ${mark.title}${mark.highlight ? ' (highlight)' : ''}`)}</title>`;
  if (mark.point && mark.highlight) {
    // The star stands in for the dot.
  } else if (mark.point) {
    out += mark.approximate
      ? `<rect${attrs({ ...shape, fill: COLOURS.background, stroke: colour, 'stroke-width': 2, 'stroke-dasharray': '2.5 2' })}/>`
      : `<rect${attrs({ ...shape, fill: colour, stroke: COLOURS.background, 'stroke-width': 1.5 })}/>`;
  } else {
    let fill = colour;
    if (mark.approximate) {
      let id = gradients.get(colour);
      if (!id) gradients.set(colour, (id = `soft-${gradients.size}`));
      fill = `url(#${id})`;
    }
    out += `<rect${attrs({ ...shape, fill })}/>`;
  }
  if (mark.highlight) {
    const { cx, cy } = starCentre(mark);
    const soft = mark.point && mark.approximate;
    out += `<path${attrs({
      d: starPath(cx, cy, 9),
      fill: soft ? COLOURS.background : colour,
      stroke: soft ? colour : COLOURS.background,
      'stroke-width': 1.5,
      'stroke-dasharray': soft ? '2.5 2' : undefined,
      'stroke-linejoin': 'round',
    })}/>`;
  }
  if (mark.label) {
    const x = mark.labelX - mark.x0;
    if (mark.highlight) {
      out += `<rect${attrs({ class: 'marker', x: x - 3, y: LABEL_BASELINE - 14, width: mark.labelWidth + 6, height: 19, rx: 3, fill: COLOURS.highlight })}/>`;
    }
    out += text(x, LABEL_BASELINE, mark.label, { 'font-size': 13, fill: COLOURS.fg });
  }
  return `${out}</g>`;
}

/** The visible timeline as a standalone SVG document (UTF-8 text). */
export function timelineSvg(view: TimelineImageView): string {
  const chartWidth = Math.max(1, view.width);
  const width = chartWidth + 2 * MARGIN;
  const inner = chartWidth;
  const body: string[] = [];
  let y = MARGIN;

  body.push(text(MARGIN, y + 12, 'TIMELINE', { 'font-size': 12, 'font-weight': 700, 'letter-spacing': 1.5, fill: COLOURS.accent }));
  y += 14;
  for (const line of wrapText(view.title, inner, 26, 2)) {
    y += 32;
    body.push(text(MARGIN, y, line, { 'font-family': SERIF, 'font-size': 26, 'font-weight': 700, fill: COLOURS.fg }));
  }
  const shown = view.eventCount === 1 ? '1 event' : `${view.eventCount.toLocaleString('en-GB')} events`;
  const query = view.query?.trim();
  const subtitle = `${view.rangeText} · ${shown}${query ? ` matching “${query}”` : ''}`;
  y += 26;
  body.push(text(MARGIN, y, wrapText(subtitle, inner, 14, 1)[0] ?? '', { 'font-size': 14, fill: COLOURS.muted }));
  y += 18;

  // The chart, clipped to its width as the page's is.
  const lanesTop = AXIS_HEIGHT + 10;
  const clusterTop = lanesTop + view.lanes * LANE_HEIGHT + 2;
  const chartHeight = clusterTop + (view.clusters.length ? CLUSTER_ROW : 0) + 6;
  const chart: string[] = [];
  for (const tick of view.ticks) {
    chart.push(`<line${attrs({ x1: tick.x, x2: tick.x, y1: AXIS_HEIGHT - 6, y2: chartHeight - 4, stroke: COLOURS.rule })}/>`);
    if (tick.x + 40 < chartWidth) chart.push(text(tick.x + 4, AXIS_HEIGHT - 14, tick.label, { 'font-size': 12, fill: COLOURS.muted }));
  }
  chart.push(`<line${attrs({ x1: 0, x2: chartWidth, y1: AXIS_HEIGHT, y2: AXIS_HEIGHT, stroke: COLOURS.muted })}/>`);
  const gradients = new Map<string, string>();
  // Highlights last, so their stars and markers sit on top of any neighbour.
  const ordered = [...view.marks.filter((m) => !m.highlight), ...view.marks.filter((m) => m.highlight)];
  for (const mark of ordered) chart.push(drawMark(mark, lanesTop, gradients));
  for (const cluster of view.clusters) {
    const w = Math.max(12, cluster.x1 - cluster.x0);
    chart.push(
      `<g class="cluster"><rect${attrs({ x: cluster.x0, y: clusterTop + 4, width: w, height: 22, rx: 11, fill: COLOURS.clusterBg, stroke: COLOURS.rule })}/>` +
        text(cluster.x0 + w / 2, clusterTop + 19.5, `+${compactCount(cluster.count)}`, { 'font-size': 11.5, 'font-weight': 600, 'text-anchor': 'middle', fill: COLOURS.fg }) +
        '</g>',
    );
  }
  if (!view.marks.length && !view.clusters.length) {
    chart.push(text(chartWidth / 2, lanesTop + LANE_HEIGHT, 'No events in this stretch of time.', { 'font-size': 14, 'text-anchor': 'middle', fill: COLOURS.muted }));
  }
  const defs = [`<clipPath id="chart-area"><rect x="0" y="0" width="${round(chartWidth)}" height="${round(chartHeight)}"/></clipPath>`];
  for (const [colour, id] of gradients) defs.push(softGradient(id, colour));
  body.push(`<line${attrs({ x1: MARGIN, x2: MARGIN + chartWidth, y1: y, y2: y, stroke: COLOURS.rule })}/>`);
  body.push(`<g transform="translate(${MARGIN} ${round(y)})" clip-path="url(#chart-area)">${chart.join('')}</g>`);
  y += chartHeight;
  body.push(`<line${attrs({ x1: MARGIN, x2: MARGIN + chartWidth, y1: y, y2: y, stroke: COLOURS.rule })}/>`);

  // Legend: what the colours and the star mean.
  const legend: { width: number; svg: (x: number, y: number) => string }[] = [];
  if (view.marks.some((m) => m.highlight)) {
    legend.push({
      width: 24 + estimateTextWidth('Highlight'),
      svg: (x, ly) => `<path${attrs({ d: starPath(x + 7, ly - 5, 8), fill: COLOURS.fg })}/>` + text(x + 20, ly, 'Highlight', { 'font-size': 13, fill: COLOURS.fg }),
    });
  }
  for (const tag of view.tags) {
    const name = truncateLabel(tag.name, 220, (t) => estimateTextWidth(t));
    legend.push({
      width: 20 + estimateTextWidth(name),
      svg: (x, ly) =>
        `<rect${attrs({ x, y: ly - 10, width: 11, height: 11, rx: 2, fill: colourOf(tag.slot) })}/>` + text(x + 16, ly, name, { 'font-size': 13, fill: COLOURS.fg }),
    });
  }
  if (legend.length) {
    y += 10;
    let x = MARGIN;
    let rows = 1;
    y += 18;
    for (const item of legend) {
      if (x > MARGIN && x + item.width > MARGIN + inner) {
        if (rows === 3) break;
        rows++;
        x = MARGIN;
        y += 22;
      }
      body.push(item.svg(x, y));
      x += item.width + 18;
    }
  }

  // Footer: whose reporting this is, and what made it.
  const made = `Made with ${TOOL_NAME}`;
  const madeWidth = estimateTextWidth(made, 12);
  const publishers = [...view.publishers];
  if (view.newsroomEvents) publishers.push('the newsroom');
  const sources = publishers.length ? `Sources: ${publishers.join(', ')}` : '';
  const sourceLines = sources ? wrapText(sources, Math.max(80, inner - madeWidth - 24), 12, 3) : [''];
  y += 28;
  body.push(text(MARGIN + chartWidth, y, made, { 'font-size': 12, 'text-anchor': 'end', fill: COLOURS.muted }));
  sourceLines.forEach((line, i) => {
    if (i) y += 17;
    if (line) body.push(text(MARGIN, y, line, { 'font-size': 12, fill: COLOURS.muted }));
  });
  const height = Math.ceil(y + MARGIN - 4);

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${round(width)}" height="${height}" viewBox="0 0 ${round(width)} ${height}"` +
    ` font-family="${escapeXml(SANS)}" role="img">` +
    `<title>${escapeXml(`${view.title}: ${view.rangeText}`)}</title>` +
    `<defs>${defs.join('')}</defs>` +
    `<rect width="100%" height="100%" fill="${COLOURS.background}"/>` +
    body.join('') +
    '</svg>'
  );
}
