// @vitest-environment jsdom
// The downloadable picture of the timeline: a standalone SVG, drawn from the chart's own layout,
// that any XML parser reads whatever the articles say.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TAG_PALETTE, mainTag, tagSlots } from '../../src/core/editorial';
import { TOOL_NAME, escapeXml, timelineSvg, wrapText, type ImageMark, type TimelineImageView } from '../../src/core/export-image';
import { dateSpan } from '../../src/core/dates';
import { tickLabel } from '../../src/core/format';
import { assignLanes, estimateTextWidth, itemsInView, spanIndex, truncateLabel } from '../../src/core/layout';
import type { EventList, TimelineEvent } from '../../src/core/schema';
import { formatRange, paddedDomain, dataExtent, timeScale } from '../../src/core/zoom';

const curated = JSON.parse(readFileSync('tests/fixtures/events/curated.json', 'utf8')) as EventList;

/**
 * The view of `events` the way the chart makes it (timeline-state.svelte.ts): the padded domain,
 * or `[from, to)` zoomed in, the events in view, lanes from layout.ts, labels cut to their room.
 */
function viewOf(list: EventList, { width = 900, lanes = 4, range }: { width?: number; lanes?: number; range?: [number, number] } = {}): TimelineImageView {
  const items = list.events
    .map((event) => {
      const [from, to] = dateSpan(event.date);
      const point = event.date.precision === 'day' && event.date.start === event.date.end;
      return { id: event.id, event, from, to, point };
    })
    .sort((a, b) => a.from - b.from);
  const domain = range ?? paddedDomain(dataExtent(items.map((i) => [i.from, i.to] as const)));
  const scale = timeScale(domain, [0, width]);
  const visible = itemsInView(spanIndex(items), domain[0], domain[1]);
  const boxes = visible.map((item) => {
    let x0 = scale(item.from);
    let x1 = scale(item.to);
    if (item.point || x1 - x0 < 10) {
      const middle = item.point ? (x0 + x1) / 2 : x0 + 5;
      [x0, x1] = [middle - 5, middle + 5];
    }
    return { id: item.id, x0, x1, item, labelWidth: estimateTextWidth(item.event.title) };
  });
  const { placed, overflow } = assignLanes(boxes, { lanes, gap: 10, minLabel: 64, bounds: [0, width] });
  const slots = tagSlots(list.events);
  const marks: ImageMark[] = placed.map((p) => {
    const event: TimelineEvent = p.item.item.event;
    const label = truncateLabel(event.title, p.labelRoom);
    const tag = mainTag(event);
    return {
      title: event.title,
      dateText: event.date.label,
      label,
      lane: p.lane,
      x0: p.x0,
      x1: p.x1,
      labelX: p.labelX,
      labelWidth: estimateTextWidth(label),
      point: p.item.item.point,
      minute: false,
      approximate: event.date.approximate,
      highlight: event.highlight === true,
      tagSlot: tag === undefined ? undefined : slots.get(tag),
    };
  });
  const tags = [...new Set(marks.flatMap((m) => (m.tagSlot === undefined ? [] : [mainTag(list.events.find((e) => e.title === m.title)!)!])))].sort();
  return {
    title: list.articles[0]?.title ?? 'Timeline',
    rangeText: formatRange(domain[0], domain[1]),
    eventCount: visible.length,
    width,
    lanes,
    ticks: scale.ticks(6).map((t) => ({ x: scale(t), label: tickLabel(t) })),
    marks,
    clusters: overflow.length ? [{ x0: overflow[0].x0, x1: overflow[0].x0 + 36, count: overflow.length }] : [],
    tags: tags.map((name) => ({ name, slot: slots.get(name)! })),
    publishers: [...new Set(list.articles.map((a) => a.publisher).filter((p): p is string => !!p))],
    newsroomEvents: visible.some((i) => i.event.sources.length === 0),
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
    const view = { ...viewOf(list), title: text, query: text };
    const doc = parse(timelineSvg(view));
    const svg = doc.documentElement;
    expect(svg.localName).toBe('svg');
    // Nothing but the drawing's own elements: no script, no handler, no foreign markup.
    const names = new Set([...svg.querySelectorAll('*')].map((e) => e.localName));
    for (const name of names) expect(['title', 'defs', 'clipPath', 'linearGradient', 'stop', 'rect', 'g', 'text', 'line', 'path']).toContain(name);
    for (const element of svg.querySelectorAll('*')) {
      for (const attr of element.attributes) expect(attr.name.startsWith('on')).toBe(false);
    }
    const clean = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
    const texts = [...svg.querySelectorAll('text, title')].map((t) => t.textContent ?? '');
    // The headline's mark names it whole, and the header shows it (two lines at most).
    expect(texts).toContain(`${list.events[0].date.label}: ${clean} (highlight)`);
    expect(svg.querySelector(':scope > title')?.textContent).toContain(clean);
  });

  it('draws one mark per event on screen, and a pill for the ones no lane took', () => {
    const view = viewOf(curated);
    const doc = parse(timelineSvg(view));
    expect(view.marks).toHaveLength(curated.events.length);
    expect(doc.querySelectorAll('g.event')).toHaveLength(curated.events.length);
    const titles = [...doc.querySelectorAll('g.event > title')].map((t) => t.textContent);
    for (const event of curated.events) expect(titles.some((t) => t?.startsWith(`${event.date.label}: ${event.title}`))).toBe(true);

    const crowded = viewOf(curated, { width: 300, lanes: 1 });
    const crowdedDoc = parse(timelineSvg(crowded));
    expect(crowdedDoc.querySelectorAll('g.event')).toHaveLength(crowded.marks.length);
    expect(crowded.marks.length).toBeLessThan(curated.events.length);
    expect(crowdedDoc.querySelector('g.cluster text')?.textContent).toBe(`+${curated.events.length - crowded.marks.length}`);
  });

  it('draws only what the view shows when zoomed in', () => {
    const march: [number, number] = [Date.UTC(2024, 2, 1), Date.UTC(2024, 3, 1)];
    const view = viewOf(curated, { range: march });
    const doc = parse(timelineSvg(view));
    const titles = [...doc.querySelectorAll('g.event > title')].map((t) => t.textContent ?? '');
    expect(titles).toEqual(expect.arrayContaining([expect.stringContaining('Council approves the 2024 budget'), expect.stringContaining('Bus fares frozen')]));
    expect(titles.some((t) => t.includes('Library reopens'))).toBe(false);
    expect(titles.some((t) => t.includes('Residents rally'))).toBe(false);
    expect(doc.documentElement.textContent).toContain('March 2024');
  });

  it('draws a highlight with a star and a marker behind its label, and says so in the legend', () => {
    const doc = parse(timelineSvg(viewOf(curated)));
    const highlights = [...doc.querySelectorAll('g.event.highlight')];
    expect(highlights.map((g) => g.querySelector('title')?.textContent)).toEqual([
      '28 February 2024: Residents rally outside the town hall (highlight)',
      '5 March 2024: Council approves the 2024 budget (highlight)',
    ]);
    for (const g of highlights) {
      expect(g.querySelector('path')?.getAttribute('d')).toMatch(/^M.*Z$/);
      expect(g.querySelector('rect.marker')?.getAttribute('fill')).toBe('#fbe38e');
    }
    for (const g of doc.querySelectorAll('g.event:not(.highlight)')) {
      expect(g.querySelector('path')).toBeNull();
      expect(g.querySelector('rect.marker')).toBeNull();
    }
    expect([...doc.querySelectorAll('text')].map((t) => t.textContent)).toContain('Highlight');
  });

  it('colours a mark by its main tag and names each colour in the legend', () => {
    const view = viewOf(curated);
    const doc = parse(timelineSvg(view));
    const slots = tagSlots(curated.events);
    const bus = [...doc.querySelectorAll('g.event')].find((g) => g.querySelector('title')?.textContent?.includes('Bus fares'))!;
    // An approximate month: a soft-edged bar in the tag's colour.
    const fill = bus.querySelector('rect')!.getAttribute('fill')!;
    const gradient = doc.getElementById(/^url\(#(.+)\)$/.exec(fill)![1])!;
    expect([...gradient.querySelectorAll('stop')].map((s) => s.getAttribute('stop-color'))).toEqual(Array(4).fill(TAG_PALETTE[slots.get('public transport')!].light));
    const library = [...doc.querySelectorAll('g.event')].find((g) => g.querySelector('title')?.textContent?.includes('Library'))!;
    expect(library.querySelector('rect')!.getAttribute('fill')).toBe('#2c5a87');
    const legend = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    for (const tag of ['budget', 'politics', 'protest', 'public transport']) expect(legend).toContain(tag);
  });

  it('stands alone: white background, explicit fonts and size, footer with publishers and the tool', () => {
    const svg = timelineSvg(viewOf(curated));
    const doc = parse(svg);
    const root = doc.documentElement;
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(Number(root.getAttribute('width'))).toBe(900 + 48);
    expect(Number(root.getAttribute('height'))).toBeGreaterThan(200);
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${root.getAttribute('width')} ${root.getAttribute('height')}`);
    expect(root.getAttribute('font-family')).toMatch(/sans-serif$/);
    const background = root.querySelector(':scope > rect')!;
    expect([background.getAttribute('width'), background.getAttribute('fill')]).toEqual(['100%', '#ffffff']);
    const footer = [...root.querySelectorAll('text')].map((t) => t.textContent ?? '');
    expect(footer).toContain(`Made with ${TOOL_NAME}`);
    expect(footer.some((t) => t.startsWith('Sources: Town Crier, Valley Courier, the newsroom'))).toBe(true);
    // Nothing is left to a stylesheet or the page: no CSS, no external references.
    expect(svg).not.toMatch(/<style|href=|url\((?!#)/);
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('is the same for the same view', () => {
    expect(timelineSvg(viewOf(curated))).toBe(timelineSvg(viewOf(curated)));
  });

  it('says so when the view holds no events', () => {
    const view = viewOf(curated, { range: [Date.UTC(2030, 0, 1), Date.UTC(2031, 0, 1)] });
    const doc = parse(timelineSvg(view));
    expect(doc.querySelectorAll('g.event')).toHaveLength(0);
    expect(doc.documentElement.textContent).toContain('No events in this stretch of time.');
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
