import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { classifyParagraph, findBody, isBoilerplate } from '../../src/pipeline/body';
import { speaksOfThePage, toggleLabelsLength } from '../../src/pipeline/page-chrome';
import type { Span } from '../../src/pipeline/types';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/body/${name}`, import.meta.url), 'utf8');
const kept = (text: string, header: Span[] = []) => findBody(text, header).map((s) => text.slice(s.start, s.end));
/** A story's lead, put before the line a test judges. */
const lead = 'The ferry operator on Monday cut all night crossings after an engine fire, the company said.';
const lineSpan = (text: string, line: string): Span => {
  const start = text.indexOf(line);
  if (start < 0) throw new Error(`no line "${line}" in the text`);
  return { start, end: start + line.length };
};

describe('findBody on whole articles', () => {
  it.each([
    {
      name: 'wire copy with a sign-off, a publisher blurb, follow-us handles and a policy footer',
      file: 'wire_footer.txt',
      expected: [
        'Ferry operator suspends night crossings after engine fire',
        'PORTVALE, Sept 12 (Harbourline) -- A regional ferry operator on Tuesday suspended all night crossings after an engine fire forced 200 passengers to return to port, the company said.',
        '"Safety comes before the timetable," operations manager Ruth Okafor told reporters at the terminal.',
        'Night services are expected to resume in October, once inspectors finish their checks.',
      ],
    },
    {
      name: 'portal page with menus, a byline strip, an advert, also-read, share prompt and syndication note',
      file: 'portal_syndicated.txt',
      expected: [
        'City council votes to close two libraries',
        'The city council voted 7-2 on Monday to close two branch libraries by the end of the year, citing a budget gap of $4.5 million.',
        'Council member Dr. Priya Nair said the vote was "a sad day for the neighbourhood" and promised to look for a buyer who would keep the buildings open.',
        'The libraries opened in 1968 and 1974.',
      ],
    },
    {
      name: 'markdown with a byline, list items, a block quote, an image, a credit and a related list',
      file: 'museum.md',
      expected: [
        'Museum reopens its east wing',
        'The city museum reopened its east wing on Friday after a two-year renovation that cost about €12 million.',
        'The wing first opened in 1921.',
        'It closed in March 2021 after a roof leak.',
        '"We kept every original beam," said curator Tomás Rey.',
      ],
    },
    {
      name: 'hard-wrapped text with a related-stories heading and a credits line',
      file: 'wrapped.txt',
      expected: [
        'Storm damage closes coastal highway',
        'The coastal highway between Northport and Eastbay was closed on\nSunday after high waves washed away part of the road, state\nofficials said. Engineers expect repairs to take until the end of\nMarch.',
        '"We have never seen the sea come this far inland," said Lt. Col.\nDana Brooks of the state patrol.',
      ],
    },
    {
      name: 'markets story with a breadcrumb, reading time, credits, more-from list and copyright',
      file: 'markets_credits.txt',
      expected: [
        'Rice prices climb as dry spell hits growers',
        'SINGAPORE, June 3 (Tidings) - Rice prices rose 3.5% on Monday to their highest since 2008, as a dry spell in the region cut expected harvests, traders said.',
        'The U.S. Department of Agriculture said in May that global stocks would fall for a third year.',
        'Prices could ease in the second half if the monsoon arrives on time, said Mr. A. K. Rahman, an analyst at a Singapore brokerage.',
      ],
    },
  ])('$name', ({ file, expected }) => {
    expect(kept(fixture(file))).toEqual(expected);
  });

  it('keeps the same paragraphs when lines end in CRLF', () => {
    const text = fixture('wrapped.txt').replace(/\n/g, '\r\n');
    expect(kept(text)).toEqual([
      'Storm damage closes coastal highway',
      'The coastal highway between Northport and Eastbay was closed on\r\nSunday after high waves washed away part of the road, state\r\nofficials said. Engineers expect repairs to take until the end of\r\nMarch.',
      '"We have never seen the sea come this far inland," said Lt. Col.\r\nDana Brooks of the state patrol.',
    ]);
  });

  it('leaves out header spans, and a header line ends the paragraph before it', () => {
    const text = fixture('portal_syndicated.txt');
    const header = [
      lineSpan(text, 'City council votes to close two libraries'),
      lineSpan(text, 'Staff Reporter | Lakeford | Updated: 03-05-2022 09:10 IST | Created: 03-05-2022 09:10 IST'),
    ];
    const body = kept(text, header);
    expect(body[0]).toMatch(/^The city council voted 7-2 on Monday/);
    expect(body).not.toContain('City council votes to close two libraries');
  });

  it('keeps the text on a line around a header span that covers only part of it', () => {
    const text = 'Headline here\n\nBy Kim Lo. The plant closed on Friday, the owners said.\n';
    const header = [lineSpan(text, 'Headline here'), lineSpan(text, 'By Kim Lo.')];
    expect(kept(text, header)).toEqual(['The plant closed on Friday, the owners said.']);
  });

  it('starts spans after markdown heading, bullet and quote markers', () => {
    const text = '# A heading\n\n- A list item that says something.\n\n> Quoted words here.\n\n1. Numbered item that ends.';
    const spans = findBody(text, []);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'A heading',
      'A list item that says something.',
      'Quoted words here.',
      'Numbered item that ends.',
    ]);
    expect(spans[1].start).toBe(text.indexOf('A list'));
  });
});

describe('the end of the article', () => {
  it('keeps full sentences after a sign-off but drops footer talk', () => {
    const text = [
      'The mill closed on Monday after a fire, the owners said.',
      '-- DESKWIRE',
      'Deskwire is the national news agency and provides news and information to subscribers across the region.',
      'The owners said they would rebuild the mill by the end of next year.',
      'Download our app for the latest updates.',
    ].join('\n\n');
    expect(kept(text)).toEqual([
      'The mill closed on Monday after a fire, the owners said.',
      'The owners said they would rebuild the mill by the end of next year.',
    ]);
  });

  it('ends the article at a sign-off that the metadata stage took as header', () => {
    const text = 'The mill closed on Monday after a fire.\n\n-- DESKWIRE\n\nDeskwire is the leading news agency of the region.\n\nAbout the agency';
    const header = [lineSpan(text, '-- DESKWIRE')];
    expect(kept(text, header)).toEqual(['The mill closed on Monday after a fire.']);
  });

  it('does not end the article at a prompt that comes before any prose', () => {
    const text = 'Follow us on Twitter\n\nShare this article\n\nThe bridge reopened on Tuesday, officials said.\n\nTraffic was light in the morning.';
    expect(kept(text)).toEqual(['The bridge reopened on Tuesday, officials said.', 'Traffic was light in the morning.']);
  });

  it('drops everything short after copyright, even unpunctuated lines', () => {
    const text = 'The school opened in 1990.\n\n© 2024 Some Paper\n\nAbout the paper\n\nCareers';
    expect(kept(text)).toEqual(['The school opened in 1990.']);
  });
});

describe('related links and menus', () => {
  it('drops the list after a related heading and resumes at prose', () => {
    const text = 'The dam was finished in 1972.\n\nAlso read:\n\nFloods hit the valley again\n\nFarmers count the cost\n\nThe dam will be inspected in June, engineers said.';
    expect(kept(text)).toEqual(['The dam was finished in 1972.', 'The dam will be inspected in June, engineers said.']);
  });

  it('drops a run of three short unpunctuated lines but keeps one on its own', () => {
    const text = 'Council budget\n\nThe council met on Monday.\n\nWorld news today\nPolitics live blog\nWeather and travel\n\nThe budget passed.';
    expect(kept(text)).toEqual(['Council budget', 'The council met on Monday.', 'The budget passed.']);
  });

  it('keeps a timeline list whose lines start with dates', () => {
    const text = 'Key dates:\n\n- 1997 - the group is founded\n- 2019 - the first strike\n- March 2021 - the ceasefire\n\nTalks resumed this week.';
    expect(kept(text)).toEqual(['Key dates:', '1997 - the group is founded', '2019 - the first strike', 'March 2021 - the ceasefire', 'Talks resumed this week.']);
  });
});

describe('isBoilerplate', () => {
  it.each([
    'REGION - NORTH > NEWS',
    'Home | World | Business | Opinion',
    'Left Menu',
    'Menu  Search  Sign In',
    'Follow us on social media :',
    'Facebook : @somepaper, @somepapertv',
    'Twitter : @somepaper',
    'Share this article',
    'Click here to read the full report',
    '© 2025 SOMEPAPER  • Disclaimer  • Privacy Policy  • Security Policy',
    'Copyright 2019 Some Paper. All rights reserved.',
    'Terms of Use | Privacy Policy | Cookie Settings',
    '(This story has not been edited by the staff and is auto-generated from a syndicated feed.)',
    'With inputs from agencies',
    '(With inputs from PTI)',
    'Also read: Five things to know about the new budget',
    'Related: Mayor announces re-election bid',
    'Read more',
    'More from Business',
    '-- NEWSWIRE',
    '— Staff',
    '(Reporting by Ann Lee; Editing by Bo Chen)',
    'https://example.org/story/123 https://example.org/story/456',
    'Contact: desk@example.org',
    'Sign up for our newsletter',
    'Get the best stories delivered to your inbox',
    'Advertisement',
    'ADVERTISEMENT',
    'Story continues below advertisement',
    'Photo: Jane Doe / Getty Images',
    'Protesters outside the court. (AP Photo/John Roe)',
    'Updated: 06-03-2025 01:54 IST',
    'Published : 06/03/2025 11:36 AM',
    'Last updated on March 5, 2024 at 10:00 am',
    'By Dana Whitfield, Lakeside Tribune',
    'Oct 28, 2018, 12:54 PM EDT',
    '4 min read',
    'Tags: Budget, Council, Elections',
    '(With agency inputs)',
    '2 hours ago',
    'Image caption, The old bridge was built in 1935',
    'Follow our coverage of the election at https://example.org/hub/election',
    'Catch all the latest news and updates on our site.',
    'SomePaper provides up-to-date news and information via its wires and www.somepaper.example',
  ])('drops %j', (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    'He resigned.',
    'WASHINGTON, May 2 (Agency) -- The Senate voted on Tuesday to extend the program.',
    '"It is over," she said.',
    "''Look, we are talking,'' she said.",
    'The company provides water to three million homes.',
    'Officials said the privacy policy of the app would change in June.',
    'By Tuesday, the crews had cleared the road.',
    'Updated figures were released on Friday.',
    'Published in 1997, the report is still cited.',
    'The photo agency said it would appeal.',
    'Rice prices rose 3.5% on Monday, traders said.',
  ])('keeps %j', (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });

  it.each([
    { line: 'Ferry crossings cancelled', kind: 'short' },
    { line: 'The ferry was cancelled.', kind: 'prose' },
    { line: 'Related stories', kind: 'related' },
    { line: '-- HARBOURLINE', kind: 'end' },
    { line: 'Advertisement', kind: 'furniture' },
  ])('classifies $line as $kind', ({ line, kind }) => {
    expect(classifyParagraph(line)).toBe(kind);
  });
});

describe('findBody invariants', () => {
  const pieces = fc.constantFrom(
    'The council met on Monday.',
    'Home | World',
    '\n',
    '\r\n',
    '\n\n',
    ' ',
    '# ',
    '- ',
    'Follow us',
    '© 2020',
    'short line',
    '"Quoted," she said.',
    'x',
  );
  it('returns ordered, trimmed, non-overlapping spans outside the header', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), fc.nat(200), fc.integer({ min: 1, max: 30 }), (parts, headerStart, headerLength) => {
        const text = parts.join('');
        const header = [{ start: headerStart, end: headerStart + headerLength }];
        let previousEnd = 0;
        for (const span of findBody(text, header)) {
          expect(span.start).toBeGreaterThanOrEqual(previousEnd);
          expect(span.end).toBeGreaterThan(span.start);
          expect(span.end).toBeLessThanOrEqual(text.length);
          const slice = text.slice(span.start, span.end);
          expect(slice).toBe(slice.trim());
          expect(span.end <= header[0].start || span.start >= header[0].end).toBe(true);
          previousEnd = span.end;
        }
      }),
    );
  });
});

describe('issue 12: captions, footnotes and reader comments are not body text', () => {
  it.each([
    { name: 'a file-photo caption', line: 'In this March 4, 2021, file photo, a ferry leaves the harbour at dusk.' },
    { name: 'a caption opening with FILE', line: 'FILE - A ferry leaves the harbour at dusk on June 2, 2020.' },
    { name: 'an undated file-image caption', line: 'In this undated handout image, crew members inspect the engine room.' },
    { name: 'a caption ending in its picture credit', line: 'Passengers wait on the quay on Monday. (AP Photo/Jane Roe)' },
    { name: 'a caption ending in a photo credit with a colon', line: 'Crews inspect the engine room. (Photo: Jane Roe/Harbourline)' },
    { name: 'a bracketed footnote', line: '[1] Figures from the port authority annual report, 2024.' },
    { name: 'a dagger footnote', line: '† Name changed to protect her privacy.' },
  ])('drops $name', ({ line }) => {
    const text = `${lead}\n\n${line}\n\n"We put safety first," a spokeswoman said.\n`;
    expect(kept(text)).toEqual([lead, '"We put safety first," a spokeswoman said.']);
  });

  it.each([
    { name: 'a sentence that mentions a photo', line: 'A passenger took a photo of the fire from the upper deck on Monday.' },
    { name: 'a sentence that opens with "In this"', line: 'In this harbour, night crossings have run since 1998.' },
  ])('keeps $name', ({ line }) => {
    const text = `${lead}\n\n${line}\n`;
    expect(kept(text)).toEqual([lead, line]);
  });

  it.each([
    {
      name: 'a Comments heading with names, replies, reports and votes',
      thread: ['Comments (2)', 'harbourfan · 2 hours ago', 'Typical! The ferries were always late and nobody at the council cares.', 'Reply · Report abuse', '12 likes', 'Jane Roe wrote:', 'I took the night ferry for years and it was fine.', 'Reply', '▲ 3 ▼'],
    },
    { name: 'a "Join the conversation" prompt', thread: ['Join the conversation', 'Posted by seagull42 at 9:14 pm', 'They should sell the whole fleet.'] },
    { name: 'a thread with no heading, known by its commenter lines', thread: ['portwatcher · 5 hours ago', 'This is what happens when you cut maintenance budgets.', 'Reply · Report'] },
    {
      name: 'signatures run into the comments, one sentence a paragraph',
      thread: [
        'Sell it all Posted by: seagull42 | March 4, 2025 9:14 PM | Report abuse In 2019 the council promised new boats and never delivered.',
        'Posted by: portwatcher | March 4, 2025 8:02 PM | Report abuse',
      ],
    },
    {
      name: 'comments that open with their time and the commenter',
      thread: ['At 09:14 am on 04 Mar 2025, seagull42 wrote: In 2019 the council promised new boats.', 'They never came.'],
    },
  ])('drops reader comments: $name', ({ thread }) => {
    const text = `${lead}\n\n"We put safety first," a spokeswoman said.\n\n${thread.join('\n\n')}\n`;
    expect(kept(text)).toEqual([lead, '"We put safety first," a spokeswoman said.']);
  });

  it.each([
    { line: 'Comments', kind: 'comments' },
    { line: '24 comments', kind: 'comments' },
    { line: 'Leave a comment', kind: 'comments' },
    { line: 'Reply · Report abuse', kind: 'comment-control' },
    { line: '12 likes', kind: 'comment-control' },
    { line: 'seagull42 · 3 days ago', kind: 'comment-control' },
    { line: 'They never came Posted by: seagull42 | March 4, 2025 9:14 PM | Report abuse In 2019 the council promised new boats and never delivered them to the harbour, which everyone knows by now.', kind: 'comment-control' },
    { line: 'At 9.14pm on 4 March 2025, Jane Roe wrote: the ferries were late again.', kind: 'comment-control' },
    { line: 'At 21:14 4th Mar 2025, seagull42 wrote: the ferries were late again.', kind: 'comment-control' },
    { line: 'Posted by: seagull42 | March 4, 2025 9:14 PM The ferries were late again, and the council did nothing about it.', kind: 'comment-control' },
    { line: '| March 4, 2025 9:14 PM | Report abuse The ferries were late again, and the council did nothing about it.', kind: 'comment-control' },
    { line: 'Marine Rev 2019; 4:12 -19 At 09:14 am on 04 Mar 2025, seagull42 wrote: the ferries were late again.', kind: 'comment-control' },
    { line: 'and we are all as safe as ever At 9:14 pm on 4 Mar 2025, Jane Roe wrote: the ferries were late again.', kind: 'comment-control' },
    { line: 'The ferry left the quay at 9:14 pm on 4 March 2025, the captain wrote: in his log, and it sank an hour later.', kind: 'prose' },
    { line: 'The ferry left the quay. At 9:14 pm on 4 March 2025, the captain wrote: "We are taking on water," and the ferry sank.', kind: 'prose' },
    { line: 'Harbourline Newsdesk research 3 Mar 2025', kind: 'furniture' },
    { line: 'Jane Roe reporting, March 3, 2025', kind: 'furniture' },
    { line: 'Harbour Board research began 3 Mar 2025', kind: 'short' },
    { line: 'The Harbour Board published its research on 3 Mar 2025.', kind: 'prose' },
    { line: 'Dr Jane Roe will be live online at 2pm today to answer your questions.', kind: 'furniture' },
    { line: 'Our ferry expert will be here from noon to take more questions.', kind: 'furniture' },
    { line: 'The harbour master will answer questions from councillors at 2pm today.', kind: 'prose' },
    // a questions session's greeting and thanks, with or without its speaker's name
    { line: 'harbourcourier.com: Hi Jane, thanks for coming on today.', kind: 'furniture' },
    { line: 'Portvale, Norland: Thank you so much for joining us!', kind: 'furniture' },
    { line: 'Thanks again for all your help with this!', kind: 'furniture' },
    { line: 'Thank you for your service, the mayor told the ferry crews on Monday.', kind: 'prose' },
    { line: '"Thanks for coming," the mayor told the crews on the quay on Monday.', kind: 'prose' },
    { line: 'The mayor thanked the crews for working through the night on Monday.', kind: 'prose' },
    { line: 'Hi Jane, over the weekend the harbour board cut all night crossings.', kind: 'prose' },
    { line: 'The Harbour Board posted by a 2-1 vote | a record | its first surplus since 1998.', kind: 'prose' },
    { line: 'At 9:14 pm on 4 March 2025, the ferry left the harbour with 40 passengers.', kind: 'prose' },
    { line: 'Residents said the comments made at the meeting were unfair.', kind: 'prose' },
  ])('classifies "$line" as $kind', ({ line, kind }) => {
    expect(classifyParagraph(line)).toBe(kind);
  });
});

describe('issue 12: a picture credit run into a paragraph is cut off', () => {
  const after = 'The ferry operator on Monday cut all night crossings after an engine fire.';
  it.each([
    { credit: '(By Jane Roe -- Harbourline Pictures) ' },
    { credit: '(Photo by Jane Roe/Harbourline) ' },
    { credit: '(Image: Harbourline Pictures) ' },
  ])('cuts "$credit"', ({ credit }) => {
    expect(kept(`${credit}${after}\n`)).toEqual([after]);
  });

  it.each([
    { text: '(By the end of the day, the ferry had returned.) Crews inspected the engine overnight.' },
    { text: '(Reuters) - The ferry operator on Monday cut all night crossings after an engine fire.' },
  ])('keeps a bracket that is not a picture credit: $text', ({ text }) => {
    expect(kept(`${text}\n`)).toEqual([text]);
  });
});

describe('furniture15: page furniture of modern web news', () => {
  const quote = '"We put safety first," a spokeswoman said.';

  it.each([
    { name: "a print edition's note", line: 'A version appeared on p12 of the Main section of the Harbour Courier on 21.04 BST on Friday 4 June 2021' },
    { name: "a print edition's note after a standfirst's tail", line: 'The night service is over This article appeared on p9 of the Weekend section of the Courier on Sunday 6 June 2021.' },
    { name: "a correction's note", line: 'This article was amended on 4 June 2021 to correct the number of passengers.' },
    { name: 'furn25: an update note run into the footer', line: 'cents This article was updated at 1pm on 4 June 2021 Letters for publication should be sent to: letters@courier.example' },
  ])('drops $name and ends the article there', ({ line }) => {
    expect(kept(`${lead}\n\n${line}\n\nFollow the latest harbour news on the app\n`)).toEqual([lead]);
  });

  it.each([
    'The council amended the ferry contract on 4 June 2021.',
    'A version of the timetable appeared on the harbour noticeboard on Friday.',
    'The operator said its timetable was updated on Friday.',
  ])('keeps a sentence about amendments and versions: %s', (line) => {
    expect(kept(`${lead}\n\n${line}\n`)).toEqual([lead, line]);
  });

  it("drops everything after a blog post's signature: the readers' comments, names stripped", () => {
    const text = `${lead}\n\n${quote}\n\nBy Jane Roe | March 4, 2025; 9:14 AM ET Who cares about the ferries?\n\nThey never ran on time in 2019 anyway.\n\nThe council should sell the fleet.\n`;
    expect(kept(text)).toEqual([lead, quote]);
  });

  it.each([
    { line: 'By Jane Roe | March 4, 2025; 9:14 AM ET Who cares about the ferries?', kind: 'comment-control' },
    { line: 'By March 4, 2025, the operator had sold two of its ferries to a buyer in Carrick.', kind: 'prose' },
    { line: 'By Jane Roe | Harbour desk', kind: 'furniture' },
  ])('classifies "$line" as $kind', ({ line, kind }) => {
    expect(classifyParagraph(line)).toBe(kind);
  });

  it.each([
    { name: 'a present-tense caption with its day and place', line: 'A boy wears a mask on a ferry in Norland May 4, 2025.' },
    { name: 'a caption with a weekday and a place after the date', line: 'Workers remove a boom from the marsh, Thursday, June 10, 2025, in Port Ellis, Norland.' },
    { name: 'a passive caption', line: 'The Norcorp logo is seen on a depot in Carrick November 2, 2025.' },
    { name: 'a caption after its credits', line: '(Harbour Photo/Jane Roe) (Jane Roe - Harbour) A pedestrian walks past a timetable board in Portvale Wednesday, Oct. 15, 2025.' },
    { name: 'a caption of a file picture', line: 'An oil-covered gull sits on the pier in Portvale in this June 5, 2025 file photo.' },
  ])('drops $name', ({ line }) => {
    expect(kept(`${lead}\n\n${line}\n\n${quote}\n`)).toEqual([lead, quote]);
  });

  // (credits in front of a caption close the caption before them (furn22), so these open the page)
  it.each([
    { name: 'a caption after an agency credit with an escaped slash', line: '(NPA Photo\\/Jane Roe) (Jane Roe - NPA) A display shows the ferry index at the exchange in Portvale, on Wednesday, Oct. 15, 2025.' },
    { name: 'a caption after an agency credit alone', line: '(NPA Photo) (NPA) A pedestrian walks under a timetable board in Carrick, Thursday, Oct. 16, 2025.' },
  ])('drops $name', ({ line }) => {
    expect(kept(`${line}\n\n${lead}\n\n${quote}\n`)).toEqual([lead, quote]);
  });

  it.each([
    { name: 'a happening told in the past', line: 'A Norcorp representative signed the letter on Oct. 19, 2024.' },
    { name: 'a saying about a past happening', line: 'Norcorp says it filed for bankruptcy on June 3, 2025.' },
    { name: 'a present tense with its day but no year', line: 'The inquiry opens in Portvale on Tuesday, June 3.' },
    { name: 'two sentences, the second dated', line: 'The ferry runs again. It sank off Carrick on June 3, 2025.' },
  ])('keeps $name', ({ line }) => {
    expect(kept(`${lead}\n\n${line}\n`)).toEqual([lead, line]);
  });

  const after = 'The ferry operator on Monday cut all night crossings after an engine fire.';
  it.each([
    { credit: 'Photograph: Jane Roe/Harbourline ' },
    { credit: 'Photograph: Jane Roe\\/Norpress\\/Tide Images ' },
    { credit: 'Photograph: Harbour Pictures ' },
    { credit: 'Photograph: Harbourline ' },
    { credit: 'Photograph: Jane Roe for the Courier ' },
  ])('cuts the unbracketed credit "$credit" off its lead, short or long', ({ credit }) => {
    expect(kept(`${credit}${after}\n`)).toEqual([after]);
    const long = `${after.slice(0, -1)}, stranding 200 passengers at the terminal in Portvale for the night while inspectors from the regional safety board checked the engines.`;
    expect(kept(`${credit}${long}\n`)).toEqual([long]);
  });

  it('leaves a credit whose end is unsure as it was', () => {
    const text = 'Photograph: Harbourline Norcorp cut all night crossings on Monday after an engine fire forced 200 passengers back to the terminal in Portvale, where they waited for buses, the company said in a statement.';
    expect(kept(`${text}\n`)).toEqual([text]);
  });
});

describe("furniture15: a prompt for readers' comments or stories opens what they sent", () => {
  const sent = ['My grandfather sailed on the night ferry in 1962 and never missed a crossing.', 'I was stranded in Portvale on Monday, like everyone else.'];
  it.each([
    'Send us your comments and experiences using the form below: A selection of your comments may be published, displaying your name and location.',
    'Add your comments on this story, using the form below.',
    'In some cases a selection of your comments will be published, displaying your name and town.',
    "Send me a sentence using one of these phrases and I'll put my favourites on this page.",
    "If your family sailed from Portvale, here's the place to post a query.",
    '(Reporting by Jane Roe; Editing by Tom Vell) We welcome comments that advance the story through relevant opinion.',
    'Views expressed in the comments do not represent those of the Harbour Courier.',
    'Some of your comments on the ferry plan appear below.',
    'Your stories from the stranded ferries are published below.',
  ])('drops what follows "%s"', (prompt) => {
    expect(kept(`${lead}\n\n${prompt}\n\n${sent.join('\n\n')}\n`)).toEqual([lead]);
  });

  it.each([
    'The council asked residents to send their comments on the timetable by 3 May.',
    'Stories from stranded passengers were published on the harbour website on Monday.',
    'The mayor said she would welcome comments from the ferry crews on Monday.',
    '"Your stories appear below the lead report every day," the editor told the stranded passengers on Monday.',
  ])('keeps a sentence about comments that asks the reader nothing: %s', (line) => {
    expect(kept(`${lead}\n\n${line}\n\n${sent[0]}\n`)).toEqual([lead, line, sent[0]]);
  });
});

describe('review of session 10: furniture rules keep the news that looks like them', () => {
  const rest = 'Repairs to the engine will take three weeks, the operator added.';
  it.each([
    // someone's words about comments are the story's, and what follows stays
    '"The senator\'s comments do not reflect the views of the party," a spokesman said.',
    '"We welcome comments from residents on the plan," the mayor said on Monday.',
    // news on the calendar with its full date is no caption: no place or comma before the date
    'The new ferry rules take effect Jan. 1, 2026.',
    'The operator pays its dividend Dec. 15, 2025.',
  ])('keeps "%s" and the paragraphs after it', (line) => {
    expect(kept(`${lead}\n\n${line}\n\n${rest}\n`)).toEqual([lead, line, rest]);
  });

  it('reads a blog post signature alone on its line as a byline, not the start of the comments', () => {
    const text = `Ferry crossings cut\n\nThe operator acted after a fire.\n\nBy Jane Roe | March 3, 2025; 9:14 AM ET\n\n${lead}\n\n${rest}\n`;
    expect(kept(text)).toEqual(expect.arrayContaining([lead, rest]));
  });

  it('cuts a credit "for the" a paper of several words up to the lead', () => {
    expect(kept(`Photograph: Jane Roe for the Harbour Daily Courier ${lead}\n`)).toEqual([lead]);
  });
});

describe('chrome18: a caption or headline run into a paragraph with no full stop is cut off', () => {
  const lead = 'A relief charity from Marlow is sending tents and water filters to Norland after a strong earthquake struck the island on Tuesday.';
  it.each([
    { caption: 'Volunteers were in Norland in 2008 after storms left hundreds homeless ' },
    { caption: 'Ferry crossings resume at Portvale Crews worked through the night on the damaged pier ' },
    { caption: 'By Jane Roe Harbour Courier Her trial will resume on 29 November, and she was held without bail ' },
    // (a date tied to the caption's own clause goes with it)
    { caption: 'Ana Ruiz has announced a benefit concert for Marlow on 8 October ' },
  ])('cuts "$caption" off its lead', ({ caption }) => {
    expect(kept(`${caption}${lead}\n`)).toEqual([lead]);
  });

  it('cuts one run-in line after another', () => {
    expect(kept(`Portvale pier reopens Crews worked through the night on the damaged pier ${lead}\n`)).toEqual([lead]);
  });

  it.each([
    // a sentence of the article with a caption or a footer's line run on after it: the longer run is the article's
    { text: 'Tens of thousands of tonnes of grain have spilled into the harbour since then from the barge that broke apart off the eastern pier The spill has reached the beach.' },
    // a letter that names a type, an article before a paper's name, a word that ties the capital on
    { text: 'Officials confirmed two cases of type A influenza in Portvale on Monday and said the patients were recovering at home.' },
    { text: 'The mayor told The Harbour Courier that the pier would reopen on Monday after repairs to its deck.' },
    { text: 'Ana Ruiz said the plan was A good start for the town and that more money would follow next year.' },
    // a date before the sentence is a timeline entry's or a post's: it dates what follows
    { text: '3 March 2021 The trial is delayed to allow both sides more time to prepare their cases.' },
    { text: 'Thursday, May 27, 2021; 1:00 PM The repair of the pier is under way, with the outcome uncertain.' },
    // a box of items run together with no full stop anywhere: no sentence to tell a caption by
    { text: `The council has announced that it will buy two new ferries for the harbour route ${'A new pier is being built at the north end of the bay for the larger boats and it will open next year '.repeat(4)}and the old one will close.` },
    // a capital "A" that is a letter: after a capitalised label, before a verb, a preposition or a plural noun
    { text: 'Voters in Harbourton approved Measure A on Tuesday, raising the local sales tax by half a cent to pay for roads.' },
    { text: 'Patients in Ward A were moved on Monday after a fire broke out near the kitchen, the hospital said.' },
    { text: 'Residents near Building A reported hearing a loud bang on Monday night before the roof collapsed.' },
    { text: 'Pupils who got A grades in maths fell by a tenth on Thursday, the exam board said in its annual report.' },
    { text: 'More than 300,000 students received A level results on Thursday, with top grades rising for a third year.' },
    // a sentence introducing a list run on after its colon
    { text: 'Ana Ruiz said the council was making a three-part effort to reopen the pier: Divers are checking the piles for damage A barge is being sent to the site with new beams.' },
  ])('keeps $text', ({ text }) => {
    expect(kept(`${text}\n`)).toEqual([text]);
  });
});

describe('chrome19: a wire caption is told by its picture, whatever the tagger reads as its verb', () => {
  const quote = '"Safety comes before the timetable," the operations manager told reporters.';
  it.each([
    { name: 'a caption whose weekday follows "on"', line: 'A clerk sits in front of the fare board at the terminal in Portvale, central Norland, on Wednesday, Oct. 15, 2025.' },
    { name: 'a caption whose weekday follows a common noun', line: 'An investor stands in front of the price board at a broker\'s office Wednesday Oct. 15, 2025 in Carrick, Norland.' },
    { name: 'a present tense the lexicon takes for a noun, after a plural subject', line: 'People wear raincoats on a shopping street in Portvale, western Norland, May 17, 2025.' },
    { name: 'a caption that points at its picture at its end', line: 'Fire crews battle the flames on the pier off Portvale, in this handout photograph taken on April 21, 2025.' },
    { name: 'an undated handout picture', line: 'Jane Roe poses in an undated handout photo.' },
    { name: 'a caption whose past participle describes', line: 'A gull covered in oil stands on a pier in Portvale, in this photo released by the coast guard.' },
    { name: 'a caption whose picture was taken and obtained on named days', line: 'Fire crews battle the flames on the pier off Portvale, in this handout photograph taken on April 21, 2025 and obtained on April 22.' },
    { name: 'a caption that places its subject in the picture', line: 'Mayor Ann Lee, left, finishes her statement at the new terminal in Portvale, Saturday, Oct. 11, 2025, in Norland.' },
    { name: 'a caption in brackets', line: '(A gull rests on an oiled pier in Portvale, Norland, August 1, 2025.)' },
  ])('drops $name', ({ line }) => {
    expect(kept(`${lead}\n\n${line}\n\n${quote}\n`)).toEqual([lead, quote]);
  });

  it.each([
    { name: 'a scheduled change with its full date and no weekday', line: 'The new ferry rules take effect Jan. 1, 2026.' },
    { name: 'a past happening with a weekday and a year', line: 'The ferry sank off Carrick on Wednesday, Oct. 15, 2025.' },
    { name: 'a scheduled change with a weekday and a year', line: 'The new ferry rules take effect Monday, Jan. 5, 2026.' },
    { name: 'a scheduled change with "on", a weekday and a year', line: 'The new ferry rules take effect on Monday, Jan. 5, 2026.' },
    { name: 'an opening to come with a weekday and a year', line: 'The rebuilt terminal opens Friday, Jan. 9, 2026.' },
    { name: 'a deed told beside the picture it points at', line: 'Police on Thursday released the face of the suspect, shown in this image from a dock camera, and asked for help.' },
    { name: 'an arrest told of a person the picture shows', line: 'The suspect, seen in this undated handout photo, was arrested in Portvale on Monday.' },
    { name: 'a resignation told of a person the picture shows', line: 'The harbour master, seen in this photo, resigned on Wednesday.' },
  ])('keeps $name', ({ line }) => {
    expect(kept(`${lead}\n\n${line}\n`)).toEqual([lead, line]);
  });

  it.each([
    { credit: '(NPA Photo\\/Jane Roe, File) ' },
    { credit: '(NPA Photo) (NPA) ' },
    { credit: '(Jane Roe - The Harbour Courier) ' },
  ])('cuts the agency credit "$credit" off the lead', ({ credit }) => {
    // (a lead opening with "The" or "A" is cut off its credit as a run-in caption's lead is: this one opens with a name)
    const named = 'Norcorp cut all night crossings on Monday after an engine fire, the company said.';
    expect(kept(`${credit}${named}\n`)).toEqual([named]);
  });

  it('keeps initials in brackets that are the sentence\'s subject', () => {
    const text = '(NPA) confirmed on Monday that night crossings would resume in October.';
    expect(kept(`${text}\n`)).toEqual([text]);
  });
});

describe("chrome20: a wire story's own words begin at its dateline", () => {
  const lead = 'HARBOURTON, May 6 (Agency) - Health officials in Norland said on Tuesday that 40 people had been taken ill after eating at a school fair.';
  it.each([
    // a headline's bullet summary, a byline, an update stamp, a teaser box's heading, a photo credit run into the lead
    { before: '* Officials confirm 40 cases * Schools shut for the week ' },
    { before: 'By Jane Roe, Health and Science Editor ' },
    { before: 'PORTVILLE | Tue May 6, 2021 8:50 pm EDT ' },
    { before: 'Full Article School fair illness spreads in Norland HARBOURTON | Tue May 6, 2021 10:10 am IST ' },
    { before: 'More Stories From Elsewhere ' },
    { before: 'Norcorp, via Agency ' },
  ])('cuts "$before" off the lead', ({ before }) => {
    expect(kept(`${before}${lead}\n`)).toEqual([lead]);
  });

  it.each([
    { text: 'More Stories From Elsewhere PORTVILLE -- The harbour board voted on Monday to close the old pier for repairs.', lead: 'PORTVILLE -- The harbour board voted on Monday to close the old pier for repairs.' },
    { text: 'Thu May 6, 2021 1:40 pm EDT (Agency) - A steel barge reached the pier on Thursday after a week at sea.', lead: '(Agency) - A steel barge reached the pier on Thursday after a week at sea.' },
    { text: 'Pier repairs begin NEW PORTVILLE, Norland (Agency) - Crews began repairs to the pier on Monday, the harbour board said.', lead: 'NEW PORTVILLE, Norland (Agency) - Crews began repairs to the pier on Monday, the harbour board said.' },
  ])('keeps the story from its dateline in "$text"', ({ text, lead: story }) => {
    expect(kept(`${text}\n`)).toEqual([story]);
  });

  it.each([
    // a dateline that opens the paragraph, and the words of a place after its first ("NEW PORTVILLE", "Norland (Agency)")
    { text: 'NEW PORTVILLE, Norland (Agency) - Crews began repairs to the pier on Monday, the harbour board said.' },
    // a sentence before it: the paragraph's own prose
    { text: 'The board met on Monday. PORTVILLE -- The harbour board voted to close the old pier for repairs, its chair said.' },
    // capitals inside a sentence that open no story
    { text: 'The report was sent to the COUNCIL -- which met on Monday -- and to the harbour board for a vote next week.' },
    // a timeline's entry: its date and heading stay with it
    { text: '8 - 18 MAY: DOME PLAN - FAILED Plans to lower a steel dome over the leak are dropped as ice builds up inside it.' },
    // more than a headline's worth of words before it
    { text: `${'The harbour board has argued about the old pier for years and nobody has agreed on what to do with it '.repeat(5)}PORTVILLE -- The harbour board voted to close the old pier for repairs.` },
  ])('keeps $text', ({ text }) => {
    expect(kept(`${text}\n`)).toEqual([text]);
  });
});

describe('chrome20: capitals inside a sentence are no dateline', () => {
  it.each([
    { text: 'The former executive added: "Norcorp has senior people in the NORLAND - Americans who are competent in what they do."' },
    { text: 'The parody feed has more followers than the official NORCORP -- Harbour feed, which had fewer on Thursday.' },
  ])('keeps $text', ({ text }) => {
    expect(kept(`${text}\n`)).toEqual([text]);
  });
});

describe("furn22: a picture's credit closes the caption before it", () => {
  const lead = 'The harbour board voted on Monday to close the old pier for repairs, its chair said.';
  const second = 'Repairs are expected to take most of the summer, the board said in a statement.';
  it.each([
    // a labelled credit run into the lead, and the caption paragraph before it (a headline and standfirst run in)
    { caption: 'Old pier to close Harbour board acts after storm damage Gulls rest on the broken rail of the old pier in Portville.', credit: 'Photograph: Jane Roe/Agency ' },
    // a credit line alone between the caption and the lead
    { caption: 'Crews inspect the storm damage to the old pier.', credit: 'Photograph: Jane Roe/Agency\n\n' },
    { caption: 'A gull rests on the broken rail of the old pier.', credit: '(By Jane Roe -- Harbour Courier)\n\n' },
    // a gallery's credits in front of the next caption close the one before
    { caption: 'The old pier was built in 1911 and last repaired in 1987.', credit: '(AGENCY Photo\\/Jane Roe) (Jane Roe - AGENCY) ' },
    { caption: 'Waves break over the old pier in Portville.', credit: 'AGENCY/Getty Images\n\n' },
  ])('drops the caption before "$credit"', ({ caption, credit }) => {
    expect(kept(`${caption}\n\n${credit}${lead}\n\n${second}\n`)).toEqual([lead, second]);
  });

  it.each([
    // a caption run into the lead with its credit: cut up to the credit
    { text: `Gulls rest on the broken rail of the old pier Photograph: Jane Roe/Agency ${lead}` },
    { text: `A clerk files the board's papers in Portville. (By Jane Roe -- Harbour Courier) ${lead}` },
  ])('cuts the caption and credit off "$text"', ({ text }) => {
    expect(kept(`${text}\n\n${second}\n`)).toEqual([lead, second]);
  });

  it.each([
    // a caption that tells what happened on the page's own day is the day's news, as the lead is
    { caption: 'Jane Roe, left, and John Doe leave the harbour board meeting yesterday.', credit: '(By Ann Poe -- Harbour Courier)\n\n' },
    // a caption in brackets names no maker: the paragraph before it is the article's
    { caption: 'And that could have as much to do with money as with safety.', credit: '(Photo: Pupils wear masks in Portville/Jane Roe) ' },
    // a label that tells something is no credit
    { caption: 'The board has not said when the work will start.', credit: 'Photo: none of the crews were on the pier that night.\n\n' },
    // an agency's initials in brackets, or a subject in brackets, are no credit after prose
    { caption: 'The board has not said when the work will start.', credit: '(BHC) said the board had been warned in March.\n\n' },
  ])('keeps the paragraph before "$credit"', ({ caption, credit }) => {
    expect(kept(`${caption}\n\n${credit}${lead}\n`)).toContain(caption);
  });

  it("drops a gallery caption's body, from its credited caption to the next credit", () => {
    const head = '(NPA Photo\\/Jane Roe) (Jane Roe - NPA) A clerk stands in front of the fare board at the terminal in Portvale, Wednesday, Oct. 15, 2025.';
    const body1 = 'Ferry fares rose for the third week in a row on Wednesday.';
    const body2 = 'The fare index closed 12 points higher at 1,402.';
    const next = '(NPA Photo\\/John Doe) (John Doe - NPA) A pedestrian walks under a timetable board in Carrick, Thursday, Oct. 16, 2025.';
    expect(kept(`${head}\n\n${body1}\n\n${body2}\n\n${next}\n\n${lead}\n`)).toEqual([lead]);
  });

  it('keeps an article paragraph with a credit-like name in brackets inside it', () => {
    const text = 'Sen. Jane Roe (D - Norland) The board voted on Monday to close the old pier for repairs.';
    expect(kept(`${text}\n`)).toEqual([text]);
  });
});

describe("runin24: a page's heading and caption run into a lead that opens with a name are cut off", () => {
  it.each([
    {
      text: 'Council names new head of harbour board Mr Roe (left) visited the pier with the mayor last week Mr Roe will lead the board from Monday, the council said.',
      lead: 'Mr Roe will lead the board from Monday, the council said.',
    },
    {
      text: 'Norland flood appeal reaches 4m Norlanders have given a total of 4m to the flood appeal after another 1m was added over the weekend.',
      lead: 'Norlanders have given a total of 4m to the flood appeal after another 1m was added over the weekend.',
    },
    {
      text: 'Portvale lifts ferry limits Shoppers in Portvale have been hit hard by the closures Portvale has lifted all limits on the ferry imposed last month, officials said.',
      lead: 'Portvale has lifted all limits on the ferry imposed last month, officials said.',
    },
    {
      text: 'Ferry fire: Jane Roe describes the scene at the pier Rescuers have pulled six people from the water after a ferry caught fire off Portvale.',
      lead: 'Rescuers have pulled six people from the water after a ferry caught fire off Portvale.',
    },
  ])('cuts the heading off "$lead"', ({ text, lead }) => {
    expect(kept(`${text}\n`)).toEqual([lead]);
  });

  it('cuts only on the page\'s first paragraph', () => {
    const first = 'The council met on Monday to discuss the pier.';
    const second = 'Portvale lifts ferry limits Shoppers in Portvale have been hit hard by the closure Portvale has lifted all limits on the ferry.';
    expect(kept(`${first}\n\n${second}\n`)).toEqual([first, second]);
  });

  it.each([
    // speech whose "that" is dropped, a title or a noun before a name, a determiner's phrase, a day, a relative clause
    { text: 'The harbour master told reporters Jane Roe would lead the board from Monday after the vote.' },
    { text: 'Tents from the Marlow aid charity Tentbox are being used as hospital wards in the quake zone.' },
    { text: 'A nurse who works at a clinic just outside the capital Portvale says the aftershocks are still being felt.' },
    { text: 'Federal health officials Friday called on the company to protect the health of workers cleaning up the harbour.' },
    { text: 'The story of the last big Norlandic ferry disaster has evolved over time into a simple tale of cause and effect.' },
    { text: 'The trial of the doctor accused of causing the death of pop singer Ana Ruiz has been postponed until September.' },
    { text: 'As the storm passed over the bay, the harbour owner Norcorp and the ferry company Seaways said they would reopen.' },
    { text: 'Pictures have emerged of the moment Portvale was shaken by the earthquake on Tuesday night.' },
    // a name then "The": the heading ends at the name, which no cut may leave as a stray word at the lead's start
    { text: 'Ferry strike reaches Portvale The Norland union has warned that the strike could last for weeks.' },
  ])('keeps $text', ({ text }) => {
    expect(kept(`${text}\n`)).toEqual([text]);
  });
});

describe("furn61: a caption run into the page's lead ends at a day after its preposition, or where the lead names again whom it named", () => {
  it.each([
    {
      text: "Roe fell ill at the quay in March Jane Roe's boat licence has been withdrawn by the harbour board, her lawyer said.",
      lead: "Jane Roe's boat licence has been withdrawn by the harbour board, her lawyer said.",
    },
    {
      text: 'The moment Ruiz was lifted from the water Norlander Ana Ruiz, 31, was found on Sunday clinging to a buoy off Portvale.',
      lead: 'Norlander Ana Ruiz, 31, was found on Sunday clinging to a buoy off Portvale.',
    },
    {
      text: 'Carrick Academy had been due to reopen on Monday after the holiday Carrick will stay shut for a week after a pupil fell ill, the school said.',
      lead: 'Carrick will stay shut for a week after a pupil fell ill, the school said.',
    },
  ])('cuts the caption off "$lead"', ({ text, lead }) => {
    expect(kept(`${text}\n`)).toEqual([lead]);
  });

  it.each([
    // a day after its preposition, then a name that is the object of the clause or its own date's subject
    { text: 'The board met in March Jane Roe and the mayor to agree a plan for the harbour and the old pier.' },
    // a name told again after a noun, with no verb in the words before: one noun phrase
    { text: 'Jane Roe and her sister the sailor Ana Roe were found on Sunday clinging to a buoy off Portvale.' },
    // a name told again after a title noun: the title's
    { text: 'Roe visited the quay with his brother Tom Roe, who was found on Sunday clinging to a buoy.' },
  ])('keeps $text', ({ text }) => {
    expect(kept(`${text}\n`)).toEqual([text]);
  });

  it('cuts only on the page\'s first paragraph', () => {
    const first = 'The council met on Monday to discuss the pier.';
    const second = "Roe fell ill at the quay in March Jane Roe's boat licence has been withdrawn by the harbour board, her lawyer said.";
    expect(kept(`${first}\n\n${second}\n`)).toEqual([first, second]);
  });
});

describe("furn61: an initialism's full stops end no caption or heading run into a lead", () => {
  it.each([
    { caption: 'A Bleak Winter For U.N. Staff ', lead: 'The agency has cut its budget for the third year in a row, its chief said on Monday.' },
    { caption: "With the harbour board's money and U.S. help, the old pier was rebuilt ", lead: 'It was a hard job from the start, this joint effort between the town and the navy.' },
  ])('cuts "$caption" off "$lead"', ({ caption, lead }) => {
    expect(kept(`${caption}${lead}\n`)).toEqual([lead]);
  });

  it.each([
    // a letter that ends a sentence is no initialism: the full stop ends the sentence, and no caption runs on
    'Doctors found a new strain of influenza type A. The clinic has cut its hours for the third week in a row this month.',
    // an initialism's last full stop before a starter ends its sentence: no caption runs on past it
    'Ann Roe flew home to the U.S. She said the old firm would have to close Many say the town will not be the same again without the mill, a neighbour said.',
  ])('keeps "%s"', (text) => {
    expect(kept(`${text}\n`)).toEqual([text]);
  });
});

describe("furn71: a fact box's labelled lists, or its title line with the post's years, run into the lead", () => {
  it.each([
    {
      box: 'Career: Mayor of Carrick (2001 to 2008); Harbour Master at Portvale (1995 to 2001); Clerk to the Board (1990 to 1995) Schooling: Norland College, B.A. (history), 1987; Carrick Law School, 1990 ',
      lead: 'A native of the coast, Roe grew up with a father who fished and a mother who taught.',
    },
    {
      box: 'Career: Chief of Norcorp; Chair, Harbour Board (Nov. 2003 to Jan. 2009); Director, Ferries (Sept. 2001 to Nov. 2003) Schooling: Norland College, 1983; Carrick School, 1985 ',
      lead: 'Roe was born in Carrick in 1961, but spent most of her youth abroad.',
    },
    {
      box: 'Former Harbour Master of Carrick (May 2001 to June 2008) ',
      lead: 'When Roe first joined the harbour board, she was a newcomer.',
    },
  ])('cuts the box off "$lead"', ({ box, lead }) => {
    expect(kept(`${lead}\n\n${box}${lead}\n`)).toEqual([lead, lead]);
  });

  it.each([
    // a box under a heading that names whom it is about: the heading may be the page's only full name
    'About: Jane Roe Career: Mayor of Carrick (2001 to 2008); Harbour Master at Portvale (1995 to 2001) Schooling: Norland College, 1987; Carrick Law School, 1990 A native of the coast, Roe grew up by the sea.',
    // one label, a list of years in prose: no box
    'Note: the mill opened in 1950; it closed in 1990; it reopened in 2001 When it did, the town cheered loudly.',
    // a title with its years and no lead after it
    'Former Harbour Master of Carrick (May 2001 to June 2008)',
    // a name and its years in a sentence: the clause goes on in lower case
    'Harbour Master Jane Roe (2001 to 2008) was the first woman to hold the post, the board said on Monday.',
  ])('keeps "%s"', (text) => {
    expect(kept(`${lead}\n\n${text}\n`)).toEqual([lead, text]);
  });
});

describe("furn28: an item of a listing of other pages is not the article's", () => {

  it.each([
    { name: 'a teaser after its kind', line: 'Article | PORTVALE -- The harbour board on Thursday questioned the ferry operator about its safety record and asked who was responsible for the engine checks on the night of the fire.' },
    { name: "a teaser after the linked page's heading", line: 'Ferry chief questioned over engine checks Article | PORTVALE - Investigators on Thursday questioned the ferry chief.' },
    { name: 'a video teaser', line: 'Video | Crews battle the fire on the pier as the last ferry leaves.' },
  ])('drops $name', ({ line }) => {
    expect(kept(`${lead}\n\n${line}\n`)).toEqual([lead]);
  });

  it.each([
    'The operator published the article on its website on Monday, and a video of the fire was shared widely.',
    'Crews filmed a video | a gallery of pictures was posted later.',
    'Table 2 | Ferry crossings by month, 2025.',
  ])('keeps a sentence with a bar or a word for a page: %s', (line) => {
    expect(kept(`${lead}\n\n${line}\n`)).toEqual([lead, line]);
  });
});

describe("furn28: a reader's message quoted on a live page is the sender's, not the page's reporting", () => {

  it.each([
    { name: 'an e-mail after a clock stamp', line: '1614 Jane Roe in Portvale e-mails: "My brother was on the last ferry and saw the smoke from the deck."' },
    { name: 'an e-mail from someone described', line: 'Tom Lee, a teacher in Carrick, emails: "The school has closed for the week."' },
    { name: 'a tweet under a handle', line: '0930 harbourwatch tweets: "Crews still on the pier, smoke now thinning."' },
  ])('drops $name', ({ line }) => {
    expect(kept(`${lead}\n\n${line}\n`)).toEqual([lead]);
  });

  it.each([
    'The mayor tweeted: "The pier is closed until further notice."',
    'Our correspondent writes: the pier will stay closed for a week.',
    'The operator says it e-mails: "every passenger whose crossing is cancelled."',
    'Jane Roe, who runs the ferry cafe, says the pier was empty by noon.',
    // (a plural noun, not a verb of sending)
    'Police released the texts: "We will sink the ferry on Friday."',
    'The court was shown the captain\'s emails: "Skip the engine checks this week."',
  ])('keeps a message the story quotes: %s', (line) => {
    expect(kept(`${lead}\n\n${line}\n`)).toEqual([lead, line]);
  });
});

describe("furn28: a graphic's list of sources is its credit", () => {

  it('drops a list of sources under a graphic', () => {
    expect(kept(`${lead}\n\nSOURCES: Harbour Board, Norland Coastguard | The Courier - Oct. 20, 2025\n`)).toEqual([lead]);
  });

  it('keeps a sentence that names its sources', () => {
    const line = 'Sources close to the board said the ferry would return to service on Friday.';
    expect(kept(`${lead}\n\n${line}\n`)).toEqual([lead, line]);
  });
});

describe("furn29: a finished live page's heading is not the article's", () => {
  const lead = 'The ferry operator on Monday cut all night crossings after an engine fire, the company said.';

  it('drops an "As it happened:" heading and its standfirst', () => {
    expect(kept(`As it happened: Storm on the coast 4 Feb Live coverage after Monday's storm, in which hundreds were feared hurt.\n\n${lead}\n`)).toEqual([lead]);
  });

  it('keeps a sentence that opens "As it happened,"', () => {
    const line = 'As it happened, the captain was ashore when the fire broke out on Monday.';
    expect(kept(`${lead}\n\n${line}\n`)).toEqual([lead, line]);
  });
});

describe("furn31: a wire caption that says where each one stands in the picture", () => {
  const lead = 'The ferry operator on Monday cut all night crossings after an engine fire, the company said.';

  it.each([
    'The ferry Northern Star (L) and a harbour tug (C) pump water onto the burning hull off Carrick June 3, 2025.',
    'Coastguard officers (L-R) Jane Roe, John Doe and Mary Major inspect the damaged hull at the quay, June 3, 2025.',
  ])('drops "%s"', (line) => {
    expect(kept(`${lead}\n\n${line}\n`)).toEqual([lead]);
  });

  it.each([
    // a party's label in prose, and a saying
    'Gov. Jane Roe (R) inspected the damaged hull at the quay on June 3, 2025.',
    'Harbour master John Doe (L) said the ferry would be towed away on June 3, 2025.',
    // positions with no day the picture was taken
    'The ferry Northern Star (L) and a harbour tug (C) were both built in the same yard.',
  ])('keeps "%s"', (line) => {
    expect(kept(`${lead}\n\n${line}\n`)).toEqual([lead, line]);
  });
});

describe("furn31: a teaser box's item after the article", () => {
  const lead = 'The ferry operator on Monday cut all night crossings after an engine fire, the company said.';
  const more = 'Engineers said the engine room had been checked a week before the fire, the operator added.';

  it.each([
    'News From Around The Web PORTVILLE -- The harbour board said on Wednesday it would close the old pier in March.',
    'More Stories From Elsewhere PORTVILLE (Agency) - The harbour board voted on Wednesday to close the old pier.',
  ])('drops "%s" after the article\'s prose', (line) => {
    expect(kept(`${lead}\n\n${line}\n\n${more}\n`)).toEqual([lead, more]);
  });

  it('drops the heading alone on its line as a related-links heading', () => {
    expect(kept(`${lead}\n\nFrom Around the Web\n\nHarbour gets new ferry\n\nPier to close\n`)).toEqual([lead]);
  });

  it.each([
    // a wire story's own dateline after the article's prose, with no heading before it
    'PORTVILLE -- The harbour board said on Wednesday it would close the old pier in March.',
    // a headline run into the dateline (a sentence's words before it) is no teaser box's heading
    'Pier to close PORTVILLE -- The harbour board said on Wednesday it would close the old pier in March.',
  ])('keeps "%s"', (line) => {
    // (two paragraphs of the article before it: the page's first paragraph above a dateline is the page's, see furn42)
    const out = kept(`${lead}\n\n${more}\n\n${line}\n`);
    expect(out).toHaveLength(3);
    expect(out[2]).toMatch(/PORTVILLE -- The harbour board said on Wednesday/);
  });
});

describe("furn23b: a teaser box's next items, each opening with its own dateline", () => {
  const lead = 'The ferry operator on Monday cut all night crossings after an engine fire, the company said.';
  const more = 'Engineers said the engine room had been checked a week before the fire, the operator added.';
  const box = 'News From Around The Web PORTVILLE -- The harbour board said on Wednesday it would close the old pier in March.';

  it.each([
    ['one item', ['CARRICK -- The mayor is telling councillors that the town will run out of road salt by mid-February.']],
    [
      'two items',
      [
        'CARRICK -- The mayor is telling councillors that the town will run out of road salt by mid-February.',
        'MARLOW, May 6 (Agency) - The rail union said on Tuesday it would strike for two days next week.',
      ],
    ],
  ])('drops %s after the box\'s first', (_name, items) => {
    expect(kept(`${lead}\n\n${box}\n\n${items.join('\n\n')}\n\n${more}\n`)).toEqual([lead, more]);
  });

  it('keeps a dateline paragraph after the article\'s own prose has come back', () => {
    const item = 'CARRICK -- The mayor is telling councillors that the town will run out of road salt by mid-February.';
    expect(kept(`${lead}\n\n${box}\n\n${more}\n\n${item}\n`)).toEqual([lead, more, item]);
  });
});

describe("furn23b: a reader's thanks or praise to the writer opens the comments", () => {
  const lead = 'The ferry operator on Monday cut all night crossings after an engine fire, the company said.';
  const comment = 'This was a disaster waiting to happen last winter when the old boat broke down.';

  it.each([
    'Thank you Jane for putting some sense into this.',
    'Thank you very much, sir, for an intelligent analysis of this crisis.',
    'Thanks for a clear and sober article.',
    'Great article!',
  ])('drops what follows "%s"', (line) => {
    expect(kept(`${lead}\n\n${line}\n\n${comment}\n`)).toEqual([lead]);
  });

  it.each([
    // someone's thanks in the story, quoted or said
    '"Thank you Jane for coming to the pier," the mayor told the crew.',
    'Thank you for joining us on the pier today, the mayor told the crew.',
    // an interview's thanks for someone's time
    'Thank you, Captain, for taking the time to talk to us about the fire.',
    // praise of a piece told as news
    'Great article writers were honoured at the harbour festival on Saturday.',
  ])('keeps "%s"', (line) => {
    expect(kept(`${lead}\n\n${line}\n\n${comment}\n`)).toEqual([lead, line, comment]);
  });
});

describe('furn41: an agency picture credit with its brackets lost, run into the next paragraph', () => {
  const caption = 'The supply boat Sea Lark leaves the harbour for the wreck site Monday, June 7, 2021.';
  const story = 'has begun work on a second pier that could take the ferries by the autumn.';
  const more = 'The company began the work early on Sunday, but only announced it on Tuesday morning.';

  it.each([
    ['AGENCY Photo/Norcorp Norcorp ' + story, 'Norcorp ' + story],
    ['AGENCY Photo\\/Norcorp Norcorp ' + story, 'Norcorp ' + story],
    ['AGENCY Photo/Jane Roe The harbour board ' + story, 'The harbour board ' + story],
  ])('cuts the credit from "%s" and drops the caption before it', (line, rest) => {
    expect(kept(`${caption}\n\n${line}\n\n${more}\n`)).toEqual([rest, more]);
  });

  it.each([
    // an agency's initials before a word that is not a picture's credit
    'AGENCY Photographers at the pier said the ferry ' + story,
    // a bracketed credit is read as before
    'The harbour board ' + story + ' (AGENCY Photo/Jane Roe)',
  ])('leaves the caption-like paragraph before "%s"', (line) => {
    expect(kept(`${caption}\n\n${line}\n\n${more}\n`)[0]).toBe(caption);
  });

  it('keeps a slashed credit whose lead opens with no capital', () => {
    const line = `AGENCY Photo\\/Norcorp said on Monday the harbour board ${story}`;
    expect(kept(`${caption}\n\n${line}\n`)).toEqual([caption, line]);
  });
});

describe("furn71: a bracketed picture credit's name told again after it is the credit's", () => {
  const more = 'The company began the work early on Sunday, but only announced it on Tuesday morning.';

  it.each([
    ['(AGENCY Photo/Jane Roe) Jane Roe The harbour board has begun work on a second pier.', 'The harbour board has begun work on a second pier.'],
    ['(AGENCY Photo\\/Jane Roe) Jane Roe Crews clear the pier at Carrick.', 'Crews clear the pier at Carrick.'],
    ['(Photo by Tom Lee) Tom Lee The harbour board has begun work on a second pier.', 'The harbour board has begun work on a second pier.'],
  ])('cuts the credit and its name from "%s"', (line, rest) => {
    expect(kept(`${line}\n\n${more}\n`)).toEqual([rest, more]);
  });

  it.each([
    // another name after the credit: the lead's subject
    ['(AGENCY Photo/Jane Roe) Tom Lee has begun work on a second pier.', 'Tom Lee has begun work on a second pier.'],
    // the name goes on in lower case: the lead's subject told by its possessive
    ["(AGENCY Photo/Jane Roe) Jane Roe's boat has left the harbour for the wreck.", "Jane Roe's boat has left the harbour for the wreck."],
  ])('keeps the lead of "%s"', (line, rest) => {
    expect(kept(`${line}\n\n${more}\n`)).toEqual([rest, more]);
  });
});

describe('furn71: a picture\'s place on the page as a label opens a caption', () => {
  it.each([
    'Bottom: Ducks shelter under the pier at Carrick, Norland province May 4, 2009.',
    'Above: A crew clears the quay at Carrick, Norland, Monday, June 7, 2021.',
    'Top left: Pupils wear masks on a bus in Carrick 4 May 2009.',
  ])('drops "%s"', (line) => {
    expect(kept(`${lead}\n\n${line}\n`)).toEqual([lead]);
  });

  it.each([
    // no picture's day at the end
    'Above: the harbour board said the pier would reopen in the spring after the repairs.',
    // a label that is no place on the page
    'Update: Crews cleared the quay at Carrick, Norland, on Monday, June 7, 2021.',
    // the story's past, with its day
    'Below: The board said the pier closed at Carrick on June 7, 2021.',
  ])('keeps "%s"', (line) => {
    expect(kept(`${lead}\n\n${line}\n`)).toEqual([lead, line]);
  });
});

describe("furn41: a readers' prompt run into what follows it opens the comments", () => {
  const more = 'Engineers said the engine room had been checked a week before the fire, the operator added.';
  const teasers =
    "Norcorp's chief says the harbour deal is safe Crews return to the pier after the storm From the files: 4 June 1990 Ferry sinks off Carrick with forty on board Readers remember the old lighthouse keeper and the summer the lamp went out.";

  it('drops the paragraph and all after it, once the article has begun', () => {
    expect(kept(`${lead}\n\n${more}\n\nLeave your comments below ${teasers}\n\nThe harbour board said on Wednesday it would close the old pier in March.\n`)).toEqual([lead, more]);
  });

  it('drops it too when "below" names a place on the page', () => {
    expect(kept(`${lead}\n\n${more}\n\nShare your memories below this story ${teasers}\n`)).toEqual([lead, more]);
  });

  it.each([
    // a story telling of a prompt further on
    `The council asked residents to leave your comments below the notice on the pier, a clerk said, and ${teasers}`,
    // the prompt's words inside someone's quoted words
    `"Leave your comments below," the mayor told residents on Monday, and ${teasers}`,
    // "below" with an object of its own, a place in the world, not the page's comment box
    `Leave your comments below the notice on the pier, the clerk said, and ${teasers}`,
  ])('keeps "%s"', (line) => {
    expect(kept(`${lead}\n\n${line}\n`)).toEqual([lead, line]);
  });
});

describe("furn41: a box's toggle buttons run into its text", () => {
  const text = 'The ferry Sea Lark sank off Carrick on March 4, 1990, when it struck a reef in fog.';

  it.each([
    `More Stories" "Fewer Stories ${text}`,
    `"More Stories" "Less Stories" ${text}`,
  ])('cuts the buttons from "%s"', (line) => {
    expect(kept(`${lead}\n\n${line}\n`)).toEqual([lead, text]);
  });

  it.each([
    // one button alone, or two that do not toggle
    `More Stories ${text}`,
    `More Stories" "More Videos ${text}`,
    `More Stories" "Fewer Videos ${text}`,
    // a heading that opens with "More"
    `More Ferries Sail On Sundays Than Before Less Than Half Of Them Are Full ${text}`,
  ])('reads no buttons in "%s"', (line) => {
    expect(toggleLabelsLength(line)).toBe(0);
  });
});

describe("furn41: a correction's notice", () => {
  const actual = 'The actual deadline is 5 p.m. Friday.';

  it.each([
    'PORTVILLE, Norland -- In a story Nov. 4, The Harbour Agency reported that ferry owners have until Thursday to file claims for storm damage.',
    'In a story published March 3 about the ferry fire, the Daily Courier erroneously reported that the pier would close in May.',
  ])('drops "%s"', (line) => {
    expect(kept(`${line}\n\n${actual}\n`)).toEqual([actual]);
  });

  it.each([
    // a story that tells of a report in its own words
    'In a story that shocked the town, the ferry sank off Carrick on Monday with forty people on board.',
    // a study or a writer's piece cited, with no error named: news
    'In a report released Monday, the Harbour Agency said 40 ferries had failed their safety checks last year.',
    'In an article for the Daily Courier, Ann Roe said the old pier must close before the winter.',
    // a long paragraph citing another paper's report runs on with its own news
    'In a story Monday, the Daily Courier reported that the pier would close in May. ' +
      'The harbour board met on Tuesday and voted to keep it open until the autumn, when engineers will check the piles again, ' +
      'and the mayor said on Wednesday that the town would pay for the work if the board could not, whatever the cost turned out to be in the end.',
  ])('keeps "%s"', (line) => {
    expect(kept(`${lead}\n\n${line}\n`)).toEqual([lead, line]);
  });
});

describe("furn42: a wire story begins at its dateline, and what the page put above it is the page's", () => {
  const story = 'PORTVILLE -- The harbour board voted on Monday to close the old pier for repairs, its chair said.';
  const more = 'Repairs are expected to take most of the summer, the board said in a statement.';

  it.each([
    // a picture's caption
    'Crews lay booms along the shore of Norland Bay.',
    // a date-labelled caption
    'May 2: Crews are seen inspecting the broken rail of the old pier.',
    // a teaser box: a heading run into its blurb, which the story tells again
    'Old Pier Storm Damage Waves have battered the old pier in Portville since the storm, which struck on April 20 and broke the rail two days later.',
    // another story's headline
    'Ferry hits harbour wall, two hurt.',
    // a standfirst the story tells again
    'The harbour board has voted to close the old pier for repairs.',
  ])('drops "%s" above the story', (above) => {
    expect(kept(`${above}\n\n${story}\n\n${more}\n`)).toEqual([story, more]);
  });

  it('drops a caption above a dateline that a heading and stamp run into, and cuts them', () => {
    const line = 'Full Article Pier to close PORTVILLE | Tue May 5, 2026 10:10 am IST (Agency) - The harbour board voted on Monday to close the old pier.';
    expect(kept(`A gull rests on the broken rail of the old pier.\n\n${line}\n\n${more}\n`)).toEqual([
      '(Agency) - The harbour board voted on Monday to close the old pier.',
      more,
    ]);
  });

  it.each([
    // a headline alone on its line stays (it tells nothing dated; the title stage reads it)
    { above: 'Old pier to close for repairs', out: ['Old pier to close for repairs', story, more] },
    // the writer's own paragraphs before a quoted wire story are the article's
    {
      above: `${lead}\n\nHere is the agency's report of the vote.`,
      out: [lead, "Here is the agency's report of the vote.", story, more],
    },
  ])('keeps "$above"', ({ above, out }) => {
    expect(kept(`${above}\n\n${story}\n\n${more}\n`)).toEqual(out);
  });

  it.each([
    // a place-word opening a sentence, not in capitals, is no dateline
    'Harbourton, Nor.-based Norcorp said on Tuesday it would buy the ferry line for $40 million.',
    // capitals with no dash or agency
    'PORTVILLE harbour board members voted on Monday to close the old pier for repairs.',
  ])('keeps the paragraph above "%s"', (line) => {
    expect(kept(`${lead}\n\n${line}\n\n${more}\n`)).toEqual([lead, line, more]);
  });
});

describe("furn42: a wire lead broken at a ticker's full stop still opens at its dateline", () => {
  const rest = 'L) is spending 350 million crowns to build a second pier that could take the ferries by 2028.';

  it('cuts the summary bullets off a lead the page broke at the ticker', () => {
    const first = '* Sees 70 percent chance of new ferry route * New pier expected to be running in 2028 HARBOURTON, Norland, May 12 (Agency) - Norland\'s Norcorp (NOR.';
    expect(kept(`${first}\n\n${rest}\n`)).toEqual(["HARBOURTON, Norland, May 12 (Agency) - Norland's Norcorp (NOR.", rest]);
  });

  it.each([
    // the dateline opens the paragraph: it stays whole, not cut at its agency
    "HARBOURTON, Norland, May 12 (Agency) - Norland's Norcorp (NOR.",
    // a sentence's capitals before a ticker: the next paragraph finishes no dateline
    'The board met the chairman of NORCORP - Norland Harbour Corp (NOR.',
  ])('keeps "%s" whole', (first) => {
    expect(kept(`${first}\n\n${rest}\n`)).toEqual([first, rest]);
  });
});

describe("furn42: summary bullets and a caption before a picture's credit are the page's, whatever day they name", () => {
  const credited = 'Photograph: Jane Roe/Agency The harbour board voted on Monday to close the old pier for repairs, its chair said.';
  const lead = 'The harbour board voted on Monday to close the old pier for repairs, its chair said.';
  const more = 'Repairs are expected to take most of the summer, the board said in a statement.';

  it.each([
    // bullets spelt as a lossy encoding leaves them, and escaped asterisks
    'cents Pier shut after storm cents Chair: no sign of damage to the ferry berth Crews inspect the old pier, which was closed today.',
    '\\* Pier shut after storm \\* Chair: no sign of damage Crews inspect the old pier, which was closed today.',
    // a list's bullet opening the line, and another inside it
    '• Pier shut after storm • Chair: no sign of damage Crews inspect the old pier, which was closed today.',
  ])('drops "%s" before the credit', (above) => {
    expect(kept(`${above}\n\n${credited}\n\n${more}\n`)).toEqual([lead, more]);
  });

  it.each([
    // a caption of the page's day with no bullets is the day's news
    'Crews inspect the old pier, which was closed today.',
    // one bullet-like word inside a sentence is no list
    'Stamps rose by 40 cents Monday, and crews inspect the old pier, which was closed today.',
  ])('keeps "%s" before the credit', (above) => {
    expect(kept(`${above}\n\n${credited}\n\n${more}\n`)).toContain(above);
  });
});

describe("furn42: a year after its preposition ends a caption run into the lead", () => {
  it('cuts the heading and a caption that ends with a year off the lead', () => {
    const lead = 'Norcorp is suing the builders of the old pier over the cost of the repairs, its lawyers said.';
    const text = `Pier repair costs at centre of legal row The film was made from footage shot before the fire in 2019 ${lead}`;
    expect(kept(`${text}\n`)).toEqual([lead]);
  });

  it.each([
    // a year that opens a noun phrase after a determiner, and a sentence that opens with its preposition
    'The ferry operator said the 2019 Norland timetable would stay in force for another year.',
    'In 2019 Norland voters chose a new harbour board after the old one resigned over the pier.',
  ])('keeps "%s"', (text) => {
    expect(kept(`${text}\n`)).toEqual([text]);
  });
});

describe('furn51: a caption run into a lead that opens with a pronoun, a possessive or a subordinator is cut off', () => {
  it.each([
    { caption: 'Ms Roe attended a meeting of the harbour board on Monday ', lead: 'Many say that, from the town\'s point of view, her deputy has the advantage of having lived here.' },
    { caption: 'Crews lay new beams on the damaged pier at Portvale ', lead: 'It emerged on Tuesday that the repairs would take at least another two months to finish.' },
    { caption: 'Jane Roe of the Harbour Courier, Portvale ', lead: 'There are still a few cranes at the quay lifting the last of the broken deck away.' },
    { caption: 'Ana Ruiz (left) with a volunteer from the ferry crew ', lead: 'Our relief team arrived this morning with tents and water filters for the families.' },
    { caption: 'Oil has covered the reeds along the north shore ', lead: 'Also on Wednesday, the council said it was in talks with a salvage firm over the barge.' },
    { caption: 'Ana Ruiz speaks to a crew member at the quay ', lead: 'But after the storm grew worse, the crew decided to bring the ferry back to Portvale.' },
    { caption: 'The new cases come at the start of the wet season across the region ', lead: 'Experts have warned that the rising number of cases in Portvale could become an epidemic by the end of the year.' },
    { caption: 'But above all, the mayor needs to show she is in charge ', lead: 'Signs emerged yesterday that the harbour board had finally begun to clear the wreck from the channel.' },
    { caption: 'Jo Roe says she now feels a lot better ', lead: 'Five-year-old Jo Roe started feeling unwell in late March, with a fever and a very sore throat.' },
    { caption: 'Grasses along the north shore show damage but may recover ', lead: 'Two weeks ago, the harbour board announced that so little oil was left that the beach could reopen.' },
    { caption: 'CARRICK HARBOUR MASTER, NORLAND PORTS AUTHORITY ', lead: 'We have a very confusing picture of the damage coming out of the north end of the bay.' },
  ])('cuts "$caption" off "$lead"', ({ caption, lead }) => {
    expect(kept(`${caption}${lead}\n`)).toEqual([lead]);
  });

  it.each([
    // a diary's stamp before the lead dates it: kept with it
    'SUNDAY 4 MAY - JANE ROE This morning I arrived back from my first trip to the north end of the bay.',
    '19 MAY, 2200 GMT, PORTVALE We have finally arrived at the quay in Portvale, after ten hours on the road.',
    // a naming word before a title that opens with a starter
    'Ana Ruiz has written a new play called This is Norland that opens at the harbour theatre on Friday night.',
    // a number in words after a capital ends a name
    'This concert will be broadcast live on Channel Two and is repeated on Thursday at two in the afternoon.',
    // a sentence longer than the one a starter opens after it
    'The ferry crews worked through the night to lay new beams on the damaged pier at the north end of the bay It held.',
  ])('keeps "%s"', (text) => {
    expect(kept(`${text}\n`)).toEqual([text]);
  });
});

describe("furn51: a box's heading in capitals run into its text is cut off", () => {
  it.each([
    { heading: 'JANE ROE - FIRST RESCUE ', text: 'Jane Roe, a 39-year-old mother of three, was pulled from the water off Portvale early on Monday.' },
    { heading: 'HOW THE OLD PIER FELL ', text: 'Crews worked through the night to shore up the piles before the storm reached the bay.' },
    { heading: 'PROFESSOR ANA RUIZ, NORLAND HARBOUR BOARD ', text: 'Clearly we are on track for a full closure of the pier in the coming months.' },
  ])('cuts "$heading" off its text', ({ heading, text }) => {
    expect(kept(`${heading}${text}\n`)).toEqual([text]);
  });

  it.each([
    // a wire dateline's place, ended by a comma or a dash
    'PORTVILLE, Norland (Agency) - The harbour board voted on Monday to close the old pier for repairs.',
    'NEW HARBOUR -- The harbour board voted on Monday to close the old pier for repairs, its chair said.',
    // a timeline's entry, dated by its figures
    '8 - 18 MAY: DOME PLAN - FAILED Plans to lower a steel dome over the leak are dropped as ice builds up inside it.',
    // two words in capitals: an agency's or a name's letters
    'NORCORP CEO Jane Roe said on Monday that the company would rebuild the pier by the end of next year.',
  ])('keeps "%s"', (text) => {
    expect(kept(`${text}\n`)).toEqual([text]);
  });
});

describe('caption72: a wire caption whose present tense the lexicon does not know', () => {
  const quote = '"Safety comes before the timetable," the operations manager told reporters.';
  it.each([
    { name: 'a hyphenated verb after a plural subject', line: 'Workers double-check the fencing in the marsh near the Kell River in Avon County, Ore., on Friday, July 9, 2027.' },
    { name: 'an unknown verb after a plural name, with an "-ed" adjective after it', line: 'Volunteers for Harbour Clean Services scrub slick rocks the old fashioned way in Port Ellis, Ore., Thursday Aug. 5, 2027.' },
    { name: 'an unknown verb after a plural common noun', line: 'Lambs nuzzle their mother at a farm in Kell County, Norland, April 27, 2027.' },
  ])('drops $name', ({ line }) => {
    expect(kept(`${lead}\n\n${line}\n\n${quote}\n`)).toEqual([lead, quote]);
  });

  it.each([
    { name: 'a deed told in the past after an unknown word', line: 'Rangers midfielder Jane Roe scored twice in Carrick, Norland, on Saturday, March 5, 2027.' },
    { name: 'a sinking told in the past', line: 'The ferry sank off Harbour Point on Friday, March 4, 2027.' },
    { name: 'a plural subject then a plural noun', line: 'Workers unions gathered in Carrick, Norland, on Friday, March 4, 2027.' },
  ])('keeps $name', ({ line }) => {
    expect(kept(`${lead}\n\n${line}\n`)).toEqual([lead, line]);
  });
});

describe("dupfurn23: a programme's broadcast line and an agency's file caption are the page's", () => {
  it.each([
    { name: "a programme page's broadcast line", line: 'Broadcast on Radio North, 4:30 PM Thu, 3 Jun 2027 Available until 12:00 AM Thu, 1 Jan 2099 First broadcast Radio North, 4:30 PM Thu, 3 Jun 2027' },
    { name: "an agency's file picture caption", line: 'AGENCY FILE: The mayor talks with the harbour master aboard a launch on May 2 as they sail along the coast from Carrick.' },
  ])('drops $name', ({ line }) => {
    expect(kept(`${lead}\n\n${line}\n`)).toEqual([lead]);
  });

  it.each([
    'The film was broadcast on Radio North in 2019 and drew two million listeners.',
    'The council filed suit on Monday: it says the operator broke the lease.',
  ])('keeps "%s"', (line) => {
    expect(kept(`${lead}\n\n${line}\n`)).toEqual([lead, line]);
  });
});

describe("furn24: a page's notes on its pictures, clips, graphics and broadcasts, and a chart's entries, are the page's", () => {
  it.each([
    { name: "the day a picture was taken", line: 'Photo taken 9 March 2027.' },
    { name: "a caption with its day label and a side after a name", line: 'June 3: Coach Jane Roe, left, hands a medal to a young runner at the track on Sunday while John Doe looks on.' },
    { name: "a picture's bare label", line: 'Today: the slick as seen from the ferry.' },
    { name: "an embedded clip's note", line: 'This recording was posted online late last night, though it was made on 2 March, so some of it has changed.' },
    { name: "a graphic's source line", line: 'How the sluice gates open: SOURCES: River board, county engineers | Jane Roe and John Doe/The Carrick Post - 3 March 2027' },
    { name: "a programme's listing", line: "You can hear Harbour Lives, Jane Roe's portrait of the fishing fleet, on Radio North at 0930GMT, or watch it on North News at 1830GMT on Monday 3 March." },
    { name: "a chart's entries run together", line: "Top ten entry (March 2003) Number three 'Pier Song' (readers' vote, 2006) Number two 'Tide Tune' (station poll, 2012) Number one 'Harbour Light' (web vote, 2015)" },
  ])('drops $name', ({ line }) => {
    expect(kept(`${lead}\n\n${line}\n`)).toEqual([lead]);
  });

  it.each([
    'Jane Roe, left, said the ferry had been sold.',
    'The harbour master, right, held up a bucket of tar on Saturday.',
    'The video was filmed by a passenger on Monday and shows the ferry listing.',
    'The damage, as seen from the air, is worse than the council said.',
    'Crowds cheered the ferry as seen from the pier.',
    'Listeners can tune in to the debate at 9pm on Radio North, the station said.',
  ])('keeps "%s"', (line) => {
    expect(kept(`${lead}\n\n${line}\n`)).toEqual([lead, line]);
  });
});

describe('furn24b: the page speaking of itself inside running text', () => {
  it.each([
    ['#harbour 4 minutes ago via web Jane Roe has this: the pier is shut.', true],
    ['4.05 pm: For a sense of how the crowd has grown, here are three pictures from this morning and last night.', true],
    ["Here's a video of the launch from the pier.", true],
    ['Update, 9.40 am: and here are the first photos from the quay.', true],
    ["I'll keep looking for a working stream of the pier.", true],
    ["A couple of radio feeds I've had better luck with are listed below.", true],
    ['11.20 am: The hearing moves onto the ferry timetable.', true],
    ['This interactive map shows the flooded streets.', true],
    ["The club's picture of the parade is made available only for publication alongside this report.", true],
    ['The line is answered from 0830 to 1730 Monday to Friday.', true],
    // a writer telling what happened, a quoted "here are", a past narration, a day's opening hours
    ['I just spoke to the mayor, who said the pier will reopen.', false],
    ['"Here are the pictures," the mayor said.', false],
    ['The hearing turned to the cost of the repairs on Friday.', false],
    ['The clinic opened at 0830 on Monday to a queue of patients.', false],
    ['Here is what we know about the ferry.', false],
    // (review24c) a "here is" that is no clause's opening: the sentence tells of the news, not of the page
    ['What is new here is the footage the police released on Friday.', false],
    ['The question here is whether the photos were taken on the pier.', false],
  ])('%s -> %s', (text, expected) => {
    expect(speaksOfThePage(text)).toBe(expected);
  });
});
