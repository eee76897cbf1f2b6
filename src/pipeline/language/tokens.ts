// Words of a sentence with a coarse part-of-speech guess (compromise's lexicon plus suffixes and a
// few context fixes): made once per sentence when sentences are split, read by the headline, merge
// and cross-document steps. Deterministic and microseconds per sentence.

import nlp from 'compromise';
import { ADVERBIAL_LEADS, PERSON_NOUNS, SENTENCE_ADVERBS } from '../lexicon';

export type Tag =
  | 'det' | 'poss' | 'pron' | 'prep' | 'aux' | 'modal' | 'verb' | 'ving' | 'ven' | 'noun' | 'name'
  | 'adj' | 'adv' | 'num' | 'conj' | 'sub' | 'rel' | 'neg' | 'to' | 'punct' | 'quote';

export interface Token {
  text: string;
  lower: string;
  /** Offsets into the sentence text. */
  start: number;
  end: number;
  tag: Tag;
}

const words = (s: string) => new Set(s.split(' '));
const DETERMINERS = words('the a an this these those each every any some no another both either neither');
const POSSESSIVES = words('its his her their our my your whose');
export const PRONOUNS = words('he she they it we i you him them me one someone nobody everyone');
const PREPOSITIONS = words(
  'of in on at by for with from into onto over under about against between among through during since until till ' +
    'after before without within across toward towards amid amidst despite near around behind beyond per via upon ' +
    'following throughout along beside besides inside outside than like unlike off out up down',
);
/** Whether a word is a preposition, whatever the tagger read it as ("In" after a dateline's dash is taken for a name). */
export const isPreposition = (lower: string) => PREPOSITIONS.has(lower);
const AUXILIARIES = words('is are was were be been being am has have had do does did');
/** The modal auxiliaries. */
export const MODALS = words('will would can could may might must shall should');
const CONJUNCTIONS = words('and or nor');
/** Words that open a subordinate or coordinate clause. */
const SUBORDINATORS = words('because although though while whereas unless if once whether but yet so');
export const RELATIVES = words('which who whom whose that where when');
const NEGATIONS = words("not never n't");

const LEXICON = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> }; two: { switches: Record<string, string> } } }).model();

/** Whether compromise's lexicon knows the word (lower case). */
export function knownWord(lower: string): boolean {
  return LEXICON.one.lexicon[lower] !== undefined;
}

/** Whether compromise's lexicon knows a word (lower case) as a common noun or an adjective and not as a place: "budget", "match", not "france". */
export function commonNotPlace(lower: string): boolean {
  const tags = lexiconTags(lower);
  return tags.some((t) => /^(?:Singular|Plural|Noun|Adjective)$/.test(t)) && !tags.some((t) => /^(?:Place|Country|City|Region|ProperNoun)$/.test(t));
}

/** The tags compromise's lexicon gives a word (lower case), none when it does not know it. */
function lexiconTags(lower: string): readonly string[] {
  const entry = LEXICON.one.lexicon[lower];
  return entry === undefined ? [] : Array.isArray(entry) ? entry : [entry];
}

/** Whether compromise's lexicon knows the word (lower case) only as a proper one, written with a capital: "american", "europe". */
export function properWord(lower: string): boolean {
  const tags = lexiconTags(lower);
  return tags.length > 0 && tags.every((t) => /^(?:Demonym|ProperNoun|Place|Country|City|Region|Organization|FirstName|LastName|Person|MaleName|FemaleName)$/.test(t));
}

/**
 * Whether a word (lower case) is a plural the lexicon knows only as a common noun: "experts", "officials", "signs"; not
 * a people's name ("americans") nor a word it does not know ("democrats").
 */
export function commonPlural(lower: string): boolean {
  const tags = lexiconTags(lower);
  return tags.includes('Plural') && tags.every((t) => t === 'Plural' || t === 'Actor');
}

/** The sex compromise's lexicon gives a first name (lower case): "ann" female, "tom" male; null for "mark", "jean" or none. */
export function firstNameSex(lower: string): 'female' | 'male' | null {
  const tags = lexiconTags(lower);
  return tags.includes('FemaleName') ? 'female' : tags.includes('MaleName') ? 'male' : null;
}

/**
 * Whether a word (lower case) may be a person's surname: one compromise's lexicon does not know, or knows only as a
 * person's name ("roe"); not a common word ("sand"), a place's ("texas"), nor a noun for people ("rescuers").
 */
export function maySurname(lower: string): boolean {
  const tags = lexiconTags(lower);
  if (!tags.length) return !personNoun(lower) && !personNoun(lower.replace(/s$/u, ''));
  return tags.every((t) => /^(?:ProperNoun|FirstName|LastName|Person|MaleName|FemaleName)$/.test(t));
}

/** Whether compromise's lexicon reads the word as a noun or a verb alike: "walks", "wear", "shows" (tagged as nouns). */
export function nounOrVerb(lower: string): boolean {
  const sw = LEXICON.two.switches[lower];
  return sw === 'Noun|Verb' || sw === 'Plural|Verb';
}

/**
 * Whether a word (lower case) is a noun for a person: one of the lexicon's `PERSON_NOUNS`, or one compromise's lexicon
 * knows as an actor's ("physician", "organizer", "spokesperson"; a British "-iser" read as the "-izer" it spells).
 */
export function personNoun(lower: string): boolean {
  if (PERSON_NOUNS.has(lower)) return true;
  const tags = lexiconTags(lower);
  return (tags.length ? tags : lexiconTags(lower.replace(/iser$/, 'izer'))).includes('Actor');
}

/** Whether compromise's lexicon reads the word as a past tense ("went", "sank"). */
export function pastTense(lower: string): boolean {
  return lexiconTags(lower).includes('PastTense');
}

/** "hold" → "held", "launch" → "launched": a verb's past tense from its plain form, by compromise's conjugation; null when it gives none. */
export function pastOfPlain(verb: string): string | null {
  const past = (nlp(`they ${verb}`).verbs() as unknown as { toPastTense(): { text(): string } }).toPastTense().text();
  return /^\p{Ll}+$/u.test(past) ? past : null;
}

/** "visiting" → "visited", "exploring" → "explored": the past tense of a regular verb's -ing form, when the lexicon knows it; else null. */
export function pastOf(ving: string): string | null {
  if (!/ing$/.test(ving)) return null;
  const stem = ving.slice(0, -3);
  for (const past of [`${stem}ed`, `${stem}d`, `${stem}ied`.replace(/yied$/, 'ied')]) {
    if (pastTense(past)) return past;
  }
  return null;
}

/** Coarse tag of an open-class word from compromise's lexicon and its ending. */
function lexicalTag(lower: string): Tag {
  const tags = lexiconTags(lower);
  const sw = LEXICON.two.switches[lower];
  if (nounOrVerb(lower) || sw === 'Noun|Gerund') return tags.includes('Gerund') ? 'ving' : 'noun';
  if (sw === 'Adj|Past') return 'ven';
  for (const t of tags) {
    if (t === 'PastTense') return 'verb';
    if (t === 'Participle') return 'ven';
    if (t === 'Gerund') return 'ving';
    if (t === 'Infinitive' || t === 'PresentTense' || t === 'Verb' || t === 'Copula') return 'verb';
    if (t === 'Adverb') return 'adv';
    if (t === 'Adjective' || t === 'Comparative' || t === 'Superlative') return 'adj';
    if (t === 'Cardinal' || t === 'Ordinal' || t === 'Value' || t === 'TextValue') return 'num';
    if (t === 'Determiner') return 'det';
    if (t === 'Preposition') return 'prep';
    if (t === 'Pronoun') return 'pron';
  }
  if (tags.length) return 'noun';
  if (/\d/.test(lower)) return 'num';
  if (lower.length > 4 && lower.endsWith('ly')) return 'adv';
  if (lower.length > 4 && lower.endsWith('ing')) return 'ving';
  if (lower.length > 3 && lower.endsWith('ed')) return 'verb';
  return 'noun';
}

/**
 * The auxiliary a one-word negative contraction is made from: "shouldn't" → "should", "doesn't" → "does", "can't" →
 * "can", "won't" → "will"; null for any other word. The tokenizer keeps "shouldn't" one word (it keeps inner
 * apostrophes, as in "it's"), and the lexicon does not know it, so without this it was read as a noun.
 */
export function negatedAuxiliary(lower: string): string | null {
  const m = /^(\p{Ll}+)n['’]t$/u.exec(lower);
  if (!m) return null;
  const base = ({ ca: 'can', wo: 'will', sha: 'shall', ai: 'is' } as Record<string, string>)[m[1]] ?? m[1];
  return AUXILIARIES.has(base) || MODALS.has(base) || base === 'need' ? base : null;
}

/** Whether a word denies its clause: "not", "never", or a contraction with "n't" ("didn't", "won't"). */
export const isNegation = (t: Token | undefined) => !!t && (t.tag === 'neg' || negatedAuxiliary(t.lower) !== null);

function closedTag(lower: string): Tag | null {
  if (lower === 'to') return 'to';
  // ("the ban shouldn't stand", "Norvex doesn't plan": a negated auxiliary is still the auxiliary, see negatedAuxiliary)
  const negated = negatedAuxiliary(lower);
  if (negated) return MODALS.has(negated) || negated === 'need' ? 'modal' : 'aux';
  if (DETERMINERS.has(lower)) return 'det';
  if (POSSESSIVES.has(lower)) return 'poss';
  if (PRONOUNS.has(lower)) return 'pron';
  if (AUXILIARIES.has(lower)) return 'aux';
  if (MODALS.has(lower)) return 'modal';
  if (CONJUNCTIONS.has(lower)) return 'conj';
  if (NEGATIONS.has(lower)) return 'neg';
  if (RELATIVES.has(lower)) return 'rel';
  if (SUBORDINATORS.has(lower)) return 'sub';
  if (PREPOSITIONS.has(lower)) return 'prep';
  return null;
}

const QUOTES = new Set(['"', '“', '”', '„', '«', '»', "'", '‘', '’', '`']);
// A word keeps inner apostrophes, hyphens and dots ("it's", "Franco-German", "U.S"); one separator
// between letter runs, so matching stays linear. "40,000" is one number.
const TOKEN = /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|[\p{L}\p{N}]+(?:['’\-.&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Splits a sentence into words and punctuation, each with a coarse part-of-speech guess. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let wordsSoFar = 0;
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    const lower = t.toLowerCase();
    let tag: Tag;
    if (!/[\p{L}\p{N}]/u.test(t)) tag = QUOTES.has(t) ? 'quote' : 'punct';
    else if (/^\p{Lu}/u.test(t) && wordsSoFar > 0) tag = 'name';
    else if (/^\p{Lu}/u.test(t)) {
      // Sentence-initial capitals hide the word class: trust the lexicon, else it is a name.
      // ("May 2009 The club hires a coach", "May 3 - Talks open": the month before its day or year, not "May I ask")
      if (lower === 'may' && /^\s+\d/.test(text.slice(m.index! + t.length))) tag = 'name';
      // ("Elsewhere, crews ...", "Separately, the board ...": a sentence adverb, see openingAdverb)
      else if (t !== t.toUpperCase() && openingAdverb(lower, ADVERB_FOLLOWS.test(text.slice(m.index! + t.length)))) tag = 'adv';
      else tag = closedTag(lower) ?? (LEXICON.one.lexicon[lower] !== undefined && t !== t.toUpperCase() ? lexicalTag(lower) : 'name');
    } else tag = closedTag(lower) ?? lexicalTag(lower);
    if (tag !== 'quote' && tag !== 'punct') wordsSoFar++;
    tokens.push({ text: t, lower, start: m.index!, end: m.index! + t.length, tag });
  }
  retagInContext(tokens);
  return tokens;
}

/** What follows a sentence adverb: its comma, or the clause's subject opening with an article or a pronoun. */
const ADVERB_FOLLOWS = /^\s*(?:,|(?:the|a|an|this|that|these|those|he|she|it|they|we|i|you|his|her|its|their|our|my|there)\b)/i;

/**
 * Whether a capitalised word opening a sentence is an adverb: one of SENTENCE_ADVERBS, or a word in -ly the lexicon does
 * not know made from a word it does ("Separately" from "separate", "Tragically" from "tragic", "Happily" from "happy",
 * "Notably" from "notable", "Reportedly" from "reported") set off by its comma or before the clause's subject ("Tragically
 * the boy died"), not a name in -ly ("Kelly", "Italy", "Beverly"; "McNally said", "Manly beach": a name's verb or noun
 * follows it).
 */
function openingAdverb(lower: string, beforeClause: boolean): boolean {
  if (SENTENCE_ADVERBS.has(lower)) return true;
  if (!beforeClause || knownWord(lower) || !/ly$/.test(lower)) return false;
  const stem = lower.slice(0, -2);
  // (the lexicon leaves most adjectives to its suffix rules: "previous", "unfortunate", "notable" are read by their endings)
  return /.{3}(?:ic|ous|ate|ab|ib|ent|ant|ive|ful|less|al|ed|ing|ar|ary|ern|ish)$/.test(stem)
    || [stem, `${stem}e`, stem.replace(/i$/, 'y')].some((s) => s.length > 2 && knownWord(s) && !properWord(s));
}

export const isVerbal = (t: Token | undefined) => !!t && (t.tag === 'verb' || t.tag === 'aux' || t.tag === 'modal' || t.tag === 'ven');
/** A past participle, or a past tense in -ed/-en the tagger read where one may stand: "reopened", "closed", "shaken". */
export const readsAsParticiple = (t: Token | undefined) => !!t && (t.tag === 'ven' || (t.tag === 'verb' && /(?:ed|en)$/.test(t.lower)));
export const isNominal = (t: Token | undefined) => !!t && (t.tag === 'noun' || t.tag === 'name' || t.tag === 'pron' || t.tag === 'num');

/** Fixes the commonest lexicon guesses from their neighbours: "to vote", "will talk", "the attack". */
function retagInContext(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    const entry = LEXICON.two.switches[t.lower];
    // ("the board didn't vote": after a negated "do" the plain form is the verb, as after "did not")
    if (t.tag === 'noun' && (prev.tag === 'modal' || prev.tag === 'to' || entry && (prev.tag === 'pron' && prev.lower !== 'it' || isNegation(prev)))) {
      t.tag = 'verb';
    }
    if (t.tag === 'ven' && (isNominal(prev) || prev.tag === 'aux' || prev.tag === 'adv')) t.tag = 'verb';
    if ((t.tag === 'verb' || t.tag === 'ven') && (prev.tag === 'det' || prev.tag === 'poss')) t.tag = 'adj';
  }
  // "the oil well", "Ridge well has": after a determiner, an adjective or a noun, "well" is the thing dug
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1];
    if (tokens[i].lower === 'well' && (prev.tag === 'det' || prev.tag === 'poss' || prev.tag === 'noun' || prev.tag === 'name' || prev.tag === 'adj' && prev.lower !== 'as')) tokens[i].tag = 'noun';
  }
  // "the drought demonstrates a need": a word in -s between a noun and a determiner is a verb with its object
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t.tag === 'noun' && /[^su']s$/.test(t.lower) && (tokens[i + 1].tag === 'det' || tokens[i + 1].tag === 'poss') && /^(?:noun|name|adj)$/.test(tokens[i - 1].tag)) t.tag = 'verb';
  }
  // "the figures, released in May, show that": a word that is noun or verb, before "that" after a comma or a
  // plural noun, is the verb whose clause follows ("the claims that" keeps its noun after the article)
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (t.tag === 'noun' && LEXICON.two.switches[t.lower] && tokens[i + 1].lower === 'that' && (prev.text === ',' || prev.tag === 'noun' && /[^s']s$/.test(prev.lower))) t.tag = 'verb';
  }
  // "engineers were": a present-tense form right before an auxiliary is the subject, a noun.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (t.tag === 'verb' && t.lower.endsWith('s') && (next.tag === 'aux' || next.tag === 'modal')) t.tag = 'noun';
  }
}

/**
 * "as the mayor travels to Lowmere", "while Ann Roe flies to Paris": after a clause's opener, a word in -s that is noun
 * or verb alike, after a singular subject and before a preposition, is the clause's verb when the clause has no other
 * ("as the town's water supplies to the east ran low" keeps its noun). Read in titles only (`refineTags`).
 */
function clauseVerbInS(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const head = tokens[i - 1];
  if (!head || !/[^su']s$/.test(t.lower) || !nounOrVerb(t.lower) || !/^(?:prep|to)$/.test(tokens[i + 1]?.tag ?? '')) return false;
  // ("after Ann Roe's remarks on Monday": after a plural or a possessive it is a noun)
  if (!(head.tag === 'name' || head.tag === 'noun') || /s$/.test(head.lower)) return false;
  let k = i - 1;
  while (k > 0 && /^(?:noun|name|adj|det|poss)$/.test(tokens[k - 1].tag) && tokens[k].tag !== 'det') k--;
  if (!ADVERBIAL_LEADS.has(tokens[k - 1]?.lower ?? '')) return false;
  let end = i + 1;
  while (end < tokens.length && tokens[end].tag !== 'punct' && tokens[end].tag !== 'sub' && !ADVERBIAL_LEADS.has(tokens[end].lower)) end++;
  return !tokens.slice(k, end).some((w, n) => k + n !== i && isVerbal(w));
}

/** A word of a statistical tagger's reading of the same text (Universal Dependencies part of speech). */
export interface TaggedWord {
  text: string;
  pos: string;
  start: number;
}

/** "reveal Varn suffered", "show Ana Ruiz had left": a name, then a verb, after a word read as a noun. */
function toldName(tokens: readonly Token[], i: number): boolean {
  let k = i + 1;
  while (tokens[k]?.tag === 'name') k++;
  return k > i + 1 && /^(?:verb|aux|modal)$/.test(tokens[k]?.tag ?? '') && /^(?:reveal|show|say|report|claim|warn|suggest|confirm|indicate)$/.test(tokens[i].lower);
}

/**
 * The lexicon's guesses corrected by a statistical tagger's reading of the same sentence, where the
 * two disagree on an open-class word in a way the lexicon is known to get wrong: "is eerily similar"
 * (an adjective, not a noun), "according to findings" (a noun, not a verb), "could be flowing" (a verb).
 * Returns new tokens; the sentence's own are shared with other stages and left as they are.
 */
export function refineTags(tokens: readonly Token[], words: readonly TaggedWord[]): Token[] {
  const byStart = new Map<number, TaggedWord>();
  for (const w of words) byStart.set(w.start, w);
  return tokens.map((t, i) => {
    const w = byStart.get(t.start);
    if (!w || w.text !== t.text) return t;
    const prev = tokens[i - 1];
    let tag = t.tag;
    // "as the mayor travels to Lowmere": the verb of a clause opened by "as", "while"... (see clauseVerbInS)
    if (t.tag === 'noun' && clauseVerbInS(tokens, i)) tag = 'verb';
    else if (t.tag === 'noun' && w.pos === 'ADJ') tag = 'adj';
    // "the index hits a record", not "Harbor hedge funds": a verb takes an object or a phrase, not a noun straight after
    // (", beat Kim": after an appositive's comma, a verb's object may be a name)
    // ("files reveal Varn lost a plant": a name with its own verb after it is what is told, not an object)
    // ("the panel, which holds hearings on Monday": a relative pronoun's verb takes its object like any verb; not "that",
    // which also opens a said clause whose subject may be a noun the lexicon calls a verb: "stressed that tap water was safe")
    else if (t.tag === 'noun' && w.pos === 'VERB' && prev && prev.tag !== 'det' && prev.tag !== 'poss' && prev.tag !== 'adj' && (prev.text === ',' || (prev.lower === 'which' || prev.lower === 'who') || !/^(?:noun|name)$/.test(tokens[i + 1]?.tag ?? '') || toldName(tokens, i))) tag = /ing$/.test(t.lower) ? 'ving' : 'verb';
    // (", show that the deficit": a verb whose clause follows is kept, see retagInContext)
    else if (t.tag === 'verb' && w.pos === 'NOUN' && prev?.tag !== 'modal' && prev?.tag !== 'pron' && !(prev?.text === ',' && tokens[i + 1]?.lower === 'that')) tag = 'noun';
    else if (t.tag === 'adj' && w.pos === 'VERB' && /ing$/.test(t.lower) && prev?.tag === 'aux') tag = 'ving';
    else if (t.tag === 'adv' && w.pos === 'NOUN') tag = 'noun';
    return tag === t.tag ? t : { ...t, tag };
  });
}
