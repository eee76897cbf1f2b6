// One home for the words of dates (month, weekday, season and unit names, numbers in words), shared by
// the metadata, timex and cross-document stages: a second copy of a table is a bug waiting. Month
// and weekday names come from src/core/dates.ts, which the page's labels share.

import { MONTH_NAMES, WEEKDAY_NAMES } from '../core/dates';

export { MONTH_NAMES, WEEKDAY_NAMES };

/** Short forms a month is written in, with or without a dot: "Jan.", "Sept", "Sep." ("May" has none). */
export const MONTH_ABBREVIATIONS: readonly string[] = MONTH_NAMES.filter((n) => n !== 'May').flatMap((n) => (n === 'September' ? ['Sept', 'Sep'] : [n.slice(0, 3)]));
/** A month name or its short form, as a regular-expression source. */
export const MONTH = String.raw`(?:${MONTH_NAMES.join('|')}|(?:${MONTH_ABBREVIATIONS.join('|')})\.?)(?![A-Za-z])`;
/** A month set in capitals, as timeline boxes and headings write it ("26 MAY:"): read only beside a day number. */
export const MONTH_CAPITALS = String.raw`(?:${MONTH_NAMES.map((n) => n.toUpperCase()).join('|')})(?![A-Za-z])`;
/** `text` as a regular expression's source that matches it literally: "Roe (Jr.)" → "Roe \\(Jr\\.\\)". */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const WEEKDAY = String.raw`(?:${WEEKDAY_NAMES.join('|')})`;
/** A day with its year, as a page stamps it ("Friday, June 11, 2027", "Monday 17 May 2027", "2 May 2027"), a regex source. */
export const DAY_WITH_YEAR = String.raw`(?:${WEEKDAY},?\s+)?(?:${MONTH}\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+${MONTH},?\s+\d{4})`;
/** A word that governs the day after it in a sentence: "at 11:00 AM on Friday, June 11, 2027" is the story's time. */
export const GOVERNS_STAMP = /(?:^|[^\p{L}])(?:on|at|by|until|till|since|from|to|before|after|of|for|between|and|or|through|than|as|in|the)[\s,]*$/iu;
/**
 * A live page's heading or standfirst naming the day it covers, a regex source: "Thursday's flood coverage as it
 * happened", "Tuesday's live blog", "Live updates: Monday" (not "Sunday's live coverage of the match", which a report
 * may open with). "As it happened" is a heading's only after the day's possessive or before a colon or dash and the
 * day; in prose it tells how a thing fell out ("arrived on Monday, just as it happened last year", "reported the
 * collapse as it happened on Wednesday"). Group `wd` (or `wd2`) is the day's weekday.
 */
export const LIVE_PAGE_DAY = String.raw`\b(?<wd>${WEEKDAY})(?:(?:'s|’s)?\s+(?:[\p{L}-]+\s+){0,3}?live\s+(?:updates|blog)|(?:'s|’s)\s+(?:[\p{L}-]+\s+){0,3}?as\s+(?:it|they)\s+happened)\b|\b(?:live\s+(?:updates|blog)\s*[:,–—-]?|as\s+(?:it|they)\s+happened\s*[:–—-])\s*(?:on\s+)?(?<wd2>${WEEKDAY})\b`;
/** A weekday's short form, as wire stamps write it ("Sat", "Tues."). */
export const WEEKDAY_SHORT = String.raw`(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?(?![A-Za-z])`;
// (no colon and figure after the day, "May 5:30" is no day 5; a colon before a space or the line's end closes the
// date: "in a leader on Tuesday, March 4:", "in a leader on Tuesday, March 4: The court erred")
/** A day of the month as a figure, with nothing required before it (`DAY` adds that). */
export const DAY_NUMBER = String.raw`(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:(?!\s|$))`;
export const DAY = String.raw`(?<![\d./-])${DAY_NUMBER}`;
/** A day number that ends a range after a hyphen ("March 20-23", "6-8 September"), where `DAY` wants no hyphen before it. */
export const DAY_AFTER_HYPHEN = String.raw`(?<![\d./])${DAY_NUMBER}`;
export const YEAR = String.raw`(?<![\d$€£#.,]|\d[,.])(?:1\d{3}|20\d{2}|2100)(?![\d%]|[.,]\d)`;
/** A year as a title or a tagger writes it, a word of its own: "1918", "the 1990s". */
export const WRITTEN_YEAR = String.raw`\d{4}s?`;
const WRITTEN_YEAR_WORD = new RegExp(`^${WRITTEN_YEAR}$`, 'u');
/** Whether a word is a year written out (`WRITTEN_YEAR`). */
export const isWrittenYear = (word: string): boolean => WRITTEN_YEAR_WORD.test(word);
export const NUMBER_WORD = String.raw`(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|a few|a couple(?: of)?|several|some|many|a dozen|dozens of|\d{1,3}(?:\.5)?)`;
/**
 * "since" (with "on" or "the") just before an expression, or "since shortly after the": it can only
 * look back. Read over the 32 characters before it.
 */
export const SINCE_BEFORE = /\bsince\s+(?:(?:(?:shortly|just|soon|long|well)\s+)?(?:after|before)\s+)?(?:(?:on|the)\s+)?$/i;

/** Whether "since" stands just before offset `start` of `text`. */
export function afterSince(text: string, start: number): boolean {
  return SINCE_BEFORE.test(text.slice(Math.max(0, start - 32), start));
}

/**
 * Heads that name a law or a document, whose year after "of" is part of its name: "the Port Safety Act of 1990", "the
 * harbour treaty of 1921". The year says which law; it dates no happening of the sentence ("Great Flood of 1993" does).
 */
export const LAW_NAMES: ReadonlySet<string> = new Set('act acts accord accords treaty treaties agreement agreements convention conventions charter charters protocol protocols code codes law laws'.split(' '));

/**
 * Heads of an occasion someone speaks at, a happening of its own: "criticised the board at a hearing", "praised the
 * crews in a speech". Not every happening noun: "for its failures in the flood" names what is blamed.
 */
export const OCCASION_NOUNS: ReadonlySet<string> = new Set('hearing hearings meeting meetings session sessions speech speeches interview interviews briefing briefings conference conferences debate debates rally rallies'.split(' '));

// The other "until" patterns, beside "since": one home for what a date after "until" ends.
/**
 * "The schools will be closed until Thursday", "drilling will be suspended until 2011", "advised the pier to shut until
 * 7 June": a date after "until" that ends a state a participle (or "shut", "open") after "be" brings in is when the
 * state stops, not when anything happened; the news is the closing, told now. ("The pier will remain shut until
 * Monday" is left: "remain" says the state already holds, so its end, the reopening, is the news; "have until Friday
 * to file" is a deadline, and "was not reopened until May" tells a change on that date.) A past goes too, "The bridge
 * was closed until Monday, when it reopened": the title it would get tells the state ("Bridge was closed") on the day
 * it ended, and the reopening has no title of its own here.
 */
export const STATE_ENDS_BEFORE = /(?:^|[^\p{L}])(?:(?:be|is|are|was|were|been|being)\s+(?:(?:also|still|temporarily|largely|partly|completely|\p{Ll}+ly)\s+)?(?:\p{Ll}{3,}ed|shut|open|down)|to\s+(?:shut|close))\s+(?:until|till)(?:\s+at\s+least)?\s*$/iu;
/** "was not reopened until May", "never stayed shut until": a state denied up to a date says it changed on that date. */
export const NOT_UNTIL_BEFORE = /(?:\bnot|n['’]t|\bnever)\b[^,;.]*$/iu;
/**
 * "will remain closed until Thursday", "is due to stay shut until Monday", "remains open until Friday": a state that
 * holds now, kept up (present or bare "remain", "stay") until a day, ends after the telling ("remained closed until
 * Thursday" is told of the past, and left to the tense reader; so is "closed" there, which reads as a past).
 */
export const KEPT_UNTIL = /\b(?:remain|remains|stay|stays)\s+(?:(?:\p{Ll}+ly|also|still)\s+)?(?:\p{Ll}+\s+)?(?:until|till)\s+(?:at\s+least\s+)?$/iu;

export const UNIT = String.raw`(?:second|minute|hour|day|night|week|fortnight|month|year|decade|century|centurie)`;

const MONTH_KEYS = MONTH_NAMES.map((n) => n.slice(0, 3).toLowerCase());
const WEEKDAY_KEYS = WEEKDAY_NAMES.map((n) => n.slice(0, 3).toLowerCase());

/** January = 1 ... December = 12, from a name or its short form; 0 for anything else. */
export function monthNumber(word: string): number {
  return MONTH_KEYS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

/** 1 -> "January". */
export const monthName = (month: number): string => MONTH_NAMES[month - 1];

/** Every month and weekday name and short form, lower case: calendar words that tell nothing of what happened. */
export const CALENDAR_WORDS: readonly string[] = [...MONTH_NAMES, ...MONTH_ABBREVIATIONS, ...WEEKDAY_NAMES].map((w) => w.toLowerCase());

/** Monday = 0 ... Sunday = 6. */
export function weekdayNumber(word: string): number {
  return WEEKDAY_KEYS.indexOf(word.slice(0, 3).toLowerCase());
}

const SMALL: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40,
  fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, 'a couple': 2, 'a couple of': 2, 'a dozen': 12,
};

/** The number a quantity word stands for; null for vague quantities ("several", "a few"). */
export function quantity(word: string): number | null {
  const w = word.toLowerCase().trim();
  if (/^\d+(\.5)?$/.test(w)) return Number(w);
  if (Object.hasOwn(SMALL, w)) return SMALL[w];
  const [tens, ones] = w.split('-');
  if (ones !== undefined && Object.hasOwn(SMALL, tens) && Object.hasOwn(SMALL, ones)) return SMALL[tens] + SMALL[ones];
  return null;
}

export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11,
  twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
  twentieth: 20, 'twenty-first': 21, final: 4, last: 4,
};

/** Whether a lower-case word is an ordinal word ("third", "final"); own keys only, so "constructor" is not one. */
export function isOrdinalWord(word: string): boolean {
  return Object.hasOwn(ORDINALS, word);
}

export function ordinal(word: string): number | null {
  const w = word.toLowerCase();
  if (isOrdinalWord(w)) return ORDINALS[w];
  const n = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(w);
  return n ? Number(n[1]) : null;
}

/** TimeML unit letters for durations and sets. */
export function unitCode(unit: string): { code: string; time: boolean; scale: number } {
  const u = unit.toLowerCase().replace(/s$/, '');
  switch (u) {
    case 'second': return { code: 'S', time: true, scale: 1 };
    case 'minute': return { code: 'M', time: true, scale: 1 };
    case 'hour': return { code: 'H', time: true, scale: 1 };
    case 'day': case 'night': return { code: 'D', time: false, scale: 1 };
    case 'week': return { code: 'W', time: false, scale: 1 };
    case 'fortnight': return { code: 'W', time: false, scale: 2 };
    case 'month': return { code: 'M', time: false, scale: 1 };
    case 'quarter': return { code: 'M', time: false, scale: 3 };
    // ISO 8601 has no decade or century unit: "the past decade" is P10Y, as TimeML corpora write it
    case 'decade': return { code: 'Y', time: false, scale: 10 };
    case 'century': case 'centurie': return { code: 'Y', time: false, scale: 100 };
    default: return { code: 'Y', time: false, scale: 1 };
  }
}

/**
 * Sentence starters that no name or title in running text holds before a word in lower case: a personal pronoun,
 * a determiner, a possessive, a subordinator, a sentence adverb or "But" ("... on the oiled pier Also on Monday, the
 * council said ..."). ("A" is a letter in "vitamin A is", "One" a name's in "Route One traffic", "Police" in "the
 * Harbour Police said": those are left out.) Written with a capital after a word in lower case, one opens a sentence
 * that a caption or heading ran into (sentences.ts, page-chrome's run-in captions).
 */
export const UNMISTAKABLE_STARTERS: ReadonlySet<string> = new Set(
  'he she it they we there the an this these those some many most several his her its their our if when while although since also meanwhile however but'.split(' '),
);
/**
 * Numbers in words that open a sentence after a word in lower case ("... at the quay Thousands of people ...", "...
 * is home again Five-year-old Jo Roe ..."); after a capital they end a name ("BBC Two", "Year Seven").
 */
export const NUMBER_STARTERS: ReadonlySet<string> = new Set('two three four five six seven eight nine ten twenty thirty forty fifty dozens hundreds thousands millions'.split(' '));
/**
 * Sentence adverbs that compromise's lexicon does not know or files under another class ("nevertheless" an expression,
 * "otherwise" and "however" conjunctions): written with a capital at a sentence's opening ("Elsewhere, crews flew in"),
 * each was taken for a name and became a headline's subject. Closed: words that are only ever adverbs of the whole
 * clause, never a name, a noun or a verb ("meantime" is a noun in "in the meantime"; "still", "later" are left out).
 */
export const SENTENCE_ADVERBS: ReadonlySet<string> = new Set(
  'elsewhere nonetheless nevertheless afterwards afterward otherwise meanwhile however therefore moreover furthermore thereafter hence thus instead likewise regardless'.split(' '),
);
/**
 * Past forms a told clause takes only after a past saying ("the firm said it would close the mill", "officials said
 * they believed the dam was safe"): after a saying titled in the present they hang ("says it would close"), so the
 * saying keeps its past. "would" and the past of verbs of a state of mind; not "was" or a deed's past ("says the
 * ferry sank" tells a past deed now).
 */
export const BACKSHIFTED: ReadonlySet<string> = new Set(
  'would believed thought expected hoped feared wanted intended knew felt'.split(' '),
);

/** Verbs of belief: what someone assumed or believed at a time is a state of mind, not a happening. */
export const BELIEF_VERBS: ReadonlySet<string> = new Set('assume believe suppose reckon'.split(' '));

/** Verbs by which a speaker tells a view or a feeling: "we want", "I think", "I told you". */
export const VIEW_VERBS: ReadonlySet<string> = new Set(
  'say tell think know feel believe hope want need wish fear doubt like love hate regret consider understand see'.split(' '),
);
/** Openers of a clause that says when or why, often fronted before the main one: "when", "after", "because"... */
export const ADVERBIAL_LEADS: ReadonlySet<string> = new Set('when while after before as because once until since although though'.split(' '));
/** Lower-case words that open a role before its head noun: "chief" of "chief executive", "managing" of "managing director". */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set('chief deputy vice acting executive managing operating financial senior assistant general attorney'.split(' '));
/**
 * Nouns for a person that tell a tie to someone, not a role a reader can place them by: "colleague" of "his colleague
 * Tom Vell", "wife" of "his wife Ann Roe".
 */
export const TIE_NOUNS: ReadonlySet<string> = new Set('colleague friend wife husband son daughter mother father brother sister partner neighbour neighbor cousin man woman boy girl person'.split(' '));
/** Capitalised words that open a sentence before a role and are no part of it: "Even" of "Even former President Tom Vell". */
export const ROLE_OPENERS: ReadonlySet<string> = new Set('even only just also still now then later meanwhile however instead today yesterday tonight earlier so and but or'.split(' '));
/**
 * Past participles whose passive takes "in" as its particle, not a preposition missing its place: "was sworn in",
 * "were ushered in", "was voted in" read whole; "was born in", "were killed in" do not.
 */
export const IN_PARTICLE_PARTICIPLES: ReadonlySet<string> = new Set('sworn ushered phased reined hemmed boxed snowed factored voted checked logged plugged cashed walled penned'.split(' '));
/** Words that introduce a name or a title, which may open with a starter: "a film called This is Norland". */
export const NAMING = /^(?:called|titled|entitled|named|dubbed)$/i;

/** Nouns for a person: "The boy ... He died" names him "Boy" only with one of these as the head. */
export const PERSON_NOUNS: ReadonlySet<string> = new Set(
  ('man woman boy girl child toddler baby infant teenager student pupil patient victim mother father son daughter wife husband ' +
    'brother sister doctor nurse officer soldier pilot driver worker farmer teacher priest president minister leader chief ' +
    'spokesman spokeswoman official executive director chairman singer star actor actress player coach judge lawyer suspect ' +
    'miner resident citizen fan survivor witness engineer scientist researcher journalist reporter protester passenger ' +
    'prisoner governor mayor senator king queen monarch prince princess musician artist author writer founder owner manager employee ' +
    'popstar superstar entertainer performer rapper songwriter physician cardiologist surgeon rescuer villager firefighter').split(' '),
);

/**
 * Offices a newspaper writes before a name by their abbreviation ("Sen. Ann Roe", "Gov. Tom Vell"), so that "the
 * senator" or "the governor" later is the one so named.
 */
export const OFFICE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  senator: 'Sen', governor: 'Gov', congressman: 'Rep', congresswoman: 'Rep', general: 'Gen', admiral: 'Adm', colonel: 'Col',
  captain: 'Capt', sergeant: 'Sgt', lieutenant: 'Lt', commander: 'Cmdr', major: 'Maj', professor: 'Prof',
};
/**
 * An abbreviated office as written before a name, with its full stop: "Sen." of "Sen. Ann Roe", "Atty." of "Atty. Tom
 * Vell" (the role events.ts reads before a name; it holds "Atty", and not "Maj" or "Prof", unlike OFFICE_ABBREVIATIONS).
 */
export const ABBREVIATED_OFFICE = /^(?:Sen|Rep|Gov|Adm|Gen|Lt|Col|Sgt|Capt|Cmdr|Atty)\.$/u;

/** Nouns for a business: "the company said", "oil giant Norvex" (the story's business is named by them, see events.ts and title.ts). */
export const BUSINESS_NOUNS: readonly string[] =
  'company firm concern giant maker manufacturer drugmaker automaker carrier airline insurer retailer conglomerate'.split(' ');

/**
 * Nouns that are a business only after a word for its trade: "the oil major", "a steel producer" (alone, "the major" is a
 * soldier and "the producer" a film-maker's).
 */
export const TRADE_BUSINESS_NOUNS: readonly string[] = ['major', 'producer'];

/** Verbs whose past is written as their bare form: "The storm hit the coast", "crews put the work on hold". */
export const SAME_FORM_PASTS: ReadonlySet<string> = new Set(
  'put set cut hit let shut quit spread read hurt cost burst cast split upset beat shed bid'.split(' '),
);

/** Plural nouns that show a four-digit number counts things rather than naming a year. */
export const COUNTED = new Set(
  ('people persons men women children kids troops soldiers hostages prisoners detainees workers employees staff residents families ' +
    'households homes houses buildings jobs cases deaths dead injured votes voters seats units cars vehicles tonnes tons miles km ' +
    'kilometres kilometers metres meters feet foot acres hectares dollars euros pounds yen rupees ringgit yuan points runs goals pages ' +
    'words copies students pupils patients members fans visitors participants delegates officers police flights passengers animals ' +
    'birds trees sheep cattle times calories hours minutes days weeks months years rounds shares barrels megawatts mw gb mb kg lb lbs ' +
    'ft cm mm hp cc protesters refugees migrants civilians fighters militants rockets missiles drones bombs shells sq square cubic ' +
    'metric more others other of per percent euro dollar strong-').split(' '),
);

/** Openers that make a number approximate, inside its noun phrase: "About 40 homes were flooded". */
export const APPROXIMATORS: ReadonlySet<string> = new Set('about around nearly almost roughly some over'.split(' '));

/** Words for a share of something: "half of the voters say", "most of the crew were", "hundreds of miners walked out". */
export const SHARE_WORDS: ReadonlySet<string> = new Set('half most many some all none any part majority minority rest number lot lots percent share bulk handful couple dozens hundreds thousands millions'.split(' '));

/** Nouns whose "be to" says what they are for, not a plan of a day: "Their mission was to find shelter", "Her aim is to win". */
export const AIM_NOUNS: ReadonlySet<string> = new Set('aim goal mission task job purpose objective role duty intention'.split(' '));

/**
 * Stages of a proceeding, with the proceeding they belong to: a title that opens with one ("Jury selection begins",
 * "Opening arguments were heard") tells whose proceeding only when the article's mention of it is added.
 */
export const PROCEEDING_STAGES: Readonly<Record<string, string>> = {
  'jury selection': 'trial', jury: 'trial', jurors: 'trial', 'opening arguments': 'trial', 'opening statements': 'trial',
  'closing arguments': 'trial', 'closing statements': 'trial', 'jury deliberations': 'trial', deliberations: 'trial',
  'vote counting': 'election', 'early voting': 'election', polling: 'election', countdown: 'launch',
};

/**
 * General nouns, with the kinds of thing they may stand for: "the event" after "the Vell jazz concert" is that concert.
 */
export const GENERAL_NOUN_KINDS: Readonly<Record<string, readonly string[]>> = {
  event: 'concert gala festival ceremony match tournament conference summit parade rally telethon fundraiser exhibition'.split(' '),
};

/** Verbs whose object is a question: "asked whether", "wondered if". */
export const ASKING: ReadonlySet<string> = new Set('ask asked asks wonder wondered wonders question questioned questions inquire inquired inquires check checked checks'.split(' '));

/**
 * Nouns that name a happening, so a date modifying them dates it ("the 1989 spill", "last week's
 * rally"): read word for word, plurals listed. A narrower list than HAPPENING_NOUNS below, which
 * merging reads through the stemmer: a dated "case", "deal" or "cut" is as often a thing as a happening.
 */
export const DATED_HAPPENING_NOUNS: ReadonlySet<string> = new Set(
  ('attack attacks explosion explosions blast spill spills disaster disasters crash crashes collapse earthquake earthquakes quake ' +
  'quakes war wars election elections crisis accident accidents blowout storm storms hurricane hurricanes flood floods ' +
  'pandemic pandemics outbreak outbreaks bombing bombings invasion coup fire fires tsunami eruption riot riots revolution ' +
  'massacre shooting leak leaks uprising recession meltdown bankruptcy merger takeover acquisition referendum summit ' +
  'verdict trial death deaths murder killing killings launch landing strike strikes protest protests sinking ' +
  'loss losses rally plunge petition complaint lawsuit statement failure vote debut opening premiere inauguration ' +
  'wedding funeral ceremony release meeting hearing visit speech slaying slayings kidnapping assassination discovery incident incidents').split(' '),
);

/**
 * Verbs of a local happening, a physical deed or event that took place somewhere ("collapsed", "was killed",
 * "exploded"), as a title writes them: a title telling one and naming no place may take the story's place. Statements,
 * decisions and market moves are not here: they happen in no one place.
 */
export const LOCAL_DEEDS: ReadonlySet<string> = new Set(
  ('collapsed collapses died die dies killed kills exploded explodes drowned drowns burned burns burnt erupted erupts ' +
  'flooded floods struck strikes hit hits crashed crashes sank sinks rescued rescues arrested arrests injured injures ' +
  'destroyed destroys wounded wounds shot shoots stabbed bombed buried buries evacuated evacuates landed lands ' +
  'derailed derails ruptured ruptures blew').split(' '),
);

/**
 * Nouns that name a happening rather than a thing: "the tremor", "Tuesday's meeting" and "the
 * sell-off" point back to something that happened, "the team" or "the drug" to something that is.
 * Merging reads them through the stemmer, so one word of a synonym class stands for all of it.
 */
export const HAPPENING_NOUNS: readonly string[] = (
  'attack raid bombing blast explosion shooting fire crash collapse accident spill leak quake storm hurricane flood ' +
  'eruption outbreak case death killing murder funeral wedding arrest trial hearing verdict ruling vote election ' +
  'referendum protest riot clash strike meeting talks conference visit speech announcement launch rescue recall ' +
  'ban merger takeover deal sale rally fall rise surge cut resignation dismissal appointment invasion offensive ' +
  'ceasefire truce failure'
).split(' ');

/** The words that tell an explosion, or an earthquake, under either of its names ("the blast", "the explosion"). */
const EXPLOSION_TOLD = /\b(?:explosions?|blasts?|exploded)\b/i;
const QUAKE_TOLD = /\b(?:earthquakes?|quakes?)\b/i;

/**
 * Happenings that befall a place rather than one person, named with "the" ("two days after the blast", "the day after
 * the flood"), with the words that tell the happening itself beside its date ("the March 3 blast", "the quake on
 * 12 May"). "The disaster" is whichever of them the article dates.
 */
export const ANCHOR_EVENTS: Readonly<Record<string, RegExp>> = {
  explosion: EXPLOSION_TOLD,
  blast: EXPLOSION_TOLD,
  earthquake: QUAKE_TOLD,
  quake: QUAKE_TOLD,
  spill: /\b(?:spills?|spilled)\b/i,
  accident: /\baccidents?\b/i,
  crash: /\b(?:crash|crashed)\b/i,
  disaster: /\b(?:disasters?|explosions?|blasts?|exploded|earthquakes?|quakes?|spills?|crash|crashed|accidents?|tsunami)\b/i,
};

/**
 * Happenings a day is named after ("the evening of her death", "the day before his arrest"), with
 * the words that tell the happening itself where the article dates it ("died on 3 May").
 */
export const ANCHOR_HAPPENINGS: Readonly<Record<string, RegExp>> = {
  death: /\b(?:died|dies|death|killed)\b/i,
  arrest: /\b(?:arrested|arrest)\b/i,
  funeral: /\b(?:funeral|buried|burial)\b/i,
  election: /\b(?:elected|election)\b/i,
  wedding: /\b(?:married|wedding)\b/i,
  release: /\b(?:released|release|freed)\b/i,
  disappearance: /\b(?:disappeared|disappearance|vanished)\b/i,
  ...ANCHOR_EVENTS,
};

/**
 * Speakers who are one side of a dispute: what they say happened is their claim, told with them ("Plaintiffs say the
 * landlord ignored the damp", not "Landlord ignored the damp"). Singular and plural forms.
 */
export const PARTY_SPEAKERS: ReadonlySet<string> = new Set(
  'prosecutor prosecutors prosecution defence defense lawyer lawyers attorney attorneys plaintiff plaintiffs accuser accusers critic critics lawsuit indictment complaint'.split(' '),
);
