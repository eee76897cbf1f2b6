// Clause analysis for dated happenings: ties a temporal expression to the clause (and verb group)
// it sits in, and reads that clause's tense, modality and negation, so that a forecast, a guess, a
// negation, a statistic, a state or span ("independent since 1921"), a reaction or a date that only
// names a thing ("the 2019 champion") is not taken for a happening, and a scheduled one is kept as planned.
//
// Tagger: wink-nlp with wink-eng-lite-web-model (a statistical part-of-speech tagger, Universal
// Dependencies tags, lemmas). Compared with the compromise lexicon tags in tokens.ts on 36,882
// sentences of the development corpus, the two agree on verb / noun / other for 90.3% of words;
// read by hand, wink was right in nearly every disagreement that matters here ("stems", "help",
// "continuing" as verbs; "economic", "possible", "federal" as adjectives the lexicon left as
// nouns), which is what finding a clause's verb needs. It costs about 70 µs a sentence against
// 28 µs, so it runs only on sentences that hold a candidate date.

import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { ADVERBIAL_LEADS, AIM_NOUNS, APPROXIMATORS, BELIEF_VERBS, CALENDAR_WORDS, DATED_HAPPENING_NOUNS, isWrittenYear, LAW_NAMES, OCCASION_NOUNS, SAME_FORM_PASTS, SHARE_WORDS, UNIT, VIEW_VERBS } from '../lexicon';
import { MODALS, PRONOUNS } from './tokens';

export interface Word {
  text: string;
  lower: string;
  lemma: string;
  /** Universal Dependencies part of speech: NOUN, PROPN, VERB, AUX, ADJ, ADP, DET, PRON, PART... */
  pos: string;
  /** Offsets into the tagged text. */
  start: number;
  end: number;
}

// wink-nlp learns from what it reads: every word it has not seen is added to the model's lexicon,
// and how a later text is split into words depends on it (winkjs/wink-nlp#143): once "It was
// Vellcorp's." has been read, "Vellcorp's" is one word, and "Vellcorp's board met" no longer reads
// "Vellcorp" and a possessive "'s". So that a text's words depend on that text alone (not on the
// sentences or articles read before it), the lexicon forgets after each text the words it learned
// from it: they leave the lexicon's word -> place map, where wink looks a word up, but keep their
// places in its list (the features wink keeps beside the list are found by place), so the next text
// that meets one adds it again as new. That costs a delete per new word, where a new tagger costs
// 150-400 ms. The list still grows, so a tagger whose lists have grown far is replaced (its output
// is the same). The model's custom-entity loader rewrites its own data on every call (it stringifies
// its machines in place), so it is called once and kept; its core loader parses afresh on every
// call, and the tagger's own copy is kept to forget what it learns.
// (wink's types leave the model's loaders `unknown`)
interface Lexicon {
  hash: Record<string, number>;
  list: string[];
  /** The list's length as the model was shipped. */
  intrinsicSize?: number;
  /** The place the next new value takes, and the largest place the packing of a feature's value can hold. */
  index?: number;
  maxIndex?: number;
}
interface CoreModel {
  features: Record<string, Lexicon> & { lexeme: Lexicon };
}
const metaCER = (model.metaCER as () => unknown)();
let core: CoreModel | null = null;
const loadCore = model.core as () => CoreModel;
const pristine: typeof model = { ...model, metaCER: () => metaCER, core: () => (core = loadCore()) };
let nlp: ReturnType<typeof winkNLP> | null = null;

function tagger(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(pristine);
  return nlp;
}

/** Forgets the words the tagger learned since its lexicon held `known` words; replaces a tagger whose lists have grown far. */
function forget(known: number): void {
  const lexeme = core!.features.lexeme;
  for (let i = known; i < lexeme.list.length; i++) delete lexeme.hash[lexeme.list[i]];
  // (a feature's places are packed in a few bits: a list near its largest place would spill into its neighbour's)
  const full = Object.values(core!.features).some((f) => f.maxIndex !== undefined && f.index! > f.maxIndex / 2);
  if (full || lexeme.list.length > 2 * lexeme.intrinsicSize!) nlp = null;
}

/** Words of `text` with their part of speech, lemma and offsets. Deterministic. */
export function tagWords(text: string): Word[] {
  const nlp = tagger();
  const its = nlp.its;
  const known = core!.features.lexeme.list.length;
  let texts: string[], pos: string[], lemmas: string[];
  try {
    const doc = nlp.readDoc(text);
    texts = doc.tokens().out() as string[];
    pos = doc.tokens().out(its.pos) as string[];
    lemmas = doc.tokens().out(its.lemma as never) as string[];
  } finally {
    forget(known);
  }
  const words: Word[] = [];
  let at = 0;
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i];
    const found = text.indexOf(t, at);
    // wink keeps a token's own characters; a token it rewrote is placed where the last one ended.
    const start = found < 0 || found - at > 40 ? at : found;
    const end = found < 0 || found - at > 40 ? at : found + t.length;
    // "4.15 am": the clock's "am" is no verb
    const clock = /^(?:am|pm|a\.m\.?|p\.m\.?)$/i.test(t) && words[words.length - 1]?.pos === 'NUM';
    // "Air Am", "Pan Am": a capitalised "Am" after a capitalised word is part of a name, not "I am"
    const inName = t === 'Am' && /^\p{Lu}/u.test(words[words.length - 1]?.text ?? '');
    words.push({ text: t, lower: t.toLowerCase(), lemma: (lemmas[i] ?? t).toLowerCase(), pos: clock ? 'NOUN' : inName ? 'PROPN' : (pos[i] ?? 'X'), start, end });
    at = end;
  }
  for (let i = 0; i < words.length; i++) if (verbAfterModal(words, i) || verbAfterScheduleTo(words, i)) words[i] = { ...words[i], pos: 'VERB' };
  for (let i = 0; i < words.length; i++) if (hyphenedPiece(words, i)) words[i] = { ...words[i], pos: 'ADJ' };
  return words;
}

/**
 * "the blown-out well", "a well-known firm", "the Lowmere-based group": the tagger splits a hyphened word at its
 * hyphen and may read a piece as a verb; a piece joined to another by a hyphen, with no space, is part of one
 * modifier inside a noun phrase, never the clause's verb.
 */
function hyphenedPiece(words: readonly Word[], i: number): boolean {
  if (words[i].pos !== 'VERB') return false;
  const joined = (h: number) => words[h]?.text === '-' && words[h - 1]?.end === words[h].start && words[h].end === words[h + 1]?.start;
  if (!joined(i + 1) && !joined(i - 1)) return false;
  // (inside a noun phrase only, after an article, a possessive, a preposition, an adjective or a number: "the court
  // fast-tracked the case" keeps its verb)
  let first = i;
  while (joined(first - 1)) first -= 2;
  const before = words[first - 1];
  return !!before && (/^(?:DET|ADP|ADJ|NUM)$/.test(before.pos) || POSSESSIVES.has(before.lower) || before.text === "'s" || before.text === '’s');
}

/** The modal auxiliaries, with the forms the tagger splits off ("we 'll", "wo n't", "ca n't"). */
const MODAL_FORMS: ReadonlySet<string> = new Set([...MODALS, "'ll", "'d", 'ca', 'wo']);

/**
 * "Builders will secure the roof on Friday", "the library will close from Monday": a modal is followed by the bare verb
 * it governs, never by an adjective or a noun, so a word the tagger read as one there ("secure", "close", "present",
 * "fund") is that verb. (Not an adverb standing before the verb: "will likely be", "could better explain".)
 */
function verbAfterModal(words: Word[], i: number): boolean {
  const w = words[i];
  if ((w.pos !== 'ADJ' && w.pos !== 'NOUN') || !/^\p{Ll}+(?:-\p{Ll}+)?$/u.test(w.text)) return false;
  let k = i - 1;
  // ("will not close", "would quickly secure")
  while (k > 0 && (/^(?:not|n't|also|then|still|now|soon|never)$/.test(words[k].lower) || (words[k].pos === 'ADV' && /ly$/.test(words[k].lower)))) k--;
  const modal = words[k];
  if (!modal || modal.pos !== 'AUX' || !MODAL_FORMS.has(modal.lower)) return false;
  const next = words[i + 1];
  return !next || (next.pos !== 'VERB' && next.pos !== 'AUX');
}

/**
 * "was due to re-open on Sunday", "is set to re-launch the ferry": after a word of schedule and "to", a word made with
 * "re-" is the bare verb the schedule is of, however the tagger read it (not a noun made from one: "due to re-election",
 * "set to re-entry", "re-opening").
 */
function verbAfterScheduleTo(words: Word[], i: number): boolean {
  const w = words[i];
  if ((w.pos !== 'ADJ' && w.pos !== 'NOUN') || !/^re-\p{Ll}+$/u.test(w.text) || /(?:ion|ment|ance|ence|ing|ry|al|ship)$/.test(w.lower)) return false;
  return words[i - 1]?.lower === 'to' && SCHEDULED.has(words[i - 2]?.lower ?? '');
}

export type DateReading =
  | {
      keep: true;
      status: 'happened' | 'planned';
      /** The noun a date modifies, when it names a happening ("the 1989 spill"). */
      nounPhrase?: [number, number];
      /**
       * The clause's verb tells it as done, in the past ("extended"), the perfect ("has announced", "had been
       * burned") or in what someone said ("said more turtles were found"): a date after the telling is not its day.
       */
      done?: 'past' | 'perfect' | 'reported';
      /**
       * Told in the past: a schedule ("was due to expire Friday"), upset, tells no happening by its day; an
       * expectation ("was expected to vote Friday") leaves open whether it came by a day gone, and stands for a day ahead.
       */
      lapsed?: 'schedule' | 'expectation';
      /** The noun phrase sits in an aside between commas: the clause around it is another happening. */
      aside?: boolean;
    }
  | { keep: false; reason: 'negation' | 'hypothetical' | 'forecast' | 'statistic' | 'state' | 'habit' | 'modifies a noun' | 'reaction' };

const set = (s: string) => new Set(s.split(' '));
const NEGATIONS = set("not n't never no neither nor nobody none no-one");
/** Modals of a guess, a condition or what one is able to do: "could reopen in May", "listeners can hear it on Friday", "says it can pump 9,000 barrels a day by May". */
const HEDGES = set('could might may would should can');
const FUTURE = set("will shall 'll wo");
/** Pieces of opinion and those who write them: what they say is a view, not news. */
const OPINION_PIECES = set('editorial commentary column op-ed columnist commentator pundit');
/** Verbs by which an opinion piece or its writer says something. */
const OPINION_SAYING = set('say write argue state claim urge call warn add note conclude complain');
/** Verbs that report what someone said. */
export const REPORTING: ReadonlySet<string> = set('say tell announce declare confirm state report add promise pledge insist vow');
/** Verbs of saying whose content is read for an opinion or a forecast (`opinionSaid`, `saysForecast`): "said", "insisted", "argued". */
const TELLING_VERBS = set('say tell declare insist assert contend argue');
/** What a saying that says nothing says: "had no comment", "would not comment", "won't comment" (which the tagger splits "wo n't"). */
const NOTHING_SAID = /^(?:\S+ ){0,8}?(?:that )?(?:it|he|she|they|we|the \S+) (?:had|has|have|would have|offered|made) no (?:immediate |further |other )?comment|^(?:\S+ ){0,8}?(?:that )?(?:it|he|she|they|we|the \S+) (?:would|could|will|can|wo|ca) (?:not|n't) comment/;

/** Verbs that make a forecast, guidance or expectation of what follows. */
export const FORECAST_VERBS: ReadonlySet<string> = set('expect forecast predict project estimate anticipate hope fear foresee');
/**
 * What holds over a whole century or decade rather than happening in it: "lived there in the 1880s",
 * "was based in the south in the 15th century", "a play set in the 1890s". Not "be": "the last time
 * was in the 1980s" dates a happening its subject names.
 */
const LASTING_VERBS = set('live remain exist reside dwell base locate set know dominate flourish');
/** Verbs of wanting, hoping or aiming: "wanted to be there", "hoped to reopen next week", "aims to launch on May 3" say nothing of whether it happened. */
const WISH_VERBS = set('want wish hope aim dream');
/** Verbs and nouns of striving: with a deadline ("is pushing to fix the pump by July 27", "a bid to finish by May") they tell an aim, not a plan. */
const EFFORT_VERBS = set('push seek strive race scramble struggle work try attempt rush hurry hope aim');
const EFFORT_NOUNS = set('push bid effort drive campaign attempt goal target aim hope');
/** Verbs of weighing a choice: "is considering a plan to close the port in May" tells no decision. */
const CONSIDER_VERBS = set('consider weigh mull contemplate ponder');
/** Verbs that tell only an aim still open before the infinitive they take: "will seek to calm", "would aim to overhaul". */
export const AIM_VERBS: ReadonlySet<string> = set('aim seek strive hope want wish');
/** Verbs of weighing, and of pressing someone for something, whose outcome a future leaves open: "will weigh", "would press for". */
export const WEIGH_VERBS: ReadonlySet<string> = new Set([...CONSIDER_VERBS, 'press']);
/** Verbs of urging someone to do a thing. */
const URGE_VERBS = set('urge ask press persuade encourage implore beg');
/**
 * Verbs of calling for a thing or speaking against someone: "continued to call for a vote" tells a call going on, not a
 * new one. ("push" is one only with "for": "continued to push for a vote", not "continued to push the barge", a deed;
 * nor is "press" going on with a task: "continued to press ahead with the sale".)
 */
export const CALL_VERBS: ReadonlySet<string> = new Set([...URGE_VERBS, ...set('call demand lobby appeal plead insist argue criticize criticise condemn blame accuse complain deny')]);
/** Whether the verb at `k` calls for a thing (CALL_VERBS, or "push for"; not "press ahead", "press on with"). */
const callsFor = (words: Word[], k: number): boolean =>
  isVerb(words[k]) &&
  ((CALL_VERBS.has(words[k].lemma) && !(words[k].lemma === 'press' && /^(?:ahead|on|forward)$/.test(words[k + 1]?.lower ?? ''))) ||
    (words[k].lemma === 'push' && words[k + 1]?.lower === 'for'));
/** Attacks in words, and pressure, that someone "kept up": "kept up her criticism of the plan". */
const ONGOING_ATTACKS = set('criticism condemnation pressure call campaign attack assault barrage rhetoric');
/** Verbs of setting someone a task with a deadline: "asked it to respond by Friday", "ordered the crews to leave by noon". */
const DEADLINE_VERBS = set('ask order tell urge require direct instruct give press call');
/** Forecast verbs whose passive is still a forecast ("expected" is also what is scheduled). */
const PASSIVE_FORECASTS = set('forecast predict project');
/** Adjectives that judge a thing: "called the killing wrong" (not "called the election early"). */
const JUDGMENTS = set('wrong right unacceptable outrageous shameful unfair unjust regrettable tragic absurd ridiculous disgraceful deplorable appalling irresponsible reckless inappropriate immoral evil senseless cowardly barbaric heinous despicable chaotic unprecedented grave preposterous disastrous catastrophic misguided overblown shambolic farcical laughable');
/** Verbs by which a writer passes on what another noted: "as the Varrow Times points out today, ...". */
const NOTING_VERBS = set('point note observe remark report write say put');
/** Verbs of talk about a thing, whose passive with "much" tells commentary: "much has been made of the deal", "much discussed this week is ...". */
const TALKED_OF = set('make say write discuss debate talk');
/** What a figure foretold does: "is expected to save $3 million", "to do better than break even". */
const FIGURE_VERBS = set('save cost earn do break total reach exceed top rise fall grow shrink climb drop increase decrease decline improve worsen double halve');
/** What weather, a slick or an outbreak is foretold to do: "is expected to hit the coast", "to strengthen into a hurricane". */
const NATURE_VERBS = set('hit strike become strengthen weaken intensify build spread');
/** Weather and things that spread, whose coming is foretold, not planned: "the storm is expected to hit". */
const NATURE_SUBJECTS = set('storm hurricane typhoon cyclone tornado depression front slick oil spill plume sea wave rain snow flood floodwater water fire wildfire blaze outbreak virus flu epidemic wind temperature heat cloud ash tide surge');
/** Words that name a day: hours said with one are on the calendar ("between 7am and 10pm on Thursday"). */
const NAMED_DAYS = new Set([...CALENDAR_WORDS, 'today', 'tomorrow', 'tonight']);
/** What a figure is estimated in: "the estimate for next year". */
const ESTIMATE_NOUNS = set('estimate forecast projection outlook target guidance prediction');

/** Happenings that are a say-so, dated in the possessive: "Friday's ruling by the court", "Monday's announcement by the board". */
const DECLARED_NOUNS = set('ruling announcement decision declaration');
/** Verbs whose object is the deed they do: "issued Thursday's ruling", "held Monday's meeting". */
const PERFORM_VERBS = set('issue hold make give deliver announce cast call host stage chair hand');

/**
 * Whether the noun ending at `k` (exclusive) is followed by who did it or whom it was between, with a
 * name or number in it: "by the Alder court", "between Tom and his aunt", "on the Pellow bill".
 */
function namedComplement(words: Word[], k: number): boolean {
  if (!/^(?:by|between|on|against|over)$/.test(words[k]?.lower ?? '')) return false;
  for (let i = k + 1; i < words.length && i <= k + 5; i++) {
    if (words[i].pos === 'PROPN') return true;
    if (!/^(?:DET|ADJ|NOUN|NUM|CCONJ)$/.test(words[i].pos) && !POSSESSIVES.has(words[i].lower)) return false;
  }
  return false;
}

/** Verbs by which a share of something changes hands. */
const TRADE_VERBS = set('acquire buy sell purchase');

/** Whether the percent word at `k` is a share bought or sold: "to acquire up to 30% of the chain", "sold a 40 percent stake". */
function shareTraded(words: Word[], k: number): boolean {
  if (!/^(?:of|stake|interest|holding)$/.test(words[k + 1]?.lower ?? '')) return false;
  let i = k - 1;
  while (i >= 0 && k - i <= 5 && (words[i].pos === 'NUM' || /^(?:up|to|about|some|nearly|almost|a|an|its|their|his|her|the|another|further)$/.test(words[i].lower))) i--;
  return i >= 0 && isVerb(words[i]) && TRADE_VERBS.has(words[i].lemma);
}

/** Whether the sentence asks a question about the words up to `b`: a question mark ends the clause after them. */
function asked(words: Word[], b: number): boolean {
  for (let k = b + 1; k < words.length; k++) {
    if (words[k].text === '?') return true;
    if (/^[.!;]$/.test(words[k].text)) return false;
  }
  return false;
}

/** What a forecast says will happen to a figure or a state. */
const TREND_VERBS = set(
  'reach rise fall grow shrink continue remain increase decrease decline climb drop recover improve worsen exceed top surpass slow ' +
    'ease deepen persist peak',
);
/** Verbs that give a figure's level over a period: "hit $5 billion in 2008". */
export const LEVEL_VERBS: ReadonlySet<string> = set('hit reach total stand rise fall climb drop grow shrink jump surge slump amount top average peak narrow widen soar plunge tumble slide dip double triple halve');
/** Verbs by which a price, an index or a volume moves or settles. */
const MARKET_MOVES = set('rise fall climb drop jump surge slump soar plunge tumble slide dip close end finish shed lose gain add slip edge ease rally total');
/** What a market's daily figures are of. */
const MARKET_NOUNS = set('index average share stock price composite dollar yen bond future volume equity currency');
/** Whether `w` names what a market's figures are of, capitalised at a sentence's start too (the tagger reads "Shares" as a name). */
const marketNoun = (w: Word | undefined) => isNoun(w) && MARKET_NOUNS.has(w!.lemma.toLowerCase().replace(/s$/, ''));
/** Verbs by which a price that moved settles, with no figure of its own: "shares stabilized on Wednesday". */
const SETTLE_VERBS = set('stabilize stabilise steady rebound');

/** Verbs telling a term running out: a right, a note or a curb that expires, lapses or matures on a day. */
const TERM_ENDS = set('expire lapse mature');
/** Words that make a market's move news: "a record 777 points", "its biggest fall since 1987". */
const RECORD = /^(?:record|biggest|largest|worst|best|steepest|sharpest|history|ever|highest|lowest|since)$/;
/** Nouns that name a quantity of something: "the number of ferries", "the amount collected", "twice the price". */
const QUANTITY_NOUNS = set('number share proportion percentage rate level amount price figure sum');
/** Running figures of money or of an economy, told again as they move: "the total bill", "jobless claims", "consumer confidence". */
const RUNNING_FIGURES = set('bill cost costs tab claims confidence sales spending exports imports inflation unemployment');

/**
 * Whether the verb at `v` has a subject whose head is one of RUNNING_FIGURES: nothing but the head's modifiers before
 * it, back to the sentence's start, a "that" or a conjunction, and no finite verb or comma between it and the verb ("the
 * total bill for fighting the fire and housing the crews hit": a gerund is the head's complement). A verb of saying
 * opens the subject as "that" does ("Norvex said sales rose" is "Norvex said that sales rose"); not "Norvex said its
 * sales rose", a possessive before the head (the firm's own figure); not "the sales tax rose", whose head is another noun.
 */
function runningFigureSubject(words: Word[], v: number): boolean {
  const chain = chainOf(words, 0, v);
  let h = v - 1;
  while (h >= 0 && !(isNoun(words[h]) && RUNNING_FIGURES.has(words[h].lower))) {
    if (words[h].text === ',' || (isVerb(words[h]) && !/ing$/.test(words[h].lower) && !chain.includes(words[h]))) return false;
    h--;
  }
  if (h < 0 || (isNoun(words[h + 1]) && h + 1 < v)) return false;
  let s = h - 1;
  while (s >= 0 && /^(?:DET|ADJ|NUM|PROPN|NOUN)$/.test(words[s].pos)) s--;
  // (a verb of saying opens the reported clause as "that" does: "Norvex said sales rose" is "said that sales rose")
  return s < 0 || /^(?:that|and|but)$/.test(words[s].lower) || (isVerb(words[s]) && REPORTING.has(words[s].lemma));
}

/** Verbs of money flowing in or out: "$900 million flowed out of the funds". */
const FLOW_VERBS = set('flow stream seep pour trickle drain bleed');
/** Verbs that gather a quantity: "collected 9,200 gallons", "captured 40 tonnes". */
const GATHER_VERBS = set('collect capture siphon skim gather recover pump');
/** Units a gathered quantity is measured in (not things counted one by one: "captured 30 rebels"). */
const MEASURE_UNITS = /^(?:barrels?|gallons?|lit(?:er|re)s?|tonnes?|tons?|cubic|pounds?|kilo(?:gram)?s?|bushels?|cords?)$/;

/** A quantity gathered by the verb at `k`: "collected 9,200 gallons", "managed to capture 1.2 million tonnes". */
function gathersQuantity(words: Word[], k: number): boolean {
  if (!isVerb(words[k]) || !GATHER_VERBS.has(words[k].lemma)) return false;
  // ("can pump 9,000 barrels a day", "will be able to capture": a capacity or a forecast, read as such elsewhere)
  if (words.slice(Math.max(0, k - 4), k).some((w) => FUTURE.has(w.lower) || /^(?:can|could|may|might|should|must|would|able|aims?|plans?|hopes?|expects?)$/.test(w.lower))) return false;
  return words.slice(k + 1, k + 6).some((x, j) => {
    const unit = /^(?:million|thousand)$/.test(words[k + 2 + j]?.lower ?? '') ? words[k + 3 + j] : words[k + 2 + j];
    return x.pos === 'NUM' && MEASURE_UNITS.test(unit?.lower ?? '');
  });
}

/** Words that bound a figure after them, beside APPROXIMATORS: "more than 2,300", "at least 40", "just 12". */
const FIGURE_BOUNDS = set('more less fewer than at least just');
/** Whether a word may stand between a verb or "to" and the figure it leads to: "to nearly 300", "reported more than 250". */
const leadsToFigure = (w: Word | undefined): boolean => !!w && (APPROXIMATORS.has(w.lower) || FIGURE_BOUNDS.has(w.lower));
/** Whether a count's number says ten or more: "40", "2,300", "hundreds", "3 million" (a tally, not a few). */
const tensOrMore = (w: Word): boolean => parseFloat(w.text.replace(/,/g, '')) >= 10 || /^(?:million|billion|thousand|hundred|thousands|hundreds|dozens)$/i.test(w.text);

/** Words of a running tally: "the total", "the global tally". */
const TALLY_WORDS = set('total tally');

/**
 * A running tally in the sentence: "bringing the total to 952", "the tally rises to 8,480": a count updated,
 * whatever the day it is told. (A death toll is left to other rules, a disaster's toll on its day being news;
 * so is "the number of cases rose from three to 12 on Thursday", an outbreak's early news.)
 */
function runningTally(words: Word[]): boolean {
  // (the tagger reads "total" as an adjective as often as a noun: "the total rose", "the total number"; "in total" is
  // an adverb)
  const tallyAt = (k: number) => TALLY_WORDS.has(words[k].lower) && words[k - 1]?.lower !== 'in';
  // ("to 952", "to $4 million", "to more than 2,300", "to nearly 300")
  const figureFrom = (k: number) => {
    while (k < words.length && leadsToFigure(words[k])) k++;
    return words[k]?.pos === 'NUM' || (words[k]?.pos === 'SYM' && words[k + 1]?.pos === 'NUM');
  };
  const toFigure = (from: number) => words.slice(from, from + 10).some((w, j) => w.lower === 'to' && figureFrom(from + j + 1));
  return words.some((w, k) => {
    if (!tallyAt(k)) return false;
    // "bringing the total to 952", "taking the total number of cases to 28", "the agency increased its tally of cases
    // to 2,300": whoever moves a running count to a figure only updates it
    const bringer = words.slice(Math.max(0, k - 4), k).findIndex((x) => isVerb(x) && /^(?:bring|take|push|raise|lift|increase|revise|update|lower)$/.test(x.lemma));
    if (bringer >= 0 && toFigure(k + 1)) return true;
    // "the total rises to 12,954", "the tally of confirmed cases has climbed to 8,480"
    const rise = words.slice(k + 1, k + 8).findIndex((x) => isVerb(x) && /^(?:rise|climb|jump|increase|grow|reach|hit|soar)$/.test(x.lemma));
    return rise >= 0 && toFigure(k + 2 + rise);
  });
}

/**
 * A count so far told from `k` on: "(that) nearly 900 people have been treated", "some 40 have died": a figure
 * heading a clause in the present perfect, a running total whoever reports it, or in the past perfect up to a
 * happening's "since" ("60 had been rescued since the flood"). (The past "400 people died" is a happening's toll, and
 * is left alone.)
 */
export function countSoFar(words: Word[], k: number): boolean {
  if (words[k]?.lower === 'that') k++;
  let figure = false;
  let figureNoun = false;
  let tens = false;
  let seen = 0;
  for (let j = k; j < words.length && seen <= 7; j++) {
    const w = words[j];
    // ("the clean-up bill": a hyphen inside a word)
    if (w.text === '-' && j > k) continue;
    seen++;
    if (/^(?:has|have|had)$/.test(w.lower) && w.pos === 'AUX') {
      const next = words.slice(j + 1, j + 3).find((x) => x.pos !== 'ADV');
      const perfect = j > k && (next?.lower === 'been' || (next?.pos === 'VERB' && /(?:ed|en|t)$/.test(next.lower)));
      // "(said) 60 people had been rescued since the quake": a count up to the saying's day since a happening, a
      // tally of ten or more whatever its size (the past perfect with no "since", "had died", is left)
      const since = sinceInClause(words, j + 1);
      // "(said) 30 clinics had logged 4,200 visits": a count recorded so far, its tally the object (COUNT_VERBS)
      const counted = j > k && next?.pos === 'VERB' && COUNT_VERBS.has(next.lemma) && words.slice(j + 2, j + 5).some((x) => x.pos === 'NUM' && !isWrittenYear(x.text) && tensOrMore(x));
      if (counted) return true;
      if (w.lower === 'had' && !since) return false;
      // "the cost of the repairs has now passed the $2 billion mark": a figure's noun heading it, its sum after
      return perfect && (figure || (since && tens) || (figureNoun && moneyWithin(words, j + 1, 8)));
    }
    // (a known group, not a count: "the 300 miners have been rescued", "its 500 staff have been laid off" tell what
    // befell them all)
    if (w.pos === 'NUM' && /^(?:the|these|those|its|their)$/.test(words[j - 1]?.lower ?? '')) return false;
    // (a count, not a few: "three aides have resigned" tells a happening; a tally since a happening needs ten)
    if (w.pos === 'NUM' && !isWrittenYear(w.text)) {
      const count = parseFloat(w.text.replace(/,/g, ''));
      tens ||= tensOrMore(w);
      figure ||= count >= 100 || /^(?:million|billion|thousand|hundred|thousands|hundreds)$/i.test(w.text) || words.slice(k, j).some((x) => APPROXIMATORS.has(x.lower) || /^(?:more|least|estimated)$/.test(x.lower));
    } else if (!/^(?:DET|ADJ|ADV|NUM|NOUN|PROPN|ADP|SYM)$/.test(w.pos)) return false;
    // (the tagger reads "Sales" opening a sentence as a name)
    else if (isNoun(w) && FIGURES.has(w.lemma.toLowerCase().replace(/s$/, ''))) figureNoun = true;
  }
  return false;
}

/** Whether "since" stands in the clause from `k` on, within twelve words: "had been rescued since the quake". */
function sinceInClause(words: Word[], k: number): boolean {
  for (let j = k; j < words.length && j < k + 12 && !/^[.;:,]$/.test(words[j].text); j++) if (words[j].lower === 'since') return true;
  return false;
}

/**
 * A count that stands now told from `k` on: "(that) there are now 900 members", "there are some 40 patients in the
 * ward": what a saying reports in the present is how things stand on its day, a figure; so is the present told back
 * ("there were now 43 crews") and a count so far ("there have been 600 landings", "there had been 600 landings since
 * Monday") (not "there were 30 crew on board", the past, left to the rules on tolls and scenes).
 */
function countStanding(words: Word[], k: number): boolean {
  if (words[k]?.lower === 'that') k++;
  if (words[k]?.lower !== 'there') return false;
  const be = words[k + 1]?.lower ?? '';
  // "there were now 43 crews": the present told back in a saying's past, "now" keeping it the saying's day;
  // "there have been 600 landings", "there had been 600 landings since Monday": a count so far up to the saying
  const backshifted = /^(?:was|were)$/.test(be) && words[k + 2]?.lower === 'now';
  const perfect = /^(?:has|have|had)$/.test(be) && words[k + 2]?.lower === 'been';
  if (!/^(?:is|are)$/.test(be) && !backshifted && !perfect) return false;
  let j = k + (perfect ? 3 : 2);
  while (j < k + 7 && (words[j]?.pos === 'ADV' || leadsToFigure(words[j]))) j++;
  if (words[j]?.pos !== 'NUM' || isWrittenYear(words[j].text)) return false;
  // (a few told in the past perfect is a happening's news, "there had been two blasts"; a count so far needs ten, and
  // "since" when it is told in the past)
  if (!perfect) return true;
  return tensOrMore(words[j]) && (be !== 'had' || sinceInClause(words, j + 1));
}

/** Nouns of an opinion poll or a study: what is conducted among a sample, and what finds a figure, not a happening. */
const POLL_NOUNS = set('poll polls survey surveys study studies');

/**
 * Whether the verb at `v` tells when a poll was taken: "The poll was conducted March 9 to 12 among 1,210 adults",
 * "1,000 people were asked in the survey, conducted from May 2 to May 4": a poll's fieldwork, a note on its method (not
 * "Police conducted a raid on Monday", nor "the survey found on Monday": what it found is read by other rules).
 */
function pollTaken(words: Word[], v: number): boolean {
  if (words[v].lemma !== 'conduct' || !/ed$/.test(words[v].lower)) return false;
  return words.slice(Math.max(0, v - 6), v).some((w) => POLL_NOUNS.has(w.lower));
}

/** What a count is read from: "according to official figures", "statistics", "the data". */
const FIGURE_SOURCES = set('figures statistics data estimates tallies');

/** Verbs by which a poll or figures give what they found. */
const FINDING_VERBS = set('find show suggest indicate reveal');

/**
 * Whether the date at `a`..`b` sits in what a poll found or figures show, with a figure in it: "A poll last month found
 * that 64 percent of voters ...", "released figures showing that it took 1,240 calls yesterday". The finding's verb
 * has a poll's noun (POLL_NOUNS) or a figures' source (FIGURE_SOURCES) right before it (or before the date set between
 * them), no other verb stands between a date before it and it, and a number or a percentage follows it.
 */
function pollOrFiguresFound(words: Word[], a: number, b: number): boolean {
  const end = words.findIndex((w, k) => k > b && /^[.;!?]$/.test(w.text));
  const stop = end < 0 ? words.length : end;
  for (let v = 1; v < stop; v++) {
    if (!isVerb(words[v]) || !FINDING_VERBS.has(words[v].lemma)) continue;
    // (the noun right before the verb, or before the date set between them, "A poll last month found", is the
    // finder; "a survey team found the wreck" is a team's deed)
    const head = words[v === b + 1 ? a - 1 : v - 1];
    const source = !!head && isNoun(head) && (POLL_NOUNS.has(head.lower) || FIGURE_SOURCES.has(head.lower));
    if (!source) continue;
    // (a date before the finding's verb dates it only with no other verb between)
    if (v > b && words.slice(b + 1, v).some(isVerb)) continue;
    const figure = words.slice(v + 1, stop).some((w, j) => (w.pos === 'NUM' && !isWrittenYear(w.text) && !(v + 1 + j >= a && v + 1 + j <= b)) || /^(?:percent|%)$/.test(w.lower));
    if (figure) return true;
  }
  return false;
}

/**
 * Whether a count's source stands within eight words of the date at `a`..`b`: "according to (the latest) figures",
 * or "putting (put, puts) the figure, number, count or total at" a figure. (A toll put at a figure on a disaster's
 * day is left to the rules on tolls.)
 */
function figureSourced(words: Word[], a: number, b: number): boolean {
  const from = Math.max(0, a - 8);
  return words.slice(from, b + 9).some((w, j) => {
    const k = from + j;
    if (k >= a && k <= b) return false;
    // (the tagger takes "figures" after "according to" for a verb now and then)
    if (FIGURE_SOURCES.has(w.lower)) {
      let m = k - 1;
      while (m > 0 && /^(?:DET|ADJ)$/.test(words[m].pos)) m--;
      return words[m]?.lower === 'to' && words[m - 1]?.lower === 'according';
    }
    return w.lemma === 'put' && isVerb(w) && words[k + 1]?.lower === 'the' && /^(?:figure|number|count|total)$/.test(words[k + 2]?.lower ?? '') && words[k + 3]?.lower === 'at';
  });
}

/** Whether the date at `a`..`b` is a span up to now: "in recent weeks", "over the past few days". */
function recentSpan(words: Word[], a: number, b: number): boolean {
  const span = words.slice(a, b + 1);
  const recent = span.some((w, j) => w.lower === 'recent' || (/^(?:past|last)$/.test(w.lower) && /^(?:few|several|couple)$/.test(span[j + 1]?.lower ?? '')));
  return recent && /^(?:days|weeks|months|years)$/.test(span[span.length - 1].lower);
}

/** Verbs of a change told with no figure: "the mood has shifted", "sales picked up". */
const CHANGE_VERBS = set('change shift evolve');

/**
 * Whether the date at `a`..`b` is a span up to now ("in recent weeks", "over the past few days") told right after a
 * verb of a rise, a fall, a change or a trend going on (TREND_VERBS also holds "continue", "remain" and "persist":
 * "protests continued in recent days") with nothing but adverbs, a degree ("a lot") or a particle between: "prices
 * soared in recent years", "sales had picked up sharply in recent days". Not "dropped the charges in recent days" (a
 * deed done to a thing), nor "the talks resumed in recent days".
 */
function changedOfLate(words: Word[], a: number, b: number): boolean {
  if (!recentSpan(words, a, b)) return false;
  let k = /^(?:in|over|during)$/.test(words[a - 1]?.lower ?? '') ? a - 2 : a - 1;
  while (k > 0) {
    if (words[k].pos === 'ADV' || QUOTE_MARK.test(words[k].text) || words[k].lower === 'up') k--;
    else if (/^(?:lot|bit|little)$/.test(words[k].lower) && words[k - 1].lower === 'a') k -= 2;
    else break;
  }
  const w = words[k];
  if (!w || !isVerb(w) || /ing$/.test(w.lower)) return false;
  return TREND_VERBS.has(w.lemma) || LEVEL_VERBS.has(w.lemma) || CHANGE_VERBS.has(w.lemma) || (w.lemma === 'pick' && words[k + 1]?.lower === 'up');
}

/** The parts a whole is cut into: "half", "a third", "two-thirds", "three quarters". */
const FRACTIONS = set('half third thirds quarter quarters fifth fifths tenth tenths');

/** Verbs of a view a share of a group holds: "61 percent of voters favored the plan", "a third of those asked rated it". */
const STANCE_VERBS = set('favor favour support oppose back approve disapprove rate prefer trust believe think want feel fear');

/**
 * A share of a group told from `k` on: "(that) 61 percent of the pupils were absent", "two-thirds of the boats were
 * old", "40% of those asked said ...", "fully 70 percent of voters favored the pier": a proportion heading a clause
 * whose verb is "be" (not a passive: "half of the town was flooded" tells what befell it), a saying or a view held, a
 * figure about the group, not a deed.
 */
function shareOfGroup(words: Word[], k: number): boolean {
  if (words[k]?.lower === 'that') k++;
  let j = k;
  while (j < k + 3 && (leadsToFigure(words[j]) || /^(?:only|under|an|a|the|estimated|fully)$/.test(words[j]?.lower ?? ''))) j++;
  // ("two-thirds", "two thirds": the count of parts before the part)
  if (words[j]?.pos === 'NUM' && FRACTIONS.has(words[j + (words[j + 1]?.text === '-' ? 2 : 1)]?.lemma ?? '')) j += words[j + 1]?.text === '-' ? 2 : 1;
  let of = -1;
  if (words[j]?.pos === 'NUM' && /^(?:percent|%)$/.test(words[j + 1]?.lower ?? '')) of = j + 2;
  else if (words[j]?.pos === 'NUM' && words[j + 1]?.lower === 'per' && words[j + 2]?.lower === 'cent') of = j + 3;
  else if (FRACTIONS.has(words[j]?.lower ?? '')) of = j + 1;
  if (of < 0) return false;
  // "52 percent approved", "30 percent said they were unsure", "the 38 percent who backed it": the share's own verb right
  // after it, a saying or a view held (a poll's finding with its group left out)
  if (words[of]?.lower !== 'of') {
    const said = words[words[of]?.lower === 'who' ? of + 1 : of];
    return !!said && said.pos === 'VERB' && (REPORTING.has(said.lemma) || STANCE_VERBS.has(said.lemma)) && !/ing$/.test(said.lower);
  }
  for (let m = of + 1; m < words.length && m <= of + 12; m++) {
    const w = words[m];
    // (", and the rest were idle", "walked out and the rest were idle": a clause of its own after the share's)
    if (w.text === ';' || w.pos === 'SCONJ' || (w.pos === 'CCONJ' && (words[m - 1]?.text === ',' || words.slice(of + 1, m).some(isVerb)))) return false;
    // (a participle after it is a passive; the tagger takes a plural noun for a verb now and then: "were models")
    if (/^(?:is|are|was|were)$/.test(w.lower)) {
      const next = words.slice(m + 1).find((x) => x.pos !== 'ADV');
      return !isVerb(next) || /s$/.test(next?.lower ?? '');
    }
    if (w.pos === 'VERB' && (REPORTING.has(w.lemma) || STANCE_VERBS.has(w.lemma)) && !/ing$/.test(w.lower)) return true;
  }
  return false;
}

/** Whether a sum of money ("$2 billion", "£40m") stands within `reach` words from `from`. */
function moneyWithin(words: Word[], from: number, reach: number): boolean {
  return words.slice(from, from + reach).some((w, i) => (w.pos === 'SYM' || w.text === '$') && words[from + i + 1]?.pos === 'NUM');
}

/**
 * Money paid out so far told from `k` on: "(that) the firm had paid out $15 million in claims", "it has paid out $2
 * million": what a saying reports as paid out up to then is a running sum; so is a sum paid in a kind of charge, "(that)
 * it paid $6.3 billion in income tax", "paid $2 billion in dividends" (not "had paid $9 million for the mill", a deal;
 * nor "had spent about $1.9 billion on the clean-up", which the stats19 tests keep as the day's news).
 */
function paidOutSoFar(words: Word[], k: number): boolean {
  if (words[k]?.lower === 'that') k++;
  for (let j = k; j < words.length && j <= k + 6; j++) {
    const w = words[j];
    if (/^(?:has|have|had)$/.test(w.lower) && w.pos === 'AUX') {
      const verb = words[j + 1];
      const out = verb?.lemma === 'pay' && words[j + 2]?.lower === 'out';
      return j > k && out && moneyWithin(words, j + 3, 3);
    }
    // "it paid $6.3 billion in global income tax": the sum, then "in" and what kind of charge it was
    if (j > k && w.lower === 'paid' && isVerb(w)) {
      const m = words.slice(j + 1, j + 4).findIndex((x, i) => (x.pos === 'SYM' || x.text === '$') && words[j + 2 + i]?.pos === 'NUM');
      if (m < 0) return false;
      let e = j + 3 + m;
      while (e < words.length && e <= j + 8 && (words[e].pos === 'NUM' || /^(?:million|billion|bn|m|trillion)$/i.test(words[e].lower))) e++;
      return words[e]?.lower === 'in' && words.slice(e + 1, e + 5).some((x) => isNoun(x) && /^(?:tax|taxes|dividends?|royalties|fees|claims|interest|bonuses)$/.test(x.lower));
    }
    if (!/^(?:DET|ADJ|NOUN|PROPN|PRON)$/.test(w.pos)) return false;
  }
  return false;
}

/** Nouns of how likely a thing is: "a 30 percent chance", "a one-in-four risk". */
const CHANCE_NOUNS = set('chance chances probability likelihood odds risk');

/**
 * Whether the date at `a` sits in what a chance given as a figure is of: "a 30 percent chance of strengthening into a
 * storm by Friday", "a 50% chance that the front will turn into a cyclone by Monday" (the chance's noun within twenty
 * words before the date, no comma or clause break between). Not a chance as an opening ("had a chance to speak on
 * Monday": no figure), nor a clause after the chance's own ("gave it a 40 percent chance, then hit the coast on Monday").
 */
function chanceGiven(words: Word[], a: number): boolean {
  for (let k = a - 1; k >= 2 && a - k <= 20; k--) {
    if (/^[,;:.?!]$/.test(words[k].text)) return false;
    if (!CHANCE_NOUNS.has(words[k].lower)) continue;
    const percent = /^(?:%|percent)$/.test(words[k - 1].lower) || (words[k - 1].lower === 'cent' && words[k - 2].lower === 'per');
    return percent && words.slice(Math.max(0, k - 4), k - 1).some((w) => w.pos === 'NUM');
  }
  return false;
}

/** Verbs that tell a result's figure: "reported earnings of $7.1 million", "posted a loss of", "had losses of". */
const RESULT_VERBS = /^(?:report|post|have)$/;

/** A result's figure after the verb at `v`: "earnings of $7.1 million", "a net loss of $2 million", "losses of $512 million". */
function resultFigure(words: Word[], v: number): boolean {
  if (v < 0) return false;
  for (let k = v + 1; k < words.length && k <= v + 5; k++) {
    if (words[k].lower === 'of') return (FIGURES.has(words[k - 1]?.lemma ?? '') || FIGURES.has(words[k - 1]?.lower.replace(/s$/, '') ?? '')) && (words[k + 1]?.pos === 'SYM' || words[k + 1]?.text === '$') && words[k + 2]?.pos === 'NUM';
    if (!/^(?:DET|ADJ|NOUN|PROPN|NUM|PUNCT|SYM)$/.test(words[k].pos) || words[k].text === ',') return false;
  }
  return false;
}

/** Where a trading day's close leaves a market: "closed sharply lower", "ended mixed". */
const CLOSE_SIDES = /^(?:lower|higher|mixed|firmer|weaker|easier|steady|flat|unchanged|down|up)$/;
/** A market's rank of the day: "the biggest faller", "the top gainer". */
const RANK_NOUNS = set('faller riser gainer decliner advancer mover');
/** Closes that tell no move: "closed unchanged", "ended mixed". */
const STILL_SIDES = /^(?:mixed|steady|flat|unchanged)$/;
/** Units of a price's or an index's move: "12.4 points", "87 cents", "1.2%". */
const MOVE_UNITS = /^(?:points?|cents?|pence|%|percent|yen)$/;

/** Words that tell a move's cause after it: "fell 6% as traders feared a strike", "rose after the firm won a contract". */
const CAUSE_WORDS = set('as amid after following because');

/**
 * Whether the market move at `v` is told bare, with no cause and no other verb after it up to the sentence's end:
 * "Shares in Tolvane fell 2.1 percent on Friday." (not "Shares in Tolvane sank 6% today as traders feared a
 * strike", the story of one firm's fall).
 */
function bareMove(words: Word[], v: number): boolean {
  for (let k = v + 1; k < words.length && !/^[.;!?]$/.test(words[k].text); k++) if (CAUSE_WORDS.has(words[k].lower) || isVerb(words[k])) return false;
  return true;
}

/** Marks that set off an aside in pairs: commas, and dashes ("Shares of Tolvane -- which has lost a third of its value -- fell"). */
const ASIDE_MARKS = [/^,$/, /^(?:--|—|–)$/];

/**
 * The stretches between two commas, or two dashes, one after the other before the verb at `v`, where an aside may sit:
 * "Shares in Tolvane, the largest tin miner, fell". Found once per verb, then asked of each word (see `inAside`).
 */
function asidesBefore(words: Word[], v: number): [number, number][] {
  const spans: [number, number][] = [];
  for (const mark of ASIDE_MARKS) {
    const marks = words.flatMap((w, j) => (j < v && mark.test(w.text) ? [j] : []));
    for (let i = 0; i + 1 < marks.length; i++) spans.push([marks[i], marks[i + 1]]);
  }
  return spans;
}

/** Whether word `k` sits inside one of the stretches `asidesBefore` found. */
const inAside = (spans: readonly [number, number][], k: number): boolean => spans.some(([from, to]) => from < k && k < to);

/**
 * Whether the verb at `v` is the first of the sentence, but for verbs inside a hyphened word ("Varn-based") or an
 * aside set off by commas: "Shares in Tolvane, the largest tin miner, fell".
 */
function firstVerbOfSentence(words: Word[], v: number): boolean {
  const asides = asidesBefore(words, v);
  return words.slice(0, v).every((w, k) => !isVerb(w) || words[k - 1]?.text === '-' || inAside(asides, k));
}

/**
 * Whether a record word in the sentence tells the move (RECORD), not the subject in an aside before the verb at `v`,
 * nor a clause of its own after the move ("closed up 1 percent Thursday but have lost $30 billion since the fire").
 */
function recordTold(words: Word[], v: number): boolean {
  const next = words.findIndex((w, k) => k > v && (w.text === ';' || (w.pos === 'CCONJ' && w.lower === 'but')));
  const asides = asidesBefore(words, v);
  return words.some((w, k) => RECORD.test(w.lower) && !inAside(asides, k) && (next < 0 || k < next));
}

/** A record or a move of ten percent or more anywhere in the sentence: the market's move is the story. */
function bigMove(words: Word[]): boolean {
  // ("a near-record 640 pence" is no record)
  return words.some((w, k) => (RECORD.test(w.lower) && !(words[k - 1]?.text === '-' && words[k - 2]?.lower === 'near')) || (w.pos === 'NUM' && /^(?:%|percent)$/.test(words[k + 1]?.lower ?? '') && parseFloat(w.text.replace(/,/g, '')) >= 10));
}

/**
 * A move to a level after the market verb at `v`: a level ("to 980.5", "at $18.25", "closing at $10") within a
 * few words, given in money or with the move's own figure ("12.4 points", "40 cents"); "rose to 300" (a toll) is no
 * price. Not when the move is the story (bigMove).
 */
function routineMove(words: Word[], v: number): boolean {
  let level = false;
  let priced = false;
  let moved = false;
  for (let k = v + 1; k < words.length && k <= v + 14 && !/^[;.]$/.test(words[k].text); k++) {
    const w = words[k];
    if (/^(?:to|at)$/.test(w.lower)) {
      const money = words[k + 1]?.pos === 'SYM' || words[k + 1]?.text === '$';
      const n = words[k + (money ? 2 : 1)];
      if (n?.pos === 'NUM' && !/^(?:a\.?m\.?|p\.?m\.?|o'clock)$/.test(words[k + (money ? 3 : 2)]?.lower ?? '')) {
        level = true;
        if (money) priced = true;
      }
    }
    if (w.pos === 'NUM' && MOVE_UNITS.test(words[k + 1]?.lower ?? '')) moved = true;
  }
  return level && (priced || moved) && !bigMove(words);
}

/** Verbs that give a count gained or lost over a period: "added 9,000 jobs in May", "created 20,000 posts last month", "earned $4 million in 2019". */
const TALLY_VERBS = set('add create gain lose shed earn');
/**
 * Verbs by which a count is recorded, taken in or handled, one by one, over a period: "reported 180 outbreaks in
 * February", "received 9,000 calls last week", "carried 5 million passengers in 2009", "slaughtered 3 million hens in
 * 2006". With a figure as their object over a period they give a tally (not "killed 200 people", a deed).
 */
const COUNT_VERBS = set('report record register log count receive handle carry serve process ship slaughter collect');

/** Verbs by which a clause lists counts: "those included 12 collapses and 340 injuries" over a period is a tally. */
const LISTING_VERBS = set('include comprise number');
/** Verbs by which a sum is set aside or spent: "in 2016, $7 million was allocated", a sum over a period. */
const SPENDING_VERBS = set('budget allocate earmark spend');
/** Multiples a figure is told as of another: "double what the builders quoted a month ago". */
const MULTIPLES = set('double triple quadruple twice half thrice');

/** Whether the object of the verb at `v` is a figure: "reported 180 outbreaks", "handled some $4 billion", the date's words [a, b] skipped. */
function objectFigure(words: Word[], v: number, a: number, b: number): boolean {
  let k = v + 1;
  while (k < words.length && ((k >= a && k <= b) || words[k].pos === 'ADV' || leadsToFigure(words[k]))) k++;
  const n = numberAt(words, k);
  return n >= 0 && !isWrittenYear(words[n].text);
}
/** Verbs by which a firm, a trade or a country turns out goods or sums: "produced 40,000 tonnes in 2008", "exported $3 million of wine". */
const OUTPUT_VERBS = set('produce generate contribute export manufacture refine');

/**
 * An output over a period told by the active verb at `v`, its object a figure or an amount set against others: "the
 * mill produced 40,000 tonnes of steel in 2008", "last year the unit contributed $4 million", "which last year
 * produced more wool than any other farm". A figure for the period, not a happening. (Not "contributed $1 million to
 * the fund", a gift; not "produced the film in 1998", nor a passive "was produced in 1998 for $2 million".)
 */
function outputOverPeriod(words: Word[], v: number, chain: Word[], a: number, b: number): boolean {
  if (v < 0 || !OUTPUT_VERBS.has(words[v].lemma) || chain.length || words[v].pos !== 'VERB') return false;
  const next = words.slice(v + 1).find((w, j) => (v + 1 + j < a || v + 1 + j > b) && w.pos !== 'ADV');
  const comparedAmount = !!next && /^(?:more|less|fewer)$/.test(next.lower) && words.slice(v + 2, v + 6).some((w) => w.lower === 'than');
  if (!comparedAmount && !figureAfter(words, v, a, b)) return false;
  // ("contributed $1 million to the fund": a gift to someone)
  const end = words.findIndex((w, k) => k > v && /^[.;]$/.test(w.text));
  return !words.slice(v + 1, end < 0 ? words.length : end).some((w) => w.lower === 'to');
}
/** The index of the number of a figure starting at `k` ("75" in "75", "3" in "$3"), or -1. */
function numberAt(words: Word[], k: number): number {
  const n = words[k]?.pos === 'SYM' || words[k]?.text === '$' ? k + 1 : k;
  return words[n]?.pos === 'NUM' ? n : -1;
}

/** Whether a change from one figure to another ("from 60 to 75", "from $2 to $3") follows the verb at `v` in its sentence. */
function changeBetweenFigures(words: Word[], v: number): boolean {
  for (let k = v + 1; k < words.length && !/^[.;]$/.test(words[k].text); k++) {
    if (words[k].lower !== 'from' || numberAt(words, k + 1) < 0) continue;
    if (words.slice(k + 2, k + 6).some((w, j) => w.lower === 'to' && numberAt(words, k + 3 + j) >= 0)) return true;
  }
  return false;
}

/**
 * Whether a ratio of a whole starts at `k`: a figure, "in" or "of", "every" and a figure ("1 of every 7", "one in
 * every five"), or a figure, "in" and a figure ("one in five", "£1 in £4"). (Not "two of the five ministers", a part
 * of a known group.)
 */
function ratioAt(words: Word[], k: number): boolean {
  const n = numberAt(words, k);
  if (n < 0) return false;
  const by = words[n + 1]?.lower;
  if (by !== 'in' && by !== 'of') return false;
  const every = words[n + 2]?.lower === 'every';
  if (!every && by === 'of') return false;
  const m = numberAt(words, n + (every ? 3 : 2));
  return m >= 0 && !isWrittenYear(words[m].text);
}

/** Whether the date at `a`..`b` closes or opens a span between two dates: "from May 3 to Friday", "from Monday until June 2". */
function betweenDates(words: Word[], a: number, b: number): boolean {
  // ("to late Friday", "until early May")
  const edge = /^(?:late|early|mid)$/.test(words[a - 1]?.lower ?? '') ? a - 1 : a;
  const before = words[edge - 1]?.lower;
  if (before === 'to' || before === 'until') return words.slice(Math.max(0, edge - 6), edge - 1).some((w, j, g) => w.lower === 'from' && g.slice(j + 1).every((x) => x.text !== ','));
  return before === 'from' && words.slice(b + 1, b + 3).some((w) => w.lower === 'to' || w.lower === 'until');
}

/** Nouns of a figure's movement over time: "a surge in hiring that began last spring" is a trend, not a happening. */
const TREND_NOUNS = set('surge rise increase decline growth slump slide boom upturn downturn slowdown rebound gains stabilization stabilisation levelling leveling');
/** Verbs by which a place or a figure goes through a trend: "has seen a surge", "will post a decline". */
const TREND_SEEN = /^(?:exhibit|show|see|post|record|experience|suffer|undergo|register|witness)$/;
/** Verbs that start a run. */
const ONSET_VERBS = set('begin start');
/** Verbs that make figures public: "will post results", "will publish its accounts". */
const RELEASE_VERBS = set('post release publish unveil issue file');
/** A company's or an economy's figures: what a forecast says a happening will do to them. */
export const FIGURES: ReadonlySet<string> = set('result earning profit income revenue sale growth output margin loss deficit surplus cost');
/** "is set to", "is due to", "is scheduled for": a happening on the calendar. */
export const SCHEDULED: ReadonlySet<string> = set('set schedule scheduled slate slated due plan planned expected poised supposed');
/** The words of SCHEDULED that tell what is looked for, not what was arranged. */
export const EXPECTED = set('expected poised');
/** Words before "of" that make "of <date>" a part of a time, not a modifier: "the end of 2010". */
const TIME_HEADS = set(
  'end beginning start middle half part course rest summer spring autumn fall winter month week year day night morning evening ' +
    'quarter session period season weekend first last close height turn',
);
/** Possessive determiners: "his Aug. 2 visit" names a thing as "the Aug. 2 visit" does. */
const POSSESSIVES = set('its their his her our my your');
const SUPERLATIVE = /^(?:first|last|lowest|highest|best|worst|biggest|largest|smallest|record|most|least|only)$/;

/** Words that set a clause after or before another happening: "began after the invasion last August". */
const SEQUENCE_WORDS = set('after following before');
/** How many words back from a date a happening's noun phrase after "after" may begin: "after the collapse of the old regime ten years ago". */
const SEQUENCE_REACH = 7;
/** Prepositions that may open a happening's complement, where it was, by or with whom: "the blast at the plant", "talks with the union". */
const COMPLEMENT_PREPOSITIONS = set('at with in on by between against near off');
/** How many such complements a happening's noun phrase may take before a date, and how many more words each may add. */
const COMPLEMENTS = 2;
const COMPLEMENT_REACH = 4;
/** Words that make "after" mean at about the same time: "fled just after the takeover in 1948". */
const CLOSE_AFTER = set('just shortly immediately soon right directly');

/**
 * Whether the date at [a, b] follows a happening's noun that "after", "following" or "before" sets the clause
 * against, and dates that happening: "began after the invasion last August", "the gains made after the collapse of
 * the old regime ten years ago", "agreed to pay after the sinking of its rig in April". The clause came some time
 * after (or before) it, not in its month or year. ("just after the takeover in 1948" is the same time; "lending
 * froze after the 1987 crash", a date before its noun, is left to the clause: such a clause is mostly of that year.)
 */
function sequencedHappening(words: Word[], a: number): boolean {
  // (no verb between: "after he left in May" is a clause's)
  let happening = false;
  // (a complement of where or with whom may stand in the phrase: "after the explosion at its harbour plant in 2005")
  let reach = SEQUENCE_REACH;
  for (let k = words[a - 1]?.lower === 'in' ? a - 2 : a - 1; k >= 0 && a - k <= reach; k--) {
    const w = words[k];
    if (SEQUENCE_WORDS.has(w.lower)) return happening && (words[k + 1].pos === 'DET' || POSSESSIVES.has(words[k + 1].lower)) && !CLOSE_AFTER.has(words[k - 1]?.lower ?? '');
    if (isNoun(w) && DATED_HAPPENING_NOUNS.has(w.lower)) happening = true;
    else if (!happening && w.pos === 'ADP' && COMPLEMENT_PREPOSITIONS.has(w.lower) && reach < SEQUENCE_REACH + COMPLEMENTS * COMPLEMENT_REACH) reach += COMPLEMENT_REACH;
    else if (!/^(?:NOUN|PROPN|ADJ|DET|NUM)$/.test(w.pos) && w.lower !== 'of' && !POSSESSIVES.has(w.lower)) return false;
  }
  return false;
}

/**
 * Whether the date whose first word is `a`, before a happening's noun ("after the 1969 spill"), follows "after",
 * "before" or "following" that a noun governs, not a verb: "the hearings after the 2006 spill", "avoided its stations
 * after the 1989 spill", "the fines imposed on Varno after its 1990 invasion". The phrase tells which thing; the clause
 * is not of the happening's date. (A verb's own phrase, "credit froze after the 1987 crash", mostly shares its year.)
 */
export function sequencedFromNoun(words: Word[], a: number): boolean {
  let k = a - 1;
  if (words[k]?.pos === 'DET' || POSSESSIVES.has(words[k]?.lower ?? '')) k--;
  const lead = words[k];
  if (!lead || !SEQUENCE_WORDS.has(lead.lower)) return false;
  const governor = words[k - 1];
  // (a tagger may read "right before" as a noun's; a span, "a day after the May 3 blast", "for years after the 1974
  // crash", is counted from the happening, or shares its year, as the clause is read elsewhere)
  return isNoun(governor) && !CLOSE_AFTER.has(governor!.lower) && !DEADLINE_UNIT.test(governor!.lower);
}

/** How many words a happening's noun phrase may run between its noun and a date after it: "the outbreak of SARS in 2003". */
const HAPPENING_TAIL = 4;

/**
 * The words of a definite happening's noun phrase that ends at word `end`, right before a date, or null: "the
 * outbreak of Vell fever", "the star's death", "the Norvex Gulf of Varn oil disaster". Its noun is a happening's
 * (DATED_HAPPENING_NOUNS); the phrase opens with a determiner or an owner and holds only nouns, names, adjectives
 * and an "of" complement after the noun ("an outbreak in May" stays the clause's: an indefinite noun is often its object).
 * A `bare` phrase may open with no determiner ("ahead of budget talks"), for a caller that checks what governs it; a
 * `complemented` one may hold where or with whom ("the vote of the council on the budget"), for a caller whose
 * governor sets the clause apart from it.
 */
function happeningBefore(words: Word[], end: number, bare = false, complemented = false): [number, number] | null {
  if (!isNoun(words[end])) return null;
  let h = end;
  // (a plural by its lemma: "the hearings")
  const happening = (w: Word) => w.pos === 'NOUN' && (DATED_HAPPENING_NOUNS.has(w.lower) || DATED_HAPPENING_NOUNS.has(w.lemma));
  // (for a `complemented` phrase, a preposition's complement may stand between, with its own owner: "the meeting with
  // the board at the town hall", "a summit of finance ministers in Port Ellis"; a phrase told about, "suing over the
  // blast at the plant in April", is left to its clause's tense)
  let tail = HAPPENING_TAIL;
  let complements = 0;
  while (h >= 0 && end - h < tail && !happening(words[h])) {
    const w = words[h];
    if (complemented && w.pos === 'ADP' && w.lower !== 'of' && COMPLEMENT_PREPOSITIONS.has(w.lower) && complements < COMPLEMENTS && h < end) {
      complements++;
      tail += COMPLEMENT_REACH;
    } else if (!/^(?:NOUN|PROPN|ADJ|DET)$/.test(w.pos) && w.lower !== 'of' && !(complemented && (POSSESSIVES.has(w.lower) || /^['’]s$/.test(w.text)))) return null;
    h--;
  }
  if (h < 0 || !happening(words[h])) return null;
  // (past its modifiers, to the determiner or owner)
  let s = h;
  // ("the Norvex Gulf of Varn oil disaster": an "of" inside a name)
  const nameOf = (k: number) => words[k].lower === 'of' && words[k - 1]?.pos === 'PROPN' && words[k + 1]?.pos === 'PROPN';
  while (s > 0 && ((/^(?:NOUN|PROPN|ADJ)$/.test(words[s - 1].pos) && words[s - 1].lower !== 'of') || nameOf(s - 1))) s--;
  const opener = words[s - 1];
  if (!bare && (!opener || !(opener.lower === 'the' || POSSESSIVES.has(opener.lower) || /^['’]s$/.test(opener.text)))) return null;
  return [s, h + 1];
}

/**
 * Whether a happening's noun phrase governed by word `g` stands apart from its clause's time: a happening the clause
 * came after or before ("following", not "just after"), or one the clause is told about ("over", "about"). (A
 * subject is told by its clause, and a verb's object or a setting mostly shares its verb's year: "won the election
 * in 2019", "died in the crash in 2019".)
 */
function apartFromClause(words: Word[], g: number): boolean {
  const w = words[g];
  if (!w) return false;
  if (SEQUENCE_WORDS.has(w.lower)) return !CLOSE_AFTER.has(words[g - 1]?.lower ?? '');
  return TOPIC_PREPOSITIONS.has(w.lower);
}

/** Units of time that set a clause within a day of a happening: "hours before the vote on Tuesday". */
const WITHIN_A_DAY = set('hour hours minute minutes moments');
/** Verbs that take "before" as a place, in front of a body: "testified before the inquiry on Tuesday". */
const APPEAR_BEFORE = set('testify appear speak plead argue stand come bring');

/**
 * Whether a happening's noun phrase governed by word `g` is still to come when its clause happened: "released a letter
 * ahead of the hearings on Tuesday", "resigned days before the vote next week". (Not "just before the vote on Tuesday"
 * or "hours before", which are of that day, nor "testified before the inquiry on Tuesday", a place.)
 */
function aheadOfClause(words: Word[], g: number): boolean {
  const w = words[g];
  if (!w) return false;
  // ("on the eve of the vote on Tuesday": the clause came the day before)
  if (w.lower === 'of' && (words[g - 1]?.lower === 'ahead' || (words[g - 1]?.lower === 'eve' && words[g - 2]?.lower === 'the'))) return true;
  const lead = words[g - 1];
  return w.lower === 'before' && !CLOSE_AFTER.has(lead?.lower ?? '') && !WITHIN_A_DAY.has(lead?.lower ?? '') && !(lead && isVerb(lead) && APPEAR_BEFORE.has(lead.lemma));
}

/** How many words a named owner before "'s" may run: "Chinese President Ann Roe's". */
const OWNER_REACH = 6;

/**
 * The first word of the owner whose last word is `end`, right before "'s": "the mayor", "Chinese President Ann
 * Roe" (names, nouns, adjectives and a determiner), or `end + 1` when none is there.
 */
function ownerStart(words: Word[], end: number): number {
  let s = end + 1;
  while (s > 0 && end - s < OWNER_REACH - 1 && /^(?:NOUN|PROPN|ADJ)$/.test(words[s - 1].pos)) s--;
  if (s > 0 && words[s - 1].pos === 'DET' && s <= end) s--;
  return s;
}

/** Prepositions that set a verb in a happening, so it shares the happening's time: "died in the May 3 blast", "decided at last year's summit". */
const SETTING_PREPOSITIONS = set('in at during on by with amid amidst throughout within');
/** Adjectives that liken a thing to a happening: "similar to the 1979 spill". */
const LIKENESS = set('similar akin comparable identical reminiscent');
/** Whether word `k` likens what comes before it to what comes after: "similar to", "akin to", "identical with". */
export function likenessAt(words: Word[], k: number): boolean {
  return LIKENESS.has(words[k]?.lower ?? '') && /^(?:to|with)$/.test(words[k + 1]?.lower ?? '');
}
/** How many words of a verb's object may stand between it and a setting preposition: "lost the seat to a rival in the 2019 election". */
const OBJECT_REACH = 6;

/**
 * Whether the dated noun phrase that starts at word `from` is only a thing the clause is told about, not where or
 * when the clause's verb took place: a preposition's object other than a setting ("faces lawsuits over the May 3
 * blast", "inquiries into the May 3 blowout", "families of the victims of the 2001 attacks", "spoke in advance of a
 * May 3 hearing"). Such a clause is not of the happening's date. Kept: the phrase as the subject ("The May 3 blast
 * killed two"), the verb's object ("caused the 1918 pandemic"), a setting ("died in the May 3 blast", "was
 * overwhelmed by the 1918 pandemic", "In a May 3 speech, the mayor said ..."), and a likeness, which names the
 * happening in its clause as "bigger than the 1989 flood" does ("is eerily similar to a 1979 accident off the coast").
 */
export function aboutHappening(words: Word[], from: number): boolean {
  const p = phraseGovernor(words, from);
  if (p > 0 && likenessAt(words, p - 1)) return false;
  // (a conjunction opens a clause the phrase is the subject of: "noting that the 1918 outbreak came in waves")
  // ("the questions surrounding the May 3 blast": a participle of topic after a noun of talk or knowing stands as a
  // preposition does; "troops were surrounding the May 3 rally" is a verb's, "the streets surrounding the rally in May"
  // a place's)
  const topic = p > 0 && TOPIC_PREPOSITIONS.has(words[p].lower) && (TOPIC_NOUNS.has(words[p - 1].lower) || CLOSING_QUOTE.test(words[p - 1].text));
  if (p > 0 && describingParticiple(words, p)) return true;
  if (p < 0 || (words[p].pos !== 'ADP' && !topic) || words[p].lower === 'that') return false;
  const setting = SETTING_PREPOSITIONS.has(words[p].lower);
  // before any verb: a subject noun's complement ("The row over the May 3 blast is spreading"), not a phrase that
  // opens the sentence and sets its clause ("In a May 3 speech, the mayor said")
  if (!words.slice(0, p).some(isVerb)) return !setting && isNoun(words[p - 1]);
  if (!setting) return true;
  // a setting of the verb before it, or of the verb whose short object stands between: "lost to a rival in"
  for (let k = p - 1; k >= 0 && p - k <= OBJECT_REACH; k--) {
    if (isVerb(words[k])) return false;
    if (!/^(?:DET|ADJ|NUM|NOUN|PROPN|PRON|ADV|ADP|PART)$/.test(words[k].pos)) return true;
  }
  return true;
}

/**
 * Whether the word at `p` is a present participle cut short of its relative clause on a noun that a verb of the
 * sentence took before it: "questioned members of a panel investigating the May 3 blast", "thanked the crews
 * cleaning up the May 3 spill". The participle's object is what the noun's people are busy with, not when the
 * clause's verb took place (noun24). Left: a noun with no verb before it, the clause's subject ("Reporters attending
 * Monday's briefing were told ...").
 */
function describingParticiple(words: Word[], p: number): boolean {
  const w = words[p];
  // ("the streets surrounding the rally in May": a participle of topic or place is read as a preposition, above)
  if (w.pos !== 'VERB' || !/ing$/.test(w.lower) || TOPIC_PREPOSITIONS.has(w.lower) || !isNoun(words[p - 1]) || words[p - 2]?.pos === 'AUX') return false;
  let s = p - 1;
  while (s > 0 && /^(?:NOUN|PROPN|ADJ|NUM|DET)$/.test(words[s - 1].pos)) s--;
  return words.slice(0, s).some((x) => isVerb(x) && x.pos === 'VERB');
}

/**
 * Whether the date at [a, b], with no preposition of its own, stands between a noun only told about and that noun's
 * "in" and gerund: the noun phrase is the object of a preposition of topic after the clause's verb ("the coach took
 * sharp questions about his role last year in choosing the stadium"). The date is the noun's; "played a big role last
 * year in choosing it" is the clause's, and stays so.
 */
function toldAboutNoun(words: Word[], a: number, b: number): boolean {
  let n = a - 1;
  if (!isNoun(words[n]) || TIME_HEADS.has(words[n].lower)) return false;
  while (n > 0 && /^(?:NOUN|PROPN|ADJ)$/.test(words[n - 1].pos)) n--;
  const gerund = words[b + 2];
  const p = phraseGovernor(words, n);
  return words[b + 1]?.lower === 'in' && !!gerund && /^(?:VERB|NOUN)$/.test(gerund.pos) && /ing$/.test(gerund.lower) && TOPIC_PREPOSITIONS.has(words[p]?.lower ?? '') && words.slice(0, p).some(isVerb);
}

/** The word before a noun phrase that starts at `from`, past its determiner and owner: "the", "its", "Ann Roe's", "last month's". */
function phraseGovernor(words: Word[], from: number): number {
  let p = from - 1;
  while (p >= 0 && (words[p].pos === 'DET' || POSSESSIVES.has(words[p].lower) || /^['’]s$/.test(words[p].text) || (/^['’]s$/.test(words[p + 1]?.text ?? '') && isNoun(words[p])))) p--;
  return p;
}

/**
 * Whether a relative clause with a pronoun for subject opens at word `k` on the noun before it, its verb before the
 * date at `a`: "the two squads they each entered" (k at "they"), "the pipe that it hopes will carry" (k at "that").
 * Not a noun a verb of telling or a date word heads, whose pronoun opens what was told: "told reporters they had
 * left", "said Friday it had closed".
 */
function pronounRelative(words: Word[], k: number, a: number): boolean {
  const noun = words[k - 1];
  if (!noun || !isNoun(noun) || NAMED_DAYS.has(noun.lower) || timeNoun(noun) || THOUGHT_NOUNS.has(noun.lower) || TOPIC_NOUNS.has(noun.lower) || DECLARED_NOUNS.has(noun.lemma) || SAID_NOUNS.has(noun.lemma)) return false;
  // the noun is a verb's object or a phrase's in that verb's clause ("despite her long fight she died on Monday" has
  // no verb before the noun in its clause: the pronoun opens the clause itself)
  let m = k - 2;
  while (m >= 0 && !isVerb(words[m]) && !/^(?:CCONJ|SCONJ)$/.test(words[m].pos) && !/^[,;:]$/.test(words[m].text)) m--;
  if (m < 0 || !isVerb(words[m])) return false;
  const s = words[k].lower === 'that' ? k + 1 : k;
  if (!PRONOUNS.has(words[s]?.lower ?? '') || words[s].pos !== 'PRON') return false;
  let j = s + 1;
  while (j < a && (words[j].pos === 'ADV' || /^(?:each|all|both)$/.test(words[j].lower))) j++;
  // (the tagger may read a pronoun's present as a plural noun: "it hopes will carry")
  const misread = words[j]?.pos === 'NOUN';
  if (j >= a || !(isVerb(words[j]) || (misread && /s$/.test(words[j].lower) && /^(?:it|he|she)$/.test(words[s].lower)))) return false;
  // the clause has one verb before the date, its auxiliaries aside, unless that verb takes a clause ("that it hopes
  // will carry"): a second one makes the noun and its clause a subject ("since the oven it used broke down in May")
  while (j < a && (words[j].pos === 'AUX' || words[j].pos === 'ADV')) j++;
  const taking = misread || WISH_VERBS.has(words[j]?.lemma ?? '') || BELIEF_VERBS.has(words[j]?.lemma ?? '') || /^(?:expect|think)$/.test(words[j]?.lemma ?? '');
  if (!taking && words.slice(j + 1, a).some(isVerb)) return false;
  return !toldTo(words, k);
}

/** Nouns of saying whose "that" clause tells what was said: "the pledge that she would return". */
const SAID_NOUNS = set('statement pledge promise warning claim word news report message threat vow assurance');

/** Whether a noun names a time ("the last time the fair was held"), whose clause dates it. */
function timeNoun(w: Word | undefined): boolean {
  return !!w && (TIME_HEADS.has(w.lower) || /^times?$/.test(w.lower));
}

/** Whether the noun before word `k` is what a verb of telling took, the nearest verb before it in its clause: "told reporters", "said Friday". */
function toldTo(words: Word[], k: number): boolean {
  let m = k - 2;
  while (m >= 0 && !isVerb(words[m]) && !/^[,;:]$/.test(words[m].text)) m--;
  return m >= 0 && isVerb(words[m]) && (REPORTING.has(words[m].lemma) || TELLING_VERBS.has(words[m].lemma) || /^(?:show|warn|assure|inform|remind|convince|persuade|ask|advise)$/.test(words[m].lemma));
}

/** Pronouns that open a relative clause on the noun before them: "the trust, which the club set up in 2006". */
const RELATIVE_PRONOUNS = set('which who whom');

/**
 * The words of the relative clause that the date at [from, to) sits in (its verbs, nouns and adjectives), or null when
 * it sits in none: "crates, which the army will fly out on Monday", "blamed the men who sold us the scheme in
 * the 1990s". Such a date dates the relative clause's happening, which only describes a noun of another clause; a
 * title told by that other clause is not of this date (one that tells these words is: "Guard will airlift sandbags").
 * Only a clause on a noun after the sentence's verb counts: one on the subject tells of the subject's own happening
 * ("The talks, which took place last month, focused on trade"), unless its date is led by "since" ("The crew that has
 * been digging since May found a well": a span that went on before the sentence's happening, not its day). A complement "that" ("said that the talks began on
 * Monday") opens no relative clause: only a "that" right after a noun and right before its verb ("the group that
 * travelled on Monday") counts.
 */
export function relativeClauseWords(words: Word[], from: number, to: number): Word[] | null {
  return relativeClause(words, from, to)?.words ?? null;
}

/**
 * The words from the noun a relative clause holding the date at [from, to) describes to that clause's first verb, as
 * word indexes [first, last], for a clause no "which", "who" or "that" right before its verb opens (its subject a
 * pronoun or a noun, or a "what" after a preposition): "squads they each entered", "pipe that it hopes", "of what
 * happened". A title that carries these words whole tells the clause only as part of a noun of another clause's
 * happening.
 */
export function relativeClauseHead(words: Word[], from: number, to: number): [number, number] | null {
  const clause = relativeClause(words, from, to);
  // (a time's clause dates the time: "dead by the time the crews reached her on Tuesday")
  if (!clause?.bare || timeNoun(words[clause.opener - 1])) return null;
  let v = clause.opener + 1;
  while (v < words.length && !isVerb(words[v]) && !(words[v].pos === 'NOUN' && v > clause.opener + 1)) v++;
  return v < words.length ? [clause.opener - 1, v] : null;
}

function relativeClause(words: Word[], from: number, to: number): { words: Word[]; opener: number; bare: boolean } | null {
  const [a, b] = wordsOf(words, from, to);
  // "since" before the date (the tagger may read it as a conjunction) starts a span the relative clause tells
  let lead = a - 1;
  while (lead > 0 && /^(?:ADJ|ADV)$/.test(words[lead].pos)) lead--;
  const since = words[lead]?.lower === 'since' ? lead : -1;
  for (let k = a - 1; k > 0; k--) {
    const w = words[k];
    // a clause of another kind opens nearer the date: "because", "when", "said that", a colon, or a comma ends the
    // relative clause before it ("the baker who gave his name to the loaf, a report said Friday")
    // (not a comma between the nouns of a list: "which paid growers, owners and other families in May")
    const listed = w.text === ',' && isNoun(words[k - 1]) && /^(?:NOUN|PROPN|ADJ|DET)$/.test(words[k + 1]?.pos ?? '');
    if ((/^[,;:]$/.test(w.text) && !listed) || (w.pos === 'SCONJ' && k !== since) || (w.lower === 'that' && !isNoun(words[k - 1]))) return null;
    const pronoun = RELATIVE_PRONOUNS.has(w.lower) && w.pos === 'PRON' && (isNoun(words[k - 1]) || words[k - 1].text === ',');
    const that = w.lower === 'that' && isNoun(words[k - 1]) && isVerb(words.slice(k + 1, a).find((x) => x.pos !== 'ADV'));
    // a relative clause with no pronoun: "the panel the club set up in 2006" (a noun, then the clause's
    // subject and its verb)
    let j = k + 1;
    while (j < a && /^(?:ADJ|NOUN|PROPN)$/.test(words[j].pos)) j++;
    // (or an auxiliary first, "the car the thieves had stolen", where no verb of telling took the noun: "told the court
    // the firm had paid" tells what was said)
    const bare = w.pos === 'DET' && isNoun(words[k - 1]) && j > k + 1 && j < a && (words[j].pos === 'VERB' || (words[j].pos === 'AUX' && !toldTo(words, k) && !timeNoun(words[k - 1])));
    // The clause's subject may be a pronoun, with or without "that": "the two squads they each entered in May", "the
    // pipe that it hopes will carry water in August" (not what a verb of telling tells: "told reporters they
    // left on Monday", "said Friday it had closed", a complement, not a clause on the noun)
    const own = pronounRelative(words, k, a);
    // "about what she saw in May", "ashamed of what happened on Monday": a "what" clause a preposition takes names a
    // thing by its happening, which the sentence's clause is only about
    // (not what someone said a thing would be: "met them for what an aide said would be a frank talk on Monday", the
    // talk is the meeting)
    const free = w.lower === 'what' && words[k - 1]?.pos === 'ADP' && words.slice(k + 1, a).some(isVerb) && !words.slice(k + 1, a).some((x) => isVerb(x) && REPORTING.has(x.lemma));
    if (!pronoun && !that && !bare && !own && !free) continue;
    // a relative clause on the subject tells of the subject's own happening ("The talks, which took place last
    // month, focused on trade": the talks are the title's too)
    // One on the subject that tells since when a thing has gone on is another happening's span, though: "The crew
    // that has been digging since May found a well", "Roe, who has run the mill since 1990, retired on Friday"
    // (the sentence's own verb closes a clause with no comma)
    const subject = !free && !words.slice(0, k).some(isVerb);
    if (subject && since < 0) return null;
    // (the clause's words run on past the date to the next break: "which on Monday said it would close")
    let end = b + 1;
    while (end < words.length && !/^[,;:.]$/.test(words[end].text) && !(subject && isVerb(words[end]))) end++;
    if (subject && !words.slice(end).some(isVerb)) return null;
    // (its content words, not only its verbs: the tagger reads "who drowned Sunday" as an adjective)
    return { words: words.slice(k + 1, end).filter((x, i) => (k + 1 + i < a || k + 1 + i > b) && /^(?:VERB|AUX|NOUN|PROPN|ADJ)$/.test(x.pos)), opener: k, bare: !pronoun && !that };
  }
  return null;
}

/**
 * Prepositions that tell what a thing is about, not where or when it took place: "wrote about last week's show",
 * "the questions surrounding the mill's closure in May".
 */
const TOPIC_PREPOSITIONS = set('about over regarding concerning surrounding');

/** Nouns of thought whose "that" clause is put forward, not told as fact: "the premise that", "the idea that". */
const THOUGHT_NOUNS = set('premise premises idea ideas notion notions theory theories hypothesis assumption assumptions');

/** Nouns of talk or knowing that a participle of topic may follow: "the questions surrounding", "the facts concerning". */
const TOPIC_NOUNS = set('question questions fact facts truth circumstance circumstances controversy controversies mystery rumour rumours rumor rumors speculation debate issue issues concern concerns detail details allegation allegations uncertainty secrecy confusion scandal doubt doubts row dispute furore furor publicity');

/**
 * Whether the possessive date at word `a` ("Thursday's", "last week's") names a thing the clause is only told about:
 * the object of a preposition of topic ("was writing about last week's match"), a noun's complement before any
 * verb ("Details about Thursday's parade are still to be settled", "The site for Friday's rally was chosen"), or the
 * object of a gerund after a preposition that is not a setting ("held them to stop them from launching Thursday's
 * march"). A setting keeps the day ("died in Tuesday's blast", "by winning Sunday's race"), so do "after" and
 * "before", read elsewhere, and a verb's own object ("attended Tuesday's meeting").
 */
function toldAboutDay(words: Word[], a: number): boolean {
  const p = phraseGovernor(words, a);
  const free = (w: Word | undefined) => !!w && w.pos === 'ADP' && !SETTING_PREPOSITIONS.has(w.lower) && !SEQUENCE_WORDS.has(w.lower);
  if (words[p]?.pos === 'VERB' && /ing$/.test(words[p].lower) && free(words[p - 1])) return true;
  if (!free(words[p])) return false;
  if (TOPIC_PREPOSITIONS.has(words[p].lower)) return true;
  // "the bill's path to next week's vote", "the weeks leading up to this month's fair": what a noun or a span leads to
  if (words[p].lower === 'to' && (isNoun(words[p - 1]) || words[p - 1]?.lower === 'up')) return true;
  // ("At the end of Tuesday's session the council voted": a part of a time is that time)
  return isNoun(words[p - 1]) && !TIME_HEADS.has(words[p - 1].lower) && !words.slice(0, p).some(isVerb);
}

/**
 * Whether the date's verb is a participle right after a noun that its date follows with nothing but a preposition, an
 * adverb or an adjective between, in a sentence whose own verb came before that noun: "adopted a rule for school
 * years ending after June 30, 2031", "were tired, some falling asleep back in March". The date is the noun's
 * happening (or the absolute phrase's), not the sentence's. Kept: a participle with an object of its own before the date ("with the mayor visiting the port
 * Tuesday"), a "with" phrase ("with the second bridge starting on 16 May", which the titles read as its own happening),
 * a participle in the subject before the sentence's verb ("Crowds marching on Saturday demanded ..."), and a noun
 * that is the verb's object or its setting ("will hold a strike starting Thursday").
 */
function nounsParticiple(words: Word[], v: number, a: number): boolean {
  const verb = words[v];
  if (!verb || verb.pos !== 'VERB' || !/ing$/.test(verb.lower) || v >= a) return false;
  for (let k = v + 1; k < a; k++) if (!/^(?:ADP|ADV|ADJ|PART)$/.test(words[k].pos)) return false;
  // the noun before it, or an absolute phrase's subject after a comma ("..., some falling ill")
  let n = v - 1;
  const absolute = /^(?:DET|PRON)$/.test(words[n]?.pos ?? '') && words[n - 1]?.text === ',';
  if (!isNoun(words[n]) && !absolute) return false;
  while (n > 0 && /^(?:NOUN|PROPN|ADJ|DET|NUM|PRON)$/.test(words[n - 1].pos)) n--;
  if (!words.slice(0, n).some(isVerb)) return false;
  if (absolute) return true;
  // the noun is only told about, a preposition's object that is no setting: "adopted a rule for school years ending
  // after ..." (not the verb's object, "will hold a strike starting Thursday", nor a setting, "will testify at a trial
  // starting on Monday": the clause's happening is the noun's, on its date)
  const governor = words[n - 1];
  return governor?.pos === 'ADP' && !SETTING_PREPOSITIONS.has(governor.lower) && !SEQUENCE_WORDS.has(governor.lower) && governor.lower !== 'with';
}

/**
 * Whether the date at [a, b] stands in a phrase of a perfect participle set apart from the sentence's clause by a
 * comma: an absolute phrase opened by "with" ("With the talks having failed on Friday, the union is planning a
 * strike", "..., with the river having burst its banks on Monday") or a participle's own phrase ("Having lost the
 * vote in May, the mayor stayed on"). The participle tells a happening done before the clause, and the date is
 * that happening's, not the clause's. (A participle with no "having", "With the mayor visiting the port on Tuesday,
 * ...", may share the clause's day, and is left.)
 */
function perfectParticiplePhrase(words: Word[], a: number, b: number): boolean {
  let k = a - 1;
  while (k >= 0 && words[k].text !== ',') k--;
  const open = k + 1;
  if (!/^(?:with|having)$/.test(words[open]?.lower ?? '')) return false;
  const having = words.findIndex((w, j) => j >= open && j < a && w.lower === 'having');
  if (having < 0) return false;
  const participle = words.slice(having + 1, a).find((w) => w.pos !== 'ADV');
  // (no other verb before the date: "With the talks having failed, crews left on Friday" is the clause's)
  if (participle?.pos !== 'VERB' || words.slice(open, a).some((w, j) => isVerb(w) && w !== participle && open + j !== having)) return false;
  let end = b + 1;
  while (end < words.length && words[end].text !== ',') end++;
  // the phrase holds no other verb after the date, and the sentence's clause has one of its own
  if (words.slice(b + 1, end).some(isVerb)) return false;
  return words.some((w, j) => (j < open || j > end) && isVerb(w));
}

/** Words that open a phrase told before its clause's time: "before", "until" (two-word "prior to", "ahead of" are read apart). */
const EARLIER_LEADS = set('before until till');
/** Words that open a phrase told after its clause's happening, or since it: "after", "following", "since", "upon". */
const LATER_LEADS = set('after following since upon');

/**
 * Whether the date at [a, b] closes a gerund's phrase led by a word of sequence that opens the sentence (or follows a
 * comma or a boundary: "Vell, after leaving the navy in 1990, opened ...") and ends at a comma before the sentence's
 * clause: "Prior to taking the helm in 2004, Ann Roe ran a school", "After leaving the navy in 1990, Vell opened a
 * bakery". The date is the gerund's happening, and the clause
 * came before or after it, not at it. A day after "after", "following" or "upon" is left ("After winning the vote on
 * Tuesday, the mayor thanked her staff" is mostly that day's), as `sequencedHappening` leaves a day.
 */
function sequencedGerundPhrase(words: Word[], a: number, b: number, period: boolean): boolean {
  let k = a - 1;
  while (k >= 0 && words[k].text !== ',' && !BOUNDARY_PUNCT.has(words[k].text)) k--;
  const open = k + 1;
  const lead = words[open];
  const two = lead && ((lead.lower === 'prior' && words[open + 1]?.lower === 'to') || (lead.lower === 'ahead' && words[open + 1]?.lower === 'of'));
  const at = two ? open + 2 : open + 1;
  const gerund = words[at];
  // (a tagger may read the gerund after "of" as a noun: one with an object after it is still a verb)
  const next = words[at + 1];
  if (!lead || !gerund || !/ing$/.test(gerund.lower) || !(gerund.pos === 'VERB' || (gerund.pos === 'NOUN' && !!next && (next.pos === 'DET' || POSSESSIVES.has(next.lower))))) return false;
  const earlier = two || EARLIER_LEADS.has(lead.lower);
  if (!earlier && !(LATER_LEADS.has(lead.lower) && (period || lead.lower === 'since'))) return false;
  // (no auxiliary of a finite verb before the date: "Before joining the team Vell had played in May" is a clause's)
  if (words.slice(open + 1, a).some((w) => w.pos === 'AUX' && !/^(?:being|having|been)$/.test(w.lower))) return false;
  let end = b + 1;
  while (end < words.length && words[end].text !== ',' && !BOUNDARY_PUNCT.has(words[end].text)) end++;
  // the phrase holds no verb after the date, and a clause with a verb follows its comma
  if (words[end]?.text !== ',' || words.slice(b + 1, end).some(isVerb)) return false;
  return hasVerbIn(words, end + 1, words.length);
}

/**
 * Whether the date at [a, b] stands between a person's possessive ("his", "her", "their"...), with at most one word
 * describing the thing before the date ("his planned May 2009 tour"), and a noun that is no happening's, in a phrase
 * governed by a preposition that is no setting and no sequence word: "the title song of her 2008 album".
 */
function ownedThing(words: Word[], a: number, b: number): boolean {
  let p = a - 1;
  if (words[p] && (words[p].pos === 'ADJ' || (words[p].pos === 'VERB' && /ed$/.test(words[p].lower)))) p--;
  if (!words[p] || words[p].pos !== 'PRON' || !POSSESSIVES.has(words[p].lower)) return false;
  let k = b + 1;
  while (k < words.length && /^(?:NOUN|ADJ|PROPN)$/.test(words[k].pos)) k++;
  const head = words[k - 1];
  if (k === b + 1 || !isNoun(head) || DATED_HAPPENING_NOUNS.has(head.lower) || DATED_HAPPENING_NOUNS.has(head.lemma) || TIME_HEADS.has(head.lower)) return false;
  // (a verb's object is left: "released her 2008 album" is mostly of that year, the thing's year being the deed's)
  const g = words[p - 1];
  return g?.pos === 'ADP' && !SETTING_PREPOSITIONS.has(g.lower) && !SEQUENCE_WORDS.has(g.lower);
}

/**
 * Whether a verb may take a clause for its object, so that a noun after it may be that clause's subject: a saying, a
 * forecast, a belief or a verb of knowing ("said the firm closed on Monday", "believes the mill shut in May").
 */
function takesClause(w: Word): boolean {
  return REPORTING.has(w.lemma) || FORECAST_VERBS.has(w.lemma) || BELIEF_VERBS.has(w.lemma) || CLAUSE_VERBS.has(w.lemma);
}

/** Adverbs that tell which time of several a participle's happening was: "a ferry originally built in 1962". */
const ORDER_ADVERBS = set('first originally initially');

/**
 * Whether the verb at `v` is a past participle cut short of its relative clause, with the date in its phrase: "the
 * strike called by the union in June", "a painting stolen from a church in 1990", "a report published last week"
 * ("the strike that the union called in June"). The participle has no auxiliary, follows its noun at once, and has no
 * object: the date follows it at once, after "in" or "on", or after the phrase of its agent or its source ("by",
 * "from", "to"). The noun is a verb's object, the noun a "be" names ("were models launched in May"), or the object of a
 * preposition that is no setting, after a finite verb of the sentence's own clause, which no relative or subordinate
 * clause holds; so the date is the noun's happening, not the clause's. Left to the clause: a setting's noun ("said in a
 * statement released on Monday"), a participle that is the clause's first finite verb ("The first try to seal the pipe
 * failed on Monday", "A storm that had stalled off the coast flared up Monday"), one with a finite verb after its
 * phrase ("the suit filed on Monday by the state shook investors"), a noun that is the subject of what a saying tells
 * ("said the firm closed on Monday"), and a possessive date ("topics raised in Monday's debate").
 */
function reducedRelative(words: Word[], v: number, a: number, b: number): boolean {
  const verb = words[v];
  // ("a mould first seen in a barn near the mill in 2004": an adverb of order between the noun and its participle,
  // which then may be set in a place before its date)
  const ordered = ORDER_ADVERBS.has(words[v - 1]?.lower ?? '') && isNoun(words[v - 2]);
  const noun = ordered ? v - 2 : v - 1;
  if (!verb || verb.pos !== 'VERB' || v >= a || verb.lower === verb.lemma || !/(?:ed|en|wn)$/.test(verb.lower) || !isNoun(words[noun])) return false;
  if (/^['’]s$/.test(words[b + 1]?.text ?? '')) return false;
  // no object: the date at once, or the phrase of an agent or a source ("faced by", "agreed to by", "taken from"; "a
  // dose of a drug mixed with water at 10 am" may be the clause's time)
  if (v + 1 < a && !/^(?:by|from|to)$/.test(words[v + 1].lower) && !(v + 2 === a && /^(?:in|on)$/.test(words[v + 1].lower)) && !(ordered && /^(?:in|on|at)$/.test(words[v + 1].lower))) return false;
  if (!words.slice(v + 1, a).every((w) => /^(?:ADP|PART|DET|NOUN|PROPN|ADJ|NUM|ADV)$/.test(w.pos) || /^['’]s$/.test(w.text))) return false;
  // no finite verb after the date in its clause: the participle would be the subject's
  for (let k = b + 1; k < words.length && !/^[,;:.]$/.test(words[k].text); k++) if (isVerb(words[k])) return false;
  // the noun's phrase and the word that governs it: a verb that takes an object, or a preposition
  let s = noun;
  while (s > 0 && (/^(?:NOUN|PROPN|ADJ|NUM|DET)$/.test(words[s - 1].pos) || POSSESSIVES.has(words[s - 1].lower) || /^['’]s$/.test(words[s - 1].text))) s--;
  const governor = words[s - 1];
  if (!governor) return false;
  // (not a setting: "said in a statement released on Monday" is the clause's day, as in nounsParticiple)
  // (or the noun a "be" names: "most of the cars sold were models launched in May")
  if (governor.pos === 'VERB' ? takesClause(governor) : governor.pos === 'AUX' ? governor.lemma !== 'be' || isVerb(words[s]) : governor.pos !== 'ADP' || SUBORDINATORS.has(governor.lower) || SEQUENCE_WORDS.has(governor.lower) || SETTING_PREPOSITIONS.has(governor.lower)) return false;
  // ("searching for a man seen on Monday": what is sought, told by when it was last met; "the Tarrow-based firm
  // closed": a compound's verb; "Hundreds of miners walked out on Monday": a part of a number is the verb's subject)
  if (governor.lower === 'for' || /^[-–]$/.test(words[s - 2]?.text ?? '') || (governor.lower === 'of' && (words[s - 2]?.pos === 'NUM' || SHARE_WORDS.has(words[s - 2]?.lower ?? '')))) return false;
  // a finite verb stands before the noun with no clause opening between ("heard of a town where crops failed in May")
  let main = s - 1;
  for (; main >= 0; main--) {
    const w = words[main];
    // ("according to the findings of a panel released on Monday": the source of what the clause tells)
    if (BOUNDARY_PUNCT.has(w.text) || w.pos === 'SCONJ' || /^(?:that|which|who|whom|whose|where|when|what|whether|according)$/.test(w.lower)) return false;
    if (isVerb(w) && !inNounPlace(words, main, 0) && !describesNoun(words, main, 0)) break;
  }
  if (main < 0) return false;
  // and is no verb of a relative clause on the subject: "A storm that had stalled off the coast flared up Monday"
  for (let k = main - 1; k >= 0 && !/^[,;:]$/.test(words[k].text); k--) {
    if (/^(?:which|who|whom|whose|where)$/.test(words[k].lower) || (words[k].lower === 'that' && isNoun(words[k - 1]))) return false;
  }
  return true;
}

/**
 * Whether the verb at `v` is a past participle cut short of its relative clause on the subject, with the date in its
 * phrase and the subject's own verb right after it, when that phrase cannot be the clause's time: a schedule ("sales
 * scheduled for 2027 were cancelled": what was set did not come then), or a clause that gives its own day after its
 * verb ("a pump placed on the well last week collected 900 barrels on Wednesday"). The date is the noun's. (Left to
 * the clause: "the suit filed on Monday shook investors", whose reaction may share the day.)
 */
function subjectsReducedRelative(words: Word[], v: number, a: number, b: number): boolean {
  const verb = words[v];
  if (!verb || verb.pos !== 'VERB' || v >= a || verb.lower === verb.lemma || !isNoun(words[v - 1]) || words[v - 2]?.pos === 'AUX') return false;
  if (!words.slice(v + 1, a).every((w) => /^(?:ADP|DET|NOUN|PROPN|ADJ|NUM|ADV)$/.test(w.pos))) return false;
  let m = b + 1;
  while (words[m]?.pos === 'ADV') m++;
  if (!isVerb(words[m]) || /ing$/.test(words[m].lower)) return false;
  if (SCHEDULED.has(verb.lower) || SCHEDULED.has(verb.lemma)) return true;
  for (let k = m + 1; k < words.length && !/^[;:.]$/.test(words[k].text) && words[k].text !== ','; k++) if (NAMED_DAYS.has(words[k].lower)) return true;
  return false;
}

/**
 * Whether the verb at `v` is a schedule's past participle ("scheduled", "slated", "planned") right after a noun, with
 * no auxiliary, whose date follows it at once or after "for", "on" or "in", and a finite verb of the sentence stands
 * before that noun: "postponed the vote scheduled for Monday", "had to move the tests for the trials slated for next
 * week"; with `infinitive`, "due" before the infinitive that the date's verb is ("a worry to pupils due to sit exams
 * this week"). What was arranged is dated, not the clause's verb (which may be the moving of it). Left: a clause with no
 * verb before the noun ("Talks scheduled for Monday were cancelled" is read by subjectsReducedRelative, a heading's
 * "Talks scheduled for Monday" is the plan) and "set", whose participle is also a record's ("the record set last year").
 */
function scheduledOnNoun(words: Word[], v: number, a: number, infinitive = false): boolean {
  const verb = words[v];
  if (!verb || !(infinitive || verb.pos === 'VERB') || !/^(?:scheduled|slated|planned|due)$/.test(verb.lower) || (!infinitive && verb.lower === 'due') || !isNoun(words[v - 1])) return false;
  if (!infinitive && !(v + 1 === a || (v + 2 === a && /^(?:for|on|in)$/.test(words[v + 1].lower)) || (v + 3 === a && words[v + 1].lower === 'for' && /^(?:DET|ADJ)$/.test(words[v + 2].pos)))) return false;
  // (the clause's own finite verb before the noun, with no clause opening between: "had to move the tests for ..."; a
  // "with" opens a clause of its own, "is due to begin on Monday, with closing talks due to begin on Friday")
  for (let k = v - 2; k >= 0; k--) {
    const w = words[k];
    if ((BOUNDARY_PUNCT.has(w.text) && !QUOTE_MARK.test(w.text)) || w.text === ',' || w.pos === 'SCONJ' || /^(?:that|which|who|whom|whose|where|when|with)$/.test(w.lower)) return false;
    if (isVerb(w) && !describesNoun(words, k, 0) && !inNounPlace(words, k, 0)) return true;
  }
  return false;
}

/**
 * Whether the date at [a, b] names a happening that "before" governs ("before Tuesday's storm", "before the May 3
 * flood") and the clause told before it is in the past perfect, its "had" with no clause opening and no other
 * auxiliary between it and "before": "the crews had already been working on the pier before Tuesday's storm". What
 * had been done or was under way by then is not of the happening's day. Left: a span counted back ("the day before
 * Tuesday's vote", "hours before the May 3 flood"), read by counting, and a clause in the simple past ("closed the
 * road before Tuesday's storm" may be of its day).
 */
function pastPerfectBefore(words: Word[], a: number, b: number): boolean {
  const before = words[a - 1];
  const at = before && /^['’]s$/.test(words[b + 1]?.text ?? '') ? a - 1 : before?.pos === 'DET' || POSSESSIVES.has(before?.lower ?? '') ? a - 2 : -1;
  if (at < 1 || words[at].lower !== 'before' || /^(?:NUM|ADV)$/.test(words[at - 1].pos) || /^(?:second|minute|hour|day|night|week|month|year|morning|afternoon|evening|weekend)s?$/.test(words[at - 1].lower)) return false;
  let k = at - 1;
  while (k >= 0 && words[k].lower !== 'had' && words[k].text !== ',' && words[k].pos !== 'SCONJ' && !BOUNDARY_PUNCT.has(words[k].text) && !/^(?:that|which|who|when|where)$/.test(words[k].lower) && (words[k].pos !== 'AUX' || /^(?:been|being)$/.test(words[k].lower))) k--;
  return k >= 0 && words[k].lower === 'had' && words[k].pos === 'AUX';
}

/**
 * Whether the verb at `v` is "set" or "established", right after a noun phrase headed by "record" ("the old record
 * of 900 runners set last year", "a record set in May"), with the date at once or after "in" or "on": the date is
 * when that record was made, a yardstick for what the clause tells.
 */
function recordSet(words: Word[], v: number, a: number): boolean {
  const verb = words[v];
  if (!verb || !/^(?:set|established)$/.test(verb.lower) || !(v + 1 === a || (v + 2 === a && /^(?:in|on)$/.test(words[v + 1].lower)))) return false;
  for (let k = v - 1; k >= Math.max(0, v - 6); k--) {
    if (/^records?$/.test(words[k].lower) && isNoun(words[k])) return true;
    if (!/^(?:NOUN|PROPN|ADJ|NUM|DET)$/.test(words[k].pos) && words[k].lower !== 'of') return false;
  }
  return false;
}

/**
 * Whether the date at [a, b] stands in the subject's noun phrase of a clause that a saying reports, and that clause's
 * verb tells what the subject means or amounts to (EVALUATIVE): "argued that a second fire at the mill in May amounted
 * to a breach of the permit", "said last month's find of a hoard marked a turn in the search". The date is the noun's
 * thing, which the clause only weighs. Left: a clause that tells the thing's happening ("said a fire at the mill in May
 * killed two men"), and a subject of the sentence's own verb ("The fire in May showed the risk").
 */
function weighedSubject(words: Word[], a: number, b: number): boolean {
  // the subject's start, back over its noun phrase to "that" or the saying's verb
  let s = a;
  while (s > 0 && (/^(?:NOUN|PROPN|ADJ|DET|NUM|ADP)$/.test(words[s - 1].pos) || POSSESSIVES.has(words[s - 1].lower) || /^['’]s$/.test(words[s - 1].text)) && words[s - 1].lower !== 'that') s--;
  const saying = (w: Word | undefined) => isVerb(w) && (REPORTING.has(w!.lemma) || OPINION_SAYING.has(w!.lemma) || CLAUSE_VERBS.has(w!.lemma) || BELIEF_VERBS.has(w!.lemma));
  const opener = words[s - 1]?.lower === 'that' ? words.slice(0, s - 1).findLast(isVerb) : words[s - 1];
  if (!saying(opener) || s === a && !/^['’]s$/.test(words[b + 1]?.text ?? '')) return false;
  const main = mainVerb(words, s);
  // ('said Thursday\'s hearing "took on ...': a quotation mark opening the predicate is no boundary)
  if (main <= b || words.slice(b + 1, main).some((w, j) => (BOUNDARY_PUNCT.has(w.text) && !(QUOTE_MARK.test(w.text) && b + 1 + j === main - 1)) || w.text === ',' || w.pos === 'SCONJ')) return false;
  if (EVALUATIVE.has(words[main].lemma) && words[main].pos === 'VERB') return true;
  // "said Thursday's hearing took on the air of a trial": a likeness the thing took on, a characterisation
  if (words[main].lemma === 'take' && words[main + 1]?.lower === 'on' && /^(?:the|an?)$/.test(words[main + 2]?.lower ?? '') && LIKENESS_NOUNS.has(words[main + 3]?.lower ?? '')) return true;
  // "said Friday's vote was unfair", "said last week's ruling would be a disaster for the port": a verdict on the thing
  const content = words.filter((w) => !QUOTE_MARK.test(w.text));
  return feelingOrVerdict(content, content.indexOf(words[main]));
}

/**
 * Whether a stamped entry ("2.35 pm: ...", "1990: ...") from word `from` tells how things still or already stand: its
 * clause, or the clause a report at its head passes on, is a present "be" with "still" or "already" and no verb going
 * on after it ("2.35 pm: Seven crew are still in hospital", "10.38 am: The press pack is already assembled outside",
 * "3 pm: Agencies are reporting that the pier is still closed"). The stamp dates no happening (as "is still closed
 * today" in a sentence, read by readDate). Left: a happening going on ("crews are still pumping water"), a perfect
 * ("crews have already left"), a past ("was still missing").
 */
export function entryStanding(words: Word[], from: number): boolean {
  // ("It's a hot day here, and the press pack is already assembled": each joined clause a present "be", a scene)
  const starts = [from, ...words.flatMap((w, k) => (k > from && w.text === ',' && words[k + 1]?.lower === 'and' ? [k + 2] : []))];
  let still = false;
  for (const start of starts) {
    let v = mainVerb(words, start);
    if (v < 0) return false;
    // ("are reporting that ...", "says ...": the clause the report passes on)
    const head = words.slice(v).find((w) => w.pos === 'VERB');
    if (head && (REPORTING.has(head.lemma) || head.lemma === 'report')) {
      let k = words.indexOf(head) + 1;
      if (words[k]?.lower === 'that') k++;
      v = mainVerb(words, k);
      if (v < 0) return false;
    }
    if (!/^(?:is|are|'s|'re)$/.test(words[v].lower)) return false;
    const after = words[v + 2];
    if (/^(?:still|already)$/.test(words[v + 1]?.lower ?? '')) {
      if (!after || after.lower === 'to' || (isVerb(after) && /ing$/.test(after.lower)) || after.lemma === 'be') return false;
      still = true;
    } else if (isVerb(words[v + 1])) return false;
  }
  return still;
}

/** Verbs whose passive holds how a thing stands ("is said to be", "was seen as"). */
const HELD_VERBS = set('say report believe think know understand consider see regard view deem rumour rumor describe');

/** Verbs of seeming ("seemed to be calm"). */
const SEEMING_VERBS = set('seem appear');

/**
 * Whether the clause's verb at v holds how its subject stands: "be" after a passive of saying or believing or after a
 * verb of seeming, with a standing that is no verb ("was said to be in a stable condition", "is thought to be abroad",
 * "appeared to be calm"), or a passive of seeing with "as" ("is widely seen as the favourite"). Left: a change so held
 * ("was believed to have died", "was said to be killed", "is reported to be dead"), a happening going on ("appeared to
 * be sinking").
 */
function heldToBe(words: Word[], v: number): boolean {
  const verb = words[v];
  const passiveOf = (k: number) => {
    const w = words[k];
    if (!w || w.pos !== 'VERB' || !HELD_VERBS.has(w.lemma) || w.lower === w.lemma || /(?:s|ing)$/.test(w.lower)) return false;
    let j = k - 1;
    while (words[j]?.pos === 'ADV') j--;
    return BE_FORMS.has(words[j]?.lower ?? '') && words[j].lower !== 'being';
  };
  let k = v + 1;
  while (words[k]?.pos === 'ADV') k++;
  if (verb.lemma === 'be' && words[v - 1]?.lower === 'to') {
    const holder = words[v - 2];
    if (!holder || !(passiveOf(v - 2) || (SEEMING_VERBS.has(holder.lemma) && holder.pos === 'VERB' && !/ing$/.test(holder.lower)))) return false;
    return !!words[k] && !isVerb(words[k]) && words[k].lower !== 'dead' && words[k].text !== ',' && words[k].pos !== 'PUNCT';
  }
  return passiveOf(v) && /^(?:see|regard|view|consider|describe)$/.test(verb.lemma) && words[k]?.lower === 'as';
}

/**
 * Whether the date at [a, b] stands in the subject of a clause whose verb, in the present, tells what the dated thing
 * shows or means (EVALUATIVE): "Last week's vote shows that the party is split", "the firm's loss this week means the
 * plant will close". So does a verdict on it told now or ahead ("Saturday's summit will be a good thing"). The writer
 * weighs the thing; its happening is told elsewhere. Left: a past verb ("a scan on Monday showed a
 * tumour", a finding), a date a participle takes ("the study published on Tuesday shows"), and a subject the date does
 * not sit in.
 */
function weighedInPresent(words: Word[], cFrom: number, a: number, b: number): boolean {
  let k = b + 1;
  // ("Last week's vote shows": the date owns the subject's noun, read past it)
  const owner = /^['’]s$/.test(words[b].text) || /^['’]s$/.test(words[k]?.text ?? '');
  if (owner) {
    if (/^['’]s$/.test(words[k]?.text ?? '')) k++;
    while (k < b + 6 && /^(?:ADJ|NOUN|PROPN)$/.test(words[k]?.pos ?? '')) k++;
    // ("Saturday's summit in the capital will be ...": its place or its topic)
    if (words[k]?.pos === 'ADP' && isNoun(words[k + 1])) for (k += 2; isNoun(words[k]); k++);
  }
  while (words[k]?.pos === 'ADV') k++;
  const w = words[k];
  // ("Saturday's summit will be a good thing", "Friday's vote is a bad idea": a verdict on the dated thing, told now
  // or ahead; "was a victory" is left, a past verdict sits close to a result)
  const be = /^(?:is|are|'s|'re)$/.test(w?.lower ?? '') ? k : /^(?:will|'ll)$/.test(w?.lower ?? '') && words[k + 1]?.lower === 'be' ? k + 1 : -1;
  const verdict = owner && be >= 0 && feelingOrVerdict(words, be);
  if (!verdict && (!w || !EVALUATIVE.has(w.lemma) || w.pos !== 'VERB' || !/s$/.test(w.lower) || w.lower === w.lemma)) return false;
  // ("the study published on Tuesday shows ...": the date is a participle's, the publishing told)
  const lead = words[a - 1]?.pos === 'ADP' ? a - 2 : a - 1;
  if (words[lead]?.pos === 'VERB' && /(?:ed|en)$/.test(words[lead].lower)) return false;
  // the subject before the date: a noun phrase with no finite verb, no clause opener and no break
  return words.slice(cFrom, a).every((x, j) => x.pos !== 'AUX' && !BOUNDARY_PUNCT.has(x.text) && x.text !== ',' && !(j > 0 && /^(?:that|which|who|whom)$/.test(x.lower))) && (owner || words[a - 1]?.pos === 'ADP' || /^['’]s$/.test(words[a - 1]?.text ?? '') || isNoun(words[a - 1]) || isVerb(words[a - 1]));
}

/** What a thing is said to take on the likeness of: "took on the air of a trial", "took on the style of a rally". */
const LIKENESS_NOUNS = set('style air look feel tone character trappings hallmarks atmosphere appearance aura');

/** Clause boundaries: punctuation, and words that open a subordinate or relative clause. */
const BOUNDARY_PUNCT = set('; : — – ( ) [ ] " “ ” ?');
const SUBORDINATORS = set('because although though while whereas unless if whether since as once after before until when where which who whom whose that');

const isVerb = (w: Word | undefined) => !!w && (w.pos === 'VERB' || w.pos === 'AUX');
const isNoun = (w: Word | undefined) => !!w && (w.pos === 'NOUN' || w.pos === 'PROPN');

function opensClause(words: Word[], k: number): boolean {
  const w = words[k];
  if (BOUNDARY_PUNCT.has(w.text) || w.text === ',') return true;
  if (w.pos === 'SCONJ') return true;
  // "is still below its level before the fund collapsed in May": a time word the tagger read as a preposition opens a
  // clause when a noun phrase and a verb of its own follow it ("before the vote in May" governs only a noun)
  // (not after a span, "a week before he died": the span and the clause after it are one date, counted from the clause)
  if (w.pos === 'ADP' && TIME_CONJUNCTIONS.has(w.lower) && !SPAN_UNIT.test(words[k - 1]?.lower ?? '') && subjectAndVerbAfter(words, k + 1)) return true;
  if (SUBORDINATORS.has(w.lower) && (w.pos === 'PRON' || (w.pos === 'DET' && w.lower !== 'that'))) return true;
  // "and the council voted": a conjunction before a verb of its own; "and as recently as 2015, a panel wrote":
  // before a fronted adverbial and the clause it leads
  return w.pos === 'CCONJ' && (hasVerbIn(words, k + 1, Math.min(words.length, k + 5)) || frontedAdverbial(words, k + 1) >= 0);
}

/**
 * Whether a noun and its year ("the cattle plague of 1903") are followed by a "that" or "which" clause telling what it
 * did in the past tense ("that killed 400 cows"): the noun names a happening, whatever the noun, as only a happening
 * or a thing at work does a deed in its year ("the champion of 2019 who won" is a person's; "the Port Safety Act of
 * 1990 that requires" is a name, its clause a present state).
 */
function deedAfterYear(words: Word[], head: Word, b: number): boolean {
  // (not a law's: "the safety law of 1990 that created the fund" names the law by its year)
  if (!isWrittenYear(words[b].text) || !/^\p{Ll}/u.test(head.text) || LAW_NAMES.has(head.lower)) return false;
  const rel = words[b + 1]?.lower === ',' ? b + 2 : b + 1;
  if (!/^(?:that|which)$/.test(words[rel]?.lower ?? '')) return false;
  const verb = words[rel + 1];
  // (a past form: "killed", "struck"; not "requires", "is spreading")
  return !!verb && verb.pos === 'VERB' && verb.lower !== verb.lemma && !/(?:ing|s)$/.test(verb.lower);
}

/** Time words that are prepositions or conjunctions as what follows them is a noun phrase or a clause. */
const TIME_CONJUNCTIONS = set('before after until till');
const SPAN_UNIT = new RegExp(String.raw`^${UNIT}s?$`);

/**
 * Whether a subject and its finite verb start at `k`: "the Norvex fund collapsed", "its shares fell" (not "the vote in
 * May", "the talks, which", nor "the company filing": an -ing form after a noun is no finite verb).
 */
function subjectAndVerbAfter(words: Word[], k: number): boolean {
  let j = k;
  while (j < words.length && j < k + 5 && (/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(words[j].pos) || (words[j].pos === 'PRON' && j === k))) j++;
  const w = words[j];
  return j > k && !!w && (isNoun(words[j - 1]) || words[j - 1].pos === 'PRON') && (w.pos === 'AUX' || (w.pos === 'VERB' && !/ing$/.test(w.lower)));
}

/** Where the comma after a verbless adverbial starting at `k` stands, when a clause with a verb follows it; else -1. */
function frontedAdverbial(words: Word[], k: number): number {
  let comma = k;
  while (comma < words.length && comma < k + 8 && words[comma].text !== ',' && !isVerb(words[comma])) comma++;
  if (words[comma]?.text !== ',' || comma === k) return -1;
  return hasVerbIn(words, comma + 1, Math.min(words.length, comma + 16)) ? comma : -1;
}

/**
 * Where the comma closing a participle aside that opens at word `k` stands, else -1: "On Friday, divers, hoping to
 * find the wreck, searched the bay": an "-ing" phrase set off by commas right after its subject describes the doer,
 * and the verb after the second comma is the clause's ("Shares fell, erasing gains" has no subject before it, "cut
 * jobs, citing demand, and shut a mill" no verb after it).
 */
function participleAside(words: Word[], k: number, to = words.length): number {
  const verb = words[k];
  if (!verb || verb.pos !== 'VERB' || !/ing$/.test(verb.lower) || words[k - 1]?.text !== ',' || !(isNoun(words[k - 2]) || words[k - 2]?.pos === 'PRON')) return -1;
  for (let c = k + 1; c < to; c++) {
    if (BOUNDARY_PUNCT.has(words[c].text)) return -1;
    if (words[c].text !== ',') continue;
    let v = c + 1;
    while (v < to && words[v].pos === 'ADV') v++;
    return isVerb(words[v]) && !/ing$/.test(words[v].lower) ? c : -1;
  }
  return -1;
}

/**
 * Whether the date opening at `a` follows "than", then "there" or a subject pronoun, then "was", "were" or "had been"
 * (adverbs may stand before the date): "than there were (just) last spring", "than it had been in May".
 */
function comparedWithThen(words: Word[], a: number): boolean {
  // "a repair bill of $40,000, double what the builders quoted a month ago": a multiple of a figure told then
  for (let m = a - 1; m > 0 && a - m <= 8 && !/^[,;:.!?]$/.test(words[m].text); m--) {
    // (or "twice the price he was charging six weeks ago": a multiple of a figure's noun, a clause with its own subject
    // after it; not "twice the amount that washed into the river in 1976", a deed)
    const multiple = (k: number) => MULTIPLES.has(words[k]?.lower ?? '') || (words[k]?.lower === 'times' && words[k - 1]?.pos === 'NUM');
    if (words[m].lower === 'what' && multiple(m - 1)) return true;
    if (words[m].lower === 'the' && multiple(m - 1) && isNoun(words[m + 1]) && (FIGURES.has(words[m + 1].lemma.toLowerCase()) || QUANTITY_NOUNS.has(words[m + 1].lemma.toLowerCase())) && words[m + 2]?.pos === 'PRON' && !/^(?:that|which|who)$/.test(words[m + 2].lower)) return true;
  }
  let k = a - 1;
  while (k > 0 && words[k].pos === 'ADV') k--;
  if (words[k]?.lower === 'been' && words[k - 1]?.lower === 'had') k--;
  else if (!/^(?:was|were)$/.test(words[k]?.lower ?? '')) return false;
  return /^(?:there|it|they|he|she|we|i|you)$/.test(words[k - 1]?.lower ?? '') && words[k - 2]?.lower === 'than';
}

/** What "it is ... (to|that)" tells may or may not come: "it is possible to", "it is not likely that". */
const POSSIBLE = set('possible likely unlikely probable conceivable');

/**
 * Whether the date opening at `a` follows, in the same stretch with no comma, "it" with a present or past of "be" and a
 * POSSIBLE word before "to" or "that": "it's possible to have the pier open again by May 3".
 */
function possibleAhead(words: Word[], a: number): boolean {
  for (let k = a - 1; k >= Math.max(1, a - 20); k--) {
    const w = words[k];
    if (/^[,;:.!?]$/.test(w.text)) return false;
    if (!POSSIBLE.has(w.lower) || !/^(?:to|that)$/.test(words[k + 1]?.lower ?? '')) continue;
    let j = k - 1;
    while (j > 0 && (words[j].pos === 'ADV' || NEGATIONS.has(words[j].lower))) j--;
    return /^(?:is|'s|’s|was)$/.test(words[j].lower) && words[j - 1]?.lower === 'it';
  }
  return false;
}

/**
 * Whether the date opening at `a` sits, in the same stretch with no comma, in what an expectation frames: the
 * impersonal passive of a FORECAST_VERBS verb ("it is hoped the crew will land by Monday", "it was feared that the
 * dam could fail on Friday"), its noun before "that" ("there is a hope that the talks will resume next week", "fears
 * that the river will crest on Sunday"), or its present tense before "to" or "that" ("the charity hopes to open a
 * clinic this weekend"). What is hoped, feared or expected is a forecast, not a happening nor a schedule (not "the
 * vote, expected on Friday", "is expected to arrive on Monday": "expected" right before the date's own words is read
 * as a schedule elsewhere; nor "hoped to land on Monday", a past hope with its attempt told).
 */
function expectedAhead(words: Word[], a: number, b: number): boolean {
  for (let k = a - 1; k >= Math.max(0, a - 30); k--) {
    const w = words[k];
    if (/^[,;:.!?]$/.test(w.text)) return false;
    if (!FORECAST_VERBS.has(w.lemma)) continue;
    // "said the firm hoped later this week to divert more oil": a hope told in a saying's past is still the speaker's
    // hope now, the date inside it (not "hoped to land on Monday", no saying; nor "said the ferry was expected to
    // arrive", a schedule's word)
    const sayings = words.slice(Math.max(0, k - 12), k).some((x) => REPORTING.has(x.lemma) && x.pos === 'VERB');
    if (k + 1 === a && w.pos === 'VERB' && /ed$/.test(w.lower) && w.lower !== 'expected' && sayings && words[b + 1]?.lower === 'to') return true;
    const next = words[k + 1];
    // (the content must follow: a clause, "that", or "to" and its verb)
    if (!next || k + 1 >= a) continue;
    const clause = next.lower === 'that' || next.pos === 'PRON' || next.pos === 'DET';
    if (isVerb(w) && /ed$/.test(w.lower)) {
      // "it is hoped", "it was feared", "it is now expected"
      let j = k - 1;
      while (j > 0 && words[j].pos === 'ADV') j--;
      // (not "it is expected to announce on Monday": "it" there is someone, and what it is expected to do a schedule)
      if (/^(?:is|'s|’s|was)$/.test(words[j]?.lower ?? '') && words[j - 1]?.lower === 'it' && clause) return true;
      continue;
    }
    // "a hope that", "fears that", "the expectation that" (not "the forecast that was issued": a relative "that")
    if (isNoun(w) && next.lower === 'that' && !isVerb(words[k + 2])) return true;
    // "hopes to", "expect that" (a present tense; "expected to" is a schedule's word, read elsewhere)
    if (w.pos === 'VERB' && !/ed$/.test(w.lower) && w.lower !== 'forecast' && (next.lower === 'to' || next.lower === 'that') && words[k - 1]?.lower !== 'to') return true;
  }
  return false;
}

/** Words of a plan that, with a "by" deadline, tell a target: "plan to", "plans for the fleet to", "intends to". */
const PLAN_WORDS = set('plan intend');

/**
 * The word that governs the infinitive whose deadline is the "by" date opening at `a`, in the same stretch (no comma
 * between): the word before "to" ("plan to leave ... by May"), or before a "for" and its subject ("plans for the
 * fleet to be electric by 2030"); -1 if there is none. An infinitive joined by "and" to another counts ("expected to
 * open and carry traffic by May").
 */
function deadlineGovernor(words: Word[], from: number, a: number): number {
  let t = a - 1;
  while (t >= from && !(words[t].lower === 'to' && isVerb(words[t + 1]))) {
    if (/^[,;:()]$/.test(words[t].text)) return -1;
    t--;
  }
  if (t < from || t < 1) return -1;
  // (no other verb between the infinitive's and the date but one joined by "and": "to open and carry")
  for (let k = t + 2; k < a - 1; k++) if (isVerb(words[k]) && words[k - 1]?.lower !== 'and') return -1;
  const g = t - 1;
  for (let k = g; k >= Math.max(from, g - 4); k--) {
    if (words[k].lower === 'for' && k > from && words.slice(k + 1, t).every((w) => isNoun(w) || w.pos === 'DET' || w.pos === 'ADJ' || w.pos === 'PRON')) return k - 1;
  }
  return g;
}

/** Words that, before a "no"-led or "any"-led noun, deny that it was found: "unable to identify any", "failed to find any". */
const DENIERS = set('unable fail failed without');

/**
 * Whether the date opening at `a` sits, in the same stretch (no comma between), in a "that", "which" or "who" clause
 * hung on a noun that the sentence denies: "found no evidence that the fire which swept the mill last May was set",
 * "could not identify any single fault that caused the crash on May 3". What is not found is not told as having
 * happened (not "found that the fire on Monday was set", nor "there was no proof on Sunday that ...": a date before
 * the denied noun dates the finding).
 */
function deniedFrame(words: Word[], a: number): boolean {
  for (let k = a - 1; k >= Math.max(1, a - 30); k--) {
    if (/^[,;:.!?()]$/.test(words[k].text)) return false;
    if (!/^(?:that|which|who)$/.test(words[k].lower)) continue;
    // (the noun phrase before the relative word: back over nouns, adjectives and determiners)
    let j = k - 1;
    while (j > 0 && (/^(?:NOUN|PROPN|ADJ|NUM)$/.test(words[j].pos) || (words[j].pos === 'CCONJ' && isNoun(words[j - 1])))) j--;
    if (j === k - 1) continue;
    if (words[j].lower === 'no' && words[j].pos === 'DET') return true;
    if (words[j].lower === 'any' && words.slice(Math.max(0, j - 6), j).some((w) => NEGATIONS.has(w.lower) || DENIERS.has(w.lower))) return true;
  }
  return false;
}

/** Whether the date at [a, b] is told as a bound or a guess: "as early as", "as soon as", "sometime" (a period), "at the earliest". */
function aheadBound(words: Word[], a: number, b: number, period: boolean): boolean {
  const lead = words.slice(Math.max(0, a - 3), a).map((w) => w.lower).join(' ');
  return /^as (?:early|soon) as$/.test(lead) || (period && words[a - 1]?.lower === 'sometime') || words.slice(b + 1, b + 4).map((w) => w.lower).join(' ') === 'at the earliest';
}

/** Words that open an indirect question: "whether the pier will open", "when the vote will be held". */
const QUESTION_WORDS = set('whether when if');

/** Words that tell nobody knows (yet) what a question asks: "it is unclear whether ...", "it remains unknown when ...". */
const UNSURE = set('unclear uncertain unknown');

/** Words that tell the same once denied: "it is not clear when ...", "it was not known whether ...". */
const SURE = set('clear certain known sure');

/**
 * Whether the date opening at `a` sits in an indirect question that the sentence leaves open: one opening the sentence
 * ("Whether the pier opens on Friday is another matter") or one after "unclear", "uncertain", "unknown" or a denied
 * "clear", "certain", "known", "sure" ("It is not certain when the ferry will sail, or whether it will make
 * Friday's crossing"). A comma ends the search unless "or"/"and" and a second question follow it; a date before the question
 * ("It was unclear on Monday whether ...") is the telling's.
 */
function unsureAhead(words: Word[], a: number): boolean {
  for (let k = a - 1; k >= Math.max(0, a - 25); k--) {
    const w = words[k];
    if (w.text === ',' && /^(?:or|and)$/.test(words[k + 1]?.lower ?? '') && QUESTION_WORDS.has(words[k + 2]?.lower ?? '')) continue;
    if (/^[,;:.!?]$/.test(w.text)) return false;
    if (!QUESTION_WORDS.has(w.lower)) continue;
    let j = k - 1;
    if (/^(?:or|and)$/.test(words[j]?.lower ?? '') && words[j - 1]?.text === ',') continue;
    if (w.lower === 'whether' && (j < 0 || words.slice(0, k).every((x) => x.pos === 'CCONJ' || QUOTE_MARK.test(x.text)))) return true;
    while (j > 0 && words[j].pos === 'ADV' && !NEGATIONS.has(words[j].lower) && !SURE.has(words[j].lower) && !UNSURE.has(words[j].lower)) j--;
    if (UNSURE.has(words[j]?.lower ?? '')) return true;
    if (SURE.has(words[j]?.lower ?? '') && words.slice(Math.max(0, j - 3), j).some((x) => NEGATIONS.has(x.lower))) return true;
  }
  return false;
}

/** Verbs by which what was arranged does not take place: "the match was cancelled", "the vote was called off". */
const CALL_OFF_VERBS = set('cancel scrap abandon shelve scrub axe postpone delay defer reschedule');

/**
 * Whether the date at [a, b] is the day a subject was arranged or looked for ("A fair, planned for May 3, was
 * cancelled", "The vote, which was due on Friday, has been called off"): a SCHEDULED word before it in the subject,
 * and the sentence's verb, next after the date, one of CALL_OFF_VERBS. What was set for that day did not take place;
 * the calling off is the happening, and not of that day (not "The fair, planned for May 3, drew 4,000 people").
 */
function calledOff(words: Word[], a: number, b: number): boolean {
  const reach = Math.max(0, a - 10);
  let m = a - 1;
  while (m >= reach && !SCHEDULED.has(words[m].lower) && words[m].text !== ',') m--;
  if (m < reach || !SCHEDULED.has(words[m].lower)) return false;
  // (the subject: no verb before the arranging word but its own "which was"; or the subject of what was said, "the
  // mayor said the vote due on Friday had been postponed", with no verb between the saying and it)
  const verbal = (w: Word, k: number) => isVerb(w) && !(BE_FORMS.has(w.lower) && /^(?:which|that)$/.test(words[k - 1]?.lower ?? ''));
  let s = m - 1;
  while (s >= 0 && !verbal(words[s], s)) s--;
  if (s >= 0 && !(words[s].pos === 'VERB' && REPORTING.has(words[s].lemma) && words.slice(s + 1, m).every((w) => /^(?:DET|ADJ|NOUN|PROPN|NUM|SCONJ)$/.test(w.pos)))) return false;
  let k = b + 1;
  while (k < words.length && k <= b + 8 && !isVerb(words[k]) && !/^[;:.!?]$/.test(words[k].text)) k++;
  const chain = k;
  while (k < words.length && (words[k].pos === 'AUX' || words[k].pos === 'ADV' || BE_FORMS.has(words[k].lower) || /^(?:has|have|had)$/.test(words[k].lower))) k++;
  const verb = words[k];
  if (!verb || !isVerb(verb)) return false;
  // ("Talks, due to open on May 3, will now begin on June 9": "now" before the verb and another day after it tell
  // that the day was moved; not "will now be held in the town hall", a new place)
  const moved = words.slice(b + 1, k).some((w) => w.lower === 'now' && w.pos === 'ADV') && k > chain && words.slice(k + 1, k + 5).some((w) => w.pos === 'NUM' || CALENDAR_WORDS.includes(w.lower));
  return moved || CALL_OFF_VERBS.has(verb.lemma) || (verb.lemma === 'call' && words[k + 1]?.lower === 'off');
}

/** Index range [from, to) of the clause around word `i`; a verbless piece ("On Tuesday,") leans on its neighbour. */
function clauseAround(words: Word[], i: number): [number, number] {
  let from = i;
  while (from > 0 && !opensClause(words, from)) from--;
  let to = i + 1;
  while (to < words.length && !opensClause(words, to)) to++;
  if (hasVerbIn(words, from, to)) return [from, to];
  // Lean forward until a verb is met: "and in 2015, a panel wrote" (a fronted adverbial leans on the
  // clause after its comma, past any aside), or with no verb before it: "The slide in rents over
  // recent months, though welcome to tenants, has hurt landlords"; and after a "that" opening a reported clause:
  // "said that by 2030, the town will have a new port" (the date is the port's, not the saying's).
  const opener = words[from].pos === 'CCONJ' || (words[from].lower === 'that' && words[from].pos === 'SCONJ');
  const fronted = from > 0 && opener && frontedAdverbial(words, from + 1) === to;
  if (fronted || !hasVerbIn(words, 0, from)) {
    let next = to;
    while (next < words.length) {
      next++;
      while (next < words.length && !opensClause(words, next)) next++;
      // (past a participle aside after the subject: "On Friday, divers, hoping to find it, searched the bay")
      const first = words.slice(to, next).findIndex(isVerb) + to;
      if (hasVerbIn(words, to, next) && participleAside(words, first) !== next) break;
    }
    return [from, Math.min(next, words.length)];
  }
  // Lean back until a verb is met: a quoted phrase or an aside between commas has none of its own
  // ("expects demand to stay \"soft\" through 2027").
  let prev = from;
  do {
    prev--;
    while (prev > 0 && !opensClause(words, prev)) prev--;
  } while (prev > 0 && !hasVerbIn(words, prev, to));
  return [Math.max(0, prev), to];
}

function hasVerbIn(words: Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isVerb(words[k])) return true;
  return false;
}

/** Indices of the words that overlap [from, to). */
function wordsOf(words: Word[], from: number, to: number): [number, number] {
  let a = -1;
  let b = -1;
  for (let k = 0; k < words.length; k++) {
    if (words[k].end > from && words[k].start < to) {
      if (a < 0) a = k;
      b = k;
    }
  }
  return [a, b];
}

/** The verb a date hangs on: the last verb before it in its clause, else the first after. */
function governingVerb(words: Word[], cFrom: number, cTo: number, a: number, b: number): number {
  // A participle right after a noun is an adjective-like modifier ("the fund set up"), unless it is all there is.
  // ("are due to answer questions regarding the fire on Tuesday": a participle of topic is a preposition, "about")
  for (let k = a - 1; k >= cFrom; k--) if (isVerb(words[k]) && !attributive(words, k) && !TOPIC_PREPOSITIONS.has(words[k].lower)) return k;
  for (let k = b + 1; k < cTo; k++) {
    if (!isVerb(words[k])) continue;
    // ("On Friday, divers, hoping to find it, searched the bay": the verb after the aside)
    const aside = participleAside(words, k, cTo);
    if (aside >= 0) {
      k = aside;
      continue;
    }
    // "they should have": the group's last verb, so its chain holds the modal
    while (words[k].pos === 'AUX' && k + 1 < cTo && (isVerb(words[k + 1]) || words[k + 1].pos === 'PART' || words[k + 1].pos === 'ADV') && isVerb(words.slice(k + 1, cTo).find((w) => w.pos !== 'PART' && w.pos !== 'ADV'))) k++;
    while (!isVerb(words[k])) k++;
    return k;
  }
  return -1;
}

/** Things that show a doing: "footage of the crew landing", "photographs of the mayor voting". */
const DEPICTIONS = set('footage video film picture photo photograph image recording clip');

/**
 * "footage of Tom Vell rehearsing days before his death", "photographs of the crew landing on Monday": a bare
 * participle whose doer is the complement of a picture or a film names what it shows ("a portion of the oil floating
 * in the bay on Monday" is not one); the date is the doing's, and the
 * clause around ("a judge ruled the footage will not be shown") is not of that date.
 */
function depictedDoing(words: Word[], cFrom: number, v: number, a: number): boolean {
  const verb = words[v];
  // (not a preposition in -ing: "the death of a man following a fall on Monday")
  if (!verb || v > a || verb.pos !== 'VERB' || !/ing$/.test(verb.lower) || /^(?:follow|include|accord|concern|regard|involve|surround)$/.test(verb.lemma)) return false;
  let k = v - 1;
  while (k >= cFrom && /^(?:NOUN|PROPN|DET|ADJ)$/.test(words[k].pos)) k--;
  if (k === v - 1) return false;
  // ("the footage showed Tom Vell rehearsing on Monday": what a showing verb shows, the same)
  return (words[k]?.lower === 'of' && isNoun(words[k - 1]) && DEPICTIONS.has(words[k - 1].lemma)) || (isVerb(words[k]) && /^(?:show|depict)$/.test(words[k].lemma));
}

/** "its operating results", "the growing deficit": a participle before a noun, after a determiner or a possessive, describes the noun. */
function attributive(words: Word[], k: number): boolean {
  const prev = words[k - 1];
  return words[k].pos === 'VERB' && /ing$/.test(words[k].lower) && isNoun(words[k + 1]) && !!prev && (prev.pos === 'DET' || prev.text === "'s" || prev.text === '’s' || POSSESSIVES.has(prev.lower) || prev.pos === 'ADJ');
}

/** Finite auxiliaries: a word the tagger reads as a verb right before one is a noun, its subject ("clerk had not signed"). */
const FINITE_AUX = set("is are am was were has have had do does did will would can could shall should may might must 's 're 've 'd 'll wo ca");
/** Forms of "be" that make an "-ing" form after them finite: "is digging", "were fighting". */
const BE_FORMS = set("be is are am was were been being 's 're 'm");

/**
 * The main verb of the clause that opens at word `from`: its first finite verb or auxiliary, past the subject's noun
 * phrase. Inside the subject, words the tagger reads as verbs describe a noun and are skipped: an "-ing" form or an
 * agent's participle ("dredging costs have been", "risks of night fishing were", "crews fighting the fire say",
 * "the report commissioned by the board found"), an infinitive ("the first patient to die says"), a verb's form in a
 * noun's place, after a determiner or a possessive or just before a finite auxiliary ("his cure includes", "police say
 * clerk had"). With nothing finite after them (a headline's "Crews fighting the fire"), or a clause of its own opening
 * first ("the man hit by a car that was speeding"), the first verb not in a noun's place is the main one; -1 if none.
 */
export function mainVerb(words: readonly Word[], from = 0, to = words.length): number {
  let first = -1;
  for (let k = from; k < to; k++) {
    const w = words[k];
    // ("the man who ...", "fears that ...": a clause of its own opens before a finite verb is met)
    if (first >= 0 && (w.pos === 'SCONJ' || /^(?:that|who|whom|whose|which|what)$/.test(w.lower))) return first;
    if (!isVerb(w) || inNounPlace(words, k, from)) continue;
    if (first < 0) first = k;
    if (!describesNoun(words, k, from)) return k;
  }
  return first;
}

/**
 * Whether the verb-tagged word at `k` stands where a noun does: after a determiner or a possessive, maybe with
 * adjectives or adverbs between ("the hit", "its cure", "his recently published memoirs", "the mayor's newly appointed deputy"). An auxiliary is no noun:
 * "All were rescued", "This is the first".
 */
function inNounPlace(words: readonly Word[], k: number, from: number): boolean {
  if (words[k].pos !== 'VERB') return false;
  let j = k - 1;
  while (j > from && (words[j].pos === 'ADJ' || words[j].pos === 'ADV') && !NEGATIONS.has(words[j].lower)) j--;
  return j >= from && j < k && (words[j].pos === 'DET' || POSSESSIVES.has(words[j].lower) || /^(?:'s|’s)$/.test(words[j].text));
}

/** The verb group's words before the verb at `k`, adverbs, particles and non-finite "be"/"have" back to the first other word, which it includes: "is still", "to be", "has been". */
function groupBefore(words: readonly Word[], k: number, from: number): Word[] {
  let j = k - 1;
  while (j > from && (words[j].pos === 'ADV' || (words[j].pos === 'PART' && words[j].lower !== 'to') || (isVerb(words[j]) && /^(?:be|been|have)$/.test(words[j].lower)))) j--;
  return words.slice(Math.max(from, j), k);
}

/** Whether the verb at `k` is an infinitive's: "to die", "not to run", "to be named". */
function infinitive(words: readonly Word[], k: number, from: number): boolean {
  const first = groupBefore(words, k, from)[0];
  return first?.lower === 'to' && first.pos === 'PART';
}

/**
 * Whether the verb at `k` is no finite verb of the clause but a word of its subject: an infinitive ("to die", "to be
 * named"), an "-ing" form with no "be" before it ("night fishing", "dredging costs"), a participle with its agent
 * after a noun ("the report commissioned by"), or a bare form just before a finite auxiliary ("clerk had").
 */
function describesNoun(words: readonly Word[], k: number, from: number): boolean {
  const w = words[k];
  if (infinitive(words, k, from)) return true;
  // ("plans to drain the dock and refloat the ferry": a bare verb joined to an infinitive is one too)
  if (k - 1 > from && words[k - 1].pos === 'CCONJ' && w.lower === w.lemma) {
    let p = k - 2;
    while (p > from && !isVerb(words[p])) p--;
    if (isVerb(words[p]) && infinitive(words, p, from)) return true;
  }
  // ("were still fighting", "has been digging": a "be" before it makes it finite)
  if (/ing$/.test(w.lower) && w.lower !== w.lemma) return !groupBefore(words, k, from).some((x) => x.pos === 'AUX' && BE_FORMS.has(x.lower));
  if (w.pos === 'VERB' && /(?:ed|en)$/.test(w.lower) && isNoun(words[k - 1]) && k - 1 >= from && words[k + 1]?.lower === 'by') return true;
  return w.pos === 'VERB' && w.lower === w.lemma && words[k + 1]?.pos === 'AUX' && FINITE_AUX.has(words[k + 1].lower);
}

/** The auxiliaries, particles and adverbs just before verb `v`: "will not", "is to be", "could have". */
function chainOf(words: Word[], cFrom: number, v: number): Word[] {
  const chain: Word[] = [];
  let k = v - 1;
  while (k >= cFrom && (words[k].pos === 'AUX' || words[k].pos === 'PART' || words[k].pos === 'ADV' || isVerb(words[k]) && words[k].lemma === 'be')) chain.unshift(words[k--]);
  // "to" heads the chain of an infinitive: "to be published", "to meet".
  if (words[k]?.lower === 'to') chain.unshift(words[k]);
  return chain;
}

export interface DateContext {
  /** Precision of the date: a tally over a year or a month is a statistic, over a day a happening. */
  period: boolean;
  /** Days that span more than a week ("in recent weeks"): a period, but one an ongoing happening may fill. */
  range?: boolean;
  /** Read the date as its clause's ("credit dried up after the 1974 crash"), not as the noun's it modifies. */
  clauseOnly?: boolean;
  /** A decade or longer ("the 15th century", "the 1990s"): a state that lasts through it is no happening. */
  wide?: boolean;
  /** The date ends before the day before writing on any reading of its verb's tense ("in 2006", "last Monday"): a verb told in the present cannot be of it. */
  past?: boolean;
}

/** How far (words) an apposition may run on either side of its date. */
const APPOSITION_REACH = 10;

/**
 * The commas around a date in an apposition: ", scene of an explosion in 2016," after a noun and
 * before the verb it interrupts, with no verb of its own. Null when the date sits elsewhere.
 */
function appositionAround(words: Word[], a: number, b: number): [number, number] | null {
  const verbal = (w: Word) => w.pos === 'VERB' || w.pos === 'AUX';
  let open = a - 1;
  while (open >= 0 && a - open <= APPOSITION_REACH && words[open].text !== ',' && !verbal(words[open])) open--;
  if (open < 1 || words[open]?.text !== ',' || !isNoun(words[open - 1]) || !/^(?:DET|NOUN|ADJ|PROPN|NUM)$/.test(words[open + 1]?.pos ?? '')) return null;
  let close = b + 1;
  while (close < words.length && close - b <= APPOSITION_REACH && words[close].text !== ',' && !verbal(words[close])) close++;
  if (words[close]?.text !== ',' || !verbal(words[close + 1] ?? words[close])) return null;
  // the phrase before the opening comma is a subject: nothing but a noun phrase from the sentence's start, or from the
  // comma that closes a fronted phrase with no verb ("In the old harbour town, the Rovers, champions of the league in April, opened a stand")
  const comma = words.findIndex((w) => w.text === ',');
  const fronted = comma > 0 && comma < open && /^(?:ADP|ADV)$/.test(words[0].pos);
  for (let k = fronted ? comma + 1 : 0; k < open; k++) if (verbal(words[k]) || words[k].text === ',') return null;
  return [open, close];
}

/**
 * How the date at [from, to) of the tagged text reads in its clause: kept as a happening (happened
 * or planned) or left out, and why.
 */
export function readDate(words: Word[], from: number, to: number, context: DateContext = { period: false }): DateReading {
  const [a, b] = wordsOf(words, from, to);
  if (a < 0) return { keep: true, status: 'happened' };
  const before = words[a - 1];
  const after = words[b + 1];
  // "began after the invasion last August": a month or a year after a happening's noun names that happening's time;
  // the clause came after it (a day, "resigned after the vote on Thursday", is mostly the same day's)
  // ("came after the failure last week of the pump": a date inside the noun phrase, before its complement, is read below)
  // ("After the spill off the coast in 1989 had been cleaned up, ...": a verb after the date makes "after" a clause's
  // conjunction and the phrase its subject, whose own date it is)
  if (context.period && after?.lower !== 'of' && !(after && (after.pos === 'AUX' || isVerb(after))) && sequencedHappening(words, a)) return { keep: false, reason: 'modifies a noun' };

  // "rallied ahead of this year's vote", "ahead of the May 5 poll": a happening still to come that a clause is told against
  // ("ahead of Prime Minister Ann Roe's May 5 visit": a named owner, with its titles, stands where the determiner does)
  const lead = before && (before.pos === 'DET' || POSSESSIVES.has(before.lower)) ? a - 2 : before && /^['’]s$/.test(before.text) ? ownerStart(words, a - 2) - 1 : a - 1;
  if (!context.clauseOnly && words[lead]?.lower === 'of' && words[lead - 1]?.lower === 'ahead') return { keep: false, reason: 'modifies a noun' };
  // "Ann Roe (Weekend Review, Oct. 12) urges a new pier": a date that closes a parenthesis after a comma names a
  // cited piece, its source and its day, not a happening (not "the vote (on Monday) went ahead")
  if (!context.clauseOnly && citedPiece(words, a, b)) return { keep: false, reason: 'modifies a noun' };
  // "argued that a second fire at the mill in May amounted to a breach", "said last month's find marked a turn": what a
  // saying weighs is the dated thing's meaning, not its happening
  if (!context.clauseOnly && weighedSubject(words, a, b)) return { keep: false, reason: 'reaction' };
  // "Last week's vote shows that the party is split", "the firm's loss this week means the plant will close": what a
  // dated thing shows or means now, told in the present by the writer, weighs it; the thing itself is told elsewhere
  if (!context.clauseOnly && weighedInPresent(words, clauseAround(words, a)[0], a, b)) return { keep: false, reason: 'reaction' };
  // "there are more boats now than there were in May", "the pier is busier than it was in May": the date is the
  // yardstick of a comparison, how things stood then (not "played better than it did on Sunday", a deed compared)
  if (comparedWithThen(words, a)) return { keep: false, reason: 'state' };
  // "it is possible to open the pier on Friday", "it is likely that the vote will slip to May": what may come, not
  // what came or is set (not "said on Monday it was likely that ...": a date before it is the saying's)
  if (possibleAhead(words, a)) return { keep: false, reason: 'hypothetical' };
  // "it is hoped the crew will land by Monday", "there is a hope that it will ease next week", "does not expect to
  // finish until August, when ...": what an expectation frames is a forecast (the when-clause after it too)
  if (expectedAhead(words, a, b)) return { keep: false, reason: 'forecast' };
  // "it is not clear when the band will play on Friday", "Whether the pier opens on Friday is another matter": what a
  // question left open asks, not what came or is set (not "it was unclear on Monday whether ...": the telling's day)
  if (unsureAhead(words, a)) return { keep: false, reason: 'hypothetical' };
  // "A fair, planned for May 3, was cancelled": what was set for the day did not take place
  if (calledOff(words, a, b)) return { keep: false, reason: 'negation' };
  // "the crews had already been working on the pier before Tuesday's storm", "had closed the road before the May 3
  // flood": a past perfect told before a dated happening was done or under way before it, not on its day (noun24)
  if (pastPerfectBefore(words, a, b)) return { keep: false, reason: 'modifies a noun' };
  // "last week's loss", "this year's prize": a date in the possessive names a thing; "Tuesday's vote" is a day's happening.
  // ("today's crisis" is read by its clause below: the present one, or the day's)
  if (!context.clauseOnly && after && (after.text === "'s" || after.text === '’s') && !todaysPresent(words, a, b)) {
    // "rebounding from last week's losses", "up from last year's $5 billion": a yardstick, not a happening
    if (before && /^(?:from|than|since|over|versus|vs)$/.test(before.lower)) return { keep: false, reason: 'statistic' };
    let k = b + 2;
    while (k < words.length && (words[k].pos === 'ADJ' || words[k].pos === 'NOUN' || words[k].pos === 'PROPN' || words[k].pos === 'NUM')) k++;
    const head = words[k - 1];
    // "last week's devastating earthquake" is the title; "Tuesday's opening statement" leaves it to the clause.
    // ("criticized Wednesday's ruling by the Alder court": a happening named with who did it or whom it was between
    // is told by that phrase, not by the clause about it; "the panel that issued Thursday's ruling" tells it by the clause)
    if (k === b + 3 && isNoun(head) && (DATED_HAPPENING_NOUNS.has(head.lower) || DECLARED_NOUNS.has(head.lower)) && namedComplement(words, k) && !PERFORM_VERBS.has(words[before?.pos === 'ADJ' ? a - 2 : a - 1]?.lemma ?? '')) return { keep: true, status: 'happened', nounPhrase: [b + 2, k] };
    // "kept up its attacks on the handling of Tuesday's meeting", "among Friday's offerings": the day's
    // thing is another noun's complement, and the clause's verb is not told on that day
    if (before?.lower === 'among' || (before?.lower === 'of' && isNoun(words[a - 2]) && !TIME_HEADS.has(words[a - 2].lower))) return { keep: false, reason: 'modifies a noun' };
    if (k > b + 2 && isNoun(head) && DATED_HAPPENING_NOUNS.has(head.lower)) {
      if (context.period || (!isNoun(words[b + 2]) && k - (b + 2) > 1)) return { keep: true, status: 'happened', nounPhrase: [b + 2, k] };
      // ("details about Thursday's meeting": a day's happening only told about, read below)
      if (!toldAboutDay(words, a)) return { keep: true, status: 'happened' };
    }
    // "fund managers said Friday's selling was a natural result": a day's thing (no happening's noun) opens what was
    // said, and the saying is not told on that day
    const opener = before?.lower === 'that' ? words[a - 2] : before;
    // ("follows Tuesday's declaration" names what came before: no saying)
    if (opener && isVerb(opener) && (REPORTING.has(opener.lemma) || (CLAUSE_VERBS.has(opener.lemma) && !/^(?:follow|accord|include)$/.test(opener.lemma)) || BELIEF_VERBS.has(opener.lemma))) return { keep: false, reason: 'modifies a noun' };
    // "writing about last week's match", "details about Thursday's parade", "to stop them from launching Thursday's
    // march": a day's thing only told about is not the day of the clause's verb
    if (toldAboutDay(words, a)) return { keep: false, reason: 'modifies a noun' };
    if (context.period) return { keep: false, reason: 'modifies a noun' };
  }
  // "the 1929 stock market crash", "the 2019 champion", "the Sept. 11, 2001, attacks"
  // The determiner may sit inside the date's own words ("the 11 September 2001 attacks").
  // ("since his May 3 arrival" too, which starts a span; "in his Nov. 3 column, she argued" dates what the column says)
  const possessive = before && POSSESSIVES.has(before.lower) && words[a - 2]?.lower === 'since';
  // ("the firm's 1987 van", "Ann Roe's May 3 arrest": a name's possessive is a determiner too)
  const owner = before && (before.text === "'s" || before.text === '’s') && isNoun(words[a - 2]);
  if (!context.clauseOnly && ((before && (before.pos === 'DET' || before.lower === 'its' || before.lower === 'their' || possessive || owner)) || words[a].pos === 'DET')) {
    let k = b + 1;
    // "the Sept. 11, 2001, attacks": a comma closing a date's year; not "The previous day, rebels ...", "But this
    // week, crews ...", whose comma ends the sentence's fronted adverbial ("A year earlier, the bank earned $2 million"
    // stays out: a period's comparison)
    let lead = a - 1;
    while (lead >= 0 && /^(?:ADP|CCONJ|ADV)$/.test(words[lead].pos)) lead--;
    const fronted = lead < 0 || words[lead].pos === 'PUNCT';
    if (words[k]?.text === ',' && (words[b].pos === 'NUM' || context.period || !fronted)) k++;
    const startHead = k;
    // "compared with a year-earlier loss", "versus the 1989 figure": a yardstick, not a happening ("bigger than the 1989 flood" names one)
    const det = before?.pos === 'DET' ? a - 2 : a - 1;
    if (/^(?:versus|vs)$/.test(words[det]?.lower ?? '') || (/^(?:with|to)$/.test(words[det]?.lower ?? '') && words[det - 1]?.lemma === 'compare')) return { keep: false, reason: 'statistic' };
    // ("the firm's 1989 operating results": a participle before a noun describes it)
    while (k < words.length && (words[k].pos === 'NOUN' || words[k].pos === 'ADJ' || words[k].pos === 'PROPN' || ((k === startHead || attributive(words, k)) && words[k].pos === 'VERB' && /ing$/.test(words[k].lower) && isNoun(words[k + 1])))) k++;
    const head = words[k - 1];
    if (k > startHead && isNoun(head)) {
      // "a third-quarter net loss", "its fiscal 1989 profit": a figure over an accounting period, not a happening of it
      if (FIGURES.has(head.lemma) && words.slice(a, b + 1).some((w) => /^(?:quarter|half|fiscal)$/.test(w.lower.replace(/^.*-/, '')))) return { keep: false, reason: 'statistic' };
      // ("the May 3 ruling by the Alder court": a say-so with who made it is a happening too)
      if (DATED_HAPPENING_NOUNS.has(head.lower) || (DECLARED_NOUNS.has(head.lower) && k === startHead + 1 && namedComplement(words, k))) return { keep: true, status: 'happened', nounPhrase: [startHead, k] };
      return { keep: false, reason: 'modifies a noun' };
    }
    // "the firm's 1989 unconsolidated, or parent, profit": a bare year before an adjective describes what follows
    if (k > startHead && a === b && /^\d{4}$/.test(words[a].text) && (owner || before?.pos === 'DET' || POSSESSIVES.has(before?.lower ?? ''))) return { keep: false, reason: 'modifies a noun' };
  }
  // "worked on the title song of her 2008 album", "helped prepare for his planned May 2009 tour": a date between a
  // person's possessive (and a word describing the thing) and a noun names which thing it is, when the phrase is a
  // preposition's other than a setting ("in his Nov. 3 column, she argued" dates what the column says, "His 2008 album
  // sold well" is the subject's, "released her 2008 album" the verb's); a happening's noun ("her May 3 speech") is left
  if (!context.clauseOnly && ownedThing(words, a, b)) return { keep: false, reason: 'modifies a noun' };
  // "said the sale this month of two ports shows ...", "the pact last year of the two firms": a date between a noun
  // and the noun's complement dates only that thing (a happening's noun, "the failure last week of the pump", may
  // date its clause: "it came after the failure last week of the pump")
  // ("followed the crossing late Thursday between the two tunnels": "between" names what the noun's happening joined,
  // after the clause's verb; "Talks on Monday between the sides ended" is the subject's, and its clause's day)
  const complement = after?.lower === 'of' || (after?.lower === 'between' && words.slice(0, a - 1).some(isVerb));
  if (!context.clauseOnly && isNoun(before) && !TIME_HEADS.has(before.lower) && !DATED_HAPPENING_NOUNS.has(before.lower) && complement) return { keep: false, reason: 'modifies a noun' };
  if (!context.clauseOnly && toldAboutNoun(words, a, b)) return { keep: false, reason: 'modifies a noun' };
  // "payable Dec. 1 to holders of record Nov. 10", "notes due March 1, 2011": a record date or a maturity names
  // which holders or which notes, not a happening
  if (before && ((before.lower === 'record' && words[a - 2]?.lower === 'of') || (before.lower === 'due' && isNoun(words[a - 2])))) return { keep: false, reason: 'modifies a noun' };
  // "In composite trading Friday, its shares fell 50 cents": a trading day's price move is a market figure
  if (before?.lower === 'trading' && words.slice(Math.max(0, a - 7), a - 1).some((w) => w.lower === 'in')) return { keep: false, reason: 'statistic' };
  // "a concert poster from 1979", "a letter from May 3": the date of a thing the clause tells of
  // (not "rose 4% from 2019", "from May to July", "the talks from Monday on")
  if (!context.clauseOnly && before?.lower === 'from' && words[a - 2]?.pos === 'NOUN' && !TIME_HEADS.has(words[a - 2].lower) && ![after, ...words.slice(a, b + 1)].some((w) => /^(?:to|until|till|through|thru|on|onward|onwards|-|–)$/.test(w?.lower ?? ''))) return { keep: false, reason: 'modifies a noun' };
  if (!context.clauseOnly && spanStartOfNoun(words, a)) return { keep: false, reason: 'modifies a noun' };
  // "raids dating to 2011", "a feud that dates back to 1950": where a thing began, not a happening the clause tells
  const dating = before && /^(?:to|from)$/.test(before.lower) ? (words[a - 2]?.lower === 'back' ? a - 3 : a - 2) : -1;
  if (!context.clauseOnly && dating >= 0 && /^dat(?:e|es|ed|ing)$/.test(words[dating]?.lower ?? '') && !/^(?:the|a|an|these|those|its|their)$/.test(words[dating - 1]?.lower ?? '')) return { keep: false, reason: 'state' };
  // "for the quarter ended June 30", "in the six months ending May 31": an accounting period's close, a figure's yardstick
  if (before && /^(?:ended|ending)$/.test(before.lower) && /^(?:quarter|months|year|period|weeks|half)$/.test(words[a - 2]?.lower ?? '')) return { keep: false, reason: 'statistic' };
  // "had set Friday as the deadline", "picked Monday as the day to strike": a date that is the verb's object names
  // a thing, not the choosing's day ("has set May 1 as the deadline" leaves the deadline on the calendar)
  if (before && isVerb(before) && !/^(?:has|have|'s|'ve)$/.test(words[a - 2]?.lower ?? '') && /^(?:set|name|fix|choose|pick|designate|declare)$/.test(before.lemma) && after?.lower === 'as' && /^(?:DET|ADJ)$/.test(words[b + 2]?.pos ?? '')) return { keep: false, reason: 'modifies a noun' };
  // "will rise, he said, from an estimated $470 million this year": the figure a change is counted from, and its date
  for (let k = a - 1; k >= Math.max(0, a - 8); k--) {
    if (words[k].lower !== 'from') continue;
    const between = words.slice(k + 1, a);
    if (between.some((w) => w.pos === 'SYM') && between.every((w) => /^(?:DET|ADJ|ADV|NUM|SYM)$/.test(w.pos) || /^(?:million|billion|trillion|estimated)$/.test(w.lower))) return { keep: false, reason: 'statistic' };
    break;
  }
  // "will be lower than the 16 cents a share it reported last year": the figure a comparison is made with, and its date
  // ("20 percent more than the amount shipped on Monday": a quantity's noun stands for the figure)
  for (let k = a - 1; k >= Math.max(0, a - 10) && words[k].pos !== 'PUNCT'; k--) {
    // (not "more than four decades ago": a span of time)
    if (words[k].lower === 'than' && words.slice(k + 1, Math.min(k + 4, a)).some((w, j) => w.pos === 'SYM' || (w.pos === 'NUM' && !/^(?:second|minute|hour|day|week|month|year|decade|century)s?$/.test(words[k + 2 + j]?.lower ?? '')) || (isNoun(w) && QUANTITY_NOUNS.has(w.lower)))) return { keep: false, reason: 'statistic' };
  }
  // "compared with a loss of $7 million last year", "up from $12 million a year ago": the yardstick figure's date
  // ("down from C$9.7 million, or 70 cents a share, last year": the figure may be given twice)
  for (let k = a - 1; k >= Math.max(0, a - 14); k--) {
    if (isVerb(words[k]) && words[k].lemma !== 'compare') break;
    const yardstick = (/^(?:with|to)$/.test(words[k].lower) && words[k - 1]?.lemma === 'compare') || (words[k].lower === 'from' && /^(?:up|down)$/.test(words[k - 1]?.lower ?? ''));
    if (yardstick && words.slice(k + 1, a).some((w) => w.pos === 'SYM' || w.pos === 'NUM')) return { keep: false, reason: 'statistic' };
  }
  // "the refinery spill of 1979", "champion of 2019" (not "the end of 2010")
  // "its record high of May 3": an adjective standing as a noun after a determiner or another noun
  const nominal = (k: number) => isNoun(words[k]) || (words[k]?.pos === 'ADJ' && (isNoun(words[k - 1]) || words[k - 1]?.pos === 'DET' || POSSESSIVES.has(words[k - 1]?.lower ?? '')));
  if (!context.clauseOnly && before?.lower === 'of' && nominal(a - 2) && !TIME_HEADS.has(words[a - 2].lower) && !isNoun(after)) {
    const head = words[a - 2];
    if (!DATED_HAPPENING_NOUNS.has(head.lower) && !deedAfterYear(words, head, b)) return { keep: false, reason: 'modifies a noun' };
    let s = a - 2;
    while (s > 0 && (words[s - 1].pos === 'NOUN' || words[s - 1].pos === 'ADJ' || words[s - 1].pos === 'PROPN')) s--;
    return { keep: true, status: 'happened', nounPhrase: [s, a - 1] };
  }
  // "raised doubts following the oil disaster last year", "under fire over the refinery explosion in 2005": a month or
  // a year right after a happening's noun phrase dates that happening, as it does before it ("the 2005 refinery
  // explosion"), where the clause came after it or is told about it ("fled just after the takeover in 1948", "the
  // response to the crisis in 1995", "died in the crash in 2003" are of its year)
  const dated = context.period && !context.clauseOnly ? happeningBefore(words, before?.lower === 'in' ? a - 2 : a - 1) : null;
  if (dated && apartFromClause(words, phraseGovernor(words, dated[0]))) return { keep: true, status: 'happened', nounPhrase: dated };
  // "released a letter ahead of the hearings on Tuesday and Thursday", "quit before the council vote next week": a day
  // or a week right after a happening's noun phrase that the clause came before dates that happening, still to come
  // when the clause happened, and not the clause; the noun alone ("Hearings on Tuesday") tells too little to stand
  // as a title ("resigned after the vote on Thursday" is mostly the same day's, and stays the clause's)
  // (a plural with no determiner too, "Ahead of budget talks on Monday, the union ...": what governs it is checked)
  if (!context.period && !context.clauseOnly) {
    // (past the first of two days: "on Tuesday and Thursday")
    let end = a - 1;
    if (/^(?:and|or)$/.test(words[end]?.lower ?? '') && CALENDAR_WORDS.includes(words[end - 1]?.lower ?? '')) end -= 2;
    if (/^(?:on|in)$/.test(words[end]?.lower ?? '')) end--;
    const coming = happeningBefore(words, end, true, true);
    if (coming && aheadOfClause(words, phraseGovernor(words, coming[0]))) return { keep: false, reason: 'modifies a noun' };
  }

  // "Roe on Thursday ``Without commenting ...": a speaker's name and a day before a quotation label what was said,
  // a transcript's heading, not a happening
  if (/^(?:``|`|“|")$/.test(after?.text ?? '')) {
    let k = a - 1;
    while (k >= 0 && !/^[:;]$/.test(words[k].text) && !isVerb(words[k])) k--;
    if ((k < 0 || /^[:;]$/.test(words[k].text)) && words.slice(k + 1, a).some((w) => w.pos === 'PROPN')) return { keep: false, reason: 'reaction' };
  }
  // "totaled $37 million, a small share of the $1.5 billion in imports that year": a date in a phrase with no verb
  // that gives a figure is the figure's
  {
    let k = a - 1;
    while (k >= 0 && words[k].text !== ',' && !isVerb(words[k])) k--;
    const phrase = words.slice(k + 1, a);
    let e = b + 1;
    while (e < words.length && words[e].pos !== 'PUNCT' && !isVerb(words[e])) e++;
    if (k >= 0 && words[k].text === ',' && phrase[0]?.pos === 'DET' && phrase.some((w, j) => w.pos === 'SYM' && phrase[j + 1]?.pos === 'NUM') && !isVerb(words[e])) return { keep: false, reason: 'statistic' };
  }
  const apposition = context.clauseOnly ? null : appositionAround(words, a, b);
  if (apposition) {
    // "The pad, scene of an explosion in 2016, will host the launch": a date in a noun phrase set off by commas
    // between a subject and its verb dates the happening named there, or nothing the clause tells
    const head = words[a - 2];
    if (before && /^(?:in|on|of)$/.test(before.lower) && isNoun(head) && DATED_HAPPENING_NOUNS.has(head.lower)) {
      let s = a - 2;
      while (s > apposition[0] + 1 && /^(?:NOUN|ADJ|PROPN)$/.test(words[s - 1].pos)) s--;
      // (a bare "explosion" says too little to stand as a title, and the clause around it is another happening's)
      if (s < a - 2) return { keep: true, status: 'happened', nounPhrase: [s, a - 1], aside: true };
    }
    return { keep: false, reason: 'modifies a noun' };
  }

  const [cFrom, cTo] = clauseAround(words, a);
  const v = governingVerb(words, cFrom, cTo, a, b);
  const verb = words[v];
  const chain = v >= 0 ? chainOf(words, cFrom, v) : [];
  const inClause = (test: (w: Word, k: number) => boolean) => {
    for (let k = cFrom; k < cTo; k++) if ((k < a || k > b) && test(words[k], k)) return true;
    return false;
  };
  if (!context.clauseOnly && depictedDoing(words, cFrom, v, a)) return { keep: false, reason: 'modifies a noun' };
  // "the book rests on the premise that cheap power in the 1970s built the towns": what a noun of thought holds is
  // put forward, not told as having happened (not a relative, its verb right after it: "the idea that won the prize")
  if (!context.clauseOnly && words[cFrom]?.lower === 'that' && THOUGHT_NOUNS.has(words[cFrom - 1]?.lower ?? '') && !/^(?:VERB|AUX|ADV)$/.test(words[cFrom + 1]?.pos ?? '')) return { keep: false, reason: 'hypothetical' };
  const perfect = chain.some((w) => w.lemma === 'have' && w.lower !== 'had');
  // "the skimmer collected 9,200 gallons of brine on Monday", "said it had captured 40 tonnes": a quantity gathered
  // over a day or a period is a tally, whoever reports it
  // (before the date with no break between, after a fronted date, or as the whole of what a saying dated there reports;
  // "a tube it inserted at the weekend now siphons 90 gallons" dates the inserting)
  let gather = a - 1;
  while (gather >= 0 && a - gather <= 20 && words[gather].text !== ',' && words[gather].pos !== 'AUX' && words[gather].text !== ';' && words[gather].pos !== 'SCONJ' && !gathersQuantity(words, gather)) gather--;
  const fronted = after?.text === ',' && !words.slice(0, a).some(isVerb);
  if ((gather >= 0 && gathersQuantity(words, gather)) || (fronted && inClause((w, k) => k > b && gathersQuantity(words, k))) || (verb && REPORTING.has(verb.lemma) && words.slice(v + 1, v + 8).some((w, j) => gathersQuantity(words, v + 1 + j)))) return { keep: false, reason: 'statistic' };
  if (runningTally(words)) return { keep: false, reason: 'statistic' };
  // "some 900 seals were caught in the nets, according to figures today", "with the agency putting the number at 1,200
  // cases yesterday": a count told by the figures it comes from
  // (not "the quake killed 200 people on Tuesday, according to figures from the agency": a deed with its toll as object)
  const deedOnObject = verb?.pos === 'VERB' && !chain.some((w) => w.lemma === 'be') && /^(?:NUM|DET)$/.test(words.slice(v + 1).find((w) => w.pos !== 'ADV')?.pos ?? '');
  if (figureSourced(words, a, b) && !deedOnObject) return { keep: false, reason: 'statistic' };
  // "The latest figures on Friday showed 500 gulls have been found dead": a count so far that figures show is a figure
  const figuresShow = verb?.lemma === 'show' && !chain.length && words.slice(Math.max(cFrom, v - 10), v).some((w) => FIGURE_SOURCES.has(w.lower));
  if (figuresShow && countSoFar(words, Math.max(v, b) + 1)) return { keep: false, reason: 'statistic' };
  // "the agency said on Tuesday that nearly 900 people have been treated", "Some 40 have died, officials said on Monday":
  // a count so far is what the saying dated there reports, a figure
  // ("14 boats have been lost and 230 crew have been rescued, the coastguard said on Monday": a count so far
  // coordinated in what the saying reports before it)
  const countBefore = words.slice(0, v).some((w) => w.text === ',') && words.some((w, k) => k < v && (k === 0 || words[k - 1].lower === 'and') && countSoFar(words, k));
  if (verb && REPORTING.has(verb.lemma) && !chain.length && (countSoFar(words, Math.max(v, b) + 1) || countBefore)) return { keep: false, reason: 'statistic' };
  // "More than 800 walkers have been rescued since March 2": a count so far from a day on, not that day's happening
  if (before?.lower === 'since' && countSoFar(words, cFrom)) return { keep: false, reason: 'statistic' };
  // "the club said on Friday there are now 900 members": a count that stands on the saying's day, a figure
  if (verb && REPORTING.has(verb.lemma) && !chain.length && v < a && countStanding(words, b + 1)) return { keep: false, reason: 'statistic' };
  // "The poll was conducted June 3 to 6": the days a poll was taken, a note on its method (the date's verb may be
  // another's in the clause: "was conducted among 800 likely voters from May 2 to 4")
  if (inClause((w, k) => pollTaken(words, k))) return { keep: false, reason: 'statistic' };
  // "A poll last month found that 64 percent of voters ...", "figures showing that it took 1,240 calls yesterday":
  // what a poll finds or figures show, given as a figure, is the figure (not "The figures released on Friday
  // showed the mill had cheated its workers", no figure in what they show)
  if (pollOrFiguresFound(words, a, b)) return { keep: false, reason: 'statistic' };
  // "Of the 84 crew on board on 3 May, six worked for the owner": a group counted out in an opening phrase
  // ("Of 70 schools joining since March 1, 25 did so ...": with no determiner, and a participle describing the group)
  {
    const n = /^(?:the|its|their)$/.test(words[1]?.lower ?? '') ? 2 : 1;
    if (words[0]?.lower === 'of' && words[n]?.pos === 'NUM' && !isWrittenYear(words[n].text) && !words.slice(0, a).some((w) => w.text === ',' || (isVerb(w) && !/ing$/.test(w.lower))) && words.slice(b + 1).some((w) => w.text === ',')) return { keep: false, reason: 'statistic' };
  }
  // "Early last month, the firm was valued at $4bn": what a thing was worth then, a figure
  if (verb?.lemma === 'value' && chain.some((w) => w.lemma === 'be') && words[v + 1]?.lower === 'at' && numberAt(words, v + 2) >= 0) return { keep: false, reason: 'statistic' };
  // "the firm said this week that it had paid out $15 million in claims": a sum paid out so far, what the saying reports
  if (verb && REPORTING.has(verb.lemma) && !chain.length && v < a && paidOutSoFar(words, b + 1)) return { keep: false, reason: 'statistic' };
  // "the board said in May that 61 percent of the wells were dry", "In a survey taken on Monday, 40% of those
  // asked said ...": a share of a group is what the saying reports, or what the sentence's own clause tells
  // ("After the storm hit on Monday, half of the homes were dark" leaves the storm's clause alone)
  const frontComma = words.findIndex((w) => w.text === ',');
  // ("In early May, before the ferry sank on May 20, fully 70 percent of voters favored the pier": a date with no verb
  // before it opens the share's clause past an aside a subordinator opens; "May 20" has its own verb before it. Not
  // past a clause of the date's own: "On Monday, the storm hit the coast, 60 percent of homes were dark" dates the storm)
  const asideOnly = (from: number, to: number) => {
    let aside = false;
    for (let j = from; j < to; j++) {
      if (words[j].text === ',') aside = SUBORDINATORS.has(words[j + 1]?.lower ?? '');
      else if (isVerb(words[j]) && !aside) return false;
    }
    return true;
  };
  const frontedShare = (frontComma > 0 && !SUBORDINATORS.has(words[0].lower) && shareOfGroup(words, frontComma + 1)) || (!SUBORDINATORS.has(words[0].lower) && !words.slice(0, a).some(isVerb) && words.some((w, k) => k > b && w.text === ',' && asideOnly(b + 1, k) && shareOfGroup(words, k + 1)));
  // ("the 38 percent who backed it in March": the share is the view's holder; "(March 4-5)" closing a sentence of
  // shares, "52 percent approved and 41 percent disapproved (March 4-5).": the days a poll was taken)
  const sharesClause = (k: number) => (k === 0 || /^(?:,|and|:|;)$/.test(words[k - 1].lower)) && shareOfGroup(words, k);
  const heldByShare = verb?.pos === 'VERB' && STANCE_VERBS.has(verb.lemma) && words[v - 1]?.lower === 'who' && [v - 4, v - 3].some((k) => k >= 0 && shareOfGroup(words, k));
  // ("the council's standing holds this month: 39 percent approve": a level told, then the shares it stands on)
  const colon = words.findIndex((w, k) => k > b && w.text === ':');
  const ratingShares = colon > b && verb && v < colon && !chain.some((w) => w.pos === 'AUX' && w.lemma !== 'be') && (TREND_VERBS.has(verb.lemma) || LEVEL_VERBS.has(verb.lemma) || /^(?:hold|be|stay)$/.test(verb.lemma)) && sharesClause(colon + 1);
  const pollDays = before?.text === '(' && after?.text === ')' && words.slice(b + 2).every((w) => w.pos === 'PUNCT') && words.some((w, k) => k < a && sharesClause(k));
  if ((verb && REPORTING.has(verb.lemma) && !chain.length && simplePast(words, v) && shareOfGroup(words, Math.max(v, b) + 1)) || shareOfGroup(words, 0) || frontedShare || heldByShare || pollDays || ratingShares) return { keep: false, reason: 'statistic' };
  // "today's financial crisis is ...", "in today's market": "today's" before a thing or a lasting happening, in a clause
  // not told in the past, names the present ("today's vote" is the day's happening; "Today's study estimated" told)
  if (todaysPresent(words, a, b) && !toldInPast(verb, chain)) return { keep: false, reason: 'state' };
  // "Today, those objections seem quaint", "These days the firm has 40 stores": "today" set before a clause in the
  // present tells how things stand now, not a happening of the day ("Today the council voted" is the day's news)
  // ("he remains wrong today", "the town needs calm these days": a verb of state in the present before it)
  const nowWords = /^(?:today|these days|nowadays)$/.test(words.slice(a, b + 1).map((w) => w.lower).join(' '));
  // ("countermeasures exist today": a plural subject's present is the verb's bare form, just after the subject's noun)
  const pluralPresent = (k: number) => words[k].lower === words[k].lemma && ((isNoun(words[k - 1]) && /[^s]s$/.test(words[k - 1].lower)) || /^(?:they|we)$/.test(words[k - 1]?.lower ?? ''));
  if (nowadays(words, a, b) || (nowWords && verb && v < a && !chain.length && verb.pos === 'VERB' && STATIVE_VERBS.has(verb.lemma) && ((/^(?:\S+s|\S+es)$/.test(verb.lower) && verb.lower !== verb.lemma) || pluralPresent(v)))) return { keep: false, reason: 'state' };
  // "the route is still disputed today", "the pier is still closed today": what "still" holds up to now is a state, not
  // the day's happening (not "Today the council still voted no", the day's deed, nor "the vote is still set for
  // today", a plan)
  if (nowWords && verb && v < a && chain.some((w) => /^(?:is|are|am|'s|'re)$/.test(w.lower)) && chain.some((w) => w.lower === 'still') && !SCHEDULED.has(verb.lower) && !SCHEDULED.has(verb.lemma)) return { keep: false, reason: 'state' };
  // "asked the board to respond by Oct. 3", "the goal is to put 400 crews there by the end of the month": a deadline
  // for what someone is asked, or aims, to do, not the day of the asking
  const infinitive = chain.findIndex((w) => w.lower === 'to');
  if (before?.lower === 'by' && infinitive >= 0 && v < a) {
    // (the word before "to", and up to five before it: "asked the firm on Monday to respond")
    const k = v - chain.length + infinitive - 1;
    const asked = words.slice(Math.max(cFrom, k - 5), k + 1).some((w) => isVerb(w) && DEADLINE_VERBS.has(w.lemma));
    const aim = words[k]?.lemma === 'be' && /^(?:goal|aim|target|objective)s?$/.test(words[k - 1]?.lower ?? '');
    // "is pushing to fix the pump by July 27", "the bid to finish the dam by May": a deadline someone strives for
    const striving = (isVerb(words[k]) && EFFORT_VERBS.has(words[k].lemma)) || (isNoun(words[k]) && EFFORT_NOUNS.has(words[k].lemma));
    if (asked || aim || striving) return { keep: false, reason: 'hypothetical' };
  }
  // "They plan to leave the site by October 31", "outlined plans for the fleet to be electric by 2030": a plan told
  // with a deadline is a target (it may come sooner, or not at all), not a day on the calendar ("plan to leave on
  // October 31" is one); "the first bridge is expected to open and carry traffic by mid-August": an expectation that
  // something is done by a period is an estimate (not "is expected to be sealed by Sunday", a day, as good as set)
  if (before?.lower === 'by' && !context.past) {
    const g = deadlineGovernor(words, 0, a);
    if (g >= 0 && PLAN_WORDS.has(words[g].lemma)) return { keep: false, reason: 'hypothetical' };
    if (g >= 0 && context.period && EXPECTED.has(words[g].lower) && words[g - 1]?.lemma === 'be') return { keep: false, reason: 'forecast' };
  }
  // "has started processing claims from the quake two weeks ago": the present perfect takes no "ago", so the date
  // dates the happening named before it, not the verb ("has been shut since two weeks ago" counts from it)
  if (perfect && v < a && words[b].lower === 'ago' && !/^(?:since|until|till)$/.test(before?.lower ?? '')) return { keep: false, reason: 'modifies a noun' };
  // "Speaking after the 1995 floods, ...", "topping the fall after the 1998 default": a participle's yardstick dates nothing
  if (context.clauseOnly && (!verb || (/ing$/.test(verb.lower) && !chain.length))) return { keep: false, reason: 'modifies a noun' };
  // "After touring the port Thursday and meeting the mayor, the minister said he is very pleased": a date in an
  // opening participle's phrase leans on the clause after its comma, and that clause is an opinion said
  // ("After getting the report Monday, the traders ran to their cars" is the day's happening)
  if (!context.clauseOnly && /^(?:after|before|while|upon)$/.test(words[0]?.lower ?? '') && words[1]?.pos === 'VERB' && /ing$/.test(words[1].lower) && a > 1) {
    const comma = words.findIndex((w, k) => k > b && w.text === ',');
    const said = comma > b ? words.findIndex((w, k) => k > comma && isVerb(w)) : -1;
    if (said > 0 && !words.slice(1, a).some((w) => w.text === ',') && TELLING_VERBS.has(words[said].lemma) && opinionSaid(words, said, said)) return { keep: false, reason: 'reaction' };
  }
  // "With the finding of a rifle 11 days ago, police say ...": a date after a noun in an opening phrase with no verb,
  // before the comma that ends it, dates that noun's happening, not the clause after it
  if (!context.clauseOnly && cFrom === 0 && words[0].lower === 'with' && isNoun(before) && words[b + 1]?.text === ',' && !words.slice(0, a).some(isVerb) && v > b) return { keep: false, reason: 'modifies a noun' };
  // "With the talks having failed on Friday, the union is planning a strike", "Having lost the vote in May, the mayor
  // stayed on": a date in a perfect participle's phrase set apart by a comma is that phrase's, done before the clause
  if (!context.clauseOnly && perfectParticiplePhrase(words, a, b)) return { keep: false, reason: 'modifies a noun' };
  // "Prior to taking the helm in 2004, Ann Roe ran a school", "After leaving the navy in 1990, Vell opened a
  // bakery": a date in a gerund's phrase of sequence before the comma is the gerund's, not the clause's
  if (!context.clauseOnly && sequencedGerundPhrase(words, a, b, context.period)) return { keep: false, reason: 'modifies a noun' };
  // "a swimmer whose rescue off the coast two months ago set off a feud": a date after the noun that a "whose"
  // clause opens with dates that noun's happening, which the clause only names
  if (!context.clauseOnly && words[cFrom]?.lower === 'whose' && v > b && words.slice(cFrom + 1, a).some(isNoun) && !words.slice(cFrom + 1, a).some(isVerb)) return { keep: false, reason: 'modifies a noun' };

  // "wants the court to lift the injunction issued Thursday", "approved the budget proposed Monday": a participle
  // right after an object's noun dates that noun's happening, not the clause's ("said the ship sank Monday" is the clause's)
  if (!context.clauseOnly && verb && verb.pos === 'VERB' && /(?:ed|en)$/.test(verb.lower) && (v === a - 1 || (v === a - 2 && /^(?:on|in)$/.test(before?.lower ?? ''))) && isNoun(words[v - 1])) {
    let s = v - 1;
    while (s > 0 && /^(?:NOUN|PROPN|ADJ|NUM)$/.test(words[s - 1].pos)) s--;
    // (only a verb's object with its determiner: after a preposition or a conjunction the noun may be a clause's subject, "as the banks disclosed Monday")
    const lead = words[s - 1];
    const governor = words[s - 2];
    if (lead?.pos === 'DET' && governor?.pos === 'VERB' && !takesClause(governor)) {
      return { keep: true, status: 'happened', nounPhrase: [s, v + 1] };
    }
  }
  // "A service planned at the hall for Saturday was canceled", '"...," said a statement, read Wednesday at a rally':
  // a participle after the subject's noun, or after the noun that is what said something, dates that noun's thing
  if (!context.clauseOnly && verb && verb.pos === 'VERB' && v < a && !chain.length && (/(?:ed|en)$/.test(verb.lower) || /^(?:read|set|put|cut|held|sent|made)$/.test(verb.lower)) && words.slice(v + 1, a).every((w) => /^(?:ADP|DET|NOUN|PROPN|ADJ|NUM)$/.test(w.pos))) {
    const n = words[v - 1]?.text === ',' ? v - 2 : v - 1;
    if (isNoun(words[n])) {
      let s = n;
      while (s > 0 && /^(?:NOUN|PROPN|ADJ|DET|ADP)$/.test(words[s - 1].pos)) s--;
      // (the subject's own verb follows with nothing but a phrase between: "The board cleared the move Monday, and
      // the banks must wait" is a finite verb with its object, and the "must" is another clause's)
      const main = words.findIndex((w, k) => k > b && isVerb(w));
      const subject = !words.slice(0, s).some(isVerb) && (v + 1 === a || words[v + 1].pos === 'ADP') && main > b && /^(?:was|were|is|are|has|have|had)$/.test(words[main].lower) && words.slice(b + 1, main).every((w) => /^(?:ADP|DET|NOUN|PROPN|ADJ|NUM)$/.test(w.pos));
      const sayer = words[s - 1]?.pos === 'VERB' && words[s - 1].lemma === 'say' && quoted(words, s - 1) === false && CLOSING_QUOTE.test(words[s - 2]?.text ?? '');
      if (subject || sayer) return { keep: false, reason: 'modifies a noun' };
    }
  }
  // "nervous because of the wild swings seen on the exchange last week", "profit-taking triggered by advances made
  // through this week": a participle after a preposition's noun dates that noun's thing, not the sentence's clause
  // (only a participle by which a move or a figure is seen or made: "the miners killed on Monday" tells a happening;
  // and with no object of its own: "analysts said shares of the firm posted gains Monday" is the firm's finite verb)
  if (!context.clauseOnly && verb && verb.pos === 'VERB' && v < a && !chain.length && /^(?:seen|made|noted|recorded|posted|registered|logged)$/.test(verb.lower) && words[v - 1]?.pos === 'NOUN' && (v + 1 === a || words[v + 1].pos === 'ADP') && words.slice(v + 1, a).every((w) => /^(?:ADP|DET|NOUN|PROPN|ADJ|NUM)$/.test(w.pos))) {
    let s = v - 1;
    while (s > 0 && /^(?:NOUN|PROPN|ADJ|NUM)$/.test(words[s - 1].pos)) s--;
    const prep = words[s - 1]?.pos === 'DET' ? s - 2 : s - 1;
    if (words[prep]?.pos === 'ADP' && /^(?:of|by|about|from|over|amid|against)$/.test(words[prep].lower) && words.slice(0, prep).some((w) => isVerb(w) && w.pos === 'VERB' || w.pos === 'AUX')) return { keep: false, reason: 'modifies a noun' };
  }
  // "regretted the strike called by the union in June": a participle cut short of its relative clause dates its noun
  // (an adverb of order is no auxiliary: "a mould first seen in 2004")
  if (!context.clauseOnly && chain.every((w) => ORDER_ADVERBS.has(w.lower)) && reducedRelative(words, v, a, b)) return { keep: false, reason: 'modifies a noun' };
  // "had to move the tests for the trials scheduled for next week": a schedule's participle on a noun the clause's
  // verb already took dates what was arranged, not the clause (noun24)
  if (!context.clauseOnly && chain.length === 0 && scheduledOnNoun(words, v, a)) return { keep: false, reason: 'modifies a noun' };
  // "a worry to pupils due to sit exams this week": a schedule's infinitive on such a noun dates that noun's plan too
  if (!context.clauseOnly && chain.length === 1 && chain[0].lower === 'to' && v < a && SCHEDULED.has(words[v - 2]?.lower ?? '') && !EXPECTED.has(words[v - 2].lower) && words.slice(v + 1, a).every((w) => /^(?:ADP|DET|NOUN|PROPN|ADJ|NUM)$/.test(w.pos)) && scheduledOnNoun(words, v - 2, v - 1, true)) return { keep: false, reason: 'modifies a noun' };
  // "sales scheduled for 2027 were cancelled", "a pump placed on the well last week collected 900 barrels on Wednesday"
  if (!context.clauseOnly && chain.length === 0 && subjectsReducedRelative(words, v, a, b)) return { keep: false, reason: 'modifies a noun' };
  // "beat the old record of 900 runners set last year in Lowmere": a record's participle dates the record, the
  // yardstick the clause beats or nears, not the clause (noun24)
  if (!context.clauseOnly && chain.length === 0 && recordSet(words, v, a)) return { keep: false, reason: 'modifies a noun' };
  // "short of its record high set on May 3", "the lowest level seen in 2003": a record's date is a yardstick
  if (before && /^(?:on|in)$/.test(before.lower) && /^(?:set|reached|hit|recorded|seen|touched|posted)$/.test(words[a - 2]?.lower ?? '') && words.slice(Math.max(0, a - 6), a - 2).some((w) => SUPERLATIVE.test(w.lower) || (w.pos === 'ADJ' && /est$/.test(w.lower))) && !isVerb(words[a - 3])) return { keep: false, reason: 'statistic' };
  // "named captain for a voyage in May", "flew home for a summit on Friday": the date is the purpose's, not the clause's
  // (a day is kept: "gathered for a summit on Friday" is one day's happening)
  if (!context.clauseOnly && context.period && before && /^(?:in|on)$/.test(before.lower) && isNoun(words[a - 2]) && words[a - 3]?.pos === 'DET' && words[a - 4]?.lower === 'for') return { keep: false, reason: 'modifies a noun' };
  // "Not since 1993", "the first pandemic since 1968", "lost 400,000 jobs since 2000": a yardstick or a tally.
  if (before?.lower === 'since') {
    const yardstick = (w: Word) => SUPERLATIVE.test(w.lower) || NEGATIONS.has(w.lower) || (w.pos === 'ADJ' && /est$/.test(w.lower));
    if (words.slice(Math.max(0, a - 10), a).some(yardstick) || inClause(yardstick)) return { keep: false, reason: 'statistic' };
    // "It was the first time that she, who ..., had been allowed in since Jan. 3": however far back the yardstick stands
    if (words.slice(0, a).some((w, k) => SUPERLATIVE.test(w.lower) && /^times?$/.test(words[k + 1]?.lower ?? ''))) return { keep: false, reason: 'statistic' };
    if (perfect && verb?.lemma !== 'be') return { keep: false, reason: 'statistic' };
    // "Since 2004, three guards, including the warden, have been killed": the same tally when the date opens the
    // sentence and an aside with a verb of its own ("including") stands in the subject, read at the sentence's main verb
    if (a === 1 && after?.text === ',') {
      let m = mainVerb(words, b + 2);
      while (words[m]?.pos === 'AUX' && (isVerb(words[m + 1]) || words[m + 1]?.pos === 'ADV')) m++;
      while (words[m]?.pos === 'ADV') m++;
      if (isVerb(words[m]) && words[m].lemma !== 'be' && chainOf(words, b + 2, m).some((w) => w.lemma === 'have' && w.lower !== 'had')) return { keep: false, reason: 'statistic' };
    }
    // "had been fined in three towns since 2004": a run of happenings over a period, told from a later past
    // ("had been shut since Friday" dates the closing)
    if (context.period && chain.some((w) => w.lower === 'had') && verb?.lemma !== 'be') return { keep: false, reason: 'statistic' };
    // "had nearly doubled the flow since Friday": a change in a figure counted from a day
    const changes = (w: Word | undefined) => !!w && isVerb(w) && (LEVEL_VERBS.has(w.lemma) || TREND_VERBS.has(w.lemma) || TALLY_VERBS.has(w.lemma));
    if (inClause((w, k) => k < a && w.lower === 'had' && changes(words.slice(k + 1, k + 4).find((x) => x.pos !== 'ADV')))) return { keep: false, reason: 'statistic' };
    // "strains isolated in the region since 1998", "cases reported since March": what is counted from a date on
    // (not "the group revealed that since April ...": a finite verb with its own clause after it)
    if (verb && v < a && !chain.length && verb.pos === 'VERB' && /ed$/.test(verb.lower) && isNoun(words[v - 1]) && !words.slice(v + 1, a).some((w) => w.lower === 'that' || w.pos === 'SCONJ' && w.lower !== 'since')) return { keep: false, reason: 'statistic' };
    // "has been independent since 1921": a state that holds from the date on (not "has been in the country since 2004")
    if (chain.some((w) => w.lemma === 'have') && verb?.lemma === 'be' && isAdjective(words[v + 1])) return { keep: false, reason: 'state' };
    // "We've been indoors since Friday", "has been away since May": where someone has stayed from the date on
    if (chain.some((w) => w.lemma === 'have') && verb?.lemma === 'be' && words[v + 1]?.pos === 'ADV' && v + 2 === a - 1) return { keep: false, reason: 'state' };
    // "has been a member of the board since 2004", "have been its owners since 1990": a role held from the date on
    if (perfect && verb?.lemma === 'be' && v < a && (words[v + 1]?.pos === 'DET' || POSSESSIVES.has(words[v + 1]?.lower ?? ''))) return { keep: false, reason: 'state' };
    // "Of those, 40 were sold since Monday", "some 300 crates were shipped since March": a figure counted from a date on
    const subjectEnd = v - chain.length - 1;
    // (the figure is the subject's own, with no comma after it: "Ann Roe, 41, was ..." gives an age)
    if (verb && v < a && words.slice(Math.max(cFrom, subjectEnd - 2), subjectEnd + 1).some((w, j, g) => w.pos === 'NUM' && !isWrittenYear(w.text) && !g.slice(j).some((x) => x.pos === 'PUNCT'))) return { keep: false, reason: 'statistic' };
    // "since 1990 there has been a thaw": what there has been since a date is a state
    if (perfect && verb?.lemma === 'be' && words[v - chain.length - 1]?.lower === 'there') return { keep: false, reason: 'state' };
  }
  // "had described him only as a witness until Friday": the end of a state told from a later past
  // ("will stay shut until Monday" is kept: the reopening is the happening)
  // "will continue to trade under their names until 2027": a state going on until the date
  const goesOn = chain[0]?.lower === 'to' && /^(?:continue|remain|stay)$/.test(words[v - chain.length - 1]?.lemma ?? '');
  if (before && /^(?:until|till|til)$/.test(before.lower) && (goesOn || chain.some((w) => w.lower === 'had'))) return { keep: false, reason: 'state' };
  // "was a trustee until 1974", "lived in the capital until 1989", "Roe's father was a trustee until 1968": a state's
  // end, what someone was or did up to a time, not a happening of its own (no reopening or return is told, as "will
  // stay shut until Monday" tells one)
  if (before && /^(?:until|till|til)$/.test(before.lower) && verb && v < a && !chain.length && (/^(?:was|were|lived|remained|stayed|served)$/.test(verb.lower) || (before.lower !== 'til' && verb.lemma === 'be' && !isVerb(words[v + 1])))) return { keep: false, reason: 'state' };
  // "Prior to Monday, Norland was the only state to sign", "Before 1990 the mill was a school": what something was up to
  // a date, a state that held before it (not "was closed before Monday", a deed)
  const priorTo = before && (before.lower === 'before' || (before.lower === 'to' && words[a - 2]?.lower === 'prior'));
  if (priorTo && verb && !chain.length && /^(?:was|were)$/.test(verb.lower) && !isVerb(words[v + 1])) return { keep: false, reason: 'state' };
  // "the warrants, which expire on May 3, can be sold", "holds the stake until the curb lapses in 2027": when a term runs
  // out, told in the present in a relative or an "until" clause, is a term of a deal, not a happening ("the offer is
  // due to expire on Friday" and "the warrants expired on Monday", told in a main clause or in the past, stay)
  if (verb && v < a && !chain.length && TERM_ENDS.has(verb.lemma) && !/ed$/.test(verb.lower) && (/^(?:which|that)$/.test(words[v - 1]?.lower ?? '') || words.slice(cFrom, v).some((w) => /^(?:until|till|til)$/.test(w.lower)))) return { keep: false, reason: 'state' };
  if (spanEnd(words, a, b, v, chain)) return { keep: false, reason: 'state' };
  if (!context.clauseOnly && movedTo(words, a, v)) return { keep: false, reason: 'state' };
  if (!context.clauseOnly && context.past && presentWithPastDate(words, a, b, v, chain)) return { keep: false, reason: 'modifies a noun' };
  if (!context.clauseOnly && sequencedParticiple(words, v, a)) return { keep: false, reason: 'modifies a noun' };
  if (!context.clauseOnly && answeredSaying(words, v, a)) return { keep: false, reason: 'modifies a noun' };
  if (refusedAhead(words, a, b)) return { keep: false, reason: 'negation' };
  if (!context.clauseOnly && nounsParticiple(words, v, a)) return { keep: false, reason: 'modifies a noun' };
  // "extended loans through January", "a drag on earnings through 2027": where a state or a figure's span ends, unless
  // a "from" gives its start ("the fair runs from May 1 through May 5": a happening's days)
  if (before?.lower === 'through' && !words.slice(cFrom, a).some((w) => w.lower === 'from')) return { keep: false, reason: 'state' };
  // "had filed their reports by Wednesday": a count as of a day, not the day of a happening
  if (before?.lower === 'by' && chain.some((w) => w.lemma === 'have') && inClause((w) => w.pos === 'NUM')) return { keep: false, reason: 'statistic' };
  // Negation of the verb ("did not", "never") or of its subject ("no records were broken", "neither ... nor").
  if (chain.some((w) => NEGATIONS.has(w.lower)) || (verb?.lemma === 'be' && /^(?:not|n't|never)$/.test(words[v + 1]?.lower ?? ''))) return { keep: false, reason: 'negation' };
  for (let k = cFrom; k < (v >= 0 ? v : a); k++) {
    const w = words[k];
    if ((w.lower === 'no' && w.pos === 'DET') || /^(?:neither|nor|nobody|none|no-?one)$/.test(w.lower)) return { keep: false, reason: 'negation' };
  }
  if (v >= 0 && words.slice(0, v).some((w) => w.lower === 'neither')) return { keep: false, reason: 'negation' };
  if (deniedFrame(words, a)) return { keep: false, reason: 'negation' };
  // "there was no profit this year", "there were no flights on Monday": what there was none of, on a day or over a year
  {
    let k = before?.pos === 'ADP' ? a - 2 : a - 1;
    const last = k;
    while (k > 0 && /^(?:NOUN|ADJ)$/.test(words[k].pos)) k--;
    if (k < last && words[k]?.lower === 'no' && words[k - 1]?.lemma === 'be' && words[k - 2]?.lower === 'there') return { keep: false, reason: 'negation' };
  }
  // "possibly buying back its notes next year", "will probably close in May": a guess, not a plan
  if (chain.some((w) => /^(?:possibly|probably|perhaps|maybe)$/.test(w.lower))) return { keep: false, reason: 'hypothetical' };
  if (chain.some((w) => /^(?:often|usually|regularly|frequently|sometimes|typically|generally)$/.test(w.lower))) return { keep: false, reason: 'habit' };
  // "on Monday and Tuesday nights", "Friday mornings": a weekday that recurs, not one day
  if (recurringWeekday(words, a, b)) return { keep: false, reason: 'habit' };
  // ('"If the pier holds, we will reopen," Ann Roe told reporters on Sunday': a condition inside a quotation that closes
  // before the date is the speaker's; the date is the saying's, told outside it, and the saying happened)
  if (words.slice(0, a).some((w, k) => (w.lower === 'if' || w.lower === 'unless') && !(quoted(words, k) && !quoted(words, a)))) return { keep: false, reason: 'hypothetical' };
  // "the road will not reopen until the bridge is repaired next week": what must come first for a future denied till
  // then is foretold, not on the calendar
  if (!context.clauseOnly && untilForetold(words, a)) return { keep: false, reason: 'forecast' };
  // "said the berth would reopen next week": reported speech's "would" is the future of the saying.
  const reported = v >= 0 && words.slice(0, v).some((w) => REPORTING.has(w.lemma) && w.pos === 'VERB');
  // ("can either reappoint or replace", its verb read as a noun: the modal stands for its verb group)
  // ("can register until May 3", "can buy tickets from Monday", "between Monday and May 3, they can file": a window that
  // closes or opens on a day is on the calendar)
  // (not a clock's hours, "can be heard between midnight and 3am", a programme's slot)
  // ("Voters can cast ballots between 7am and 10pm on Thursday": hours on a day named are a window all the same)
  const clock = words.slice(a, b + 1).some((w) => /^(?:\d{1,2}(?:[:.]\d\d)?)?(?:a\.?m\.?|p\.?m\.?|midnight|noon)$/.test(w.lower)) && !words.slice(Math.max(0, a - 6), b + 7).some((w) => NAMED_DAYS.has(w.lower.replace(/\.$/, '')));
  const window = !!before && !clock && (/^(?:until|till|from|between)$/.test(before.lower) || (before.lower === 'and' && words.slice(Math.max(0, a - 6), a - 1).some((w) => w.lower === 'between')));
  const hedged = (verb?.pos === 'AUX' && !isVerb(words[v + 1]) ? [...chain, verb] : chain).filter((w) => HEDGES.has(w.lower) && !(w.lower === 'can' && window));
  if (hedged.length && !(reported && hedged.every((w) => w.lower === 'would'))) return { keep: false, reason: 'hypothetical' };
  // "said the gain would mean a bigger dividend this year": what a thing would mean is a forecast, not a plan
  if (hedged.length && verb && EVALUATIVE.has(verb.lemma)) return { keep: false, reason: 'forecast' };
  if (inClause((w) => w.lower === 'likely' || w.lower === 'unlikely')) return { keep: false, reason: 'forecast' };
  // "gave it a 30 percent chance of strengthening by Friday", "There is a 50% chance that the storm will hit by Monday":
  // what a chance is given of is a forecast, not a plan
  if (chanceGiven(words, a)) return { keep: false, reason: 'forecast' };
  // "How many spills will there be by 2030?": a question asks; it reports no happening.
  // ("The board said today it will ask: is the dam safe?" reports the saying; the question is what was said)
  const saidThen = verb && v < a && !chain.length && REPORTING.has(verb.lemma) && verb.pos === 'VERB' && /ed$|^said$|^told$/.test(verb.lower) && !/^(?:AUX|PRON)$/.test(words[0].pos);
  if (asked(words, b) && !saidThen) return { keep: false, reason: 'hypothetical' };
  // "is expected to save the firm about $3 million next year", "is expected to do little better than break even in the
  // fourth quarter": a figure foretold ("is expected to arrive on Monday" is on the calendar)
  // ("Last week the insurer said it expected to meet claims of $250 million" is a dated estimate, kept)
  const foretold = words.findIndex((w, k) => k < a && /^(?:expected|forecast|projected|estimated)$/.test(w.lower) && words[k + 1]?.lower === 'to' && !words.slice(k + 2, a).some((x) => x.text === ',' || x.pos === 'SCONJ'));
  // "the slick is expected to hit the coast on Friday", "the storm is expected to make landfall tonight": what weather
  // or a spreading thing will do is a forecast, not a plan
  const foretoldVerb = words[foretold + 2];
  // ("Teachers are expected to strike", "the bill is expected to become law": only weather or a spreading thing)
  const natural = words.slice(Math.max(0, foretold - 6), foretold).some((w) => NATURE_SUBJECTS.has(w.lemma) || NATURE_SUBJECTS.has(w.lower.replace(/s$/, '')));
  const nature = !!foretoldVerb && natural && (NATURE_VERBS.has(foretoldVerb.lemma) || (/^(?:make|come)$/.test(foretoldVerb.lemma) && /^(?:landfall|land|ashore)$/.test(words[foretold + 3]?.lower ?? '')));
  if (foretold >= 0 && (nature || FIGURE_VERBS.has(foretoldVerb?.lemma ?? '') || words.slice(foretold + 2, Math.min(words.length, foretold + 9)).some((w, k) => w.pos === 'SYM' && words[foretold + 3 + k]?.pos === 'NUM'))) return { keep: false, reason: 'forecast' };
  // "will continue to be a drag on earnings through 2027", "we expect that to continue into 2027": a state foretold to last
  if (before && /^(?:through|into)$/.test(before.lower)) {
    const go = words.findIndex((w, k) => k < a && w.lemma === 'continue' && isVerb(w));
    if (go >= 0 && ((words[go + 1]?.lower === 'to' && words[go + 2]?.lemma === 'be') || words.slice(Math.max(0, go - 5), go).some((w) => w.lemma === 'expect'))) return { keep: false, reason: 'forecast' };
  }
  // "said he is approaching next year with caution", "enters 2027 with momentum": a period met, an outlook
  if (before && isVerb(before) && /^(?:approach|enter|face|greet)$/.test(before.lemma) && /^(?:with|as|in)$/.test(after?.lower ?? '')) return { keep: false, reason: 'forecast' };
  // "Cardinal Roe called the killing wrong on Sunday": a judgment of a thing, a reaction
  if (verb?.lemma === 'call' && words[v + 1]?.pos === 'DET' && isNoun(words[v + 2]) && JUDGMENTS.has(words[v + 3]?.lower ?? '') && (v + 4 === a || (v + 5 === a && words[v + 4].pos === 'ADP') || /^(?:,|\.|but|and)$/.test(words[v + 4]?.lower ?? ''))) return { keep: false, reason: 'reaction' };
  // "cutting his earnings estimate for next year", "the forecast for 2027": the period an estimate is of, not a happening's date
  if (before?.lower === 'for' && ESTIMATE_NOUNS.has(words[a - 2]?.lemma ?? '')) return { keep: false, reason: 'forecast' };
  // "conditions will exhibit a further decline in the fourth quarter": a trend foretold, not a plan
  // ("will announce an increase in fares on Monday" is a plan: only a verb by which a figure undergoes its trend)
  if (verb && TREND_SEEN.test(verb.lemma) && chain.some((w) => FUTURE.has(w.lower)) && words.slice(v + 1, Math.min(a, v + 6)).some((w) => w.pos === 'NOUN' && TREND_NOUNS.has(w.lower))) return { keep: false, reason: 'forecast' };
  // "such deals could help slash costs by the end of 2027": what a thing could help do is a hope
  if (verb && words[v - 1]?.lemma === 'help' && HEDGES.has(words[v - 2]?.lower ?? '') && !/^(?:would)$/.test(words[v - 2].lower)) return { keep: false, reason: 'hypothetical' };
  // "are projected for 2030", "is forecast to double in 2027" (not "the vote, expected on Friday", which is planned).
  if (verb && PASSIVE_FORECASTS.has(verb.lemma) && chain.some((w) => w.lemma === 'be')) return { keep: false, reason: 'forecast' };
  // "expects earnings to grow in 2026", "forecasts growth in 2026": guidance, not a happening.
  if (verb && FORECAST_VERBS.has(verb.lemma) && verb.lower !== 'expected' && !/ed$/.test(verb.lower)) return { keep: false, reason: 'forecast' };
  // "she expected a second surge next spring": a past forecast by a named forecaster (not "the vote, expected on Friday").
  // The date must sit in what was forecast, after the verb's object: "estimated in 2019 that..." dates the estimate.
  if (verb && FORECAST_VERBS.has(verb.lemma) && verb.pos === 'VERB' && !chain.some((w) => w.lemma === 'be') && forecaster(words[v - 1 - chain.length]) && v < a - 1 && words.slice(v + 1, a).some((w) => isNoun(w) || w.pos === 'DET')) return { keep: false, reason: 'forecast' };
  if (verb && BELIEF_VERBS.has(verb.lemma) && !chain.some((w) => w.lemma === 'be')) return { keep: false, reason: 'state' };
  if (context.wide && (!verb || LASTING_VERBS.has(verb.lemma))) return { keep: false, reason: 'state' };
  // "a flat where the painter lived last year": where someone lived over a year or a month is a state
  // (not "his live concerts", a word the tagger took for the verb)
  if (context.period && verb && /^(?:live|reside|dwell)$/.test(verb.lemma) && v < a && !isNoun(words[v + 1]) && words[v - 1]?.pos !== 'DET' && !POSSESSIVES.has(words[v - 1]?.lower ?? '')) return { keep: false, reason: 'state' };
  // The verb an infinitive's "to" hangs on, through the noun it completes: "hopes to reopen", "is considering a plan to
  // close", "would have allowed an attempt to plug"
  const matrix = chain[0]?.lower === 'to' ? infinitiveMatrix(words, cFrom, v - chain.length) : null;
  if (matrix) {
    const m = words[matrix.verb];
    const mChain = matrix.verb >= 0 ? chainOf(words, cFrom, matrix.verb) : [];
    // "was meant to be setting up the filters today", "I'm meant to": an intention, not a happening
    const be = mChain.some((w) => w.lemma === 'be') || /['’](?:m|re|s)$/i.test(words[matrix.verb - 1]?.text ?? '');
    if (m?.lower === 'meant' && be && matrix.noun < 0) return { keep: false, reason: 'hypothetical' };
    // "may try to land on Friday", "would have allowed an attempt to plug the well this weekend": what a guess or a
    // counterfactual leads to ("said the crews would try to land on Friday" is the saying's future)
    const mHedges = mChain.filter((w) => HEDGES.has(w.lower));
    const counterfactual = mChain.some((w, k) => w.lower === 'would' && mChain[k + 1]?.lemma === 'have');
    if (m && (counterfactual || mHedges.some((w) => w.lower !== 'would') || (mHedges.length && !reported))) return { keep: false, reason: 'hypothetical' };
    // "is considering a plan to withdraw the troops by August", "weighs a bid to list its shares in May": a choice still
    // weighed (not "considered", a past; nor "will consider", on the calendar)
    if (m && CONSIDER_VERBS.has(m.lemma) && m.lower !== `${m.lemma}ed` && !mChain.some((w) => FUTURE.has(w.lower) || w.lower === 'to')) return { keep: false, reason: 'hypothetical' };
    // "a strategy that seeks to seal the shaft later in May", "is seeking to list its shares in June": an aim ("sought
    // to play down the remarks on Friday" is an attempt made)
    if (m && matrix.noun < 0 && /^(?:seek|strive)$/.test(m.lemma) && !/^(?:sought|strove|strived)$/.test(m.lower) && !mChain.some((w) => w.lemma === 'have')) return { keep: false, reason: 'hypothetical' };
  }
  // "is considering winding down the checks at the end of the week": a choice still weighed, told by a gerund
  const weighing = words[v - 1];
  if (verb && /ing$/.test(verb.lower) && !chain.length && weighing && isVerb(weighing) && CONSIDER_VERBS.has(weighing.lemma) && /(?:ing|s)$/.test(weighing.lower) && v < a) return { keep: false, reason: 'hypothetical' };
  if (chain[0]?.lower === 'to') {
    for (let k = v - chain.length - 1; k >= Math.max(cFrom, v - chain.length - 7); k--) {
      // "did not plan to close the port on Friday", "has never tried to sell it in 2020": an intention denied
      if (k === v - chain.length - 1 && isVerb(words[k]) && /^(?:plan|intend|mean|aim|want|try|seek|expect|propose)$/.test(words[k].lemma) && words.slice(Math.max(cFrom, k - 3), k).some((w) => /^(?:not|n't|never)$/.test(w.lower))) return { keep: false, reason: 'negation' };
      if (FORECAST_VERBS.has(words[k].lemma) && isVerb(words[k]) && !/ed$/.test(words[k].lower)) return { keep: false, reason: 'forecast' };
      // "the family wanted to be here tonight": a wish, whether or not it came true
      if (WISH_VERBS.has(words[k].lemma) && isVerb(words[k]) && k === v - chain.length - 1) return { keep: false, reason: 'hypothetical' };
      // "rallied to urge her to stand in next year's vote": what someone was urged to do is not a happening
      // (a day dates the urging: "urged the army to halt the advance on Monday")
      if (context.period && URGE_VERBS.has(words[k].lemma) && isVerb(words[k]) && k >= v - chain.length - 4) return { keep: false, reason: 'hypothetical' };
      // "the bid requires the buyer to start an auction in June 1994": what a term provides for, in the present, is no happening
      if (/^(?:require|oblige|obligate|allow|permit|entitle)s$/.test(words[k].lower) && isVerb(words[k]) && k >= v - chain.length - 5) return { keep: false, reason: 'hypothetical' };
    }
  }

  // "These results compare with net income of $1.8 million for the period last year": a yardstick's date
  if (verb?.lemma === 'compare' && v < a && /^(?:with|to)$/.test(words[v + 1]?.lower ?? '')) return { keep: false, reason: 'statistic' };
  // "described the plan as a muddle on Monday", "interpreted Tuesday's ruling as a setback": a characterisation, not a
  // happening
  if (verb && /^(?:describe|interpret|characterize|characterise|portray)$/.test(verb.lemma) && inClause((w, k) => k > v && w.lower === 'as')) return { keep: false, reason: 'reaction' };
  // "explained on Monday why he would stay away", "described in a letter on Friday how the flood had changed the
  // town": an account of reasons or of a manner is commentary, not a happening ("will explain the plan on Tuesday" is
  // on the calendar; "explained the plan on Monday" has an object, not a clause)
  if (verb && /^(?:explain|describe)$/.test(verb.lemma) && !chain.some((w) => FUTURE.has(w.lower) || HEDGES.has(w.lower) || w.lower === 'to')) {
    const wh = words.findIndex((w, k) => k > v && k <= v + 12 && /^(?:why|how)$/.test(w.lower));
    if (wh > 0 && !words.slice(v + 1, wh).some((w) => isVerb(w) || w.text === ',')) return { keep: false, reason: 'reaction' };
  }
  // "said on Monday from her home in Elmvale: ``I ...": a saying whose whole content is a quotation in the first person is a reaction
  if (verb?.lemma === 'say' && v < a && saysOnlyAQuote(words, b)) return { keep: false, reason: 'reaction' };
  // '"We have come to the point where we know what we want," the judge said in an interview Monday': a quotation in
  // the speaker's own voice, then who said it and when, is a view told, not a happening
  if (verb && /^(?:say|tell|add)$/.test(verb.lemma) && v < a && !chain.length && quotedFirstPerson(words, v)) return { keep: false, reason: 'reaction' };
  // "replied on Monday", "implied as much today", "said when asked Friday": an answer to a question put to someone
  // (not "asked it to respond by Oct. 3", a deadline; nor "Ann Roe, a lawyer, asked for a visa Friday", a request)
  const answered = verb?.lemma === 'ask' && (words[v - 1]?.lower === 'when' || (words[v - 1]?.text === ',' && /^(?:whether|if|about|why|how|what)$/.test(words[v + 1]?.lower ?? '')));
  if (verb && ((REPLY_VERBS.has(verb.lemma) && !chain.some((w) => w.lower === 'to' || FUTURE.has(w.lower))) || answered)) return { keep: false, reason: 'reaction' };
  // "expressed anger on Monday", "voiced deep concern Friday": a feeling told, a reaction
  // ("on Friday she had firm opinions on the merger", "voiced his views about the plan Monday": a view held or told, no news)
  const felt = verb ? words.slice(v + 1, v + 4).findIndex((w, k) => w.pos === 'NOUN' && (v + 1 + k < a || v + 1 + k > b)) : -1;
  const feltNoun = felt >= 0 ? words[v + 1 + felt] : undefined;
  if (verb && feltNoun && /^(?:express|voice)$/.test(verb.lemma) && REACTION_NOUNS.has(feltNoun.lemma)) return { keep: false, reason: 'reaction' };
  if (verb && feltNoun && /^(?:express|voice|have)$/.test(verb.lemma) && /^(?:opinion|view)$/.test(feltNoun.lemma) && /^(?:on|about)$/.test(words[v + 2 + felt]?.lower ?? '') && !chain.some((w) => FUTURE.has(w.lower) || HEDGES.has(w.lower))) return { keep: false, reason: 'reaction' };
  // "kept up her criticism of the plan on Sunday", "Over the weekend the mayor kept up the pressure": an attack in words
  // told as going on is no new happening (not a date inside the object: "kept up its attacks on Monday's ruling")
  const ownsNoun = /^['’]s$/.test(words[b + 1]?.text ?? '');
  if (verb?.lemma === 'keep' && words[v + 1]?.lower === 'up' && !ownsNoun && ONGOING_ATTACKS.has(words.slice(v + 2, v + 5).find((w) => w.pos === 'NOUN')?.lemma ?? '')) return { keep: false, reason: 'reaction' };
  // "Over the weekend, the union continued to call for a recount", "continued to urge the board on Sunday": a call
  // told as going on is no new happening (not "continued to fall", a move; nor "will continue to press", on the calendar)
  const going = verb?.lemma === 'continue' ? v : chain.at(-1)?.lower === 'to' && words[v - 2]?.lemma === 'continue' ? v - 2 : -1;
  if (going >= 0 && words[going + 1]?.lower === 'to' && callsFor(words, going + 2) && !ownsNoun && !chainOf(words, cFrom, going).some((w) => FUTURE.has(w.lower) || HEDGES.has(w.lower))) return { keep: false, reason: 'reaction' };
  // "said Friday that he is very pleased", "the blast may have been worse, an official said Saturday": an opinion or a guess, said
  // ("declared Monday that it is only a matter of time", "insisted the fee is fair": said as a view)
  // ("On Wednesday, Ann Roe said the verdicts prove ...": a fronted date, what is said follows the verb)
  // ("In his speech yesterday, Ann Roe said it was time to go": a fronted phrase with no verb, its comma after the date)
  const frontedSaying = v > b && ((cFrom === 0 && words.slice(0, a).every((w) => w.pos === 'ADP' || w.pos === 'CCONJ')) || (words[0].pos === 'ADP' && words[b + 1]?.text === ',' && !words.slice(0, a).some(isVerb) && !words.slice(b + 2, v).some((w) => isVerb(w) || w.text === ',')));
  // (not "In May, she told the envoy she could live with it": a word to someone is a deed)
  // ("Ann Roe on Monday said the cap would be inadequate": the date just before the verb is the saying's too)
  // ("pundits agreed on Monday that the report was not as bad as it looked": a view agreed, told with "that"; "agreed on
  // Monday that the talks would resume" is a pact, and no view)
  const agreedView = verb?.lemma === 'agree' && v < a && words[b + 1]?.lower === 'that';
  // ("had told the paper in May that she was pleased": a saying told in the past perfect is one all the same)
  const saidOnTheDate = !!verb && (v < a || v === b + 1 || (frontedSaying && verb.lemma !== 'tell')) && chain.every((w) => w.pos === 'ADV' || w.lower === 'had');
  if (verb && (TELLING_VERBS.has(verb.lemma) || agreedView) && saidOnTheDate && opinionSaid(words, v, Math.max(b, v), v < a ? a : Math.max(b, v) + 1)) return { keep: false, reason: 'reaction' };
  // "the weather office said on Friday it did not expect the river to reach the town": a forecast denied is what a saying tells,
  // not news (not "said the vote is not expected on Friday", a schedule; nor "said it did not expect to open the plant
  // in May", its own plan)
  const telling = !!verb && TELLING_VERBS.has(verb.lemma) && saidOnTheDate;
  if (telling && saysForecast(words, v, Math.max(b, v))) return { keep: false, reason: 'forecast' };
  // (and with no "had": the guesses below are read from "said", not "had said")
  const toldSimply = telling && chain.every((w) => w.pos === 'ADV');
  // "analysts said this week that the strike could cost the firm $3 billion": what those whose trade is guessing say will
  // or may come is a forecast, figure and all (not "analysts said the firm had lost $3 billion", told)
  if (toldSimply && FORECASTERS.has(words[v - 1]?.lower ?? '') && guessAhead(saidContent(words, v, Math.max(b, v)))) return { keep: false, reason: 'forecast' };
  // "the flu may spread faster than thought, the chief doctor warned today": a warning of what may come, told before the
  // one who warned, is a forecast (not "warned Monday it will strike on Friday", a threat; nor "..., the agency warned
  // on Monday, saying it could take years", whose warning is what comes before it)
  if (verb?.lemma === 'warn' && v < a && chain.every((w) => w.pos === 'ADV') && words.slice(b + 1).every((w) => w.pos === 'PUNCT')) {
    const warned = saidContent(words, v, b);
    const w = mainVerb(warned);
    if (w >= 1 && /^(?:may|might|could)$/.test(warned[w].lower)) return { keep: false, reason: 'forecast' };
  }
  // "an engineer said Monday the bridge would be done by August": when a work will be over is a guess said, not news (not
  // "said the pier would be closed by May", a step someone takes)
  if (toldSimply && readyBy(saidContent(words, v, Math.max(b, v)))) return { keep: false, reason: 'forecast' };
  // "prices will fall sharply, the minister said on Monday", "said Tuesday the storm could weaken": a move of a figure or
  // a state foretold is a forecast, whoever says it (not "said on Monday it will cut 500 jobs", a decision)
  if (toldSimply && trendForetold(saidContent(words, v, Math.max(b, v)))) return { keep: false, reason: 'forecast' };
  // "the chief executive cautioned Friday that it will be two more days before anyone knows": a wait foretold, said or
  // warned of
  const warnedSimply = !!verb && /^(?:warn|caution)$/.test(verb.lemma) && saidOnTheDate && chain.every((w) => w.pos === 'ADV');
  if ((toldSimply || warnedSimply) && waitForetold(saidContent(words, v, Math.max(b, v)))) return { keep: false, reason: 'forecast' };
  // "the firm estimated today that the repairs could take a month", "predicted on Monday that the slick would reach
  // the coast": a forecast made on a day is still no happening (not "the vote, expected on Friday", nor "estimated on
  // Monday that 300 homes were lost", a count; nor "estimated in 2019 that a drought could cost $2 billion", a standing
  // estimate of a sum, news as a sum said is)
  const foreseen = verb && FORECAST_VERBS.has(verb.lemma) && verb.pos === 'VERB' && !chain.some((w) => w.lemma === 'be') && v < a && !context.period && words.slice(v + 1, a).every((w) => w.pos === 'ADV' || w.pos === 'ADP') ? saidContent(words, v, b) : [];
  if (foretells(foreseen) && !foreseen.some((w) => w.pos === 'SYM' || /^(?:percent|%)$/.test(w.lower))) return { keep: false, reason: 'forecast' };
  // "many readers felt on Monday that the vote was a mistake", "those at the meeting yesterday felt the plan was unfair":
  // a view held, told by "feel" and a clause, is no happening (not "residents felt the tremor on Monday", a jolt felt;
  // nor "felt the floor shake", what was felt happening)
  // ("several of those writing in to the show yesterday felt that ...": a date on the writing in the subject is the view's)
  const feeling = verb && /ing$/.test(verb.lower) && v < a ? words.findIndex((w, k) => k > b && k < cTo && isVerb(w)) : v;
  if (words[feeling]?.lemma === 'feel' && !chainOf(words, cFrom, feeling).some((w) => FUTURE.has(w.lower) || HEDGES.has(w.lower)) && feltAView(words, feeling, a, b)) return { keep: false, reason: 'reaction' };
  // "the harbour master saw it coming in May", "few had seen this coming in 1990": foresight claimed, no happening
  // (not "saw it coming toward the gate on Monday", a thing seen on its way)
  if (verb?.lower === 'coming' && /^(?:it|this|that)$/.test(words[v - 1]?.lower ?? '') && words[v - 2]?.lemma === 'see' && a > v && a <= v + 2) return { keep: false, reason: 'reaction' };
  // "the bank signaled on Tuesday that it will cut rates again", "this week the board hinted the fee could rise": a hint of
  // what is to come is guidance, not a happening (not "signaled on Monday that it had sold the mill")
  if (verb && /^(?:signal|hint)$/.test(verb.lemma) && (v < a || (v > b && !words.slice(b + 1, v).some(isVerb))) && chain.every((w) => w.pos === 'ADV')) {
    const hinted = saidContent(words, v, Math.max(b, v));
    const h = mainVerb(hinted);
    if (h >= 1 && (FUTURE.has(hinted[h].lower) || HEDGES.has(hinted[h].lower))) return { keep: false, reason: 'forecast' };
  }
  // "..., the ministry said Friday in response to the raids": a reply to another's deed, told as the saying
  // (not "said Friday in response to the raids that it would recall its envoy": news said in reply)
  if (verb && /^(?:say|tell|state|declare)$/.test(verb.lemma) && v < a && /^in$/.test(words[b + 1]?.lower ?? '') && /^(?:response|reply|reaction)$/.test(words[b + 2]?.lower ?? '') && !words.slice(b + 3).some((w) => w.lower === 'that' || isVerb(w))) return { keep: false, reason: 'reaction' };
  // "As the Varrow Times points out today, the response has been chaotic": a fronted "as" clause of noting dates what
  // another wrote, and what it passes on is the clause after its comma; a view or a verdict there is commentary
  // (not "As the agency reported today, the ferry sank", a happening passed on)
  if (verb && v < a && words[cFrom]?.lower === 'as' && NOTING_VERBS.has(verb.lemma) && cFrom < v && words.slice(b + 1).find((w) => w.pos !== 'ADV')?.text === ',' && opinionSaid(words, v, b)) return { keep: false, reason: 'reaction' };
  // "Much has been made in recent days of the deal", "Much discussed this week is the mayor's silence": talk about a
  // thing, told as the happening, is commentary
  const much = words.findIndex((w, k) => k >= cFrom && k < cTo && w.lower === 'much' && (k === cFrom || words[k - 1].pos === 'PUNCT' || words[k - 1].pos === 'CCONJ'));
  const talkedOf = much >= 0 && words.slice(much + 1, Math.min(cTo, much + 4)).some((w) => w.pos === 'VERB' && TALKED_OF.has(w.lemma) && /(?:ed|en|id|de)$/.test(w.lower));
  if (talkedOf) return { keep: false, reason: 'reaction' };
  // "said in an editorial on Saturday", "a commentary in the daily argued Monday", "the columnist Ann Roe complained
  // today": a paper's or a pundit's opinion ("the court said in its opinion" is a ruling)
  if (verb && OPINION_SAYING.has(verb.lemma) && inClause((w) => OPINION_PIECES.has(w.lemma))) return { keep: false, reason: 'reaction' };
  // "The Varrow Times said in an editorial: The court erred this week": what the piece says after its colon is its opinion too
  if (!context.clauseOnly && words[cFrom]?.text === ':' && words.slice(0, cFrom).some((w) => OPINION_PIECES.has(w.lemma)) && words.slice(0, cFrom).some((w) => isVerb(w) && OPINION_SAYING.has(w.lemma))) return { keep: false, reason: 'reaction' };
  // "declined to comment on Friday", "had no comment Monday", "could not be reached for comment": no saying at all
  // (not "issued a call for comment on Monday")
  const comment = words.findIndex((w, k) => k >= cFrom && k < cTo && (k < a || k > b) && w.lemma === 'comment');
  if (comment >= 0 && v >= comment - 4 && v <= comment && (words.slice(Math.max(cFrom, comment - 3), comment).some((w) => /^(?:decline|refuse)$/.test(w.lemma)) || words[comment - 1]?.lower === 'no' || (/^(?:for|to)$/.test(words[comment - 1]?.lower ?? '') && /^(?:reach|available|unavailable|ask)$/.test(words[comment - 2]?.lemma ?? '')))) return { keep: false, reason: 'reaction' };
  // "said on Monday that it had no comment", "said it would not comment": a saying that says nothing
  if (verb && REPORTING.has(verb.lemma) && NOTHING_SAID.test(words.slice(v + 1).map((w) => w.lower).join(' '))) return { keep: false, reason: 'reaction' };
  // '"I am ready to go tomorrow," she said', '"It is fitting that we today sign it"': a speaker's own present, quoted
  if (quoted(words, a) && firstPersonPresent(words, cFrom, v, a, b)) return { keep: false, reason: 'reaction' };
  // "a surge in hiring that began last spring", "The slump started in May": a trend's onset over a period
  if (context.period && verb && ONSET_VERBS.has(verb.lemma) && v < a) {
    const relative = words[cFrom] && /^(?:that|which)$/.test(words[cFrom].lower) ? Math.max(0, cFrom - 6) : cFrom;
    if (words.slice(relative, v).some((w) => w.pos === 'NOUN' && TREND_NOUNS.has(w.lower))) return { keep: false, reason: 'statistic' };
  }
  // "the deficit hit its lowest level in May": a level reached over a period, a figure ("hit a high in 1983" may be news)
  if (context.period && verb && v < a && (LEVEL_VERBS.has(verb.lemma) || TREND_VERBS.has(verb.lemma)) && words.slice(v + 1, Math.min(a, v + 6)).some((w) => /^levels?$/.test(w.lower))) return { keep: false, reason: 'statistic' };
  // "the firm's stock hit a high in 1993", "shares hit their lowest level since 1998 on Monday", "prices have touched
  // two-year highs": a price reaching a level is a figure, however high or low (not "shares plunged 7% today"; not
  // "the index hit a record high on Monday", a record being news)
  if (verb && v < a && /^(?:hit|reach|touch)$/.test(verb.lemma) && words.slice(cFrom, v).some(marketNoun) && words.slice(v + 1, Math.min(a, v + 6)).some((w) => /^(?:highs?|lows?|levels?|peaks?)$/.test(w.lower)) && !words.some((w) => /^(?:record|all-time|ever)$/.test(w.lower))) return { keep: false, reason: 'statistic' };
  // "the $13 level we saw in 1994", "the twelve dollars we are seeing today": a price level someone saw, a figure
  const seer = v - chain.length - 1;
  if (verb && v < a && /^(?:see|hit|reach|touch)$/.test(verb.lemma) && words[seer]?.pos === 'PRON' && /^(?:levels?|lows?|highs?|dollars?|cents|points|prices?)$/.test(words[seer - 1]?.lemma ?? '')) return { keep: false, reason: 'statistic' };
  // "Yesterday it closed at $4.25, up 50 cents, in national over-the-counter trading": a trading day's price, a figure
  // ("In composite trading on the Varrow exchange, its shares closed yesterday at $43.50": anywhere in the sentence)
  // ("Norvex shares, down 2.5% in morning trading yesterday, closed down 1.25%": a move's own figure too)
  if (verb && words.some((w, k) => w.lower === 'trading' && words.slice(Math.max(0, k - 6), k).some((x) => x.lower === 'in') && !isNoun(words[k + 1])) && inClause((w, k) => (w.pos === 'SYM' && words[k + 1]?.pos === 'NUM') || (w.pos === 'NUM' && MOVE_UNITS.test(words[k + 1]?.lower ?? ''))) && (LEVEL_VERBS.has(verb.lemma) || TREND_VERBS.has(verb.lemma) || /^(?:close|end|finish|open|trade|gain|lose|add|shed|slip|edge|ease|rally)$/.test(verb.lemma))) return { keep: false, reason: 'statistic' };
  // "The index fell 19.69 points Friday to 1462.93", "Brinmoor shares closed at $5.25 on Monday": a market's routine
  // move, a figure (not "the index plunged a record 777 points", which is news; not marketNoun, which also reads a
  // sentence's capitalised "Shares": "Shares in Tolvane sank 6% today" opens a story of one firm's fall, and is kept)
  // (a sentence's capitalised "Shares" counts when the move is its main verb and is told bare, an aside after the
  // subject skipped: "Shares in Tolvane, the largest tin miner, fell 2.1 percent on Friday.")
  const marketSubject = words.slice(cFrom, v).some((w) => isNoun(w) && MARKET_NOUNS.has(w.lemma.toLowerCase())) || (marketNoun(words[0]) && firstVerbOfSentence(words, v) && bareMove(words, v));
  if (verb && MARKET_MOVES.has(verb.lemma) && marketSubject && inClause((w, k) => k > v && w.pos === 'NUM') && !recordTold(words, v)) return { keep: false, reason: 'statistic' };
  // "Its share price continued to tumble today", "the shares kept falling on Monday": a price's move told as going on is
  // a trend, not the day's news, whatever its cause
  const priceGoesOn = (k: number) => isVerb(words[k]) && /^(?:continue|keep)$/.test(words[k].lemma) && [words[k + 1]?.lower === 'to' ? words[k + 2] : words[k + 1]].some((w) => isVerb(w) && MARKET_MOVES.has(w!.lemma));
  // (whatever the subject, a level told in the past as still moving, nothing after its move but the date: "The toll
  // continued to rise on Monday"; not "continued to rise 5 percent", a move of its own size, nor "continued to fall
  // behind its rivals")
  const levelGoesOn = (k: number) => {
    if (words[k].lower !== 'continued' || words[k + 1]?.lower !== 'to' || !isVerb(words[k + 2]) || !LEVEL_VERBS.has(words[k + 2].lemma)) return false;
    let j = k + 3;
    while (j < words.length && ((j >= a && j <= b) || words[j].pos === 'ADV' || (words[j].pos === 'ADP' && j + 1 === a))) j++;
    return !words[j] || /^(?:PUNCT|CCONJ)$/.test(words[j].pos);
  };
  // (the date's own verb: "bonds continued to fall even as its shares recovered on Wednesday" dates the recovery)
  if (verb && [v, v - 1, v - 2].some((k) => k >= cFrom && ((priceGoesOn(k) && words.slice(cFrom, k).some(marketNoun)) || levelGoesOn(k)))) return { keep: false, reason: 'statistic' };
  // "The Brell index dropped 12.4 points Friday to 980.5", "Yesterday Tolvane plunged, closing at $10, off 87 cents":
  // a move to a price or an index level, whatever the subject; a move that is the story stays ("plunged 28 percent to
  // close at $3.10", "sank to its lowest since 1961")
  if (verb && MARKET_MOVES.has(verb.lemma) && routineMove(words, v)) return { keep: false, reason: 'statistic' };
  // "down 3.2% from the previous Friday and 5.1% from Sept. 8": a figure's yardstick day
  if (before?.lower === 'from' && (/^(?:%|percent|points?|cents?|pence)$/.test(words[a - 2]?.lower ?? '') || words[a - 2]?.pos === 'NUM')) return { keep: false, reason: 'statistic' };
  // "At the close of business Thursday, 9,400 shares had been tendered": a tally at a day's close
  if (before?.lower === 'business' && words[a - 2]?.lower === 'of' && words[a - 3]?.lower === 'close' && words.some((w, k) => (k < a - 3 || k > b) && w.pos === 'NUM')) return { keep: false, reason: 'statistic' };
  // "investors pushed up the firm's share price six pence to 640 pence yesterday": a price moved by buyers, a figure
  if (verb && /^(?:push|drive|lift|send|knock|pull|bid)$/.test(verb.lemma) && words.slice(v + 1, v + 7).some(marketNoun) && words.slice(v + 1, v + 10).some((w, k) => w.pos === 'NUM' && MOVE_UNITS.test(words[v + 2 + k]?.lower ?? '')) && !bigMove(words)) return { keep: false, reason: 'statistic' };
  // "the number of ferries fell between 1971 and 1985": a count's trend over a period ("rose from three to 12 on
  // Thursday" is one day's news)
  if (context.period && verb && (TREND_VERBS.has(verb.lemma) || LEVEL_VERBS.has(verb.lemma)) && words.slice(0, v).some((w, k) => QUANTITY_NOUNS.has(w.lower) && words[k + 1]?.lower === 'of' && !words.slice(k, v).some((x) => x.text === ',' || (isVerb(x) && x.pos === 'AUX')))) return { keep: false, reason: 'statistic' };
  // "the total bill for the cleanup hit $9 billion by May 3", "weekly jobless claims fell 12,000 this week", "retail
  // sales rose in March": a running figure of money or of the economy, its level or its move, is a statistic on a day
  // (with its figure) as over a period (a record is news: "sales fell by a record 9 percent", "dropped to levels not seen in 20 years"; a count of
  // people or cases on a day is left to the day's news: "the number of cases rose from three to 12 on Thursday"; the
  // saying that gives the figure is dated by its own verb)
  if (verb && v < a && (TREND_VERBS.has(verb.lemma) || LEVEL_VERBS.has(verb.lemma)) && runningFigureSubject(words, v) && !inClause((w, k) => k > v && (RECORD.test(w.lower) || (w.lower === 'seen' && words[k - 1]?.lower === 'not'))) && (context.period || inClause((w, k) => k > v && w.pos === 'NUM' && !isWrittenYear(w.text)))) return { keep: false, reason: 'statistic' };
  // "an eye-popping $900 million flowed out of the funds last week": money flowing, a figure
  if (inClause((w, k) => isVerb(w) && FLOW_VERBS.has(w.lemma) && words.slice(cFrom, k).some((x, j) => x.pos === 'SYM' && words[cFrom + j + 1]?.pos === 'NUM'))) return { keep: false, reason: 'statistic' };
  // "Through Nov. 4, the funds had an average 0.6% total return": a tally up to a day, a figure
  if (before?.lower === 'through' && inClause((w, k) => (w.pos === 'NUM' && /^(?:percent|%)$/.test(words[k + 1]?.lower ?? '')) || (w.pos === 'SYM' && words[k + 1]?.pos === 'NUM'))) return { keep: false, reason: 'statistic' };
  // "reported third-quarter earnings of $7.1 million", "had a net loss of $2 million": a result's figure, not a happening
  // ("will report its earnings in May" is on the calendar; "sold the unit for $9 million" is a deal)
  if (verb && RESULT_VERBS.test(verb.lemma) && !chain.some((w) => FUTURE.has(w.lower)) && resultFigure(words, v)) return { keep: false, reason: 'statistic' };
  // "Varrow share prices closed sharply lower Friday": a trading day's close, a figure without its number
  // ("shares shook off a slide to close nearly unchanged": a close told by an infinitive after the move)
  // ("to close nearly unchanged", "ended mixed": a close that tells no move is no story, whatever moved elsewhere in
  // the sentence, so a big move does not keep it)
  if (verb && /^(?:close|end|finish)$/.test(verb.lemma) && chain.every((w) => w.lower === 'to') && words.slice(cFrom, v).some((w) => marketNoun(w) || w.lower === 'market')) {
    const side = words.slice(v + 1, v + 4).find((w) => w.pos !== 'ADV' || CLOSE_SIDES.test(w.lower))?.lower ?? '';
    if (STILL_SIDES.test(side) || (CLOSE_SIDES.test(side) && !bigMove(words))) return { keep: false, reason: 'statistic' };
  }
  // "Tolvane was the biggest faller on the index on Friday", "the miner was among the top gainers": a price's rank on a
  // day is a figure (a rank is given by a superlative or "top" before one of RANK_NOUNS)
  if (verb?.lemma === 'be' && v < a && words.slice(v + 1, Math.min(a, v + 6)).some((w, j) => (SUPERLATIVE.test(w.lower) || w.lower === 'top' || (w.pos === 'ADJ' && /est$/.test(w.lower))) && RANK_NOUNS.has(words[v + 2 + j]?.lower.replace(/s$/, '') ?? ''))) return { keep: false, reason: 'statistic' };
  // "the firm's shares stabilized on Wednesday", "stocks rebounded Friday": a price settling after a move, a figure
  // without its number (not when the move is the story: "rebounded from their lowest level since 1987")
  if (verb && SETTLE_VERBS.has(verb.lemma) && !chain.length && words.slice(cFrom, v).some(marketNoun) && !bigMove(words)) return { keep: false, reason: 'statistic' };
  // "grew at a robust pace in May", "creating jobs at a rate of 9,000 a month": a rate, not a happening
  // (over a day, only with its figure: "troops advanced at a rapid pace on Monday" is a happening)
  if (inClause((w, k) => w.lower === 'at' && words.slice(k + 1, k + 5).some((x) => x.lower === 'rate' || x.lower === 'pace')) && (context.period || inClause((w) => w.pos === 'NUM'))) return { keep: false, reason: 'statistic' };
  // "the company said on Friday that it had losses of $6 million": a result's figure is what the saying reports
  if (verb && REPORTING.has(verb.lemma) && v < a && words.slice(b + 1, b + 5).some((w, j) => isVerb(w) && RESULT_VERBS.test(w.lemma) && resultFigure(words, b + 1 + j))) return { keep: false, reason: 'statistic' };
  // "had a loss of $158,666 in the third quarter", "reported first-half net income of $27 million": a figure over an accounting period
  // ("its net loss for the slow third quarter narrowed": the figure's noun just before the period)
  if (context.period && words.slice(a, b + 1).some((w) => /^(?:quarter|half|fiscal)$/.test(w.lower.replace(/^.*-/, ''))) && (inClause((w, k) => w.pos === 'SYM' && words[k + 1]?.pos === 'NUM') || words.slice(Math.max(0, a - 6), a).some((w) => w.pos === 'NOUN' && FIGURES.has(w.lemma)))) return { keep: false, reason: 'statistic' };
  // "held power in the late 1970s", "kept control of the port in 2019": a state over a period ("held talks" is a happening)
  if (context.period && verb && v < a && /^(?:hold|keep|retain)$/.test(verb.lemma) && /^(?:power|office|control|sway|majority)$/.test(words.slice(v + 1, v + 4).find((w) => w.pos === 'NOUN')?.lower ?? '')) return { keep: false, reason: 'state' };
  // "employed 300 people in 2019", "had 40 stores last year": a count over a period ("had two fires in 2019" counts happenings)
  if (context.period && verb && v < a && /^(?:employ|have|own|operate|house)$/.test(verb.lemma) && !chain.some((w) => w.lemma === 'have') && figureAfter(words, v, a, b) && !words.slice(v + 1, v + 5).some((w) => DATED_HAPPENING_NOUNS.has(w.lower))) return { keep: false, reason: 'statistic' };
  // "On May 3, the site had 1.4 million visitors": a figure held on a day too, told in the past ("will have 100
  // staff there" is a plan; "had 12 earthquakes on Monday" tells happenings)
  if (verb && verb.lower === 'had' && !chain.length && figureAfter(words, v, a, b) && !words.slice(v + 1, v + 5).some((w) => DATED_HAPPENING_NOUNS.has(w.lower))) return { keep: false, reason: 'statistic' };
  // "had a net loss of $2.3 million a year ago", "which last year had sales of $1.4 billion": a figure a firm had over a period
  if (context.period && verb?.lemma === 'have' && !isVerb(words[v + 1])) {
    let k = v + 1;
    while (k < words.length && k <= v + 4 && words[k].lower !== 'of') k++;
    if (words[k]?.lower === 'of' && FIGURES.has(words[k - 1]?.lemma ?? '') && words.slice(k + 1, k + 4).some((w) => w.pos === 'SYM' || w.pos === 'NUM')) return { keep: false, reason: 'statistic' };
  }
  // 'Although profits were "squeezed" in 1989', "sales were hurt last year": what befell a figure over a period
  if (context.period && verb && v < a && verb.pos === 'VERB' && /ed$/.test(verb.lower) && !RELEASE_VERBS.has(verb.lemma) && !REPORTING.has(verb.lemma)) {
    let k = v - 1;
    while (k > 0 && /^(?:``|`|"|“|''|')$/.test(words[k].text)) k--;
    let be = false;
    for (; k > 0 && (words[k].pos === 'AUX' || words[k].pos === 'ADV'); k--) if (words[k].lemma === 'be') be = true;
    if (be && isNoun(words[k]) && FIGURES.has(words[k].lemma)) return { keep: false, reason: 'statistic' };
  }
  // "the crown soared in recent years", "said the mood had changed a lot in recent days": a change over a span that runs up
  // to now is a trend, not a happening
  if (changedOfLate(words, a, b)) return { keep: false, reason: 'statistic' };
  // "the region has seen a stabilization of cases in the past few days", "the town has seen a surge in rents in recent
  // months": a trend's noun as what a place saw over a span up to now is the trend
  if (recentSpan(words, a, b) && verb && v < a && TREND_SEEN.test(verb.lemma) && words.slice(v + 1, Math.min(a, v + 4)).some((w) => isNoun(w) && TREND_NOUNS.has(w.lower))) return { keep: false, reason: 'statistic' };
  // "such groups grew rapidly last year", "sales slowed sharply in May": a trend over a period, told by its manner
  if (context.period && verb && v < a && TREND_VERBS.has(verb.lemma) && /ly$/.test(words[v + 1]?.lower ?? '') && words[v + 1].pos === 'ADV') return { keep: false, reason: 'statistic' };
  // Statistics over a period: "In 2008 motorists drove 3.6 percent less", "has lost two-thirds of its value this year".
  // (not a share changing hands: "agreed last April to acquire up to 30% of the chain" is a deal)
  if (context.period && inClause((w, k) => (w.lower === 'percent' || w.lower === '%') && !shareTraded(words, k))) return { keep: false, reason: 'statistic' };
  // "the deficit hit a record $266 billion in 2008", "sales totalled $5 million last year": a level over a period
  if (context.period && verb && LEVEL_VERBS.has(verb.lemma) && inClause((w, k) => w.pos === 'SYM' && words[k + 1]?.pos === 'NUM')) return { keep: false, reason: 'statistic' };
  // "fell to 14 billion crowns last year", "added 9,000 jobs in May": a level or a count over a period, its figure after the verb
  // (not "dropped to levels not seen in 20 years": the figure stands within a few words of the verb)
  if (context.period && verb && (LEVEL_VERBS.has(verb.lemma) || TALLY_VERBS.has(verb.lemma)) && figureAfter(words, v, a, b)) return { keep: false, reason: 'statistic' };
  // "reported 180 outbreaks in February", "slaughtered 3 million hens in 2006", "the port handled 9 million tonnes last
  // year": a count recorded or handled over a period, its figure the verb's object
  // (a week too: "collected 140 turtles last week")
  if ((context.period || /^week(?:end)?$/.test(words[b].lower)) && verb && !chain.length && COUNT_VERBS.has(verb.lemma) && objectFigure(words, v, a, b)) return { keep: false, reason: 'statistic' };
  // "Between 2011 and 2014, those included 12 collapses, 340 injuries ...": counts listed over a period
  if (context.period && verb && !chain.length && LISTING_VERBS.has(verb.lemma) && objectFigure(words, v, a, b) && words.slice(v + 1, v + 5).some((w) => w.pos === 'NUM' && tensOrMore(w))) return { keep: false, reason: 'statistic' };
  // "Between March 2012 and May 2013, four bridges failed": a count of things told over a fronted span, a tally
  if (context.period && (words[a].lower === 'between' || before?.lower === 'between') && after?.text === ',' && !words.slice(0, a).some(isVerb)) {
    let k = b + 2;
    while (k < b + 5 && (words[k]?.pos === 'ADV' || leadsToFigure(words[k]))) k++;
    if (words[k]?.pos === 'NUM' && !isWrittenYear(words[k].text) && words[k + 1]?.text !== ',') return { keep: false, reason: 'statistic' };
  }
  // "In 2016, $7 million was allocated to the pumps": a sum set aside or spent over a period, its subject the sum
  if (context.period && verb && chain.some((w) => w.lemma === 'be') && SPENDING_VERBS.has(verb.lemma) && words.some((w, k) => k >= cFrom && k < v && (w.pos === 'SYM' || w.text === '$') && words[k + 1]?.pos === 'NUM' && words.slice(k + 2, v).every((x) => /^(?:NUM|AUX|ADV)$/.test(x.pos)))) return { keep: false, reason: 'statistic' };
  // "the count rose last week, from 60 to 75", "the slick grew 40% from May 3 to Friday": a figure's change measured
  // over a period or between two dates (not "the count rose from two to 10 on Monday", a day's news)
  if (verb && v < a && LEVEL_VERBS.has(verb.lemma) && (((context.period || /^week(?:end)?$/.test(words[b].lower)) && changeBetweenFigures(words, v)) || (betweenDates(words, a, b) && figureAfter(words, v, a, b)))) return { keep: false, reason: 'statistic' };
  // "one in every five pounds paid out last year came from the mill", "1 in 4 homes sold in May was new": a ratio of a
  // whole over a period
  if (context.period && inClause((w, k) => ratioAt(words, k))) return { keep: false, reason: 'statistic' };
  // "the mill produced 40,000 tonnes in 2008", "which last year produced more wool than any other farm": an output over a period
  if (context.period && outputOverPeriod(words, v, chain, a, b)) return { keep: false, reason: 'statistic' };
  // "have withdrawn large sums in recent weeks" is a tally; "have been holding talks in recent weeks" a happening still going on
  const progressive = context.range && verb?.pos === 'VERB' && /ing$/.test(verb.lower) && chain.some((w) => w.lower === 'been');
  if (context.period && perfect && before?.lower !== 'since' && !progressive) return { keep: false, reason: verb?.lemma === 'be' ? 'state' : 'statistic' };
  // "traveled less than a year ago", "shrank after February": a comparison or a boundary, not a happening.
  if (context.period && inClause((w, k) => /^(?:less|more|fewer)$/.test(w.lower) && words[k + 1]?.lower === 'than')) return { keep: false, reason: 'statistic' };
  if (context.period && (before?.lower === 'after' || before?.lower === 'before')) return { keep: false, reason: 'statistic' };
  // "has strongly criticised the board", "came in for harsh criticism yesterday", "brought rare praise from a senator":
  // blame or praise told, a reaction with no deed (a formal charge, "accused", "sued", is news; praise earned or won
  // is a recognition; blame given at a happening of its own, "was rebuked by the panel at a hearing last month",
  // "criticised the mayor in a speech on Monday", is that happening's act, done in front of others: only its verb, a
  // noun's "drew criticism at a hearing" leaves the title to another clause of the sentence)
  if (verb && v < a && ((CENSURE_VERBS.has(verb.lemma) && !censuredAtOccasion(words, v)) || (!/^(?:earn|win|receive|gain)$/.test(verb.lemma) && CENSURE_NOUNS.has(words.slice(v + 1, Math.min(a, v + 6)).find((w) => w.pos === 'NOUN')?.lemma ?? '')))) return { keep: false, reason: 'reaction' };
  // "there were 130,000 barrels", "the estimate was 270,000 barrels": a figure, not a happening.
  const copula = verb?.lemma === 'be' && !isVerb(words[v + 1]) && !chain.some((w) => FUTURE.has(w.lower) || w.lower === 'to');
  // ("was behind two bombings last week": the number counts happenings the clause tells)
  if (copula && words.slice(v + 1, v + 5).some((w, k) => w.pos === 'NUM' && (v + 1 + k < a || v + 1 + k > b) && !DATED_HAPPENING_NOUNS.has(words[v + 2 + k]?.lower ?? ''))) return { keep: false, reason: 'statistic' };
  // "Ann Roe is due in Harbourton on Sunday", "The two men are due in court on Thursday": "due" with the place one is
  // expected at, before the date, is an arrival set for that day, a plan like "is due to arrive" (not "the rent is due
  // on Monday", a deadline with no place, nor "the report is due in May", whose "in" is the date's own)
  if (copula && /^(?:is|are|'s|'re)$/.test(verb.lower) && !chain.length && dueAt(words, v, a)) return { keep: true, status: 'planned' };
  // "the technology is ready today", "it is vital": a present state.
  if (copula && /^(?:is|are|am|'s|'re)$/.test(verb.lower) && !chain.length) return { keep: false, reason: 'state' };
  // "which last year was flush with revenue": a past state, an adjective after "was", not a happening
  // ("were busy last Tuesday drafting the budget" is a happening: the date's own words are skipped)
  if (copula && /^(?:was|were)$/.test(verb.lower) && !chain.length && isAdjective(words[v + 1]) && !isVerb(words[v + 2 >= a && v + 2 <= b ? b + 1 : v + 2])) return { keep: false, reason: 'state' };
  // "the response has been chaotic this week", 'the talks have been "tense" in recent days': how a thing has stood up to
  // now, an adjective after "has been", is a verdict or a state, not a happening (not "has been closed", a deed told)
  const judged = words.slice(v + 1).find((w) => !QUOTE_MARK.test(w.text) && w.pos !== 'ADV');
  if (copula && judged && verb.lower === 'been' && chain.length === 1 && /^(?:has|have|'s|'ve)$/.test(chain[0].lower) && isAdjective(judged) && !/ed$/.test(judged.lower) && !isNoun(words[words.indexOf(judged) + 1])) return { keep: false, reason: JUDGMENTS.has(judged.lower) || VERDICTS.has(judged.lower) ? 'reaction' : 'state' };

  // "On Monday the rooms sat empty", "the port remained closed on Friday", "the wells stood idle last week": how a thing
  // stood, told by a verb that links it to an adjective as "was" does, is a state ("the crowd stood on the pier on
  // Monday", "sat a test", "remained in hospital": no adjective; "will remain closed" is a forecast, read below)
  // ("remained closed": the participle is read as the date's verb, the linking verb just before it)
  const link = verb && LINKING_VERBS.has(verb.lemma) ? v : verb && /ed$/.test(verb.lower) && !chain.length && LINKING_VERBS.has(words[v - 1]?.lemma ?? '') ? v - 1 : -1;
  // (a finite verb: "found the climber lying injured" tells the finding)
  if (link >= 0 && words[link].pos === 'VERB' && !/ing$/.test(words[link].lower) && chainOf(words, cFrom, link).every((w) => w.pos === 'ADV') && linkedAdjective(words, link, a, b)) return { keep: false, reason: 'state' };
  // "Envoys drafting the pact this week stay divided": the date sits in a participle phrase of the subject, and
  // the clause's own verb after it links the subject to how it stands ("Crowds marching on Saturday demanded a vote"
  // and "Crews clearing the road on Monday stood on the verge" tell happenings: no adjective)
  if (verb && v < a && verb.pos === 'VERB' && /ing$/.test(verb.lower) && isNoun(words[v - 1])) {
    let k = b + 1;
    while (words[k]?.pos === 'ADV') k++;
    if (LINKING_VERBS.has(words[k]?.lemma ?? '') && words[k].pos === 'VERB' && !/ing$/.test(words[k].lower) && linkedAdjective(words, k, a, b)) return { keep: false, reason: 'state' };
  }
  // "On Monday officials said the truce was holding", "The levee was holding on Friday": "hold" with no object, in the
  // progressive, tells that a thing lasts, not a happening ("were holding talks", "was holding back the flood" have one)
  const said = verb && REPORTING.has(verb.lemma) && !chain.length ? words.findIndex((w, k) => k > Math.max(v, b) && isVerb(w)) : -1;
  if (verb && (heldOn(words, v, a, b) || (said >= 0 && heldOn(words, said + 1, a, b)))) return { keep: false, reason: 'state' };
  // "a decade ago were still under its rule": a state that went on, not a happening
  if (copula && words[v + 1]?.lower === 'still' && !isVerb(words[v + 2]) && !chain.some((w) => w.lemma === 'have')) return { keep: false, reason: 'state' };
  // "was said to be in a stable condition yesterday", "is believed to be abroad this week", "seemed to be calm on
  // Friday", "was widely seen as the favourite last year": how a thing is held or seems to stand, a state
  if (verb && v < a && heldToBe(words, v)) return { keep: false, reason: 'state' };

  // "a ruling has to be given this week", "the fee must be paid by Friday", "the board needs to decide on Monday": a
  // duty in the present is a call to act, not a happening (not "had to close on Monday", done; nor "will have to close
  // on Friday", a plan; nor "must have left on Monday", a guess at a past; nor a saying's own day, "ruled Monday that ...")
  // (its date in the duty's own words: not 'says the firm must pay the workers, at a hearing on June 9', where it was said)
  if (verb && dutyNow(words, v, chain) && !(v < a && words.slice(v, a).some((w) => w.text === ','))) return { keep: false, reason: 'hypothetical' };
  // "Buyers will have noticed last week's fall", "by Friday crews will have drilled two miles": a future perfect tells
  // a guess about what is done by then, not a happening on the calendar ("will have to close" is an obligation)
  // ("will have cut": a participle written as its bare verb is one too)
  if (verb && (verb.lower !== verb.lemma || SAME_FORM_PASTS.has(verb.lower)) && chain.some((w, k) => FUTURE.has(w.lower) && chain[k + 1]?.lower === 'have') && !chain.some((w) => w.lower === 'to')) return { keep: false, reason: 'hypothetical' };
  // "is going to start shrinking": the future of everyday speech
  const goingTo = v >= 0 && inClause((w, k) => k < v && w.lemma === 'go' && /ing$/.test(w.lower) && words[k + 1]?.lower === 'to' && words[k - 1]?.lemma === 'be');
  // Future: scheduled happenings are planned; what a figure or a state will do is a forecast.
  // ("is set for June 3" is on the calendar; "a record was set on Monday" happened)
  // "is to announce its plan today", "are to be launched": the present of "be to" is on the calendar
  // (not "was to blame for the crash": an idiom of fault, told of what happened; nor "their mission was to find
  // shelter": after a noun of purpose "be to" says what the noun was for)
  const beToNoPlan = verb?.lower === 'blame' || AIM_NOUNS.has(words[v - chain.length - 1]?.lemma ?? '');
  const beTo = !beToNoPlan && chain.some((w, k) => w.lower === 'to' && /^(?:is|are|am|'s|'re)$/.test(chain[k - 1]?.lower ?? ''));
  // "officials were to discuss the idea at a dinner last night": the past of "be to" tells a plan, not that it was
  // carried out (what is said, "said it was to sell the fields", is the saying's news and stays as told)
  const pastBeTo = !reported && !beToNoPlan && chain.some((w, k) => w.lower === 'to' && /^(?:was|were)$/.test(chain[k - 1]?.lower ?? ''));
  // "the offer was due to expire Friday", "had been set to close on May 3": a schedule told in the past, which
  // leaves open whether its happening came (often put off since); not a reported one ("said the ship was due to dock today")
  let lapsed: 'schedule' | 'expectation' | undefined;
  if (verb && chain[0]?.lower === 'to' && !reported) {
    const k = v - chain.length - 1;
    const aux = words[k - 1];
    if (SCHEDULED.has(words[k]?.lower ?? '') && (/^(?:was|were)$/.test(aux?.lower ?? '') || (aux?.lower === 'been' && words[k - 2]?.lower === 'had'))) {
      // ("the Senate was expected to vote on Thursday": told in the past by the story's tense, a forecast that stands)
      lapsed = EXPECTED.has(words[k].lower) ? 'expectation' : 'schedule';
    }
  }
  // "the payment that had been scheduled for Monday", "said the vote had been set for May 3": a schedule told in the past
  // perfect is one that was upset, whoever tells it (a saying's "was scheduled for" may be only its tense)
  if (verb && !EXPECTED.has(verb.lower) && SCHEDULED.has(verb.lower) && words[v + 1]?.lower === 'for' && chain.length >= 2 && chain[chain.length - 1].lower === 'been' && chain[chain.length - 2].lower === 'had') lapsed = 'schedule';
  // "Crews will begin the operations needed to abandon the well this week": an infinitive in a clause whose verb
  // looks ahead is on the calendar with it
  const aheadBefore = chain[0]?.lower === 'to' && words.slice(cFrom, v - chain.length).some((w) => FUTURE.has(w.lower));
  // "will begin leaving the camp Friday", "will try and fix the roof today": a verb that carries on a group
  // whose head looks ahead is on the calendar with it
  // (the group may run back past a clause break the reader put at "and")
  const carriedAhead = verb !== undefined && !chain.length && groupLooksAhead(words, 0, groupHeadBefore(words, 0, v));
  // "The minister flies out later today", "the barge to follow this afternoon", "a film airs at 9pm tonight": a part of the
  // day of writing still to come, with a verb not told as done, is a plan ("Later Monday, police searched the woods",
  // "were searching" and "has cut" are told done, "hit" may be; "say tonight" is the saying itself; "are loading
  // tonight" may be going on as it is written, "are meeting later today" is not yet)
  const laterToday = !!verb && laterInTheDay(words, a, b, /ing$/.test(verb.lower)) && !toldDone(verb, chain) && !SAME_FORM_PASTS.has(verb.lower) && !REPORTING.has(verb.lemma) && !chain.some((w) => w.lemma === 'have') && !words.slice(cFrom, Math.max(v + 1, a)).some((w) => /^(?:was|were|had|did|'d)$/.test(w.lower));
  // "to go before a grand jury as early as next week", "will list its shares sometime next year", "will rule in June at
  // the earliest": a date still ahead told as a bound or a guess is no fixed day, so what is set for it is expected, not
  // planned (not a past, "as early as 1990 the mill had closed"; nor "sometime today", a day's hours, as good as set)
  if (!context.past && aheadBound(words, a, b, context.period)) return { keep: false, reason: 'forecast' };
  const future = goingTo || beTo || pastBeTo || aheadBefore || carriedAhead || laterToday || (!context.past && presentInTimeClause(words, cFrom, v, chain)) || chain.some((w) => FUTURE.has(w.lower) || w.lower === 'would') || (chain[0]?.lower === 'to' && infinitiveLooksAhead(words, v - chain.length, chain)) || (verb && SCHEDULED.has(verb.lower) && chain.some((w) => w.lemma === 'be') && !(verb.lower === 'set' && !/^(?:to|for)$/.test(words[v + 1]?.lower ?? '')));
  if (future && verb) {
    if (TREND_VERBS.has(verb.lemma)) return { keep: false, reason: 'forecast' };
    // "there will be a deep recession in 2027", "there would be a slump next year": a downturn or a crisis to come is
    // foretold, not on the calendar ("there will be a vote on Friday" is)
    if (verb.lemma === 'be' && words[v - chain.length - 1]?.lower === 'there') {
      const noun = words.slice(v + 1, a).find((w) => !/^(?:DET|ADJ|ADV)$/.test(w.pos));
      if (noun?.pos === 'NOUN' && (TREND_NOUNS.has(noun.lower) || LASTING_HAPPENINGS.has(noun.lower))) return { keep: false, reason: 'forecast' };
    }
    // '"The mills are going to get hit in the spring," she said': a speaker's prediction, not a plan
    if (goingTo && quoted(words, a)) return { keep: false, reason: 'forecast' };
    // "will reduce the bank's results in 2027", "will lift earnings next year": what a figure will do
    // (not "will report its earnings on Tuesday", "will post results in May": the release is on the calendar)
    if (context.period && !REPORTING.has(verb.lemma) && !RELEASE_VERBS.has(verb.lemma) && inClause((w, k) => k > v && w.pos === 'NOUN' && FIGURES.has(w.lemma))) return { keep: false, reason: 'forecast' };
    // "will continue to operate", "is to remain in office": a state that goes on
    if (chain[0]?.lower === 'to' && TREND_VERBS.has(words[v - chain.length - 1]?.lemma ?? '')) return { keep: false, reason: 'forecast' };
    if (verb.lemma === 'be' && isAdjective(words[v + 1])) return { keep: false, reason: 'forecast' };
    // "until Monday the firm had been planning to sell the mill this year": a plan told in the past perfect progressive
    // is one given up before its day ("had planned to sell the mill in May" and "was planning to" stay)
    const lead = v - chain.length - 1;
    if (chain[0]?.lower === 'to' && /ing$/.test(words[lead]?.lower ?? '') && /^(?:plan|intend|aim|prepare)$/.test(words[lead].lemma) && words[lead - 1]?.lower === 'been' && words.slice(Math.max(0, lead - 4), lead - 1).some((w) => w.lower === 'had' || w.lower === "'d")) return { keep: false, reason: 'hypothetical' };
    return lapsed ? { keep: true, status: 'planned', lapsed } : { keep: true, status: 'planned' };
  }
  if (!toldDone(verb, chain)) return { keep: true, status: 'happened' };
  // ("were cautious, having been burned this year": a perfect participle opens the chain too)
  const doneInPerfect = chain.some((w) => w.lemma === 'have') || words[v - chain.length - 1]?.lower === 'having';
  return { keep: true, status: 'happened', done: doneInPerfect ? 'perfect' : reported ? 'reported' : 'past' };
}

/** Parts of the day that come after the hours a story is mostly written in. */
const LATER_PARTS_OF_DAY = set('afternoon evening');

/**
 * Whether the date at [a, b] names a later part of the day of writing: "later today", "later Monday", "tonight",
 * "this afternoon", "this evening" (not "this morning", mostly gone by the time a story is written). With `onlyLater`,
 * only a date told with "later" counts.
 */
function laterInTheDay(words: Word[], a: number, b: number, onlyLater = false): boolean {
  const date = words.slice(a, b + 1);
  if (date[0]?.lower === 'later' || words[a - 1]?.lower === 'later') return date.some((w) => w.lower === 'today' || WEEKDAYS.test(w.lower));
  return !onlyLater && date.some((w, k) => w.lower === 'tonight' || (w.lower === 'this' && LATER_PARTS_OF_DAY.has(date[k + 1]?.lower ?? '')));
}

/**
 * The verb that the verb at `v` carries on, or -1: the one an "-ing" form completes ("begin | moving") or the one a
 * bare verb is joined to by "and" ("try and | fix").
 */
function groupHeadBefore(words: Word[], cFrom: number, v: number): number {
  const w = words[v];
  if (v - 1 > cFrom && isVerb(words[v - 1]) && words[v - 1].pos === 'VERB' && /ing$/.test(w.lower) && w.lower !== w.lemma) return v - 1;
  if (v - 2 >= cFrom && words[v - 1].pos === 'CCONJ' && words[v - 1].lower === 'and' && w.lower === w.lemma && words[v - 2].pos === 'VERB' && words[v - 2].lower === words[v - 2].lemma) return v - 2;
  return -1;
}

/** Whether the verb at `k` looks ahead by its own group ("will begin", "to try" after "will continue"), or by the one it carries on. */
function groupLooksAhead(words: Word[], cFrom: number, k: number): boolean {
  if (k < cFrom) return false;
  const chain = chainOf(words, cFrom, k);
  if (chain.some((w) => FUTURE.has(w.lower))) return true;
  if (chain[0]?.lower === 'to') return words.slice(cFrom, k - chain.length).some((w) => FUTURE.has(w.lower));
  return !chain.length && groupLooksAhead(words, cFrom, groupHeadBefore(words, cFrom, k));
}

/** A verb told as done: a past form ("extended", "was set", "has announced"), with no modal or infinitive before it ("set" and "put" read either way). */
function toldDone(verb: Word | undefined, chain: Word[]): boolean {
  // ("planned a rally for Saturday", "has scheduled a hearing on May 3": the verb names what is on the calendar)
  if (!verb || verb.pos !== 'VERB' || /^(?:plan|schedule|slate|set|intend|decide|agree|arrange|call)$/.test(verb.lemma) || chain.some((w) => w.lower === 'to' || HEDGES.has(w.lower) || FUTURE.has(w.lower))) return false;
  if (/ing$/.test(verb.lower) || verb.lower === verb.lemma || verb.lower === `${verb.lemma}s` || verb.lower === `${verb.lemma}es` || /ies$/.test(verb.lower)) return false;
  // a participle after "is"/"are" is the present ("is extended until"), after "was", "has" or nothing the past
  return !chain.some((w) => /^(?:is|are|am|'s|'re|be|being)$/.test(w.lower));
}

const isAdjective = (w: Word | undefined) => !!w && w.pos === 'ADJ';

/**
 * Whether what is said after the date is only a quotation after a colon in the speaker's own voice, a
 * reaction: "said Monday from her home in Elmvale: ``I never ...''" (not "said Monday: "We have filed ...", news in a quote).
 */
function saysOnlyAQuote(words: Word[], b: number): boolean {
  for (let k = b + 1; k < words.length && k < b + 12; k++) {
    if (words[k].text === ':') {
      let q = k + 1;
      while (q < words.length && /^(?:``|"|“|''|`)$/.test(words[q].text)) q++;
      if (q === k + 1) return false;
      return /^(?:i|i'm|i've|my|me)$/.test(words[pastFrontedClause(words, q, words.length)]?.lower ?? '') || quotedView(words, q, words.length);
    }
    if (isVerb(words[k]) || words[k].pos === 'SCONJ' || words[k].lower === 'that') return false;
  }
  return false;
}

/**
 * Whether the sentence opens with a quotation in which the speaker's "I" or "we" tells a present, a
 * wish or a thought ("We are ready", "I would try", "I think it was wrong"), closed before the saying verb
 * `v` with only its speaker between: '"We are ready," the chairman said'. A deed or a plan told in the
 * quotation is news ("We have filed suit", "We sold the plant", "We will appeal").
 */
function quotedFirstPerson(words: Word[], v: number): boolean {
  let k = 0;
  while (k < v && /^(?:``|"|“|`)$/.test(words[k].text)) k++;
  // ('We will win," he said': a quotation's second sentence opens with no mark of its own, and its one mark closes it)
  if (k === 0 && words.slice(0, v).filter((w) => QUOTE_MARK.test(w.text)).length !== 1) return false;
  if (!quotedView(words, k, v)) return false;
  // the quotation closes, then only its speaker stands before the verb
  // ('" Ann Roe, the mayor, said', '" Ann Roe, who led the crews, said': commas within the speaker's words)
  const quote = (w: Word | undefined) => !!w && CLOSING_QUOTE.test(w.text);
  let close = v - 1;
  while (close > k && !quote(words[close])) close--;
  if (close <= k) return false;
  let aside = false;
  for (let j = close + 1; j < v; j++) {
    if (words[j].text === ',') aside = !aside && /^(?:who|which)$/.test(words[j + 1]?.lower ?? '');
    else if (!aside && !/^(?:NOUN|PROPN|PRON|DET|ADJ|PART|ADP|NUM)$/.test(words[j].pos) && words[j].text !== '.' && !attributive(words, j)) return false;
  }
  return words[close - 1]?.text === ',' || (words[close - 1]?.text === "'" && words[close - 2]?.text === ',');
}

/**
 * Whether the quotation opening at `k` (and ending before `end`) tells a view: the speaker's "I" or "we" with a present,
 * a wish or a thought ("We are ready", "I would try"), or another's ability, duty or guess, or a want or a thought.
 */
function quotedView(words: Word[], k: number, end: number): boolean {
  // ("Sadly, I must confirm ...": an opening adverb stands before the speaker's "I")
  while (k < end && (words[k].pos === 'ADV' || words[k].text === ',') && words[k + 1]?.pos !== 'AUX') k++;
  k = pastFrontedClause(words, k, end);
  if (words[k]?.pos === 'PRON' && /^(?:i|we)$/.test(words[k].lower)) {
    let n = k + 1;
    while (n < end && words[n].pos === 'ADV') n++;
    const next = words[n];
    // ("We will appeal", "We accept the offer": an intention or an act told in the first person is news)
    // ("I must confirm that ...", "we can announce": what is told through the modal is news)
    const told = REPORTING.has(words.slice(n + 1, end).find((w) => w.pos !== 'ADV' && w.pos !== 'PART')?.lemma ?? '');
    return !!next && !told && (/^(?:am|are|'m|'re|would|'d|can|could|should|must|may|might|ca)$/.test(next.lower) || VIEW_VERBS.has(next.lemma));
  }
  // '"Any of these steps can take longer," the engineer said', '"No one here wants more delay," she said': another's
  // ability, duty or guess, or a want or a thought, quoted (not '"Three men are missing," police said', news)
  let n = k;
  // (a participle, "No one associated with the work wants", is not the clause's verb)
  while (n < end && !(isVerb(words[n]) && !(words[n].pos === 'VERB' && /(?:ed|ing)$/.test(words[n].lower) && !/^(?:i|you|he|she|we|they|it)$/.test(words[n - 1]?.lower ?? '')))) n++;
  const first = words[n];
  return !!first && n > k && ((/^(?:can|could|should|must|may|might|ca)$/.test(first.lower) && !REPORTING.has(words.slice(n + 1, end).find((w) => w.pos !== 'ADV' && w.pos !== 'PART')?.lemma ?? '')) || (first.pos === 'VERB' && VIEW_VERBS.has(first.lemma) && first.lower === `${first.lemma}s`));
}

/**
 * Where the words of a quotation opening at `k` go on past a clause fronted before the speaker's "I" or "we" ("As the
 * water rose, I knew ...", "When I heard it, I was stunned"): the "I" or "we" after its comma; else `k`.
 */
function pastFrontedClause(words: Word[], k: number, end: number): number {
  // (the tagger reads "as" or "when" before a clause as a preposition or an adverb at times)
  if (words[k]?.pos !== 'SCONJ' && !ADVERBIAL_LEADS.has(words[k]?.lower ?? '')) return k;
  const comma = words.findIndex((w, j) => j > k && j < Math.min(end, k + 16) && w.text === ',');
  if (comma < 0 || !/^(?:i|we)$/.test(words[comma + 1]?.lower ?? '') || !hasVerbIn(words, k + 1, comma) || words.slice(k, comma).some((w) => QUOTE_MARK.test(w.text))) return k;
  return comma + 1;
}

/**
 * Whether "feel" at v takes a clause, told by "that" or by a subject and a finite "be", "have" or a modal: "felt that
 * the plan was unfair", "felt the vote was a mistake" (a date a..b right after the verb is skipped).
 */
function feltAView(words: Word[], v: number, a: number, b: number): boolean {
  const next = v + 1 === a ? b + 1 : v + 1;
  if (words[next]?.lower === 'that') return true;
  for (let k = next + 1; k < Math.min(words.length, next + 6); k++) {
    if (words[k].text === ',' || (isVerb(words[k]) && !/^(?:is|are|was|were|had|has|would|should|could|might|must)$/.test(words[k].lower))) return false;
    if (/^(?:is|are|was|were|had|has|would|should|could|might|must)$/.test(words[k].lower)) return words.slice(next, k).some((w) => w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'PRON');
  }
  return false;
}

/**
 * Whether the date a..b ends a parenthesis that cites a piece: "(Weekend Review, Oct. 12)", '("A Title," Review, Oct.
 * 12)': a comma before the date, a ")" right after it, and no verb in the parenthesis outside a quoted title.
 */
function citedPiece(words: Word[], a: number, b: number): boolean {
  if (words[b + 1]?.text !== ')' || words[a - 1]?.text !== ',') return false;
  let open = a - 2;
  while (open >= 0 && !/^[()]$/.test(words[open].text)) open--;
  if (open < 0 || words[open].text !== '(' || a - open > 16) return false;
  let inQuote = false;
  for (const w of words.slice(open + 1, a - 1)) {
    if (/^["“”'`]+$/.test(w.text)) inQuote = !inQuote;
    else if (!inQuote && isVerb(w)) return false;
  }
  return true;
}


const WEEKDAYS = /^(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?$/;

/** Whether the weekday opening [a, b] is followed, maybe after "and" and another weekday, by a plural part of a day: "Monday and Tuesday nights". */
function recurringWeekday(words: Word[], a: number, b: number): boolean {
  if (!WEEKDAYS.test(words[a].lower)) return false;
  // ("Tuesday nights" may be the expression's own words)
  let k = a + 1;
  if (/^(?:and|or|&)$/.test(words[k]?.lower ?? '') && WEEKDAYS.test(words[k + 1]?.lower ?? '')) k += 2;
  return /^(?:mornings|afternoons|evenings|nights)$/.test(words[k]?.lower ?? '');
}

/**
 * The words a saying at verb `v` (its date ending at `b`) says, quotation marks left out: the clause after the date
 * ("said Friday that ..."), or, with nothing after it, the one before the speaker ("..., an official said Saturday");
 * none when neither is there.
 */
function saidContent(words: Word[], v: number, b: number, a = b + 1): Word[] {
  let from = b + 1;
  let to = words.length;
  while (from < to && /^(?:that|,|"|“|``|`)$/.test(words[from].lower)) from++;
  // ("said strong winds this week may push the ash ashore": a date starting at `a` inside the subject of what is said;
  // the clause is that subject and what follows the date)
  let s = v + 1;
  if (words[s]?.lower === 'that') s++;
  const subject = words.slice(s, a);
  if (from === b + 1 && words[from]?.pos === 'AUX' && subject.length && subject.some(isNoun) && !subject.some((w) => isVerb(w) || w.pos === 'PUNCT' || w.pos === 'AUX')) return [...subject, ...words.slice(from, to)].filter((w) => !QUOTE_MARK.test(w.text));
  // ("..., Ann Roe said Sunday in an interview with the Tarrow Post.": a phrase with no verb after the date tells only
  // where or how it was said; a clause of its own would have a subject or an auxiliary, "in a letter that she wrote")
  // ("..., he said yesterday, speaking at a forum in the capital.", "..., she said on Tuesday, as growers argued over
  // supplies.": an -ing phrase or an "as"/"while" clause after the date's comma tells how or amid what it was said, no content)
  const framing = (words[b + 1]?.text === ',' && ((words[from]?.pos === 'VERB' && /ing$/.test(words[from].lower)) || /^(?:as|while)$/.test(words[from]?.lower ?? ''))) || (words[from]?.pos === 'ADP' && !words.slice(from, to).some((w) => w.pos === 'AUX' || w.pos === 'SCONJ' || w.lower === 'that' || (w.pos === 'PRON' && !POSSESSIVES.has(w.lower))));
  if (from >= to || words[from].pos === 'PUNCT' || framing) {
    // "..., an official said Saturday.", "..., a former deputy mayor of the port town said Saturday.": the words
    // before the speaker's comma, the speaker a phrase with no verb
    let comma = v - 1;
    while (comma > 0 && words[comma].text !== ',') comma--;
    if (comma <= 0 || v - comma > 10 || words.slice(comma + 1, v).some(isVerb)) return [];
    [from, to] = [0, comma];
  }
  // ('said they are "highly confident"': a quotation mark inside what is said is no word of it)
  return words.slice(from, to).filter((w) => !QUOTE_MARK.test(w.text));
}

/** Whether a clause has a subject and a verb and tells what will, may or is likely to come: "the slick would reach the coast", "the toll is likely to rise". */
function foretells(content: Word[]): boolean {
  return mainVerb(content) >= 1 && content.some((w) => FUTURE.has(w.lower) || HEDGES.has(w.lower) || w.lower === 'likely');
}

/** Those whose trade is to weigh what may come: what they say will or could happen is a guess. */
const FORECASTERS = set('analyst analysts economist economists forecaster forecasters strategist strategists');

/** Whether a clause's main verb is a "will" or a hedge: "the strike could cost the firm $3 billion", "prices will fall". */
function guessAhead(content: Word[]): boolean {
  const k = mainVerb(content);
  return k >= 1 && (FUTURE.has(content[k].lower) || HEDGES.has(content[k].lower));
}

/** Moves of a figure or a state that no one decides, told with no object: "prices will fall", "the storm will weaken". */
const UNDECIDED_MOVES = new Set([...TREND_VERBS, ...LEVEL_VERBS, 'slip', 'weaken', 'worsen', 'strengthen', 'intensify', 'collapse'].filter((v) => !/^(?:continue|remain|persist|reach|hit|total|stand|amount|average)$/.test(v)));

/**
 * Whether a clause foretells a move no one decides: its main verb a "will" or a hedge, then a verb of a rise, a fall or
 * a trend with no object ("prices will fall 5 percent", "some countries will slip toward a crisis", "the storm could
 * weaken"). Not a deed the speaker or another decides ("it will cut 500 jobs", "will drop the charges", "will double its
 * output": an object), nor a schedule ("the vote will be held on Friday"), nor a refusal ("she will not resign").
 */
function trendForetold(content: Word[]): boolean {
  if (!guessAhead(content) || content[mainVerb(content)].lower === 'can') return false;
  let k = mainVerb(content) + 1;
  while (content[k]?.pos === 'ADV' || content[k]?.pos === 'PART') k++;
  if (!content[k] || content[k].pos !== 'VERB' || !UNDECIDED_MOVES.has(content[k].lemma)) return false;
  let o = k + 1;
  while (content[o]?.pos === 'ADV') o++;
  const next = content[o];
  return !next || !(/^(?:DET|NOUN|PROPN|PRON)$/.test(next.pos) || POSSESSIVES.has(next.lower));
}

/**
 * Whether a clause foretells a wait: "it will be two more days before anyone knows", "it could take weeks until the
 * pier opens". How long until a thing is known or done is a guess, not a happening.
 */
function waitForetold(content: Word[]): boolean {
  if (!guessAhead(content)) return false;
  let k = mainVerb(content) + 1;
  while (content[k]?.pos === 'ADV') k++;
  if (!/^(?:be|take)$/.test(content[k]?.lemma ?? '')) return false;
  const unit = content.slice(k + 1, k + 7).findIndex((w) => DEADLINE_UNIT.test(w.lower));
  return unit >= 0 && content.slice(k + 2 + unit, k + 4 + unit).some((w) => /^(?:before|until)$/.test(w.lower));
}

/** Words for a work come to its end: "done", "ready". */
const FINISHED = set('done ready complete finished over');

/** Whether a clause tells when a work will or may be over: "the bridge would be done by August", "will be ready by May". */
function readyBy(content: Word[]): boolean {
  if (!guessAhead(content)) return false;
  let k = mainVerb(content) + 1;
  while (content[k]?.pos === 'ADV') k++;
  if (content[k]?.lower !== 'be') return false;
  k++;
  while (content[k]?.pos === 'ADV') k++;
  return FINISHED.has(content[k]?.lower ?? '') && content[k + 1]?.lower === 'by';
}

/**
 * Whether what a saying at verb `v` (its date ending at `b`) tells is a forecast denied: its main verb, past its
 * auxiliary and "not", makes one of something else ("it did not expect the river to rise"; not "it does not expect to
 * open the plant in May", its own plan, nor "the vote is not expected on Friday", a schedule told in the passive).
 */
function saysForecast(words: Word[], v: number, b: number): boolean {
  const content = saidContent(words, v, b);
  let k = mainVerb(content);
  if (k < 1) return false;
  const start = k;
  while (k < content.length && (content[k].pos === 'AUX' || content[k].pos === 'PART' || content[k].pos === 'ADV') && !BE_FORMS.has(content[k].lower)) k++;
  if (!content.slice(start, k).some((w) => NEGATIONS.has(w.lower))) return false;
  // ("said it expected to open the plant in May": what the speaker itself means to do is its plan)
  if (content[k]?.pos !== 'VERB' || !FORECAST_VERBS.has(content[k].lemma) || content[k + 1]?.lower === 'to') return false;
  // ("said it estimated that 300 homes were lost": an estimate of what came is a count, not a forecast)
  return content[k].lemma !== 'estimate' || foretells(content.slice(k + 1));
}

/**
 * Whether what a saying at verb `v` (its date ending at `b`) says is an opinion or a guess, not news:
 * a present state with a degree and an adjective ("he is very pleased"; not "the port is open", nor
 * "the raid has been a success", a noun), seeming ("conditions appear to be worse"), or a guess with "may", "might" or "could"
 * ("may have saved lives"). What is said is read by saidContent. A figure in it is news ("is up 4 percent").
 */
function opinionSaid(words: Word[], v: number, b: number, a = b + 1): boolean {
  const content = saidContent(words, v, b, a);
  // ("said the risks of deep sea trawling were minimal": the content's main verb, past its subject's "-ing" form)
  const k = mainVerb(content);
  // (a feeling or a verdict weighs what its subject names, a figure there too: "the $9 billion cap would be inadequate")
  if (k >= 1 && feelingOrVerdict(content, k)) return true;
  // "said he remembered being asked to guard the pier", "said she recalled that the pier was busy": a memory, not news (not
  // "said the firm recalled its envoy", "said she remembered the victims at a service", nor "remembered King Tarq", whose
  // -ing word is no verb: deeds); "said there remained great
  // doubt about the plan": a mood told, not news
  if (k >= 1 && /^(?:remember|recall)$/.test(content[k].lemma) && (/^(?:that|how|when|being)$/.test(content[k + 1]?.lower ?? '') || (content[k + 1]?.pos === 'VERB' && /ing$/.test(content[k + 1].lower)))) return true;
  // "said the firm hopes to reopen the mill", "says it seeks to widen its fleet": an aim in the present, not news
  // (not "wants to", often a demand; nor "hoped", "sought", told in the past of what was tried)
  if (k >= 1 && AIM_VERBS.has(content[k].lemma) && content[k].lemma !== 'want' && content[k].lemma !== 'wish' && /s$/.test(content[k].lower) && content[k].lower !== content[k].lemma && content[k + 1]?.lower === 'to') return true;
  // "said she was looking forward to the match", "says he looks forward to seeing his family": a mood, not news
  if (k >= 1 && content.slice(k, k + 3).some((w, j) => w.lemma === 'look' && content[k + j + 1]?.lower === 'forward' && content[k + j + 2]?.lower === 'to')) return true;
  // "said the town remained a big worry for the region": what a thing still is, told as a kind, is a view (not "said
  // the mayor remained in the town hall", where; nor "said the mill remained a $2 million loss", a figure)
  if (k >= 1 && content[k].lemma === 'remain' && /^(?:a|an)$/.test(content[k + 1]?.lower ?? '') && !content.slice(k + 1).some(isFigureWord)) return true;
  if (k >= 1 && content[k - 1].lower === 'there' && /^(?:be|remain)$/.test(content[k].lemma) && REACTION_NOUNS.has(content.slice(k + 1).find((w) => w.pos !== 'ADJ' && w.pos !== 'ADV')?.lower ?? '')) return true;
  // "said the repairs could cost $4 million if the strike lasts until May": a guess under a condition, figure or none
  // (not "said the repairs could cost $4 million", an estimate given as news; nor "asked if", a question)
  if (k >= 1 && /^(?:may|might|could)$/.test(content[k].lower) && content.slice(k + 1).some((w, j) => /^(?:if|unless)$/.test(w.lower) && !isVerb(content[k + j]))) return true;
  // "said the mill could lift its output by 5 percent a year": a hedged guess at a rate, figure and all
  // (not "said it had grown 8 percent a year", told)
  if (k >= 1 && /^(?:may|might|could|should)$/.test(content[k].lower) && content.slice(k + 1).some((w, j) => isFigureWord(w) && ratePerTime(content, k + 2 + j))) return true;
  if (k < 1 || content.some(isFigureWord)) return false;
  const first = content[k];
  const rest = content.slice(k + 1).filter((w) => w.pos !== 'ADV' && w.pos !== 'PART');
  if (/^(?:may|might|could)$/.test(first.lower)) return true;
  // ("the patch looks like a finger", "has appeared careless": how a thing strikes the speaker)
  if (/^(?:appears?|seems?|looks?|sounds?)$/.test(first.lower) || (/^(?:has|have)$/.test(first.lower) && /^(?:appeared|seemed|looked|sounded)$/.test(content[k + 1]?.lower ?? ''))) return true;
  // "said the verdicts prove the law works", "said the ruling shows ...": what a thing is taken to mean, a view
  if (EVALUATIVE.has(first.lemma) && first.lower !== first.lemma + 'ed' && /s$/.test(first.lower) && first.lower !== first.lemma || (EVALUATIVE.has(first.lemma) && first.lower === first.lemma && content[k - 1]?.pos === 'NOUN' && /s$/.test(content[k - 1].lower))) return true;
  // "declared that it is only a matter of days": a view of what is to come
  if (/^(?:is|'s)$/.test(first.lower) && content[k - 1]?.lower === 'it' && content.slice(k + 1, k + 5).some((w) => w.lower === 'matter' || w.lower === 'question')) return true;
  const present = /^(?:is|are|'s|'re|am)$/.test(first.lower) || (/^(?:has|have)$/.test(first.lower) && rest[0]?.lower === 'been');
  const at = first.lemma === 'have' ? 2 : 1;
  const predicate = content.slice(k + at).find((w) => w.pos !== 'ADV');
  // a degree before it ("very pleased", "deeply concerned"): not "is open", "is expected to visit"
  const degree = content[k + at]?.pos === 'ADV' && content[k + at] !== predicate;
  // "said he was pleased", "says the family is devastated", "said she felt relieved": a feeling told, in any tense
  // ("told the hearing he had been anxious about the rig": a feeling before the time told is a fact recalled)
  // "said the cap would be inadequate", "said it was time for a change", "says it's easier to stay": a verdict on a thing
  // ('said there remained "great uncertainty"': an adjective before its noun is no verdict)
  const after = predicate && content[content.indexOf(predicate) + 1];
  return present && degree && !!predicate && (predicate.pos === 'ADJ' || (predicate.pos === 'VERB' && /ed$/.test(predicate.lower))) && after?.lower !== 'to' && !SCHEDULED.has(predicate.lower);
}

/**
 * Whether what a saying says, its words `content` (quotation marks left out) with its first verb at `k`, tells only
 * how someone feels or how the speaker weighs a thing: "he was pleased", "the family is devastated", "she felt
 * relieved", "the cap would be inadequate", "it was time for a change", "it is easier to stay". A feeling or a
 * verdict is a reaction, not news. Not an adjective before its noun ('there remained "great uncertainty"'), nor a
 * figure told after the verb ("the fund would be worth $2 billion": a figure is news; one in the subject, "the $10
 * billion cap would be inadequate", is the thing weighed).
 */
export function feelingOrVerdict(content: Word[], k: number): boolean {
  const first = content[k];
  if (!first || content.slice(k + 1).some(isFigureWord)) return false;
  const at = first.lemma === 'have' ? 2 : 1;
  // ("was not as bad", "is not happy": a verdict or a feeling denied is one all the same)
  const bare = content.slice(k + at).find((w) => w.pos !== 'ADV' && !/^(?:not|n't)$/.test(w.lower));
  const carried = bare && /^(?:a|an)$/.test(bare.lower) ? content[content.indexOf(bare) + 1] : undefined;
  const predicate = carried && VERDICT_CARRIERS.has(content[content.indexOf(carried) + 1]?.lower ?? '') ? carried : bare;
  // ("would be a good thing", "was a bad idea": a verdict's adjective before a noun that only carries it weighs all the same)
  const after = predicate && content[content.indexOf(predicate) + 1];
  const weighed = !!predicate && (!isNoun(after) || VERDICT_CARRIERS.has(after?.lower ?? ''));
  if (/^(?:be|feel|remain|seem|sound)$/.test(first.lemma) && weighed && (FEELINGS.has(predicate.lower) || VERDICTS.has(predicate.lower) || JUDGMENTS.has(predicate.lower) || (predicate.lower === 'time' && content[k - 1]?.lower === 'it'))) return true;
  const weighs = content.slice(k + 2).find((w) => w.pos !== 'ADV');
  return first.lower === 'would' && content[k + 1]?.lemma === 'be' && !!weighs && !isNoun(content[content.indexOf(weighs) + 1]) && (VERDICTS.has(weighs.lower) || JUDGMENTS.has(weighs.lower));
}

/** Nouns that only carry a verdict's adjective: "a good thing", "a bad idea", "a wise move". */
const VERDICT_CARRIERS = set('thing idea move step sign');

/** A word of a figure: a number, a sign ("$", "%") or "percent". */
function isFigureWord(w: Word): boolean {
  return w.pos === 'NUM' || w.pos === 'SYM' || /^(?:percent|%)$/.test(w.lower);
}

/**
 * A figure's rate over time from `k` on, within three words: "(percent) a year", "per month", "each week", "annually";
 * or after the noun phrase the figure counts ("(2 billion) seed packets a year").
 */
function ratePerTime(words: Word[], k: number): boolean {
  let n = k;
  while (n < k + 5 && words[n] && /^(?:NUM|NOUN|ADJ)$/.test(words[n].pos)) n++;
  return ratePerTimeAt(words, k) || ratePerTimeAt(words, n);
}

/** A rate over time within three words from `k`: "a year", "per month", "each week", "annually". */
function ratePerTimeAt(words: Word[], k: number): boolean {
  return words.slice(k, k + 3).some((w, j) => w.lower === 'annually' || (/^(?:a|per|each|every)$/.test(w.lower) && /^(?:year|month|quarter|week|day)$/.test(words[k + j + 1]?.lower ?? '')));
}

/** A quotation mark as the tagger gives it: straight, curly, or the two backticks and apostrophes of wire copy. */
export const QUOTE_MARK = /^(?:"|“|”|``|''|`)$/;
/** A mark that may close a quotation: straight or curly, the two apostrophes of wire copy, or one. */
const CLOSING_QUOTE = /^(?:''|"|”|')$/;

/** Happenings that last for months or years: "today's crisis" is the present one, not one of the day. */
const LASTING_HAPPENINGS = set('crisis war wars recession pandemic outbreak meltdown revolution uprising');

/** Whether the date [a, b] is "today's" before a thing or a lasting happening: "today's market", "today's crisis". */
function todaysPresent(words: Word[], a: number, b: number): boolean {
  // (the date's words may hold the "'s")
  const s = /^(?:'s|’s)$/.test(words[b].text) ? b : b + 1;
  if (s - 1 !== a || words[a].lower !== 'today' || !/^(?:'s|’s)$/.test(words[s]?.text ?? '')) return false;
  let k = s + 1;
  while (k < words.length && /^(?:ADJ|NOUN|PROPN)$/.test(words[k].pos) && !(isNoun(words[k]) && !isNoun(words[k + 1]))) k++;
  const head = words[k];
  return !!head && isNoun(head) && (!(DATED_HAPPENING_NOUNS.has(head.lower) || DECLARED_NOUNS.has(head.lower)) || LASTING_HAPPENINGS.has(head.lower));
}

/** Whether the verb `verb` with its chain is told in the past: "was", "had seen", "estimated" (not "has been", "could be", "is"). */
function toldInPast(verb: Word | undefined, chain: Word[]): boolean {
  if (!verb) return false;
  if (chain.some((w) => /^(?:is|are|am|'s|'re|has|have|can|could|will|'ll|would|should|may|might|must|shall|do|does)$/.test(w.lower))) return false;
  if (chain.some((w) => /^(?:was|were|had|did)$/.test(w.lower))) return true;
  return /^(?:was|were|had|did)$/.test(verb.lower) || (verb.lower !== verb.lemma && !/(?:s|ing)$/.test(verb.lower));
}

/** Verbs that tell how things stand, not what happens: "seem quaint", "know the answer", "remain closed". */
const STATIVE_VERBS = set('seem appear look sound know believe think feel remain stand lie exist live own need want mean matter depend employ include contain face hope fear understand doubt consider resemble belong');

/**
 * Whether the date at [a, b] is "today", "these days" or "nowadays" opening its sentence (after at most a
 * conjunction or an adverb: "But today,") and the clause after it tells how things stand in the present: a form of
 * "be" before a noun or an adjective ("is hardly the issue"; not "is searching", "is closed"), "have" before a
 * noun, or a verb of state ("seem", "know"). The word means "nowadays" there, against a past the article told;
 * a happening of the day is told in the past ("Today the council voted") or as it goes on ("is searching").
 */
function nowadays(words: Word[], a: number, b: number): boolean {
  const said = words.slice(a, b + 1).map((w) => w.lower).join(' ');
  if (!/^(?:today|these days|nowadays)$/.test(said)) return false;
  if (!words.slice(0, a).every((w) => /^(?:CCONJ|ADV)$/.test(w.pos) || /^(?:``|"|“|`)$/.test(w.text))) return false;
  for (let k = b + 1; k < words.length; k++) {
    const w = words[k];
    if (/^[;:?!.]$/.test(w.text)) return false;
    if (!isVerb(w)) continue;
    const prev = words[k - 1];
    // ("the right to work is ...": an infinitive is no finite verb)
    if (prev?.lower === 'to') continue;
    // "bombed-out roads", ", based on ...,": a participle that describes a noun is no finite verb
    if (w.pos === 'VERB' && /(?:ed|en|ing)$/.test(w.lower) && w.lower !== w.lemma && !(isNoun(prev) || prev?.pos === 'PRON')) continue;
    let n = k + 1;
    while (words[n]?.pos === 'ADV' || words[n]?.pos === 'PART' && words[n].lower !== 'to') n++;
    const next = words[n];
    if (/^(?:is|are|am|'s|'re)$/.test(w.lower)) return !!next && !isVerb(next) && /^(?:DET|NOUN|PROPN|ADJ|NUM|PRON)$/.test(next.pos) && !SCHEDULED.has(next.lower);
    if (/^(?:has|have)$/.test(w.lower)) return !!next && !isVerb(next) && /^(?:DET|NOUN|ADJ|NUM)$/.test(next.pos);
    return w.pos === 'VERB' && STATIVE_VERBS.has(w.lemma) && (w.lower === w.lemma || w.lower === `${w.lemma}s` || w.lower === `${w.lemma}es`);
  }
  return false;
}

/** How someone feels about a thing: what a saying that tells only this tells is a reaction. */
const FEELINGS = set(
  'pleased happy delighted glad thrilled proud grateful thankful relieved satisfied disappointed devastated saddened sad upset angry ' +
    'furious outraged shocked stunned surprised concerned worried troubled frustrated optimistic pessimistic hopeful confident ' +
    'encouraged heartened humbled honoured honored excited sorry appalled dismayed horrified heartbroken distraught disgusted ' +
    'unhappy content comfortable nervous anxious afraid fearful',
);

/** Adjectives by which a speaker weighs a thing: "said the limit was inadequate", "says it is easier to wait". */
const VERDICTS = set('inadequate adequate important vital essential crucial necessary unnecessary good bad great better worse best worst easy easier hard harder difficult obvious impossible premature excellent terrible helpful useful useless pointless');

/** Verbs of blaming or praising someone in words. */
// (not "blast", "slam" or "hail": a storm slams a coast, rebels blast a bridge)
const CENSURE_VERBS = set('criticise criticize lambaste lambast berate rebuke chide scold castigate deride ridicule praise applaud commend laud');
/**
 * Whether the clause of the verb at `v` sets it at a happening of its own: "at", "during" or "in" before a noun phrase
 * whose head names one ("at a council hearing", "in a speech", "during the meeting", "in an interview"), before the
 * clause ends at a comma, a colon or a subordinating word ("criticised the plan, which was drawn up at a meeting" sets
 * nothing). The head is an occasion one speaks at (OCCASION_NOUNS), not any happening: "praised the crews on Tuesday
 * for their work during the spill" is a reaction to the spill, told at no occasion.
 */
function censuredAtOccasion(words: Word[], v: number): boolean {
  for (let k = v + 1; k < words.length; k++) {
    const w = words[k];
    if (/^[,;:()]$/.test(w.text) || w.pos === 'SCONJ' || /^(?:which|who|whom|whose|that)$/.test(w.lower)) return false;
    if (!/^(?:at|during|in)$/.test(w.lower)) continue;
    // the phrase's head: the last noun of its run of determiners, adjectives and nouns ("a special council session")
    let j = k + 1;
    while (words[j] && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(words[j].pos)) j++;
    const head = words[j - 1];
    if (j > k + 1 && isNoun(head) && OCCASION_NOUNS.has(head.lower)) return true;
  }
  return false;
}

/** Nouns of blame or praise: "faced a barrage of criticism", "took some flak", "brought rare praise". */
const CENSURE_NOUNS = set('criticism praise flak broadside tirade rebuke scorn ridicule');

/** Verbs by which a speaker tells what a thing means: "the verdicts prove ...", "the deal shows ...". */
const EVALUATIVE = set('prove show mean demonstrate reflect indicate suggest underline underscore highlight signal represent confirm constitute amount mark');

/** Feelings one expresses or voices: a reaction, not a happening. */
const REACTION_NOUNS = set('irritation anger concern regret hope satisfaction sympathy condolence condolences surprise dismay disappointment outrage frustration sorrow shock gratitude optimism pessimism doubt doubts confidence support indignation displeasure alarm uncertainty confusion');

/** Verbs that take a clause with no "that" ("thinks the fund recovered Monday"), and words the tagger reads as one before a phrase. */
const CLAUSE_VERBS = set('think know feel suspect hear learn see show find mean suggest insist realize realise understand deny admit argue claim note warn fear doubt accord follow include');

/** Verbs of answering a question or hinting: what follows is a reaction, not news. */
const REPLY_VERBS = set('reply respond retort imply quip joke');

/**
 * Whether the clause [cFrom, v] opens with "I" or "we" and a present verb of its own ("I am willing",
 * "we accept") or "have been" with no verb after it ("we have been here since Monday"), the date's words [a, b] and
 * adverbs skipped: the speaker's present, not a reported happening ("we are filing", a progressive, is one; "we filed" too).
 */
function firstPersonPresent(words: Word[], cFrom: number, v: number, a: number, b: number): boolean {
  if (v < 0 || words.slice(v + 1, a).some((w) => w.lower === 'that' || w.pos === 'SCONJ')) return false;
  for (let k = cFrom; k <= v; k++) {
    if (!/^(?:i|we)$/.test(words[k].lower) || words[k].pos !== 'PRON') continue;
    let n = k + 1;
    while (n <= v && ((n >= a && n <= b) || words[n].pos === 'ADV')) n++;
    const next = words[n];
    // the present must be the date's own verb group ("I am willing to go"), not one that takes a clause ("we know that in 2019 ...")
    if (!next || words.slice(n + 1, v).some((w, j) => !(n + 1 + j >= a && n + 1 + j <= b) && !/^(?:ADJ|ADV|PART|AUX)$/.test(w.pos))) return false;
    if (/^(?:am|are|'m|'re)$/.test(next.lower)) return !isVerb(words[n + 1]) || !/ing$/.test(words[n + 1].lower);
    // '"I've been in shock all morning," she added', "we have been here since Monday": a state up to now, not a deed
    // (not "we have been told", "I've been working", a verb after "been")
    if (/^(?:have|'ve|’ve)$/.test(next.lower) && words[n + 1]?.lower === 'been') return !isVerb(words[n + 2]);
    return next.pos === 'VERB' && next.lower === next.lemma;
  }
  return false;
}

/** Whether word `a` stands inside a quotation: more opening than closing quotation marks before it. */
function quoted(words: Word[], a: number): boolean {
  let open = 0;
  for (let k = 0; k < a; k++) {
    const t = words[k].text;
    // the tagger may split "``" into two "`", and "''" into two "'"
    // (a wire's "''" opening the sentence opens a quotation: nothing stands before it to close)
    if (k <= 1 && (t === "''" || t === "'") && words.slice(0, k).every((w) => w.text === "'")) {
      if (k === 0) open++;
    } else if (t === '``' || t === '“' || t === '`') open++;
    else if (t === "''" || t === '”' || t === "'") open = Math.max(0, open - 1);
    else if (t === '"') open = open ? 0 : 1;
  }
  return open > 0;
}

/** Whether a number stands within three words after verb `v`, the date's own words [a, b] skipped: "added 9,000", "fell to $14 billion". */
function figureAfter(words: Word[], v: number, a: number, b: number): boolean {
  let seen = 0;
  for (let k = v + 1; k < words.length && seen < 3; k++) {
    if (k >= a && k <= b) continue;
    if (words[k].pos === 'PUNCT') return false;
    if (words[k].pos === 'NUM') return true;
    seen++;
  }
  return false;
}

/** Verbs that link a subject to how it stands, as "be" does: "sat empty", "remained closed", "stood idle", "lay dormant". */
const LINKING_VERBS = set('remain stay sit stand lie');

/**
 * Whether the verb at `v` is followed by an adjective or a participle that tells how its subject stands, the date's
 * words [a, b] and adverbs skipped, with no noun after it: "sat empty", "remained largely closed", "stood deserted on
 * Monday" (not "stood firm ground", "remained a member": a noun).
 */
function linkedAdjective(words: Word[], v: number, a: number, b: number): boolean {
  let k = v + 1;
  while (k < words.length && ((k >= a && k <= b) || words[k].pos === 'ADV')) k++;
  const w = words[k];
  if (!w || !(w.pos === 'ADJ' || (w.pos === 'VERB' && /ed$/.test(w.lower)))) return false;
  const next = words[k + 1];
  return !isNoun(next) && next?.lower !== 'to' && next?.lower !== 'by';
}

/**
 * Whether the word at `k` is "holding" in a progressive ("was holding", "is still holding") with no object or particle
 * after it, the date's words [a, b] and adverbs skipped: "the truce was holding", "the dam is holding for now".
 */
function heldOn(words: Word[], k: number, a: number, b: number): boolean {
  if (words[k]?.lower !== 'holding') return false;
  let be = k - 1;
  while (be >= 0 && words[be].pos === 'ADV') be--;
  if (!BE_FORMS.has(words[be]?.lower ?? '')) return false;
  let n = k + 1;
  // (the date's preposition too: "was holding on Friday")
  while (n < words.length && ((n >= a - (words[a - 1]?.pos === 'ADP' ? 1 : 0) && n <= b) || (words[n].pos === 'ADV' && !PARTICLES.has(words[n].lower)))) n++;
  const next = words[n];
  return !next || next.pos === 'PUNCT' || next.pos === 'CCONJ' || (next.pos === 'ADP' && !PARTICLES.has(next.lower) && next.lower !== 'to');
}

/** Particles that make a phrasal verb of the verb before them: "holding back", "held up", "hold on to". */
const PARTICLES = set('up down back off out on over onto');

/** The word before a verb that makes it an active verb with a subject: "she expected", "analysts predicted". */
const forecaster = (w: Word | undefined) => !!w && (w.pos === 'PRON' || w.pos === 'PROPN' || (w.pos === 'NOUN' && /s$/.test(w.lower)));

/**
 * The verb an infinitive's "to" (at `to`) hangs on, directly ("hopes to reopen") or through the noun phrase it
 * completes ("is considering a plan to close", "allowed an attempt to plug"), with that noun; -1 where none is found.
 */
function infinitiveMatrix(words: Word[], cFrom: number, to: number): { verb: number; noun: number } | null {
  let k = to - 1;
  while (k >= cFrom && words[k].pos === 'ADV') k--;
  if (k < cFrom) return null;
  if (isVerb(words[k])) return { verb: k, noun: -1 };
  if (!isNoun(words[k])) return null;
  const noun = k;
  while (k > cFrom && (/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(words[k - 1].pos) || POSSESSIVES.has(words[k - 1].lower) || words[k - 1].text === "'s" || words[k - 1].text === '’s')) k--;
  return { verb: k - 1 >= cFrom && isVerb(words[k - 1]) ? k - 1 : -1, noun };
}

/** "is to meet", "plans to vote", ", to be published next week": an infinitive on the calendar (not "continued to wash"). */
function infinitiveLooksAhead(words: Word[], to: number, chain: Word[]): boolean {
  const lead = words[to - 1];
  if (!lead || lead.pos === 'PUNCT') return chain.some((w) => w.lemma === 'be');
  // "with no rescue fund to calm traders": a noun's infinitive says what it is for, not what is on the calendar; so
  // after an article or a possessive, whatever the tagger read ("extended their offers to buy the mill Friday": the
  // finite verb before it, told in the past, dates the clause; "her" may be an object: "helped her prepare to")
  const det = words[to - 2]?.lower ?? '';
  if (isNoun(lead) || /^(?:the|a|an)$/.test(det) || (POSSESSIVES.has(det) && det !== 'her')) return false;
  return SCHEDULED.has(lead.lower) || /^(?:be|plan|agree|intend|aim|go|prepare|promise|vow|pledge|threaten|decide|offer|propose)$/.test(lead.lemma);
}

/**
 * Whether the date at `a` sits in an "until" clause with its own verb in the present, after a future denied: "will not
 * reopen until the bridge is repaired next week", "won't be safe until it is sealed later this month". Not a past ("did
 * not reopen until the bridge was repaired in May"), nor the date right after "until" ("will not reopen until Monday",
 * the reopening's own day).
 */
function untilForetold(words: Word[], a: number): boolean {
  let u = a - 1;
  while (u > 0 && !/^(?:until|till)$/.test(words[u].lower) && !/^[,;:]$/.test(words[u].text) && words[u].pos !== 'SCONJ') u--;
  if (u <= 0 || !/^(?:until|till)$/.test(words[u].lower)) return false;
  const inner = words.slice(u + 1, a);
  if (!inner.some(isVerb) || inner.some((w) => /^(?:was|were|had|did|will|would|could|may|might|'ll)$/.test(w.lower))) return false;
  if (!inner.some((w) => /^(?:is|are|'s|'re)$/.test(w.lower) || (isVerb(w) && (w.lower === w.lemma || /s$/.test(w.lower))))) return false;
  const lead = words.slice(Math.max(0, u - 10), u);
  return lead.some((w) => NEGATIONS.has(w.lower)) && lead.some((w) => FUTURE.has(w.lower));
}

/** A stop whose end is a happening of its own (the reopening, the return to work): "will stay shut until Monday". */
const STOPPAGES = set('shut close suspend halt stop strike ground');

/**
 * Whether the date at [a, b] only ends a span ("until May 28", "until at least next week") that the clause's verb
 * fills: "placed a moratorium on new permits until at least May 28", "advised the school to shut until June 7",
 * "will delay the hook-up until next week", "extended its offer until May 9", "the leak lasts until August". The date
 * is where something stops, not the day anything the clause tells was done. Not a stop told by the clause's own
 * verb ("will stay shut until Monday", "has shut down until next week", "struck until Friday": the reopening or the
 * return is the happening), a deadline ("have until May 3 to file", "can apply until May 3": a window that closes),
 * nor a wait ("waited until May to act": the act came then).
 */
function spanEnd(words: Word[], a: number, b: number, v: number, chain: Word[]): boolean {
  // ("until at least May 28", "until well into 2027", "until mid- to late September")
  let at = a - 1;
  while (at >= a - 4 && /^(?:at|least|well|into|mid|-|to)$/.test(words[at]?.lower ?? '')) at--;
  if (!/^(?:until|till|til)$/.test(words[at]?.lower ?? '')) return false;
  const verb = words[v];
  if (!verb || v > a) return false;
  // ("will remain shut", "stayed closed": the stop is the state the verb keeps)
  const stop = (w: Word | undefined) => !!w && (STOPPAGES.has(w.lemma) || /^(?:shut|closed)$/.test(w.lower));
  const infinitive = chain[0]?.lower === 'to';
  // "the pool has been closed until Thursday", "have been shut until at least Friday": a stop told in the present perfect passive
  // began before the telling and lasts up to the date, which is only where it ends
  if (/^(?:has|have|'s|'ve)$/.test(chain[0]?.lower ?? '') && chain[chain.length - 1].lower === 'been' && stop(verb)) return true;
  if (!infinitive && (stop(verb) || (/^(?:remain|stay|be)$/.test(verb.lemma) && stop(words[v + 1])))) return false;
  if ((words[at - 1]?.lemma === 'have' && words[b + 1]?.lower === 'to') || chain.some((w) => w.lower === 'can')) return false;
  return verb.lemma !== 'wait';
}

/**
 * Whether verb `v`, with its chain of auxiliaries `chain`, is told as a duty in the present: "must leave", "must be
 * paid", "has to be given", "need to decide". Not a past ("had to"), a modal's ("will have to", "may need to"), nor a
 * guess at a past ("must have left").
 */
function dutyNow(words: Word[], v: number, chain: Word[]): boolean {
  const must = chain.findIndex((w) => w.lower === 'must');
  if (must >= 0) return chain[must + 1]?.lower !== 'have';
  // (the duty's own verb, when the date comes before it: "This week, the council needs to decide")
  const to = chain.findIndex((w) => w.lower === 'to');
  if (to < 0 && words[v + 1]?.lower !== 'to') return false;
  const k = to < 0 ? v : v - chain.length + to - 1;
  const modal = words[k - 1] && (FINITE_AUX.has(words[k - 1].lower) || words[k - 1].pos === 'PART');
  return /^(?:has|have|need|needs)$/.test(words[k]?.lower ?? '') && isVerb(words[k]) && !modal;
}

/** Verbs that move a time or a deadline: "extended its offer to May 9", "postponed the vote to Friday". */
const RESCHEDULE_VERBS = set('extend postpone delay defer push move adjourn reschedule backdate bring');

/**
 * Whether the date at word `a` is where the clause's verb `v` moves a time or a deadline to: "will extend its bid to
 * Nov. 6", "postponed the hearing to next Tuesday", "pushed the vote back to May 3", "will extend its bid, due to expire
 * Friday, to Nov. 6". The date is the new day, not the day of the moving (as "extended its offer until May 9" is a
 * span's end, see spanEnd).
 */
function movedTo(words: Word[], a: number, v: number): boolean {
  if (words[a - 1]?.lower !== 'to') return false;
  const moves = (k: number) => k >= 0 && k < a && isVerb(words[k]) && RESCHEDULE_VERBS.has(words[k].lemma);
  if (moves(v)) return true;
  // ("would extend its bid, due to expire Friday, to Nov. 6": past an aside between the object and "to")
  if (words[a - 2]?.text !== ',') return false;
  let k = a - 3;
  while (k >= 0 && words[k].text !== ',') k--;
  while (--k >= 0 && !isVerb(words[k]) && words[k].text !== ',');
  return moves(k);
}

/** Words that set an "-ing" phrase's happening before or after the clause it hangs on: "before flying home on Tuesday". */
const PARTICIPLE_SEQUENCE = set('before after since');

/**
 * Whether the date at word `a` follows its verb `v`, an "-ing" verb right after "before", "after" or "since", in a
 * phrase hanging on a clause it does not date: "is expected to address staff on Monday before flying offshore on
 * Tuesday", "had worked abroad before moving to the capital in 2007", "has sold $2 billion of assets since announcing
 * the plan in July", "is pursuing another option after giving up on Saturday", "After pumping for nine hours on
 * Wednesday, the crew stopped on Thursday". The date is the participle's happening; the clause came before it
 * ("before"), is a span from it ("since"), is told as it stands now or will be, or names a day of its own. Kept: a
 * clause told in the simple past right after it ("died after suffering a stroke on Thursday", "After meeting the
 * envoys yesterday, the minister said ...": the same day's news), and "just before", "shortly before" (about then).
 * (The same principle as a span's boundary, see spanEnd: a date that is another happening's is not the clause's.)
 */
function sequencedParticiple(words: Word[], v: number, a: number): boolean {
  const verb = words[v];
  // (the date inside the phrase, after its verb: "was taken to hospital today after falling ill" is the clause's day)
  if (!verb || verb.pos !== 'VERB' || !/ing$/.test(verb.lower) || v > a) return false;
  const sub = words[v - 1]?.pos === 'ADV' ? v - 2 : v - 1;
  const seq = words[sub];
  if (!seq || !PARTICIPLE_SEQUENCE.has(seq.lower) || CLOSE_AFTER.has(words[sub - 1]?.lower ?? '')) return false;
  if (seq.lower !== 'after') return true;
  const host = hostClause(words, sub);
  if (!host) return false;
  const main = host.verb;
  return !simplePast(words, main) || words.slice(host.from, host.to).some((w) => namesADay(w));
}

/**
 * Whether the date at word `a` follows its verb `v`, a saying's "-ing" right after "for", on a clause that answers
 * that saying: "apologized for saying on Sunday that ...", "was criticized for telling reporters last week that ...",
 * "was fined for announcing the deal on Friday". The date is the saying's, which the apology, the blame or the
 * fine came after; the clause is not dated by it (as "before flying home on Tuesday" does not date its clause, see
 * sequencedParticiple). Kept: a deed that is not a saying ("was arrested for speeding on Friday", "was taken to
 * task for attending a race in June": the same days, mostly).
 */
function answeredSaying(words: Word[], v: number, a: number): boolean {
  const verb = words[v];
  if (!verb || verb.pos !== 'VERB' || !/ing$/.test(verb.lower) || v > a || !REPORTING.has(verb.lemma)) return false;
  return words[v - 1]?.lower === 'for' && words.slice(0, v - 1).some(isVerb);
}

/** Verbs that turn down what their infinitive names: "declined to attend", "refused to testify". */
const REFUSALS = set('decline refuse');

/**
 * Whether the date at [a, b], one still to come ("next week", "tomorrow", "the coming month"), ends an infinitive that
 * a refusal already made governs: "have declined to attend a summit next week", "refused to testify at the hearing
 * tomorrow". The date is the refused happening's, which will not take place with them, and the refusal's own day is
 * not told; neither is dated by it. Not a refusal still to come ("will refuse to sign it next week"), nor a date the
 * refusal may have ("declined to testify on Monday": told in the past, it may be the day of declining).
 */
function refusedAhead(words: Word[], a: number, b: number): boolean {
  if (!words.slice(a, b + 1).some((w) => /^(?:next|tomorrow|coming)$/.test(w.lower))) return false;
  for (let k = a - 1; k >= 1 && a - k <= 12; k--) {
    if (words[k].text === ',' || words[k].pos === 'SCONJ') return false;
    const refusal = words[k - 1];
    if (words[k].lower === 'to' && isVerb(refusal) && REFUSALS.has(refusal.lemma)) return !/ing$/.test(refusal.lower) && refusal.lower !== refusal.lemma;
  }
  return false;
}

/**
 * The clause an "-ing" phrase opened by the word at `sub` hangs on, and its finite verb: before it, the nearest verb
 * that is neither an infinitive nor a gerund ("was found to be ill after arriving", "were back to the work of trying
 * to mend it after replacing ..."); for a phrase that opens the sentence, the clause after its comma. Null when there
 * is none.
 */
function hostClause(words: Word[], sub: number): { verb: number; from: number; to: number } | null {
  if (!words.slice(0, sub).some(isVerb)) {
    const comma = words.findIndex((w, k) => k > sub && w.text === ',');
    const k = comma < 0 ? -1 : words.findIndex((w, j) => j > comma && isVerb(w));
    if (k < 0) return null;
    let main = k;
    while (isVerb(words[main + 1])) main++;
    // (up to another clause, or a verb with a subject of its own: "the minister said the port will close in May" tells
    // its own May; "put the pumping on hold throughout Thursday" does not)
    const another = (k: number) => words[k].pos === 'AUX' || (isVerb(words[k]) && /^(?:NOUN|PROPN|PRON)$/.test(words[k - 1].pos));
    let to = main + 1;
    while (to < words.length && !opensClause(words, to) && !another(to)) to++;
    return { verb: main, from: comma + 1, to };
  }
  for (let k = sub - 1; k >= 0; k--) {
    if (!isVerb(words[k])) continue;
    const chain = chainOf(words, 0, k);
    const gerund = /ing$/.test(words[k].lower) && words[k - chain.length - 1]?.pos === 'ADP';
    if (chain[0]?.lower !== 'to' && !gerund) return { verb: k, from: clauseAround(words, k)[0], to: sub };
    k -= chain.length;
  }
  return null;
}

/** "Thursday", "May", "yesterday": a word that names a day or a month (a capital for a month, not the modal "may"). */
function namesADay(w: Word): boolean {
  return /^(?:yesterday|today|tonight|tomorrow)$/.test(w.lower) || (/^\p{Lu}/u.test(w.text) && CALENDAR_WORDS.includes(w.lower));
}

/**
 * A verb that tells a deed done, as the simple past or the news perfect does, active or passive: "died", "was
 * diagnosed", "were back", "put" (a form the past shares with the present is read as the past a news story tells),
 * "has died", "has been arrested" (the perfect of a deed is the day's news: "has died after collapsing on Thursday");
 * not "has been in hospital" (a state), "is trying", "will be", "needs".
 */
function simplePast(words: Word[], v: number): boolean {
  const verb = words[v];
  const chain = chainOf(words, 0, v).filter((w) => w.pos !== 'ADV' && w.pos !== 'PART');
  if (verb.lemma === 'be') return /^(?:was|were)$/.test(verb.lower) && !chain.length;
  const perfect = /^(?:has|have|'s|'ve)$/.test(chain[0]?.lower ?? '') && chain.slice(1).every((w) => w.lower === 'been');
  if (!perfect && chain.some((w) => !/^(?:was|were)$/.test(w.lower))) return false;
  return verb.pos === 'VERB' && !/ing$/.test(verb.lower) && (verb.lower !== verb.lemma ? !/s$/.test(verb.lower) : SAME_FORM_PASTS.has(verb.lower));
}

/** Participles that open a span at a date: "hearings starting on Tuesday", "a pact effective June 1". */
const SPAN_OPENERS = set('starting beginning commencing effective');

/**
 * Whether the date at `a` opens the span of the noun just before it: "got word of a spell of clear weather starting
 * Friday", "testified at hearings starting on Tuesday", "agreed to pay $9,000 a month starting in June", "costs
 * from the new pact effective June 1". The date is when that thing begins, not when the clause was done (the
 * same principle as a span's end, see spanEnd). Not after a comma ("slaughter the herds, starting today": the
 * clause's own start) nor in a "with" phrase ("started on May 2, with the second starting on May 16", a
 * happening told by the phrase), nor after a noun naming a happening ("will hold a strike starting Thursday").
 */
function spanStartOfNoun(words: Word[], a: number): boolean {
  const k = /^(?:on|in|from|at)$/.test(words[a - 1]?.lower ?? '') ? a - 2 : a - 1;
  if (SPAN_OPENERS.has(words[k]?.lower ?? '') && words[k - 1]?.text === ',' && commaClosesNoun(words, k - 1)) return true;
  if (!SPAN_OPENERS.has(words[k]?.lower ?? '') || !isNoun(words[k - 1])) return false;
  if (DATED_HAPPENING_NOUNS.has(words[k - 1].lower)) return false;
  return !words.slice(Math.max(0, k - 5), k).some((w) => w.lower === 'with');
}

/** A unit of a stretch of time that "within" sets a deadline by: "within a week", "within 30 days". */
const DEADLINE_UNIT = new RegExp(`^${UNIT}s?$`);

/**
 * Whether the comma at `c`, before a span's opener, closes a noun phrase rather than its clause, so the span is that
 * phrase's: a place named with its country or state ("a summit in Harbourton, Norland, starting Monday") or a deadline's
 * stretch ("must leave within a week, starting Friday": the leaving falls somewhere in the week, not on Friday). (Not
 * "slaughter the herds, starting today", nor "will close for two weeks, starting Monday": the clause's own start.)
 */
function commaClosesNoun(words: Word[], c: number): boolean {
  const place = words[c - 1]?.pos === 'PROPN' && words[c - 2]?.text === ',' && words[c - 3]?.pos === 'PROPN';
  if (place) {
    let n = c - 3;
    while (n > 0 && words[n - 1].pos === 'PROPN') n--;
    return /^(?:in|at)$/.test(words[n - 1]?.lower ?? '') && isNoun(words[n - 2]) && !DATED_HAPPENING_NOUNS.has(words[n - 2].lower);
  }
  return DEADLINE_UNIT.test(words[c - 1]?.lower ?? '') && (words[c - 2]?.pos === 'NUM' || /^(?:a|an|one)$/.test(words[c - 2]?.lower ?? '')) && words[c - 3]?.lower === 'within';
}

/** Words before a date that make it a span's edge, which a verb in the present or the perfect may take: "has grown since 2006". */
const SPAN_EDGES = set('since for until till til through from between by over');

/**
 * Whether verb `v` is told in the present or the present perfect ("says", "is facing", "has raised") while the date
 * at `a` is of a time gone by: such a verb takes no past date of its own, so the date sits in a noun phrase and dates
 * that noun's thing ("Varrow Oil is facing new fines over a spill on the coast in 2006", "Roe, one of the minds behind
 * the research in the 1960s, says ...", "has raised doubts following the disaster last year"), or was read back
 * against a present that tells a habit or a plan ("the season typically ends in November"). Not a span's edge ("has
 * been shut since Monday"), nor a date that opens its clause ("In 2006 the firm buys a rival", a timeline's entry).
 */
function presentWithPastDate(words: Word[], a: number, b: number, v: number, chain: Word[]): boolean {
  const verb = words[v];
  if (!verb || !toldInPresent(verb, chain)) return false;
  // ("The ruling comes after a jury in May found the firm liable": a date between a subject and its own verb in the
  // past dates that verb's clause, not the present one's)
  const after = words[b + 1];
  if (after?.pos === 'VERB' && after.lower !== after.lemma && !/(?:s|ing)$/.test(after.lower)) return false;
  // ("a chain that stretches back to 1876", "goes back to 1950": where a span starts)
  if (SPAN_EDGES.has(words[a - 1]?.lower ?? '') || (words[a - 1]?.lower === 'to' && words[a - 2]?.lower === 'back')) return false;
  // ("The firm's own report (September 2010) admits ...": a date in brackets labels the noun before it, a heading's)
  if (words[a - 1]?.text === '(' || words[b + 1]?.text === ')') return false;
  if (words.slice(0, a).every((w) => /^(?:ADP|CCONJ|ADV|DET|PUNCT)$/.test(w.pos))) return false;
  // ("says that on the night of 25 June, he injected the horse with a sedative": a date fronted in its own clause
  // dates the verb after its comma)
  let opener = a - 1;
  while (opener >= 0 && !isVerb(words[opener]) && words[opener].text !== ',' && words[opener].lower !== 'that' && words[opener].pos !== 'SCONJ') opener--;
  // (an adverbial, not a noun joined to the subject: "The failure of the march, and its end last Saturday, has ...")
  const adverbial = opener + 1 === a || /^(?:ADP|ADV)$/.test(words[opener + 1]?.pos ?? '');
  if (opener >= 0 && !isVerb(words[opener]) && adverbial && frontedAdverbial(words, opener + 1) > b) return false;
  // ("... banned pork imports On Thursday ministers met": a sentence run into the last one opens at its capital)
  if (a > 1 && words[a - 1].pos === 'ADP' && /^\p{Lu}/u.test(words[a - 1].text)) return false;
  // ("20 April: rig explodes 8 May: dome fails to cap leak": a timeline's entries, each told in the present; not a
  // dash that opens an aside, "a response to the blast in April last year - that blast killed 11")
  if (words[a - 1]?.pos !== 'ADP' && /^[:–—-]$/.test(words[b + 1]?.text ?? '')) return false;
  // ("Dr Vell appears in court in Carrick 25 January 2021 The doctor enters a plea": a timeline's heading, a full
  // date with no preposition run into the next entry's sentence; not "the 1989 Varrow spill", a year before a name)
  if (words[a - 1]?.pos !== 'ADP' && b > a && words[b].pos === 'NUM' && /^\p{Lu}/u.test(words[b + 1]?.text ?? '') && /^(?:DET|PRON|NOUN|PROPN)$/.test(words[b + 1].pos)) return false;
  return true;
}

/** Words that open a clause of time whose simple present tells what is still to come: "when she lands on Friday". */
const TIME_CLAUSE_OPENERS = set('when once until till before after');

/**
 * Whether the verb at `v` is a simple present in a clause of time: "When Ann Roe lands in Oslo on Friday, she will
 * meet ...", "once the ships dock on Monday", "as soon as the board meets this week". English tells what is still to
 * come by the present there, so a date not yet gone is on the calendar (a date gone tells a story in the present or
 * a habit, and stays as read: "when the ferry docks in 1990, ...", "whenever it rains").
 * Not the present perfect or progressive ("after she has landed"), nor a past ("when the ships docked on Monday").
 */
function presentInTimeClause(words: Word[], cFrom: number, v: number, chain: Word[]): boolean {
  const verb = words[v];
  if (!verb || v < cFrom || verb.pos !== 'VERB' || chain.length || !toldInPresent(verb, chain)) return false;
  // the opener: the clause's first word, or "as soon as", with no other verb between it and this one
  let k = cFrom;
  while (k < v && (words[k].pos === 'PUNCT' || words[k].pos === 'CCONJ')) k++;
  const opener = TIME_CLAUSE_OPENERS.has(words[k]?.lower ?? '') ? k : words[k]?.lower === 'as' && words[k + 1]?.lower === 'soon' && words[k + 2]?.lower === 'as' ? k + 2 : -1;
  return opener >= 0 && !words.slice(opener + 1, v).some((w) => w.pos === 'VERB' || w.pos === 'AUX');
}

/** A verb told in the present or the present perfect: "says", "is facing", "has raised" (not "was", "will say", "to say"). */
function toldInPresent(verb: Word, chain: Word[]): boolean {
  if (chain.some((w) => w.lower === 'to' || /^(?:was|were|had|did|will|'ll|would|could|can|may|might|must|shall|should|been)$/.test(w.lower))) return false;
  // (an auxiliary's "'s", not a possessive's: "the firm's broken wellhead")
  if (chain.some((w) => w.pos === 'AUX' && /^(?:is|are|am|'s|'re|has|have|do|does)$/.test(w.lower))) return true;
  if (chain.some((w) => w.pos === 'AUX')) return false;
  return /^(?:is|are|am)$/.test(verb.lower) || (verb.pos === 'VERB' && verb.lower !== verb.lemma && /(?:[^s]s|es)$/.test(verb.lower) && verb.lower.startsWith(verb.lemma.replace(/y$/, '')));
}

/** Words after "due" that say where one is expected: "due in court", "due there", "due back". */
const DUE_PLACE = /^(?:in|at|there|here|back|home)$/;

/**
 * "is due in Harbourton on Sunday", "are due back on Monday": the verb "be" at `v` followed by "due" and a place, all
 * before the date at `a` ("in" or "at" followed by words of their own, not the date's: "due in May" is a deadline).
 */
function dueAt(words: readonly Word[], v: number, a: number): boolean {
  if (words[v + 1]?.lower !== 'due' || !DUE_PLACE.test(words[v + 2]?.lower ?? '') || v + 2 >= a) return false;
  return !/^(?:in|at)$/.test(words[v + 2].lower) || v + 3 < a;
}
