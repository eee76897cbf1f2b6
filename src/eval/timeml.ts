// Reads a TimeML document (DOCID, DCT, TITLE, TEXT with inline TIMEX3) into plain text with the
// gold temporal expressions as offsets into it. Other inline tags (EVENT, SIGNAL...) are dropped.

import type { TimexType } from '../pipeline/types';

/** One gold temporal expression; offsets into the plain text of the element it was read from. */
export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  value: string;
}

export interface TimeMLDocument {
  id: string;
  /** The document creation time's value (`2005-06-06`), or null when the DCT is missing. */
  dctValue: string | null;
  /** The DCT element's own text, as written. */
  dctText: string | null;
  title: string;
  /** The TEXT element as plain text. */
  text: string;
  /** TIMEX3 elements inside TEXT, in text order. */
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([A-Za-z_:][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]] = decodeEntities(m[2] ?? m[3] ?? '');
  return out;
}

const TYPES = new Set<TimexType>(['DATE', 'TIME', 'DURATION', 'SET']);

/** The inner markup of the first `<name ...>...</name>` element, or null. */
function element(xml: string, name: string): { attrs: Record<string, string>; inner: string } | null {
  const m = new RegExp(String.raw`<${name}\b([^>]*)>([\s\S]*?)</${name}\s*>`, 'i').exec(xml);
  return m ? { attrs: attributes(m[1]), inner: m[2] } : null;
}

/**
 * Strips markup from `inner`, keeping the text (entities decoded) and the TIMEX3 spans found in it.
 * Nested TIMEX3 (rare, for anchors) keep the outer one's extent.
 */
export function stripMarkup(inner: string, where = 'TEXT'): { text: string; timexes: GoldTimex[] } {
  let text = '';
  const timexes: GoldTimex[] = [];
  const open: { start: number; attrs: Record<string, string> }[] = [];
  const tag = /<(\/?)([A-Za-z_][\w:.-]*)([^>]*?)(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g;
  let last = 0;
  for (let m = tag.exec(inner); m; m = tag.exec(inner)) {
    text += decodeEntities(inner.slice(last, m.index));
    last = m.index + m[0].length;
    if (!m[2] || m[2].toUpperCase() !== 'TIMEX3') continue;
    if (m[4]) continue; // an empty TIMEX3 (implicit anchor) has no extent
    if (!m[1]) {
      open.push({ start: text.length, attrs: attributes(m[3]) });
      continue;
    }
    const o = open.pop();
    if (!o) throw new Error(`${where}: </TIMEX3> without an opening tag`);
    if (open.length) continue;
    const type = (o.attrs.type ?? '').toUpperCase() as TimexType;
    if (!TYPES.has(type)) throw new Error(`${where}: TIMEX3 with unknown type '${o.attrs.type ?? ''}'`);
    timexes.push({ start: o.start, end: text.length, text: text.slice(o.start), type, value: o.attrs.value ?? '' });
  }
  text += decodeEntities(inner.slice(last));
  if (open.length) throw new Error(`${where}: unclosed TIMEX3`);
  return { text, timexes };
}

/** Parses one TimeML file's content; `fallbackId` names it when it has no DOCID. */
export function parseTimeML(xml: string, fallbackId: string): TimeMLDocument {
  const body = element(xml, 'TEXT');
  if (!body) throw new Error(`${fallbackId}: no <TEXT> element`);
  const docid = element(xml, 'DOCID');
  const dct = element(xml, 'DCT');
  let dctValue: string | null = null;
  let dctText: string | null = null;
  if (dct) {
    const inner = stripMarkup(dct.inner, 'DCT');
    dctText = inner.text.trim() || null;
    dctValue = inner.timexes[0]?.value ?? attributes(/<TIMEX3\b([^>]*)/i.exec(dct.inner)?.[1] ?? '').value ?? null;
  }
  const title = element(xml, 'TITLE');
  const { text, timexes } = stripMarkup(body.inner);
  return {
    id: docid ? decodeEntities(docid.inner).trim() : fallbackId,
    dctValue,
    dctText,
    title: title ? stripMarkup(title.inner, 'TITLE').text.replace(/\s+/g, ' ').trim() : '',
    text,
    timexes,
  };
}
