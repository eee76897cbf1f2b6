import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { findBody } from '../../src/pipeline/body';
import { MAX_SENTENCE, splitSentences } from '../../src/pipeline/sentences';
import type { Sentence, Span } from '../../src/pipeline/types';

const whole = (text: string): Span[] => [{ start: 0, end: text.length }];
const split = (text: string) => splitSentences(text, whole(text)).map((s) => s.text);

/** Every sentence is its own slice of the text, trimmed, inside one span, in order. */
function expectWellFormed(text: string, spans: Span[], sentences: Sentence[]): void {
  const problems: string[] = [];
  let previousEnd = 0;
  let span = 0;
  for (const s of sentences) {
    while (span < spans.length && spans[span].end < s.end) span++;
    const inSpan = span < spans.length && spans[span].start <= s.start;
    if (s.text !== text.slice(s.start, s.end)) problems.push(`${s.start}: text is not the slice`);
    if (!s.text || s.text !== s.text.trim()) problems.push(`${s.start}: empty or untrimmed`);
    if (s.text.length > MAX_SENTENCE) problems.push(`${s.start}: longer than ${MAX_SENTENCE}`);
    if (s.start < previousEnd) problems.push(`${s.start}: overlaps the sentence before`);
    if (!inSpan) problems.push(`${s.start}: not inside one span`);
    previousEnd = s.end;
  }
  expect(problems).toEqual([]);
}

describe('splitSentences', () => {
  it.each([
    {
      name: 'country abbreviations',
      input: 'U.S. officials met U.K. and U.N. envoys in the E.U. capital. They left on Friday.',
      expected: ['U.S. officials met U.K. and U.N. envoys in the E.U. capital.', 'They left on Friday.'],
    },
    {
      name: 'a country abbreviation that ends a sentence',
      input: 'The envoy flew back to the U.S. The talks ended.',
      expected: ['The envoy flew back to the U.S.', 'The talks ended.'],
    },
    {
      name: 'titles before names',
      input: 'Dr. Jane Roe met Mr. Smith, Mrs. Lee and Ms. Diaz. Prof. Kim was absent.',
      expected: ['Dr. Jane Roe met Mr. Smith, Mrs. Lee and Ms. Diaz.', 'Prof. Kim was absent.'],
    },
    {
      name: 'military and political titles',
      input: 'Gen. Ray, Sen. Hall, Rep. Cole and Gov. Park spoke. Lt. Col. Ames did not.',
      expected: ['Gen. Ray, Sen. Hall, Rep. Cole and Gov. Park spoke.', 'Lt. Col. Ames did not.'],
    },
    {
      name: 'company and name suffixes',
      input: 'The shop on St. Mark Street belongs to John Smith Jr. and John Smith Sr. of Acme Inc. They also own Bell Ltd. and Ray Co. assets.',
      expected: [
        'The shop on St. Mark Street belongs to John Smith Jr. and John Smith Sr. of Acme Inc.',
        'They also own Bell Ltd. and Ray Co. assets.',
      ],
    },
    {
      name: 'a listed timeline entry run into the line before it',
      input: 'The first wave hit the coast hardest 1962: A second storm flooded the valley. In the summer 1962: the year was dry.',
      expected: ['The first wave hit the coast hardest', '1962: A second storm flooded the valley.', 'In the summer 1962: the year was dry.'],
    },
    {
      name: 'listed timeline entries headed by a day and its month, run together',
      input: '3 March: Velna dam bursts, flooding two towns 9 March: Crews reach the valley May 14: Council votes to rebuild the dam. He left on 9 March: the day was wet.',
      expected: ['3 March: Velna dam bursts, flooding two towns', '9 March: Crews reach the valley', 'May 14: Council votes to rebuild the dam.', 'He left on 9 March: the day was wet.'],
    },
    {
      name: 'furn71: a timeline entry headed by its day and year with no colon, run into a caption before it',
      input:
        'The mill stood idle for years after it shut 4 May 2010 The board agrees to sell the mill. ' +
        'Crowds outside the town hall 12 June 2011 Jane Roe resigns as mayor. ' +
        'Jane Roe: "We will not give up the harbour" 3 July 2012 The council votes to keep the harbour. ' +
        'Lots of boats at the quay May 8, 2013 Norcorp buys the fleet.',
      expected: [
        'The mill stood idle for years after it shut',
        '4 May 2010 The board agrees to sell the mill.',
        'Crowds outside the town hall',
        '12 June 2011 Jane Roe resigns as mayor.',
        'Jane Roe: "We will not give up the harbour"',
        '3 July 2012 The council votes to keep the harbour.',
        'Lots of boats at the quay',
        'May 8, 2013 Norcorp buys the fleet.',
      ],
    },
    {
      name: "furn71: a day and year after the word it belongs to, or a page's stamp, opens no entry",
      input:
        'The mill opened on 4 May 2010 Jane Roe said. It has been shut since 12 June 2011 The board says. ' +
        'Talks between 3 July 2012 and August broke down. First broadcast 8 May 2013 Crowds gather at the quay. ' +
        'She resigned 12 June 2011 to take up a post abroad.',
      expected: [
        'The mill opened on 4 May 2010 Jane Roe said.',
        'It has been shut since 12 June 2011 The board says.',
        'Talks between 3 July 2012 and August broke down.',
        'First broadcast 8 May 2013 Crowds gather at the quay.',
        'She resigned 12 June 2011 to take up a post abroad.',
      ],
    },
    {
      name: 'furn25: a caption run into the next sentence with no full stop, told by a pronoun in capitals',
      input: 'A tide carries the grain towards the Norland coast It emerged on Tuesday that the grain had reached the bay.',
      expected: ['A tide carries the grain towards the Norland coast', 'It emerged on Tuesday that the grain had reached the bay.'],
    },
    {
      name: 'furn25: a heading run into a sentence opened by a determiner or a possessive',
      input: 'Aid trucks wait at the border for survivors Some two million people need water. Share this page Our reporter met the mayor on Friday.',
      expected: ['Aid trucks wait at the border for survivors', 'Some two million people need water.', 'Share this page', 'Our reporter met the mayor on Friday.'],
    },
    {
      name: 'furn25: a date ending one sentence and a determiner in capitals opening the next',
      input: 'Ms Roe met the board of Norcorp on Monday Many say she has the advantage.',
      expected: ['Ms Roe met the board of Norcorp on Monday', 'Many say she has the advantage.'],
    },
    {
      name: 'furn51: a sentence adverb or "But" in capitals opens the sentence a caption ran into',
      input: 'Gulls rest on the oiled pier Also on Monday, the council said it would close the beach. Funds avoid oil shares But selling them is hard.',
      expected: ['Gulls rest on the oiled pier', 'Also on Monday, the council said it would close the beach.', 'Funds avoid oil shares', 'But selling them is hard.'],
    },
    {
      name: 'furn51: a sentence adverb or "But" inside a title or a name stays in the sentence',
      input: 'She read The Sun Also Rises on the ferry. He sang All But Gone at the pier. It was nothing but rain.',
      expected: ['She read The Sun Also Rises on the ferry.', 'He sang All But Gone at the pier.', 'It was nothing but rain.'],
    },
    {
      name: 'furn51: a common plural in capitals, with its verb, opens the sentence a caption with its own verb ran into',
      input:
        'The new cases come at the start of the wet season across the region Experts have warned that cases could double. ' +
        'Two ferries and their crews are missing Officials in Carrick have made contact with one of them.',
      expected: [
        'The new cases come at the start of the wet season across the region',
        'Experts have warned that cases could double.',
        'Two ferries and their crews are missing',
        'Officials in Carrick have made contact with one of them.',
      ],
    },
    {
      name: 'furn51: a capitalised plural that a word modifies, or after words with no verb, stays in the sentence',
      input:
        'Even key Republicans predicted that the bill would pass. She hoped that all Arabs would join the talks. ' +
        'The role of gay and lesbian Christians within churches has divided the synod. He spoke to Republicans at the pier.',
      expected: [
        'Even key Republicans predicted that the bill would pass.',
        'She hoped that all Arabs would join the talks.',
        'The role of gay and lesbian Christians within churches has divided the synod.',
        'He spoke to Republicans at the pier.',
      ],
    },
    {
      name: 'furn51: a number in words, or an age, in capitals after a word in lower case opens a sentence',
      input: 'The quay was strewn with nets Thousands of people waited at the pier. Jo Roe says she feels better Five-year-old Jo Roe fell ill in May.',
      expected: ['The quay was strewn with nets', 'Thousands of people waited at the pier.', 'Jo Roe says she feels better', 'Five-year-old Jo Roe fell ill in May.'],
    },
    {
      name: 'furn51: a number in words after a capital ends a name',
      input: 'The show is broadcast on Channel Two and is repeated on Friday. Pupils from Year Seven at the school fell ill. She read a novel called Three men at sea on the ferry.',
      expected: ['The show is broadcast on Channel Two and is repeated on Friday.', 'Pupils from Year Seven at the school fell ill.', 'She read a novel called Three men at sea on the ferry.'],
    },
    {
      name: 'furn25: starters inside a title, a name or after a naming word stay in the sentence',
      input:
        'The film This Is Home opened in Carrick. His tour This Is Home was cancelled. He saw a film called This is Norland last week. ' +
        'The Series A shares and vitamin A pills rose. Type A influenza spread. The Harbour Police said Route One traffic stopped.',
      expected: [
        'The film This Is Home opened in Carrick.',
        'His tour This Is Home was cancelled.',
        'He saw a film called This is Norland last week.',
        'The Series A shares and vitamin A pills rose.',
        'Type A influenza spread.',
        'The Harbour Police said Route One traffic stopped.',
      ],
    },
    {
      name: 'furn25: a starter in capitals after capitals or before a capital is no boundary',
      input: 'The UN It team and the IT They Said report came out.',
      expected: ['The UN It team and the IT They Said report came out.'],
    },
    {
      name: 'a company suffix before a job title',
      input: 'Acme Corp. Chief Executive Ann Bell quit. The board met.',
      expected: ['Acme Corp. Chief Executive Ann Bell quit.', 'The board met.'],
    },
    {
      name: 'vs., e.g., i.e. and etc.',
      input: 'It was Acme vs. Bolt, e.g. the final, i.e. the big one, etc. and more. Done.',
      expected: ['It was Acme vs. Bolt, e.g. the final, i.e. the big one, etc. and more.', 'Done.'],
    },
    {
      name: 'No. before a number',
      input: 'Gate No. 5 opened. Then it closed.',
      expected: ['Gate No. 5 opened.', 'Then it closed.'],
    },
    {
      name: 'abbreviated months',
      input:
        'Talks began Jan. 19 and ended Feb. 2, with rounds on Mar. 3, Apr. 4, Jun. 5, Jul. 6, Aug. 7, Sep. 8, Sept. 9, Oct. 10, Nov. 11 and Dec. 12. Nothing changed.',
      expected: [
        'Talks began Jan. 19 and ended Feb. 2, with rounds on Mar. 3, Apr. 4, Jun. 5, Jul. 6, Aug. 7, Sep. 8, Sept. 9, Oct. 10, Nov. 11 and Dec. 12.',
        'Nothing changed.',
      ],
    },
    {
      name: 'clock times',
      input: 'The polls opened at 9 a.m. Tuesday and closed at 5 p.m. EST on the dot. The count began at 6 p.m. Turnout was low.',
      expected: ['The polls opened at 9 a.m. Tuesday and closed at 5 p.m. EST on the dot.', 'The count began at 6 p.m.', 'Turnout was low.'],
    },
    {
      name: 'a clock time with the same time or its zone in brackets',
      input: 'The dam burst at 9:20 a.m. (0620 GMT) Friday, flooding the valley. Rescuers came at 5 p.m. (EST) with boats. The count began at 6 p.m. (Officials gave no reason.)',
      expected: ['The dam burst at 9:20 a.m. (0620 GMT) Friday, flooding the valley.', 'Rescuers came at 5 p.m. (EST) with boats.', 'The count began at 6 p.m.', '(Officials gave no reason.)'],
    },
    {
      name: 'initials',
      input: 'J. K. Rowling wrote it. Donald J. Trump read it.',
      expected: ['J. K. Rowling wrote it.', 'Donald J. Trump read it.'],
    },
    {
      name: 'decimals',
      input: 'Growth was 3.5 percent. Inflation hit 2.1%. Debt rose to 101.25 billion.',
      expected: ['Growth was 3.5 percent.', 'Inflation hit 2.1%.', 'Debt rose to 101.25 billion.'],
    },
    {
      name: 'an ellipsis inside a quote',
      input: '"Dialogue is something that the president ... believes in," she said. Next came questions.',
      expected: ['"Dialogue is something that the president ... believes in," she said.', 'Next came questions.'],
    },
    {
      name: 'a trailing ellipsis',
      input: 'He paused… Then he left. She waited... Nobody came.',
      expected: ['He paused…', 'Then he left.', 'She waited...', 'Nobody came.'],
    },
    {
      name: 'a closing quote after the full stop',
      input: '"It is over." The minister left.',
      expected: ['"It is over."', 'The minister left.'],
    },
    {
      name: 'a quote followed by its speaker',
      input: '"It is over," she said. Next came the vote. "Is it over?" she asked. Nobody answered!',
      expected: ['"It is over," she said.', 'Next came the vote.', '"Is it over?" she asked.', 'Nobody answered!'],
    },
    {
      name: "two apostrophes used as quote marks",
      input: "''Look, it is over.'' The minister left. ''Fine,'' he said.",
      expected: ["''Look, it is over.''", 'The minister left.', "''Fine,'' he said."],
    },
    {
      name: 'curly quotes',
      input: '“It is over.” The minister left. ‘Fine,’ he said. He walked out.',
      expected: ['“It is over.”', 'The minister left.', '‘Fine,’ he said.', 'He walked out.'],
    },
    {
      name: 'em dashes',
      input: 'About 24 hostages — including a U.S. citizen — remain. Talks continue—for now.',
      expected: ['About 24 hostages — including a U.S. citizen — remain.', 'Talks continue—for now.'],
    },
    {
      name: 'a bracketed sentence',
      input: 'The vote passed. (It was close.) The mayor spoke.',
      expected: ['The vote passed.', '(It was close.)', 'The mayor spoke.'],
    },
    {
      name: 'web addresses',
      input: 'Details are at www.example.org today. More later.',
      expected: ['Details are at www.example.org today.', 'More later.'],
    },
    {
      name: 'full-width stops with no space after them',
      input: '港口周日重新开放。工人周一返回！',
      expected: ['港口周日重新开放。', '工人周一返回！'],
    },
    {
      name: 'a dotted place abbreviation that ends a sentence',
      input: 'The march reached Washington, D.C. The crowd dispersed by nightfall.',
      expected: ['The march reached Washington, D.C.', 'The crowd dispersed by nightfall.'],
    },
    {
      name: 'a paragraph break without a full stop',
      input: 'A heading with no stop\n\nThe first sentence.',
      expected: ['A heading with no stop', 'The first sentence.'],
    },
  ])('$name', ({ input, expected }) => {
    expect(split(input)).toEqual(expected);
  });

  it.each([
    // furn23b: a stock ticker the copy broke at its full stop
    ["HARBOURTON (Agency) - Norcorp's (NOR.\n\nL) biotech unit has won an order, it said.", ["HARBOURTON (Agency) - Norcorp's (NOR.\n\nL) biotech unit has won an order, it said."]],
    // several, one after another, a share class's small letter in one
    ['Norcorp (NORa.\n\nL), Vell (VEL.\n\nN) and Marl (MRL.\n\nN) formed a group in July.', ['Norcorp (NORa.\n\nL), Vell (VEL.\n\nN) and Marl (MRL.\n\nN) formed a group in July.']],
    // no ticker above: a list's letter, or a sentence closed before it
    ['The board met Norcorp (NOR) on Friday.\n\nL) The pier will close.', ['The board met Norcorp (NOR) on Friday.', 'L) The pier will close.']],
    ['The vote was close.\n\nA) The pier will close.', ['The vote was close.', 'A) The pier will close.']],
  ])('reads a ticker\'s tail with the paragraph above it: %j', (text, expected) => {
    expect(split(text)).toEqual(expected);
    const paragraphs: Span[] = [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
    expect(splitSentences(text, paragraphs).map((s) => s.text)).toEqual(expected);
  });

  it('splits CRLF text at full stops and blank lines, with exact offsets', () => {
    const text = 'One line ends here.\r\nAnother follows.\r\n\r\nA paragraph without a stop\r\n\r\nThe last one.\r\n';
    const sentences = splitSentences(text, whole(text));
    expect(sentences.map((s) => s.text)).toEqual(['One line ends here.', 'Another follows.', 'A paragraph without a stop', 'The last one.']);
    expectWellFormed(text, whole(text), sentences);
  });

  it('reads a paragraph opening with a comma, a semicolon or a lower-case word with the one before it, in one span or across spans', () => {
    const text = 'The vote was close.\n\nSen. Ann Roe (D-Vt.)\n\n, chair of the panel, backed the bill on Monday.\n\nSenate leader Tom Vell (D-Ore.)\n\nsaid he would vote no.\n\niPhone sales rose.';
    const expected = ['The vote was close.', 'Sen. Ann Roe (D-Vt.)\n\n, chair of the panel, backed the bill on Monday.', 'Senate leader Tom Vell (D-Ore.)\n\nsaid he would vote no.', 'iPhone sales rose.'];
    expect(split(text)).toEqual(expected);
    const paragraphs: Span[] = [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
    const sentences = splitSentences(text, paragraphs);
    expect(sentences.map((s) => s.text)).toEqual(expected);
    // (the joined sentence crosses only the blank space between two spans)
    expectWellFormed(text, whole(text), sentences);
  });

  it.each([
    ['a lower-case name after a closed sentence', 'Shares fell on Monday.\n\nadidas said on Tuesday it would cut jobs.', ['Shares fell on Monday.', 'adidas said on Tuesday it would cut jobs.']],
    ['a letter of a list', 'Two options.\n\na) close the pier\n\nb) repair it', ['Two options.', 'a) close the pier', 'b) repair it']],
    ['a label', 'The storm hit on Monday\n\nphoto: Agency', ['The storm hit on Monday', 'photo: Agency']],
    ['an address', 'The report is here\n\nhttps://example.com/report', ['The report is here', 'https://example.com/report']],
  ])('keeps a paragraph opening in lower case apart: %s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('joins a sentence that runs over a single line break', () => {
    expect(split('The road was closed on\nSunday after the storm. It reopened.')).toEqual([
      'The road was closed on\nSunday after the storm.',
      'It reopened.',
    ]);
  });

  it('never crosses a span boundary, even mid-sentence', () => {
    const text = 'First part of a sentence and second part of it.';
    const spans = [
      { start: 0, end: 20 },
      { start: 21, end: text.length },
    ];
    const sentences = splitSentences(text, spans);
    expect(sentences.map((s) => s.text)).toEqual(['First part of a sent', 'nce and second part of it.']);
    expectWellFormed(text, spans, sentences);
  });

  it('cuts an over-long sentence at a semicolon near the limit', () => {
    const clause = 'the committee heard from witnesses about the budget and the schedule';
    const text = Array.from({ length: 30 }, () => clause).join('; ') + '.';
    const sentences = splitSentences(text, whole(text));
    expect(sentences.length).toBeGreaterThan(1);
    for (const s of sentences.slice(0, -1)) expect(s.text.endsWith(';')).toBe(true);
    expectWellFormed(text, whole(text), sentences);
  });

  it('cuts an over-long run without semicolons at a space', () => {
    const text = 'word '.repeat(700).trim();
    const sentences = splitSentences(text, whole(text));
    expect(sentences.length).toBe(4);
    for (const s of sentences) expect(s.text).toMatch(/^word( word)*$/);
    expectWellFormed(text, whole(text), sentences);
  });

  it('handles a single 200 KB line and a 5 MB file', () => {
    const paragraph = 'The U.S. envoy met Dr. Lee on Jan. 5 at 3.5 km from the port... "It is over," he said. ';
    const line = paragraph.repeat(Math.ceil(200_000 / paragraph.length));
    const lineSentences = splitSentences(line, whole(line));
    expect(lineSentences.length).toBe(2 * Math.ceil(200_000 / paragraph.length));
    expectWellFormed(line, whole(line), lineSentences);

    const file = `${paragraph.trim()}\r\n\r\n`.repeat(Math.ceil(5_000_000 / (paragraph.length + 3)));
    const body = findBody(file, []);
    const fileSentences = splitSentences(file, body);
    expect(fileSentences.length).toBe(2 * body.length);
    expectWellFormed(file, body, fileSentences);
  });

  it('keeps exact, trimmed, in-span offsets on arbitrary text', () => {
    const piece = fc.constantFrom(
      'U.S.', ' ', '\n', '\r\n', '\n\n', '. ', '." ', "'' ", '... ', '…', '? ', '! ', 'Dr.', 'The', 'word', '3.5', '—', '“', '”', ';', 'a.m.', 'J.', '(', ')',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.array(fc.tuple(fc.nat(200), fc.nat(80)), { maxLength: 4 }), (parts, cuts) => {
        const text = parts.join('');
        const spans = cuts
          .map(([start, length]) => ({ start, end: Math.min(text.length, start + length) }))
          .sort((a, b) => a.start - b.start)
          .filter((s, i, all) => s.end > s.start && (i === 0 || s.start >= all[i - 1].end));
        expectWellFormed(text, spans, splitSentences(text, spans));
        expectWellFormed(text, whole(text), splitSentences(text, whole(text)));
      }),
    );
  });
});

describe('sentence tokens', () => {
  it('are made once per sentence and shared by every step that reads them', () => {
    const text = 'The port closed on Monday. Officials will meet again next week.';
    const [first, second] = splitSentences(text, whole(text));
    expect(first.tokens).toBe(first.tokens);
    expect(first.tokens.map((t) => t.text)).toEqual(['The', 'port', 'closed', 'on', 'Monday', '.']);
    for (const t of second.tokens) expect(second.text.slice(t.start, t.end)).toBe(t.text);
    expect(first.tokens.find((t) => t.text === 'Monday')?.tag).toBe('name');
  });
});

describe('body and sentences on the seed articles', () => {
  const seedDir = new URL('../../seeds/', import.meta.url);
  const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt'));
  const load = (file: string) => readFileSync(new URL(file, seedDir), 'utf8');
  /** The metadata stage is written elsewhere; here the header is simply the headline line. */
  const headlineSpan = (text: string): Span[] => {
    const match = /^White House[^\n]*$/m.exec(text);
    return match ? [{ start: match.index, end: match.index + match[0].length }] : [];
  };
  const sentencesOf = (file: string) => {
    const text = load(file);
    const body = findBody(text, headlineSpan(text));
    const sentences = splitSentences(text, body);
    expectWellFormed(text, body, sentences);
    return sentences.map((s) => s.text);
  };

  it('finds both seed files', () => {
    expect(seeds.length).toBe(2);
  });

  it.each(seeds)('%s: no sentence holds menu or footer material', (file) => {
    const joined = sentencesOf(file).join('\n');
    for (const furniture of [
      'Follow us',
      'Privacy Policy',
      'auto-generated',
      'Left Menu',
      'provides up-to-date',
      'Facebook',
      '@',
      '©',
      'Published :',
      'Updated:',
      ' > NEWS',
      '-- BERNAMA',
    ]) {
      expect(joined).not.toContain(furniture);
    }
  });

  it.each([
    { needle: 'said Wednesday that US officials', count: 1 },
    { needle: 'designated the group a foreign terrorist organization in 1997.', count: 1 },
    { needle: 'the president ... believes', count: 1 },
    { needle: 'The talks, which took place last month', count: 1 },
    { needle: 'first reported earlier Wednesday', count: 1 },
    { needle: 'WASHINGTON, March 6', count: 1 },
    { needle: 'began Jan 19', count: 1 },
    { needle: 'arrest warrants in November', count: 1 },
    { needle: 'genocide case at the International Court of Justice', count: 1 },
  ])('keeps the article sentence with "$needle"', ({ needle, count }) => {
    const all = seeds.flatMap((file) => sentencesOf(file));
    expect(all.filter((s) => s.includes(needle))).toHaveLength(count);
  });

  it('keeps whole quoted sentences together', () => {
    const all = seeds.flatMap((file) => sentencesOf(file));
    expect(all.some((s) => s.startsWith("''Look, dialogue") && s.endsWith("she said."))).toBe(true);
    expect(all.some((s) => s.startsWith('"Dialogue and talking') && s.endsWith('at the White House.'))).toBe(true);
  });

  it('drops the headline passed as header', () => {
    const all = seeds.flatMap((file) => sentencesOf(file));
    expect(all.some((s) => s.startsWith('White House Confirms Talks'))).toBe(false);
  });
});
