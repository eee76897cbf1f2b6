// Cross-document help for days written without their year: "its Oct. 7 attack" in one article
// takes its year from "the October 7, 2023, attack" in another article of the collection, when the
// two sentences share telling words. Runs after every article's timexes are known, before events.

import type { PublicationDate, Sentence, Tense, Timex } from './types';
import { dayIso, dayNumber, dayRange, isRealDay, weekdayOf } from './timex/calendar';
import { explain } from './timex/explain';
import { MONTH, WEEKDAY, weekdayNumber } from './lexicon';
import { stem } from './language/stem';
import { compareText } from '../core/order';

/** One article as the cross-document step sees it: its text, sentences and temporal expressions. */
export interface CrossDocArticle {
  id: string;
  /** Named in explanations; the id when absent. */
  file?: string;
  text: string;
  /** The publication day, when the article has one: a borrowed year may not be after it. */
  published: Pick<PublicationDate, 'year' | 'month' | 'day'> | null;
  sentences: Sentence[];
  timexes: Timex[];
}

/** Least shared-word weight (a name counts 2, another word 1) for two sentences to tell of one day. */
export const MIN_SHARED = 2;
/** A year-less day the article alone places within this many days of publication is most likely news of the day. */
const NEAR_DAYS = 31;
/** ...so overruling it takes twice the evidence. */
const NEAR_FACTOR = 2;
/** When two years are supported, the stronger must have at least this many times the other's weight. */
const DOMINANCE = 2;
const NAME_WEIGHT = 2;
/** Differently worded tellings of one day and year that a guess is compared with: enough evidence, bounded work. */
const MAX_TELLINGS = 32;
const SHOWN_WORDS = 4;

/** Word classes that tell what a sentence is about; function words never do. */
const CONTENT_TAGS = new Set(['noun', 'name', 'adj', 'verb', 'ven', 'ving']);
/** Content words too common in dated news sentences to tie two of them together. */
const GENERIC = new Set(
  ('report first last next new old other former same own many much few more most several such ' +
    'year day week month time date anniversary today yesterday tomorrow ' +
    'mr mrs ms dr people official officials').split(' ').map(stem),
);

const YEAR_IN_TEXT = /(?<!\d)\d{4}(?!\d)/;
const MONTH_IN_TEXT = new RegExp(MONTH);
const WEEKDAY_IN_TEXT = new RegExp(`\\b${WEEKDAY}\\b`);
const CALENDAR_WORD = new RegExp(`^(?:${MONTH}|${WEEKDAY})$`);
const DAY_VALUE = /^(\d{4}|XXXX)-(\d\d)-(\d\d)(?=$|T)/;

/** A sentence's content words as sorted stems with their weights, and each stem as first written there. */
interface Context {
  keys: string[];
  weights: number[];
  words: Map<string, { word: string; at: number }>;
}

/** A fully dated day ("October 7, 2023") in one article. */
interface Mention {
  article: CrossDocArticle;
  timex: Timex;
}

/** The fully dated mentions of one day told with the same words (syndicated copy, a repeated sentence): scored once. */
interface Telling {
  year: number;
  context: Context;
  /** The first in (article id, offset) order, and the first from any other article: all a guess needs, as its own article is no source. */
  mentions: Mention[];
}

/** A day whose year the article could only guess. */
interface Guess {
  index: number;
  timex: Timex;
  monthDay: string;
  month: number;
  day: number;
  weekday: number | null;
  tense: Tense;
  context: Context;
}

/**
 * For every article, its timexes with year-less days re-dated from fully dated mentions of the same
 * month and day in other articles, where the sentences share telling words and one year wins.
 * Pure and deterministic: the answer does not depend on the order of `articles`.
 */
export function borrowYears(articles: CrossDocArticle[]): Map<string, Timex[]> {
  const ordered = [...articles].sort((a, b) => compareText(a.id, b.id));
  const contexts = new Map<CrossDocArticle, ContextCache>();
  for (const a of ordered) contexts.set(a, new ContextCache(a));

  // Fully dated days indexed by month-day, so each guess looks only at its own day of the year;
  // articles in id order and timexes in text order, so every list is in (article, offset) order.
  const explicit = new Map<string, Telling[]>();
  const bySignature = new Map<string, Telling>();
  const perYear = new Map<string, number>();
  for (const a of ordered) {
    for (const t of [...a.timexes].sort((x, y) => x.start - y.start)) {
      const full = fullyDated(t);
      if (!full) continue;
      const context = contexts.get(a)!.around(t);
      if (!context) continue; // the publication line under a headline: no sentence, no words
      const yearKey = `${full.monthDay} ${full.year}`;
      const signature = `${yearKey}\u0000${context.keys.map((k, i) => `${k}:${context.weights[i]}`).join(' ')}`;
      const telling = bySignature.get(signature);
      if (telling) {
        if (telling.mentions.length === 1 && telling.mentions[0].article !== a) telling.mentions.push({ article: a, timex: t });
        continue;
      }
      const told = perYear.get(yearKey) ?? 0;
      if (told >= MAX_TELLINGS) continue;
      perYear.set(yearKey, told + 1);
      const fresh: Telling = { year: full.year, context, mentions: [{ article: a, timex: t }] };
      bySignature.set(signature, fresh);
      const list = explicit.get(full.monthDay) ?? [];
      list.push(fresh);
      explicit.set(full.monthDay, list);
    }
  }

  const out = new Map<string, Timex[]>();
  for (const a of ordered) {
    const timexes = [...a.timexes];
    for (const guess of guesses(a, contexts.get(a)!)) {
      const borrowed = chooseYear(a, guess, explicit.get(guess.monthDay) ?? []);
      if (borrowed) timexes[guess.index] = borrowed;
    }
    out.set(a.id, timexes);
  }
  return out;
}

/** The year and month-day of a single day written out in full, year included; null otherwise. */
function fullyDated(t: Timex): { year: number; monthDay: string } | null {
  if ((t.type !== 'DATE' && t.type !== 'TIME') || !t.date || t.date.start !== t.date.end) return null;
  if (t.date.precision !== 'day' && t.date.precision !== 'minute') return null;
  const m = DAY_VALUE.exec(t.value);
  if (!m || m[1] === 'XXXX') return null;
  // the year must be written, not worked out: "October 7, 2023" yes, "Oct. 7 last year" no
  if (!new RegExp(`(?<!\\d)${m[1]}(?!\\d)`).test(t.text)) return null;
  return { year: Number(m[1]), monthDay: `${m[2]}-${m[3]}` };
}

/** The article's month-days that the timex stage placed in a year by tense alone, or could not place. */
function guesses(a: CrossDocArticle, cache: ContextCache): Guess[] {
  const out: Guess[] = [];
  a.timexes.forEach((t, index) => {
    if (t.type !== 'DATE' && t.type !== 'TIME') return;
    if (YEAR_IN_TEXT.test(t.text) || !MONTH_IN_TEXT.test(t.text)) return;
    const m = DAY_VALUE.exec(t.value);
    if (!m) return;
    const month = Number(m[2]);
    const day = Number(m[3]);
    const how = t.resolution;
    if (m[1] === 'XXXX') {
      // no publication date: the stage could not place it at all, and a TIME without a day has nothing to shift
      if (t.type !== 'DATE' || t.date || how.unresolved !== 'no publication date') return;
    } else {
      if (!t.date || t.date.start !== t.date.end || (t.date.precision !== 'day' && t.date.precision !== 'minute')) return;
      // only a year the timex stage guessed around publication, by tense or nearness, not one a weekday fixed
      if (!how.yearInferred || how.anchor !== 'publication' || (how.pickedBy !== 'tense' && how.pickedBy !== 'nearest')) return;
    }
    const sentence = cache.sentenceOf(t);
    if (!sentence) return;
    const tense = how.tense;
    // a borrowed past year cannot be what a future-tense sentence means
    if (tense === 'future') return;
    const wd = WEEKDAY_IN_TEXT.exec(t.text);
    out.push({
      index, timex: t, monthDay: `${m[2]}-${m[3]}`, month, day, tense,
      weekday: wd ? weekdayNumber(wd[0]) : null,
      context: cache.around(t)!,
    });
  });
  return out;
}

/** The year the other articles give a guessed day, with the mention that gives it; null when none or no clear winner. */
function chooseYear(a: CrossDocArticle, g: Guess, candidates: Telling[]): Timex | null {
  const pub = a.published;
  const pubIso = pub ? dayIso(dayNumber(pub.year, pub.month, pub.day)) : null;
  const oldIso = g.timex.date ? g.timex.date.start.slice(0, 10) : null;
  const near = pubIso !== null && oldIso !== null && Math.abs(isoDay(oldIso) - isoDay(pubIso)) <= NEAR_DAYS;
  const needed = near ? MIN_SHARED * NEAR_FACTOR : MIN_SHARED;

  /** Per year, its best-supported mention. */
  const best = new Map<number, { mention: Mention; context: Context; score: number }>();
  for (const telling of candidates) {
    // cross-document help: the article's own full dates are not a source
    const mention = telling.mentions.find((m) => m.article !== a);
    if (!mention) continue;
    const { year } = telling;
    if (!isRealDay(year, g.month, g.day)) continue;
    const iso = `${String(year).padStart(4, '0')}-${g.monthDay}`;
    if (pub) {
      // a past-tense sentence tells of a day on or before publication; any other, of a year not after it
      if (g.tense === 'past' ? iso > pubIso! : year > pub.year) continue;
    }
    if (g.weekday !== null && weekdayOf(isoDay(iso)) !== g.weekday) continue;
    const score = overlap(g.context, telling.context);
    if (score < needed) continue;
    const held = best.get(year);
    if (!held || score > held.score || (score === held.score && isEarlier(mention, held.mention))) best.set(year, { mention, context: telling.context, score });
  }
  if (best.size === 0) return null;
  const ranked = [...best.entries()].sort(([ya, a1], [yb, b1]) => b1.score - a1.score || ya - yb);
  const [year, top] = ranked[0];
  if (ranked.length > 1 && top.score < DOMINANCE * ranked[1][1].score) return null;
  return redate(g, year, top.mention, sharedWords(g.context, top.context));
}

const isEarlier = (m: Mention, other: Mention) => compareText(m.article.id, other.article.id) < 0 || (m.article.id === other.article.id && m.timex.start < other.timex.start);

const isoDay = (iso: string): number => dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));

/** Calls `each` for every stem two contexts share, with the weight of its lighter side; a merge over sorted keys. */
function forShared(a: Context, b: Context, each: (key: string, weight: number) => void): void {
  let i = 0;
  let j = 0;
  while (i < a.keys.length && j < b.keys.length) {
    const ka = a.keys[i];
    const kb = b.keys[j];
    if (ka < kb) i++;
    else if (ka > kb) j++;
    else each(ka, Math.min(a.weights[i++], b.weights[j++]));
  }
}

/** How much two sentences share: names weigh more, and a word weighs what it weighs on the lighter side. */
function overlap(a: Context, b: Context): number {
  let score = 0;
  forShared(a, b, (_, w) => (score += w));
  return score;
}

/** The heaviest few shared words, as the borrowing sentence `a` wrote them and in its order. */
function sharedWords(a: Context, b: Context): string[] {
  const found: { key: string; weight: number; at: number }[] = [];
  forShared(a, b, (key, weight) => found.push({ key, weight, at: a.words.get(key)!.at }));
  found.sort((x, y) => y.weight - x.weight || x.at - y.at);
  return found.slice(0, SHOWN_WORDS).sort((x, y) => x.at - y.at).map((f) => a.words.get(f.key)!.word);
}

/** The guessed timex re-dated to `year`; a TIME keeps its clock and shifts its UTC range by the same days. */
function redate(g: Guess, year: number, source: Mention, shared: string[]): Timex | null {
  const t = g.timex;
  const newDay = dayNumber(year, g.month, g.day);
  const oldIso = DAY_VALUE.exec(t.value)![0];
  if (!oldIso.startsWith('XXXX') && isoDay(oldIso) === newDay) return null; // the article's own guess was right
  const value = dayIso(newDay) + t.value.slice(10);
  let date: Timex['date'];
  if (t.date) {
    const shift = newDay - isoDay(oldIso);
    const move = (iso: string) => dayIso(isoDay(iso) + shift) + iso.slice(10);
    date = { ...t.date, start: move(t.date.start), end: move(t.date.end) };
  } else {
    date = { ...dayRange(newDay), approximate: false };
  }
  const where = source.article.file ?? source.article.id;
  const resolution: Timex['resolution'] = {
    ...t.resolution, rule: 'cross-document year', anchor: 'other article', pickedBy: null, direction: null, yearInferred: true, unresolved: null,
    reference: { text: source.timex.text, article: where, shared },
  };
  const found = { ...t, value, date, resolution };
  return { ...found, explanation: explain(found) };
}

/** Sentence lookup and content words per sentence of one article, each sentence read once. */
class ContextCache {
  private readonly sentences: Sentence[];
  private readonly timexes: Timex[];
  private readonly words = new Map<Sentence, Context>();
  constructor(private readonly article: CrossDocArticle) {
    this.sentences = [...article.sentences].sort((a, b) => a.start - b.start);
    this.timexes = [...article.timexes].sort((a, b) => a.start - b.start);
  }

  sentenceOf(t: Timex): Sentence | null {
    const s = this.sentences[firstEndingAfter(this.sentences, t.start)];
    return s && s.start <= t.start && t.end <= s.end ? s : null;
  }

  /** The content words of the sentence holding `t`, every date in it left out; null outside sentences. */
  around(t: Timex): Context | null {
    const s = this.sentenceOf(t);
    if (!s) return null;
    let context = this.words.get(s);
    if (!context) {
      const dated: Timex[] = [];
      for (let i = firstEndingAfter(this.timexes, s.start); i < this.timexes.length && this.timexes[i].start < s.end; i++) dated.push(this.timexes[i]);
      context = contentWords(this.article.text, s, dated);
      this.words.set(s, context);
    }
    return context;
  }
}

/** Index of the first span ending after `offset` in spans sorted by start that do not overlap one another. */
function firstEndingAfter(spans: { start: number; end: number }[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sentence's content words, leaving out the words of the dates in it (`timexes`). */
function contentWords(text: string, s: Sentence, timexes: Timex[]): Context {
  const dated = timexes.map((t) => [t.start - s.start, t.end - s.start]);
  const out = new Map<string, { weight: number; word: string; at: number }>();
  for (const tok of s.tokens) {
    if (!CONTENT_TAGS.has(tok.tag) || /\d/.test(tok.text)) continue;
    if (dated.some(([from, to]) => tok.start < to && from < tok.end)) continue;
    const acronym = tok.text.length >= 2 && tok.text === tok.text.toUpperCase() && /\p{Lu}/u.test(tok.text);
    if (tok.lower.length < 3 && !acronym) continue;
    const key = stem(tok.lower.replace(/['’]s$/, ''));
    if (GENERIC.has(key) || CALENDAR_WORD.test(tok.text)) continue;
    const weight = tok.tag === 'name' ? NAME_WEIGHT : 1;
    const held = out.get(key);
    if (!held) out.set(key, { weight, word: weight > 1 ? tok.text : tok.lower, at: tok.start });
    else if (weight > held.weight) out.set(key, { ...held, weight, word: tok.text });
  }
  const keys = [...out.keys()].sort(compareText);
  return { keys, weights: keys.map((k) => out.get(k)!.weight), words: out };
}
