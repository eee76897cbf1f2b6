// Reading TimeML and rendering it as the page the pipeline reads.
import { describe, expect, it } from 'vitest';
import { opensWithDateLine, renderDocument } from '../../../src/eval/render';
import { parseTimeML, stripMarkup } from '../../../src/eval/timeml';

const doc = (text: string, dct = '2024-05-02') => `<?xml version="1.0" ?>
<TimeML>
<DOCID>sample</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="${dct}" functionInDocument="CREATION_TIME">${dct}</TIMEX3></DCT>
<TITLE>Bakers &amp; millers strike</TITLE>
<TEXT>
${text}
</TEXT>
</TimeML>`;

describe('parseTimeML', () => {
  it('keeps text, decodes entities and drops other tags', () => {
    const d = parseTimeML(doc('Bread &quot;ran out&quot; <EVENT eid="e1">on</EVENT> <TIMEX3 tid="t1" type="DATE" value="2024-05-01">Wednesday</TIMEX3> at &#163;3.'), 'x');
    expect(d.id).toBe('sample');
    expect(d.title).toBe('Bakers & millers strike');
    expect(d.dctValue).toBe('2024-05-02');
    expect(d.text.trim()).toBe('Bread "ran out" on Wednesday at £3.');
    expect(d.timexes).toEqual([{ start: d.text.indexOf('Wednesday'), end: d.text.indexOf('Wednesday') + 9, text: 'Wednesday', type: 'DATE', value: '2024-05-01' }]);
  });

  it('keeps the outer extent of nested TIMEX3 and skips empty ones', () => {
    const { text, timexes } = stripMarkup('<TIMEX3 type="DURATION" value="P2D">two days <TIMEX3 type="DATE" value="2024-05-01">after</TIMEX3></TIMEX3><TIMEX3 tid="t9" type="DATE" value="2024"/>.');
    expect(text).toBe('two days after.');
    expect(timexes.map((t) => [t.text, t.type])).toEqual([['two days after', 'DURATION']]);
  });

  it.each([
    { name: 'an unclosed TIMEX3', inner: '<TIMEX3 type="DATE" value="2024">2024', error: /unclosed/ },
    { name: 'an unknown type', inner: '<TIMEX3 type="DAY" value="2024">2024</TIMEX3>', error: /unknown type/ },
  ])('rejects $name', ({ inner, error }) => expect(() => stripMarkup(inner)).toThrow(error));
});

describe('renderDocument', () => {
  it('puts the title above the TEXT, whose own date line serves as the publication date', () => {
    const d = parseTimeML(doc('<TIMEX3 type="DATE" value="2024-05-02">May 2, 2024</TIMEX3>\n\nMillers walked out <TIMEX3 type="DATE" value="2024-05-01">yesterday</TIMEX3>.'), 'x');
    expect(opensWithDateLine(d)).toBe(true);
    const r = renderDocument(d);
    expect(r.text).toBe('Bakers & millers strike\n\nMay 2, 2024\n\nMillers walked out yesterday.\n');
    expect(r.gold.map((g) => r.text.slice(g.start, g.end))).toEqual(['May 2, 2024', 'yesterday']);
    expect(r.textStart).toBe(r.text.indexOf('May 2'));
    expect(r.lineEnds.map((e) => r.text.slice(0, e).split('\n').at(-1))).toEqual(['May 2, 2024', 'Millers walked out yesterday.']);
  });

  it('adds the DCT as an ISO date line when the TEXT has no date line of its own', () => {
    const d = parseTimeML(doc('Millers walked out <TIMEX3 type="DATE" value="2024-05-01">yesterday</TIMEX3>.'), 'x');
    expect(opensWithDateLine(d)).toBe(false);
    const r = renderDocument(d);
    expect(r.text).toBe('Bakers & millers strike\n\n2024-05-02\n\nMillers walked out yesterday.\n');
    expect(r.gold.map((g) => r.text.slice(g.start, g.end))).toEqual(['yesterday']);
    expect(r.dct).toBe('2024-05-02');
  });
});
