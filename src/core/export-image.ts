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
  /** Events drawn on their own (a mark each; not those folded into a "+N" group or out of view). */
  eventCount: number;
  /** Events the reader's view could show (all of them, or those matching the search). */
  totalCount: number;
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

/** A picture of a fixed size for social posts; without one the picture is the chart's own size (print). */
export interface ImageFrame {
  width: number;
  height: number;
}

/** The sizes the social networks show without cropping: landscape, square and portrait. */
export const SOCIAL_SIZES = [
  { name: 'landscape', width: 1200, height: 675 },
  { name: 'square', width: 1080, height: 1080 },
  { name: 'portrait', width: 1080, height: 1350 },
] as const;

/** Type sizes and margins: print at the chart's own scale, social posts larger (seen small on phones). */
interface Type {
  margin: number;
  kicker: number;
  title: number;
  caption: number;
  small: number;
  legend: number;
}
const PRINT: Type = { margin: 24, kicker: 12, title: 26, caption: 14, small: 12, legend: 13 };
const SOCIAL: Type = { margin: 48, kicker: 18, title: 46, caption: 24, small: 19, legend: 21 };
/** A social picture never blows a small (phone) chart up more than this. */
const MAX_CHART_SCALE = 2;

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

/** What the caption says about the events: all of them, or how many of how many are drawn. */
export function countCaption(view: Pick<TimelineImageView, 'eventCount' | 'totalCount' | 'query'>): string {
  const query = view.query?.trim();
  const matching = query ? ` matching “${query}”` : '';
  const total = view.totalCount.toLocaleString('en-GB');
  if (view.eventCount >= view.totalCount) return `${total} ${view.totalCount === 1 ? 'event' : 'events'}${matching}`;
  return `${view.eventCount.toLocaleString('en-GB')} of ${total} events${matching} shown`;
}

/**
 * The title in as few lines as it takes, up to `maxLines`, at the largest of three sizes that
 * holds it whole; only a title too long for the smallest ends in an ellipsis.
 */
export function fitTitle(title: string, width: number, size: number, maxLines: number): { lines: string[]; size: number } {
  const whole = title.split(/\s+/).filter(Boolean).join(' ');
  let lines: string[] = [];
  let used = size;
  for (const candidate of [size, Math.round(size * 0.85), Math.round(size * 0.72)]) {
    used = candidate;
    lines = wrapText(whole, width, candidate, maxLines);
    if (lines.join(' ') === whole) break;
  }
  return { lines, size: used };
}

/**
 * The footer: the sources on the left, the credit on the right of their first line, never over
 * them. When the sources would leave too little room beside the credit, the credit takes a line
 * of its own below; either way they wrap within `maxLines` and end in an ellipsis past it.
 */
export function footerLayout(sources: string, credit: string, width: number, size: number, maxLines: number): { sources: string[]; creditLine: number } {
  if (!sources) return { sources: [], creditLine: 0 };
  const creditWidth = estimateTextWidth(credit, size);
  const gap = size * 2;
  const beside = width - creditWidth - gap;
  if (beside >= width * 0.45) {
    const lines = wrapText(sources, beside, size, maxLines);
    return { sources: lines, creditLine: 0 };
  }
  const lines = wrapText(sources, width, size, maxLines);
  return { sources: lines, creditLine: lines.length };
}

/**
 * The visible timeline as a standalone SVG document (UTF-8 text): at the chart's own size for
 * print, or filling `frame` (a social size) with the chart scaled to fit between header and footer.
 */
export function timelineSvg(view: TimelineImageView, frame?: ImageFrame): string {
  const { colours, chart } = view;
  const type = frame ? SOCIAL : PRINT;
  const margin = type.margin;
  const chartWidth = Math.max(1, chart.width);
  const chartHeight = Math.max(1, chart.height);
  const width = frame ? frame.width : chartWidth + 2 * margin;
  const inner = width - 2 * margin;
  const body: string[] = [];
  let y = margin;

  // Header: what this is, the story, and what the picture shows.
  body.push(text(margin, y + type.kicker, 'TIMELINE', { 'font-size': type.kicker, 'font-weight': 700, 'letter-spacing': type.kicker / 8, fill: colours.accent }));
  y += type.kicker + type.kicker / 6;
  const title = fitTitle(view.title, inner, type.title, 3);
  for (const line of title.lines) {
    y += Math.round(title.size * 1.22);
    body.push(text(margin, y, line, { 'font-family': SERIF, 'font-size': title.size, 'font-weight': 700, fill: colours.fg }));
  }
  const caption = `${view.rangeText} · ${countCaption(view)}`;
  wrapText(caption, inner, type.caption, 2).forEach((line, i) => {
    // A little more air between the title and the caption than between the caption's lines.
    y += Math.round(type.caption * (i === 0 ? 1.9 : 1.4));
    body.push(text(margin, y, line, { 'font-size': type.caption, fill: colours.muted }));
  });
  y += Math.round(type.caption * 0.75);

  // Legend and footer, laid out first: on a fixed frame they sit at the bottom and the chart takes what is left.
  const legendItems: { width: number; svg: (x: number, y: number) => string }[] = [];
  const swatch = type.legend * 0.85;
  if (view.highlights) {
    legendItems.push({
      width: type.legend * 1.6 + estimateTextWidth('Highlight', type.legend),
      svg: (x, ly) =>
        `<path${attrs({ d: starPath(x + swatch / 2, ly - type.legend * 0.38, swatch * 0.75), fill: colours.fg })}/>` +
        text(x + type.legend * 1.5, ly, 'Highlight', { 'font-size': type.legend, fill: colours.fg }),
    });
  }
  for (const tag of view.tags) {
    const name = truncateLabel(tag.name, inner / 3, (t) => estimateTextWidth(t, type.legend));
    legendItems.push({
      width: type.legend * 1.3 + estimateTextWidth(name, type.legend),
      svg: (x, ly) =>
        `<rect${attrs({ x, y: ly - swatch, width: swatch, height: swatch, rx: 2, fill: tag.colour })}/>` +
        text(x + swatch + type.legend * 0.4, ly, name, { 'font-size': type.legend, fill: colours.fg }),
    });
  }
  const rowHeight = Math.round(type.legend * 1.7);
  const legendRows: { x: number; item: (typeof legendItems)[number] }[][] = [];
  for (const item of legendItems) {
    let row = legendRows.at(-1);
    const x = row?.length ? row.at(-1)!.x + row.at(-1)!.item.width + type.legend * 1.4 : margin;
    if (!row || (row.length && x + item.width > margin + inner)) {
      if (legendRows.length === 3) break;
      row = [];
      legendRows.push(row);
    }
    row.push({ x: row.length ? x : margin, item });
  }

  const credit = `Made with ${TOOL_NAME}`;
  const publishers = [...view.publishers];
  if (view.newsroomEvents) publishers.push('the newsroom');
  const footer = footerLayout(publishers.length ? `Sources: ${publishers.join(', ')}` : '', credit, inner, type.small, frame ? 2 : 3);
  const footerLines = Math.max(footer.sources.length, footer.creditLine + 1);
  const lineHeight = Math.round(type.small * 1.4);
  const legendHeight = legendRows.length ? legendRows.length * rowHeight + type.legend * 0.5 : 0;
  const footerHeight = type.small * 1.2 + (footerLines - 1) * lineHeight;

  // The chart as the reader sees it, clipped to its box as the page's is; on a frame, scaled to fit and centred.
  let scale = 1;
  let chartX = margin;
  let chartY = y;
  if (frame) {
    const bottom = frame.height - margin - footerHeight - type.small * 1.6 - legendHeight;
    const room = Math.max(1, bottom - y);
    scale = Math.min(inner / chartWidth, room / chartHeight, MAX_CHART_SCALE);
    chartX = margin + (inner - chartWidth * scale) / 2;
    chartY = y + (room - chartHeight * scale) / 2;
  }
  const shownWidth = chartWidth * scale;
  const shownHeight = chartHeight * scale;
  body.push(`<line${attrs({ x1: margin, x2: margin + inner, y1: chartY, y2: chartY, stroke: colours.rule })}/>`);
  body.push(
    `<svg${attrs({ x: chartX, y: chartY, width: shownWidth, height: shownHeight, viewBox: `0 0 ${round(chartWidth)} ${round(chartHeight)}`, overflow: 'hidden' })}>` +
      xmlSafe(chart.markup) +
      '</svg>',
  );
  body.push(`<line${attrs({ x1: margin, x2: margin + inner, y1: chartY + shownHeight, y2: chartY + shownHeight, stroke: colours.rule })}/>`);

  // Legend: what the colours and the star mean.
  y = frame ? frame.height - margin - footerHeight - type.small * 1.6 - legendHeight : chartY + shownHeight;
  if (legendRows.length) {
    y += type.legend * 0.5;
    for (const row of legendRows) {
      y += rowHeight;
      for (const { x, item } of row) body.push(item.svg(x, y - rowHeight * 0.3));
    }
  }

  // Footer: whose reporting this is, and what made it.
  y += type.small * 1.6 + type.small * 0.2;
  footer.sources.forEach((line, i) => body.push(text(margin, y + i * lineHeight, line, { 'font-size': type.small, fill: colours.muted })));
  body.push(text(margin + inner, y + footer.creditLine * lineHeight, credit, { 'font-size': type.small, 'text-anchor': 'end', fill: colours.muted }));
  const height = frame ? frame.height : Math.ceil(y + (footerLines - 1) * lineHeight + margin - 4);

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${round(width)}" height="${height}" viewBox="0 0 ${round(width)} ${height}"` +
    ` font-family="${escapeXml(SANS)}" role="img">` +
    `<title>${escapeXml(`${view.title}: ${view.rangeText}`)}</title>` +
    `<rect width="100%" height="100%"${attrs({ fill: colours.background })}/>` +
    body.join('') +
    '</svg>'
  );
}
