// Named mentions of people and organisations in a sentence (compromise's entity tagger), so a title
// whose subject is a pronoun or a bare noun ("He resigned", "The company said") can be named from
// the article: the nearest earlier mention.

import nlp from 'compromise';
import { CALENDAR_WORDS, escapeRegExp } from '../lexicon';
import { knownWord, personNoun, properWord } from './tokens';

export interface Mentions {
  people: string[];
  organizations: string[];
  /** Countries, as compromise's lexicon knows them ("Norway"), not regions or cities. */
  countries: string[];
}

/** A mention as a title writes it: no possessive, no trailing punctuation, at most the last three words. */
function clean(s: string): string {
  const t = s.replace(/['’]s$/u, '').replace(/[\s,.;:!?)"“”]+$/u, '').replace(/^[\s("“”]+/u, '').trim();
  const words = t.split(/\s+/);
  return words.length > 3 ? words.slice(-3).join(' ') : t;
}

/** A name worth repeating: capitalised, not one bare capitalised word that could open any sentence, nor a heading in capitals ("TONY"). */
const named = (s: string) => /^\p{Lu}/u.test(s) && s.length > 1 && /\p{Ll}/u.test(s);

/** Two or three capitalised words ("Carel Vane", "Ann O'Roe-Vane"), the whole name: no capital or letter after it. */
const TITLED_NAME = String.raw`(\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?){1,2})(?![\p{L}-]|\s+\p{Lu})`;
/** Two or three capitalised words after a lower-case word for a person: "TV host Carel Vane", "the clerical worker Ann Roe". */
const AFTER_ROLE = new RegExp(String.raw`(?<![\p{L}'’-])(\p{Ll}[\p{Ll}-]+)\s+${TITLED_NAME}`, 'gu');
/**
 * Two or three capitalised words after a capitalised word for a person, an office written as a title: "Prime Minister
 * Carel Vane", "Harbour Commissioner Ann Roe". The name is read ahead, so that an office of two capitalised words
 * ("Prime Minister") is read from its second.
 */
const AFTER_OFFICE = new RegExp(String.raw`(?<![\p{L}'’.-])(\p{Lu}\p{Ll}+)\s+(?=${TITLED_NAME})`, 'gu');
/** Two or three capitalised words, then an aside whose head is a word for a person: "Ann Roe, a clerical worker at the mill". */
const BEFORE_ROLE = /(?<![\p{L}'’.-]|\p{Lu}[\p{L}'’-]*\s)(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}),\s+(?:a|an|the)\s+((?:[\p{Ll}-]+\s+){0,3}?)(\p{Ll}+)(?=\s*[,;:.)]|\s+(?:at|of|in|for|from|with|who|and|to)\b)/gu;
/** A name with an age aside: "Ann Roe, 38, was", "Roe, 24, has". */
const WITH_AGE = /(?<![\p{L}'’.-]|\p{Lu}[\p{L}'’-]*\s)(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}),\s+(\d{1,3}),/gu;

/**
 * The people a newspaper marks as people, whose names the tagger may not know: a name after a word for a person
 * ("TV host Carel Vane", "Prime Minister Carel Vane"), before an aside that is one ("Ann Roe, a clerical worker,"),
 * or with an age aside ("Roe, 24,"), with where each starts. A name's first word, and a lone word with an age, must
 * not be a word the lexicon knows as a common one ("official White House", "Total, 45," are no one).
 */
function markedPeople(text: string): { name: string; at: number }[] {
  const out: { name: string; at: number }[] = [];
  const calendar = (name: string) => name.split(/\s+/).some((w) => CALENDAR_WORDS.includes(w.toLowerCase()));
  // (no day or month in it, and a first word that is a name's, not a common word's)
  const personsName = (name: string) => {
    const first = name.split(/\s+/)[0].toLowerCase();
    return !calendar(name) && (!knownWord(first) || properWord(first));
  };
  for (const m of text.matchAll(AFTER_ROLE)) {
    if (personNoun(m[1]) && personsName(m[2])) out.push({ name: m[2], at: m.index + m[0].length - m[2].length });
  }
  for (const m of text.matchAll(AFTER_OFFICE)) {
    // ("Prime Minister Carel Vane's ally": the name without its possessive)
    const name = m[2].replace(/['’]s$/u, '');
    if (personNoun(m[1].toLowerCase()) && personsName(name)) out.push({ name, at: m.index + m[0].length });
  }
  for (const m of text.matchAll(BEFORE_ROLE)) {
    if (personNoun(m[3]) && personsName(m[1])) out.push({ name: m[1], at: m.index });
  }
  for (const m of text.matchAll(WITH_AGE)) {
    const lone = !m[1].includes(' ') && m[1].toLowerCase();
    if (Number(m[2]) > 110 || calendar(m[1]) || lone && knownWord(lone) && !properWord(lone)) continue;
    out.push({ name: m[1], at: m.index });
  }
  return out;
}

/** Dashes and dots opening a text, before its first word: "-- ", "— ", "... ". */
const LEADING_MARKS = /^[\s.\u2026\u2013\u2014-]+/u;

/** People, organisations and countries named in `text`, in the order they appear. Deterministic. */
export function mentionsIn(text: string): Mentions {
  // ("-- Ann Roe was driving north", left when a dateline's abbreviation ended a sentence before its dash: the tagger
  // reads no name after a dash or dots opening the text, so they are left out of what it reads)
  const doc = nlp(text.replace(LEADING_MARKS, ''));
  const found = (doc.people().out('array') as string[]).map(clean).filter(named);
  const people: string[] = [];
  for (const p of found) {
    const last = people[people.length - 1];
    // "Ann" and "Roe" read as two people where the text has "Ann Roe's": one person
    if (last && !last.includes(' ') && !p.includes(' ') && new RegExp(`\\b${escapeRegExp(last)}\\s+${escapeRegExp(p)}\\b`, 'u').test(text)) people[people.length - 1] = `${last} ${p}`;
    // "a trial in Santa Clara": a name after "in", "at" or "near" is a place's
    else if (!new RegExp(`\\b(?:in|at|near)\\s+${escapeRegExp(p)}\\b`, 'u').test(text)) people.push(p);
  }
  // (and those a newspaper's conventions mark as people, in the order the text gives them; a fuller name for one
  // the tagger read in part stands for it: "Ann Roe, 38," for "Roe")
  const marked = markedPeople(text).filter(({ name }) => !people.some((p) => p.includes(name)));
  if (marked.length) {
    const at = (p: string) => marked.find((m) => m.name === p)?.at ?? text.indexOf(p);
    for (const { name } of marked) {
      const part = people.findIndex((p) => name.includes(p));
      if (part >= 0) people[part] = name;
      else if (!people.includes(name)) people.push(name);
    }
    people.sort((a, b) => at(a) - at(b));
  }
  // ("President Brandt's aides", which the tagger may read as a body: an office and one name, owning something, are a person)
  const organizations: string[] = [];
  for (const o of (doc.organizations().out('array') as string[]).map(clean).filter(named)) {
    const owner = /^(\p{Lu}\p{Ll}+)\s+\p{Lu}\p{Ll}+(?=['’]s\s)/u.exec(o);
    if (!owner || !personNoun(owner[1].toLowerCase())) organizations.push(o);
    else if (!people.includes(owner[0])) people.push(owner[0]);
  }
  // a person named by one word only ("Michael") is kept only when no fuller mention follows it
  const countries = (doc.match('#Country+').out('array') as string[]).map(clean).filter(named);
  return { people: people.filter((p) => p.includes(' ') || !people.some((q) => q !== p && q.includes(p))), organizations, countries };
}

/** "in Harbourton", "off the Norland coast", "at Vell Bay": a place set after a preposition of place (a month or a weekday is none). */
const PLACE_PHRASE = /\b(?:in|at|near|off|outside|across|from)\s+(?:the\s+)?(\p{Lu}[\p{L}.'’-]*)/gu;

/**
 * Whether a text names a place: a country, city, region or a people's word ("Varnian") the tagger knows, or a
 * capitalised name after a preposition of place ("in Harbourton"). A title that names one needs no other place.
 */
export function namesPlace(text: string): boolean {
  if ((nlp(text).match('(#Place|#Country|#City|#Region|#Demonym)').out('array') as string[]).length) return true;
  return [...text.matchAll(PLACE_PHRASE)].some((m) => !CALENDAR_WORDS.includes(m[1].toLowerCase()));
}
