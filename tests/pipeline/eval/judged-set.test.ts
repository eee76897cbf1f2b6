// The judged set's pure parts: TimeML to the plain article the pipeline reads, and the arithmetic
// of the report (judgments matched by article, title and date start; nothing guessed).
import { describe, expect, it } from 'vitest';
import { readGoldArticle } from '../../../src/eval/devset/gold';
import { JUDGED_STORY, judgedSummary, parseJudgments, recallSummary, scoreJudged, scoreRecall, timemlToArticle, toJudgedEvents, type JudgedEvent, type Judgment } from '../../../src/eval/judged-set';
import type { ScoredEvent } from '../../../src/eval/pipeline-adapter';

const tml = (dct: string, text: string) => `<?xml version="1.0" ?>
<TimeML>
<DOCID>brook0001</DOCID>
<DCT><TIMEX3 tid="t0" type="TIME" value="${dct}" functionInDocument="CREATION_TIME">whatever</TIMEX3></DCT>
<EXTRAINFO>wire slug that is not article text</EXTRAINFO>
<TEXT>
${text}
</TEXT>
</TimeML>`;

describe('timemlToArticle', () => {
  it('puts the DCT day first and strips the tags, keeping paragraphs', () => {
    const text =
      'ELMSTEAD (XX) _ The Brook &amp; Vale council <EVENT eid="e1" class="OCCURRENCE">voted</EVENT> <TIMEX3 tid="t1" type="DATE" value="2031-04-03">Thursday</TIMEX3> to close the ferry.   \n\n\n\nMayor Ada Quill <EVENT eid="e2" class="REPORTING">said</EVENT> the pier stays open.';
    expect(timemlToArticle(tml('2031-04-04T09:15:00', text), 'brook0001')).toEqual({
      name: 'brook0001',
      text: 'Published: 2031-04-04\n\nELMSTEAD (XX) _ The Brook & Vale council voted Thursday to close the ferry.\n\nMayor Ada Quill said the pier stays open.\n',
    });
  });

  it.each([
    { name: 'a DCT with only a year', dct: '2031' },
    { name: 'an empty DCT value', dct: '' },
  ])('refuses $name: relative dates would have no anchor', ({ dct }) => {
    expect(() => timemlToArticle(tml(dct, 'The ferry ran.'), 'brook0002')).toThrow(/brook0002: the DCT gives no day/);
  });
});

const event = (article: string, title: string, start: string): JudgedEvent => ({
  article,
  title,
  date: { start, end: start, precision: 'day', approximate: false },
  status: 'happened',
  quote: '',
});
const judgment = (e: JudgedEvent, dateOk: boolean, happening: boolean, headline: 0 | 1 | 2 | null): Judgment => ({
  article: e.article,
  title: e.title,
  date: e.date.start,
  dateOk,
  happening,
  headline,
});

describe('scoreJudged', () => {
  const a = event('brook0001', 'Council voted to close the ferry', '2031-04-03');
  const b = event('brook0001', 'Mayor said the pier stays open', '2031-04-03');
  const c = event('brook0002', 'Ferry ran', '2031-04-01');
  const d = event('brook0002', 'Ferry stopped', '2031-04-02');

  it('counts precision and the headline mean over judged events only', () => {
    const r = scoreJudged([a, b, c, d], [judgment(a, true, true, 2), judgment(b, true, false, 1), judgment(c, false, true, 0)]);
    expect(r.events).toBe(4);
    expect(r.judged).toBe(3);
    expect(r.unjudged).toEqual([d]);
    expect(r.precision).toEqual({ hits: 1, total: 3, value: 1 / 3 });
    expect(r.headline).toEqual({ mean: 1, counts: { 0: 1, 1: 1, 2: 1 } });
    expect(r.stale).toEqual([]);
  });

  it('leaves a judgment without a headline score out of the headline mean, not out of precision', () => {
    const r = scoreJudged([a, b, c], [judgment(a, true, true, 2), judgment(b, true, false, null), judgment(c, false, true, 1)]);
    expect(r.precision).toEqual({ hits: 1, total: 3, value: 1 / 3 });
    expect(r.headline).toEqual({ mean: 1.5, counts: { 0: 0, 1: 1, 2: 1 } });
  });

  it('matches on article, title and date start: a changed title or date is unjudged, its old judgment stale', () => {
    const old = judgment(a, true, true, 2);
    const retitled = { ...a, title: 'Council closed the ferry' };
    const redated = { ...a, date: { ...a.date, start: '2031-04-04', end: '2031-04-04' } };
    const r = scoreJudged([retitled, redated], [old]);
    expect(r.judged).toBe(0);
    expect(r.unjudged).toEqual([retitled, redated]);
    expect(r.stale).toEqual([old]);
  });

  it('matches on status too: a judgment without one judged a happened event, so an event that turns planned is judged again', () => {
    const old = judgment(a, false, false, 2);
    const planned = { ...a, status: 'planned' as const };
    expect(scoreJudged([planned], [old]).unjudged).toEqual([planned]);
    expect(scoreJudged([planned], [{ ...old, status: 'planned' }]).judged).toBe(1);
  });

  it('gives no figures when nothing is judged', () => {
    const r = scoreJudged([a], []);
    expect(r.precision.value).toBeNull();
    expect(r.headline.mean).toBeNull();
    expect(judgedSummary(r)).toContain('precision  - (0/0');
  });

  it('prints the figures', () => {
    const r = scoreJudged([a, b], [judgment(a, true, true, 2), judgment(b, true, true, 1)]);
    expect(judgedSummary(r)).toBe(
      [
        'events     2',
        'judged     2',
        'unjudged   0',
        'precision  100.0% (2/2 judged with the date right and a real happening)',
        'headline   1.50 (0: 0, 1: 1, 2: 1)',
      ].join('\n'),
    );
  });
});

describe('parseJudgments', () => {
  it('reads whole judgments and keeps extra fields out of the way', () => {
    const json = JSON.stringify([{ article: 'brook0001', title: 'Ferry ran', date: '2031-04-01', dateOk: true, happening: false, headline: 1, note: 'a state', quote: 'The ferry ran.' }]);
    expect(parseJudgments(json, 'j.json')[0]).toMatchObject({ headline: 1, happening: false });
  });

  it.each([
    { name: 'a headline outside 0-2', j: { article: 'x', title: 't', date: '2031', dateOk: true, happening: true, headline: 3 } },
    { name: 'a headline left out (null says it was not judged)', j: { article: 'x', title: 't', date: '2031', dateOk: true, happening: true } },
    { name: 'a missing verdict', j: { article: 'x', title: 't', date: '2031', dateOk: true, headline: 2 } },
    { name: 'a verdict given as text', j: { article: 'x', title: 't', date: '2031', dateOk: 'yes', happening: true, headline: 2 } },
  ])('refuses $name rather than guess', ({ j }) => {
    expect(() => parseJudgments(JSON.stringify([j]), 'j.json')).toThrow(/j\.json\[0\]/);
  });
});

describe('toJudgedEvents', () => {
  it('files each event under its first source and defaults the status to happened', () => {
    const e = {
      id: 'e1',
      title: 'Council voted to close the ferry',
      date: { start: '2031-04-03', end: '2031-04-03', precision: 'day', approximate: false, label: '3 April 2031' },
      sources: [
        { article: 'a1', quote: 'The council voted Thursday.', start: 0, end: 27, timex: { text: 'Thursday', start: 18, end: 26, value: '2031-04-03' } },
        { article: 'a2', quote: 'It voted.', start: 0, end: 9, timex: { text: 'Thursday', start: 0, end: 0, value: '2031-04-03' } },
      ],
    } satisfies ScoredEvent;
    expect(toJudgedEvents([e], (id) => (id === 'a1' ? 'brook0001' : '?'))).toEqual([
      {
        article: 'brook0001',
        title: 'Council voted to close the ferry',
        date: { start: '2031-04-03', end: '2031-04-03', precision: 'day', approximate: false, label: '3 April 2031' },
        status: 'happened',
        quote: 'The council voted Thursday.',
      },
    ]);
  });

  it('keeps the zone of a local time, so a judge reads the hour the page shows and not the bare UTC one', () => {
    const e = {
      id: 'e1',
      title: 'Concert began',
      date: { start: '2031-04-04T01:00', end: '2031-04-04T01:00', precision: 'minute', approximate: false, offset: '-05:00', label: '3 April 2031, 20:00 (UTC-05:00)' },
      sources: [{ article: 'a1', quote: 'The concert began at 8pm EST.', start: 0, end: 29, timex: { text: '8pm EST', start: 21, end: 28, value: '2031-04-03T20:00-05:00' } }],
    } satisfies ScoredEvent;
    expect(toJudgedEvents([e], () => 'brook0001')[0].date).toEqual({
      start: '2031-04-04T01:00',
      end: '2031-04-04T01:00',
      precision: 'minute',
      approximate: false,
      offset: '-05:00',
      label: '3 April 2031, 20:00 (UTC-05:00)',
    });
  });
});

describe('scoreRecall', () => {
  // A made-up wire story and a made-up gold file for it, in the development set's form.
  const article = timemlToArticle(
    tml(
      '2031-04-04T09:15:00',
      'ELMSTEAD (XX) _ The Brook council <EVENT eid="e1" class="OCCURRENCE">voted</EVENT> <TIMEX3 tid="t1" type="DATE" value="2031-04-03">Thursday</TIMEX3> to close the ferry.\n\nThe ferry first <EVENT eid="e2" class="OCCURRENCE">sailed</EVENT> in <TIMEX3 tid="t2" type="DATE" value="1988">1988</TIMEX3>.\n\nA hearing is set for <TIMEX3 tid="t3" type="DATE" value="2031-05-02">May 2</TIMEX3>.',
    ),
    'brook0001',
  );
  const goldJson = JSON.stringify({
    story: JUDGED_STORY,
    file: 'brook0001.txt',
    published: '2031-04-04',
    annotator: 'T',
    happenings: [
      { id: 'b:vote', date: '2031-04-03', precision: 'day', approximate: false, status: 'happened', headline: 'Brook council votes to close the ferry', evidence: ['The Brook council voted Thursday to close the ferry.'], dateWords: ['Thursday'] },
      { id: 'b:first-sailing', date: '1988', precision: 'year', approximate: false, status: 'happened', headline: 'The ferry first sails', evidence: ['The ferry first sailed in 1988.'], dateWords: ['1988'] },
      { id: 'b:hearing', date: '2031-05-02', precision: 'day', approximate: false, status: 'planned', headline: 'A hearing is held on the ferry', evidence: ['A hearing is set for May 2.'], dateWords: ['May 2'] },
    ],
  });
  const { article: gold, warnings } = readGoldArticle(goldJson, 'gold/brook0001.json', JUDGED_STORY, (f) => (f === 'brook0001.txt' ? article.text : null));
  const told = (id: string, start: string, precision: ScoredEvent['date']['precision'], sentence: string): ScoredEvent => {
    const at = article.text.indexOf(sentence);
    return {
      id,
      title: `Headline ${id}`,
      date: { start, end: start, precision, approximate: false, label: start },
      sources: [{ article: 'p1', quote: sentence, start: at, end: at + sentence.length, timex: { text: 'x', start: at, end: at + 1, value: 'x' } }],
    };
  };

  it('finds a gold happening by its date and an overlapping quote, and lists the rest with what was said near them', () => {
    expect(warnings).toEqual([]);
    const events = [
      // The vote, right day, the quote a part of the evidence: found.
      told('E1', '2031-04-03', 'day', 'The Brook council voted Thursday'),
      // The first sailing read as the wrong year: missed, with this event near it.
      told('E2', '1998', 'year', 'The ferry first sailed in 1988.'),
    ];
    const r = scoreRecall([gold], events, (id) => (id === 'p1' ? 'brook0001' : id));
    expect([r.found, r.total]).toEqual([1, 3]);
    expect(r.missed.map((m) => [m.id, m.date, m.near])).toEqual([
      ['b:first-sailing', '1988', [{ title: 'Headline E2', date: '1998', precision: 'year' }]],
      ['b:hearing', '2031-05-02', []],
    ]);
    expect(r.missed[1]).toMatchObject({ article: 'tbaq/brook0001.txt', status: 'planned', evidence: ['A hearing is set for May 2.'] });
    expect(recallSummary(r)).toBe('recall     1/3 (33.3%) gold happenings found');
  });

  it('counts apart what events judged right find: a right date and overlapping words are not enough', () => {
    const e1 = told('E1', '2031-04-03', 'day', 'The Brook council voted Thursday');
    const e3 = told('E3', '1988', 'year', 'The ferry first sailed in 1988.');
    const judged = toJudgedEvents([e1, e3], () => 'brook0001');
    const judgments: Judgment[] = [
      { ...judgment(judged[0], true, true, 2) },
      // the first sailing's event is a caption by the judge's reading: found, but not by an event judged right
      { ...judgment(judged[1], true, false, 0) },
    ];
    const r = scoreRecall([gold], [e1, e3], () => 'brook0001', judgments);
    expect([r.found, r.foundRight, r.total]).toEqual([2, 1, 3]);
    expect(recallSummary(r)).toBe('recall     2/3 (66.7%) gold happenings found; 1/3 (33.3%) by an event judged right (unjudged events count as not right)');
    expect(scoreRecall([gold], [e1, e3], () => 'brook0001').foundRight).toBeNull();
  });

  it('does not count an event of another article, even on the same words and day', () => {
    const r = scoreRecall([gold], [told('E1', '2031-04-03', 'day', 'The Brook council voted Thursday')], () => 'brook0002');
    expect(r.found).toBe(0);
  });
});
