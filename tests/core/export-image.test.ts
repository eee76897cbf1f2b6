// @vitest-environment jsdom
// The downloadable picture of the timeline: the live chart's SVG (here a small stand-in for what
// src/app/chart-snapshot.ts copies from the page; tests/browser/download.test.ts checks the real
// one) framed by a header, legend and footer, as a standalone SVG any XML parser reads whatever
// the articles say.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SOCIAL_SIZES, TOOL_NAME, countCaption, escapeXml, fitTitle, footerLayout, timelineSvg, wrapText, xmlSafe, type TimelineImageView } from '../../src/core/export-image';
import { estimateTextWidth } from '../../src/core/layout';
import type { EventList } from '../../src/core/schema';

const curated = JSON.parse(readFileSync('tests/fixtures/events/curated.json', 'utf8')) as EventList;

const COLOURS = { background: 'rgb(255, 255, 255)', fg: 'rgb(27, 27, 27)', muted: 'rgb(89, 89, 89)', rule: 'rgb(220, 216, 208)', accent: 'rgb(176, 42, 31)' };

/** A chart as the snapshot serializes it: one titled mark per event, styles written in. */
function chartOf(list: EventList): string {
  return list.events
    .map(
      (e, i) =>
        `<g xmlns="http://www.w3.org/2000/svg" class="event" transform="translate(${20 + 40 * i} 44)"><title>${escapeXml(`${e.date.label}: ${e.title}`)}</title>` +
        `<rect x="-5" y="8" width="10" height="10" style="fill:rgb(44, 90, 135)"/><text x="8" y="32" style="font-size:13px">${escapeXml(e.title)}</text></g>`,
    )
    .join('');
}

function viewOf(list: EventList, extra: Partial<TimelineImageView> = {}): TimelineImageView {
  return {
    title: list.articles[0]?.title ?? 'Timeline',
    rangeText: 'February – March 2024',
    eventCount: list.events.length,
    totalCount: list.events.length,
    chart: { markup: chartOf(list), width: 900, height: 230 },
    colours: COLOURS,
    highlights: list.events.some((e) => e.highlight),
    tags: [...new Set(list.events.flatMap((e) => e.tags ?? []))].sort().map((name, i) => ({ name, colour: `rgb(${i}, 100, 100)` })),
    publishers: [...new Set(list.articles.map((a) => a.publisher).filter((p): p is string => !!p))],
    newsroomEvents: list.events.some((e) => e.sources.length === 0),
    ...extra,
  };
}

/** Parses as XML (strictly, as a file viewer would) and fails on any error. */
function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed: ${error.textContent}`);
  return doc;
}

const HOSTILE = [
  '<script>alert(1)</script>',
  'Fish & chips <b>"quoted"</b> and \'single\'',
  ']]><!-- --><![CDATA[x]]>',
  '&amp; &lt; &#x3c; &nosuchentity;',
  'NUL\u0000 bell\u0007 form feed\u000c end',
  'lone \ud800 surrogate and \udc00 another',
  'émigrés 🗞️ «quotes» “curly” — dash',
  '</text></svg><svg onload="alert(1)">',
];

describe('escapeXml', () => {
  it.each([
    { input: 'a & b', expected: 'a &amp; b' },
    { input: '<tag>', expected: '&lt;tag&gt;' },
    { input: `"double" 'single'`, expected: '&quot;double&quot; &apos;single&apos;' },
    { input: '&amp;', expected: '&amp;amp;' },
    { input: 'NUL\u0000bell\u0007tab\tnewline\n', expected: 'NULbelltab\tnewline\n' },
    { input: 'lone \ud800 high', expected: 'lone  high' },
    { input: 'lone \udc00 low', expected: 'lone  low' },
    { input: 'pair 🗞️ kept', expected: 'pair 🗞️ kept' },
    { input: '\ufffe\uffff', expected: '' },
  ])('$input', ({ input, expected }) => {
    expect(escapeXml(input)).toBe(expected);
  });
});

describe('timelineSvg', () => {
  it('is well-formed XML: the parser used here does report broken markup', () => {
    expect(() => parse('<svg xmlns="http://www.w3.org/2000/svg"><text>a & b</text></svg>')).toThrow(/not well-formed/);
    expect(() => parse(timelineSvg(viewOf(curated)))).not.toThrow();
  });

  it.each(HOSTILE.map((text) => ({ text })))('keeps hostile text as text: $text', ({ text }) => {
    const list: EventList = structuredClone(curated);
    list.events[0].title = text;
    list.events[1].tags = [text, 'budget'];
    list.articles[0].publisher = text;
    const view = viewOf(list, { title: text, query: text });
    const doc = parse(timelineSvg(view));
    const svg = doc.documentElement;
    expect(svg.localName).toBe('svg');
    for (const element of svg.querySelectorAll('*')) {
      expect(element.localName).not.toBe('script');
      for (const attr of element.attributes) expect(attr.name.startsWith('on')).toBe(false);
    }
    const clean = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
    // The header names it, and the legend and footer show the tag and the publisher as text.
    expect(svg.querySelector(':scope > title')?.textContent).toContain(clean);
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '');
    expect(texts.some((t) => t.includes(clean.trim().slice(0, 8)))).toBe(true);
  });

  it("holds the chart as drawn: every mark of the snapshot, inside a box the chart's size", () => {
    const view = viewOf(curated);
    const doc = parse(timelineSvg(view));
    const chart = doc.documentElement.querySelector(':scope > svg')!;
    expect([chart.getAttribute('width'), chart.getAttribute('height')]).toEqual(['900', '230']);
    expect(chart.querySelectorAll('g.event')).toHaveLength(curated.events.length);
    const titles = [...chart.querySelectorAll('g.event > title')].map((t) => t.textContent);
    for (const event of curated.events) expect(titles).toContain(`${event.date.label}: ${event.title}`);
  });

  it('drops characters XML cannot hold from the chart markup too', () => {
    const view = viewOf(curated, { chart: { markup: '<text xmlns="http://www.w3.org/2000/svg">NUL\u0000 lone \ud800 end</text>', width: 300, height: 100 } });
    expect(parse(timelineSvg(view)).documentElement.querySelector(':scope > svg > text')?.textContent).toBe('NUL lone  end');
    expect(xmlSafe('a\u0007b')).toBe('ab');
  });

  it('explains the star and each tag colour in the legend', () => {
    const doc = parse(timelineSvg(viewOf(curated)));
    const legend = [...doc.querySelectorAll(':scope > text')].map((t) => t.textContent);
    expect(legend).toContain('Highlight');
    for (const tag of ['budget', 'politics', 'protest', 'public transport']) expect(legend).toContain(tag);
    const swatches = [...doc.documentElement.querySelectorAll(':scope > rect[rx="2"]')].map((r) => r.getAttribute('fill'));
    expect(swatches).toEqual(viewOf(curated).tags.map((t) => t.colour));
  });

  it('stands alone: background, explicit fonts and size, footer with publishers and the tool', () => {
    const svg = timelineSvg(viewOf(curated));
    const doc = parse(svg);
    const root = doc.documentElement;
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(Number(root.getAttribute('width'))).toBe(900 + 48);
    expect(Number(root.getAttribute('height'))).toBeGreaterThan(230);
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${root.getAttribute('width')} ${root.getAttribute('height')}`);
    expect(root.getAttribute('font-family')).toMatch(/sans-serif$/);
    const background = root.querySelector(':scope > rect')!;
    expect([background.getAttribute('width'), background.getAttribute('fill')]).toEqual(['100%', COLOURS.background]);
    const footer = [...root.querySelectorAll('text')].map((t) => t.textContent ?? '');
    expect(footer).toContain(`Made with ${TOOL_NAME}`);
    expect(footer.some((t) => t.startsWith('Sources: Town Crier, Valley Courier, the newsroom'))).toBe(true);
    expect(svg).not.toMatch(/<style|NaN|undefined|Infinity/);
  });

  it('is the same for the same view', () => {
    expect(timelineSvg(viewOf(curated))).toBe(timelineSvg(viewOf(curated)));
  });
});

describe('social sizes', () => {
  const LONG_TITLE = 'Regional council approves the harbour bridge repairs after a decade of delays, closures and two failed tenders';
  const MANY = Array.from({ length: 14 }, (_, i) => `Publisher number ${i + 1} of the region`);

  /** Every <text> with its box by the generous width estimate: [left, right, baseline, size, text]. */
  function boxes(doc: Document) {
    return [...doc.documentElement.querySelectorAll(':scope > text')].map((t) => {
      const size = Number(t.getAttribute('font-size'));
      const x = Number(t.getAttribute('x'));
      const w = estimateTextWidth(t.textContent ?? '', size);
      const left = t.getAttribute('text-anchor') === 'end' ? x - w : x;
      return { left, right: left + w, baseline: Number(t.getAttribute('y')), size, text: t.textContent ?? '' };
    });
  }

  it.each(SOCIAL_SIZES.flatMap((size) => [
    { ...size, chart: { width: 1230, height: 320 }, device: 'desktop' },
    { ...size, chart: { width: 358, height: 300 }, device: 'phone' },
  ]))('$name $width x $height from a $device chart: that size, title whole, nothing overlaps or leaves the frame', ({ width, height, chart }) => {
    const view = viewOf(curated, { title: LONG_TITLE, publishers: MANY, chart: { markup: chartOf(curated), ...chart } });
    const doc = parse(timelineSvg(view, { width, height }));
    const root = doc.documentElement;
    expect([Number(root.getAttribute('width')), Number(root.getAttribute('height'))]).toEqual([width, height]);
    const texts = boxes(doc);
    // The title is all there, over up to three lines.
    const title = texts.filter((t) => t.size >= 30).map((t) => t.text);
    expect(title.join(' ')).toBe(LONG_TITLE);
    // Every line inside the frame's margins, and no two lines on top of each other.
    for (const t of texts) {
      expect(t.left).toBeGreaterThanOrEqual(48 - 0.5);
      expect(t.right).toBeLessThanOrEqual(width - 48 + 0.5);
      expect(t.baseline).toBeLessThanOrEqual(height - 48 + 0.5);
    }
    for (const a of texts) {
      for (const b of texts) {
        if (a === b) continue;
        // Ascent about 0.8 of the size above the baseline, descent 0.25 below.
        const sameLine = a.baseline - 0.8 * a.size < b.baseline + 0.25 * b.size && b.baseline - 0.8 * b.size < a.baseline + 0.25 * a.size;
        if (sameLine) expect(a.right <= b.left || b.right <= a.left, `"${a.text}" and "${b.text}" overlap`).toBe(true);
      }
    }
    // The chart fits between the header and the footer, at most twice its size.
    const box = root.querySelector(':scope > svg')!;
    const [cx, cy, cw, ch] = ['x', 'y', 'width', 'height'].map((k) => Number(box.getAttribute(k)));
    expect(cw / chart.width).toBeLessThanOrEqual(2);
    expect(cx).toBeGreaterThanOrEqual(48 - 0.5);
    expect(cx + cw).toBeLessThanOrEqual(width - 48 + 0.5);
    const lastTitle = Math.max(...texts.filter((t) => t.size >= 30 || t.text.includes('events')).map((t) => t.baseline));
    const firstFooter = Math.min(...texts.filter((t) => t.text.startsWith('Sources') || t.text.startsWith('Made with') || t.text === 'Highlight').map((t) => t.baseline - t.size));
    expect(cy).toBeGreaterThan(lastTitle);
    expect(cy + ch).toBeLessThan(firstFooter);
    // The sources and the credit are both there: the list shortened with an ellipsis, not run into the credit.
    expect(texts.some((t) => t.text === `Made with ${TOOL_NAME}`)).toBe(true);
    expect(texts.filter((t) => t.text.startsWith('Sources') || t.text.includes('Publisher')).at(-1)!.text).toMatch(/…$/);
  });

  it.each([
    { name: 'everything drawn', view: { eventCount: 47, totalCount: 47 }, expected: '47 events' },
    { name: 'one event', view: { eventCount: 1, totalCount: 1 }, expected: '1 event' },
    { name: 'some folded or out of view', view: { eventCount: 13, totalCount: 47 }, expected: '13 of 47 events shown' },
    { name: 'a search', view: { eventCount: 3, totalCount: 5, query: ' rally ' }, expected: '3 of 5 events matching “rally” shown' },
  ])('counts what is drawn: $name', ({ view, expected }) => {
    expect(countCaption(view)).toBe(expected);
  });

  it('says "13 of 47 events shown" in the picture when 34 are folded away', () => {
    const doc = parse(timelineSvg(viewOf(curated, { eventCount: 13, totalCount: 47 }), SOCIAL_SIZES[0]));
    expect([...doc.querySelectorAll('text')].some((t) => t.textContent?.endsWith('13 of 47 events shown'))).toBe(true);
  });

  it.each([
    { name: 'short sources beside the credit', sources: 'Sources: Wire, Courier', width: 1104, creditLine: 0, lines: 1 },
    { name: 'long sources wrap beside the credit, shortened past two lines', sources: `Sources: ${MANY.join(', ')}`, width: 1104, creditLine: 0, lines: 2 },
    { name: 'a narrow picture puts the credit on its own line', sources: `Sources: ${MANY.slice(0, 3).join(', ')}`, width: 420, creditLine: 2, lines: 2 },
  ])('footer: $name', ({ sources, width, creditLine, lines }) => {
    const footer = footerLayout(sources, `Made with ${TOOL_NAME}`, width, 19, 2);
    expect(footer.creditLine).toBe(creditLine);
    expect(footer.sources).toHaveLength(lines);
    const room = creditLine === 0 ? width - estimateTextWidth(`Made with ${TOOL_NAME}`, 19) - 38 : width;
    for (const line of footer.sources) expect(estimateTextWidth(line, 19)).toBeLessThanOrEqual(room);
  });

  it('fits a long title by a smaller size before it cuts it', () => {
    const fitted = fitTitle(LONG_TITLE, 984, 46, 3);
    expect(fitted.lines.join(' ')).toBe(LONG_TITLE);
    const cut = fitTitle(`${LONG_TITLE} ${LONG_TITLE} ${LONG_TITLE}`, 984, 46, 3);
    expect(cut.lines).toHaveLength(3);
    expect(cut.lines[2]).toMatch(/…$/);
  });
});

describe('wrapText', () => {
  const width = estimateTextWidth('aaaaaaaaaa', 12); // ten letters
  it.each([
    { name: 'fits on one line', text: 'aaa aaa', lines: 2, expected: ['aaa aaa'] },
    { name: 'wraps at spaces', text: 'aaaa aaaa aaaa', lines: 2, expected: ['aaaa aaaa', 'aaaa'] },
    { name: 'ends in an ellipsis when out of lines', text: 'aaaa aaaa aaaa aaaa aaaa', lines: 2, expected: ['aaaa aaaa', 'aaaa aaaa…'] },
    { name: 'cuts a word wider than a line', text: 'a'.repeat(40), lines: 3, expected: [`${'a'.repeat(9)}…`] },
    { name: 'empty', text: '  ', lines: 2, expected: [] },
  ])('$name', ({ text, lines, expected }) => {
    expect(wrapText(text, width, 12, lines)).toEqual(expected);
  });
});
