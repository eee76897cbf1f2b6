// The tense around a temporal expression, HeidelTime-style: the nearest tense-bearing verb group
// before the expression in its sentence, else the first one after it. "said Wednesday" is past,
// "will resume on Tuesday" future; a present-tense sentence gives no tense.

import { tokenize, type Tag } from '../language/tokens';
import { AIM_NOUNS, ASKING, KEPT_UNTIL, SAME_FORM_PASTS, WEEKDAY } from '../lexicon';
import type { Tense } from './calendar';

interface Marker {
  start: number;
  end: number;
  tense: 'past' | 'future';
  /** An infinitive's "to": it looks ahead only inside its own phrase. */
  infinitive?: boolean;
  /** A present verb in a clause of time or condition: it points only a weekday ahead (see tenseMarkers). */
  weekdayOnly?: boolean;
  /** A present verb right after a weekday fronted in its relative clause ("the committee that on Monday opens"): it is that day's verb. */
  fronted?: boolean;
}

const FUTURE_WORDS = new Set(['will', "'ll", 'shall', "won't", 'wont', 'would', "wouldn't", 'may', 'might', 'could', 'should', 'must', 'upcoming', 'forthcoming', 'tomorrow', 'soon', 'gonna']);
/** Words that look forward when followed by "to": "plans to", "is expected to", "agreed to meet". */
export const FORWARD_BEFORE_TO: ReadonlySet<string> = new Set([
  'plan', 'plans', 'planned', 'planning', 'expected', 'expects', 'expect', 'set', 'due', 'scheduled', 'slated', 'poised', 'going',
  'intend', 'intends', 'intended', 'aim', 'aims', 'aimed', 'hope', 'hopes', 'hoped', 'want', 'wants', 'wanted', 'vowed', 'vows',
  'promised', 'promises', 'pledged', 'pledges', 'threatened', 'threatens', 'agreed', 'agrees', 'likely', 'ready', 'prepared',
  'preparing', 'prepares', 'decided', 'decides', 'seeks', 'seeking', 'sought', 'about', 'unlikely', 'bound', 'committed', 'ordered', 'summoned', 'supposed',
]);
/** Verbs whose forward "to" comes after an object: "expects the deal to close", "wants the council to vote". */
export const FORWARD_OBJECT_TO: ReadonlySet<string> = new Set(['expect', 'expects', 'expected', 'expecting', 'want', 'wants', 'wanted', 'forecast', 'forecasts', 'forecasting']);
/** How many words an object between such a verb and its "to" may take: "expects the $2 billion deal to". */
export const FORWARD_OBJECT_REACH = 6;
/** Forward-looking on their own: "the vote, expected on Friday". */
const FORWARD_ALONE = new Set(['expected', 'scheduled', 'slated', 'due', 'planned', 'upcoming', 'next', 'coming']);
const PAST_WORDS = new Set([
  'said', 'told', 'was', 'were', 'had', "hadn't", "wasn't", "weren't", "didn't", 'did', 'ago', 'met', 'began', 'took', 'made', 'went', 'came',
  'saw', 'gave', 'held', 'left', 'led', 'won', 'lost', 'fell', 'rose', 'struck', 'sent', 'spent', 'spoke', 'wrote', 'brought', 'bought',
  'caught', 'thought', 'found', 'kept', 'paid', 'ran', 'became', 'broke', 'chose', 'drove', 'flew', 'got', 'grew', 'knew', 'laid',
  'meant', 'sold', 'shot', 'stood', 'stole', 'swore', 'tore', 'threw', 'understood', 'woke', 'wore', 'withdrew', 'overtook', 'undertook',
  'forgot', 'hid', 'fought', 'taught', 'sought', 'felt', 'heard', 'lit', 'slid', 'fled', 'bled', 'fed', 'wept', 'swept', 'sank', 'sprang',
  'stuck', 'struck', 'beat', 'bore', 'drew', 'froze', 'rode', 'rang', 'sang', 'shook', 'spun', 'strove', 'swam', 'underwent',
  'oversaw', 'foresaw', 'upheld', 'withheld', 'overthrew', 'mistook', 'reportedly', 'previously', 'earlier', 'recently',
]);
const SUBJECT_DETERMINER = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our']);
/** Words after which the bare form describes the noun before it ("the rates cut by the bank", "a deal cut for them"). */
const AFTER_PARTICIPLE = new Set(['for', 'to', 'by', 'and', 'or', 'off', 'short', 'as']);

/** Words in -ed that are not past-tense verbs. */
const NOT_PAST = new Set([
  'hundred', 'kindred', 'sacred', 'naked', 'wicked', 'wretched', 'rugged', 'beloved', 'united', 'limited', 'red', 'bed', 'shed',
  'based', 'related', 'interested', 'concerned', 'supposed', 'alleged', 'armed', 'detailed', 'experienced', 'skilled', 'talented',
  'so-called', 'ragged', 'learned', 'aged', 'crooked', 'dogged', 'jagged', 'tired', 'bored', 'worried', 'advanced', 'embed', 'sled',
  'fled', 'led', 'fed', 'bled', 'wed', 'ted', 'med', 'ed', 'biased', 'unprecedented', 'unexpected', 'unidentified', 'unnamed',
  'expected', 'scheduled', 'slated', 'planned', 'proposed', 'reported',
]);
/** A present "be" before "to" and a verb: an arrangement ("are to meet"). */
const BE_PRESENT = new Set(['is', 'are', 'am', "'re"]);
/** A past "be" before "to" and a verb: an arrangement told in the past ("were to meet"). */
const BE_PAST = new Set(['was', 'were']);
/** The forms of "be" a progressive is told with: "is coming", "were coming". */
const BE_FORMS = new Set(['is', 'are', 'am', "'re", "'s", "'m", 'was', 'were', 'be', 'been']);
/** Words after "is to" that are no verb of an arrangement: "is to blame", "is to the north", "is to be" (the passive reads itself). */
const NOT_BARE_VERB = /^(?:blame|be|the|a|an|this|that|its|his|her|their|our|my|your|some|all|no)$/;
const PRESENT_PASSIVE = new Set(['is', 'are', 'am', 'be', 'being', "isn't", "aren't", "'s", "'re"]);
/** Words after which an -ed word describes a noun rather than telling what happened, degree words too: "for more extended periods", "a very crowded ward". */
const BEFORE_ADJECTIVE = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'still', 'yet', 'more', 'most', 'less', 'least', 'very']);
const PERFECT_AUX = new Set(['had', 'has', 'have', "'d", "'ve"]);
/** Prepositions after which an -ed word is an adjective before its noun: "for invited guests", "with armed guards". */
const PREPOSITION_BEFORE_ADJECTIVE = new Set(['for', 'with', 'of', 'from', 'into', 'among', 'against', 'without', 'by']);

const WORD = /[A-Za-z]+(?:['’][a-z]+)?|['’](?:ll|s|re|d|ve)\b/g;

/** Scans a sentence once for its tense-bearing words. */
export function tenseMarkers(sentence: string): Marker[] {
  const markers: Marker[] = [];
  const words: { w: string; start: number; end: number }[] = [];
  // (the tagger's reading of the words, made only when a verb in the present needs telling from a plural noun)
  let tags: Map<number, Tag> | undefined;
  for (const m of sentence.matchAll(WORD)) words.push({ w: m[0].toLowerCase().replace('’', "'"), start: m.index, end: m.index + m[0].length });
  for (let i = 0; i < words.length; i++) {
    const { w, start, end } = words[i];
    const prev = words[i - 1]?.w;
    const next = words[i + 1]?.w;
    // "will be fully restored", "to be formally signed": the verb group's words around an adverb
    const auxBefore = words[i - 1 - innerAdverbs(words, i, -1)]?.w;
    const verbAfter = words[i + 1 + innerAdverbs(words, i, 1)]?.w;
    let tense: Marker['tense'] | null = null;
    if (w.endsWith("'ll")) tense = 'future';
    // "may have been", "could have left": a modal with a perfect looks back, not ahead
    else if (PERFECT_MODALS.has(w) && next === 'have' && words[i + 2] !== undefined && (PAST_WORDS.has(words[i + 2].w) || isParticiple(words[i + 2].w) || words[i + 2].w === 'been')) tense = 'past';
    // "could not be reached on Monday", "neither he nor his aide could be found": an ability denied, already
    else if ((w === 'could' && (next === 'not' || deniedSubject(words, i, sentence))) || w === "couldn't") {
      const be = w === 'could' && next === 'not' ? i + 2 : i + 1;
      tense = words[be]?.w === 'be' && isParticiple(words[be + 1]?.w ?? '') ? 'past' : 'future';
    }
    else if (FUTURE_WORDS.has(w)) tense = w === 'may' && /^M/.test(sentence.slice(start, end)) && start > 0 ? null : 'future';
    // "next to the station", "next door": a place, not a time
    else if (w === 'next' && (words[i + 1]?.w === 'to' || words[i + 1]?.w === 'door')) tense = null;
    // "had been due to expire", "had been scheduled for": a plan told in the pluperfect was for the past
    else if ((FORWARD_ALONE.has(w) || FORWARD_BEFORE_TO.has(w)) && pluperfectBefore(words, i)) tense = 'past';
    else if (w === 'to' && prev !== undefined && FORWARD_BEFORE_TO.has(prev) && pluperfectBefore(words, i - 1)) tense = 'past';
    // "had planned to join the board in May", "had hoped to finish by June": an aim held before the time of the telling,
    // whose month or year has mostly gone by; a weekday so planned ("had planned to hold a parade on Sunday", since
    // called off) is still the coming one
    else if ((UNMET_AIMS.has(w) && next === 'to' && aimHeldBefore(words, i)) || (w === 'to' && UNMET_AIMS.has(prev ?? '') && aimHeldBefore(words, i - 1))) {
      markers.push({ start, end, tense: 'future', weekdayOnly: true, ...(w === 'to' ? { infinitive: true } : {}) });
      continue;
    }
    else if (w === 'to' && prev !== undefined && FORWARD_BEFORE_TO.has(prev)) tense = 'future';
    // "ministers are to meet on Thursday", "the president is to visit": an arrangement, ahead; told in the past, "the two
    // envoys were to fly out on Monday", it still looks ahead from then (not "their mission was to find shelter": what a
    // thing was for; "that is to say", "it is to help": a present "it" is mostly the aim's; a past "it was to try on
    // Monday", the firm's arrangement told in the story's tense, looks ahead as "the firm was to try" does)
    else if (w === 'to' && prev !== undefined && (BE_PRESENT.has(prev) || (BE_PAST.has(prev) && !AIM_NOUNS.has(words[i - 2]?.w ?? ''))) && next !== undefined && words[i - 2] !== undefined && !(/^(?:there|it|this|that|what)$/.test(words[i - 2].w) && !(words[i - 2].w === 'it' && prev === 'was')) && !NOT_BARE_VERB.test(next)) tense = 'future';
    else if (w === 'to' && governedAcrossObject(words, i, sentence)) tense = 'future';
    // "an event to be held on October 12", "to be released in mid-2011": a passive infinitive looks ahead
    // (not after the object of a verb that made it so, told in the past: "forced the pier to be shut on Sunday"; "has
    // got to be shut", with no object, is a duty ahead)
    else if (w === 'be' && prev === 'to' && verbAfter !== undefined && isParticiple(verbAfter)) tense = words[i - 2]?.w !== 'got' && governedAcrossObject(words, i - 1, sentence, CAUSED_IN_PAST) ? 'past' : 'future';
    // "be held", "is held": a participle after a present or infinitive "be" carries no past tense
    else if (auxBefore !== undefined && (auxBefore === 'be' || PRESENT_PASSIVE.has(auxBefore)) && PAST_WORDS.has(w) && isParticiple(w)) tense = null;
    // "to start getting hit in the spring", "get beaten": a participle after a present "get" is a passive, no past tense
    else if (prev !== undefined && /^(?:get|gets|getting)$/.test(prev) && (PAST_WORDS.has(w) || isParticiple(w) || w.endsWith('en'))) tense = null;
    // "the coming weeks", "in coming days" look ahead, and so does "is coming on Monday" (a progressive told of a plan);
    // "oil began coming ashore", "storms coming ashore on Tuesday": a verb after another or a participle, no tense
    else if (w === 'coming' && !BEFORE_ADJECTIVE.has(prev ?? '') && !/^(?:in|over|for|during)$/.test(prev ?? '') && !BE_FORMS.has(auxBefore ?? '')) tense = null;
    else if (FORWARD_ALONE.has(w)) {
      // "as expected" and "than expected" look back; "had planned" is past; "was expected to" still looks forward
      // ("as previously planned", "than originally expected" too)
      if (prev === 'as' || prev === 'than' || (/^(?:previously|originally|initially)$/.test(prev ?? '') && /^(?:as|than)$/.test(words[i - 2]?.w ?? ''))) tense = null;
      // "had planned a visit" is past; "was planned for early May" is on the calendar
      else tense = w === 'planned' && PERFECT_AUX.has(prev ?? '') && next !== 'to' ? 'past' : 'future';
    }
    // "if the ferry is repaired in June", "when the case is heard in May": a present "be" in a clause of time or
    // condition tells what lies ahead, whatever the tense of the clause around it; so does a present verb of its own
    // for a weekday ("said that when the mayor visits the mill on Tuesday, she will ask", "once the ministers meet on
    // Friday"): one named day is the coming one, where a month or a season in the present is as often a habit ("when
    // the river floods in spring") or a term whose year is told elsewhere ("when his term ends in June of that year")
    else if (subordinateBefore(words, i, sentence) && BE_PRESENT.has(w) && next !== 'to') tense = 'future';
    else if (subordinateBefore(words, i, sentence) && presentVerb(words, i, (tags ??= tagsByStart(sentence)))) {
      markers.push({ start, end, tense: 'future', weekdayOnly: true });
      continue;
    }
    // "the committee that on Monday opens its inquiry": a weekday fronted in a relative clause is the day of the present
    // verb after it, the coming one, whatever the tense of the clause around it
    else if (i >= 2 && RELATIVE_WEEKDAY.test(sentence.slice(0, start)) && singularPresentVerb(words, i, (tags ??= tagsByStart(sentence)))) {
      markers.push({ start, end, tense: 'future', weekdayOnly: true, fronted: true });
      continue;
    }
    else if (PAST_WORDS.has(w) || bareFormPast(words, i, sentence)) tense = 'past';
    else if (w.length > 4 && w.endsWith('ed') && !NOT_PAST.has(w) && !(w.endsWith('eed') && !/^(agreed|freed|decreed|guaranteed)$/.test(w))) {
      // "a yet unnamed date", "the revised plan", "a show for invited guests": after a determiner or a preposition an
      // -ed word is an adjective
      tense = auxBefore !== undefined && (PRESENT_PASSIVE.has(auxBefore) || BEFORE_ADJECTIVE.has(auxBefore) || PREPOSITION_BEFORE_ADJECTIVE.has(prev ?? '')) ? null : 'past';
    }
    if (tense) markers.push(w === 'to' || (w === 'be' && prev === 'to') ? { start, end, tense, infinitive: true } : { start, end, tense });
  }
  return markers;
}

/**
 * "The company cut 300 jobs", "Norvex hit its target": a verb whose past is its bare form (SAME_FORM_PASTS) right after
 * a singular subject, where a present would be "cuts", is past; the tagger often reads it as a noun ("storm hit").
 */
function bareFormPast(words: { w: string; start: number }[], i: number, sentence: string): boolean {
  // ("set" is the schedule's word too: "the vote set Friday" is arranged for that day, not held on it)
  if (!SAME_FORM_PASTS.has(words[i].w) || words[i].w === 'set' || i === 0 || AFTER_PARTICIPLE.has(words[i + 1]?.w ?? '')) return false;
  const subject = words[i - 1];
  if (/s$/.test(subject.w) || FUTURE_WORDS.has(subject.w) || PAST_WORDS.has(subject.w)) return false;
  // a noun after a determiner ("the storm"), or a name written with its capital inside the sentence ("then Norvex")
  const named = subject.start > 0 && /^\p{Lu}/u.test(sentence.slice(subject.start, subject.start + 1)) && i >= 2;
  return SUBJECT_DETERMINER.has(words[i - 2]?.w ?? '') || named;
}

/** Adverbs that may stand inside a verb group: "be fully restored", "is not expected", "was quickly repaired". */
const INNER_ADVERB = /^(?:\p{Ll}{3,}ly|not|also|still|already|just|never|now)$/u;
/**
 * How many inner adverbs stand right before (`step` -1: "be formally | signed") or after (`step` 1: "be | formally
 * signed") word i, at most two, never the sentence's first or last word.
 */
function innerAdverbs(words: { w: string }[], i: number, step: 1 | -1): number {
  let k = 0;
  const at = () => i + step * (k + 1);
  while (k < 2 && at() > 0 && at() < words.length - 1 && INNER_ADVERB.test(words[at()].w) && !NOT_ADVERB_LY.has(words[at()].w)) k++;
  return k;
}
/** Words in -ly that are no adverb: "the July vote", "a family member". */
const NOT_ADVERB_LY = new Set(['july', 'family', 'italy', 'only', 'early', 'daily', 'weekly', 'monthly', 'yearly', 'quarterly', 'likely', 'reply', 'supply', 'apply', 'rely', 'fly', 'ally', 'rally', 'belly', 'jelly', 'holy', 'ugly', 'lonely', 'friendly', 'elderly']);

/** Words of a subject that denies its verb: "neither he nor his aide", "nobody", "none of them". */
const DENYING_SUBJECT = new Set(['neither', 'nor', 'nobody', 'none']);
/** How many words before its verb a denying subject may start: "neither the mayor nor her two aides could". */
const DENYING_REACH = 6;
/** Words that open a clause of their own after a comma: "..., but the mayor could". */
const CLAUSE_JOINERS = new Set(['but', 'and', 'or', 'yet', 'so', 'while', 'though', 'although', 'whereas']);

/**
 * True when the subject just before word i denies it: "neither ... nor ...", "nobody", "none of them", "no one",
 * "no official" (a "no" right before the subject's noun, not "no doubt the bill could"). The subject opens after a
 * semicolon, a colon or a comma and a joining word: "He took neither offer, but the mayor could be reached" denies
 * nothing (an aside between commas stays inside it: "None of the pilots, however, could be found").
 */
function deniedSubject(words: { w: string; start: number; end: number }[], i: number, sentence: string): boolean {
  if (words[i - 2]?.w === 'no') return true;
  for (let k = i - 1; k >= Math.max(0, i - DENYING_REACH); k--) {
    const gap = sentence.slice(words[k].end, words[k + 1].start);
    if (/[;:]/.test(gap) || gap.includes(',') && CLAUSE_JOINERS.has(words[k + 1].w)) return false;
    if (DENYING_SUBJECT.has(words[k].w)) return true;
  }
  return false;
}

/** Punctuation between two words that ends the clause being walked back over: a comma, a stop, a bracket, a spaced dash. */
const CLAUSE_BREAK = /[,;:!?()]|\.(?!\d)|\s(?:-|–|—)\s/;

/** Words opening a clause of time or condition, where a present tense looks ahead: "when the pier is rebuilt". */
const AHEAD_SUBORDINATORS = new Set(['when', 'whenever', 'if', 'unless', 'once', 'until', 'till', 'before', 'after']);
/** How many words of a subject may stand between such a word and its "is": "once the new harbour wall is". */
const SUBORDINATE_REACH = 5;

/**
 * True when word i (a present "be") is the verb of a clause of time or condition: a subordinator before it with one
 * to SUBORDINATE_REACH words of its subject between (no punctuation, no quotation mark, no other verb). An "if" after
 * a verb of asking opens a question, not a condition: "the inspector asked if the ferry is late on Monday" asks of now.
 */
function subordinateBefore(words: { w: string; start: number; end: number }[], i: number, sentence: string): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 1 - SUBORDINATE_REACH); k--) {
    const gap = sentence.slice(words[k].end, words[k + 1].start);
    if (CLAUSE_BREAK.test(gap) || /["“”]/.test(gap)) return false;
    const w = words[k].w;
    if (AHEAD_SUBORDINATORS.has(w)) return k < i - 1 && !(w === 'if' && ASKING.has(words[k - 1]?.w ?? ''));
    if (PAST_WORDS.has(w) || FUTURE_WORDS.has(w) || BE_FORMS.has(w) || PERFECT_AUX.has(w)) return false;
  }
  return false;
}

/** The tagger's tag of each word, by where the word starts in the sentence. */
function tagsByStart(sentence: string): Map<number, Tag> {
  return new Map(tokenize(sentence).map((t) => [t.start, t.tag]));
}

/**
 * True when word i is a verb in the present, by the tagger's reading and its form: "visits", "meet" after a plural
 * subject (not "visited", "visiting", nor a bare form that is also a past, "hit", "cut", "the dam burst"), after its
 * subject (not after "to" or a modal). The
 * tagger tells "the president visits" from "the city elections".
 */
function presentVerb(words: { w: string; start: number }[], i: number, tags: Map<number, Tag>): boolean {
  const w = words[i].w;
  if (tags.get(words[i].start) !== 'verb' || /(?:ed|ing)$/.test(w) || PAST_WORDS.has(w) || SAME_FORM_PASTS.has(w) || FUTURE_WORDS.has(w)) return false;
  const prev = words[i - 1]?.w ?? '';
  if (prev === 'to' || FUTURE_WORDS.has(prev) || /^(?:can|do|does|did)$/.test(prev)) return false;
  // ("after the dam burst on Monday": a bare form after a singular subject is a past that keeps its form; the present
  // there is "bursts", so a bare form counts only after a plural subject, "once the ministers meet")
  return /[^s]s$/.test(w) || /^(?:they|we|you|i)$/.test(prev) || /[^s]s$/.test(prev);
}

/** True when word i is a verb in the singular present by the tagger's reading and its form: "opens", not "opened", "was". */
function singularPresentVerb(words: { w: string; start: number }[], i: number, tags: Map<number, Tag>): boolean {
  const w = words[i].w;
  return /[^s]s$/.test(w) && !PAST_WORDS.has(w) && tags.get(words[i].start) === 'verb';
}

/** Modals that look back when a perfect follows: "may have been", "should have known". */
const PERFECT_MODALS = new Set(['may', 'might', 'could', 'would', 'should', 'must']);

/**
 * "had been due", "had previously been set": a passive pluperfect just before word i. ("had planned
 * to" is left alone: a plan that was dropped may still name a day ahead.)
 */
function pluperfectBefore(words: { w: string }[], i: number): boolean {
  return words[i - 1]?.w === 'been' && hadAt(words, i - 2, /^(?:previously|originally|initially|already)$/);
}

/** "had" or "'d" at word j, or just before it when word j is one of `adverbs` ("had originally"). */
function hadAt(words: { w: string }[], j: number, adverbs: RegExp): boolean {
  if (adverbs.test(words[j]?.w ?? '')) j--;
  return words[j]?.w === 'had' || words[j]?.w === "'d";
}

/** Verbs of an aim that, in the pluperfect, tell of a plan made before the time of the telling: "had planned to", "had hoped to". */
const UNMET_AIMS = new Set(['planned', 'hoped', 'intended', 'expected', 'wanted', 'aimed']);

/** "had planned", "had originally hoped": an active pluperfect of word i. */
function aimHeldBefore(words: { w: string }[], i: number): boolean {
  return hadAt(words, i - 1, /^(?:previously|originally|initially|already|once|long)$/);
}

/**
 * A "to" that an earlier forward verb governs across its object, within one clause: "expects the deal to close" (or
 * one of `verbs`: "forced the port to").
 */
function governedAcrossObject(words: { w: string; start: number; end: number }[], i: number, sentence: string, verbs: ReadonlySet<string> = FORWARD_OBJECT_TO): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 1 - FORWARD_OBJECT_REACH); j--) {
    if (CLAUSE_BREAK.test(sentence.slice(words[j].end, words[j + 1].start))) return false;
    if (verbs.has(words[j].w)) return true;
    // another verb in between starts a clause of its own: "expected sales rose to a record"
    const w = words[j].w;
    if (PAST_WORDS.has(w) || w === 'to' || (w.length > 4 && w.endsWith('ed') && !NOT_PAST.has(w))) return false;
  }
  return false;
}

/** Verbs, told in the past, whose object and "to" tell what they brought about: "forced the port to be shut". */
const CAUSED_IN_PAST: ReadonlySet<string> = new Set(['forced', 'caused', 'compelled', 'obliged', 'prompted', 'got']);

/** Past participles that also sit in PAST_WORDS or end in -ed: "held", "released". */
function isParticiple(w: string): boolean {
  return PARTICIPLES.has(w) || (w.length > 4 && w.endsWith('ed') && !NOT_PAST.has(w));
}
const PARTICIPLES = new Set(['held', 'made', 'found', 'kept', 'paid', 'sold', 'sent', 'spent', 'brought', 'bought', 'caught', 'laid', 'led', 'won', 'lost', 'built', 'shot', 'struck', 'told', 'put', 'set', 'shut', 'hit', 'given', 'taken', 'shown', 'seen', 'known', 'done', 'written', 'chosen', 'broken', 'begun', 'withdrawn', 'upheld', 'withheld', 'fed', 'fled', 'met', 'heard', 'felt', 'taught', 'fought', 'sought', 'thought', 'understood']);

/**
 * "appeal Wednesday's verdict", "Tuesday's vote": a day named in the possessive names a
 * happening the reader already knows of, so it looks back whatever the verb ("would seek to appeal")
 * unless something says it is ahead ("ahead of Friday's vote").
 */
export function possessiveLooksBack(sentence: string, start: number, end: number): boolean {
  if (!/^['’]s\b/.test(sentence.slice(end, end + 3)) || /\b(?:ahead\s+of|before|until|till|for|awaiting|await)\s+$/i.test(sentence.slice(Math.max(0, start - 16), start))) return false;
  // ("Saturday's concert, which will be broadcast live, will raise funds": the subject of a verb that looks ahead)
  return !(/^\W*(?:the\s+)?$/i.test(sentence.slice(0, start)) && aheadSubject(sentence.slice(end)));
}

/** A verb group looking ahead: "will raise", "is set to go", "are to meet". */
const AHEAD = /^(?:will|shall|(?:is|are)\s+(?:(?:due|set|scheduled|expected)\s+)?to)\s+\p{Ll}/u;

/**
 * After a day in the possessive that opens a sentence ("'s concert ..."): whether its noun phrase (describing
 * words and nouns, at most four) is the subject of a verb looking ahead, straight after it or in a "which" or
 * "that" clause of the noun ("'s concert will raise", "'s vote is set to", "'s concert, which will be shown").
 * A "will" further on is another clause's ("'s storm means the final will be replayed").
 */
function aheadSubject(rest: string): boolean {
  const tokens = tokenize(rest.replace(/^['’]s/u, ''));
  let k = 0;
  while (k < tokens.length && k < 4 && /^(?:adj|noun)$/.test(tokens[k].tag)) k++;
  if (k === 0) return false;
  // (a place or a setting after the noun: "'s match in the capital will be", "'s talks at the club will start")
  if (/^(?:in|at|on|near|outside)$/.test(tokens[k]?.lower ?? '')) {
    let j = k + 1;
    if (tokens[j]?.tag === 'det') j++;
    const from = j;
    while (j < tokens.length && j < from + 3 && /^(?:adj|noun|name)$/.test(tokens[j].tag)) j++;
    if (j > from) k = j;
  }
  if (tokens[k]?.text === ',' && /^(?:which|that)$/.test(tokens[k + 1]?.lower ?? '')) k += 2;
  else if (tokens[k]?.lower === 'that') k++;
  const at = tokens[k];
  return !!at && AHEAD.test(rest.replace(/^['’]s/u, '').slice(at.start));
}

/** Verbs that move a thing to a later day, or grant time up to one: "postponed until", "gave the firm until". */
const DEFERRED_UNTIL = /\b(?:postpone[ds]?|postponing|delay(?:s|ed|ing)?|defer(?:s|red|ring)?|extend(?:s|ed|ing)?|adjourn(?:s|ed|ing)?|put\s+off|push(?:ed|es)?\s+back|gave|give[ns]?|granted|grants?)\b[^.;:!?]{0,60}?\b(?:until|till|through)\s+(?:at\s+)?(?:(?:noon|midnight|\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?)(?:\s+[A-Z]{2,4})?,?\s+)?$/i;

/**
 * "postponed until Tuesday", "gave the firm until mid-May": a deadline moved or granted lies after the
 * moving, so it is ahead of the report whatever the tense of the verb.
 */
export function deferredUntil(sentence: string, start: number): boolean {
  const before = sentence.slice(Math.max(0, start - 90), start);
  return DEFERRED_UNTIL.test(before) || KEPT_UNTIL.test(before);
}


/**
 * ", which had been planned, is" - a non-restrictive relative clause closed by its comma, where the
 * main clause's verb takes over (not a list's comma: ", who left as chair, president and ...").
 */
const RELATIVE_ASIDE = /,\s+(?:which|who|whom|whose)\b[^,;:()]*,(?=\s*(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|did|does|do|said|says|[a-z]+ed)\b)/gi;

const INFINITIVE_ENDS = /[;:()]|\s[-–—]\s|,\s+(?:after|before|under|despite|amid|following|when|while|as|since|because|although|though|until)\b/i;

/** A weekday's name in an expression: "on Tuesday", "Friday afternoon". */
const WEEKDAY_AT = new RegExp(String.raw`\b${WEEKDAY}\b`, 'i');

/** A relative pronoun and a weekday fronted after it, just before a verb: "the committee that on Monday ", "which Friday ". */
const RELATIVE_WEEKDAY = new RegExp(String.raw`\b(?:that|which|who)\s+(?:on\s+)?${WEEKDAY}\s+$`, 'i');

/** Tense for the expression at [start, end) of a sentence: the last marker before it, else the first after. */
export function tenseAt(markers: Marker[], start: number, end: number, sentence?: string): Tense {
  let before: Marker | null = null;
  // (a weekday fronted in its relative clause takes the verb right after it: "the committee that on Monday opens")
  const fronted = markers.find((m) => m.fronted && m.start >= end && sentence !== undefined && /^\s*$/.test(sentence.slice(end, m.start)));
  if (fronted) return fronted.tense;
  // "The merger, which had been rumoured, is part of a scheme to cut costs by May": a relative
  // clause closed before the expression tells of its own noun, not of the expression's clause
  const asides = sentence === undefined ? [] : [...sentence.matchAll(RELATIVE_ASIDE)].map((m) => [m.index, m.index + m[0].length]).filter(([, to]) => to <= start);
  const weekday = sentence !== undefined && WEEKDAY_AT.test(sentence.slice(start, end));
  for (const m of markers) {
    if (m.weekdayOnly && !weekday) continue;
    if (m.end <= start && asides.some(([from, to]) => m.start >= from && m.end <= to)) continue;
    // "agreed to repair the roof, under pressure, after the storm in April": the infinitive ended at the
    // comma that opens an adverbial (not at a list's comma: "to admit Chile, Peru and Bolivia in March")
    if (m.end <= start && m.infinitive && sentence !== undefined && INFINITIVE_ENDS.test(sentence.slice(m.end, start))) continue;
    if (m.end <= start) before = m;
    else if (m.start >= end) return before ? before.tense : m.tense;
  }
  return before ? before.tense : null;
}
