// Stage 7: the same happening told by several articles becomes one event with every source.
// Two drafts match when their dates overlap and their words agree (names and content stems,
// weighted so words that run through the whole story count less, and a phrase only the two share
// counts more); clustering is greedy by score over a canonical order, so the output never depends
// on the input order.

import { createHash } from 'node:crypto';
import { compareDates, DAY_MS, dateSpan, eventDate, precisionRank, wallDay, wallSpan } from '../core/dates';
import type { Source, TimelineEvent } from '../core/schema';
import { ANCHOR_HAPPENINGS, CALENDAR_WORDS, DATED_HAPPENING_NOUNS, HAPPENING_NOUNS, quantity, UNIT } from './lexicon';
import { stem } from './language/stem';
export { stem };
import { readsAsParticiple, type Token, tokenize } from './language/tokens';
import { FORWARD_BEFORE_TO, FORWARD_OBJECT_REACH, FORWARD_OBJECT_TO } from './timex/tense';
import type { DraftEvent, Sentence } from './types';
import { compareText } from '../core/order';

/** Lowest combined similarity at which two drafts are taken to tell one happening. */
export const MERGE_THRESHOLD = 0.2;
/**
 * The same when one telling is dated more coarsely than the other ("in April" beside "on 20 April",
 * "this week" beside "on Thursday"): overlapping dates then say less, since a month overlaps thirty
 * days, so the words must agree more. On the development set every wrong merge was of this kind.
 */
export const MIXED_PRECISION_THRESHOLD = 0.3;
const NAME_WEIGHT = 2;
/** What a pair of neighbouring words that few sentences of the story share ("threat level") adds to their agreement. */
const RARE_PHRASE_BONUS = 0.1;
/**
 * At most how many distinct sentences of the story may have such a phrase: a happening told by three
 * articles in one phrase should join as readily as one told by two; a phrase in more is the story's own.
 */
const RARE_PHRASE_SENTENCES = 3;
const TITLE_SHARE = 0.5;
/** How many of a sentence's rarest words it is looked up by, and how long a word's list may grow. */
const SIGNATURE_WORDS = 6;
const MAX_POSTINGS = 200;
const MAX_PARTNERS = 8;

function sharesArticle(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const art of small) if (large.has(art)) return true;
  return false;
}

const STOPWORDS = new Set([
  ...CALENDAR_WORDS,
  ...('a an the and or but nor of in on at by for with from into onto to as is are was were be been being am has have had ' +
    'do does did will would can could may might must shall should not no this that these those it its he she they we i you ' +
    'him her them his their our my your who whom whose which what when where why how than then there here also just only ' +
    'very more most some any all each both such other over under about after before since until while during between ' +
    'among through against without within up down out off again further once according amid new ' +
    'today yesterday tomorrow tonight ' +
    'week weeks month months year years day days morning afternoon evening night earlier later last next ago recent recently ' +
    'early late first second time one two three mr mrs ms dr').split(' '),
]);

/** A word in capitals, long enough not to be taken for an initial. */
const SHOUTED = /^\p{Lu}{3,}$/u;

/** The weighted stems of a text (names weigh more), minus the dating expression. */
export function terms(text: string, skipFrom = -1, skipTo = -1, tokens: readonly Token[] = tokenize(text)): Map<string, number> {
  const out = new Map<string, number>();
  // Words the text also writes in small letters, for a heading set in capitals above it.
  let small: Set<string> | undefined;
  const inSmall = (key: string) => (small ??= new Set(tokens.filter((t) => /^\p{Ll}+$/u.test(t.text)).map((t) => stem(t.lower)))).has(key);
  tokens.forEach((t, i) => {
    if (t.end > skipFrom && t.start < skipTo) return;
    if (t.tag === 'punct' || t.tag === 'quote' || /^\d+$/.test(t.text)) return;
    // "US" the country is not "us" the pronoun: an all-capitals word is never a stopword.
    const acronym = t.text.length >= 2 && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text);
    if (!acronym && STOPWORDS.has(t.lower)) return;
    if (t.lower.length < 3 && !/^\p{Lu}{2}$/u.test(t.text)) return;
    // Names weigh more; one key for "Port" and "port" so a sentence start does not hide a match.
    // A heading set in capitals ("DRILLING NEW WELLS - Crews are drilling two wells") is not a run
    // of names when the text writes its words in small letters too (a dateline's "NEW ORLEANS" stays one).
    const key = stem(t.lower.replace(/['’]s$/, ''));
    const shouted = SHOUTED.test(t.text) && (SHOUTED.test(tokens[i - 1]?.text ?? '') || SHOUTED.test(tokens[i + 1]?.text ?? '')) && inSmall(key);
    const weight = /^\p{Lu}/u.test(t.text) && t.tag === 'name' && !shouted ? NAME_WEIGHT : 1;
    out.set(key, Math.max(weight, out.get(key) ?? 0));
  });
  return out;
}

interface Prepared {
  draft: DraftEvent;
  key: string;
  sentenceKey: string;
  sentence: Map<string, number>;
  title: Map<string, number>;
  /** The happenings it points back to by a definite description (see `referredHappenings`). */
  refersTo: string[];
  /** The happenings its date itself names by a definite description (see `datedReferences`). */
  datedRefs: string[];
  /** Pairs of neighbouring words ("threat level"), outside its date. */
  phrases: string[];
  /** What it says was done: its verbs and happening nouns, outside its date (see `actionsOf`). */
  actions: Set<string>;
  /** Those of its actions told as done, not only meant and not describing a thing (see `onlyMeant`). */
  doneActions: Set<string>;
  /** What was done to what, and by whom: see `deedsOf`. */
  deeds: Map<string, Set<string>>;
  /** Who told it on its date, when its date dates a source's telling: see `sayingOf`. */
  saying: Saying | null;
  /** The stem of the thing its date only recalls a deed done to: see `recalledThing`. */
  recalled: string | null;
  /** What it counts exactly, and how many: see `countedThings`. */
  counted: Map<string, Set<number>>;
}

/**
 * The id of an event told by this source alone. An event's id is always the source id of one of
 * its sources, so ids stay put when unrelated articles come and go, and a curation entry can
 * follow its event when a new article joins it and lends it a better date.
 */
export function sourceId(source: { article: string; start: number; timex: { start: number; end: number } }): string {
  return createHash('sha1').update(`${source.article}\u0000${source.start}\u0000${source.timex.start}\u0000${source.timex.end}`).digest('hex').slice(0, 12);
}

function canonicalKey(d: DraftEvent): string {
  const pad = (n: number) => String(n).padStart(12, '0');
  return `${d.article}\u0000${pad(d.sentence.start)}\u0000${pad(d.timex.start)}\u0000${pad(d.timex.end)}`;
}

/**
 * Words that list dates side by side ("on Monday and Tuesday", "in May, June or July") or make a
 * span of them ("from Friday until Sunday evening", "from 10 May to late yesterday"): each dates
 * its own happening, or one end of one ("the weekend of 14 August" is one date read as two).
 */
const DATE_LIST_WORDS = new Set(['and', 'or', ',', 'on', 'in', 'at', 'of', 'the', 'then', 'from', 'to', 'until', 'till', 'through', '-', 'early', 'late']);
/** Words before a date that make it a bound, not the happening's day ("flowed before June 3", "the week ended May 8"). */
const BOUND_WORDS = new Set(['before', 'after', 'since', 'until', 'till', 'by', 'ended', 'ending', 'from', 'through']);
const VERB_TAGS = new Set(['verb', 'ven', 'ving']);
/** Words that make the dates after them one stretch of time: "over Friday and the weekend", "during Friday and Saturday". */
const PERIOD_WORDS = new Set(['over', 'during', 'throughout']);

/**
 * Whether dates listed side by side are one stretch of time, not a date each: the list follows a
 * period word ("during Friday and Saturday") and each date begins where the one before ends.
 */
function onePeriod(tokens: readonly Token[], order: [number, number][], drafts: DraftEvent[]): boolean {
  let before = order[0][0] - 1;
  if (tokens[before]?.lower === 'the') before--;
  if (!PERIOD_WORDS.has(tokens[before]?.lower ?? '')) return false;
  const spans = drafts.map((d) => dateSpan(d.date)).sort((x, y) => x[0] - y[0]);
  return spans.slice(1).every(([from], n) => from >= spans[n][0] && from - spans[n][1] < DAY_MS);
}

/**
 * Verbs that attribute a telling to its source ("police said Friday", "the paper reported Friday"),
 * as words: "confirmed", "announced" or "revealed" may be deeds of their own ("tests confirmed the case").
 */
const ATTRIBUTING_WORDS = new Set(['said', 'says', 'say', 'reported', 'reports', 'told', 'tells', 'quoted']);
/** A title that tells a saying ("Ann Roe says she will join the board"): what it titles happened when it was said. */
const SAYING_TITLE = /\b(?:says|said|tells|told|announces|announced)\b/;
/** Most days a source's telling may come after the happening it tells, for the two to be one ("arrested Thursday, police said Friday"). */
const ATTRIBUTION_DAYS = 3;

/** The tokens (first and last index) of a draft's date in its sentence, or null when none lies there. */
function dateTokens(d: Pick<DraftEvent, 'sentence' | 'timex'>): [number, number] | null {
  const tokens = d.sentence.tokens;
  const from = d.timex.start - d.sentence.start;
  const to = d.timex.end - d.sentence.start;
  const first = tokens.findIndex((t) => t.end > from && t.start < to);
  if (first < 0) return null;
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1].start < to) last++;
  return [first, last];
}

const tokenDistance = ([f, l]: [number, number], j: number) => (j < f ? f - j : j > l ? j - l : 0);

/** Where a date leans: a verb's token, or the start of a clause with no verb. */
interface Lean {
  kind: 'verb' | 'clause';
  at: number;
}

/**
 * What a date leans on in its sentence: the one nearest verb of its clause (outside every date of
 * the sentence), the clause's start when it has none, or null when two are as near or the nearest
 * is a participle ("meeting the chiefs on Friday" is a deed of its own, not the clause's).
 */
function leaningVerb(tokens: readonly Token[], span: [number, number], inDate: (j: number) => boolean): Lean | null {
  let from = span[0];
  while (from > 0 && !CLAUSE_ENDS.has(tokens[from - 1].tag)) from--;
  let to = span[1];
  while (to + 1 < tokens.length && !CLAUSE_ENDS.has(tokens[to + 1].tag)) to++;
  const verbs: number[] = [];
  for (let j = from; j <= to; j++) if (!inDate(j) && VERB_TAGS.has(tokens[j].tag) && !gerundNoun(tokens, j)) verbs.push(j);
  if (!verbs.length) return { kind: 'clause', at: from };
  const near = Math.min(...verbs.map((j) => tokenDistance(span, j)));
  const at = verbs.filter((j) => tokenDistance(span, j) === near);
  return at.length === 1 && tokens[at[0]].tag !== 'ving' ? { kind: 'verb', at: at[0] } : null;
}

/**
 * Whether the "-ing" word at `j` heads a noun phrase its article opens ("told a City Hall briefing on Monday", "at the
 * morning meeting"): a happening's name, not a participle the date could lean on.
 */
function gerundNoun(tokens: readonly Token[], j: number): boolean {
  if (tokens[j].tag !== 'ving') return false;
  let k = j - 1;
  while (k >= 0 && (tokens[k].tag === 'name' || tokens[k].tag === 'adj' || tokens[k].tag === 'noun')) k--;
  return tokens[k]?.tag === 'det';
}

/** Whether the verb at `j` is a relative clause's own (the first verb after "who", "which"): "the ferry, which collided on Tuesday". */
function inRelativeClause(tokens: readonly Token[], j: number): boolean {
  for (let k = j - 1; k >= 0; k--) {
    if (tokens[k].tag === 'rel') return true;
    if (tokens[k].tag === 'verb' || tokens[k].tag === 'ven' || tokens[k].tag === 'punct') return false;
  }
  return false;
}

/**
 * Whether the verb at `at` opens what the attributing verb at `verb` says, after its "that" ("said on Friday that its
 * teams had pulled six sailors"): only the saying's date and its preposition come between the verb and "that".
 */
function saidThat(tokens: readonly Token[], verb: number, at: number, date: [number, number]): boolean {
  let k = verb + 1;
  while (k < at && (tokens[k].tag === 'prep' || (date[0] <= k && k <= date[1]))) k++;
  return k < at && tokens[k].lower === 'that' && !tokens.slice(k + 1, at).some((t) => t.tag === 'rel' || VERB_TAGS.has(t.tag));
}

/**
 * One happening drafted twice from one sentence, folded to one draft (the quote is the one
 * sentence, so nothing is lost):
 * - one telling dated twice: a clause titled the same whichever of its two dates drafts it ("the
 *   council on Saturday condemned the attack of Friday", "a dividend payable Dec. 7 to holders of
 *   record Nov. 22"). Drafts of one title and status whose dates all lean on one verb (see
 *   `leaningVerb`), or on none in one clause, keep the one nearest it. Left alone: dates coarser
 *   than a day (years and months in a list mostly date different happenings: "joined in 1952,
 *   1955 and 1982"), dates listed side by side or spanning ("on Monday and Tuesday", "from Friday
 *   until Sunday"; but days listed after a period word, each beginning where the one before ends,
 *   are one stretch: "during Friday and the weekend" makes one draft dated by the whole of it),
 *   dates of a clause cut short ("found Monday and several others Tuesday"), a
 *   date opening the sentence (it dates the main clause, whatever is nearer), dates leaning on two
 *   verbs ("arrested on Monday and freed on Thursday", "started on 2 May, with the second starting
 *   on 16 May"), and dates as near as each other to the verb;
 * - a happening and its source's telling of it: "the gunman was arrested Thursday, police said
 *   Friday" keeps the arrest, when the source's day leans on an attributing verb, the happening's
 *   on another verb (not a relative clause's: "said Friday that the ferry, which collided on
 *   Tuesday, would sail" tells the saying too), told before the source's verb or in what it said
 *   ("the coast guard said on Friday that its teams had pulled six sailors from the water the day
 *   before"), not as a bound ("flowed before June 3"), and the source told it within three days after;
 * - the saying of a plan, titled alike (as a saying) under the saying's day and the plan's: "said
 *   Friday that she will join the board, starting Monday" keeps the saying.
 */
function foldSentenceRepeats(entries: [string, DraftEvent][]): [string, DraftEvent][] {
  const dropped = new Set<number>();
  const bySentence = new Map<string, number[]>();
  entries.forEach(([, d], i) => {
    const key = `${d.article}\u0000${d.sentence.start}`;
    const group = bySentence.get(key);
    if (group) group.push(i);
    else bySentence.set(key, [i]);
  });
  for (const sentence of bySentence.values()) {
    if (sentence.length < 2) continue;
    const drafts = sentence.map((i) => entries[i][1]);
    const spans = drafts.map(dateTokens);
    if (spans.some((span) => !span)) continue;
    const tokens = drafts[0].sentence.tokens;
    const inDate = (j: number) => spans.some((span) => span![0] <= j && j <= span![1]);
    const leans = spans.map((span) => leaningVerb(tokens, span!, inDate));
    const day = (d: DraftEvent) => precisionRank(d.date.precision) >= precisionRank('day');

    // One telling dated twice.
    const byTitle = new Map<string, number[]>();
    drafts.forEach((d, k) => {
      const key = `${d.title}\u0000${d.status ?? ''}`;
      const group = byTitle.get(key);
      if (group) group.push(k);
      else byTitle.set(key, [k]);
    });
    for (const group of byTitle.values()) {
      if (group.length < 2) continue;
      const first = drafts[group[0]].date;
      const sameDate = group.every((k) => drafts[k].date.start === first.start && drafts[k].date.end === first.end && drafts[k].date.precision === first.precision);
      let best = group[0];
      if (!sameDate) {
        if (group.some((k) => !day(drafts[k]))) continue;
        // Dates listed side by side (only list words between two of them), or in two clauses, the
        // second cut short ("twenty were found Monday and several others Tuesday"): one happening each.
        const order = group.map((k) => spans[k]!).sort((x, y) => x[0] - y[0]);
        const between = order.slice(1).map((span, n) => tokens.slice(order[n][1] + 1, span[0]));
        // Days listed after a period word ("over Friday and the weekend") are one stretch: one draft dated by all of it.
        if (between.every((words) => words.every((t) => DATE_LIST_WORDS.has(t.lower))) && onePeriod(tokens, order, group.map((k) => drafts[k]))) {
          const earliest = group.reduce((a, k) => (drafts[k].date.start < drafts[a].date.start ? k : a));
          const end = group.map((k) => drafts[k].date.end).sort().at(-1)!;
          const d = drafts[earliest];
          entries[sentence[earliest]] = [entries[sentence[earliest]][0], { ...d, date: eventDate(d.date.start, end, d.date.precision, d.date.approximate) }];
          for (const k of group) if (k !== earliest) dropped.add(sentence[k]);
          continue;
        }
        if (between.some((words) => words.every((t) => DATE_LIST_WORDS.has(t.lower)))) continue;
        if (between.some((words) => words.some((t) => t.tag === 'conj') && !words.some((t) => t.tag === 'verb' || t.tag === 'ven'))) continue;
        // A date that opens the sentence ("Yesterday the harbour was quiet, unlike a normal Saturday") dates its main clause, whatever is nearer the verb.
        if (order[0][0] === 0) continue;
        const lean = leans[group[0]];
        if (!lean || group.some((k) => leans[k]?.kind !== lean.kind || leans[k]?.at !== lean.at)) continue;
        // The date nearest that verb (or the clause's start) is its date; the other dates something it names ("the attack of Friday").
        const at = lean.at;
        const distance = group.map((k) => tokenDistance(spans[k]!, at));
        const nearest = Math.min(...distance);
        if (distance.filter((x) => x === nearest).length > 1) continue;
        best = group[distance.indexOf(nearest)];
      }
      for (const k of group) if (k !== best) dropped.add(sentence[k]);
    }

    // One saying of a plan, titled alike whichever date drafts it: "said Friday that she will join the board on
    // Monday" is told on Friday (the title says so); the plan's day is the saying's content, not a second happening.
    drafts.forEach((p, k) => {
      if (p.status !== 'planned' || dropped.has(sentence[k]) || !SAYING_TITLE.test(p.title)) return;
      if (drafts.some((h, n) => n !== k && !h.status && h.title === p.title && !dropped.has(sentence[n]))) dropped.add(sentence[k]);
    });

    // A happening and its source's telling of it.
    drafts.forEach((r, k) => {
      const lean = leans[k];
      if (lean?.kind !== 'verb' || !day(r) || r.status || dropped.has(sentence[k])) return;
      const verb = lean.at;
      // "were told on Friday they would be confined" is a deed done to them, not a source's telling
      if (!ATTRIBUTING_WORDS.has(tokens[verb].lower) || tokens[verb - 1]?.tag === 'aux') return;
      const [rFrom] = dateSpan(r.date);
      const told = drafts.some((h, n) => {
        const at = leans[n]?.kind === 'verb' ? leans[n]!.at : -1;
        // the happening told before its source ("...was arrested Thursday, police said Friday") or in what the source
        // said ("the ministry said Thursday the cases were found Wednesday"): the saying's day is when it was told
        if (n === k || at < 0 || at === verb || !day(h) || h.status || dropped.has(sentence[n])) return false;
        if (stem(tokens[at].lower) === REPORTING_STEM || (inRelativeClause(tokens, at) && !saidThat(tokens, verb, at, spans[k]!))) return false;
        // (what the source said is the deed of its first clause: "said Friday its ferries sailed late after two crews were
        // suspended on Thursday" tells the late sailing on Friday, and the suspension is another happening; a participle
        // set off after a comma describes, "her son, named Ian, died today", and opens no clause)
        if (at > verb && tokens.slice(verb + 1, at).some((t, j) => VERB_TAGS.has(t.tag) && tokens[verb + j].text !== ',')) return false;
        if (BOUND_WORDS.has(tokens[spans[n]![0] - 1]?.lower ?? '')) return false;
        const [hFrom, hTo] = dateSpan(h.date);
        return rFrom >= hFrom && rFrom - hTo < ATTRIBUTION_DAYS * DAY_MS;
      });
      if (told) dropped.add(sentence[k]);
    });
  }
  return entries.filter((_, i) => !dropped.has(i));
}

/** Terms in sorted order with their final weights, ready for a linear merge. */
interface Weighted {
  keys: string[];
  weights: number[];
  total: number;
}

function weigh(terms: Map<string, number>, idf: Map<string, number>, fallbackIdf: number): Weighted {
  const keys = [...terms.keys()].sort();
  const weights = keys.map((k) => (idf.get(k) ?? fallbackIdf) * terms.get(k)!);
  let total = 0;
  for (const w of weights) total += w;
  return { keys, weights, total };
}

/** Weighted word overlap by a merge over sorted keys: the sums run in key order, so the result never depends on input order. */
function similarity(a: Weighted, b: Weighted): { score: number; shared: number } {
  let i = 0;
  let j = 0;
  let inter = 0;
  let overlapMin = 0;
  let shared = 0;
  while (i < a.keys.length && j < b.keys.length) {
    const ka = a.keys[i];
    const kb = b.keys[j];
    if (ka < kb) i++;
    else if (ka > kb) j++;
    else {
      inter += Math.max(a.weights[i], b.weights[j]);
      overlapMin += Math.min(a.weights[i], b.weights[j]);
      shared++;
      i++;
      j++;
    }
  }
  const union = a.total + b.total - overlapMin;
  const smaller = Math.min(a.total, b.total);
  // Jaccard alone punishes a long sentence for all it says besides the happening; the overlap
  // with the shorter side does not, so the two are averaged.
  const jaccard = union > 0 ? inter / union : 0;
  const containment = smaller > 0 ? Math.min(1, inter / smaller) : 0;
  return { score: (jaccard + containment) / 2, shared };
}

/** Pairs of neighbouring words two sentences share and few other sentences of the story have. */
function sharedRarePhrases(a: string[], b: string[], df: Map<string, number>): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] < b[j]) i++;
    else if (a[i] > b[j]) j++;
    else {
      if ((df.get(a[i]) ?? 0) <= RARE_PHRASE_SENTENCES) n++;
      i++;
      j++;
    }
  }
  return n;
}

/** A clock time read in no known zone ("16:53 local time"): its wall clock is kept as if UTC. */
function zoneUnknown(d: DraftEvent): boolean {
  return d.date.precision === 'minute' && d.timex.date?.localClock === true;
}

const PHRASE_WORD_TAGS = new Set(['noun', 'name', 'adj', 'verb', 'ven', 'ving', 'num']);
/** Pairs of neighbouring kept words of a sentence, not across punctuation or its date: "raised the threat level" gives "rais threat" and "threat level". */
function neighbourPairs(d: DraftEvent, kept: Map<string, number>): string[] {
  const from = d.timex.start - d.sentence.start;
  const to = d.timex.end - d.sentence.start;
  const out = new Set<string>();
  let last: string | null = null;
  for (const t of d.sentence.tokens) {
    if (t.tag === 'punct' || t.tag === 'quote' || (t.end > from && t.start < to)) {
      last = null;
      continue;
    }
    const k = stem(t.lower.replace(/['’]s$/, ''));
    if (!kept.has(k)) continue;
    if (!PHRASE_WORD_TAGS.has(t.tag)) {
      last = null;
      continue;
    }
    if (last !== null && last !== k) out.add(`${last} ${k}`);
    last = k;
  }
  return [...out].sort();
}

/**
 * Whether a draft is dated only by a vague reference to the past or the future ("in recent weeks",
 * "over the past few days", "in the coming days"): the timex records no calendar value, and the span
 * the draft is given is a guess around publication, not the text's. Across articles such a telling
 * overlaps a whole cluster of exact days, so it must tell one thing done with them, as a coarser date
 * must ("the ferry closure has drawn anger in recent days" is not "protesters blocked the closure talks on Tuesday").
 */
function vaguelyDated(d: DraftEvent): boolean {
  return /^(?:PAST|FUTURE)_REF$/.test(d.timex.value);
}

/** Hours a zone can lie behind and ahead of UTC (UTC-12 to UTC+14). */
const ZONE_BEHIND = 12 * 3_600_000;
const ZONE_AHEAD = 14 * 3_600_000;

/**
 * When a draft may have happened, for telling whether two tellings can be one: its date's span, and
 * for a clock time in an unknown zone every instant that wall clock can be somewhere on Earth, so
 * "16:53 local time" can join "21:53 GMT" (in a zone five hours behind) and take its zone.
 */
function possibleSpan(d: DraftEvent): [number, number] {
  const [from, to] = dateSpan(d.date);
  return zoneUnknown(d) ? [from - ZONE_AHEAD, to + ZONE_BEHIND] : [from, to];
}

/** Whether a clock time in an unknown zone can be the instant `from` (a known minute) somewhere: some zone's offset apart. */
function fitsWallClock(d: DraftEvent, from: number): boolean {
  if (!zoneUnknown(d)) return true;
  const [wall] = dateSpan(d.date);
  // Zones are whole quarter hours from UTC: the instant and the wall clock differ by a number of them.
  return (wall - from) % (15 * 60_000) === 0;
}

/** How strongly a date says when: exact beats approximate, a known zone beats an unknown one, finer beats coarser, shorter beats longer. */
function dateStrength(d: DraftEvent): [number, number, number, number] {
  const [from, to] = dateSpan(d.date);
  return [d.date.approximate ? 1 : 0, zoneUnknown(d) ? 1 : 0, -precisionRank(d.date.precision), to - from];
}

function compareByStrength(a: Prepared, b: Prepared): number {
  const sa = dateStrength(a.draft);
  const sb = dateStrength(b.draft);
  return sa[0] - sb[0] || sa[1] - sb[1] || sa[2] - sb[2] || sa[3] - sb[3] || compareText(a.key, b.key);
}

/**
 * The finest precision among a cluster's tellings: an article that tells a happening "on Tuesday"
 * and again "at 16:53 on Tuesday" dates it to the minute, and is compared with other articles so.
 * A clock time in an unknown zone may lie anywhere in a day and more, so it ranks just below a day.
 */
export function finestPrecision(drafts: DraftEvent[]): number {
  let rank = -Infinity;
  for (const d of drafts) rank = Math.max(rank, zoneUnknown(d) ? precisionRank('day') - 0.5 : precisionRank(d.date.precision));
  return rank;
}

/**
 * Whether a telling in `counted` is dated by a count from a happening ("days before his death") that a telling in
 * `other` tells ("died in June 2009"): what was done days before a death is not the death, however many words
 * ("Vell", "aged 50") the two sentences share.
 */
function countsFromTheOther(counted: number[], other: number[], items: Prepared[]): boolean {
  const from = new Set(counted.map((i) => items[i].draft.timex.resolution.countedFrom).filter((h): h is string => h !== undefined));
  if (!from.size) return false;
  return other.some((i) => {
    const { sentence, timex } = items[i].draft;
    // (its own date's words do not tell it: "about a week before he died" names the death only to count from it)
    const told = sentence.text.slice(0, timex.start - sentence.start) + sentence.text.slice(timex.end - sentence.start);
    return [...from].some((h) => ANCHOR_HAPPENINGS[h]?.test(told));
  });
}

/**
 * Words that make a count a tally that grows or that sources estimate apart, where they bear on the count
 * (see `tallied`): a running total ("the toll rose to 40", "12 cases so far"), a bound ("at least 30",
 * "more than 200"), or the victims of one happening ("killed 224 people" and "killed 247 people" a week
 * later tell one bombing). Elsewhere in the sentence they say nothing of the count ("raising concern over
 * the outbreak", "some officials").
 */
const TALLY = {
  /** Just before the number: a bound ("at least 30", "an estimated 200"). */
  bound: /\b(?:at least|no fewer than|more than|fewer than|less than|over|nearly|almost|about|around|some|up to|as many as|roughly|approximately|estimated|upwards of)\s*$/i,
  /** Within three words before it: a running total or a toll ("rose to 40", "bringing the total to 40", "killed 40"). */
  before: /\b(?:toll|total|tally|now|rose|risen|rising|climbed|jumped|increased|reached|reaching|bringing|kill\w*|injur\w*|wound\w*|dead|deaths?|casualt\w*|fatalit\w*)\b/i,
  /** Within four words after it: the same ("12 cases so far", "40 people were killed", "40 dead"). */
  after: /\b(?:toll|total|tally|so far|to date|now|kill\w*|die[ds]?|dead|deaths?|injur\w*|wound\w*|casualt\w*|victims?|fatalit\w*)\b/i,
};

/** Whether the number `tokens[i]` of `text` is a tally (see `TALLY`). */
function tallied(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const before = text.slice(tokens[Math.max(0, i - 3)].start, t.start);
  const after = text.slice(t.end, tokens[Math.min(tokens.length - 1, i + 4)].end);
  return TALLY.bound.test(before) || TALLY.before.test(before) || TALLY.after.test(after);
}

/** Whether a sentence gives a count as a tally (see `TALLY`), for tests. */
export function givesTally(text: string): boolean {
  const tokens = tokenize(text);
  return tokens.some((t, i) => t.tag === 'num' && tallied(text, tokens, i));
}
/** A time or measure, which a count only measures the happening by ("the first in 40 years"). */
const MEASURE = new RegExp(String.raw`^(?:${UNIT}s?|times?|percent|per|cent|miles?|kilometres?|kilometers?|km|feet|foot|metres?|meters?|tons?|tonnes?|barrels?|gallons?|pounds?|dollars?|euros?)$`);

/**
 * What a telling counts exactly, outside its date: the head noun after a number ("two new cases" and
 * "five measles cases" both count cases), with the numbers it gives for it. None when the sentence
 * gives a tally (see `TALLY`), and no measures (see `MEASURE`).
 */
function countedThings(d: DraftEvent): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  const { sentence, timex } = d;
  const [from, to] = [timex.start - sentence.start, timex.end - sentence.start];
  const tokens = sentence.tokens;
  const counts = (t: Token) => t.tag === 'num' && !(t.end > from && t.start < to);
  if (tokens.some((t, i) => counts(t) && tallied(sentence.text, tokens, i))) return out;
  tokens.forEach((t, i) => {
    if (!counts(t)) return;
    const n = quantity(t.lower.replace(/,(?=\d{3})/g, ''));
    if (n === null || n < 1) return;
    let head: Token | null = null;
    for (let j = i + 1; j < Math.min(tokens.length, i + 5); j++) {
      const w = tokens[j];
      if (w.tag === 'noun') head = w;
      else if (w.tag !== 'adj' && w.tag !== 'name') break;
    }
    if (!head || MEASURE.test(head.lower)) return;
    const key = stem(head.lower);
    const set = out.get(key) ?? new Set<number>();
    set.add(n);
    out.set(key, set);
  });
  return out;
}

/**
 * Whether two tellings of different articles tell two happenings for all the words they share: they
 * count one thing exactly and one gives at least twice the other ("two new cases were diagnosed" beside
 * "five cases were confirmed"). Closer counts may be one happening told at two moments or from two
 * sources ("five pupils" beside "six pupils"), and tallies are left out (see `countedThings`).
 */
function toldApart(x: Prepared, y: Prepared): boolean {
  for (const [head, ns] of x.counted) {
    const other = y.counted.get(head);
    if (!other) continue;
    const [a, b] = [[...ns], [...other]];
    if (a.every((n) => b.every((m) => Math.max(n, m) >= 2 * Math.min(n, m)))) {
      return true;
    }
  }
  return false;
}

/** What a merge did, for tests and benchmarks that check its work grows near-linearly. */
export interface MergeStats {
  /** Pairs of clusters whose words were compared, across articles and within them. */
  comparisons: number;
}

/** One event per happening, each with its sources, sorted by date, then title, then id. */
export function mergeAcrossSources(drafts: DraftEvent[], stats: MergeStats = { comparisons: 0 }): TimelineEvent[] {
  // Canonical order first, and exact repeats (same article, sentence and date) folded.
  const unique = new Map<string, DraftEvent>();
  for (const d of drafts) {
    const key = canonicalKey(d);
    const seen = unique.get(key);
    if (!seen || compareText(d.title, seen.title) < 0) unique.set(key, d);
  }
  const items: Prepared[] = foldSentenceRepeats([...unique.entries()].sort(([a], [b]) => compareText(a, b)))
    .map(([key, draft]) => {
      const text = draft.sentence.text;
      const sentence = terms(text, draft.timex.start - draft.sentence.start, draft.timex.end - draft.sentence.start, draft.sentence.tokens);
      return {
        draft,
        key,
        sentenceKey: text.replace(/\s+/g, ' ').trim().toLowerCase(),
        sentence,
        title: terms(draft.matchTitle ?? draft.title),
        refersTo: referredHappenings(draft),
        datedRefs: datedReferences(draft),
        phrases: neighbourPairs(draft, sentence),
        ...actionsOf(draft, sentence),
        deeds: deedsOf(draft, sentence),
        saying: sayingOf(draft),
        recalled: recalledThing(draft),
        counted: countedThings(draft),
      };
    });

  // Document frequency over distinct sentence texts: a word in every sentence of the story says
  // little, and a syndicated sentence copied into fifty articles is still one sentence.
  const sentenceTerms = new Map<string, Map<string, number>>();
  for (const it of items) sentenceTerms.set(it.sentenceKey, it.sentence);
  const df = new Map<string, number>();
  for (const ts of sentenceTerms.values()) for (const k of ts.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = Math.max(1, sentenceTerms.size);
  const idf = new Map<string, number>();
  for (const [k, f] of df) idf.set(k, Math.log(1 + n / f));
  const fallbackIdf = Math.log(1 + n);
  const sentenceWeights = items.map((it) => weigh(it.sentence, idf, fallbackIdf));
  // The same over pairs of neighbouring words: a phrase only two sentences of the story share ties them.
  const phrasesOf = new Map<string, string[]>();
  for (const it of items) phrasesOf.set(it.sentenceKey, it.phrases);
  const phraseDf = new Map<string, number>();
  for (const ph of phrasesOf.values()) for (const k of ph) phraseDf.set(k, (phraseDf.get(k) ?? 0) + 1);
  const titleWeights = items.map((it) => weigh(it.title, idf, fallbackIdf));

  // Verbatim copies (same sentence, same date expression, same date) start as one cluster, so
  // syndicated wire copy costs one comparison, not one per pair of copies.
  // Each copy goes to the first of its text's clusters without its article yet. Every article
  // fills those clusters from the first one up, so that is the one after its last: a count per
  // article finds it without a scan (a long article repeating one sentence would make it quadratic).
  const cluster: number[][] = [];
  const copies = new Map<string, { clusters: number[]; perArticle: Map<string, number> }>();
  items.forEach((it, i) => {
    const d = it.draft;
    const base = `${it.sentenceKey}\u0000${d.timex.text.toLowerCase()}\u0000${d.date.start}\u0000${d.date.end}\u0000${d.date.precision}`;
    let open = copies.get(base);
    if (!open) copies.set(base, (open = { clusters: [], perArticle: new Map() }));
    const used = open.perArticle.get(d.article) ?? 0;
    open.perArticle.set(d.article, used + 1);
    let home = open.clusters[used];
    if (home === undefined) {
      home = cluster.length;
      cluster.push([]);
      open.clusters.push(home);
    }
    cluster[home].push(i);
  });
  joinWithinArticles(items, cluster, stats);
  joinNestedWithinArticles(items, cluster, stats);
  for (let c = cluster.length - 1; c >= 0; c--) if (!cluster[c].length) cluster.splice(c, 1);
  const reps = cluster.map((members) => members[0]);
  const articlesOf = cluster.map((members) => new Set(members.map((i) => items[i].draft.article)));
  // Dates on a line overlap pairwise exactly when the latest start is before the earliest end,
  // so a cluster only needs that common window.
  const windowOf = cluster.map((members) => {
    let [from, to] = possibleSpan(items[members[0]].draft);
    for (const i of members) {
      const [f, t] = possibleSpan(items[i].draft);
      from = Math.max(from, f);
      to = Math.min(to, t);
    }
    return [from, to];
  });

  // Candidates: representatives sharing one of their rarest words. Each looks up only a few words
  // and a bounded list per word, so a huge run stays near-linear; a missed candidate only leaves
  // two sources apart.
  const sentenceCopies = new Map<string, number>();
  for (const r of reps) sentenceCopies.set(items[r].sentenceKey, (sentenceCopies.get(items[r].sentenceKey) ?? 0) + 1);
  const postings = new Map<string, number[]>();
  // The one article every cluster on a word's list comes from, or null when they differ: a list
  // from the asker's own article holds no partner, and in one huge article every list is such.
  const soleArticle = new Map<string, string | null>();
  const signatures = reps.map((r) =>
    // A word no other sentence has can find no partner, so the rarest *shared* words stand for it.
    [...items[r].sentence.keys()]
      .filter((k) => (df.get(k) ?? 0) > 1 || sentenceCopies.get(items[r].sentenceKey)! > 1)
      .sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0) || compareText(a, b))
      .slice(0, SIGNATURE_WORDS),
  );
  reps.forEach((r, c) => {
    const only = articlesOf[c].size === 1 ? items[r].draft.article : null;
    for (const k of items[r].sentence.keys()) {
      const list = postings.get(k);
      if (!list) {
        postings.set(k, [c]);
        soleArticle.set(k, only);
      } else if (list.length < MAX_POSTINGS) {
        list.push(c);
        if (soleArticle.get(k) !== only) soleArticle.set(k, null);
      }
    }
  });
  const finest = cluster.map((members) => finestPrecision(members.map((i) => items[i].draft)));
  const pairs: { a: number; b: number; score: number }[] = [];
  const spans = items.map((it) => possibleSpan(it.draft));
  reps.forEach((r, c) => {
    const seen = new Set<number>();
    const found: { a: number; b: number; score: number }[] = [];
    for (const k of signatures[c]) {
      const sole = soleArticle.get(k);
      if (sole != null && articlesOf[c].has(sole)) continue;
      for (const other of postings.get(k) ?? []) {
        if (other === c || seen.has(other)) continue;
        seen.add(other);
        const [x, y] = c < other ? [c, other] : [other, c];
        const [sa, sb] = [spans[reps[x]], spans[reps[y]]];
        if (sa[0] >= sb[1] || sb[0] >= sa[1]) continue;
        if (sharesArticle(articlesOf[x], articlesOf[y])) continue;
        stats.comparisons++;
        const whole = similarity(sentenceWeights[reps[x]], sentenceWeights[reps[y]]);
        if (whole.shared < 2 || (1 - TITLE_SHARE) * whole.score + TITLE_SHARE < MERGE_THRESHOLD) continue;
        const title = similarity(titleWeights[reps[x]], titleWeights[reps[y]]);
        let score = (1 - TITLE_SHARE) * whole.score + TITLE_SHARE * title.score;
        // Mixed when the two differ in precision, unless one article's finer telling of the same
        // happening brings the two to one precision; and always when either is only vaguely dated,
        // since "in recent weeks" overlaps every day of them as loosely as a month does.
        const mixed =
          vaguelyDated(items[reps[x]].draft) ||
          vaguelyDated(items[reps[y]].draft) ||
          (finest[x] !== finest[y] && items[reps[x]].draft.date.precision !== items[reps[y]].draft.date.precision);
        // Two titles can pick different parts of one sentence; a phrase the two sentences share with
        // few others ("raised the threat level") speaks for them instead. Not across precisions: there a shared
        // phrase often ties a plan or a recap to the happening, and the finer date would be taken.
        if (!mixed) {
          // (not of a telling of a thing to come and one of a thing done that tell no deed in common: "common stock" in one
          // firm's share offer and in the earnings another will disclose is a thing both name, not one happening)
          const rare = sharedRarePhrases(items[reps[x]].phrases, items[reps[y]].phrases, phraseDf);
          const oneStatus = items[reps[x]].draft.status === items[reps[y]].draft.status || sameDoing(items[reps[x]], items[reps[y]]);
          if (rare > 0 && oneStatus) score = Math.max(score, whole.score + RARE_PHRASE_BONUS * Math.min(2, rare));
          // Nor can alike titles carry two sentences that agree only in the story's own words.
          else if (thinAgreement(items[reps[x]], items[reps[y]], whole)) continue;
        }
        // A coarse date says little, so across precisions the two must also tell one thing done
        // ("convened in May" is not "blamed on Saturday", whoever did both), or the same of the same
        // things in common words ("fell onto an empty cargo berth", "came down onto an empty cargo berth").
        // Done, not only meant: "plans to leave by May 31" and "had been planning to pay this year" share no deed.
        if (mixed && !sameDoing(items[reps[x]], items[reps[y]], true)) continue;
        // A coarse date that names its happening ("last year's spill") joins only a telling of that happening.
        if (mixed && (namesOtherHappening(items[reps[x]], items[reps[y]]) || namesOtherHappening(items[reps[y]], items[reps[x]]))) continue;
        if (score >= (mixed ? MIXED_PRECISION_THRESHOLD : MERGE_THRESHOLD)) found.push({ a: x, b: y, score });
      }
    }
    // The greedy pass only ever uses a draft's best few partners; keeping just those bounds the work.
    found.sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b);
    for (const pair of found.slice(0, MAX_PARTNERS)) pairs.push(pair);
  });
  // A pair found from both sides can appear twice, side by side once sorted.
  pairs.sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b);

  // Greedy joining, best pair first; a cluster holds one draft per article and mutually overlapping dates.
  const root = cluster.map((_, c) => c);
  const find = (c: number): number => {
    let r = c;
    while (root[r] !== r) r = root[r];
    while (root[c] !== r) [c, root[c]] = [root[c], r];
    return r;
  };
  pairs.forEach(({ a, b }, p) => {
    if (p > 0 && pairs[p - 1].a === a && pairs[p - 1].b === b) return;
    const ca = find(a);
    const cb = find(b);
    if (ca === cb) return;
    if (sharesArticle(articlesOf[ca], articlesOf[cb])) return;
    const from = Math.max(windowOf[ca][0], windowOf[cb][0]);
    const to = Math.min(windowOf[ca][1], windowOf[cb][1]);
    if (from >= to) return;
    if (to - from <= 60_000 && ![...cluster[ca], ...cluster[cb]].every((i) => fitsWallClock(items[i].draft, from))) return;
    if (countsFromTheOther(cluster[ca], cluster[cb], items) || countsFromTheOther(cluster[cb], cluster[ca], items)) return;
    if (cluster[ca].some((i) => cluster[cb].some((j) => toldApart(items[i], items[j])))) return;
    const [keep, gone] = ca < cb ? [ca, cb] : [cb, ca];
    for (const i of cluster[gone]) cluster[keep].push(i);
    for (const art of articlesOf[gone]) articlesOf[keep].add(art);
    windowOf[keep] = [from, to];
    cluster[gone] = [];
    root[gone] = keep;
  });

  joinDatedReferences(items, cluster, articlesOf, windowOf);

  const events: TimelineEvent[] = [];
  for (const members of cluster) {
    if (!members.length) continue;
    const group = members.map((i) => items[i]);
    const best = [...group].sort(compareByStrength)[0];
    const sources: Source[] = group
      .map(({ draft: d }) => ({
        article: d.article,
        quote: d.sentence.text,
        start: d.sentence.start,
        end: d.sentence.end,
        timex: { text: d.timex.text, start: d.timex.start, end: d.timex.end, value: d.timex.value },
      }))
      .sort((p, q) => compareText(p.article, q.article) || p.start - q.start);
    const d = best.draft;
    const id = sourceId({ article: d.article, start: d.sentence.start, timex: d.timex });
    // Planned only while every telling is planned: one that reports it done wins.
    const planned = group.every(({ draft }) => draft.status === 'planned');
    // ("Roe will testify on Thursday" and "Roe testified on Thursday": a happening one telling reports done takes its
    // title from the strongest telling not planned; the strongest date still dates it)
    const told = planned || d.status !== 'planned' ? best : [...group].filter(({ draft }) => draft.status !== 'planned').sort(compareByStrength)[0];
    events.push({ id, title: told.draft.title, date: d.date, sources, ...(planned ? { status: 'planned' as const } : {}) });
  }
  return events.sort((a, b) => compareDates(a.date, b.date) || compareText(a.title, b.title) || compareText(a.id, b.id));
}

/**
 * Least share of the shorter sentence's content words, names and reporting verbs left out (and at
 * least four words), that the other must have for two drafts of one article on one date to tell one
 * happening. Plain counts, not story-wide weights: within one article the story's words are in every
 * sentence, and what was done is what tells a retelling from a neighbouring happening. Tuned on the
 * development set and the seeds: at four words and 0.3, two retellings joined and no two happenings
 * did; with names counted, or fewer words, a statement joined the case count or the first report of
 * what it confirmed, told beside it.
 * Each telling is checked against the next WITHIN_ARTICLE_PARTNERS of its article and date.
 */
export const WITHIN_ARTICLE_SHARE = 0.3;
/** How many later tellings of one article and date each telling is compared with. */
export const WITHIN_ARTICLE_PARTNERS = 48;

/** The stem every reporting verb shares (said, told, confirmed): in one article it says nothing about which happening. */
const REPORTING_STEM = stem('said');

const HAPPENING_STEMS = new Set(HAPPENING_NOUNS.map(stem));
/** Determiners that make a description definite: it names something the reader already knows of. */
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);
/** Word classes inside a noun phrase before its head ("the two other new cases", "Monday's "historic" talks"). */
const PHRASE_TAGS = new Set(['adj', 'noun', 'ving', 'ven', 'num', 'quote']);
/** Words a sentence may open with before its subject ("But the size...", "And the quake..."). */
const OPENERS = new Set(['conj', 'sub', 'adv', 'quote']);

/**
 * The happening nouns of a telling's definite descriptions that point back to a happening told
 * before: one its date names ("Tuesday's meeting", "after yesterday's sell-off") or one that opens
 * the sentence ("The tremor hit at 16:53", "The gathering on Tuesday..."). Nouns of things ("the
 * team", "the drug") and descriptions inside a sentence ("caused his own death") are left out:
 * they point back to a thing or tell a new happening.
 */
export function referredHappenings(d: Pick<DraftEvent, 'sentence' | 'timex'>): string[] {
  const tokens = d.sentence.tokens;
  const from = d.timex.start - d.sentence.start;
  const to = d.timex.end - d.sentence.start;
  const inDate = (i: number) => tokens[i].end > from && tokens[i].start < to;
  const out: string[] = [];
  const phraseAfter = (i: number) => {
    const found: string[] = [];
    for (; i < tokens.length && (PHRASE_TAGS.has(tokens[i].tag) || inDate(i)); i++) {
      const t = tokens[i];
      if (inDate(i) || (t.tag !== 'noun' && t.tag !== 'ving')) continue;
      const k = stem(t.lower);
      if (HAPPENING_STEMS.has(k)) found.push(k);
    }
    // "The talks were first reported on Wednesday" dates the report, not the talks ("the cases
    // confirmed on Monday were..." is the confirmation itself).
    for (; i < tokens.length && tokens[i].tag !== 'punct'; i++) {
      if (tokens[i].tag !== 'verb' && tokens[i].tag !== 'ven') continue;
      let before = i - 1;
      while (before >= 0 && ['adv', 'num', 'adj'].includes(tokens[before].tag)) before--;
      if (stem(tokens[i].lower) === REPORTING_STEM && before >= 0 && tokens[before].tag === 'aux') return;
      break;
    }
    for (const k of found) if (!out.includes(k)) out.push(k);
  };
  // The date itself as a possessive: the phrase after it names a happening of that day.
  tokens.forEach((t, i) => {
    if (inDate(i) && t.end >= to && /['’]s$/i.test(t.text)) phraseAfter(i + 1);
  });
  let i = 0;
  while (i < tokens.length && OPENERS.has(tokens[i].tag)) i++;
  if (i < tokens.length && !inDate(i) && DEFINITE.has(tokens[i].lower)) phraseAfter(i + 1);
  return out;
}

/**
 * The stems of a telling's verbs (not the reporting ones) and happening nouns, among its kept words outside its date;
 * and those of them told as done (see `onlyMeant`).
 */
function actionsOf(d: DraftEvent, kept: Map<string, number>): { actions: Set<string>; doneActions: Set<string> } {
  const from = d.timex.start - d.sentence.start;
  const to = d.timex.end - d.sentence.start;
  const tokens = d.sentence.tokens;
  const actions = new Set<string>();
  const doneActions = new Set<string>();
  tokens.forEach((t, i) => {
    if (t.end > from && t.start < to) return;
    const k = stem(t.lower.replace(/['’]s$/, ''));
    if (k === REPORTING_STEM || (kept.get(k) ?? NAME_WEIGHT) >= NAME_WEIGHT) return;
    if (!(t.tag === 'verb' || t.tag === 'ven' || t.tag === 'ving' || HAPPENING_STEMS.has(k))) return;
    actions.add(k);
    if (!onlyMeant(tokens, i)) doneActions.add(k);
  });
  return { actions, doneActions };
}

/** Words before a participle that make it describe the noun after it ("the retired judge", "to injured workers", "Retired judge Ann Lee"). */
const ATTRIBUTIVE_BEFORE = new Set(['det', 'poss', 'prep', 'to', 'punct']);

/**
 * Whether the verb at `i` is told as only meant, or as describing a thing, not as done: an
 * infinitive ("chosen to oversee the fund"), a word that looks forward to one ("plans to leave",
 * "expects the deal to close"), or a participle before the noun it describes ("the retired judge").
 */
function onlyMeant(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!VERB_TAGS.has(t.tag)) return false;
  let before = i - 1;
  while (before >= 0 && tokens[before].tag === 'adv') before--;
  if (tokens[before]?.tag === 'to') return true;
  if (tokens[i + 1]?.tag === 'to' && FORWARD_BEFORE_TO.has(t.lower)) return true;
  if (FORWARD_OBJECT_TO.has(t.lower) && tokens.slice(i + 1, i + 2 + FORWARD_OBJECT_REACH).some((u) => u.tag === 'to')) return true;
  const next = tokens[i + 1]?.tag;
  return t.tag === 'ven' && (next === 'noun' || next === 'name') && (before < 0 || ATTRIBUTIVE_BEFORE.has(tokens[before].tag));
}

/** How many words after a verb (its date's aside) its object's head is looked for in. */
const OBJECT_REACH = 8;
/** Words passed over on the way from a verb to its object's head: "called the mayor a liar", "voted on Friday to back the plan". */
const OBJECT_SKIPS = new Set(['det', 'poss', 'adj', 'adv', 'num', 'name', 'quote', 'to', 'prep', 'verb', 'ven', 'ving', 'aux']);
/** Words that end a verb's subject, going back from the verb ("and" does not: "Ann Lee and Ed Moss signed"; another verb does: "let the bank sell"). */
const SUBJECT_ENDS = new Set(['punct', 'sub', 'rel', 'verb', 'ven', 'aux', 'modal', 'to']);

/**
 * "signed an economic cooperation plan" and "signed the plan": each verb (not a reporting one) with
 * the last noun of the first run of common nouns after it, outside its date, as a "verb>noun" stem
 * key, and the stems of the nouns and names of its subject (the words back to the clause's start).
 */
function deedsOf(d: DraftEvent, kept: Map<string, number>): Map<string, Set<string>> {
  const from = d.timex.start - d.sentence.start;
  const to = d.timex.end - d.sentence.start;
  const tokens = d.sentence.tokens;
  const inDate = (t: Token) => t.end > from && t.start < to;
  const nounAt = (j: number) => tokens[j]?.tag === 'noun' && !inDate(tokens[j]);
  const out = new Map<string, Set<string>>();
  tokens.forEach((t, i) => {
    if ((t.tag !== 'verb' && t.tag !== 'ven') || inDate(t)) return;
    const verb = stem(t.lower);
    if (verb === REPORTING_STEM || (kept.get(verb) ?? NAME_WEIGHT) >= NAME_WEIGHT) return;
    // (the date's own words do not count against the reach)
    for (let j = i + 1, seen = 0; j < tokens.length && seen < OBJECT_REACH; j++) {
      if (inDate(tokens[j])) continue;
      seen++;
      if (tokens[j].tag === 'noun') {
        // "a water sharing pact": the run goes on over a participle before a noun
        while (nounAt(j + 1) || (tokens[j + 1]?.tag === 'ving' && nounAt(j + 2))) j++;
        // "Ann Lee and Ed Moss both voted to back the plan": members of a body doing its deed, whoever the body was
        let q = i - 1;
        while (q >= 0 && tokens[q].tag === 'adv') q--;
        const subject = new Set<string>(/^(?:all|both)$/.test(tokens[q]?.lower ?? '') ? [ANY_SUBJECT] : []);
        for (let k = i - 1; k >= 0 && !SUBJECT_ENDS.has(tokens[k].tag); k--) {
          if ((tokens[k].tag === 'noun' || tokens[k].tag === 'name') && !inDate(tokens[k])) subject.add(stem(tokens[k].lower));
        }
        out.set(`${verb}>${stem(tokens[j].lower)}`, subject);
        return;
      }
      if (!OBJECT_SKIPS.has(tokens[j].tag)) return;
    }
  });
  return out;
}

/** A subject that meets any: the members of a body ("all voted"). */
const ANY_SUBJECT = '*';

/** Whether two tellings do the same deed to the same thing, by subjects that share a word ("Presidents Ann Lee and Ed Moss", "the two presidents"). */
function sameDeed(x: Prepared, y: Prepared): boolean {
  for (const [k, subject] of x.deeds) {
    const other = y.deeds.get(k);
    if (other && (subject.has(ANY_SUBJECT) || other.has(ANY_SUBJECT) || [...subject].some((w) => other.has(w)))) return true;
  }
  return false;
}

/** Below this agreement of their sentences, two tellings' titles cannot join them on thin evidence (see `thinAgreement`). */
const THIN_SENTENCE_SCORE = 0.25;
/** Most words (the reporting verb aside) two tellings may share for their agreement to count as thin. */
const THIN_SHARED_WORDS = 3;

/**
 * Whether two tellings of other articles agree only in what runs through their story: their sentences
 * agree weakly, in three words or fewer (the reporting verb aside), and they tell nothing done in common
 * (see `sameDoing`). Such a pair shares the story's actors and things, not a happening ("the palace
 * spokesman conceded on Sunday that..." and "after the king's tour at the weekend, the palace said...";
 * "the admiral said on Sunday that scientists and engineers would watch the dam" and "scientists grilled
 * the engineers last night"), however alike its titles read; a phrase only the two share (checked by
 * the caller) still ties them. Across precisions `sameDoing` is asked of every pair already.
 */
function thinAgreement(x: Prepared, y: Prepared, whole: { score: number; shared: number }): boolean {
  if (whole.score >= THIN_SENTENCE_SCORE) return false;
  const saidBoth = x.sentence.has(REPORTING_STEM) && y.sentence.has(REPORTING_STEM) ? 1 : 0;
  return whole.shared - saidBoth <= THIN_SHARED_WORDS && !sameDoing(x, y);
}

/** Least number of common words (names aside) two tellings across precisions must share when they share no action. */
const MIXED_COMMON_WORDS = 3;

/**
 * Whether two tellings tell one thing done: an action in common, or three common words. With `done`,
 * only actions told as done count (see `onlyMeant`): across precisions a plan or a purpose in common
 * ("plans to leave by May 31" and "had planned to pay out this year"; "named on Friday to oversee the
 * fund" and "in June, chose a lawyer to oversee the fund") or a describing word ("the retired judge")
 * is no deed in common.
 */
function sameDoing(x: Prepared, y: Prepared, done = false): boolean {
  const [a, b] = done ? [x.doneActions, y.doneActions] : [x.actions, y.actions];
  for (const k of a) if (b.has(k)) return true;
  let common = 0;
  for (const [k, w] of x.sentence) if (w < NAME_WEIGHT && (y.sentence.get(k) ?? NAME_WEIGHT) < NAME_WEIGHT) common++;
  return common >= MIXED_COMMON_WORDS;
}

/**
 * The happening noun a telling's date is the mark of, when the date stands in its description as a
 * possessive or a modifier ("last year's oil spill", "the 1990 tanker disaster", "May's strike"):
 * the head of the noun phrase after the date. Such a telling tells that happening, nothing done on it. Its index, or -1.
 */
function happeningNameAt(d: DraftEvent): number {
  const tokens = d.sentence.tokens;
  const span = dateTokens(d);
  if (!span) return -1;
  const [first, last] = span;
  const possessive = /['’]s$/i.test(tokens[last].text) || tokens[last + 1]?.tag === 'poss';
  if (!possessive && !(first > 0 && DEFINITE_OR_ARTICLE.has(tokens[first - 1].lower))) return -1;
  let i = last + 1;
  if (tokens[i]?.tag === 'poss') i++;
  while (i + 1 < tokens.length && (PHRASE_TAGS.has(tokens[i + 1].tag) || tokens[i + 1].tag === 'name') && tokens[i + 1].tag !== 'quote') i++;
  if (i >= tokens.length || i <= last || (tokens[i].tag !== 'noun' && tokens[i].tag !== 'ving')) return -1;
  return HAPPENING_STEMS.has(stem(tokens[i].lower)) ? i : -1;
}

/**
 * The doers a telling's dated happening name names: the nouns between its date and its noun ("the May 4 mine
 * explosion") and the noun of its "of" ("the May 4 explosion of the mine"); `at` is its noun's index (see `happeningNameAt`).
 */
function namedDoers(d: DraftEvent, at: number): string[] {
  const tokens = d.sentence.tokens;
  const span = dateTokens(d);
  if (at < 0 || !span) return [];
  const isDoer = (t: Token) => t.tag === 'noun' || t.tag === 'name';
  const doers = tokens.slice(span[1] + 1, at).filter(isDoer);
  if (tokens[at + 1]?.lower === 'of') {
    let j = at + 2;
    while (j < tokens.length && /^(?:det|adj|num)$/.test(tokens[j].tag)) j++;
    if (tokens[j] && isDoer(tokens[j])) doers.push(tokens[j]);
  }
  return doers.map((t) => stem(t.lower.replace(/['’]s$/, '')));
}
const DEFINITE_OR_ARTICLE = new Set([...DEFINITE, 'a', 'an']);

/** Each telling's happening named by its date and where its noun stands, read once however many pairs compare it. */
const namedByDate = new WeakMap<Prepared, { name: string | null; at: number }>();

/** The happening a telling's date names (see `happeningNameAt`) and its noun's index (-1 for none), read once. */
function namedHappeningRead(x: Prepared): { name: string | null; at: number } {
  let read = namedByDate.get(x);
  if (!read) {
    const at = happeningNameAt(x.draft);
    read = { name: at < 0 ? null : stem(x.draft.sentence.tokens[at].lower), at };
    namedByDate.set(x, read);
  }
  return read;
}

/** The happening a telling's date names (see `happeningNameAt`), read once per telling. */
function namedHappening(x: Prepared): string | null {
  return namedHappeningRead(x).name;
}

/**
 * Whether `coarse`, dated more coarsely than `fine`, is dated as the mark of a happening it names (see
 * `happeningNameAt`) that `fine` does not tell as its own: neither its date's deed (see `datedDeed`)
 * nor a party to its clause (see `namesAsOwn`). "The inquiry into last year's
 * spill" and "the firm vowed on Monday to pay for the spill" share the spill, not a happening: a reader
 * would not take a vow for the spill, and which neighbour such a telling joined would turn on whatever
 * else the story held. Left to `joinDatedReferences`, which joins a coarse reference only to a
 * happening told at its own precision.
 */
function namesOtherHappening(coarse: Prepared, fine: Prepared): boolean {
  if (precisionRank(coarse.draft.date.precision) >= precisionRank(fine.draft.date.precision) && !vaguelyDated(coarse.draft)) return false;
  const k = namedHappening(coarse);
  if (!k) return false;
  return namedHappening(fine) !== k && datedDeedOf(fine)?.deed !== k && !namesAsOwn(fine.draft, k);
}

/** The verb stem a happening noun's stem is made from ("explosion" -> "explod", "eruption" -> "erupt"), or the stem itself when it ends otherwise. */
function verbOfNoun(k: string): string {
  return k.replace(/([aeiou])sion$/, '$1d').replace(/(?<=[a-z]{3})ion$/, '');
}

/** Fewest names two tellings of one article and date must have in common for `sameParties` to join them. */
const SAME_PARTIES_NAMES = 3;

/** The parties named in the clause a telling's date stands in, from clause end to clause end (see `CLAUSE_ENDS`): each run of names, stemmed. */
function clauseNames(d: DraftEvent): Set<string> {
  const out = new Set<string>();
  const tokens = d.sentence.tokens;
  const span = dateTokens(d);
  if (!span) return out;
  let a = span[0];
  while (a > 0 && !CLAUSE_ENDS.has(tokens[a - 1].tag)) a--;
  let b = span[1];
  while (b + 1 < tokens.length && !CLAUSE_ENDS.has(tokens[b + 1].tag)) b++;
  // A run of names is one party ("the White House"), read as its words joined.
  let run: string[] = [];
  for (let j = a; j <= b + 1; j++) {
    if (j <= b && tokens[j].tag === 'name' && (j < span[0] || j > span[1])) run.push(stem(tokens[j].lower));
    else if (run.length) {
      out.add(run.join(' '));
      run = [];
    }
  }
  return out;
}

/**
 * Whether the clauses of the two tellings' date name the same parties, three or more: in one article and on one
 * date, "Ruritania fought Bluepox and Redpox in 1990" and "since Bluepox and Redpox swept through Ruritania in
 * 1990" are one happening told twice, whatever verb each uses. A party of one's own is another happening; so is
 * another deed told in a main clause by each ("Ruritania and Freedonia signed a pact with Oceania on Monday" and
 * "... opened a border crossing into Oceania on Monday"): one telling must tell it in passing, or both the same deed.
 */
function sameParties(x: Prepared, y: Prepared): boolean {
  const [a, b] = [clauseNames(x.draft), clauseNames(y.draft)];
  if (!(a.size >= SAME_PARTIES_NAMES && a.size === b.size && [...a].every((k) => b.has(k)))) return false;
  const [p, q] = [datedDeedOf(x), datedDeedOf(y)];
  return !(p && q && !p.passing && !q.passing && p.deed !== q.deed);
}

/**
 * Whether two tellings' same date dates one deed by one doer, and no two things it was done to, one of them telling it
 * in passing ("the ferry sank on May 4" and "since the ferry sank on May 4"): in one article, the background clause
 * points back to that happening however else the sentences differ,
 * unless they count one thing far apart (see `toldApart`).
 */
function sameDoerDeed(x: Prepared, y: Prepared): boolean {
  const p = datedDeedOf(x);
  const q = datedDeedOf(y);
  if (!p || !q || !(p.passing || q.passing) || p.deed !== q.deed || !p.subject || p.subject !== q.subject) return false;
  // "since 40 homes were flooded on May 4" and "200 homes were flooded on May 4": two counts of one thing far apart
  return !(p.object && q.object && p.object !== q.object) && !toldApart(x, y);
}

/**
 * Whether one telling's date names a happening ("the spill began with the May 4 explosion") that the other tells, by
 * the verb the noun is made of, as the deed its same day dates ("since the tanker exploded on May 4"): in one article,
 * one happening told as a verb and as its name. A day or finer: a year holds many happenings of one name. A name
 * that names a doer the other telling does not name ("the May 4 mine explosion") tells another thing's deed.
 */
function namesDatedDeed(named: Prepared, told: Prepared): boolean {
  if (precisionRank(named.draft.date.precision) < precisionRank('day')) return false;
  const { name: k, at } = namedHappeningRead(named);
  // (a noun made with "-ing" stems to its verb itself: "Wednesday's meeting" is what "meets on Wednesday" tells)
  if (!k || (verbOfNoun(k) === k && !/ing$/.test(named.draft.sentence.tokens[at].lower)) || datedDeedOf(told)?.deed !== verbOfNoun(k)) return false;
  // "the May 4 mine explosion" names its doer: it is the telling's only when the telling names that doer too
  const words = new Set(told.draft.sentence.tokens.map((t) => stem(t.lower.replace(/['’]s$/, ''))));
  return namedDoers(named.draft, at).every((w) => words.has(w));
}

/**
 * Whether a telling names the happening `k` as a party to its clause ("The harbour spill began...",
 * "...triggered the worst spill"), not inside a prepositional phrase ("to pay for the spill",
 * "costs from the spill"), where it is the backdrop of something else done.
 */
function namesAsOwn(d: DraftEvent, k: string): boolean {
  const tokens = d.sentence.tokens;
  return tokens.some((t, i) => {
    if (t.tag !== 'noun' || stem(t.lower) !== k) return false;
    let j = i - 1;
    while (j >= 0 && (PHRASE_TAGS.has(tokens[j].tag) || tokens[j].tag === 'name' || tokens[j].tag === 'det' || tokens[j].tag === 'poss') && tokens[j].tag !== 'quote') j--;
    return j < 0 || (tokens[j].tag !== 'prep' && tokens[j].tag !== 'to');
  });
}

/** Whether one date lies within the other (a day and a clock time on it, or one and the same date). */
function nested(a: DraftEvent, b: DraftEvent): boolean {
  const [af, at] = wallSpan(a.date, b.date);
  const [bf, bt] = wallSpan(b.date, a.date);
  return (af <= bf && bt <= at) || (bf <= af && at <= bt);
}

/** Whether one telling points back to a happening the other tells with a word of its own (not inside a name or its date). */
function refersBack(from: Prepared, to: Prepared): boolean {
  return from.refersTo.some((k) => (to.sentence.get(k) ?? NAME_WEIGHT) < NAME_WEIGHT);
}

/** Most characters between two sentences for the second to be the very next one (a space, a paragraph break). */
const NEXT_SENTENCE_GAP = 4;
/** Common words (names aside) the very next sentence must share to carry the telling on. */
const NEXT_SENTENCE_WORDS = 2;

/**
 * Whether one telling is the sentence right after the other and shares common words with it (not
 * names on either side): a reporter carries one happening on into the next sentence ("...found five
 * survivors on Monday. His team used cranes on Monday to find..."), while a new happening of that
 * day mostly starts a new paragraph, or comes later.
 */
function carriesOn(x: Prepared, y: Prepared): boolean {
  const [a, b] = x.draft.sentence.start <= y.draft.sentence.start ? [x, y] : [y, x];
  const gap = b.draft.sentence.start - a.draft.sentence.end;
  if (gap < 0 || gap > NEXT_SENTENCE_GAP) return false;
  let common = 0;
  for (const [k, w] of a.sentence) {
    const v = b.sentence.get(k);
    if (v !== undefined && Math.max(w, v) < NAME_WEIGHT) common++;
  }
  return common >= NEXT_SENTENCE_WORDS;
}

/** A source's telling on the day its date names: who told it, and whether it is a direct quote. */
interface Saying {
  /** The stems of the nouns and names of the source ("the source", "White House sources", "said Ann Lee"). */
  speaker: Set<string>;
  /** Whether the sentence opens with the quote its source is credited with ("\"We will stay,\" the mayor said Friday"). */
  quoted: boolean;
  /** The stem of whom the source told it, when the verb is "told" or "tells" ("told the radio station", "told reporters"). */
  heard: string | null;
}

/**
 * Who told a telling on its date, when its date leans on an attributing verb ("the mayor's office
 * said Friday", "\"...,\" said Ann Lee on Friday"): the nouns and names of the verb's subject, back to
 * its clause's start or the quote's close, or else those after the verb. Null when the date dates
 * something else, or the verb is a deed done to someone ("was told on Friday").
 */
function sayingOf(d: DraftEvent): Saying | null {
  const span = dateTokens(d);
  if (!span) return null;
  const tokens = d.sentence.tokens;
  const inDate = (j: number) => span[0] <= j && j <= span[1];
  const lean = leaningVerb(tokens, span, inDate);
  if (lean?.kind !== 'verb') return null;
  const verb = lean.at;
  if (!ATTRIBUTING_WORDS.has(tokens[verb].lower) || tokens[verb - 1]?.tag === 'aux') return null;
  const speaker = new Set<string>();
  const take = (j: number) => {
    if (!inDate(j) && (tokens[j].tag === 'noun' || tokens[j].tag === 'name')) speaker.add(stem(tokens[j].lower));
  };
  for (let j = verb - 1; j >= 0 && !CLAUSE_ENDS.has(tokens[j].tag) && tokens[j].tag !== 'quote'; j--) take(j);
  if (!speaker.size) for (let j = verb + 1; j < tokens.length && !CLAUSE_ENDS.has(tokens[j].tag); j++) take(j);
  const quoted = tokens[0]?.tag === 'quote' && tokens.slice(1, verb).some((t) => t.tag === 'quote');
  let heard: string | null = null;
  if (TELLING_WORDS.has(tokens[verb].lower)) {
    for (let j = verb + 1; j < tokens.length && !CLAUSE_ENDS.has(tokens[j].tag) && !inDate(j) && !heard; j++) {
      if (tokens[j].tag === 'noun' || tokens[j].tag === 'name') heard = stem(tokens[j].lower);
    }
  }
  return { speaker, quoted, heard };
}

/**
 * Whether one telling is a direct quote its source gave on the day the other credits to that same
 * source ("One of the mayor's aides resigned, city hall sources said Friday" and "\"She was shown the
 * door,\" one source said Friday"): in one article the quote restates the telling it backs. Two quotes,
 * or two reported tellings, of one source on one day may tell two happenings, and are left to the words.
 */
function quoteRestates(x: Prepared, y: Prepared): boolean {
  const [a, b] = [x.saying, y.saying];
  if (!a || !b || a.quoted === b.quoted) return false;
  for (const w of a.speaker) if (b.speaker.has(w)) return true;
  return false;
}

/** The attributing verbs that name whom the source told ("told the council", "tells reporters"). */
const TELLING_WORDS = new Set(['told', 'tells']);

/**
 * Whether both tellings are what one source told one audience on one date ("Ann Lee told the radio station in
 * 2019: ..." and "\"...,\" the singer Ann Lee told the radio station in 2019"): in one article, that is one interview,
 * however many of its lines the article quotes. A source that "said" on a day may have said it in many places.
 */
function toldSameAudience(x: Prepared, y: Prepared): boolean {
  const [a, b] = [x.saying, y.saying];
  if (!a?.heard || a.heard !== b?.heard) return false;
  for (const w of a.speaker) if (w !== a.heard && b.speaker.has(w)) return true;
  return false;
}

/**
 * The stem of the thing a telling's date recalls a deed done to, in an aside between commas right
 * after it ("The bridge, reopened on Friday, carries two lanes"): the sentence tells something else
 * of the thing, and its date only recalls what was done to it. Null for any other telling.
 */
function recalledThing(d: DraftEvent): string | null {
  const span = dateTokens(d);
  if (!span) return null;
  const tokens = d.sentence.tokens;
  let open = span[0] - 1;
  while (open >= 0 && tokens[open].tag !== 'punct') open--;
  let close = span[1] + 1;
  while (close < tokens.length && tokens[close].tag !== 'punct') close++;
  const [thing, comma, done] = [tokens[open - 1], tokens[open], tokens[open + 1]];
  if (comma?.lower !== ',' || tokens[close]?.lower !== ',' || thing?.tag !== 'noun') return null;
  if (!readsAsParticiple(done)) return null;
  const inDate = (j: number) => span[0] <= j && j <= span[1];
  for (let j = open + 2; j < close; j++) if (!inDate(j) && VERB_TAGS.has(tokens[j].tag)) return null;
  // the main clause goes on after the aside: "..., carries two lanes"
  const next = tokens[close + 1];
  return next && (VERB_TAGS.has(next.tag) || next.tag === 'aux' || next.tag === 'adv') ? stem(thing.lower) : null;
}

/** Whether a telling says a deed was done to the thing ("the bridge was reopened", "the bridge had been closed"). */
function doneTo(d: DraftEvent, thing: string): boolean {
  const tokens = d.sentence.tokens;
  return tokens.some((t, i) => {
    if (t.tag !== 'noun' || stem(t.lower) !== thing) return false;
    let j = i + 1;
    if (tokens[j]?.tag !== 'aux') return false;
    while (tokens[j]?.tag === 'aux' || tokens[j]?.tag === 'adv') j++;
    return readsAsParticiple(tokens[j]);
  });
}

/**
 * Whether one telling's date only recalls a deed done to a thing (see `recalledThing`) that the other
 * tells was done to it, on that day ("The bridge, reopened on Friday, carries two lanes" and "The
 * bridge was opened to traffic again on Friday"): the aside points back to that happening.
 */
function recallsDeed(x: Prepared, y: Prepared): boolean {
  return x.recalled !== null && y.recalled === null && doneTo(y.draft, x.recalled);
}

/** Verbs that tell a thing's start, told in passing of a thing the article tells of elsewhere. */
const BEGINNING_VERBS = /^(?:began|begun|started|launched|commenced|kicked)$/;

/**
 * The common nouns of the thing whose start a telling tells in passing, in a clause of background: a relative clause
 * ("In the trial, which began on Monday, the jurors heard ...") or a "since" clause ("... as the club has done since
 * the repair work started on Tuesday"), dated to the day or finer. Empty when its date dates anything else. Such a start
 * is the deed the article tells in its own clause that day ("the crews began repairing the stand on Tuesday"), not a
 * happening of its own.
 */
function backgroundStartOf(d: DraftEvent): string[] {
  // a year's or a month's start told in passing is the story's background, which its other tellings of that span need not tell
  if (precisionRank(d.date.precision) < precisionRank('day')) return [];
  const tokens = d.sentence.tokens;
  const span = dateTokens(d);
  if (!span) return [];
  let v = span[0] - 1;
  while (v >= 0 && (tokens[v].tag === 'prep' || tokens[v].tag === 'adv')) v--;
  if (v < 0 || !BEGINNING_VERBS.test(tokens[v].lower)) return [];
  const nouns: string[] = [];
  if (inRelativeClause(tokens, v)) {
    // the thing is the noun before "which": "the trial, which began"
    let k = v - 1;
    while (k >= 0 && tokens[k].tag !== 'rel') k--;
    if (tokens[k - 1]?.text === ',') k--;
    // (the head itself may be read as an adjective: "the trial")
    if (tokens[k - 1]?.tag === 'adj') nouns.push(stem(tokens[--k].lower));
    for (k--; k >= 0 && tokens[k].tag === 'noun'; k--) nouns.push(stem(tokens[k].lower));
    return nouns;
  }
  // "since the repair work started": the subject between "since" and the verb
  let k = v - 1;
  if (tokens[k]?.tag === 'adj') nouns.push(stem(tokens[k--].lower));
  for (; k >= 0 && (tokens[k].tag === 'noun' || tokens[k].tag === 'adj' || tokens[k].tag === 'ving'); k--) if (tokens[k].tag === 'noun') nouns.push(stem(tokens[k].lower));
  while (k >= 0 && tokens[k].tag === 'det') k--;
  return k >= 0 && tokens[k].lower === 'since' ? nouns : [];
}

/** Whether one telling tells in passing the start of a thing the other names with a common word of its own. */
function startsInPassing(from: Prepared, to: Prepared): boolean {
  return backgroundStartOf(from.draft).some((k) => (to.sentence.get(k) ?? NAME_WEIGHT) < NAME_WEIGHT);
}

function tellsSameHappening(x: Prepared, y: Prepared): boolean {
  // "5,745,188 shares were tendered to one bid" and "11,580 shares to the other": two counts, two happenings
  if (otherCounts(x.draft, y.draft)) return false;
  if (refersBack(x, y) || refersBack(y, x) || carriesOn(x, y) || quoteRestates(x, y) || toldSameAudience(x, y) || namesDatedDeed(x, y) || namesDatedDeed(y, x) || sameDoerDeed(x, y) || sameParties(x, y) || recallsDeed(x, y) || recallsDeed(y, x)) return true;
  if (sameDeed(x, y) || sameDeedClassBy(x, y)) return true;
  const [small, large] = x.sentence.size <= y.sentence.size ? [x.sentence, y.sentence] : [y.sentence, x.sentence];
  let shared = 0;
  let size = 0;
  for (const [k, weight] of small) {
    // Names run through the whole story (a country, a party to the conflict); what was done tells happenings apart.
    if (k === REPORTING_STEM || weight >= NAME_WEIGHT) continue;
    size++;
    if (large.has(k)) shared++;
  }
  if (shared < 4 || shared < WITHIN_ARTICLE_SHARE * size) return false;
  // A year or a month holds many happenings of one story: there the words in common must also tell one dated
  // deed ("Asia battled the flu in 2003" and "the island strengthened its defences against the flu in 2003" are two)
  return precisionRank(x.draft.date.precision) >= precisionRank('week') || sameDatedDeed(x, y);
}

/** A large count as written ("11,580", "250000"): what two tellings of one happening repeat. */
const COUNT = /(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\d.,])\d{5,}(?![\d.,])/g;

const sentenceCounts = new WeakMap<Sentence, Set<string>>();

/** A sentence's large counts, read once per sentence (merging compares each telling with several). */
function countsIn(sentence: Sentence): Set<string> {
  let found = sentenceCounts.get(sentence);
  if (!found) sentenceCounts.set(sentence, (found = new Set(sentence.text.match(COUNT) ?? [])));
  return found;
}

/** Whether both sentences give large counts and share none: in one article, two counts are two happenings. */
function otherCounts(a: DraftEvent, b: DraftEvent): boolean {
  if (a.sentence === b.sentence) return false;
  const ca = countsIn(a.sentence);
  if (ca.size === 0) return false;
  const cb = countsIn(b.sentence);
  return cb.size > 0 && ![...ca].some((n) => cb.has(n));
}

/**
 * Within-article merging, before any across articles: the lead and the recap paragraph, or the time
 * and the place of one quake, told on the same date (or a day and a clock time on it) with the same
 * words, or with a later telling pointing back to the happening ("The tremor hit at 16:53"), are one
 * happening. One article often tells two happenings of one day, so the date alone never joins. Joins
 * clusters in place (emptying the one folded in), in canonical order, so the result is deterministic.
 */
function joinWithinArticles(items: Prepared[], cluster: number[][], stats: MergeStats): void {
  const byDay = new Map<string, number[]>();
  cluster.forEach((members, c) => {
    const d = items[members[0]].draft;
    if (new Set(members.map((i) => items[i].draft.article)).size !== 1) return;
    // A day and a clock time on it ("on Tuesday", "at 16:53 on Tuesday") meet; two clock times must be one.
    const day = precisionRank(d.date.precision) >= precisionRank('day') && d.date.start.slice(0, 10) === d.date.end.slice(0, 10);
    // (a clock time's day is its wall clock's: "04:30 (UTC+05:45)" on 4 March is 22:45 UTC on 3 March)
    const key = day ? `${d.article}\u0000${wallDay(d.date)}` : `${d.article}\u0000${d.date.start}\u0000${d.date.end}\u0000${d.date.precision}`;
    const group = byDay.get(key);
    if (group) group.push(c);
    else byDay.set(key, [c]);
  });
  for (const group of byDay.values()) {
    for (let x = 0; x < group.length; x++) {
      const cx = group[x];
      if (!cluster[cx].length) continue;
      // Each telling meets the next few of its article and date, not all: a retelling comes within
      // a few sentences (the lead and its recap), and a huge article stays linear.
      for (let y = x + 1; y < Math.min(group.length, x + 1 + WITHIN_ARTICLE_PARTNERS); y++) {
        const cy = group[y];
        if (!cluster[cy].length) continue;
        stats.comparisons++;
        // A start told in passing of a thing this day's other telling names is dropped: the other is the telling
        if (cluster[cy].every((j) => cluster[cx].some((i) => startsInPassing(items[j], items[i])))) {
          cluster[cy] = [];
          continue;
        }
        if (cluster[cx].every((i) => cluster[cy].some((j) => startsInPassing(items[i], items[j])))) {
          cluster[cx] = [];
          break;
        }
        // Every telling against every other: a chain of near neighbours is not one happening.
        if (cluster[cx].every((i) => cluster[cy].every((j) => nested(items[i].draft, items[j].draft) && tellsSameHappening(items[i], items[j])))) {
          for (const i of cluster[cy]) cluster[cx].push(i);
          cluster[cy] = [];
        }
      }
    }
  }
}

/**
 * Wordings of one deed that share no stem: "testified" and "took the stand", "resigned" and "stepped
 * down", "were rescued" and "pulled three alive". A dated deed (see `datedDeed`) whose word lies in one of these wordings is told as its class.
 */
const DEED_CLASSES: [string, RegExp][] = [
  ['testify', /\btestif(?:y|ies|ied|ying)\b|\b(?:take|takes|took|taken|taking) the (?:witness )?stand\b/],
  ['resign', /\bresign(?:s|ed|ing)?\b|\bst(?:ep|eps|epped|epping) down\b/],
  ['rescue', /\brescu(?:e|es|ed|ing)\b|\b(?:pull|pulls|pulled|pulling|dig|digs|dug|digging|free|frees|freed|freeing) (?:[a-z-]+ ){0,3}(?:alive|to safety)\b/],
];

/** Word classes before a past form that make it describe the noun after it ("from collapsed buildings", "the injured men"). */
const ATTRIBUTE_BEFORE = new Set(['prep', 'det', 'poss']);

/** Words that end a clause, going either way from its date: punctuation, "when", "who". */
const CLAUSE_ENDS = new Set(['punct', 'sub', 'rel']);

/** Words that open a clause of background, a deed told in passing ("since the ferry sank", "after the storm hit"). */
const BACKGROUND_WORDS = new Set(['since', 'after', 'as', 'when', 'which', 'who', 'that']);

/**
 * Whether the "that" at `j` points at a noun rather than opening a clause: first in its sentence or after a
 * preposition ("That ferry sank on May 4", "since that ferry sank"), where it is a determiner, not a conjunction.
 */
function pointingThat(tokens: readonly Token[], j: number): boolean {
  if (tokens[j].lower !== 'that') return false;
  let k = j - 1;
  while (k >= 0 && tokens[k].tag === 'quote') k--;
  return k < 0 || tokens[k].tag === 'prep';
}

/** Whether the "as" at `j` lists or compares ("boats such as the ferry", "as well as", "as many as"), not opening a clause. */
function comparingAs(tokens: readonly Token[], j: number): boolean {
  if (tokens[j].lower !== 'as') return false;
  const before = tokens[j - 1]?.lower;
  // "as soon as" and "as long as" open a clause
  const paired = (tokens[j - 2]?.lower === 'as' && !/^(?:soon|long)$/.test(before ?? '')) || (tokens[j + 2]?.lower === 'as' && !/^(?:soon|long)$/.test(tokens[j + 1].lower));
  return before === 'such' || before === 'well' || paired;
}

/** What a telling's date dates: the deed nearest its date in its clause, with the heads of its subject and object. */
interface DatedDeed {
  /** The deed's stem, or its class (see DEED_CLASSES) when its wording has one. */
  deed: string;
  /** The last noun or name of the clause before the deed. */
  subject: string | null;
  /** The first noun or name of the clause after the deed. */
  object: string | null;
  /** Whether the deed is told in passing, in a clause of background ("since the ferry sank on May 4", "which sank on May 4"). */
  passing: boolean;
}

/**
 * The deed a telling's date dates: the verb (not a reporting one) or happening noun nearest the
 * date within its clause ("the guard was shot on the 23rd" dates the shooting, "the council sent a
 * letter earlier this week" the sending), with who did it or to whom.
 */
function datedDeed(d: DraftEvent, kept: Map<string, number>): DatedDeed | null {
  const tokens = d.sentence.tokens;
  const span = dateTokens(d);
  if (!span) return null;
  const [first, last] = span;
  const inDate = (j: number) => first <= j && j <= last;
  let a = first;
  while (a > 0 && !CLAUSE_ENDS.has(tokens[a - 1].tag)) a--;
  let b = last;
  while (b + 1 < tokens.length && !CLAUSE_ENDS.has(tokens[b + 1].tag)) b++;
  const stemOf = (t: Token) => stem(t.lower.replace(/['’]s$/, ''));
  const isDeed = (t: Token) => {
    const k = stemOf(t);
    if (k === REPORTING_STEM || (kept.get(k) ?? NAME_WEIGHT) >= NAME_WEIGHT) return false;
    return t.tag === 'verb' || t.tag === 'ven' || HAPPENING_STEMS.has(k);
  };
  // A past form between a preposition or determiner and its noun describes the noun ("from collapsed buildings", "from fallen trees")
  const describes = (j: number) => /(?:ed|en)$/.test(tokens[j].lower) && ATTRIBUTE_BEFORE.has(tokens[j - 1]?.tag ?? '') && tokens[j + 1]?.tag === 'noun';
  let at = -1;
  for (let j = a; j <= b; j++) {
    if (inDate(j) || !isDeed(tokens[j]) || describes(j)) continue;
    if (at < 0 || tokenDistance(span, j) < tokenDistance(span, at)) at = j;
  }
  if (at < 0) return null;
  const text = d.sentence.text.toLowerCase();
  const start = tokens[at].start;
  let deed = stemOf(tokens[at]);
  for (const [k, re] of DEED_CLASSES) {
    for (const m of text.matchAll(new RegExp(re.source, 'g'))) if (m.index <= start && start < m.index + m[0].length) deed = k;
  }
  const participant = (j: number) => {
    const t = tokens[j];
    if (inDate(j) || (t.tag !== 'noun' && t.tag !== 'name')) return null;
    const k = stemOf(t);
    return kept.has(k) && !HAPPENING_STEMS.has(k) ? k : null;
  };
  let subject: string | null = null;
  for (let j = at - 1; j >= a && !subject; j--) subject = participant(j);
  let object: string | null = null;
  for (let j = at + 1; j <= b && !object; j++) object = participant(j);
  // a pointing "that" opens no clause: the word before it may ("as that ferry sank")
  const opener = a > 0 && pointingThat(tokens, a - 1) ? a - 2 : a - 1;
  let passing = opener >= 0 && (tokens[opener].tag === 'sub' || tokens[opener].tag === 'rel' || (BACKGROUND_WORDS.has(tokens[opener].lower) && !comparingAs(tokens, opener)));
  for (let j = a; j < at && !passing; j++) passing = BACKGROUND_WORDS.has(tokens[j].lower) && !pointingThat(tokens, j) && !comparingAs(tokens, j);
  return { deed, subject, object, passing };
}

/** Each telling's dated deed, read once however many pairs it is compared in. */
const datedDeeds = new WeakMap<Prepared, DatedDeed | null>();
function datedDeedOf(x: Prepared): DatedDeed | null {
  if (!datedDeeds.has(x)) datedDeeds.set(x, datedDeed(x.draft, x.sentence));
  return datedDeeds.get(x)!;
}

/**
 * Whether two tellings' dates date one deed (see `datedDeed`) by the same subject, or to the same
 * object with no two different subjects ("the mayor's aide met the chief" is not "the mayor met the chief").
 */
function sameDatedDeed(x: Prepared, y: Prepared): boolean {
  const p = datedDeedOf(x);
  const q = datedDeedOf(y);
  if (!p || !q || p.deed !== q.deed) return false;
  if (p.subject && p.subject === q.subject) return true;
  if (p.object && p.object === q.object && !(p.subject && q.subject)) return true;
  return (!!p.subject && p.subject === q.object) || (!!p.object && p.object === q.subject);
}

/** Whether two tellings' dates date one deed of a class (see DEED_CLASSES), however each words it, by or to the same one. */
function sameDeedClassBy(x: Prepared, y: Prepared): boolean {
  const p = datedDeedOf(x);
  return !!p && DEED_CLASSES.some(([k]) => k === p.deed) && sameDatedDeed(x, y);
}

/** Longest span (in days) of the coarser date for a nested pair: a week or a month holds a day, a year is too loose. */
const NESTED_COARSE_DAYS = 31;

/**
 * Whether two tellings of one article at different precisions, one date holding the other ("last
 * month" and "on the 23rd", "earlier this week" and "on Monday"), tell one happening: both dates
 * date the same deed, by or to the same one (see `sameDatedDeed`). Only a week or a month holds the
 * finer date; same-date pairs are left to `tellsSameHappening`.
 */
function nestsSameHappening(x: Prepared, y: Prepared): boolean {
  const [a, b] = [x.draft, y.draft];
  // Two dates in one sentence mostly date two of its happenings ("announced today, to close in May").
  if (a.sentence.start === b.sentence.start) return false;
  // A day and a clock time on it are the same-date pass's (see `joinWithinArticles`).
  const coarse = Math.min(precisionRank(a.date.precision), precisionRank(b.date.precision));
  if (a.date.precision === b.date.precision || coarse >= precisionRank('day') || !nested(a, b)) return false;
  const [af, at] = dateSpan(a.date);
  const [bf, bt] = dateSpan(b.date);
  if (Math.max(at - af, bt - bf) > NESTED_COARSE_DAYS * DAY_MS) return false;
  return sameDatedDeed(x, y);
}

/**
 * Within one article, tellings whose dates nest at different precisions (see `nestsSameHappening`)
 * join, after the same-date pass; the finer date wins as the cluster's (see `compareByStrength`).
 */
function joinNestedWithinArticles(items: Prepared[], cluster: number[][], stats: MergeStats): void {
  const byArticle = new Map<string, number[]>();
  cluster.forEach((members, c) => {
    if (!members.length) return;
    const article = items[members[0]].draft.article;
    if (members.some((i) => items[i].draft.article !== article)) return;
    const group = byArticle.get(article);
    if (group) group.push(c);
    else byArticle.set(article, [c]);
  });
  const coarse = (members: number[]) => members.every((i) => precisionRank(items[i].draft.date.precision) < precisionRank('day'));
  for (const group of byArticle.values()) {
    for (let x = 0; x < group.length; x++) {
      const cx = group[x];
      for (let y = x + 1; y < Math.min(group.length, x + 1 + WITHIN_ARTICLE_PARTNERS); y++) {
        const cy = group[y];
        if (!cluster[cx].length || !cluster[cy].length) continue;
        // Only a week or a month meets a day or a clock time: one date told many times costs nothing.
        if (coarse(cluster[cx]) === coarse(cluster[cy])) continue;
        stats.comparisons++;
        const pairs = cluster[cx].flatMap((i) => cluster[cy].map((j) => [items[i], items[j]] as const));
        // Every telling nests with every other, and one pair across precisions tells one deed.
        if (!pairs.every(([p, q]) => nested(p.draft, q.draft))) continue;
        if (!pairs.some(([p, q]) => nestsSameHappening(p, q))) continue;
        for (const i of cluster[cy]) cluster[cx].push(i);
        cluster[cy] = [];
      }
    }
  }
}

/** Nouns that name a happening when a date is tied to them ("the crash of 3 May", "the outbreaks in 1890 and 1921"). */
const DATED_HAPPENING_STEMS = new Set([...HAPPENING_STEMS, ...[...DATED_HAPPENING_NOUNS].map(stem)]);
/**
 * The prepositions that tie a date to the noun before it ("the crash of 8 April", "the outbreaks in
 * 1890 and 1921"). Others mostly tie it to the verb ("answered questions about the crash on
 * Tuesday") or put it elsewhere ("the third cut since May").
 */
const NOUN_DATE_LINKS = new Set(['of', 'in']);
/** Words between dates listed together: "in 1890 and 1921", "of 3 May and 9 June". */
const LISTED_DATE_WORDS = new Set(['and', 'or', ',']);
const CALENDAR_SET = new Set(CALENDAR_WORDS);

/**
 * The happening nouns a telling's own date is tied to by a definite description: the date as a
 * possessive ("last month's devastating flood") or the date after a definite noun phrase and "of"
 * or "in" ("the crash of 3 May", "the two outbreaks in 1890 and 1921"). Such a
 * telling is dated by that happening, so it tells it, whatever else the sentence says.
 */
export function datedReferences(d: Pick<DraftEvent, 'sentence' | 'timex'>): string[] {
  const tokens = d.sentence.tokens;
  const to = d.timex.end - d.sentence.start;
  const out: string[] = [];
  const add = (t: Token) => {
    const k = stem(t.lower);
    if ((t.tag === 'noun' || t.tag === 'ving') && DATED_HAPPENING_STEMS.has(k) && !out.includes(k)) out.push(k);
  };
  const span = dateTokens(d);
  if (!span) return out;
  const [first, last] = span;
  // Only inside a prepositional phrase ("after last week's flood", "with the outbreaks in 1890"):
  // there the happening is the backdrop the sentence is dated by, while as a subject ("Tuesday's
  // meeting gave...") it may be another of its kind, told for its own sake.
  const afterPreposition = (at: number) => at > 0 && (tokens[at - 1].tag === 'prep' || tokens[at - 1].tag === 'to');
  // The date as a possessive: the head of the phrase after it.
  if (afterPreposition(first) && tokens[last].end >= to && /['’]s$/i.test(tokens[last].text)) {
    let i = last + 1;
    while (i + 1 < tokens.length && PHRASE_TAGS.has(tokens[i + 1].tag) && tokens[i + 1].tag !== 'quote') i++;
    if (i < tokens.length && i > last) add(tokens[i]);
  }
  // A definite noun phrase, then "of" or "in", then the date (after other dates it is listed with).
  let i = first - 1;
  while (i >= 0 && (LISTED_DATE_WORDS.has(tokens[i].lower) || CALENDAR_SET.has(tokens[i].lower) || tokens[i].tag === 'num')) i--;
  if (i < 1 || !NOUN_DATE_LINKS.has(tokens[i].lower)) return out;
  i--;
  if (tokens[i].tag !== 'noun' && tokens[i].tag !== 'ving') return out;
  const head = i;
  i--;
  while (i >= 0 && PHRASE_TAGS.has(tokens[i].tag) && tokens[i].tag !== 'quote') i--;
  // "at the start of the outbreak in March": the date may belong to the phrase the description hangs on.
  if (i >= 0 && DEFINITE.has(tokens[i].lower) && afterPreposition(i) && tokens[i - 1].lower !== 'of') add(tokens[head]);
  return out;
}

/** Least share of a cluster's tellings that must name a happening for a reference to it to join the cluster. */
const MOSTLY = 0.5;

/**
 * Across articles, a telling dated by a happening it names ("after last month's flood") joins the
 * telling of that happening: the one cluster, told by more articles than it, whose date lies within
 * its date (a day in "last week", not a week around "on Tuesday") and at least half of whose
 * tellings name the happening with a word of their own. When two such clusters are told equally
 * often the description could be either, and it stays apart. Runs after the greedy pass, on its
 * clusters, and joins them in place in cluster order, so the result is deterministic.
 */
function joinDatedReferences(items: Prepared[], cluster: number[][], articlesOf: Set<string>[], windowOf: number[][]): void {
  const wanted = new Set<string>();
  for (const it of items) for (const k of it.datedRefs) wanted.add(k);
  if (!wanted.size) return;
  // Which clusters tell each referred happening with a word of their own, and in how many of their tellings.
  const tellers = new Map<string, number[]>();
  const naming = cluster.map((members, c) => {
    const count = new Map<string, number>();
    for (const i of members) {
      for (const [k, w] of items[i].sentence) {
        if (w >= NAME_WEIGHT || !wanted.has(k)) continue;
        count.set(k, (count.get(k) ?? 0) + 1);
        if (count.get(k) !== 1) continue;
        const list = tellers.get(k);
        if (list) list.push(c);
        else tellers.set(k, [c]);
      }
    }
    return count;
  });
  // The most told first, and only the first few looked at: a word that runs through a huge story
  // would otherwise make every reference scan every cluster.
  for (const list of tellers.values()) list.sort((a, b) => articlesOf[b].size - articlesOf[a].size || a - b);
  /** Whether `inner` lies within `outer`. */
  const within = (outer: number[], inner: number[]) => outer[0] <= inner[0] && inner[1] <= outer[1];
  const finest = cluster.map((members) => finestPrecision(members.map((i) => items[i].draft)));
  cluster.forEach((members, c) => {
    if (!members.length) return;
    // A cluster that names the happening other than by its date's reference tells one of its own
    // ("the ministers' meeting was moved to today" beside "after today's meeting"): it joins by its words.
    const refs = new Set(members.flatMap((i) => items[i].datedRefs));
    for (const k of [...refs]) if (members.some((i) => items[i].sentence.has(k) && !items[i].datedRefs.includes(k))) refs.delete(k);
    let best = -1;
    let tie = false;
    for (const k of refs) {
      for (const t of (tellers.get(k) ?? []).slice(0, MAX_POSTINGS)) {
        if (t === c || !cluster[t].length || articlesOf[t].size <= articlesOf[c].size) continue;
        // A cluster that names the happening in passing ("as the outbreak spread") tells something else.
        if (MOSTLY * cluster[t].length > (naming[t].get(k) ?? 0)) continue;
        if (sharesArticle(articlesOf[c], articlesOf[t]) || !within(windowOf[c], windowOf[t])) continue;
        // A happening named by its year or month alone is often one that lasted (a crisis, a war):
        // it is the telling of a single day only when a week or less says so.
        if (finest[c] < precisionRank('week') && finest[t] !== finest[c]) continue;
        if (best === t) continue;
        if (best < 0 || articlesOf[t].size > articlesOf[best].size) [best, tie] = [t, false];
        else if (articlesOf[t].size === articlesOf[best].size) tie = true;
      }
    }
    if (best < 0 || tie) return;
    const [from, to] = [Math.max(windowOf[best][0], windowOf[c][0]), Math.min(windowOf[best][1], windowOf[c][1])];
    if (to - from <= 60_000 && ![...members, ...cluster[best]].every((i) => fitsWallClock(items[i].draft, from))) return;
    for (const i of members) cluster[best].push(i);
    for (const art of articlesOf[c]) articlesOf[best].add(art);
    for (const [k, n] of naming[c]) naming[best].set(k, (naming[best].get(k) ?? 0) + n);
    finest[best] = Math.max(finest[best], finest[c]);
    windowOf[best] = [from, to];
    cluster[c] = [];
  });
}
