import { describe, expect, it } from 'vitest';
import { tagWords } from '../../../src/pipeline/language/clauses';
import { pastOfPlain, refineTags, tokenize } from '../../../src/pipeline/language/tokens';

describe('pastOfPlain', () => {
  it.each([['launch', 'launched'], ['hold', 'held'], ['set', 'set'], ['walk', 'walked']])('%s → %s', (plain, past) => {
    expect(pastOfPlain(plain)).toBe(past);
  });
});

describe('a word in -s after the subject of a clause opened by "as", "while"... is its verb when it has no other', () => {
  const tagOf = (text: string, word: string) => refineTags(tokenize(text), tagWords(text)).find((t) => t.text === word)?.tag;
  it.each([
    { text: 'The move comes as the council travels to Lowmere on Monday.', word: 'travels', tag: 'verb' },
    { text: 'The blow comes as Ann Roe travels to Lowmere later today.', word: 'travels', tag: 'verb' },
    // (the clause has its own verb later: the word is a noun in its subject)
    { text: 'The price rose as the water supplies to the east ran low.', word: 'supplies', tag: 'noun' },
    // (after a possessive it is a noun)
    { text: "Hours after Ann Roe's remarks on Monday, the council met.", word: 'remarks', tag: 'noun' },
    // (no opener before the subject: left to the other readings)
    { text: 'The council travels to Lowmere on Monday.', word: 'travels', tag: 'noun' },
  ])('$text', ({ text, word, tag }) => {
    expect(tagOf(text, word)).toBe(tag);
  });
});

describe('"May" opening a sentence before a number is the month, not the modal', () => {
  const tagOf = (text: string) => tokenize(text)[0].tag;
  it.each([
    { text: 'May 2019 The club hires a new coach.', tag: 'name' },
    { text: 'May 3 - Talks open in Lowmere.', tag: 'name' },
    { text: 'May I ask who won in 2019?', tag: 'modal' },
    { text: 'May they rest in peace.', tag: 'modal' },
  ])('$text', ({ text, tag }) => {
    expect(tagOf(text)).toBe(tag);
  });
});


describe('a sentence adverb opening a sentence is an adverb, not a name', () => {
  const tagOf = (text: string) => tokenize(text)[0].tag;
  it.each([
    { text: 'Elsewhere, crews from the coast flew to Lowmere.', tag: 'adv' },
    { text: 'Nonetheless, the board approved the plan.', tag: 'adv' },
    { text: 'Nevertheless, the board approved the plan.', tag: 'adv' },
    { text: 'Afterwards, the crowd left the square.', tag: 'adv' },
    { text: 'Otherwise, the talks went on.', tag: 'adv' },
    { text: 'Separately, the council met on Monday.', tag: 'adv' },
    { text: 'Tragically, the boy died in the fire.', tag: 'adv' },
    { text: 'Unfortunately, the road was closed.', tag: 'adv' },
    { text: 'Reportedly, the envoy left early.', tag: 'adv' },
    // (names in -ly stay names)
    { text: 'Kelly Roe said the plan was ready.', tag: 'noun' },
    { text: 'Beverly Hills voted on Monday.', tag: 'noun' },
    { text: 'Italy won the match.', tag: 'noun' },
    { text: 'Romilly said the plan was ready.', tag: 'name' },
    // (a name in -ly made like an adverb has no comma after it: "McNally said", "Manly beach")
    { text: 'McNally said the plan was ready.', tag: 'name' },
    { text: 'Manly beach was closed on Monday.', tag: 'name' },
    // (or before the clause's subject, with no comma)
    { text: 'Tragically the boy died in the fire.', tag: 'adv' },
  ])('$text', ({ text, tag }) => {
    expect(tagOf(text)).toBe(tag);
  });
});

describe('a one-word negative contraction is its auxiliary or modal, not a noun', () => {
  const tagOf = (text: string, word: string) => tokenize(text).find((t) => t.text === word)?.tag;
  it.each([
    { text: "Fish from the pond shouldn't be sold.", word: "shouldn't", tag: 'modal' },
    { text: "The council can't pay the bill.", word: "can't", tag: 'modal' },
    { text: "The ferry won't sail on Monday.", word: "won't", tag: 'modal' },
    { text: 'The ferry won’t sail on Monday.', word: 'won’t', tag: 'modal' },
    { text: "Norvex doesn't plan a sale.", word: "doesn't", tag: 'aux' },
    { text: "The bridge isn't safe.", word: "isn't", tag: 'aux' },
    { text: "The crews weren't paid.", word: "weren't", tag: 'aux' },
    { text: "Don't close the gate.", word: "Don't", tag: 'aux' },
    // (the plain form after a negated "do" is the verb, as after "did not")
    { text: "The board didn't vote on the plan.", word: 'vote', tag: 'verb' },
    // (a word in -n't that is no contraction of an auxiliary stays what it was)
    { text: 'The chef cooked a croissant.', word: 'croissant', tag: 'noun' },
  ])('$text: $word', ({ text, word, tag }) => {
    expect(tagOf(text, word)).toBe(tag);
  });
});
