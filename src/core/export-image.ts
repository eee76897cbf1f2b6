// "Download image": the visible timeline as one standalone SVG document. The chart in it is the
// live chart itself (src/app/chart-snapshot.ts copies its SVG with the browser's computed styles
// written in), so there is one renderer; this module only puts a header, a legend and a footer
// around it, in colours the page's tokens resolved to. Every piece of text is data and goes
// through `escapeXml`.

import { round, starPath } from './editorial';
import { estimateTextWidth, truncateLabel } from './layout';

export const TOOL_NAME = 'Newsroom timeline';

/** The live chart, serialized: `markup` is its SVG's children, `width` by `height` pixels. */
export interface ChartSnapshot {
  markup: string;
  width: number;
  height: number;
}

/** The page's colours as the browser resolved its tokens (src/app/tokens.css), for the frame. */
export interface ImageColours {
  background: string;
  fg: string;
  muted: string;
  rule: string;
  accent: string;
}

export interface TimelineImageView {
  title: string;
  /** Words for the time on screen ("March – April 2024"). */
  rangeText: string;
  /** Events on screen, marks and clusters together. */
  eventCount: number;
  /** The reader's search, when one narrows the events. */
  query?: string;
  chart: ChartSnapshot;
  colours: ImageColours;
  /** Some marks on screen are an editor's highlights: the legend explains the star. */
  highlights: boolean;
  /** Tags of the events shown, with their resolved colours, for the legend. */
  tags: { name: string; colour: string }[];
  /** Publishers of the articles behind the events shown. */
  publishers: string[];
  /** Some events shown were written by the newsroom, with no article behind them. */
  newsroomEvents?: boolean;
}

const MARGIN = 24;
const SANS = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const SERIF = "Georgia, 'Iowan Old Style', 'Times New Roman', serif";

// Characters XML 1.0 does not allow at all; a NUL in a headline must not make the file unreadable.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text made safe for XML character data and attribute values; characters XML cannot hold are dropped. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** Markup with the characters XML 1.0 cannot hold dropped (the serialized chart may carry them from a headline). */
export function xmlSafe(markup: string): string {
  return markup.replace(NOT_XML, '');
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

/** The visible timeline as a standalone SVG document (UTF-8 text). */
export function timelineSvg(view: TimelineImageView): string {
  const { colours, chart } = view;
  const chartWidth = Math.max(1, chart.width);
  const width = chartWidth + 2 * MARGIN;
  const inner = chartWidth;
  const body: string[] = [];
  let y = MARGIN;

  body.push(text(MARGIN, y + 12, 'TIMELINE', { 'font-size': 12, 'font-weight': 700, 'letter-spacing': 1.5, fill: colours.accent }));
  y += 14;
  for (const line of wrapText(view.title, inner, 26, 2)) {
    y += 32;
    body.push(text(MARGIN, y, line, { 'font-family': SERIF, 'font-size': 26, 'font-weight': 700, fill: colours.fg }));
  }
  const shown = view.eventCount === 1 ? '1 event' : `${view.eventCount.toLocaleString('en-GB')} events`;
  const query = view.query?.trim();
  const subtitle = `${view.rangeText} · ${shown}${query ? ` matching “${query}”` : ''}`;
  y += 26;
  body.push(text(MARGIN, y, wrapText(subtitle, inner, 14, 1)[0] ?? '', { 'font-size': 14, fill: colours.muted }));
  y += 18;

  // The chart as the reader sees it, clipped to its box as the page's is.
  const chartHeight = Math.max(1, chart.height);
  body.push(`<line${attrs({ x1: MARGIN, x2: MARGIN + chartWidth, y1: y, y2: y, stroke: colours.rule })}/>`);
  body.push(
    `<svg${attrs({ x: MARGIN, y, width: chartWidth, height: chartHeight, viewBox: `0 0 ${round(chartWidth)} ${round(chartHeight)}`, overflow: 'hidden' })}>` +
      xmlSafe(chart.markup) +
      '</svg>',
  );
  y += chartHeight;
  body.push(`<line${attrs({ x1: MARGIN, x2: MARGIN + chartWidth, y1: y, y2: y, stroke: colours.rule })}/>`);

  // Legend: what the colours and the star mean.
  const legend: { width: number; svg: (x: number, y: number) => string }[] = [];
  if (view.highlights) {
    legend.push({
      width: 24 + estimateTextWidth('Highlight'),
      svg: (x, ly) => `<path${attrs({ d: starPath(x + 7, ly - 5, 8), fill: colours.fg })}/>` + text(x + 20, ly, 'Highlight', { 'font-size': 13, fill: colours.fg }),
    });
  }
  for (const tag of view.tags) {
    const name = truncateLabel(tag.name, 220, (t) => estimateTextWidth(t));
    legend.push({
      width: 20 + estimateTextWidth(name),
      svg: (x, ly) =>
        `<rect${attrs({ x, y: ly - 10, width: 11, height: 11, rx: 2, fill: tag.colour })}/>` + text(x + 16, ly, name, { 'font-size': 13, fill: colours.fg }),
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
  body.push(text(MARGIN + chartWidth, y, made, { 'font-size': 12, 'text-anchor': 'end', fill: colours.muted }));
  sourceLines.forEach((line, i) => {
    if (i) y += 17;
    if (line) body.push(text(MARGIN, y, line, { 'font-size': 12, fill: colours.muted }));
  });
  const height = Math.ceil(y + MARGIN - 4);

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${round(width)}" height="${height}" viewBox="0 0 ${round(width)} ${height}"` +
    ` font-family="${escapeXml(SANS)}" role="img">` +
    `<title>${escapeXml(`${view.title}: ${view.rangeText}`)}</title>` +
    `<rect width="100%" height="100%"${attrs({ fill: colours.background })}/>` +
    body.join('') +
    '</svg>'
  );
}
