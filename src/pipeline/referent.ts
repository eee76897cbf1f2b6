/**
 * The one candidate a pronoun stands for beyond doubt, or null.
 *
 * Ranking the candidates ("the subject of the sentence before first") names the wrong one too often: in "Norvex agreed
 * to pay the fine. Halden Bank, its lender, called the sum fair. It will pay in May" the subject before is the bank,
 * but the one who pays is Norvex. So no candidate is ranked here: each is kept or ruled out by evidence, and a
 * pronoun is named only when exactly one candidate is left.
 *
 * Kept: a candidate that agrees with the pronoun in number, in person or thing, and in sex where its name tells it.
 * Ruled out:
 * - a candidate written inside a prepositional phrase or a possessive of another noun ("the son of Tom Vell",
 *   "Tom Vell's lawyer"): the phrase is about someone or something else;
 * - every candidate, when a quotation's speaker changes between them and the pronoun;
 * - every candidate, when two of the same kind are left ("Ann Roe met Jane Dask. She left");
 * - a candidate left alone when agreement ruled out no other (see `separated`).
 * One exception lets an unknown sex be settled: when the window writes a pronoun of the other sex ("he", "him",
 * "his" for a "she") and exactly one candidate of unknown sex is left, that pronoun claims it ("Tom Vell and Ann Roe
 * had a row; he shouted at her. She left": "he" is Tom Vell, so "she" is Ann Roe).
 */

/** What a pronoun tells of the one it stands for. */
export type Pronoun = 'he' | 'she' | 'it' | 'they';

/** One noun phrase or name written before the pronoun, within the window it is looked for in. */
export interface Candidate {
  text: string;
  /** A person, a body (a business, a government office) or any other thing. */
  kind: 'person' | 'body' | 'thing';
  plural: boolean;
  /** The sex its name or title tells ("Ann", "Mr"), else null. */
  sex: 'female' | 'male' | null;
  /** Written after a preposition or before a possessive "'s" of another noun. */
  dependent: boolean;
}

/** What lies between the candidates and the pronoun. */
export interface Window {
  /** A quotation whose speaker is another than the narrator's subject opens or closes between. */
  speakerChange: boolean;
  /** A pronoun of the other sex ("he", "him", "his" for a "she"; "she", "her" for a "he") is written in the window. */
  otherSexPronoun: boolean;
}

const agrees = (pronoun: Pronoun, c: Candidate): boolean => {
  if (pronoun === 'they') return c.plural && c.kind !== 'body';
  if (c.plural) return false;
  if (pronoun === 'it') return c.kind !== 'person';
  return c.kind === 'person' && c.sex !== (pronoun === 'he' ? 'female' : 'male');
};

/**
 * Another candidate agreement itself rules out: a person of the other sex for "he" or "she" ("Ann Roe and Tom Vell ran
 * the mill. He sold it"), a plural for "it", a singular for "they". Without one, a candidate left alone may be alone
 * only because the one meant was never named ("The board hired Tom Vell. He resigned": a board member may have), so
 * it is not named.
 */
const separated = (pronoun: Pronoun, c: Candidate): boolean => {
  if (pronoun === 'he' || pronoun === 'she') return c.kind === 'person' && !c.plural && c.sex === (pronoun === 'he' ? 'female' : 'male');
  return c.kind !== 'person' && c.plural === (pronoun === 'it');
};

/** The one candidate the pronoun stands for beyond doubt (see the module's note), or null. */
export function soleReferent(pronoun: Pronoun, candidates: readonly Candidate[], window: Window): string | null {
  if (window.speakerChange) return null;
  const free = candidates.filter((c) => !c.dependent);
  const kept = free.filter((c) => agrees(pronoun, c));
  const distinct = kept.filter((c, n) => !kept.slice(0, n).some((d) => d.text.includes(c.text) || c.text.includes(d.text)));
  const wanted = pronoun === 'he' ? 'male' : pronoun === 'she' ? 'female' : null;
  if (wanted && window.otherSexPronoun) {
    // (a person of unknown sex claimed by the pronoun of the other sex leaves the one whose sex agrees; with none to
    // claim, that pronoun tells of someone unnamed, who may be the one meant too)
    const known = distinct.filter((c) => c.sex === wanted);
    const unknown = distinct.filter((c) => c.sex === null);
    return distinct.length === 2 && known.length === 1 && unknown.length === 1 ? known[0].text : null;
  }
  return distinct.length === 1 && free.some((c) => separated(pronoun, c)) ? distinct[0].text : null;
}
