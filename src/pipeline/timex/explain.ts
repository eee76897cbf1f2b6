// The reader's account of how a temporal expression was resolved, rendered from its structured
// `resolution` record and nothing else. The resolver writes no prose; no later step reads this text.

import { dateLabel } from '../../core/dates';
import type { Resolution, Timex } from '../types';

type Explained = Pick<Timex, 'text' | 'type' | 'value' | 'date' | 'resolution'>;

/** "'last month' in an article published 6 March 2025", "'Wednesday' (past tense: the occurrence on or before publication, 6 March 2025)". */
export function explain(t: Explained): string {
  const r = t.resolution;
  const quoted = `'${t.text.trim()}'`;
  // (on a page of stamped entries, "publication" is the entry's: say which)
  const entry = r.entry ? `, in the entry stamped '${r.entry}'` : '';
  return `${quoted}${how(r, t)}${entry}${clockNote(r)}`;
}

function day(iso: string | undefined): string {
  return iso ? dateLabel({ start: iso, end: iso, precision: 'day', approximate: false }) : 'an unknown day';
}

function how(r: Resolution, t: Explained): string {
  switch (r.unresolved) {
    case 'no publication date':
      return ': no publication date to resolve against';
    case 'no earlier date':
      return ': no earlier date in the article to count from';
    case 'not a calendar day':
      return ': not a calendar day';
    case 'ambiguous day order':
      return ': the day and the month could be read either way';
    case null:
      break;
  }
  if (r.rule === 'publication date') return " (the article's publication date)";
  if (r.rule === 'decade or century' && !t.date) return ': the century the article was written in, its own era, placed on no timeline';
  if (r.range) return ` (a range from '${r.range.from}' to '${r.range.to}')`;
  if (r.anchor === 'other article' && r.reference) {
    const shared = r.reference.shared?.length ? ` (its sentence shares: ${r.reference.shared.join(', ')})` : '';
    return ` takes its year from '${r.reference.text}' in ${r.reference.article ?? 'another article'}${shared}`;
  }
  if (r.anchor === 'earlier mention' && r.reference) {
    return r.reference.comparison
      ? ` (the same period a year before '${r.reference.text}', the period compared)`
      : ` (counted from '${r.reference.text}', the date mentioned before it)`;
  }
  if (t.type === 'DURATION') return ' (a stretch of time)';
  if (t.type === 'SET') return ' (a repeating time)';
  if (t.value === 'PRESENT_REF') return ' (the time of publication)';
  if (t.value === 'PAST_REF') return ' (some time before publication)';
  if (t.value === 'FUTURE_REF') return ' (some time after publication)';
  if (r.anchor === 'publication' || r.pickedBy) return picked(r);
  if (t.date) return ' (as written)';
  return '';
}

function picked(r: Resolution): string {
  const pub = day(r.publication);
  switch (r.pickedBy) {
    case 'tense':
      if (r.tense === 'past') return ` (past tense: the occurrence on or before publication, ${pub})`;
      if (r.tense === 'future') return ` (future tense: the next occurrence on or after publication, ${pub})`;
      return ` (the occurrence the sentence points to from publication, ${pub})`;
    case 'nearest':
      return r.tense
        ? ` (the occurrence nearest to publication, ${pub}: the ${r.tense} tense would put it a year away)`
        : ` (no tense: the occurrence nearest to publication, ${pub})`;
    case 'weekday':
      return ' (the year in which that day falls on the weekday written beside it)';
    case 'written date':
      return ' (the day the date written beside it gives)';
    case 'word':
    case null:
      return ` in an article published ${pub}`;
  }
}

function clockNote(r: Resolution): string {
  const c = r.clock;
  if (!c) return '';
  if (c.day === 'none') return ' (a clock time with no day in its sentence)';
  const on = c.day === 'sentence' ? ', on the day the sentence names' : c.day === 'earlier mention' ? ', on the day the article named just before' : '';
  if (c.offset === null) return `${on}; time zone unknown: local wall-clock time`;
  return `${on}; converted to UTC from ${c.zone ? c.zone.toUpperCase() : "the article's zone"} (UTC${c.offset})`;
}
