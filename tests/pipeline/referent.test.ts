import { describe, expect, it } from 'vitest';
import { type Candidate, type Pronoun, soleReferent } from '../../src/pipeline/referent';

const person = (text: string, sex: Candidate['sex'] = null, dependent = false): Candidate => ({ text, kind: 'person', plural: false, sex, dependent });
const body = (text: string, plural = false): Candidate => ({ text, kind: 'body', plural, sex: null, dependent: false });
const thing = (text: string, plural = false, dependent = false): Candidate => ({ text, kind: 'thing', plural, sex: null, dependent });
const plain = { speakerChange: false, otherSexPronoun: false };

describe('soleReferent: a pronoun named only when one candidate is left', () => {
  // the first four are the shapes where "the subject of the sentence before first" names the wrong one
  const cases: { why: string; pronoun: Pronoun; candidates: Candidate[]; window?: Partial<typeof plain>; named: string | null }[] = [
    // "Norvex agreed to settle. Halden Bank, its lender, called the sum fair. It will pay in May": two bodies
    { why: 'two bodies: the subject before is not taken', pronoun: 'it', candidates: [body('Halden Bank'), body('Norvex')], named: null },
    // "Dr Ann Roe said the driver had been treated. He went home": a name and a person noun
    { why: 'a name and a person noun', pronoun: 'he', candidates: [person('Ann Roe'), person('driver')], named: null },
    // "This clip shows an experiment. It was conducted in 1950": two things
    { why: 'two things', pronoun: 'it', candidates: [thing('This clip'), thing('an experiment')], named: null },
    // "The ministry set rules for firms that want to drill. They have until June": a body is no "they"
    { why: 'number: a singular body is no "they"', pronoun: 'they', candidates: [body('The ministry'), thing('firms', true)], named: 'firms' },
    // "Tom Vell has two sons with Ann Dask. He has clashed with her before. She criticised him"
    { why: 'the other-sex pronoun claims the one of unknown sex', pronoun: 'she', candidates: [person('Vell'), person('Ann Dask', 'female')], window: { otherSexPronoun: true }, named: 'Ann Dask' },
    { why: 'without an other-sex pronoun, two people stay two', pronoun: 'she', candidates: [person('Vell'), person('Ann Dask', 'female')], named: null },
    { why: 'sex rules one out', pronoun: 'she', candidates: [person('Tom Vell', 'male'), person('Ann Dask', 'female')], named: 'Ann Dask' },
    { why: 'a name after "of" is another noun\'s', pronoun: 'he', candidates: [person('Tom Vell', 'male', true), person('Ann Dask', 'female')], named: null },
    { why: 'one writing of a name and its surname are one', pronoun: 'he', candidates: [person('Tom Vell', 'male'), person('Vell'), person('Ann Dask', 'female')], named: 'Tom Vell' },
    { why: 'a quotation\'s speaker change between', pronoun: 'he', candidates: [person('Tom Vell', 'male')], window: { speakerChange: true }, named: null },
    { why: 'a thing inside another noun\'s phrase, and a plural', pronoun: 'it', candidates: [thing('the plant', false, true), thing('the ships', true), body('Norvex')], named: 'Norvex' },
    // "The board hired Tom Vell. He resigned": alone, but only because no other was named
    { why: 'a candidate alone that agreement did not separate', pronoun: 'he', candidates: [person('Tom Vell', 'male')], named: null },
    { why: 'an other-sex pronoun with no one to claim it', pronoun: 'he', candidates: [person('Tom Vell', 'male'), person('Ann Dask', 'female')], window: { otherSexPronoun: true }, named: null },
  ];
  it.each(cases)('$why', ({ pronoun, candidates, window, named }) => {
    expect(soleReferent(pronoun, candidates, { ...plain, ...window })).toBe(named);
  });
});
