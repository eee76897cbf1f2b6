import { describe, expect, it } from 'vitest';
import { mentionsIn } from '../../../src/pipeline/language/mentions';

describe('mentionsIn', () => {
  it('finds the people a sentence names', () => {
    expect(mentionsIn('The plan was approved on Monday by Dr Lena Vorn, head of the port authority.').people).toEqual(['Dr Lena Vorn']);
  });
  it('joins a first name and a surname read as two people, and leaves out a place after "in"', () => {
    expect(mentionsIn("The opening of Peter Smith's trial in Santa Rosa.").people).toEqual(['Peter Smith']);
  });
  it('finds the countries a sentence names, not its cities', () => {
    expect(mentionsIn('OSLO, Norway, May 3 -- Fishing towns on the coast are struggling.').countries).toEqual(['Norway']);
  });
  it('finds a name after a dash or dots opening the text, as a dateline split from its story leaves it', () => {
    expect(mentionsIn('-- Tomas Welland was driving north along the coast road.').people).toEqual(['Tomas Welland']);
    expect(mentionsIn('\u2014 Tomas Welland was driving north along the coast road.').people).toEqual(['Tomas Welland']);
    expect(mentionsIn('... Tomas Welland was driving north along the coast road.').people).toEqual(['Tomas Welland']);
    // (a dash inside the text is left to the tagger)
    expect(mentionsIn('The road was closed -- no one could pass.').people).toEqual([]);
  });
  it('finds a name the tagger does not know after an office written in capitals, and not after a word that is none', () => {
    expect(mentionsIn('Prime Minister Kemo Tarsu said the plan was late.').people).toEqual(['Kemo Tarsu']);
    expect(mentionsIn('Harbour Commissioner Ulla Brenvik closed the pier.').people).toEqual(['Ulla Brenvik']);
    // (no office before the name; a common word, a day)
    expect(mentionsIn('Eastern Tarsu Kemovic closed the pier.').people).toEqual([]);
    expect(mentionsIn('The Harbour Master Plan was approved.').people).toEqual([]);
  });
  it('reads an office and a name owning something as a person, where the tagger reads a body', () => {
    expect(mentionsIn("One of President Brandt's sons met the aide.")).toMatchObject({ people: ['President Brandt'], organizations: [] });
    // (a body's name owning something stays a body)
    expect(mentionsIn("The Harbour Trust's board met.").people).toEqual([]);
  });
});
