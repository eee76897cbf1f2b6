// Scores an event list against the development set's gold happenings, as an editor would:
// - an output event is correct when one of its sources' quotes overlaps the evidence of a gold
//   happening of that article and its date has the gold's precision and start (a minute in the
//   gold's wall clock or, when it names its zone, in UTC), or a finer date within the gold's that
//   another article's telling gave it, and its status is the gold's (in a list
//   that carries statuses, an event without one has `happened`);
// - a gold happening (per article) is found when some output event is correct for it;
// - a wrong merge is an event whose sources tell different gold happenings (no gold id common to
//   them all); a missed merge is a gold id that two or more correct events each tell.

import { PRECISIONS, type Precision } from '../../core/schema';
import { instantRange, offsetMinutes, partialFromInstant } from '../../core/dates';
import type { ScoredEvent } from '../pipeline-adapter';
import type { GoldArticle, GoldHappening } from './gold';

export type Verdict = 'correct' | 'wrong status' | 'wrong date' | 'not a gold happening';

export interface SourceVerdict {
  /** `<story>/<file>`, or the pipeline's article id when the article is not in the gold set. */
  article: string;
  quote: string;
  start: number;
  end: number;
  /** Gold ids whose evidence the quote overlaps. */
  overlaps: string[];
  /** Of those, the ones whose date (and status) the event has right. */
  matches: string[];
}

export interface EventVerdict {
  id: string;
  title: string;
  date: { start: string; end: string; precision: Precision };
  status?: string;
  verdict: Verdict;
  /** Gold ids this event tells (correctly dated). */
  goldIds: string[];
  /** For a wrong date or status: what the overlapped gold happenings say. */
  expected: { id: string; date: string; precision: Precision; status: string }[];
  wrongMerge: boolean;
  sources: SourceVerdict[];
}

export interface Ratio {
  hits: number;
  total: number;
  value: number | null;
}

const ratio = (hits: number, total: number): Ratio => ({ hits, total, value: total === 0 ? null : hits / total });

export interface DevsetScore {
  events: EventVerdict[];
  precision: Ratio;
  /** Gold happenings found, counted per article. */
  recall: Ratio;
  /** Gold ids (story-wide happenings) found in at least one article. */
  recallIds: Ratio;
  byPrecision: { precision: Precision; events: Ratio; gold: Ratio }[];
  /** Counted only over events that carry a `status`. */
  statusChecked: boolean;
  wrongMerges: string[];
  missedMerges: { goldId: string; events: string[] }[];
  missed: { article: string; id: string; date: string; precision: Precision; status: string; headline: string }[];
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.min(a.end, b.end) > Math.max(a.start, b.start);

/** Same precision and start; a minute may be written as the text's wall clock or, when the zone is known, in UTC. */
function dateRight(e: ScoredEvent, h: GoldHappening): boolean {
  return e.date.precision === h.precision && (e.date.start === h.date || (h.utc !== undefined && e.date.start === h.utc) || wallClock(e.date) === h.date);
}

/**
 * A merged event may carry a finer date than one of its articles gives: "the Tarbel mill shut in May 2011" in one
 * article joined with "shut on May 12, 2011" in another. For the first article's happening that date is right when it
 * falls within the month the article gives and another article's own expression gives it (a day no telling wrote
 * would be precision invented).
 */
function finerFromAnother(e: ScoredEvent, h: GoldHappening, source: { article: string }): boolean {
  if (PRECISIONS.indexOf(e.date.precision) <= PRECISIONS.indexOf(h.precision)) return false;
  // (the expression's TimeML value, cut to a day: a minute's start is UTC, its value the article's wall clock)
  if (!e.sources.some((s) => s.article !== source.article && s.timex.value.startsWith(e.date.start.slice(0, 10)))) return false;
  const [from, to] = instantRange(h.date, h.precision);
  return instantRange(e.date.start, e.date.precision)[0] >= from && instantRange(e.date.end, e.date.precision)[1] <= to;
}

/** A minute converted to UTC from a known zone, back on the text's wall clock (start + offset). */
function wallClock(date: ScoredEvent['date']): string | null {
  const minutes = offsetMinutes(date.offset);
  return date.precision === 'minute' && minutes !== null ? partialFromInstant(instantRange(date.start, 'minute')[0] + minutes * 60_000, 'minute') : null;
}

/** In a list that carries statuses an event without one is `happened`; a list with none is not compared. */
function statusRight(e: ScoredEvent, h: GoldHappening, listHasStatus: boolean): boolean {
  return !listHasStatus || (e.status ?? 'happened') === h.status;
}

/**
 * `articleKey` maps a pipeline article id to its gold article key (`<story>/<file>`).
 */
export function scoreDevset(gold: GoldArticle[], events: ScoredEvent[], articleKey: Map<string, string>): DevsetScore {
  const goldByKey = new Map(gold.map((a) => [a.key, a]));
  const found = new Set<string>(); // `${article}\u0000${id}`
  const eventsOfId = new Map<string, string[]>();
  const verdicts: EventVerdict[] = [];
  const listHasStatus = events.some((e) => e.status !== undefined);

  for (const e of events) {
    const sources: SourceVerdict[] = [];
    const expected = new Map<string, GoldHappening>();
    let statusWrong = false;
    for (const s of e.sources) {
      const key = articleKey.get(s.article) ?? s.article;
      const article = goldByKey.get(key);
      const overlapping = article ? article.happenings.filter((h) => h.spans.some((sp) => overlap(sp, s))) : [];
      const dated = (h: GoldHappening) => dateRight(e, h) || finerFromAnother(e, h, s);
      const matching = overlapping.filter((h) => dated(h) && statusRight(e, h, listHasStatus));
      for (const h of overlapping) {
        if (dated(h) && !statusRight(e, h, listHasStatus)) statusWrong = true;
        if (!matching.includes(h)) expected.set(h.id, h);
      }
      for (const h of matching) found.add(`${key}\u0000${h.id}`);
      sources.push({ article: key, quote: s.quote, start: s.start, end: s.end, overlaps: [...new Set(overlapping.map((h) => h.id))], matches: [...new Set(matching.map((h) => h.id))] });
    }
    const matched = sources.filter((s) => s.matches.length > 0);
    const verdict: Verdict = matched.length > 0 ? 'correct' : statusWrong ? 'wrong status' : sources.some((s) => s.overlaps.length) ? 'wrong date' : 'not a gold happening';
    // What each source tells: its correctly dated matches, else whatever gold happening it overlaps.
    const told = sources.map((s) => (s.matches.length ? s.matches : s.overlaps)).filter((ids) => ids.length > 0);
    const common = told.length ? told.reduce((a, b) => a.filter((id) => b.includes(id))) : [];
    const wrongMerge = told.length >= 2 && common.length === 0;
    const matchSets = matched.map((s) => s.matches);
    const commonMatches = matchSets.length ? matchSets.reduce((a, b) => a.filter((id) => b.includes(id))) : [];
    const goldIds = commonMatches.length ? commonMatches : [...new Set(matchSets.flat())];
    for (const id of goldIds) eventsOfId.set(id, [...(eventsOfId.get(id) ?? []), e.id]);
    verdicts.push({
      id: e.id,
      title: e.title,
      date: { start: e.date.start, end: e.date.end, precision: e.date.precision },
      ...(e.status !== undefined ? { status: e.status } : {}),
      verdict,
      goldIds: goldIds.sort(),
      expected: verdict === 'correct' ? [] : [...expected.values()].map((h) => ({ id: h.id, date: h.date, precision: h.precision, status: h.status })),
      wrongMerge,
      sources,
    });
  }

  const allGold = gold.flatMap((a) => a.happenings.map((h) => ({ article: a.key, h })));
  const missed = allGold.filter(({ article, h }) => !found.has(`${article}\u0000${h.id}`)).map(({ article, h }) => ({ article, id: h.id, date: h.date, precision: h.precision, status: h.status, headline: h.headline }));
  const ids = new Set(allGold.map((g) => g.h.id));
  const idsFound = new Set([...found].map((f) => f.split('\u0000')[1]));
  const precisions = [...new Set([...verdicts.map((v) => v.date.precision), ...allGold.map((g) => g.h.precision)])];
  const order: Precision[] = ['year', 'quarter', 'month', 'week', 'day', 'minute'];
  precisions.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return {
    events: verdicts,
    precision: ratio(verdicts.filter((v) => v.verdict === 'correct').length, verdicts.length),
    recall: ratio(found.size, allGold.length),
    recallIds: ratio([...ids].filter((id) => idsFound.has(id)).length, ids.size),
    byPrecision: precisions.map((p) => {
      const ev = verdicts.filter((v) => v.date.precision === p);
      const g = allGold.filter((x) => x.h.precision === p);
      return { precision: p, events: ratio(ev.filter((v) => v.verdict === 'correct').length, ev.length), gold: ratio(g.filter((x) => found.has(`${x.article}\u0000${x.h.id}`)).length, g.length) };
    }),
    statusChecked: listHasStatus,
    wrongMerges: verdicts.filter((v) => v.wrongMerge).map((v) => v.id),
    missedMerges: [...eventsOfId].filter(([, evs]) => evs.length >= 2).map(([goldId, evs]) => ({ goldId, events: evs })).sort((a, b) => (a.goldId < b.goldId ? -1 : 1)),
    missed,
  };
}

export interface HeadlineJudgment {
  article: string;
  headline: string;
  score: 0 | 1 | 2;
  judge: string;
}

export interface HeadlineScore {
  judged: number;
  unjudged: number;
  mean: number | null;
  /** Mean over the headlines of correct events only. */
  meanCorrect: number | null;
  /** Headlines still to judge, in the judgments file's form without score and judge. */
  toJudge: { article: string; headline: string; quote: string; verdict: Verdict }[];
}

const judgmentKey = (article: string, headline: string) => `${article}\u0000${headline}`;

/** The output headlines, each keyed by the article of the event's first source; judgments looked up by that key. */
export function scoreHeadlines(verdicts: EventVerdict[], judgments: HeadlineJudgment[]): HeadlineScore {
  const byKey = new Map(judgments.map((j) => [judgmentKey(j.article, j.headline), j]));
  const seen = new Set<string>();
  const scores: number[] = [];
  const correctScores: number[] = [];
  const toJudge: HeadlineScore['toJudge'] = [];
  for (const v of verdicts) {
    const first = v.sources[0];
    if (!first) continue;
    const key = judgmentKey(first.article, v.title);
    if (seen.has(key)) continue;
    seen.add(key);
    const j = byKey.get(key);
    if (j) {
      scores.push(j.score);
      if (v.verdict === 'correct') correctScores.push(j.score);
    } else toJudge.push({ article: first.article, headline: v.title, quote: first.quote, verdict: v.verdict });
  }
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
  return { judged: scores.length, unjudged: toJudge.length, mean: mean(scores), meanCorrect: mean(correctScores), toJudge };
}

/** Reads the judgments file; throws with the entry and the reason for an entry that cannot be used. */
export function readJudgments(json: string, where: string): HeadlineJudgment[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    throw new Error(`${where}: not JSON (${(err as Error).message})`);
  }
  if (!Array.isArray(data)) throw new Error(`${where}: expected a list of {article, headline, score, judge}`);
  return data.map((j, i) => {
    if (typeof j !== 'object' || j === null) throw new Error(`${where} entry ${i + 1}: not an object`);
    const { article, headline, score, judge } = j as Record<string, unknown>;
    if (typeof article !== 'string' || typeof headline !== 'string') throw new Error(`${where} entry ${i + 1}: needs "article" and "headline" strings`);
    if (score !== 0 && score !== 1 && score !== 2) throw new Error(`${where} entry ${i + 1}: "score" must be 0, 1 or 2`);
    if (typeof judge !== 'string' || !judge) throw new Error(`${where} entry ${i + 1}: needs the judge's name in "judge"`);
    return { article, headline, score, judge };
  });
}
