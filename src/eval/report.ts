// Words for an evaluation: a summary table (corpus and per document) and the list of every miss.

import { type DocumentResult, type Evaluation, ALL_TYPES, DATE_TIME } from './evaluate';
import { type Counts, type Measures, type Span, align, measures, ofTypes, sameValue } from './score';

const pct = (x: number | null): string => (x === null ? '   -' : (100 * x).toFixed(1).padStart(5));

/** One line of figures: extent P/R/F1 strict and relaxed, value accuracy and F1, type F1, counts. */
function row(label: string, m: Measures): string {
  const c = m.counts;
  return [
    label.padEnd(34).slice(0, 34),
    pct(m.strict.precision), pct(m.strict.recall), pct(m.strict.f1),
    pct(m.relaxed.precision), pct(m.relaxed.recall), pct(m.relaxed.f1),
    pct(m.valueAccuracy), pct(m.value.f1), pct(m.type.f1),
    String(c.gold).padStart(5), String(c.system).padStart(5),
  ].join(' ');
}

const HEADER = [
  ''.padEnd(34),
  '      strict extent   ', '   relaxed extent    ', '  value      ', ' type', ' gold', '  sys',
].join(' ') + '\n' + ['document'.padEnd(34), '    P', '    R', '   F1', '    P', '    R', '   F1', '  acc', '   F1', '   F1', '    n', '    n'].join(' ');

function table(title: string, e: Evaluation, pick: (d: DocumentResult) => Counts, total: Counts, perDocument: boolean): string {
  const lines = [title, HEADER];
  if (perDocument) for (const d of e.documents) lines.push(row(d.id, measures(pick(d))));
  lines.push(row('ALL (micro)', measures(total)));
  return lines.join('\n');
}

export function scopeNote(e: Evaluation): string {
  return e.lines === null
    ? 'Scored: the whole TEXT of each document.'
    : `Scored: the first ${e.lines} non-blank lines of each TEXT (gold annotates no expression past them in any document; --all-lines to score everything).`;
}

/** The summary printed to the terminal. */
export function summary(e: Evaluation, perDocument = true): string {
  const parts = [
    `${e.documents.length} documents. ${scopeNote(e)}`,
    table('DATE and TIME expressions', e, (d) => d.dateTime, e.dateTime, perDocument),
    table('All types (DATE, TIME, DURATION, SET)', e, (d) => d.all, e.all, false),
  ];
  if (e.warnings.length) parts.push(e.warnings.map((w) => `warning: ${w}`).join('\n'));
  return parts.join('\n\n') + '\n';
}

export type MissKind = 'wrong value' | 'wrong type' | 'wrong extent' | 'missed' | 'spurious';

export interface Miss {
  kind: MissKind;
  document: string;
  gold: Span | null;
  system: Span | null;
  /** The line of the rendered text the expression sits on. */
  context: string;
}

/** The line an expression is on; a long line (a whole paragraph in some corpora) cut to a window around it. */
function lineAround(text: string, at: number, reach = 150): string {
  let from = text.lastIndexOf('\n', at - 1) + 1;
  let to = text.indexOf('\n', at);
  if (to < 0) to = text.length;
  const head = at - from > reach ? '...' : '';
  const tail = to - at > 2 * reach ? '...' : '';
  from = Math.max(from, at - reach);
  to = Math.min(to, at + 2 * reach);
  return head + text.slice(from, to).trim() + tail;
}

/** Every miss over all types, grouped by kind. A pair with a wrong extent and a wrong value is listed under both. */
export function misses(e: Evaluation): Miss[] {
  const out: Miss[] = [];
  for (const d of e.documents) {
    const text = d.rendered.text;
    const { pairs, missed, spurious } = d.alignment;
    for (const p of pairs) {
      const context = lineAround(text, p.gold.start);
      if (!sameValue(p.gold.value, p.system.value)) out.push({ kind: 'wrong value', document: d.id, gold: p.gold, system: p.system, context });
      if (p.gold.type !== p.system.type) out.push({ kind: 'wrong type', document: d.id, gold: p.gold, system: p.system, context });
      if (p.gold.start !== p.system.start || p.gold.end !== p.system.end) out.push({ kind: 'wrong extent', document: d.id, gold: p.gold, system: p.system, context });
    }
    for (const g of missed) out.push({ kind: 'missed', document: d.id, gold: g, system: null, context: lineAround(text, g.start) });
    for (const s of spurious) out.push({ kind: 'spurious', document: d.id, gold: null, system: s, context: lineAround(text, s.start) });
  }
  return out;
}

const show = (s: Span | null): string => (s ? `"${s.text}" ${s.type} ${s.value}` : '-');

/**
 * The misses the DATE/TIME value F1 counts: gold and system each kept by their own type and aligned
 * again, as the score does. A DURATION in gold paired with a system DATE over all types is here a
 * spurious DATE, which is how the figure sees it.
 */
export function dateTimeValueMisses(e: Evaluation): Miss[] {
  const out: Miss[] = [];
  for (const d of e.documents) {
    const text = d.rendered.text;
    const { pairs, missed, spurious } = align(ofTypes(d.gold, DATE_TIME), ofTypes(d.system, DATE_TIME));
    for (const p of pairs) {
      if (!sameValue(p.gold.value, p.system.value)) out.push({ kind: 'wrong value', document: d.id, gold: p.gold, system: p.system, context: lineAround(text, p.gold.start) });
    }
    for (const g of missed) out.push({ kind: 'missed', document: d.id, gold: g, system: null, context: lineAround(text, g.start) });
    for (const s of spurious) out.push({ kind: 'spurious', document: d.id, gold: null, system: s, context: lineAround(text, s.start) });
  }
  return out;
}

/** The misses file: kinds in a fixed order, each miss with gold, system and the line it is on. */
export function missesReport(e: Evaluation): string {
  const all = misses(e);
  const kinds: MissKind[] = ['wrong value', 'missed', 'spurious', 'wrong type', 'wrong extent'];
  const dateTime = (m: Miss) => [m.gold, m.system].some((s) => s && DATE_TIME.includes(s.type));
  const lines = [`Misses over ${ALL_TYPES.join(', ')}; [DT] marks those involving a DATE or TIME. ${scopeNote(e)}`, ''];
  for (const kind of kinds) {
    const of = all.filter((m) => m.kind === kind);
    lines.push(`## ${kind} (${of.length}; DATE/TIME ${of.filter(dateTime).length})`);
    for (const m of of) {
      lines.push(`${dateTime(m) ? '[DT] ' : ''}${m.document}`);
      lines.push(`  gold:   ${show(m.gold)}`);
      lines.push(`  system: ${show(m.system)}`);
      lines.push(`  line:   ${m.context}`);
    }
    lines.push('');
  }
  const dt = dateTimeValueMisses(e);
  lines.push('# DATE/TIME value misses, as the DATE/TIME value F1 counts them (each side kept by its own type, aligned again)', '');
  for (const kind of ['wrong value', 'missed', 'spurious'] as const) {
    const of = dt.filter((m) => m.kind === kind);
    lines.push(`## DATE/TIME ${kind} (${of.length})`);
    for (const m of of) {
      lines.push(m.document);
      lines.push(`  gold:   ${show(m.gold)}`);
      lines.push(`  system: ${show(m.system)}`);
      lines.push(`  line:   ${m.context}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** Corpus figures as plain data, for a JSON report. */
export function figures(e: Evaluation) {
  return {
    documents: e.documents.length,
    lines: e.lines,
    dateTime: measures(e.dateTime),
    all: measures(e.all),
    perDocument: e.documents.map((d) => ({ id: d.id, published: d.published, dateTime: measures(d.dateTime), all: measures(d.all) })),
    warnings: e.warnings,
  };
}

export { align, ofTypes };
