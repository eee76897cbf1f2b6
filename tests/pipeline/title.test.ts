import { describe, expect, it } from 'vitest';
import { contactRelativeTold, eventTitle, eventTitles, LONG_WHOLE_TITLE, MAX_TITLE, MAX_WHOLE_TITLE, nameSubject, sentenceSubject, shorten, titleFaults, toldHappening } from '../../src/pipeline/title';
import { tokenize } from '../../src/pipeline/language/tokens';
import { tagWords } from '../../src/pipeline/language/clauses';
import type { Sentence, Timex } from '../../src/pipeline/types';

/** A sentence placed at `offset` in an imaginary article, dated by the first occurrence of `date`. */
function titleOf(text: string, date: string, offset = 250): string {
  const at = text.indexOf(date);
  if (at < 0) throw new Error(`"${date}" is not in "${text}"`);
  const sentence: Sentence = { text, start: offset, end: offset + text.length, tokens: tokenize(text) };
  const timex: Timex = { text: date, start: offset + at, end: offset + at + date.length, type: 'DATE', value: 'XXXX', date: null, resolution: { rule: 'test', anchor: 'text', tense: null, pickedBy: null, direction: null, yearInferred: false, unresolved: null }, explanation: '' };
  // with the statistical tagger's reading, as the pipeline does
  return eventTitle(sentence, timex, tagWords(text));
}

describe('eventTitle with the sentence\'s other dates', () => {
  function titleWith(text: string, date: string, other: string): string {
    const mk = (d: string): Timex => {
      const at = text.indexOf(d);
      return { text: d, start: at, end: at + d.length, type: 'DATE', value: 'XXXX', date: null, resolution: { rule: 'test', anchor: 'text', tense: null, pickedBy: null, direction: null, yearInferred: false, unresolved: null }, explanation: '' };
    };
    const sentence: Sentence = { text, start: 0, end: text.length, tokens: tokenize(text) };
    return eventTitle(sentence, mk(date), tagWords(text), [mk(date), mk(other)]);
  }
  it('leaves out the "and" that joins the other date to this one, either side', () => {
    const text = 'Little of the anger that the plan stirred in the late 1980s and early 1990s remains, residents said.';
    expect(titleWith(text, 'the late 1980s', 'early 1990s')).toBe('Plan stirred the anger');
    expect(titleWith(text, 'early 1990s', 'the late 1980s')).toBe('Plan stirred the anger');
  });
  it('leaves out "dating back to" with the other date it leads in', () => {
    const text = 'Last week the police reopened a series of burglaries in the valley dating back to 1994.';
    expect(titleWith(text, 'Last week', '1994')).toBe('Police reopened a series of burglaries in the valley');
  });
  it('reads a "that" after a participle leading in the other date as a relative on the noun before the participle', () => {
    const text = 'As mayor, Roe led the town\'s reply, including a series of fare cuts starting in March 2007 that pushed the bus fare to near zero by May 2008.';
    expect(titleWith(text, 'May 2008', 'March 2007')).toBe('A series of fare cuts pushed the bus fare to near zero');
    // ("which" the same; the participle does not stay behind)
    expect(titleWith('A spell of clear weather starting Friday which lasted a week let crews finish the roof on Saturday.', 'on Saturday', 'Friday')).toBe('Spell of clear weather let crews finish the roof');
    // (left alone: a participle whose date runs on into the clause's verb, not into a relative)
    expect(titleWith('The mayor said on Monday that fares starting in May would rise.', 'on Monday', 'May')).toBe('Mayor said fares starting in May would rise');
  });
});

describe('a payout "payable" on the date, with the record date another date, is told as payable', () => {
  function titleWith(text: string, date: string, other: string): string {
    const mk = (d: string): Timex => {
      const at = text.indexOf(d);
      return { text: d, start: at, end: at + d.length, type: 'DATE', value: 'XXXX', date: null, resolution: { rule: 'test', anchor: 'text', tense: null, pickedBy: null, direction: null, yearInferred: false, unresolved: null }, explanation: '' };
    };
    const sentence: Sentence = { text, start: 0, end: text.length, tokens: tokenize(text) };
    return eventTitle(sentence, mk(date), tagWords(text), [mk(date), mk(other)]);
  }
  it.each([
    ['Brisk Ltd. announced a 5% stock dividend, payable Jan. 9 to stock of record Dec. 28.', 'Jan. 9', 'Dec. 28', "Brisk Ltd.'s 5% stock dividend is payable to stock of record"],
    ['Varn Corp. of Lowmere set its first quarterly of eight cents a share, payable March 3 to stock of record Feb. 14.', 'March 3', 'Feb. 14', "Varn Corp.'s first quarterly of eight cents a share is payable to stock of record"],
    ['Dolo Inc. directors approved a 2-for-1 split of the common, payable April 4 to stock of record March 20.', 'April 4', 'March 20', "Dolo Inc.'s 2-for-1 split of the common is payable to stock of record"],
    ['The company announced a 5% stock dividend, payable Jan. 9 to stock of record Dec. 28.', 'Jan. 9', 'Dec. 28', '5% stock dividend is payable to stock of record'],
  ])('"%s"', (text, date, other, title) => {
    expect(titleWith(text, date, other)).toBe(title);
  });
});

describe('eventTitle of a yardstick', () => {
  it('does not tell a bare "company" earned the old figure, which would match any company\'s', () => {
    expect(titleOf('The company earned $5 million, or 9 cents a share, compared with $8 million, or 14 cents a share, a year earlier.', 'a year earlier')).not.toMatch(/earned \$8 million/);
  });
});

describe('eventTitles', () => {
  it('tells what a subject that only took place did, and keeps "took place" for merging', () => {
    const text = 'The hearings, which took place in May, centred on the harbour budget.';
    const at = text.indexOf('May');
    const sentence: Sentence = { text, start: 0, end: text.length, tokens: tokenize(text) };
    const timex: Timex = { text: 'May', start: at, end: at + 3, type: 'DATE', value: 'XXXX-05', date: null, resolution: { rule: 'test', anchor: 'text', tense: null, pickedBy: null, direction: null, yearInferred: false, unresolved: null }, explanation: '' };
    expect(eventTitles(sentence, timex, tagWords(text))).toEqual({ title: 'Hearings centred on the harbour budget', match: 'Hearings took place' });
  });
  it('does the same for a subject that was held', () => {
    const text = 'The vote, which was held on Monday, ended in a tie.';
    const at = text.indexOf('Monday');
    const sentence: Sentence = { text, start: 0, end: text.length, tokens: tokenize(text) };
    const timex: Timex = { text: 'Monday', start: at, end: at + 6, type: 'DATE', value: 'XXXX', date: null, resolution: { rule: 'test', anchor: 'text', tense: null, pickedBy: null, direction: null, yearInferred: false, unresolved: null }, explanation: '' };
    expect(eventTitles(sentence, timex, tagWords(text))).toEqual({ title: 'Vote ended in a tie', match: 'Vote was held' });
  });
  it('keeps a needed "that" clause in the title, but merges by the title without it', () => {
    const text = 'Lawyers for the driver on Monday raised accusations that Tom Vell had hidden a witness.';
    const at = text.indexOf('on Monday');
    const sentence: Sentence = { text, start: 0, end: text.length, tokens: tokenize(text) };
    const timex: Timex = { text: 'on Monday', start: at, end: at + 9, type: 'DATE', value: 'XXXX', date: null, resolution: { rule: 'test', anchor: 'text', tense: null, pickedBy: null, direction: null, yearInferred: false, unresolved: null }, explanation: '' };
    expect(eventTitles(sentence, timex, tagWords(text))).toEqual({ title: 'Lawyers for the driver raised accusations that Tom Vell had hidden a witness', match: 'Lawyers for the driver raised accusations' });
  });
});

describe('eventTitle of a date that closes a gerund\'s clause of time after the main clause', () => {
  it.each([
    { text: 'The two crews were sent home after returning from Port Ellis on Tuesday.', date: 'on Tuesday', expected: 'Two crews returned from Port Ellis' },
    { text: 'It is understood the two crews were sent home, after returning from Port Ellis on Tuesday.', date: 'on Tuesday', expected: 'Two crews returned from Port Ellis' },
    { text: 'The mayor thanked her staff before leaving for Norvex on Friday.', date: 'on Friday', expected: 'Mayor left for Norvex' },
    { text: 'The Norvex firm bought 6% of the mill before giving up and selling its stake in early May.', date: 'in early May', expected: 'Norvex firm gave up and sold its stake' },
    { text: 'Crews were back at work on the pier after replacing a broken pump Thursday, the latest delay.', date: 'Thursday', expected: 'Crews replaced a broken pump' },
    // controls: the main clause's own date, a passive gerund (told as before), a gerund that opens the sentence
    { text: 'The mayor thanked her staff on Tuesday after winning the vote.', date: 'on Tuesday', expected: 'Mayor thanked her staff after winning the vote' },
    { text: 'The new pier opened after being repaired on Tuesday.', date: 'on Tuesday', expected: 'New pier was repaired' },
    { text: 'After winning the vote on Tuesday, the mayor thanked her staff.', date: 'on Tuesday', expected: 'Mayor thanked her staff' },
  ])('$text', ({ text, date, expected }) => {
    expect(titleOf(text, date)).toBe(expected);
  });
});

describe('eventTitle', () => {
  it.each([
    { name: 'an opening sentence adverb is no subject', text: 'Elsewhere, crews from the coast traveled to Lowmere on Wednesday to help with the search.', date: 'on Wednesday', expected: 'Crews from the coast traveled to Lowmere to help with the search' },
    { name: 'a participle between a modifier and the noun a relative clause is about stays in its phrase', text: 'Ana Ruiz is the 45th person to be placed on the town\'s most wanted list, which began in 1950.', date: '1950', expected: 'Town\'s most wanted list began' },
    { name: 'an opening "but" before a saying\'s speaker leans on the sentence before, not on the saying', text: 'But talks have been renewed, a city official said Thursday.', date: 'Thursday', expected: 'City official says talks have been renewed' },
    { name: 'the dot of "no." before a figure ends no clause', text: 'The Brisk News Agency said Friday that team no. 225 made surprise visits to a number of sites.', date: 'Friday', expected: 'Brisk News Agency says team no. 225 made surprise visits to a number of sites' },
    { name: 'a yardstick\'s date tells what the subject earned then', text: 'The Varn company earned $45.2 million, or 65 cents a share, compared with $84.9 million, or $1.24 a share, a year earlier.', date: 'a year earlier', expected: 'Varn company earned $84.9 million a year earlier' },
    { name: 'the same with an aside between the subject and its verb', text: 'In the third quarter, Brisk Mills, which is 61%-owned by Tam Oil Corp., had a net loss of $46.9 million, or 91 cents a share, compared with a restated loss of $9 million, or 18 cents a share, a year ago.', date: 'a year ago', expected: 'Brisk Mills had a restated loss of $9 million a year ago' },
    { name: 'what was said runs past a set-off participle to its own verb', text: 'The mayor said on Monday that the bridge, built in 1950, would close.', date: 'Monday', expected: 'Mayor said bridge would close' },
    { name: 'guidance with a "that" and its subject after the date keeps what the guidance said', text: 'The board issued guidance in late May that clubs could set their own fees.', date: 'in late May', expected: 'Board issued guidance that clubs could set their own fees' },
    { name: 'what was said opening with a condition is the clause after the condition\'s comma, past its verbs joined by "and"', text: 'The mayor said on Friday that if the town pays the crews and buys two boats, the ferry fares will fall by half.', date: 'on Friday', expected: 'Mayor says ferry fares will fall by half' },
    { name: 'the same with a time clause the "that" piece holds', text: 'The mayor said on Friday that until questions about the cost and safety of the bridge are answered, the council should wait.', date: 'on Friday', expected: 'Mayor says council should wait' },
    { name: 'a condition with no clause after its comma is left as it was', text: 'The mayor said on Friday that if the town pays the crews and buys two boats.', date: 'on Friday', expected: 'Mayor says if the town pays the crews' },
    { name: 'after where it was said, what was said still runs past a relative clause to its own verb', text: 'The mayor wrote in a letter to the council on Friday that the ferry service, which runs twice a day, would end in June.', date: 'on Friday', expected: 'Mayor wrote ferry service would end in June' },
    { name: 'the same after who heard it', text: 'The mayor told reporters on Friday that the ferry service, which runs twice a day, would end in June.', date: 'on Friday', expected: 'Mayor said ferry service would end in June' },
    { name: 'after who heard it, what was said opening with a condition is the clause after the condition', text: 'The mayor told reporters on Friday that if the town pays the crews and buys two boats, the ferry fares will fall by half.', date: 'on Friday', expected: 'Mayor says ferry fares will fall by half' },
    { name: 'a "that" in a setting with no saying of its own is left to the clause', text: 'The mayor spoke in a hall on Friday that the ferry company owns, which was full.', date: 'on Friday', expected: 'Mayor spoke in a hall' },
    { name: 'a "that" after what a warning is about is a relative on it, not what was said', text: 'The mayor warned on Friday of a flood that the town, which sits low, could not stop.', date: 'on Friday', expected: 'Mayor warned of a flood that the town' },
    { name: 'a "that" pointing after a preposition opens nothing that was said', text: 'The mayor told reporters on Friday about that night, which was cold.', date: 'on Friday', expected: 'Mayor told reporters about that night' },
    { name: 'a quotation ending on "than that" is whole: a "that" after a preposition ends its phrase', text: 'The mayor told the paper on Friday: "Now that we are pumping 5,000 tonnes of water a day, the dock might open a little sooner than that."', date: 'on Friday', expected: 'Mayor says "Now that we are pumping 5,000 tonnes of water a day, the dock might open a little sooner than that"' },
    { name: 'a quotation too long to tell after the speaker\'s office is told after the name alone', text: 'Port spokesman Tom Vell told a radio station on Friday: "Now that the crews are back at work on the quay, we expect the ferries to run on time within a week."', date: 'on Friday', expected: 'Tom Vell says "Now that the crews are back at work on the quay, we expect the ferries to run on time within a week"' },
    { name: 'the same with an office in capitals', text: 'Port Chairman Ana Ruiz told a radio station on Friday: "Now that the crews are back at work on the quay, we expect the ferries to run on time within a week."', date: 'on Friday', expected: 'Ana Ruiz says "Now that the crews are back at work on the quay, we expect the ferries to run on time within a week"' },
    { name: 'a quotation too long even after the name alone is not told', text: 'Port spokesman Tom Vell told a radio station on Friday: "Now that the crews are back at work on the quay and the old pier, we expect all the ferries to run on time within a week or two."', date: 'on Friday', expected: 'Port spokesman Tom Vell told a radio station' },
    { name: 'speakers with no name keep their words, and a quotation too long for them is not told', text: 'Port and harbour staff told a radio station on Friday: "Now that the crews are back at work on the quay, we expect the ferries to run on time within a week."', date: 'on Friday', expected: 'Port and harbour staff told a radio station' },
    { name: 'a short aside set off between the saying and its "that" leaves what was said to the "that"', text: 'The mayor said at a meeting on Friday, for instance, that the ferry service would end in June.', date: 'on Friday', expected: 'Mayor said ferry service would end in June' },
    { name: 'the same with an aside of where, and a relative clause inside what was said', text: 'The mayor said on Friday, in a statement, that the ferry, which runs twice a day, would end in June.', date: 'on Friday', expected: 'Mayor said ferry would end in June' },
    { name: 'an aside before a "that" after a verb that says nothing is left', text: 'The mayor spoke on Friday, at noon, that the ferry service would end in June.', date: 'on Friday', expected: 'Mayor spoke' },
    { name: 'a saying joined by "and" to the subject\'s own deed keeps that deed\'s tense', text: 'But yesterday, the mayor relented and announced that the toll was scrapped.', date: 'yesterday', expected: 'Mayor relented and announced toll was scrapped' },
    { name: 'the same with "said"', text: 'The mayor resigned and said on Friday that the ferry would stop.', date: 'on Friday', expected: 'Mayor resigned and said ferry would stop' },
    { name: 'two speakers joined by "and" still say it in the present', text: 'The mayor and the council announced on Friday that the ferry will stop.', date: 'on Friday', expected: 'Mayor and the council announce ferry will stop' },
    { name: 'a "that" inside what was said runs on past a relative clause to its own verb', text: 'The council announced today it was likely that two pupils who had recently returned from Varn had caught the fever.', date: 'today', expected: 'Council announces it was likely that two pupils had caught the fever' },
    { name: 'the same past a relative clause set off by commas', text: 'The council said on Friday it was likely that the ferry, which runs twice a day, would stop.', date: 'on Friday', expected: 'Council says it was likely that the ferry would stop' },
    { name: 'a "that" pointing after a preposition inside what was said is left', text: 'The council said on Friday the fees rose after that night, which was cold.', date: 'on Friday', expected: 'Council says fees rose after that night' },
    { name: 'what was said runs past a relative clause to its own verb', text: 'Contrary to other reports, the city and state police said Monday that a suspect who was returned from Estland had not admitted any role in the crimes.', date: 'Monday', expected: 'City and state police say suspect had not admitted any role in the crimes' },
    { name: 'what was said runs past an aside between dashes, not on to a verb joined by "and"', text: 'The Brisk News Agency did not name him, but said Friday that team no. 225 _ which Lee heads _ made surprise visits to a number of sites and was helped by planes.', date: 'Friday', expected: 'Brisk News Agency says team no. 225 made surprise visits to a number of sites' },
    { name: 'what was said runs past a list of places to its verb and that verb\'s "that"', text: 'Tom Lee said that raids this month on ports in Varn, Dolo and Kesk, Brisk, show that terror is blind.', date: 'this month', expected: 'Tom Lee says raids on ports in Varn, Dolo and Kesk, Brisk, show that terror is blind' },
    { name: 'a setting fronted in what was said goes with its comma', text: 'Brisk Mills said that at the close of business Thursday, 5,745 shares of Varn had been tendered to its offer.', date: 'Thursday', expected: '5,745 shares of Varn had been tendered to its offer' },
    { name: 'the "ended" that dates a period goes with the period', text: 'In the second quarter ended Oct. 31, Brisk Corp. had a loss of about $12.5 million.', date: 'the second quarter', expected: 'Brisk Corp. had a loss of about $12.5 million' },
    { name: 'a "due to" set off by commas is told of the noun before it, in the sentence\'s tense', text: 'Brisk Corp. said it would extend its bid, due to expire last Thursday, to Nov. 6.', date: 'last Thursday', expected: 'Bid was due to expire' },
    { name: 'the same in the present', text: 'The rights, due to lapse on Friday, can be sold.', date: 'on Friday', expected: 'Rights are due to lapse' },
    { name: 'a comma between a describing word and a price keeps the noun phrase whole', text: 'Brisk Corp. last week launched a new, $10-a-share offer for the printer maker.', date: 'last week', expected: 'Brisk Corp. launched a new, $10-a-share offer for the printer maker' },
    { name: 'a noun the tagger read as describing, after a determiner, is what an object relative is about', text: 'Holders can review the circular that the firm mailed last Friday.', date: 'last Friday', expected: 'Firm mailed the circular' },
    { name: 'a "that" with its verb straight after it is a relative on the noun before, even after a saying', text: 'Ann Roe said the town still keeps the rules that were written in 1990.', date: '1990', expected: 'Rules were written' },
    { name: 'the same after a saying later in the sentence: the noun, not the speaker, did it', text: 'Tom Vell said the seed pods that drifted onto the lawn last week had not come from his trees.', date: 'last week', expected: 'Seed pods drifted onto the lawn' },
    { name: 'a short aside with no name or verb between a subject and its verb goes', text: 'The death toll in the Varn blast, initially 10, has risen to 12, hospital officials said Wednesday.', date: 'Wednesday', expected: 'Hospital officials say death toll in the Varn blast has risen to 12' },
    { name: 'an age after a name goes the same way', text: 'Records show Tom Lee, 49, was fined for speeding twice in 1991.', date: '1991', expected: 'Records show Tom Lee was fined for speeding twice' },
    { name: '"also" after a describing word closing the subject goes', text: 'The harbour chief also said on Friday that he is pleased with the help.', date: 'on Friday', expected: 'Harbour chief says he is pleased with the help' },
    { name: '"also" goes before an auxiliary too, with a possessive in the title', text: 'There also are photos of Lee\'s car crossing the border in 1994.', date: 'in 1994', expected: 'There are photos of Lee\'s car crossing the border' },
    { name: 'a single quotation\'s closing mark stays against its last word', text: '\'We want peace,\' Lee said on Friday.', date: 'on Friday', expected: 'Lee says \'We want peace\'' },
    { name: 'a bare "began" is told with the "as" clause after it', text: 'The festivities began early Friday, as thousands of people marched through the streets.', date: 'early Friday', expected: 'Festivities began as thousands of people marched through the streets' },
    { name: 'the same with "when"', text: 'The strike started on Monday, when 400 dockers walked out of the port.', date: 'on Monday', expected: 'Strike started when 400 dockers walked out of the port' },
    { name: 'not with a pronoun after "as"', text: 'The festivities began on Friday, as they marched through the streets.', date: 'on Friday', expected: 'Festivities began' },
    { name: '"as soon as" leads in its date', text: 'The group would be ready to leave for Varn as soon as Tuesday, Lee said.', date: 'Tuesday', expected: 'Group would be ready to leave for Varn' },
    { name: '"nearly" leads in its date', text: 'The insurer has started processing claims from the Varn quake nearly two weeks ago.', date: 'two weeks ago', expected: 'Insurer has started processing claims from the Varn quake' },
    { name: '"thus far" is no part of a borrowed subject', text: 'The Varn relatives thus far have refused to sign, and in recent days said they would not give the boy up.', date: 'in recent days', expected: 'Varn relatives said they would not give the boy up' },
    { name: 'a transcript\'s opening underscore goes', text: '_ The league embraced three of its former rivals on Friday.', date: 'on Friday', expected: 'League embraced three of its former rivals' },
    { name: 'a participle set off by commas is told as what was done to its noun', text: 'Engineers said the piers, built in the 1970s from a cheap concrete mix, were failing.', date: '1970s', expected: 'Piers were built from a cheap concrete mix' },
    { name: 'a set-off participle after a noun in a preposition\'s phrase is not told of that noun', text: 'The drilling plan for the new well, produced by the firm in 2009, left out the risks.', date: '2009', expected: 'Drilling plan for the new well left out the risks' },
    { name: 'a set-off participle with no -ed', text: 'The old mill, sold to a developer in 2015, was torn down.', date: '2015', expected: 'Old mill was sold to a developer' },
    { name: 'a perfect participle is told as the deed', text: 'In 2019 Ana Ruiz, having donated $5 million to the school, was made an honorary citizen.', date: '2019', expected: 'Ana Ruiz donated $5 million to the school' },
    { name: 'a relative clause after a happening at a place tells of the happening, not the place', text: 'The bombing in Varnton, which killed 20 people on Monday, was the worst in years.', date: 'Monday', expected: 'Bombing in Varnton killed 20 people' },
    { name: 'the same with the place after a determiner', text: 'The shooting at the Varnton market, which left 20 dead on Monday, shocked the town.', date: 'Monday', expected: 'Shooting at the Varnton market left 20 dead' },
    { name: 'a place after a plain noun stays the antecedent', text: 'Crowds gathered at the town hall, which burned in 2001.', date: '2001', expected: 'Town hall burned' },
    { name: 'a planned second verb sharing the modal but not the date is left out', text: 'Repairs would begin in March and take a year.', date: 'March', expected: 'Repairs would begin' },
    { name: 'a done second verb after the date stays (no modal)', text: 'The depot was last used in 2012 and held about 400 buses.', date: 'in 2012', expected: 'Depot was last used and held about 400 buses' },
    { name: 'reporting frame dated at the saying', text: 'The minister said on Tuesday that the bridge would reopen in May.', date: 'Tuesday', expected: 'Minister said bridge would reopen in May' },
    { name: 'happening inside the reported clause', text: 'The minister said on Tuesday that the bridge would reopen in May.', date: 'May', expected: 'Bridge would reopen' },
    { name: 'relative clause about its antecedent', text: 'A temporary ceasefire, which began Jan 19, briefly halted the fighting but has since collapsed.', date: 'Jan 19', expected: 'Temporary ceasefire began' },
    { name: 'date in the middle of the main clause', text: 'The court issued arrest warrants in November for the two leaders for war crimes.', date: 'November', expected: 'Court issued arrest warrants for the two leaders for war crimes' },
    { name: 'relative clause after a comma that only says it took place: the main clause', text: 'The strikes, which took place last month, focused on fuel depots near the border.', date: 'last month', expected: 'Strikes focused on fuel depots near the border' },
    { name: 'date as a modifier inside a clause opened by since', text: 'Aid groups have warned of famine since the army launched its June 4, 2022, offensive on the province.', date: 'June 4, 2022', expected: 'Army launched its offensive on the province' },
    { name: 'clause opened by since', text: 'It is the first visit by a sitting premier since the regional council designated the valley a protected area in 1998.', date: '1998', expected: 'Regional council designated the valley a protected area' },
    { name: 'fronted date with comma', text: 'On Monday, the company announced record profits.', date: 'Monday', expected: 'Company announced record profits' },
    { name: 'first of two coordinated verbs', text: 'The jury convened on Monday and delivered its verdict on Thursday.', date: 'Monday', expected: 'Jury convened' },
    { name: 'second coordinated verb borrows the subject', text: 'The jury convened on Monday and delivered its verdict on Thursday.', date: 'Thursday', expected: 'Jury delivered its verdict' },
    { name: 'subject kept across a parenthetical clause', text: 'The bridge, which cost $2 million, reopened to traffic on Tuesday after months of repairs.', date: 'Tuesday', expected: 'Bridge reopened to traffic after months of repairs' },
    { name: 'trailing reporting frame keeps the quote', text: '"We will not back down," the mayor said on Tuesday.', date: 'Tuesday', expected: 'Mayor says "We will not back down"' },
    { name: 'frame without "that"', text: 'Union leader Maria Gomez said Friday the strike would continue.', date: 'Friday', expected: 'Union leader Maria Gomez said strike would continue' },
    { name: 'passive with agent', text: 'The merger talks were first reported earlier Wednesday by the business daily Ledger.', date: 'Wednesday', expected: 'Merger talks were first reported by the business daily Ledger' },
    { name: 'object relative clause', text: 'The mill, which the cooperative bought in 2019, employs 300 people.', date: '2019', expected: 'Cooperative bought the mill' },
    { name: 'appositive after the date stays out', text: 'Shares fell 5% on March 3, 2024, the biggest drop in a decade.', date: 'March 3, 2024', expected: 'Shares fell 5%' },
    { name: 'plural subject takes a plural verb', text: 'Highway officials said on Friday that the pass had been shut.', date: 'Friday', expected: 'Highway officials say pass had been shut' },
    { name: 'subject before an auxiliary is not a verb', text: 'The mayor said Tuesday that engineers were still inspecting the dam.', date: 'Tuesday', expected: 'Mayor says engineers were still inspecting the dam' },
    { name: 'a number with a thousands separator stays whole', text: 'The fair was last held in 2012 and drew about 40,000 people.', date: 'in 2012', expected: 'Fair was last held and drew about 40,000 people' },
    { name: 'a verb joined to a relative clause shares its antecedent', text: 'The concert honours the composer Ann Lee, who fell ill and died last week in her home town.', date: 'last week', expected: 'Composer Ann Lee died in her home town' },
    { name: '"since" after a superlative is a yardstick, not a clause', text: 'The first free vote since the coup is to take place in the province this weekend.', date: 'this weekend', expected: 'First free vote since the coup is to take place in the province' },
    { name: 'leading conjunction dropped', text: 'But the council voted on Thursday to close the library.', date: 'Thursday', expected: 'Council voted to close the library' },
    { name: 'no preposition left dangling where the date was', text: 'Workers returned to the plant in large numbers after the weekend.', date: 'the weekend', expected: 'Workers returned to the plant in large numbers' },
    { name: 'a dateline run into the lead is left out', text: 'PORTSMOUTH | Tue Mar 4, 2025 9:06 pm EST PORTSMOUTH (Wire) - The ferry company said on Tuesday that the route would close.', date: 'Tuesday', expected: 'Ferry company said route would close' },
    { name: 'a dateline closed by an underscore is left out too', text: 'KELTON, Varnia (Wire)_ The harbour board Friday rejected two bids for the old pier.', date: 'Friday', expected: 'Harbour board rejected two bids for the old pier' },
    { name: 'a plural without "-s" takes a plural verb', text: 'The police said on Friday that the bridge had been reopened.', date: 'Friday', expected: 'Police say bridge had been reopened' },
    { name: 'a body named with "and" is one body', text: 'The Food and Drug Administration said on Friday that the recall had ended.', date: 'Friday', expected: 'Food and Drug Administration says recall had ended' },
    { name: 'the dot of an abbreviation does not end the clause', text: 'Inspectors visited the U.K. embassy on Monday after the fire.', date: 'Monday', expected: 'Inspectors visited the U.K. embassy after the fire' },
    { name: 'a dotted initialism before a name stays with it', text: 'U.S. regulators fined the airline on Friday for late refunds.', date: 'Friday', expected: 'U.S. regulators fined the airline for late refunds' },
    { name: 'a quote told to someone is what was said', text: '"The pumps are working again," Mayor Ana Ruiz told reporters in the town hall on Tuesday, when asked about the floods.', date: 'Tuesday', expected: 'Mayor Ana Ruiz says "The pumps are working again"' },
    { name: 'a quote told to a station is what was said', text: '"The pumps are working again," Ana Ruiz told a local radio station on Tuesday.', date: 'Tuesday', expected: 'Ana Ruiz says "The pumps are working again"' },
    { name: 'a heading run into the dated sentence is left out', text: 'Farmers protest against cheaper grain imports On Monday the agriculture minister met union leaders in the capital.', date: 'Monday', expected: 'Agriculture minister met union leaders in the capital' },
    { name: 'a caption run into the dated sentence is left out', text: 'Two injured in crane collapse The crane fell onto a parked bus on Friday afternoon.', date: 'Friday', expected: 'Crane fell onto a parked bus' },
    { name: 'a paper named with "The" is not a new sentence', text: 'Subscribers of The Gazette met the editor on Friday.', date: 'Friday', expected: 'Subscribers of The Gazette met the editor' },
    { name: 'a pronoun after "when" is named from the main clause', text: 'The Harbour Bank is expected to hold rates when it meets on Thursday.', date: 'Thursday', expected: 'Harbour Bank meets' },
    { name: 'an appositive "of" phrase is not the subject', text: 'Crew chief Ana Ruiz, of the Lakeside Fire Service, said on Monday that her team found two survivors.', date: 'Monday', expected: 'Crew chief Ana Ruiz says her team found two survivors' },
    // page furniture run into the lead
    { name: "furn28: a live page's clock stamp before the lead is left out", text: '1413 The coastguard will have 40 crews in Portvale on Thursday, a spokesman says.', date: 'Thursday', expected: 'Coastguard will have 40 crews in Portvale' },
    { name: 'furn28: a figure before its noun stays', text: '1413 crews reached Portvale on Thursday.', date: 'Thursday', expected: '1413 crews reached Portvale' },
    { name: 'a caption label in capitals is left out', text: '3 JUNE: SECOND PUMP - FAILED Crews tried to restart the pump at the station but the valve jammed.', date: 'JUNE', expected: 'Crews tried to restart the pump at the station' },
    { name: 'the tail of a "last updated" clock is left out', text: 'Posted at 09:14 GMT, Friday, 4 March 2022 10:14 UK The harbour authority reopened the north quay in June 2021.', date: 'June 2021', expected: 'Harbour authority reopened the north quay' },
    { name: 'a caption label before an acronym is left out', text: '9 MAY: NEW PIPE - ONGOING KDX is laying a second pipe across the bay.', date: 'MAY', expected: 'KDX is laying a second pipe across the bay' },
    { name: 'an acronym in capitals stays', text: 'NASA launched a probe on Monday.', date: 'Monday', expected: 'NASA launched a probe' },
    { name: 'a sentence run in after "By" is its own', text: 'Residents gathered outside the town hall By Friday the council had voted to close the pool.', date: 'Friday', expected: 'Council had voted to close the pool' },
    { name: 'a sentence run in after "Thousands" is its own', text: 'We could not reach the valley Thousands of villagers slept outside on Tuesday.', date: 'Tuesday', expected: 'Thousands of villagers slept outside' },
    // a dated piece that is no clause of its own gives way to the main clause
    { name: 'a fronted "In a statement released" phrase', text: 'In a letter sent on Monday, Ana Ruiz, the union leader and a former nurse, said the strike would go on.', date: 'Monday', expected: 'Ana Ruiz said strike would go on' },
    { name: 'a fronted "At one point" phrase', text: 'At one point on Sunday, riot police fired tear gas to push the crowd back from the gates.', date: 'Sunday', expected: 'Riot police fired tear gas to push the crowd back from the gates' },
    { name: 'an infinitive aside', text: 'In a report, to be published next month, the panel said the rules were too weak.', date: 'next month', expected: 'Panel says rules were too weak' },
    { name: 'a verb with no subject before it', text: 'On Friday came the biggest surprise yet: the board fired its chairman.', date: 'Friday', expected: 'Board fired its chairman' },
    { name: 'a preposition phrase before the subject', text: 'Without a rescue deal to calm the markets on Monday, shares fell sharply across the region.', date: 'Monday', expected: 'Shares fell sharply across the region' },
    { name: 'a leading "when" clause too short alone is told after its main clause', text: 'When the mill closed in 1991, the town lost half its jobs.', date: '1991', expected: 'Town lost half its jobs when the mill closed' },
    { name: 'a leading "when" is dropped', text: 'When the old paper mill on the river closed in 1991, the town lost half its jobs.', date: '1991', expected: 'Old paper mill on the river closed' },
    { name: 'a trailing frame with a pronoun subject leaves the statement', text: 'The mill owner Harlow Grain will close two plants in the north, it said on Thursday.', date: 'Thursday', expected: 'Mill owner Harlow Grain will close two plants in the north' },
    { name: 'a trailing frame with a named subject stays', text: 'The mill will close two plants in the north, Harlow Grain said on Thursday.', date: 'Thursday', expected: 'Harlow Grain says mill will close two plants in the north' },
    { name: 'a verb keeps its "that" clause', text: 'Sadly this morning we must report that the ferry sank near the pier.', date: 'this morning', expected: 'Sadly we must report the ferry sank near the pier' },
    { name: 'a negative determiner stays', text: 'A local paper reported on Thursday no refunds would be paid.', date: 'Thursday', expected: 'Local paper reported no refunds would be paid' },
    { name: 'a bare saying after a piece the tagger reads as verbless is its source', text: 'The storm hit at 0400 on Tuesday, the weather service said.', date: 'Tuesday', expected: 'Storm hit at 0400' },
    { name: '"it" in a "before" clause is named past a participle phrase', text: 'The Lakeside reservoir, about a mile above the town, leaked for weeks, flooding dozens of farms in the Ostra valley before it was sealed in July.', date: 'July', expected: 'Lakeside reservoir was sealed' },
    { name: 'a quote in the first person is told as said', text: '"I was at the dam a week ago and saw the cracks," Ana Ruiz said in an interview.', date: 'a week ago', expected: 'Ana Ruiz says "I was at the dam a week ago and saw the cracks"' },
    { name: 'a first-person quote said by a pronoun is told as said, for the pronoun to be named', text: '"We were in the square a week ago when the police arrived," she said in an interview with a radio station.', date: 'a week ago', expected: 'She says "We were in the square a week ago when the police arrived"' },
    { name: 'a pronoun after "before" is named from a subject the lexicon misreads', text: 'The Bellow pit shaft, about a mile below the moor, slowly flooded the lower village, cutting off dozens of farms before it was sealed in March.', date: 'March', expected: 'Bellow pit shaft was sealed' },
    { name: 'a verb the lexicon takes for a noun does not end the subject', text: 'The Harbour Board starts a three-day inquiry on Monday and is expected to close the quay.', date: 'Monday', expected: 'Harbour Board starts a three-day inquiry' },
    { name: 'a date fronted after "and" leads into the clause after it', text: 'The mill never said why the roof fell in and as recently as 2019, Ana Ruiz, a builder at the county office, wrote that the cause was unknown.', date: '2019', expected: 'Ana Ruiz wrote the cause was unknown' },
    { name: '"is quoted as saying" frames the quote', text: '"The water is safe," Ana Ruiz is quoted by the paper as saying on 3 May.', date: '3 May', expected: 'Ana Ruiz says "The water is safe"' },
    { name: 'a trailing "saying" tells what was said when it fits', text: 'The festival director Ana Ruiz defended the line-up on Monday saying that the crowds were happy.', date: 'Monday', expected: 'Festival director Ana Ruiz defended the line-up saying that the crowds were happy' },
    { name: 'a relative clause is about the whole noun phrase, its setting too', text: 'Other cases included three pupils at Hill Road School who were off sick on Friday.', date: 'Friday', expected: 'Three pupils at Hill Road School were off sick' },
    { name: "a caption's heading in capitals is left out with what came before it", text: 'NEXT 4 JUNE: SECOND PUMP OF THE STATION - FAILED Turning to the valve that sits below the pump, crews tried to free it with heavy tools.', date: '4 JUNE', expected: 'Crews tried to free it with heavy tools' },
    { name: 'an infinitive after "after" opens no clause', text: 'The singer is to return to the stage after ten years to perform at the harbour festival next month.', date: 'next month', expected: 'Singer is to return to the stage after ten years to perform at the harbour festival' },
    { name: 'a date in the possessive stays with its noun', text: "The size of yesterday's rally surprised the traders, brokers said.", date: 'yesterday', expected: "Size of yesterday's rally surprised the traders" },
    { name: 'a year between "a" and its noun stays', text: 'The flood is strikingly similar to a 1953 storm surge on the coast.', date: '1953', expected: 'Flood is strikingly similar to a 1953 storm surge on the coast' },
    // a year inside "the ..." or "its ..." says which one: without it "the earthquake" is any (vague27)
    { name: 'the own year between "the" and its noun stays', text: 'The old bridge collapsed in the 1989 earthquake.', date: '1989', expected: 'Old bridge collapsed in the 1989 earthquake' },
    { name: 'a year opening the title, before its noun, loses its article as a name would', text: 'The 1957 storm flooded half the valley.', date: '1957', expected: '1957 storm flooded half the valley' },
    { name: 'a year that is no noun\'s stays out', text: 'The old bridge collapsed in 1989 in the earthquake.', date: '1989', expected: 'Old bridge collapsed in the earthquake' },
    { name: 'an "and" inside an aside that holds the date opens no clause', text: 'The port authority, in a long and bitter letter to the ministry in May, alleged that the firm uses false invoices, cheap labour and other tricks to win bids.', date: 'May', expected: 'Port authority alleged the firm uses false invoices' },
    { name: 'an "and" inside a fronted phrase that holds the date opens no clause', text: 'According to a poll released on Monday by two local papers, nearly half of the voters say that the new bridge is a waste of money.', date: 'on Monday', expected: 'Half of the voters say new bridge is a waste of money' },
    { name: 'a clause opened by "as" is its own', text: 'It came as the regional bus fleet shrank for the year and hit its lowest size in March amid falling ticket sales.', date: 'March', expected: 'Regional bus fleet hit its lowest size amid falling ticket sales' },
    // a verb set off after a clause that says when or why takes no subject from it (wrong51)
    { name: 'a saying after a relative and the "after" clause inside it is the subject\'s, not the "after" clause\'s', text: 'The school, which shut after two pupils fell ill, said on Monday it was moving the spring exams.', date: 'Monday', expected: 'School says it was moving the spring exams' },
    { name: 'a verb after an "as" clause and a comma is the main clause\'s', text: 'Prices rose as traders bought, and fell back on Monday.', date: 'Monday', expected: 'Prices fell back' },
    // a piece with no verb after a clause renames its last noun and is no subject (wrong51)
    { name: 'a place renamed after a clause is no subject of the verb after it', text: 'She drove to Lowmere, the county town, and died there on Monday.', date: 'Monday', expected: 'She died there' },
    { name: 'an appositive opening the sentence still gives way to the noun it renames', text: 'The new bridge, the longest in the region, opened on Monday.', date: 'Monday', expected: 'New bridge opened' },
    { name: 'an object renamed after a clause leaves the clause\'s subject', text: 'Crews found the boat, a small trawler, and towed it to port on Monday.', date: 'Monday', expected: 'Crews towed it to port' },
    // a verb joined by "and" to a relative clause goes on telling of the relative's noun; a fronted date leans on the main clause (wrong51)
    { name: 'a fronted date leans on the main clause, past a relative and the verb joined to it', text: 'On Monday, crews on the Vell barge, which sits above the wreck and is tied to the pier, found a crack in the hull.', date: 'On Monday', expected: 'Crews on the Vell barge found a crack in the hull' },
    { name: 'a fronted date leans on the main clause, past a "who" clause of two verbs', text: 'On Monday, the mayor, who lives in Lowmere and runs the ferry, closed the pier.', date: 'On Monday', expected: 'Mayor closed the pier' },
    // agreement and the verb of telling
    { name: 'told the court about: the listener stays, so "tells"', text: 'Ana Ruiz, the nurse, told the jury on Monday about a call she received from the clinic.', date: 'Monday', expected: 'Ana Ruiz tells jury about a call she received from the clinic' },
    { name: 'a saying in the infinitive is not said yet: the clause is told as it stands', text: 'A council report due to be published on Friday is expected to say most of the roads need repair.', date: 'on Friday', expected: 'Council report due to be published is expected to say most of the roads need repair' },
    { name: 'a deadline to show something frames no saying', text: 'The growers have until May 30 to show they have met the new rules.', date: 'May 30', expected: 'Growers have until May 30 to show they have met the new rules' },
    { name: 'a saying after a saying in the infinitive still frames the title', text: 'The board agreed to report the figures and said on Monday that the mill would close.', date: 'on Monday', expected: 'Board said mill would close' },
    { name: 'told reporters that: the listener goes, so "said" (a "would" after it keeps the saying past)', text: 'The minister told reporters on Monday that the bridge would reopen.', date: 'Monday', expected: 'Minister said bridge would reopen' },
    { name: 'a person whose surname ends in s is one person', text: 'Carla Edwards said on Monday that the ferry will run again.', date: 'Monday', expected: 'Carla Edwards says ferry will run again' },
    { name: 'a firm whose name ends in s is one firm', text: 'Veltronis said on Monday that the plant will reopen.', date: 'Monday', expected: 'Veltronis says plant will reopen' },
    // (recall51)
    { name: 'an abbreviation in capitals ending in s is one body', text: 'The TRS said on Monday that the plant will reopen.', date: 'Monday', expected: 'TRS says plant will reopen' },
    { name: 'a capitalised plural opening the sentence is plural', text: 'Officials said on Monday that the plant will reopen.', date: 'Monday', expected: 'Officials say plant will reopen' },
    { name: 'a capitalised plural of a person noun the lexicon does not know is plural', text: 'Rescuers said on Monday that the boy was safe.', date: 'Monday', expected: 'Rescuers say boy was safe' },
    { name: 'a handful of a plural takes a plural verb', text: 'A handful of farm groups said on Monday that the tax was unfair.', date: 'Monday', expected: 'A handful of farm groups say tax was unfair' },
    { name: 'a counted plural takes a plural verb', text: 'Three out of four voters said on Monday that the tax was unfair.', date: 'Monday', expected: 'Three out of four voters say tax was unfair' },
    { name: 'two bodies joined by "and", each named with its own head, take a plural verb', text: 'On Monday the Farm Credit Board and the Water and Power Board said the dam will be rebuilt.', date: 'On Monday', expected: 'Farm Credit Board and the Water and Power Board say dam will be rebuilt' },
    { name: 'one body with "and" inside its name takes a singular verb', text: 'On Monday the Water and Power Board said the dam will be rebuilt.', date: 'On Monday', expected: 'Water and Power Board says dam will be rebuilt' },
    { name: 'a particle after its verb is kept', text: 'Workers said on Monday that the strike will go on.', date: 'Monday', expected: 'Workers say strike will go on' },
    { name: 'the speaker\'s office set off before the name is no part of what was said', text: 'Two new cases of flu have been found in the town, one in a child, the health minister, Tom Vell, said today.', date: 'today', expected: 'Tom Vell says two new cases of flu have been found in the town, one in a child' },
    { name: 'a relative clause ends before the main clause\'s verb', text: 'Two clerks at the seed company that folded in 2019 have been charged.', date: '2019', expected: 'Seed company folded' },
    { name: 'a relative clause\'s own verb, with no object, ends before the main clause\'s auxiliary', text: 'The man who drowned was buried on Monday.', date: 'Monday', expected: 'Man was buried' },
    { name: 'a "that" relative with no object keeps its noun phrase whole before the main verb', text: 'The pump that failed was lifted from the lake on Saturday.', date: 'Saturday', expected: 'Pump that failed was lifted from the lake' },
    { name: 'dated inside the relative clause, it is told up to the main verb, not on through it', text: 'The growth cycle which began in 1996 now appears to be over.', date: '1996', expected: 'Growth cycle began' },
    { name: 'dated in the subject, the relative clause after it is told up to the main verb', text: 'The 1920 storm which flooded the coastal towns came in three waves.', date: '1920', expected: '1920 storm flooded the coastal towns' },
    { name: 'a place name ending the relative clause opens no new subject: the date is the main verb\'s', text: 'Farmers who grow wheat in the Varn Valley lost their crops on Monday.', date: 'on Monday', expected: 'Farmers lost their crops' },
    { name: 'names run into a plain noun before the verb may be the main clause\'s subject: all is kept', text: 'Sailors who came back from Norland Harbour Board inspectors will visit on Monday.', date: 'on Monday', expected: 'Sailors came back from Norland Harbour Board inspectors will visit' },
    { name: 'dated before the subject, a relative clause after it is left out for the main verb', text: 'Last week farmers who grow wheat in the valley lost their crops.', date: 'Last week', expected: 'Farmers lost their crops' },
    { name: 'dated before the subject, past a place name in the relative clause', text: 'Last week farmers who grow wheat in the Varn Valley lost their crops.', date: 'Last week', expected: 'Farmers lost their crops' },
    { name: 'an -ing after a verb takes the noun as its object: the relative is about the noun alone', text: 'Analysts expect Brisk Corp. to resume paying dividends, which were suspended last summer.', date: 'last summer', expected: 'Dividends were suspended' },
    { name: 'a name and its verb run on after a finished clause start another sentence', text: 'The old mill town was flooded in 1998 Norland lies in the wet lowlands of the east.', date: '1998', expected: 'Old mill town was flooded' },
    { name: 'a heading run into a caption with a title and name', text: 'Harbour festival: Tom Reyes to sing in Dover Mr Reyes visited the old docks on Friday with his band.', date: 'Friday', expected: 'Mr Reyes visited the old docks with his band' },
    { name: 'a name after a saying verb is its clause, not a new sentence', text: 'The mayor announced in 2019 Norland needed a new harbour wall.', date: '2019', expected: 'Mayor announces Norland needed a new harbour wall' },
    { name: 'a subject\'s head before "of" is kept over a name in apposition', text: 'The inquiry into the ferry\'s captain, Paul Brandt, opened in Dover on Monday with a minute of silence.', date: 'Monday', expected: "Inquiry into the ferry's captain opened in Dover with a minute of silence" },
    { name: 'a name run on after a clause and its date starts another sentence', text: 'Tom Reyes visited the old docks on Friday Ann Roe\'s brother Tom is to sing in Dover next year.', date: 'Friday', expected: 'Tom Reyes visited the old docks' },
    { name: 'a name in apposition to a superlative is the subject', text: 'The biggest of the three, Norland, cut its rates on Monday.', date: 'Monday', expected: 'Norland cut its rates' },
    { name: 'a list is not cut at its first comma', text: 'The seed samples from 2015 were a blend of wheat, barley and rye.', date: '2015', expected: 'Seed samples were a blend of wheat, barley and rye' },
    { name: 'a list too long for a title is not run on into it', text: 'A notice on the county council website said it was moving the spring exams in drawing, chemistry and modern foreign languages to next week.', date: 'next week', expected: 'Notice on the county council website said it was moving the spring exams in drawing' },
    { name: 'a list past a short title that fits a whole one is told whole, not cut after its first item', text: 'On June 3 the committee summoned the chief executives of Harlow Mills, Brenton Foods, Castlegate Farms and Norvale Dairies.', date: 'On June 3', expected: 'Committee summoned the chief executives of Harlow Mills, Brenton Foods, Castlegate Farms and Norvale Dairies' },
    { name: 'a list that never ends in "and" is left', text: 'The crew landed on Monday, tired, hungry.', date: 'Monday', expected: 'Crew landed' },
    { name: 'a list ends at its last item, before the words that follow it', text: 'On Monday the storm closed the ferries off Kent, Essex and Surrey with high winds and rain.', date: 'On Monday', expected: 'Storm closed the ferries off Kent, Essex and Surrey' },
    { name: 'a list that is the subject of its own verb is not ended on', text: 'The boy was found on a raft on Monday after his mother, uncle and cousins drowned in the storm.', date: 'on Monday', expected: 'Boy was found on a raft' },
    { name: 'an "after" clause cut inside its subject list goes whole, "before" too', text: 'The firm sold its mill on Friday before its owner, his wife and their son left the town.', date: 'on Friday', expected: 'Firm sold its mill' },
    { name: 'an "after" phrase with no clause of its own after the comma stays', text: 'The ferry sailed on Monday after the storm, and the crew rested.', date: 'on Monday', expected: 'Ferry sailed after the storm' },
    { name: 'a participle read as a describing word after a noun goes with its cut "that" clause', text: 'The mayor ended further talks on Monday by issuing a notice on behalf of the council demanding that the union return to work within a week.', date: 'on Monday', expected: 'Mayor ended further talks by issuing a notice on behalf of the council' },
    { name: 'a describing word in -ing after "so" is no participle', text: 'On Monday the work at the mill became so demanding that half the staff quit.', date: 'On Monday', expected: 'Work at the mill became so demanding that half the staff quit' },
    { name: 'a title too long to tell whole loses the offices before people\'s full names rather than its end', text: 'The ministry said Monday that Harbour Secretary Ann Roe has approved a request from Norland Mayor Tom Vell to have the national government pay the cost of rebuilding the old sea wall.', date: 'Monday', expected: 'Ministry says Ann Roe has approved a request from Tom Vell to have the national government pay the cost of rebuilding the old sea wall' },
    { name: 'a title that fits keeps the office before a name', text: 'On Monday the council asked Harbour Secretary Ann Roe to explain why the new sea wall along the old fishing town had cracked within a year.', date: 'On Monday', expected: 'Council asked Harbour Secretary Ann Roe to explain why new sea wall along old fishing town had cracked within a year' },
    { name: 'a person picked for a task after a saying is told with the task, past a "who" clause', text: 'The board is expected to announce on Monday that it has chosen Ann Roe, who ran the port for ten years, to become its chair.', date: 'on Monday', expected: 'Board is expected to announce it has chosen Ann Roe to become its chair' },
    { name: 'a "which" clause after a comma is no item of a list', text: 'The crew failed to raise the wreck on Monday with its crane, which lifted chains and pieces of the hull into the air.', date: 'on Monday', expected: 'Crew failed to raise the wreck with its crane' },
    { name: 'a person picked for a task is told with the task, past an age', text: 'On Monday the mayor chose Ann Roe, 52, to run the harbour board.', date: 'On Monday', expected: 'Mayor chose Ann Roe to run the harbour board' },
    { name: 'a person picked for a task is told with the task, past a "who" clause', text: 'On Monday the club hired Tom Vell, who grew up in Dover, to coach the first team.', date: 'On Monday', expected: 'Club hired Tom Vell to coach the first team' },
    { name: 'an aside about a person with no task after it is left', text: 'On Monday the club hired Tom Vell, 41, who grew up in Dover.', date: 'On Monday', expected: 'Club hired Tom Vell' },
    { name: '"dated" goes with its date even as the phrase goes on', text: 'Ana Ruiz set out her complaints in a letter dated June 3 to the harbour board.', date: 'June 3', expected: 'Ana Ruiz set out her complaints in a letter to the harbour board' },
    { name: 'a short last "and" clause sharing the subject is kept', text: 'The ferry crew pulled three sailors from the sea on Friday and hopes to find the rest.', date: 'Friday', expected: 'Ferry crew pulled three sailors from the sea and hopes to find the rest' },
    { name: 'a short last "because" clause is kept', text: 'The night guard was handed a spare key at 2 am on Sunday because he had lost his own.', date: '2 am on Sunday', expected: 'Night guard was handed a spare key because he had lost his own' },
    { name: 'a long last clause is still left out', text: 'The ferry crew pulled three sailors from the sea on Friday and hopes to find the rest of the fishing boat crew before the next storm arrives.', date: 'Friday', expected: 'Ferry crew pulled three sailors from the sea' },
    { name: 'a "he" after two people is told with what a pronoun said about them', text: 'She said Lena Ortiz had waited in the hall with Marco Bell until he woke on Sunday.', date: 'Sunday', expected: 'Lena Ortiz had waited in the hall with Marco Bell until he woke' },
    { name: 'a "he" after two people is told with the clause naming them', text: 'Lena Ortiz had hired Marco Bell to drive him as he toured the northern towns in June.', date: 'June', expected: 'Lena Ortiz had hired Marco Bell to drive him as he toured the northern towns' },
    // session 6: who-did-what from the sentence's own words
    { name: 'an appositive after a name is passed over for the name', text: 'Norcom, the phone maker, last week sold $2 billion of bonds.', date: 'last week', expected: 'Norcom sold $2 billion of bonds' },
    { name: 'an appositive after a noun phrase is passed over for it', text: 'The new bridge, the longest in the region, opened on Monday to traffic.', date: 'on Monday', expected: 'New bridge opened to traffic' },
    { name: 'a bracketed first letter stays with its word', text: 'The inquiry\'s summary reads: "(T) he collapse of June 3 was avoidable.', date: 'June 3', expected: 'Collapse was avoidable' },
    { name: 'a hyphen left hanging before "and" does not end the clause', text: 'The city sold $40 million of five - and 10-year bonds on Monday.', date: 'on Monday', expected: 'City sold $40 million of five- and 10-year bonds' },
    { name: 'a "with" phrase whose noun does something is told as a clause', text: 'The port stayed closed, with the harbour master inspecting the damage on Tuesday and divers searching the wreck.', date: 'on Tuesday', expected: 'Harbour master inspected the damage' },
    { name: 'a "where" clause ending on its verb says where', text: 'In Norland, where the prime minister visited on Monday, farmers are angry about prices.', date: 'on Monday', expected: 'Prime minister visited Norland' },
    { name: 'a first-person announcement is the speaker\'s act', text: '"Sadly this morning I have to announce that we have closed the mine," the owner said.', date: 'this morning', expected: 'Owner announces we have closed the mine' },
    { name: 'a list item with only a "how to" after it is no clause', text: 'The author Ana Ruiz took part in a workshop with teachers, parents and local officials on Friday on how to improve reading.', date: 'on Friday', expected: 'Author Ana Ruiz took part in a workshop with teachers' },
    { name: 'a list item with a plan of its own keeps it', text: 'Cafes are to reopen on Monday, with schools, museums and parks to follow a day later.', date: 'a day later', expected: 'Museums and parks to follow' },
    { name: 'a participle piece gives way to the main clause whose verb is read in the sentence', text: 'The new figures, released in March, show that exports fell to a record low.', date: 'in March', expected: 'New figures show exports fell to a record low' },
    { name: 'a noun with its "that" clause is the subject of the verb after it', text: "Fears that the mine could close hit the town's shops on Monday, as the union met.", date: 'on Monday', expected: "Fears that the mine could close hit the town's shops" },
    { name: 'a relative pronoun cut from its verb by a date still names its noun', text: 'Local farmers, who, in 2019, had sold their land, now rent it back.', date: 'in 2019', expected: 'Local farmers had sold their land' },
    { name: 'two verbs joined straight by "and" share the rest of the clause', text: 'This year the radio show will air one story written and read by each of the finalists.', date: 'This year', expected: 'Radio show will air one story written and read by each of the finalists' },
    { name: '"A number of" keeps its article', text: 'A number of villagers were frightened overnight by a false rumour.', date: 'overnight', expected: 'A number of villagers were frightened by a false rumour' },
    { name: 'a backtick opens a quotation whose closing mark is an apostrophe', text: "When ` Little Joe ' Roe was forced from power in 1986, the country hoped for peace.", date: 'in 1986', expected: "'Little Joe' Roe was forced from power" },
    { name: '"it" in a time clause stands for the noun subject before it', text: 'The festival has grown every year since it was founded in 1990.', date: 'in 1990', expected: 'Festival was founded' },
    { name: 'a short time clause opening the sentence is told with its main clause', text: "When the figures came out last May, the news sent the bank's shares diving.", date: 'last May', expected: "News sent the bank's shares diving when the figures came out" },
    { name: 'a time clause after its main clause stays alone', text: "Dr Roe was the singer's doctor when the singer died in 2009.", date: 'in 2009', expected: 'Singer died' },
    { name: 'a cleft is told plainly', text: 'It was the storm in 1990 that persuaded the council to build the wall.', date: 'in 1990', expected: 'Storm persuaded the council to build the wall' },
    { name: 'an "it" after the main verb is the thing a fronted clause told of', text: 'Once the new crane is in place, crews will bolt it to the deck on Friday.', date: 'on Friday', expected: 'Crews will bolt the new crane to the deck' },
    { name: 'an "it" is not named from a fronted clause that names another thing', text: 'When the mayor saw the bridge, she closed it on Friday.', date: 'on Friday', expected: 'She closed it' },
    { name: 'an "it" is not named from a fronted clause about many', text: 'When the ferries docked, crews unloaded it on Friday.', date: 'on Friday', expected: 'Crews unloaded it' },
    { name: 'an "it" opening the main clause is not named from the fronted clause', text: 'After the storm passed, it flattened the town on Friday.', date: 'on Friday', expected: 'It flattened the town' },
    { name: 'a cleft putting the date first is told by its "that" clause', text: 'It was in May that the new bridge finally opened.', date: 'in May', expected: 'New bridge finally opened' },
    { name: 'a cleft\'s "that" clause is found after an aside', text: 'It was only a decade ago, after the mills were shut and the miners were sent home, that there were riots in the valley.', date: 'a decade ago', expected: 'There were riots in the valley' },
    { name: 'an aside naming the noun before it lends it no subject of its own', text: 'The club said his niece, named Ida, also fell ill at the fair on Monday.', date: 'on Monday', expected: 'His niece Ida fell ill at the fair' },
    { name: 'a cleft with "not until" is told by its "that" clause', text: 'It was not until 2005 that the mill reopened.', date: '2005', expected: 'Mill reopened' },
    { name: 'reports told of in an existential say what was reported', text: 'There have also been some reports of looting overnight.', date: 'overnight', expected: 'Looting was reported' },
    { name: 'a body named with "for" and "and" is one body', text: 'The Centers for Flood Control and Prevention said on Monday that the river had peaked.', date: 'on Monday', expected: 'Centers for Flood Control and Prevention says river had peaked' },
    { name: 'a participle opening the sentence tells what was done to the subject', text: 'Founded in 1990 to serve the valley, the library now lends e-books.', date: 'in 1990', expected: 'Library was founded to serve the valley' },
    { name: 'a participle between a subject and its verb is a passive', text: 'Norcom, founded in 1990 by two engineers, makes phones.', date: 'in 1990', expected: 'Norcom was founded by two engineers' },
    { name: 'a plural subject takes "were" with its participle', text: 'The old mills, converted in 2001, are now flats.', date: 'in 2001', expected: 'Old mills were converted' },
    { name: 'a speaker named after "said" is the subject', text: '"We will rebuild," said Mayor Ana Ruiz on Tuesday.', date: 'on Tuesday', expected: 'Mayor Ana Ruiz says "We will rebuild"' },
    { name: 'a name that ends the sentence after its noun says who', text: 'The club signed a new coach in May, Ana Ruiz.', date: 'in May', expected: 'Club signed a new coach, Ana Ruiz' },
    { name: 'a participle phrase run into the clause without its comma goes', text: "He said the season was a 'disaster' Speaking to Radio Four on 16 May Tom Vance criticised the timing of the vote.", date: 'on 16 May', expected: 'Tom Vance criticised the timing of the vote' },
    { name: 'a participle before the date, with the sentence\'s verb after, tells what was done then', text: 'A study released last week about the cost of ferries found that fares had doubled.', date: 'last week', expected: 'Study about the cost of ferries was released' },
    { name: 'a participle before the date tells what was done then with an adverb before the sentence\'s verb', text: 'The harbour study published on Tuesday also shows indirectly that fares had doubled.', date: 'on Tuesday', expected: 'Harbour study was published' },
    { name: 'a participle with a complement of where before the date tells what was done then', text: 'A new steel dome lowered onto the Norvex well on Tuesday collected 900 barrels.', date: 'on Tuesday', expected: 'New steel dome was lowered onto the Norvex well' },
    { name: 'a participle with a complement in what was said tells what was done then', text: 'Norvex says a steel dome placed on the damaged pipe last week collected 900 barrels on Monday.', date: 'last week', expected: 'Steel dome was placed on the damaged pipe' },
    { name: 'a participle with a complement before a week tells what was done then', text: 'A crane moved to the old quay last week toppled over in the storm.', date: 'last week', expected: 'Crane was moved to the old quay' },
    { name: 'a clause\'s own past verb before the date stays active', text: 'Ferry fares dropped last month to levels not seen in years.', date: 'last month', expected: 'Ferry fares dropped to levels not seen in years' },
    { name: 'a verbless date piece leans on the main clause before a relative one', text: 'The display team has flown the Kestrel jet, which is the air force\'s fastest trainer, since 1979 when it replaced an older jet.', date: 'since 1979', expected: 'Display team has flown the Kestrel jet' },
    { name: 'a plural possessive stays inside the noun phrase a relative is about', text: "The plan copies the Farmers' Credit Bank, which in 1950 lent money to a third of the growers.", date: 'in 1950', expected: "Farmers' Credit Bank lent money to a third of the growers" },
    { name: 'a saying after a clause joined by "and" has the subject after "and"', text: 'After a brief setback, the cap is installed and Norcom announces on 4 June that it is collecting oil at a rate of 1,000 barrels a day.', date: 'on 4 June', expected: 'Norcom announces it is collecting oil at a rate of 1,000 barrels a day' },
    { name: 'what "it" followed, named by a noun, is told by its verb', text: 'It followed the failure last week of the harbour board\'s "quick fix" plan to drain the dock by pumping water into the river.', date: 'last week', expected: 'Harbour board\'s "quick fix" plan to drain the dock by pumping water into the river failed' },
    { name: '"By the time" leads into the dated clause\'s own words', text: "By the time Norland's harbour fire was brought under control in 1980, another election year was in progress.", date: 'in 1980', expected: "Norland's harbour fire was brought under control" },
    { name: 'a relative after a list is about the noun before the list', text: 'Tests are being run on pupils in Avalon, Norland, Eastmark and Westholm who fell ill on Monday after a school trip.', date: 'on Monday', expected: 'Pupils in Avalon, Norland, Eastmark and Westholm fell ill after a school trip' },
    { name: 'a caption\'s "left" between two names joined by "and" keeps both', text: 'Bank chief executive Tom Lee, left, and Norcom chief executive Ana Ruiz leave a meeting at the Treasury yesterday.', date: 'yesterday', expected: 'Tom Lee and Norcom chief executive Ana Ruiz leave a meeting at the Treasury' },
    { name: 'a date in a noun phrase whose participle has an agent dates what the agent did', text: 'The March 3 petition filed by the union asks the court to stop the sale.', date: 'March 3', expected: 'Union filed the petition' },
    { name: 'an irregular participle with an agent stays as it is', text: 'The 2019 report written by the panel was ignored.', date: '2019', expected: '2019 report written by the panel was ignored' },
    { name: 'a sentence run in after a closing quote mark is its own', text: "He called the season a 'disaster' The club will appeal on Monday.", date: 'on Monday', expected: 'Club will appeal' },
    { name: 'a subject\'s list keeps its items before the last comma', text: 'Avalon, Norland and Eastmark on Monday formally signed the trade pact.', date: 'on Monday', expected: 'Avalon, Norland and Eastmark formally signed the trade pact' },
    { name: 'a list of names after the subject\'s preposition stays whole', text: 'Four clerks from Avalon, Norland and Eastmark were hired on Monday.', date: 'on Monday', expected: 'Four clerks from Avalon, Norland and Eastmark were hired' },
    { name: 'a list after the subject\'s preposition stays whole after a dateline too', text: 'HARBOURTON (Wire) - Four clerks from Avalon, Norland and Eastmark were hired on Monday.', date: 'on Monday', expected: 'Four clerks from Avalon, Norland and Eastmark were hired' },
    { name: 'a first piece that is no noun phrase with names after its preposition opens no list', text: 'Clerks in the town, bakers and farmers were paid on Monday.', date: 'on Monday', expected: 'Bakers and farmers were paid' },
    { name: 'a list that goes on from the object of "of" is told with the noun before "of" (name71)', text: 'On March 3 a steel pipe carrying a mix of oil, gas and water burst.', date: 'On March 3', expected: 'Steel pipe carrying a mix of oil, gas and water burst' },
    { name: 'a list that goes on from the object of "from" is told with the noun before "from" (name71)', text: 'Envoys from the port council, the harbour board and the city met again on Monday.', date: 'on Monday', expected: 'Envoys from the port council, the harbour board and the city met again' },
    { name: 'a list after "among" too, past a sentence\'s "And" (name71)', text: 'And on Monday the pact among the council, the port and the farmers was fraying.', date: 'on Monday', expected: 'Pact among the council, the port and the farmers was fraying' },
    { name: 'a list too long for a title leaves the noun before the preposition as the subject (name71)', text: 'The tenuous pact among the city council, the regional harbour board, the trade unions and the angry local farmers was visibly fraying on Monday.', date: 'on Monday', expected: 'Tenuous pact was visibly fraying' },
    { name: 'too long, the noun is told up to the participle that describes it (name71)', text: 'On March 3 an old rusty steel pipe carrying a toxic mix of crude oil, natural gas and dirty waste water ruptured near the northern gate of the plant.', date: 'On March 3', expected: 'Old rusty steel pipe ruptured near the northern gate of the plant' },
    { name: 'an "including" aside with a list lends the verb after it no subject (name71)', text: 'On Tuesday, the club of lenders, including Avalon, Norland and Eastmark, called on other lenders to follow its lead.', date: 'On Tuesday', expected: 'Club of lenders called on other lenders to follow its lead' },
    { name: 'an "including" aside of one item too (name71)', text: 'On Tuesday, the club of lenders, including the Norland Bank, called for new talks.', date: 'On Tuesday', expected: 'Club of lenders called for new talks' },
    { name: 'a list after "in" is not a noun\'s (name71)', text: 'On Monday in Avalon, Norland and Eastmark farmers marched.', date: 'On Monday', expected: 'Norland and Eastmark farmers marched' },
    { name: 'a comma between two words describing one noun is inside its phrase', text: 'Tom Vell was taken from his small, family-run shop in Ferrow on Monday, police said.', date: 'on Monday', expected: 'Tom Vell was taken from his small, family-run shop in Ferrow' },
    { name: 'what the writer learned is the happening', text: 'And today we learned that the town council has at last approved the new quay.', date: 'today', expected: 'Town council has at last approved the new quay' },
    { name: 'a relative clause without commas is left out when the date is the main verb\'s', text: 'A fisherman who runs the oldest boatyard on the coast was fined Monday in the town of Ferrow.', date: 'Monday', expected: 'Fisherman was fined in the town of Ferrow' },
    { name: 'a participle that only dates its noun goes with the date', text: 'A Harbour Board poll of boat owners in Norland and the Eastmark States taken May 3-9 found most of them worried about the rising cost of fuel.', date: 'May 3-9', expected: 'Harbour Board poll of boat owners in Norland and Eastmark States found most of them worried about rising cost of fuel' },
    { name: 'a dated participle after a noun with "of" agrees with the head noun', text: 'A count of gulls taken last week showed fewer birds than usual.', date: 'last week', expected: 'Count of gulls was taken' },
    { name: 'a concession run in without its comma goes', text: 'Despite losing their boats and most of their nets fishermen still sailed out on Sunday to the old banks.', date: 'on Sunday', expected: 'Fishermen still sailed out to the old banks' },
    { name: 'where, after the date\'s comma, is told with the happening', text: 'The storm hit on Tuesday, 20 miles north of Ferrow and close to the coast.', date: 'on Tuesday', expected: 'Storm hit 20 miles north of Ferrow' },
    { name: 'where, after a borrowed subject\'s verb and its date', text: 'The tremor, the region\'s strongest in decades, hit at 0412 local time (0912 GMT) on Sunday, about 30km (19 miles) north-east of Ferrow and deep underground.', date: 'at 0412 local time (0912 GMT) on Sunday', expected: 'Tremor hit about 30km north-east of Ferrow' },
    { name: 'an adverb before a describing word stays in the speaker\'s noun phrase', text: 'A highly regarded engineer said last week the old bridge cracked.', date: 'last week', expected: 'Highly regarded engineer says old bridge cracked' },
    { name: 'a name opened by a capitalised number keeps it, and a place with its region stays whole', text: 'Second of Norland, which owns 12 mills, bought the Ferrow, Nd., grain company in March.', date: 'in March', expected: 'Second of Norland bought the Ferrow, Nd., grain company' },
    { name: 'a source published on the date is what happened then', text: 'Rents in the old town have doubled, according to results of a Harbour Board poll published on Thursday.', date: 'on Thursday', expected: 'Results of a Harbour Board poll were published' },
    { name: 'a short "but" clause is told with the clause it answers', text: 'The dockers asked for a raise of 5 percent, but talks broke off on Monday.', date: 'on Monday', expected: 'Dockers asked for a raise of 5 percent, but talks broke off' },
    { name: 'a "but" clause that says enough stays alone', text: 'The dockers asked for a raise, but the port authority rejected their claim for back pay on Monday.', date: 'on Monday', expected: 'Port authority rejected their claim for back pay' },
    { name: 'a relative clause ending in -ing is left out too', text: 'NEW TOWN _ A Ferrow man who was fishing was killed Thursday evening when two boats collided, police said.', date: 'Thursday', expected: 'Ferrow man was killed' },
    { name: 'a saying after what was said, with a comment after it, tells what was said', text: 'HARBOURTON _ The shipyards hired workers at the fastest rate in a decade in May, the statistics office reported on Friday, a sign that demand has held up.', date: 'on Friday', expected: 'Statistics office reports shipyards hired workers at the fastest rate in a decade in May' },
    { name: 'a wire dateline with no agency is not the title\'s', text: 'NEW TOWN, Norland -- The port reopened on Friday.', date: 'on Friday', expected: 'Port reopened' },
    { name: 'a relative clause keeps its date', text: 'The lawyer who filed the appeal on Friday represents the family.', date: 'on Friday', expected: 'Lawyer filed the appeal' },
    { name: '"over" right before the date goes with it', text: 'Crews will work over the weekend to repair the pad.', date: 'the weekend', expected: 'Crews will work to repair the pad' },
    { name: 'a phrasal verb keeps its particle', text: 'The new chief took over on Monday, the board said.', date: 'Monday', expected: 'New chief took over' },
    { name: 'a verb after an aside keeps the name before it, even with a name for its object', text: 'Lopez, the 2019 champion, beat Kim on Saturday.', date: 'Saturday', expected: 'Lopez beat Kim' },
    { name: 'a pronoun opening what was said loses its capital mid-title', text: 'They closed the plant in 2014, the council said on Monday.', date: 'on Monday', expected: 'Council says they closed the plant in 2014' },
    { name: 'a participle told of a noun phrase with "of" agrees with the noun before it', text: 'The sentence of 58 months, handed down on Friday, is shorter than the term prosecutors sought.', date: 'on Friday', expected: 'Sentence of 58 months was handed down' },
    { name: 'an aside telling part of the subject is passed over for the subject', text: 'A day earlier, scores of trucks, many with foreign plates, streamed north out of the port.', date: 'A day earlier', expected: 'Scores of trucks streamed north out of the port' },
    { name: 'a participle before its noun opens a clause with its own verb, not a fronted phrase', text: 'Suspected gas leaks caused two fires near the old mill Friday, killing a guard, witnesses said.', date: 'Friday', expected: 'Suspected gas leaks caused two fires near the old mill' },
    // titles9: made-up newswire sentences
    { name: 'a possessive after an abbreviation\'s dot keeps its owner', text: 'Brisko Corp.\'s filing Friday of a $12 million charge showed that the firm is shrinking.', date: 'Friday', expected: 'Brisko Corp.\'s filing of a $12 million charge shows firm is shrinking' },
    { name: 'a short title before a name is no clause of its own', text: 'Gen. Ana Ruiz led the march across the valley on Monday.', date: 'Monday', expected: 'Gen. Ana Ruiz led the march across the valley' },
    { name: '"over" leads in a date after a subject', text: 'Harbour officials over the weekend became more open about the repairs.', date: 'the weekend', expected: 'Harbour officials became more open about the repairs' },
    { name: '"over" after a verb is its particle, not the date\'s', text: 'Ana Ruiz took over Monday as chief of the harbour board.', date: 'Monday', expected: 'Ana Ruiz took over as chief of the harbour board' },
    { name: 'a date that is the object of a verb taking a time stays', text: 'The coach quietly chose Sunday morning as the day to announce the squad.', date: 'Sunday morning', expected: 'Coach quietly chose Sunday morning as the day to announce the squad' },
    { name: 'the same with a time approached', text: 'Tom Lee, the mill\'s owner, said he is approaching next spring with some worry.', date: 'next spring', expected: 'Tom Lee says he is approaching next spring with some worry' },
    { name: 'a part of a time spent stays with its date', text: 'The divers spent much of Tuesday searching the wreck for the bell.', date: 'Tuesday', expected: 'Divers spent much of Tuesday searching the wreck for the bell' },
    { name: 'the same with "the rest of"', text: 'The crew spent the rest of the week mending the nets.', date: 'the week', expected: 'Crew spent the rest of the week mending the nets' },
    { name: 'a part of a time after a verb taking none goes with its date', text: 'The ferry will sail for the rest of the week.', date: 'the week', expected: 'Ferry will sail' },
    { name: 'a date that is what someone "has until" stays', text: 'Tenants have until Dec. 4 to claim their deposits.', date: 'Dec. 4', expected: 'Tenants have until Dec. 4 to claim their deposits' },
    { name: '"throughout the day" before a weekday is the date\'s, and goes with it', text: 'The crew kept the ferry in port throughout the day Thursday while it checked the engines.', date: 'Thursday', expected: 'Crew kept the ferry in port' },
    { name: 'the same with "during the night" and a lead-in', text: 'The ferry sailed during the night on Friday to avoid the storm.', date: 'Friday', expected: 'Ferry sailed to avoid the storm' },
    { name: '"throughout the day" before no weekday stays', text: 'The crew pumped throughout the day in May.', date: 'May', expected: 'Crew pumped throughout the day' },
    { name: '"until" a date with no infinitive after it still goes with its date', text: 'The tenants waited until Friday for their deposits.', date: 'Friday', expected: 'Tenants waited for their deposits' },
    { name: '"until" a date after no verb still goes with its date', text: 'The bridge stayed shut until Friday to the dismay of the traders.', date: 'Friday', expected: 'Bridge stayed shut to the dismay of the traders' },
    { name: '"until" after another verb still goes with its date', text: 'The tenants waited until Friday to claim their deposits.', date: 'Friday', expected: 'Tenants waited to claim their deposits' },
    { name: '"dated" set off by a comma after its noun goes with its date', text: '"We will not sell the mill," Ann Roe wrote in the letter, dated Monday.', date: 'Monday', expected: 'Ann Roe writes "We will not sell the mill"' },
    { name: '"dated" after its noun with no comma goes too', text: 'The council sent a letter dated May 2 to the mill owners.', date: 'May 2', expected: 'Council sent a letter to the mill owners' },
    { name: 'a title with "of" before the name stays whole', text: 'Secretary of Works Ana Ruiz said on Monday that the talks will resume.', date: 'Monday', expected: 'Secretary of Works Ana Ruiz says talks will resume' },
    { name: 'a place after "at" is not the speaker', text: 'Tom Lee at Varn Bank said on Monday that he is lowering his forecast for the mill.', date: 'Monday', expected: 'Tom Lee at Varn Bank says he is lowering his forecast for the mill' },
    { name: 'an "and" inside a body\'s name makes no plural', text: 'Ports and Harbours Board Chairwoman Ana Ruiz ruled on Monday that the pier should close.', date: 'Monday', expected: 'Ports and Harbours Board Chairwoman Ana Ruiz rules pier should close' },
    { name: 'two named people still take a plural', text: 'Ana Ruiz and Tom Lee said on Monday that the deal was off.', date: 'Monday', expected: 'Ana Ruiz and Tom Lee say deal was off' },
    { name: 'a "when" clause with its own speaker keeps it', text: 'The mood shifted, though, when Ruiz declared on Tuesday that the ferry would sail.', date: 'Tuesday', expected: 'Ruiz declared ferry would sail' },
    { name: 'a verbless aside between dashes leaves its clause its subject', text: 'The mill has struggled since rival buyers -- among them the broker Tom Lee -- bought shares in March.', date: 'March', expected: 'Rival buyers bought shares' },
    { name: 'the same with long dashes', text: 'Three ships — two tankers and a tug — sank off the cape on Monday.', date: 'Monday', expected: 'Three ships sank off the cape' },
    { name: 'an "and" after a verb opens a clause with its own subject', text: 'The rival bids never arrived and Brisko closed the deal on Tuesday.', date: 'Tuesday', expected: 'Brisko closed the deal' },
    { name: 'two participles joined by "and" stay one list', text: 'The vigil named the two guards injured and three drivers stranded in storms since 2004.', date: '2004', expected: 'Vigil named the two guards injured and three drivers stranded in storms' },
    { name: 'the verb agrees with the noun before a preposition', text: 'Norland protested after the girl\'s cousins in Varnton said on Monday that they will appeal.', date: 'Monday', expected: 'Girl\'s cousins in Varnton say they will appeal' },
    { name: 'a singular head before "of" takes a singular verb', text: 'The chief of the harbour police said on Monday that the pier was safe.', date: 'Monday', expected: 'Chief of the harbour police says pier was safe' },
    { name: 'a courtesy title and its dot leave the clause whole; the headline drops it', text: 'Harbour fees in 2031 will climb a little, Mr. Lee said, from about $3 million now.', date: '2031', expected: 'Harbour fees will climb a little' },
    { name: 'a headline opening with a courtesy title drops it', text: 'Mr. Lee kept up the visits he started after the storm last April.', date: 'last April', expected: 'Lee kept up the visits he started after the storm' },
    { name: 'a middle initial is part of the name', text: '"We are not raising prices," said Tom K. Brill, the chain\'s buyer, at a meeting yesterday in Varnton.', date: 'yesterday', expected: 'Tom K. Brill says "We are not raising prices"' },
    { name: 'a "that" relative on where a quotation was said leaves the quotation what was said', text: '"We want the fees repaid," Council Chair Ana Varn (R-Nor.) said yesterday at a hearing that examined the port\'s accounts.', date: 'yesterday', expected: 'Council Chair Ana Varn says "We want the fees repaid"' },
    { name: 'a "which" relative on where a quotation was said, the same', text: '"The gates will open soon," Tom Vell said on Monday at a meeting which looked at the flood plans.', date: 'on Monday', expected: 'Tom Vell says "The gates will open soon"' },
    { name: 'a participle on the noun of where a quotation was said leaves the quotation what was said', text: '"The pumps are working," Ana Ruiz said in a statement released on Thursday.', date: 'on Thursday', expected: 'Ana Ruiz says "The pumps are working"' },
    { name: '"while" and a participle after a quotation\'s frame leave the quotation what was said', text: '"The gates will hold," Tom Vell said while touring the harbour Sunday.', date: 'Sunday', expected: 'Tom Vell says "The gates will hold"' },
    { name: 'a place set off after the setting, then a clause of time, leaves the quotation what was said', text: '"I will keep running my ferry," Tom Vell said Sunday on a dock in Port Ellis, Norland, before heading back out.', date: 'Sunday', expected: 'Tom Vell says "I will keep running my ferry"' },
    { name: 'a quotation and its speaker with an aside before the saying', text: '"The gates will open soon," Lady Ana Varn, the port warden, said over the weekend.', date: 'the weekend', expected: 'Lady Ana Varn says "The gates will open soon"' },
    { name: 'a "whose" clause after a comma tells of the owner', text: 'Brisko Works, whose shares began trading on the Varn exchange in May, ended Friday at $4.50, up 10 cents.', date: 'May', expected: 'Brisko Works\' shares began trading on the Varn exchange' },
    { name: 'the main clause after a "whose" clause keeps the subject', text: 'Brisko Works, whose shares began trading on the Varn exchange in May, ended Friday at $4.50, up 10 cents.', date: 'Friday', expected: 'Brisko Works ended at $4.50' },
    { name: '"who" after "the <noun> of <name>" is the person', text: 'A prize is offered for news leading to the capture of Varn, who is accused of robbing the Norton bank in July.', date: 'July', expected: 'Varn is accused of robbing the Norton bank' },
    { name: 'the name closing a "where" clause before an aside is the subject', text: 'The boat was traced to a yard where Tom C. Varn, a retired pilot, worked in 2015, the report said.', date: '2015', expected: 'Tom C. Varn worked' },
    { name: 'a participle tells the "that" clause it introduced when it fits', text: 'That morning the Varn brothers sent a letter to the council explaining that the bridge was unsafe.', date: 'That morning', expected: 'Varn brothers sent a letter to the council explaining that the bridge was unsafe' },
    { name: 'a participle tells a long "that" clause it introduced to a phrase that fits', text: 'That morning the Varn brothers sent a letter to the council explaining that the old stone bridge over the river beside the harbour and the market square had cracked in two places during the long storms of the winter.', date: 'That morning', expected: 'Varn brothers sent a letter to council explaining that old stone bridge over river beside harbour and market square had cracked in two places' },
    { name: 'a saying in an object relative tells what was said of the noun', text: 'The cut is near the top of the 300 to 400 jobs that Brisko said last month would be lost.', date: 'last month', expected: 'Brisko said 400 jobs would be lost' },
    { name: 'a noun in -ing before "that" stays', text: 'A federal appeals court on Friday paused a lower court ruling that had voided the water contract.', date: 'Friday', expected: 'Federal appeals court paused a lower court ruling' },
    { name: '"as planned" is no deed of its own: the main clause tells it', text: 'In the end, when the rain stopped, Ana Ruiz let the parade start as originally planned on Sunday.', date: 'Sunday', expected: 'Ana Ruiz let the parade start' },
    { name: 'the name closing a "since" piece before an aside is the subject', text: 'Neighbours said the quarrel had cooled since Tom Brill, a local leader, held a series of sit-ins in 2011.', date: '2011', expected: 'Tom Brill held a series of sit-ins' },
    { name: 'a particle after a short object stays', text: 'On Monday the clerk handed the keys back.', date: 'Monday', expected: 'Clerk handed the keys back' },
    { name: '"over" before "the" with a date after a verb is the date\'s', text: 'Each sample will be stored over the weekend.', date: 'the weekend', expected: 'Each sample will be stored' },
    { name: '"or so" after a date goes with it', text: 'The bakery, which makes rolls, will be shut over the next month or so, its owner said.', date: 'the next month', expected: 'Bakery will be shut' },
    { name: 'a company\'s ending before a courtesy title with its dot still ends a sentence run on', text: 'Sales held up, said Ana Ruiz, a buyer with Varn Brothers Inc. Ms. Ruiz had forecast spring sales of 40,000 boats.', date: 'spring', expected: 'Ruiz had forecast sales of 40,000 boats' },
    { name: 'a place with its region in dotted capitals is one name', text: 'After the arrest on Monday, the police in the Norton, N.Y., area say they have found the stolen paintings in a barn.', date: 'Monday', expected: 'Police in the Norton, N.Y., area say they have found the stolen paintings in a barn' },
    { name: 'a perfect participle after a plain subject is told as what it had done', text: 'Harbour traders stayed wary, having been caught out twice by Brisko this year.', date: 'this year', expected: 'Harbour traders had been caught out twice by Brisko' },
    { name: 'the same with a subject set off by commas', text: 'The council, having lost the vote in May, gave up the plan.', date: 'May', expected: 'Council had lost the vote' },
    { name: '"also" between a subject and its verb points back to a sentence not shown, and goes', text: 'Grain exports also climbed sharply on Monday.', date: 'Monday', expected: 'Grain exports climbed sharply' },
    { name: '"also" after a modal goes before a verb the lexicon reads as a noun', text: 'Harbour pilots will also hold talks with the port board this week.', date: 'this week', expected: 'Harbour pilots will hold talks with the port board' },
    { name: 'the same with "then"', text: 'Dock workers will then face a vote on the offer next month.', date: 'next month', expected: 'Dock workers will face a vote on the offer' },
    { name: '"also" after a modal stays before what is no verb', text: 'Harbour pilots will also in time hold talks with the board next week.', date: 'next week', expected: 'Harbour pilots will also in time hold talks with the board' },
    { name: 'a party\'s letter in brackets after a name is an aside and goes whole', text: 'Yesterday, Sen. Ana Vell (D) finally agreed to the harbour plan.', date: 'Yesterday', expected: 'Sen. Ana Vell finally agreed to the harbour plan' },
    { name: 'an aside after a named object goes when what completes the verb follows it', text: 'The mayor on Monday named Ana Vell, a retired judge, to lead the harbour inquiry.', date: 'on Monday', expected: 'Mayor named Ana Vell to lead the harbour inquiry' },
    { name: 'the same with "as"', text: 'The board hired Tom Lee, a former banker, as its chief on Monday.', date: 'on Monday', expected: 'Board hired Tom Lee as its chief' },
    { name: 'not when a clause of its own follows the aside', text: 'The mayor on Monday named Ana Vell, a retired judge, and the board cheered.', date: 'on Monday', expected: 'Mayor named Ana Vell' },
    { name: 'a name opened by a common word in capitals keeps the capitalised word before it', text: 'Red Hall Press Officer Ana Ruiz said on Monday that the hall will close.', date: 'on Monday', expected: 'Red Hall Press Officer Ana Ruiz says hall will close' },
    { name: 'a role in lower case before a name still goes', text: 'Veteran news anchor Tom Vell said on Monday that the hall will close.', date: 'on Monday', expected: 'Tom Vell says hall will close' },
    { name: 'a noun phrase with its own relative clause between dashes is an aside that goes', text: 'The council on Monday gave the plan -- a levy that has angered traders -- another week of study.', date: 'on Monday', expected: 'Council gave the plan another week of study' },
    { name: 'not a clause of its own between dashes', text: 'The council on Monday gave the plan -- traders have hated it -- another week of study.', date: 'on Monday', expected: 'Council gave the plan' },
    { name: 'a date that "saw" someone do something leaves the doer as the subject, its verb in the past', text: 'Tuesday saw the council launch a new inquiry.', date: 'Tuesday', expected: 'Council launched a new inquiry' },
    { name: 'the same with a verb the lexicon reads as a noun', text: 'Last week saw dock workers walk out of the port.', date: 'Last week', expected: 'Dock workers walked out of the port' },
    { name: 'a date that "saw" only a thing is left as it was', text: 'Monday saw heavy rain in the hills.', date: 'Monday', expected: 'Saw heavy rain in the hills' },
    { name: 'a date that marks an anniversary leaves the anniversary as the subject, marked', text: 'Friday marks the tenth anniversary of the mill\'s closure with a parade through the town.', date: 'Friday', expected: 'Tenth anniversary of the mill\'s closure is marked with a parade through the town' },
    { name: 'the same in the past, with nothing after the anniversary\'s phrase', text: 'Monday marked the 50th anniversary of the flood.', date: 'Monday', expected: '50th anniversary of the flood was marked' },
    { name: 'a date that marks the start of something is left as it was', text: 'Monday marked the start of the harvest festival in the valley.', date: 'Monday', expected: 'Marked the start of the harvest festival in the valley' },
    { name: 'a quotation opened by two backticks keeps its marks', text: "``Trying to score points from a quarrel can backfire,'' said Maureen Varn, a consultant, on Monday.", date: 'Monday', expected: 'Maureen Varn says "Trying to score points from a quarrel can backfire"' },
    { name: 'a quotation\'s marks take no room in a title\'s length', text: "``Trying to score political points from a quarrel can backfire badly,'' said Maureen Varn, a consultant, on Monday.", date: 'Monday', expected: 'Maureen Varn says "Trying to score political points from a quarrel can backfire badly"' },
    { name: 'the verb of an object relative before its date is no participle of its subject', text: 'The anger that the plan stirred in 1988 has faded.', date: '1988', expected: 'Plan stirred the anger' },
    { name: 'after a company\'s ending and its dot, the names are the speaker\'s', text: 'The founder of Brisko Inc. Tom K. Lee said on Monday that the plant would close.', date: 'Monday', expected: 'Tom K. Lee said plant would close' },
    { name: 'a long subject naming a person after a company\'s ending is told by the person', text: 'The co-founder and former chief executive officer of Brisko Inc. Tom Lee has died yesterday at the age of 56, according to the company website.', date: 'yesterday', expected: 'Tom Lee has died at the age of 56' },
    { name: 'a title too long is not cut between a verb\'s object and its particle', text: 'Last week, officials sought to have the family sign an agreement to turn the girl over voluntarily should they lose their appeal in the harbour court of the northern county before the end of the long summer.', date: 'Last week', expected: 'Officials sought to have the family sign an agreement to turn the girl over voluntarily should they lose their appeal' },
    { name: '"then" after an auxiliary goes the same way', text: 'Each sample will then be stored on Monday.', date: 'Monday', expected: 'Each sample will be stored' },
    { name: 'a fronted "fresh from" phrase after a fronted date tells no one: the main clause is the title', text: 'In early May, fresh from announcing his plan to open the harbour to trawlers, a cheerful Mayor Vell flew to a boat yard in Norvale.', date: 'In early May', expected: 'Cheerful Mayor Vell flew to a boat yard in Norvale' },
    { name: 'a describing word with its own clause is left', text: 'In early May, angry crews from the harbour left the yard.', date: 'In early May', expected: 'Angry crews from the harbour left the yard' },
  ])('$name', ({ text, date, expected }) => {
    expect(titleOf(text, date)).toBe(expected);
  });

  const sentences: [string, string][] = [
    ['The talks between the two delegations were first reported earlier Wednesday by a regional news site that cited three unnamed officials familiar with the matter.', 'Wednesday'],
    ['Spokesperson Ana Ruiz told reporters on Wednesday that the agency had "no plans whatsoever" to shut the northern office, which employs hundreds of people.', 'Wednesday'],
    ['The International Tribunal for Rivers issued arrest warrants in November for the former governor and his deputy for fraud, bribery and the diversion of public funds.', 'November'],
    ['Which, after the storm of 12 March, left the harbour wall badly damaged and closed to fishing boats for weeks.', '12 March'],
    ['That decision, announced in 2021, was reversed by the appeals court after a long campaign by residents, farmers and conservation groups across the region.', 'in 2021'],
    ["''The step itself is promising,'' an official said on Monday, adding that more meetings were expected.", 'Monday'],
  ];
  it.each(sentences)('stays a readable clause: %s', (text, date) => {
    const h = titleOf(text, date);
    expect(h.length).toBeGreaterThan(5);
    expect(h.length).toBeLessThanOrEqual(MAX_WHOLE_TITLE);
    expect(h).not.toContain(date);
    expect(h[0]).toBe(h[0].toUpperCase());
    expect(h).not.toMatch(/^(that|which|who|and|but)\b/i);
    expect(h).not.toMatch(/[.,;:]$/);
    for (const q of ['"', "''"]) expect(h.split(q).length % 2).toBe(1);
    // Every word comes from the sentence, apart from a present-tense reporting verb.
    for (const w of h.replace(/…$/, '').split(/\s+/)) {
      const bare = w.replace(/^["'“‘]+|["'”’,]+$/g, '');
      if (!/^(says|tells|confirms|reports|announces|adds)$/.test(bare)) expect(text.toLowerCase()).toContain(bare.toLowerCase());
    }
  });

  it('does not depend on where the sentence sits in the article', () => {
    const text = 'The minister said on Tuesday that the bridge would reopen in May.';
    expect(titleOf(text, 'Tuesday', 0)).toBe(titleOf(text, 'Tuesday', 9_000));
  });
});

describe('shorten', () => {
  it.each([
    { name: 'short text is untouched', input: 'Council votes to close library', expected: 'Council votes to close library' },
    { name: 'words describing people named as objects go before a cut', input: "Police put alleged gang boss Tom Vell and land agent and accused bank robber Ana Maria Ruiz on the force's list of the Ten Most Wanted", expected: "Police put Tom Vell and Ana Maria Ruiz on the force's list of the Ten Most Wanted" },
    { name: 'not a verb read as a noun before an owner', input: "Tom Lee says such deals could help slash Varn Dolo's computer research and development costs in half by the end of next year", expected: "Tom Lee says such deals could help slash Varn Dolo's computer research" },
    { name: 'not a describing word before a place', input: 'Storm hit northern Varn Province and flooded the low-lying coastal towns of Dolo and Kesk on the eastern shore last night', expected: 'Storm hit northern Varn Province and flooded the low-lying coastal towns of Dolo and Kesk' },
    { name: 'an aside describing a name before its verb goes before anything is cut', input: 'Ana Ruiz says Tom Vell, a retired chief engineer of the Varrow Harbour Board, will tour the new dairy in Lowmere', expected: 'Ana Ruiz says Tom Vell will tour the new dairy in Lowmere' },
    { name: 'a relative clause between a saying\'s subject and its verb goes rather than the verb', input: 'Authorities rule six-year-old boy who arrived on Varn shores as a refugee and became a symbol for exiles must be returned to his father', expected: 'Authorities rule six-year-old boy must be returned to his father' },
    { name: 'not one whose verb takes a clause of its own', input: 'Ana Ruiz says the man who said the boy must be returned to his father at once was wrong about the law in Varn today', expected: 'Ana Ruiz says the man who said the boy must be returned to his father at once was wrong' },
    { name: 'no cut inside a body\'s name after "the"', input: 'Ana Ruiz was charged in a civil suit filed in federal court in Varn by the Harbour and Fishery Board on Friday', expected: 'Ana Ruiz was charged in a civil suit filed in federal court in Varn' },
    { name: 'rather than cut a word short, a phrase about the subject\'s noun goes', input: 'Official at Varn Securities says brokers\' excessive hopes about recent gains in Dolo Group shares and land issues were dashed', expected: 'Official at Varn Securities says brokers\' excessive hopes were dashed' },
    { name: 'a price after a company\'s ending goes the same way', input: 'Brisk\'s planned purchase of Varn Dolo Entertainment Co. for $200 million is scheduled to close soon', expected: 'Brisk\'s planned purchase of Varn Dolo Entertainment Co. is scheduled to close soon' },
    { name: 'a verb the lexicon does not know ends the subject all the same', input: 'Possibility of a meeting between Attorney General Ana Ruiz and Tom Lee\'s close-knit family reemerged', expected: 'Possibility of a meeting reemerged' },
    { name: 'not a phrase that holds a verb of its own, nor a phrase cut of what is left', input: 'Brisk Corp.\'s announcement of a $648.2 million loss for the third quarter shows company is moving even faster than expected', expected: 'Brisk Corp.\'s announcement of a $648.2 million loss for the third quarter shows company…' },
    { name: 'without its "the" when what is left is still too long', input: 'Official from the organization says the Varn Treaty Organization has decided to admit Dolo, Kesk and the Brisk Republic', expected: 'Official says Varn Treaty Organization has decided to admit Dolo, Kesk and Brisk Republic' },
    { name: 'an adverb before a describing word is inside the phrase that goes', input: 'Brisk Holdings Inc says its net loss for the seasonally slow third quarter narrowed on a leap in operating revenue', expected: 'Brisk Holdings Inc says its net loss narrowed on a leap in operating revenue' },
    { name: 'a title a little too long drops its articles, as a headline does, and stays whole', input: 'Harbour board confirms the port authority is in direct talks with the union of dockers and pilots', expected: 'Harbour board confirms port authority is in direct talks with union of dockers and pilots' },
    { name: 'rather than cut mid-phrase, "a" and "an" go too', input: 'Latest figures show the Varnian deficits with Norland hit at an all-time high of $266.38 billion', expected: 'Latest figures show Varnian deficits with Norland hit at all-time high of $266.38 billion' },
    { name: '"the" before a superlative stays', input: 'Harbour board confirms the port authority is one of the biggest employers in the harbour town', expected: 'Harbour board confirms port authority is one of the biggest employers in harbour town' },
    { name: 'a quotation keeps its articles', input: 'Harbour board says "the port authority is in direct talks with the union" of dockers and crane drivers', expected: 'Harbour board says "the port authority is in direct talks with the union" of dockers' },
    { name: 'a cut before "and" with a clause of its own after it', input: 'Harbour master says dredging must continue and crews should begin to rebuild the long-damaged northern pier wall immediately', expected: 'Harbour master says dredging must continue' },
    { name: 'a name ending the title stands for the words that describe it', input: 'The long campaign for the harbour wall finally ended with the election of a young former harbour pilot, Ana Ruiz', expected: 'The long campaign for the harbour wall finally ended with the election of Ana Ruiz' },
    { name: 'no cut inside a name, nor before the "of" that says which one', input: 'Norland pressed for an urgent session of the Council of Fruit Growing and Packing Cooperatives to settle the export quotas for next year', expected: 'Norland pressed for an urgent session of the Council of Fruit Growing and Packing…' },
    { name: 'a phrase after the verb is no subject\'s setting, nor the participle after it a verb', input: 'Avalon and Norland signed the fishing treaty at a dinner given in the old town hall of Ferrow, the seat of the Eastmark council', expected: 'Avalon and Norland signed the fishing treaty' },
    { name: 'a long title loses the words that describe its subject\'s name first', input: '"Northern Lights" director and deep sea explorer Jon Vance took part in a brainstorming session with scientists, teachers and officials', expected: 'Jon Vance took part in a brainstorming session with scientists, teachers and officials' },
    { name: 'no name is cut out of two joined by "and"', input: 'Tom Lee and Norcom chief executive Ana Ruiz leave a long meeting at the Treasury on the future of the banks', expected: 'Tom Lee and Norcom chief executive Ana Ruiz leave a long meeting at the Treasury' },
    { name: 'a setting before an adverb and its verb goes first', input: 'Demonstration at a local fuel depot in the capital city only attracted a couple of dozen protesters on Friday', expected: 'Demonstration at a local fuel depot only attracted a couple of dozen protesters on Friday' },
    { name: 'no cut after a bare second verb read as a noun', input: 'The Harbour Fund estimated that a long strike could cost $3 billion and result in a nearly 5 percent drop in exports', expected: 'Harbour Fund estimated that a long strike could cost $3 billion' },
    {
      name: 'cuts before a late preposition',
      input: 'Tribunal issued arrest warrants for the former governor and his long-serving deputy for fraud and bribery',
      expected: 'Tribunal issued arrest warrants for the former governor and his long-serving deputy',
    },
    {
      name: 'no subordinating word left at the end of a cut',
      input: 'The regional council will ask the rail firm to halt all night trains to the coast because of damage caused by the storm',
      expected: 'Regional council will ask the rail firm to halt all night trains to the coast',
    },
    {
      name: 'no cut after an adjective that wants its object',
      input: 'Long campaign by the fishing families of the old town to save their harbour wall is strikingly similar to the one fought in 1990',
      expected: 'Long campaign by the fishing families of the old town to save their harbour wall is…',
    },
    {
      name: 'a setting between the subject and its verb goes before the point is cut',
      input: 'Long campaign to save the old harbour wall on the northern side of the bay is strikingly similar to the one fought in 1990',
      expected: 'Long campaign to save the old harbour wall is strikingly similar to the one fought in 1990',
    },
    {
      name: 'a setting goes and the rest is cut at a phrase boundary',
      input: 'Farm union leaders say the severe drought in the river valleys of the south demonstrates an urgent need for the state to pay for new reservoirs',
      expected: 'Farm union leaders say the severe drought demonstrates an urgent need for the state',
    },
    {
      // (but not a cut before "of": "the importance" waits for what is important, so the setting goes)
      name: 'a cut that loses only a short tail is kept over a dropped setting',
      input: 'All schools in the northern county are set to receive a letter stressing the importance of hand washing in class',
      expected: 'All schools are set to receive a letter stressing the importance of hand washing in class',
    },
    {
      name: 'no cut after a verb that wants more: back to the clause before',
      input: 'Ana Ruiz had been asked by the council to join the panel as it prepared to embark on a long tour of the flooded valleys',
      expected: 'Ana Ruiz had been asked by the council to join the panel',
    },
    {
      name: 'no cut after a measure noun',
      input: 'March along the river to the town hall from the old quarter only drew a couple of dozen people',
      // (the setting before the verb goes first, which leaves the count whole)
      expected: 'March along the river to the town hall only drew a couple of dozen people',
    },
    {
      name: 'a saying keeps the verb of what was said',
      input: 'Union leaders from the northern and southern mills say the long dispute over pay at the plant shows a need for new law',
      // (rather than cut it short, the phrase describing the speakers goes)
      expected: 'Union leaders say the long dispute over pay shows a need for new law',
    },
    {
      name: 'an intransitive verb may end the clause before "as"',
      input: 'The inquiry into the two harbour boards widened as the boards disclosed new losses from their bond trading arm',
      expected: 'Inquiry into the two harbour boards widened',
    },
    {
      name: 'a verb the lexicon takes for a noun still makes a clause',
      input: 'Harlow Grain now plans to attempt a second sale of the mill in an effort to stop the losses of the northern arm',
      expected: 'Harlow Grain now plans to attempt a second sale of the mill in an effort',
    },
    {
      name: 'a word cut does not end on a function word',
      input: 'Crews plan to lower a steel dome over the broken pipe and siphon fuel to a barge on the surface of the lake',
      expected: 'Crews plan to lower a steel dome over the broken pipe and siphon fuel to a barge…',
    },
    {
      name: 'no cut between an object pronoun and what it was asked to do',
      input: 'Party leader Ana Ruiz has urged him to step aside ahead of the long and bitter budget vote in the regional parliament',
      expected: 'Ana Ruiz has urged him to step aside ahead of the long and bitter budget vote',
    },
    {
      name: 'no cut between an object pronoun and what it was asked to do, with no name to shorten to',
      input: 'The elderly party leader has urged him to step aside ahead of the long and bitter budget vote in the assembly',
      expected: 'The elderly party leader has urged him to step aside ahead of the long and bitter budget…',
    },
    {
      name: 'no cut at a comma inside a list',
      input: 'Samples from the northern farms were a triple mix of human, swine and avian strains of the virus that was found last year',
      expected: 'Samples from the northern farms were a triple mix of human, swine and avian strains',
    },
    {
      name: 'a cut inside a quotation keeps its marks',
      input: 'Ana Ruiz says "We will rebuild every house in this valley before the winter comes and the snow closes the pass again"',
      expected: 'Ana Ruiz says "We will rebuild every house in this valley"',
    },
    {
      name: 'falls back to a word cut with an ellipsis',
      input: 'Supercalifragilisticexpialidocious-ly-named-committee-representatives-overwhelmingly endorsed multilateral-cooperation-frameworks yesterday',
      expected: 'Supercalifragilisticexpialidocious-ly-named-committee-representatives-overwhelmingly…',
    },
  ])('$name', ({ input, expected }) => {
    // (the cuts, with no room for a title told whole past MAX_TITLE)
    const out = shorten(input, MAX_TITLE, true, MAX_TITLE);
    expect(out).toBe(expected);
    expect(out.length).toBeLessThanOrEqual(MAX_TITLE);
  });
});

describe('shorten: a title that ends where its clause may end is told whole up to MAX_WHOLE_TITLE', () => {
  it.each([
    // what a cut to MAX_TITLE would lose is the news: where the rate went
    'Harbour board members expect the bank to cut its benchmark lending rate from 4.25 percent to 3.75 percent',
    'Ana Ruiz says the ferry service to Lowmere will resume from the new quay at the start of the summer season',
    // a passive's participle ends its clause ("had been confirmed" is no reporting verb left without its content)
    'Tom Vell says three more deaths from the fever in the eastern valleys of Norland and Varn had been confirmed',
  ])('"%s"', (title) => {
    expect(title.length).toBeGreaterThan(MAX_TITLE);
    expect(title.length).toBeLessThanOrEqual(MAX_WHOLE_TITLE);
    expect(shorten(title)).toBe(title);
  });

  it.each([
    // a word that wants more, an initial, an open "that" clause, a wire dash's aside: the end is no clause's end
    'Varn Freight Inc. plans to redeem its $150 million of 6.5% convertible subordinated debentures due',
    'Brisko Corp. received a $24-a-share offer to take the firm private from an investor group including holder M',
    'The harbour board made a reasonable decision in ruling that the old pier at Lowmere and the ferry dock',
    'Norland officials assailed Varn for holding joint naval exercises with the fleet in the Cold Sound _ an area',
  ])('cuts to MAX_TITLE: "%s"', (title) => {
    const out = shorten(title);
    expect(out.length).toBeLessThanOrEqual(MAX_TITLE);
    expect(title.replace(/^The (\p{Ll})/u, (_, c: string) => c.toUpperCase()).startsWith(out.replace(/…$/u, ''))).toBe(true);
  });

  it('drops what describes a name before it keeps a title whole', () => {
    expect(shorten('Co-founder and former chief executive officer of Brisko Inc. Tom Lee has died at the age of 56 in Lowmere')).toBe('Tom Lee has died at the age of 56 in Lowmere');
  });
});

describe('the doer of a dated clause inside or after a relative clause', () => {
  it.each([
    // a "he" or "she" in a clause inside a relative clause is not the relative's noun, a thing
    { text: 'Ms. Vell is worried about Norvex\'s reputation, which had been badly hurt when she took the post two years ago.', date: 'two years ago', expected: 'She took the post' },
    { text: 'The mayor fears for Port Ellis\'s trade, which fell sharply after he closed the pier in 2019.', date: 'in 2019', expected: 'He closed the pier' },
    { text: 'Mr. Roe worries about the Varn Bank\'s name, which was damaged when he joined the board in 2015.', date: 'in 2015', expected: 'He joined the board' },
    // a "which" after an aside that renames the noun before it is about that noun, not the aside's last object
    { text: 'The town was hit by a strong storm, the region\'s worst in three decades, which struck at noon on Tuesday.', date: 'on Tuesday', expected: 'Strong storm struck at noon' },
    { text: 'Crews cleared the old pier, the longest on the coast, which was built in 1901.', date: 'in 1901', expected: 'Old pier was built' },
    // a "when" or "as" with its noun phrase before an aside leaves that phrase the doer of the verb after the aside
    { text: 'The river rose fast when the old dam, weakened by years of rain, gave way on Monday.', date: 'on Monday', expected: 'Old dam gave way' },
    { text: 'The fire went out as the Varn Star, run by Norvex Ltd, sank below the surface on Monday.', date: 'on Monday', expected: 'Varn Star sank below the surface' },
    // (not a role's "as", nor an "as" after the verb)
    { text: 'Until three decades ago, pensions and savings, formally known as defined-benefit plans, were the main sources of income.', date: 'Until three decades ago', expected: 'Pensions and savings were the main sources of income' },
    { text: 'She worked as a nurse, then, in 2019, joined the council.', date: 'in 2019', expected: 'She joined the council' },
    // a saying joined by "and" after a clause of its own has its own speaker
    { text: 'Farm groups near Tarbel have reported crop losses in fields hit by the frost and Varn county reported this week that hundreds of orchards had failed along the valley.', date: 'this week', expected: 'Varn county reports hundreds of orchards had failed along the valley' },
  ])('$expected', ({ text, date, expected }) => {
    expect(titleOf(text, date)).toBe(expected);
  });
  // a bare "Firm" or "Company" stands for a whole body, not for a part of one that an earlier sentence named
  const board = { person: () => null, organization: () => "Norvex's board" };
  it.each([
    { title: 'Firm says Ann Roe had the full support of the board', named: 'Firm says Ann Roe had the full support of the board' },
    { title: 'Company said sales fell', named: 'Company said sales fell' },
  ])('"$title" → "$named"', ({ title, named }) => {
    expect(nameSubject(title, board)).toBe(named);
  });
  it('a body\'s own name is still told', () => {
    expect(nameSubject('Firm says sales fell', { person: () => null, organization: () => 'Norvex Corp' })).toBe('Norvex Corp says sales fell');
  });
});

describe('nameSubject: a pronoun or bare-noun subject is named from the nearest earlier mention', () => {
  const ownThing = { person: () => null, organization: () => null, ownThing: () => 'curfew' };
  it.each([
    // an object "it" after a verb stands for the thing that is its sentence's own subject
    { title: 'Council lifted it', named: 'Council lifted the curfew' },
    { title: 'Two senators filed a bill extending it to 2030', named: 'Two senators filed a bill extending the curfew to 2030' },
    // not the subject of a clause the verb takes, nor an opening "it"
    { title: 'Council says it is lifting the ban', named: 'Council says it is lifting the ban' },
    { title: 'It was lifted in May', named: 'It was lifted in May' },
  ])('object "it": "$title" → "$named"', ({ title, named }) => {
    expect(nameSubject(title, ownThing)).toBe(named);
  });
  const known = { person: () => 'Jane Roe', organization: () => 'Acme Foods' };
  const unknown = { person: () => null, organization: () => null };
  it.each([
    { title: 'He resigned', named: 'Jane Roe resigned' },
    { title: 'She will be sentenced', named: 'Jane Roe will be sentenced' },
    { title: 'It said sales fell', named: 'Acme Foods said sales fell' },
    { title: 'Company announced record profits', named: 'Acme Foods announced record profits' },
    { title: 'Company now plans to sell the plant', named: 'Acme Foods now plans to sell the plant' },
    { title: 'Group says the vaccine works', named: 'Acme Foods says the vaccine works' },
    { title: 'Group began to fall apart', named: 'Acme Foods began to fall apart' },
    { title: 'Company hired 300 staff', named: 'Acme Foods hired 300 staff' },
    { title: 'Group gathered outside the gates', named: 'Group gathered outside the gates' },
    // not a subject pronoun before a verb, or "it" that could be anything: left alone
    { title: 'He accident was avoidable', named: 'He accident was avoidable' },
    { title: 'It was capped', named: 'It was capped' },
    { title: 'It is decided to close the plant', named: 'It is decided to close the plant' },
    { title: 'Jane Roe resigned', named: 'Jane Roe resigned' },
    { title: 'His paintings sold for $2 million', named: "Jane Roe's paintings sold for $2 million" },
    { title: 'Her family', named: 'Her family' },
    { title: 'She and her aides met the board', named: 'Jane Roe and her aides met the board' },
    { title: 'She confirms the plant will close', named: 'Jane Roe confirms the plant will close' },
    { title: "He's expected to meet the envoy later today", named: 'Jane Roe is expected to meet the envoy later today' },
    { title: "She's been named to the board", named: 'Jane Roe has been named to the board' },
    { title: "He's a teacher", named: "He's a teacher" },
    // a "he" or "she" after a fronted phrase with no verb or name is the clause's subject all the same
    { title: 'At 9 p.m. he posted a photo of the harbour', named: 'At 9 p.m. Jane Roe posted a photo of the harbour' },
    { title: 'In the morning she filed the claim', named: 'In the morning Jane Roe filed the claim' },
    { title: 'After Tom Vell left he filed the claim', named: 'After Tom Vell left he filed the claim' },
    { title: 'With Tom Vell she filed the claim', named: 'With Tom Vell she filed the claim' },
    // a plural subject's saying tells of another: its "he" is named
    { title: 'Reports suggest he fled the country', named: 'Reports suggest Jane Roe fled the country' },
    { title: 'Reports suggest he', named: 'Reports suggest he' },
  ])('"$title" → "$named"', ({ title, named }) => {
    expect(nameSubject(title, known)).toBe(named);
  });
  // an impersonal "it" before a verb that takes a clause names no one: the title is the clause; a thing the sentence
  // before was about is named only for an "it" that was done to or told
  const things = { person: () => null, organization: () => null, subject: () => 'Old ferry' };
  it.each([
    { title: 'It is believed the storm surge killed 40 people', named: 'The storm surge killed 40 people' },
    { title: 'It was reported a ferry sank off the cape', named: 'A ferry sank off the cape' },
    { title: 'It is thought the pier was closed', named: 'The pier was closed' },
    { title: 'It is believed 40 people drowned', named: '40 people drowned' },
    { title: 'It was told the berth must be cleared', named: 'It was told the berth must be cleared' },
    { title: 'It was noticed the next day', named: 'Old ferry was noticed the next day' },
    { title: 'It was moved to the port', named: 'Old ferry was moved to the port' },
  ])('"$title" → "$named"', ({ title, named }) => {
    expect(nameSubject(title, things)).toBe(named);
  });
  it.each([
    { title: 'Singer died', named: 'Ann Lee died' },
    { title: 'Folk singer will tour again', named: 'Ann Lee will tour again' },
    // a role with no name for it, or a bare noun that is no person, stays
    { title: 'Actor says the show will go on', named: 'Actor says the show will go on' },
    { title: 'Library will stay closed', named: 'Library will stay closed' },
  ])('"$title" → "$named": a person named only by a role takes the name the article gave with that role', ({ title, named }) => {
    const roles = { ...unknown, titled: (role: string) => (/singer$/.test(role) ? 'Ann Lee' : null) };
    expect(nameSubject(title, roles)).toBe(named);
  });
  it.each([
    { title: 'Insurance concern said claims doubled', named: 'Norvex Corp. said claims doubled' },
    { title: 'Thrift also announced the plan', named: 'Norvex Corp. also announced the plan' },
    { title: 'Company adopted a rights plan', named: 'Norvex Corp. adopted a rights plan' },
    { title: 'Funeral home and cemetery operator changed its fiscal year', named: 'Norvex Corp. changed its fiscal year' },
    { title: 'U.S. auto giant paid for the trip', named: 'Norvex Corp. paid for the trip' },
    { title: 'Alliance announced it would admit Varnia', named: 'NHTO announced it would admit Varnia' },
    // a name of its own, a possessive, a noun that is no business, or no verb after it: left
    { title: 'Norvex Bank said claims doubled', named: 'Norvex Bank said claims doubled' },
    { title: 'Group led by three directors', named: 'Group led by three directors' },
    { title: 'Library will stay closed', named: 'Library will stay closed' },
    { title: 'Thrift deposits', named: 'Thrift deposits' },
  ])('"$title" → "$named": a business or body by a bare noun takes the one the article made a subject', ({ title, named }) => {
    const bodies = { ...unknown, body: (phrase: string) => (/alliance$/i.test(phrase) ? 'NHTO' : /(?:concern|thrift|company|operator|giant)$/i.test(phrase) ? 'Norvex Corp.' : null) };
    expect(nameSubject(title, bodies)).toBe(named);
  });
  it('names a role by the one person given a role of its kind, then by the one the story is about (performers only)', () => {
    const kinds = { ...unknown, titled: (role: string | readonly string[]) => (Array.isArray(role) && role.includes('star') ? 'Mira Solana' : Array.isArray(role) && role.includes('dr') ? 'Ivo Kranz' : null) };
    expect(nameSubject('Pop star died', kinds)).toBe('Mira Solana died');
    expect(nameSubject('Doctor was charged with manslaughter', kinds)).toBe('Ivo Kranz was charged with manslaughter');
    // (adverbs between the role and its verb)
    expect(nameSubject('Doctor officially entered a plea', kinds)).toBe('Ivo Kranz officially entered a plea');
    expect(nameSubject('Pop star suddenly died', kinds)).toBe('Mira Solana suddenly died');
    const about = { ...unknown, dominant: (roles: readonly string[], role: string) => (roles.includes(role) ? 'Mira Solana' : null) };
    expect(nameSubject('Singer will be buried in a private ceremony', about)).toBe('Mira Solana will be buried in a private ceremony');
    // a doctor, a man, a patient: no one a story is about by default
    expect(nameSubject('Doctor was charged with manslaughter', about)).toBe('Doctor was charged with manslaughter');
    expect(nameSubject('Man died in hospital', about)).toBe('Man died in hospital');
    expect(nameSubject('Singer will be buried in a private ceremony', unknown)).toBe('Singer will be buried in a private ceremony');
  });
  it('names a governing body by its fuller mention, reading the title\'s capital as the noun\'s', () => {
    const fuller = { ...unknown, fuller: (phrase: string) => `Varnish ${phrase.toLowerCase()}` };
    expect(nameSubject('Panel adjourned the hearing', fuller)).toBe('Varnish panel adjourned the hearing');
    expect(nameSubject('Government seized the largest bank', fuller)).toBe('Varnish government seized the largest bank');
    // (a noun for no body keeps its old reading)
    expect(nameSubject('Ferry sank off the coast', fuller)).toBe('Ferry sank off the coast');
  });
  it('names "It" by the one company the sentence before named, only for a doing', () => {
    const it1 = { ...unknown, bodyNamed: () => 'Norvex' };
    expect(nameSubject('It announced plans to buy a mill', it1)).toBe('Norvex announced plans to buy a mill');
    expect(nameSubject('It has been hard to sell', it1)).toBe('It has been hard to sell');
    expect(nameSubject('It announced plans to buy a mill', unknown)).toBe('It announced plans to buy a mill');
  });
  it('names "Monarch" by the king or queen the article named, the office kept with a lone name', () => {
    const kings = { ...unknown, titled: (role: string) => (role === 'king' ? 'Harold' : null) };
    expect(nameSubject('Monarch will meet the envoy', kings)).toBe('King Harold will meet the envoy');
    expect(nameSubject('Monarch will meet the envoy', unknown)).toBe('Monarch will meet the envoy');
  });
  it('names "President and his aides" only by a president the article named alone', () => {
    const asked: boolean[] = [];
    const one = { ...unknown, titled: (role: string, only?: boolean) => (asked.push(!!only), role === 'president' ? 'Tom Brandt' : null) };
    expect(nameSubject('President and his top aides decide talks would fail', one)).toBe('Tom Brandt and his top aides decide talks would fail');
    expect(asked).toEqual([true]);
    expect(nameSubject('Secretary and his top aides decide talks would fail', one)).toBe('Secretary and his top aides decide talks would fail');
  });
  it('tells whose a happening noun is from the person the article told it of', () => {
    const told = { ...unknown, personTold: (noun: string) => (noun === 'appointment' ? 'Ann Roe' : noun === 'resignation' ? 'Tom Bass' : null) };
    expect(nameSubject('Appointment takes effect', told)).toBe("Ann Roe's appointment takes effect");
    expect(nameSubject('Resignation was accepted', told)).toBe("Tom Bass' resignation was accepted");
    expect(nameSubject('Nomination was withdrawn', told)).toBe('Nomination was withdrawn');
  });
  it('names the owner of "Company\'s shares" from the organisation named before', () => {
    expect(nameSubject("Company's shares fell 8% in early trading", known)).toBe("Acme Foods' shares fell 8% in early trading");
    expect(nameSubject("Company's shares fell 8% in early trading", unknown)).toBe("Company's shares fell 8% in early trading");
  });
  it('names "they" by the plural subject of the sentence before, and only before a verb', () => {
    const group = { ...unknown, group: () => 'Dealers' };
    expect(nameSubject('They say the rally faded', group)).toBe('Dealers say the rally faded');
    expect(nameSubject('They say the rally faded', unknown)).toBe('They say the rally faded');
    expect(nameSubject('They all left', group)).toBe('They all left');
    // (an adverb before the verb, and "plan" the lexicon reads as a noun)
    expect(nameSubject('They also plan to dredge the channel', group)).toBe('Dealers also plan to dredge the channel');
  });
  it('leaves the pronoun when the article names no one before it', () => {
    expect(nameSubject('He resigned', unknown)).toBe('He resigned');
    expect(nameSubject('It said sales fell', unknown)).toBe('It said sales fell');
  });
  it.each([
    { title: 'It was sealed', kind: 'thing', named: 'Pit shaft was sealed' },
    { title: 'It plans to meet again', kind: 'thing', named: 'Pit shaft plans to meet again' },
    { title: 'It was first used widely', kind: 'thing', named: 'Pit shaft was first used widely' },
    { title: 'He died', kind: 'person', named: 'Young miner died' },
    // an impersonal "it" and a cleft stand for nothing before them
    { title: 'It is decided to close the plant', kind: 'thing', named: 'It is decided to close the plant' },
    { title: 'It was the flood that closed the road', kind: 'thing', named: 'It was the flood that closed the road' },
    // a thing is not a person
    { title: 'He died', kind: 'thing', named: 'He died' },
  ])('"$title" → "$named" from the subject of the sentence before ($kind)', ({ title, kind, named }) => {
    const subject = { person: () => null, organization: () => null, subject: (k: 'person' | 'thing') => (k === kind ? (kind === 'person' ? 'Young miner' : 'Pit shaft') : null) };
    expect(nameSubject(title, subject)).toBe(named);
  });
  it('keeps the article before a number, which is never the subject', () => {
    expect(titleOf('A 23-month-old child died in Texas on Monday.', 'Monday')).toBe('A 23-month-old child died in Texas');
  });
});

describe('sentenceSubject: the plain noun phrase a later pronoun may stand for', () => {
  it.each([
    { text: 'The young miner had walked to the pit on Monday.', expected: { text: 'Young miner', kind: 'person' } },
    { text: 'Coldwater is a slow-acting salt used in tanning.', expected: { text: 'Coldwater', kind: 'name' } },
    { text: 'The League of Northern Ports has cut fees twice since May.', expected: { text: 'League of Northern Ports', kind: 'name' } },
    { text: 'East: two deaths, at least 40 reported cases The young miner had walked to the pit.', expected: { text: 'Young miner', kind: 'person' } },
    { text: 'The old pit shaft was sealed in March.', expected: { text: 'Old pit shaft', kind: 'thing' } },
    // a plural, a pronoun or a month is no antecedent for "he" or "it"
    { text: 'The miners walked to the pit.', expected: null },
    { text: 'He walked to the pit.', expected: null },
    { text: 'There were 12 founding members of the league.', expected: null },
    { text: 'In April the pit was sealed.', expected: { text: 'Pit', kind: 'thing' } },
    // a conjunction or one word and a comma may open the sentence before its subject
    { text: 'But Norvex is an unusual company.', expected: { text: 'Norvex', kind: 'name' } },
    { text: 'Later, the ferry left the harbour.', expected: { text: 'Ferry', kind: 'thing' } },
    // where the subject is, with its head before the place
    { text: 'Lowmere high school in north Varrow shut after a pupil fell ill.', expected: { text: 'Lowmere high school in north Varrow', kind: 'thing' } },
    // an article after a verb opens its object, not the subject
    { text: 'Efforts to contain the leak went on.', expected: null },
    // a set phrase after "in" is no place: the subject is not read through it
    { text: 'The council in the end backed the deal.', expected: null },
    // a short adverb between the subject and its verb ("also", "then"), as an "-ly" one may stand
    { text: 'Norvex also said that it would review its payout in March.', expected: { text: 'Norvex', kind: 'name' } },
    { text: 'The old ferry then sank off the point.', expected: { text: 'Old ferry', kind: 'thing' } },
  ])('"$text"', ({ text, expected }) => {
    expect(sentenceSubject(text, tokenize(text))).toEqual(expected);
  });
  it.each([
    { text: 'Dealers said the rally had faded.', expected: { text: 'Dealers', kind: 'thing' } },
    { text: 'The young miners walked to the pit.', expected: { text: 'Young miners', kind: 'thing' } },
    { text: 'The miner walked to the pit.', expected: null },
    { text: 'They walked to the pit.', expected: null },
    // the head is the noun before the place or body it is at, and an adverb may stand before the verb
    { text: 'Officials at the Varnian ministry simply had no choice.', expected: { text: 'Officials at the Varnian ministry', kind: 'thing' } },
    { text: 'Now, harbour officials said, they plan to dredge the channel.', expected: { text: 'Harbour officials', kind: 'thing' } },
    // a relative clause after the subject holds the first verb: the subject is the noun phrase before "who"
    { text: 'Farmers who had lost their herds say the port is to blame.', expected: { text: 'Farmers', kind: 'thing' } },
    { text: 'The farmers who had lost their herds marched on the port.', expected: { text: 'Farmers', kind: 'thing' } },
  ])('a plural one for "they": "$text"', ({ text, expected }) => {
    expect(sentenceSubject(text, tokenize(text), true)).toEqual(expected);
  });
});

describe('sayings after what was said, with where it was said and a name the lexicon reads as a word', () => {
  it.each([
    ['Tom Vell will tour the dairy in Lowmere, Ana Ruiz said at a weekly press briefing today.', 'today', 'Ana Ruiz says Tom Vell will tour the dairy in Lowmere'],
    ['After the vote, Ana Ruiz said at a briefing on Monday.', 'Monday', 'Ana Ruiz said at a briefing'],
    ['Tom Vell, 51, of Lowmere, was spotted in a van near the docks, the Varrow Times reported Friday.', 'Friday', 'Varrow Times reports Tom Vell, 51, of Lowmere, was spotted in a van near the docks'],
  ])('"%s"', (text, date, title) => {
    expect(titleOf(text, date)).toBe(title);
  });
});

describe('a participle describing a person is no verb', () => {
  it.each([
    ['The police put gang boss Tom Vell and accused arsonist Ana Ruiz on the list Monday.', 'Monday', 'Police put gang boss Tom Vell and accused arsonist Ana Ruiz on the list'],
    ['The police put alleged gang boss Tom Vell on the list Monday.', 'Monday', 'Police put alleged gang boss Tom Vell on the list'],
    ['The police arrived and arrested farmer Ana Ruiz on Monday.', 'Monday', 'Police arrived and arrested farmer Ana Ruiz'],
    ['The police put gang boss Tom Vell and accused bank robber Ana Ruiz on the list Monday.', 'Monday', 'Police put gang boss Tom Vell and accused bank robber Ana Ruiz on the list'],
  ])('"%s"', (text, date, title) => {
    expect(titleOf(text, date)).toBe(title);
  });
});

describe('an object relative with a purpose after its verb is told with the noun as its object', () => {
  it.each([
    ['The report came from the Harbour Board, which Ana Ruiz convened in June to look into the fire.', 'June', 'Ana Ruiz convened the Harbour Board to look into the fire'],
    ['The figures appeared in the last paper of the Joint Board on the Varrow Harbour Fire and Port Safety, which Mayor Ana Ruiz set up in June to study the fire.', 'June', 'Mayor Ana Ruiz set up Joint Board on the Varrow Harbour Fire and Port Safety to study the fire'],
    ['The mill, which the cooperative bought in June, will close.', 'June', 'Cooperative bought the mill'],
  ])('"%s"', (text, date, title) => {
    expect(titleOf(text, date)).toBe(title);
  });
});

describe('a relative clause on the subject whose object joins two nouns with "and" is left out when the date is the main verb\'s (clause61)', () => {
  it.each([
    ['A retired pilot who flew cargo and mail planes spoke on Monday at the harbour school.', 'on Monday', 'Retired pilot spoke at the harbour school'],
    ['A Dutch surgeon who treated miners and sailors was arrested on Monday.', 'on Monday', 'Dutch surgeon was arrested'],
    ['A Dutch surgeon who treated the miners and their families resigned on Monday.', 'on Monday', 'Dutch surgeon resigned'],
    // left: a date inside the relative clause is its own ("Lawyer filed the appeal")
    ['The lawyer who filed the appeal and the motion on Friday represents the family.', 'on Friday', 'Lawyer filed the appeal and the motion'],
  ])('"%s"', (text, date, title) => {
    expect(titleOf(text, date)).toBe(title);
  });
});

describe('a relative clause inside an aside set off by commas lends no subject to the verb after the aside (clause61)', () => {
  it.each([
    ['The nephew of Tom Roe, the baker who sold the mill last year, was fined on Tuesday.', 'on Tuesday', 'Nephew of Tom Roe was fined'],
    ['The nephew of Tom Roe, the baker who sold the mill on Monday, has also left the town tonight.', 'tonight', 'Nephew of Tom Roe has left the town'],
    // left: a relative set off by its own comma tells of the subject, and a name before the aside is the subject anyway
    ['The tribute to Ann Lee, who fell ill and died last week, was held on Tuesday.', 'on Tuesday', 'Tribute to Ann Lee was held'],
    ['Ann Lee, the singer who died last year, was arrested on Tuesday.', 'on Tuesday', 'Ann Lee was arrested'],
    ['The Harbour Times said Vell, a Norland engineer who has run the port for three years, "was given a grilling so harsh yesterday that it was more like a trial."', 'yesterday', 'Vell was given a grilling so harsh that it was more like a trial'],
  ])('"%s"', (text, date, title) => {
    expect(titleOf(text, date)).toBe(title);
  });
});

describe('a clause of "after", "before", "since" or "until" in the aside of a fronted date is not the date\'s (clause61)', () => {
  it.each([
    ['On Friday, the last day of the fair after the storm cleared, the stalls stayed shut anyway.', 'On Friday', 'Stalls stayed shut anyway'],
    ['On Friday, two days before the vote was held, the mayor resigned.', 'On Friday', 'Mayor resigned'],
    // left: a "when" clause tells the date's own happening, and a clause of "after" with no main clause after it stays
    ['In May, when the wave swept through the town, the mayor resigned.', 'In May', 'Wave swept through the town'],
    ['On Friday, hours after the storm hit.', 'On Friday', 'Storm hit'],
  ])('"%s"', (text, date, title) => {
    expect(titleOf(text, date)).toBe(title);
  });
});

describe('toldHappening: a title that is only a happening noun is told by its verb', () => {
  it.each([
    ['Assassination of Ana Ruiz', 'Ana Ruiz was assassinated'],
    ['The capture of the hill fort', 'Hill fort was captured'],
    ['Collapse of the old pier', 'Old pier collapsed'],
    ['Death of the two miners', 'Two miners died'],
    ['Attacks in Lowmere and Port Ash', 'Lowmere and Port Ash were attacked'],
    ['Raid on Carrick', 'Carrick was raided'],
    ['Massacre of 300 villagers at Lowmere', '300 villagers were massacred at Lowmere'],
    ['Massacre of 300 unarmed villagers', '300 unarmed villagers were massacred'],
    ['Massacre of 300 Lowmere Fens', '300 Lowmere Fens were massacred'],
    ['Attack on Athens', 'Athens was attacked'],
    ['Release of figures compiled by the bank', 'Release of figures compiled by the bank'],
    // left alone: a verb of its own, a setting that is no name, a date, a noun with no verb listed
    ['Bombing of a depot hurt two guards', 'Bombing of a depot hurt two guards'],
    ['Attacks on the police in the capital', 'Attacks on the police in the capital'],
    ['Release of 2019 figures', 'Release of 2019 figures'],
    ['Release of the May 2019 figures', 'Release of the May 2019 figures'],
    ['Collapse in Lowmere', 'Collapse in Lowmere'],
    ['Varrow Star voyage', 'Varrow Star voyage'],
    ['Shooting of Dr. Tom Vell', 'Dr. Tom Vell was shot'],
    ['Explosion of a fuel tank', 'Fuel tank exploded'],
    ['Explosion at the Harbour pad', 'Explosion at the Harbour pad'],
    // both sides of a meeting met; what was decided "by" someone, they decided
    ['Meeting between Ana Ruiz and her two aunts', 'Ana Ruiz and her two aunts met'],
    ['Talks between Varnia and Norcom', 'Varnia and Norcom held talks'],
    ['Meeting between the two boards', 'Meeting between the two boards'],
    ['Meeting between Ana and the man who sold the farm', 'Meeting between Ana and the man who sold the farm'],
    ['Ruling by the Alder court to close the mill', 'Alder court ruled to close the mill'],
    ['Decision by Orlan\'s church council to approve the merger', 'Orlan\'s church council decided to approve the merger'],
    ['Ruling by the Alder court', 'Ruling by the Alder court'],
    ['Announcement by the Delmont board to its staff', 'Announcement by the Delmont board to its staff'],
    // a participle with its agent: the agent did it, to the noun the participle describes
    ['Sole survivor of a pair of goats donated by Varnia', 'Varnia donated a pair of goats'],
    ['Last of a pair of statues carved by a Norvale mason', 'Norvale mason carved a pair of statues'],
    ['Card game called "Harbour Rush" produced by Delmont and partner Orlan', 'Delmont and partner Orlan produced card game called "Harbour Rush"'],
    ['Road blocked by protesters and police', 'Protesters and police blocked road'],
    // left alone: a verb of the title's own, a means after "by", a saying verb, a participle whose past differs
    ['Ruiz was attacked by a dog', 'Ruiz was attacked by a dog'],
    ['Parcel sent by air', 'Parcel sent by air'],
    ['Ruiz said by phone', 'Ruiz said by phone'],
    ['Photograph taken by a Norvale satellite', 'Photograph taken by a Norvale satellite'],
    ['Mill built by Tom Vell burned down', 'Mill built by Tom Vell burned down'],
    ['Ana Ruiz followed by her two aunts', 'Ana Ruiz followed by her two aunts'],
    ['Crews of the two boats waited by the pier', 'Crews of the two boats waited by the pier'],
    ['Delmont Radio re-ran the whole broadcast of the final presented by a young Tom Vell', 'Delmont Radio re-ran the whole broadcast of the final presented by a young Tom Vell'],
  ])('"%s"', (title, told) => {
    expect(toldHappening(title)).toBe(told);
  });
  it('tells the happening a date sits inside ("the election in 1990 of"), not the vague clause around it', () => {
    expect(titleOf('After years of strikes, this new hope was crowned by the election in 1990 of a young Lowmere mayor, Ana Ruiz.', '1990')).toBe('Ana Ruiz was elected');
  });
});


describe('a saying after what was said, with only who heard it, tells the statement', () => {
  it.each([
    ['The storm has closed four roads, the agency told reporters on Monday.', 'on Monday', 'Agency says storm has closed four roads'],
    ['Farmers need to "guard their savings," Board Chairman Tom Vell told students and staff at the Varn College yesterday.', 'yesterday', 'Board Chairman Tom Vell says farmers need to "guard their savings"'],
    // the speaker's aside and the statement's fronted setting go
    ['In the past year, farmers have lost about $2 billion of savings, Ana Ruiz, director of the Varn Budget Office, told the committee on Monday.', 'on Monday', 'Ana Ruiz says farmers have lost about $2 billion of savings'],
    // the sentence's first word keeps a capital the lexicon only knows it with
    ['American farmers need to "guard their savings," Board Chairman Tom Vell told students yesterday.', 'yesterday', 'Board Chairman Tom Vell says American farmers need to "guard their savings"'],
    // a quotation whose opening mark the sentence lost
    ['They were simply asleep," Tom Vell, a senator from Norland, told Varn Radio today.', 'today', 'Tom Vell says they were simply asleep'],
  ])('"%s"', (text, date, title) => {
    expect(titleOf(text, date)).toBe(title);
  });

  it.each([
    // a condition or a setting is no statement
    ['When the ship docked, Ana Ruiz told reporters on Monday.', 'on Monday', 'Ana Ruiz told reporters'],
    // a relative clause's speaker did something else
    ['That is firmly denied by the editor of the Varn Times, Ana Ruiz, who wrote a strident piece a month ago.', 'a month ago', 'Ana Ruiz wrote a strident piece'],
    // a statement introduced by a colon is the writer's
    ['The effects are easy to see: as the floods grew, ski resorts reported full bookings in May.', 'in May', 'Ski resorts reported full bookings'],
  ])('not "%s"', (text, date, title) => {
    expect(titleOf(text, date)).toBe(title);
  });
});

describe('a telling titled by what was told', () => {
  it.each([
    ['Ruiz was told on Monday by the harbour master, Ada Brill, that the pier would close in June, aides said.', 'Monday', 'Harbour master told Ruiz the pier would close in June'],
    ['The crews were warned on Friday by the coastguard that the storm had turned north.', 'Friday', 'Coastguard warned crews that the storm had turned north'],
    // nothing said after it: left as it is
    ['Ruiz was told on Monday by the harbour master.', 'Monday', 'Ruiz was told by the harbour master'],
  ])('"%s"', (text, date, title) => {
    expect(titleOf(text, date)).toBe(title);
  });
});

describe('titleFaults: no glued clause after a verb that takes one, or in a possessive\'s participle', () => {
  it.each([
    'Ana Ruiz cautioned the repairs could take many weeks',
    'Harbour master conceded the pier was unsafe',
    'Council defended Ana Ruiz\'s planned visit to the port',
  ])('"%s"', (title) => {
    expect(titleFaults(title)).toBe(0);
  });
  it('drops an office "of" a body before a person\'s name when a title is too long', () => {
    expect(shorten('Director of the Norland Harbour Board Tom K. Lee says the raid on the port is not directly linked with the fire', MAX_TITLE, true, MAX_TITLE)).toBe('Tom K. Lee says the raid on the port is not directly linked with the fire');
    expect(shorten('Secretary of Works Ana Ruiz says talks would resume')).toBe('Secretary of Works Ana Ruiz says talks would resume');
  });
  it.each(['Ana Ruiz declined to comment', 'Ana Ruiz said here', 'Harbour master was told by aides'])('counts a saying with no content: "%s"', (title) => {
    expect(titleFaults(title)).toBe(1);
  });
  it('still counts one after a whole clause', () => {
    expect(titleFaults('Harbour agency released the radio tapes went down')).toBe(1);
  });
  // fix24: "in" closes a title as a particle after a verb of coming ("rolled in"), not after a passive's "be"
  it.each([
    ['Fishing fleet rolled in', 0],
    ['Harbour pilot was born in', 1],
    ['Two deckhands were injured in', 1],
  ] as const)('"%s" has %i faults at its end', (title, faults) => {
    expect(titleFaults(title)).toBe(faults);
  });
});

describe('a title never ends where its clause was cut', () => {
  it.each([
    // a wire's "_" dashes set off an aside like "--" ones
    ['About 40 workers _ night-shift crews and their supervisors _ left the plant on Tuesday.', 'on Tuesday', 'About 40 workers left the plant'],
    // an initial's dot inside a dashed aside is no punctuation, so the aside goes
    ['Officials confirmed on Monday that a second ferry -- the Mary T. Lund -- and its crew of cadets could sail for Varn within a few days.', 'on Monday', 'Officials confirm second ferry could sail for Varn within a few days'],
    // a verb that asks keeps its "whether" question
    ['The inspectors asked on Friday whether the dam was safe.', 'on Friday', 'Inspectors asked whether the dam was safe'],
    ['A review to be finished in early March will decide whether the mill can reopen.', 'in early March', 'Review to be finished will decide whether the mill can reopen'],
    // a place's region joined to "-based" is part of the name
    ['Brisko last week made a new $5-a-share bid for the Ferrow Falls, Nd.-based maker of tractors.', 'last week', 'Brisko made a new $5-a-share bid for the Ferrow Falls, Nd.-based maker of tractors'],
    // "said that once X, Y": what was said is Y
    ['The harbour board said on Monday that once the storm passes, the ferries will sail again.', 'on Monday', 'Harbour board says ferries will sail again'],
    ['The agency said earlier this week that once the permit arrives it will begin the work on the bridge.', 'earlier this week', 'Agency says it will begin the work on the bridge'],
    // "with whom the governor met": the governor met with the noun
    ['The envoy carried a letter from the Varn council, with whom the governor met on Monday.', 'on Monday', 'Governor met with the Varn council'],
  ])('"%s"', (text, date, title) => {
    expect(titleOf(text, date)).toBe(title);
  });

  it.each([
    // a noun that names something said or seen keeps the "that" clause telling what
    ['Divers spent Tuesday searching the hull for signs that it had been holed by a mine.', 'Tuesday', 'Divers spent Tuesday searching the hull for signs that it had been holed by a mine'],
    ['Lawyers for the driver on Monday raised accusations that the police had hidden a witness.', 'on Monday', 'Lawyers for the driver raised accusations that the police had hidden a witness'],
    ['Many villagers fled after a false rumour on Friday that the dam had burst.', 'on Friday', 'Many villagers fled after a false rumour that the dam had burst'],
    // "the one" and "the third time" are told which by their clause
    ['In May, Ana Ruiz proposed a harbour board like the one that Tom Vell had set up.', 'In May', 'Ana Ruiz proposed a harbour board like the one that Tom Vell had set up'],
    ['The closure of the mill on Friday marked the third time that the town had lost a plant.', 'on Friday', 'Closure of the mill marked the third time that the town had lost a plant'],
    // a verb that takes a clause, after its object or a place, or straight before "that"
    ['The mayor on Monday assured the council that the fair would go ahead.', 'on Monday', 'Mayor assured the council that the fair would go ahead'],
    ['Ana Ruiz testified in the capital on Tuesday that the ferry had been overloaded.', 'on Tuesday', 'Ana Ruiz testified in the capital that the ferry had been overloaded'],
    ['The board issued a notice on Monday and stressed that tap water was safe to drink.', 'on Monday', 'Board issued a notice and stressed that tap water was safe to drink'],
    ['In a letter, Ana Ruiz apologised for saying on Friday that the pier was a disgrace.', 'on Friday', 'Ana Ruiz apologised for saying that the pier was a disgrace'],
    // a quotation the clause opens keeps the mark that closes it after the comma
    ['In a statement, Ana Ruiz apologised for saying on Sunday that "I want my life back," a remark that angered many.', 'on Sunday', 'Ana Ruiz apologised for saying that "I want my life back"'],
    // too long whole, the clause ends before a phrase that leaves it complete
    // (told whole once the setting of its subject goes and "the" is dropped, as a headline does)
    ['Crews searched the old river wall on Monday for signs that the stones along the eastern edge of the town could give way under the weight of the rising water within days.', 'on Monday', 'Crews searched old river wall for signs that stones could give way under weight of rising water within days'],
    // made to fit as a headline is, "the" dropped, rather than stop before the clause ("testified in the capital | that")
    ['Ana Ruiz of the Varn port authority testified in the capital on Wednesday that the ferry had been loaded with twice the cargo its owners declared.', 'on Wednesday', 'Ana Ruiz of Varn port authority testified in capital that ferry had been loaded with twice cargo its owners declared'],
    // a comma inside the clause's phrase does not end it; too long whole, it ends at its latest phrase that fits
    ['Ana Ruiz testified on Wednesday in the capital that she might order a new, but far smaller, ban on fishing in the waters north of the old harbour wall and around the three small islands off the eastern coast.', 'on Wednesday', 'Ana Ruiz testified in the capital that she might order a new, but far smaller, ban'],
    // a participle of a verb that takes a clause tells what was said, and an adverb before "that" is its verb's
    ['Ahead of the summit in May, Tom Vell delivered a speech arguing that the port must cut its fees to win back trade.', 'in May', 'Tom Vell delivered a speech arguing that the port must cut its fees to win back trade'],
    // a compound in -ed before a noun describes it ("that well-cooked meat"), so "that" opens a clause, not a relative
    ['The board issued a notice on Monday and stressed that well-cooked meat was safe to eat.', 'on Monday', 'Board issued a notice and stressed that well-cooked meat was safe to eat'],
    ['The study published on Tuesday by the river trust indicates indirectly that most of the river fish had left the bay.', 'on Tuesday', 'Study published by the river trust indicates indirectly that most of the river fish had left the bay'],
    // a second "that" clause joined by "and" or "but" is a statement of its own: the first is told without it
    ['The head of the salvage effort told a local radio station on Friday that pumping water out of the sunken ferry had stopped the leak and that the two floating cranes would be needed to lift it off the harbour floor by the end of the month.', 'on Friday', 'Head of the salvage effort told a local radio station that pumping water out of the sunken ferry had stopped the leak'],
    ['The head of the salvage effort told a local radio station on Friday that pumping water out of the sunken ferry had stopped the leak and that two cranes would lift it.', 'on Friday', 'Head of the salvage effort told a local radio station that pumping water out of the sunken ferry had stopped the leak'],
    // (an "and" that joins no second "that" clause is the first clause's own, as before)
    ['The head of the salvage effort told a local radio station on Friday that pumping water out of the ferry had stopped the leak and saved the cargo.', 'on Friday', 'Head of the salvage effort told a local radio station that pumping water out of the ferry had stopped the leak'],
    // after a saying that tells only who heard it, a participle set off by its comma that takes a clause tells what was said
    ['Ana Ruiz wrote to the harbour board on Monday, asking that the pier be closed.', 'on Monday', 'Ana Ruiz wrote to the harbour board asking that the pier be closed'],
    ['Ana Ruiz wrote to the harbour board on Monday, urging that the pier be closed before the storm season.', 'on Monday', 'Ana Ruiz wrote to the harbour board urging that the pier be closed before the storm season'],
    ['Tom Vell also wrote to the harbour board on Monday, demanding that the pier be closed and saying he does not trust the engineers building the new sea wall along the eastern edge of the old town.', 'on Monday', 'Tom Vell wrote to the harbour board demanding that the pier be closed and saying he does not trust the engineers building the new sea wall'],
    // (nor after a saying that ends the title: the participle is no hearer's)
    ['Ana Ruiz said on Monday, urging that the pier be closed.', 'on Monday', 'Ana Ruiz said'],
    // (not after a deed that is no saying: the participle is a second deed of its own)
    ['Ana Ruiz met the harbour board on Monday, asking that the pier be closed.', 'on Monday', 'Ana Ruiz met the harbour board'],
    // an object named with an abbreviation's dots ("U.N.") still leads to the clause its verb takes
    ['Elected officials in and around Varn warned U.N. immigration officials on Wednesday that they should expect little help from the police here when they come for the boy.', 'on Wednesday', 'Elected officials in and around Varn warned U.N. immigration officials that they should expect little help from the police here'],
  ])('keeps the clause its last head needs: "%s"', (text, date, title) => {
    expect(titleOf(text, date)).toBe(title);
  });

  it.each([
    // a quotation opened mid-clause is never cut at its own comma, so the clause that opens it is told whole (cut26)
    ['Lawyers for the driver on Monday raised accusations that the police had "hidden a witness, and then a second one" from the court.', 'on Monday', 'Lawyers for the driver raised accusations that the police had "hidden a witness, and then a second one" from the court'],
    // a relative clause only describes a noun the title already told ("the report"); one told by "a" is known only by
    // its relative, which stays (see the cut24 tests)
    ['On Monday the board issued the report that found cracks in the pier.', 'On Monday', 'Board issued the report'],
    // a clause too long to keep whole is told to its latest phrase within LONG_WHOLE_TITLE, as a headline, not cut with "…"
    ['Crews searched the old river wall on Monday for signs that the old stones along the eastern edge of the town beside the harbour and the market square could give way under the weight of the floods.', 'on Monday', 'Crews searched old river wall for signs that old stones along eastern edge of town beside harbour and market square could give way'],
    // a clause whose only verb is a participle describing its subject ("dispersants used | to break") is no clause told;
    // the date's participle ("published on Tuesday") tells what was done then
    ['The team study published on Tuesday also indicates indirectly that chemicals used to break the stream of fuel into a mass of tiny drops near the bottom of the sea may have kept it down.', 'on Tuesday', 'Team study was published'],
  ])('stops where it may: "%s"', (text, date, title) => {
    expect(titleOf(text, date)).toBe(title);
  });

  it.each([
    // a noun before "of" waits for it: the cut goes elsewhere (here the subject's setting goes)
    ['Hundreds of farmers in the northern valleys have been marching against the steep rise of diesel prices in the region', 'Hundreds of farmers have been marching against the steep rise of diesel prices'],
    ['The mayor made an urgent appeal for calm in the streets of the old town on behalf of the two hundred elected members of the city council', 'Mayor made an urgent appeal for calm in the streets of the old town'],
    // "by urging the members | to back": what they were urged to do is no cut point; the "by" phrase goes whole
    ['Ana Ruiz tried to win over the wavering delegates at the congress by urging the party members to back the new reform plan quickly', 'Ana Ruiz tried to win over the wavering delegates at the congress'],
    // "put X | on the list": where the object was put is no cut point
    ['Police put Tom Vell and his cousin Ana Ruiz on the list of the most wanted suspects in the northern province of Norland', 'Police put Tom Vell and his cousin Ana Ruiz on the list of the most wanted suspects…'],
    // "and its crew of divers" goes before the verb that reads the same for one, and the rest is kept
    ['Coast guard officials confirm a second patrol boat and its crew of trained divers could reach the stranded ferry within a few hours', 'Coast guard officials confirm a second patrol boat could reach the stranded ferry'],
    // "asked | whether": a verb that asks is no end
    ['Inspectors issued their report after one of the harbour board\'s engineers asked whether the old pier might be closed to traffic', 'Inspectors issued their report'],
    // 'intends | "to raise"': an opening quotation mark is no end
    ['Tom Lee says the firm then wrote the board that it intends "to raise its stake to 20% of the shares" once it wins approval from all the regulators', 'Tom Lee says the firm then wrote the board that it intends "to raise its stake"'],
    // "costs tied to the move | from the town will weigh": a participle is no verb of what was said; its phrase
    // goes before the subject's verb would be cut
    ['Ana Ruiz says costs tied to the harbour board\'s planned move to the northern quays from the old town will weigh on its budget', 'Ana Ruiz says costs will weigh on its budget'],
  ])('shortens "%s"', (title, short) => {
    expect(shorten(title, MAX_TITLE, true, MAX_TITLE)).toBe(short);
  });
});

describe('a participle after the main clause, dated in its own words, tells what the subject did then', () => {
  it.each([
    { text: 'The rebel fighters waged war on the troops of the old regime, declaring victory on Jan. 1, 1961, when its leader fled.', date: 'Jan. 1, 1961', title: 'Rebel fighters declared victory' },
    { text: 'In the weeks that followed, the troops crossed the river, reaching the capital in May.', date: 'May', title: 'Troops reached the capital' },
    { text: 'The alliance has grown three times, adding Varnia and Ostland in 1952.', date: '1952', title: 'Alliance added Varnia and Ostland' },
    { text: 'A storm swept the coast, killing two people, knocking out power to the valley on Friday and piling misery on the towns.', date: 'Friday', title: 'Storm knocked out power to the valley' },
    // controls: the date in the main clause, and a main clause dated in its own words
    { text: 'Ann Roe won the race in 2001, beating Tom Vale.', date: '2001', title: 'Ann Roe won the race' },
  ])('$text', ({ text, date, title }) => {
    expect(titleOf(text, date)).toBe(title);
  });
  it('leaves the participle to a main clause dated in its own words: one happening told at two times', () => {
    const text = 'Brinmoor shares added to losses on Wednesday, trading down 0.2 percent at 1836 GMT.';
    const mk = (d: string): Timex => ({ text: d, start: text.indexOf(d), end: text.indexOf(d) + d.length, type: 'DATE', value: 'XXXX', date: null, resolution: { rule: 'test', anchor: 'text', tense: null, pickedBy: null, direction: null, yearInferred: false, unresolved: null }, explanation: '' });
    const sentence: Sentence = { text, start: 0, end: text.length, tokens: tokenize(text) };
    expect(eventTitle(sentence, mk('1836 GMT'), tagWords(text), [mk('Wednesday'), mk('1836 GMT')])).toBe('Brinmoor shares added to losses');
  });
  it('leaves a participle that works as a preposition: "including" is no deed', () => {
    expect(titleOf('Brinmoor holds 504,200 shares, including 254,200 bought in March.', 'March')).not.toMatch(/\bincluded\b/);
  });
});

describe('a list\'s last items after a relative clause go on with it, and so does their date', () => {
  it.each([
    { text: 'She succeeds Tom Vale, who stepped down as chairman, president and chief executive in March for health reasons.', date: 'March', title: 'Tom Vale stepped down as chairman, president and chief executive' },
    // controls: a date after the relative clause's aside, and a list the main clause holds
    { text: 'The club has flown the glider, which is the oldest, since 1979.', date: '1979', title: 'Club has flown the glider' },
    { text: 'The board named Ann Roe chairman, president and chief executive in March.', date: 'March', title: 'Board named Ann Roe chairman, president and chief executive' },
  ])('$text', ({ text, date, title }) => {
    expect(titleOf(text, date)).toBe(title);
  });
});

describe('the same pronoun as the subject before a time clause is that subject, not a rival', () => {
  it.each([
    { text: 'He has spoken with Ann Roe at least three times since he arrived in the country on April 6.', date: 'April 6', title: 'He arrived in the country' },
    // control: a named subject and a second person before "he" leave "he" open, told with the clause naming both
    { text: 'Ann Roe had hired Paul Brandt to guard him as he toured the city on Monday.', date: 'Monday', title: 'Ann Roe had hired Paul Brandt to guard him as he toured the city' },
  ])('$text', ({ text, date, title }) => {
    expect(titleOf(text, date)).toBe(title);
  });
});

describe('a date leaves no word of its own behind', () => {
  it.each([
    // a word that only sharpens the date goes with it
    ['Some of the reefs near the wreck were only discovered just last year.', 'last year', 'Some of the reefs near the wreck were only discovered'],
    ['The council has placed a freeze on new building permits until at least May 28.', 'May 28', 'Council has placed a freeze on new building permits'],
    ['The ferry sank in the bay more than 40 years ago.', '40 years ago', 'Ferry sank in the bay'],
    ['The old mill closed even before the war.', 'the war', 'Old mill closed'],
    // a participle that only led the date in goes with it
    ['Tom Vell got word of a nine-day spell of calm weather starting Friday, a spell that could prove critical.', 'Friday', 'Tom Vell got word of a nine-day spell of calm weather'],
    ['Just over 800 people were asked in the survey, conducted between June 3 and 6.', 'June 3 and 6', 'Just over 800 people were asked in the survey'],
    ['Ana Ruiz objected to the plan in a letter to the board dated Sunday.', 'Sunday', 'Ana Ruiz objected to the plan in a letter to the board'],
    // controls: after "be" the date is what is said; a set-off participle mid-sentence tells the date's happening
    ['The piers, built in 1974 from a cheap mix, are failing.', '1974', 'Piers were built from a cheap mix'],
    ['Ana Ruiz did well on Monday.', 'on Monday', 'Ana Ruiz did well'],
    // (the verb after an aside is the clause's own, not a participle; a particle "over" stays with its verb)
    ['Ana Ruiz, the mayor, resigned on Monday.', 'on Monday', 'Ana Ruiz resigned'],
    ['Ana Ruiz took over 20 years ago, the owner said.', '20 years ago', 'Ana Ruiz took over'],
  ])('"%s"', (text, date, title) => {
    expect(titleOf(text, date)).toBe(title);
  });
});

describe('a day after "a" and a describing word is any such day, and a first draft\'s words before a date go with it (cut71)', () => {
  it.each([
    // the day heads its noun phrase: left out, the phrase hangs ("than a normal")
    ['The market was quiet on Tuesday compared to a normal Friday afternoon.', 'Friday afternoon', 'Market was quiet on Tuesday compared to a normal Friday afternoon'],
    ['On Tuesday the square was quieter than on a typical Saturday.', 'Tuesday', 'Square was quieter than on a typical Saturday'],
    // "the coming" before a date with its own determiner belongs to nothing
    ['The mayor said the pier would reopen in the coming this month.', 'this month', 'Mayor said pier would reopen'],
    // controls: a date that is the whole phrase still goes; "the coming weeks" is one date
    ['The ferry will be repaired in the coming weeks, the mayor said on Friday.', 'the coming weeks', 'Ferry will be repaired'],
    ['The council will meet again next week.', 'next week', 'Council will meet again'],
    // controls: a noun before the date keeps its article ("the plan last April"), after "a" as after "the"
    ['Ann Roe and the board, who approved the plan last April, will be paid in May.', 'last April', 'Board approved the plan'],
    ['The mayor attended a rally Thursday by the harbour to demand a new ferry.', 'Thursday', 'Mayor attended a rally by the harbour to demand a new ferry'],
  ])('"%s"', (text, date, title) => {
    expect(titleOf(text, date)).toBe(title);
  });
});

describe('a hyphen written tight between two numbers is a range inside its phrase (cut71)', () => {
  it.each([
    ["Monday's storm has left as many as 4,000-5,000 homes without power.", 'Monday', "Monday's storm has left as many as 4,000-5,000 homes without power"],
    ['The storm on Monday left 4,000-5,000 homes without power in the valley.', 'Monday', 'Storm left 4,000-5,000 homes without power in the valley'],
    // controls: a spaced dash still ends the clause, between numbers or not
    ['The storm on Monday left 4,000 - 5,000 homes without power in the valley.', 'Monday', 'Storm left 4,000'],
    ['The storm on Monday left the valley dark - the worst in years.', 'Monday', 'Storm left the valley dark'],
  ])('"%s"', (text, date, title) => {
    expect(titleOf(text, date)).toBe(title);
  });
});

describe('a cut is not made inside "as well as" (cut71)', () => {
  it.each([
    ['The harbour board has completed its own safety review and this year will be implementing the National Harbour Safety Plan as well as creating a new Office of Harbour Safety with a mandate to work closely with the fishing fleet.', 'this year', 'Harbour board has completed its own safety review and will be implementing the National Harbour Safety Plan'],
    // control: short enough, told whole
    ['The council on Monday voted to build a pier as well as a new slip.', 'on Monday', 'Council voted to build a pier as well as a new slip'],
  ])('"%s"', (text, date, title) => {
    expect(titleOf(text, date)).toBe(title);
  });
});

describe('an aside between dashes holding a list, commas and all, goes like one without (cut71)', () => {
  it.each([
    ['Port officials said this week that buyers -- including two ferry firms, a bank, and one of the city\'s fishing groups -- have been approached about the old pier.', 'this week', 'Port officials say buyers have been approached about the old pier'],
    ['The mayor closed the pier on Friday -- the first time in years, and the last -- after the storm.', 'on Friday', 'Mayor closed the pier after the storm'],
    // (a list as long as a sentence's worth of words still fits the aside)
    ["Port officials said this week that buyers -- including two ferry firms from the north, a bank in the old town, the port's own pension fund, and one of the city's fishing groups -- have been approached about the old pier.", 'this week', 'Port officials say buyers have been approached about the old pier'],
    // controls: an aside with no commas, as before; an aside with a verb of its own is not dropped this way
    ['Port officials said this week that buyers -- including two ferry firms -- have been approached about the old pier.', 'this week', 'Port officials say buyers have been approached about the old pier'],
    ['The mayor -- tired, angry, and late -- closed the pier on Friday.', 'on Friday', 'Mayor closed the pier'],
    // (a list opened by "including" after a comma is a list too; a comma with no list word after it ends a clause, and
    // the aside then stays, as "_ sewn last week, before the flood _" does in the events tests)
    ['On Friday, the members of the harbour board - the towns along the northern coast, including Avalon - rejected the plan.', 'On Friday', 'Members of the harbour board rejected the plan'],
  ])('"%s"', (text, date, title) => {
    expect(titleOf(text, date)).toBe(title);
  });
});

describe('a cut leaves no word dangling that only sharpened what was cut', () => {
  it.each([
    ['Tom Lee finally got the permit last week on his fourth try to protect the river just as the oil began washing ashore.', 'last week', 'Tom Lee finally got the permit on his fourth try to protect the river'],
    ['Ana Ruiz is set to arrive in Varnby shortly before noon on Monday.', 'noon on Monday', 'Ana Ruiz is set to arrive in Varnby'],
    // controls: before a condition "only" restricts the deed (and the condition is told with it); "right" after an
    // object is no sharpener
    ['The rebel leader announced on Sunday that he will withdraw his troops only if the others withdraw theirs.', 'on Sunday', 'Rebel leader announces he will withdraw his troops only if the others withdraw theirs'],
    ['The board finally did something right on Monday, when it hired a new chief.', 'on Monday', 'Board finally did something right'],
  ])('"%s"', (text, date, title) => {
    expect(titleOf(text, date)).toBe(title);
  });
});

describe('a past date in what a present-tense saying tells is that happening\'s', () => {
  it.each([
    { text: 'Leaked files reveal the Varn company suffered a fire at its Lowmere plant in March 2007.', date: 'March 2007', expected: 'Varn company suffered a fire at its Lowmere plant' },
    { text: 'Adding to the bad press, leaked files reveal Varn suffered a fire on a Dolo platform in September 2008.', date: 'September 2008', expected: 'Varn suffered a fire on a Dolo platform' },
    { text: 'Records reveal that the bank lost $5 million in 2006.', date: '2006', expected: 'Bank lost $5 million' },
    { text: 'Officials say the dam failed on Monday.', date: 'Monday', expected: 'Dam failed' },
    // a past before the saying's past is the told happening's, and "it" or "they" is the speaker, named
    { text: 'Officials said the Varn company had suffered a fire at its plant in March 2007.', date: 'March 2007', expected: 'Varn company had suffered a fire at its plant' },
    { text: 'Officials said they had found the boat in May.', date: 'May', expected: 'Officials had found the boat' },
    { text: 'The Brisk company says it sold the mill in 2004.', date: '2004', expected: 'Brisk company sold the mill' },
    // a pronoun that is not the speaker's names no one: the saying stays
    { text: 'Officials said it had sunk in May.', date: 'May', expected: 'Officials say it had sunk' },
    { text: 'Officials said on Monday the Varn company had suffered a fire.', date: 'Monday', expected: 'Officials say the Varn company had suffered a fire' },
  ])('$text', ({ text, date, expected }) => {
    expect(titleOf(text, date)).toBe(expected);
  });
});

describe('a date inside what a past saying tells dates the told deed, not the saying', () => {
  it.each([
    { text: 'Officials said the Varn company suffered a fire at its plant in March 2007.', date: 'March 2007', expected: 'Varn company suffered a fire at its plant' },
    // (one side's account keeps its speaker: see subj24 below)
    { text: 'Prosecutors said Tom Vell forged the permit on 3 March.', date: 'on 3 March', expected: 'Prosecutors say Tom Vell forged the permit' },
    { text: 'A ferry spokesman said Captain Ivo Marr was arrested on Tuesday.', date: 'on Tuesday', expected: 'Captain Ivo Marr was arrested' },
    { text: 'The mayor said Norcorp had to close its plant in May.', date: 'May', expected: 'Norcorp had to close its plant' },
    // (a doer nothing names keeps the speaker who places it)
    { text: 'A ferry spokesman said the captain was arrested on Tuesday.', date: 'on Tuesday', expected: 'Ferry spokesman says captain was arrested' },
    { text: 'A Norcorp spokeswoman said the company told customers about the fault on Monday.', date: 'on Monday', expected: 'Norcorp spokeswoman says company told customers about the fault' },
    // a named person's "he" or "she" is the speaker
    { text: 'Ana Ruiz said she sold her stake in the firm in May 2004.', date: 'May 2004', expected: 'Ana Ruiz sold her stake in the firm' },
    { text: 'Tom Vell says he sold the boat in 2004.', date: '2004', expected: 'Tom Vell sold the boat' },
    { text: 'Mrs Ruiz said he sold the boat in 2004.', date: '2004', expected: 'Mrs Ruiz says he sold the boat' },
    { text: 'In his statement to the inspectors, Dr Roe says that on the night of 3 October 2031, he paid Tom Vell with two cheques, but the builder never cashed them.', date: '3 October 2031', expected: 'Dr Roe paid Tom Vell with two cheques' },
    // controls: a date on the saying; a claim of a state, told with its speaker; a hope; a pronoun a person does not
    // stand for; a saying that is no speech
    { text: 'The firm said on Monday that it had sold the unit.', date: 'on Monday', expected: 'Firm says it had sold the unit' },
    { text: 'Police said the gang was behind two killings in the city last week.', date: 'last week', expected: 'Police say gang was behind two killings in the city' },
    { text: 'Tom Vell said the firm hoped to reopen the mill next week.', date: 'next week', expected: 'Tom Vell said firm hoped to reopen the mill' },
    { text: 'Ana Ruiz said it was partly repaired on 22 June.', date: 'on 22 June', expected: 'Ana Ruiz says it was partly repaired' },
    { text: 'Dr Roe reveals in a written statement to the inspectors that, on the night of 3 October, he paid Tom Vell with two cheques but the builder never cashed them.', date: '3 October', expected: 'Dr Roe paid Tom Vell with two cheques' },
    { text: 'He said the latest onset of the fever in the known cases was Sunday.', date: 'Sunday', expected: 'He says latest onset of the fever in the known cases' },
    { text: 'Rangers found the lost hiker on Friday near the lake.', date: 'on Friday', expected: 'Rangers found the lost hiker near the lake' },
  ])('$text', ({ text, date, expected }) => {
    expect(titleOf(text, date)).toBe(expected);
  });
});

describe('an appositive says who a subject is', () => {
  it.each([
    // a relative clause on an aside that renames a name tells of the name
    { text: 'Divers have been searching the area around the Sea Lark, the rig that exploded and sank on 20 April.', date: '20 April', expected: 'Sea Lark exploded and sank' },
    { text: 'Voters backed Tom Vell, a free-market champion who was elected in 2007 on a pledge to help Norland work more.', date: 'in 2007', expected: 'Tom Vell was elected on a pledge to help Norland work more' },
    { text: 'Michael J. Harrow, an attorney who decided against filing a lawsuit in 1990, said so.', date: 'in 1990', expected: 'Michael J. Harrow decided against filing a lawsuit' },
    // not a list's last name, nor a phrase with a body inside that the clause may tell of
    { text: 'The storm hit Varnton, Lowmere, a town that was flooded in 1998.', date: 'in 1998', expected: 'Town was flooded' },
    { text: 'It was a lapse, said Ann Prabhu, an analyst at Norvex, which lowered its rating on Aug. 13.', date: 'Aug. 13', expected: 'Analyst at Norvex lowered its rating' },
    // a name after a person's office "of" something is the office holder, told by the name (as a name before the office is)
    { text: 'Last month, the organiser of the harbour festival, Chris Holt, defended the event.', date: 'Last month', expected: 'Chris Holt defended the event' },
    { text: 'The head of the Varn flu program, Keiji Tomal, said the situation had changed a lot in recent days.', date: 'in recent days', expected: 'Keiji Tomal says situation had changed a lot' },
    { text: 'The head of the Varn Health Board, Ann Roe, yesterday suggested the alert would move to its highest level.', date: 'yesterday', expected: 'Ann Roe suggested the alert would move to its highest level' },
    // the person's word may stand before the phrase's first preposition ("in charge of"), and lower-case words, an -ed
    // word among them, may describe the name
    { text: 'The official in charge of the pier repairs, Ana Vell, told a radio station on Monday that the pier was safe.', date: 'on Monday', expected: 'Ana Vell says pier was safe' },
    { text: 'The federal official in charge of the pier repairs, retired navy Capt. Ana B. Vell, resigned on Monday.', date: 'on Monday', expected: 'Capt. Ana B. Vell resigned' },
    // (not a thing's name: what was closed is the pier)
    { text: 'The pier in the north of the bay, Varn Quay, was closed on Monday.', date: 'on Monday', expected: 'Pier in the north of the bay was closed' },
    // what began is still the trial, not the person it is of
    { text: "The trial of the mayor's aide, Ann Roe, began on Monday.", date: 'on Monday', expected: "Trial of the mayor's aide began" },
  ])('$text', ({ text, date, expected }) => {
    expect(titleOf(text, date)).toBe(expected);
  });
});

describe('the noun a relative clause tells of is told whole', () => {
  it.each([
    // an amount's currency sign is its first word
    { text: "Trenway said the cut affected debt that was incurred to finance $210 million of the firm's $640 million buyout that took place in 1991.", date: 'in 1991', expected: "Firm's $640 million buyout took place" },
    { text: 'Quarterly results included gains of £35 million, which included £12 million from a sale in August.', date: 'in August', expected: 'Gains of £35 million included £12 million from a sale' },
    // an age set off after a name is an aside: the clause tells of the person
    { text: 'Tom Varley, 52, who lost his boatyard in the 2005 storm, said the town had recovered.', date: '2005', expected: 'Tom Varley lost his boatyard in the 2005 storm' },
    // (a number that is the whole noun phrase, not an aside after a name, stays)
    { text: 'Of the volunteers, 40 who arrived in May were sent home.', date: 'in May', expected: '40 arrived' },
  ])('$text', ({ text, date, expected }) => {
    expect(titleOf(text, date)).toBe(expected);
  });
});

describe('a saying is told with what was said', () => {
  it.each([
    // after a trailing frame, a clause of time that ends the sentence is not what was said
    { text: 'The new pump at the Varn mine is working well so far, officials said on Saturday, as the minister defended the plan.', date: 'on Saturday', expected: 'Officials say new pump at the Varn mine is working well so far' },
    { text: 'Meanwhile Norvex has hired a new finance chief, sources familiar with the matter said on Thursday, as it seeks to calm investors.', date: 'on Thursday', expected: 'Sources familiar with the matter say Norvex has hired a new finance chief' },
    // (but not an aside before the "that" clause the saying goes on with)
    { text: 'But while agreeing to return, Vell insisted on Wednesday, as he had before, that the vote go ahead.', date: 'on Wednesday', expected: 'Vell insisted' },
    // a frame, then a colon and a quotation: the quotation is what was said, marks and all
    { text: 'Ann Roe said on Monday: "The port will reopen next week."', date: 'on Monday', expected: 'Ann Roe says "The port will reopen next week"' },
    // (who was told, a few words with no verb, is left out as where it was said is; words with no verb are no content)
    { text: 'The mayor told reporters at the harbour on Friday: "The bridge will reopen next month."', date: 'on Friday', expected: 'Mayor says "The bridge will reopen next month"' },
    { text: 'The mayor told reporters on Friday: "Thank you all."', date: 'on Friday', expected: 'Mayor told reporters' },
    // (what it was said of goes with the frame; where it was written is no content either)
    { text: 'On Friday, Mayor Tom Vell bluntly said of the storm, "the levee failed, and it failed badly."', date: 'On Friday', expected: 'Mayor Tom Vell says "the levee failed, and it failed badly"' },
    { text: 'Ann Roe wrote on her website on Monday: "We have an emergency on our hands."', date: 'on Monday', expected: 'Ann Roe writes "We have an emergency on our hands"' },
    // (a free relative is no speaker: "what they estimated" is no saying's frame to tell the statement with)
    { text: 'Officials said the gap may reach $3 billion, triple what they estimated a month ago, while others said it was smaller.', date: 'a month ago', expected: 'Triple what they estimated' },
    // (not a second quotation after an opening one: the date is the opening one's)
    { text: '"I heard about it this morning," says Vell, "and I know nothing more."', date: 'this morning', expected: 'I heard about it' },
    { text: 'Ann Roe said on Monday: "We will rebuild," and then she left the stage.', date: 'on Monday', expected: 'Ann Roe says "We will rebuild"' },
    // (a quotation that runs on past the sentence is told to its first sentence's stop, its mark closed there; one
    // with no stop ending its sentence is not told cut)
    { text: 'Mr Vell said on Monday: "What we are seeing here is a whole series of failures.', date: 'on Monday', expected: 'Mr Vell says "What we are seeing here is a whole series of failures"' },
    { text: 'The mayor told reporters at the harbour on Friday: "The bridge will reopen next month.', date: 'on Friday', expected: 'Mayor says "The bridge will reopen next month"' },
    { text: 'Mr Vell said on Monday: "What we are seeing here is a whole series of failures', date: 'on Monday', expected: 'Mr Vell said' },
    // after a wire dateline the statement's first word is the sentence's, not a name's
    { text: 'HARBOURTON -- Oil could reach the Varn coast this week, forecasters said on Saturday, as the winds shifted.', date: 'on Saturday', expected: 'Forecasters say oil could reach the Varn coast this week' },
    { text: 'HARBOURTON (Wirenews) - Norvex has hired a new finance chief, sources said on Saturday, as it seeks to calm investors.', date: 'on Saturday', expected: 'Sources say Norvex has hired a new finance chief' },
  ])('$text', ({ text, date, expected }) => {
    expect(titleOf(text, date)).toBe(expected);
  });
});

describe('a pronoun or an aside is not taken for the wrong subject', () => {
  it.each([
    // a capitalised word the lexicon also knows, before an aside naming a person's role, is the person the aside describes
    { text: 'Baker, chief of the Lowmere fire service, said Monday he spent three weeks waiting for a permit.', date: 'Monday', expected: 'Baker says he spent three weeks waiting for a permit' },
    // "it" never stands for a person a "who" clause describes
    { text: 'Ann Vell, who has tracked the spread of the virus ever since it was found in pigs in 1997, said more cases would come.', date: '1997', expected: 'It was found in pigs' },
    // nor "they" for one person ("director of the institute")
    { text: 'Dr Ann Vell, director of the institute, said her staff had worked around the clock since they received the first sample a week ago.', date: 'a week ago', expected: 'They received the first sample' },
  ])('$text', ({ text, date, expected }) => {
    expect(titleOf(text, date)).toBe(expected);
  });
});

describe('a cut does not stop right before the infinitive or "that" clause its last words lead into', () => {
  it.each([
    // the infinitive after the date tells what the speech was for: a later phrase cut keeps it
    { text: 'The mayor used her weekly radio address yesterday to argue that the harbour board must act against a "culture of neglect" that has spread through the docks.', date: 'yesterday', expected: 'Mayor used her weekly radio address to argue the harbour board must act against a "culture of neglect"' },
    { text: 'The council was trying tonight to fight off pressure from the regional assembly to ban fishing in the northern bay in the aftermath of the Ferrow tanker spill.', date: 'tonight', expected: 'Council was trying to fight off pressure from the regional assembly to ban fishing in the northern bay in the aftermath of the Ferrow tanker spill' },
    { text: 'The Varn trade commission on Nov. 14 adopted a plan to have all regional firms prepare their yearly statements using common standards for fiscal years.', date: 'Nov. 14', expected: 'Varn trade commission adopted a plan to have all regional firms prepare their yearly statements using common standards for fiscal years' },
    // a later cut does not stop after the object of a verb that asks it to do something ("asks Tom Vell | to delay")
    { text: 'Senator Ana Ruiz on Friday suspends her campaign to focus on crafting the harbour package and asks Senator Tom Vell to delay a debate scheduled for the following week on the harbour budget and the ferry contracts, aides said.', date: 'on Friday', expected: 'Senator Ana Ruiz suspends her campaign to focus on crafting the harbour package' },
    // no later phrase cut within MAX_WHOLE_TITLE keeps the infinitive's verb; one within LONG_WHOLE_TITLE does
    { text: 'The Varn trade commission on Nov. 14 adopted a plan to make sure every one of the regional firms prepares and publishes yearly statements to the regional trade office every spring.', date: 'Nov. 14', expected: 'Varn trade commission adopted a plan to make sure every one of the regional firms prepares and publishes yearly statements' },
  ])('$text', ({ text, date, expected }) => {
    expect(titleOf(text, date)).toBe(expected);
  });
});

describe('shorten: a title too long is cut where the most of its verb phrase stays, up to MAX_WHOLE_TITLE', () => {
  it.each([
    // longer than the room, even without its "the"s: the latest phrase boundary within MAX_WHOLE_TITLE, not one within MAX_TITLE
    {
      title: 'Tom Vell says the ferry service to Lowmere will resume from the new quay at the start of the summer season after repairs to the harbour wall and the breakwater',
      expected: 'Tom Vell says the ferry service to Lowmere will resume from the new quay at the start of the summer season',
    },
    // the letter's addressee and subject are told, not cut after "a letter"
    {
      title: 'Councillors Ana Ruiz and Tom Vell released a letter to the harbour board chairman Ivo Sechko on the events before the fire at the old quay',
      expected: 'Councillors Ana Ruiz and Tom Vell released a letter to the harbour board chairman Ivo Sechko on the events',
    },
    // no phrase boundary within MAX_TITLE: a later one within MAX_WHOLE_TITLE rather than a word cut with "…"
    {
      // (the circumstance before the infinitive goes first, so the title is told whole: see 'loses what carries least')
      title: 'The harbour board agreed under heavy pressure from the regional assembly to set up an independently run $40m fund for damage claims by families',
      expected: 'The harbour board agreed to set up an independently run $40m fund for damage claims by families',
    },
    // a verb that may ask its object to do something, with no infinitive after the object, may stop there
    {
      title: "Difficulties getting supplies in and out of the port's overwhelmed harbour prompted a Red Crescent medical convoy by road from the southern provinces of Norland",
      expected: "Difficulties getting supplies in and out of the port's overwhelmed harbour prompted a Red Crescent medical convoy",
    },
    // control: not after the object of a verb that asks it to do something, which waits for what (the tagger reads "asks" as a noun)
    {
      title: 'Senator Ana Ruiz suspends her campaign to focus on crafting the harbour package and asks Senator Tom Vell to delay a debate scheduled for the following week',
      expected: 'Senator Ana Ruiz suspends her campaign to focus on crafting the harbour package',
    },
    // control: nor after the second pair's subject ("and the harbour council | to be told")
    {
      title: 'Ivo Sechko says he expected the embattled chief to resign within days and the harbour council to be told the name of his successor at its next meeting',
      expected: 'Ivo Sechko says he expected the embattled chief to resign within days',
    },
  ])('$title', ({ title, expected }) => {
    // (at MAX_WHOLE_TITLE: the cut a title gets when even LONG_WHOLE_TITLE cannot hold it whole)
    expect(shorten(title, MAX_TITLE, true, MAX_WHOLE_TITLE, true, MAX_WHOLE_TITLE)).toBe(expected);
  });
});

describe('shorten: a word cut that keeps only a long subject and its auxiliary goes on to the verb', () => {
  it('takes the word cut within MAX_WHOLE_TITLE, which tells what they are to do', () => {
    const title = "Harbour Board chairwoman Ann Roe and Norcom Shipping's chief marine engineer Tom Vell are scheduled to answer the harbour authority's questions regarding the collapse of the old pier";
    expect(shorten(title)).toBe("Harbour Board chairwoman Ann Roe and Norcom Shipping's chief marine engineer Tom Vell are scheduled to answer…");
  });
});

describe('shorten: no cut inside a from-to range, a second pair, or a name with an abbreviation', () => {
  it.each([
    // "from ... | to" is one range
    { title: 'Leaders will meet in Ferrow for the annual harbour forum to talk over topics ranging from fishing quotas to tanker safety and coastal erosion', expected: 'Leaders will meet in Ferrow for the annual harbour forum' },
    // "and the board | to meet": the second pair's subject waits for its verb
    { title: 'Ivo Sechko says he expected the embattled chief to resign within days and the harbour council to be told the name of his successor at its next meeting', expected: 'Ivo Sechko says he expected the embattled chief to resign within days' },
  ])('$title', ({ title, expected }) => {
    // (at MAX_WHOLE_TITLE: the cut a title gets when even LONG_WHOLE_TITLE cannot hold it whole)
    expect(shorten(title, MAX_TITLE, true, MAX_WHOLE_TITLE, true, MAX_WHOLE_TITLE)).toBe(expected);
  });
});

describe('a part of the date named before its "of" goes with the date', () => {
  it.each([
    { text: 'The school will close from the end of Monday.', date: 'Monday', expected: 'School will close' },
    { text: 'The Ferrow church, whose General Assembly meets in the first week of June, said nothing.', date: 'June', expected: "Ferrow church's General Assembly meets" },
    { text: 'Prices rose in the second half of 2009.', date: '2009', expected: 'Prices rose' },
    // control: a part of something else ("the height of the storm") stays
    { text: 'The mayor arrived at the height of the storm on Monday.', date: 'Monday', expected: 'Mayor arrived at the height of the storm' },
    // control: the part of a thing that is no date ("the end of the season") stays
    { text: 'The pier closed at the end of the season in May.', date: 'May', expected: 'Pier closed at the end of the season' },
  ])('$text', ({ text, date, expected }) => {
    expect(titleOf(text, date)).toBe(expected);
  });
});

describe('a title opens with its subject', () => {
  it.each([
    // a place between the opening noun phrase and its verb is an aside whose closing comma is missing
    { text: 'Several hundred farmers in the valley of Lowmere, near Varnton in the hill country had also been sick with a fever, some falling ill back in December.', date: 'December', expected: 'Several hundred farmers in the valley of Lowmere had been sick with a fever' },
    // an approximate number opens a noun phrase: the clause is no fragment to trade for the saying
    { text: 'About 40 crates of fish were found Saturday on the Varn Peninsula, south of Lowmere, said Capt. Ann Roe, the harbour master.', date: 'Saturday', expected: 'About 40 crates of fish were found on the Varn Peninsula south of Lowmere' },
    // a verb the title alone would read as a noun ("ends") is a verb in the sentence, and the date follows it
    { text: 'The biggest decision the governor must make in her first year is whom to appoint when the chief judge\'s term ends in January 2031.', date: 'January 2031', expected: "Chief judge's term ends" },
    // a main clause told in place of a fragment loses the setting fronted before its subject
    { text: '"With this grant, and with the clarity provided by today\'s ruling, farmers should be able to plant again," said Ann Roe.', date: 'today', expected: 'Farmers should be able to plant again' },
    // controls: a fragment is still told by the main clause; a short clause after "after" leans on the main clause
    { text: 'In a statement issued on Friday, the union said it would strike.', date: 'Friday', expected: 'Union said it would strike' },
    // (so after a wire dateline, where the preposition's capital reads as a name: its object and a participle are no clause)
    { text: 'PORTVILLE -- In a statement issued on Friday, the union said it would strike.', date: 'Friday', expected: 'Union said it would strike' },
    { text: 'PORTVILLE -- Under a deal signed on Monday, the Vell firm will pay $20 million to the families.', date: 'Monday', expected: 'Vell firm will pay $20 million to the families' },
    // control: a preposition that opens a clause governs no noun ("after Norland's commitment ends")
    { text: 'On one segment of the show, a panel talked about the claim that the army would need a break after Norland\'s commitment ends in 2031.', date: '2031', expected: "Norland's commitment ends" },
    { text: 'On Sunday, five days after the storm hit, rescuers managed to save two children trapped in a cellar.', date: 'Sunday', expected: 'Rescuers managed to save two children trapped in a cellar' },
    // control: a set-off participle is no verb of the subject's ("figures, released in May,")
    { text: 'The latest figures, released in mid-February, show that the town\'s deficit hit an all-time high of $26 million in 2028.', date: 'mid-February', expected: "Latest figures show town's deficit hit an all-time high of $26 million in 2028" },
    // control: an opening with a date is a setting, not a subject
    { text: 'Last week, near the old harbour in Lowmere, two boats sank in a storm.', date: 'Last week', expected: 'Two boats sank in a storm' },
    // "who" tells of a person: not the place or body after the person's noun, and the name a role renames
    { text: 'The institute is testing a woman from the Marsh district who returned from Norland on April 24, and a man from Lowmere.', date: 'April 24', expected: 'Woman from the Marsh district returned from Norland' },
    { text: '"We are counting down to a flood," said Ivo Varn, a professor at the University of Lowmere who helped trace the outbreak of the fever in 2003 to the river.', date: '2003', expected: 'Ivo Varn helped trace the outbreak of the fever to the river' },
    // control: "which" may tell of the body ("an analyst at Norvex, which cut its rating")
    { text: 'A clerk at the Varn Land Registry, which closed on Monday, lost his job.', date: 'Monday', expected: 'Varn Land Registry closed' },
  ])('$text', ({ text, date, expected }) => {
    expect(titleOf(text, date)).toBe(expected);
  });
});

describe('a title does not stop on a word that leads into what follows', () => {
  it.each([
    // a subject pronoun inside a question: the question is told to its verb, past the aside
    { text: 'On yesterday\'s phone-in, a Lowmere savings club member explained why he, and others, would be holding a protest at the harbour.', date: 'yesterday', expected: 'Lowmere savings club member explained why he, and others, would be holding a protest at the harbour' },
    // a preposition left before a question once the date is gone
    { text: 'A decision will be made on Monday on when to reopen the Varn Street school.', date: 'on Monday', expected: 'Decision will be made on when to reopen the Varn Street school' },
    // a focus word or a word that opens a clause, with the clause after it
    { text: 'The mayor announced yesterday that she will close the pier only if the council cuts its budget.', date: 'yesterday', expected: 'Mayor announces she will close the pier only if the council cuts its budget' },
    { text: 'The second pump was stopped last week so that its valve was free in case the crew tries the other method.', date: 'last week', expected: 'Second pump was stopped so that its valve was free in case the crew tries the other method' },
    { text: 'Today the orchards yield only a third of what they once gave.', date: 'Today', expected: 'Orchards yield only a third of what they once gave' },
    // a measure of time whose "before" clause cannot be told whole goes with it
    { text: 'Schools in the flooded valley of the Lowmere district today moved their spring examinations only hours before some of their youngest pupils sat the papers.', date: 'today', expected: 'Schools in the flooded valley of the Lowmere district moved their spring examinations' },
    // (any of the lexicon's units of time: "only nights before")
    { text: 'Crews in the flooded valley of the Lowmere district today finished the new river barrier only nights before the spring tides were due to reach the town.', date: 'today', expected: 'Crews in the flooded valley of the Lowmere district finished the new river barrier' },
    // control: a particle ends its clause ("broke off | on Thursday")
    { text: 'The strikers demanded a raise, but talks broke off on Thursday.', date: 'Thursday', expected: 'Strikers demanded a raise, but talks broke off' },
    // a clause opened before the left-out date's words, with no verb before them, is not told half ("...interview
    // that, on the night"): what was said after the set-off date is told
    { text: 'Ivo Varn reveals in a written statement that, on the night of 3 October, he gave the builder a cheque.', date: '3 October', expected: 'Ivo Varn gave the builder a cheque' },
  ])('$text', ({ text, date, expected }) => {
    expect(titleOf(text, date)).toBe(expected);
  });

  it.each([
    // a measure of time before "before" is no end for a cut: "by Sunday | , five months | after" (cut27: the cut
    // within LONG_WHOLE_TITLE tells what the months are after, to the storm's verb and object)
    { title: 'The harbour board says the final repair to the old Lowmere pier could be in place by Sunday, five months after a storm battered piers across the northern coast of Varn', expected: 'Harbour board says the final repair to the old Lowmere pier could be in place by Sunday, five months after a storm battered piers' },
  ])('$title', ({ title, expected }) => {
    expect(shorten(title)).toBe(expected);
  });
});

describe('a piece with no subject of its own is told with the clause that governs it', () => {
  it.each([
    // a piece whose only verb is an infinitive goes on the clause whose object it ends, with the list's earlier items
    { text: 'Hundreds of firemen and local volunteers used spades, buckets and plastic sacks on Thursday to fight a flood along the river.', date: 'on Thursday', expected: 'Hundreds of firemen and local volunteers used spades, buckets and plastic sacks to fight a flood along the river' },
    { text: 'The council asked galleries, libraries and museums on Monday to follow suit.', date: 'on Monday', expected: 'Council asked galleries, libraries and museums to follow suit' },
    // (over an aside opened by a preposition)
    { text: 'The harbour board voted, along with the town council, to sell the mill in May.', date: 'in May', expected: 'Harbour board voted to sell the mill' },
    // after a fronted date, a participle's piece describes the subject to come: the clause with its own subject is told
    { text: 'In October, largely hidden from public view, the Lowmere Planning Board changed the rules so builders could add floors.', date: 'In October', expected: 'Lowmere Planning Board changed the rules so builders could add floors' },
    // (so after a wire's dateline)
    { text: 'LOWMERE -- Hundreds of firemen and local volunteers used bare hands, buckets and plastic sacks Thursday to fight a flood.', date: 'Thursday', expected: 'Hundreds of firemen and local volunteers used bare hands, buckets and plastic sacks to fight a flood' },
    // a describing piece between the subject and the piece its verb opens is set off
    { text: 'Until three decades ago, pensions and savings, formally known as retirement plans, were the main sources of income.', date: 'three decades ago', expected: 'Pensions and savings were the main sources of income' },
    // control: an aside opened by a preposition, and a piece opened by the subject's verb, which is the clause
    { text: 'Last week, Police Chief Ann Roe, on an official visit to Varnland, asked local officers to join the hunt for the gang, officials have said.', date: 'Last week', expected: 'Police Chief Ann Roe asked local officers to join the hunt for the gang' },
    // control: a past tense with its object is the subject's first deed, not a participle ("was surveyed")
    { text: 'Earlier this week the harbour master, Ann Roe, surveyed the damage, met with local officers in the region and launched an inquiry.', date: 'Earlier this week', expected: 'Ann Roe surveyed the damage' },
    // a "where" clause set off inside the subject is passed over for the main clause's verb
    { text: 'Last year, the Varn town hall, where the council meets, was rebuilt with a new roof.', date: 'Last year', expected: 'Varn town hall was rebuilt with a new roof' },
    // a body's initials before a dash are no wire dateline: the relative clause after the dash tells of the body
    { text: 'Earlier the Norland Health Agency (NHA) - which raised its fever alert to four on Wednesday - said it had no plans for a further rise.', date: 'on Wednesday', expected: 'Norland Health Agency raised its fever alert to four' },
    // controls: a question's infinitive, a passive infinitive describing a noun, "to" as a preposition, an empty "it"
    { text: 'The author Ana Ruiz took part in a workshop with teachers, parents and local officials on Friday on how to improve reading.', date: 'on Friday', expected: 'Author Ana Ruiz took part in a workshop with teachers' },
    { text: 'Tolo Ltd. said it plans a private sale of 150 million dollars in preferred shares, to be completed around Nov. 1.', date: 'Nov. 1', expected: 'Tolo Ltd. says it plans a private sale of 150 million dollars in preferred shares' },
    { text: 'VARN Inc. directors authorized a 3-for-2 split of the common, payable Dec. 7 to stock of record Nov. 22.', date: 'Dec. 7', expected: "VARN Inc.'s 3-for-2 split of the common is payable to stock of record Nov. 22" },
    { text: 'It was her decision, along with those of the mayor and the harbour chief, to close the Varn pier in March 2031.', date: 'March 2031', expected: 'It was her decision' },
    // control: a clause with a date of its own is no list the piece goes on
    { text: 'Restaurants and cafes in Lowmere are to reopen on Wednesday, museums and churches to follow suit on Thursday.', date: 'on Thursday', expected: 'Museums and churches to follow suit' },
    // control: a wire dateline before a capital stays a dateline
    { text: 'LOWMERE (Varn News) - The harbour board voted on Tuesday to close the pier.', date: 'on Tuesday', expected: 'Harbour board voted to close the pier' },
  ])('$text', ({ text, date, expected }) => {
    expect(titleOf(text, date)).toBe(expected);
  });
});

describe('shorten: a title too long loses what carries least inside it before its end', () => {
  it.each([
    // a circumstance between the verb and its infinitive goes, so what was agreed is told whole
    { title: 'The Lowmere Harbour Board agreed under intense pressure from the town council to set up an independently run $2 million fund for storm claims', expected: 'The Lowmere Harbour Board agreed to set up an independently run $2 million fund for storm claims' },
    // a setting after the object, before the purpose
    { title: 'Varn port workers will also hold emergency talks in the old customs house to coordinate their efforts in stopping the spread of the fire', expected: 'Varn port workers will also hold emergency talks to coordinate their efforts in stopping the spread of the fire' },
    // an aside set off by commas before the infinitive
    { title: 'Airline announces Skyra plans daily flights between Lowmere and Varn, up from the current three flights a week, to boost trade ties with the south', expected: 'Airline announces Skyra plans daily flights between Lowmere and Varn to boost trade ties with the south' },
    // a relative clause set off by commas, before the verb
    { title: 'The harbour chief, who took office in the spring after a long row with the council, has agreed to sell the old pier to a private buyer from the south', expected: 'The harbour chief has agreed to sell the old pier to a private buyer from the south' },
    // a participle phrase describing the subject, before its verb
    { title: 'A new survey of boat owners conducted by the Lowmere Sailing Club showed overwhelming support for a ban on jet skis in the northern bay', expected: 'A new survey of boat owners showed overwhelming support for a ban on jet skis in the northern bay' },
    // control: an aside that is a name says more than what it follows, and stays
    { title: 'Acme Holdings says one of its units, Acme Data, had been billed $1.9 million by the port to cover costs from the storm in the bay', expected: 'Acme Holdings says one of its units, Acme Data, had been billed $1.9 million by port to cover costs from storm in bay' },
    // control: a setting that is a named place says which patients or which drilling; it stays, and the end is cut instead
    { title: 'Forty further patients under observation in Tarrow were confirmed as having the fever through laboratory testing at the county hospital', expected: 'Forty further patients under observation in Tarrow were confirmed as having the fever' },
    { title: 'Officials say proposed exploratory drilling in the Tarrow Sea will be suspended, potentially disrupting the plans of Acme Oil to drill there', expected: 'Officials say proposed exploratory drilling in the Tarrow Sea will be suspended' },
    // control: the verb's object after the setting keeps its place ("in the town a chance | to")
    { title: 'The mayor lifted the deadline to give the families of the harbour workers in the town a chance to appeal in the county court to keep their homes', expected: 'Mayor lifted the deadline to give the families of the harbour workers in the town a chance' },
  ])('$title', ({ title, expected }) => {
    // (at MAX_WHOLE_TITLE: the cut a title gets when even LONG_WHOLE_TITLE cannot hold it whole)
    expect(shorten(title, MAX_TITLE, true, MAX_WHOLE_TITLE, true, MAX_WHOLE_TITLE)).toBe(expected);
  });
});

describe('shorten: a title that would lose its end is told whole up to LONG_WHOLE_TITLE when it ends as a headline may', () => {
  it.each([
    // the complement of "details" is told rather than cut at its head
    { title: 'Harbour inspectors spent three hours questioning ferry operator chief Tom Vell and its operations director Ana Ruiz on details about the broken valve', expected: 'Harbour inspectors spent three hours questioning ferry operator chief Tom Vell and its operations director Ana Ruiz on details about the broken valve' },
    // rather than a word cut with "…" ("using a small…")
    { title: 'Live camera feeds showed divers moving sandbags around the pier and using a small crane-like device to lift broken beams at the bottom of the harbour', expected: 'Live camera feeds showed divers moving sandbags around the pier and using a small crane-like device to lift broken beams at the bottom of the harbour' },
    // what was confirmed, a setting of the subject squeezed out to make room
    { title: 'Weather officials gave their first confirmation that some of the silt washed from the quarry has settled on the river bed rather than flowing out to sea', expected: 'Weather officials gave their first confirmation that some of the silt washed has settled on the river bed rather than flowing out to sea' },
    // control: a sentence run into the title is not told whole
    { title: 'A strong tide is threatening to carry the spilled grain into the outer harbour It emerged that a small part of the load had reached the northern beaches', expected: 'Strong tide is threatening to carry the spilled grain into the outer harbour It emerged' },
    // control: a comparative waiting for its "than" is no end
    { title: 'Harbour inspectors spent three hours questioning ferry operator chief Tom Vell and its director Ana Ruiz on the new ban on sailing in channels deeper', expected: 'Harbour inspectors spent three hours questioning ferry operator chief Tom Vell and its director Ana Ruiz on the new ban' },
    // review25: control, a caption's credit run into the title's end (a name's words straight after a common noun)
    { title: 'Crowds are wearing scarves to shield themselves from the smell of the burning fields outside the town Norland Aid Society Care Norland', expected: 'Crowds are wearing scarves to shield themselves from the smell of the burning fields' },
    // review25: a name after a preposition ends a title as a headline may
    { title: 'Crowds are wearing scarves to shield themselves from the smell of the burning fields outside the town of Varn and the nearby hills of Norland', expected: 'Crowds are wearing scarves to shield themselves from the smell of the burning fields outside the town of Varn and the nearby hills of Norland' },
    // review25: a name after an owner's possessive ends a title as a headline may
    { title: 'Crowds are wearing scarves to shield themselves from the smell of the burning fields as reported by the town\'s Norland Aid Society', expected: 'Crowds are wearing scarves to shield themselves from the smell of the burning fields as reported by the town\'s Norland Aid Society' },
    // review25: control, a heading opened by a preposition in capitals run into the title's end
    { title: 'Ann Roe told the harbour board that the ferry company had sold two of its oldest boats to a buyer without telling the crews From the archive', expected: 'Ann Roe told the harbour board that the ferry company had sold two of its oldest boats to a buyer' },
    // review25: a preposition in capitals before a name is no heading
    { title: 'Ann Roe told the harbour board that the ferry company had sold two of its oldest boats to a buyer without telling the crews From Norland', expected: 'Ann Roe told the harbour board that the ferry company had sold two of its oldest boats to a buyer without telling the crews From Norland' },
  ])('$title', ({ title, expected }) => {
    expect(shorten(title)).toBe(expected);
  });
  it('tells the infinitive its last words lead into, to a later phrase within LONG_WHOLE_TITLE, where the whole is too long', () => {
    const title = 'Hundreds of dock workers and unpaid volunteers from the town used rakes, brooms and old fishing nets to wage a slow battle against the thick silt on the quays of the northern harbour of Varn';
    expect(shorten(title)).toBe('Hundreds of dock workers and unpaid volunteers from the town used rakes, brooms and old fishing nets to wage a slow battle against the thick silt');
    // (at MAX_WHOLE_TITLE it stopped before "to wage")
    expect(shorten(title, MAX_TITLE, true, MAX_WHOLE_TITLE, true, MAX_WHOLE_TITLE)).toBe('Hundreds of dock workers and unpaid volunteers from the town used rakes, brooms and old fishing nets');
  });
  it('leaves the merge title (articles kept) at MAX_WHOLE_TITLE', () => {
    const title = 'Harbour inspectors spent three hours questioning ferry operator chief Tom Vell and its operations director Ana Ruiz on details about the broken valve';
    expect(shorten(title, MAX_TITLE, false).length).toBeLessThanOrEqual(MAX_WHOLE_TITLE);
    expect(LONG_WHOLE_TITLE).toBeGreaterThan(MAX_WHOLE_TITLE);
  });
});

describe('shorten: a title too long even for LONG_WHOLE_TITLE is cut at its latest phrase within it when that tells more', () => {
  it.each([
    // what was confirmed, rather than a word cut with "…" at MAX_WHOLE_TITLE ("confirmed they will…")
    {
      title: 'Varn Ferry head Ana Ruiz-Moreno and Lowmere Port chair Tom B. Vell confirmed they will not travel with the harbour board on its six-day tour of the northern islands',
      expected: 'Varn Ferry head Ana Ruiz-Moreno and Lowmere Port chair Tom B. Vell confirmed they will not travel with the harbour board',
      short: 'Varn Ferry head Ana Ruiz-Moreno and Lowmere Port chair Tom B. Vell confirmed they will…',
    },
    // the noun of a list of describing words, rather than the first of them ("a grave financial | , legal ...")
    {
      title: 'Mayor Ruiz told the council the ferry firms have been dealing with a grave financial, legal, social and environmental crisis across the northern islands since the storm hit the coast',
      expected: 'Mayor Ruiz told the council the ferry firms have been dealing with a grave financial, legal, social and environmental crisis',
      short: 'Mayor Ruiz told the council the ferry firms have been dealing with a grave financial',
    },
    // control: the later cut would stop inside the "as" clause it opens, before its verb ("as the strike ... | dragged on")
    {
      title: 'Tom Vell says the mayor told him the council would shut the one remaining night market to most foreign traders as the strike by the dock crews at the eastern wharf of Lowmere dragged on into its ninth week',
      expected: 'Tom Vell says the mayor told him the council would shut the one remaining night market to most foreign traders',
      short: 'Tom Vell says the mayor told him the council would shut the one remaining night market to most foreign traders',
    },
    // control: the later cut would stop before the goal of "brought" ("brought the young mayor Ana Ruiz | and her
    // deputy Tom Vell to office")
    {
      title: 'Crowds filled the square in the largest rally seen there since the close of the long vote count that brought the young mayor Ana Ruiz and her deputy Tom Vell to office',
      expected: 'Crowds filled the square in the largest rally seen there since the close of the long vote count',
      short: 'Crowds filled the square in the largest rally seen there since the close of the long vote count',
    },
    // control: the later cut would stop on a verb after "but" before the preposition it takes ("but account | for")
    {
      title: 'A survey by Norland Research finds the clubs hold nearly half of the seats on the harbour boards of the northern towns but account for only a tenth of the votes cast at their yearly meetings',
      expected: 'Survey by Norland Research finds the clubs hold nearly half of the seats on the harbour boards of the northern towns',
      short: 'Survey by Norland Research finds the clubs hold nearly half of the seats on the harbour boards of the northern towns',
    },
  ])('$title', ({ title, expected, short }) => {
    expect(shorten(title)).toBe(expected);
    expect(shorten(title).length).toBeLessThanOrEqual(LONG_WHOLE_TITLE);
    // (at MAX_WHOLE_TITLE, the cut it had)
    expect(shorten(title, MAX_TITLE, true, MAX_WHOLE_TITLE, true, MAX_WHOLE_TITLE)).toBe(short);
  });
  it('drops the "the"s of a title with a possessive where that keeps its end within LONG_WHOLE_TITLE, not of one that quotes', () => {
    // (a possessive's apostrophe is no quotation mark)
    const title = "The harbour commission convened an emergency meeting of the ferry chiefs from all the region's 27 island ports to discuss growing concern about the storm damage";
    expect(shorten(title)).toBe("The harbour commission convened an emergency meeting of ferry chiefs from all region's 27 island ports to discuss growing concern about storm damage");
    // control: a quotation keeps its words, and the title is cut at its latest phrase
    const quoting = 'The harbour commission convened an emergency meeting of the ferry chiefs from all the "outer" island ports to discuss growing concern about the storm damage';
    expect(shorten(quoting)).toBe('Harbour commission convened an emergency meeting of the ferry chiefs from all the "outer" island ports to discuss growing concern');
  });
  it('keeps the end of a cut title when it is told again once its subject is named', () => {
    const title = 'Mayor Ruiz told the council the ferry firms have been dealing with a grave financial, legal, social and environmental crisis across the northern islands since the storm hit the coast';
    // (told again, it ends where it did: a title of it ends where a clause may; its "the"s may go)
    expect(shorten(title)).toMatch(/ environmental crisis$/u);
    expect(shorten(shorten(title))).toMatch(/ environmental crisis$/u);
  });
});

describe('shorten: a setting before a verb goes only where it sets the subject of that verb', () => {
  it.each([
    // after a pronoun, and over a question word the tagger may read as a noun: "on why ..." is the pressing's, it stays
    { title: 'Reporters pressed him on why the council is still refusing to pay for the repairs to the old pier and the sea wall at the bay', expected: 'Reporters pressed him on why council is still refusing to pay for repairs to old pier and sea wall at bay' },
    // after an infinitive's verb: "to intervene in the north towns" is what was chosen, it stays
    { title: 'The governor said the board chose to intervene in the north towns should the full report on the flooding of the valley be late', expected: 'The governor said board chose to intervene in north towns should full report on flooding of valley be late' },
    // a "setting" ending on a preposition ("in search of | buried"): its verb is a participle, the phrase stays
    { title: 'Lowmere divers in search of buried wreckage found two anchors and a bell from the lost ferry Varn on the seabed off the cape', expected: 'Lowmere divers in search of buried wreckage found two anchors and a bell from lost ferry Varn on seabed off cape' },
  ])('$title', ({ title, expected }) => {
    expect(shorten(title)).toBe(expected);
  });
});

describe('a title too long even for the long room loses a circumstance at its end rather than be cut inside it', () => {
  it.each([
    { name: 'an "as" clause', title: 'Shares in the ferry firm dropped 9% as traders fretted over reports that the crack in the hull of its largest boat could keep the whole fleet in the harbour for the rest of the summer', expected: 'Shares in the ferry firm dropped 9%' },
    { name: 'an "after" phrase', title: 'The harbour chief met the ferry union leaders in private after holding a long series of talks about the pay and hours of the deck crews with the owners of the three largest firms', expected: 'The harbour chief met the ferry union leaders in private' },
    { name: 'an attribution', title: 'The council agreed to sell the old mill on the river to a local housing trust for a nominal sum, according to a long report by the regional planning office that was published last week', expected: 'The council agreed to sell the old mill on the river to a local housing trust for a nominal sum' },
  ])('$name', ({ title, expected }) => {
    expect(shorten(title)).toBe(expected);
  });
  it.each([
    { name: 'not an "as" phrase with no verb of its own', title: 'Tom Vell says some of the rescue boats are crossing the bay as part of a wide sweep to find the crew members missing since the storm hit the coast of the northern islands of Varn', cut: 'crossing the bay' },
    { name: 'not an "after" leaning on a measure of time', title: 'Tom Vell was seen in the car of a close friend crossing the river into the next county days after a fire destroyed the old harbour office where he had worked for years as a clerk', cut: 'next county' },
    { name: 'not after "even"', title: 'The ministry waived the safety reviews for twenty-six new harbour dredging projects along the coast even as the silt from the last one spread over the oyster beds of the bay', cut: 'along the coast even' },
  ])('$name', ({ title, cut }) => {
    expect(shorten(title).endsWith(cut)).toBe(false);
  });
});

describe('a title does not stop on what is left of a phrase cut short', () => {
  it('"before" after "never" is an adverb, not a clause that ends the title', () => {
    const title = titleOf('Roe said Monday she spent two months tangled in paperwork before at last winning a permit to try a method that\'s never before been used: lifting the old wreck out of the bay.', 'Monday');
    expect(title).toBe('Roe says she spent two months tangled in paperwork before at last winning a permit to try a method that\'s never before been used');
  });
  it('a "when" clause whose subject an aside parts from its verb keeps the verb past the aside', () => {
    expect(titleOf('The lights went out across the valley on Friday when a power line, damaged by the gale, snapped.', 'on Friday')).toBe('Lights went out across the valley when a power line snapped');
    expect(titleOf('The ferry sank on Tuesday after its hull, the oldest in the fleet, cracked.', 'on Tuesday')).toBe('Ferry sank after its hull cracked');
    expect(titleOf('Power failed across the valley on Friday when the old pumping station, handed to the county, flooded.', 'on Friday')).toBe('Power failed across the valley when the old pumping station flooded');
  });
  it('an aside with a verb of its own, or a clause that already has its verb, is left alone', () => {
    expect(titleOf('The lights went out across the valley on Friday when a power line, which the gale had weakened, snapped.', 'on Friday')).not.toMatch(/line snapped/);
    expect(titleOf('The lights went out on Friday when a power line snapped, the utility said, leaving farms dark.', 'on Friday')).not.toMatch(/said|farms/);
  });
  it('"before" with a clause of its own still opens one', () => {
    expect(titleOf('The council said on Monday it would shut the old mill before the winter storms arrived, and then sell it.', 'on Monday')).not.toMatch(/storms arrived/);
  });
  it('what was said, cut at the first comma of a list, goes on to the list\'s last item', () => {
    expect(titleOf('The miller said on Monday that he had not meant to slight the farmers, millers and bakers of the valley.', 'on Monday')).toBe('Miller says he had not meant to slight the farmers, millers and bakers');
    expect(titleOf('The miller said on Monday that the storm had flattened wheat, barley and rye across the valley.', 'on Monday')).toBe('Miller says storm had flattened wheat, barley and rye');
    // (an aside after the comma, or a clause of its own, is no list's item)
    expect(titleOf('The miller said on Monday that the storm had flattened the wheat, which was ripe, and the barn.', 'on Monday')).toBe('Miller says storm had flattened the wheat');
    expect(titleOf('The miller said on Monday that the storm had hit the farms, and the roads were shut.', 'on Monday')).toBe('Miller says storm had hit the farms');
  });
  it('"so" and the word it measures keep the "that" that tells the result, past a date left out', () => {
    expect(titleOf('The mayor was given a welcome so warm on Monday that she stayed an extra day.', 'on Monday')).toBe('Mayor was given a welcome so warm that she stayed an extra day');
    expect(titleOf('On Monday the storm was so fierce that the ferry stayed in port.', 'On Monday')).toBe('Storm was so fierce that the ferry stayed in port');
    // (no "that" after it: nothing to keep; a "so" after a comma joins clauses, it measures nothing)
    expect(titleOf('The storm was so fierce on Monday, the ferry stayed in port.', 'on Monday')).toBe('Storm was so fierce');
  });
  it('a cut does not stop before the second pair of a clause whose verb is left out, which would make its subject an object', () => {
    // (whole, 136 characters; cut before "from the Eastmark coast" Tarrow would be one more place the county withdraws from)
    expect(titleOf('The harbour chief announced yesterday that she will withdraw from the bays only if the county withdraws from the Long Reach and Tarrow from the Eastmark coast.', 'yesterday'))
      .toBe('Harbour chief announces she will withdraw from the bays only if the county withdraws from the Long Reach');
    // (another preposition after the "and" is no second pair: the cut there stays)
    expect(titleOf('The harbour chief announced yesterday that she will withdraw from the bays only if the county sends its aid to the Long Reach and Tarrow from its own funds.', 'yesterday'))
      .toBe('Harbour chief announces she will withdraw from the bays only if the county sends its aid to the Long Reach and Tarrow');
  });
});

describe('a passive "before/after being" clause after a saying tells of what was said', () => {
  it.each([
    { name: 'the subject of what was said, not the speaker', text: 'The agency says the pipe leaked twice before being repaired last week.', date: 'last week', expected: 'Pipe was repaired' },
    { name: 'with "that" before what was said', text: 'The agency said that the pipes cracked before being repaired last week.', date: 'last week', expected: 'Pipes were repaired' },
  ])('$name', ({ text, date, expected }) => {
    expect(titleOf(text, date)).toBe(expected);
  });
  it('leaves a clause with no saying to its own subject', () => {
    expect(titleOf('The mayor resigned in March after being accused of fraud.', 'March')).toBe('Mayor resigned');
  });
  it('leaves a dated saying to the speaker', () => {
    expect(titleOf('Ann Roe said on Monday, before being asked about the bridge, that she would stay.', 'on Monday')).toBe('Ann Roe said');
  });
});

describe('a participle of telling or publishing set off after an object describes that object', () => {
  it.each([
    { name: 'with its agent', text: 'The union will fight the order, issued Monday by a county judge, that the plant must close.', date: 'Monday', expected: 'Order was issued by a county judge' },
    { name: 'without one', text: 'Critics attacked the report, released on Tuesday, as too soft.', date: 'on Tuesday', expected: 'Report was released' },
    { name: 'a plural object', text: 'She cited the figures, published in May by the bureau.', date: 'in May', expected: 'Figures were published by the bureau' },
  ])('$name', ({ text, date, expected }) => {
    expect(titleOf(text, date)).toBe(expected);
  });
  it('leaves a participle that is not of telling or publishing to the clause', () => {
    expect(titleOf('He left the hotel on Monday, followed by reporters.', 'on Monday')).toBe('He left the hotel');
  });
  it('leaves a verb with its object after a relative clause to the subject before it', () => {
    expect(titleOf('Norcom, which is also a bank, agreed in June to buy Varn for 12 million shares.', 'in June')).toBe('Norcom agreed to buy Varn for 12 million shares');
  });
  it('leaves a dated main clause before the aside to its own subject', () => {
    expect(titleOf('The firm won the contract on Friday, announced by the council.', 'on Friday')).toBe('Firm won the contract');
  });
});

describe('contactRelativeTold', () => {
  it.each([
    // a noun and a clause telling of it with no relative word, the noun the verb's object: the clause, the noun put back
    { name: 'a plan to be described', input: 'Plan he will describe during a speech at the town hall', expected: 'He will describe plan during a speech at the town hall' },
    { name: 'a bill signed', input: 'The bill she signed into law', expected: 'She signed the bill into law' },
    { name: 'money raised, nothing after the verb', input: 'Money they raised', expected: 'They raised money' },
    // left alone: a verb with an object of its own, a verb further on, a clause opening with its subject
    { name: 'a verb with its own object', input: 'Day he signed the pact', expected: null },
    { name: 'a main verb after the clause', input: 'Ministers he met in May signed the pact', expected: null },
    { name: 'a title told whole', input: 'He will describe the plan on Tuesday', expected: null },
  ])('$name', ({ input, expected }) => {
    expect(contactRelativeTold(input)).toBe(expected);
  });
  // a first noun the title's capital makes look like a name is a noun where its sentence writes it in lower case
  const sentence = 'He said the policy paper she wrote on river tolls, and Delmont he visited in May, were both mistakes.';
  const writtenLower = (word: string) => sentence.split(/\W+/).includes(word.toLowerCase());
  it.each([
    { name: 'a noun the sentence writes in lower case', input: 'Policy paper she wrote on river tolls', expected: 'She wrote policy paper on river tolls' },
    { name: 'a name the sentence writes with its capital', input: 'Delmont he visited in May', expected: null },
  ])('$name', ({ input, expected }) => {
    expect(contactRelativeTold(input, writtenLower)).toBe(expected);
  });
});

describe('a sentence adverb tying the sentence to the one before is left out', () => {
  it.each([
    { text: 'Instead the mayors today concentrated their efforts on agreeing a new budget.', date: 'today', expected: 'Mayors concentrated their efforts on agreeing a new budget' },
    { text: 'Instead the ministers met on Monday to agree a plan.', date: 'on Monday', expected: 'Ministers met to agree a plan' },
    // ("instead of" leads a phrase, not the sentence; it goes with its phrase, as before)
    { text: 'Instead of a bridge, the town built a tunnel in May.', date: 'in May', expected: 'Town built a tunnel' },
    // (after the verb it is the clause's own word)
    { text: 'The council chose a tunnel instead in May.', date: 'in May', expected: 'Council chose a tunnel instead' },
  ])('$text', ({ text, date, expected }) => {
    expect(titleOf(text, date)).toBe(expected);
  });
});

describe('a clause opened by "as" whose verb ends in -s is told when it holds the date', () => {
  it.each([
    { text: 'The new blow comes as Ann Roe travels to Lowmere later today for her first meeting with the governor.', date: 'later today', expected: 'Ann Roe travels to Lowmere for her first meeting with the governor' },
    { text: 'The move comes as the council travels to Lowmere on Monday.', date: 'on Monday', expected: 'Council travels to Lowmere' },
  ])('$text', ({ text, date, expected }) => {
    expect(titleOf(text, date)).toBe(expected);
  });
});

describe('a headline does not stop inside a noun phrase or before the verb of what was said', () => {
  it.each([
    // a comma between two words describing one noun, the second a compound with a hyphen
    { text: 'On Thursday, the crew closed the vents on the new, tight-fitting lid and finally stopped water from pouring into the hold.', date: 'On Thursday', expected: 'Crew closed the vents on the new, tight-fitting lid' },
    // a hyphen written tight after a number makes a compound that measures its noun
    { text: 'On May 28, after having received estimates, the port board announced the 5,000-tonnes-a-day estimate.', date: 'On May 28', expected: 'Port board announced the 5,000-tonnes-a-day estimate' },
    // a copula after its subject takes the "that" clause as its complement
    { text: 'In court on Monday, the lawyer Tom Vell said the defense\'s position was that the driver had fallen ill at the wheel when the bus crashed.', date: 'on Monday', expected: 'Lawyer Tom Vell said the defense\'s position was that the driver had fallen ill at the wheel' },
    { text: 'The chief\'s view on Friday was that the town should wait.', date: 'on Friday', expected: 'Chief\'s view was that the town should wait' },
    // the subject of what was said, with no "that", goes on past its aside to its own verb
    { text: 'The experts told a news conference on Wednesday one of the compounds, compound 4 or XR200, showed promise.', date: 'on Wednesday', expected: 'Experts told a news conference one of the compounds, compound 4 or XR200, showed promise' },
    { text: 'Officials said on Monday the ferry, carrying 40 people, sank near the harbour.', date: 'on Monday', expected: 'Officials said the ferry, carrying 40 people, sank near the harbour' },
    { text: 'The board told staff on Friday the plan, a scheme to cut costs, had been dropped.', date: 'on Friday', expected: 'Board told staff the plan, a scheme to cut costs, had been dropped' },
    // (left alone: a passive's verb, and a saying put before its speaker, are no saying of the title's)
    { text: 'About 5 gallons of tar were found on Saturday on the spit north of Lowmere, said Capt. Tom Vell, the commander.', date: 'on Saturday', expected: 'About 5 gallons of tar were found on the spit north of Lowmere' },
    // what was said before its speaker ends at the comma before the speaker as written, however short the title's
    { text: 'Norland yards could build 40 boats per year, the head of the Lowmere Ferry Board said on Tuesday, as rich and poor towns argued over supplies.', date: 'on Tuesday', expected: 'Lowmere Ferry Board says Norland yards could build 40 boats per year' },
    // a quotation too long to tell whole is told to the end of its first statement
    { text: 'A port spokesman said last night: "The checks continue to demonstrate that a range of things went wrong and that responsibility lies with a whole load of different companies."', date: 'last night', expected: 'Port spokesman says "The checks continue to demonstrate that a range of things went wrong"' },
    // a range told whole by its date takes its "between" with it
    { text: 'Ruiz said the outbreak appeared to have peaked in the city between April 23 and 28 and fewer people had gone to clinics in the past few days.', date: 'April 23 and 28', expected: 'Outbreak appeared to have peaked in the city and fewer people had gone to clinics in the past few days' },
  ])('$text', ({ text, date, expected }) => {
    expect(titleOf(text, date)).toBe(expected);
  });
});

describe('a subject keeps its name whole, and a cut leaves no join that repeats its noun (cut23b)', () => {
  it.each([
    // a capitalised describer opens the name ("New"), and a name joined by "and" is one
    { text: 'New Lowmere City Mayor Ana Ruiz said today that officials shut a school on the island.', date: 'today', expected: 'New Lowmere City Mayor Ana Ruiz says officials shut a school on the island' },
    { text: 'The Northern and Coastal Office changed its advisory at noon on 27 April advising against all but essential travel to the outer islands.', date: '27 April', expected: 'Northern and Coastal Office changed its advisory at noon advising against all but essential travel to the outer islands' },
    // a middle initial's dot is inside the name run: the long title before it goes, and a heading glued before it with it
    { text: 'Ferry Talks Stall, Path Ahead Harbour secretary nominee Tomas K. Vell said yesterday that the board would unveil a new plan within weeks to aid the island ferries.', date: 'yesterday', expected: 'Tomas K. Vell said board would unveil a new plan within weeks to aid the island ferries' },
    // words that say whose the person is stay where the title is told whole with them
    { text: "In court on Monday, Dr Roe's lawyer Tom Vell said the defense's position was that the singer was addicted to a sedative and was withdrawing from it.", date: 'on Monday', expected: "Dr Roe's lawyer Tom Vell said the defense's position was that the singer was addicted to a sedative" },
  ])('$text', ({ text, date, expected }) => {
    expect(titleOf(text, date)).toBe(expected);
  });
  it.each([
    ['Northern Harbour Court issued arrest warrants for Ana Ruiz and her former Harbour Deputy Tom Vell for minor thefts and thefts against the island fleet in the bay', 'Northern Harbour Court issued arrest warrants for Ana Ruiz and Tom Vell for minor thefts and thefts against the island fleet in the bay'],
  ])('%s', (title, expected) => expect(shorten(title)).toBe(expected));
});

describe('a cut inside a coordination first drops the place or time after it, and a conjunct keeps its phrase (coord23)', () => {
  it.each([
    // the place after the whole coordination goes, and the words saying who a named conjunct is, before a cut inside it
    ['Northern Harbour Court issued arrest warrants for Ana Ruiz and her former Harbour Deputy Tom Vell for minor thefts and thefts of fishing boats in Lowmere', 'Northern Harbour Court issued arrest warrants for Ana Ruiz and Tom Vell for minor thefts and thefts of fishing boats'],
    ['Lowmere island council fined two ferry companies and their owners on Friday for many late sailings over winter and breaches of safety rules for passengers in April', 'Lowmere island council fined two ferry companies and their owners on Friday for many late sailings over winter and breaches of safety rules'],
  ])('%s', (title, expected) => expect(shorten(title)).toBe(expected));
});

describe('a title keeps the words that say who or what (long24)', () => {
  it.each([
    // a "when" clause dated, after a main clause that tells what came of it: both are told
    ['About 40 people - most of them pupils - died when two bridges collapsed within a week in May 2019.', 'May 2019', 'About 40 people died when two bridges collapsed within a week'],
    ['The clinic in Lowmere, a market town, closed when four nurses were found to have the virus yesterday.', 'yesterday', 'Clinic in Lowmere closed when four nurses were found to have the virus'],
    ['Three workers were hurt when a crane toppled onto the depot on Monday.', 'on Monday', 'Three workers were hurt when a crane toppled onto the depot'],
    // (not a main clause that denies: what did not happen is no consequence)
    ['The town did not flood when the river rose in 1990.', '1990', 'River rose'],
    // a noun of saying keeps its "that" clause
    ['On Monday the harbour master gave a pledge that the pier would reopen by spring.', 'On Monday', 'Harbour master gave a pledge that the pier would reopen by spring'],
    // a term in quotation marks before the noun a relative clause tells of says which one
    ['A "green belt" plan, which had divided the council, collapsed over the weekend.', 'over the weekend', '"Green belt" plan collapsed'],
    // past an aside describing the object, the phrase that says where it went
    ['In June, the council built a wall, known as the sea guard, along the front of the harbour so waves could not reach the road.', 'In June', 'Council built a wall along the front of the harbour'],
    // a title told whole within the long room keeps the words that say who its subject is
    ['Ferry operator Brisko Ltd lodged an appeal on Tuesday against the council\'s new limit on night crossings in the bay.', 'on Tuesday', 'Ferry operator Brisko Ltd lodged an appeal against the council\'s new limit on night crossings in the bay'],
  ])('"%s"', (text, date, title) => {
    expect(titleOf(text, date)).toBe(title);
  });
});

describe('subj24: the doer of a subordinate, participle or reported clause', () => {
  it.each([
    // a singular pronoun does not stand for a plural subject
    ['Neighbours are asking what happened at the mill before it burned on 3 May.', 'on 3 May', 'Neighbours are asking what happened at the mill'],
    // a participle of scheduling set off after a clause tells of the object it follows
    ['The school had ordered a new bus, set to arrive later this week.', 'later this week', 'New bus set to arrive'],
    ['The board commissioned a new survey, expected to be published in June.', 'in June', 'New survey expected to be published'],
    // the claim of one side of a dispute keeps its speaker
    ['Plaintiffs say the landlord ignored the damp flat in March 2021.', 'in March 2021', 'Plaintiffs say landlord ignored the damp flat'],
  ])('"%s"', (text, date, title) => {
    expect(titleOf(text, date)).toBe(title);
  });
  it.each([
    // (a singular subject, though its name ends in "-s", is the "it" as before)
    ['Norvex Motors was fined heavily after it spilled oil on 3 May.', 'on 3 May', 'Norvex Motors spilled oil'],
    // (a saying that is no side's claim is told as before)
    ['Officials say the storm flattened six barns in March 2021.', 'in March 2021', 'Storm flattened six barns'],
    // (a party word inside a name is no side of a dispute: "Ministry of Defence" says as "Ministry of Health" does)
    ['The Ministry of Defence says the jet crashed on 3 May.', 'on 3 May', 'Jet crashed'],
    ['The Ministry of Health says the clinic closed on 3 May.', 'on 3 May', 'Clinic closed'],
  ])('control "%s"', (text, date, title) => {
    expect(titleOf(text, date)).toBe(title);
  });
});

describe('a title ends where its clause can end (cut24)', () => {
  it.each([
    // an object told by "a" is known by its relative clause, kept whole when it fits
    ['Volunteers painted a mural Tuesday that covers the whole east wall of the school.', 'Tuesday', 'Volunteers painted a mural that covers the whole east wall of the school'],
    ['The council approved a plan on Monday that would cut bus fares by half.', 'on Monday', 'Council approved a plan that would cut bus fares by half'],
    ['The firm recalled a heater last week that had caught fire in two homes.', 'last week', 'Firm recalled a heater that had caught fire in two homes'],
    ['On Monday the board issued a report that found cracks in the pier.', 'On Monday', 'Board issued a report that found cracks in the pier'],
    // "in" before a bare weekday is the verb's particle, not the date's
    ['The fishing fleet rolled in Sunday, its holds full of herring.', 'Sunday', 'Fishing fleet rolled in'],
    ['The crowd came in Friday to see the band.', 'Friday', 'Crowd came in to see the band'],
    // a second time joined to the date by "and" goes with it
    ['The choir will tour the northern valleys next year and the year after, though its budget is still thin.', 'next year', 'Choir will tour the northern valleys'],
    ['The fair will be held this week and the week after in the park.', 'this week', 'Fair will be held in the park'],
  ])('"%s"', (text, date, title) => {
    expect(titleOf(text, date)).toBe(title);
  });
  it.each([
    // (a relative running into a second noun's own relative ends mid-list: left out)
    ['She lodged in 1997 with an uncle who mended clocks and an aunt who sold hats.', '1997', 'She lodged with an uncle'],
    // (a date "on" a day takes its "on")
    ['Prices went up Tuesday after the report.', 'Tuesday', 'Prices went up after the report'],
  ])('control: "%s"', (text, date, title) => {
    expect(titleOf(text, date)).toBe(title);
  });
});

describe('a shortened title does not stop inside a "between" range (cut24)', () => {
  it.each([
    ['Group of volunteer bird counters lifted their upper tally of grey geese wintering on shallow Lake Orme near Cadby Abbey by a third to between 8,000 and 9,500 birds', 'Group of volunteer bird counters lifted their upper tally of grey geese wintering on shallow Lake Orme near Cadby Abbey'],
    // (control: a range told whole within the room stays)
    ['Volunteers lifted their tally of the geese to between 8,000 and 9,500 birds', 'Volunteers lifted their tally of the geese to between 8,000 and 9,500 birds'],
  ])('"%s"', (title, short) => {
    expect(shorten(title)).toBe(short);
  });
});

describe('a subject headed by an -ing noun after its article tells its clause, so the sentence\'s main clause is not taken instead', () => {
  // "The meeting was called in 2014 over a row, as part of ...": "meeting" after "the" is the subject's noun
  it.each([
    ['The meeting was called in 2014 over a row about river tolls, as part of the council\'s bid to settle the ferry trade.', 'in 2014', 'Meeting was called over a row about river tolls'],
    ['The hearing was held in May in a crowded room, as part of the inquiry into the Port Ellis pier.', 'in May', 'Hearing was held in a crowded room'],
    ['The sitting was moved on Tuesday to a larger hall, as part of a plan to seat more residents.', 'on Tuesday', 'Sitting was moved to a larger hall'],
  ])('%s', (text, date, title) => {
    expect(titleOf(text, date)).toBe(title);
  });
});

describe('a relative after a superlative aside tells of the noun the aside ranks', () => {
  // "a quake, the region's worst in two centuries, which struck on Tuesday": "which" is the quake, not the centuries
  it.each([
    ['Crews reached the site of a huge fire, the worst in a decade, which broke out on Tuesday in the old docks.', 'on Tuesday', 'Huge fire broke out in the old docks'],
    ['Crews reached the site of a fire, the town\'s worst in years, which broke out on Tuesday.', 'on Tuesday', 'Fire broke out'],
    ['It shows the harbour after a storm, Port Ellis\'s biggest since 1990, which struck on Monday night.', 'on Monday night', 'Storm struck'],
    // (an aside with a noun of its own is no bare superlative: the relative tells of that noun)
    ['Crews reached the site of a fire, the worst blaze in years, which broke out on Tuesday.', 'on Tuesday', 'Worst blaze in years broke out'],
  ])('%s', (text, date, title) => {
    expect(titleOf(text, date)).toBe(title);
  });
});

describe('a saying\'s title keeps what was said (say25)', () => {
  it.each([
    // a verb that tells a statement, with how it was made, frames it as "says" does, before or after its speaker
    ['Water from the old wells near the mill should not be drunk, the council cautioned on Wednesday.', 'on Wednesday', 'Council cautions water from the old wells near the mill should not be drunk'],
    ['The ferries will run on time all winter, the port board stressed on Monday.', 'on Monday', 'Port board stresses ferries will run on time all winter'],
    ['Ana Ruiz asserted on Friday that the levy had been paid in full.', 'on Friday', 'Ana Ruiz asserts levy had been paid in full'],
    // "between raw and cooked fish": a participle joined to a describing word before the same noun opens no clause
    ['On Tuesday, Ana Ruiz, adviser to the board, said there was no gap between raw and cooked fish in terms of risk.', 'On Tuesday', 'Ana Ruiz said there was no gap between raw and cooked fish in terms of risk'],
    ['Tom Vell said on Monday there was little difference between old and used boats in terms of price.', 'on Monday', 'Tom Vell says there was little difference between old and used boats in terms of price'],
  ])('"%s"', (text, date, title) => {
    expect(titleOf(text, date)).toBe(title);
  });
  it.each([
    // a saying too long to tell whole is not cut before the verb of what was said: not "Trade sources say bans on fish
    // imports" (the phrase after the said subject is no circumstance of the saying to drop)
    ['Trade sources say bans on fish imports after the river fever outbreak will be raised in the Norland Fishing Trade Organisation\'s report on protectionism due in the coming weeks', 'Trade sources say bans on fish imports after the river fever outbreak will be raised in the Norland Fishing Trade Organisation\'s report'],
    // and where what follows its verb cannot be told to a phrase's end, the phrase after the said subject's head goes
    ['Dock sources say limits on timber exports after the beetle blight outbreak will be set out in the Tarbel Shipping Council\'s review of tariffs due in the next few weeks', 'Dock sources say limits on timber exports will be set out in the Tarbel Shipping Council\'s review of tariffs due in the next few weeks'],
  ])('"%s"', (title, cut) => {
    expect(shorten(title)).toBe(cut);
  });
});

describe('a saying with its quotation after a colon, or its listener, tells what was said (say25b)', () => {
  it.each([
    // a second verb joined by "and" to the quotation's first: the first statement alone, told whole
    ['Ana Ruiz, the board\'s chief engineer, said on Tuesday: "The new pump does not leak under the usual pressure and uses far less power than the old pumps it replaces at the Varn plant."', 'on Tuesday', 'Ana Ruiz says "The new pump does not leak under the usual pressure"'],
    // the comma before a "but that" seam is the sentence's
    ['On Wednesday, Norvex Chairman Tom Vell told reporters in Port Ellis: "I read letters now and then that big landlords are cold landlords or do not listen, but that is not true of Tarbel.', 'On Wednesday', 'Norvex Chairman Tom Vell says "I read letters now and then that big landlords are cold landlords or do not listen"'],
    // the quotation cut short fits after the name alone
    ['On Wednesday, Norvex Group Deputy Chairman Tom Vell told reporters in Port Ellis: "I read letters now and then that big city landlords are cold landlords or do not listen, but that is not true of Tarbel.', 'On Wednesday', 'Tom Vell says "I read letters now and then that big city landlords are cold landlords or do not listen"'],
    // an office whose words in capitals no list holds runs into the name, which starts at its first name
    ['Deputy Undersecretary for Harbour Works Ana Ruiz told the town council on Friday: "There were a few nights when crews were arguing over the last of the rations on the pier.', 'on Friday', 'Ana Ruiz says "There were a few nights when crews were arguing over the last of the rations on the pier"'],
    // a stray mark after the stop, left by the splitting, ends nothing
    ['"We want to confirm that we can drain the silt out of the lock," Norvex Vice President Tom Vell told reporters Monday."', 'Monday', 'Norvex Vice President Tom Vell says "We want to confirm that we can drain the silt out of the lock"'],
  ])('"%s"', (text, date, title) => {
    expect(titleOf(text, date)).toBe(title);
  });
});

describe('a title\'s last steps leave no slip a reader trips on (other25)', () => {
  it.each([
    // a past saying with "would" or a state of mind's past after it keeps its past: not "says it would"
    ['Norvex said in March it would buy two mills in Port Ellis from its rival.', 'in March', 'Norvex said it would buy two mills in Port Ellis from its rival'],
    ['The survey office said last year that it believed there could be oil under the bay.', 'last year', 'Survey office said it believed there could be oil under the bay'],
    // (a told clause in the present, or a deed's past, keeps the headline's "says")
    ['Tom Vell said on Monday there was little difference between old and used boats in terms of price.', 'on Monday', 'Tom Vell says there was little difference between old and used boats in terms of price'],
    // a subject's verb agrees with its head: a surname of a first name and "s" is one person; an "and" in a name
    // before a lower-case head joins no two
    ['Roberts told the inquiry on Friday that no lights came on in the tunnel.', 'on Friday', 'Roberts says no lights came on in the tunnel'],
    ['A girl was hurt in Port Ellis by a falling tree, an Offices for Roads and Bridges official said on Wednesday.', 'on Wednesday', 'Offices for Roads and Bridges official says girl was hurt in Port Ellis by a falling tree'],
    // "also", "now" and an "only" before "finally" between the subject and its verb lean on the article's other sentences or its day
    ['On Monday the mayor is now talking to the towns hit by the flood.', 'On Monday', 'Mayor is talking to the towns hit by the flood'],
    ['Last week, the pilot was also unable to land at the small airfield near Port Ellis.', 'Last week', 'Pilot was unable to land at the small airfield near Port Ellis'],
    ['The old pier was still open then, and was only finally closed in mid-September.', 'in mid-September', 'Old pier was finally closed'],
    // (not "only" alone: "only two boats" says how many)
    // a wire feed's "#" before a sum is the pound sign
    ['Tarbel stock fell by up to 15% in early trade this morning erasing a further # 3bn from the group\'s worth.', 'this morning', 'Tarbel stock fell by up to 15% in early trade erasing a further £3bn from the group\'s worth'],
    ['The club paid # 250,000 for the striker on Monday.', 'on Monday', 'Club paid £250,000 for the striker'],
    // a "due" left before the verb when its date goes, goes with it
    ['The firm\'s first quarter results due on Tuesday are expected to reveal a loss at the mill.', 'on Tuesday', 'Firm\'s first quarter results are expected to reveal a loss at the mill'],
    // (not a "due" a verb makes the predicate of)
    ['By 2011 the interest on its debt coming due will have doubled.', 'By 2011', 'Interest on its debt coming due will have doubled'],
    // a state's abbreviation closing the title keeps its dot
    ['Last week, the pilot could not hire a plane from a small firm in Port Ellis, Ga., because the field was shut.', 'Last week', 'Pilot could not hire a plane from a small firm in Port Ellis, Ga.'],
    // (a number sign before a bare number stays)
    ['The band reached #1 in the charts on Monday.', 'on Monday', 'Band reached #1 in the charts'],
  ])('"%s"', (text, date, title) => {
    expect(titleOf(text, date)).toBe(title);
  });
});

describe('a date\'s words leave nothing behind that wants it', () => {
  it.each([
    { name: '"towards" leaning on the date goes with it', text: 'The company said a new pump will be fitted towards the end of the week, although the leak could grow.', date: 'the end of the week', expected: 'Company says new pump will be fitted' },
    { name: '"or sooner" bounding the date goes with it', text: 'The ban will end by 30 November or sooner.', date: '30 November', expected: 'Ban will end' },
    { name: '"at the latest" the same', text: 'The ferry will resume by Friday at the latest.', date: 'Friday', expected: 'Ferry will resume' },
    { name: 'a participle leading in the sentence\'s last date after a phrase\'s noun goes with it', text: 'The council called for a full review of its budget rules in its final report released this month.', date: 'this month', expected: 'Council called for a full review of its budget rules in its final report' },
    { name: 'a verb in -ing after "when" keeps its "that" clause', text: 'Two weeks ago Port Ellis officials cited the harbour rules when demanding that a film crew leave the pier.', date: 'Two weeks ago', expected: 'Port Ellis officials cited the harbour rules when demanding that a film crew leave the pier' },
    { name: 'a verb in -ing of asking after a noun keeps its "that" clause too', text: 'Ann Roe sent a letter to Norvex on Thursday requesting that the company pay $2 million into a fund.', date: 'on Thursday', expected: 'Ann Roe sent a letter to Norvex requesting that the company pay $2 million into a fund' },
    { name: 'an absolute phrase with "with" keeps its participle', text: 'The county said six people were being tested at a clinic in Port Ellis, with results expected later today.', date: 'later today', expected: 'County says six people were being tested at a clinic in Port Ellis' },
    { name: 'a verb of deciding keeps the question that is its object', text: 'Last night the mayor demanded millions from Norvex so his team could decide who gets it.', date: 'Last night', expected: 'Mayor demanded millions from Norvex so his team could decide who gets it' },
    { name: 'the question ends before an "and" that opens a clause of its own', text: 'Last night the mayor demanded millions from Norvex so his team could decide who gets it and today a nervous Norvex paid.', date: 'Last night', expected: 'Mayor demanded millions from Norvex so his team could decide who gets it' },
    { name: 'a participle after a phrase in a clause with a gerund in its object goes too', text: 'The council called for a full review of farming rules in its final report released this month.', date: 'this month', expected: 'Council called for a full review of farming rules in its final report' },
    { name: 'the same after "to"', text: 'On Monday the council asked residents to decide which of the two plans it should adopt.', date: 'On Monday', expected: 'Council asked residents to decide which of the two plans it should adopt' },
    { name: 'a clause\'s own verb after an "of" phrase stays', text: 'Officials said the cost of the new bridge jumped on Monday.', date: 'on Monday', expected: 'Officials say cost of the new bridge jumped' },
  ])('$name', ({ text, date, expected }) => {
    expect(titleOf(text, date)).toBe(expected);
  });
});

describe('a participle on the noun of a phrase that says which the subject is stays in a shortened title', () => {
  it.each([
    // (without "from herds", or without the participle, the title would speak of other meat, or of all meat from herds)
    ["PORT ELLIS (Wire) - Meat from herds infected with the new H7N4 virus shouldn't be used for human consumption, the Norvex Food Safety Agency cautioned on Wednesday, adding it was drawing up rules to protect workers handling herds.", 'on Wednesday', "Norvex Food Safety Agency cautions meat from herds infected with the new H7N4 virus shouldn't be used for human consumption"],
    ["PORT ELLIS (Wire) - Fish from ponds infected with the new K9 parasite shouldn't be sold for human consumption, the Norvex Food Safety Agency cautioned on Wednesday.", 'on Wednesday', "Norvex Food Safety Agency cautions fish from ponds infected with the new K9 parasite shouldn't be sold for human consumption"],
  ])('%s', (text, date, title) => {
    expect(titleOf(text, date)).toBe(title);
  });
});

describe('a saying denied is told with its denial, not as a saying', () => {
  it.each([
    ["In March the inspectors didn't say that the bridge was safe.", 'In March', "Inspectors didn't say the bridge was safe"],
    ['In March the inspectors did not say that the bridge was safe.', 'In March', 'Inspectors did not say the bridge was safe'],
    ["Back in May, the regulators hadn't declared that the Port Ellis ferry was fit to sail.", 'in May', "Regulators hadn't declared the Port Ellis ferry was fit to sail"],
  ])('%s', (text, date, title) => {
    expect(titleOf(text, date)).toBe(title);
  });
});

describe('a title left opening with its verb takes its subject from the sentence', () => {
  it.each([
    // the subject of the verb the title's verb is joined to by "and", before the aside that sets it off
    ['The patient, who has not yet been named, was admitted to hospital in Port Ellis and gave birth earlier this month to a girl.', 'earlier this month', 'Patient gave birth to a girl'],
    ['About 40 crews laid sandbags and built a second wall on Friday.', 'on Friday', 'About 40 crews built a second wall'],
    // the sentence's opening noun phrase, before an aside
    ['Closing arguments, due to start on 2 June, will now start on 9 July.', 'on 9 July', 'Closing arguments will start'],
    // (a date is no subject a reader can place: the title is left as it was)
    ['Tuesday was the first day of the Port Ellis fair.', 'Tuesday', 'Was the first day of the Port Ellis fair'],
    ['But that week will be remembered for the flood.', 'that week', 'Will be remembered for the flood'],
  ])('%s', (text, date, title) => {
    expect(titleOf(text, date)).toBe(title);
  });
});

describe('a title whose subject is an aside is told with the noun phrase the aside describes', () => {
  it.each([
    ['The Norvex plant, 20 miles north of Port Ellis, was shut on Tuesday by the floods.', 'on Tuesday', 'Norvex plant was shut by the floods'],
    // (past a second aside that describes the first)
    ['Ann Roe, head of sales at Norvex, the largest mill in Port Ellis, said on Monday the mill would close.', 'on Monday', 'Ann Roe said mill would close'],
    // (an aside that opens with a name says who better than the phrase before it)
    ["Norvex's chief, Ann Roe, resigned on Tuesday.", 'on Tuesday', 'Ann Roe resigned'],
    // (review26) nor one that opens with a role before a person's name
    ["Mayor Ann Roe's closest ally, party leader Tom Vell, urged her to resign on Tuesday.", 'on Tuesday', 'Party leader Tom Vell urged her to resign'],
    ["The firm's founder, former mayor Ann Roe, sold the mill on Tuesday.", 'on Tuesday', 'Former mayor Ann Roe sold the mill'],
  ])('%s', (text, date, title) => {
    expect(titleOf(text, date)).toBe(title);
  });
});

describe('a title cut after "but" and the next clause\'s subject ends before the "but"', () => {
  it.each([
    ['The parks are to reopen a day later but the pools, spas and gyms are to stay shut.', 'a day later', 'Parks are to reopen'],
    // (a "but" before a noun phrase that is no clause's subject stays)
    ['Norvex sold all its mills on Monday but the one in Port Ellis.', 'on Monday', 'Norvex sold all its mills but the one in Port Ellis'],
  ])('%s', (text, date, title) => {
    expect(titleOf(text, date)).toBe(title);
  });
});

describe('a dated aside or lead-in gives way to the clause that tells what happened (frag26b)', () => {
  it.each([
    // what was told resumes after the dated aside, so the main clause keeps it
    ['The mayor told reporters, in an interview aired on radio last week, that she was away for only two days.', 'last week', 'Mayor says she was away for only two days'],
    // (before a colon and a quotation the same; a pronoun opening is named from the article later, as any title's is)
    ['The mayor also told the radio, in an interview to be aired tonight: "We will rebuild the pier."', 'tonight', 'Mayor says "We will rebuild the pier"'],
    ['Giving her first interview, she also told the radio, in a programme to be aired tonight: "We will rebuild the pier."', 'tonight', 'She says "We will rebuild the pier"'],
    // a main clause opening "Based on ..." is no better than the dated clause it would replace
    ["Based on Ann Roe's comments it appears that pumping stopped for several hours earlier today.", 'earlier today', 'Pumping stopped for several hours'],
  ])('%s', (text, date, title) => {
    expect(titleOf(text, date)).toBe(title);
  });
});

describe('a headline keeps what was said or done whole (cut26)', () => {
  it.each([
    // "in" before "last", "this" or "next" is no date's lead-in, so it stays the verb's particle
    ['The county treasurer was sworn in last week.', 'last week', 'County treasurer was sworn in'],
    ['The new mayor was voted in this week after a recount.', 'this week', 'New mayor was voted in after a recount'],
    ['The fleet rolled in last week.', 'last week', 'Fleet rolled in'],
    // (a passive "in" that needs its place is still no particle: the place is cut, so the "in" goes)
    ['The guard was killed in last week\'s raid on the depot.', 'last week', 'Guard was killed in last week\'s raid on the depot'],
    // "at his hearing", "after the briefing": a word in "-ing" after a possessive or an article is a noun, so the
    // saying's "that" still follows only where it was said, and what was said is told
    ['Pell told senators at his hearing last week that on his watch, the agency would take a firm line on fraud.', 'last week', 'Pell said agency would take a firm line on fraud'],
    ['Ana Roe said at the briefing on Monday that after the storm, the port would stay shut.', 'on Monday', 'Ana Roe said port would stay shut'],
    ['Pell told senators at his confirmation hearing last week that on his watch, the agency would take a firm line on fraud.', 'last week', 'Pell said agency would take a firm line on fraud'],
    // a quotation opened mid-phrase (after an article, a preposition, a verb other than a saying's) is not cut at its
    // own comma, "that" or "which": its name and its words stay whole, with their marks
    ['The deal was signed on June 11 in a "Transfer, Release and Indemnity Agreement".', 'on June 11', 'Deal was signed in a "Transfer, Release and Indemnity Agreement"'],
    ['Roe yesterday told the Norvex chairman that it was "in everyone\'s interests that Norvex stays a strong company".', 'yesterday', 'Roe says it was "in everyone\'s interests that Norvex stays a strong company"'],
    // (the comma that closes a fronted quotation before its speaker still ends it)
    ['"We want to see people charged," council chairman Ann Bell said at a hearing on Tuesday.', 'on Tuesday', 'Council chairman Ann Bell says "We want to see people charged"'],
  ])('%s', (text, date, title) => {
    expect(titleOf(text, date)).toBe(title);
  });
});

describe('a title cut inside a quoted name runs on to the name\'s closing mark (cut26)', () => {
  it.each([
    ['Deal was signed in a "Transfer, Waiver, Release and Indemnity Agreement" whereby Hale gave up his 28% share and Roe gave up his 10% share in the firm for about $2 million', 'Deal was signed in a "Transfer, Waiver, Release and Indemnity Agreement"'],
  ])('%s', (title, short) => {
    expect(shorten(title)).toBe(short);
  });
});

describe('a comma between a describing word and a hyphened measure is inside its noun phrase (cut26)', () => {
  it.each([
    ['The pier was buffeted on Tuesday by strong, 20-knot winds and high waves.', 'on Tuesday', 'Pier was buffeted by strong, 20-knot winds and high waves'],
    ['Norvex began digging the old, 9,000-foot test shaft on May 2.', 'on May 2', 'Norvex began digging the old, 9,000-foot test shaft'],
    // (an opening phrase's comma still ends it)
    ['At first, 20-foot waves hit the pier on Monday.', 'on Monday', '20-foot waves hit the pier'],
  ])('%s', (text, date, title) => {
    expect(titleOf(text, date)).toBe(title);
  });
});
