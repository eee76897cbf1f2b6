// Named mentions of people and organisations in a sentence (compromise's entity tagger), so a title
// whose subject is a pronoun or a bare noun ("He resigned", "The company said") can be named from
// the article: the nearest earlier mention.

import nlp from 'compromise';
import { escapeRegExp } from '../lexicon';

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


/** People, organisations and countries named in `text`, in the order they appear. Deterministic. */
export function mentionsIn(text: string): Mentions {
  const doc = nlp(text);
  const found = (doc.people().out('array') as string[]).map(clean).filter(named);
  const people: string[] = [];
  for (const p of found) {
    const last = people[people.length - 1];
    // "Ann" and "Roe" read as two people where the text has "Ann Roe's": one person
    if (last && !last.includes(' ') && !p.includes(' ') && new RegExp(`\\b${escapeRegExp(last)}\\s+${escapeRegExp(p)}\\b`, 'u').test(text)) people[people.length - 1] = `${last} ${p}`;
    // "a trial in Santa Clara": a name after "in", "at" or "near" is a place's
    else if (!new RegExp(`\\b(?:in|at|near)\\s+${escapeRegExp(p)}\\b`, 'u').test(text)) people.push(p);
  }
  const organizations = (doc.organizations().out('array') as string[]).map(clean).filter(named);
  // a person named by one word only ("Michael") is kept only when no fuller mention follows it
  const countries = (doc.match('#Country+').out('array') as string[]).map(clean).filter(named);
  return { people: people.filter((p) => p.includes(' ') || !people.some((q) => q !== p && q.includes(p))), organizations, countries };
}
