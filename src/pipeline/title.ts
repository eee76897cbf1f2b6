// Writes an event's short title for one dated happening: the clause of the sentence that the date
// anchors, with the date itself, reporting frames and dangling function words taken out. (An event
// has a title, as in the JSON format; "headline" in the pipeline is only ever the article's own.)
// Rule-based over a light part-of-speech guess (compromise's lexicon plus suffixes), so it is
// deterministic and costs microseconds per sentence.

import { type TaggedWord, type Token, RELATIVES, firstNameSex, isNegation, isNominal, isPreposition, isVerbal, knownWord, pastOf, PRONOUNS, pastOfPlain, pastTense, personNoun, properWord, readsAsParticiple, refineTags, tokenize } from './language/tokens';
import { AIM_VERBS, CALL_VERBS, FORECAST_VERBS, SCHEDULED, tagWords } from './language/clauses';
import { ADVERBIAL_LEADS, APPROXIMATORS, ASKING, BACKSHIFTED, BUSINESS_NOUNS, CALENDAR_WORDS, DAY_WITH_YEAR, IN_PARTICLE_PARTICIPLES, MONTH, MONTH_ABBREVIATIONS, MONTH_NAMES, PARTY_SPEAKERS, PERSON_NOUNS, PROCEEDING_STAGES, SHARE_WORDS, TRADE_BUSINESS_NOUNS, UNIT, WEEKDAY_NAMES, WRITTEN_YEAR, escapeRegExp, isOrdinalWord, isWrittenYear } from './lexicon';
import type { Sentence, Timex } from './types';

/** "talks broke off" → "Talks broke off": a title opens with a capital. */
/** The title's first letter in capitals, past an opening quotation mark: '"dry dock" plan' → '"Dry dock" plan'. */
export const capitalise = (s: string): string => (/^["“]\p{Ll}/u.test(s) ? s.charAt(0) + s.charAt(1).toUpperCase() + s.slice(2) : s.charAt(0).toUpperCase() + s.slice(1));
/** "Deputy of the mayor" → "deputy of the mayor": a title's subject as its sentence writes it inside, the opening capital lowered when a lower-case word follows (a name's stays: "Ann Roe"). */
export const uncapitaliseOpening = (s: string): string => s.replace(/^\p{Lu}\p{Ll}*\s+(?=\p{Ll})/u, (w) => w.toLowerCase());

export const MAX_TITLE = 90;
/**
 * A title told whole may run to this many characters ("...to cut the rate from 1.25 percent to 1.0 percent"); one
 * that must lose its tail is cut to `MAX_TITLE`: a long title that still stops short reads worse than a short one.
 */
export const MAX_WHOLE_TITLE = 120;

/**
 * Whether a title ends where a clause may end, so it may be told whole past `MAX_TITLE`: not on a word that wants
 * more ("debentures due", "in ruling that Ana Ruiz"), an initial ("holder M"), or inside a wire dash's aside.
 */
function endsClosed(title: string): boolean {
  const t = title.replace(/[\s.…"”]+$/u, '');
  const last = t.slice(t.lastIndexOf(' ') + 1).toLowerCase();
  // ("might be more than that", "had never seen anything like that": a "that" after a preposition is the thing
  // pointed at, and ends its phrase)
  const pointed = last === 'that' && isPreposition(/(\S+)\s+\S+$/u.exec(t)?.[1].toLowerCase() ?? '');
  if (TRAILING_JUNK.has(last) && !endsWithParticle(t) && !pointed || ENDS_REPORTING.test(t) && !/\b(?:be|been|being|is|are|was|were) \p{L}+$/u.test(t) || /(?:^|\s)\p{Lu}$/u.test(t) || OPEN_ENDS.test(t) || OPEN_RANGE.test(t) || / _ /u.test(t)) return false;
  const tokens = titleTokens(t);
  const that = tokens.findLastIndex((w) => w.lower === 'that');
  return pointed || that < 0 || tokens.slice(that + 1).some(isVerbal);
}
const OPEN_ENDS = /\b(?:due|effective|including|such as|like|namely|whether)$/iu;
/** "to between 12,000", "from between $2 and": a range "between" opened and not closed by its "and" and second end. */
const OPEN_RANGE = /\bbetween\s+\S*\d[\d,.]*(?:\s+\p{L}+){0,2}$/iu;
/** Below this a cut at a phrase boundary reads as a stub, so a plain word cut is better. */
const MIN_PHRASE_CUT = 30;

const words = (s: string) => new Set(s.split(' '));
/** Prepositions that can open a clause ("since the group launched ..."), split only when a verb follows. */
const CLAUSE_PREPOSITIONS = words('after before since until till as');
/** Nouns that make "that" a determiner ("that day") rather than a clause opener. */
export const TIME_NOUNS = words('day week month year night morning afternoon evening time moment decade season weekend period era');

/** Words a date leans on; removed with it ("on Tuesday", "earlier Wednesday", "as of May"). */
const DATE_LEAD_INS = words(
  'on in at during by since until till through throughout from for of as early earlier late later sometime recently ' +
    'around about circa approximately roughly nearly almost soon this last next past previous same then until ' +
    // ("will be fitted towards the end of the week": left behind, "towards" wants the time it leans toward)
    'towards toward',
);
const NEAR_LEAD_INS = words('over within');
/** Verbs whose object can be a time: "picked Friday as the day", "set May 1 as the deadline", "spent last week abroad". */
const TIME_OBJECT_VERBS = words(
  'pick picks picked picking choose chooses chose chosen choosing select selects selected selecting name names named naming ' +
    'designate designates designated designating declare declares declared declaring proclaim proclaims proclaimed ' +
    'spend spends spent spending approach approaches approached approaching target targets targeted targeting',
);
const WEEKDAYS = new Set(WEEKDAY_NAMES.map((w) => w.toLowerCase()));
const DATE_TAILS = words('morning afternoon evening night ago overnight local time earlier later');
/** Words that only sharpen the date after them: "just last year", "only in May", "even before the vote", "shortly after noon". */
const DATE_FOCUS = words('just only even shortly least nearly almost barely precisely exactly');
/** Participles that lead a date in after a noun: "clear weather starting Friday", "a ban effective May 1", "a letter dated May 2". */
const TIME_PARTICIPLES = words('starting beginning commencing effective running lasting dating dated');
/** Of those, the two that lead in a date alone: "dated May 2", "dating to 1994". */
const DATING = words('dating dated');
/** Verbs whose "over" is a particle: "took over", "handed over", "won over". */
const OVER_PARTICLE = /^(?:t[ao]ke[ns]?|took|taking|hand(?:s|ed|ing)?|turn(?:s|ed|ing)?|w[io]n|pass(?:es|ed)?|l[oa]ok(?:s|ed)?|f[ae]ll|blew|pull(?:s|ed)?|sign(?:s|ed)?|g[io]ve[ns]?|gave)$/;

/**
 * "The fleet rolled in Friday", "the results came in Monday": no date is led in by "in" or "at" straight before a
 * bare weekday or "today", "yesterday", "tonight" or "tomorrow" (a day is "on" it, and those take no preposition), so
 * that word is the verb's particle, and stays with the verb when the date goes ("Fleet rolled in", not "Fleet rolled").
 * Nor is a time told with "last", "this" or "next" led in by "in": "the treasurer was sworn in last week" keeps its
 * "in" ("Treasurer was sworn in", not "Treasurer was sworn").
 */
function particleBeforeDay(tokens: readonly Token[], i: number, first: number): boolean {
  const bareDay = WEEKDAYS.has(tokens[first].lower) || /^(?:today|yesterday|tonight|tomorrow)$/.test(tokens[first].lower);
  const deictic = tokens[i]?.lower === 'in' && /^(?:last|this|next)$/.test(tokens[first].lower);
  return i === first - 1 && /^(?:in|at)$/.test(tokens[i].lower) && (bareDay || deictic) && isVerbal(tokens[i - 1]);
}

/** "the poll, conducted in May": a past participle set off by a comma after a noun, leading the date in. */
function setOffLeadIn(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!readsAsParticiple(t) || tokens[i - 1]?.text !== ',' || !/^(?:noun|name)$/.test(tokens[i - 2]?.tag ?? '')) return false;
  // only after a clause with its own verb, and no comma before that closes an aside ("Jane Roe, the mayor, resigned
  // on Monday": the word after the aside is the clause's verb)
  const before = tokens.slice(0, i - 1);
  return before.some((w) => isVerbal(w)) && !before.some((w) => w.text === ',');
}

/**
 * "called for a review in its final report released this month": a past participle after the noun of a phrase that a
 * preposition opens, leading in the date that ends the sentence, only tells when that noun came about; the clause is
 * told without it, or the title ends on "released". (Not "of": "the cost of the plan jumped on Monday" may be the
 * verb of a clause whose subject ends in "of".)
 */
function participleInPhrase(tokens: readonly Token[], i: number): boolean {
  if (!readsAsParticiple(tokens[i]) || !/^(?:noun|name)$/.test(tokens[i - 1]?.tag ?? '')) return false;
  let k = i - 1;
  while (k > 0 && /^(?:noun|name|adj|det|poss|num)$/.test(tokens[k].tag) && i - k <= 5) k--;
  // ("with results expected later today" is an absolute phrase, told or left whole)
  if (tokens[k]?.tag !== 'prep' || /^(?:of|with)$/.test(tokens[k].lower) || CLAUSE_PREPOSITIONS.has(tokens[k].lower)) return false;
  // (the clause's own verb comes before the phrase: "The first try to plug the leak with a cap failed on Saturday",
  // where the verb before it is an infinitive's and the participle is the clause's verb)
  const verb = tokens.slice(0, k).findLastIndex((w) => isVerbal(w));
  // (nor after a saying, "said in a statement released Thursday": how a saying is told is say's matter, see framedTitle)
  return verb > 0 && tokens[verb - 1].tag !== 'to' && !/^(?:who|which|that)$/.test(tokens[verb - 1].lower) && !FRAME_VERBS[tokens[verb].lower];
}

/** Titles that tell a person is not the one a pronoun names: "she" is no "Mr", "he" no "Mrs". */
export const WOMENS_TITLE = /^(?:Mrs|Ms|Miss|Dame|Lady|Queen|Princess)\b/;
export const MENS_TITLE = /^(?:Mr|Sir|Lord|King|Prince)\b/;

/** Verbs that frame someone else's statement or decision, with the form a title uses. */
const FRAME_VERBS: Record<string, string> = {};
for (const [present, ...forms] of [
  ['says', 'said', 'says', 'say'],
  ['tells', 'told', 'tells'],
  ['confirms', 'confirmed', 'confirms'],
  ['announces', 'announced', 'announces'],
  ['reports', 'reported', 'reports'],
  ['adds', 'added', 'adds'],
  ['states', 'stated', 'states'],
  ['claims', 'claimed', 'claims'],
  ['denies', 'denied', 'denies'],
  ['warns', 'warned', 'warns'],
  ['discloses', 'disclosed', 'discloses'],
  ['reveals', 'revealed', 'reveals', 'reveal'],
  ['acknowledges', 'acknowledged', 'acknowledges'],
  ['insists', 'insisted', 'insists'],
  ['notes', 'noted', 'notes'],
  ['explains', 'explained', 'explains'],
  ['declares', 'declared', 'declares'],
  ['alleges', 'alleged', 'alleges'],
  ['admits', 'admitted', 'admits'],
  ['argues', 'argued', 'argues'],
  ['writes', 'wrote', 'writes'],
  // (verbs that only tell a statement, with how it was made: "the board cautioned the bridge was unsafe")
  ['cautions', 'cautioned', 'cautions'],
  ['stresses', 'stressed', 'stresses'],
  ['emphasises', 'emphasised', 'emphasises'],
  ['emphasizes', 'emphasized', 'emphasizes'],
  ['asserts', 'asserted', 'asserts'],
  ['reiterates', 'reiterated', 'reiterates'],
  ['tweets', 'tweeted', 'tweets'],
  ['rules', 'ruled', 'rules'],
  ['decides', 'decided', 'decides'],
  ['agrees', 'agreed', 'agrees'],
  ['finds', 'found', 'finds'],
  ['concludes', 'concluded', 'concludes'],
  ['predicts', 'predicted', 'predicts'],
  ['estimates', 'estimated', 'estimates'],
  ['signals', 'signalled', 'signaled', 'signals'],
  ['shows', 'showed', 'shows', 'show'],
  // "X is quoted as saying": only with "quoted" before it (see framedTitle)
  ['says', 'saying'],
]) for (const f of forms) FRAME_VERBS[f] = present;


interface Segment {
  from: number;
  to: number;
  /** The clause opener at `from` (which, that, but, since...), if any. */
  lead: string | null;
  /** Whether punctuation, rather than a word, opened it. */
  afterPunct: boolean;
}

const BOUNDARY_PUNCT = new Set([',', ';', ':', '—', '–', '(', ')', '[', ']', '-', '!', '?', '.']);

function hasVerb(tokens: readonly Token[], from: number, to: number, skip?: Set<number>): boolean {
  for (let i = from; i < to; i++) if (!skip?.has(i) && isVerbal(tokens[i])) return true;
  return false;
}

function opensClause(tokens: readonly Token[], i: number, skip?: Set<number>): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (i === 0 || !next) return false;
  if (t.tag === 'rel' || t.lower === 'whose' && prev.text === ',') {
    if (t.lower === 'that') return !(prev && (prev.tag === 'prep' || prev.tag === 'det')) && !TIME_NOUNS.has(next.lower) && next.tag !== 'punct';
    return true;
  }
  if (t.tag === 'sub') return t.lower !== 'so' || prev.tag === 'punct';
  // ("written and read by", "rose and fell": two verbs joined straight share all the rest, one clause)
  // ("gang boss Tom Vell and accused arsonist Ana Ruiz": a participle before a role and a name describes the person)
  const role = (k: number) => tokens[k]?.tag === 'noun' && /^\p{Ll}/u.test(tokens[k].text);
  const describing = /ed$/.test(next.lower) && role(i + 2) && (tokens[i + 3]?.tag === 'name' || role(i + 3) && tokens[i + 4]?.tag === 'name')
    // ("no gap between raw and cooked fish": a participle joined to a describing word before the same noun describes it too)
    || prev.tag === 'adj' && /^\p{Ll}+ed$/u.test(next.text) && role(i + 2);
  if (t.tag === 'conj') return (isVerbal(next) && !describing || next.tag === 'adv' && isVerbal(tokens[i + 2])) && !((prev.tag === 'ven' || prev.tag === 'verb') && (next.tag === 'ven' || next.tag === 'verb')) || joinsClauses(tokens, i);
  if (CLAUSE_PREPOSITIONS.has(t.lower)) {
    // "since the group launched", not "since 1997" or "after the meeting".
    // ("a task never before tried", "more than ever before": after "never" or "ever", "before" is an adverb of time;
    // "ever since the flood began" opens one)
    if (t.lower === 'before' && /^(?:never|ever)$/.test(prev.lower)) return false;
    // ("after 20 years to perform": an infinitive makes no clause)
    // (an aside left out is passed over: "since traders -- including Tom Lee -- bought")
    for (let j = i + 1, seen = 0; j < tokens.length && seen < 9; j++) {
      if (skip?.has(j) && (tokens[j].tag !== 'punct' || /^[-—–]+$/u.test(tokens[j].text))) continue;
      seen++;
      if (tokens[j].tag === 'punct' || tokens[j].tag === 'to') return false;
      if (tokens[j].tag === 'verb' || tokens[j].tag === 'aux' || tokens[j].tag === 'modal') return true;
    }
  }
  return false;
}

/** Abbreviations that stand in or before a name: "Acme Corp.", "Gen. Ana Ruiz". */
const NAME_ABBREVIATIONS = words('corp inc co ltd bros gen gov sen rep col lt sgt capt adm cmdr maj jr sr prof rev mr mrs ms dr st');

/**
 * "The rival bids never arrived and Brisko closed the deal": an "and" or "but" after a verb or adverb, with a
 * short subject and a finite verb after it, joins two clauses (not "said Ana Ruiz and her aide left": a noun
 * before it may be a list's).
 */
function joinsClauses(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  // (after an adverb, only with a verb before it: "prices rose sharply and the union struck")
  if (!/^(?:and|but)$/.test(tokens[i].lower) || !prev || !/^(?:verb|ven|adv)$/.test(prev.tag) || prev.tag === 'adv' && !hasVerb(tokens, 0, i - 1)) return false;
  let j = i + 1;
  while (j < tokens.length && j - i <= 4 && /^(?:det|poss|adj|noun|name|num)$/.test(tokens[j].tag)) j++;
  const subject = tokens.slice(i + 1, j);
  // ("two guards injured and three drivers stranded": two participles describing two nouns, one list)
  const participles = /ed$/.test(prev.lower) && /ed$/.test(tokens[j]?.lower ?? '') && !/^(?:det|poss|name|pron|num)$/.test(tokens[j + 1]?.tag ?? '');
  return subject.some((t) => t.tag === 'noun' || t.tag === 'name') && /^(?:verb|aux|modal)$/.test(tokens[j]?.tag ?? '') && !participles;
}

/** "the U.S. economy", "Gen. Smith": the dot that closes an abbreviation is part of the word, not a clause's end. */
function closesAbbreviation(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (tokens[i].text !== '.' || !prev || !next || prev.end !== tokens[i].start) return false;
  // "Acme Corp.'s loss": a possessive after the dot (split by the tokenizer into a mark and an "s")
  if (/^['’]$/u.test(next.text) && next.start === tokens[i].end && tokens[i + 2]?.lower === 's' && tokens[i + 2].start === next.end) return true;
  // "team no. 225", "Route No. 9": a number's abbreviation before its figure
  if (prev.lower === 'no' && /^\d/u.test(next.text)) return true;
  // "until Nov. 23": a month's short form before its day, kept when a title keeps its date
  if (MONTH_ABBREVIATIONS.includes(prev.text) && /^\d{1,2}$/u.test(next.text)) return true;
  // "Gen. Ana Ruiz", "Acme Inc. said": a short title or a company's ending before a name or a word in lower case
  // "David N. Roe": a capital's initial between two names
  if (/^\p{Lu}$/u.test(prev.text) && /^\p{Lu}/u.test(tokens[i - 2]?.text ?? '') && tokens[i - 2].tag === 'name' && next.tag === 'name' && /^\p{Lu}\p{Ll}/u.test(next.text)) return true;
  // (not before another one with its dot, "Acme Inc. Ms. Roe said": a sentence the splitter ran on begins there)
  if (NAME_ABBREVIATIONS.has(prev.lower) && /^\p{Lu}/u.test(prev.text) && (/^\p{Ll}/u.test(next.text) || next.tag === 'name') && !(NAME_ABBREVIATIONS.has(next.lower) && tokens[i + 2]?.text === '.')) return true;
  // Followed by a word in lower case ("U.S. financial"), or inside a dotted initialism that goes on ("U.S. Treasury").
  return /^(?:\p{L}\.)+\p{L}$/u.test(prev.text) && (/^\p{Ll}/u.test(next.text) || next.tag === 'name' || next.tag === 'noun');
}

/**
 * "(T) he accident": a bracket around a quotation's first letter, which belongs to the word after it. Not a
 * party's letter after a name ("Sen. Ana Vell (D) quickly agreed"), which is an aside of its own.
 */
function bracketedLetter(tokens: readonly Token[], i: number): boolean {
  const open = tokens[i].text === '(' ? i : tokens[i].text === ')' ? i - 2 : -1;
  return open >= 0 && tokens[open]?.text === '(' && tokens[open + 2]?.text === ')' && /^\p{Lu}$/u.test(tokens[open + 1].text) && /^\p{Ll}/u.test(tokens[open + 3]?.text ?? '') && tokens[open - 1]?.tag !== 'name';
}

/** "and as recently as 2007, Jan Roe wrote": after a conjunction, a date left out with the comma that closes it. */
function frontedDateAfter(tokens: readonly Token[], i: number, skip: Set<number>): boolean {
  let j = i + 1;
  while (j < tokens.length && skip.has(j) && tokens[j].text !== ',') j++;
  // a date's few words, not a whole aside left out
  const run = tokens.slice(i + 1, j);
  const dateLike = run.some((t) => /\d/.test(t.text) || CALENDAR_WORDS.includes(t.lower) || /^(?:yesterday|today|tomorrow|week|month|year|recently|ago)$/.test(t.lower));
  return j > i + 1 && j - i <= 7 && dateLike && tokens[j]?.text === ',' && skip.has(j);
}

/** "Ferrow, Nd., mill": at comma `i`, a name before it, then an abbreviation in capitals, its dot and a comma. */
function regionAfter(tokens: readonly Token[], i: number): boolean {
  const [before, region, dot, comma] = [tokens[i - 1], tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  // (or in dotted capitals: "Norton, N.Y., area")
  // (or joined to "-based": "the Ferrow, Nd.-based mill")
  const based = comma?.text === '-' && comma.start === dot?.end && tokens[i + 4]?.lower === 'based' && tokens[i + 4].start === comma.end;
  return tokens[i]?.text === ',' && before?.tag === 'name' && !!region && /^(?:\p{Lu}\p{L}{1,4}|(?:\p{Lu}\.)+\p{Lu})$/u.test(region.text) && dot?.text === '.' && dot.start === region.end && (comma?.text === ',' || based);
}

/**
 * Indices of the words inside a double quotation opened mid-phrase and closed in the sentence: 'signed a "Transfer,
 * Release and Indemnity Agreement"', 'a pledge to "work more, earn more"'. A comma, "that" or "which" there is the
 * quoted words' own, and a clause cut at it leaves the quotation and its name half told ("signed a Transfer"). (A dash
 * still ends a clause: 'a new "vision -- a blueprint"'.) (Not a quotation that opens
 * the sentence or follows a colon, a comma or a saying's "that": 'said: "Earlier today, the ship sank"' is a statement
 * whose commas are its clauses'.)
 */
function quotedPhrase(tokens: readonly Token[]): Set<number> {
  const inside = new Set<number>();
  let open = -1;
  for (let i = 0; i < tokens.length; i++) {
    const q = tokens[i].text;
    if (open < 0 && (q === '“' || q === '"')) open = i;
    else if (open >= 0 && (q === '”' || q === '"')) {
      const before = tokens[open - 1];
      // ('was "in everyone's interest that the mill stays open"': after a verb other than a saying's, the same)
      // (not after a noun, which may be the subject of the quoted words: 'the band "wrote a song, finished it"')
      const midPhrase = !!before && (/^(?:det|prep|adj|poss|to)$/.test(before.tag) || /^(?:verb|aux)$/.test(before.tag) && !FRAME_VERBS[before.lower]) && before.lower !== 'that';
      if (!midPhrase) {
        open = -1;
        continue;
      }
      // (not the comma that ends the quotation before its speaker: '"We will appeal," the mayor said')
      for (let j = open + 1; j < i - 1; j++) inside.add(j);
      open = -1;
    }
  }
  return inside;
}

/**
 * "18,000-foot", "20-knot": the index after a measure written with a tight hyphen that starts at word `k`, as one
 * token or as a number, the hyphen and a word; -1 when none starts there.
 */
function measureEnd(tokens: readonly Token[], k: number): number {
  const u = tokens[k];
  if (!u) return -1;
  if (/^\d[\d,.]*-\p{Ll}+$/u.test(u.text)) return k + 1;
  const h = tokens[k + 1];
  const w = tokens[k + 2];
  return u.tag === 'num' && h?.text === '-' && w && u.end === h.start && h.end === w.start && /^\p{Ll}+$/u.test(w.text) ? k + 3 : -1;
}

function segmentClauses(tokens: readonly Token[], skip: Set<number>): Segment[] {
  const segments: Segment[] = [];
  const quoted = quotedPhrase(tokens);
  let from = 0;
  let lead: string | null = null;
  let afterPunct = false;
  const close = (to: number) => {
    if (to > from) segments.push({ from, to, lead, afterPunct });
  };
  // ("the plan -- a levy that has angered traders -- was dropped": a relative inside an aside that goes opens no clause;
  // the walk back over what goes is carried along the loop, not redone for each token)
  let stop = -1; // the last token before i that is kept or is a dash
  const insideDropped = (i: number) => skip.has(i) && stop >= 0 && skip.has(stop) && dashAt(tokens, stop) > 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && (!skip.has(i - 1) || dashAt(tokens, i - 1))) stop = i - 1;
    const t = tokens[i];
    // "five - and 10-year notes": a hyphen left hanging before "and" shares the word after it, no clause's end
    const hangingHyphen = t.text === '-' && /^(?:and|or)$/.test(tokens[i + 1]?.lower ?? '') && /^(?:num|adj|noun)$/.test(tokens[i - 1]?.tag ?? '');
    // "left 400-500 homes empty": a hyphen written tight between two numbers is a range, inside its phrase
    // (and one written tight between a number and a word is a compound that measures its noun: "the 5,000-tonne estimate")
    const tight = t.text === '-' && !!tokens[i - 1] && !!tokens[i + 1] && tokens[i - 1].end === t.start && t.end === tokens[i + 1].start;
    const numberHyphen = tight && tokens[i - 1].tag === 'num' && (tokens[i + 1].tag === 'num' || /^\p{L}/u.test(tokens[i + 1].text));
    // "his small, family-run shop": a comma between two words describing one noun is inside its phrase
    // "the Ferrow, Nd., mill": a place, its region's abbreviation and the commas around it are one name
    const placeRegion = t.text === ',' && (regionAfter(tokens, i) || regionAfter(tokens, i - 3)) || t.text === '.' && regionAfter(tokens, i - 2) || t.text === '-' && regionAfter(tokens, i - 3);
    // (a compound written with a hyphen describes the noun whatever its tag: "the new, tight-fitting lid")
    // (and a measure written with a hyphen: "the deep, 18,000-foot well", "by strong, 20-knot winds": after a
    // preposition inside the clause too, not an opening "At first, new rules...")
    const describer = (u: Token | undefined) => !!u && (/^(?:adj|noun)$/.test(u.tag) || /^\p{Ll}+-\p{Ll}+$/u.test(u.text));
    const measured = t.text === ',' ? measureEnd(tokens, i + 1) : -1;
    const afterPreposition = tokens[i - 2]?.tag === 'prep' && i >= 3 && /^[\p{L}\p{N}]/u.test(tokens[i - 3].text) && measured > 0;
    const betweenDescribers = t.text === ',' && tokens[i - 1]?.tag === 'adj' && (/^(?:det|poss)$/.test(tokens[i - 2]?.tag ?? '') || afterPreposition) && (describer(tokens[i + 1]) && tokens[i + 2]?.tag === 'noun' || measured > 0 && tokens[measured]?.tag === 'noun')
      // ("a new, $10-a-share offer": a price describing the noun)
      || t.text === ',' && tokens[i - 1]?.tag === 'adj' && tokens[i - 2]?.tag === 'det' && tokens[i + 1]?.text === '$' && /^(?:num|adj)$/.test(tokens[i + 2]?.tag ?? '') && tokens[i + 3]?.tag === 'noun';
    if (t.tag === 'punct' && BOUNDARY_PUNCT.has(t.text) && !skip.has(i) && !closesAbbreviation(tokens, i) && !hangingHyphen && !numberHyphen && !bracketedLetter(tokens, i) && !betweenDescribers && !placeRegion && !(t.text === ',' && quoted.has(i))) {
      // A hyphen or dot inside a word never reaches here; a spaced dash does.
      close(i);
      from = i + 1;
      lead = null;
      afterPunct = true;
    } else if (i > from && !insideDropped(i) && !quoted.has(i) && (opensClause(tokens, i, skip) || t.tag === 'conj' && frontedDateAfter(tokens, i, skip))) {
      close(i);
      from = i;
      lead = t.lower;
      afterPunct = false;
    } else if (i === from && (t.tag === 'rel' || t.lower === 'whose' || t.tag === 'sub' || t.tag === 'conj' || CLAUSE_PREPOSITIONS.has(t.lower) && opensClause(tokens, i, skip))) {
      lead = t.lower;
    }
  }
  close(tokens.length);
  // A word-opened piece without a verb was a phrase, not a clause ("that day", "but not all"): rejoin it.
  const joined: Segment[] = [];
  for (const s of segments) {
    const last = joined[joined.length - 1];
    // "The first election since the revolution is to take place": after a superlative with no verb of its own,
    // "since" names a yardstick, not a clause
    const yardstickSince = s.lead === 'since' && !hasVerb(tokens, last?.from ?? 0, last?.to ?? 0) && tokens.slice(last?.from ?? 0, last?.to ?? 0).some((t) => /^(?:first|last|biggest|largest|worst|best|highest|lowest|only)$|.{3,}est$/i.test(t.lower));
    const frontedDate = tokens[s.from].tag === 'conj' && frontedDateAfter(tokens, s.from, skip);
    if (last && !s.afterPunct && last.to === s.from && (!hasVerb(tokens, s.from, s.to) || yardstickSince) && !frontedDate) last.to = s.to;
    else joined.push({ ...s });
  }
  return joined;
}

/**
 * Indices of the tokens that overlap [from, to). Tokens are in text order and never overlap, so a
 * binary search finds the first: a sentence with many dates is not scanned once per date.
 */
function overlapping(tokens: readonly Token[], from: number, to: number): Set<number> {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end > from) hi = mid;
    else lo = mid + 1;
  }
  const out = new Set<number>();
  for (let i = lo; i < tokens.length && tokens[i].start < to; i++) if (tokens[i].end > from) out.add(i);
  return out;
}

/** Determiners that open a noun phrase a year may sit inside: "a 1953 surge", "the 1920 storm", "its 2004 merger". */
const YEAR_DETERMINERS = words('a an the its his her their');

/**
 * Whether the date written at tokens first..last is a year (with its month, if any) between a determiner or an owner's
 * possessive and its noun: "much like a 1953 surge", "homes lost in the 1920 storm", "after its May 2004 merger",
 * "the mill's 2011 output". The year names which one: without it the phrase reads wrong ("a surge") or no longer
 * says which ("the outbreak"), so it stays in the title. A day's or a weekday's name is no such name ("Saturday's
 * concert" reads as a date, not which concert).
 */
function namesWhichYear(tokens: readonly Token[], first: number, last: number): boolean {
  const span = tokens.slice(first, last + 1);
  if (!isWrittenYear(span[span.length - 1].text) || !span.slice(0, -1).every((t) => MONTH_NAMES.some((m) => m.toLowerCase() === t.lower))) return false;
  // (an owner's possessive opens the phrase as an article does: "the mill's 2011 output")
  const opener = tokens[first - 1];
  const opens = !!opener && (YEAR_DETERMINERS.has(opener.lower) || /['’]s$/u.test(opener.text) && opener.tag !== 'verb');
  // ("the 1998 bombing": after a determiner and a year an "-ing" form is a noun)
  return opens && /^(?:noun|adj|name|ving)$/.test(tokens[last + 1]?.tag ?? '');
}

/**
 * Indices of the date's own tokens plus the words and commas that only exist to carry it. `keepYears` false keeps a
 * year inside a noun phrase only after "a" ("a 1953 surge"), where the phrase reads wrong without it.
 */
function dateTokens(tokens: readonly Token[], from: number, to: number, keepYears = true): Set<number> {
  const drop = overlapping(tokens, from, to);
  if (drop.size === 0) return drop;
  // In insertion order, which is text order.
  const ids = [...drop];
  let first = ids[0];
  const last = ids[ids.length - 1];
  // "the size of yesterday's gain", "said Tuesday's meeting was": a date in the possessive belongs to its
  // noun phrase, which reads wrong without it ("the size of gain")
  if (/['’]s$/u.test(tokens[last].text) || /^['’]s$/u.test(tokens[last + 1]?.text ?? '')) return new Set();
  if (namesWhichYear(tokens, first, last) && (keepYears || first === last && /^an?$/.test(tokens[first - 1].lower))) return new Set();
  // "chose Sunday morning as the day", "is approaching next spring with some worry": a date straight after a verb
  // that takes a time as its object is that object, and the verb reads wrong without it
  if (TIME_OBJECT_VERBS.has(tokens[first - 1]?.lower ?? '') && tokens[first - 1].tag !== 'noun') return new Set();
  // "spent much of Sunday at the dam", "spent the rest of the week abroad": a part of the time is that object too, and
  // without its date it is left dangling ("spent much at the dam")
  if (tokens[first - 1]?.lower === 'of' && (TIME_PARTS.has(tokens[first - 2]?.lower ?? '') || SHARE_WORDS.has(tokens[first - 2]?.lower ?? '') || tokens[first - 2]?.lower === 'much')) {
    const verb = /^(?:the|a)$/.test(tokens[first - 3]?.lower ?? '') ? first - 4 : first - 3;
    if (TIME_OBJECT_VERBS.has(tokens[verb]?.lower ?? '') && tokens[verb].tag !== 'noun') return new Set();
  }
  // "have until Friday to file": the date is what they have, and the clause says nothing without it ("have to file")
  if (/^(?:until|till)$/.test(tokens[first - 1]?.lower ?? '') && /^(?:have|has|had|having)$/.test(tokens[first - 2]?.lower ?? '') && tokens[last + 1]?.lower === 'to') return new Set();
  // "quieter than a normal Friday", "as on a typical Monday": a day after an indefinite article and a describing word is
  // any such day, the head of its noun phrase, not a date; left out, it leaves the phrase hanging ("than a normal")
  const describer = tokens[first - 1];
  if (describer?.tag === 'adj' && /^\p{Ll}/u.test(describer.text) && /^an?$/.test(tokens[first - 2]?.lower ?? '') && !/^(?:this|that|next|last|these|those)$/.test(tokens[first].lower)) return new Set();
  let i = first - 1;
  // "in the upcoming next month" (a date written over a first draft): an article and a word that only describes a time,
  // before a date opening with its own determiner, belong to nothing, and go with the date and the preposition before
  if (TIME_DESCRIBERS.has(describer?.lower ?? '') && /^(?:the|a)$/.test(tokens[first - 2]?.lower ?? '') && /^(?:this|next|last)$/.test(tokens[first].lower)) {
    drop.add(first - 1).add(first - 2);
    i = tokens[first - 3]?.tag === 'prep' ? (drop.add(first - 3), first - 4) : first - 3;
  }
  // "on Wednesday, March 5": the weekday written beside the date is the same date.
  if (tokens[i]?.text === ',' && WEEKDAYS.has(tokens[i - 1]?.lower)) {
    drop.add(i).add(i - 1);
    first = i - 1;
    i -= 2;
  }
  // "over the weekend", "within the week": only right before the date ("took over on Monday" keeps its "over")
  // ("took over Monday": before a bare day it is the verb's)
  if (i === first - 1 && NEAR_LEAD_INS.has(tokens[i]?.lower) && /^(?:the|this|that|next|last|coming|past)$/i.test(tokens[first]?.text ?? '')) drop.add(i--);
  while (i >= 0 && DATE_LEAD_INS.has(tokens[i].lower) && first - i <= 3 && !particleBeforeDay(tokens, i, first)) drop.add(i--);
  // "peaked between April 23 and 28": a range told whole by the date, both its ends and their "and", takes its
  // "between" with it (left behind, "peaked between and" reads as a cut)
  if (i === first - 1 && tokens[i]?.lower === 'between' && [...drop].some((j) => j > first && tokens[j].lower === 'and')) drop.add(i--);
  i = datePartBefore(tokens, i, drop);
  // "throughout the day Thursday", "during the night Friday": the part of the day is the date's, said again by
  // the date after it, and goes with it (or it dangles: "kept the ferry in port throughout the day")
  if (WEEKDAYS.has(tokens[first].lower) && /^(?:day|night|morning|afternoon|evening)$/.test(tokens[i]?.lower ?? '') && tokens[i - 1]?.lower === 'the' && /^(?:throughout|during|through|all)$/.test(tokens[i - 2]?.lower ?? '')) {
    drop.add(i).add(i - 1).add(i - 2);
    i -= 3;
  }
  // "officials over the weekend became": "over" leads in a date too, but not after a verb ("took over Monday")
  // ("said over the weekend": a saying takes no "over")
  // ("stored over the weekend": before "the", "last" or "past", "over" is the date's)
  const particle = tokens[i - 1] && (isVerbal(tokens[i - 1]) || tokens[i - 1].tag === 'ving') && !FRAME_VERBS[tokens[i - 1].lower] && !/^(?:the|last|past|this|recent)$/.test(tokens[first].lower);
  if (tokens[i]?.lower === 'over' && i === first - 1 && !particle) drop.add(i--);
  // "discovered just last year", "until at least May 28", "even before the war", "more than 20 years ago": a word
  // that only sharpens the date goes with it, or it is left dangling ("were only discovered just")
  for (let focus = 0; i >= 0 && focus < 3; focus++) {
    const w = tokens[i].lower;
    const next = tokens[i + 1]?.lower ?? '';
    // ("turned right on Monday": only before a lead-in is "right" the date's)
    const sharpens = DATE_FOCUS.has(w) || w === 'right' && tokens[i].tag === 'adv' && /^(?:before|after|into|until|since|through|beyond)$/.test(next);
    // (a number after "over" or "than" counts: "over 20 years ago", not "took over Monday")
    // ("took over 20 years ago": after a verb, "over" is its particle)
    const count = /^(?:over|than)$/.test(w) && tokens[i + 1]?.tag === 'num' && i === first - 1 && !(w === 'over' && OVER_PARTICLE.test(tokens[i - 1]?.lower ?? ''));
    // (not after "be", where the date is what is said of the subject: "It was only a decade ago that...")
    if ((sharpens || count) && !/^(?:is|was|are|were|be|been)$/.test(tokens[i - 1]?.lower ?? '')) {
      drop.add(i--);
      if (w === 'least' && tokens[i]?.lower === 'at' || w === 'than' && /^(?:more|less|fewer)$/.test(tokens[i]?.lower ?? '')) drop.add(i--);
      while (i >= 0 && DATE_LEAD_INS.has(tokens[i].lower) && !DATE_FOCUS.has(tokens[i].lower)) drop.add(i--);
    } else break;
  }
  // "clear weather starting Friday", "the poll, conducted between June 3 and 6.": a participle that only leads in
  // the date that ends its phrase goes with it (not "talks were starting Friday": after "be" it is the verb)
  // ("a run of cuts starting in May that sent prices down": a relative after the date ends the phrase too, and is
  // about the noun before the participle)
  let j = last + 1;
  while (j < tokens.length && DATE_TAILS.has(tokens[j].lower) && j - last <= 2) j++;
  const phraseEnds = j >= tokens.length || /^[,;:.)—–]$/u.test(tokens[j].text) || /^(?:that|which)$/.test(tokens[j].lower);
  // (a participle set off mid-sentence tells the date's own happening, "The pier, built in 1974, is failing": only
  // at the sentence's end is it an afterthought to the clause before it)
  const sentenceEnds = j >= tokens.length || /^[.!?]$/u.test(tokens[j].text) && j === tokens.length - 1;
  // (over a range's "between", which the date's words leave behind: "conducted between June 3 and 6")
  const between = tokens[i]?.lower === 'between' ? 1 : 0;
  const leadIn = tokens[i - between];
  // "sniper shootings dating back to 1994", "a letter dated May 2 to the board": "dated" and "dating" lead in
  // nothing but a date, with its "to", wherever the phrase goes on ("a letter to the board")
  let back = i;
  while (back > i - 2 && /^(?:to|back)$/.test(tokens[back]?.lower ?? '')) back--;
  // ("the letter, dated Monday": set off by a comma, the same)
  const holder = tokens[back - 1]?.text === ',' ? back - 2 : back - 1;
  if (DATING.has(tokens[back]?.lower ?? '') && /^(?:noun|name|num)$/.test(tokens[holder]?.tag ?? '')) {
    while (i >= back) drop.add(i--);
    if (tokens[i]?.text === ',') drop.add(i--);
  } else if (leadIn && (phraseEnds && TIME_PARTICIPLES.has(leadIn.lower) && /^(?:noun|name|num)$/.test(tokens[i - between - 1]?.tag ?? '') || sentenceEnds && (setOffLeadIn(tokens, i - between) || participleInPhrase(tokens, i - between)))) {
    if (between) drop.add(i--);
    drop.add(i--);
    // (and the comma that set it off)
    if (tokens[i]?.text === ',') drop.add(i--);
  }
  // "as of", "as early as": the "as" before a lead-in goes too, but not a verb or noun.
  j = last + 1;
  while (j < tokens.length && DATE_TAILS.has(tokens[j].lower) && j - last <= 2) drop.add(j++);
  // "over the next month or so"
  if (tokens[j]?.lower === 'or' && tokens[j + 1]?.lower === 'so') {
    drop.add(j).add(j + 1);
    j += 2;
  }
  // "will close by May 3 or sooner", "by Friday at the latest": a bound on the date is the date's, and left behind it
  // reads as a cut ("will close or sooner")
  if (tokens[j]?.lower === 'or' && /^(?:sooner|later|earlier)$/.test(tokens[j + 1]?.lower ?? '')) {
    drop.add(j).add(j + 1);
    j += 2;
  } else if (tokens[j]?.lower === 'at' && tokens[j + 1]?.lower === 'the' && /^(?:latest|earliest)$/.test(tokens[j + 2]?.lower ?? '')) {
    drop.add(j).add(j + 1).add(j + 2);
    j += 3;
  }
  j = timeConjunct(tokens, j, drop);
  const before = tokens[i];
  const after = tokens[j];
  if (after?.text === ',') {
    const fronted = !before || /^[,;:(—–]$/.test(before.text) || before.tag === 'conj' || before.tag === 'rel' || before.tag === 'sub';
    // "October 7, 2023, attack": the comma after a year closes the date, not a clause.
    const yearStyle = /,\s*\d{4}$/.test(tokens.slice(first, last + 1).map((t) => t.text).join(' ')) && (before?.tag === 'det' || before?.tag === 'poss');
    if (fronted || before?.text === ',' || yearStyle) drop.add(j);
  }
  return drop;
}

/**
 * "next year and the year after", "this week or the week after": a second time joined to the date by "and" or "or" and
 * told only as "the" and a time noun (and "after", "before" or "following") is the date's too, and goes with it (left
 * behind, "the choir will tour the valleys and the year" reads as a cut list). Adds them to `drop`; returns the index after them.
 */
function timeConjunct(tokens: readonly Token[], j: number, drop: Set<number>): number {
  if (!/^(?:and|or)$/.test(tokens[j]?.lower ?? '') || tokens[j + 1]?.lower !== 'the' || !TIME_NOUNS.has(tokens[j + 2]?.lower ?? '')) return j;
  const end = /^(?:after|before|following)$/.test(tokens[j + 3]?.lower ?? '') ? j + 4 : j + 3;
  // (only a time that ends its phrase: not "this week and the week's best film")
  if (end < tokens.length && !/^(?:[,;:.)—–]|but|and|in|on|at)$/.test(tokens[end].lower)) return j;
  for (let n = j; n < end; n++) drop.add(n);
  return end;
}

/** Words that describe only a time and need its noun: "in the coming weeks", "on the following day". */
const TIME_DESCRIBERS = words('coming following previous upcoming');

/** Nouns that name a part of the time after their "of": "the end of May", "the first week of June", "the rest of the year". */
const TIME_PARTS = words('end start beginning middle rest remainder half part week weeks days course eve height');

/**
 * "will close from the end of Monday", "meets in the first week of June", "cancel payments for the rest of this year": the
 * part of the date named before its "of" (with its article and preposition) is the date's too; left behind it says nothing
 * ("will close from the end"). Adds them to `drop` and returns the index before them (or `i` unchanged).
 */
function datePartBefore(tokens: readonly Token[], i: number, drop: Set<number>): number {
  if (tokens[i + 1]?.lower !== 'of' || !drop.has(i + 1) || !TIME_PARTS.has(tokens[i]?.lower ?? '') || isVerbal(tokens[i])) return i;
  let p = i - 1;
  if (isOrdinalWord(tokens[p]?.lower ?? '') || /^(?:last|final|early|closing|opening|very|whole|entire)$/.test(tokens[p]?.lower ?? '')) p--;
  if (!/^(?:the|a)$/.test(tokens[p]?.lower ?? '') || tokens[p - 1]?.tag !== 'prep') return i;
  for (let q = i; q >= p - 1; q--) drop.add(q);
  return p - 2;
}

/** A person's age as newswire sets it off after the name ("Ann Roe, 40, said"). */
const AGE = /^\d{1,3}$/u;

/** A sign written before an amount ("$5", "£40m"; "#" is the pound in old newswire). */
const CURRENCY_SIGN = /^[$£€¥#]$/u;

/** The noun phrase that ends a stretch of tokens: what a following "which"/"who" is about. */
function trailingNounPhrase(tokens: readonly Token[], from: number, to: number, skip: Set<number>): number[] {
  const picked: number[] = [];
  for (let i = to - 1; i >= from && picked.length < 8; i--) {
    if (skip.has(i)) continue;
    const t = tokens[i];
    if (t.tag === 'det' || t.tag === 'poss') {
      picked.push(i);
      // "the shooting at the market, which": the happening's setting, not the place, is what the clause tells of
      const setting = tokens[i - 1];
      if (!(setting && /^(?:at|in)$/.test(setting.lower) && tokens[i - 2]?.tag === 'ving' && /^(?:det|poss|adj)$/.test(tokens[i - 3]?.tag ?? '') && i - 3 >= from)) break;
      continue;
    }
    // ("the Home Owners' Loan Corp": an apostrophe after a plural is the possessive's, inside the phrase)
    const possessive = t.tag === 'quote' && /^['’]$/u.test(t.text) && picked.length > 0 && /s$/.test(tokens[i - 1]?.lower ?? '') && /^(?:noun|name)$/.test(tokens[i - 1]?.tag ?? '');
    // ("the town's most wanted list, which": a participle after a determiner or a modifier describes the noun)
    const modifier = /^(?:verb|ven)$/.test(t.tag) && /ed$/.test(t.lower) && picked.length > 0 && /^(?:det|poss|adj|adv)$/.test(tokens[i - 1]?.tag ?? '');
    // ("the company's $728 million deal, which": a currency sign is the amount's first word, not a mark between words)
    const currency = CURRENCY_SIGN.test(t.text) && picked.length > 0 && tokens[picked[picked.length - 1]].tag === 'num';
    // ("resume paying dividends, which": an -ing after a verb of full meaning takes the noun as its object, outside
    // the phrase; the tagger may read it as describing, "paying/adj dividends". After "is" or "are" the -ing is the
    // clause's own verb, which the relative's title tells with its object, as before)
    const gerundWithObject = picked.length > 0 && (t.tag === 'ving' || t.tag === 'adj' && /ing$/.test(t.lower)) && (tokens[i - 1]?.tag === 'verb' || tokens[i - 1]?.tag === 'to');
    if (gerundWithObject) break;
    // ('a "dry dock" plan, which': a term in quotation marks before the noun names which one, inside the phrase)
    if (/^["”]$/u.test(t.text) && picked.length > 0 && !skip.has(i - 1)) {
      let open = i - 1;
      while (open > i - 5 && open >= from && !/^["“]$/u.test(tokens[open].text) && !/^(?:punct|quote|verb|aux|modal)$/.test(tokens[open].tag)) open--;
      if (open < i - 1 && open >= from && /^["“]$/u.test(tokens[open].text)) {
        for (let j = i; j >= open; j--) picked.push(j);
        i = open;
        continue;
      }
    }
    const nounish = t.tag === 'noun' || t.tag === 'name' || t.tag === 'adj' || t.tag === 'num' || t.tag === 'ving' && picked.length > 0 || possessive || modifier || currency;
    // "pupils at the village school, who": a setting after a noun belongs to the phrase
    // ("First of Norland": a capitalised number opens a name too)
    // ("the bombing in Varnton, which": a happening named by its -ing noun after a determiner is a noun too)
    const gerund = tokens[i - 1]?.tag === 'ving' && /^(?:det|poss|adj)$/.test(tokens[i - 2]?.tag ?? '');
    const joiner = (t.tag === 'conj' || t.lower === 'of' || /^(?:at|in|from)$/.test(t.lower) && (tokens[i - 1]?.tag === 'noun' || gerund)) && picked.length > 0 && (tokens[i - 1]?.tag === 'noun' || tokens[i - 1]?.tag === 'name' || tokens[i - 1]?.tag === 'adj' || gerund || t.lower === 'of' && tokens[i - 1]?.tag === 'num' && /^\p{Lu}/u.test(tokens[i - 1].text));
    if (!nounish && !joiner) break;
    picked.push(i);
  }
  return picked.reverse();
}

/**
 * "the Sea Lark, the rig that sank", "Ann Roe, a doctor who treated him": a noun phrase opened by an article that
 * is a whole aside after a name renames it, so what its clause tells is told of the name; `np` itself otherwise.
 * An age set off after a name is such an aside too ("Ann Roe, 40, who lost her shop": the clause tells of Ann Roe).
 */
function namedByApposition(tokens: readonly Token[], segments: Segment[], s: number, np: number[], skip: Set<number>): number[] {
  const seg = segments[s];
  const age = np.length === 1 && AGE.test(tokens[np[0]].text);
  if (s < 1 || !np.length || np[0] !== range(seg.from, seg.to, skip)[0] || !(age || /^(?:the|a|an)$/.test(tokens[np[0]].lower)) || tokens[seg.from - 1]?.text !== ',') return np;
  // ("an analyst at Norvex, which cut its rating": with a place or a body inside, the clause may tell of that instead)
  if (np.some((i) => tokens[i].tag === 'conj' || tokens[i].tag === 'prep')) return np;
  // the run of a name's words (an initial's dot with them) that ends the piece before, right before the comma
  const before = segments[s - 1];
  const last = before.to - 1;
  let from = last;
  // (a first name the lexicon knows as a word is in capitals all the same: "Marcus Vell")
  const capital = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text) && /^(?:name|noun|adj)$/.test(t.tag);
  // (an initial's dot may close the piece before: "Tom J. Vell")
  const initial = (i: number) => tokens[i]?.text === '.' && /^\p{Lu}$/u.test(tokens[i - 1]?.text ?? '');
  while (from > 0 && !skip.has(from - 1) && (capital(tokens[from - 1]) || initial(from - 1))) from--;
  if (skip.has(last) || tokens[last]?.tag !== 'name' || /['’]/u.test(tokens[last].text)) return np;
  // ("Lowmere, Varnton, a town that flooded": a name after a comma may be a list's item)
  if (from === before.from && tokens[from - 1]?.text === ',') return np;
  return range(from, last + 1, skip);
}

/** Superlatives that rank with no noun of their own: "the worst in years", "its biggest since 1990". */
const BARE_SUPERLATIVE = /^(?:\p{L}+est|worst|best|most|least)$/u;

/**
 * "a fire, the town's worst in a decade, which": where the piece `s` between two commas is a superlative standing
 * for the noun before it (its article or owner, the superlative, then its setting, no verb), the noun phrase that
 * ends the piece before it; [] otherwise ("a fire, the worst storm in years, which" has a noun of its own).
 */
function superlativeAside(tokens: readonly Token[], segments: Segment[], s: number, skip: Set<number>): number[] {
  const seg = segments[s];
  if (s < 1 || tokens[seg.from - 1]?.text !== ',' || tokens[seg.to]?.text !== ',' || hasVerb(tokens, seg.from, seg.to, skip)) return [];
  const ids = range(seg.from, seg.to, skip);
  const at = ids.findIndex((i) => tokens[i].tag === 'adj' && BARE_SUPERLATIVE.test(tokens[i].lower));
  if (at < 0 || at > 2 || ids.slice(0, at).some((i) => !/^(?:det|poss|name|noun)$/.test(tokens[i].tag) || (tokens[i].tag === 'noun' && !/['’]s$/u.test(tokens[i].text)))) return [];
  if (ids[at + 1] !== undefined && tokens[ids[at + 1]].tag !== 'prep') return [];
  const before = segments[s - 1];
  const np = trailingNounPhrase(tokens, before.from, before.to, skip);
  return np.some((i) => tokens[i].tag === 'noun' || tokens[i].tag === 'name') ? np : [];
}

/**
 * "a woman from the Marsh district who returned", "a clerk at the Varn Land Registry who signed": "who" tells of a
 * person, so where the noun phrase before it is a place or a body set after a person's noun by "from", "at", "of" or
 * "in", the clause tells of that person, told with the place; `np` itself otherwise.
 */
function personAtPlace(tokens: readonly Token[], segments: Segment[], s: number, lead: string | null, np: number[], skip: Set<number>): number[] {
  const from = segments[s].from;
  const prep = np.length ? np[0] - 1 : -1;
  if (lead !== 'who' || prep <= from || !/^(?:from|at|of|in)$/.test(tokens[prep].lower) || skip.has(prep)) return np;
  if (np.some((i) => personNoun(tokens[i].lower)) || !np.some((i) => tokens[i].tag === 'name')) return np;
  const person = trailingNounPhrase(tokens, from, prep, skip);
  const head = tokens[person[person.length - 1]];
  if (!person.length || !head || head.tag !== 'noun' || !personNoun(head.lower)) return np;
  // ("Ivo Varn, a professor at the University of Lowmere who": the person is the name the role renames)
  const named = namedByApposition(tokens, segments, s, person, skip);
  return named !== person ? named : [...person, prep, ...np];
}

/**
 * "groups in Avalon, Norland, Eastmark and Westholm who fell ill": a noun phrase that ends a list is told
 * with the list and the noun before it ("Westholm" alone did not fall ill).
 */
function listPhrase(tokens: readonly Token[], segments: Segment[], s: number, np: number[], skip: Set<number>): number[] {
  const seg = segments[s];
  const own = range(seg.from, seg.to, skip);
  if (!np.length || s < 2 || np[0] !== own[0] || tokens[seg.from - 1]?.text !== ',' || !np.some((i) => tokens[i].tag === 'conj')) return np;
  let first = s - 1;
  // back over the list's items: a few words each, no verb, each after a comma
  while (first > 0 && tokens[segments[first].from - 1]?.text === ',' && range(segments[first].from, segments[first].to, skip).length <= 3 && !hasVerb(tokens, segments[first].from, segments[first].to, skip)) first--;
  const head = trailingNounPhrase(tokens, segments[first].from, segments[first].to, skip);
  if (!head.length || hasVerb(tokens, head[0], head[head.length - 1] + 1, skip)) return np;
  return range(head[0], np[np.length - 1] + 1, skip);
}

/** The tokens before a clause's first verb, when there are some. */
function subjectOf(tokens: readonly Token[], seg: Segment, skip: Set<number>): number[] {
  const out: number[] = [];
  for (let i = seg.from + (seg.lead ? 1 : 0); i < seg.to; i++) {
    if (skip.has(i)) continue;
    if (isVerbal(tokens[i])) return out.some((k) => isNominal(tokens[k])) ? out : [];
    if (tokens[i].tag === 'quote' || tokens[i].tag === 'adv') continue;
    out.push(i);
  }
  return out.some((k) => isNominal(tokens[k])) && !hasVerb(tokens, seg.from, seg.to, skip) ? out : [];
}

/** "chief of the fire service", "a director at the agency": an aside whose head is a word for a person's role, which describes a person. */
function roleAside(tokens: readonly Token[], seg: Segment, skip: Set<number>): boolean {
  const own = range(seg.from, seg.to, skip).filter((i) => !/^(?:det|adj|quote)$/.test(tokens[i].tag) || PERSON_NOUNS.has(tokens[i].lower));
  return own.length > 0 && PERSON_NOUNS.has(tokens[own[0]].lower);
}

/** Words that open an aside telling part of the noun phrase before it: "many with foreign plates", "most of them". */
const PART_ASIDE = /^(?:many|most|some|several|all|both|each|one|two|three|half|none|few|dozens|hundreds|thousands)$/;

/** Words that open a gerund's clause of time: "after returning", "before leaving", "upon landing". */
const GERUND_TIME_LEADS = words('after before upon following');

/**
 * "The two crews were sent home after returning from Port Ellis on Tuesday": a date that closes a gerund's clause of
 * time after its main clause dates the gerund's deed (the return), not the main verb's (the sending home), which may
 * come days later. The gerund has no verb of its own to the segmenter, which joins it to the main clause; it is set
 * apart here, for the date's title only, so the title tells the gerund's deed with the main clause's subject.
 * (Only with nothing but the phrase's own words after the date, and a main clause with its verb before the lead.)
 */
function timedGerundApart(tokens: readonly Token[], segments: Segment[], firstDated: number, skip: Set<number>): Segment[] {
  const k = segments.findIndex((s) => firstDated >= s.from && firstDated < s.to);
  const seg = segments[k];
  if (!seg) return segments;
  for (let l = firstDated - 1; l >= seg.from; l--) {
    if (skip.has(l)) continue;
    if (isVerbal(tokens[l])) return segments;
    const gerund = range(l + 1, firstDated, skip).find((i) => tokens[i].tag !== 'adv');
    if (!GERUND_TIME_LEADS.has(tokens[l].lower) || gerund === undefined || tokens[gerund].tag !== 'ving' || /^(?:being|having)$/.test(tokens[gerund].lower)) continue;
    if (hasVerb(tokens, firstDated + 1, seg.to, skip)) return segments;
    // (set off by a comma after its main clause: "were admitted to hospital, after returning ...", its lead named)
    const apart = l === seg.from ? [...segments.slice(0, k), { ...seg, lead: tokens[l].lower }, ...segments.slice(k + 1)]
      : hasVerb(tokens, seg.from, l, skip) ? [...segments.slice(0, k), { ...seg, to: l }, { from: l, to: seg.to, lead: tokens[l].lower, afterPunct: false }, ...segments.slice(k + 1)] : null;
    // (only with a named doer in the main clause to tell the gerund's deed with)
    const at = l === seg.from ? k : k + 1;
    return apart && mainSubjectBefore(tokens, apart, at, skip).length ? apart : segments;
  }
  return segments;
}

/**
 * The subject of the last verb of the nearest clause before segment `k` that has one: "the two crews" in "It is
 * understood the two crews were sent home, ..." (the noun phrase right before that verb's group), or none when it is
 * a pronoun or no noun phrase stands there.
 */
function mainSubjectBefore(tokens: readonly Token[], segments: Segment[], k: number, skip: Set<number>): number[] {
  const main = segments.slice(0, k).reverse().find((x) => hasVerb(tokens, x.from, x.to, skip));
  if (!main) return [];
  const ids = range(main.from, main.to, skip);
  // (the first verb group with a named noun phrase right before it: past "It is understood" to "the two crews were")
  for (let v = 0; v < ids.length; v++) {
    if (!isVerbal(tokens[ids[v]]) || (v > 0 && (isVerbal(tokens[ids[v - 1]]) || /^(?:adv|neg|to)$/.test(tokens[ids[v - 1]].tag)))) continue;
    const np = v > 0 ? trailingNounPhrase(tokens, main.from, ids[v], skip) : [];
    if (np.length && np.some((i) => /^(?:noun|name)$/.test(tokens[i].tag)) && !np.some((i) => tokens[i].tag === 'pron')) return np;
  }
  return [];
}

/** "before being mended", "after having been sold": a passive clause of time with no subject of its own. */
function passiveAfterTime(tokens: readonly Token[], seg: Segment | undefined, skip: Set<number>): boolean {
  if (!seg || !/^(?:before|after|until|without)$/.test(seg.lead ?? '')) return false;
  const own = range(seg.from + 1, seg.to, skip).filter((i) => tokens[i].tag !== 'adv');
  return tokens[own[0]]?.lower === 'being' || tokens[own[0]]?.lower === 'having' && tokens[own[1]]?.lower === 'been';
}

/** "The agency says (that) the pipe burst": the subject of what a saying after `subject` tells, if it has one. */
function toldSubject(tokens: readonly Token[], seg: Segment, subject: number[], skip: Set<number>): number[] {
  const verb = range(subject[subject.length - 1] + 1, seg.to, skip).find((i) => tokens[i].tag !== 'adv');
  if (verb === undefined || !FRAME_VERBS[tokens[verb].lower] || !isVerbal(tokens[verb])) return [];
  const from = tokens[verb + 1]?.lower === 'that' ? verb + 2 : verb + 1;
  const told = subjectOf(tokens, { from, to: seg.to, lead: null, afterPunct: false }, skip);
  return told.length && hasVerb(tokens, told[told.length - 1] + 1, seg.to, skip) && tokens[told[0]].tag !== 'prep' ? told : [];
}

/**
 * "The club of lenders, including Avalon, Norland and Eastmark, called for talks": an aside opened by "including",
 * its list's items set off by commas, tells part of the noun before it and lends the verb after it no subject. The
 * index of the piece that opens the aside, or `k` when the verb's piece follows no such aside.
 */
function includingAside(tokens: readonly Token[], segments: Segment[], k: number, skip: Set<number>): number {
  if (k < 2 || tokens[segments[k].from - 1]?.text !== ',') return k;
  const bare = (x: Segment) => {
    const w = range(x.from, x.to, skip).filter((i) => tokens[i].tag !== 'punct');
    return !x.lead && w.length > 0 && w.length <= 4 && w.every((i) => /^(?:det|adj|noun|name|conj)$/.test(tokens[i].tag));
  };
  let s = k - 1;
  while (s > 1 && bare(segments[s]) && tokens[segments[s].from - 1]?.text === ',') s--;
  const opening = range(segments[s].from, segments[s].to, skip)[0];
  return s > 0 && tokens[segments[s].from - 1]?.text === ',' && tokens[opening]?.lower === 'including' && !hasVerb(tokens, segments[s].from, segments[s].to, skip) ? s : k;
}

/** The subject a verb-first clause inherits: from the nearest earlier main clause that has one. */
function borrowedSubject(tokens: readonly Token[], segments: Segment[], k: number, skip: Set<number>): number[] {
  // "the same people who, three weeks ago, were complaining": a relative pronoun the comma cut from its verb
  const before = k > 0 ? range(segments[k - 1].from, segments[k - 1].to, skip) : [];
  const last = before[before.length - 1];
  if (last !== undefined && /^(?:who|which)$/.test(tokens[last].lower) && segments[k - 1].to === segments[k].from - 1 && tokens[segments[k - 1].to].text === ',' && last === segments[k - 1].to - 1) {
    const np = trailingNounPhrase(tokens, segments[k - 1].from, last, skip);
    if (np.length) return namedByApposition(tokens, segments, k - 1, np, skip);
  }
  for (let s = includingAside(tokens, segments, k, skip) - 1; s >= 0; s--) {
    const seg = segments[s];
    // "the tribute to Ann Lee, who fell ill and died last week": a verb-first clause joined to a relative
    // one shares its subject, the noun phrase the relative is about
    // (with nothing but the left-out date between them: "people who, three weeks ago, were complaining")
    const next = s === k - 1 || segments.slice(s + 1, k).every((x) => tokens[x.from - 1]?.text !== '(' && range(x.from, x.to, skip).every((i) => tokens[i].tag === 'punct'));
    // ("The nephew of Tom Roe, the baker who sold the mill, was fined": a relative clause with no comma of its own
    // inside an aside set off by commas tells of the aside's noun, which renames the object of a preposition; the verb
    // after the aside's closing comma is the subject's, found before the aside)
    const renamed = s > 1 ? range(segments[s - 2].from, segments[s - 2].to, skip) : [];
    let objectFrom = renamed.length;
    while (objectFrom > 0 && /^(?:name|noun|adj|det|poss)$/.test(tokens[renamed[objectFrom - 1]].tag)) objectFrom--;
    const insideAside = s === k - 1 && objectFrom > 0 && objectFrom < renamed.length && tokens[renamed[objectFrom - 1]].tag === 'prep' && tokens[seg.from - 1]?.text !== ','
      && segments[s - 1].afterPunct && !segments[s - 1].lead && !hasVerb(tokens, segments[s - 1].from, segments[s - 1].to, skip)
      && !segments[k].lead && tokens[segments[k].from - 1]?.text === ',';
    if (insideAside) continue;
    if (seg.lead && RELATIVES.has(seg.lead) && next && s > 0 && seg.lead !== 'where' && seg.lead !== 'when' && seg.lead !== 'that') {
      const np = trailingNounPhrase(tokens, segments[s - 1].from, segments[s - 1].to, skip);
      if (np.length) return namedByApposition(tokens, segments, s - 1, np, skip);
    }
    // ("The agency said that the pipe burst before being mended": what was said opens with "that")
    if (seg.lead === 'that' && s > 0 && passiveAfterTime(tokens, segments[k], skip)) {
      const saying = range(segments[s - 1].from, segments[s - 1].to, skip).pop();
      const told = subjectOf(tokens, seg, skip);
      if (saying !== undefined && saying === seg.from - 1 && FRAME_VERBS[tokens[saying].lower] && isVerbal(tokens[saying]) && told.length && hasVerb(tokens, told[told.length - 1] + 1, seg.to, skip)) return told;
    }
    if (seg.lead && RELATIVES.has(seg.lead)) continue;
    // "The school, which shut after two pupils fell ill, said it would close": a clause that says when or why lends no
    // subject to a verb set off after it by a comma; its subject did neither ("as the fleet shrank and hit its lowest
    // size": a verb joined straight to it is its own)
    if (seg.lead && ADVERBIAL_LEADS.has(seg.lead) && segments[k].afterPunct) continue;
    // "scores of trucks, many with foreign plates, streamed north": an aside that tells part of the noun before is passed over
    const own = range(seg.from, seg.to, skip);
    // "the mayor said his niece, named Ida, had won": an aside naming the noun that ends a clause before it is passed
    // over for that noun, told with the name (a name given the sentence's opening subject is its alias: see aliasSubject)
    if (s > 0 && seg.afterPunct && own.length > 1 && /^(?:named|called)$/.test(tokens[own[0]].lower) && own.slice(1).every((i) => /^\p{Lu}/u.test(tokens[i].text)) && hasVerb(tokens, segments[s - 1].from, segments[s - 1].to, skip)) {
      const np = trailingNounPhrase(tokens, segments[s - 1].from, segments[s - 1].to, skip);
      if (np.length && !np.some((i) => tokens[i].tag === 'name')) return [...np, ...own.slice(1)];
    }
    if (s > 0 && seg.afterPunct && own.length > 1 && PART_ASIDE.test(tokens[own[0]].lower) && /^(?:with|of|in|from|carrying|still|already)$/.test(tokens[own[1]].lower) && !hasVerb(tokens, seg.from, seg.to, skip)) continue;
    // "The river rose when the old dam, weakened by rain, gave way": a piece that ends on "when" (or "after",
    // "because"...) and a noun phrase with no verb of its own leaves that phrase waiting for its verb past the aside;
    // it, not the main clause's subject, is the doer ("Old dam gave way")
    const waiting = subordinateSubject(tokens, own);
    if (waiting.length) return waiting;
    const subject = subjectOf(tokens, seg, skip);
    // "The agency says the pipe burst before being mended": a passive "before/after being" clause after a saying
    // tells of the subject of what was said, not of the speaker
    const said = subject.length ? toldSubject(tokens, seg, subject, skip) : [];
    if (said.length && passiveAfterTime(tokens, segments[k], skip)) return said;
    // "Jane Roe, former mayor and a council member, said": an appositive after a name is passed over for the name
    // (", retired navy Capt. Ann Roe,": an -ed word before a role and a name describes her; the aside has no verb)
    const describedName = own.length > 2 && tokens[own[0]].tag === 'verb' && /ed$/u.test(tokens[own[0]].lower) && tokens[own[own.length - 1]].tag === 'name' && own.slice(1).every((i) => /^(?:noun|name|adj)$/.test(tokens[i].tag) || tokens[i].text === '.');
    const named = s > 0 && seg.afterPunct && (!hasVerb(tokens, seg.from, seg.to, skip) || describedName) ? subjectOf(tokens, segments[s - 1], skip) : [];
    // "a home where Tom Lee, a retired pilot, lived", "since Varn Aid, a charity, began": the name a "where",
    // "when" or "since" closes the piece before with
    // (rejoined to its clause for want of a verb) is the subject
    if (s > 0 && seg.afterPunct && !hasVerb(tokens, seg.from, seg.to, skip)) {
      const before = range(segments[s - 1].from, segments[s - 1].to, skip);
      let run = before.length;
      while (run > 0 && (tokens[before[run - 1]].tag === 'name' || tokens[before[run - 1]].text === '.' && tokens[before[run - 2]]?.tag === 'name')) run--;
      if (run > 0 && run < before.length && /^(?:where|when|since|after|before|until|while|because|although|though|once)$/.test(tokens[before[run - 1]].lower) && tokens[before[before.length - 1]].tag === 'name') return before.slice(run);
    }
    // ("Vell, chief of the fire service, said": a capitalised word the lexicon also knows is a name before a person's role)
    // ("The head of the Varn Health Board, Ann Roe, said": a name after a person's office "of" a body is the one
    // who holds it, though the body's name ends the phrase before)
    const of = named.findIndex((i) => /^(?:of|into|against)$/.test(tokens[i].lower));
    const head = of > 0 ? tokens[named[of - 1]] : undefined;
    // ("The official in charge of the pier, Ann Roe, said": the person's word before the phrase's first preposition)
    const at = named.findIndex((i) => tokens[i].tag === 'prep');
    const holder = at > 0 ? tokens[named[at - 1]] : undefined;
    const holds = (t: Token | undefined) => !!t && (personNoun(t.lower) || OFFICES.has(t.lower));
    // ("..., navy Capt. Ann Roe, said": the name after the lower-case words that describe her)
    const aside = describedName ? own.slice(1) : subject;
    const plain = aside.findIndex((i) => /^\p{Lu}/u.test(tokens[i].text));
    const titledName = plain >= 0 && aside.slice(0, plain).every((i) => /^(?:adj|noun)$/.test(tokens[i].tag)) ? aside.slice(plain) : [];
    const office = (holds(head) || holds(holder)) && titledName.length > 0 && titledName.some((i) => tokens[i].tag === 'name') && titledName.every((i) => tokens[i].tag === 'name' || tokens[i].text === '.' || /^\p{Lu}/u.test(tokens[i].text));
    if (office && !segments[s - 1].lead && !seg.lead) return titledName;
    const name = named.length > 0 && (tokens[named[named.length - 1]].tag === 'name' || roleAside(tokens, seg, skip) && named.every((i) => /^\p{Lu}/u.test(tokens[i].text)));
    if (name && (!segments[s - 1].lead || segments[s - 1].lead === 'and')) return named;
    // "The new bridge, the longest in the region, opened", "Norcom, the phone maker, sold": an appositive that
    // names no one is passed over for the noun phrase it describes, which opens the sentence
    const plainNP = (ids: number[]) => ids.length > 0 && ids.every((i) => /^(?:det|adj|noun|name|num|poss)$/.test(tokens[i].tag) || /^['’]s$/u.test(tokens[i].text));
    if (s === 1 && plainNP(named) && !segments[0].lead && subject.length && !subject.some((i) => tokens[i].tag === 'name' && !/['’]s$/u.test(tokens[i].text)) && range(0, segments[0].from, skip).length === 0) return named;
    // "The trial of the mayor's aide, Ann Roe, has begun": the name renames the aide, but what began is
    // the trial, the head before "of", "into" or "against" (not a person: "the wife of the mayor, Ann Roe, said" is Ann Roe)
    // (not "the smallest of the three, Ann Roe,", nor a name given as another word for it: "a fever, or RSF,")
    // ("the head of the flu program, Ann Roe," or "the organiser of the fair, Tom Vell,": an office or any word
    // the lexicon knows for a person is the named one's role)
    if (head && (head.tag === 'noun' || head.tag === 'adj' && !/est$/.test(head.lower)) && !holds(head) && !segments[s - 1].lead && !seg.lead && subject.length && subject.every((i) => tokens[i].tag === 'name')) return named;
    // "She drove to Lowmere, the county town, and died there": a noun phrase with no verb and no name, set off after a
    // clause, renames that clause's last noun; a verb joined on by "and" or "but" goes on from the clause's subject
    // (a name set off there may be the subject's: "The man hired to run it, Tom Vell, took over")
    const renaming = (ids: number[]) => ids.length > 0 && /^(?:the|a|an)$/.test(tokens[ids[0]].lower) && ids.every((i) => /^(?:det|adj|noun|num)$/.test(tokens[i].tag) && !/^\p{Lu}/u.test(tokens[i].text) || i === ids[0]);
    if (s > 0 && seg.afterPunct && /^(?:and|but)$/.test(segments[k].lead ?? '') && renaming(own) && !hasVerb(tokens, seg.from, seg.to, skip) && hasVerb(tokens, segments[s - 1].from, segments[s - 1].to, skip)) continue;
    // ", of the county fire service,": an appositive phrase is passed over for the name before it.
    // "..., damaging homes along the coast,": a participle phrase has no subject to lend
    // ("damaging" read as an adjective is the participle all the same)
    if (subject.length && tokens[subject[0]].tag !== 'prep' && tokens[subject[0]].tag !== 'ving' && !(tokens[subject[0]].tag === 'adj' && /ing$/.test(tokens[subject[0]].lower))) return subject;
  }
  return [];
}

/**
 * The noun phrase after a clause's lead ("when", "after", "because"...) that ends a piece with no verb after the lead:
 * "the old dam" of "The river rose fast when the old dam"; [] when the piece ends otherwise.
 */
function subordinateSubject(tokens: readonly Token[], own: number[]): number[] {
  // (a lead read as a clause's, not a preposition's: "until the storm" is no clause; an "as" straight after a verb tells
  // a role, "known as the main plans", "served as the chief", but after the verb's particle a clause, "went out as the ship")
  const clauseAs = (i: number) => tokens[i].lower === 'as' && !isVerbal(tokens[i - 1]) && tokens[i - 1]?.tag !== 'adv' && /^(?:the|a|an)$/.test(tokens[i + 1]?.lower ?? '');
  const lead = own.findLastIndex((i) => ADVERBIAL_LEADS.has(tokens[i].lower) && (tokens[i].lower !== 'as' && /^(?:rel|conj)$/.test(tokens[i].tag) || clauseAs(i)));
  const np = lead > 0 ? own.slice(lead + 1) : [];
  if (!np.length || !np.every((i) => /^(?:det|adj|noun|name|num|poss)$/.test(tokens[i].tag) || /^['’]s$/u.test(tokens[i].text))) return [];
  // (ending on its head: "the old dam", "Ann Roe's boat", not a bare "the" or "old")
  return /^(?:noun|name)$/.test(tokens[np[np.length - 1]].tag) ? np : [];
}

/**
 * Whether a noun phrase names a person: one headed by a word for a person ("the chief"), one after an
 * honorific ("Dr Vell"), or one a "who" clause describes ("Vell, who has tracked the virus").
 */
function personPhrase(tokens: readonly Token[], ids: number[]): boolean {
  if (!ids.length) return false;
  const last = ids[ids.length - 1];
  // (the head is the word before "of", "at" or "for", where one follows: "director of the institute")
  const of = ids.findIndex((i) => /^(?:of|at|for)$/.test(tokens[i].lower));
  const head = of > 0 ? ids[of - 1] : last;
  if (PERSON_NOUNS.has(tokens[head].lower) || ids.some((i) => HONORIFICS.has(tokens[i].text.replace(/\.$/u, '')))) return true;
  let next = last + 1;
  while (tokens[next]?.text === ',') next++;
  return tokens[next]?.lower === 'who';
}

function startsWithVerb(tokens: readonly Token[], ids: number[]): boolean {
  for (const i of ids) {
    const t = tokens[i];
    if (t.tag === 'adv' || t.tag === 'neg' || t.tag === 'quote') continue;
    return isVerbal(t) || t.tag === 'ving';
  }
  return false;
}

const range = (from: number, to: number, skip: Set<number>) => {
  const out: number[] = [];
  for (let i = from; i < to; i++) if (!skip.has(i)) out.push(i);
  return out;
};

/** Drops parenthetical asides that do not hold the date; titles have no room for them. */
function parentheticals(tokens: readonly Token[], keep: Set<number>): Set<number> {
  const drop = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].text !== '(' && tokens[i].text !== '[') continue;
    const closer = tokens[i].text === '(' ? ')' : ']';
    let j = i + 1;
    while (j < tokens.length && tokens[j].text !== closer && j - i < 40) j++;
    if (j >= tokens.length || tokens[j].text !== closer) continue;
    // "(T)he accident", "(T) he accident": a letter bracketed into a quotation is the word's own first letter
    if (j === i + 2 && bracketedLetter(tokens, i)) continue;
    let holdsDate = false;
    for (let k = i; k <= j; k++) if (keep.has(k)) holdsDate = true;
    if (!holdsDate) for (let k = i; k <= j; k++) drop.add(k);
    i = j;
  }
  // "since traders -- including the broker Tom Lee -- bought stakes": a verbless aside between two dashes
  // inside a clause goes like a bracketed one, so its clause keeps its subject
  for (let i = 1; i < tokens.length; i++) {
    const open = dashAt(tokens, i);
    if (!open) continue;
    let j = i + open;
    while (j < tokens.length && !dashAt(tokens, j) && j - i < 30) j++;
    const close = dashAt(tokens, j);
    const after = tokens[j + close];
    if (!close || !after || j === i + open || !/^(?:noun|name|pron)$/.test(tokens[i - 1].tag) || !/^\p{Ll}/u.test(after.text)) {
      i = Math.max(i, j - 1);
      continue;
    }
    const inside = range(i + open, j, new Set());
    // (the dot of an initial or an abbreviation is no punctuation: "-- the Mary T. Lund --")
    // ("gave the plan -- a levy that has angered traders -- a week more": a noun phrase with its own relative clause
    // is an aside too; its verbs are the relative's)
    const relative = tokens[inside[0]]?.tag === 'det' ? inside.findIndex((k, n) => n > 1 && tokens[k].tag === 'rel' && /^(?:noun|name)$/.test(tokens[inside[n - 1]].tag)) : -1;
    // ("-- including two firms, a bank, and a trust --", "- the towns on the coast, including Avalon -": the commas of
    // a list inside the aside end no clause; a comma with no "and"/"or"/"including" after it is a clause's: "_ sewn
    // last week, before the flood _")
    const list = inside.some((k, n) => /^(?:and|or|including)$/i.test(tokens[k].text) && inside.slice(0, n).some((c) => tokens[c].text === ','));
    const finite = inside.some((k, n) => /^(?:verb|aux|modal)$/.test(tokens[k].tag) && (relative < 0 || n < relative) || tokens[k].tag === 'punct' && !(list && tokens[k].text === ',') && !closesAbbreviation(tokens, k) || tokens[k].tag === 'quote');
    if (!finite && !inside.some((k) => keep.has(k))) for (let k = i; k < j + close; k++) drop.add(k);
    i = j + close - 1;
  }
  // "The death toll, initially 10, has risen", "Tom Lee, 49, was fined": a short aside with no name or verb
  // between a subject's noun and its verb goes the same way
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].text !== ',' || !/^(?:noun|name)$/.test(tokens[i - 1].tag)) continue;
    let j = i + 1;
    while (j < tokens.length && j - i <= 4 && /^(?:adv|num|adj)$/.test(tokens[j].tag) && !/^\p{Lu}/u.test(tokens[j].text)) j++;
    const verb = tokens[j + 1];
    if (j === i + 1 || tokens[j]?.text !== ',' || !verb || !/^(?:verb|aux|modal)$/.test(verb.tag) || !/^\p{Ll}/u.test(verb.text)) continue;
    if (!range(i, j + 1, new Set()).some((k) => keep.has(k))) for (let k = i; k <= j; k++) drop.add(k);
    i = j;
  }
  // "The board named Ana Vell, a former judge, to chair the inquiry": an aside describing a named object goes the
  // same way when what completes the verb ("to chair", "as its head") comes after it, so the title keeps that part
  for (let i = 2; i < tokens.length; i++) {
    if (tokens[i].text !== ',' || tokens[i - 1].tag !== 'name' || drop.has(i) || !/^(?:det|poss)$/.test(tokens[i + 1]?.tag ?? '')) continue;
    let n = i - 1;
    while (n > 0 && (tokens[n - 1].tag === 'name' || closesAbbreviation(tokens, n - 1))) n--;
    if (tokens[n - 1]?.tag !== 'verb') continue;
    let j = i + 1;
    while (j < tokens.length && j - i <= 16 && (/^(?:det|poss|adj|noun|name|num|prep|conj|ving)$/.test(tokens[j].tag) || closesAbbreviation(tokens, j))) j++;
    const after = tokens[j + 1];
    if (tokens[j]?.text !== ',' || !after || !(after.tag === 'to' || after.lower === 'as')) continue;
    if (!range(i, j + 1, new Set()).some((k) => keep.has(k))) for (let k = i; k <= j; k++) drop.add(k);
    i = j;
  }
  return drop;
}

/** The dash opening or closing an aside at token `i`: "—", "–", "--" (two tokens) or a spaced "-" or "_" (a wire's dash); its length in tokens, or 0. */
function dashAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t) return 0;
  if (t.text === '—' || t.text === '–' || t.text === '--') return 1;
  if (t.text !== '-' && t.text !== '_') return 0;
  const next = tokens[i + 1];
  if (next?.text === '-' && next.start === t.end) return 2;
  const prev = tokens[i - 1];
  return prev && prev.end < t.start && next && next.start > t.end ? 1 : 0;
}

/** "the attack that sparked the war" (relative) versus "said that the bridge would reopen" (complement). */
function isRelativeThat(tokens: readonly Token[], prev: Segment, at: number, skip: Set<number>): boolean {
  // ("said the town keeps the rules that were written in 1990": a "that" whose verb comes straight after it has no
  // subject of its own, so it is a relative on the noun before it, whatever saying came earlier; a "that" clause
  // told by a saying has its own subject)
  if (!verbFollows(tokens, at, skip)) for (let i = prev.from; i < prev.to; i++) if (FRAME_VERBS[tokens[i].lower] && isVerbal(tokens[i])) return false;
  let j = at - 1;
  while (j >= prev.from && skip.has(j)) j--;
  // ("the circular that": a word the tagger read as describing is the noun right after a determiner)
  return isNominal(tokens[j]) || tokens[j]?.text === ',' || tokens[j]?.tag === 'adj' && /^(?:det|poss)$/.test(tokens[j - 1]?.tag ?? '');
}

/** Whether the word after `at`, past adverbs and "not", is a verb: "that was issued", "that never arrived". */
function verbFollows(tokens: readonly Token[], at: number, skip: Set<number>): boolean {
  let i = at + 1;
  while (i < tokens.length && (skip.has(i) || tokens[i].tag === 'adv' || tokens[i].tag === 'neg')) i++;
  return isVerbal(tokens[i]);
}

interface Pick {
  parts: (number | string)[];
  /** Told as a clause of its own with a verb put in ("with voting due to start" → "Voting is due to start"). */
  clause?: boolean;
}

/** Chooses the tokens (and any replacement words) that tell the dated happening. */
function pickClause(tokens: readonly Token[], dated: Set<number>, skip: Set<number>, dateWords: Set<number> = new Set(), ahead = false): Pick {
  const firstDated = Math.min(...dated);
  const segments = timedGerundApart(tokens, segmentClauses(tokens, skip), firstDated, skip);
  const k = Math.max(0, segments.findIndex((s) => firstDated >= s.from && firstDated < s.to));
  const seg = segments[k] ?? { from: 0, to: tokens.length, lead: null, afterPunct: false };

  const source = accordingTo(tokens, seg, dated, skip);
  if (source) return source;
  // ("X said ..., with Y starting on Monday": the "with" phrase is the date's clause, not the saying)
  const absolute = withAbsolute(tokens, segments, k, skip, firstDated, ahead);
  if (absolute) return absolute;
  // ("X said that, on 3 October, he left": a setting set off after the saying's "that" is what was said; the saying
  // before it frames the clause after it)
  const before = k > 0 ? range(segments[k - 1].from, segments[k - 1].to, skip) : [];
  const setOff = before.length > 0 && tokens[before[before.length - 1]].lower === 'that' && !hasVerb(tokens, seg.from, seg.to, skip) && !!segments[k + 1] && !segments[k + 1].lead;
  const framed = framedTitle(tokens, segments, setOff ? k - 1 : k, skip, dateWords) ?? (setOff ? framedTitle(tokens, segments, k, skip, dateWords) : null);
  if (framed) return framed;
  const trailing = trailingParticiple(tokens, segments, k, skip, firstDated);
  if (trailing) return trailing;
  const cleft = cleftClause(tokens, segments, k, skip);
  if (cleft) return cleft;
  // "It was only a year ago, after the talks failed, that the bank was rescued": a cleft puts the date first and
  // tells its happening in the "that" clause
  const datedCleft = cleftThat(tokens, dateWords.size ? dateWords : dated, skip);
  if (datedCleft) return { parts: datedCleft };
  const fronted = frontedParticiple(tokens, segments, k, skip);
  if (fronted) return fronted;
  const consequence = consequenceWhen(tokens, segments, k, skip);
  if (consequence) return consequence;

  let own = range(seg.from + (seg.lead ? 1 : 0), seg.to, skip);
  // "Ann Roe, left, and Tom Lee leave the meeting": a caption's "left" or "right" between two names joined by "and"
  if (seg.lead === 'and' && k >= 2 && hasVerb(tokens, seg.from, seg.to, skip)) {
    const side = range(segments[k - 1].from, segments[k - 1].to, skip);
    const before = range(segments[k - 2].from, segments[k - 2].to, skip);
    let run = before.length;
    while (run > 0 && tokens[before[run - 1]].tag === 'name') run--;
    if (side.length === 1 && /^(?:left|right|centre|center|above|below|pictured|top|bottom)$/.test(tokens[side[0]].lower) && before.length - run >= 2) own = [...before.slice(run), seg.from, ...own];
  }
  // "the envoy of Norland, with whom the governor met on Monday": the noun is the object of the preposition before
  // "whom", which the clause ends without ("Governor met with the envoy of Norland")
  const prep = seg.from - 1;
  if (/^(?:whom|which)$/.test(seg.lead ?? '') && k > 0 && tokens[prep]?.tag === 'prep' && !skip.has(prep) && own.length >= 2 && isVerbal(tokens[own[own.length - 1]])) {
    const alone = segments[k - 1].from === prep;
    const holder = alone ? segments[k - 2] : segments[k - 1];
    const np = holder ? trailingNounPhrase(tokens, holder.from, alone ? holder.to : prep, skip) : [];
    if (np.some((i) => tokens[i].tag === 'name' || tokens[i].tag === 'noun')) return { parts: [...own, prep, ...np] };
  }
  if (seg.lead && RELATIVES.has(seg.lead) && seg.lead !== 'where' && seg.lead !== 'when' && k > 0 && hasVerb(tokens, seg.from, seg.to, skip)) {
    const relativeThat = seg.lead !== 'that' || isRelativeThat(tokens, segments[k - 1], seg.from, skip);
    if (relativeThat) {
      // "two clerks at the company that folded in 2019 have been charged": after the left-out date, a second verb is
      // the main clause's, not the relative's
      const resumed = own.findIndex((i, n) => n > 0 && i > own[n - 1] + 1 && isVerbal(tokens[i]) && hasVerb(tokens, own[0], own[n - 1] + 1, skip));
      // "400 jobs that Brisko said last month would be lost": after a saying, the verb group is
      // what was said of the noun, not the main clause's ("Brisko said 400 jobs would be lost")
      const saidOf = resumed > 0 && FRAME_VERBS[tokens[own[resumed - 1]].lower] && /^(?:aux|modal)$/.test(tokens[own[resumed]].tag);
      let told = saidOf ? own.slice(resumed) : [];
      // (up to the main clause's verb, where one follows: "The plant that Brisko said would close employs 400")
      const mainVerb = told.findIndex((i, n) => n > 0 && isVerbal(tokens[i]) && (!/^(?:aux|modal|verb|ven|ving|adv|neg|to)$/.test(tokens[told[n - 1]].tag) || tokens[i].tag === 'verb' && tokens[told[n - 1]].tag === 'verb'));
      if (mainVerb > 0) told = told.slice(0, mainVerb);
      if (resumed > 0) own = own.slice(0, resumed);
      const prev = segments[k - 1];
      let np = namedByApposition(tokens, segments, k - 1, listPhrase(tokens, segments, k - 1, personAtPlace(tokens, segments, k - 1, seg.lead, trailingNounPhrase(tokens, prev.from, prev.to, skip), skip), skip), skip);
      // "a fire, the town's worst in a decade, which broke out on Tuesday": a superlative with no noun of its own set
      // off by commas only ranks the noun before it, which the relative tells of (not "a decade")
      const ranked = superlativeAside(tokens, segments, k - 1, skip);
      if (ranked.length) np = ranked;
      // "the capture of Varn, who is accused": "who" is about the person named after "of", not the thing before it
      const of = np.findLastIndex((i) => tokens[i].lower === 'of');
      if (seg.lead === 'who' && of > 0 && of < np.length - 1 && np.slice(of + 1).every((i) => tokens[i].tag === 'name' || tokens[i].text === '.') && /^\p{Ll}/u.test(tokens[np[of - 1]].text) && !PERSON_NOUNS.has(tokens[np[of - 1]].lower)) np = np.slice(of + 1);
      // "Fears that the flu could spread hit shares on Monday": a second verb after the clause's own is the
      // sentence's, whose subject is the noun with its "that" clause, told whole
      const second = np.length && resumed < 0 ? secondVerb(tokens, own) : -1;
      // (a "that" with its verb straight after it is a relative on the subject, as "who" and "which" are)
      const subjectRelative = /^(?:who|which)$/.test(seg.lead) || seg.lead === 'that' && verbFollows(tokens, seg.from, skip);
      if (second > 0 && seg.lead === 'that' && !hasVerb(tokens, prev.from, prev.to, skip) && range(0, np[0], skip).every((i) => tokens[i].tag === 'punct' || tokens[i].tag === 'quote')) {
        // too long to reach past the verb, the "that" clause goes: "Fears hit shares"
        const chars = [...np, seg.from, ...own.slice(0, second + 3)].reduce((n, i) => n + tokens[i].text.length + 1, 0);
        return { parts: chars <= MAX_TITLE ? [...np, seg.from, ...own] : [...np, ...own.slice(second)] };
      }
      // "A rebel who is the target of a search was arrested on Monday": the date is the main verb's, which
      // takes up the subject again after the relative clause (told without it: "Rebel was arrested")
      // ("a man who was fishing was killed": a verb in -ing ends the relative's verb group)
      const main = second > 0 ? second : np.length && resumed < 0 ? afterProgressive(tokens, own) : -1;
      const resumesMain = main > 0 && subjectRelative && tokens[seg.from - 1]?.text !== ',' && !hasVerb(tokens, prev.from, prev.to, skip)
        && !namesRunIntoVerb(tokens, own, main);
      if (resumesMain && firstDated > own[main]) return { parts: [...np, ...own.slice(main)] };
      // "The 1920 storm which flooded the towns came in three waves": dated before the main verb, the relative clause is
      // told, up to that verb ("1920 storm flooded the towns", not "... flooded the towns came")
      if (resumesMain && startsWithVerb(tokens, own)) return { parts: [...np, ...relativeBeforeMain(tokens, own, main)] };
      if (np.length && told.length && seg.lead === 'that' && !np.some((i) => tokens[i].tag === 'pron')) return { parts: [...own, ...np, ...told] };
      if (np.length) {
        if (seg.lead === 'whose') return { parts: [...np, /s$/.test(tokens[np[np.length - 1]].lower) && tokens[np[np.length - 1]].tag === 'name' ? "'" : "'s", ...own] };
        if (startsWithVerb(tokens, own)) return { parts: [...np, ...own] };
        // "the mill, which the cooperative bought": the noun is the object the verb ends without; a clause
        // that ends on its own object keeps the noun before it ("Worries that the drought could spread ...")
        const end = tokens[own[own.length - 1]];
        // "the board, which Ana Ruiz set up in May to look into the fire": the noun is the object the verb ends
        // without before its purpose ("Ana Ruiz set up board to look into the fire")
        const v = own.findIndex((i) => isVerbal(tokens[i]));
        const particle = v > 0 && /^(?:up|out|off|down|back)$/.test(tokens[own[v + 1]]?.lower ?? '') ? 1 : 0;
        if (v > 0 && tokens[own[v]].tag !== 'aux' && tokens[own[v + 1 + particle]]?.tag === 'to' && isVerbal(tokens[own[v + 2 + particle]]) && own.slice(0, v).every((i) => /^(?:det|noun|name|adj)$/.test(tokens[i].tag)) && own.slice(0, v).some((i) => tokens[i].tag === 'name' || tokens[i].tag === 'noun')) {
          // ("the Joint Board on the Varn Fire": a body's name runs back over its "on the")
          const prep = (i: number) => /^(?:on|of|for)$/.test(tokens[i]?.lower ?? '');
          const capital = (i: number) => /^\p{Lu}/u.test(tokens[i]?.text ?? '');
          let from = np[0];
          while (from >= 2) {
            const at = tokens[from].tag === 'det' ? from : tokens[from - 1]?.tag === 'det' ? from - 1 : from;
            if (!prep(at - 1) || !capital(at - 2) || !capital(tokens[at].tag === 'det' ? at + 1 : at)) break;
            let k = at - 2;
            while (k > 0 && capital(k - 1) && tokens[k - 1].tag !== 'det') k--;
            from = k;
          }
          const object = from < np[0] ? [...range(from, np[0], skip), ...np] : np;
          return { parts: [...own.slice(0, v + 1 + particle), ...object, ...own.slice(v + 1 + particle)] };
        }
        return { parts: /^(?:noun|name|num|adj)$/.test(end?.tag ?? '') && !isVerbal(end) ? [...np, seg.from, ...own] : [...own, ...np] };
      }
    }
  }

  // "In Norland, where the president stopped on Monday, ...": a "where" clause that ends on its verb says where
  if (seg.lead === 'where' && k > 0 && own.length >= 2 && isVerbal(tokens[own[own.length - 1]]) && !isVerbal(tokens[own[0]])) {
    const np = trailingNounPhrase(tokens, segments[k - 1].from, segments[k - 1].to, skip);
    const verb = tokens[own[own.length - 1]];
    if (np.length && np.some((i) => tokens[i].tag === 'name' || tokens[i].tag === 'noun')) {
      return { parts: [...own, ...(PLACE_OBJECT_VERBS.has(verb.lower) ? [] : ['in']), ...np] };
    }
  }
  const governed = governingClause(tokens, segments, k, own, skip) ?? describedSubject(tokens, segments, k, own, skip, firstDated);
  if (governed) return governed;
  let ids = own;
  // "with scientists, academics and officials on Tuesday on how to contain the spill": a list's last item
  // with only an infinitive after it has no verb of its own either
  // (not "museums to follow suit", a plan told of the list's items)
  const infinitiveOnly = seg.afterPunct && k > 0 && !seg.lead && tokens[seg.from].tag !== 'ving' && !range(seg.from, seg.to, skip).some((i) => isVerbal(tokens[i]) && !questionInfinitive(tokens, i - 1));
  // "let the parade start as originally planned on Sunday": "as planned", "as expected" says how the
  // main clause's deed went, no deed of its own
  const asPlanned = seg.lead === 'as' && k > 0 && own.length >= 1 && own.length <= 2 && /ed$/.test(tokens[own[own.length - 1]].lower) && own.slice(0, -1).every((i) => tokens[i].tag === 'adv');
  // ("were admitted to hospital, after returning from Port Ellis on Tuesday": a gerund's clause of time after a main
  // clause tells its own deed, told with the main clause's subject below)
  const gerund = tokens[own.find((i) => tokens[i].tag !== 'adv') ?? -1];
  const timedGerund = GERUND_TIME_LEADS.has(seg.lead ?? '') && gerund?.tag === 'ving' && !/^(?:being|having)$/.test(gerund.lower) && mainSubjectBefore(tokens, segments, k, skip).length > 0;
  if ((!hasVerb(tokens, seg.from, seg.to, skip) && !timedGerund) || infinitiveOnly || asPlanned) {
    // A verbless piece ("On Tuesday", "a day after the vote") leans on the nearest real clause.
    // (a main clause before a relative one: "The team has flown the jet, which is the fastest, since 1979")
    const earlierClauses = segments.slice(0, k).reverse().filter((s) => hasVerb(tokens, s.from, s.to, skip));
    const leads = relativeLeads(segments);
    const earlierMain = earlierClauses.find((s) => !/^(?:that|which|who|whom|whose)$/.test(leads.get(s) ?? '')) ?? earlierClauses[0];
    // a relative clause ("that sits over the head") tells of a noun, not the happening: a main clause first
    const laterClauses = segments.slice(k + 1).filter((s) => hasVerb(tokens, s.from, s.to, skip));
    // ("Two years ago, the site's news page, where readers post videos, became a source": a "where" clause tells of a
    // place, set off inside the subject; the main clause is after it. A "when" clause after a fronted date tells that
    // time's own happening, and stays: "In May, when the wave swept through the town, he ...")
    let later = laterClauses.find((s) => !/^(?:that|which|who|whom|whose|where)$/.test(leads.get(s) ?? '')) ?? laterClauses[0];
    // ("On Friday, two days before the vote was held, the mayor resigned": a clause of "after", "before", "since" or
    // "until" tells a happening at another time than the date's; a clause with no lead after it is the date's)
    if (later && /^(?:after|before|since|until)$/.test(leads.get(later) ?? '')) later = laterClauses.slice(laterClauses.indexOf(later) + 1).find((s) => !leads.get(s)) ?? later;
    // ("Until 1990, pensions, formally known as annuities, were the main source": a describing piece between the
    // subject and a piece opened by its verb is set off; the verb's piece is the clause)
    const after = later ? laterClauses[laterClauses.indexOf(later) + 1] : undefined;
    const opener = after ? tokens[range(after.from, after.to, skip)[0]] : undefined;
    // (not a deed of the subject's own told in -ing: "Ana Ruiz, having donated $5 million, was made a citizen")
    const describer = later ? range(later.from, later.to, skip).find((i) => tokens[i].tag !== 'adv') : undefined;
    // ("On Friday, divers, hoping to find the wreck, searched the bay": an "-ing" phrase set off after the subject tells
    // what the doer meant or felt meanwhile; the deed of the day is the verb after it)
    const subject = later ? segments[segments.indexOf(later) - 1] : undefined;
    const subjectEnd = subject ? tokens[range(subject.from, subject.to, skip).at(-1) ?? -1] : undefined;
    const meanwhile = !!later && !later.lead && tokens[describer ?? -1]?.tag === 'ving' && tokens[describer ?? -1]?.lower !== 'having' && !!subject && !hasVerb(tokens, subject.from, subject.to, skip) && tokens[subject.to]?.text === ',' && subject.to === later.from - 1 && /^(?:noun|name|pron)$/.test(subjectEnd?.tag ?? '');
    if (later && after && !after.lead && later.to === after.from - 1 && (meanwhile || describingPiece(tokens, later, skip) && tokens[describer ?? -1]?.tag !== 'ving') && /^(?:verb|aux|modal)$/.test(opener?.tag ?? '') && !hasVerb(tokens, seg.from, seg.to, skip)) later = after;
    // "..., and as recently as 2007, Jan Roe wrote": a date fronted in its piece leads into the clause after it
    const fronted = range(seg.from + (seg.lead ? 1 : 0), firstDated, skip).length === 0 && seg.lead === 'and';
    // "Ann Roe, who stepped down as chairman, president and chief executive in March": a list's last items go on
    // with the noun that ends the clause just before, and the date is that clause's, though it is a relative one
    // (told as that clause is, with the list's last items after its first)
    const listStart = k > 0 ? range(segments[k - 1].from, segments[k - 1].to, skip).at(-1) : undefined;
    if (listStart !== undefined && !seg.lead && tokens[seg.from - 1]?.text === ',' && earlierClauses[0] === segments[k - 1] && earlierMain !== segments[k - 1] && /^(?:noun|name)$/.test(tokens[listStart].tag) && continuesList(tokens, own, firstDated)) {
      const told = pickClause(tokens, new Set([listStart]), skip, dateWords);
      const items = own.filter((i) => i < firstDated && tokens[i].tag !== 'prep');
      if (told.parts.at(-1) === listStart) return { parts: [...told.parts, ',', ...items] };
    }
    const target = k === 0 || !earlierMain || fronted && later ? later ?? earlierMain : earlierMain;
    const targetWords = target ? range(target.from, target.to, skip) : [];
    const lastWord = tokens[targetWords[targetWords.length - 1]];
    // "The tremor hit at 1653 on Tuesday, the survey said": a bare saying after the piece is its source, not its
    // happening; the piece, whose verb the lexicon took for a noun, tells it better
    // (a saying with its "that" clause after it is a happening of its own)
    const thatAfter = target && segments[segments.indexOf(target) + 1]?.lead === 'that';
    if (target === later && !thatAfter && lastWord && FRAME_VERBS[lastWord.lower] && own.filter((i) => tokens[i].tag !== 'punct').length >= 2 && own.some((i) => tokens[i].tag === 'det' || tokens[i].tag === 'name')) return { parts: own };
    if (target) {
      const at = segments.indexOf(target);
      // ('"...," said Ana Ruiz, a consultant, on Monday': the clause leaned on is a saying, told with what was said)
      const opener = tokens[targetWords.find((i) => tokens[i].tag !== 'quote') ?? target.from];
      const framed = target === earlierMain && FRAME_VERBS[opener.lower] && isVerbal(opener) ? framedTitle(tokens, segments, at, skip, dateWords) : null;
      if (framed) return framed;
      return finishPlain(tokens, segments, at, upToMainVerb(tokens, segments, at, range(target.from + (target.lead ? 1 : 0), target.to, skip), skip, firstDated), skip);
    }
  }
  return finishPlain(tokens, segments, k, [...listHead(tokens, segments, k, skip), ...ids], skip);
}

/** Verbs whose clause tells a state or a view, not a happening the "when" clause brought about. */
const STATE_VERBS = words('is are was were be been being am become became becomes seem seemed seems remain remained remains appear appeared appears');

/**
 * "About 40 people died when two bridges collapsed in May 2019": the date is the "when" clause's, but the clause before
 * it tells what came of that happening, the news; the title tells both ("About 40 people died when two bridges
 * collapsed"), where they fit `MAX_WHOLE_TITLE`. Only a main clause opening the sentence, undated, straight before "when" (no
 * comma), whose verb group is a past deed: not a state ("was", "became"), a modal, a negation or a saying.
 */
function consequenceWhen(tokens: readonly Token[], segments: Segment[], k: number, skip: Set<number>): Pick | null {
  const seg = segments[k];
  const prev = segments[k - 1];
  if (k < 1 || seg.lead !== 'when' || !prev || prev.lead || prev.to !== seg.from || tokens[seg.from - 1]?.text === ',') return null;
  // (the clause before "when" has no date of its own)
  if (range(0, seg.from, new Set()).some((i) => CALENDAR_WORDS.includes(tokens[i].lower) || /^\d{4}$/.test(tokens[i].text) || /^(?:today|yesterday|tomorrow)$/.test(tokens[i].lower))) return null;
  // ("Forty people - most of them pupils - died", "The school in Lowmere, a market town, closed": an aside set off
  // between the subject and its verb goes, and so do the words of a dash's aside; the subject has no verb of its own)
  const asides = segments.slice(1, k - 1);
  if (k > 1 && (segments[0].lead || !startsWithVerb(tokens, range(prev.from, prev.to, skip)) || hasVerb(tokens, segments[0].from, segments[0].to, skip) || asides.some((g) => g.lead || hasVerb(tokens, g.from, g.to, skip)))) return null;
  const before = k > 1 ? [...range(segments[0].from, segments[0].to, skip), ...range(prev.from, prev.to, skip)] : range(prev.from, prev.to, skip);
  const dashes = before.filter((i) => /^[-–—]+$/u.test(tokens[i].text));
  const told = wordsAmong(tokens, dashes.length === 2 ? before.filter((i) => i < dashes[0] || i > dashes[1]) : before);
  const own = range(seg.from + 1, seg.to, skip);
  const v = told.findIndex((i) => isVerbal(tokens[i]));
  if (v < 1 || !told.slice(0, v).some((i) => isNominal(tokens[i])) || !subjectAndVerb(tokens, own)) return null;
  const verb = tokens[told[v]];
  const after = tokens[told[v + 1]];
  if (verb.tag === 'modal' || told.some((i) => isNegation(tokens[i])) || FRAME_VERBS[verb.lower]) return null;
  const past = /^(?:was|were|had)$/.test(verb.lower) && /^(?:ven|verb)$/.test(after?.tag ?? '') && !STATE_VERBS.has(after.lower)
    || /^(?:verb|ven)$/.test(verb.tag) && !STATE_VERBS.has(verb.lower) && (pastTense(verb.lower) || /\p{Ll}ed$/u.test(verb.lower));
  if (!past) return null;
  const parts = [...told, seg.from, ...own];
  const chars = parts.reduce((n, i) => n + tokens[i].text.length + 1, 0);
  return chars <= MAX_WHOLE_TITLE ? { parts } : null;
}

/**
 * The word that opens each clause, or, for a verb joined straight on to a relative clause by "and" or "or", the
 * relative's: "the barge, which sits above the wreck and is tied to the pier," goes on telling of the barge ("which").
 * One pass over the clauses.
 */
function relativeLeads(segments: Segment[]): Map<Segment, string | null> {
  const leads = new Map<Segment, string | null>();
  // (the first clause of each run of verbs joined on straight, with no comma)
  let first = 0;
  for (const [at, seg] of segments.entries()) {
    if (!(at > 0 && /^(?:and|or)$/.test(seg.lead ?? '') && !seg.afterPunct && segments[at - 1].to === seg.from)) first = at;
    const lead = segments[first].lead;
    leads.set(seg, first < at && lead && RELATIVES.has(lead) ? lead : seg.lead);
  }
  return leads;
}

/** The tokens among `ids` that are words, marks and quotation marks left out. */
function wordsAmong(tokens: readonly Token[], ids: number[]): number[] {
  return ids.filter((i) => tokens[i].tag !== 'punct' && tokens[i].tag !== 'quote');
}

/**
 * A piece with a verb and no subject before it, opened by that verb or an adverb and its verb: "largely hidden from
 * view", "built in haste" (a participle's phrase set off before the subject it describes).
 */
function describingPiece(tokens: readonly Token[], seg: Segment, skip: Set<number>): boolean {
  const words = wordsAmong(tokens, range(seg.from, seg.to, skip));
  const verb = words.findIndex((i) => isVerbal(tokens[i]) || tokens[i].tag === 'ving');
  // (a participle goes on with a preposition, "known as", "hidden from"; a past tense with its object, "surveyed the
  // damage", is the subject's own verb in a list of its deeds)
  const next = tokens[words[verb + 1]];
  return !seg.lead && verb >= 0 && words.slice(0, verb).every((i) => tokens[i].tag === 'adv') && !subjectAndVerb(tokens, words) && (!next || next.tag === 'prep' || isPreposition(next.lower));
}

/**
 * "Volunteers used spades, buckets and bags on Monday to fight the flood", "The board voted, along with the council, to
 * sell the mill in May": a piece after a comma whose only verb is an infinitive is no clause; it goes on the clause
 * that governs it, whose subject and verb are told with it ("Board voted to sell the mill"). Asides opened by a
 * preposition between them are passed over, as are the piece's sister infinitives; a list's earlier items are kept.
 */
function governingClause(tokens: readonly Token[], segments: Segment[], k: number, own: number[], skip: Set<number>): Pick | null {
  const seg = segments[k];
  if (k < 1 || seg.lead || tokens[seg.from - 1]?.text !== ',' || !infinitivePiece(tokens, own)) return null;
  // ("on how to improve reading": a question's infinitive is what the piece is about, not its verb)
  if (own.some((i) => questionInfinitive(tokens, i))) return null;
  const between: (number | string)[] = [];
  for (let g = k - 1; g >= 0; g--) {
    const words = range(segments[g].from, segments[g].to, skip);
    const content = wordsAmong(tokens, words);
    if (!content.length) continue;
    if (subjectAndVerb(tokens, words)) {
      // (a main clause, opened by nothing: a relative or subordinate one tells of something else; nor an empty "it"
      // that the piece fills, "It was her decision to sell", which tells a verdict, not who did it)
      if (segments[g].lead || tokens[segments[g].to]?.text !== ',' || EMPTY_SUBJECT.has(tokens[content[0]].lower)) return null;
      // (a piece opened by a noun goes on the list the clause ends with, "used spades, buckets and sacks to ...", not
      // on a clause with a date of its own: "Cafes are to reopen on Monday, museums to follow" tells two happenings)
      const list = tokens[own[0]].tag !== 'to';
      if (list && (!/^(?:noun|name)$/.test(tokens[content[content.length - 1]].tag) || !own.some((i) => tokens[i].tag === 'conj'))) return null;
      if (range(segments[g].from, segments[g].to, new Set()).some((i) => CALENDAR_WORDS.includes(tokens[i].lower) || /^\d{4}$/.test(tokens[i].text))) return null;
      return { parts: [...words, ...between, ...(tokens[own[0]].tag === 'to' ? [] : [',']), ...own] };
    }
    // (an aside passed over only before an infinitive of the governing clause's: "with schools, museums and parks to
    // follow" is a list of the aside's own)
    if (infinitivePiece(tokens, content) || tokens[own[0]].tag === 'to' && isPreposition(tokens[content[0]].lower) && !hasVerb(tokens, segments[g].from, segments[g].to, skip)) continue;
    // a list's earlier item: nouns and their words only
    if (segments[g].lead || !content.every((i) => /^(?:det|adj|noun|name|num|poss|conj)$/.test(tokens[i].tag))) return null;
    between.unshift(',', ...words);
  }
  return null;
}

/**
 * "In May, largely hidden from view, the board changed the rules": after a fronted date, a piece with no subject of its
 * own describes the subject to come; the date is the clause's that follows, with its own subject and verb.
 */
function describedSubject(tokens: readonly Token[], segments: Segment[], k: number, own: number[], skip: Set<number>, firstDated: number): Pick | null {
  const seg = segments[k];
  const next = segments[k + 1];
  if (!next || next.lead || tokens[next.from - 1]?.text !== ',' || !own.length || own[0] < firstDated || !describingPiece(tokens, seg, skip)) return null;
  // (the date opens the sentence: a piece after a subject, "Farmers, who, in 2019, had sold", is that subject's)
  if (range(0, firstDated, skip).some((i) => !/^(?:punct|quote)$/.test(tokens[i].tag))) return null;
  const main = range(next.from, next.to, skip);
  return subjectAndVerb(tokens, main) ? finishPlain(tokens, segments, k + 1, main, skip) : null;
}

/** Whether the token at `to` is a question's "to": "on how to contain the spill", "whether to sell" (its verb tells what is asked, not a deed). */
function questionInfinitive(tokens: readonly Token[], to: number): boolean {
  return tokens[to]?.tag === 'to' && /^(?:how|what|whether|where|when|which)$/.test(tokens[to - 1]?.lower ?? '');
}

/** Subjects that name nothing until the words after the verb fill them: "It was her decision to sell the mill", "It was hard to tell". */
export const EMPTY_SUBJECT = words('it this that there');

/** Words whose first verb is an infinitive's, with nothing before its "to" that could be a subject's verb: "bags to wage a battle", "to let the bank fail". */
function infinitivePiece(tokens: readonly Token[], ids: number[]): boolean {
  // (the word after "to" is the verb, whatever the tagger made of it: "to close/adj the pier"; not "to the river")
  const verb = ids.findIndex((i, n) => isVerbal(tokens[i]) || tokens[i].tag === 'ving' || n > 0 && tokens[ids[n - 1]].tag === 'to' && !/^(?:det|poss|num|name|noun|pron|punct|quote)$/.test(tokens[i].tag));
  if (verb < 1 || tokens[ids[verb - 1]].tag !== 'to' || ids.slice(0, verb - 1).some((i) => /^(?:rel|sub)$/.test(tokens[i].tag))) return false;
  // ("its bid, due to expire in May", "a hearing, set to open on Monday": a describing word's infinitive tells of the
  // noun before the comma, see `dueTo`)
  if (verb >= 2 && /^(?:adj|ven|verb)$/.test(tokens[ids[verb - 2]].tag)) return false;
  // ("a placement, to be completed in May": a passive infinitive describes a noun, it tells no deed of the clause's)
  if (/^(?:be|have)$/.test(tokens[ids[verb]].lower)) return false;
  // (a verb the lexicon alone calls a noun is one when its object or particle follows: "to wage a battle", "to bail
  // out the bank"; not "payable to stock of record", where "to" is a preposition)
  const after = tokens[ids[verb] + 1];
  return tokenize(tokens[ids[verb]].lower)[0].tag === 'verb' || /^(?:det|poss|num|name|pron|adv)$/.test(after?.tag ?? '') || /^(?:up|out|off|down|back|over)$/.test(after?.lower ?? '');
}

/** Whether the words before a date are a list's last items: "president and chief executive" (nouns, joined by "and" or "or"). */
function continuesList(tokens: readonly Token[], own: number[], firstDated: number): boolean {
  const items = own.filter((i) => i < firstDated && tokens[i].tag !== 'punct');
  return items.length >= 3 && /^(?:noun|name|adj)$/.test(tokens[items[0]].tag) && items.some((i) => /^(?:and|or)$/.test(tokens[i].lower)) &&
    items.every((i) => /^(?:noun|name|adj|det|conj|prep)$/.test(tokens[i].tag) && (tokens[i].tag !== 'prep' || i === items.at(-1)));
}

/** Characters a title keeps after its subject's list and verb, for what was done. */
const LIST_ROOM = 25;

/**
 * "Avalon, Norland and Eastmark signed the pact": the items of a subject's list before its last comma
 * are pieces of their own; they open the sentence, a few words each with no verb, and the clause's subject
 * goes on with "and" or "or". Their words, commas and all, or none.
 */
function listHead(tokens: readonly Token[], segments: Segment[], k: number, skip: Set<number>): number[] {
  const seg = segments[k];
  if (k < 1 || seg.lead || tokens[seg.from - 1]?.text !== ',') return [];
  const own = range(seg.from, seg.to, skip);
  const verb = own.findIndex((i) => isVerbal(tokens[i]));
  if (verb < 2 || !own.slice(0, verb).some((i) => tokens[i].tag === 'conj') || !own.slice(0, verb).every((i) => /^(?:det|adj|noun|name|conj|punct|adv)$/.test(tokens[i].tag))) return [];
  let first = k - 1;
  const item = (x: Segment) => {
    const words = range(x.from, x.to, skip).filter((i) => tokens[i].tag !== 'punct');
    return !x.lead && words.length > 0 && words.length <= 4 && words.every((i) => /^(?:det|adj|noun|name)$/.test(tokens[i].tag)) && words.some((i) => /^\p{Lu}/u.test(tokens[i].text));
  };
  // ("Four clerks from Avalon, Norland and Eastmark were hired": the list may be the names after the subject's preposition)
  const opener = (x: Segment) => {
    const words = range(x.from, x.to, skip).filter((i) => tokens[i].tag !== 'punct');
    const prep = words.findIndex((i) => tokens[i].tag === 'prep');
    // (its first word capitalised after a dateline is read for a name: "- Four clerks")
    const tag = (i: number) => i === words[0] && tokens[i].tag === 'name' ? tokenize(tokens[i].lower)[0].tag : tokens[i].tag;
    return !x.lead && prep > 0 && words.length <= 7 && words.slice(0, prep).every((i) => /^(?:det|adj|noun|num)$/.test(tag(i))) && words.slice(0, prep).some((i) => tag(i) === 'noun')
      && words.slice(prep + 1).length > 0 && words.slice(prep + 1).every((i) => tokens[i].tag === 'name');
  };
  while (first > 0 && item(segments[first]) && tokens[segments[first].from - 1]?.text === ',') first--;
  if (!item(segments[first]) && !opener(segments[first]) || range(0, segments[first].from, skip).some((i) => tokens[i].tag !== 'punct' && tokens[i].tag !== 'quote')) return [];
  const head = range(segments[first].from, seg.from, skip);
  // only when the whole list and its verb leave room for what was done: a list cut short is worse than its last items
  const chars = [...head, ...own.slice(0, verb + 1)].reduce((n, i) => n + tokens[i].text.length + 1, 0);
  return chars <= MAX_TITLE - LIST_ROOM ? head : [];
}

/** A noun phrase's head: the word before "of" ("results of a poll", "sentence of 58 months"), else `last`. */
function phraseHead(tokens: readonly Token[], ids: number[], last = ids[ids.length - 1]): Token {
  const of = ids.findIndex((i) => tokens[i].lower === 'of');
  return tokens[of > 0 ? ids[of - 1] : last];
}

/** "was" or "were" for a noun phrase, by its head (see `phraseHead`). */
function beFor(tokens: readonly Token[], ids: number[]): 'was' | 'were' {
  const head = phraseHead(tokens, ids);
  return head.tag === 'noun' && /[^s]s$/.test(head.lower) || head.tag === 'noun' && PLURAL_WITHOUT_S.has(head.lower) ? 'were' : 'was';
}

/**
 * "..., according to a study by the housing office published on Thursday": what the source says is told
 * by its own clause; the date is the source's, which "was published" then ("Study by the housing office was published").
 */
function accordingTo(tokens: readonly Token[], seg: Segment, dated: Set<number>, skip: Set<number>): Pick | null {
  const own = range(seg.from, seg.to, skip);
  if (tokens[own[0]]?.lower !== 'according' || tokens[own[1]]?.lower !== 'to') return null;
  const last = own[own.length - 1];
  const participle = tokens[last];
  if (!participle || !/^\p{Ll}+(?:ed|en)$/u.test(participle.text) || Math.min(...dated) < last) return null;
  const np = own.slice(2, -1);
  // (a plural noun may be read as a verb there: "accounts")
  // (and the dot of an abbreviation is inside its word: "N.Z.")
  const nominal = (t: Token, i: number) => /^(?:det|adj|noun|name|num|poss|prep)$/.test(t.tag) || t.tag === 'verb' && /[^s]s$/.test(t.lower) || t.text === '.' && tokens[i - 1]?.end === t.start;
  if (!np.length || !np.every((i) => nominal(tokens[i], i)) || tokens[np[0]].tag === 'prep') return null;
  // "results of a poll": the head before "of" says whether it was or they were
  const head = phraseHead(tokens, np);
  return { parts: [...np, head.tag !== 'name' && /[^s]s$/.test(head.lower) ? 'were' : 'was', participle.lower] };
}

/**
 * "..., with the minister visiting the port on Tuesday and ...": a "with" phrase whose noun does something
 * is told as a clause of its own, "Minister visited the port", up to the next "and". The phrase is a clause of
 * its own, and a date in it is its happening's, not the sentence's main verb's: "Talks open on 8 May, with
 * voting due to start on 27 May" tells "Voting is due to start", "..., with crews going home tomorrow and schools
 * reopening on Thursday" tells "Schools reopen" for Thursday (an "and" carries the "with" to a second noun
 * and its participle; a phrase still to come is told in the present, one past in the past).
 */
function withAbsolute(tokens: readonly Token[], segments: Segment[], k: number, skip: Set<number>, firstDated = -1, ahead = false): Pick | null {
  const seg = segments[k];
  if (!seg) return null;
  const ids = range(seg.from, seg.to, skip);
  const opener = tokens[ids[0]]?.lower;
  // ("..., with crews going home and schools reopening", "with crews going home, shops reopening, and ...": the
  // pieces of a list of them after the first)
  const prev = segments[k - 1];
  const next = prev && (prev.to === seg.from || prev.to === seg.from - 1 && tokens[prev.to].text === ',');
  const listed = opener !== 'with' && !!next && (opener === 'and' || /^(?:det|adj|noun|name|poss)$/.test(tokens[ids[0]]?.tag ?? '')) && withAbsolute(tokens, segments, k - 1, skip) !== null;
  if (opener !== 'with' && !listed) {
    // "Talks open on 8 May with voting due to start on 27 May": with no comma, a "with" phrase after a clause dated
    // in its own words, and before this date, is the date's clause
    const w = ids.findIndex((i, n) => n > 0 && tokens[i].lower === 'with' && i < firstDated);
    if (w < 0 || !hasVerb(tokens, seg.from, ids[w], skip)) return null;
    let datedBefore = false;
    for (let i = seg.from; i < ids[w]; i++) if (CALENDAR_WORDS.includes(tokens[i].lower) || /^(?:today|yesterday|tomorrow)$/.test(tokens[i].lower) || isWrittenYear(tokens[i].text)) datedBefore = true;
    return datedBefore ? absolutePiece(tokens, ids.slice(w), ahead) : null;
  }
  // the piece after an "and" that holds the date, when it is a noun and its participle of its own
  for (let j = ids.length - 1; j > 1; j--) {
    if (firstDated < 0 || ids[j] > firstDated || tokens[ids[j]].tag !== 'conj') continue;
    // (not an "and" inside the noun, "universities and schools opening": the piece before it has its participle)
    if (!ids.slice(1, j).some((i) => /ing$/.test(tokens[i].lower) && tokens[i].tag === 'ving')) continue;
    const piece = absolutePiece(tokens, ids.slice(j), ahead);
    if (piece) return piece;
    break;
  }
  return absolutePiece(tokens, ids, ahead, opener === 'with' || opener === 'and' ? 1 : 0);
}

/**
 * "going" → "went", "making" → "made", "running" → "ran", "reopening" → "reopened": the past tense of an "-ing" form
 * by its plain form (the lexicon's word, with an "e" put back or a doubled last letter undone), else a regular "-ed".
 */
function pastOfParticiple(ving: string): string | null {
  const plain = plainOfParticiple(ving);
  return plain && pastOfPlain(plain);
}

/**
 * "going" → "go", "making" → "make", "running" → "run", "reopening" → "reopen", "dying" → "die": an "-ing" form's plain
 * form, when the lexicon knows it or it is regular. A stem ending in a vowel and one consonant tries its "e" first, as
 * English spells it: "hoping" is "hope" and "noting" "note", not "hop" and "not" ("visiting", with no "visite", is "visit").
 */
function plainOfParticiple(ving: string): string | null {
  const stem = ving.slice(0, -3);
  const silentE = /[aeiou][^aeiouwxy]$/.test(stem) ? [`${stem}e`, stem] : [stem, `${stem}e`];
  // ("dying", "lying", "tying": a stem of a consonant and "y" is the "-ie" verb's, not "dye", "ly", "ty")
  if (/^[^aeiou]y$/.test(stem)) silentE.unshift(`${stem.slice(0, -1)}ie`);
  for (const plain of [...silentE, /y$/.test(stem) ? `${stem.slice(0, -1)}ie` : '', /(.)\1$/.test(stem) ? stem.slice(0, -1) : '']) if (plain && knownWord(plain)) return plain;
  return pastOfPlain(stem) === `${stem}ed` ? stem : null;
}

/** "starting" → "starts" (or "start" for a plural subject), "going" → "goes": the present tense of an "-ing" form. */
function presentOfParticiple(ving: string, plural: boolean): string | null {
  const plain = plainOfParticiple(ving);
  if (!plain || plural) return plain;
  if (/(?:s|sh|ch|x|z|o)$/.test(plain)) return `${plain}es`;
  return /[^aeiou]y$/.test(plain) ? `${plain.slice(0, -1)}ies` : `${plain}s`;
}

/** withAbsolute for the words `ids` after their opening word ("with", "and"): the noun, its participle and the rest up to an "and". */
function absolutePiece(tokens: readonly Token[], ids: number[], ahead: boolean, first = 1): Pick | null {
  let n = first;
  let head = false;
  // the phrase's noun: its words up to the participle ("the new sealing operation starting": a participle before
  // the noun is one of its words)
  while (n < ids.length) {
    const t = tokens[ids[n]];
    const modifier = !head && /ing$/.test(t.lower) && /^(?:noun|adj)$/.test(tokens[ids[n + 1]]?.tag ?? '');
    // ("cafes and shops reopening": two nouns joined share the participle)
    if (head && /^(?:and|or)$/.test(t.lower) && /^(?:det|adj|noun|name|poss)$/.test(tokens[ids[n + 1]]?.tag ?? '')) {
      n++;
      continue;
    }
    // (not a clause's pronoun or a verb's short form: "with the reforms we're proposing")
    if (!/^(?:det|adj|noun|name|poss|num)$/.test(t.tag) && !modifier || PRONOUNS.has(t.lower) || /^['’]|['’](?:re|ve|ll|d|m)$/u.test(t.lower)) break;
    if (/ing$/.test(t.lower) && head || t.lower === 'due' && tokens[ids[n + 1]]?.tag === 'to') break;
    if (/^(?:noun|name)$/.test(t.tag) && !/ing$/.test(t.lower)) head = true;
    n++;
  }
  const np = ids.slice(first, n);
  if (!np.length) return null;
  // the participle, even when it leads its date in and is left out with it ("starting in May")
  const at = np[np.length - 1] + 1;
  const verb = tokens[at];
  // a name or a noun with its article, or a plural noun: "with officials visiting", "with crews going" but not
  // "with growing concern"
  const last = tokens[np[np.length - 1]];
  const plural = last.tag !== 'name' && /[^s]s$|^people$/.test(last.lower);
  const named = np.some((i) => tokens[i].tag === 'name' || tokens[i].tag === 'det' || tokens[i].tag === 'poss') || head && plural;
  if (!verb || !named || !head) return null;
  const rest = ids.filter((i) => i > at);
  const end = rest.findIndex((i) => tokens[i].tag === 'conj');
  const object = end < 0 ? rest : rest.slice(0, end);
  // "with voting due to start": what is due is told with its verb "to be"
  if (verb.lower === 'due' && tokens[at + 1]?.tag === 'to') return { parts: [...np, plural ? 'are' : 'is', at, ...object], clause: true };
  if (!/ing$/.test(verb.lower) || !/^(?:ving|adj|noun)$/.test(verb.tag) || PREPOSITION_PARTICIPLES.has(verb.lower) && !/^(?:starting|beginning)$/.test(verb.lower)) return null;
  // (a phrase still to come is told in the present, as a plan: "with schools reopening on Thursday" → "Schools reopen")
  const told = ahead ? presentOfParticiple(verb.lower, plural) : pastOf(verb.lower) ?? pastOfParticiple(verb.lower);
  if (!told) return null;
  return { parts: [...np, told, ...object], clause: true };
}

/** Participles that work as prepositions: "including", "following", "excluding", "concerning", "regarding". */
const PREPOSITION_PARTICIPLES = words('including following excluding concerning regarding according starting beginning ending counting barring pending');

/**
 * "The troops crossed the river, reaching the capital in May": a participle after the main clause and its comma,
 * dated in its own words, tells what the main clause's subject did then, "Troops reached the capital" (the
 * river was crossed, maybe, long before).
 */
function trailingParticiple(tokens: readonly Token[], segments: Segment[], k: number, skip: Set<number>, firstDated: number): Pick | null {
  const seg = segments[k];
  if (k < 1 || seg.lead || tokens[seg.from - 1]?.text !== ',') return null;
  const own = range(seg.from, seg.to, skip);
  const first = tokens[own[0]];
  if (!first || first.tag !== 'ving' || own[0] > firstDated || own.length < 2) return null;
  // ("..., including 250 bought in May": a participle that works as a preposition tells no deed)
  const past = !PREPOSITION_PARTICIPLES.has(first.lower) && pastOf(first.lower);
  if (!past) return null;
  // the nearest piece before it with a verb is the main clause, opening with its subject and then its verb
  let m = k - 1;
  while (m > 0 && !hasVerb(tokens, segments[m].from, segments[m].to, skip)) m--;
  const main = range(segments[m].from, segments[m].to, skip);
  const verb = main.findIndex((i) => isVerbal(tokens[i]));
  if (segments[m].lead || verb < 1 || !main.slice(0, verb).every((i) => /^(?:det|adj|noun|name|poss|num)$/.test(tokens[i].tag))) return null;
  // ("added to losses on Wednesday, trading down 2% at 1836 GMT": a main clause dated in its own words tells the
  // happening; the participle's time is another telling of it)
  for (let i = segments[m].from; i < segments[m].to; i++) if (skip.has(i) && (CALENDAR_WORDS.includes(tokens[i].lower) || /^\d/.test(tokens[i].text))) return null;
  // (up to an "and" before a second participle: "knocking out power on Friday and piling misery on the region")
  const and = own.findIndex((i, n) => n > 1 && tokens[i].tag === 'conj' && tokens[own[n + 1]]?.tag === 'ving');
  return { parts: [...main.slice(0, verb), past, ...own.slice(1, and > 0 ? and : own.length)] };
}

/**
 * "The 1920 storm which flooded the towns came in three waves", dated in its subject: a relative clause right after the
 * subject (no comma) ends where the main clause's verb takes the subject up again, so it is told up to there
 * ("1920 storm flooded the towns", not "... flooded the towns came in three waves"). Dated before the subject ("Last
 * week farmers who grow wheat in the valley lost their crops"), the date is the main verb's, told from there on.
 */
function upToMainVerb(tokens: readonly Token[], segments: Segment[], at: number, ids: number[], skip: Set<number>, firstDated = -1): number[] {
  const seg = segments[at];
  const lead = seg.lead ?? '';
  if (at < 1 || tokens[seg.from - 1]?.text === ',' || hasVerb(tokens, segments[at - 1].from, segments[at - 1].to, skip)) return ids;
  if (!(/^(?:who|which)$/.test(lead) || lead === 'that' && verbFollows(tokens, seg.from, skip))) return ids;
  const second = secondVerb(tokens, ids);
  if (second < 1 || namesRunIntoVerb(tokens, ids, second)) return ids;
  const subject = trailingNounPhrase(tokens, segments[at - 1].from, segments[at - 1].to, skip);
  if (firstDated >= segments[at - 1].from && subject.length && firstDated < subject[0]) return ids.slice(second);
  return relativeBeforeMain(tokens, ids, second);
}

/**
 * Whether names run into a plain noun just before the verb at `main`, as in a headline without commas ("who came back
 * from Norland Harbour Board inspectors will visit"), where the names may open the main clause's subject. A name
 * ending the relative clause ("who do business in the Gulf of Varn endured") opens no subject, and the verb is the main one.
 */
function namesRunIntoVerb(tokens: readonly Token[], ids: number[], main: number): boolean {
  let end = main;
  while (end > 0 && tokens[ids[end - 1]].tag === 'adv') end--;
  if (tokens[ids[end - 1]]?.tag !== 'noun') return false;
  while (end > 0 && tokens[ids[end - 1]].tag === 'noun') end--;
  return tokens[ids[end - 1]]?.tag === 'name';
}

/** The words of a relative clause before the main verb at `main` (a word of time there is the main clause's: "which began in 1996 | now appears over"). */
function relativeBeforeMain(tokens: readonly Token[], ids: number[], main: number): number[] {
  let end = main;
  while (end > 1 && (tokens[ids[end - 1]].tag === 'adv' || OPENING_ADVERBS.has(tokens[ids[end - 1]].lower))) end--;
  return ids.slice(0, end);
}

/** Where a clause's second finite verb is, after its first verb group ("the flu could spread | hit shares"), or -1. */
function secondVerb(tokens: readonly Token[], ids: number[]): number {
  const first = ids.findIndex((i) => isVerbal(tokens[i]));
  if (first < 0) return -1;
  let n = first;
  while (n < ids.length && (isVerbal(tokens[ids[n]]) || tokens[ids[n]].tag === 'adv' || tokens[ids[n]].tag === 'neg')) {
    // ("the valve that failed | was recovered": an auxiliary after a verb of full meaning opens the next verb group)
    if (n > first && /^(?:aux|modal)$/.test(tokens[ids[n]].tag) && /^(?:verb|ven)$/.test(tokens[ids[n - 1]].tag)) return n;
    n++;
  }
  for (; n < ids.length; n++) {
    const t = tokens[ids[n]];
    // ("who treated miners and sailors | was arrested": an "and" joining two nouns of the clause's object, or a verb
    // group of its own, goes on with the clause; one opening any other piece ends the search)
    if (t.tag === 'conj' && /^(?:det|poss|noun|name|adj|num|verb|ven)$/.test(tokens[ids[n + 1]]?.tag ?? '') && /^(?:noun|name|num)$/.test(tokens[ids[n - 1]]?.tag ?? '')) continue;
    if (t.tag === 'conj' || t.tag === 'rel' || t.tag === 'sub' || t.tag === 'punct') return -1;
    if ((t.tag === 'verb' || t.tag === 'aux' || t.tag === 'modal') && /^(?:noun|name|num|adj)$/.test(tokens[ids[n - 1]]?.tag ?? '')) return n;
  }
  return -1;
}

/** "was fishing | was killed": where a finite verb follows a clause's first verb group ending in -ing, or -1. */
function afterProgressive(tokens: readonly Token[], ids: number[]): number {
  const first = ids.findIndex((i) => isVerbal(tokens[i]));
  if (first < 0) return -1;
  let n = first;
  while (n < ids.length && (isVerbal(tokens[ids[n]]) || /^(?:adv|neg)$/.test(tokens[ids[n]].tag))) n++;
  if (tokens[ids[n]]?.tag !== 'ving') return -1;
  n++;
  return /^(?:verb|aux|modal)$/.test(tokens[ids[n]]?.tag ?? '') ? n : -1;
}

/** Verbs whose object is a place: "the town where she toured" is "she toured the town", not "in the town". */
const PLACE_OBJECT_VERBS = words('visited visits visit toured tours entered enters reached reaches left leaves attacked attacks raided raids invaded invades occupied occupies flooded floods struck strikes hit hits');

/**
 * "Founded in 1990 to serve the valley, the library now lends e-books": a participle opening the sentence
 * tells what was done to the main clause's subject, "Library was founded to serve the valley".
 */
function frontedParticiple(tokens: readonly Token[], segments: Segment[], k: number, skip: Set<number>): Pick | null {
  const own = range(segments[k].from, segments[k].to, skip);
  const first = tokens[own[0]];
  if (k !== 0 || !first || own[0] !== firstWord(tokens) || !/^\p{Lu}\p{Ll}+(?:ed|en)$/u.test(first.text)) return null;
  if (!/^(?:ven|verb)$/.test(first.tag === 'name' ? tokenize(first.lower)[0].tag : first.tag)) return null;
  // "Suspected leaks caused two fires near the mill": a participle before its noun, in a clause with a finite verb of its own
  if (own.slice(1).some((i) => /^(?:verb|aux|modal)$/.test(tokens[i].tag) && tokens[i - 1]?.tag !== 'to' && (!/(?:ed|en)$/.test(tokens[i].lower) || /^(?:noun|name)$/.test(tokens[i - 1]?.tag ?? '')))) return null;
  const main = segments.slice(k + 1).find((m) => !m.lead && m.afterPunct && hasVerb(tokens, m.from, m.to, skip));
  const subject = main ? subjectOf(tokens, main, skip).filter((i) => !/^(?:now|also|still|then|later|again)$/.test(tokens[i].lower)) : [];
  // a plain noun phrase before the main verb, right after the comma that closes the participle's phrase
  if (!subject.length || !subject.every((i) => /^(?:det|adj|noun|name|poss|num)$/.test(tokens[i].tag)) || tokens[main!.from - 1]?.text !== ',') return null;
  return { parts: [...subject, beFor(tokens, subject), first.lower, ...own.slice(1)] };
}

/**
 * "It was the flood in 1994 which persuaded the council to act": a cleft says who did it after "It was",
 * told plainly as "Flood persuaded the council to act".
 */
function cleftClause(tokens: readonly Token[], segments: Segment[], k: number, skip: Set<number>): Pick | null {
  const seg = segments[k];
  const next = segments[k + 1];
  const own = range(seg.from, seg.to, skip);
  if (seg.lead || own.length < 4 || tokens[own[0]].lower !== 'it' || !/^(?:was|is)$/.test(tokens[own[1]].lower) || !/^(?:det|poss)$/.test(tokens[own[2]].tag)) return null;
  if (!next || next.from !== seg.to || !/^(?:which|that|who)$/.test(next.lead ?? '') || hasVerb(tokens, own[2], seg.to, skip)) return null;
  const told = range(next.from + 1, next.to, skip);
  if (!startsWithVerb(tokens, told)) return null;
  const after = segments[k + 2];
  const object = after?.lead === 'that' && after.from === next.to ? range(after.from, after.to, skip) : [];
  return { parts: [...own.slice(2), ...told, ...object] };
}

/**
 * "Once the crane is in place, crews will bolt it to the deck": a clause fronted before the main one whose subject is
 * the only thing it names ("the crane"; no object, no name, a noun only after a preposition) is what an "it" after
 * the main clause's verb stands for; the parts with that "it" told by the subject's words, or null.
 */
function frontedThing(tokens: readonly Token[], parts: (number | string)[], skip: Set<number>): (number | string)[] | null {
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma < 3 || !ADVERBIAL_LEADS.has(tokens[0].lower) || !/^(?:the|this)$/.test(tokens[1].lower)) return null;
  let end = 2;
  while (end < comma && /^(?:adj|noun)$/.test(tokens[end].tag)) end++;
  // (a singular noun: "the crews" are no "it")
  if (end === 2 || tokens[end - 1].tag !== 'noun' || /[^siu]s$/.test(tokens[end - 1].lower)) return null;
  for (let j = end; j < comma; j++) {
    if (skip.has(j)) continue;
    if (/^(?:det|poss|pron|name|num)$/.test(tokens[j].tag) || tokens[j].tag === 'noun' && tokens[j - 1]?.tag !== 'prep') return null;
  }
  const its = parts.filter((p): p is number => typeof p === 'number' && p > comma && tokens[p].lower === 'it');
  // (after the main clause's verb, which the lexicon may read as a describing word: "will secure it")
  if (its.length !== 1 || its[0] - 1 <= comma + 1 || /^(?:prep|punct|conj|sub|rel|to)$/.test(tokens[its[0] - 1].tag)) return null;
  return parts.flatMap((p) => (p === its[0] ? range(1, end, skip) : [p]));
}

/** What a cleft writes before its date: "It was", "It was only", "It was not until", "It is in". */
const CLEFT_LEAD = /^it (?:is|was)(?: (?:only|just|not|also|precisely|exactly))?(?: (?:in|on|at|during|until))?$/u;

/**
 * "It was only a year ago, after the talks failed, that the bank was rescued": the "that" clause a cleft dates
 * ("the bank was rescued"), as the title's words; null when the sentence is no cleft opening "It was <date>".
 */
function cleftThat(tokens: readonly Token[], dated: Set<number>, skip: Set<number>): number[] | null {
  const first = Math.min(...dated);
  const last = Math.max(...dated);
  if (!CLEFT_LEAD.test(tokens.slice(0, first).map((t) => t.lower).join(' '))) return null;
  let that = last + 1;
  // (an aside between the date and "that": "a year ago, after the talks failed, that")
  if (tokens[that]?.text === ',') {
    that = tokens.findIndex((t, i) => i > last + 1 && t.text === ',' && tokens[i + 1]?.lower === 'that') + 1;
    if (that <= 0) return null;
  }
  if (tokens[that]?.lower !== 'that') return null;
  const end = tokens.findIndex((t, i) => i > that && /^[.;!?]$/u.test(t.text));
  const to = end < 0 ? tokens.length : end;
  return hasVerb(tokens, that + 1, to, skip) ? range(that + 1, to, skip) : null;
}

/**
 * The sentence's opening noun phrase, when it is one: the words of its first piece, with no verb, no opener and
 * no time word ("Several hundred villagers", "The new mayor", not "Last week" nor "In 2006"); else nothing.
 */
function openingNounPhrase(tokens: readonly Token[], segments: Segment[], skip: Set<number>): number[] {
  const first = segments[0];
  if (!first || first.lead || range(0, first.from, skip).some((i) => tokens[i].tag !== 'punct' && tokens[i].tag !== 'quote')) return [];
  const all = range(first.from, first.to, new Set());
  // (a date or an aside left out of it: the piece is a setting, or told only in part)
  if (all.some((i) => skip.has(i) && tokens[i].tag !== 'punct')) return [];
  const own = all.filter((i) => tokens[i].tag !== 'quote');
  const time = (t: Token) => TIME_NOUNS.has(t.lower.replace(/s$/, '')) || CALENDAR_WORDS.includes(t.lower) || DATE_TAILS.has(t.lower);
  // (a single word is more likely a misread adverb, "Meantime,", than a subject)
  if (own.length < 2 || !/^(?:det|adj|noun|name|num|poss)$/.test(tokens[own[0]].tag) || !/^(?:noun|name|num)$/.test(tokens[own[own.length - 1]].tag)) return [];
  return own.some((i) => time(tokens[i]) || isVerbal(tokens[i]) || /^(?:pron|sub|rel|ving|to)$/.test(tokens[i].tag)) ? [] : own;
}

/**
 * "Several hundred villagers, near Varnton in the hill country had been sick": where the clause's verb follows the
 * comma after the sentence's opening noun phrase, a place or setting between them is an aside whose closing comma
 * is missing, not the subject: the subject opens the sentence, and the clause is told from there without the aside
 * (null where this does not apply).
 */
function openingSubject(tokens: readonly Token[], segments: Segment[], k: number, ids: number[], skip: Set<number>): number[] | null {
  const seg = segments[k];
  if (k !== 1 || seg.lead || tokens[seg.from - 1]?.text !== ',' || ids[0] !== range(seg.from, seg.to, skip)[0]) return null;
  const opening = openingNounPhrase(tokens, segments, skip);
  const verb = ids.findIndex((i) => isVerbal(tokens[i]));
  if (!opening.length || verb < 1) return null;
  const first = tokens[ids.find((i) => tokens[i].tag !== 'adv') ?? -1];
  // (the verb right after a noun, as a subject's verb is: "in a harshly worded complaint" holds none)
  const head = ids.slice(0, verb).filter((i) => tokens[i].tag !== 'quote').at(-1);
  if (!first || head === undefined || !/^(?:noun|name|num)$/.test(tokens[head].tag)) return null;
  return first.tag === 'prep' && !PREPOSITION_PARTICIPLES.has(first.lower) ? [...opening, ...ids.slice(verb)] : null;
}

/** Prepositions whose object may be the first item of a list the clause after a comma goes on with. */
const OWNER_PREPOSITIONS = words('of from among between');

/**
 * "The pact among the council, the port authority and Lowmere farmers was fraying": the list's last items, which open
 * the clause after a comma, go on from the object of a preposition in the piece before, and the noun before that
 * preposition is the clause's subject ("Lowmere farmers was fraying" misreads it). The title tells the noun with the
 * whole list when it fits a title told whole ("Pact among the council, the port authority and Lowmere farmers was
 * fraying"), else the noun without it ("Pact was fraying").
 */
function listOwner(tokens: readonly Token[], segments: Segment[], k: number, ids: number[], skip: Set<number>): number[] | null {
  const seg = segments[k];
  const own = range(seg.from, seg.to, skip);
  if (k < 1 || seg.lead || tokens[seg.from - 1]?.text !== ',' || ids[0] !== own[0]) return null;
  const verb = ids.findIndex((i) => isVerbal(tokens[i]));
  const items = ids.slice(0, verb);
  if (verb < 2 || !items.some((i) => /^(?:and|or)$/.test(tokens[i].lower)) || !items.every((i) => /^(?:det|adj|noun|name|conj)$/.test(tokens[i].tag))) return null;
  const wordsOf = (x: Segment) => range(x.from, x.to, skip).filter((i) => tokens[i].tag !== 'punct' && tokens[i].tag !== 'quote');
  const item = (x: Segment) => {
    const w = wordsOf(x);
    return !x.lead && w.length > 0 && w.length <= 4 && w.every((i) => /^(?:det|adj|noun|name)$/.test(tokens[i].tag));
  };
  let first = k - 1;
  while (first > 0 && item(segments[first]) && tokens[segments[first].from - 1]?.text === ',') first--;
  const holder = segments[first];
  // (a sentence's "And" or "But" before the noun is left out; nothing else may come before it but the date)
  const w = wordsOf(holder).slice(/^(?:and|but)$/.test(holder.lead ?? '') ? 1 : 0);
  if (!w.length || range(0, w[0], skip).some((i) => tokens[i].tag !== 'punct' && tokens[i].tag !== 'quote' && !/^(?:and|but)$/.test(tokens[i].lower))) return null;
  const p = w.findLastIndex((i) => tokens[i].tag === 'prep');
  const owner = w.slice(0, p);
  const object = w.slice(p + 1);
  if (p < 1 || !OWNER_PREPOSITIONS.has(tokens[w[p]].lower) || !object.length || object.length > 4 || !object.every((i) => /^(?:det|adj|noun|name|poss)$/.test(tokens[i].tag))) return null;
  // (a noun in -ing after a describing word is a noun: "the military planning of ...")
  const headNoun = (n: number) => /^(?:noun|name)$/.test(tokens[owner[n]].tag) || tokens[owner[n]].tag === 'ving' && /^(?:det|adj)$/.test(tokens[owner[n - 1]]?.tag ?? '');
  if (!/^(?:det|adj|noun|name|num)$/.test(tokens[owner[0]].tag) || !headNoun(owner.length - 1) || owner.some((i) => /^(?:verb|aux|modal|pron|sub|rel)$/.test(tokens[i].tag))) return null;
  const whole = [...range(owner[0], seg.from, skip), ...ids];
  if (whole.reduce((n, i) => n + tokens[i].text.length + 1, 0) <= MAX_WHOLE_TITLE) return whole;
  // (too long: the noun up to a participle that describes it, "a pipe carrying ...", and the verb on)
  const participle = owner.findIndex((i, n) => n > 0 && tokens[i].tag === 'ving' && /^(?:noun|name)$/.test(tokens[owner[n - 1]].tag));
  return [...(participle > 0 ? owner.slice(0, participle) : owner), ...ids.slice(verb)];
}

function finishPlain(tokens: readonly Token[], segments: Segment[], k: number, ids: number[], skip: Set<number>): Pick {
  ids = listOwner(tokens, segments, k, ids, skip) ?? ids;
  ids = openingSubject(tokens, segments, k, ids, skip) ?? ids;
  if (startsWithVerb(tokens, ids)) {
    const subject = borrowedSubject(tokens, segments, k, skip);
    // "Norcom, founded in 1990, makes phones": between a subject and its verb, a word in -ed is a participle,
    // "Norcom was founded"
    const next = segments[k + 1];
    const participle = segments[k].afterPunct && tokens[segments[k].from - 1]?.text === ',' && /^\p{Ll}+(?:ed|en)$/u.test(tokens[ids[0]].text) && k > 0 && !hasVerb(tokens, segments[k - 1].from, segments[k - 1].to, skip)
      && next?.afterPunct && tokens[next.from - 1]?.text === ',' && !next.lead && /^(?:verb|aux|modal)$/.test(tokens[range(next.from, next.to, skip)[0]]?.tag ?? '')
      // (not before a saying: "the figures, released in May, show that..." tell what they show)
      && !FRAME_VERBS[tokens[range(next.from, next.to, skip)[0]].lower]
      // (nor a past tense with its object, the first of the subject's deeds: "Ann Roe, surveyed the damage, met ...")
      && !/^(?:det|poss|num|pron)$/.test(tokens[ids[1]]?.tag ?? '');
    if (subject.length && participle) {
      return { parts: [...subject, beFor(tokens, subject), ...ids] };
    }
    // "They will appeal the ruling, announced on Monday by the court, that ...": a participle of telling or
    // publishing set off after a clause's object describes that object, "the ruling was announced"
    const described = toldAside(tokens, segments, k, ids, skip);
    if (described.length) return { parts: [...described, beFor(tokens, described), ...ids] };
    // "The school ordered a new bus, set to arrive on Friday": what is scheduled is the object the aside follows
    const arranged = scheduledAside(tokens, segments, k, ids, skip);
    if (arranged.length) return { parts: [...arranged, ...ids] };
    // "(the pipe burst) before being mended": "the pipe was mended"
    if (subject.length && passiveAfterTime(tokens, segments[k], skip) && tokens[ids[0]].lower === 'being') {
      return { parts: [...subject, beFor(tokens, subject), ...ids.slice(1)] };
    }
    // "(the crews were sent home) after returning from Port Ellis": "the crews returned from Port Ellis"
    // (a second gerund joined by "and" is told in the past too: "before selling the mill and leaving town"; a finite
    // verb of the phrase's own, "after suffering a fall his mother filed", is a run-on, told as it was)
    const gerunds = ids.map((i, n) => (n === 0 || (tokens[i].tag === 'ving' && tokens[ids[n - 1]].lower === 'and') ? pastOfParticiple(tokens[i].lower) : null));
    const timed = GERUND_TIME_LEADS.has(segments[k].lead ?? '') && tokens[ids[0]].tag === 'ving' && gerunds.every((g, n) => (g !== null) === (n === 0 || (tokens[ids[n]].tag === 'ving' && tokens[ids[n - 1]].lower === 'and'))) && !ids.some((i, n) => gerunds[n] === null && isVerbal(tokens[i]));
    const doer = timed ? mainSubjectBefore(tokens, segments, k, skip) : [];
    if (doer.length) return { parts: [...doer, ...ids.map((i, n) => gerunds[n] ?? i)] };
    if (subject.length) {
      const object = thatObject(tokens, segments, k, ids, skip);
      return { parts: [...subject, ...ids, ...(object.length ? object : placeTail(tokens, segments, k, ids, skip))] };
    }
  }
  // "The bank is expected to hold rates when it meets on Thursday": a pronoun subject is named from
  // the same sentence's earlier clause, the nearest mention there is.
  const first = ids.findIndex((i) => tokens[i].tag !== 'quote' && tokens[i].tag !== 'adv');
  const lead = segments[k]?.lead;
  if (first >= 0 && lead && ADVERBIAL_LEADS.has(lead) && tokens[ids[first]].tag === 'pron' && /^(?:he|she|it|they)$/.test(tokens[ids[first]].lower) && isVerbal(tokens[ids[first + 1]])) {
    // Only a plain named subject: determiners, adjectives, nouns and names, with a name in it.
    const subject = borrowedSubject(tokens, segments, k, skip);
    const plain = subject.every((i) => ['det', 'adj', 'noun', 'name'].includes(tokens[i].tag) || tokens[i].lower === 'of');
    // "Ann Roe said Paul Brandt was calm until he collapsed": a second name between them leaves "he" open
    // ("He has spoken with Ann Roe since he arrived": the same pronoun as the subject before is that subject, named from the article)
    const same = subject.length === 1 && tokens[subject[0]].lower === tokens[ids[first]].lower;
    const rival = subject.length > 0 && !same && /^(?:he|she)$/.test(tokens[ids[first]].lower) && range(subject[subject.length - 1] + 1, ids[first], skip).some((i) => tokens[i].tag === 'name');
    // ("The fair has grown since it was founded": "it" stands for a thing, which a common noun names)
    const thing = tokens[ids[first]].lower === 'it' && subject.length > 0 && tokens[subject[subject.length - 1]].tag === 'noun' && !/[^s]s$/.test(tokens[subject[subject.length - 1]].lower);
    // ("Ann Vell, who has tracked the virus since it was found": "it" never stands for a person, nor "they" for one)
    const agrees = !/^(?:it|they)$/.test(tokens[ids[first]].lower) || !personPhrase(tokens, subject);
    // ("worried about Norvex's reputation, which was hurt when he took the job": a "he" or "she" never stands for a
    // thing, though a name owns it; a phrase headed by a common noun that is no word for a person is no antecedent)
    const head = subject.length ? tokens[subject[subject.length - 1]] : undefined;
    const thingForPerson = /^(?:he|she)$/.test(tokens[ids[first]].lower) && head?.tag === 'noun' && /^\p{Ll}/u.test(head.text) && !personPhrase(tokens, subject);
    if (subject.length && plain && !rival && agrees && !thingForPerson && singularAgrees(tokens, subject, tokens[ids[first]].lower) && (subject.some((i) => tokens[i].tag === 'name') || thing)) return { parts: [...subject, ...ids.slice(first + 1)] };
    // "Ann Roe had hired Paul Brandt to guard him as he toured": with two people before it, "he" is told
    // with the clause that names them both, which the reader can follow
    const main = segments[k - 1];
    if (rival && main && main.to === segments[k].from && !main.lead && hasVerb(tokens, main.from, main.to, skip)) {
      let told = range(main.from, main.to, skip);
      // "She said Ann Roe ...": who said it is a pronoun that names no one, so what was said is told
      const [who, verb] = [tokens[told[0]], tokens[told[1]]];
      if (who?.tag === 'pron' && verb && FRAME_VERBS[verb.lower] && hasVerb(tokens, told[2] ?? main.to, main.to, skip)) told = told.slice(tokens[told[2]]?.lower === 'that' ? 3 : 2);
      return { parts: [...told, ...range(segments[k].from, segments[k].to, skip)] };
    }
  }
  const next = segments[k + 1];
  // "The fair was last held and drew 40,000 people": a clause too short to tell much keeps the verb
  // joined to it by "and", which shares its subject
  // (but not one with a date of its own: "convened on Monday and delivered its verdict on Thursday")
  const own = range(segments[k].from, segments[k].to, skip).filter((i) => !/^(?:punct|quote|det)$/.test(tokens[i].tag));
  const joined = next ? range(next.from + 1, next.to, skip) : [];
  const undated = (ids: number[]) => !ids.some((i) => CALENDAR_WORDS.includes(tokens[i].lower) || /^\d{4}$/.test(tokens[i].text) || /^(?:today|yesterday|tomorrow|later)$/.test(tokens[i].lower));
  if (next?.lead === 'and' && next.from === segments[k].to && own.length <= 4 && startsWithVerb(tokens, joined) && !range(next.from, next.to, new Set()).some((i) => skip.has(i)) && undated(joined)) {
    return { parts: [...ids, ...range(next.from, next.to, skip)] };
  }
  // "The crew pulled three sailors out and hopes to find more", "She was given a pill because she could not
  // sleep": a short last clause says how or why, and is kept when it fits
  const tail = next && k + 1 === segments.length - 1 && next.from === segments[k].to ? range(next.from, next.to, skip) : [];
  const tailWords = tail.filter((i) => tokens[i].tag !== 'punct');
  if (tailWords.length >= 3 && tailWords.length <= 6 && undated(tail) && TAIL_LEADS.has(next!.lead ?? '') && (next!.lead !== 'and' || startsWithVerb(tokens, tail.slice(1))) && !range(next!.from, next!.to, new Set()).some((i) => skip.has(i) && !/^(?:punct)$/.test(tokens[i].tag)) && hasVerb(tokens, next!.from, next!.to, skip)) {
    const parts = [...ids, ...tail];
    const chars = parts.reduce((n, i) => n + tokens[i].text.length + 1, 0);
    if (chars <= MAX_TITLE && ids.length && hasVerb(tokens, ids[0], ids[ids.length - 1] + 1, skip)) return { parts };
  }
  const identified = identifyingRelative(tokens, segments, k, ids, skip);
  if (identified.length) return { parts: [...ids, ...identified] };
  const object = thatObject(tokens, segments, k, ids, skip);
  const listed = object.length ? [] : listTail(tokens, segments, k, ids, skip);
  const purpose = object.length || listed.length ? [] : infinitiveAfterAside(tokens, segments, k, ids, skip);
  if (purpose.length) return { parts: [...ids, ...purpose] };
  const finished = object.length || listed.length ? [] : verbAfterAside(tokens, segments, k, ids, skip);
  if (finished.length) return { parts: [...ids, ...finished] };
  const placed = object.length || listed.length ? [] : phraseAfterAside(tokens, segments, k, ids, skip);
  if (placed.length) return { parts: [...ids, ...placed] };
  return { parts: [...ids, ...(object.length ? object : listed), ...(object.length ? [] : nameTail(tokens, segments, k, ids, skip)), ...(object.length || listed.length ? [] : placeTail(tokens, segments, k, ids, skip))] };
}

/**
 * "Volunteers painted a mural on Thursday that covers the east wall", "The board named a chief who will start
 * in May": an object told by "a" or "an" is only known by the relative clause straight after it (no comma between),
 * and a title that ends on it stops before what it says ("Volunteers painted a mural"). The relative, whose
 * verb comes straight after its "that" or "who", is kept whole when the title then fits `MAX_TITLE`; else nothing.
 */
function identifyingRelative(tokens: readonly Token[], segments: Segment[], k: number, ids: number[], skip: Set<number>): number[] {
  const seg = segments[k];
  const next = segments[k + 1];
  const last = tokens[ids[ids.length - 1]];
  if (!next || !ids.length || !/^(?:that|who)$/.test(next.lead ?? '') || next.afterPunct || next.from !== seg.to || last?.tag !== 'noun' || !verbFollows(tokens, next.from, skip)) return [];
  // (nothing kept between the noun and the relative but the date that goes)
  if (range(ids[ids.length - 1] + 1, next.from, skip).length) return [];
  const np = trailingNounPhrase(tokens, seg.from, seg.to, skip);
  if (!np.length || !/^(?:a|an)$/.test(tokens[np[0]].lower) || np[0] <= ids[0] || !hasVerb(tokens, ids[0], np[0], skip)) return [];
  const relative = range(next.from, next.to, skip);
  // ("an uncle who mended clocks and an aunt | who ...": a relative that runs into a second noun's own relative ends mid-list)
  const after = segments[k + 2];
  if (after && !after.afterPunct && after.from === next.to && RELATIVES.has(after.lead ?? '')) return [];
  const chars = [...ids, ...relative].reduce((n, i) => n + tokens[i].text.length + 1, 0);
  return chars <= MAX_WHOLE_TITLE && hasVerb(tokens, next.from + 1, next.to, skip) ? relative : [];
}

/** Participles of telling or publishing something, whose object is a statement, a decision or a document. */
const PUBLISHED = words('released published issued unveiled filed posted');

/** The object noun phrase that a participle aside of telling or publishing, set off by commas after it, describes. */
function toldAside(tokens: readonly Token[], segments: Segment[], k: number, ids: number[], skip: Set<number>): number[] {
  const verb = tokens[ids[0]];
  if (!(PUBLISHED.has(verb.lower) || FRAME_VERBS[verb.lower] && /ed$/.test(verb.lower))) return [];
  // (a passive has no object: "agreed to buy the bank" is a clause's own verb, as after a relative clause:
  // "Norcom, which also makes phones, agreed to ...", see objectBeforeAside)
  const after = tokens[ids[1]];
  if (after && !(isPreposition(after.lower) && after.tag !== 'to')) return [];
  // (set off on both sides: the aside ends at a comma or the sentence's end)
  const end = tokens[segments[k].to];
  if (end && end.text !== ',' && end.text !== '.') return [];
  return objectBeforeAside(tokens, segments, k, skip);
}

/**
 * The object a participle aside at segment `k` describes, for `toldAside` and `scheduledAside`: the aside set off by a
 * comma straight after a clause of its own (not a relative clause), whose last noun phrase, a thing's opened by an
 * article or an owner ("the ruling", "its new bus"), is returned; [] otherwise.
 */
function objectBeforeAside(tokens: readonly Token[], segments: Segment[], k: number, skip: Set<number>): number[] {
  const seg = segments[k];
  const before = segments[k - 1];
  if (!before || seg.lead || !seg.afterPunct || tokens[seg.from - 1]?.text !== ',' || before.to !== seg.from - 1) return [];
  if (before.lead && RELATIVES.has(before.lead) || !hasVerb(tokens, before.from, before.to, skip)) return [];
  const np = trailingNounPhrase(tokens, before.from, before.to, skip);
  const head = np.length ? phraseHead(tokens, np) : undefined;
  return head && head.tag === 'noun' && /^(?:det|poss)$/.test(tokens[np[0]].tag) && !personPhrase(tokens, np) ? np : [];
}

/**
 * The object noun phrase a participle of scheduling ("set to", "due to", "expected to"), set off by a comma after a
 * clause, describes: "The school ordered a new bus, set to arrive on Friday" — the bus is set to arrive, not the school
 * (a participle clause takes the noun it follows).
 */
function scheduledAside(tokens: readonly Token[], segments: Segment[], k: number, ids: number[], skip: Set<number>): number[] {
  const verb = tokens[ids[0]];
  if (!SCHEDULED.has(verb.lower) || !/^(?:set|due|poised)$|ed$/.test(verb.lower) || tokens[ids[1]]?.tag !== 'to' || !isVerbal(tokens[ids[2]])) return [];
  return objectBeforeAside(tokens, segments, k, skip);
}

/**
 * "The mayor chose Ann Roe, 52, to run the port", "hired Ann Roe, who ran the port, to lead the review": a
 * person named as the object, an aside about them (an age, a "who" clause), and then what they were picked to do,
 * which the title tells past the aside ("chose Ann Roe to run the port").
 */
function infinitiveAfterAside(tokens: readonly Token[], segments: Segment[], k: number, ids: number[], skip: Set<number>): number[] {
  const last = ids[ids.length - 1];
  const comma = segments[k].to;
  const aside = segments[k + 1];
  if (last === undefined || tokens[last].tag !== 'name' || range(last + 1, comma, skip).length || tokens[comma]?.text !== ',' || aside?.from !== comma + 1) return [];
  const own = range(aside.from, aside.to, skip);
  const age = own.length === 1 && AGE.test(tokens[own[0]].text);
  if (!age && aside.lead !== 'who') return [];
  for (let s = k + 2; s < segments.length && s <= k + (age ? 2 : 5); s++) {
    const seg = segments[s];
    const words = range(seg.from, seg.to, skip);
    if (!seg.afterPunct || tokens[seg.from - 1]?.text !== ',') return [];
    if (tokens[words[0]]?.tag === 'to' && isVerbal(tokens[words[1]])) return words;
  }
  return [];
}

/**
 * "The lights went out when a power line, damaged by the gale, snapped": a "when" (after, as, because...) clause
 * whose subject an aside set off by commas parts from its verb ends on the subject alone; its verb, past the aside,
 * finishes it ("when a power line snapped"), or the title would stop on a subject with nothing said of it.
 */
function verbAfterAside(tokens: readonly Token[], segments: Segment[], k: number, ids: number[], skip: Set<number>): number[] {
  const last = ids[ids.length - 1];
  const comma = segments[k].to;
  const [aside, rest] = [segments[k + 1], segments[k + 2]];
  if (last === undefined || !/^(?:noun|name)$/.test(tokens[last].tag) || range(last + 1, comma, skip).length || tokens[comma]?.text !== ',' || aside?.from !== comma + 1 || !rest) return [];
  // the title's last clause opener, with a short subject and no verb after it: a subject waiting for its verb
  const opener = ids.findLastIndex((i) => ADVERBIAL_LEADS.has(tokens[i].lower));
  // ("a drilling rig": a word in -ing before a noun describes it)
  const subject = ids.slice(opener + 1);
  const describing = (n: number) => tokens[subject[n]].tag === 'ving' && /^(?:noun|name)$/.test(tokens[subject[n + 1]]?.tag ?? '');
  if (opener < 0 || subject.length > 7 || subject.some((i, n) => !describing(n) && (isVerbal(tokens[i]) || !/^(?:det|poss|adj|noun|name|num)$/.test(tokens[i].tag)))) return [];
  // the aside: a participle's phrase or a noun phrase, with no verb of its own after its first word
  // ("owned by the city", "the oldest in the fleet")
  const own = range(aside.from, aside.to, skip);
  const participle = /^(?:ven|verb)$/.test(tokens[own[0]]?.tag ?? '') && /(?:ed|en|wn)$/.test(tokens[own[0]].lower) && /^(?:prep|to)$/.test(tokens[own[1]]?.tag ?? '');
  if (!own.length || own.length > 8 || aside.lead || !(participle || /^(?:det|poss)$/.test(tokens[own[0]].tag)) || own.slice(1).some((i) => isVerbal(tokens[i]))) return [];
  // then the verb, right after the aside's closing comma: "snapped", "cracked open in heavy seas"
  const words = range(rest.from, rest.to, skip);
  const verb = tokens[words[0]];
  if (!rest.afterPunct || rest.lead || tokens[rest.from - 1]?.text !== ',' || rest.from - 1 !== aside.to || !verb || !(/^(?:verb|ven|aux|modal)$/.test(verb.tag) || pastTense(verb.lower))) return [];
  // (a title's opening article is dropped, so it takes no room: "The rig..." is told "Rig...")
  const told = tokens[ids[0]].tag === 'det' && /^(?:the|a|an)$/.test(tokens[ids[0]].lower) ? ids.slice(1) : ids;
  const chars = [...told, ...words].reduce((n, i) => n + tokens[i].text.length + 1, -1);
  return chars <= MAX_TITLE ? words : [];
}

/**
 * "The council built a wall, known as the sea guard, along the front of the harbour": an aside describing the object,
 * set off by commas, parts the verb from the phrase that says where the object went; the phrase, past the aside,
 * finishes the title ("Council built a wall along the front of the harbour"), up to the next clause or verb, where it
 * fits `MAX_TITLE`.
 */
function phraseAfterAside(tokens: readonly Token[], segments: Segment[], k: number, ids: number[], skip: Set<number>): number[] {
  const last = ids[ids.length - 1];
  const comma = segments[k].to;
  const [aside, rest] = [segments[k + 1], segments[k + 2]];
  if (last === undefined || tokens[last].tag !== 'noun' || range(last + 1, comma, skip).length || tokens[comma]?.text !== ',' || aside?.from !== comma + 1 || !rest) return [];
  // the title's verb, with the object after it and nothing else
  const v = ids.findLastIndex((i) => isVerbal(tokens[i]));
  if (v < 1 || ids.slice(v + 1).some((i) => !/^(?:det|poss|adj|noun|num)$/.test(tokens[i].tag))) return [];
  // the aside: a participle's phrase with no verb after its first word ("known as the sea guard", "made of steel")
  const own = range(aside.from, aside.to, skip);
  const participle = /^(?:ven|verb)$/.test(tokens[own[0]]?.tag ?? '') && (/(?:ed|en|wn)$/.test(tokens[own[0]].lower) || pastTense(tokens[own[0]].lower)) && (/^(?:prep|to)$/.test(tokens[own[1]]?.tag ?? '') || tokens[own[1]]?.lower === 'as');
  if (!own.length || own.length > 8 || aside.lead || !participle || own.slice(1).some((i) => isVerbal(tokens[i]))) return [];
  // then a phrase of place or direction, right after the aside's closing comma, up to a clause's opener or a verb
  const words = range(rest.from, rest.to, skip);
  if (!rest.afterPunct || rest.lead || tokens[rest.from - 1]?.text !== ',' || rest.from - 1 !== aside.to || !/^(?:over|across|into|onto|on|at|in|to|under|near|through|along|around|inside|beneath|off)$/.test(tokens[words[0]]?.lower ?? '')) return [];
  const end = words.findIndex((i, n) => n > 0 && (isVerbal(tokens[i]) || /^(?:punct|conj|sub|rel)$/.test(tokens[i].tag) || ADVERBIAL_LEADS.has(tokens[i].lower)));
  // (not where a verb follows inside the piece: its subject would be cut off)
  if (end > 0 && isVerbal(tokens[words[end]])) return [];
  const phrase = end < 0 ? words : words.slice(0, end);
  if (phrase.length < 2 || !phrase.slice(1).some((i) => /^(?:noun|name)$/.test(tokens[i].tag))) return [];
  const chars = [...ids, ...phrase].reduce((n, i) => n + tokens[i].text.length + 1, -1);
  return chars <= MAX_TITLE ? phrase : [];
}

const COMPASS = /^(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|northeast|northwest|southeast|southwest)$/;

/**
 * "The tremor hit on Sunday, 30km north-east of Ferrow and deep underground": where, after the
 * date's comma, in a piece with no verb, told up to the "and" after the place.
 */
function placeTail(tokens: readonly Token[], segments: Segment[], k: number, ids: number[], skip: Set<number>): number[] {
  const next = segments[k + 1];
  if (!next || !ids.length || !next.afterPunct || tokens[next.from - 1]?.text !== ',' || next.lead || hasVerb(tokens, next.from, next.to, skip)) return [];
  const own = range(next.from, next.to, skip).filter((i) => tokens[i].tag !== 'punct' || tokens[i].text === '-');
  const of = own.findIndex((i, n) => tokens[i].lower === 'of' && n > 0 && COMPASS.test(tokens[own[n - 1]].lower) && tokens[own[n + 1]]?.tag === 'name');
  if (of < 0 || of > 6) return [];
  let end = of + 2;
  while (end < own.length && (tokens[own[end]].tag === 'name' || tokens[own[end]].text === '-')) end++;
  return own.slice(0, end);
}

/** "...the election of a young lawyer, Ana Ruiz.": a name that ends the sentence after its noun says who. */
function nameTail(tokens: readonly Token[], segments: Segment[], k: number, ids: number[], skip: Set<number>): number[] {
  const next = segments[k + 1];
  const last = tokens[ids[ids.length - 1]];
  if (!next || k + 1 !== segments.length - 1 || !last || last.tag !== 'noun' || tokens[next.from - 1]?.text !== ',' || next.from - 1 !== segments[k].to) return [];
  const own = range(next.from, next.to, skip).filter((i) => tokens[i].text !== '.');
  if (!own.length || own.length > 4 || !own.every((i) => tokens[i].tag === 'name')) return [];
  return [next.from - 1, ...own];
}

/**
 * "were a mix of wheat, barley and rye": a list cut at its first comma goes on to its last item, the
 * words after "and" or "or" that name it ("off Kent, Essex and Surrey with high winds": the list ends at "Surrey").
 */
function listTail(tokens: readonly Token[], segments: Segment[], k: number, ids: number[], skip: Set<number>): number[] {
  const last = tokens[ids[ids.length - 1]];
  if (!last || !/^(?:noun|adj|name)$/.test(last.tag) || tokens[segments[k].to]?.text !== ',') return [];
  const out: number[] = [];
  for (let s = k + 1; s < segments.length && s <= k + 4; s++) {
    const seg = segments[s];
    const own = lastItemEnd(tokens, range(seg.from, seg.to, skip), last.tag);
    if (!seg.afterPunct || seg.lead || tokens[seg.from - 1]?.text !== ',' || !own.length || own.length > 5 || hasVerb(tokens, seg.from, seg.to, skip) || tokens[own[0]].tag === 'ving') return [];
    out.push(seg.from - 1, ...own);
    // the whole list, or none of it when it does not fit a whole title: a title cut inside it would misread
    const chars = [...ids, ...out].reduce((n, i) => n + tokens[i].text.length + 1, 0);
    if (own.some((i) => tokens[i].lower === 'and' || tokens[i].lower === 'or')) return chars <= MAX_WHOLE_TITLE ? out : [];
  }
  return [];
}

/** A list's piece up to its last item: after "and" or "or", the run of words tagged as the first item ended. */
function lastItemEnd(tokens: readonly Token[], own: number[], tag: string): number[] {
  const and = own.findIndex((i) => tokens[i].lower === 'and' || tokens[i].lower === 'or');
  if (and < 0) return own;
  let end = and + 1;
  while (end < own.length && tokens[own[end]].tag === tag) end++;
  // (a list that is a subject, "his wife, son and daughter died", is not a list the title may end on)
  return end > and + 1 && !(end < own.length && isVerbal(tokens[own[end]])) ? own.slice(0, end) : own;
}

/** Whether the clause ends on a verb in -ing after "when", "while", "by"...: "while demanding" (there the tagger may read it as a describing word). */
function gerundLast(tokens: readonly Token[], ids: number[]): boolean {
  const last = tokens[ids[ids.length - 1]];
  const before = tokens[ids[ids.length - 2]];
  // (only after such a word, or a verb of asking for something: "a lower court ruling that had voided the deal" is a
  // noun's relative, "a letter to the council requesting that the bridge close" asks)
  return !!last && (last.tag === 'ving' || last.tag === 'adj' && /\p{Ll}ing$/u.test(last.text)) && (/^(?:when|while|after|before|by|since|without)$/.test(before?.lower ?? '') || ASKING_FOR.test(last.lower));
}

/** Verbs in -ing of asking for something, whose "that" clause is what is asked: "requesting that the firm pay". */
const ASKING_FOR = /^(?:demand|request|urg|ask|insist|requir|recommend|propos|order)ing$/;

/** Verbs of choosing, whose object may be a question: "decide who gets it", "choose which plan stays". */
const CHOOSING = words('decide decides decided deciding choose chooses chose chosen determine determines determined figure figures figured');

/** Leads of a short last clause that a title keeps: how or why the happening went on. */
const TAIL_LEADS = words('and because');

/** "I do have to confirm that we have the first case": a verb's "that" clause is its object. */
function thatObject(tokens: readonly Token[], segments: Segment[], k: number, ids: number[], skip: Set<number>): number[] {
  const next = segments[k + 1];
  const lastWord = tokens[ids[ids.length - 1]];
  if (next?.lead === 'that' && next.from === segments[k].to && isVerbal(lastWord) && lastWord.tag !== 'aux' && hasVerb(tokens, next.from + 1, next.to, skip)) return range(next.from + 1, next.to, skip);
  // "cited the rules when demanding that the crew leave": a verb in -ing takes its "that" clause the same, kept with
  // its "that" (a saying's is another matter: see framedTitle)
  if (next?.lead === 'that' && next.from === segments[k].to && gerundLast(tokens, ids) && !FRAME_VERBS[lastWord.lower] && hasVerb(tokens, next.from + 1, next.to, skip)) {
    // (when it fits: a long one is better left whole to its clause, "issuing a notice on behalf of the council")
    const object = range(next.from, next.to, skip);
    if ([...ids, ...object].reduce((n, i) => n + tokens[i].text.length + 1, 0) <= MAX_WHOLE_TITLE) return object;
  }
  // "so the board could decide who gets it", "asked them to choose which plan stays": a verb of deciding or knowing
  // at the clause's end takes the question after it as its object ("could decide" says nothing alone)
  const wh = next && /^(?:who|what|which|where|how|why)$/.test(tokens[next.from]?.lower ?? '') && next.from === segments[k].to;
  if (wh && isVerbal(lastWord) && lastWord.tag !== 'aux' && !FRAME_VERBS[lastWord.lower] && (CLAUSE_TAKING.has(lastWord.lower) || ASKING.has(lastWord.lower) || CHOOSING.has(lastWord.lower)) && hasVerb(tokens, next.from + 1, next.to, skip)) {
    // (up to an "and" or "but" opening a clause of its own: "decide who gets it and a week later the firm paid")
    const question = range(next.from, next.to, skip);
    const and = question.findIndex((i, n) => n > 1 && /^(?:and|but)$/.test(tokens[i].lower) && hasVerb(tokens, i + 1, next.to, skip));
    return and > 0 ? question.slice(0, and) : question;
  }
  // "Inspectors asked whether the dam was safe", "the report will decide if the mill reopens": the question
  // is the verb's object, told with its "whether"; "will pay only if the deal closes": the condition "only" announces
  const asks = isVerbal(lastWord) && lastWord.tag !== 'aux' && (CLAUSE_TAKING.has(lastWord.lower) || ASKING.has(lastWord.lower));
  const condition = lastWord?.tag === 'adv' && /^(?:only|even|except)$/.test(lastWord.lower) && next?.lead === 'if';
  if (next && /^(?:whether|if)$/.test(next.lead ?? '') && next.from === segments[k].to && (asks || condition) && hasVerb(tokens, next.from + 1, next.to, skip)) return range(next.from, next.to, skip);
  return [];
}


/**
 * "X said Wednesday that Y" dated at the saying: "X says Y". Also the trailing form
 * "Y, X said Wednesday". Returns null when the dated segment is not such a frame.
 */
/**
 * The saying of a clause joined by "and" or "but" to the one whose saying is at `verb`: "reported" of "and Varn county
 * reported" in "Officials have reported fish kills and Varn county reported that ...", where the "and" opens a noun
 * phrase straight before the second saying; `verb` itself when there is none.
 */
function joinedSaying(tokens: readonly Token[], seg: Segment, verb: number, skip: Set<number>): number {
  for (let c = verb + 1; c < seg.to; c++) {
    if (skip.has(c) || !/^(?:and|but)$/.test(tokens[c].lower)) continue;
    let j = c + 1;
    while (j < seg.to && (skip.has(j) || /^(?:det|adj|noun|name|poss|num)$/.test(tokens[j].tag) || /^['’]s$/u.test(tokens[j].text))) j++;
    while (j < seg.to && tokens[j].tag === 'adv') j++;
    const named = range(c + 1, j, skip).some((i) => /^(?:noun|name)$/.test(tokens[i].tag));
    // (not a list the first saying tells of: "said the firm and its partner announced", where no more than a noun
    // phrase stands between the saying and the "and")
    const ownClause = range(verb + 1, c, skip).some((i) => tokens[i].tag === 'prep' || isVerbal(tokens[i]));
    if (named && ownClause && j < seg.to && FRAME_VERBS[tokens[j].lower] && /^(?:verb)$/.test(tokens[j].tag)) return j;
  }
  return verb;
}

function framedTitle(tokens: readonly Token[], segments: Segment[], k: number, skip: Set<number>, dateWords: Set<number> = new Set()): Pick | null {
  const seg = segments[k];
  let verb = -1;
  for (let i = seg.from; i < seg.to; i++) {
    // ("the Eastmark States": a name in capitals mid-sentence is no saying)
    // ("put alleged gang boss Tom Vell on the list": a participle after a verb, before a noun, describes it)
    const describes = tokens[i - 1]?.tag === 'verb' && /ed$/.test(tokens[i].lower) && /^(?:noun|adj)$/.test(tokens[i + 1]?.tag ?? '');
    // ("is expected to say", "has until May to show that": a saying in the infinitive is not said yet)
    if (tokens[i - 1]?.tag === 'to' && FRAME_VERBS[tokens[i].lower]) continue;
    if (!skip.has(i) && FRAME_VERBS[tokens[i].lower] && tokens[i].tag !== 'adj' && tokens[i].tag !== 'noun' && !describes && !(tokens[i].tag === 'name' && i > seg.from && /^\p{Lu}/u.test(tokens[i].text))) {
      verb = i;
      break;
    }
  }
  if (verb < 0) return null;
  // "Port officials have reported fish kills and Varn county reported this week that fish had died": a saying
  // whose own subject follows an "and" after the first clause is the one that frames the "that" clause after it
  verb = joinedSaying(tokens, seg, verb, skip);
  // "since it was announced", "were reported": a passive saying tells of what was said, not of a speaker
  const beforeVerb = range(seg.from, verb, skip).filter((i) => tokens[i].tag !== 'adv');
  if (/^(?:is|was|were|are|been|be|being)$/.test(tokens[beforeVerb[beforeVerb.length - 1]]?.lower ?? '') && tokens[verb].lower !== 'saying') return null;
  // ("the inspectors did not say", "economists hadn't declared that": a saying denied says nothing; told as "Inspectors
  // say ..." it would claim what the sentence denies)
  let group = verb - 1;
  while (group >= seg.from && (skip.has(group) || /^(?:adv|aux|modal|neg)$/.test(tokens[group].tag))) {
    if (!skip.has(group) && isNegation(tokens[group])) return null;
    group--;
  }
  let present = FRAME_VERBS[tokens[verb].lower];
  // '"...," Ana Ruiz is quoted by the paper as saying': the one quoted is the subject; a bare
  // "saying" ("defended the plan, saying that") frames nothing of its own
  let subjectEnd = verb;
  if (tokens[verb].lower === 'saying') {
    const quoted = range(seg.from, verb, skip).find((i) => tokens[i].lower === 'quoted' && tokens[i - 1]?.tag === 'aux');
    if (quoted === undefined) return null;
    subjectEnd = quoted - 1;
  }

  // ("A highly regarded engineer": an adverb before a describing word is the noun phrase's)
  const describes = (i: number) => i + 1 < subjectEnd && /ly$/.test(tokens[i].lower) && (tokens[i + 1].tag === 'adj' || /^(?:verb|ven)$/.test(tokens[i + 1].tag) && /ed$/.test(tokens[i + 1].lower)) && /^(?:noun|adj)$/.test(tokens[i + 2]?.tag ?? '');
  // ("The relatives thus far have refused": "thus far" says when, not who)
  const soFar = (i: number) => tokens[i].lower === 'far' && /^(?:thus|so)$/.test(tokens[i - 1]?.lower ?? '');
  let subject = range(seg.from + (seg.lead ? 1 : 0), subjectEnd, skip).filter((i) => (tokens[i].tag !== 'adv' || describes(i)) && tokens[i].tag !== 'aux' && tokens[i].tag !== 'quote' && !soFar(i));
  // '"...," said Health Minister Ana Ruiz': after a quotation, the speaker may follow the verb
  let afterSpeaker = verb + 1;
  const inverted: number[] = [];
  if (!subject.length && quotedLead(tokens, seg)) {
    while (afterSpeaker < seg.to && (skip.has(afterSpeaker) || /^(?:name|noun|adj)$/.test(tokens[afterSpeaker].tag) || closesAbbreviation(tokens, afterSpeaker))) {
      if (!skip.has(afterSpeaker)) inverted.push(afterSpeaker);
      afterSpeaker++;
    }
    if (!inverted.some((i) => tokens[i].tag === 'name')) afterSpeaker = verb + 1;
  }
  // "the cap is installed and the firm announces that...": after a clause of its own, the subject is the one after "and"
  const joinedAt = subject.findLastIndex((i) => tokens[i].tag === 'conj');
  if (joinedAt > 0 && subject.slice(0, joinedAt).some((i) => isVerbal(tokens[i])) && joinedAt < subject.length - 1) subject = subject.slice(joinedAt + 1);
  if (afterSpeaker > verb + 1) subject = inverted;
  // ("when Ana Ruiz announced": a "when" or "where" clause with a subject of its own has its own speaker)
  else if (seg.lead && RELATIVES.has(seg.lead) && k > 0 && !(/^(?:when|where)$/.test(seg.lead) && subject.some((i) => isNominal(tokens[i])))) subject = trailingNounPhrase(tokens, segments[k - 1].from, segments[k - 1].to, skip);
  // ", of the county fire service, said": an appositive is not the subject; the clause before holds it.
  else if (!subject.length || tokens[subject[0]].tag === 'prep') subject = borrowedSubject(tokens, segments, k, skip);
  // (the speaker as written, before its shortening: what was said ends at the comma before it, "..., the head of the
  // Norland Ferry Board said", however little of it the title keeps)
  const speaker = subject;
  subject = shortSubject(tokens, subject).filter((i) => !soFar(i) && !(/^(?:thus|so)$/.test(tokens[i].lower) && soFar(i + 1)));

  let complement: number[] = [];
  const next = segments[k + 1];
  const rest = range(afterSpeaker, seg.to, skip);
  const that = thatAfterSetting(tokens, rest, /^(?:tells?|told)$/.test(tokens[verb].lower));
  // ("said at a meeting on Monday, for instance, that": a short aside set off between the saying and its "that")
  const aside = !!next && next.afterPunct && tokens[next.from - 1]?.text === ',' && !next.lead && range(next.from, next.to, skip).length <= 3 && !hasVerb(tokens, next.from, next.to, skip)
    && segments[k + 2]?.lead === 'that' && tokens[segments[k + 2].from - 1]?.text === ',' && segments[k + 2].from === next.to + 1;
  // ('"...," Tom Vell said at a hearing that examined the budget': after a quotation, a "that" straight before a verb
  // with no subject of its own is a relative on the setting's noun; what was said is the quotation)
  const settingRelative = quotedLead(tokens, seg) && relativeOnSetting(tokens, rest, next, skip);
  const saidAt = next && next.lead === 'that' && next.from === seg.to && !settingRelative ? k + 1 : aside ? k + 2 : -1;
  if (saidAt > 0) {
    const said = segments[saidAt];
    complement = range(said.from + 1, said.to, skip);
    // ("said that until the fees are paid, the bridge stays shut": a condition holding the "that" tells what was said
    // in the clause after its comma)
    const after = SUBORDINATORS.has(tokens[complement[0]]?.lower ?? '') ? clauseAfterCondition(tokens, segments, saidAt, skip) : [];
    complement = after.length ? after : runOnSaying(tokens, segments, saidAt, complement, skip);
    // ("said he had not meant to slight the farmers | , millers and bakers of the valley": a list cut at its first comma
    // goes on to its last item)
    if (complement.length && complement[complement.length - 1] < said.to) complement = [...complement, ...listTail(tokens, segments, saidAt, complement, skip)];
    // "told reporters that the bridge would reopen": the listener is left out, so the minister "says"
    if (present === 'tells') present = 'says';
  } else if (that >= 0 && that < rest.length - 1 && !hasVerb(tokens, rest[that + 1], seg.to, skip) && k + 1 < segments.length) {
    // "said on Monday that the bridge, built in 1950, would close": a "that" with no verb before the comma was
    // left in the saying's piece (after where it was said or who heard it too: "wrote in a letter to the council
    // on Monday that the bridge, ...")
    complement = runOnSaying(tokens, segments, k, rest.slice(that + 1), skip);
    if (present === 'tells') present = 'says';
  } else if (that >= 0 && that === rest.length - 1 && next && !next.lead && !hasVerb(tokens, next.from, next.to, skip) && segments[k + 2] && !segments[k + 2].lead && hasVerb(tokens, segments[k + 2].from, segments[k + 2].to, skip)) {
    // "said that, on the night of 3 October, he left": a setting set off after the "that"; what was said follows it
    complement = runOnSaying(tokens, segments, k + 2, range(segments[k + 2].from, segments[k + 2].to, skip), skip);
    if (present === 'tells') present = 'says';
  } else if (that >= 0 && that === rest.length - 1 && next && next.from === seg.to && next.lead && SUBORDINATORS.has(next.lead) && hasVerb(tokens, next.from + 1, next.to, skip)) {
    // "said on Monday that once the ship docks, the crew will go ashore": what was said opens with its condition;
    // the clause after the condition is what was said ("once the ship docks it will sail": without a comma, from
    // the pronoun and its verb after the condition's own verb)
    const own = range(next.from + 1, next.to, skip);
    const firstVerb = own.findIndex((i) => isVerbal(tokens[i]));
    const main = own.findIndex((i, n) => n > firstVerb && /^(?:he|she|it|they|we)$/.test(tokens[i].lower) && /^(?:verb|aux|modal)$/.test(tokens[own[n + 1]]?.tag ?? ''));
    const after = clauseAfterCondition(tokens, segments, k + 1, skip);
    if (main > 0) complement = own.slice(main);
    else if (after.length) complement = after;
    else complement = range(next.from, next.to, skip);
    if (present === 'tells') present = 'says';
  } else if (rest.length && hasVerb(tokens, verb + 1, seg.to, skip) && !startsWithVerb(tokens, rest) && tokens[rest[0]].tag !== 'prep' && tokens[rest[0]].tag !== 'to') {
    // "said Wednesday US officials have had talks": the complement follows without "that".
    complement = rest;
    // ("said it was likely that two pupils who had been to Varn had caught the fever": a "that" inside what was said,
    // with no verb before the piece ends, runs on to its own verb as a "that" after the saying does)
    const inner = rest.findLastIndex((i) => tokens[i].lower === 'that');
    const pointing = pointingThat(tokens, rest[inner] - 1, rest[inner + 1]);
    if (inner > 0 && inner < rest.length - 1 && !pointing && !hasVerb(tokens, rest[inner + 1], seg.to, skip)) complement = [...rest.slice(0, inner + 1), ...runOnSaying(tokens, segments, k, rest.slice(inner + 1), skip)];
  } else if (k > 0 && (bareFrame(tokens, rest) || saidWhere(tokens, rest) || quotedLead(tokens, seg) && (shortVerbless(tokens, rest) || quoteSetting(tokens, rest))) && (!next || quotedLead(tokens, seg) && placeAside(tokens, segments, k, skip) || tokens[next.from].tag === 'ving' || quotedLead(tokens, seg) && AFTER_FRAME.has(next.lead ?? '') || settingRelative || commentAfter(tokens, next, skip) || speakerAside(tokens, next, skip, afterSpeaker > verb + 1))) {
    // '"We will not back down," the minister told reporters in the capital on Tuesday, when asked...': the quote is what was said.
    // "'We will not back down,' the minister said on Tuesday." The comma that closed the quote goes.
    let quoteStart = seg.from;
    while (tokens[quoteStart]?.tag === 'quote') quoteStart++;
    // '"...," Ana Ruiz, the envoy, said': the quotation ends before the speaker and the words describing her
    if (tokens[0]?.tag === 'quote' && !quotedLead(tokens, seg)) {
      let close = seg.from - 1;
      while (close > 0 && tokens[close].tag !== 'quote') close--;
      while (close > 0 && tokens[close - 1].tag === 'quote') close--;
      if (close > 0 && tokens[close - 1]?.text === ',') {
        quoteStart = close;
        while (tokens[quoteStart]?.tag === 'quote') quoteStart++;
      }
    }
    // the quote is told whole, its date words too: a quotation is never changed
    const quoteSkip = new Set([...skip].filter((i) => i >= quoteStart || !dateWords.has(i)));
    complement = range(0, quoteStart, quoteSkip).filter((i) => !(tokens[i].text === ',' && (i === quoteStart - 1 || tokens[i + 1]?.tag === 'quote')));
    subject = subject.filter((i) => tokens[i].tag !== 'quote');
    // ("Two cases were found, one in a child, the minister, Tom Vell, said": the speaker set off before the
    // saying, and the words for the speaker's office before the name, are no part of what was said)
    // (a speaker named: not "..., a tally that officials said": the noun a relative is about is no speaker)
    if (subject.some((i) => tokens[i].tag === 'name') && subject[0] < quoteStart && tokens[subject[0] - 1]?.text === ',') {
      const before = complement.filter((i) => i < subject[0] - 1);
      complement = before.slice(0, speakerRoleAt(tokens, before));
      while (complement.length && tokens[complement[complement.length - 1]].text === ',') complement.pop();
    }
    // "But talks resumed, an aide said": the sentence's opening "but" or "and" leans on the one before, not on
    // the saying (a quotation's own words stay: its mark comes first)
    while (complement.length > 1 && /^(?:but|and|yet)$/.test(tokens[complement[0]].lower)) complement = complement.slice(1);
    if (!subject.length) return null;
    // "The firm will close two plants, it said on Thursday": a pronoun adds no one, so the statement is the title
    const pronoun = subject.length === 1 && tokens[subject[0]].tag === 'pron';
    if (pronoun && tokens[complement[0]]?.tag !== 'quote' && tokens[0]?.tag !== 'quote' && !startsWithVerb(tokens, complement) && hasVerb(tokens, complement[0] ?? 0, quoteStart, skip)) return { parts: complement };
    // the listener is left out with the rest, so the quote is what someone "says"
    if (present === 'tells') present = 'says';
  }
  // (who heard it: a few words with no verb after "told", "told students and staff at the Varn College")
  const listener = tokens[verb].lower === 'told' && rest.length <= 12 && !rest.some((i) => isVerbal(tokens[i]) || tokens[i].tag === 'ving');
  const quotation = complement.length ? [] : quotationAfter(tokens, seg, rest, skip, dateWords, listener);
  let closing = '';
  // (told whole or not at all: a quotation cut short says less than its frame promised)
  const fits = (speaker: number[]) => [...speaker, verb, ...quotation].reduce((n, i) => n + tokens[i].text.length + 1, 0) <= MAX_WHOLE_TITLE;
  // ('The ferry line's spokesman Tom Vell told a radio station: "..."': a quotation too long to tell after the
  // speaker's office is told after the speaker's name alone)
  if (quotation.length && !fits(subject) && fits(nameAfterOffice(tokens, subject))) subject = nameAfterOffice(tokens, subject);
  // ('A spokesman said: "The checks show that the pumps failed | and that the crews were never told."': one still too
  // long is told to the end of its first statement, before a second "that" clause or a semicolon, where that fits and
  // has its verb; `closingMark` closes it)
  if (quotation.length && !fits(subject)) {
    // (measured after the speaker's name alone where the office can go, as it will)
    const name = nameAfterOffice(tokens, subject);
    const length = (ids: number[]) => [...(name.length ? name : subject), verb, ...ids].reduce((c, j) => c + tokens[j].text.length + 1, 0);
    // ('"The new strain does not spread easily | and has a low death rate"': a second verb joined to the first by
    // "and" or "but", with no subject of its own, tells a second statement of the same subject, and the first stands alone)
    const secondVerb = (i: number) => /^(?:and|but)$/.test(tokens[i].lower) && (tokens[i + 1]?.lower === 'that' || (tokens[i + 1]?.tag === 'verb' || tokens[i + 1]?.tag === 'aux') && tokens[i - 1]?.tag !== 'aux');
    const seam = quotation.findLastIndex((i, n) => n > 3 && (tokens[i].text === ';' || secondVerb(i)) && length(quotation.slice(0, n)) <= MAX_WHOLE_TITLE && hasVerb(tokens, quotation[0], i, skip));
    if (seam > 0) quotation.splice(seam);
    // (the comma before the seam is the sentence's: 'says "Some call us greedy, | but that is not so"')
    while (seam > 0 && tokens[quotation[quotation.length - 1]].text === ',') quotation.pop();
  }
  // (cut to its first statement, it may fit after the speaker's name alone)
  if (quotation.length && !fits(subject) && fits(nameAfterOffice(tokens, subject))) subject = nameAfterOffice(tokens, subject);
  if (quotation.length && !(seg.lead && RELATIVES.has(seg.lead)) && fits(subject)) {
    complement = quotation;
    closing = closingMark(tokens, quotation);
    if (present === 'tells') present = 'says';
  }
  // ("..., officials said on Monday, as the storm neared": a clause of time after the frame is not what was said)
  // ('... told reporters Monday."': a stray mark after the stop, left by the sentence's splitting, ends nothing)
  const marksOnly = !!next && range(next.from, next.to, skip).every((i) => tokens[i].tag === 'quote' || tokens[i].tag === 'punct');
  if (!complement.length && k > 0 && !(seg.lead && RELATIVES.has(seg.lead)) && (bareFrame(tokens, rest) || saidWhere(tokens, rest) || listener) && (!next || marksOnly || tokens[next.from].tag === 'ving' || commentAfter(tokens, next, skip) || timeAfterFrame(tokens, segments, k, subject))) {
    // "Repairs will cost $2bn, Brisko told the City", '..." Tom Vell, a senator, told a radio station': a saying
    // after what was said, with only who heard it or where, tells the statement before its speaker (not a relative
    // clause's: "That is denied by the editor, Ana Ruiz, who wrote a piece")
    complement = statementBefore(tokens, speaker.length && speaker[0] < (subject[0] ?? -1) ? speaker : subject, skip);
    // ("Meanwhile the firm has hired a spokesman, sources said": a word that links to the sentence before goes)
    while (complement.length > 1 && (OPENING_CONJUNCTIONS.has(tokens[complement[0]].lower) || OPENING_ADVERBS.has(tokens[complement[0]].lower) && tokens[complement[0]].tag === 'adv') && tokens[complement[1]].text !== ',') complement = complement.slice(1);
    if (complement.length && subject.length === 1 && tokens[subject[0]].tag === 'pron') return hasVerb(tokens, complement[0], complement[complement.length - 1] + 1, skip) ? { parts: complement } : null;
    if (present === 'tells') present = 'says';
  }
  // "says the bridge" → "says bridge", but "no compensation" keeps its "no"
  if (complement.length && /^(?:the|a|an)$/.test(tokens[complement[0]].lower) && tokens[complement[1]]?.tag !== 'name') complement = complement.slice(1);
  if (!complement.length || startsWithVerb(tokens, complement) || !subject.length) return null;
  if (!hasVerb(tokens, complement[0], complement[complement.length - 1] + 1, skip)) return null;
  // ("says that on 3 October, he left": the comma that closed a setting before what was said goes)
  while (complement.length > 1 && tokens[complement[0]].text === ',') complement = complement.slice(1);
  // (a named speaker, one person: a "he" or "she" opening what they said is the speaker, unless a title rules it out)
  const named = subject.some((i) => tokens[i].tag === 'name') && !subject.some((i) => tokens[i].tag === 'pron' || tokens[i].tag === 'conj') && agree('says', tokens, subject) === 'says';
  const pronoun = tokens[complement[0]]?.lower;
  const other = pronoun === 'he' ? 'female' : 'male';
  const own = named && (pronoun === 'he' || pronoun === 'she') && !subject.some((i) => (pronoun === 'he' ? WOMENS_TITLE : MENS_TITLE).test(tokens[i].text) || tokens[i].tag === 'name' && firstNameSex(tokens[i].lower) === other);
  if (pastToldNow(tokens, verb, complement, dateWords, own)) {
    if (tokens[complement[0]].tag !== 'pron') return { parts: closing ? [...complement, closing] : complement };
    // "the firm said it had shut the mill in May": "it" or "they" is the speaker, who is named instead ("Ana Ruiz
    // said she had left in May": so is a named person's "he" or "she")
    const singular = agree('says', tokens, subject) === 'says';
    if (!subject.some((i) => tokens[i].tag === 'pron') && (own || tokens[complement[0]].lower === (singular ? 'it' : 'they'))) return { parts: [...subject, ...complement.slice(1)] };
  }
  // ("Ana Ruiz relented and announced that": a saying joined to the subject's own deed by "and" keeps that deed's
  // tense, as written)
  const joined = subject.length > 1 && tokens[subject[subject.length - 1]].tag === 'conj' && subject.slice(0, -1).some((i) => isVerbal(tokens[i]));
  // ("Tarbel said in May it would sell the mill": a told clause in the past of a past saying, "would" or a state of
  // mind's past, keeps the saying past; "says it would buy" hangs. Only a saying written in the past, in words: a
  // listener left out of "told" leaves "said"; not a quotation, the speaker's own words in the speaker's own tense:
  // 'says "I would say the plan failed"')
  const toldVerb = complement.find((i) => isVerbal(tokens[i]) || tokens[i].tag === 'modal');
  const backshifted = toldVerb !== undefined && !closing && !complement.some((i) => tokens[i].tag === 'quote') && BACKSHIFTED.has(tokens[toldVerb].lower) && tokens[verb].lower !== present && tokens[verb].lower !== bareForm(present) && !/ing$/.test(tokens[verb].lower);
  const pastSaying = tokens[verb].lower === 'told' ? (present === 'says' ? 'said' : tokens[verb].text) : tokens[verb].text;
  const told = { parts: [...subject, joined ? verb : backshifted ? pastSaying : agree(present, tokens, subject), ...complement, ...(closing ? [closing] : [])] };
  return tokens[complement[0]]?.tag === 'quote' && complement[0] === 0 ? speechAct(tokens, told) ?? told : told;
}

/**
 * Whether the date, inside what a saying tells, is the told happening's: "Leaked files reveal the mill suffered a
 * fire in May 2007" (a saying in the present is the article's now, so a past date is what it tells of), "officials
 * said the mill had suffered a fire in 2007" (a past before the saying's past). Not "he says she left in May" (a
 * pronoun other than the speaker's "it" or "they" names no one), nor "said the mill burned in May", where the
 * saying may be the dated act.
 */
function pastToldNow(tokens: readonly Token[], verb: number, complement: number[], dateWords: Set<number>, speakerPronoun = false): boolean {
  const saying = tokens[verb];
  const present = FRAME_VERBS[saying.lower] === saying.lower || /^(?:say|show|reveal)$/.test(saying.lower);
  // (not '"...," says Ana Ruiz': a saying after what was said, with its speaker after it)
  if (/^(?:aux|modal|to|quote|punct)$/.test(tokens[verb - 1]?.tag ?? '')) return false;
  // (a claim of one side of a dispute keeps its speaker: "Plaintiffs say the landlord ignored the damp"; not a party
  // word capitalised past the sentence's start, part of a name: "The Ministry of Defence says")
  const party = tokens[verb - 1];
  if (party && PARTY_SPEAKERS.has(party.lower) && !(verb > 1 && /^\p{Lu}/u.test(party.text))) return false;
  // (a date after the saying's "that" is what was said, set before its subject: "says that on 3 October he left")
  const that = tokens.findIndex((t, i) => i > verb && i < complement[0] && t.lower === 'that');
  if (![...dateWords].some((i) => i > complement[0] || that > 0 && i > that)) return false;
  if (tokens[complement[0]].tag === 'quote' || tokens[complement[0]].tag === 'pron' && !/^(?:it|they)$/.test(tokens[complement[0]].lower) && !speakerPronoun) return false;
  // "officials said the mill had suffered a fire in 2007": a past before the saying's past is the told happening's
  const before = complement.some((i, n) => tokens[i].lower === 'had' && /^(?:ven|verb)$/.test(tokens[complement[n + 1]]?.tag ?? '') && tokens[complement[n + 1]].lower !== 'to');
  if (before) return true;
  // (the told clause's own verb, its first: "is still weighing a request made last week" is a present state)
  const own = complement.find((i) => isVerbal(tokens[i]));
  if (own === undefined) return false;
  const past = toldInPast(tokens[own]);
  if (present) return past;
  // "police said the gang killed two men last week": a date inside what a past saying tells dates the told deed (a
  // date on the saying stands before what it tells, "said on Monday that", or after it, "..., the paper reported
  // Friday"). Only a saying in words ("found", "showed" tell no speech), and not an "it" or "they", which a person
  // speaking does not stand for
  if (complement[0] < verb || !/^(?:said|told|added|stated)$/.test(saying.lower)) return false;
  if (tokens[complement[0]].tag === 'pron' && !speakerPronoun) return false;
  // (the told clause's own verb: not "needed" of "the pipe needed for the job would be laid", a participle after its
  // noun with an auxiliary still to come)
  const main = complement.find((i, n) => isVerbal(tokens[i]) && !(/^(?:ven|verb)$/.test(tokens[i].tag) && /ed$/.test(tokens[i].lower) && isNominal(tokens[complement[n - 1]]) && complement.slice(n + 1).some((j) => /^(?:aux|modal)$/.test(tokens[j].tag))));
  if (main === undefined) return false;
  const told = tokens[main];
  // (a told deed whose doer nothing names keeps the speaker who places it: "a Norcorp spokeswoman said the company told
  // customers on Monday" is not "Company told customers")
  const doer = complement.filter((i) => i < main);
  // (an office the article gave one person is named later: "said the president himself met ...")
  if (!doer.some((i) => tokens[i].tag === 'name' || tokens[i].tag === 'pron' && speakerPronoun || OFFICE_WORDS.has(tokens[i].lower.replace(/['’]s$/u, '')))) return false;
  if (!toldInPast(told)) return false;
  // (a hope or an expectation is no deed: "said the firm expected to reopen the mill next week")
  if (HOPED.has(told.lower)) return false;
  // (what was said of a state, "said the gang was behind the killings last week", "said the visit had been a
  // success", or of blame, "said a clerk was accused of fraud", is a claim, told with its speaker)
  let next = complement.indexOf(main) + 1;
  while (next < complement.length && (/^(?:adv|neg)$/.test(tokens[complement[next]].tag) || told.lower === 'had' && tokens[complement[next]].lower === 'been')) next++;
  const be = /^(?:was|were)$/.test(told.lower) || told.lower === 'had' && complement.slice(complement.indexOf(main) + 1, next).some((i) => tokens[i].lower === 'been');
  const after = tokens[complement[next]];
  // ("said the latest case was on Sunday": a "was" whose predicate is the date itself tells no deed)
  if (!be) return true;
  if (!after) return false;
  if (!/^(?:ven|ving)$/.test(after.tag) && !/ed$/.test(after.lower)) return false;
  return !CALLED.has(after.lower);
}

/** "was", "had", or a verb in the past ("left", "reopened"): what pastToldNow reads as a clause told in the past. */
const toldInPast = (t: Token): boolean => /^(?:was|were|had)$/.test(t.lower) || /^(?:verb|ven)$/.test(t.tag) && (pastTense(t.lower) || /ed$/.test(t.lower));

/** The "-ed"/"-d" spellings of a list of plain verbs: "expect" → "expected", "hope" → "hoped" (and "hopeed", never met). */
const pastSpellings = (verbs: Iterable<string>): ReadonlySet<string> => new Set([...verbs].flatMap((v) => [`${v}ed`, `${v}d`]));
/** A hope or an expectation told in the past (FORECAST_VERBS, AIM_VERBS), made once: see pastToldNow. */
const HOPED = pastSpellings([...FORECAST_VERBS, ...AIM_VERBS]);
/** A call or a blame told in the past (CALL_VERBS), made once: see pastToldNow. */
const CALLED = pastSpellings(CALL_VERBS);

/**
 * "said that attacks on ports in Varn, Dolo and Brisk, Estland, show...", "said that a guard who was hurt had
 * died": what was said, with no verb in its own piece (segment `k`), runs on past commas and a relative clause to
 * its verb, and that verb's own "that" clause; unchanged when none comes soon.
 */
function runOnSaying(tokens: readonly Token[], segments: Segment[], k: number, said: number[], skip: Set<number>): number[] {
  if (!said.length || hasVerb(tokens, said[0], said[said.length - 1] + 1, skip)) return said;
  const out = [...said];
  let afterAside = false;
  for (let j = k + 1; j < segments.length && j <= k + 4; j++) {
    const seg = segments[j];
    const own = range(seg.from + (seg.lead ? 1 : 0), seg.to, skip);
    const piece = range(afterAside ? seg.from : segments[j - 1].to, seg.to, skip);
    if (!own.length || out.length + piece.length > 40) break;
    // ("... and was assisted": a verb joined by "and" after an aside is no verb of what was said)
    if (tokens[seg.from].tag === 'conj') break;
    const relative = RELATIVES.has(seg.lead ?? '');
    // ("the bridge, built in 1950, would close": a participle set off by commas describes the noun)
    const participle = seg.afterPunct && !seg.lead && (readsAsParticiple(tokens[own[0]]) || tokens[own[0]].tag === 'ving');
    if (!hasVerb(tokens, seg.from, seg.to, skip)) {
      out.push(...piece);
      afterAside = false;
      continue;
    }
    if (relative || participle) {
      // "a guard who was hurt had died": the verb after the relative clause's own is what was said of the noun
      // ("team no. 5 _ which Tom Lee heads _ made visits": the aside closed by a dash)
      const dash = own.findIndex((i, n) => n > 0 && /^(?:_|--|—|–)$/.test(tokens[i].text) && isVerbal(tokens[own[n + 1]] ?? tokens[i]));
      const second = !relative || seg.afterPunct ? -1 : dash > 0 ? dash + 1 : secondVerb(tokens, own);
      if (second > 0) return [...out.filter((i, n) => n < out.length - 1 || !/^(?:_|--|—|–)$/.test(tokens[i].text)), ...own.slice(second)];
      afterAside = true;
      continue;
    }
    out.push(...piece);
    // ("..., show that terror is blind": the verb's own "that" clause goes with it)
    const then = segments[j + 1];
    if (then?.lead === 'that' && then.from === seg.to && out.length + then.to - then.from <= 40) out.push(...range(then.from, then.to, skip));
    // ("said that at the close of business, 500 shares had been tendered": a fronted setting goes with its comma)
    const comma = out.indexOf(said[said.length - 1]) + 1;
    if (tokens[said[0]].tag === 'prep' && tokens[out[comma]]?.text === ',' && comma + 1 < out.length) return out.slice(comma + 1);
    return out;
  }
  return said;
}

/**
 * The clause after a condition or time clause that opens what was said (segment `j`): the piece after its comma, with
 * a verb and no word of its own leading it, past the condition's verbs joined on by "and" or "or" ("if the town pays
 * the crews and buys the boats, the fees will fall"); none when no such piece follows.
 */
function clauseAfterCondition(tokens: readonly Token[], segments: Segment[], j: number, skip: Set<number>): number[] {
  let a = j + 1;
  while (segments[a] && !segments[a].afterPunct && /^(?:and|or)$/.test(segments[a].lead ?? '')) a++;
  const after = segments[a];
  return after && after.afterPunct && tokens[after.from - 1]?.text === ',' && !after.lead && hasVerb(tokens, after.from, after.to, skip) ? range(after.from, after.to, skip) : [];
}

/**
 * Where the "that" opening what was said stands in the rest of the saying's piece: first, or after a few words with
 * no verb that say where it was said or who heard it ("told reporters that", "wrote in a letter to the council
 * that"); -1 when there is none so placed.
 */
function thatAfterSetting(tokens: readonly Token[], rest: number[], told: boolean): number {
  const at = rest.findIndex((i) => tokens[i].lower === 'that');
  if (at <= 0) return at;
  const before = rest.slice(0, at);
  // (not "warned of a flood that the town could not stop": a "that" after what the saying is about is a relative on
  // it; nor "told her about that night": a "that" after a preposition points)
  const setting = /^(?:at|in|during|on)$/.test(tokens[before[0]].lower) || told && tokens[before[0]].tag !== 'prep';
  const pointing = pointingThat(tokens, before[at - 1], rest[at + 1]);
  return setting && !pointing && shortVerbless(tokens, before) && !before.some((i) => tokens[i].tag === 'quote' || tokens[i].tag === 'punct') ? at : -1;
}

/**
 * Whether a "that" between the words at `before` and `after` points rather than opens a clause: after a preposition or
 * a determiner ("about that night"), or before a time noun ("that night").
 */
const pointingThat = (tokens: readonly Token[], before: number, after: number) =>
  /^(?:prep|det)$/.test(tokens[before]?.tag ?? '') || TIME_NOUNS.has(tokens[after]?.lower ?? '');

/** ", the office said on Friday, a sign that demand held up": a noun after the frame's comma comments on what was said. */
const commentAfter = (tokens: readonly Token[], next: Segment, skip: Set<number>) =>
  next.afterPunct && tokens[next.from - 1]?.text === ',' && !next.lead && !hasVerb(tokens, next.from, next.to, skip) && range(next.from, next.to, skip).every((i) => /^(?:det|adj|noun)$/.test(tokens[i].tag));

/** '"...," said Ana Ruiz, the firm's finance chief,': words with no verb describing a speaker named after the saying. */
const speakerAside = (tokens: readonly Token[], next: Segment, skip: Set<number>, inverted: boolean) =>
  inverted && next.afterPunct && tokens[next.from - 1]?.text === ',' && !next.lead && !hasVerb(tokens, next.from, next.to, skip);

const bareFrame = (tokens: readonly Token[], rest: number[]) => !rest.some((i) => tokens[i].tag !== 'quote' && tokens[i].tag !== 'punct');
/**
 * "..., Ana Ruiz said at a weekly press briefing", "wrote on his website": where it was said, a short phrase with no
 * verb ("briefing" ends it as a noun).
 */
const saidWhere = (tokens: readonly Token[], rest: number[]) => rest.length >= 2 && rest.length <= 6 && /^(?:at|in|during|on)$/.test(tokens[rest[0]].lower) && !rest.some((i, n) => isVerbal(tokens[i]) || (tokens[i].tag === 'ving' && !(n === rest.length - 1 && /^(?:det|noun|adj)$/.test(tokens[i - 1].tag)) && !ingNoun(tokens, i)) || tokens[i].tag === 'quote' || tokens[i].text === ',');
/** "told reporters in the capital", "told a radio station": who heard it or where, a few words with no verb. */
const shortVerbless = (tokens: readonly Token[], rest: number[]) => rest.length <= 8 && !rest.some((i) => isVerbal(tokens[i]) || tokens[i].tag === 'ving' && !ingNoun(tokens, i));
/**
 * "at his hearing", "after the briefing", "at his confirmation hearing": a word in "-ing" after an article or a
 * possessive, or one word after it, is a noun, not a verb.
 */
const ingNoun = (tokens: readonly Token[], i: number) => /^(?:det|poss)$/.test(tokens[i - 1]?.tag ?? '') || /^(?:noun|adj)$/.test(tokens[i - 1]?.tag ?? '') && /^(?:det|poss)$/.test(tokens[i - 2]?.tag ?? '');
/**
 * The statement a sentence opens with, up to the comma (and quotation mark) before its speaker: "Repairs will cost
 * $2bn, | Brisko told..."; none when it is only a setting or a condition ("When the ship docked, Ana Ruiz told...").
 */
function statementBefore(tokens: readonly Token[], subject: number[], skip: Set<number>): number[] {
  if (!subject.length) return [];
  let end = subject[0];
  while (end > 0 && (tokens[end - 1].tag === 'quote' || skip.has(end - 1) && tokens[end - 1].tag !== 'punct')) end--;
  if (tokens[end - 1]?.text !== ',') return [];
  // (with the mark that closes a quotation: one left unpaired, its opening cut from the sentence, goes when tidied)
  const said = range(0, end - 1, skip);
  const first = tokens[said.find((i) => tokens[i].tag !== 'quote') ?? -1];
  // ("The effects are plain: as the crisis grew, for instance, ...": a statement introduced by a colon is no one's)
  if (!first || SUBORDINATORS.has(first.lower) || first.tag === 'prep' && !said.some((i) => i > said[0] && tokens[i].text === ',') || said.some((i) => tokens[i].text === ':') || !hasVerb(tokens, said[0], end - 1, skip)) return [];
  // ("In the past year, farmers have lost...": a setting fronted before its comma goes, as the date did)
  const comma = said.findIndex((i) => tokens[i].text === ',');
  const setting = first.tag === 'prep' && comma > 0 && !hasVerb(tokens, said[0], said[comma], skip) ? comma + 1 : 0;
  return [...said.slice(setting, speakerRoleAt(tokens, said)), ...range(end, subject[0], skip).filter((i) => tokens[i].tag === 'quote')];
}

/**
 * "Two cases were found, one in a child, the health minister, Tom Vell, said": the last piece of a statement before
 * its speaker, a noun phrase headed by a word for a person's office or role, names the speaker, not a part of what
 * was said; where it starts (the statement's length when there is none).
 */
function speakerRoleAt(tokens: readonly Token[], said: number[]): number {
  const comma = said.findLastIndex((i) => tokens[i].text === ',');
  const piece = said.slice(comma + 1);
  if (comma < 1 || piece.length < 2 || tokens[piece[0]].tag !== 'det') return said.length;
  const head = tokens[piece[piece.length - 1]];
  const plain = piece.every((i) => /^(?:det|adj|noun|name|poss)$/.test(tokens[i].tag) || /^['’]s$/u.test(tokens[i].text));
  return plain && (personNoun(head.lower) || OFFICES.has(head.lower)) ? comma : said.length;
}


/**
 * "The ferry line's spokesman Tom Vell", "Port Chairman Ana Ruiz": the name of two words or more after the office or
 * the noun for a person that opens a speaker; none when the speaker ends otherwise.
 */
function nameAfterOffice(tokens: readonly Token[], subject: number[]): number[] {
  const office = subject.findLastIndex((i) => personNoun(tokens[i].lower) || OFFICES.has(tokens[i].lower));
  const name = subject.slice(office + 1);
  if (office >= 0 && name.length >= 2 && name.every((i) => tokens[i].tag === 'name')) return name;
  // ("Deputy Undersecretary for Harbours Ana Ruiz": an office's own words in capitals, which no list holds, run
  // into the name, which starts at its first name)
  const first = subject.findIndex((i) => firstNameSex(tokens[i].lower) !== null);
  const named = subject.slice(first);
  return first > 1 && named.length >= 2 && named.every((i) => tokens[i].tag === 'name') ? named : [];
}

/**
 * 'Ana Ruiz said on Monday: "The port will reopen."', 'Tom Vell said, "We are ready"': a frame whose piece ends
 * on its verb (with when or where it was said), then a colon or a comma and a quotation: the quotation is what was
 * said, told whole with its marks (its own date words too: a quotation is never changed). None otherwise.
 */
function quotationAfter(tokens: readonly Token[], seg: Segment, rest: number[], skip: Set<number>, dateWords: Set<number>, listener = false): number[] {
  // (not after an opening quotation: '"I was there," says Ana Ruiz, "and it was calm"' goes on with what opened it)
  // ("bluntly said of the situation," and what was said: what it was said of goes with the frame)
  const saidOf = rest.length >= 2 && rest.length <= 6 && /^(?:of|about)$/.test(tokens[rest[0]].lower) && shortVerbless(tokens, rest);
  // ('told reporters on Friday: "The bridge will reopen."': who heard it, a few words with no verb, is left out too)
  if (!(bareFrame(tokens, rest) || saidWhere(tokens, rest) || saidOf || listener) || tokens[0]?.tag === 'quote') return [];
  let open = seg.to;
  while (open < tokens.length && (skip.has(open) && dateWords.has(open) || /^[,:]$/.test(tokens[open].text))) open++;
  if (open === seg.to && tokens[open]?.tag !== 'quote' || tokens[open]?.tag !== 'quote' || !/^[,:]$/.test(tokens[open - 1]?.text ?? '')) return [];
  let close = open + 1;
  while (close < tokens.length && tokens[close].tag !== 'quote') close++;
  // ('Vell said: "We saw failures. We will fix them."' cut into sentences: a quotation that does not close here is
  // told to the stop that ends its first sentence, and `closingMark` closes it; one that runs on without a stop, or
  // opens with another mark, is not told)
  if (close >= tokens.length && !(/^[.!?]$/.test(tokens[tokens.length - 1].text) && closingMark(tokens, range(open, tokens.length, skip)))) return [];
  const quoteSkip = new Set([...skip].filter((i) => i < open || i > close));
  // (the stop or comma that ends the quotation is the sentence's, not the title's: 'said: "We will rebuild," and left')
  const words = range(open, Math.min(close + 1, tokens.length), quoteSkip).filter((i) => !(i === close - 1 && /^[.,;]$/.test(tokens[i].text)));
  return hasVerb(tokens, open + 1, close, quoteSkip) ? words : [];
}

/**
 * The mark that closes a quotation told to its sentence's stop, whose own closing mark is in a later sentence: a
 * straight double mark, which tidying sets against the word before it; none when the quotation closes here or opens
 * with another mark.
 */
function closingMark(tokens: readonly Token[], quotation: number[]): string {
  const [first, last] = [tokens[quotation[0]], tokens[quotation[quotation.length - 1]]];
  return first?.text === '"' && last.tag !== 'quote' ? '"' : '';
}

/** The sentence opens with a quotation that closes just before this segment: '"...," Jane Roe told...'. */
function quotedLead(tokens: readonly Token[], seg: Segment): boolean {
  if (tokens[0]?.tag !== 'quote') return false;
  for (let i = seg.from; i >= Math.max(1, seg.from - 3); i--) if (tokens[i].tag === 'quote') return true;
  return false;
}
/**
 * Where or how a quotation was said, after its frame: a setting with no verb of its own but a participle on its
 * noun ("said in a statement released on Thursday") or a "while" with its participle ("said while touring the
 * harbour"). The quotation is still what was said.
 */
function quoteSetting(tokens: readonly Token[], rest: number[]): boolean {
  if (!rest.length || rest.length > 10) return false;
  const first = tokens[rest[0]];
  const touring = AFTER_FRAME.has(first.lower) && tokens[rest[1]]?.tag === 'ving';
  if (first.tag !== 'prep' && !touring) return false;
  // ("in a statement released": one participle in -ed straight after the setting's noun)
  const onNoun = (i: number, n: number) => n > 0 && /ed$/.test(tokens[i].lower) && /^(?:verb|ven)$/.test(tokens[i].tag) && /^(?:noun|name)$/.test(tokens[rest[n - 1]].tag) && rest[n - 1] === i - 1;
  const verbs = rest.filter((i, n) => isVerbal(tokens[i]) || tokens[i].tag === 'ving' && !(touring && n === 1) && !ingNoun(tokens, i));
  return verbs.every((i) => onNoun(i, rest.indexOf(i))) && verbs.length <= 1 && (touring || verbs.length === 1) && !rest.some((i) => tokens[i].tag === 'quote' || tokens[i].text === ',');
}

/**
 * '"...," Tom Vell said Sunday on a dock in Port Ellis, Norland, before heading out': a place set off by commas after
 * the frame's setting, then a clause of time, leaves the quotation what was said.
 */
function placeAside(tokens: readonly Token[], segments: Segment[], k: number, skip: Set<number>): boolean {
  const next = segments[k + 1];
  const after = segments[k + 2];
  if (!next || next.lead || !after) return false;
  const place = range(next.from, next.to, skip);
  const time = AFTER_FRAME.has(after.lead ?? '') || tokens[after.from]?.tag === 'ving' || AFTER_FRAME.has(tokens[after.from]?.lower ?? '');
  return place.length > 0 && place.length <= 3 && place.every((i) => tokens[i].tag === 'name') && time;
}

/**
 * "said at a hearing that examined the budget", "told a panel which met in Port Ellis": a "that" or "which" straight
 * after the setting's noun (no comma), its verb straight after it, is a relative on that noun, not what was said.
 */
function relativeOnSetting(tokens: readonly Token[], rest: number[], next: Segment | undefined, skip: Set<number>): boolean {
  if (!next || !/^(?:that|which)$/.test(next.lead ?? '') || next.afterPunct || !rest.length) return false;
  const at = rest[rest.length - 1];
  const setting = rest.some((i) => tokens[i].tag === 'prep');
  const after = range(next.from + 1, next.to, skip)[0];
  // ("at a hearing": a word in -ing after an article is the noun)
  const noun = /^(?:noun|name)$/.test(tokens[at].tag) || tokens[at].tag === 'ving' && (ingNoun(tokens, at) || /^(?:det|adj)$/.test(tokens[at - 1]?.tag ?? ''));
  return setting && noun && after !== undefined && /^(?:verb|ven)$/.test(tokens[after].tag) && /(?:ed|s)$/.test(tokens[after].lower);
}
/** Clauses that may follow a saying without being what was said: "..., she told reporters, when asked why". */
const AFTER_FRAME = words('when as while after before');

/**
 * "..., officials said on Monday, as the storm neared": a clause of time after a trailing frame, running to the
 * sentence's end, says when it was said; an aside before a "that" clause does not ("insisted, as he had before, that ...").
 */
// (and a speaker, not what someone did: "double what the builders quoted a month ago, while ...")
const timeAfterFrame = (tokens: readonly Token[], segments: Segment[], k: number, subject: number[]) =>
  !!segments[k + 1]?.afterPunct && AFTER_FRAME.has(segments[k + 1].lead ?? '') && !segments.slice(k + 2).some((s) => s.lead === 'that') && !subject.some((i) => tokens[i].lower === 'what');

/** The bare form of a verb's present: "confirms" → "confirm", "denies" → "deny", "reaches" → "reach". */
const bareForm = (present: string) => (present.endsWith('ies') ? `${present.slice(0, -3)}y` : /(?:ss|sh|ch|x)es$/.test(present) ? present.slice(0, -2) : present.slice(0, -1));

/** "Officials say", "the minister says": the title's verb agrees with a plural subject ("four Americans say", but "Carla Edwards says"). */
function agree(verb: string, tokens: readonly Token[], whole: number[]): string {
  // "the girl's cousins in Varnton", "officials of the port authority": the head is the noun before the
  // phrase a preposition opens (not inside a body's name: "Offices for Roads and Bridges")
  // ("half of the voters", "most of the crew": a share takes the number of what it is a share of)
  const at = whole.findIndex((i, n) => n > 0 && tokens[i].tag === 'prep' && !SHARE_WORDS.has(tokens[whole[n - 1]].lower) && /^(?:noun|pron|adj)$/.test(tokens[whole[n - 1]].tag) && !(/^\p{Lu}/u.test(tokens[whole[n - 1]].text) && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')));
  const subject = at > 0 ? whole.slice(0, at) : whole;
  // ("sources familiar with the talks", "officials close to the deal": an adjective after its noun is not the head)
  const head = tokens[subject.findLast((i, n) => n === 0 || tokens[i].tag !== 'adj' || at < 0) ?? subject[subject.length - 1]];
  // ("Offices for Roads and Bridges": a name with "for" or "of" between capitals is one body)
  const bodyName = head.tag === 'name' && subject.some((i) => /^(?:for|of)$/.test(tokens[i].lower) && tokens[i - 1]?.tag === 'name' && tokens[i + 1]?.tag === 'name');
  // ("Ports and Harbours Board Chairwoman Ana Ruiz": an "and" inside a body's name before a person's title joins no two)
  const namedBody = head.tag === 'name' && subject.some((i, n) => tokens[i].lower === 'and' && /^\p{Lu}/u.test(tokens[subject[n - 1]]?.text ?? '') && /^\p{Lu}/u.test(tokens[subject[n + 1]]?.text ?? '') && subject.slice(n + 1).every((j) => /^\p{Lu}/u.test(tokens[j].text)) && subject.slice(n + 2, -1).some((j) => SINGULAR_BODIES.has(tokens[j].lower)));
  // ("the Farm Credit Board and the Water and Power Board": two bodies, each named with its own head, are two)
  const bodies = subject.filter((i) => tokens[i].tag === 'name' && SINGULAR_BODIES.has(tokens[i].lower));
  const twoBodies = bodies.length >= 2 && subject.some((i) => tokens[i].lower === 'and' && i > bodies[0] && i < bodies[bodies.length - 1]);
  // ("an Offices for Roads and Bridges official": an "and" inside a name that describes a lower-case head
  // joins no two; the head alone says how many)
  const inModifier = /^\p{Ll}/u.test(head.text) && /^(?:noun|adj)$/.test(head.tag) && !/s$/.test(head.lower) && subject.filter((i) => tokens[i].lower === 'and').every((a) => subject.some((i) => i < a && /^\p{Lu}/u.test(tokens[i].text)) && subject.filter((i) => i > a && i < subject[subject.length - 1]).every((i) => /^\p{Lu}/u.test(tokens[i].text)) && tokens[a + 1] && /^\p{Lu}/u.test(tokens[a + 1].text) && tokens[subject[subject.length - 1]] === head);
  const plural = twoBodies || (subject.some((i) => tokens[i].lower === 'and') && !(head.tag === 'name' && SINGULAR_BODIES.has(head.lower)) && !bodyName && !namedBody && !inModifier) || head.tag === 'pron' && /^(they|we|you|i)$/.test(head.lower)
    || (head.tag === 'noun' || head.tag === 'name') && /[^s'u]s$/.test(head.lower) && pluralNoun(tokens, subject)
    || PLURAL_WITHOUT_S.has(head.lower);
  if (!plural) return verb;
  return bareForm(verb);
}

/**
 * Whether a subject ending in "-s" is a plural: "officials" and "four Americans" are, "Acme Motors"
 * (an unknown stem), "Carla Edwards" (a run of names) and "the HRB" (an abbreviation) are not.
 */
function pluralNoun(tokens: readonly Token[], subject: number[]): boolean {
  const head = tokens[subject[subject.length - 1]];
  if (!/^\p{Lu}/u.test(head.text)) return true;
  // ("the HRB ruled", "the port's HPA says": an abbreviation in capitals is one body; a plural's "s" is small, "MPs")
  if (/^\p{Lu}{2,}$/u.test(head.text)) return false;
  // ("Roberts told the inquiry", "Ada Edwards said": a surname made of a first name and "s" is one person)
  if (/^(?:name|noun)$/.test(head.tag) && firstNameSex(head.lower.slice(0, -1))) return false;
  // ("the Varrow Times reported": a name after "the" is a run of names all the same)
  const named = subject.filter((i, n) => n > 0 || tokens[i].tag !== 'det');
  const allNames = named.length > 1 && named.every((i) => /^\p{Lu}/u.test(tokens[i].text));
  // ("Rescuers said": the plural of a noun for a person, which the lexicon may not know)
  // ("Auditors say", "Neighbours are asking": the sentence's own verb after it is plural)
  const own = tokens[subject[subject.length - 1] + 1]?.lower ?? '';
  return !allNames && (knownWord(head.lower.slice(0, -1)) || personNoun(head.lower.slice(0, -1)) || PARTY_SPEAKERS.has(head.lower) || /^(?:are|were|have|say)$/.test(own));
}

/**
 * Whether a singular pronoun ("he", "she", "it") can stand for a subject by number: "Neighbours asked what
 * happened before it burned" — "it" is not the plural "neighbours" (a pronoun agrees with its antecedent in number).
 * "They" is left alone: a company or a team may be "they".
 */
function singularAgrees(tokens: readonly Token[], subject: number[], pronoun: string): boolean {
  if (!/^(?:he|she|it)$/.test(pronoun) || !subject.length) return true;
  const head = tokens[subject[subject.length - 1]];
  if (PLURAL_WITHOUT_S.has(head.lower)) return false;
  return !(/[^s'’]s$/u.test(head.lower) && pluralNoun(tokens, subject));
}

/** Nouns that are plural without an "-s": "police say", "people say". */
const PLURAL_WITHOUT_S = words('police people children men women');

/** "Food and Drug Administration": a body named with "and" is one body. */
const SINGULAR_BODIES = words('organization organisation administration department commission council committee agency service bank fund institute board company group authority ministry office association union');

/** "White House press secretary Jane Roe" → "Jane Roe": a long title before a name is trimmed. */
function shortSubject(tokens: readonly Token[], ids: number[]): number[] {
  if (ids.length <= 4) return ids;
  let run = 0;
  // (a middle initial's dot inside the run: "Tom K. Lee")
  const named = (k: number) => tokens[k].tag === 'name' || tokens[k].text === '.' && /^\p{Lu}$/u.test(tokens[k - 1]?.text ?? '') && tokens[k + 1]?.tag === 'name';
  while (run < ids.length && named(ids[ids.length - 1 - run])) run++;
  // "The founder of Brisko Inc. Tom Lee": after a company's ending and its dot, the names are the person's
  const dot = ids.findLastIndex((i) => tokens[i].text === '.' && /^(?:corp|inc|co|ltd)$/.test(tokens[i - 1]?.lower ?? ''));
  if (dot > 0 && ids.length - 1 - dot >= 2 && ids.slice(dot + 1).every((i) => tokens[i].tag === 'name' || tokens[i].text === '.' && /^\p{Lu}$/u.test(tokens[i - 1].text))) return ids.slice(dot + 1);
  const before = tokens[ids[ids.length - 1 - run]];
  // "Tom Lee at Norvex Bank", "Secretary of State Ana Ruiz": a name after a preposition is not the whole subject
  if (before?.tag === 'prep') {
    const named = ids.findIndex((i) => tokens[i].tag === 'name' || /^\p{Lu}/u.test(tokens[i].text) && tokens[i].tag !== 'det');
    return named > 0 && tokens[ids[named - 1]].tag !== 'prep' ? ids.slice(named) : ids;
  }
  if (run < 2 || run >= ids.length || before.tag === 'conj') return ids;
  // "Red Hall Press Officer Ana Ruiz": a name run opened by a common word in capitals ("Hall") is named with the
  // capitalised word straight before it, which the tagger may read as describing ("Red")
  let start = ids.length - run;
  // ("New York City Mayor Ana Ruiz": a name is never cut inside; a capitalised describer, "New", opens it as well)
  while (start > 0 && ids[start - 1] === ids[start] - 1 && /^\p{Lu}/u.test(tokens[ids[start - 1]].text) && !/^(?:det|poss|prep|conj)$/.test(tokens[ids[start - 1]].tag) && (knownWord(tokens[ids[start]].lower) && !properWord(tokens[ids[start]].lower) || tokens[ids[start - 1]].tag === 'adj')) start--;
  return ids.slice(start);
}

const LEADING_JUNK = words('and or but nor that which who whom so yet then also however meanwhile moreover furthermore additionally still thus because although though while whereas if once since after before until as when');
const TRAILING_JUNK = words('saying and or but nor that which who whom the a an of to in on at by for with from as its his her their than over after before during into about against through until since under between among towards toward was were is are be been being has have had because although though whereas unless whether if');

const AUXILIARY_JUNK = words('was were is are be been being has have had');
const OPENING_PRONOUN = /^(?:he|she|it|they|i|we|you|this|that|these|those)\b/i;
const ENDS_REPORTING = /\b(?:said|says|say|told(?: \p{L}+)?|added|adds|announced|confirmed|reported|stated|quoted as saying|saying)$/u;
/** A capitalised opening word after a lower-case word, as where a caption or pull quote runs into the next sentence ("the areas Thousands gathered"). */
const JOINED_SENTENCE = /\p{Ll}[,]? (?:The|A|An|It|He|She|They|We|I|This|Thousands|Hundreds|Dozens|Up|In|On|At|But|And)\s+\p{Ll}/u;

/**
 * What a reader would stumble on in a title standing alone: it opens with a pronoun (who is "he"?),
 * ends on a word that needs more after it, only says that someone spoke, or joins two sentences.
 * A count, so that among a key event's tellings the cleanest is chosen (src/pipeline/rank.ts).
 */
export function titleFaults(title: string): number {
  const t = title.replace(/[.…\s]+$/u, '');
  const last = t.split(/\s+/).pop()?.toLowerCase() ?? '';
  return (
    (OPENING_PRONOUN.test(t) ? 1 : 0) +
    ((TRAILING_JUNK.has(last) || LEADING_JUNK.has(last)) && !endsWithParticle(t) ? 1 : 0) +
    (ENDS_REPORTING.test(t) ? 1 : 0) +
    (JOINED_SENTENCE.test(t) ? 1 : 0) +
    (gluedClause(t) ? 1 : 0) +
    (CONTENTLESS_SAYING.test(t) ? 1 : 0)
  );
}

/** A saying whose content is not in the title: "Ruiz declined to comment", "Ruiz said here", "Ruiz was told by aides". */
const CONTENTLESS_SAYING = /\b(?:(?:declined|declines|refused|refuses) (?:to comment|comment)|(?:said|says|spoke|speaks) (?:here|there|today|yesterday|in a statement)|(?:was|were) (?:told|informed) by [^,;:"“”]+)$/u;

/** Verbs whose object may be a clause without "that" ("officials said the road was closed"). */
const CLAUSE_TAKING = words(
  'say said says tell told report reported reports announce announced announces confirm confirmed confirms show showed shows shown ' +
    'find found finds believe believed believes think thought thinks know knew knows claim claimed claims warn warned warns ' +
    'insist insisted insists suggest suggested suggests reveal revealed reveals deny denied denies admit admitted admits ' +
    'argue argued argues estimate estimated estimates predict predicted predicts expect expected expects hope hoped hopes ' +
    'fear feared fears learn learned learns feel felt feels mean meant means ensure ensured ensures agree agreed agrees ' +
    'decide decided decides state stated states note noted notes add added adds explain explained explains ' +
    'acknowledge acknowledged acknowledges indicate indicated indicates signal signaled signalled signals recall recalled recalls ' +
    'realise realised realize realized conclude concluded concludes determine determined determines prove proved proves ' +
    'hear heard hears see saw sees notice noticed understand understood promise promised promises rule ruled rules ' +
    'allege alleged alleges testify testified testifies help helped helps let lets make made makes watch watched ' +
    'have had has get got gets write wrote writes assure assured assures remind reminded reminds inform informed informs ' +
    'concede conceded concedes caution cautioned cautions assert asserted asserts realises realizes ' +
    'outraged pleased shocked surprised convinced worried confident aware',
);
/** Tags that end the object of a clause: whatever verb follows belongs to a clause of its own. */
const OBJECT_ENDS = new Set(['punct', 'quote', 'conj', 'sub', 'rel', 'prep', 'to']);

/**
 * "Agency released the tapes went down": a second finite verb right after a complete clause's object,
 * with nothing to join them, is two clauses glued where a shortened sentence lost its seam.
 */
function gluedClause(title: string): boolean {
  const tokens = tokenize(title);
  // "Officials say the port will reopen the quay was closed": the clause a saying verb opens is read the same way
  for (let from = 1; from < tokens.length; ) {
    const at = glueAfterClause(tokens, from);
    if (typeof at === 'boolean') return at;
    from = at;
  }
  return false;
}

/** Whether the clause whose verb is the first after `from` has a verb glued on; or where the clause its verb opens starts. */
function glueAfterClause(tokens: readonly Token[], from: number): boolean | number {
  let i = tokens.findIndex((t, k) => k >= from && (t.tag === 'verb' || t.tag === 'aux' || t.tag === 'modal') && /^(?:noun|name|pron)$/.test(tokens[k - 1].tag));
  // (a subject with a clause of its own, "Fears that prices could rise brought ...", is not read here)
  if (i < 0 || tokens.slice(from, i).some((t) => OBJECT_ENDS.has(t.tag) && t.tag !== 'prep')) return false;
  // the verb group: "has been named", "would go"
  while (i + 1 < tokens.length && /^(?:aux|modal|verb|ven|ving|adv|neg)$/.test(tokens[i + 1].tag) && !CLAUSE_TAKING.has(tokens[i].lower)) i++;
  // "told him the port ...": what is said is a clause of its own
  if (CLAUSE_TAKING.has(tokens[i].lower)) return tokens[i + 1]?.tag === 'pron' ? i + 2 : i + 1;
  let object = false;
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (OBJECT_ENDS.has(t.tag) || t.lower === 'and' || t.lower === 'or' || t.lower === 'but') return false;
    if (/^(?:noun|name)$/.test(t.tag)) object = true;
    // ("the tapes seized in a raid": a participle after its noun, not a verb, unless an object follows it)
    const next = tokens[k + 1]?.tag ?? '';
    // ("the mayor's planned visit": a participle after a possessive is its noun's)
    const finite = t.tag === 'aux' || t.tag === 'modal' || (t.tag === 'verb' && (pastTense(t.lower) && !/ed$/.test(t.lower) || /ed$/.test(t.lower) && /^(?:det|num|poss|pron|noun|name)$/.test(next) && !/['’]s$/u.test(tokens[k - 1].text)));
    if (finite && object && /^(?:noun|name)$/.test(tokens[k - 1].tag)) return true;
  }
  return false;
}

/** Joins picked tokens back into text, keeping the sentence's own spacing where tokens touch. */
function render(text: string, tokens: readonly Token[], parts: (number | string)[], opening = firstWord(tokens)): string {
  let out = '';
  let prev: number | null = null;
  for (const part of parts) {
    if (typeof part === 'string') {
      out += part.startsWith("'") ? part : (out ? ' ' : '') + part;
      prev = null;
      continue;
    }
    const t = tokens[part];
    if (prev !== null && part === prev + 1) out += text.slice(tokens[prev].end, t.start).replace(/\s+/g, ' ');
    else if (out && !/^[,.;:!?)\]]$/.test(t.text)) out += ' ';
    // A sentence-initial common word that lands mid-title loses its capital ("bought The factory").
    // (a pronoun too, "says he worked", but not "I")
    // ("Tom Vell was seen": a first name the lexicon knows as a word, before a name, is a name)
    // ("says American farmers": a word the lexicon knows only with a capital keeps it)
    // ("HARBOURTON -- Oil could reach the coast, forecasters said": after a dateline the lead's first word was read as
    // a name for its capital; the lexicon reads it as it would at a sentence's start)
    const leadAfterDateline = part === opening && opening !== firstWord(tokens) && t.tag === 'name' && knownWord(t.lower) && t.text !== t.text.toUpperCase();
    const common = ((t.tag !== 'name' || leadAfterDateline) && (t.tag !== 'pron' || t.text !== 'I') && !properWord(t.lower) && !(/^\p{Lu}\p{Ll}/u.test(t.text) && tokens[part + 1]?.tag === 'name' && /^\p{Lu}/u.test(tokens[part + 1].text))) || (part === opening && /^(?:the|a|an|this|these|those|its|their)$/i.test(t.text));
    out += out && part === opening && common && tokens[part - 1]?.tag !== 'quote' ? t.text.toLowerCase() : t.text;
    prev = part;
  }
  return out;
}

function firstWord(tokens: readonly Token[]): number {
  return tokens.findIndex((t) => t.tag !== 'quote' && t.tag !== 'punct');
}

const QUOTE_MARK = /["“”«»'‘’]/;
/** Whether `s` quotes someone: a quotation mark, not a possessive's apostrophe ("the town's mayor"). */
const quoted = (s: string) => QUOTE_MARK.test(s.replace(/\p{L}['’]s?\b/gu, ''));

/** Removes quote marks that have no partner in the title. */
function balanceQuotes(s: string): string {
  if (!QUOTE_MARK.test(s)) return s.replace(/\s{2,}/g, ' ').trim();
  const chars = [...s];
  const dropAt = new Set<number>();
  const straight: number[] = [];
  const open: number[] = [];
  chars.forEach((c, i) => {
    if (c === '"') straight.push(i);
    else if (c === '“' || c === '«') open.push(i);
    else if (c === '”' || c === '»') {
      if (open.length) open.pop();
      else dropAt.add(i);
    }
  });
  for (const i of open) dropAt.add(i);
  if (straight.length % 2) dropAt.add(straight[straight.length - 1]);
  // Two apostrophes used as a quote mark ('' ... '') and lone single quotes at word edges.
  const singles: number[] = [];
  chars.forEach((c, i) => {
    // ("Corp.'s": an abbreviation's possessive is no quote mark)
    const possessive = chars[i - 1] === '.' && /[\p{L}]/u.test(chars[i - 2] ?? '') && chars[i + 1] === 's' && !/[\p{L}]/u.test(chars[i + 2] ?? '');
    if ((c === "'" || c === '‘' || c === '’') && !possessive && (i === 0 || !/[\p{L}\p{N}]/u.test(chars[i - 1]) || i === chars.length - 1 || !/[\p{L}\p{N}]/u.test(chars[i + 1]))) {
      if (!(c !== '‘' && /\p{L}/u.test(chars[i - 1] ?? '') && /s/i.test(chars[i - 1] ?? '') && !/[\p{L}]/u.test(chars[i + 1] ?? ''))) singles.push(i);
    }
  });
  if (singles.length % 2) dropAt.add(singles[singles.length - 1]);
  return chars.filter((_, i) => !dropAt.has(i)).join('').replace(/\s{2,}/g, ' ').trim();
}

/** Straight quotes alternate open/close: no space inside either. */
function fixQuoteSpacing(s: string): string {
  let open = false;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '"') {
      if (open) out = out.trimEnd();
      out += c;
      if (!open) while (s[i + 1] === ' ') i++;
      open = !open;
    } else out += c;
  }
  // "Lee says 'We want peace '": a single quotation's closing mark, left after the comma before it went
  return out.replace(/^(.*? (?:says|say|said) ['‘].*\S)\s+(['’])$/u, '$1$2');
}

const TRAILING_MARK = /^[\s,;:(\[—–_-]$/u;
const FULL_STOP = /^\.$/u;
const WORD_CHAR = /^[\p{L}']$/u;

/**
 * Where the run of characters matching `one` that ends `s` starts, stepping back a code point at a
 * time. The same as matching `/[...]+$/u`, without that pattern's quadratic rescans of long runs.
 */
function runStart(s: string, one: RegExp): number {
  let i = s.length;
  while (i > 0) {
    const low = s.charCodeAt(i - 1);
    const width = low >= 0xdc00 && low <= 0xdfff && i >= 2 && s.charCodeAt(i - 2) >= 0xd800 && s.charCodeAt(i - 2) <= 0xdbff ? 2 : 1;
    if (!one.test(s.slice(i - width, i))) break;
    i -= width;
  }
  return i;
}

/** "12:24 UK", "11:39 GMT": the tail of a page's "last updated" stamp left before the lead. */
const CLOCK_TAIL = /^\d{1,2}\s+(?:UK|GMT|BST|UTC|EST|EDT|CST|CDT|PST|PDT|CET|CEST)\s+(?=\p{Lu})/u;
/**
 * "1413 The crews have ...": a live page's clock stamp (or a timeline's year) before the lead's opening article; no
 * headline's number stands straight before "The" or "A".
 */
const STAMP = /^\d{4}\s+(?=(?:The|An?)\s+\p{L})/u;
/**
 * "2 May 2027 The trial is delayed", "23 March 2027 We are recording": a timeline entry's or a post's stamp, a day
 * with its year and no preposition, before the first words of what it dates; no headline opens on its own date.
 */
export const LEADING_DAY_WITH_YEAR = new RegExp(String.raw`^${DAY_WITH_YEAR}\s+(?=\p{Lu})`, 'u');
/** "FAILED Plans to...", "ONGOING The crew...": a status label in capitals, from a graphic's caption. */
const CAPS_LABEL = /^(\p{Lu}{4,})\s+(?=\p{Lu})/u;

const CAPS_LABELS = words('success update updated breaking live video photos analysis exclusive watch latest');
/** Page furniture run into the lead: a clock's tail or stamp, or a caption's label in capitals. */
function stripFurniture(t: string): string {
  const clock = CLOCK_TAIL.exec(t);
  if (clock) return t.slice(clock[0].length);
  const stamp = STAMP.exec(t) ?? LEADING_DAY_WITH_YEAR.exec(t);
  if (stamp && t.length > stamp[0].length + 10) return t.slice(stamp[0].length);
  const label = CAPS_LABEL.exec(t);
  // an everyday word shouted, not an acronym that names someone ("NASA Launches")
  if (label && t.length > label[0].length + 10 && (CAPS_LABELS.has(label[1].toLowerCase()) || /^(?:verb|ven|ving|adj|adv)$/.test(tokenize(label[1].toLowerCase())[0].tag))) return t.slice(label[0].length);
  return t;
}

/** "the strike would go on", "the rebels gave up": a particle after its verb completes the clause. */
function endsWithParticle(t: string): boolean {
  // ("the storm rolled in", "the results came in": see particleBeforeDay)
  if (!/\s(?:on|in|up|off|down|out|over|back|away|ahead|apart|aside)$/i.test(t)) return false;
  const tokens = tokenize(t.slice(Math.max(0, t.length - 40)));
  const verb = tokens[tokens.length - 2];
  // "in" is a particle only after a verb of coming that a bare day followed (see particleBeforeDay), never after a
  // passive's "be" ("was born in", "were killed in": a place or a time is missing)
  // ("was sworn in" is whole: see IN_PARTICLE_PARTICIPLES)
  if (/\sin$/i.test(t) && /^(?:is|are|was|were|be|been|being)$/.test(tokens[tokens.length - 3]?.lower ?? '')) return IN_PARTICLE_PARTICIPLES.has(verb?.lower ?? '');
  if (verb?.tag === 'verb' && tokens[tokens.length - 3]?.tag !== 'det') return true;
  // "to hand the key over", "handed them back": a verb, its short object, the particle
  let j = tokens.length - 2;
  while (j >= 0 && tokens.length - 2 - j < 3 && /^(?:det|poss|adj|noun|name|pron)$/.test(tokens[j].tag)) j--;
  return j < tokens.length - 2 && j >= 0 && tokens[j].tag === 'verb' && /^(?:noun|name|pron)$/.test(tokens[tokens.length - 2].tag) && (tokens[j - 1]?.tag === 'to' || /(?:ed|s)$/.test(tokens[j].lower) || !!pastOf(tokens[j].lower));
}

/**
 * A title's leading article, which titles drop as newspaper headlines do ("The court ruled" → "Court ruled"), but not
 * before a number, which would then stand as the subject ("An 18-year-old was arrested"); a year that says which
 * thing, before its noun, goes like a name ("The 1957 storm was" → "1957 storm was").
 */
const LEADING_ARTICLE = new RegExp(String.raw`^(?:(?:the|a|an)\s+(?=[^\s\d])|the\s+(?=${WRITTEN_YEAR}\s+\p{L}))`, 'iu');

function tidy(s: string): string {
  // Two apostrophes are a typewriter double quote.
  // a backtick opens a quotation typed on an old keyboard; with its closing mark unpaired, both go
  // ("``...''": two backticks open what two apostrophes close, a double quotation)
  let t = s.replace(/\((\p{Lu})\)\s?(\p{Ll})/gu, '$1$2').replace(/``\s?/gu, '"').replace(/`\s?([^`']{1,40}?)\s?'/gu, "'$1'").replace(/`\s?/gu, '').replace(/''/g, '"').replace(/(\w) - (and|or) /gu, '$1- $2 ').replace(/\s+([,.;:!?])/g, '$1').replace(/\s{2,}/g, ' ').trim();
  for (let guard = 0; guard < 6; guard++) {
    const before = t;
    t = t.replace(/^[\s,.;:!?)\]—–_-]+/u, '');
    const first = /^[\p{L}']+/u.exec(t)?.[0].toLowerCase();
    if (first && LEADING_JUNK.has(first) && t.length > first.length) t = t.slice(first.length).trimStart();
    // "Instead the board met": a sentence adverb that ties the sentence to the one before; "instead of" leads a phrase
    t = t.replace(/^instead\s+(?!of\b)(?=\S+\s+\S)/iu, '');
    // "By the time the fire was put out": the clause's own words follow the lead-in
    t = t.replace(/^(?:by|at|from|until|since|around) the time\s+(?=\S+\s+\S)/iu, '');
    t = t.slice(0, runStart(t, TRAILING_MARK));
    t = t.slice(0, runStart(t, FULL_STOP));
    const lastFrom = runStart(t, WORD_CHAR);
    const last = lastFrom < t.length ? t.slice(lastFrom).toLowerCase() : undefined;
    if (last && TRAILING_JUNK.has(last) && t.length > last.length + 1 && /\s/.test(t[t.length - last.length - 1]) && !endsWithParticle(t)) t = t.slice(0, -last.length).trimEnd();
    if (t === before) break;
  }
  t = stripFurniture(t);
  // (see LEADING_ARTICLE; "A number of people were hurt" keeps its article: "Number of people" counts them)
  if (!/^an?\s+(?:number|couple|lot|series|handful)\s+of\b/iu.test(t)) t = t.replace(LEADING_ARTICLE, '');
  t = fixQuoteSpacing(balanceQuotes(t));
  // (and once more when an unpaired quote mark before it is gone)
  if (!/^an?\s+(?:number|couple|lot|series|handful)\s+of\b/iu.test(t)) t = t.replace(LEADING_ARTICLE, '');
  t = t.replace(/[\s,;:]+$/u, '').replace(/\.$/u, '');
  return capitalise(t);
}

/** Nouns that are only a measure of the "of" phrase after them ("a couple of", "a number of"). */
const MEASURE_NOUNS = words('couple number lot lots series part most many some kind sort type rest majority half share range total amount');

/**
 * Whether a title cut before token `k` keeps its clause whole: the last word is a noun, a name or a
 * number that ends an object ("siphon oil | to a ship"), not a verb, adjective or adverb that wants
 * more ("is similar | to", "prepared | to embark", "step aside | ahead of"), and a saying keeps a verb
 * after it ("leaders say the spill | in the Gulf" has none).
 */
function completeBefore(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  // before a clause's opener ("widened | as the firms..."), a verb may end it too
  // ("will resume | and the ferry could restart": "and" before a subject and its verb opens a clause too)
  let j = k + 1;
  while (j < tokens.length && j - k <= 4 && /^(?:det|adj|noun|name|poss)$/.test(tokens[j].tag)) j++;
  const joinsClause = tokens[k].tag === 'conj' && j > k + 1 && /^(?:aux|modal)$/.test(tokens[j]?.tag ?? '');
  const clauseEnd = tokens[k].text === ',' || tokens[k].text === ';' || tokens[k].tag === 'sub' || tokens[k].tag === 'rel' || tokens[k].lower === 'as' || joinsClause;
  const ends = before.tag === 'noun' || before.tag === 'name' || before.tag === 'num' || before.tag === 'quote' || before.tag === 'pron' && before.lower !== 'it'
    || clauseEnd && (before.tag === 'adj' || before.tag === 'verb' || before.tag === 'ven' || before.tag === 'adv')
    // "was less severe | than expected", but not "is similar | to", "aware | of"
    || before.tag === 'adj' && !/^(?:to|of|with|from|for|and|or)$/.test(tokens[k].lower);
  if (!ends || MEASURE_NOUNS.has(before.lower)) return false;
  // "explained why he | , and others, would", "only hours | before the tests": a word that leads into what follows
  // is no end (see `leadsOn`)
  if (leadsOn(tokens, k - 1)) return false;
  // "asked | whether the dam was safe", "will decide | if": a verb that takes a question or a clause waits for it
  if (/^(?:verb|ven)$/.test(before.tag) && /^(?:whether|if|that)$/.test(tokens[k].lower) && (CLAUSE_TAKING.has(before.lower) || ASKING.has(before.lower))) return false;
  // 'vowed | "to rebuild"': an opening quotation mark is no end, its quotation is cut off
  if (before.tag === 'quote' && before.end === tokens[k].start && tokens[k - 2]?.end !== before.start) return false;
  // "put the files | on the shelf", "blamed the fire | on a fault": a verb that places its object waits for where
  if (tokens[k].tag === 'prep' && PLACING.has(verbBefore(tokens, k, false)?.lower ?? '')) return false;
  // "urged the mayor | to resign", "by calling on the crowds | to march": the infinitive is what was asked
  if (tokens[k].tag === 'to' && isVerbal(tokens[k + 1]) && (OBJECT_INFINITIVE.has(verbBefore(tokens, k, true)?.lower ?? '') || askedPerson(tokens, k))) return false;
  // "could cost $3 billion and result | in a drop": a bare word after "and", with a modal before, is its second verb
  if (before.tag === 'noun' && /^(?:and|or)$/.test(tokens[k - 2]?.lower ?? '') && tokens[k].tag === 'prep' && tokens.slice(0, k - 2).some((t) => t.tag === 'modal' || t.tag === 'to')) return false;
  // "rose from 1.2 percent | to 1.5 percent", "topics ranging from trade | to climate": a "to" that answers a "from" a
  // few words before closes its range, which a cut there leaves half told
  // (not an infinitive after it: "pressure from the assembly | to ban fishing" may stop there)
  if (tokens[k].lower === 'to' && !isVerbal(tokens[k + 1]) && tokens.slice(Math.max(0, k - 6), k).some((t) => t.lower === 'from')) return false;
  // "expected the chief to resign and the board | to meet": after "and" joined to a verb or adverb, a short phrase
  // before an infinitive is the second pair's subject, which a cut there leaves without its verb
  if (tokens[k].tag === 'to' && isVerbal(tokens[k + 1])) {
    let and = k - 1;
    while (and >= Math.max(0, k - 4) && tokens[and].tag !== 'conj') and--;
    // (or after a noun, when an infinitive of the first pair comes shortly before: "the chief to resign within days and the
    // council | to be told")
    const firstPair = tokens.slice(Math.max(0, and - 8), and).some((t, n, before) => t.tag === 'to' && isVerbal(before[n + 1]));
    const pair = and >= Math.max(0, k - 4) && (/^(?:verb|adv|adj)$/.test(tokens[and - 1]?.tag ?? '') || firstPair && /^(?:det|poss|name)$/.test(tokens[and + 1]?.tag ?? '')) && tokens.slice(and + 1, k).every((t) => /^(?:det|adj|noun|name|poss)$/.test(t.tag));
    if (pair) return false;
  }
  // "has urged him | to step aside": an object pronoun waits for what it was asked to do
  if (before.tag === 'pron' && tokens[k].tag === 'to') return false;
  // "the county withdraws from the north shore and the board | from the south shore": the same preposition again after
  // "and" and a short phrase opens the second pair of a clause whose verb is left out; a cut there makes the second
  // subject one more object, the opposite of what was said
  // (not "of", which takes a noun's, not a verb's: "a mix of wheat, rye and barley | of the best grade")
  if (tokens[k].tag === 'prep' && tokens[k].lower !== 'of' && gappedSubject(tokens, k)) return false;
  // "a blend of wool | , silk and cotton thread": a comma inside a list is no clause's end
  if (tokens[k].text === ',') {
    for (let j = k + 1; j < Math.min(tokens.length, k + 5) && tokens[j].text !== ','; j++) {
      if (isVerbal(tokens[j])) break;
      if (tokens[j].tag === 'conj') return false;
    }
  }
  let saying = -1;
  // "leaders say", not "to be added"
  for (let i = 0; i < k; i++) if (FRAME_VERBS[tokens[i].lower] && isVerbal(tokens[i]) && tokens[i - 1]?.tag !== 'aux' && tokens[i - 1]?.tag !== 'to') saying = i;
  if (saying < 0) return true;
  // ("says costs tied to the move | from the port will rise": a participle after a noun, with the clause's own
  // verb after the cut, is no verb of what was said)
  const resumes = tokens.slice(k).some((t, n) => /^(?:aux|modal)$/.test(t.tag) && /^(?:noun|name)$/.test(tokens[k + n - 1]?.tag ?? ''));
  // ("the board's planned move": a participle after a possessive is its noun's)
  const describing = (i: number) => /ed$/.test(tokens[i].lower) && (/^(?:noun|name)$/.test(tokens[i - 1]?.tag ?? '') && /^(?:prep|to)$/.test(tokens[i + 1]?.tag ?? '') || /['’]s$/u.test(tokens[i - 1]?.text ?? '') && tokens[i + 1]?.tag === 'noun');
  for (let i = saying + 1; i < k; i++) if (isVerbal(tokens[i]) && !(resumes && describing(i))) return true;
  return false;
}

/**
 * Whether preposition `k` follows "and" (or "or") and a short noun phrase, after a noun ending an object, where the
 * same preposition took that object after the clause's last verb: "withdrew from the north shore and the board | from
 * the south shore", the board doing what the county did.
 */
function gappedSubject(tokens: readonly Token[], k: number): boolean {
  let and = k - 1;
  while (and > k - 6 && and > 0 && /^(?:det|adj|noun|name|poss)$/.test(tokens[and].tag)) and--;
  if (and === k - 1 || !/^(?:and|or)$/.test(tokens[and].lower) || !/^(?:noun|name|num)$/.test(tokens[and - 1]?.tag ?? '')) return false;
  const verb = tokens.slice(0, and).findLastIndex((t) => isVerbal(t));
  return verb >= 0 && tokens.slice(verb + 1, and).some((t) => t.lower === tokens[k].lower);
}

/**
 * "and asks Senator Tom Vell | to delay": a person named right after a verb that asks or urges, which the tagger may read
 * as a plural noun after "and", waits for what was asked (the verb found by its word alone).
 */
function askedPerson(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j > 0 && k - j <= 5 && (tokens[j].tag === 'name' || tokens[j].text === '.')) j--;
  return j < k - 1 && tokens[j].tag === 'noun' && OBJECT_INFINITIVE.has(tokens[j].lower) && /^(?:and|or)$/.test(tokens[j - 1]?.lower ?? '');
}

/** Verbs whose object goes somewhere, or is pinned on someone: "put it on the list", "blamed the fire on a fault". */
const PLACING = words('put puts putting placed places place blame blamed blames blaming');
/** Verbs whose object is urged or made to do something: "urged the mayor to resign" ("invited the mayor" says enough alone). */
const OBJECT_INFINITIVE = words(
  'urge urged urges urging call called calls calling want wanted wants wanting tell told tells telling ' +
    'force forced forces forcing order ordered orders ordering persuade persuaded persuades encourage encouraged encourages encouraging ' +
    'allow allowed allows allowing permit permitted permits enable enabled enables require required requires ' +
    'press pressed presses pressing prompt prompted prompts lead led leads cause caused causes ' +
    'ask asks asked asking invite invited invites inviting expect expected expects expecting ' +
    'authorise authorised authorises authorising authorize authorized authorizes authorizing',
);

/** Whether the word at `i`, in -ed between a noun and a preposition or "to", may be a participle describing the noun: "diplomats based | in the capital", "dispersants used | to break". */
function describingParticiple(tokens: readonly Token[], i: number): boolean {
  return /ed$/.test(tokens[i].lower) && /^(?:noun|name)$/.test(tokens[i - 1]?.tag ?? '') && /^(?:prep|to)$/.test(tokens[i + 1]?.tag ?? '');
}

/**
 * The verb whose object ends before token `k`, back over the object's words, at most twelve: with `through`, over
 * prepositions too (a particle, "calling on the crowds"; the phrase of a describing participle, "diplomats based
 * in the capital"; "the men from the village"), else only over the object's own words and its "of".
 */
function verbBefore(tokens: readonly Token[], k: number, through: boolean): Token | undefined {
  for (let j = k - 1; j >= Math.max(0, k - 12); j--) {
    const t = tokens[j];
    if (/^(?:verb|ven)$/.test(t.tag) && describingParticiple(tokens, j)) {
      if (!through) return undefined;
      continue;
    }
    if (isVerbal(t) || t.tag === 'ving') return t;
    if (t.tag === 'prep' && t.lower !== 'of' && !through) return undefined;
    if (!/^(?:det|adj|noun|name|num|poss|pron|punct|prep)$/.test(t.tag) && !/^(?:and|or)$/.test(t.lower)) return undefined;
  }
  return undefined;
}

/**
 * A verb before token `k` that is not an infinitive's ("campaign to save"); "Acme plans to sell", where
 * the lexicon takes the verb for a plural noun, counts too.
 */
function hasFiniteVerb(tokens: readonly Token[], k: number): boolean {
  for (let j = 0; j < k; j++) {
    const w = tokens[j];
    if ((w.tag === 'verb' || w.tag === 'aux' || w.tag === 'modal') && tokens[j - 1]?.tag !== 'to') return true;
    if (w.tag === 'noun' && /s$/.test(w.lower) && tokens[j + 1]?.tag === 'to' && tokens[j + 2]?.tag === 'verb' && /^(?:name|noun|adv)$/.test(tokens[j - 1]?.tag ?? '')) return true;
  }
  return false;
}

/**
 * Whether the past form at `v` is followed, in the same clause, by the clause's own verb: "ponds infected with the
 * parasite | shouldn't be sold", "the bridge closed for repairs | will reopen"; not when a comma, a conjunction or a
 * clause's opener comes first ("crews worked through the night and were").
 */
function participleBeforeVerb(tokens: readonly Token[], v: number): boolean {
  for (let k = v + 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (/^(?:punct|quote|conj|sub|rel)$/.test(t.tag)) return false;
    if ((t.tag === 'aux' || t.tag === 'modal') && tokens[k - 1].tag !== 'to') return true;
  }
  return false;
}

let lastTagged: { text: string; tokens: Token[] } | null = null;
/**
 * A long title's words, tagged as a dated sentence is (the lexicon, corrected by the statistical
 * tagger): where it is cut depends on "is eerily similar | to" being read as an adjective.
 * Only titles too long to keep whole get here; the last one is remembered, as it is read twice.
 */
function titleTokens(text: string): Token[] {
  if (lastTagged?.text !== text) lastTagged = { text, tokens: refineTags(tokenize(text), tagWords(text)) };
  return lastTagged.tokens;
}

/** Words that open a question or a relative clause, whatever the tagger read them as. */
const QUESTION_WORDS = words('why how what who whom whose which where when whether');

/** Prepositions that open a place or setting after a noun: "the spill in the Gulf", "officials at the agency". */
const SETTING_PREPOSITIONS = words('in at on off near across around along inside outside within throughout from');

/** Whether offset `at` of a title falls inside a quotation: an odd number of quote marks before it. */
function withinQuotes(s: string, at: number): boolean {
  return (s.slice(0, at).match(/["“”]/gu)?.length ?? 0) % 2 === 1;
}

/**
 * A title too long to keep whole first loses the setting that sits between a subject and its verb
 * ("ferry fire in the outer harbour illustrates" → "ferry fire illustrates"): the who-did-what stays
 * whole, which a cut at the end would break.
 */
function dropSubjectSettings(s: string, max: number, keepNamedPlaces = false): string {
  const tokens = titleTokens(s);
  const cuts: [number, number][] = [];
  for (let v = 2; v < tokens.length; v++) {
    const verb = tokens[v];
    if (!(verb.tag === 'verb' || verb.tag === 'aux' || verb.tag === 'modal') || tokens[v - 1].tag === 'to') continue;
    // back from the verb (and an adverb before it: "only attracted") over a run of prepositional phrase
    // words to the preposition after a noun
    let before = v;
    while (before > 2 && tokens[before - 1].tag === 'adv' && /ly$|^(?:only|also|still|now|then|later|just|never)$/.test(tokens[before - 1].lower)) before--;
    let p = before - 1;
    // (not over a question word the tagger took for a noun: "press him on why the board is")
    while (p > 0 && (/^(?:det|adj|noun|name|num|poss)$/.test(tokens[p].tag) && !QUESTION_WORDS.has(tokens[p].lower) || tokens[p].lower === 'of') && !(SETTING_PREPOSITIONS.has(tokens[p].lower) && tokens[p].tag === 'prep' && /^(?:noun|name)$/.test(tokens[p - 1].tag))) p--;
    if (p <= 1 || p === before - 1 || !SETTING_PREPOSITIONS.has(tokens[p].lower) || tokens[p].tag !== 'prep') continue;
    // (not after a pronoun or a verb of its own, "press him | on why", "to intervene | in the north": the phrase is that
    // verb's; nor one ending on a preposition, "in search of | buried wreckage", whose "verb" is a participle)
    if (tokens[p - 1].tag === 'pron' || isVerbal(tokens[p - 1]) && /^(?:to|modal|aux)$/.test(tokens[p - 2]?.tag ?? '') || /^(?:prep|det|poss)$/.test(tokens[before - 1].tag)) continue;
    // "signed the pact at a dinner given in...": after a finite verb, a past form after the phrase may be
    // a participle describing it, no verb whose subject the phrase sets
    const finiteBefore = tokens.slice(0, p).some((t, n) => (t.tag === 'verb' || t.tag === 'aux' || t.tag === 'modal') && tokens[n - 1]?.tag !== 'to');
    if (finiteBefore && verb.tag === 'verb' && !/s$/.test(verb.lower)) continue;
    // ("fish from ponds infected with the parasite shouldn't be sold": a past form with its own preposition, before the
    // clause's verb, is a participle on the phrase's noun, not the verb; without the phrase it would describe the head
    // before it, "fish infected with the parasite", a claim the sentence does not make)
    if (readsAsParticiple(verb) && tokens[v + 1]?.tag === 'prep' && participleBeforeVerb(tokens, v)) continue;
    // (a quotation keeps its words)
    if (withinQuotes(s, tokens[p].start)) continue;
    // (when asked, a place named by a name, "patients in Tarrow were", "drilling in the Varn Sea will be", stays: it says
    // which patients or which drilling, and without it the title tells of all of them; an extent, "spreading across most
    // of Varn", and "a seal on its Varn Sea well" go)
    if (keepNamedPlaces && tokens[before - 1].tag === 'name' && /^(?:in|at|off|near)$/.test(tokens[p].lower)) continue;
    cuts.push([tokens[p].start, tokens[before].start]);
  }
  let out = s;
  // the last first, so earlier offsets hold; stop once it fits
  for (const [from, to] of cuts.reverse()) {
    out = `${out.slice(0, from)}${out.slice(to)}`;
    if (out.length <= max) break;
  }
  return out;
}

/**
 * Shortens to `MAX_TITLE` characters, at a phrase boundary when one is late enough, else at a word with "…"; a title
 * that ends where its clause may end is kept whole up to `whole` characters, dropping what describes a name or "the";
 * a title cut at its end is cut at its latest phrase boundary up to `whole` characters (longestPhraseCut).
 * A reader's title that would lose its end that way is told whole up to `long` characters when it ends as a headline
 * may ("...questioned the ferry chiefs on details | about the broken gate", "...showed divers using a narrow…"): a headline a little
 * longer that says what was done reads better than one that stops before its object. One too long for that is cut at
 * its latest phrase within `long` when that tells more of it ("...said | they will not travel with the board") and
 * leaves nothing it opened half told.
 */
export function shorten(title: string, max = MAX_TITLE, dropArticles = true, whole = MAX_WHOLE_TITLE, squeeze = true, long = LONG_WHOLE_TITLE): string {
  return closeQuotation(title, shortenOnce(title, max, dropArticles, whole, squeeze, long), long);
}

/**
 * 'Deal was signed in a "Transfer, Release | and Indemnity Agreement" whereby...': a cut that stops inside a
 * quotation tells half a name or half a quote, so where the title up to the quotation's closing mark fits in `long`, it
 * stops there instead ('Deal was signed in a "Transfer, Release and Indemnity Agreement"'). Only a cut that kept the
 * title's words as written, up to its stop.
 */
function closeQuotation(title: string, cut: string, long: number): string {
  if (cut === title || cut.endsWith('…')) return cut;
  const stem = cut.replace(/["”]$/u, '');
  if (!title.startsWith(stem) || !withinQuotes(title, stem.length)) return cut;
  // (a quotation opened after an article, a preposition or a naming word, a name or a phrase, not a saying's words,
  // which are cut at a phrase with their mark closed: 'says "We will rebuild every house"')
  const open = Math.max(stem.lastIndexOf('"'), stem.lastIndexOf('“'));
  if (!/(?:^|\s)(?:a|an|the|in|of|on|for|as|by|with|from|at|into|under|called|named|dubbed|titled|entitled)\s*$/iu.test(stem.slice(0, open))) return cut;
  const close = title.slice(stem.length).search(/["”]/u);
  if (close < 0 || stem.length + close + 1 > long) return cut;
  return title.slice(0, stem.length + close + 1);
}

function shortenOnce(title: string, max = MAX_TITLE, dropArticles = true, whole = MAX_WHOLE_TITLE, squeeze = true, long = LONG_WHOLE_TITLE): string {
  const cut = shortenWithin(title, max, dropArticles, whole, squeeze, long);
  // (the reader's title only, at the usual room: merging compares the words as cut at `whole`, dropArticles off, so
  // which tellings merge does not move; a caller's own narrower room is kept)
  if (!dropArticles || !squeeze || whole !== MAX_WHOLE_TITLE || long <= whole || toldToEnd(title, cut)) return cut;
  const longer = shortenWithin(title, max, dropArticles, long, squeeze, long);
  if (toldToEnd(title, longer) && endsWhole(longer)) return longer;
  // (else a circumstance at its end goes, where what is left is told whole: "Shares in Acme fell 6% | as traders
  // fretted over talk that the plant could close within the year")
  const lean = dropTrailingAdjunct(title, long);
  const told = lean ? shortenWithin(lean, max, dropArticles, long, squeeze, long) : '';
  if (told && toldToEnd(lean, told) && endsWhole(told)) return told;
  // (else, where the cut stops inside a coordination, "for fraud | and abuse of office in Norland", what follows the last
  // conjunct belongs to it: a place or a time at the title's end goes first, and the words before a name that only say
  // who the person is, "and his former Harbour Chief Tom Vell", so the coordination is told whole where that fits)
  if ([cut, longer].some((c) => /^\s*(?:and|or)\s/u.test(title.slice(reachIn(title, c))))) {
    const bare = dropCoordinationExtras(title);
    const whole = bare !== title ? shortenWithin(bare, max, dropArticles, long, squeeze, long) : '';
    if (whole && toldToEnd(bare, whole) && endsWhole(whole)) return whole;
  }
  // (else, where the cut stops right before the infinitive its last words lead into, "adopted a plan | to have all
  // firms file", a later phrase within `long` that tells the infinitive's verb and what it does)
  const infinitive = /^\s*to\s/u.test(title.slice(reachIn(title, cut)));
  const kept = infinitive ? keepComplement(title, cut, long) : cut;
  if (kept !== cut && endsWhole(kept)) return kept;
  // (else the latest phrase cut within `long`, when it tells more of the title than the cut at `whole` does: "said | they
  // will not travel with the board", "a grave financial | , legal and social blow to the ferry firms"; not one that stops
  // inside a clause it opened, "shut the market as the strike by the crews | dragged on")
  // (and one a title told again, once its subject is named, keeps whole: it ends where a clause may, `endsClosed`)
  const further = !longer.endsWith('…') && reachIn(title, longer) > reachIn(title, cut) && endsWhole(longer) && endsClosed(longer);
  const best = further && !stopsHalfTold(title, reachIn(title, longer)) ? longer : cut;
  // (else, where a saying is cut before the verb of what was said, "Officials say bans on imports after the outbreak |
  // will be reviewed", or inside what follows that verb, the phrase that follows the said subject's head goes, so the
  // verb is told and the title ends where a phrase does)
  const said = best === cut ? saidVerbAfterCut(title, cut) : null;
  if (said) {
    const bare = title.slice(0, said.from).trimEnd() + ' ' + title.slice(said.to);
    const told = shortenWithin(bare, max, dropArticles, long, squeeze, long);
    if (!told.endsWith('…') && endsWhole(told) && endsClosed(told) && reachIn(bare, told) > said.from) return told;
  }
  return best;
}

/**
 * Where a title's saying opens what it tells: the index of its first "say" or "says" after the title's first word and
 * before `end` ("Officials say bans on imports ..."), or -1. Both readings of a cut saying below start from it.
 */
function saidClauseStart(tokens: readonly Token[], end = tokens.length): number {
  return tokens.findIndex((t, i) => i > 0 && i < end && /^(?:says|say)$/.test(t.lower) && isVerbal(t));
}

/** Whether the words before `k` are a saying and the subject of what it tells, with no verb of its own yet: "say bans on imports". */
function saidSubjectOnly(tokens: readonly Token[], k: number): boolean {
  const s = saidClauseStart(tokens, k);
  if (s < 0 || k < s + 3) return false;
  return !tokens.slice(s + 1, k).some((t, n) => isVerbal(t) || t.tag === 'ving' || t.tag === 'punct' || t.tag === 'quote' || t.tag === 'rel' || t.tag === 'sub' || t.tag === 'conj');
}

/**
 * "Officials say bans on imports after the outbreak will be reviewed": in a saying whose cut title stops before the
 * verb of what was said (no verb after "says"), the span of the last phrase between the said subject's head and that
 * verb ("after the outbreak", or "in the tank" after "a pump known as a booster fitted in the tank"), up to that verb;
 * null when there is none, or a comma, quotation or clause stands in between.
 */
function saidVerbAfterCut(title: string, cut: string): { from: number; to: number } | null {
  const tokens = titleTokens(title);
  const s = saidClauseStart(tokens);
  if (s < 0) return null;
  const first = tokens[s + 1]?.lower === 'that' ? s + 2 : s + 1;
  // (a participle straight after a noun describes it, "a pump known as a booster fitted in the tank": not the verb)
  // (an irregular one too, "known", "shown", "taken", before its phrase)
  const irregular = (i: number) => tokens[i].tag === 'verb' && /(?:wn|en)$/.test(tokens[i].lower) && /^(?:prep|det)$/.test(tokens[i + 1]?.tag ?? '');
  const describes = (i: number) => /^(?:noun|name)$/.test(tokens[i - 1].tag) && (readsAsParticiple(tokens[i]) || irregular(i)) && tokens[i].tag !== 'aux';
  const v = tokens.findIndex((t, i) => i > first + 1 && isVerbal(t) && t.tag !== 'ven' && !describes(i));
  // (or one cut with "…" after it: "say bans on imports after the outbreak will be reviewed…")
  if (v < 0 || reachIn(title, cut) > tokens[v].start && !cut.endsWith('…')) return null;
  const between = tokens.slice(first, v);
  if (between.some((t) => /^(?:punct|quote|rel|sub|conj)$/.test(t.tag) || t.tag === 'ving')) return null;
  // the last preposition or participle after a noun, the said subject's head
  const p = between.findLastIndex((t, n) => n > 0 && (t.tag === 'prep' || t.tag === 'ven' || describes(first + n)) && /^(?:noun|name)$/.test(between[n - 1].tag));
  if (p < 1 || p === between.length - 1) return null;
  return { from: between[p].start, to: tokens[v].start };
}

/** A place or a time closing a title: "in Norland", "on Monday", "in March". */
const CLOSING_SETTING = new RegExp(String.raw`\s+(?:in|on|at)\s+(?:(?:the\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}|${MONTH}|(?:last|this|next)\s+(?:${[...TIME_NOUNS].join('|')}))[.]?$`, 'u');
/** "and his former Harbour Chief Tom Vell": words before a person's full name in a coordination, saying only who they are. */
const CONJUNCT_DESCRIPTOR = /\b(and|or) (?:his|her|their|its) (?:(?:former|late|new|then|current|deputy) )?(?:\p{Lu}\p{Ll}+ ){1,3}(?=\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+\b(?! \p{Lu}))/gu;

/**
 * "for fraud and abuse of office in Norland": a title with a place or a time at its end, and with a person in a
 * coordination described before their name, loses both, so that a coordination it could not tell whole may be ("" is never
 * returned: the title as it was when neither is there).
 */
function dropCoordinationExtras(title: string): string {
  return title.replace(CLOSING_SETTING, '').replace(CONJUNCT_DESCRIPTOR, '$1 ');
}

/** Words that open what tells the circumstance of a happening, not the happening: "fell 6% | as traders fretted". */
const ADJUNCT_LEADS = words('as amid while after');
/** Words that lean on the word after them, which may not be cut from them: "even as", "shortly after". */
const CLOSE_BY = words('even just only right shortly soon long immediately hours minutes moments');

/**
 * "Shares in Acme fell 6% as traders fretted over talk that the plant could close within the year": a title too long
 * to tell whole even at `room` loses a circumstance at its end, a clause or phrase opened by "as", "amid", "while" or
 * "after", or an attribution, ", according to ...", where what is left is a clause with its verb that fits `room` and
 * ends as a headline may: who did what stays whole, only around what and why goes ("" when none goes).
 * Not "such as", "as well as", "known as", nor inside a quotation; the latest that fits is taken.
 */
function dropTrailingAdjunct(title: string, room: number): string {
  const tokens = titleTokens(title);
  let best = '';
  for (let i = 3; i < tokens.length - 1; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    const according = t.lower === 'according' && tokens[i + 1].lower === 'to' && prev.text === ',';
    // ("as" opens a clause with a verb of its own, not after a verb or a word it completes: "served as", "such as")
    // ("as part of a plan to trap": an infinitive is no verb of its own, nor one of a later clause, "since the storm hit";
    // a past form straight after its subject is one, "as traders fretted")
    const own = tokens.slice(i + 2, i + 10).find((w) => isVerbal(w) || /^(?:to|ving|ven|sub|rel|punct)$/.test(w.tag) || CLAUSE_PREPOSITIONS.has(w.lower));
    const subject = /^(?:noun|name|pron)$/.test(tokens[i + 1].tag);
    const pastAfterSubject = subject && /^\p{Ll}+ed$/u.test(tokens[i + 2]?.text ?? '');
    const ownVerb = !!own && (/^(?:verb|aux|modal)$/.test(own.tag) || own.tag === 'ven' && /^(?:noun|name|pron)$/.test(tokens[tokens.indexOf(own) - 1].tag));
    const as = t.lower === 'as' && !isVerbal(prev) && prev.tag !== 'ven' && !/^(?:such|well|same|so|much|many|long|soon|far)$/.test(prev.lower) && (ownVerb || pastAfterSubject);
    if (!according && !as && !(t.lower !== 'as' && ADJUNCT_LEADS.has(t.lower) && /^\p{Ll}/u.test(t.text))) continue;
    // (nor one a word before it measures or leans on: "days | after the fire", "even | as the oil spread")
    if (CLOSE_BY.has(prev.lower) || TIME_NOUNS.has(prev.lower.replace(/s$/u, ''))) continue;
    if (withinQuotes(title, t.start)) continue;
    const head = title.slice(0, (prev.text === ',' ? prev : t).start).trimEnd();
    // (nor inside what a saying tells before its verb: "say bans on imports | after the outbreak | will be reviewed")
    if (saidSubjectOnly(tokens, i)) continue;
    if (head.length > room || head.split(' ').length < 4 || !hasFiniteVerb(tokens, i) || /[(“]/u.test(head) && !/[)”]/u.test(head)) continue;
    if (endsClosed(head) && endsWhole(head)) best = head;
  }
  return best;
}

/**
 * Whether a cut of `title` that reaches character `end` leaves something it opened half told: a clause whose own verb
 * comes after the cut ("as the strike by the crews at the wharf | dragged on"), or the goal of a verb that takes its
 * object somewhere ("the count that brought the mayor | and her deputy to office").
 */
function stopsHalfTold(title: string, end: number): boolean {
  const tokens = titleTokens(title);
  const reached = tokens.findIndex((t) => t.start >= end);
  const k = reached < 0 ? tokens.length : reached;
  // (its "to" right after the cut, or further on, past more of the object: "brought the mayor | and her deputy to office")
  const lastVerb = tokens.slice(0, k).findLastIndex((t) => isVerbal(t));
  if (lastVerb >= 0 && GOAL_VERBS.has(tokens[lastVerb].lower)) {
    const rest = tokens.slice(k);
    const stop = rest.findIndex((t) => /^[,;:.!?()—–]$/.test(t.text) || isVerbal(t));
    if (rest.slice(0, stop < 0 ? rest.length : stop).some((t) => t.lower === 'to')) return true;
  }
  // ("the clubs hold half the seats but account | for a tenth of the votes", "gave up the wharf in exchange | for a new
  // pier": a bare word after "but"/"and", or after a preposition, before the preposition it takes is a verb or an
  // idiom waiting for its object)
  const [before, prior] = [tokens[k - 1], tokens[k - 2]];
  if (/^(?:for|of|with)$/.test(tokens[k]?.lower ?? '') && before?.tag === 'noun' && /^\p{Ll}/u.test(before.text) && (/^(?:but|and|or)$/.test(prior?.lower ?? '') || prior?.tag === 'prep')) return true;
  const finite = (j: number) => /^(?:verb|aux|modal)$/.test(tokens[j].tag) && tokens[j - 1]?.tag !== 'to';
  for (let i = 1; i < k; i++) {
    const t = tokens[i];
    if (!(t.tag === 'sub' || t.tag === 'rel' || CLAUSE_PREPOSITIONS.has(t.lower) || QUESTION_WORDS.has(t.lower))) continue;
    // (the opener's first verb, before a stop closes its clause, over an aside: "whether such gates, known as locks, |
    // are safe")
    let j = i + 1;
    while (j < tokens.length && !/^[;:.!?()—–]$/.test(tokens[j].text) && !finite(j)) j++;
    if (j >= k && j < tokens.length && finite(j)) return true;
  }
  return false;
}

/** Verbs whose object is taken somewhere, and waits for where: "put it on the list", "brought the mayor to office". */
const GOAL_VERBS = new Set([...PLACING, ...words('bring brings brought bringing send sends sent sending')]);

/** How long a reader's title may run to be told whole rather than lose its end (see `shorten`). */
export const LONG_WHOLE_TITLE = 150;

/** Whether `cut`, a shortened `title`, still ends on the title's last word, with no "…". */
function toldToEnd(title: string, cut: string): boolean {
  const lastWord = (s: string) => s.replace(/[\s.,;:"”’'…]+$/u, '').split(' ').pop();
  return !cut.endsWith('…') && lastWord(cut) === lastWord(title);
}

/**
 * Whether a title told past `MAX_WHOLE_TITLE` ends as a headline may: not on a word that opens a phrase or a comparative
 * waiting for its "than" ("in channels deeper", "cut its rate and"), with no sentence run into it ("carry the grain into
 * the bay It emerged"): the longer a title runs, the likelier it runs into a caption or the next sentence.
 */
function endsWhole(title: string): boolean {
  const tokens = titleTokens(title.replace(/[\s.]+$/u, ''));
  const last = tokens[tokens.length - 1];
  if (!last || /^(?:det|poss|prep|conj|to|aux|modal)$/.test(last.tag) || last.tag === 'adj' && /er$/.test(last.lower)) return false;
  // (an opener in capitals right after a word, "the sea It emerged", starts a sentence with no stop before it, even
  // after a name)
  const opener = (i: number) => SENTENCE_OPENERS.has(tokens[i].text) && /^\p{L}/u.test(tokens[i - 1].text);
  // (a preposition in capitals after a word and before one in lower case opens a heading or a caption, "the new
  // system From the archive": inside a name the word after it is in capitals too, "Bank Of Norland")
  const heading = (i: number) => /^\p{Lu}\p{Ll}+$/u.test(tokens[i].text) && isPreposition(tokens[i].lower) && /^\p{L}/u.test(tokens[i - 1].text) && /^\p{Ll}/u.test(tokens[i + 1]?.text ?? '');
  return !runOns(tokens).length && !tokens.some((_, i) => i > 0 && (opener(i) || heading(i))) && !creditAtEnd(tokens);
}

/**
 * Whether a title ends on a caption's credit run into it: three or more words of a name straight after a common noun,
 * with no word to join them ("the smell of the fields Norland Aid Society Care Norland"). A name after a noun that says
 * who they are, "the singer Ann Roe", or an owner's name, "the town's Norland Aid Society", is none.
 */
function creditAtEnd(tokens: readonly Token[]): boolean {
  let k = tokens.length;
  let capitals = 0;
  while (k > 0 && (/^\p{Lu}/u.test(tokens[k - 1].text) || (/^(?:of|the|and|for)$/.test(tokens[k - 1].text) && capitals > 0))) {
    if (/^\p{Lu}/u.test(tokens[k - 1].text)) capitals++;
    k--;
  }
  const before = tokens[k - 1];
  return capitals >= 3 && !!before && before.tag === 'noun' && /^\p{Ll}/u.test(before.text) && !/['’]s?$/u.test(before.text) && !personNoun(before.lower);
}

/** `shorten` with a given room for a title told whole, `whole`. */
function shortenWithin(title: string, max: number, dropArticles: boolean, whole: number, squeeze: boolean, long: number): string {
  // (a quotation's marks take no room: they are not words a reader reads)
  const length = title.replace(/["“”]/gu, '').length;
  if (length <= max) return title;
  const named = dropNameDescriptor(title);
  // ("Dr Roe's lawyer Ed Chan said the appeal was lodged": words that say whose the person is, an owner's name, tell
  // who they are to the story; they stay where the title is told whole with them)
  const owned = /\p{Lu}\p{L}*['’]s\s/u.test(title.slice(0, title.length - named.length));
  // ("Port operator Brisko Ltd filed a suit", "Fund head Ann Roe says": a role of three words or fewer before the name
  // says who the subject is to the story, as a headline writes it; it stays where the title is told whole with it, and
  // only a longer description goes: "Co-founder and former chief executive officer of Brisko Inc. Tom Lee")
  const role = title.slice(0, title.length - named.length).trim().split(/\s+/u).length <= 3;
  if (named !== title && !((owned || role && dropArticles) && length <= whole && endsClosed(title))) return shorten(named, max, dropArticles, whole, true, long);
  // "police put alleged gang boss Tom Vell and accused arsonist Ana Ruiz on the list" → "police put Tom Vell and Ana
  // Ruiz on the list": the words describing people named as a verb's objects go before anything is cut
  const alone = dropCompanions(title);
  if (alone !== title) return shorten(alone, max, dropArticles, whole, true, long);
  const described = dropObjectDescriptors(title);
  if (described !== title && !/["“”«»]/u.test(title)) return shorten(described, max, dropArticles, whole, true, long);
  // "says Tom Vell, a former deputy head of the Harbour Board, is expected to visit" → "says Tom Vell is expected to
  // visit": an aside describing a name before its verb goes before anything is cut (not inside a quotation)
  const aside = NAME_ASIDE.exec(title);
  if (aside && !/["“”«»]/u.test(title)) return shorten(`${title.slice(0, aside.index)}${aside[1]} ${title.slice(aside.index + aside[0].length)}`, max, dropArticles, whole, true, long);
  // "...the election of a young former teacher, Ana Ruiz" → "...the election of Ana Ruiz": a name at the end
  // stands for the words that describe it
  const tail = NAMED_TAIL.exec(title);
  if (tail && tail.index > MIN_PHRASE_CUT) return shorten(`${title.slice(0, tail.index)}${tail[1]}`, max, dropArticles, whole, true, long);
  // what is left is told whole, up to `whole` characters, when it ends where a clause may end
  const room = whole > max && endsClosed(title) ? whole : max;
  if (length <= room) return title;
  // "approved a request from Harbour Secretary Ann Roe to fund the wall" → "from Ann Roe to fund the wall": rather than
  // lose its end, a title too long even for the long room loses the offices before people's full names, where that is
  // enough to tell it whole
  const unranked = room > max && length > long && !/["“”«»]/u.test(title) ? dropOffices(title) : title;
  if (unranked !== title && unranked.length <= room) return unranked;
  // "Acme agreed under heavy pressure to set up a fund for claims": rather than lose its end, a title that would be told
  // whole first loses what carries least inside it (squeezeInside); what is left, if still too long, is cut at its end
  // when that keeps more of the clause than the cut of the title as it was (the reader's title only: merging compares
  // the words as cut before, dropArticles off)
  const squeezed = squeeze && dropArticles && room > max ? squeezeInside(title, room) : title;
  if (squeezed !== title) {
    if (squeezed.length <= room) return squeezed;
    const before = shorten(title, max, dropArticles, whole, false);
    const after = shorten(squeezed, max, dropArticles, whole, false);
    return reachIn(title, after) > reachIn(title, before) && !after.endsWith('…') ? after : before;
  }
  // "Board confirms the city is in talks with the union of growers": as a headline drops "the", where
  // that is enough to keep the whole and no setting of the subject can go instead (a quotation keeps its words)
  // ("one of the most costly", "the same day": "the" before a superlative or "same" stays)
  const bare = title.replace(/ the (?!(?:most|least|same|only|\p{Ll}+est)\b)(?=\p{L})/gu, ' ');
  // (at the long room only, a possessive's apostrophe is no quotation: "the board's chief" may lose its "the"s where
  // that keeps the title's end; within `MAX_WHOLE_TITLE` a title keeps them, and is told whole at the long room)
  const quotes = whole > MAX_WHOLE_TITLE ? quoted(title) : QUOTE_MARK.test(title);
  const unset = dropSubjectSettings(title, room);
  if (dropArticles && bare.length <= room && !quotes && (unset === title || unset.length > room)) return bare;
  // (what fits whole by dropping a setting or a describing phrase keeps the room; a title that loses its tail is cut short)
  const roomy = shortenPlain(title, room);
  const short = room > max && (roomy.endsWith('…') || !title.endsWith(roomy.slice(-12))) ? shortenPlain(title, max) : roomy;
  const kept = keepComplement(title, short, whole);
  // and, rather than cut a title short mid-phrase, "a" and "an" go too
  const bareAll = bare.replace(/ (?:a|an) (?=\p{L})/gu, ' ');
  if (dropArticles && kept.endsWith('…') && bareAll.length <= room && !quotes) return bareAll;
  // (the longer cut is the reader's: merging compares a title's words as cut before, dropArticles off, so which tellings
  // merge does not move with how far a title may run)
  const cut = dropArticles ? auxiliaryCut(title, longestPhraseCut(title, kept, whole), whole) : kept;
  const open = title.search(/["“]/u);
  // only a cut that lost a quotation's marks needs room to put them back
  if (open < 0 || cut.length <= open || /["“”]/u.test(cut)) return cut;
  return keepQuoteMarks(title, shortenPlain(title, max - 2), max);
}

/**
 * "Acme agreed under heavy pressure from the city to set up a $2 million fund for claims": a title that ends where its
 * clause ends, but is too long to keep whole, is told whole when what carries least inside it goes, in this order, until
 * it fits `room`: an aside set off by commas before the verb ("Tom Vell, 64, agreed"), a setting between the subject
 * and its verb ("talks in the capital ended"), a participle phrase describing the subject ("crates packed in straw
 * exploded"), a setting or circumstance before the verb's infinitive or "that" ("held talks in the capital | to agree").
 * Subject, verb and complement stay; what is left may still be too long (shorten then cuts its end).
 */
function squeezeInside(title: string, room: number): string {
  if (/["“”«»]/u.test(title)) return title;
  let out = title;
  for (const drop of [dropCommaAsides, (s: string) => dropSubjectSettings(s, room, true), dropSubjectParticiple, dropCircumstance]) {
    out = drop(out).replace(/\s{2,}/gu, ' ').trim();
    if (out.length <= room) break;
  }
  return out;
}

/** How far into `title` a cut of it (or of a squeezed form of it) reaches: the end of its last two words there, -1 if not found. */
function reachIn(title: string, cut: string): number {
  const last = cut.replace(/…$/u, '').trim().split(' ').slice(-2).join(' ');
  const at = title.lastIndexOf(last);
  return at < 0 ? -1 : at + last.length;
}

/**
 * "Tom Vell, a former deputy head of the board, has agreed": commas around words with no verb of their own (or a
 * relative clause opened by "who" or "which"), after a noun, a name or a number and before a verb, set off an aside
 * describing the subject; it goes.
 */
function dropCommaAsides(s: string): string {
  const tokens = titleTokens(s);
  const cuts: [number, number][] = [];
  for (let a = 1; a < tokens.length; a++) {
    // (a relative clause set off by commas, "the fever, which has spread to four towns, appears", tells no more of
    // the clause's happening and goes too, with its verbs; its noun may be read as an adjective, "the chief, who")
    const relative = /^(?:who|which)$/.test(tokens[a + 1]?.lower ?? '');
    if (tokens[a].text !== ',' || !/^(?:noun|name|num)$/.test(tokens[a - 1].tag) && !(relative && tokens[a - 1].tag === 'adj')) continue;
    let b = a + 1;
    while (b < tokens.length && b - a <= (relative ? 20 : 16) && tokens[b].text !== ',' && tokens[b].tag !== 'quote' && (relative || !isVerbal(tokens[b]) && tokens[b].tag !== 'ving' && !/^(?:conj|sub|rel)$/.test(tokens[b].tag))) b++;
    // (the aside closed by a comma, a verb after it: "Vell, 64, to oversee", "Vell, a deputy, said")
    const next = tokens[b + 1];
    // (an aside that is a name, "one of its units, Acme Data, was", says more than what it follows)
    const named = tokens.slice(a + 1, b).every((t) => /^\p{Lu}/u.test(t.text) || t.text === '.');
    if (tokens[b]?.text !== ',' || b === a + 1 || named || !next || !(/^(?:verb|aux|modal)$/.test(next.tag) || next.tag === 'to' && isVerbal(tokens[b + 2]))) continue;
    cuts.push([tokens[a].start, tokens[b].end]);
    a = b;
  }
  let out = s;
  for (const [from, to] of cuts.reverse()) out = `${out.slice(0, from)}${out.slice(to)}`;
  return out;
}

/**
 * Whether the participle at `p` follows the noun of a phrase that says which its head is ("meat from pigs | infected
 * with the virus", "tents at camps | hit by the storm"): the participle is part of who, and dropping it turns the title
 * into a claim about every such thing. Not after "of" ("six of the crates | seized"), whose noun is the head's own.
 */
function describesWhich(tokens: readonly Token[], p: number): boolean {
  let head = p - 1;
  while (head > 0 && /^(?:det|adj|noun|name|num|poss)$/.test(tokens[head - 1].tag)) head--;
  return tokens[head - 1]?.tag === 'prep' && tokens[head - 1].lower !== 'of' && /^(?:noun|name|pron)$/.test(tokens[head - 2]?.tag ?? '');
}

/** Participles that describe a noun before a verb of the clause's own: "crates packed in straw burned". */
const PARTICIPLE_LEADS = words('by in at on from with for under');

/**
 * "Six of the crates seized by the guards can be traced", "a crate packed in wet straw burned": a past participle
 * after the subject's noun, with its phrase, before the clause's own verb, describes the subject; it goes.
 */
function dropSubjectParticiple(s: string): string {
  const tokens = titleTokens(s);
  for (let p = 1; p < tokens.length - 3; p++) {
    const part = tokens[p];
    if (!/^(?:verb|ven)$/.test(part.tag) || !/(?:ed|en|wn)$/.test(part.lower) || !/^(?:noun|name)$/.test(tokens[p - 1].tag) || !PARTICIPLE_LEADS.has(tokens[p + 1].lower)) continue;
    // (nothing before it but the subject's words, or a saying's: "Police say a container packed...")
    const before = tokens.slice(0, p - 1);
    const frame = before.findLastIndex((t) => isVerbal(t) || t.tag === 'ving' || t.tag === 'sub' || t.tag === 'rel');
    if (frame >= 0 && !(FRAME_VERBS[before[frame].lower] || before[frame].lower === 'that')) continue;
    // (not on the noun of a phrase that says which the subject is, "meat from pigs infected with the virus shouldn't be
    // sold": without it the title speaks of all meat from pigs, a claim the sentence does not make; "six of the crates
    // seized" is the crates' own)
    if (describesWhich(tokens, p)) continue;
    let v = p + 2;
    while (v < tokens.length && v - p <= 8 && (/^(?:det|adj|noun|name|num|poss)$/.test(tokens[v].tag) || tokens[v].text === '.' || tokens[v].lower === 'of')) v++;
    // (the clause's own verb right after the phrase: an auxiliary, a modal or a past form)
    const verb = tokens[v];
    if (!verb || v === p + 2 || !(/^(?:aux|modal)$/.test(verb.tag) || verb.tag === 'verb' && /ed$/.test(verb.lower))) continue;
    return `${s.slice(0, part.start).trimEnd()} ${s.slice(verb.start)}`;
  }
  return s;
}

/** Prepositions that open a circumstance of a happening: "agreed under pressure", "held talks in the capital". */
const CIRCUMSTANCE_LEADS = words('under in at during amid despite');

/**
 * "agreed under intense pressure from the city | to set up a fund", "will hold talks in the capital | to agree a plan":
 * a circumstance between the verb (or its object) and the infinitive or "that" clause the verb leads into goes before
 * the complement does.
 */
function dropCircumstance(s: string): string {
  const tokens = titleTokens(s);
  for (let k = 3; k < tokens.length - 1; k++) {
    if (!(tokens[k].tag === 'to' && tokens[k + 1].tag === 'verb' || tokens[k].lower === 'that' && tokens[k].tag !== 'det')) continue;
    let p = k - 1;
    while (p > 1 && (/^(?:det|adj|noun|name|num|poss)$/.test(tokens[p].tag) || tokens[p].text === '.' || /^(?:of|from)$/.test(tokens[p].lower))) p--;
    if (p === k - 1 || !CIRCUMSTANCE_LEADS.has(tokens[p].lower) || tokens[p].tag !== 'prep') continue;
    // (one noun phrase, with its "of" or "from": "in Miami a chance | to fight" holds the verb's object too)
    if (tokens.slice(p + 2, k).some((t, n) => /^(?:det|poss)$/.test(t.tag) && /^(?:noun|name)$/.test(tokens[p + 1 + n].tag))) continue;
    // after the verb ("agreed under"), or after its object with the verb a few words before ("hold talks in"); not a
    // particle's "in" ("sent in troops")
    const after = tokens[p - 1];
    const verbNear = tokens.slice(Math.max(0, p - 5), p).some((t) => /^(?:verb|aux|modal)$/.test(t.tag));
    const afterVerb = /^(?:verb|ven)$/.test(after.tag) && !/^(?:in|at|on)$/.test(tokens[p].lower);
    const afterObject = /^(?:noun|name)$/.test(after.tag) && verbNear;
    if (!afterVerb && !afterObject) continue;
    return `${s.slice(0, tokens[p].start).trimEnd()} ${s.slice(tokens[k].start)}`;
  }
  return s;
}

/**
 * "Mayor used her speech | to argue that the pier must close", "Officials gave the first confirmation | that oil
 * lingered": a cut that stops right before the infinitive or "that" clause its last words lead into tells nothing of
 * what was argued or confirmed; a later cut at a phrase boundary, up to `whole` characters, that keeps the clause's
 * verb is told instead (a long title that says what was done reads better than a short one that stops at its head).
 */
function keepComplement(title: string, cut: string, whole: number): string {
  if (cut.endsWith('…') || whole <= cut.length) return cut;
  const at = title.indexOf(cut.slice(-24));
  if (at < 0) return cut;
  const end = at + Math.min(24, cut.length);
  const lead = /^\s+(?:to\s+\p{Ll}+|that\s+\S+\s+\S+)/u.exec(title.slice(end));
  if (!lead) return cut;
  const tokens = tokensPastCut(title, whole);
  const next = tokens.findIndex((t) => t.start >= end);
  if (next < 0 || (tokens[next].tag === 'to' ? !isVerbal(tokens[next + 1]) : tokens[next].lower !== 'that')) return cut;
  const later = cutAtPhrase(title, whole);
  // (the later cut reaches past the complement's own verb)
  if (!later || later.length < end + lead[0].length + 6 || !title.startsWith(later)) return cut;
  // ("a plan to let the firms | and their suppliers prepare", "to require all firms | to quickly file": not after the
  // object of a verb that makes or asks it to do something, which waits for what)
  return waitsForWhat(tokens, tokens.findIndex((t) => t.start >= later.length)) ? cut : later;
}

/**
 * "Senators grilled the chief of the harbour board | on the company's record of safety failures": a title too long is
 * cut where the most of its verb phrase stays, at the latest phrase boundary up to `whole` characters (a complement
 * told reads better than a short title that stops at its head), rather than at `MAX_TITLE` or at a word with "…".
 * Only a cut at the title's end is lengthened (a title that lost a setting or an aside in the middle keeps that
 * choice); not after the object of a verb that asks or makes it do something ("asks Tom Vell | to delay").
 */
function longestPhraseCut(title: string, cut: string, whole: number): string {
  if (whole <= MAX_TITLE || !startsTitle(title, cut)) return cut;
  const later = cutAtPhrase(title, whole);
  if (!later || !startsTitle(title, later) || startsTitle(cut, later)) return cut;
  const tokens = tokensPastCut(title, whole);
  // (where the cut ends in the title: past the article a tidied cut dropped)
  const end = title.length - openingWords(title).length + openingWords(later).length;
  const k = tokens.findIndex((t) => t.start >= end);
  // (only where what it was asked or made to do follows: "prompted a convoy | by road" may stop there)
  return k > 0 && (tokens[k].tag === 'to' || tokens[k].tag === 'conj') && waitsForWhat(tokens, k) ? cut : later;
}

/** The title's words as it reads them, tagged only a little past the longest cut `whole`: a long title is not tagged whole. */
function tokensPastCut(title: string, whole: number): Token[] {
  const space = title.slice(whole + 30).search(/\s/);
  return titleTokens(space < 0 ? title : title.slice(0, whole + 30 + space));
}

/** Whether a cut before word `k` would stop after the object of a verb that asks or makes it do something, which waits for what. */
function waitsForWhat(tokens: readonly Token[], k: number): boolean {
  const verb = k > 0 ? verbBefore(tokens, k, true) : undefined;
  return !!verb && (OBJECT_INFINITIVE.has(verb.lower) || CAUSATIVES.has(verb.lower));
}

/** Whether `cut` is the opening of `title`, as a cut tidies it: its leading article dropped, its first letter a capital. */
function startsTitle(title: string, cut: string): boolean {
  return openingWords(title).toLowerCase().startsWith(openingWords(cut).toLowerCase());
}

/** A title's words without a leading article or a closing "…". */
const openingWords = (s: string) => s.replace(/…$/u, '').replace(/^(?:the|a|an)\s+/iu, '');

/** Verbs whose object is made or let to do something, with a bare verb after it: "let the firms file". */
const CAUSATIVES = words('let lets letting make makes made making have has had having help helps helped helping get gets got getting');

/**
 * "a fourth ship and its group of escorts could sail" → "a fourth ship could sail": in a title too long, the
 * companions joined by "and its" or "and their" go, before a verb that reads the same for one ("could", "sailed").
 */
function dropCompanions(s: string): string {
  const tokens = titleTokens(s);
  for (let v = 3; v < tokens.length; v++) {
    const verb = tokens[v];
    if (!(verb.tag === 'modal' || verb.tag === 'verb' && /ed$/.test(verb.lower)) || !/^(?:noun|name)$/.test(tokens[v - 1].tag)) continue;
    let a = v - 1;
    while (a > 1 && (/^(?:det|adj|noun|name|num)$/.test(tokens[a].tag) || tokens[a].tag === 'ven' && tokens[a + 1]?.tag === 'noun' || tokens[a].lower === 'of')) a--;
    if (tokens[a].tag !== 'poss' || !/^(?:its|their)$/.test(tokens[a].lower) || tokens[a - 1]?.lower !== 'and' || !/^(?:noun|name)$/.test(tokens[a - 2]?.tag ?? '') || withinQuotes(s, tokens[a].start)) continue;
    return `${s.slice(0, tokens[a - 1].start).trimEnd()} ${s.slice(verb.start)}`;
  }
  return s;
}

/**
 * "put alleged gang boss Tom Vell and accused arsonist Ana Ruiz on the list": lower-case words (no article or preposition)
 * between a verb or "and" and a name of two words or more describe the person; they go.
 */
function dropObjectDescriptors(s: string): string {
  const tokens = titleTokens(s);
  const cuts: [number, number][] = [];
  for (let i = 1; i < tokens.length; i++) {
    const before = tokens[i - 1];
    if (!(before.tag === 'verb' && i > 1 || before.tag === 'conj' && before.lower === 'and' && /^\p{Lu}/u.test(tokens[i - 2]?.text ?? ''))) continue;
    let j = i;
    while (j < tokens.length && j - i < 8 && /^\p{Ll}/u.test(tokens[j].text) && (/^(?:adj|noun|ven)$/.test(tokens[j].tag) || tokens[j].tag === 'verb' && /ed$/.test(tokens[j].lower) || tokens[j].text === '-' || tokens[j].lower === 'and' && j > i && /^\p{Ll}/u.test(tokens[j + 1]?.text ?? ''))) j++;
    // (two words or more, before a person's name: not "help slash Acme Data's costs", a verb read as a noun before an owner)
    let k = j;
    while (tokens[k]?.tag === 'name') k++;
    if (j - i < 2 || tokens[j - 1].lower === 'and' || !/^(?:noun)$/.test(tokens[j - 1].tag) || k - j < 2 || /^['’]/u.test(tokens[k]?.text ?? '')) continue;
    cuts.push([tokens[i].start, tokens[j].start]);
    i = j;
  }
  let out = s;
  for (const [from, to] of cuts.reverse()) out = out.slice(0, from) + out.slice(to);
  return out;
}

/** "Tom Vell, a former deputy head of the Harbour Board, is": a name, an aside opened by an article, and a verb in lower case. */
const NAME_ASIDE = /(?<=\s|^)((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’-]+), (?:a|an|the) [^,;:"“”()]{3,70}, (?=(?:is|was|are|were|has|had|have|will|would|can|could|may|might|\p{Ll}+ed)\s)/u;

/** "a young former teacher, Ana Ruiz" ending a title: a noun phrase in lower case, a comma, and the name it describes. */
const NAMED_TAIL = /\b(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,4}\p{Ll}[\p{Ll}-]+,\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)$/u;

/**
 * 'Jane Roe says "We will rebuild the…"': a cut inside a quotation keeps its opening mark and closes
 * it, so what is quoted still reads as quoted.
 */
function keepQuoteMarks(title: string, cut: string, max: number): string {
  const open = title.search(/["“]/u);
  if (open < 0 || /["“”]/u.test(cut) || cut.length <= open) return cut;
  // the words before the mark are the same in the cut
  if (cut.slice(0, open).trimEnd() !== title.slice(0, open).trimEnd()) return cut;
  const mark = title[open];
  const body = cut.slice(open).trimStart();
  const closed = `${cut.slice(0, open)}${mark}${body}${mark === '“' ? '”' : '"'}`;
  return closed.length <= max ? closed : cut;
}

/** Offices a person holds "of" a body, opening a title before the person's name. */
const OFFICES = words('secretary director minister chairman chairwoman president commissioner chief head governor ambassador spokesman spokeswoman');

/**
 * "Harbour Secretary Ann Roe", "Norland Gov. Tom K. Vell": an office in capitals (with the capitalised words naming
 * its place or field before it) right before a person's first and last name, which stand for the person alone.
 */
function dropOffices(s: string): string {
  const tokens = titleTokens(s);
  const cuts: [number, number][] = [];
  for (let o = 0; o < tokens.length; o++) {
    const word = tokens[o].text.replace(/\.$/u, '');
    const abbreviated = NAME_ABBREVIATIONS.has(word.toLowerCase()) && tokens[o + 1]?.text === '.' && !/^(?:corp|inc|co|ltd|bros|jr|sr|mr|mrs|ms|dr|st)$/i.test(word);
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !(abbreviated || OFFICES.has(word.toLowerCase()) || OFFICE_WORDS.has(word.toLowerCase()))) continue;
    // the person's name after it: a first name, a middle initial perhaps, a last name, and then no more capitals
    let n = o + (abbreviated ? 2 : 1);
    const first = n;
    while (n < tokens.length && (/^\p{Lu}\p{Ll}+$/u.test(tokens[n].text) || /^\p{Lu}$/u.test(tokens[n].text) && tokens[n + 1]?.text === '.')) n += /^\p{Lu}$/u.test(tokens[n].text) ? 2 : 1;
    const nameWords = tokens.slice(first, n).filter((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text)).length;
    if (nameWords !== 2 || /^\p{Lu}/u.test(tokens[n]?.text ?? '') || !firstNameSex(tokens[first].lower)) continue;
    // back over the capitalised words that name the office's place or field ("Harbour Secretary"), not a sentence's first
    let from = o;
    while (from > 1 && /^\p{Lu}\p{Ll}+$/u.test(tokens[from - 1].text)) from--;
    // (nor one inside a longer name of a body, "the Board of Trade and Harbour Secretary Ann Roe")
    if (from === 1 && /^\p{Lu}/u.test(tokens[0].text) || /^(?:and|of|for|&)$/.test(tokens[from - 1]?.lower ?? '') && /^\p{Lu}/u.test(tokens[from - 2]?.text ?? '')) continue;
    cuts.push([tokens[from].start, tokens[first].start]);
    o = n;
  }
  let out = s;
  for (const [from, to] of cuts.reverse()) out = `${out.slice(0, from)}${out.slice(to)}`;
  return out;
}

/**
 * '"Titanic" director and explorer Jon Vance took part...' → "Jon Vance took part...": a title too long
 * first loses the descriptive words before the name that is its subject.
 */
function dropNameDescriptor(s: string): string {
  const tokens = titleTokens(s);
  const verb = tokens.findIndex((t) => (t.tag === 'verb' || t.tag === 'aux' || t.tag === 'modal') && tokens.indexOf(t) > 0);
  if (verb < 3) return s;
  let run = verb;
  while (run > 0 && tokens[run - 1].tag === 'name') run--;
  // (a middle initial's dot inside the run: "Tom K. Lee")
  let named = run;
  while (named > 1 && (tokens[named - 1].tag === 'name' || tokens[named - 1].text === '.' && /^\p{Lu}$/u.test(tokens[named - 2].text))) named--;
  // "Secretary of Works Ana Ruiz says", "Director of the Varn Harbour Board Tom Lee says": an office "of" a body
  // before the person, the person's first and last name (with a middle initial) stand for it
  if (OFFICES.has(tokens[0].lower) && /^\p{Lu}/u.test(tokens[0].text) && /^(?:of|for)$/.test(tokens[1]?.lower ?? '') && verb - named >= 3) {
    const initial = /^\p{Lu}$/u.test(tokens[verb - 2].text) || tokens[verb - 2].text === '.' && /^\p{Lu}$/u.test(tokens[verb - 3]?.text ?? '');
    const from = verb - (initial ? (tokens[verb - 2].text === '.' ? 4 : 3) : 2);
    if (from > named && tokens.slice(from, verb).every((t) => t.tag === 'name' || t.text === '.')) return s.slice(tokens[from].start);
  }
  // "Co-founder of Brisko Inc. Tom Lee has died": after a company's ending and its dot, the names are the person's
  if (named >= 2 && verb - named >= 2 && tokens[named - 1].text === '.' && /^(?:corp|inc|co|ltd)$/.test(tokens[named - 2].lower)) return s.slice(tokens[named].start);
  // two names or more, after words in lower case that describe them ("director and explorer"), nothing else
  if (verb - run < 2 || run < 1 || tokens.slice(0, run).some((t) => isVerbal(t) || t.tag === 'punct' && t.text !== '"' || t.tag === 'det' || t.tag === 'prep' || t.tag === 'conj' && tokens.slice(0, run).indexOf(t) > 0 && /^\p{Lu}/u.test(tokens[tokens.indexOf(t) - 1].text))) return s;
  if (!tokens.slice(0, run).some((t) => /^\p{Ll}/u.test(t.text))) return s;
  return s.slice(tokens[run].start);
}

function shortenPlain(title: string, max: number): string {
  const s = dropSubjectSettings(title, max);
  const whole = cutAtPhrase(title, max);
  // a relative clause or phrase between a subject's noun and its verb goes before a cut that leaves the
  // verb out: "Judges rule pupil who arrived as a visitor | and became..." keeps "must be returned"
  const leanTitle = dropSubjectModifiers(title, max);
  // rather than cut a title mid-phrase, a phrase describing a subject goes when what is left fits whole
  const lastly = () => {
    const lean = s.length <= title.length && s !== title ? dropSubjectModifiers(s, max) : leanTitle;
    // (as a headline, without its "the", when that is enough: no quotation to keep whole)
    const bareLean = lean.replace(/ the (?!(?:most|least|same|only|\p{Ll}+est)\b)(?=\p{L})/gu, ' ');
    if (lean !== title && lean.length > max && bareLean.length <= max && !QUOTE_MARK.test(lean.replace(/\p{L}['’]s?\b/gu, ''))) return bareLean;
    // (a phrase cut of what is left could end a list early, "admit Dolo, Kesk": the word cut says it was cut)
    return lean.length <= max ? lean : cutAtWord(title, max);
  };
  if (leanTitle !== title && leanTitle.length <= max && whole && !hasFiniteVerbAfterRelative(whole)) return leanTitle;
  // a cut that loses only a short tail keeps more than a dropped setting would
  if (s === title || whole && whole.length >= max * 0.85) return whole ?? lastly();
  // the setting goes only when what is left fits, or a cut at a phrase boundary makes it fit
  return s.length <= max ? s : cutAtPhrase(s, max) ?? whole ?? lastly();
}

/** Whether a cut title ends inside a relative clause whose noun has no verb of its own yet ("pupil who arrived"). */
function hasFiniteVerbAfterRelative(cut: string): boolean {
  const tokens = titleTokens(cut);
  const r = tokens.findLastIndex((t) => t.tag === 'rel' && /^(?:who|which)$/.test(t.lower));
  return r < 0 || tokens.slice(r + 1).some((t, n) => n > 0 && /^(?:aux|modal)$/.test(t.tag) && /^(?:noun|name|adj)$/.test(tokens[r + n].tag));
}

const MODIFIER_LEADS = words('about for over against with from among between regarding concerning covering');

/**
 * "Official says brokers' hopes about recent gains in bank shares were dashed" → "Official says brokers' hopes were
 * dashed": a phrase after a subject's noun and before its verb goes, the longest first, until the title fits.
 */
function dropSubjectModifiers(s: string, max: number): string {
  const tokens = titleTokens(s);
  const cuts: [number, number][] = [];
  const tagged = tagWords(s);
  // (a verb the lexicon does not know, "reemerged", by the tagger's reading)
  const verbStarts = new Set(tagged.filter((w) => /^(?:VERB|AUX)$/.test(w.pos)).map((w) => w.start));
  const verbal = (t: Token) => /^(?:verb|aux|modal)$/.test(t.tag) || (verbStarts.has(t.start) && /^\p{Ll}/u.test(t.text));
  for (let v = 3; v < tokens.length; v++) {
    const verb = tokens[v];
    // (not a bare verb after "and": "lower a lid over the tank and drain fuel")
    if (!verbal(verb) || tokens[v - 1].tag === 'to' || verbal(tokens[v - 1]) || tokens[v - 1].tag === 'conj') continue;
    let p = v - 1;
    // (over "Co." and "$200 million" too)
    // (and "seasonally slow": an adverb before a describing word)
    const inPhrase = (t: Token) => /^(?:det|adj|noun|name|num|poss|conj)$/.test(t.tag) || t.text === '$' || t.text === '.' && NAME_ABBREVIATIONS.has(tokens[p - 1]?.lower ?? '') || t.tag === 'adv' && /ly$/.test(t.lower) && tokens[p + 1]?.tag === 'adj';
    while (p > 1 && (inPhrase(tokens[p]) || /^(?:of|in|at|on)$/.test(tokens[p].lower) && !MODIFIER_LEADS.has(tokens[p - 1]?.lower ?? ''))) p--;
    // ("about", "involving" after the subject's noun, and at least two words of it)
    const owner = tokens[p - 1]?.text === '.' && NAME_ABBREVIATIONS.has(tokens[p - 2]?.lower ?? '') ? tokens[p - 2] : tokens[p - 1];
    // ("a meeting between": an -ing word after a determiner is a noun)
    // ("Official from the agency says": a title's first word before the phrase is its noun)
    const noun = /^(?:noun|name)$/.test(owner?.tag ?? '') || owner?.tag === 'ving' && tokens[p - 2]?.tag === 'det' || p === 1 && owner?.tag === 'adj';
    if (!MODIFIER_LEADS.has(tokens[p].lower) || v - p < 3 || !noun || withinQuotes(s, tokens[p].start)) continue;
    // (no word the lexicon reads as a verb inside: "loss for the quarter shows company is" holds a clause)
    const [from, to] = [tokens[p].end, tokens[v].start];
    if (tagged.some((w) => w.start >= from && w.start + w.text.length <= to && /^(?:VERB|AUX)$/.test(w.pos))) continue;
    cuts.push([tokens[p].start, verb.start]);
  }
  // "Pupil who arrived as a visitor and became a symbol must be returned": a relative clause between the
  // subject's noun and its verb goes the same way (not one whose verb takes a clause: "man who said the pupil
  // must be returned")
  for (let v = 3; v < tokens.length; v++) {
    const verb = tokens[v];
    if (!/^(?:aux|modal)$/.test(verb.tag) && !(verbal(verb) && /(?:s|ed)$/.test(verb.lower)) || !/^(?:noun|name|adj)$/.test(tokens[v - 1].tag)) continue;
    let r = v - 2;
    while (r > 0 && !(tokens[r].tag === 'rel' && /^(?:who|which)$/.test(tokens[r].lower)) && !/^[.;:"“”]$/u.test(tokens[r].text)) r--;
    if (r <= 1 || tokens[r].tag !== 'rel' || !/^(?:noun|name)$/.test(tokens[r - 1].tag) || withinQuotes(s, tokens[r].start)) continue;
    const inside = tokens.slice(r + 1, v);
    if (!inside.some((t) => verbal(t)) || inside.some((t) => CLAUSE_TAKING.has(t.lower) || t.tag === 'rel' || t.text === ',')) continue;
    cuts.push([tokens[r].start, verb.start]);
  }
  // "costs tied to the board's move to the quays will weigh on its budget": a participle's phrase after the
  // subject's noun goes the same way (not inside a quotation; no verb of its own in the phrase)
  for (let v = 3; v < tokens.length; v++) {
    const verb = tokens[v];
    if (!/^(?:aux|modal)$/.test(verb.tag) || !/^(?:noun|name)$/.test(tokens[v - 1].tag)) continue;
    for (let r = v - 2; r > 1 && v - r <= 16; r--) {
      const t = tokens[r];
      if (/^[,;:"“”]$/u.test(t.text) || t.tag === 'quote' || t.tag === 'aux' || t.tag === 'modal') break;
      const participle = /^(?:verb|ven)$/.test(t.tag) && describingParticiple(tokens, r);
      if (!participle) {
        // (a word in -ed before its noun describes it: "the board's planned move")
        if (t.tag === 'verb' && !(/ed$/.test(t.lower) && tokens[r + 1]?.tag === 'noun')) break;
        continue;
      }
      if (!withinQuotes(s, t.start) && !describesWhich(tokens, r)) cuts.push([t.start, verb.start]);
      break;
    }
  }
  let best = s;
  for (const [from, to] of cuts.sort((a, b) => b[1] - b[0] - (a[1] - a[0]))) {
    const out = `${s.slice(0, from)}${s.slice(to)}`;
    if (out.length <= max) return out;
    best = out;
  }
  return best;
}

/** The longest cut at a phrase boundary that leaves a complete clause, if one is late enough. */
function cutAtPhrase(s: string, max: number): string | null {
  // Only tokens that start within `max` are cut points; tokenising a little past it (to a space,
  // so the words there are whole) tags them exactly as the whole string would, at a fraction of the cost.
  const space = s.slice(max + 30).search(/\s/);
  const tokens = titleTokens(space < 0 ? s : s.slice(0, max + 30 + space));
  // Latest first: the longest cut that leaves a complete clause.
  for (let k = tokens.length - 1; k > 0; k--) {
    const t = tokens[k];
    if (t.start > max || t.start < MIN_PHRASE_CUT) continue;
    const boundary = t.text === ',' || t.text === ';' || t.tag === 'prep' || t.tag === 'conj' || t.tag === 'rel' || t.tag === 'sub' || t.tag === 'to';
    // ("the Ferrow | , Nd., mill": a place's region is part of its name)
    if (!boundary || !completeBefore(tokens, k) || regionAfter(tokens, k)) continue;
    // "the city | of Ferrow", "the Union | of Fruit Growers": an "of" before a name says which one, and
    // a cut there leaves the noun saying nothing; "Growers | and Traders": a word between two names in
    // capitals is inside one name
    const capital = (x: Token | undefined) => !!x && x.tag === 'name' && /^\p{Lu}/u.test(x.text);
    // (only within a run of capitals on both sides: "to save Ann Roe | and rescue crews worked" may be cut)
    // ("by the Securities | and Exchange Commission": two capitals after it are a name's too)
    const insideName = /^\p{Ll}/u.test(t.text) && capital(tokens[k - 1]) && capital(tokens[k + 1]) && (capital(tokens[k - 2]) || tokens[k - 2]?.lower === 'the' || tokens[k - 2]?.text === '.' && capital(tokens[k - 3])) && capital(tokens[k + 2]) && /^(?:of|for|and)$/.test(t.lower);
    // ("on behalf | of the growers", "the high level | of joblessness": a noun before "of" waits for it, unless its
    // phrase already said whose: "a series of unsolved thefts | of cattle")
    let np = k - 1;
    while (np > 0 && k - np < 10 && (/^(?:det|adj|noun|name|num|poss)$/.test(tokens[np].tag) || /^(?:,|and|or)$/.test(tokens[np].lower) || /ed$/.test(tokens[np].lower) && tokens[np + 1]?.tag === 'noun')) np--;
    const ofBefore = tokens[np]?.lower === 'of';
    if (t.lower === 'of' && (!ofBefore || capital(tokens[k + 1])) || insideName) continue;
    // ("building a pier as well | as repairing the slip": "as well as" joins what follows to what went before, and a cut
    // inside it leaves "as well" promising more; the cut before its first "as" is taken instead)
    if (t.lower === 'as' && tokens[k - 1]?.lower === 'well' && tokens[k - 2]?.lower === 'as') continue;
    // ("to turn the pupil | over": a verb's particle after its object is no preposition to cut at)
    if (t.tag === 'prep' && endsWithParticle(s.slice(0, t.end))) continue;
    if (t.tag === 'prep' && repeatedConjunct(tokens, k)) continue;
    const cut = tidy(s.slice(0, t.start));
    // and a verb of its own, not an infinitive's: "Probe into A | and B widened" is no cut
    if (cut.length >= MIN_PHRASE_CUT && cut.length <= max && hasFiniteVerb(tokens, k)) return cut;
  }
  return null;
}

/**
 * "charged with minor thefts and thefts | of cattle": a cut before the phrase that says which of a noun is meant, where
 * that noun is the last of two joined by "and" or "or" and only repeats the first one's head, leaves the join saying
 * nothing ("thefts and thefts"); the cut before the "and" is taken instead.
 */
function repeatedConjunct(tokens: readonly Token[], k: number): boolean {
  const last = tokens[k - 1];
  if (!last || !/^(?:noun|name)$/.test(last.tag) || !/^(?:and|or)$/.test(tokens[k - 2]?.lower ?? '')) return false;
  for (let j = k - 3; j >= Math.max(0, k - 7) && /^(?:det|adj|noun|name|num|poss)$/.test(tokens[j].tag); j--) if (tokens[j].lower === last.lower) return true;
  return false;
}

/**
 * "Ann Roe and the harbour board's chief engineer Tom Vell are…": a cut at a word that keeps only a long subject and
 * its auxiliary tells nothing of what was done; the cut at a word within `whole` is taken instead, when it reaches a
 * verb after that auxiliary ("... are scheduled to answer questions…").
 */
function auxiliaryCut(title: string, cut: string, whole: number): string {
  const last = /(\S+)…$/u.exec(cut)?.[1].toLowerCase();
  if (!last || !AUXILIARY_JUNK.has(last) || whole <= MAX_TITLE) return cut;
  const later = cutAtWord(title, whole);
  const tokens = titleTokens(later.replace(/…$/u, ''));
  const aux = tokens.findLastIndex((t) => t.lower === last);
  return aux >= 0 && tokens.slice(aux + 1).some((t) => /^(?:verb|ven|ving)$/.test(t.tag)) ? later : cut;
}

/** A cut at the last word that fits, with "…". */
function cutAtWord(s: string, max: number): string {
  let end = s.lastIndexOf(' ', max - 1);
  if (end < MIN_PHRASE_CUT) end = max - 1;
  // "siphon oil to a ship…", not "to a ship on…": the cut ends on a word that carries meaning
  for (let guard = 0; guard < 4; guard++) {
    const space = s.lastIndexOf(' ', end - 1);
    const word = s.slice(space + 1, end).toLowerCase();
    // an auxiliary stays: "deaths had been…" still promises its verb
    if (space < MIN_PHRASE_CUT || !TRAILING_JUNK.has(word) || AUXILIARY_JUNK.has(word)) break;
    end = space;
  }
  return `${balanceQuotes(s.slice(0, end).replace(/[\s,;:]+$/u, ''))}…`;
}

/** "He resigned", "She said": a person named by a pronoun. */
const PERSON_PRONOUN = /^(?:He|She)\s+(?=\p{Ll})/u;
/** "His songs topped the charts": a person's possession named by a pronoun. */
const PERSON_POSSESSIVE = /^(?:His|Her)\s+(?=\p{Ll})/u;
/** "It said", "Company announced": an organisation named by a pronoun or a bare noun, before a verb of saying or deciding. */
const BODY_SUBJECT = /^(?:It|Company|Group|Firm|Agency|Organi[sz]ation|Bank|Carrier|Airline|Ministry|Department|Insurer|Lender|Retailer|Manufacturer|Drugmaker|Automaker)\s+(?=(?:(?:now|also|still|then|later|again)\s+)?(?:says|said|announced|announces|plans|planned|reported|reports|confirmed|confirms|added|adds|agreed|agrees|expects|expected|warned|warns|denied|denies|decided|decides|filed|files|posted|posts|cut|cuts|raised|raises|launched|launches|made|makes|received|receives|will|has|had)\b)/u;

/** "Company's shares fell": an organisation's possession, the organisation named by a bare noun. */
/** "Company began to fall apart": a body's own doings, which only the body named before can have done. */
const BODY_DOINGS = /^(?:Company|Group|Firm|Bank|Carrier|Airline|Insurer|Lender|Retailer|Manufacturer|Drugmaker|Automaker)\s+(?=(?:(?:now|also|then|later|soon)\s+)?(?:began|begins|started|starts|collapsed|collapses|merged|merges|hired|hires|bought|buys|sold|sells|opened|opens|closed|closes|split|broke up|went bankrupt|fell apart)\b)/u;
const BODY_OWNER = /^(?:Company|Group|Firm|Bank|Carrier|Airline|Insurer|Lender|Retailer|Manufacturer|Drugmaker|Automaker)['’]s\s+(?=\p{Ll}|[$£€]?\d)/u;

/** Head nouns for a business or a body of members, which the article named as a sentence's subject before. */
const BODY_HEADS = words(
  'company concern firm thrift bank insurer maker carrier airline retailer lender utility conglomerate operator giant ' +
    'publisher brokerage partnership manufacturer drugmaker automaker chain alliance organization organisation',
);

/**
 * "Insurance concern said", "Funeral home and cemetery operator changed": up to four words before a title's
 * first verb, ending in a noun for a business or a body; the phrase, or null.
 */
function bodyHeadSubject(title: string): string | null {
  const tokens = tokenize(title);
  let verb = tokens.findIndex((t) => isVerbal(t));
  // ("Thrift also announced": an adverb between)
  while (verb > 1 && tokens[verb - 1].tag === 'adv') verb--;
  if (verb < 1 || verb > 6) return null;
  const np = tokens.slice(0, verb);
  const head = np[np.length - 1];
  // ("Oil major said": a trade's word before "major" or "producer" makes it a business)
  const trade = TRADE_HEADS.has(head.lower) && np.length > 1 && /^\p{L}+$/u.test(np[np.length - 2].text) && np[np.length - 2].tag === 'noun';
  if (!(BODY_HEADS.has(head.lower) || trade) || !/^(?:noun|adj)$/.test(tokenize(head.lower)[0].tag)) return null;
  // describing words only: no name of its own ("Norvex Bank said"), no possessive, no number
  // (an abbreviation's capitals and dot describe: "U.S. auto giant")
  if (!np.every((t, n) => n === 0 || /^\p{Ll}/u.test(t.text) || t.text === '.' || /^\p{Lu}(?:\.\p{Lu})+$/u.test(t.text)) || np.some((t) => /['’]/u.test(t.text) || t.tag === 'num')) return null;
  if (np.length > 1 && /^\p{Lu}{2,}/u.test(np[0].text)) return null;
  return title.slice(0, head.end);
}

/** Head nouns that only a business is: "the company", "the oil giant", "the drugmaker" (not "the group" or "the bank", which may be a public body). */
const BUSINESS_HEADS: ReadonlySet<string> = new Set(BUSINESS_NOUNS);
/** Head nouns that are a business's after a word for its trade: "the oil major", "the steel producer". */
const TRADE_HEADS: ReadonlySet<string> = new Set(TRADE_BUSINESS_NOUNS);

/**
 * "Company said", "Oil giant confirms", "Oil major said": the business the story is about, when the phrase's head is a
 * business's (or a trade's word stands before "major" or "producer") and the sentence says "the <phrase>"; read from the
 * sentences before the title's, or (`whole`) from the whole article.
 */
function storyBusiness(phrase: string, antecedents: Antecedents, whole = false): string | null {
  const words = phrase.toLowerCase().split(/\s+/);
  const head = words[words.length - 1];
  if (!BUSINESS_HEADS.has(head) && !(TRADE_HEADS.has(head) && words.length > 1)) return null;
  return (whole ? antecedents.articleBusiness?.(words.join(' ')) : antecedents.business?.(words.join(' '))) ?? null;
}

/** Roles written before a name as an office ("President Tom Vell"), kept with a lone surname. */
const OFFICE_WORDS = words('president king queen emperor empress sultan emir premier chancellor governor mayor senator prince princess pope');

/** A happening that befalls a person, told by a bare noun as a title's subject: "Appointment takes effect". */
const PERSON_HAPPENING = /^(Appointment|Resignation|Nomination|Election|Promotion|Retirement|Departure|Ouster|Dismissal)\s+(?=\p{Ll})/u;

/** A role and the offices that name the same person before a name: "the monarch" was written "King Ann" before. */
const ROLE_OFFICES: Record<string, string[]> = { monarch: ['king', 'queen', 'emperor', 'empress', 'sultan', 'emir'] };

/** The offices a country's leader is written with before a name: "Varnian President Ana Vell". */
const LEADER_OFFICES = ['president', 'premier', 'prime minister', 'king', 'queen'];

/**
 * "Ana Vell" for "varnian leader": the one person the article tied to the country its word names, as "Varnia's Ana
 * Vell" or "Varnian President Ana Vell"; null for a role no country's word opens ("party leader") or two such people.
 */
function countryLeader(role: string, antecedents: Antecedents): string | null {
  const m = /^(\p{L}+)\s+(?:leader|president|premier|ruler|dictator)$/u.exec(role);
  if (!m) return null;
  const people = m[1];
  // the country from its people's word: "Varnian" Varnia, "Lesk-ese" Lesk, "Tarqi" Tarq (a wrong guess names no one)
  const countries = new Set([people.replace(/n$/u, ''), people.replace(/ian$/u, ''), people.replace(/i$/u, ''), people.replace(/ese$/u, '')]);
  countries.delete(people);
  for (const country of countries) {
    const named = antecedents.titled?.(`${country}'s`, true);
    if (named) return named;
  }
  for (const office of LEADER_OFFICES) {
    const named = antecedents.titled?.(`${people} ${office}`, true);
    if (named) return named;
  }
  return null;
}

/** Roles that tell one kind of person: "the singer" was written "pop star Ann Roe", "the doctor" "Dr Tom Vell". */
const ROLE_KINDS = [
  ['singer', 'star', 'popstar', 'superstar', 'entertainer', 'musician', 'performer', 'rapper', 'songwriter', 'actor', 'actress'],
  ['doctor', 'physician', 'cardiologist', 'surgeon', 'dr'],
];
/** The roles of one the article is about, whom it may call by a role it never wrote before the name ("the singer" for its star). */
const FAME_ROLES = new Set(ROLE_KINDS[0]);

/** Who a pronoun or bare-noun subject stands for: the nearest earlier mention of a person or an organisation. */
export interface Antecedents {
  person(): string | null;
  /** The one person the nearest sentence naming anyone names, whatever their part in it: asked after `person` and `subject`. */
  named?(): string | null;
  /** The one person a "he" or "she" can stand for beyond doubt (see referent.ts): asked after every other step. */
  agreeing?(): string | null;
  organization(): string | null;
  /**
   * The subject of the sentence just before, when it is a plain noun phrase: "The young farmer had
   * arrived" gives "Young farmer" for a person, "Dormex is a sleeping pill" gives "Dormex" for a thing.
   */
  subject?(kind: 'person' | 'thing'): string | null;
  /**
   * The body that is the sentence's own subject, named before an "it" later in the sentence: "Norvex" in
   * "Norvex said it had shipped more since it opened a plant"; null when the sentence opens with "it" or
   * its subject is no body's name.
   */
  ownBody?(): string | null;
  /**
   * The thing that is the sentence's own subject, as written, when an object "it" follows it in the sentence:
   * "curfew" from "The curfew held for years, until the council lifted it".
   */
  ownThing?(): string | null;
  /**
   * The body whose "its" the sentence writes, named before it in the sentence: "Norvex" in "Norvex's bonds fell even
   * as its shares rose" (the nearest owner in the possessive, else the body that is the sentence's subject).
   */
  ownerBefore?(): string | null;
  /**
   * The body the sentence just before made its subject, or named in the possessive its subject opens with ("Norvex" from
   * "Norvex's focus on ports paid off"), for an "It" opening the sentence: nearer than a body named further back.
   */
  bodySubjectBefore?(): string | null;
  /** The plural subject of the sentence just before, a plain noun phrase: "Dealers said..." gives "Dealers" for "they". */
  group?(): string | null;
  /** Who speaks, when the sentence goes on a quotation opened before it and not yet closed. */
  speaker?(): string | null;
  /** The body that speaks a quotation the sentence opens, named as it is introduced: "Norvex" in 'Norvex said: "We..."'. */
  speakingBody?(): string | null;
  /** A fuller earlier mention of a bare noun phrase: "village library" for "library". */
  fuller?(phrase: string): string | null;
  /**
   * The proceeding a stage of it belongs to, as the article named it before: "Ann Roe's trial" for "trial", after "Ann
   * Roe was ordered to stand trial" (see PROCEEDING_STAGES).
   */
  proceeding?(noun: string): string | null;
  /**
   * The story's own thing a bare noun names, as the article named it first: "Vell Deep oil well" for "well" (as the
   * article writes it, not capitalised); null when the article names another of its kind.
   */
  story?(phrase: string): string | null;
  /**
   * The body a bare noun names, as a person from it first spoke of it: "Vell Rescue Trust" for "charity", from "Ann Roe,
   * from the Vell Rescue Trust, said the charity needed funds".
   */
  spokenFor?(phrase: string): string | null;
  /**
   * The phrase the sentence restates by an aside of the same noun: "Vell Deep spill" for "spill", from "oil remains from
   * the Vell Deep spill, a spill that occurred years ago".
   */
  apposed?(phrase: string): string | null;
  /**
   * The one fuller mention of a bare noun the article writes only after the sentence: "Vell Deep well" for "well", from
   * "The well was capped. ... Cement used to seal the Vell Deep well failed"; asked after every mention before it.
   */
  later?(phrase: string): string | null;
  /**
   * The person an earlier sentence names with this role: "Ann Roe" for "singer", from "the singer Ann Roe";
   * with `only`, null when the article gave the role to two people before ("President Ann Roe ... President Tom Vell").
   */
  titled?(role: string | readonly string[], only?: boolean): string | null;
  /**
   * The one person the article is about so far: named far more often than anyone else, and never given a role
   * outside `roles` before the name ("Dr Ann Roe" is no singer's name); null when none stands out.
   */
  dominant?(roles: readonly string[], role: string): string | null;
  /**
   * The one person the sentence names in the possessive of a thing before "the <role>": "Ann Roe" in "Fans kept Roe's
   * songs alive after the singer died" (never given a role outside `roles`); null when it names none or two so, or the
   * possessive owns a person ("Roe's lawyer said the singer", another one).
   */
  roleOwner?(roles: readonly string[], role: string): string | null;
  /**
   * The full name the article gave a first name or a surname written alone: "Ann Roe" for "Ann" or "Roe", when it gave it to one person.
   * With a courtesy title ("Mrs" for "Mrs Roe"), only a name whose first name does not tell the other sex.
   */
  fullName?(word: string, courtesy?: string): string | null;
  /** The short role the article wrote right before a full name where it first named the person: "Norvex chief executive" for "Tom Vell". */
  roleOf?(name: string): string | null;
  /** The two people an earlier mention names with this plural role: "Ann Roe and Tom Vell" for "presidents". */
  pair?(roles: string): string | null;
  /**
   * The one person named in the possessive before `subject` in the sentence: "Ann Roe" in "Ann Roe's
   * deputy, Tom Vell, urged him", whom an object pronoun after the subject's verb stands for.
   */
  possessor?(subject: string): string | null;
  /**
   * The one person the sentence names before `subject`, whom an object "him" or "her" after the subject's verb stands
   * for: "Tom Vell" in "Tom Vell had not paid the rent until Ana Ruiz hired him"; null when it names none or two there.
   * With "he" or "she", the one a pronoun after the subject's saying stands for when the subject's sex rules out the
   * subject: "Tom Vell" in "Tom Vell is to step down, but Ann Roe said he will stay on".
   */
  personBefore?(subject: string, pronoun: 'him' | 'her' | 'he' | 'she'): string | null;
  /**
   * The name the sentence gives its subject in passing: "Norland program known as Harbour Works" for "Norland program",
   * from "The Norland program, known as Harbour Works, was launched"; "Harbour Fund" for "relief program", from "The
   * Harbour Fund, as the relief program is known, was set up".
   */
  alias?(phrase: string): string | null;
  /** Whether the sentence writes `phrase` as an aside to `name`: "Ann Roe, head of sales," or "a leading figure, Ann Roe". */
  aside?(name: string, phrase: string): boolean;
  /** Whether the sentence writes the word in lower case, as a common word and not a name: "recording" in "A recording of the call". */
  lowerCase?(word: string): boolean;
  /**
   * Whether the article writes the word in lower case and never with a capital inside a sentence: a common word whose
   * capital only opened its sentence ("Vaccine makers could ..." and "a vaccine"), not a name ("Norcorp shares" and "Norcorp").
   */
  commonWord?(word: string): boolean;
  /**
   * The body named last before `subject` in the sentence, neither a person nor a country: "Norcom" in "talks
   * between Varnia and Norcom since the ministry banned the group", whom "the group" after the verb stands for.
   */
  bodyBefore?(subject: string): string | null;
  /** The country whose government "the government" is: named before it in the sentence, or in the article's dateline. */
  country?(): string | null;
  /** The country "the country's" or "the nation's" (`noun`) stands for: the one the sentence before named, when the sentence names none. */
  countryBefore?(noun: string): string | null;
  /**
   * The business or body that "the <phrase>" stands for ("the insurance concern", "the thrift"): the nearest
   * earlier sentence's subject that is one, when no other is near; null when the sentence does not say
   * "the <phrase>" or which one is not clear.
   */
  body?(phrase: string): string | null;
  /**
   * "Ann Roe" for "the appointment", after "Ann Roe, a banker, was named chief executive": the person the
   * sentence just before opened with and told this of; null when it did not, or the sentence does not say "the <noun>".
   */
  personTold?(noun: string): string | null;
  /**
   * The business the sentence's own "the company" or "the firm's" names, written before its "it" ("pressure on the
   * company: ... it was fined"), or the business or public body ("the central bank") the sentence before made its subject.
   */
  bodyBeforeIt?(): string | null;
  /**
   * Whether the sentence writes `name` after the "it" its main clause opens with, as another's than the pronoun's: "Norvex"
   * in "Last week it agreed to pay, but Norvex believes ...".
   */
  writesAfterIt?(name: string): boolean;
  /** The one business the sentence just before names by a company's name ("Ann Roe took Norvex public"), whom "it" stands for. */
  bodyNamed?(): string | null;
  /**
   * The business the story is about, for "the <phrase>" ("the company", "the oil giant"): the one the article marked
   * as a business and names far more often than any other, with no other named near; null when the sentence does not
   * say "the <phrase>" or no business stands out.
   */
  business?(phrase: string): string | null;
  /**
   * The same, read over the whole article (names it writes after the sentence count too, and weaker marks: "Norvex
   * executives"), asked last, when nothing nearer named the business: at least two sentences, twice any other's.
   */
  articleBusiness?(phrase: string): string | null;
  /**
   * The business whose people the sentence tells of as "<noun> <people>" ("company officials", "a company spokesman"):
   * the business the story is about, as for `business`, else the one whose people an earlier sentence named so ("Norvex
   * engineers"); null when the sentence does not write the noun so.
   */
  staffOf?(noun: string): string | null;
}

/**
 * "I only found it" → "only found it", "We started to pump" → "started to pump": the rest of a first-person clause in
 * the past tense, which is the same for every person (after any adverbs); null when the rest has its own first person
 * ("I found we had lost"), undefined when the verb is no past tense.
 */
function pastRest(title: string): string | null | undefined {
  const past = /^(?:I|We)\s+((?:(?:only|just|also|finally|first|then|\p{Ll}+ly)\s+)*(\p{Ll}+)(?:\s.*)?)$/u.exec(title);
  if (!past || !(pastTense(past[2]) || past[2].length > 4 && /[^e]ed$/u.test(past[2])) || /^(?:was|were|had|did)$/u.test(past[2])) return undefined;
  return /\b(?:I|me|my|we|us|our)\b/.test(past[1].slice(past[1].indexOf(past[2]) + past[2].length)) ? null : past[1];
}

/** "I was there" → "was there", "I'll be there" → "will be there": the rest of a clause whose subject is "I", told of someone else; null when the verb would change its form. */
function thirdPerson(title: string): string | null {
  const past = pastRest(title);
  if (past !== undefined) return title.startsWith('I ') ? past : null;
  const m = /^I(?:['’](ll|ve|m|d)|\s+(was|am|have|had|will|would|could|can|should|must|might|may))\s+(\p{Ll}.*)$/u.exec(title);
  if (!m) return null;
  const verb = { ll: 'will', ve: 'has', m: 'is', d: 'would', am: 'is', have: 'has' }[m[1] ?? m[2]] ?? m[2];
  // "I have no doubt": "has" reads as well; "I have been": "has been"; but "I'm sure that we": the rest has its own first person
  if (/\b(?:I|me|my|we|us|our)\b/.test(m[3])) return null;
  return `${verb} ${m[3]}`;
}

/** "I was there", "We will rebuild": a first-person subject before its verb. */
const FIRST_PERSON = /^(?:I|We)(?:['’](?:ll|ve|m|re|d))?\s+/u;

/** Who a "he" or "she" (or "his", "her") stands for: the person named before, else the subject before, else the one named. */
const personAntecedent = (antecedents: Antecedents): string | null => antecedents.person() ?? antecedents.subject?.('person') ?? antecedents.named?.() ?? antecedents.agreeing?.() ?? null;

/**
 * The comma closing a phrase a sentence opens with, before its subject ("Since the flood,", "After Tom
 * Vell's exit,", "Dubbed the Fox by rivals,"), as a token index; -1 when it opens with its subject. A
 * phrase with no clause of its own ends at the first comma before any verb; a clause ("If Ann Roe wins,")
 * at the first comma. (An -ed word the lexicon lacks is read as a name: a participle all the same when an
 * article or preposition follows.)
 */
export function frontedComma(tokens: readonly Token[]): number {
  const [first, second] = tokens;
  if (!first) return -1;
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma < 0) return -1;
  if (first.tag === 'sub') return comma;
  // ("According to press reports, Ann Roe was": "according to" is a preposition, and what follows it up to the comma its
  // object, though the lexicon reads a noun after "to" as a verb)
  if (first.lower === 'according' && second?.lower === 'to') return comma;
  const phrase = /^(?:prep|ving|ven)$/.test(first.tag) || /^\p{Lu}\p{Ll}{3,}ed$/u.test(first.text) && /^(?:det|prep)$/.test(second?.tag ?? '');
  // (a word after a possessive is its noun: "Ann Roe's exit")
  return phrase && !tokens.slice(1, comma).some((t, k) => isVerbal(t) && !/['’]s$/u.test(tokens[k].text)) ? comma : -1;
}

/** Prepositions that place a subject's head or say whose it is: "Officials at the ministry", "The school in Lowmere". */
const PLACED = words('at in from');
/** Words after "in" or "at" (and "the") that make a set phrase, not a place: "in the end", "at first", "at least". */
const SET_PHRASE_ENDS = words('end time first least last once turn meantime moment same all large');
/** Conjunctions that may open a sentence before its subject: "But Norvex is an unusual company." */
export const OPENING_CONJUNCTIONS = words('and but yet so');
/** One word and a comma before a sentence's subject: "Now, officials said". */
const OPENING_ADVERBS = words('now later then meanwhile however instead still today yesterday tonight earlier');

/** Adverbs that stand between a subject and its verb without ending in "-ly": "Norvex also said", "The ferry then sank". */
const MID_ADVERBS = words('also still then now later again already never soon');

/**
 * The plain noun phrase before a sentence's first finite verb ("The old ferry had sunk" → "Old
 * ferry"), with its kind: a person when its head is a person noun or it is all names, else a thing.
 * Null when the subject is a pronoun or holds a clause or punctuation, or is not of the number asked
 * for: singular by default ("he", "she", "it"), a plural common noun with `plural` ("they").
 */
export function sentenceSubject(text: string, tokens: readonly Token[], plural = false): { text: string; kind: 'person' | 'name' | 'thing' } | null {
  const article = (t: Token | undefined) => !!t && /^(?:the|this|that)$/.test(t.lower);
  for (let verb = 1; verb < tokens.length; verb++) {
    const v = tokens[verb];
    if (!(v.tag === 'verb' || v.tag === 'aux' || v.tag === 'modal') || tokens[verb - 1].tag === 'to') continue;
    // "91 confirmed cases": a participle before a noun describes it
    if (v.tag === 'verb' && /ed$/.test(v.lower) && tokens[verb + 1]?.tag === 'noun' && /^(?:num|adj|det)$/.test(tokens[verb - 1].tag)) continue;
    // ("Officials at the ministry simply had no choice": an adverb between the subject and its verb)
    let end = verb;
    // ("Norvex also said it would ...": one of the short adverbs that stand there too)
    while (end > 1 && (tokens[end - 1].tag === 'adv' && /ly$/.test(tokens[end - 1].lower) || MID_ADVERBS.has(tokens[end - 1].lower))) end--;
    // ("Lawyers who had sued the port say ...", "The ferry which sank had left at noon": the first verb is a relative
    // clause's, and the noun phrase before "who" or "which" the sentence's subject)
    if (end > 1 && tokens[end - 1].tag === 'rel' && /^(?:who|which)$/.test(tokens[end - 1].lower)) end--;
    let from = end;
    // where a place or a body the head is of begins ("Officials at the Varnian ministry", "The school in Lowmere")
    let placed = -1;
    while (from > 0 && from > end - 8) {
      const t = tokens[from - 1];
      // "The Organization of the Petroleum Exporting Countries": an article after "of" is inside the phrase
      // ("Officials at the ministry": an article after a place's word, with a noun before it, is inside the phrase too)
      const inPlace = PLACED.has(tokens[from - 2]?.lower ?? '') && /^(?:noun|name)$/.test(tokens[from - 3]?.tag ?? '');
      if (article(t) && tokens[from - 2]?.lower !== 'of' && !inPlace) {
        from--;
        break;
      }
      // ("Ann Roe in the end backed the deal": a set phrase is no place)
      if (PLACED.has(t.lower) && /^(?:noun|name)$/.test(tokens[from - 2]?.tag ?? '') && from < end && !SET_PHRASE_ENDS.has(tokens[from]?.lower === 'the' ? tokens[from + 1]?.lower ?? '' : tokens[from]?.lower ?? '')) {
        placed = from - 1;
        from--;
        continue;
      }
      if (!/^(?:adj|noun|name|num)$/.test(t.tag) && t.lower !== 'of' && !article(t)) break;
      from--;
    }
    const np = tokens.slice(from, end);
    const head = placed > 0 ? tokens[placed - 1] : np[np.length - 1];
    // "at least 91 confirmed cases The boy": only an article, a name after punctuation or the sentence's start opens it
    // ("Since the flood, Ann Roe has...": the comma closing a fronted phrase opens it too; so does a
    // conjunction opening the sentence: "But Norvex is an unusual company")
    // ("Efforts to contain the mess forged ahead": an article after a verb or a preposition opens its object)
    const opened = from === 0 || article(tokens[from]) && !/^(?:verb|ving|ven|to|prep)$/.test(tokens[from - 1].tag) || from === 2 && (tokens[0].tag === 'adv' || OPENING_ADVERBS.has(tokens[0].lower)) && tokens[1].text === ',' || /^[:;.!?—–-]$/.test(tokens[from - 1].text) || frontedComma(tokens) === from - 1 || from === 1 && OPENING_CONJUNCTIONS.has(tokens[0].lower);
    if (!head || (head.tag !== 'noun' && head.tag !== 'name') || !opened || np[0].lower === 'of' || PLACED.has(np[0].lower) || np.some((t) => t.tag === 'num')) return null;
    // ("There were 12 members": an existential "there" names nothing)
    // ("The virus spread", "The crisis deepened": an "-us" or an "-is" ends a noun that is one thing)
    if (CALENDAR_WORDS.includes(head.lower) || head.tag === 'noun' && /[^siu]s$/.test(head.lower) !== plural || plural && head.tag !== 'noun' || head.lower === 'there') return null;
    const phrase = text.slice(np[0].start, np[np.length - 1].end).replace(/^(?:the|this|that)\s+/iu, '').replace(/\s+/g, ' ');
    // (the kind is the head's phrase's, not the place's: "Ann Roe at the ministry" is a person)
    const names = (placed > 0 ? tokens.slice(from, placed) : np).filter((t) => !article(t) && t.lower !== 'of');
    const kind = PERSON_NOUNS.has(head.lower) ? 'person' : names.every((t) => t.tag === 'name') ? 'name' : 'thing';
    return { text: capitalise(phrase), kind };
  }
  return null;
}

/** Whether a clause with a subject of its own opens at `from`: a noun phrase and then its verb ("the storm killed 40"), not a time ("the next day"). */
function clauseAt(tokens: readonly Token[], from: number): boolean {
  if (!/^(?:det|num|name|pron)$/.test(tokens[from]?.tag ?? '')) return false;
  const verb = tokens.findIndex((t, i) => i > from && (t.tag === 'verb' || t.tag === 'aux' || t.tag === 'modal'));
  return verb > from && tokens.slice(from, verb).every((t) => /^(?:det|num|name|pron|noun|adj|prep)$/.test(t.tag));
}

/** Participles whose passive subject is the one told, not what is told: "It was told the plant must close". */
const ADDRESSED = words('told informed assured reminded promised shown warned taught');

/**
 * Whether the verb at `k` after an "it" and its "is"/"was" takes the clause that opens right after it with no "that":
 * "It is believed the storm killed 90", "It was reported a ferry sank", an impersonal "it" standing for no one (not
 * one told to someone: in "It was told the plant must close", "it" was told).
 */
function impersonalClauseAt(tokens: readonly Token[], k: number): boolean {
  return CLAUSE_TAKING.has(tokens[k]?.lower ?? '') && !ADDRESSED.has(tokens[k]?.lower ?? '') && clauseAt(tokens, k + 1);
}

/** "It was capped", "It plans to meet": "it" before a verb that could stand for the last sentence's subject (not "It is decided to", "It was the flood that"). */
function referringIt(title: string): boolean {
  const tokens = tokenize(title);
  if (tokens[0]?.lower !== 'it') return false;
  // "It plans to", where the lexicon reads "plans" as a noun
  if (tokens[1]?.tag === 'noun' && /[^s]s$/.test(tokens[1].lower) && (tokens[2]?.tag === 'to' || tokens[2]?.tag === 'det')) return true;
  if (!isVerbal(tokens[1])) return false;
  if (!/^(?:is|was|'s)$/.test(tokens[1].lower)) return tokens[1].tag !== 'aux' || isVerbal(tokens[2]) || tokens[2]?.tag === 'adv';
  let k = 2;
  while (tokens[k]?.tag === 'adv' || /^(?:first|then|also|later|eventually|finally)$/.test(tokens[k]?.lower ?? '')) k++;
  // a passive ("was capped", "was first used", "was moved to the port"), not an impersonal one ("is decided to
  // close") or a cleft
  const infinitive = tokens[k + 1]?.tag === 'to' && !/^(?:det|num|name)$/.test(tokens[k + 2]?.tag ?? '');
  // (and not one before the clause it takes: "It is believed the storm killed 90")
  return (tokens[k]?.tag === 'ven' || tokens[k]?.tag === 'verb') && /(?:ed|en|wn|ung|ut)$/.test(tokens[k].lower) && !infinitive && !impersonalClauseAt(tokens, k) && tokens[k + 1]?.lower !== 'that';
}

/**
 * "He resigned" becomes "Jane Roe resigned" and "Company said" "Acme Foods said" when the article
 * named them before; otherwise the title is left as it is. The verb keeps its form: both are singular.
 */
export function nameSubject(title: string, antecedents: Antecedents): string {
  // ("He said the firm would try the procedure again": the story's thing is named whatever named the subject)
  return statementOpening(withFullName(withStoryThing(namedSubject(title, antecedents), antecedents), antecedents), antecedents);
}

/** "says Vaccine makers could": what is said, told after its saying, opens on a common word that had its capital from its sentence's start. */
const SAID_OPENING = /^(.+? (?:says|say|said|tells|told) )(\p{Lu}\p{Ll}+)(?= \p{Ll})/u;

/** The title with the opening word of a statement told after its saying in lower case when the article writes it so ("says vaccine makers could"). */
function statementOpening(title: string, antecedents: Antecedents): string {
  const m = SAID_OPENING.exec(title);
  if (!m || /["“”]/u.test(m[1]) || properWord(m[2].toLowerCase()) || !antecedents.commonWord?.(m[2])) return title;
  return `${m[1]}${m[2].toLowerCase()}${title.slice(m[0].length)}`;
}

/**
 * "Vostel won the prize", after "the violinist Marta Vostel": a surname alone opening a title is told by the full name
 * the article gave it, once the rest of the title is named ("Ruiz attacked him" → "Ana Ruiz attacked Vell"), unless
 * the fuller name would cut the title's end.
 */
function withFullName(title: string, antecedents: Antecedents): string {
  const courtesy = courtesyName(title);
  if (courtesy) {
    // "Mr Vostel won the prize", after "Tomas Vostel": the name as the article gave it in full, without the title
    // ("Dr Vostel was charged": "Dr Tomas Vostel", a title that tells who the person is kept before the full name)
    const kept = KEPT_TITLE_WORD.test(courtesy[1]);
    const name = antecedents.fullName?.(courtesy[2], kept ? undefined : courtesy[1]);
    if (!name?.endsWith(` ${courtesy[2]}`)) return title;
    const rest = title.slice(courtesy[0].length - (courtesy[3]?.length ?? 0));
    // ("Sen. Tomas Vostel": a full name read with the title already; "Mr Vostel": the role the article wrote, if any)
    const titled = kept && !name.startsWith(courtesy[1]) ? courtesy[0].slice(0, courtesy[0].lastIndexOf(courtesy[2])) : '';
    const written = shorten(`${titled || withRole(name, rest, antecedents)}${titled ? name : ''}${rest}`);
    return written.endsWith(rest) ? written : title;
  }
  const alone = nameAlone(title);
  if (!alone) return fullWithRole(title, antecedents);
  const name = antecedents.fullName?.(alone[1]);
  if (!name?.endsWith(` ${alone[1]}`)) return title;
  const rest = title.slice(alone[1].length);
  const written = shorten(`${withRole(name, rest, antecedents)}${rest}`);
  return written.endsWith(rest) ? written : title;
}

/**
 * "Tom Vell resigned", after "Norvex chief executive Tom Vell said": a full name opening a title before its verb takes
 * the short role the article wrote before it where it first named the person, as a surname told in full does.
 */
function fullWithRole(title: string, antecedents: Antecedents): string {
  const full = /^(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{Ll}'’-]+)(?:['’]s)?\s+(?=\p{Ll})/u.exec(title);
  if (!full || !firstNameSex(full[1].split(/\s+/u)[0].toLowerCase())) return title;
  const tokens = tokenize(title.slice(full[0].length));
  if (!isVerbal(pastAdverbs(tokens)) && !(/['’]s\s+$/u.test(full[0]) && tokens.some((t) => t.tag === 'verb' || t.tag === 'aux' || t.tag === 'modal'))) return title;
  const rest = title.slice(full[1].length);
  return `${withRole(full[1], rest, antecedents)}${rest}`;
}

/**
 * "Norvex chief executive Tom Vell" for "Tom Vell": a full name a headline gives a surname, with the short role the
 * article wrote before it where it first named the person, so a reader can place someone less known than the name.
 */
function withRole(name: string, rest: string, antecedents: Antecedents): string {
  const role = antecedents.roleOf?.(name);
  if (!role || name.startsWith(role)) return name;
  // ("Tom Vell became chief executive": the title tells the role itself)
  const told = rest.toLowerCase();
  // ("Tom Vell joined Norvex", with the role "Norvex chairman": a title that names the role's owner tells the tie itself)
  // (an owner in capitals only as a word of its own: "GE" is not in "acknowledges")
  if (role.split(/\s+/u).some((w) => /^\p{Lu}{2,}$/u.test(w) ? new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'u').test(rest) : w.length > 3 && told.includes(w.toLowerCase().replace(/\.$/u, '')))) return name;
  // (a role that would cut the title's end is left out, the name kept)
  const written = capitalise(`${role} ${name}`);
  return shorten(`${written}${rest}`).endsWith(rest) ? written : name;
}

/** The courtesy titles written before a surname alone ("Mr Vostel", "Mrs. Vostel"), a regex source. */
export const COURTESY_TITLE = String.raw`(?:Mr|Mrs|Ms|Miss)`;
/**
 * The titles that tell who a person is, kept before the full name a headline gives a surname ("Dr Vostel" → "Dr Tomas
 * Vostel", "Sen. Vostel" → "Sen. Tomas Vostel"), a regex source.
 */
export const KEPT_TITLE = String.raw`(?:Dr|Prof|Sen|Gov|Rep|Gen|Adm|Rev)`;
const KEPT_TITLE_WORD = new RegExp(String.raw`^${KEPT_TITLE}$`, 'u');
const COURTESY_SUBJECT = new RegExp(String.raw`^(${COURTESY_TITLE}|${KEPT_TITLE})\.?\s+(\p{Lu}\p{Ll}+)(['’]s)?(?=\s+\p{Ll})`, 'u');

/** The first word past any adverbs ("finally", "later", "now"), where a subject's verb is looked for: "won" of "finally won the prize". */
const pastAdverbs = (tokens: readonly Token[]): Token | undefined => tokens.find((t) => t.tag !== 'adv' && !OPENING_ADVERBS.has(t.lower));

/** "Mr Vostel won", "Mrs Vostel's bow was stolen": a courtesy title and a surname as a title's subject; its match (title, surname, possessive), or null. */
function courtesyName(title: string): RegExpExecArray | null {
  const named = COURTESY_SUBJECT.exec(title);
  if (!named) return null;
  const tokens = tokenize(title.slice(named[0].length));
  const verb = pastAdverbs(tokens);
  return (named[3] ? tokens.some((t) => t.tag === 'verb' || t.tag === 'aux' || t.tag === 'modal') : isVerbal(verb)) ? named : null;
}

/** "Marta won", "Vostel's bow was stolen": one capitalised word, or its possessive, as a title's subject; its match, or null. */
function nameAlone(title: string): RegExpExecArray | null {
  const alone = /^(\p{Lu}\p{Ll}+)(['’]s)?\s+(?=\p{Ll})/u.exec(title);
  if (!alone || PERSON_PRONOUN.test(title)) return null;
  const tokens = tokenize(title);
  // ("Vostel and Ann Roe met the envoy": the first of two joined subjects, before a finite verb)
  if (!alone[2] && /^and\s+\p{Lu}/u.test(title.slice(alone[0].length))) return tokens.some((t) => t.tag === 'verb' || t.tag === 'aux' || t.tag === 'modal') ? alone : null;
  // ("Vostel finally won the prize": an adverb between the name and its verb)
  const verb = pastAdverbs(tokens.slice(1));
  return (alone[2] ? tokens.some((t) => t.tag === 'verb' || t.tag === 'aux' || t.tag === 'modal') : isVerbal(verb)) ? alone : null;
}

function namedSubject(title: string, antecedents: Antecedents): string {
  // "It is believed the storm killed 90": an impersonal "it" before a verb that takes a clause stands for no one; the
  // title is the clause, as it is when "that" opens it ("It is believed that the storm killed 90")
  const opening = /^It\s+(?:is|was)\s/u.test(title) ? tokenize(title) : [];
  if (opening.length > 3 && impersonalClauseAt(opening, 2)) return capitalise(title.slice(opening[3].start));
  // "Jury selection begins": whose trial, as the article named it
  const staged = withProceeding(title, antecedents);
  if (staged) return staged;
  // "Norland program was launched", from "The Norland program, known as Harbour Works, was launched": the name the
  // sentence itself gave its subject comes before any guess from other sentences
  const alias = aliasSubject(title, antecedents);
  if (alias) return alias;
  // "He and his aides met the board", "She and Tom Vell met the board": the pronoun is named the same way
  const joined = /^(?:He|She) and (?:(?:his|her) \p{Ll}|\p{Lu})/u.test(title) ? personAntecedent(antecedents) : null;
  if (joined) return shorten(title.replace(/^(?:He|She)/u, joined));
  // "He's expected to meet the envoy": the contraction is spelt out after the name ("has" before "been")
  const contracted = /^(?:He|She)['’]s\s+(?=(\p{Ll}+))/u.exec(title);
  if (contracted && isVerbal(tokenize(contracted[1])[0])) {
    const name = personAntecedent(antecedents);
    // ("She's got a runoff": "has got")
    return name ? shorten(`${name} ${/^(?:been|got)$/.test(contracted[1]) ? 'has' : 'is'} ${title.slice(contracted[0].length)}`) : title;
  }
  const person = PERSON_PRONOUN.exec(title);
  // only a pronoun that is the subject of a verb: "He resigned", not "He accident"
  // ("He confirms", where the lexicon reads "confirms" as a plural noun, is a verb all the same)
  // ("He later acknowledged", "She verbally attacked": an adverb between the pronoun and its verb)
  const second = tokenize(title).slice(1).find((t) => t.tag !== 'adv' && !/ly$/.test(t.lower) && !OPENING_ADVERBS.has(t.lower));
  if (person && (isVerbal(second) || second?.tag === 'noun' && /[^s']s$/.test(second.lower))) {
    const name = personAntecedent(antecedents);
    return name ? shorten(`${name} ${title.slice(person[0].length)}`) : title;
  }
  // "At 9 p.m. he tweeted a photo": a "he" or "she" after a phrase fronted before it (a preposition and its object, no
  // verb and no name, which could be the one meant) is the subject of the title's clause all the same, named as an
  // opening one is
  const fronted = /^(\p{Lu}.*?)\s(he|she)\s+(?=\p{Ll})/u.exec(title);
  const before = fronted ? tokenize(fronted[1]) : [];
  const after = fronted ? pastAdverbs(tokenize(title.slice(fronted[0].length))) : undefined;
  if (fronted && before[0]?.tag === 'prep' && !before.some((t) => isVerbal(t) || t.tag === 'name' || t.tag === 'pron' || t.text === ',') && isVerbal(after)) {
    const name = personAntecedent(antecedents);
    if (name) return shorten(`${fronted[1]} ${name} ${title.slice(fronted[0].length)}`);
  }
  // "Reports suggest he fled the country": a plural subject's saying tells of another than the speakers; the "he" or "she"
  // after it is named as an opening one is
  const plural = /^(\p{Lu}\p{Ll}+s)\s+(?:say|suggest|show|indicate|allege|claim)\s+(he|she)\s+(?=\p{Ll})/u.exec(title);
  const theirVerb = plural ? pastAdverbs(tokenize(title.slice(plural[0].length))) : undefined;
  if (plural && isVerbal(theirVerb)) {
    const name = personAntecedent(antecedents);
    if (name) return shorten(`${title.slice(0, plural[0].length - plural[2].length - 1)} ${name} ${title.slice(plural[0].length)}`.replace(/\s+/gu, ' '));
  }
  // "Council lifted it", from "The curfew held for years, until the council lifted it": an object "it" after a verb,
  // in a clause after the sentence's own subject, a thing, stands for that subject (the one thing the sentence is about)
  // (not the subject of a clause the verb takes: "Norvex says it is drilling")
  const heard = tokenize(title);
  const objectIt = heard.find((t, j) => j > 1 && t.lower === 'it' && /^(?:verb|ving)$/.test(heard[j - 1].tag) && !isVerbal(heard[j + 1]) && heard[j + 1]?.tag !== 'adv');
  if (objectIt && !/^It\s/u.test(title)) {
    const thing = antecedents.ownThing?.();
    if (thing && !title.toLowerCase().includes(thing.toLowerCase())) return shorten(`${title.slice(0, objectIt.start)}the ${thing}${title.slice(objectIt.end)}`);
  }
  // "Its shares rose", from "Norvex's bonds fell even as its shares rose": the body the sentence named before its "its"
  const its = /^Its\s+(?=\p{Ll})/u.exec(title);
  if (its && tokenize(title).some((t) => t.tag === 'verb' || t.tag === 'aux' || t.tag === 'modal')) {
    const name = antecedents.ownerBefore?.();
    if (name) return shorten(`${name}${/s$/u.test(name) ? "'" : "'s"} ${title.slice(its[0].length)}`);
  }
  // "His songs topped the charts": the owner is named the same way
  // ("His cousin set up the bakery": a verb the lexicon reads as a noun, read in context)
  const owner = PERSON_POSSESSIVE.exec(title);
  const finite = (tokens: readonly Token[]) => tokens.some((t) => t.tag === 'verb' || t.tag === 'aux' || t.tag === 'modal');
  if (owner && (finite(tokenize(title)) || finite(refineTags(tokenize(title), tagWords(title))))) {
    const name = personAntecedent(antecedents);
    return name ? shorten(`${name}'s ${title.slice(owner[0].length)}`) : title;
  }
  // "Marta won the prize", after "the violinist Marta Vostel": a first name alone is told by the full name given
  // it ("Marta's bow was stolen" too)
  const given = nameAlone(title);
  if (given) {
    const name = antecedents.fullName?.(given[1]);
    // (a surname alone is told once the rest of the title is named, see withFullName)
    if (name?.startsWith(`${given[1]} `)) return shorten(`${name}${given[2] ?? ''} ${title.slice(given[0].length)}`);
  }
  // "I was there last week." inside someone's quotation: told as theirs, in quotation marks
  // (an adverb may come between: "I only found it")
  if (FIRST_PERSON.test(title) && isVerbal(tokenize(title.replace(/['’](?:ll|ve|m|re|d)\b/u, '')).slice(1).find((t) => t.tag !== 'adv')) && !/["“”]/u.test(title)) {
    const speaker = antecedents.speaker?.();
    // "I was there last week" is the speaker's own doing: "Ann Roe was there"
    const own = speaker && thirdPerson(title);
    if (own) return shorten(`${speaker} ${own}`);
    // ('Norvex said: "We shut the mill on Monday"': a body's "we" is the body itself, "Norvex shut the mill")
    const body = antecedents.speakingBody?.();
    const ours = body && /^We\s/u.test(title) && pastRest(title);
    if (ours) return shorten(`${body} ${ours}`);
    if (speaker) return shorten(`${speaker} says "${title}"`);
  }
  // 'Tom Vell said: "My boat was sunk on Monday."': a first-person possessive opening the speaker's words is theirs too,
  // and their words stay as they said them ('Tom Vell says "My boat was sunk"'), not rewritten as "Tom Vell's boat"
  if (/^(?:My|Our)\s+\p{Ll}/u.test(title) && !/["“”]/u.test(title) && tokenize(title).some((t) => t.tag === 'verb' || t.tag === 'aux' || t.tag === 'modal')) {
    const speaker = antecedents.speaker?.();
    if (speaker) return shorten(`${speaker} says "${title}"`);
  }
  // "They said the rally had faded", after "Dealers said...": the plural subject of the sentence before
  const they = /^They\s+(?=\p{Ll})/u.exec(title);
  // ("They also plan to": an adverb before the verb, which the lexicon may read as a noun before "to")
  const theirs = tokenize(title);
  const verb = theirs.findIndex((t, n) => n > 0 && t.tag !== 'adv');
  if (they && (isVerbal(theirs[verb]) || theirs[verb]?.tag === 'noun' && /^(?:to|det)$/.test(theirs[verb + 1]?.tag ?? ''))) {
    const group = antecedents.group?.();
    if (group) return shorten(`${group} ${title.slice(they[0].length)}`);
  }
  // "It opened a plant", from "Norvex said it had shipped more since it opened a plant": the sentence's own
  // subject comes nearer than any sentence before (for a doing, not a being: in "Norvex said it was capped",
  // "it" is more likely the thing the sentence before told of)
  const doing = /^It\s/u.test(title) && !/^It\s+(?:\p{Ll}+\s+){0,2}(?:is|was|be|been|being|'s)\s/u.test(title);
  const own = doing && (referringIt(title) || BODY_SUBJECT.test(title)) ? antecedents.ownBody?.() : null;
  if (own) return shorten(`${own} ${title.slice(3)}`);
  // "It was fined $5m", from "pressure on the company: ... it was fined $5m": the business its own sentence called
  // "the company" before the "it", or the body the sentence before made its subject (a doing, a passive, a saying or
  // what the body is expected to do; "It is likely that" tells of no one)
  const acting = /^It\s/u.test(title) && (referringIt(title) || BODY_SUBJECT.test(title) || /^It\s+(?:is|was)\s+(?:\p{Ll}+ing|(?:expected|due|set|scheduled|forced|ordered|required)\s+to)\s/u.test(title));
  // ("Last week it agreed to pay, but Norvex believes": a name written after the "it" is another's)
  const otherThanIt = (name: string | null | undefined) => (name && /^It\s/u.test(title) && antecedents.writesAfterIt?.(name) ? null : name);
  const itsBody = acting ? otherThanIt(antecedents.bodyBeforeIt?.()) : null;
  if (itsBody) return shorten(`${itsBody} ${title.slice(3)}`);
  const body = BODY_SUBJECT.exec(title) ?? BODY_DOINGS.exec(title);
  if (body) {
    // "It announced plans to buy ...", after "Ann Roe took Norvex public": the one body the sentence before names
    // ("It has been hard to", "It will be": no body's doing)
    const named = /^It\s+(?!has|had|will)\p{Ll}/u.test(title) ? antecedents.bodyNamed?.() : null;
    // ("Company said", far from any sentence naming it: the business the story is about)
    // ("The firm said", after "the board has made up its mind": a part of a body, "Norvex's board", is not the whole
    // body a bare "firm" or "company" stands for; a mention ending on a common noun other than the title's own is passed over)
    const own = body[0].trim().toLowerCase();
    const organization = antecedents.organization();
    const whole = organization && /['’]s\s+\p{Ll}+$/u.test(organization) && own !== 'it' && !organization.toLowerCase().endsWith(` ${own}`) ? null : organization;
    const name = otherThanIt((/^It\s/u.test(title) ? antecedents.bodySubjectBefore?.() : null) ?? whole ?? named ?? storyBusiness(body[0].trim(), antecedents));
    if (name) return shorten(`${name} ${title.slice(body[0].length)}`);
  }
  // "Company officials met the panel": the people of the business the story is about ("Norvex officials")
  const staff = /^(\p{Lu}\p{Ll}+)\s+(\p{Ll}+)\s+(?=\p{Ll})/u.exec(title);
  if (staff && BUSINESS_HEADS.has(staff[1].toLowerCase()) && (personNoun(staff[2]) || personNoun(staff[2].replace(/s$/u, ''))) && isVerbal(tokenize(title.slice(staff[0].length))[0])) {
    const name = antecedents.staffOf?.(staff[1].toLowerCase());
    if (name && !title.includes(name)) return shorten(`${name} ${title.slice(staff[1].length + 1)}`);
  }
  // "Appointment takes effect Monday", after "Ann Roe was named chief executive": whose it is
  const told = PERSON_HAPPENING.exec(title);
  if (told && isVerbal(tokenize(title.slice(told[0].length))[0])) {
    const name = antecedents.personTold?.(told[1].toLowerCase());
    if (name) return shorten(`${name}${/s$/u.test(name) ? "'" : "'s"} ${told[1].toLowerCase()} ${title.slice(told[0].length)}`);
  }
  // "Insurance concern said", "Thrift announced the plan": the business the article made a sentence's subject before
  const business = bodyHeadSubject(title);
  if (business) {
    const name = antecedents.body?.(business) ?? storyBusiness(business, antecedents);
    // ("The firm began work on the well": the story's thing is named as well, as it would be after a named subject)
    if (name && !title.includes(name)) return withStoryThing(shorten(`${name}${title.slice(business.length)}`), antecedents);
  }
  if (referringIt(title)) {
    const thing = otherThanIt(antecedents.subject?.('thing'));
    if (thing) return shorten(`${thing} ${title.slice(3)}`);
  }
  // "Library will stay closed", "Storm struck": a bare common noun as subject says which one only with
  // the words an earlier mention gave it
  const bare = bareSubject(title, antecedents.lowerCase);
  // "Singer died": a person named only by a role is named as the article named them with it
  const single = roleSubject(title);
  const role = single ?? joinedRole(title);
  if (role) {
    const lower = role.toLowerCase();
    // ("Norlandic monarch met the envoy", the article having written "Queen Ann of Norland": the head noun's offices)
    const offices = ROLE_OFFICES[lower.split(' ').pop()!] ?? [];
    // "President and his aides decide", "Monarch will visit" (the article wrote "King Ann"): named only when the
    // article gave the office to one person, and a lone surname keeps the office ("King Ann")
    const whole = !single || offices.length > 0;
    let named = antecedents.titled?.(lower, whole) ?? null;
    let office = lower;
    for (const other of offices) {
      if (named) break;
      named = antecedents.titled?.(other, true) ?? null;
      office = other;
    }
    // ("Varnian leader met the envoy", the article having written "Varnia's Ana Vell" or "Varnian President Ana Vell")
    if (!named && single) named = countryLeader(lower, antecedents);
    // ("Pop star died", "Doctor was charged": the one person given a role of that kind before the name, if one was)
    const head = lower.split(' ').pop()!;
    const kind = single ? ROLE_KINDS.find((roles) => roles.includes(head)) : undefined;
    if (!named && kind) named = antecedents.titled?.(kind, true) ?? null;
    // ("Fans kept Roe's songs alive after the singer died": the one whose things the sentence told of before the role,
    // for one the article is about; not a doctor, whose possessor is more likely the patient)
    if (!named && kind && FAME_ROLES.has(head)) named = antecedents.roleOwner?.(kind, lower) ?? null;
    // ("Singer died", in an article about one singer who is never called so before the name: the one it is about)
    if (!named && kind && FAME_ROLES.has(head)) named = antecedents.dominant?.(kind, head) ?? null;
    const written = named && !named.includes(' ') && whole && OFFICE_WORDS.has(office) ? `${capitalise(office)} ${named}` : named;
    if (written) return shorten(`${written}${title.slice(role.length)}`);
  }
  // "Aides say president met the envoy", "Aide says president's son left": an office told of in what is said, named
  // by the one person the article gave it ("President Brandt")
  const said = saidOffice(title);
  if (said) {
    const named = antecedents.titled?.(said.office, true) ?? null;
    const written = named?.includes(' ') ? named : `${capitalise(said.office)} ${named}`;
    if (named && !title.includes(named)) return shorten(`${title.slice(0, said.start)}${written}${title.slice(said.end)}`);
  }
  // "Tom Vell urged him to resign", from "Ann Roe's deputy, Tom Vell, urged him...": the one whose deputy he is
  const object = objectPronoun(title);
  if (object) {
    const subject = title.slice(0, object.subjectEnd);
    const owner = antecedents.possessor?.(uncapitaliseOpening(subject));
    if (owner && !subject.includes(owner)) return shorten(`${title.slice(0, object.start)}${owner}${title.slice(object.end)}`);
    // "Ana Ruiz hired him as a clerk", from "Tom Vell had not paid the rent until Ana Ruiz hired him ...": the one
    // person the sentence named before the subject
    const before = antecedents.personBefore?.(subject, title.slice(object.start, object.end) as 'him' | 'her');
    if (before) return shorten(`${title.slice(0, object.start)}${before}${title.slice(object.end)}`);
  }
  // "Ann Roe says he will stay on", from "Tom Vell is to step down, but Ann Roe said he will stay on": a "he" or "she"
  // the speaker's sex rules out is the one person the sentence named before the speaker
  const reported = /^(\p{Lu}.*?) says (he|she) (?=\p{Ll})/u.exec(title);
  if (reported) {
    const before = antecedents.personBefore?.(reported[1], reported[2] as 'he' | 'she');
    const name = before && !before.includes(' ') ? antecedents.fullName?.(before) ?? before : before;
    if (name) return shorten(`${reported[1]} says ${name} ${title.slice(reported[0].length)}`);
  }
  // "Floodwaters swept through his barn", from "Tom Vell lost everything when floodwaters swept through his barn": a
  // "his" inside a title that names no one is the person a "His" opening it would be
  const inner = innerPossessive(title);
  if (inner) {
    const name = personAntecedent(antecedents);
    // ("Varga announces his support": a title holding the name already tells whose)
    // ("Head of sales says his company", from "Ann Roe, head of sales, said his company": the subject is the one named)
    // ("Roe left his office", from "after Roe left his office": a title opening with a name is told by the name's rules)
    const described = !!name && (!!antecedents.aside?.(name, title.slice(0, inner.subjectEnd)) || !antecedents.lowerCase?.(title.split(/\s/u)[0]));
    if (name && !described && !name.split(/\s+/u).some((w) => /^\p{Lu}\p{Ll}/u.test(w) && title.includes(w))) return shorten(`${title.slice(0, inner.start)}${name}${/s$/u.test(name) ? "'" : "'s"}${title.slice(inner.end)}`);
  }
  // "Ministry banned the group", from "talks between Varnia and Norcom since the ministry banned the group": the body named before
  const theBody = objectBody(title);
  if (theBody) {
    const before = theBody.owner ? null : antecedents.bodyBefore?.(title.slice(0, theBody.subjectEnd));
    // "Vell Ratings cut the firm's rating", "Regulators fined the company": a business's noun is the business the
    // story is about, when the title names it nowhere else (in "Norvex bought the company", another)
    const named = before ?? (BUSINESS_HEADS.has(theBody.noun) ? antecedents.business?.(theBody.noun) ?? null : null);
    const rest = title.slice(theBody.end);
    const written = named && !title.includes(named) ? shorten(`${title.slice(0, theBody.start)}${named}${rest}`) : null;
    if (written && (before || written.endsWith(rest))) return written;
  }
  // "Two presidents signed the plan": the two the article named with that role
  const two = /^Two (\p{Ll}+s)\s+(?=\p{Ll})/u.exec(title);
  if (two && isVerbal(tokenize(title.slice(two[0].length))[0])) {
    const named = antecedents.pair?.(two[1]);
    if (named) return shorten(`${named} ${title.slice(two[0].length)}`);
  }
  // "Government unveiled a plan": whose government, when the sentence or the story's dateline says
  if (/^Government\s/u.test(title) && isVerbal(tokenize(title).slice(1).find((t) => t.tag !== 'adv'))) {
    const country = antecedents.country?.();
    if (country) return shorten(`${country}'s government${title.slice('Government'.length)}`);
  }
  // "Country's bank cut rates", from "Varnia's economy is weak. The country's bank cut rates": the country told of just before
  const land = /^(Country|Nation)['’]s\s+(?=\p{Ll})/u.exec(title);
  if (land) {
    const country = antecedents.countryBefore?.(land[1].toLowerCase());
    if (country) return shorten(`${country}'s ${title.slice(land[0].length)}`);
  }
  // "Company's shares fell": the owner is named as the organisation the article named before
  const owned = BODY_OWNER.exec(title);
  if (owned) {
    // ("Company's $5 million loan" is "Norvex's $5 million loan"; a name that is a possessive already, "Tally's Inc.", is
    // written "Tally's")
    const name = (antecedents.organization() ?? storyBusiness(owned[0].replace(/['’]s\s+$/u, ''), antecedents))?.replace(/(['’]s)\s+(?:Corp|Inc|Co|Ltd|PLC|Plc)\.?$/u, '$1');
    if (name) return shorten(`${name}${/['’]s$/u.test(name) ? '' : /s$/u.test(name) ? "'" : "'s"} ${title.slice(owned[0].length)}`);
  }
  if (bare) {
    const apposed = antecedents.apposed?.(bare);
    // (not a person, a business or a body, whom their own rules name: "the firm" written after may be another's)
    const head = bare.toLowerCase().split(' ').pop()!;
    const thing = !personNoun(head) && !GOVERNING_BODIES.has(head) && !BODY_NOUNS.has(head) && !BUSINESS_HEADS.has(head) && !BODY_HEADS.has(head);
    const later = thing ? antecedents.later?.(bare) : null;
    const named = antecedents.fuller?.(bare) ?? storyName(bare, antecedents) ?? antecedents.spokenFor?.(bare) ?? (apposed ? capitalise(apposed) : null) ?? (later ? capitalise(later) : null);
    if (named && !repeatsTitle(named, bare, title)) return shorten(`${named}${title.slice(bare.length)}`);
  }
  // "Firm says the board backs him", "Oil major said", when nothing nearer named it: the business the whole article is about
  const lead = (BODY_SUBJECT.exec(title) ?? BODY_DOINGS.exec(title))?.[0].trim() ?? bodyHeadSubject(title);
  const story = lead && lead !== 'It' ? storyBusiness(lead, antecedents, true) : null;
  if (story && !title.includes(story)) return withStoryThing(shorten(`${story}${title.slice(lead!.length)}`), antecedents);
  return withStoryThing(title, antecedents);
}

/**
 * "Crews capped the well": the title with the story's thing, as the article named it ("the Vell Deep oil well"), unless
 * naming it makes the title too long to keep its end; else as it is.
 */
function withStoryThing(title: string, antecedents: Antecedents): string {
  // (any "the <noun>" after the verb, the first the article named: "lower the steel box over the site")
  const { thing, story } = firstStoryThing(title, antecedents);
  if (!thing || !story) return title;
  // ("Ann Roe's body was released to the family": "Ann Roe's family" tells nothing the title has not)
  if (title.includes(story) || story.split(' ').some((w) => /^\p{Lu}/u.test(w) && title.includes(w.replace(/['’]s$/u, '')))) return title;
  // ("abandon the well" with "the Norcom's Vell well": a possessive takes the place of the article)
  const before = /^\S+['’]s\s/u.test(story) ? title.slice(0, thing.start).replace(/\bthe\s+$/u, '') : title.slice(0, thing.start);
  const named = shorten(`${before}${story}${title.slice(thing.end)}`);
  // (the title's end kept, and the name whole: "in a town near the quake" is not cut to "in a town")
  return named.endsWith(title.slice(thing.end)) && named.includes(story) ? named : title;
}

/** A title opening with a stage of a proceeding, "Jury selection", "The opening statements" (see PROCEEDING_STAGES). */
const STAGE_OPENING = new RegExp(String.raw`^(?:The\s+)?(${Object.keys(PROCEEDING_STAGES).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})\s+`, 'iu');

/**
 * "Jury selection begins in Ann Roe's trial", "Opening arguments take place in Ann Roe's televised trial": a title whose
 * subject is a stage of a proceeding says whose proceeding it is as the article named it before (`proceeding`): in place
 * of the title's own "the <noun>", else after a title of a verb alone, else after the subject. Null when the title says
 * whose already, the article named none, or the name would cut the title.
 */
function withProceeding(title: string, antecedents: Antecedents): string | null {
  const stage = STAGE_OPENING.exec(title);
  if (!stage) return null;
  const noun = PROCEEDING_STAGES[stage[1].toLowerCase()];
  const rest = title.slice(stage[0].length);
  const tokens = tokenize(rest);
  // (the stage is the subject: its verb follows, after any adverb; "Jury selection for the Vell trial" says whose)
  const verb = tokens.findIndex((t) => t.tag !== 'adv');
  if (verb < 0 || !isVerbal(tokens[verb]) || /\p{Lu}/u.test(rest)) return null;
  const named = antecedents.proceeding?.(noun);
  if (!named) return null;
  const owner = new RegExp(String.raw`^(.+['’]s?)\s+${noun}$`, 'u').exec(named);
  // the title's own mention, "in the televised trial": the owner takes the article's place
  const own = new RegExp(String.raw`\bthe\s+((?:\p{Ll}+\s+)?)${noun}\b(?!\s+of\b|['’])`, 'u').exec(title);
  const mentions = title.toLowerCase().split(noun).length - 1;
  if (own && mentions === 1) {
    if (!owner && own[1]) return null;
    const written = shorten(`${title.slice(0, own.index)}${owner ? `${owner[1]} ${own[1]}` : 'the '}${named.slice(owner ? owner[1].length + 1 : 0)}${title.slice(own.index + own[0].length)}`.replace(/\s+/g, ' '));
    return written.includes(owner ? owner[1] : named) ? written : null;
  }
  if (mentions) return null;
  const where = noun === 'launch' ? 'for' : 'in';
  const phrase = `${where} ${owner ? '' : 'the '}${named}`;
  // ("Jury is finalized", "Opening statements are due to begin": a verb group alone takes the proceeding after it)
  if (tokens.every((t) => isVerbal(t) || /^(?:adv|aux|modal|adj)$/.test(t.tag) || t.lower === 'to')) return `${title} ${phrase}`;
  const subject = stage[0].trimEnd();
  const written = shorten(`${subject} ${phrase} ${rest}`);
  return written.endsWith(rest) && written.includes(named) ? written : null;
}

/**
 * The title with its subject named as its own sentence named it in passing ("Norland program known as Harbour Works was
 * launched"), or null: when the subject is a pronoun or a name, the sentence gave it no name, or the name would cut the
 * title's end.
 */
function aliasSubject(title: string, antecedents: Antecedents): string | null {
  const tokens = tokenize(title);
  const verb = tokens.findIndex((t) => isVerbal(t));
  // (a common noun phrase: "Norland program", "northern branch of the family firm"; not "He" or "Ann Roe"; one word
  // when its sentence writes it in lower case: "Method was tried")
  const common = tokens.slice(1, verb).some((t) => /^\p{Ll}/u.test(t.text) && t.tag === 'noun') || verb === 1 && !!antecedents.lowerCase?.(tokens[0].text);
  if (verb < 1 || tokens[0].tag === 'pron' || !common) return null;
  const phrase = title.slice(0, tokens[verb - 1].end);
  const named = antecedents.alias?.(phrase);
  if (!named) return null;
  const rest = title.slice(phrase.length);
  const written = shorten(`${capitalise(named)}${rest}`);
  return written.endsWith(rest) ? written : null;
}

/**
 * Whether the words a fuller name adds to a bare subject are already in the rest of the title: "Buried rifle was
 * found buried" tells "buried" twice and says no more which rifle.
 */
function repeatsTitle(named: string, bare: string, title: string): boolean {
  const rest = new Set(tokenize(title.slice(bare.length)).map((t) => t.lower));
  return tokenize(named.slice(0, -bare.length)).some((t) => /\p{L}{3}/u.test(t.text) && rest.has(t.lower));
}

/** The story's thing for a bare subject, capitalised to open the title. */
function storyName(bare: string, antecedents: Antecedents): string | null {
  const named = antecedents.story?.(bare);
  return named ? capitalise(named) : null;
}

type BareObject = { noun: string; start: number; end: number };

/** The first bare object of a title the article gave a fuller name for, with that name (both null when none). */
function firstStoryThing(title: string, antecedents: Antecedents): { thing: BareObject | null; story: string | null } {
  for (const thing of bareObjects(title)) {
    const story = antecedents.story?.(thing.noun) ?? antecedents.later?.(thing.noun);
    if (story) return { thing, story };
  }
  return { thing: null, story: null };
}

/**
 * "Crews capped the well": every "the" and lone singular common noun after a title's verb, in the title's order
 * (not a person, a body that governs, or the head of a longer phrase: "the well head", "the well's owner", "the
 * well of").
 */
function bareObjects(title: string): BareObject[] {
  const tokens = tokenize(title);
  const verb = tokens.findIndex((t) => isVerbal(t));
  if (verb < 1) return [];
  // (not inside a quotation, which is never changed: 'says "We can pump the oil back"' keeps its "the oil")
  const quoted = (at: number) => tokens.slice(0, at).filter((t) => t.tag === 'quote').length % 2 === 1;
  return tokens.flatMap((t, at) => {
    const thing = at > verb && t.text === 'the' && !quoted(at) ? bareObjectAt(tokens, at) : null;
    return thing ? [thing] : [];
  });
}

/** The lone singular common noun after the "the" at token `at`, when it is a bare object (see bareObjects). */
function bareObjectAt(tokens: Token[], at: number): BareObject | null {
  const noun = tokens[at + 1];
  const after = tokens[at + 2];
  // (a plural is no one thing; "virus", "census", "crisis", "basis" end in s and are one)
  if (!noun || noun.tag !== 'noun' || !/^\p{Ll}+$/u.test(noun.text) || /[^siu]s$/.test(noun.lower)) return null;
  // (a person, a business or a body is named by the rules for them: "the company" may be another than the story's)
  if (personNoun(noun.lower) || GOVERNING_BODIES.has(noun.lower) || BODY_NOUNS.has(noun.lower) || BUSINESS_HEADS.has(noun.lower) || CALENDAR_WORDS.includes(noun.lower)) return null;
  if (after && (/^(?:noun|name|poss)$/.test(after.tag) || /^(?:of|['’]s)$/.test(after.lower))) return null;
  return { noun: noun.lower, start: noun.start, end: noun.end };
}

/** "President and his aides decide": a role joined by "and his/her" to others, as a title's subject; or null. */
function joinedRole(title: string): string | null {
  const m = /^(\p{Lu}\p{Ll}+) and (?:his|her) \p{Ll}/u.exec(title);
  return m && PERSON_NOUNS.has(m[1].toLowerCase()) ? m[1] : null;
}

/**
 * Where a bare office stands as the subject or the owner in what a title's saying tells ("Aides say president met the
 * envoy", "say president himself met", "Aide says president's son left"), with the office; or null.
 */
function saidOffice(title: string): { office: string; start: number; end: number } | null {
  // (or what was said told alone, the office opening the title: "President himself met the envoy")
  const m = /\s(?:say|says|said)\s+(?:the\s+)?(\p{Ll}+)(?=(['’]s\s+\p{Ll})?)/u.exec(title) ?? /^(\p{Lu}\p{Ll}+)(?=(['’]s\s+\p{Ll})?)/u.exec(title);
  if (!m || !OFFICE_WORDS.has(m[1].toLowerCase())) return null;
  const end = m.index + m[0].length;
  const next = tokenize(title.slice(end))[0];
  // (the office's own verb or "himself" after it, or the office owning who does it)
  if (!m[2] && !/^(?:himself|herself)$/u.test(next?.lower ?? '') && !isVerbal(next)) return null;
  return { office: m[1].toLowerCase(), start: end - m[1].length, end };
}

/**
 * Where a subject ends before its verb at token `verb`: before the adverbs between them ("Doctor officially entered a
 * plea", "Library now stays closed"), the subject keeping at least one word.
 */
function beforeAdverbs(tokens: readonly Token[], verb: number): number {
  while (verb > 1 && tokens[verb - 1].tag === 'adv' && /^\p{Ll}/u.test(tokens[verb - 1].text)) verb--;
  return verb;
}

/** "Folk singer died": up to three lower-case words before a title's first verb, ending in a noun for a person; or null. */
function roleSubject(title: string): string | null {
  const tokens = tokenize(title);
  const verb = beforeAdverbs(tokens, tokens.findIndex((t) => isVerbal(t)));
  if (verb < 1 || verb > 3) return null;
  const np = tokens.slice(0, verb);
  // (the first word's capital is the title's: "Folk" is read lower-case)
  if (!np.every((t, n) => /^(?:adj|noun)$/.test(n === 0 ? tokenize(t.lower)[0].tag : t.tag) && (n === 0 || /^\p{Ll}/u.test(t.text))) || !PERSON_NOUNS.has(np[np.length - 1].lower)) return null;
  return title.slice(0, np[np.length - 1].end);
}

/**
 * "Tom Vell urged him to resign": an object "him" or "her" straight after the verb group that follows a
 * subject with a name ("her" only before a preposition or the end: "met her husband" is a possessive).
 */
const BODY_NOUNS = words('group movement organisation organization militia faction party company firm');

/**
 * Where "the group" stands as the object of a named subject's verb, with its noun; or "the company" or "the firm's"
 * (a business's noun, which may be the owner: "Vell Ratings cut the firm's rating"), with `owner` set when it is.
 */
function objectBody(title: string): { subjectEnd: number; start: number; end: number; noun: string; owner: boolean } | null {
  const tokens = tokenize(title);
  const verb = tokens.findIndex((t) => isVerbal(t));
  if (verb < 1 || !tokens.slice(0, verb).some((t) => t.tag === 'name')) return null;
  let n = verb;
  while (n < tokens.length && n - verb < 4 && (isVerbal(tokens[n]) || tokens[n].tag === 'adv')) n++;
  const written = tokens[n + 1]?.lower ?? '';
  const noun = written.replace(/['’]s$/u, '');
  const owner = noun !== written;
  if (tokens[n]?.lower !== 'the' || !(owner ? BUSINESS_HEADS : BODY_NOUNS).has(noun)) return null;
  // ("the group's leader", "the party faithful": the noun heads a phrase of its own)
  if (!owner && tokens[n + 2] && /^(?:noun|name|quote)$/.test(tokens[n + 2].tag)) return null;
  return { subjectEnd: tokens[verb - 1].end, start: tokens[n].start, end: tokens[n + 1].end - (owner ? 2 : 0), noun, owner };
}

function objectPronoun(title: string): { subjectEnd: number; start: number; end: number } | null {
  const tokens = tokenize(title);
  const verb = tokens.findIndex((t) => isVerbal(t));
  // (a name opening a title may be read as a noun: "Ruiz hired him"; "He told him" is left to the pronoun's rules)
  if (verb < 1 || tokens[0].tag === 'pron' || !tokens.slice(0, verb).some((t) => t.tag === 'name' || /^\p{Lu}/u.test(t.text) && t.tag === 'noun')) return null;
  let n = verb;
  while (n < tokens.length && n - verb < 4 && (isVerbal(tokens[n]) || tokens[n].tag === 'adv')) n++;
  const pronoun = tokens[n];
  if (!pronoun || !/^(?:him|her)$/.test(pronoun.text)) return null;
  const after = tokens[n + 1];
  if (pronoun.text === 'her' && after && !/^(?:to|prep)$/.test(after.tag)) return null;
  return { subjectEnd: tokens[verb - 1].end, start: pronoun.start, end: pronoun.end };
}

/**
 * Where a title that names no one before it writes "his" ("Letter sent from his office was read out"): its
 * one third-person pronoun, after a common-noun subject with no name, no one told by a singular noun for a person
 * ("Actor has been building it with his brother" is the actor's), and a verb; null otherwise.
 */
function innerPossessive(title: string): { subjectEnd: number; start: number; end: number } | null {
  const tokens = tokenize(title);
  const pronouns = tokens.filter((t) => /^(?:he|she|him|her|his|hers|they|them|their|it|its|i|we|me|my|our)$/.test(t.lower));
  const at = tokens.findIndex((t) => t.lower === 'his');
  if (pronouns.length !== 1 || at < 2 || tokens[at].text !== 'his' || !/^\p{Ll}/u.test(tokens[at + 1]?.text ?? '')) return null;
  // (a quotation keeps its words: 'was "spending a few hours with his family"')
  if (!tokens.some((t) => t.tag === 'verb' || t.tag === 'aux' || t.tag === 'modal') || /["“”]/u.test(title)) return null;
  const before = tokens.slice(0, at);
  // (the first word's capital is the title's, when it is a word the lexicon knows or a plural: "Varga announces his"
  // and "Varga's popularity in his" open with a name; a capital further on may be a name the pronoun stands for)
  if (!knownWord(before[0].lower) && !/^\p{L}+[^s'’]s$/u.test(before[0].lower) || before.slice(1).some((t) => /^\p{Lu}/u.test(t.text))) return null;
  if (before.some((t) => t.tag === 'name' && t !== before[0] || personNoun(t.lower) || OFFICE_WORDS.has(t.lower))) return null;
  const verb = tokens.findIndex((t) => isVerbal(t));
  return { subjectEnd: tokens[Math.max(0, verb - 1)].end, start: tokens[at].start, end: tokens[at].end };
}

/** Nouns for a body that governs, judges or inquires: "the panel" is one an earlier mention named ("the Varnish panel"). */
export const GOVERNING_BODIES = words('government administration commission committee panel council board court jury agency ministry department inquiry tribunal parliament legislature cabinet regime');
/** Whether a noun phrase is a governing body by its head: "the commission", "the federal panel". */
export const isGoverningBody = (phrase: string): boolean => GOVERNING_BODIES.has(phrase.split(/\s+/).pop()!.toLowerCase());

/**
 * The one or two lower-case nouns before a title's first verb ("Library will", "Folk singer died"), or null.
 * `writtenLower` says whether the title's sentence writes a word in lower case: the title's opening capital is then
 * the title's, not a name's.
 */
function bareSubject(title: string, writtenLower?: (word: string) => boolean): string | null {
  const tokens = tokenize(title);
  const verb = beforeAdverbs(tokens, tokens.findIndex((t) => isVerbal(t)));
  if (verb < 1 || verb > 2) return null;
  const np = tokens.slice(0, verb);
  // (the first word's capital is the title's when it names a body, "Panel", or when its sentence writes it lower-case:
  // "Parade takes place", from "tickets for the parade, which takes place", though the tagger reads "Parade" as a name)
  const body = GOVERNING_BODIES.has(np[np.length - 1].lower) || np[0].tag === 'name' && !!writtenLower?.(np[0].text);
  // (a word the lexicon reads as describing is a noun as the phrase's head, before the verb: "Trial is due"; so is one
  // it reads as an adverb, "Spring was tapped", which is named only where its sentence writes "the spring")
  const head = (t: Token, n: number) => (n === np.length - 1 && (t.tag === 'adj' || t.tag === 'adv') ? 'noun' : t.tag);
  if (!np.every((t, n) => (n === 0 && body ? tokenize(t.lower)[0].tag : head(t, n)) === 'noun' && (n === 0 || /^\p{Ll}/u.test(t.text)))) return null;
  // a capital mid-phrase or a plural head is no bare noun ("Officials said")
  if (/^\p{Lu}{2,}/u.test(np[0].text) || /[^s]s$/.test(np[np.length - 1].lower)) return null;
  return title.slice(0, np[np.length - 1].end);
}

/** Words that open a sentence and are written in capitals mid-sentence only as part of a name. */
const SENTENCE_OPENERS = words('The On In At It He She They We But However This These Those By After Before When While Meanwhile Thousands Hundreds Dozens');

/** Where a sentence starts without a full stop before it: a lower-case noun, then an opener in capitals. */
function runOns(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < tokens.length - 1; i++) {
    const prev = tokens[i - 1];
    // "read The Times" names a paper: an article opens a sentence only after a noun.
    const after = tokens[i].text === 'The' ? prev.tag === 'noun' : /^(?:noun|verb|adj|adv|num)$/.test(prev.tag);
    // "...was a 'nightmare' Speaking to reporters": a closing quote mark, then a capital that is no name
    const afterQuote = prev.tag === 'quote' && /^\p{Ll}/u.test(tokens[i - 2]?.text ?? '') && /^\p{Lu}\p{Ll}/u.test(tokens[i].text) && /^(?:ving|det|pron)$/.test(tokenize(tokens[i].text)[0].tag);
    if (SENTENCE_OPENERS.has(tokens[i].text) && after && /^\p{Ll}/u.test(prev.text) && tokens[i + 1].tag !== 'punct' || afterQuote) out.push(i);
    else if (namedRunOn(tokens, i)) out.push(i);
  }
  return out;
}

const HONORIFICS = words('Mr Mrs Ms Dr');
const SUBORDINATORS = words('when after as if because while before since although though until once whether');

/**
 * "The port was flooded in 1998 Norland lies west of...", "...to sing in Leeds Ms Roe attended the...": a
 * name and its finite verb after a clause that already has one, with no full stop or word to join them.
 */
function namedRunOn(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const lowerBefore = /^\p{Ll}/u.test(prev.text) && /^(?:noun|verb|ven|adj|adv)$/.test(prev.tag) && !FRAME_VERBS[prev.lower];
  const yearBefore = prev.tag === 'num' && /^\d{4}$/.test(prev.text) || CALENDAR_WORDS.includes(prev.lower);
  const honorific = HONORIFICS.has(tokens[i].text) && prev.tag === 'name';
  if (tokens[i].tag !== 'name' || !(lowerBefore || yearBefore || honorific)) return false;
  // "Norland", "Ann Roe's sister Eva"
  let j = i;
  while (j < tokens.length && j - i < 6 && (tokens[j].tag === 'name' || j > i && (/^['’]s$/u.test(tokens[j].text) || tokens[j].tag === 'noun'))) j++;
  const verb = tokens[j];
  // a finite verb: "occupies", "attended", "is" (not "based", a participle after a name)
  const finite = verb && (verb.tag === 'verb' && /(?:s|ed)$/.test(verb.lower) || verb.tag === 'aux' && /^(?:is|was|has|had)$/.test(verb.lower));
  if (!finite || /^(?:punct|quote)$/.test(tokens[j + 1]?.tag ?? '')) return false;
  let hasFinite = false;
  for (let k = i - 1; k >= 0 && !BOUNDARY_PUNCT.has(tokens[k].text); k--) {
    const t = tokens[k];
    // "announced in 2019 Norland needed...": a saying verb's clause may come without "that"
    if (SUBORDINATORS.has(t.lower) || t.tag === 'rel' || t.tag === 'conj' || FRAME_VERBS[t.lower]) return false;
    if (t.tag === 'verb' || t.tag === 'aux' || t.tag === 'modal') hasFinite = true;
  }
  return hasFinite;
}

/** "HARBOURTON _ ", "NEW TOWN, Norland -- ": a wire dateline with no agency's name, a place in capitals and a dash or underscore. */
const BARE_DATELINE = /^\p{Lu}{2,}(?:[\s.'-]+\p{Lu}{2,})*(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?\s+(?:_|--)\s+/u;
// (not a body's initials before a dash and the relative clause that describes it: "the Health Agency (NHA) - which
// raised its alert": a wire's story opens with a capital or a quote)
const DATELINE = /^[^\n]{0,200}?\(\p{Lu}[\p{L} .&]{1,30}\)\s*(?:--?|—|–|_)\s+(?!\p{Ll})/u;

/**
 * A title that tells no who-did-what: no verb ("Devastating earthquake"), a verb with nothing before
 * it ("Came the worst storm"), a phrase that opens with a preposition ("In a statement released", "To
 * be published"), or a subject and a bare participle ("Latest figures released").
 */
export function isFragment(title: string): boolean {
  const tokens = tokenize(title).filter((t) => t.tag !== 'quote' && t.tag !== 'punct');
  if (!tokens.length) return true;
  if (!tokens.some((t) => isVerbal(t))) return true;
  const first = tokens[0];
  if (first.tag === 'prep' || first.tag === 'to' || first.tag === 'ving' || first.tag === 'aux') return true;
  // "Fresh from winning the cup", "Keen on selling the firm": a describing word, a preposition and an -ing form, told of no one
  if (first.tag === 'adj' && tokens[1]?.tag === 'prep' && tokens[2]?.tag === 'ving') return true;
  // "Came the worst storm": a verb straight before a determiner has no subject ("Board fired its chairman" has one)
  if (first.tag === 'verb' && (tokens[1]?.tag === 'det' || tokens[1]?.tag === 'adv')) return true;
  const last = tokens[tokens.length - 1];
  // ("released" after a noun is read as a past tense, but the lexicon knows it for a participle)
  const participle = last.tag === 'ven' || last.tag === 'verb' && tokenize(last.lower)[0].tag === 'ven';
  return tokens.length <= 3 && participle && !isVerbal(tokens[tokens.length - 2]) && !tokens.some((t) => t.tag === 'name');
}

/**
 * "With this support, banks should be able to lend": a main clause told whole opens with its subject; a setting
 * fronted before it, a verbless phrase opened by a preposition up to where the picked words jump or a comma
 * stood, goes (when what is left tells a subject and its verb).
 */
function withoutFrontedSetting(tokens: readonly Token[], parts: (number | string)[], skip: Set<number>): (number | string)[] {
  const ids = parts.filter((p): p is number => typeof p === 'number' && tokens[p].tag !== 'quote');
  if (!parts.every((p) => typeof p === 'number') || tokens[ids[0]]?.tag !== 'prep' || APPROXIMATORS.has(tokens[ids[0]].lower)) return parts;
  const end = ids.findIndex((i, n) => n > 0 && (i !== ids[n - 1] + 1 || tokens[i - 1]?.text === ','));
  if (end < 0 || ids.slice(0, end).some((i) => isVerbal(tokens[i]))) return parts;
  const rest = ids.slice(end).filter((i) => tokens[i].text !== ',');
  return toldWithSubject(tokens, rest, new Set([...skip, ...range(0, tokens.length, new Set(rest))])) ? rest : parts;
}

/**
 * Whether words, read with the sentence's tags, open with a subject and go on straight to its verb: "About 40 homes
 * were flooded", "Drilling rig exploded off the coast", "The meeting was set up in May"; not "In a statement issued",
 * "To be published", "Were detected". Only what a reader can follow as one clause counts: at least four words (three
 * say too little to trust the tags: "Quake hit", "Peaks ends"), picked side by side, a finite verb right after the
 * subject's head, and nothing between that opens another clause ("Sandbags which the guard will airlift").
 */
function toldWithSubject(tokens: readonly Token[], ids: number[], skip: Set<number>, dated: Set<number> = new Set()): boolean {
  const words = wordsAmong(tokens, ids);
  // (a title loses the words it cannot end on: "four times what it was" is told "Four times what it")
  while (words.length && TRAILING_JUNK.has(tokens[words[words.length - 1]].lower)) words.pop();
  // ("His term ends in May": three words will do where the date follows them straight, and so is their verb's)
  const last = words[words.length - 1];
  const dateAfter = dated.size > 0 && Math.min(...dated) > last && range(last + 1, Math.min(...dated), new Set()).every((i) => tokens[i].tag === 'prep');
  if (words.length < 3 || words.length === 3 && !dateAfter) return false;
  // (words picked from far apart, "Investigations ... sink into the bay", are no reading of the sentence's; over a
  // relative pronoun, a noun and its clause's verb read as one: "the explosion that set off the spill")
  if (words.some((i, n) => n > 0 && range(words[n - 1] + 1, i, skip).some((j) => !/^(?:punct|quote|rel)$/.test(tokens[j].tag)))) return false;
  const [first, second] = [tokens[words[0]], tokens[words[1]]];
  const approximate = APPROXIMATORS.has(first.lower) && second.tag === 'num';
  // ("In a statement released on Friday", "DENVER -- In a deal signed on Monday": what a preposition governs is its
  // object, a participle describing it, not a subject and its verb; a capital after a dateline's dash reads as a name.
  // Not a preposition that opens a clause, "after Canada's term ends", nor a noun that a relative clause tells of)
  const governed = isPreposition(first.lower) || (tokens[words[0] - 1]?.tag === 'prep' && !CLAUSE_PREPOSITIONS.has(tokens[words[0] - 1].lower));
  if (!approximate && governed && !range(words[0], words[words.length - 1], new Set()).some((i) => tokens[i].tag === 'rel')) return false;
  // ("Drilling rig", "Building 100": an -ing word before a noun describes it; "the meeting": after an article it is one)
  const describing = first.tag === 'ving' && (/^(?:noun|name|num)$/.test(second.tag) || /^(?:det|poss)$/.test(tokens[words[0] - 1]?.tag ?? ''));
  if (!/^(?:det|adj|noun|name|num|poss|pron)$/.test(first.tag) && !approximate && !describing) return false;
  // the first finite verb ("The latest figures, released in May," have a describer, no verb), right after the head
  const verb = words.findIndex((i, n) => n > 0 && /^(?:verb|aux|modal)$/.test(tokens[i].tag));
  // ("The meeting was set up in May": an -ing word after its article is the subject's head noun)
  const head = tokens[words[verb - 1]];
  const ingNoun = head?.tag === 'ving' && /^(?:det|poss)$/.test(tokens[words[verb - 1] - 1]?.tag ?? '');
  if (verb < 1 || !(/^(?:noun|name|pron|num)$/.test(head.tag) || ingNoun)) return false;
  const subject = words.slice(0, verb).map((i) => tokens[i]);
  // (no clause opened inside the subject, nor a pronoun after its noun: "its merger with Amoco it employs" runs two on)
  if (subject.some((t, n) => /^(?:rel|sub)$/.test(t.tag) || n > 0 && t.tag === 'pron')) return false;
  // (no bare noun straight after the verb, which is then more likely a noun's modifier: "the report set release")
  return tokens[words[verb + 1]]?.tag !== 'noun';
}

/**
 * Whether words, read with the sentence's tags, tell a subject and its own verb: a finite verb (not an infinitive's,
 * "to prepare"; not a participle describing a noun, "hidden from view") with a noun or pronoun before it, and no
 * preposition, infinitive or adverb opening the words ("Part of the agency's efforts", "To bail out the bank").
 */
function subjectAndVerb(tokens: readonly Token[], ids: number[]): boolean {
  const words = wordsAmong(tokens, ids);
  if (words.length < 2) return false;
  const first = tokens[words[0]];
  if (/^(?:prep|to|adv|aux|verb|ven|conj|sub|rel)$/.test(first.tag) || isPreposition(first.lower)) return false;
  // (a past tense straight after its subject's noun may be read as a participle: "volunteers used/ven spades")
  const verb = words.findIndex((i, n) => n > 0 && (/^(?:verb|aux|modal)$/.test(tokens[i].tag) || tokens[i].tag === 'ven' && isNominal(tokens[words[n - 1]])) && tokens[words[n - 1]].tag !== 'to');
  return verb > 0 && words.slice(0, verb).some((i) => isNominal(tokens[i]));
}

/**
 * The sentence told without the dated piece: "The latest figures, released in May, show that..." read
 * as "The latest figures show that...", titled from its first verb outside a relative clause.
 */
function mainClause(tokens: readonly Token[], dated: Set<number>, skip: Set<number>): Pick | null {
  const segments = segmentClauses(tokens, skip);
  const firstDated = Math.min(...dated);
  const piece = segments.find((s) => firstDated >= s.from && firstDated < s.to);
  if (!piece) return null;
  const without = new Set(skip);
  for (let i = piece.from; i < piece.to; i++) without.add(i);
  // the commas around the piece go with it
  if (tokens[piece.to]?.text === ',') {
    without.add(piece.to);
    // "The figures, released in May, show": the subject before the piece joins its verb after it
    const before = segments[segments.indexOf(piece) - 1];
    // "The mayor told reporters, in a radio interview on Monday, that the pier would close": what was told resumes
    // after the aside, so both its commas go, or the "that" after a comma reads as a relative and is cut off
    const resumes = tokens[piece.to + 1]?.lower === 'that' && tokens[piece.from - 1]?.text === ',' && before && FRAME_VERBS[tokens[range(before.from, before.to, skip).filter((i) => /^(?:verb|aux|modal)$/.test(tokens[i].tag)).pop() ?? -1]?.lower ?? ''];
    if (tokens[piece.from - 1]?.text === ',' && before && tokens[before.from].tag !== 'prep' && (!hasVerb(tokens, before.from, before.to, skip) || resumes)) without.add(piece.from - 1);
  }
  // ('He told the radio, in an interview aired on Monday: "We will rebuild"': the same before a colon and a quotation,
  // the colon staying with what was told)
  const saidBefore = segments[segments.indexOf(piece) - 1];
  if (tokens[piece.to]?.text === ':' && tokens[piece.to + 1]?.tag === 'quote' && tokens[piece.from - 1]?.text === ',' && saidBefore && FRAME_VERBS[tokens[range(saidBefore.from, saidBefore.to, skip).filter((i) => /^(?:verb|aux|modal)$/.test(tokens[i].tag)).pop() ?? -1]?.lower ?? '']) without.add(piece.from - 1);
  const rest = segmentClauses(tokens, without);
  for (const seg of rest) {
    if (seg.lead && (RELATIVES.has(seg.lead) || LEADING_JUNK.has(seg.lead))) continue;
    const verb = range(seg.from, seg.to, without).find((i) => isVerbal(tokens[i]));
    if (verb !== undefined) return pickClause(tokens, new Set([verb]), without);
  }
  return null;
}

/** Words that sharpen the phrase after them, and say nothing once it is cut: "protect the river just | as oil began". */
const SHARPENING = words('just only even shortly right mid');

/**
 * "to protect the river just | as oil began washing ashore", "the heads of state will meet shortly | before the vote":
 * where the title is cut before the sentence goes on, a word that only sharpened what was cut goes with it.
 */
function dropDanglingTail(tokens: readonly Token[], parts: (number | string)[]): (number | string)[] {
  const at = (n: number) => (typeof parts[n] === 'number' ? (parts[n] as number) : -1);
  // the last word the title will keep: a preposition or opener after it ("shortly before | noon") is tidied away
  let last = parts.length - 1;
  while (last > 0 && last >= parts.length - 2 && at(last) > 0 && (TRAILING_JUNK.has(tokens[at(last)].lower) || tokens[at(last)].tag === 'punct') && at(last) === at(last - 1) + 1) last--;
  let end = last + 1;
  // (only where the sentence goes on past the title: what follows was cut)
  if (at(parts.length - 1) < 0 || parts.includes(at(parts.length - 1) + 1) || !tokens[at(parts.length - 1) + 1]) return parts;
  while (end > 1 && at(end - 1) >= 0) {
    const t = tokens[at(end - 1)];
    const next = tokens[at(end - 1) + 1];
    // (not "It was only": after "be" it is what is said of the subject)
    // ("done something right": "right" sharpens only a phrase of time, "right after the vote")
    // ("will withdraw only | if the others do": before a condition it restricts the deed, and the title keeps it)
    if (!SHARPENING.has(t.lower) || /^(?:is|was|are|were|be|been)$/.test(tokens[at(end - 1) - 1]?.lower ?? '') || t.lower === 'right' && !/^(?:before|after|as|until|since|through|into)$/.test(next.lower) || /^(?:if|unless|provided|when|once)$/.test(next.lower)) break;
    end--;
  }
  return end === last + 1 ? parts : parts.slice(0, end);
}

/**
 * Nouns that name something said, known or feared, whose "that" clause tells what: "signs | that the pipe was
 * blocked", "the rumour | that a flood was coming". Cut before it, the noun says nothing.
 */
const CONTENT_NOUNS = words(
  'fact news word evidence sign signs speculation assertion assertions announcement claim claims accusation accusations ' +
    'allegation allegations rumor rumors rumour rumours report reports hope hopes fear fears concern concerns worry worries ' +
    'warning warnings guarantee guarantees assurance assurances suggestion suggestions indication indications belief beliefs ' +
    'notion idea possibility prospect recommendation confirmation proof admission suspicion suspicions impression guidance ' +
    'reassurance reassurances pledge pledges promise promises',
);

/**
 * The head before a cut that leans on the "that" clause after it: a noun that names something said or known ("signs"),
 * "the one" or "the second time (in five days)", which the clause tells which; or a verb that takes a clause, after its
 * object or a place ("informed the mayor", "testified in the capital"). Not a relative clause describing a noun
 * already told: "issued a report | that found..." may stop there.
 */
function clauseHead(tokens: readonly Token[], parts: (number | string)[], at: number, that: number): boolean {
  // ("indicates indirectly | that": an adverb between the verb and its clause is the verb's)
  const last = tokens[at].tag === 'adv' && /ly$/.test(tokens[at].lower) && isVerbal(tokens[at - 1]) && takesClause(tokens[at - 1].lower) ? at - 1 : at;
  const head = tokens[last];
  // (a complement: "that" and a subject, not "that" and a verb, which is a relative describing the noun)
  // ("that cooked pork was safe", "that well-cooked pork was safe": a participle before a noun describes it, as does a
  // compound ending in one, whatever its tag)
  const [after, next] = [tokens[that + 1], tokens[that + 2]];
  const compound = /^\p{L}+-\p{L}+(?:ed|en|ing)$/u.test(after?.text ?? '');
  const describing = (/^(?:ving|ven)$/.test(after?.tag ?? '') || compound) && /^(?:noun|name|adj)$/.test(next?.tag ?? '');
  const complement = !!after && (describing || !isVerbal(after) && !/^(?:adv|ving)$/.test(after.tag));
  if (head.tag === 'noun' && CONTENT_NOUNS.has(head.lower) && complement) return true;
  // "the one | that", "the second time in five days | that": back over a short phrase of place or time to the head
  let p = last;
  while (p > last - 4 && /^(?:num|det|adj|noun)$/.test(tokens[p]?.tag ?? '')) p--;
  const h = tokens[p]?.tag === 'prep' && p < last ? p - 1 : last;
  const before = tokens[h - 1];
  if (tokens[h]?.lower === 'one' && before && /^(?:the|this)$/.test(before.lower)) return true;
  if (tokens[h]?.lower === 'time' && before && (isOrdinalWord(before.lower) || /^(?:only|next)$/.test(before.lower))) return true;
  if (!complement) return false;
  // "stressed | that", "apologised for saying | that": a verb, or a preposition's verb in -ing, straight before "that"
  // and a subject takes the clause as its object (a participle's tail, "sent a letter explaining | that", goes as a
  // whole: see `dropThatParticiple`)
  // ("delivered a speech arguing | that", "apologised, saying | that": a participle of a verb that takes a clause tells
  // what the speech or the apology said)
  // "the defence's position was | that the driver slept", "the trouble is | that": a copula after its subject, with no
  // verb after it, takes the clause as its complement; cut before it, the subject's "was" tells nothing
  if (head.tag === 'aux' && /^(?:is|was|are|were)$/.test(head.lower) && complement && /^(?:noun|name)$/.test(tokens[last - 1]?.tag ?? '')) return true;
  if (isVerbal(head) || head.tag === 'ving' && (tokens[last - 1]?.tag === 'prep' || takesClause(head.lower))) return head.tag !== 'aux';
  // "informed the mayor | that", "testified in the capital | that": a verb that takes a clause, over its object or a place
  // (not a passive's: "were warned by the coastguard | that" is told the other way round, see `toldWhat`)
  const kept = parts.filter((q): q is number => typeof q === 'number');
  const v = kept.findLastIndex((i) => isVerbal(tokens[i]) || tokens[i].tag === 'ving');
  // (an abbreviation's dot is inside its name: "warned U.S. officials | that")
  if (v < 0 || kept.length - 1 - v > 6 || kept.slice(v + 1).some((i) => !/^(?:det|adj|noun|name|num|poss|pron|prep)$/.test(tokens[i].tag) && !closesAbbreviation(tokens, i))) return false;
  const passive = tokens[kept[v] - 1]?.tag === 'aux' && /^(?:is|are|was|were|be|been|being)$/.test(tokens[kept[v] - 1].lower);
  return tokens[kept[v]].tag !== 'ving' && !passive && CLAUSE_TAKING.has(tokens[kept[v]].lower);
}

/** Verbs whose "that" clause tells what is asked for: "demanded that the pier be closed", "urging that talks resume". */
const DEMANDING = words('demand urge request ask');

/** Whether the participle `word` tells what was said or asked: "saying", "warning", "demanding", "urging". */
function asksOrTells(word: string): boolean {
  const stem = word.replace(/ing$/, '');
  return takesClause(word) || DEMANDING.has(stem) || DEMANDING.has(`${stem}e`);
}

/** Whether `word` is a verb that takes a clause ("say", "argued"), or its participle in -ing ("saying", "arguing"). */
function takesClause(word: string): boolean {
  const stem = word.replace(/ing$/, '');
  return CLAUSE_TAKING.has(word) || word !== stem && (CLAUSE_TAKING.has(stem) || CLAUSE_TAKING.has(`${stem}e`));
}

/**
 * "Officials studied the cap for signs | that it was clogged", "marked the second time in five days | that a bank
 * failed", "informed the mayor | that the fair was off": a title that stops before the "that" clause its last head needs
 * says nothing of what was seen, which time, or what was told; the clause is kept, with its "that", when the title with
 * it reads whole once `shorten` has made room inside ("testified in the capital | that": the setting goes before the
 * content does). Too long whole, it is told up to its latest phrase that fits after its verb ("news that the firm is
 * to delay a decision | on its dividend"); where none fits, the title stays as it was. `afterParticiple`: `parts` already
 * end in a participle that takes the clause ("wrote to the mayor, | asking | that"), so its "that" needs no other head.
 */
function keepNeededClause(text: string, tokens: readonly Token[], parts: (number | string)[], skip: Set<number>, afterParticiple = false): (number | string)[] {
  const last = endingWord(parts);
  if (last === undefined) return parts;
  // the next word the title did not keep, over the date's own words ("a false rumour on Tuesday | that")
  let that = last + 1;
  while (that < tokens.length && skip.has(that) && tokens[that].tag !== 'punct') that++;
  // "wrote to the mayor on Monday, | asking that the pier be closed": after a saying that tells only who heard it, a
  // participle that takes a clause, set off by its comma, tells what was written or said, and is kept with its clause
  // (not after a saying that ends the title: "Ana Ruiz said on Monday, | urging that" is no "Ana Ruiz said urging that")
  const said = parts.findLast((p): p is number => typeof p === 'number' && isVerbal(tokens[p]));
  const participle = tokens[that + 1];
  // (the tagger may read one after a name for a describing word: "Ana Ruiz, | demanding that")
  if (!afterParticiple && tokens[that]?.text === ',' && !skip.has(that + 1) && /^\p{Ll}+ing$/u.test(participle?.text ?? '') && tokens[that + 2]?.lower === 'that' && asksOrTells(participle.lower) && said !== undefined && said < last && FRAME_VERBS[tokens[said].lower]) {
    const withParticiple = keepNeededClause(text, tokens, [...parts, that + 1], skip, true);
    return withParticiple.length > parts.length + 1 ? withParticiple : parts;
  }
  if (tokens[that]?.lower !== 'that' || skip.has(that)) return parts;
  const clauses = segmentClauses(tokens, skip);
  const at = clauses.findIndex((s) => s.from === that);
  if (at < 0 || !hasVerb(tokens, that + 1, clauses[at].to, skip)) return parts;
  if (!afterParticiple && !clauseHead(tokens, parts, last, that)) return parts;
  const to = pastInnerAsides(tokens, clauses, at);
  let told = range(that, to, skip);
  // ("told the crew that the pumps had stopped the leak | but that the repair would take weeks": a second "that"
  // clause joined by "and" or "but" is a statement of its own, and the first may stop before it, with its joining word)
  const secondThat = (n: number) => /^(?:and|but)$/.test(tokens[told[n]]?.lower ?? '') && tokens[told[n] + 1]?.lower === 'that';
  if (told.length > 2 && secondThat(told.length - 1)) told = told.slice(0, -1);
  // (the title's own verb and the "that" stay whatever goes to make room: "Bank announced in the capital that..." is not
  // to lose "announced")
  const verbOf = parts.findLast((p): p is number => typeof p === 'number' && (isVerbal(tokens[p]) || tokens[p].tag === 'ving'));
  const readsWhole = (ids: number[]) => toldWhole(text, tokens, [...parts, ...ids], verbOf === undefined ? [that] : [verbOf, that]);
  let sentenceEnd = range(to, tokens.length, skip).every((i) => /^(?:punct|quote)$/.test(tokens[i].tag));
  // too long whole, the clause ends before a later phrase that leaves it complete, after its verb and what follows it
  const verb = told.findIndex((i, n) => n > 1 && finiteAt(tokens, i, told.slice(n + 1)));
  if (!readsWhole(told) && verb > 0) {
    let n = told.length - 1;
    // (and, too long whole, before a second participle so joined: "demanding that the pier be closed | and saying ...")
    const secondPart = (n: number) => secondThat(n) || tokens[told[n]].lower === 'and' && /^\p{Ll}+ing$/u.test(tokens[told[n] + 1]?.text ?? '') && told[n - 1] === told[n] - 1;
    while (n > verb + 1 && !(secondPart(n) && readsWhole(told.slice(0, n))) && (!/^(?:prep|to)$/.test(tokens[told[n]].tag) || tokens[told[n]].lower === 'of' || !completeBefore(tokens, told[n]) || !readsWhole(told.slice(0, n)))) n--;
    told = told.slice(0, n);
    sentenceEnd = false;
  }
  // ('saying that "I want my life back,"': a quotation the clause opens closes after its comma, with its mark)
  const quoteMarks = told.filter((i) => tokens[i].tag === 'quote').length;
  if (sentenceEnd === false && quoteMarks % 2 === 1 && told[told.length - 1] === to - 1 && tokens[to]?.text === ',' && tokens[to + 1]?.tag === 'quote') told = [...told, to + 1];
  // (a quotation it opens and cannot close is cut inside: 'would be "here today, | tomorrow and..."')
  else if (quoteMarks % 2 === 1) return parts;
  // told whole up to a phrase, or not at all: a clause cut short ("that he might order a new") or a title cut with "…"
  // tells less
  const end = tokens[told[told.length - 1]];
  // (a describing word after "was" or "is" is the complement it ends on: "that the driver was asleep")
  const predicative = end.tag === 'adj' && /^(?:is|was|are|were|be|been)$/.test(tokens[told[told.length - 2]]?.lower ?? '');
  if (!readsWhole(told) || !sentenceEnd && !predicative && /^(?:adj|det|poss|prep|conj|to|adv|verb|aux|modal)$/.test(end.tag)) return parts;
  return [...parts, ...told];
}

/** The word a title's parts end on, when it is the latest of the sentence's words they keep (a title that may go on after it); undefined otherwise. */
function endingWord(parts: (number | string)[]): number | undefined {
  const last = parts[parts.length - 1];
  return typeof last === 'number' && !parts.some((p) => typeof p === 'number' && p > last) ? last : undefined;
}

/**
 * "he might order a new, | but less sweeping, | moratorium on operations": where the clause at `at` stops at a comma
 * inside its phrase (on a describing word, a determiner or a preposition), the pieces set off after it belong to it, up
 * to the first that ends on a word a phrase may end on; the end of the clause so found (its own end if none).
 */
function pastInnerAsides(tokens: readonly Token[], clauses: Segment[], at: number): number {
  let k = at;
  const open = (s: Segment) => /^(?:adj|det|poss|prep)$/.test(tokens[s.to - 1]?.tag ?? '') && tokens[s.to]?.text === ',';
  while (open(clauses[k]) && clauses[k + 1]?.from === clauses[k].to + 1 && k - at < 3) k++;
  return open(clauses[k]) ? clauses[at].to : clauses[k].to;
}

/**
 * Whether the word at `i` is a clause's own verb: not an infinitive's ("to break"), nor a participle describing the noun
 * before it, with the clause's verb among the words `after` ("dispersants used | to break the stream | may have").
 */
function finiteAt(tokens: readonly Token[], i: number, after: number[]): boolean {
  if (!isVerbal(tokens[i]) || tokens[i - 1]?.tag === 'to') return false;
  return !describingParticiple(tokens, i) || !after.some((j) => /^(?:aux|modal)$/.test(tokens[j].tag));
}

/**
 * Whether the title of `parts` is told to its last word once `shorten` has done what it can inside it (no "…", no end
 * cut), keeping the words at `needed`: the verb and the "that" it leans on (what goes to make room is what carries least).
 */
function toldWhole(text: string, tokens: readonly Token[], parts: (number | string)[], needed: number[]): boolean {
  const title = tidy(render(text, tokens, parts));
  const short = shorten(title);
  const lastWord = (s: string) => s.replace(/[\s.,;:"”’'…]+$/u, '').split(' ').pop();
  const kept = new Set(short.toLowerCase().split(/\s+/u));
  return !short.endsWith('…') && lastWord(short) === lastWord(title) && needed.every((i) => kept.has(tokens[i].lower));
}

/**
 * Words that open what follows them and cannot end a clause, even before a comma: a subject pronoun ("explained why
 * he | , and others, would"), a word that opens a question or a clause ("on when", "a quarter of what").
 */
const OPENING_WORDS = new Set([...words('he she they we i if'), ...QUESTION_WORDS]);
/** Words that lead into the word after them, unless a mark follows: "said those | who", "paused so | that", "as much | as". */
const LEADING_WORDS = words('that so much those these');
/** Words that only sharpen or limit the word after them: "only hours | before", "something that's never | before been needed". */
const FOCUS_WORDS = words('only just even particularly never');
/** Plural units that measure the phrase of time after them: "only hours | before the tests", "days | after the vote" (the lexicon's units of time). */
const MEASURED_UNIT = new RegExp(`^${UNIT}s$`);
/** Tags of words that lead into a phrase or clause after them: "made on | when", "paused so | that". */
const LEADING_TAGS = /^(?:prep|to|det|sub|rel)$/;

/**
 * Whether the word at `last` leads into the words after it, so a title that stops there stops mid-clause: a word
 * that cannot end a clause; a preposition, "to", a determiner or an opener with words after it (not a verb's
 * particle, "broke off | at noon", nor an adverb before a mark, "three times before | ,"); a focus word; a measure
 * of time before "before" or "after".
 */
function leadsOn(tokens: readonly Token[], last: number): boolean {
  const [t, next] = [tokens[last], tokens[last + 1]];
  if (!next || next.tag === 'punct' && next.text !== ',') return false;
  if (OPENING_WORDS.has(t.lower)) return true;
  if (next.tag === 'punct') return false;
  if (LEADING_WORDS.has(t.lower) || FOCUS_WORDS.has(t.lower)) return true;
  if (LEADING_TAGS.test(t.tag)) return !endsWithParticle(tokens.slice(Math.max(0, last - 3), last + 1).map((w) => w.text).join(' '));
  return MEASURED_UNIT.test(t.lower) && /^(?:before|after)$/.test(next.lower);
}

/** Whether `t` opens a clause that wants its own verb: "that", "why", "if", "as" ... */
const opensOwnClause = (t: Token) => t.tag === 'sub' || t.tag === 'rel' || /^(?:why|how|whether|what|when|where|if|that)$/.test(t.lower);

/**
 * "a storm so fierce | that the ferry stayed in port", "a welcome so warm | on Monday | that she stayed": a title
 * stopping on "so" and the word it measures leaves the measure open; the "that" telling the result, past a date the
 * title leaves out, is where the clause goes on (its index, else -1).
 */
function resultThat(tokens: readonly Token[], last: number, skip: Set<number>): number {
  // (the tagger may read the measured word as a noun after "so", or "so" as a clause's opener: not after a comma,
  // "the rain stopped, so crews | that ...")
  if (tokens[last - 1]?.lower !== 'so' || !/^(?:adj|adv|noun|ven)$/.test(tokens[last].tag) || !/^\p{Ll}/u.test(tokens[last].text) || !tokens[last - 2] || tokens[last - 2].tag === 'punct') return -1;
  let j = last + 1;
  while (skip.has(j)) j++;
  return tokens[j]?.lower === 'that' ? j : -1;
}

/**
 * "Experts told reporters one of the drugs, code-named XR2, | showed promise": a title that stops on the subject of
 * the clause its saying verb took (no "that"), where the sentence goes on, past a comma and an aside set off by
 * commas (a name, or a relative, "which has killed nine people"), to that clause's own verb, stops before what was said.
 */
function reportedSubjectCut(tokens: readonly Token[], parts: (number | string)[], last: number, skip: Set<number>): boolean {
  if (!/^(?:noun|name|num)$/.test(tokens[last].tag) || tokens[last + 1]?.text !== ',' || skip.has(last + 1)) return false;
  const kept = parts.filter((p): p is number => typeof p === 'number');
  const v = kept.findLastIndex((i) => isVerbal(tokens[i]) || tokens[i].tag === 'ving');
  const verb = tokens[kept[v]];
  // (after the saying verb only a noun phrase or two, its hearer and what was said's subject: "told a news conference
  // one of the drugs")
  // (not a passive's, "were found on the peninsula")
  const passive = /^(?:is|are|was|were|be|been|being)$/.test(tokens[kept[v] - 1]?.lower ?? '');
  if (v < 0 || !CLAUSE_TAKING.has(verb.lower) || CAUSATIVES.has(verb.lower) || verb.tag === 'ven' || passive) return false;
  const after = kept.slice(v + 1);
  if (!after.some((i) => /^(?:noun|name|pron)$/.test(tokens[i].tag)) || after.some((i) => /^(?:ving|to|sub|rel|quote)$/.test(tokens[i].tag) || tokens[i].text === ':')) return false;
  // past an aside closed by its comma (its own finite verbs only in a relative: "carrying 40 people", "a scheme to cut
  // costs"), the clause's finite verb
  let k = last + 2;
  if (!isVerbal(tokens[k])) {
    const relative = /^(?:which|who)$/.test(tokens[k]?.lower ?? '');
    while (k < tokens.length && k - last < 14 && !skip.has(k) && tokens[k].text !== ',' && tokens[k].tag !== 'quote' && !/^[.;:!?()—–]$/.test(tokens[k].text) && (relative || !isVerbal(tokens[k]) && !/^(?:conj|sub|rel)$/.test(tokens[k].tag) || tokens[k - 1].tag === 'to')) k++;
    if (tokens[k]?.text !== ',' || skip.has(k)) return false;
    k++;
  }
  // (not a saying put before its speaker after what was said, ", said the captain": that verb is the sentence's own)
  const finite = tokens[k];
  const speaker = tokens[k + 1];
  const inverted = !!FRAME_VERBS[finite?.lower ?? ''] && !!speaker && (/^(?:name|det|poss|pron)$/.test(speaker.tag) || /^\p{Lu}/u.test(speaker.text));
  return !!finite && !skip.has(k) && /^(?:verb|aux|modal)$/.test(finite.tag) && /^\p{Ll}/u.test(finite.text) && !inverted;
}

/**
 * "a saver explained why he | , and others, would protest", "A decision will be made on | when to reopen the school",
 * "paused the well so | that its valve was free": a clause picked or cut so that it stops on a word that leads into
 * what follows tells half a thought; it goes on to the end of what that word leads into: the sentence's end, a stop,
 * or the first comma where each clause opened has its verb ("that, as they tried to revive him, | the doctor failed"
 * goes on past the first comma), or, when that is too long, the latest phrase boundary within `MAX_WHOLE_TITLE` where
 * it is complete. Where there is none, a measure of time left hanging goes ("exams only hours | before the tests"
 * → "exams"); any other title stays as it was.
 */
function completeClauseEnd(text: string, tokens: readonly Token[], parts: (number | string)[], skip: Set<number>): (number | string)[] {
  const last = endingWord(parts);
  if (last === undefined) return parts;
  const result = resultThat(tokens, last, skip);
  const subject = result < 0 && reportedSubjectCut(tokens, parts, last, skip);
  if (result < 0 && !subject && (skip.has(last + 1) || !leadsOn(tokens, last))) return parts;
  // (the room counted on the title as it will read, from the words it has)
  let chars = tidy(render(text, tokens, parts)).length;
  const more: number[] = [];
  let [opened, verbs] = [opensOwnClause(tokens[last]) || subject ? 1 : 0, 0];
  // (the latest place within the room where what was opened is complete, should the whole not fit)
  let fits = 0;
  let closed = false;
  for (let k = result < 0 ? last + 1 : result; k <= tokens.length; k++) {
    const t = tokens[k];
    // (a quotation's closing mark ends what it quoted: '"... in one way or another," | he says')
    if (!t || /^[.;:!?—–]$/.test(t.text) || (t.text === ',' || t.tag === 'quote') && verbs >= opened && verbs > 0) {
      closed = true;
      break;
    }
    // (words the title leaves out, a date or an aside, end it as a mark does once what was opened has its verb)
    if (skip.has(k) || t.tag === 'quote') {
      closed = verbs >= opened && verbs > 0;
      break;
    }
    const boundary = t.text === ',' || /^(?:prep|conj|sub|rel|to)$/.test(t.tag);
    if (boundary && chars <= MAX_WHOLE_TITLE && verbs >= opened && more.length && completeBefore(tokens, k)) fits = more.length;
    more.push(k);
    chars += t.text.length + 1;
    if (opensOwnClause(t)) opened++;
    if (/^(?:verb|aux|modal)$/.test(t.tag) && !/^(?:to|aux|modal)$/.test(tokens[k - 1]?.tag ?? '')) verbs++;
  }
  const whole = closed && chars <= MAX_WHOLE_TITLE;
  if (whole || fits) {
    const told = whole ? more : more.slice(0, fits);
    while (told.length && (tokens[told[told.length - 1]].tag === 'punct' || leadsOn(tokens, told[told.length - 1]))) told.pop();
    if (told.length) return [...parts, ...told];
  }
  return dropHangingMeasure(tokens, parts);
}

/**
 * "the board said it has chosen Ann Roe, who ran the port for ten years, to become its chair": a title ending on the
 * person named as an object, before an aside about them, goes on to what they were picked to do, past the aside
 * (`infinitiveAfterAside`), wherever the clause was picked ("...has chosen Ann Roe to become its chair").
 */
function taskPastAside(tokens: readonly Token[], parts: (number | string)[], skip: Set<number>): (number | string)[] {
  const last = endingWord(parts);
  if (last === undefined) return parts;
  const segments = segmentClauses(tokens, skip);
  const k = segments.findIndex((s) => s.from <= last && last < s.to);
  const task = k < 0 ? [] : infinitiveAfterAside(tokens, segments, k, [last], skip);
  return task.length ? [...parts, ...task] : parts;
}

/**
 * "The boy was found near the harbour after his father, uncle and cousin drowned": a title that stops at a comma inside
 * the subject of a clause opened by "after", "before", "as", "since" or "until" (the clause's verb comes after the
 * comma) tells half of it, and reads as if the boy were found after his father; the opener and its words go, where what
 * is left is a clause of its own.
 */
function dropCutSubjectOpener(tokens: readonly Token[], parts: (number | string)[], skip: Set<number>): (number | string)[] {
  const last = endingWord(parts);
  if (last === undefined || tokens[last + 1]?.text !== ',' || skip.has(last + 1)) return parts;
  let n = parts.length - 1;
  while (n > 0 && typeof parts[n] === 'number' && /^(?:det|poss|adj|noun|name)$/.test(tokens[parts[n] as number].tag)) n--;
  const opener = parts[n];
  if (n === parts.length - 1 || typeof opener !== 'number' || !CLAUSE_PREPOSITIONS.has(tokens[opener].lower) || opener !== (parts[n + 1] as number) - 1) return parts;
  // (after the comma, more of the subject, nouns joined by commas and "and", up to the clause's own verb)
  let k = last + 1;
  while (k < tokens.length && !skip.has(k) && (tokens[k].text === ',' || /^(?:det|poss|adj|noun|name|conj)$/.test(tokens[k].tag))) k++;
  if (!tokens[k] || !/^(?:verb|aux|modal)$/.test(tokens[k].tag) || !range(last + 1, k, new Set()).some((i) => tokens[i].tag === 'conj')) return parts;
  const kept = parts.slice(0, n);
  const words = kept.filter((p): p is number => typeof p === 'number');
  return words.length >= 3 && words.some((i) => isVerbal(tokens[i])) ? kept : parts;
}

/** "exams only hours | before the tests" → "exams": a measure of time whose phrase was cut goes, with the word that limits it. */
function dropHangingMeasure(tokens: readonly Token[], parts: (number | string)[]): (number | string)[] {
  let end = parts.length;
  const at = (n: number) => (typeof parts[n] === 'number' ? tokens[parts[n] as number] : undefined);
  if (at(end - 1) && MEASURED_UNIT.test(at(end - 1)!.lower)) {
    end--;
    while (end > 0 && at(end - 1) && /^(?:num|det|adj)$/.test(at(end - 1)!.tag) && !FOCUS_WORDS.has(at(end - 1)!.lower)) end--;
  }
  // (only a word that limits the measure, "only | hours": "never" would turn the clause round)
  if (end < parts.length && end > 0 && at(end - 1) && /^(?:only|just|even)$/.test(at(end - 1)!.lower)) end--;
  // (a title of two or three words left would tell less than the one that hangs)
  return end < parts.length && parts.slice(0, end).filter((p) => typeof p === 'number').length >= 4 ? parts.slice(0, end) : parts;
}

/** A short title for the happening that `timex` dates in `sentence`. */
/** "Acme Corp.'s loss": the tokenizer's quote mark between an abbreviation's dot and "s" is the possessive's, no quotation. */
function abbreviatedPossessives(tokens: readonly Token[]): readonly Token[] {
  if (!tokens.some((t, i) => t.tag === 'quote' && tokens[i - 1]?.text === '.' && tokens[i - 1].end === t.start && tokens[i + 1]?.lower === 's' && tokens[i + 1].start === t.end)) return tokens;
  return tokens.map((t, i) => (t.tag === 'quote' && tokens[i - 1]?.text === '.' && tokens[i - 1].end === t.start && tokens[i + 1]?.lower === 's' && tokens[i + 1].start === t.end ? { ...t, tag: 'punct' } : t));
}

export function eventTitle(sentence: Sentence, timex: Timex, words?: readonly TaggedWord[], otherDates: readonly Timex[] = []): string {
  return eventTitles(sentence, timex, words, otherDates).title;
}

/**
 * The title, and the words merging compares it by: the same, except where a title that only says its
 * subject took place is told by what the subject did ("Hearings took place" → "Hearings centred on the
 * budget"), which merging still reads as the happening taking place, as other tellings of it say; where a
 * planned second verb is left out; where a long title dropped its articles to stay whole; and where a "that" clause
 * its last head needed was kept ("raised accusations that Ana Ruiz had lied"), which merging reads without it.
 */
export function eventTitles(sentence: Sentence, timex: Timex, words?: readonly TaggedWord[], otherDates: readonly Timex[] = []): { title: string; match: string } {
  const tokens = abbreviatedPossessives(words ? refineTags(sentence.tokens, words) : sentence.tokens);
  if (!tokens.length) return { title: '', match: '' };
  const kept = titlesKeepingYears(sentence, tokens, timex, words, otherDates, true);
  if (![timex, ...otherDates].some((d) => keptOnlyWhenKeeping(tokens, d.start - sentence.start, d.end - sentence.start))) return kept;
  // (a year kept inside a noun phrase only adds its words: when the longer title had to be cut or squeezed
  // differently, "in the 2008 market crash" pushing out the title's end, the title without it is told)
  const without = titlesKeepingYears(sentence, tokens, timex, words, otherDates, false);
  return withoutYears(kept.title) === withoutYears(without.title) ? kept : without;
}

/** Whether the date at [from, to) is a year that says which thing and stays only when such years are kept. */
function keptOnlyWhenKeeping(tokens: readonly Token[], from: number, to: number): boolean {
  const ids = [...overlapping(tokens, from, to)];
  if (!ids.length) return false;
  const [first, last] = [ids[0], ids[ids.length - 1]];
  return namesWhichYear(tokens, first, last) && !(first === last && /^an?$/.test(tokens[first - 1].lower));
}

/** A year written before a word, with a month before it if any: "1918 ", "October 1957 ". */
const YEAR_BEFORE_WORD = new RegExp(`\\b(?:(?:${MONTH_NAMES.join('|')})\\s+)?${WRITTEN_YEAR}\\s+`, 'giu');

/** A title's words with its years (and a month before one) and a leading "the" left out, to compare two tellings. */
function withoutYears(title: string): string {
  return title.replace(YEAR_BEFORE_WORD, '').replace(/^the\s+/iu, '').toLowerCase();
}

/** eventTitles, keeping a year that says which thing (see namesWhichYear) or only one after "a" (`keepYears` false). */
function titlesKeepingYears(sentence: Sentence, tokens: readonly Token[], timex: Timex, words: readonly TaggedWord[] | undefined, otherDates: readonly Timex[], keepYears: boolean): { title: string; match: string } {
  const text = sentence.text;
  const dated = dateTokens(tokens, timex.start - sentence.start, timex.end - sentence.start, keepYears);
  const ownDate = overlapping(tokens, timex.start - sentence.start, timex.end - sentence.start);
  const skip = new Set([...dated, ...parentheticals(tokens, ownDate)]);
  // "Work on the well started on 2 May, with the second on 16 May": the sentence's other dates belong
  // to their own happenings and are left out with their lead-ins, as this one's are
  const otherDateWords = new Set<number>();
  for (const other of otherDates) {
    if (other.start === timex.start && other.end === timex.end) continue;
    // "the winner of this year's prize": a date in the possessive is part of its noun phrase
    if (/^['’]s\b/u.test(text.slice(other.end - sentence.start))) continue;
    const words = dateTokens(tokens, other.start - sentence.start, other.end - sentence.start, keepYears);
    for (const i of words) if (!ownDate.has(i) && !skip.has(i)) otherDateWords.add(i);
    // "in the late 1990s and early 2000s": the "and" joining the other date to this one goes with it
    if (words.size) {
      const [first, last] = [Math.min(...words), Math.max(...words)];
      if (first > 1 && /^(?:and|or)$/.test(tokens[first - 1].lower) && dated.has(first - 2)) otherDateWords.add(first - 1);
      if (/^(?:and|or)$/.test(tokens[last + 1]?.lower ?? '') && dated.has(last + 2)) otherDateWords.add(last + 1);
    }
  }
  for (const i of otherDateWords) skip.add(i);
  // "in the quarter ended Sept. 30", "for the nine months ending in June": the participle that dates the period
  // goes with its date
  for (const [p, t] of tokens.entries()) {
    const period = tokens[p - 1]?.lower ?? '';
    if (skip.has(p) || !/^(?:ended|ending)$/.test(t.lower) || !TIME_NOUNS.has(period.replace(/s$/, '')) && !/^(?:quarter|half|months)$/.test(period)) continue;
    let q = p - 2;
    while (q > 0 && /^(?:adj|num|noun)$/.test(tokens[q].tag)) q--;
    // (the period itself left out as a date, or the participle's date left out after the period in a phrase)
    // (not the sentence's only verb: "The quarter ended with a loss")
    const otherVerb = tokens.some((u, j) => j !== p && !skip.has(j) && isVerbal(u));
    if (otherVerb && (skip.has(p - 1) || skip.has(p + 1) && tokens[q]?.tag === 'det' && tokens[q - 1]?.tag === 'prep')) skip.add(p);
  }
  // "CITY | Mon May 24, 2010 4:56 pm EDT CITY (Agency) - ..." or "CITY (Agency)_ ...": a dateline run into the lead is not the lead's words.
  const dateline = DATELINE.exec(text) ?? BARE_DATELINE.exec(text);
  if (dateline && dateline[0].length <= timex.start - sentence.start) for (const [i, t] of tokens.entries()) if (t.end <= dateline[0].length) skip.add(i);
  // a date in or before a caption's heading: what came before the heading is not this text
  const headings = capitalRuns(tokens);
  const lastHeading = headings.length ? headings[headings.length - 1] : -1;
  const dateAt = ownDate.size ? Math.min(...ownDate) : -1;
  for (const i of headings) skip.add(i);
  if (dateAt >= 0 && dateAt <= lastHeading) for (let i = 0; i < lastHeading; i++) skip.add(i);
  // "...bans on pork products On Thursday ministers met": a sentence run into the last (a heading, a
  // caption with no full stop) is not this happening's words.
  if (ownDate.size) {
    const first = Math.min(...ownDate);
    const last = Math.max(...ownDate);
    // Only the nearest run-on on each side matters: each token is skipped once.
    let from = 0;
    let to = tokens.length;
    for (const at of runOns(tokens)) {
      if (at <= first) from = at;
      else if (at > last && at < to) to = at;
    }
    for (let i = 0; i < from; i++) skip.add(i);
    for (let i = to; i < tokens.length; i++) skip.add(i);
  }
  // "A survey of traders across the region taken May 1-7 found...": a participle that only dates its noun goes
  // with its date, or "taken found" is left (when the noun phrase can be told as "was taken", it is, below)
  // (the verb after the date read by the lexicon: the tagger may take "found" for a noun there)
  if (ownDate.size && !datedParticiple(tokens, dated, skip)) {
    const p = Math.min(...dated) - 1;
    const word = tokens[p];
    const next = tokens[Math.max(...dated) + 1];
    // (not the verb of an object relative: "the anger that the plan stirred in 1988 has faded")
    let np = word ? p - 1 : 0;
    while (np > 0 && /^(?:det|adj|noun|name|poss)$/.test(tokens[np - 1]?.tag ?? '')) np--;
    const relative = np > 0 && /^(?:that|which|whom)$/.test(tokens[np - 1]?.lower ?? '');
    if (word && /^(?:verb|ven)$/.test(word.tag) && /(?:ed|en)$/.test(word.lower) && /^(?:noun|name)$/.test(tokens[p - 1]?.tag ?? '') && tokens[p - 1].text !== 'I' && next && /^(?:verb|aux|modal)$/.test(next.tag === 'noun' ? tokenize(next.lower)[0].tag : next.tag) && !relative) skip.add(p);
  }
  // (a date after the day of writing, or read in the future, is of a happening still to come)
  const ahead = timex.resolution.tense === 'future' || !!timex.date && !!timex.resolution.publication && timex.date.start > timex.resolution.publication || /\b(?:tomorrow|coming)\b|\bnext (?:week|month|year)\b/i.test(timex.text);
  let picked = ownDate.size ? pickClause(tokens, ownDate, skip, dated, ahead) : { parts: range(0, tokens.length, skip) };
  // 'Organisers announce the festival will return from Aug. 4 to Aug. 6': what was said keeps its dates
  if (otherDateWords.size && picked.parts.some((p) => typeof p === 'string')) {
    for (const i of otherDateWords) skip.delete(i);
    picked = pickClause(tokens, ownDate, skip, dated, ahead);
  }
  const ownClause = picked.clause === true;
  const clauseCut = dropDanglingTail(tokens, picked.parts);
  picked = { parts: dropCutSubjectOpener(tokens, taskPastAside(tokens, completeClauseEnd(text, tokens, keepNeededClause(text, tokens, clauseCut, skip), skip), skip), skip) };
  // "Once the crane is in place, crews will bolt it to the deck": the "it" is the thing the fronted clause told of
  const thing = frontedThing(tokens, picked.parts, skip);
  if (thing) picked = { parts: thing };
  // The lead's first word, after any dateline: a capital there is the sentence's, not a name's.
  const opening = tokens.findIndex((t, i) => t.tag !== 'quote' && t.tag !== 'punct' && (!dateline || t.start >= dateline[0].length) && i >= 0);
  let title = tidy(render(text, tokens, picked.parts, opening));
  // (what a kept "that" clause tells, "accusations that Ana Ruiz had lied", is no happening of this title's to merge
  // by: another telling may have the same names for a happening of their own)
  const withClause = picked.parts.length > clauseCut.length ? title : null;
  const withoutClause = withClause ? tidy(render(text, tokens, clauseCut, opening)) : title;
  if (title.split(' ').length < 2) title = tidy(render(text, tokens, range(0, tokens.length, skip), opening));
  // (a title read alone may lose its verb to the tagger, "His term ends" taken for a noun phrase: the sentence's
  // reading of the picked words says whether they tell a subject and its verb)
  const clauseTold = ownDate.size > 0 && title.split(' ').length >= 2 && (ownClause || picked.parts.every((p) => typeof p === 'number') && toldWithSubject(tokens, picked.parts as number[], skip, dated));
  if (ownDate.size && !clauseTold && isFragment(title)) {
    // "In a statement released on Friday, the union said...": the dated piece is no clause of its own,
    // so the sentence's main clause, told whole, is the title
    const main = mainClause(tokens, ownDate, skip);
    if (main) {
      const whole = { parts: withoutFrontedSetting(tokens, main.parts, skip) };
      const alternative = tidy(render(text, tokens, whole.parts, opening));
      // (its verb read in the sentence: "figures show that" alone would take "show" for a noun)
      const ids = whole.parts.filter((p): p is number => typeof p === 'number' && tokens[p].tag !== 'quote' && tokens[p].tag !== 'punct');
      // (nor one that opens with a lead-in a subject should follow, "Based on the report it appears", or with "that":
      // "Pumping stopped for hours", the dated clause it would replace, at least told what happened)
      const leadIn = ids.length > 1 && /ed$/.test(tokens[ids[0]].lower) && /^(?:on|to|upon)$/.test(tokens[ids[1]].lower) || tokens[ids[0]]?.lower === 'that';
      const told = ids.some((i) => isVerbal(tokens[i])) && ids.length > 0 && !/^(?:prep|to|ving|aux)$/.test(tokens[ids[0]].tag);
      // (a pronoun opening the alternative is named from the article later, as any title's is: "He told the radio"
      // is no worse than a title that opens with a preposition, "In an interview aired on Monday")
      const named = OPENING_PRONOUN.test(alternative) && tokenize(title)[0]?.tag === 'prep' ? 1 : 0;
      if (!leadIn && (told || !isFragment(alternative)) && titleFaults(alternative) - named <= titleFaults(title)) title = alternative;
    }
  }
  if (ownDate.size) {
    // "The March 3 petition filed by the union asks...": the dated noun's happening, done by the agent
    const active = agentActive(tokens, ownDate, skip);
    if (active) title = tidy(render(text, tokens, active.parts, opening));
  }
  if (ownDate.size) {
    // "A survey released last week about prices found...": the noun that the date's participle describes
    // was released then, "Survey about prices was released"
    const passive = datedParticiple(tokens, dated, skip);
    const verb = tokenize(title).find((t) => isVerbal(t));
    if (passive && verb?.lower === passive.participle) title = tidy(render(text, tokens, passive.parts, opening));
  }
  if (ownDate.size) {
    // "The piers, built in 1974 from a cheap mix, are failing": the participle set off by commas is no verb
    // of the title's own; the noun it describes was built then
    const setOff = setOffParticiple(tokens, ownDate, skip);
    const first = tokenize(title).find((t) => isVerbal(t) || t.tag === 'ven');
    if (setOff && first?.lower === setOff.participle) title = tidy(render(text, tokens, setOff.parts, opening));
  }
  if (ownDate.size && /^(?:Due to|Payable) /u.test(title)) {
    // "extend its bid, due to expire on Friday, to May 6": the noun before the comma is what was due
    const due = dueTo(tokens, ownDate, skip);
    if (due) title = tidy(render(text, tokens, due.parts, opening));
  }
  if (ownDate.size && title.split(' ').length <= 3) {
    // "When the reports surfaced last May, the news sent shares diving": a clause too short to say much
    // is told with the main clause it belongs to, main clause first
    const whole = withMainClause(tokens, ownDate, skip);
    if (whole) {
      const told = tidy(render(text, tokens, whole.parts, opening));
      if (told.length <= MAX_TITLE && !isFragment(told) && titleFaults(told) <= titleFaults(title)) title = told;
    }
  }
  if (ownDate.size && title.split(' ').length <= CONTRAST_WORDS) {
    // "The union asked for a raise, but talks broke off on Monday": a short clause answering the one
    // before it is told with it
    const whole = withContrast(tokens, ownDate, skip);
    if (whole) {
      const told = tidy(render(text, tokens, whole.parts, opening));
      if (told.length <= MAX_TITLE && !isFragment(told) && titleFaults(told) <= titleFaults(title)) title = told;
    }
  }
  if (ownDate.size && title.split(' ').length <= 3 && /\b(?:began|begins|started|starts|opened|opens|ended|ends|resumed|resumes)$/u.test(title)) {
    // "The festivities began on Friday, as thousands marched through the streets": that they began says
    // little; what happened as they did is told with it
    const whole = withTimeClauseAfter(tokens, ownDate, skip);
    if (whole) {
      const told = tidy(render(text, tokens, whole.parts, opening));
      if (!isFragment(told) && titleFaults(told) <= titleFaults(title)) title = told;
    }
  }
  if (ownDate.size && OPENING_PRONOUN.test(title.replace(/^(?:\p{L}+ly,?\s+)+/u, '')) && tokens[0]?.tag === 'quote') {
    // '"I was there a month ago," the senator said': who "I" is comes from the frame, so the quote is told as said
    const said = quotedSaying(tokens, ownDate, skip, dated);
    if (said) title = tidy(render(text, tokens, said.parts, opening));
  }
  if (ownDate.size) {
    // "The ferry, which was built in 1970, ran aground and sank on Monday": a title left opening with the verb
    // ("Sank") has no subject; the sentence gives it one ("Ferry sank")
    const told = tokenize(title).filter((t) => t.tag !== 'quote' && t.tag !== 'punct');
    const subject = bareVerbSubject(text, tokens, told, skip);
    if (subject) title = `${subject} ${title.charAt(0).toLowerCase()}${title.slice(1)}`;
    else title = appositiveTitle(text, tokens, title, told, skip) ?? title;
    title = butSubjectCut(text, title) ?? title;
  }
  const finish = (t: string, dropArticles = true) => abbreviationDot(nominalHappening(shorten(reported(learned(dropDespite(dropLeadingParticiple(havingDone(dropHonorific(dropThatParticiple(dropAlso(dateMarks(dateSaw(dueLeft(poundSign(t), text)))), tokens, words))))))), MAX_TITLE, dropArticles)), text);
  // (merging compares the words as a title cut short had them: a headline's dropped "the" lets more words in)
  const match = finish(title === withClause ? withoutClause : title, false);
  if (ownDate.size) {
    // "This hope was crowned by the election in 1990 of Ana Ruiz": a date set inside a happening's noun phrase,
    // between the noun and what it befell, dates that happening, told by its verb ("Ana Ruiz was elected")
    const told = datedNounHappening(text, timex.start - sentence.start, timex.end - sentence.start, title);
    if (told) return { title: told, match };
  }
  if (ownDate.size) {
    // "Ruiz was told on Monday by the mayor, Ada Brill, that the pier would close": who was told is not the
    // news, what was said is ("Mayor told Ruiz the pier would close")
    const told = toldWhat(text, title);
    if (told) return { title: finish(told), match };
  }
  if (ownDate.size) {
    // "The firm earned $5 million, compared with $8 million a year earlier": the date is the yardstick's, so the
    // title tells what the subject earned then
    const then = yardstick(text, tokens, ownDate, skip, opening);
    if (then) return { title: finish(then), match: finish(then, false) };
  }
  if (ownDate.size && CONTENT_FREE.test(title)) {
    // "The hearings, which took place in May, centred on the budget": that they took place says nothing,
    // what they did is in the main clause
    const whole = afterRelative(tokens, ownDate, skip);
    if (whole) {
      const told = tidy(render(text, tokens, whole.parts, opening));
      if (told.length <= MAX_TITLE && told.split(' ').length > title.split(' ').length && !isFragment(told) && titleFaults(told) <= titleFaults(title)) return { title: finish(told), match };
    }
  }
  if (ownDate.size) {
    // "Repairs would begin in March and take a year": what is planned for the date is the first verb's; the
    // second, sharing the modal but not the date, is left as a dangling tail
    const last = Math.max(...ownDate);
    const second = tokens[last + 2];
    if (tokens[last + 1]?.lower === 'and' && second?.tag === 'verb' && !/(?:ed|s)$/.test(second.lower) && tokens.slice(0, Math.min(...ownDate)).some((t) => t.tag === 'modal')) {
      const at = title.indexOf(` and ${second.text} `);
      if (at > 0 && title.slice(0, at).split(' ').length >= 3) return { title: finish(title.slice(0, at)), match };
    }
  }
  return { title: finish(title), match };
}

/**
 * Words that may stand between a subject (or an "and") and its verb: "The crew, which had waited, now began". The
 * mid-clause adverbs, and two in "-ly" (not every loop below passes any "-ly" adverb).
 */
const BETWEEN_SUBJECT_AND_VERB = new Set([...MID_ADVERBS, 'finally', 'eventually']);

/**
 * The subject the sentence gives a title that opens with a finite verb and has none, as its words say it: the
 * subject of the verb the title's verb is joined to by "and" ("The crew repaired the hull and sailed on Monday": "Crew"),
 * the noun before "that", "which" or "who" ("the flows that were found in May": "Flows"), or the sentence's opening
 * noun phrase before an aside ("The hearings, due to open in March, will now start in May": "Hearings"). Null when
 * the title has a subject, or the sentence names none a reader can place (a date: "Tuesday was the start", "that day will").
 * `told` is the title's words, tokenized once by the caller (quotes and punctuation left out).
 */
function bareVerbSubject(text: string, tokens: readonly Token[], told: readonly Token[], skip: Set<number>): string | null {
  const k = titleStart(tokens, told, skip);
  // (a verb the title's own reading takes for a noun, "Files a lawsuit", is the sentence's verb where it stands)
  if (k <= 0 || !(/^(?:verb|aux|modal)$/.test(tokens[k].tag) || /^(?:verb|aux|modal)$/.test(told[0].tag) || tokens[k].tag === 'ven' && told[0].tag === 'ven')) return null;
  let j = k - 1;
  while (j > 0 && (BETWEEN_SUBJECT_AND_VERB.has(tokens[j].lower) || tokens[j].tag === 'adv' && /ly$/.test(tokens[j].lower))) j--;
  const finite = (t: Token | undefined) => !!t && (t.tag === 'aux' || t.tag === 'modal' || t.tag === 'verb');
  let end = -1;
  let opening = false;
  if (tokens[j].lower === 'and' && tokens[j - 1]?.text !== ',') {
    // the verb group before the "and", and the subject before it (or before the aside that sets it off)
    let v = j - 1;
    while (v > 0 && !finite(tokens[v]) && tokens[v].tag !== 'ven') v--;
    if (v <= 0 || tokens[v - 1]?.tag === 'to') return null;
    while (v > 0 && (finite(tokens[v - 1]) || tokens[v - 1].tag === 'neg' || BETWEEN_SUBJECT_AND_VERB.has(tokens[v - 1].lower))) v--;
    end = v;
  } else if (/^(?:that|which|who)$/.test(tokens[j].lower) && tokens[j].tag === 'rel') {
    end = tokens[j - 1]?.text === ',' ? j - 1 : j;
  } else if (tokens[j].text === ',' && told[0].tag !== 'ven') {
    end = j;
    opening = true;
  } else return null;
  // an aside closed by a comma before the verb: the subject is before the comma that opened it
  if (tokens[end - 1]?.text === ',' || tokens[end]?.text === ',') {
    const close = tokens[end]?.text === ',' ? end : end - 1;
    let open = close - 1;
    while (open > 0 && tokens[open].text !== ',') open--;
    if (open <= 0) return null;
    end = open;
  }
  return subjectBefore(text, tokens, end, skip, opening);
}

/**
 * "The parks are to reopen a day later but the pools, spas and gyms are to stay shut": a title cut after "but" and the
 * next clause's subject ("Parks are to reopen but the pools") ends with a scrap of a clause it does not tell; it ends
 * before the "but" ("Parks are to reopen"). Not a "but" before a noun phrase that is no subject ("sold all but the
 * mill."), nor "not only ... but". Null when the title does not end so.
 */
function butSubjectCut(text: string, title: string): string | null {
  const m = / but ((?:[^\s,]+ ){0,5}[^\s,]+)$/u.exec(title);
  if (!m || /\bnot only\b/iu.test(title) || title.slice(0, m.index).split(' ').length < 3) return null;
  const tail = tokenize(m[1]);
  if (tail.some((t) => isVerbal(t) || t.tag === 'ven' || t.tag === 'ving') || /^(?:not|also|only|rather|instead)$/.test(tail[0]?.lower ?? '')) return null;
  const at = text.lastIndexOf(m[1]);
  if (at < 0) return null;
  // the scrap is the next clause's subject: its verb follows, past an aside or more of the phrase
  const after = tokenize(text.slice(at + m[1].length)).slice(0, 8);
  const verb = after.findIndex((t) => t.tag === 'aux' || t.tag === 'modal' || t.tag === 'verb');
  if (verb < 0 || after.slice(0, verb).some((t) => !/^(?:punct|noun|name|det|adj|conj|num|poss)$/.test(t.tag))) return null;
  return title.slice(0, m.index);
}

/** The index in the sentence of a title's first word, with the title's next word after it; -1 when not found. */
function titleStart(tokens: readonly Token[], told: readonly Token[], skip: Set<number>): number {
  if (!told.length) return -1;
  return tokens.findIndex((t, i) => i > 0 && !skip.has(i) && t.lower === told[0].lower && (!told[1] || tokens[i + 1]?.lower === told[1].lower));
}

/**
 * The noun phrase ending before word `end`, as a title's subject ("the flows of oil" → "Flows of oil"); with
 * `opening`, only one that opens the sentence. Null when it names nothing a reader can place (a date: "Tuesday").
 */
function subjectBefore(text: string, tokens: readonly Token[], end: number, skip: Set<number>, opening: boolean): string | null {
  let from = end;
  // the noun phrase before it, back to its determiner ("the flows of oil")
  while (from > 0 && end - from < 8) {
    const t = tokens[from - 1];
    if (/^(?:poss|adj|noun|name|num|ving)$/.test(t.tag) || t.lower === 'of') from--;
    else if (t.tag === 'det') {
      from--;
      // ("the area around the old pier": a preposition after a noun goes on with the phrase)
      if (tokens[from - 1]?.lower !== 'of' && !(tokens[from - 1]?.tag === 'prep' && /^(?:noun|name)$/.test(tokens[from - 2]?.tag ?? ''))) break;
      if (tokens[from - 1].lower !== 'of') from--;
    } else break;
  }
  // ("About 250 boats": a word of amount before a number is the phrase's)
  if (from > 0 && APPROXIMATORS.has(tokens[from - 1].lower) && tokens[from]?.tag === 'num') from--;
  if (from >= end || tokens[from].lower === 'of') return null;
  const phrase = tokens.slice(from, end);
  const head = phrase[phrase.length - 1];
  // (the sentence's own subject, when the aside sets it off: "The hearings, due to open in March, will")
  if (opening && from > 0 && !/^["“]$/u.test(tokens[from - 1].text)) return null;
  // ("The patient, who", "The shooting began": a describing word or an -ing form right after the article, before
  // the verb or aside, is the noun)
  const noun = /^(?:noun|name)$/.test(head.tag) || /^(?:adj|ving)$/.test(head.tag) && phrase.length === 2 && phrase[0].tag === 'det';
  if (!noun || phrase.some((_, i) => skip.has(from + i))) return null;
  if (phrase.some((t) => CALENDAR_WORDS.includes(t.lower) || TIME_NOUNS.has(t.lower.replace(/s$/, '')))) return null;
  return capitalise(text.slice(phrase[0].start, head.end).replace(/^(?:the|a|an)\s+/iu, '').replace(/\s+/g, ' '));
}

/**
 * "The plant, 20 miles north of Port Ellis, was shut on Tuesday": a title whose subject is the aside set off by
 * commas after the sentence's opening noun phrase ("20 miles north of Port Ellis was shut") is told with that noun
 * phrase ("Plant was shut"). Not an aside that opens with a name, which says who better than the phrase before it
 * ("The firm's chief, Ann Roe, resigned": "Ann Roe resigned"). Null when the title is not of that shape.
 * `told` is `title`'s words as bareVerbSubject takes them.
 */
function appositiveTitle(text: string, tokens: readonly Token[], title: string, told: readonly Token[], skip: Set<number>): string | null {
  const k = titleStart(tokens, told, skip);
  if (k <= 0 || !/^(?:num|det|adj|noun)$/.test(tokens[k].tag)) return null;
  let open = k - 1;
  if (APPROXIMATORS.has(tokens[open].lower)) open--;
  if (tokens[open]?.text !== ',') return null;
  // ("Norvex's chief, party leader Tom Vell, resigned": a person's name after the aside's opening role says who, as a
  // name opening it does)
  let role = k;
  while (role < tokens.length && /^(?:det|adj|noun)$/.test(tokens[role].tag) && /^\p{Ll}/u.test(tokens[role].text)) role++;
  if (role > k && tokens[role]?.tag === 'name' && firstNameSex(tokens[role].lower)) return null;
  // the aside's end, past a second one that describes it ("Ann Roe, head of sales at Norvex, the largest mill, said")
  let v = k;
  for (let asides = 0; asides < 2 && !/^(?:verb|aux|modal)$/.test(tokens[v]?.tag ?? ''); asides++) {
    let close = v + 1;
    while (close < tokens.length && tokens[close].text !== ',' && !isVerbal(tokens[close]) && tokens[close].tag !== 'rel') close++;
    if (tokens[close]?.text !== ',') return null;
    v = close + 1;
    while (v < tokens.length && (skip.has(v) || BETWEEN_SUBJECT_AND_VERB.has(tokens[v].lower))) v++;
  }
  if (!/^(?:verb|aux|modal)$/.test(tokens[v]?.tag ?? '')) return null;
  // the title's verb, as the title tells it (a "said" may be told "says")
  const verb = told.find((t, i) => i > 0 && isVerbal(t));
  if (!verb) return null;
  const subject = subjectBefore(text, tokens, open, skip, true);
  return subject ? `${subject} ${title.slice(verb.start)}` : null;
}

const YARDSTICK_VERBS = words('earned had posted reported lost made netted recorded totaled totalled was were');

/**
 * "<subject> earned $5 million, or 9 cents a share, compared with $8 million, or 14 cents, a year earlier", dated by
 * the yardstick's date: "<subject> earned $8 million"; or null.
 */
function yardstick(text: string, tokens: readonly Token[], dated: Set<number>, skip: Set<number>, opening: number): string | null {
  const first = Math.min(...dated);
  let c = first - 1;
  while (c > 0 && !(tokens[c].lower === 'compared' && /^(?:with|to)$/.test(tokens[c + 1]?.lower ?? ''))) c--;
  if (c <= 0 || tokens[c - 1]?.text !== ',' || hasVerb(tokens, c + 2, first, skip)) return null;
  let end = c + 2;
  while (end < first && tokens[end].text !== ',' && !skip.has(end)) end++;
  const measure = range(c + 2, end, skip);
  if (!measure.length || !measure.some((i) => /^(?:num|noun)$/.test(tokens[i].tag) || /^\$/u.test(tokens[i].text))) return null;
  let verb = c - 1;
  while (verb >= 0 && !(YARDSTICK_VERBS.has(tokens[verb].lower) && !skip.has(verb))) verb--;
  if (verb <= 0) return null;
  const without = new Set(skip);
  for (let i = c - 1; i < tokens.length; i++) without.add(i);
  let main = tidy(render(text, tokens, pickClause(tokens, new Set([verb]), without).parts, opening));
  // ("the firm, which is based in Varn, had": the subject before the aside)
  const aside = tokens.findLastIndex((t, i) => i < verb - 1 && t.text === ',' && RELATIVES.has(tokens[i + 1]?.lower ?? ''));
  if (!main.includes(` ${tokens[verb].text} `) && tokens[verb - 1]?.text === ',' && aside > 0) {
    const subject = trailingNounPhrase(tokens, 0, aside, skip);
    if (subject.length) main = `${tidy(render(text, tokens, subject, opening))} ${tokens[verb].text}`;
  }
  const at = main.indexOf(` ${tokens[verb].text}`);
  // (a subject that only says "the company" would match any company's figures when stories are merged)
  if (/^(?:Company|Firm|Concern|Group|It)$/u.test(main.slice(0, at))) return null;
  if (at <= 0 || !main.endsWith(` ${tokens[verb].text}`) && !main.includes(` ${tokens[verb].text} `)) return null;
  // (the yardstick's date words stay: "a year earlier" tells the figure is the old one)
  const when = [...dated].sort((a, b) => a - b);
  const then = /^(?:a|the) (?:year|quarter|period) (?:earlier|ago|before)$/u.test(text.slice(tokens[when[0]].start, tokens[when[when.length - 1]].end)) ? ` ${text.slice(tokens[when[0]].start, tokens[when[when.length - 1]].end)}` : '';
  return `${main.slice(0, at)} ${tokens[verb].text} ${text.slice(tokens[measure[0]].start, tokens[measure[measure.length - 1]].end)}${then}`;
}

/** "X was told by Y" with what Y said after it in the sentence ("that the pier would close"): "Y told X the pier would close"; or null. */
function toldWhat(text: string, title: string): string | null {
  const m = /^(.+?) (?:was|were) (told|informed|warned|assured|reminded) by ([^,;:"“”]{2,60})$/u.exec(title);
  if (!m) return null;
  const at = text.lastIndexOf(m[3]);
  const said = at < 0 ? null : /^(?:, [^,;:]{1,40},)? that ([^,;:"“”]{8,140})/u.exec(text.slice(at + m[3].length));
  if (!said || !tokenize(said[1]).some((t) => isVerbal(t))) return null;
  const by = m[3].replace(/^(?:the|a|an) /u, '');
  const who = capitalise(by);
  // (who was told keeps the case the sentence gives it: "the crews", "Ruiz")
  const lower = m[1].charAt(0).toLowerCase() + m[1].slice(1);
  const whom = new RegExp(`\\b${escapeRegExp(lower)}\\b`, 'u').test(text) ? lower : m[1];
  return `${who} ${m[2]} ${whom} ${m[2] === 'told' ? '' : 'that '}${said[1].trim().replace(/[.!?]$/u, '')}`;
}

/** The happening of "the <noun> <date> of <what>" told by its verb, where the title ends with "<noun> of <what>"; or null. */
function datedNounHappening(text: string, from: number, to: number, title: string): string | null {
  const before = /\b(?:the|a|an) (\p{Ll}+) (?:in |on |at |during )?$/u.exec(text.slice(0, from));
  if (!before || !happeningNoun(before[1]) || !/^,? of /u.test(text.slice(to))) return null;
  const at = title.lastIndexOf(` ${before[1]} of `);
  if (at < 0) return null;
  const told = toldHappening(title.slice(at + 1));
  return told === title.slice(at + 1) ? null : told;
}

/** "The hearings, which took place in May, centred on the budget": the clause the dated relative clause interrupts. */
function afterRelative(tokens: readonly Token[], dated: Set<number>, skip: Set<number>): Pick | null {
  const first = Math.min(...dated);
  let from = first;
  while (from > 0 && tokens[from - 1].text !== ',') from--;
  let to = first;
  while (to < tokens.length && tokens[to].text !== ',') to++;
  if (from === 0 || to >= tokens.length || !RELATIVES.has(tokens[from].lower)) return null;
  const without = new Set(skip);
  for (let i = from - 1; i <= to; i++) without.add(i);
  const verb = range(to + 1, tokens.length, without).find((i) => isVerbal(tokens[i]));
  return verb === undefined ? null : pickClause(tokens, new Set([verb]), without);
}

/**
 * "Ruiz sent a letter to the council explaining", cut before "that the pier was unsafe": a participle left
 * with nothing of what it introduced goes, with a preposition before it ("more open in declaring").
 */
function dropThatParticiple(title: string, tokens: readonly Token[], words?: readonly TaggedWord[]): string {
  const m = /^(.+?)(?: (?:in|by|while|after|before|when))? (\p{Ll}+ing)$/u.exec(title);
  // (a participle in the sentence, not a noun: "paused a lower court ruling that had voided")
  // (read as a verb by the sentence's tagger too, where there is one)
  // (the lexicon may take one after a noun for a describing word, "a notice demanding | that": the sentence's tagger says)
  const participle = (t: Token, i: number) => t.tag === 'ving' || !!words && t.tag === 'adj' && /^(?:noun|name)$/.test(tokens[i - 1]?.tag ?? '');
  if (!m || m[1].split(' ').length < 3 || !tokens.some((t, i) => t.lower === m[2] && participle(t, i) && tokens[i + 1]?.lower === 'that')) return title;
  if (words && !words.some((w, i) => w.text.toLowerCase() === m[2] && w.pos === 'VERB' && words[i + 1]?.text.toLowerCase() === 'that')) return title;
  return m[1];
}

/**
 * "Grain exports also climbed", "Each sample will then be stored": "also" and "then" point back to
 * a sentence the timeline does not show; between a subject (or auxiliary) and a verb they go. So does "now", which
 * measures the deed against the article's day ("The mayor's now speaking"), an "only" before "finally" ("was only
 * finally closed" → "was finally closed"), and "also" before a describing word after "was" ("The crew was also unable
 * to land").
 * (a quotation keeps its words)
 */
function dropAlso(title: string): string {
  // (a quotation keeps its words; a possessive's apostrophe is no quotation)
  if (/["“”«»]|(?:^|\s)['‘’]|['‘’](?:\s|$)/u.test(title) || !/ (?:also|then|only finally|now) /u.test(title)) return title;
  const tokens = tokenize(title);
  // ("FBI chief also said": a describing word closing a noun phrase is its noun; "There also are")
  const subjectEnd = (i: number) => /^(?:noun|name|pron|aux|modal)$/.test(tokens[i].tag) || tokens[i].tag === 'adj' && /^(?:name|noun|det)$/.test(tokens[i - 1]?.tag ?? '');
  // ("will also hold talks": after a modal the next word is a verb, whatever the lexicon reads it as)
  const afterModal = (i: number) => tokens[i - 1].tag === 'modal' && /^\p{Ll}+$/u.test(tokens[i + 1]?.text ?? '') && !/^(?:det|prep|conj|to|punct|adv|neg)$/.test(tokens[i + 1].tag);
  // ("was also unable to land": after a form of "be", a describing word is the clause's predicate)
  const afterBe = (i: number) => /^(?:is|are|was|were)$/.test(tokens[i - 1].lower) && /^\p{Ll}+$/u.test(tokens[i + 1]?.text ?? '') && !/^(?:det|prep|conj|to|punct|adv|neg|num|pron)$/.test(tokens[i + 1].tag);
  // ("was only finally shut off" → "was finally shut off": "only" leaning on "finally" goes, not "only" alone, "only
  // two came"; "finally" itself stays, "the bridge finally opened" tells a long wait)
  const only = (i: number) => tokens[i].text === 'only' && tokens[i + 1]?.text === 'finally';
  const at = tokens.findIndex((t, i) => i > 0 && (/^(?:also|then|now)$/.test(t.text) || only(i)) && subjectEnd(i - 1) && (isVerbal(tokens[i + 1]) || /^(?:ving|aux|modal)$/.test(tokens[i + 1]?.tag ?? '') || afterModal(i) || afterBe(i) || only(i)));
  const next = at + 1;
  return at < 0 || !tokens[next] ? title : `${title.slice(0, tokens[at].start).trimEnd()} ${title.slice(tokens[next].start)}`;
}

/**
 * "Monday saw a navy crew set fire to the slick" → "Navy crew set fire to the slick": with its date left out, a date
 * that "saw" something happen leaves "Saw ..."; the one seen doing it is the subject, and its plain verb is told in
 * the past. Left when no verb follows the noun phrase ("Saw heavy rain in the hills").
 */
function dateSaw(title: string): string {
  if (!/^Saw \p{L}/u.test(title)) return title;
  // (the sentence tagger reads the plain verb after the noun phrase; the lexicon takes "set", "walk" for nouns)
  const words = tagWords(title);
  const v = words.findIndex((w, n) => n > 1 && w.pos === 'VERB');
  const verb = words[v];
  if (v < 2 || !/^\p{Ll}+$/u.test(verb.text) || !/^(?:NOUN|PROPN)$/.test(words[v - 1].pos) || !words.slice(1, v).every((w) => /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(w.pos) || w.text === '.' || /^['’]s$/u.test(w.text))) return title;
  const past = pastOfPlain(verb.text);
  if (!past) return title;
  const subject = title.slice(words[1].start, verb.start).trim().replace(/^(?:the|a|an)\s+/iu, '');
  return `${subject.charAt(0).toUpperCase()}${subject.slice(1)} ${past}${title.slice(verb.start + verb.text.length)}`;
}

/**
 * "Friday marks the tenth anniversary of the mill's closure" → "Tenth anniversary of the mill's closure is marked":
 * with its date left out, a date that marks an anniversary leaves "Marks ..." with no subject; the anniversary is the
 * subject, marked (how it is marked, after the anniversary's own phrase, follows: "is marked with a parade"). Left
 * when no "the ... anniversary of" follows ("Marks and Ruiz opened", "marked the start of the festival").
 */
function dateMarks(title: string): string {
  const marks = /^(Marks|Marked) the ((?:[\p{L}\d-]+ ){0,3}anniversary of )/u.exec(title);
  if (!marks) return title;
  const rest = title.slice(marks[0].length);
  // (the anniversary's phrase ends where "with" or "by" says how it is marked; a place may be the remembered
  // happening's, "the anniversary of the flood in the valley", and stays in the phrase)
  const end = /\s(?:with|by)\s/u.exec(rest);
  const phrase = `${marks[2]}${end ? rest.slice(0, end.index) : rest}`;
  const how = end ? rest.slice(end.index) : '';
  return `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)} ${marks[1] === 'Marks' ? 'is' : 'was'} marked${how}`;
}

/**
 * "The results due on Tuesday are expected to show a loss" → "The results are expected to show a loss": with its date
 * left out, a "due" that only said when is left before the clause's verb ("results due are expected"), and goes.
 */
function dueLeft(title: string, text: string): string {
  // (not a "due" a verb makes the predicate of: "the debt coming due has risen", "bonds that fell due were paid"; nor
  // one the sentence writes straight before the verb, with no date taken out: "the taxes due were paid on Monday")
  return title.replace(/(?<!\b(?:\p{L}+ing|come|comes|came|fall|falls|fell|fallen|become|becomes|became)) due (?=((?:is|are|was|were|will|would|has|have|had) \p{Ll}+))/gu, (all, verb: string) => (new RegExp(`\\bdue ${verb}\\b`, 'iu').test(text) ? all : ' '));
}

/**
 * "flew from a field in Port Ellis, Ga." : a title ending on a short capitalised word after a comma that the sentence
 * writes with a dot and goes on after ("Port Ellis, Ga., because...") ends on an abbreviation, and keeps its dot;
 * without it "Ga" reads as a word cut short.
 */
function abbreviationDot(title: string, text: string): string {
  const m = /, (\p{Lu}\p{Ll}{1,4})$/u.exec(title);
  if (!m) return title;
  return new RegExp(`, ${m[1]}\\.(?=,|;| \\p{Ll})`, 'u').test(text) ? `${title}.` : title;
}

/**
 * "erasing # 3bn from its worth" → "erasing £3bn from its worth": a wire feed that cannot carry the pound sign
 * writes "#" in its place; before a sum (a number with "bn", "m", "million"..., or in thousands, "# 250,000") it is the
 * pound. Not "#1 seed" or "# 5 in the list", a number sign before a bare number.
 */
function poundSign(title: string): string {
  return title.replace(/(^|[\s(])#\s?(?=\d[\d.,]*\s?(?:bn|m|k|tn|million|billion|trillion)\b|\d{1,3}(?:,\d{3})+\b)/gu, '$1£');
}

/** "Mr. Lee resigned" → "Lee resigned": a headline names a person without the courtesy title. */
function dropHonorific(title: string): string {
  return title.replace(/^(?:Mr|Mrs|Ms)\.\s+(?=\p{Lu}\p{Ll})/u, '');
}

/** "Ana Ruiz having donated the land" → "Ana Ruiz donated the land": a perfect participle is no verb of its own. */
function havingDone(title: string): string {
  const named = title.replace(/^((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*) having (\p{Ll}+ed)\b/u, '$1 $2');
  if (named !== title) return named;
  // "Traders having been caught out by Brisko", "Council having lost the vote": a subject of a few words
  // with a perfect participle had done it ("Traders had been caught out")
  const m = /^((?:[\p{L}'’.-]+\s+){0,4}[\p{L}'’.-]+) having (been \p{Ll}+|\p{Ll}+(?:ed|en|wn|st|ld|ght|nt|ne|de|lt))\b/u.exec(title);
  return m && !OPENING_PRONOUN.test(title) && !/\b(?:of|in|on|at|to|by|with|from)$/u.test(m[1]) ? `${m[1]} had ${m[2]}${title.slice(m[0].length)}` : title;
}

/** A title that only says its subject happened ("Hearings took place"). */
const CONTENT_FREE = /^[\p{L}'’ -]{1,40} (?:took place|happened|occurred|(?:was|were) held)$/u;

/**
 * "Despite losing their boats fishermen still sailed out" → "Fishermen still sailed out": a concession run into
 * the clause without its comma goes, and the clause, from its subject and finite verb, is the title.
 */
function dropDespite(title: string): string {
  if (!/^(?:Despite|In spite of)\s/u.test(title)) return title;
  const tokens = tokenize(title);
  for (let j = 2; j < tokens.length - 1; j++) {
    if (!/^(?:noun|name|pron)$/.test(tokens[j].tag) || tokens[j - 1].text === ',') continue;
    let v = j + 1;
    while (tokens[v]?.tag === 'adv' || /^(?:still|also|then|now|later)$/.test(tokens[v]?.lower ?? '')) v++;
    if (tokens[v] && /^(?:verb|ven|aux|modal)$/.test(tokens[v].tag) && /^\p{Ll}/u.test(tokens[j].text) && /^(?:noun|pron)$/.test(tokens[j - 1].tag)) {
      const rest = title.slice(tokens[j].start);
      return capitalise(rest);
    }
  }
  return title;
}

/**
 * "We learned that the council has approved the quay" → "Council has approved the quay": a writer's
 * own learning frames what was learned, which is the happening.
 */
function learned(title: string): string {
  const m = /^(?:We|I) (?:have )?(?:learned|learnt|learn|know|knew|heard|hear|understand|understood|discovered|found out) (?:that )?(?:the |a |an )?(\p{Ll}[^"“”]*)$/u.exec(title);
  if (!m || !isVerbal(tokenize(m[1]).find((t, n) => n > 0 && isVerbal(t)))) return title;
  return capitalise(m[1]);
}

/** Happenings named by a noun, with the verb that tells them: "the failure of the talks" → "talks failed". */
const NOMINAL_VERBS: Record<string, string> = { failure: 'failed', collapse: 'collapsed', death: 'died', resignation: 'resigned', arrest: 'was arrested', launch: 'was launched', closure: 'was closed', release: 'was released' };

/**
 * "It followed the failure of the rescue effort" → "Rescue effort failed": what "it" followed is the
 * dated happening, told by its own verb (the date sits in that noun phrase: "the failure last week of").
 */
function nominalHappening(title: string): string {
  const m = /^It (?:followed|follows|came after|comes after) the (\p{Ll}+) of ([^…]{3,90})$/u.exec(title);
  const verb = m && NOMINAL_VERBS[m[1]];
  if (!m || !verb || /\b(?:and|or)\s*$/u.test(m[2])) return title;
  const subject = m[2].replace(/^the\s+/u, '');
  return `${capitalise(subject)} ${verb}`;
}

/**
 * Happening nouns told by their verb: what the noun befell is the subject of the passive ("the capture of the
 * fort" → "Fort was captured"), or, for a happening of its own subject's ("the collapse of the bridge"), of the
 * past tense. Nouns whose object may be a place ("attacks in two cities") are marked.
 */
const HAPPENING_VERBS: Record<string, { verb: string; passive: boolean; place?: boolean }> = {
  attack: { verb: 'attacked', passive: true, place: true },
  raid: { verb: 'raided', passive: true, place: true },
  bombing: { verb: 'bombed', passive: true, place: true },
  invasion: { verb: 'invaded', passive: true, place: true },
  shelling: { verb: 'shelled', passive: true, place: true },
  assassination: { verb: 'assassinated', passive: true },
  murder: { verb: 'murdered', passive: true },
  killing: { verb: 'killed', passive: true },
  massacre: { verb: 'massacred', passive: true },
  slaying: { verb: 'slain', passive: true },
  kidnapping: { verb: 'kidnapped', passive: true },
  abduction: { verb: 'abducted', passive: true },
  execution: { verb: 'executed', passive: true },
  capture: { verb: 'captured', passive: true },
  destruction: { verb: 'destroyed', passive: true },
  arrest: { verb: 'arrested', passive: true },
  election: { verb: 'elected', passive: true },
  inauguration: { verb: 'inaugurated', passive: true },
  discovery: { verb: 'discovered', passive: true },
  acquisition: { verb: 'acquired', passive: true },
  launch: { verb: 'launched', passive: true },
  release: { verb: 'released', passive: true },
  closure: { verb: 'closed', passive: true },
  death: { verb: 'died', passive: false },
  collapse: { verb: 'collapsed', passive: false },
  failure: { verb: 'failed', passive: false },
  resignation: { verb: 'resigned', passive: false },
  eruption: { verb: 'erupted', passive: false },
  sinking: { verb: 'sank', passive: false },
  shooting: { verb: 'shot', passive: true },
  stabbing: { verb: 'stabbed', passive: true },
  rescue: { verb: 'rescued', passive: true },
  appointment: { verb: 'appointed', passive: true },
  ouster: { verb: 'ousted', passive: true },
  explosion: { verb: 'exploded', passive: false },
};

/** Choices made by someone and told with what was chosen: "decision by the board to close" → "board decided to close". */
const BY_VERBS: Record<string, string> = { ruling: 'ruled', decision: 'decided', vote: 'voted', move: 'moved', bid: 'bid', plan: 'planned', offer: 'offered', order: 'ordered', pledge: 'pledged', promise: 'promised', attempt: 'attempted', agreement: 'agreed', request: 'requested', call: 'called', refusal: 'refused' };

/** Happenings told between two sides, and the verb that tells them of both: "meeting between A and B" → "A and B met". */
const BETWEEN_VERBS: Record<string, string> = { meeting: 'met', talks: 'held talks', clash: 'clashed', clashes: 'clashed' };

/** Capitalised names, one or a list: "Lowmere", "Port Ash and Carrick". */
const PLACE_NAMES = /^\p{Lu}[\p{L}.'’-]*(?:,? (?:and )?\p{Lu}[\p{L}.'’-]*)*$/u;

/** The happening noun a word is, singular ("attacks" → "attack"), or null. */
function happeningNoun(word: string): string | null {
  const w = word.toLowerCase();
  if (HAPPENING_VERBS[w]) return w;
  return w.endsWith('s') && HAPPENING_VERBS[w.slice(0, -1)] ? w.slice(0, -1) : null;
}

/** Whether a noun phrase names more than one: "two clinics", "the capital and the port". */
function pluralPhrase(phrase: string): boolean {
  const ws = phrase.split(/\s+/);
  const last = ws[ws.length - 1];
  return ws.some((w) => /^(?:and|both)$/i.test(w)) || /^(?:[\d,.]+|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|several|many)$/i.test(ws[0]) && ws[0] !== '1' || (/^\p{Ll}+[^s]s$/u.test(last) && !/(?:ss|us|is)$/.test(last)) || PLURAL_WITHOUT_S.has(last);
}

/** Pronouns that stand as a clause's subject: "the plan he will describe". */
const SUBJECT_PRONOUNS = words('he she they we i you');
/** SUBJECT_PRONOUNS as a word test, so a title is tagged only when it holds one. */
const SUBJECT_PRONOUN_WORD = new RegExp(String.raw`\b(?:${[...SUBJECT_PRONOUNS].join('|')})\b`, 'i');

/**
 * "Plan he will describe during an address to the nation": a noun and a clause that tells of it with no relative word
 * ("the plan [that] he will describe during ..."), whose verb's object is the noun, left as a gap right after the verb,
 * is no headline; it is told as that clause with the noun put back in its place: "He will describe plan during an
 * address to the nation". Left alone: a verb with its own object ("the day he signed the pact"), a verb further on
 * that makes the noun and its clause a subject ("Ministers he met in May signed the pact"). Null when it does not apply.
 */
export function contactRelativeTold(title: string, writtenLower?: (word: string) => boolean): string | null {
  // (every draft's title comes here: tagged only when it holds a subject pronoun)
  if (!SUBJECT_PRONOUN_WORD.test(title)) return null;
  const tokens = tokenize(title);
  let k = 0;
  while (k < tokens.length && /^(?:det|adj)$/.test(tokens[k].tag)) k++;
  const head = k;
  // (the title's capital on its first word may make a plain noun read as a name: "Policy paper she wrote")
  // (its sentence's lower case says so, as for bareSubject)
  const plainNoun = (i: number) => tokens[i].tag === 'noun' || i === 0 && tokens[i].tag === 'name' && !!writtenLower?.(tokens[i].text) && tokenize(tokens[i].lower)[0].tag === 'noun';
  while (k < tokens.length && plainNoun(k)) k++;
  if (k === head || !SUBJECT_PRONOUNS.has(tokens[k]?.lower ?? '')) return null;
  const subject = k++;
  while (k < tokens.length && /^(?:modal|aux|adv|neg)$/.test(tokens[k].tag)) k++;
  const verb = tokens[k];
  const after = tokens[k + 1];
  if (verb?.tag !== 'verb' || (after && after.tag !== 'prep') || tokens.slice(k + 1).some((t) => /^(?:verb|aux|modal)$/.test(t.tag))) return null;
  const noun = title.slice(tokens[0].start, tokens[subject - 1].end);
  const clause = capitalise(title.slice(tokens[subject].start, verb.end));
  // (the noun's words are no names, the tagger read them as nouns: its capital was the title's)
  return `${clause} ${noun.charAt(0).toLowerCase()}${noun.slice(1)}${after ? ` ${title.slice(after.start)}` : ''}`;
}

/**
 * "Capture of the hill fort" → "Hill fort was captured", "Attacks in Lowmere and Carrick" → "Lowmere and
 * Carrick were attacked", "Collapse of the old pier" → "Old pier collapsed": a title that is only a dated
 * happening's noun, with what it befell, is told by the noun's verb. A noun phrase with a verb of its own, a
 * modifier before the noun or nothing after it stays as it is.
 */
export function toldHappening(title: string): string {
  // "Meeting between Ana Ruiz and her aunt" → "Ana Ruiz and her aunt met": both sides named, no verb of its own
  const pair = /^(?:The |A )?(\p{L}+) between ((?!the |a )[^…"“”,;]{1,40} and [^…"“”,;]{2,40})$/u.exec(title);
  const between = pair && BETWEEN_VERBS[pair[1].toLowerCase()];
  if (pair && between) {
    const tokens = tokenize(pair[2]);
    if (!tokens.some((t) => isVerbal(t) || t.tag === 'ving' || t.tag === 'rel' || t.tag === 'sub' || t.tag === 'prep') && !/\b\d{4}\b/.test(pair[2]) && /^\p{Lu}/u.test(pair[2])) return `${pair[2]} ${between}`;
    return title;
  }
  // "Ruling by the Alder court to close the mill" → "Alder court ruled to close the mill": who, and what they did
  const by = /^(?:The |A )?(\p{L}+) by (?:the )?((?:\p{Lu}[\p{L}'’.-]*\s)[^…"“”,;]{0,40}?) (to \p{Ll}[^…"“”]{2,80})$/u.exec(title);
  const byVerb = by && BY_VERBS[by[1].toLowerCase()];
  if (by && byVerb && !tokenize(by[2]).some((t) => isVerbal(t) || t.tag === 'ving' || t.tag === 'rel' || t.tag === 'prep' && t.lower !== 'of')) return `${capitalise(by[2])} ${byVerb} ${by[3]}`;
  const m = /^(?:The |A |An )?(\p{L}+) (of|in|on|at) (?:the |a |an )?([^…"“”]{2,80})$/u.exec(title);
  const noun = m && happeningNoun(m[1]);
  if (!m || !noun) return agentTold(title);
  const told = HAPPENING_VERBS[noun];
  if (m[2] !== 'of' && !told.place) return title;
  // ("the election of a young mayor, Ana Ruiz": the name the descriptor is set beside says who)
  const what = /^\p{Ll}[\p{L}\s-]*, (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)+)$/u.exec(m[3])?.[1] ?? m[3];
  const tokens = tokenize(what);
  // (what follows is a noun phrase: no verb, no second preposition's clause, no year)
  // (a participle before its noun, "unarmed villagers", is the noun's)
  const before = (k: number) => /^(?:noun|name|adj)$/.test(tokens[k + 1]?.tag ?? '');
  if (tokens.some((t, k) => (isVerbal(t) && !(t.tag === 'verb' && /ed$/.test(t.lower) && before(k))) || t.tag === 'ving' || (t.tag === 'ven' && !before(k)) || t.tag === 'pron' || t.tag === 'rel' || t.tag === 'sub') || /\b\d{4}\b/.test(what)) return title;
  // ("attacks on the police in the capital": one phrase, not a phrase and a setting; after "in", "on", "at" only names of places)
  if (tokens.filter((t) => t.tag === 'prep').length > 1 || (m[2] !== 'of' && !PLACE_NAMES.test(what))) return title;
  // ("the massacre of 300 villagers at Lowmere": the place is where it happened, after the verb)
  const set = /^(.+?) ((?:at|in|near|on|off) (.+))$/u.exec(what);
  const [who, where] = m[2] === 'of' && set && PLACE_NAMES.test(set[3]) ? [set[1], ` ${set[2]}`] : [what, ''];
  const verb = told.passive ? `${pluralPhrase(who) ? 'were' : 'was'} ${told.verb}` : told.verb;
  return `${capitalise(who)} ${verb}${where}`;
}

/** Participles that tell an order or company with "by", not a deed: "the mayor, followed by her aides". */
const COMPANY_PARTICIPLES = words('followed preceded accompanied joined flanked trailed succeeded');

/** Verbs whose "by" tells where one went or stayed, not who did it: "stood by the pier", "passed by the mill". */
const PASSING_BY = words('stood stopped dropped passed walked drove rode sailed flew came went swung sat lived stayed waited abided swore');

/** Verbs that name what comes after them: "a boat called the Heron", "a dog named Rex". */
const NAMING_PARTICIPLES = words('called named dubbed titled');

/**
 * "Last of a pair of boats built by a Norvale yard" → "Norvale yard built a pair of boats": a title that is
 * only a noun phrase and a participle with its agent ("built by", "donated by") tells what the agent did, with
 * the noun the participle describes as its object (a participle in -ed, or one that is also the past tense, is
 * the verb). The noun reaches back over one "a <noun> of" ("a pair of boats") and a naming verb ("a boat called
 * the Heron"), no further: "last of" is not what was built. A title with a verb of its own, an agent that does
 * not run to the title's end or a participle whose past differs ("taken") stays as it is.
 */
function agentTold(title: string): string {
  // (every draft's title comes here through toldHappening: tagged only when it holds the word "by")
  if (!/\bby\b/iu.test(title)) return title;
  const tokens = tokenize(title);
  const by = tokens.findIndex((t) => t.lower === 'by');
  const p = by > 0 && tokens[by - 1].tag === 'adv' ? by - 2 : by - 1;
  const participle = tokens[p];
  if (p < 1 || !participle || !/^(?:verb|ven)$/.test(participle.tag) || !(/\p{Ll}ed$/u.test(participle.text) || pastTense(participle.lower))) return title;
  // (no verb of the title's own: "according to" and "called" are no clause's verbs; a noun right before a
  // determiner is a verb the tagger missed, "Board re-ran the vote")
  if (tokens.some((t, i) => i !== p && (isVerbal(t) || t.tag === 'ving' && !PREPOSITION_PARTICIPLES.has(t.lower)) && !(NAMING_PARTICIPLES.has(t.lower) && i < p))) return title;
  if (tokens.some((t, i) => i < p && /^(?:noun|name)$/.test(t.tag) && tokens[i + 1]?.tag === 'det')) return title;
  const agent = tokens.slice(by + 1);
  if (!agent.length || !agent.every((t) => /^(?:det|adj|noun|name|num|poss|quote)$/.test(t.tag) || t.lower === 'and') || !agent.some((t) => /^(?:noun|name)$/.test(t.tag))) return title;
  // ("said by phone", "sent by air": a bare singular noun after "by" is the means, and a saying verb tells its own subject's act)
  // ("followed by", "joined by": an order or company, not a deed done to the noun)
  // ("Crews stood by the pier", "Ana Ruiz stopped by the shop": a verb that takes "by" for a place has no agent)
  if (agent[0].tag === 'noun' && !pluralPhrase(agent[0].lower) || FRAME_VERBS[participle.lower] || COMPANY_PARTICIPLES.has(participle.lower) || PASSING_BY.has(participle.lower)) return title;
  const phrase = (i: number) => i >= 0 && /^(?:det|adj|noun|name|num|poss|quote)$/.test(tokens[i].tag);
  let from = p;
  while (phrase(from - 1)) from--;
  // ("a boat called the Heron": the naming verb and the noun it names)
  if (NAMING_PARTICIPLES.has(tokens[from - 1]?.lower ?? '') && /^(?:noun|name)$/.test(tokens[from - 2]?.tag ?? '')) {
    from -= 2;
    while (phrase(from - 1)) from--;
  }
  // ("a pair of boats": the quantity and what it counts)
  if (tokens[from - 1]?.lower === 'of' && /^(?:noun|name)$/.test(tokens[from - 2]?.tag ?? '') && /^an?$/.test(tokens[from - 3]?.lower ?? '')) from -= 3;
  const head = tokens[p - 1];
  if (from >= p || !/^(?:noun|name|quote)$/.test(head.tag)) return title;
  const who = title.slice(tokens[by + 1].start).replace(/^(?:the|a|an) /iu, '');
  const object = title.slice(tokens[from].start, head.end);
  // (the title's capital on its first word is the title's, unless the word is a name)
  const thing = from === 0 && !properWord(tokens[0].lower) && tokenize(tokens[0].lower)[0].tag !== 'name' ? object.charAt(0).toLowerCase() + object.slice(1) : object;
  return `${capitalise(who)} ${participle.lower} ${thing}`;
}

/**
 * "Speaking to reporters Ana Ruiz criticised the plan": a participle phrase run into the clause without its
 * comma (a caption's words) goes, and the clause after it is the title.
 */
function dropLeadingParticiple(title: string): string {
  const m = /^\p{Lu}\p{Ll}+ing(?:\s+[^\s,]+){1,6}\s+(?=\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+\s+\p{Ll}+ed\b)/u.exec(title);
  return m && !/\b(?:and|or)\s*$/u.test(m[0]) ? title.slice(m[0].length) : title;
}

/** "There have also been reports of looting" → "Looting was reported": an existential about reports says what was reported. */
function reported(title: string): string {
  const m = /^There (?:is|are|was|were|(?:has|have|had)(?: also)? been)(?: also)? (?:some |several |many |numerous |widespread |unconfirmed )?reports of (\p{Ll}[\p{L}\s-]{2,60})$/u.exec(title);
  return m ? `${capitalise(m[1])} was reported` : title;
}

/** A participle right before the date, after its noun: the noun phrase, what follows the date up to the next verb, and "was" with the participle. */
/**
 * "the piers, built in 1974 from a cheap mix, are failing" → "Piers were built from a cheap mix": a participle
 * opening a phrase set off by commas, which holds the date, after the noun it describes.
 */
/** What a company pays out to its holders: "dividend", "split", "quarterly". */
const PAYOUTS = words('dividend dividends split distribution payout quarterly');

/** "its bid, due to expire last Thursday,": "Bid was due to expire", told of the noun phrase before the comma; or null. */
function dueTo(tokens: readonly Token[], dated: Set<number>, skip: Set<number>): Pick | null {
  let p = Math.min(...dated);
  while (p > 0 && tokens[p - 1].text !== ',') p--;
  // "declared a 10% stock dividend, payable Dec. 15 to holders of record": the payout is what is paid that day
  const payable = p >= 2 && tokens[p]?.lower === 'payable';
  if (p < 2 || !payable && (tokens[p]?.lower !== 'due' || tokens[p + 1]?.lower !== 'to')) return null;
  let np = trailingNounPhrase(tokens, 0, p - 1, skip).filter((i, n) => n > 0 || !/^(?:det|poss)$/.test(tokens[i].tag));
  if (payable) {
    // ("a 3-for-2 split of the common", "its quarterly of five cents a share": the payout is the noun, with what follows it)
    let head = p - 2;
    while (head > 0 && p - head <= 10 && !PAYOUTS.has(tokens[head].lower) && !isVerbal(tokens[head]) && tokens[head].text !== ',') head--;
    if (!PAYOUTS.has(tokens[head]?.lower ?? '') || !isVerbal(tokens.slice(0, head).findLast((t) => !/^(?:det|poss|adj|num|noun|punct)$/.test(t.tag)))) return null;
    let from = head;
    while (from > 0 && (/^(?:adj|num|noun)$/.test(tokens[from - 1].tag) || /^[%-]$/.test(tokens[from - 1].text)) && !isVerbal(tokens[from - 1])) from--;
    np = range(from, p - 1, skip);
    let to = p + 1;
    while (to < tokens.length && tokens[to].text !== ',' && !(tokens[to].text === '.' && to === tokens.length - 1)) to++;
    // ("Brisk Ltd. declared a dividend": the company that declared it owns it)
    let owner = 0;
    while (owner < head && (/^\p{Lu}/u.test(tokens[owner].text) && tokens[owner].tag !== 'det' || tokens[owner].text === '.' && owner > 0 && /^\p{Lu}/u.test(tokens[owner - 1].text))) owner++;
    const named = owner > 0 && /^(?:corp|inc|ltd|co|industries|group)$/i.test(tokens[owner - (tokens[owner - 1].text === '.' ? 2 : 1)].lower);
    return { parts: named ? [...range(0, owner, skip), "'s", ...np, 'is', ...range(p, to, skip)] : [...np, 'is', ...range(p, to, skip)] };
  }
  const head = tokens[np[np.length - 1]];
  // (the tagger may read a plural head as describing: "the rights")
  if (!head || !/^(?:noun|name|adj)$/.test(head.tag)) return null;
  let to = p + 2;
  while (to < tokens.length && tokens[to].text !== ',' && !/^(?:rel|conj|sub)$/.test(tokens[to].tag) && !(tokens[to].text === '.' && to === tokens.length - 1)) to++;
  const plural = head.tag !== 'name' && /[^s]s$/.test(head.lower) || PLURAL_WITHOUT_S.has(head.lower);
  // (in the sentence's tense: "said it would extend its bid, due to..." is told in the past)
  const past = tokens.some((t, i) => !skip.has(i) && (/^(?:would|was|were|had)$/.test(t.lower) || t.tag === 'verb' && pastTense(t.lower) && tokens[i - 1]?.tag !== 'aux'));
  const be = past ? (plural ? 'were' : 'was') : plural ? 'are' : 'is';
  return { parts: [...np, be, ...range(p, to, skip)] };
}

function setOffParticiple(tokens: readonly Token[], dated: Set<number>, skip: Set<number>): (Pick & { participle: string }) | null {
  const first = Math.min(...dated);
  let p = first;
  while (p > 0 && tokens[p - 1].text !== ',') p--;
  const word = tokens[p];
  if (p < 2 || !word || !(word.tag === 'ven' || word.tag === 'verb' && (/(?:ed|en)$/.test(word.lower) || pastTense(word.lower))) || !/^(?:noun|name)$/.test(tokens[p - 2].tag)) return null;
  let to = p + 1;
  while (to < tokens.length && tokens[to].text !== ',' && !/^(?:rel|conj|sub)$/.test(tokens[to].tag)) to++;
  // the phrase closes with a comma before the clause's own verb
  const next = tokens[to + 1];
  if (tokens[to]?.text !== ',' || !next || !/^(?:verb|aux|modal)$/.test(next.tag)) return null;
  let from = p - 2;
  while (from > 0 && /^(?:det|adj|noun|name|num|poss)$/.test(tokens[from - 1].tag)) from--;
  // ("the plan for the well, produced by the firm in May": after a preposition the noun may not be what the participle describes)
  if (/^(?:prep|to|conj)$/.test(tokens[from - 1]?.tag ?? '')) return null;
  const np = range(from, p - 1, skip).filter((i) => tokens[i].tag !== 'det' || i !== from);
  if (!np.length || np.some((i) => isVerbal(tokens[i]))) return null;
  const head = tokens[p - 2];
  const be = head.tag === 'noun' && /[^s]s$/.test(head.lower) || PLURAL_WITHOUT_S.has(head.lower) ? 'were' : 'was';
  // (the date's preposition and determiner, where the date reader left them, go with it)
  const withDate = (i: number) => dated.has(i + 1) || tokens[i + 1]?.tag === 'det' && dated.has(i + 2);
  const rest = range(p + 1, to, skip).filter((i) => !dated.has(i) && !(/^(?:prep|det)$/.test(tokens[i].tag) && withDate(i)));
  return { parts: [...np, be, p, ...rest], participle: word.lower };
}

/** Verbs of saying whose reported clause may open with a subject: "Norcom says a dome ... collected". */
const SAYING = /^(?:says|said|reports|reported|announces|announced|adds|added|confirms|confirmed)$/;

/** How many words a dated participle's complement of where may run: "lowered onto the damaged well" (4). */
const PARTICIPLE_COMPLEMENT = 5;

/** A word in -s the lexicon reads as a plural noun, which may be a verb ("shows", "addresses"): the word after it tells. */
const nounInS = (t: Token | undefined): boolean => t?.tag === 'noun' && /[^s]s$/.test(t.lower);

function datedParticiple(tokens: readonly Token[], dated: Set<number>, skip: Set<number>): (Pick & { participle: string }) | null {
  const first = Math.min(...dated);
  const last = Math.max(...dated);
  const participle = (i: number) => /^(?:verb|ven)$/.test(tokens[i]?.tag ?? '') && /(?:ed|en)$/.test(tokens[i].lower) && /^(?:noun|name)$/.test(tokens[i - 1]?.tag ?? '');
  // ("A dome lowered onto the well on Tuesday collected...": the participle may take a complement of where before
  // the date and its preposition; the dome "was lowered onto the well")
  let p = first - 1;
  const complement: number[] = [];
  if (!participle(p)) {
    let q = p;
    if (tokens[q]?.tag === 'prep' && /^(?:on|in|at)$/.test(tokens[q].lower) && !skip.has(q)) q--;
    const end = q;
    while (q > 0 && end - q < PARTICIPLE_COMPLEMENT && !participle(q) && /^(?:det|adj|noun|name|num|poss|prep|to)$/.test(tokens[q].tag) && !skip.has(q)) q--;
    if (!participle(q) || (q < end && !/^(?:prep|to)$/.test(tokens[q + 1].tag))) return null;
    complement.push(...range(q + 1, end + 1, skip));
    p = q;
  }
  const word = tokens[p];
  if (!word || !participle(p)) return null;
  let from = p - 1;
  while (from > 0 && (/^(?:det|adj|noun|name|num|poss)$/.test(tokens[from - 1].tag) || tokens[from - 1].lower === 'of' && /^(?:noun|name)$/.test(tokens[from - 2]?.tag ?? ''))) from--;
  const np = range(from, p, skip);
  // "about the cost of fuel": a phrase after the date that still describes the noun
  const after: number[] = [];
  if (tokens[last + 1]?.tag === 'prep' && /^(?:about|on|of|into|for|from)$/.test(tokens[last + 1].lower)) {
    for (let j = last + 1; j < tokens.length && (/^(?:det|adj|noun|name|num|poss|prep)$/.test(tokens[j].tag)) && !skip.has(j); j++) after.push(j);
  }
  // a participle, not the clause's own verb: the sentence's verb follows ("A survey released in May about
  // prices found...", not "Prices dropped in May to...")
  // ("A study published in May also shows that": an adverb before the verb; "shows that": a verb in -s the lexicon
  // reads as a plural noun, before a "that" clause)
  let v = last + 1 + after.length;
  while (tokens[v]?.tag === 'adv' && !skip.has(v)) v++;
  const next = tokens[v];
  const verbInS = nounInS(next) && tokens[v + 1]?.lower === 'that';
  // (or the subject of what was said: "Norcom says a dome placed on the well last week collected 900 barrels")
  const saying = (i: number) => tokens[i]?.tag === 'verb' && SAYING.test(tokens[i].lower);
  const opens = from === 0 || tokens[from - 1].tag === 'punct' || saying(from - 1) || tokens[from - 1].lower === 'that' && saying(from - 2);
  if (!opens || !(next && (next.tag === 'verb' || next.tag === 'aux' || next.tag === 'modal' || verbInS))) return null;
  // "A survey of traders": the head is the noun before "of"
  const head = phraseHead(tokens, np, p - 1);
  if (!np.length || np.some((i) => isVerbal(tokens[i]))) return null;
  const be = head.tag === 'noun' && /[^s]s$/.test(head.lower) ? 'were' : 'was';
  return { parts: [...np, ...after, be, word.lower, ...complement], participle: word.lower };
}

/**
 * "The March 3 petition filed by the union asks the court...": a date inside a subject noun phrase whose
 * participle has an agent dates what the agent did, "Union filed the petition" (a regular verb's
 * participle in -ed is its past tense too).
 */
function agentActive(tokens: readonly Token[], dated: Set<number>, skip: Set<number>): Pick | null {
  const opening = firstWord(tokens);
  if (Math.min(...dated) <= opening || tokens[opening].tag !== 'det') return null;
  let p = opening + 1;
  while (p < tokens.length && (skip.has(p) || /^(?:adj|noun|name|num)$/.test(tokens[p].tag))) p++;
  const verb = tokens[p];
  if (!verb || !/^(?:verb|ven)$/.test(verb.tag) || !/\p{Ll}ed$/u.test(verb.text) || tokens[p + 1]?.lower !== 'by' || Math.max(...dated) >= p) return null;
  let q = p + 2;
  // ("addresses some concerns": a word in -s before a determiner is the verb, read as a noun)
  const verbInS = (t: Token | undefined, after: Token | undefined) => nounInS(t) && /^(?:det|poss|num)$/.test(after?.tag ?? '');
  while (q < tokens.length && /^(?:det|adj|noun|name)$/.test(tokens[q].tag) && !skip.has(q) && !(q > p + 2 && verbInS(tokens[q], tokens[q + 1]))) q++;
  const agent = range(p + 2, q, skip);
  // the agent is named, and the sentence's own verb follows it
  if (!agent.some((i) => /^(?:noun|name)$/.test(tokens[i].tag)) || !isVerbal(tokens[q]) && !verbInS(tokens[q], tokens[q + 1])) return null;
  const thing = range(opening, p, skip);
  return { parts: [...agent, verb.lower, ...thing.map((i, n) => (n === 0 ? tokens[i].lower : i))] };
}

/** Leads of a clause that says when the main clause's happening was: "when the star died". */
const TIME_LEADS = words('when as after before since while once until');

/** A "but" clause of up to this many words says too little without the clause it answers. */
const CONTRAST_WORDS = 5;

/** "The union asked for a raise, but talks broke off": a dated "but" clause after the one clause it answers, told with it. */
function withContrast(tokens: readonly Token[], dated: Set<number>, skip: Set<number>): Pick | null {
  const segments = segmentClauses(tokens, skip);
  const firstDated = Math.min(...dated);
  const k = segments.findIndex((s) => firstDated >= s.from && firstDated < s.to);
  const [first, seg] = [segments[0], segments[k]];
  if (k !== 1 || seg.lead !== 'but' || first.lead || !hasVerb(tokens, seg.from, seg.to, skip) || !hasVerb(tokens, first.from, first.to, skip)) return null;
  const firstIds = range(first.from, first.to, skip).filter((i) => tokens[i].tag !== 'punct' || tokens[i].text !== ',');
  if (!firstIds.length || startsWithVerb(tokens, firstIds) || /^(?:prep|pron|sub)$/.test(tokens[firstIds[0]].tag) || startsWithVerb(tokens, range(seg.from + 1, seg.to, skip))) return null;
  return { parts: [...firstIds, ',', ...range(seg.from, seg.to, skip)] };
}

/** The main clause, then the dated time clause that opened the sentence: "When the report came out, shares fell" → "Shares fell when the report came out". */
/** "The festivities began on Friday, as thousands marched": the dated clause with the "as"/"when" clause after it; or null. */
function withTimeClauseAfter(tokens: readonly Token[], dated: Set<number>, skip: Set<number>): Pick | null {
  const segments = segmentClauses(tokens, skip);
  const firstDated = Math.min(...dated);
  const k = segments.findIndex((s) => firstDated >= s.from && firstDated < s.to);
  const seg = segments[k];
  const next = segments[k + 1];
  if (!seg || seg.lead || !next || !/^(?:as|when|while)$/.test(next.lead ?? '') || !hasVerb(tokens, next.from, next.to, skip)) return null;
  const own = range(seg.from, seg.to, skip).filter((i) => tokens[i].tag !== 'punct');
  const after = range(next.from, next.to, skip).filter((i) => tokens[i].tag !== 'punct');
  // (a pronoun there names no one: "as they marched")
  if (!own.length || after.length < 3 || tokens[after[1]].tag === 'pron' || !isVerbal(tokens[own[own.length - 1]])) return null;
  return { parts: [...own, ...after] };
}

function withMainClause(tokens: readonly Token[], dated: Set<number>, skip: Set<number>): Pick | null {
  const segments = segmentClauses(tokens, skip);
  const firstDated = Math.min(...dated);
  const k = segments.findIndex((s) => firstDated >= s.from && firstDated < s.to);
  const seg = segments[k];
  if (!seg || !TIME_LEADS.has(seg.lead ?? '') || !hasVerb(tokens, seg.from, seg.to, skip)) return null;
  // the clause next to it, a main one with a subject and a verb
  // (only after a time clause that opens the sentence: in "Dr Roe was his doctor when the singer died", the
  // main clause is a backdrop to the happening, which says more alone)
  const main = segments[k + 1];
  if (k !== 0 || !main || main.lead || !hasVerb(tokens, main.from, main.to, skip) || startsWithVerb(tokens, range(main.from, main.to, skip))) return null;
  const mainIds = range(main.from, main.to, skip).filter((i) => !(tokens[i].tag === 'punct'));
  if (!mainIds.length || tokens[mainIds[0]].tag === 'pron' || tokens[mainIds[0]].tag === 'prep') return null;
  return { parts: [...mainIds, ...range(seg.from, seg.to, skip).filter((i) => tokens[i].text !== ',')] };
}

/**
 * "26 MAY: TOP KILL OF BLOWOUT PREVENTER - FAILED Crews tried...": a caption's heading in capitals run
 * into the text, two or more words in capitals with an everyday word among them (not "US FDA", a
 * run of acronyms). Left alone when the whole sentence is in capitals.
 */
function capitalRuns(tokens: readonly Token[]): number[] {
  const shouted = (t: Token) => /^\p{Lu}{2,}$/u.test(t.text);
  const out: number[] = [];
  let lower = 0;
  for (const t of tokens) if (/\p{Ll}/u.test(t.text)) lower++;
  if (lower < 3) return out;
  for (let i = 0; i < tokens.length; i++) {
    if (!shouted(tokens[i])) continue;
    let j = i;
    const run: number[] = [];
    // words in capitals, with the dashes, colons and numbers of a caption between them
    while (j < tokens.length && (shouted(tokens[j]) || /^[-:–—&]$/.test(tokens[j].text) || /^\d+$/.test(tokens[j].text))) run.push(j++);
    while (run.length && !shouted(tokens[run[run.length - 1]])) run.pop();
    // "ONGOING KDX is laying": an acronym before a verb in lower case is the sentence's subject
    const last = tokens[run[run.length - 1]];
    if (run.length && (last.text.length <= 4 || !knownWord(last.lower)) && /^\p{Ll}/u.test(tokens[run[run.length - 1] + 1]?.text ?? '')) run.pop();
    while (run.length && !shouted(tokens[run[run.length - 1]])) run.pop();
    const words = run.filter((k) => shouted(tokens[k]));
    if (words.length >= 2 && words.some((k) => tokens[k].text.length >= 4 && knownWord(tokens[k].lower))) out.push(...run);
    i = j;
  }
  return out;
}

/**
 * '"Sadly I must confirm that we have lost a crew member," she said' as "She confirms we have lost a crew
 * member": a quotation whose speaker says in the first person that they confirm, announce or deny
 * something is told as the speaker's act, what it is about kept in the quotation's own words.
 */
function speechAct(tokens: readonly Token[], said: Pick): Pick | null {
  const verbAt = said.parts.findIndex((p) => typeof p === 'string');
  const subject = said.parts.slice(0, verbAt);
  if (verbAt < 1 || !subject.every((p) => typeof p === 'number')) return null;
  let i = 1;
  while (tokens[i] && (tokens[i].tag === 'adv' || /^\p{L}{3,}ly$/u.test(tokens[i].text) || tokens[i].tag === 'punct' && tokens[i].text === ',' || TIME_WORDS.has(tokens[i].lower) || TIME_NOUNS.has(tokens[i].lower) && tokens[i - 1].lower === 'this' || tokens[i].lower === 'this' && TIME_NOUNS.has(tokens[i + 1]?.lower ?? ''))) i++;
  if (tokens[i]?.text !== 'I') return null;
  i++;
  // "I do have to", "I must", "I can", "I am able to", "I want to"
  for (let guard = 0; guard < 4 && tokens[i] && /^(?:aux|modal|to|adv|adj)$/.test(tokens[i].tag) || tokens[i]?.lower === 'have' || tokens[i]?.lower === 'want'; guard++) i++;
  const present = SPEECH_ACTS.find((p) => bareForm(p) === tokens[i]?.lower);
  if (!present) return null;
  let from = i + 1;
  if (tokens[from]?.lower === 'that') from++;
  let to = from;
  while (to < tokens.length && tokens[to].tag !== 'quote' && !(tokens[to].text === ',' && tokens[to + 1]?.tag === 'quote')) to++;
  const what = range(from, to, new Set()).filter((k) => tokens[k].text !== '.');
  if (what.length < 2 || !hasVerb(tokens, from, to)) return null;
  return { parts: [...subject, agree(present, tokens, subject as number[]), ...what] };
}

const TIME_WORDS = words('today yesterday tonight now');
/** Sayings that are acts of their own, told in the third person when a speaker does them in the first. */
const SPEECH_ACTS = ['confirms', 'announces', 'reports', 'denies', 'reveals', 'discloses', 'acknowledges', 'admits'];

/** The frame after an opening quotation that holds the date: '"...," Ana Ruiz said' as 'Ana Ruiz says "..."'. */
function quotedSaying(tokens: readonly Token[], dated: Set<number>, skip: Set<number>, dateWords: Set<number>): Pick | null {
  const segments = segmentClauses(tokens, skip);
  const firstDated = Math.min(...dated);
  for (const [j, seg] of segments.entries()) {
    if (seg.from <= firstDated || !quotedLead(tokens, seg)) continue;
    const framed = framedTitle(tokens, segments, j, skip, dateWords);
    // the speaker is named after the quote, not taken from inside it
    const speaker = framed?.parts[0];
    return typeof speaker === 'number' && speaker >= seg.from ? framed : null;
  }
  return null;
}
