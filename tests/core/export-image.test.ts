// @vitest-environment jsdom
// The downloadable picture of the timeline: the live chart's SVG (here a small stand-in for what
// src/app/chart-snapshot.ts copies from the page; tests/browser/download.test.ts checks the real
// one) framed by a header, legend and footer, as a standalone SVG any XML parser reads whatever
// the articles say.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TOOL_NAME, escapeXml, timelineSvg, wrapText, xmlSafe, type TimelineImageView } from '../../src/core/export-image';
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
