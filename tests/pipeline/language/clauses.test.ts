import { describe, expect, it } from 'vitest';
import { mainVerb, readDate, tagWords } from '../../../src/pipeline/language/clauses';
import { buildEventList } from '../../../src/pipeline/pipeline';

// Examples written for these tests: each sentence with the date words it is read for.
const read = (text: string, date: string, period = false) => {
  const at = text.indexOf(date);
  if (at < 0) throw new Error(`"${date}" is not in "${text}"`);
  return readDate(tagWords(text), at, at + date.length, { period });
};

describe('readDate: the clause a date sits in decides what it dates', () => {
  it.each([
    { name: 'a past happening', text: 'The council voted to close the pool on Tuesday.', date: 'Tuesday', status: 'happened' },
    { name: 'a fronted date leans on the clause after it', text: 'On Monday, the mayor signed the order.', date: 'Monday', status: 'happened' },
    { name: 'a finding of no proof, its own day before it', text: 'The panel said on Friday there was no proof that the waste was dumped.', date: 'Friday', status: 'happened' },
    { name: 'a cause found, in a "that" clause', text: 'The inspectors identified a single fault that caused the tunnel to flood on May 3.', date: 'May 3', status: 'happened' },
    { name: 'a saying, with a reported future in it', text: 'The agency said on Friday that the road would reopen in May.', date: 'Friday', status: 'happened' },
    { name: 'an estimate said as news', text: 'Ann Roe said on Monday that the repairs could cost $4 million.', date: 'Monday', status: 'happened' },
    { name: 'a rate told, not guessed', text: 'Ann Roe said on Monday that sales had grown 8 percent a year.', date: 'Monday', status: 'happened' },
    { name: 'a capacity promised, not hedged', text: 'The firm said on Monday that it will capture 8,000 barrels a day.', date: 'Monday', status: 'happened' },
    { name: 'an estimate said as news, then a question', text: 'Ann Roe said on Monday that the repairs could cost $4 million, and asked if the board would pay.', date: 'Monday', status: 'happened' },
    { name: 'what had to come first, in the past', text: 'The road did not reopen until the crews finished the bridge in May.', date: 'in May', status: 'happened', period: true },
    { name: 'a hint of what was done', text: 'The firm signaled on Monday that it had sold the mill.', date: 'on Monday', status: 'happened' },
    { name: 'a signal given', text: 'The referee signaled a penalty on Monday.', date: 'on Monday', status: 'happened' },
    { name: 'an envoy recalled', text: 'The ministry said on Friday that the firm recalled its envoy.', date: 'Friday', status: 'happened' },
    { name: 'a thing there was', text: 'The mayor said on Monday there was a fire at the old dam.', date: 'Monday', status: 'happened' },
    { name: 'a promise under a condition', text: 'Ann Roe said on Monday that she would resign if the board sold the mill.', date: 'Monday', status: 'happened' },
    { name: 'an obligation told with "will have to"', text: 'The Tollin pool will have to close on Friday.', date: 'Friday', status: 'planned' },
    { name: 'a scheduled hearing', text: 'The hearing is set for June 3, the clerk said.', date: 'June 3', status: 'planned' },
    { name: 'talks that will resume', text: 'Talks will resume Tuesday in the capital.', date: 'Tuesday', status: 'planned' },
    // (a schedule is no expectation: "expected" right before the date's verb, or "it" that is someone)
    { name: 'an arrival expected on a day', text: 'The ferry is expected to arrive on Monday.', date: 'Monday', status: 'planned' },
    { name: 'a work expected done by a day', text: 'The old mine is expected to be sealed by Sunday.', date: 'Sunday', status: 'planned' },
    { name: 'what someone named by "it" is expected to do', text: 'The board met, and it is expected to announce on Wednesday that the pier will close.', date: 'Wednesday', status: 'planned' },
    { name: 'a court date that is due', text: 'The mayor is due to appear in court on Tuesday.', date: 'Tuesday', status: 'planned' },
    { name: 'a vote on a day, with no bound', text: 'The board will vote on the pier on Friday.', date: 'Friday', status: 'planned' },
    { name: 'a schedule told in a saying\'s past', text: 'The mayor said the ferry was expected on Monday to dock at the new pier.', date: 'Monday', status: 'planned' },
    { name: 'a plan told in the past perfect', text: 'The Tarrow firm had planned to sell the mill in May.', date: 'in May', status: 'planned', period: true },
    { name: 'a plan told in the past progressive', text: 'The Tarrow firm was planning to sell the mill in May.', date: 'in May', status: 'planned', period: true },
    { name: 'reported speech with would', text: 'Ortiz said the ferry would sail again next week.', date: 'next week', status: 'planned' },
    { name: 'a duty done', text: 'The council had to close the pool on Monday.', date: 'Monday', status: 'happened' },
    { name: 'a guess at a past with "must have"', text: 'The thieves must have left the mill on Monday.', date: 'Monday', status: 'happened' },
    { name: "a ruling's day, its duty in what was ruled", text: 'The judge ruled on Wednesday that the boy must be returned to his mother.', date: 'Wednesday', status: 'happened' },
    { name: 'a duty said at a hearing on a day', text: 'Ann Roe says the firm must pay the workers, at a hearing on June 9.', date: 'June 9', status: 'happened' },
    { name: 'a step sought, said', text: 'The firm said on Monday it seeks bankruptcy protection.', date: 'Monday', status: 'happened' },
    { name: 'a wish to know, said', text: 'Ann Roe said on Monday she wants to see the mill reopen.', date: 'Monday', status: 'happened' },
    { name: 'a law interpreted', text: 'The court interpreted the harbour law on Monday.', date: 'Monday', status: 'happened' },
    { name: 'a plan explained', text: 'The minister explained the plan on Monday.', date: 'Monday', status: 'happened' },
    // (an output verb with no figure, a gift, a passive or a day: not an output over a period)
    { name: 'a film produced in a year', text: 'The Varn studio produced the film in 1998.', date: '1998', status: 'happened', period: true },
    { name: 'a gift over a year', text: 'The foundation contributed $1 million to the flood fund last year.', date: 'last year', status: 'happened', period: true },
    { name: 'a film made for a sum', text: 'The film was produced in 1998 for $2 million.', date: '1998', status: 'happened', period: true },
    { name: "a plant's first car", text: 'The plant produced its first car in 1998.', date: '1998', status: 'happened', period: true },
    // (a change between figures on a day, a rise with no figure, or a deed between two dates: not a figure's change over a period)
    { name: 'a count changed on a day', text: 'The number of cases in the valley rose from two to 10 on Wednesday.', date: 'Wednesday', status: 'happened' },
    { name: 'a part of a known group over a month', text: 'Two of the five ministers resigned in May.', date: 'in May', status: 'happened', period: true },
    { name: 'counts in two years, not a ratio', text: 'Three mills in 2009 and four in 2010 were built.', date: '2010', status: 'happened', period: true },
    { name: 'a find that figures show, in the past', text: 'The figures released on Friday showed the mill had cheated its workers.', date: 'Friday', status: 'happened' },
    { name: 'a count so far that a video shows', text: 'A video on Friday showed 500 people have gathered in the square.', date: 'Friday', status: 'happened' },
    { name: 'a river rising between two dates', text: 'The river rose from Monday to Friday.', date: 'Friday', status: 'happened' },
    { name: 'a march between two dates', text: 'The marchers walked 40 miles from Monday to Friday.', date: 'Friday', status: 'happened' },
    { name: 'a rise to a figure over a week, no figure it rose from', text: 'The toll rose to 40 last week after the storm.', date: 'last week', status: 'happened' },
    { name: 'a fronted "since" before a past told after an aside', text: 'Since the vote on Monday, two ministers, including Ann Roe, resigned.', date: 'Monday', status: 'happened' },
    { name: 'a fronted year before a clause of its own', text: 'Since 1990, when the mill closed, the town has been poor.', date: '1990', status: 'happened', period: true },
    // (a share move told with its cause, or with a record, is the story of one firm's fall or rise)
    { name: 'a share move told with its cause', text: 'Shares in Tolvane sank 6% today as traders feared a strike at the mine.', date: 'today', status: 'happened' },
    { name: 'a share move told with what came before it', text: 'Shares in Tolvane rose 3 percent on Monday after the firm won a contract.', date: 'Monday', status: 'happened' },
    { name: 'a share move to a record', text: 'Shares in Tolvane rose to a record 300 pence on Monday.', date: 'Monday', status: 'happened' },
    { name: 'a move of an index in a record sell-off', text: 'In the biggest sell-off since 1987, the index fell 500 points on Monday.', date: 'Monday', status: 'happened' },
    { name: 'talks held on a day', text: 'Ann Roe had talks on the harbour plan on Friday.', date: 'Friday', status: 'happened' },
    { name: 'a view asked for on a day', text: 'The board sought views on the harbour plan on Friday.', date: 'Friday', status: 'happened' },
    { name: 'a shelling kept up', text: 'Troops kept up the shelling of the port on Sunday.', date: 'Sunday', status: 'happened' },
    { name: 'a push that went on, a deed', text: 'On Sunday, crews continued to push the stranded barge off the sandbar.', date: 'Sunday', status: 'happened' },
    { name: 'a task pressed on with', text: 'The council continued to press ahead with the sale on Monday.', date: 'Monday', status: 'happened' },
    { name: 'a deed told to someone quoted in the first person', text: '"We have been told this morning that the mill will close," the mayor said.', date: 'this morning', status: 'happened' },
    { name: 'an explanation on the calendar', text: 'The minister will explain on Tuesday why the school closed.', date: 'Tuesday', status: 'planned' },
    { name: 'a plan said in the past perfect', text: 'Ann Roe had said on Monday that the mill would close in May.', date: 'Monday', status: 'happened' },
    { name: 'a move forward said', text: 'Ann Roe said on Monday that the crews had moved forward to the pier.', date: 'Monday', status: 'happened' },
    { name: 'a fronted date after "that" leans on its reported clause', text: 'She said that on Friday, the board will meet to weigh the bid.', date: 'Friday', status: 'planned' },
    { name: 'a fronted deadline after "that" leans on its reported clause', text: 'The mayor said that by 2030, the town will have a new port.', date: '2030', status: 'planned', period: true },
    { name: 'a fronted date after "that", in the past', text: 'He said that on Monday, the council voted to close the pool.', date: 'Monday', status: 'happened' },
    { name: 'a date before "that" stays the saying\'s', text: 'The mayor said on Monday that the board will meet.', date: 'Monday', status: 'happened' },
    { name: 'an offer to travel on a day', text: "Mayor Ruiz said the boy's uncle has offered to fly out today.", date: 'today', status: 'planned' },
    { name: 'what was supposed to happen by a month', text: 'The audit of the port was supposed to end by May.', date: 'May', status: 'planned', period: true },
    { name: 'an infinitive on the calendar', text: 'The final report, to be published next week, blames the operator.', date: 'next week', status: 'planned' },
    { name: 'a deed made possible, told in the past', text: 'The grant made it possible for the town to open the pier on Friday.', date: 'Friday', status: 'happened' },
    { name: 'a question asked, its date before it', text: 'The mayor asked on Monday whether the council would vote.', date: 'Monday', status: 'happened' },
    { name: 'a "whether" clause that ends at its comma', text: 'Whether or not it rains, the band played on Sunday.', date: 'Sunday', status: 'happened' },
    { name: 'a calling off on its own day', text: 'The fair was cancelled on Friday.', date: 'Friday', status: 'happened' },
    { name: 'what was set for a day, not called off', text: 'The summit, scheduled for May 3, drew 40 leaders.', date: 'May 3', status: 'happened' },
    { name: 'what was due on a day, to go ahead', text: 'Closing talks due to begin on Friday will go ahead.', date: 'Friday', status: 'planned' },
    { name: 'what was due on a day, moved to a new place', text: 'Closing talks, due to begin on Friday, will now be held in the town hall.', date: 'Friday', status: 'planned' },
    { name: 'the new day of what was moved', text: 'Closing talks, due to begin on 4 June, will now begin on 9 July.', date: '9 July', status: 'planned' },
    { name: 'an own plan denied, said', text: 'The mill said on Monday that it did not expect to reopen the pier.', date: 'Monday', status: 'happened' },
    { name: 'a loss told by analysts', text: 'Analysts said on Monday that the firm had lost $3 billion.', date: 'Monday', status: 'happened' },
    { name: 'a closing by a day, said', text: 'The mayor said on Monday that the pier would be closed by May.', date: 'Monday', status: 'happened' },
    { name: 'work done by a day, said', text: 'Ann Roe said on Monday that the repairs were done by Friday.', date: 'Monday', status: 'happened' },
    { name: 'a threat warned of', text: 'The union warned on Monday that it will strike.', date: 'Monday', status: 'happened' },
    { name: 'a deed warned of, a guess after it', text: 'The flood has shut the port, the agency warned on Monday, saying it could take years to reopen.', date: 'Monday', status: 'happened' },
    { name: 'where someone stayed, said', text: 'The mayor said on Monday that she remained in the town hall.', date: 'Monday', status: 'happened' },
    { name: 'a figure that still stands, said', text: 'The mayor said on Monday that the mill remained a $2 million loss.', date: 'Monday', status: 'happened' },
    { name: 'an estimate of a count, made on a day', text: 'The agency estimated on Monday that 300 homes were lost.', date: 'Monday', status: 'happened' },
    { name: 'a deed in a "when" clause after what became clear', text: 'It became clear when the ferry sank on Friday that the port was unsafe.', date: 'Friday', status: 'happened' },
    { name: 'a tremor felt on a day', text: 'Residents felt the tremor on Monday.', date: 'Monday', status: 'happened' },
    { name: 'a happening felt on a day', text: 'Rescuers digging in the rubble on Monday felt a hand move.', date: 'Monday', status: 'happened' },
    { name: 'a thing seen on its way', text: 'The guards saw it coming toward the gate on Monday.', date: 'Monday', status: 'happened' },
    { name: 'a date in a parenthesis with no source', text: 'The vote (on Monday) went ahead.', date: 'Monday', status: 'happened' },
    { name: 'a date after a comma in a parenthesis with a verb', text: 'The mayor (who resigned, on Monday) left town.', date: 'Monday', status: 'happened' },
    { name: 'a deed compared with one of a day', text: 'The Rovers played better than they did on Sunday.', date: 'Sunday', status: 'happened' },
    { name: 'a deed quoted after a fronted clause', text: 'The mayor said on Monday: "As we promised, we have filed suit against the mill."', date: 'Monday', status: 'happened' },
    { name: 'a deed quoted after a fronted clause, told in the third person', text: 'The mayor said on Monday: "As the tide rose, the crews closed the pier."', date: 'Monday', status: 'happened' },
    { name: "a quotation's second sentence telling a deed", text: 'Three men were pulled from the river on Monday," the police chief said.', date: 'Monday', status: 'happened' },
    { name: 'not a scheduled infinitive', text: 'Mud continued to wash ashore on Monday near the pier.', date: 'Monday', status: 'happened' },
    { name: 'a negation elsewhere in the sentence', text: 'The coroner said there was no sign of a struggle after a post-mortem on Friday.', date: 'Friday', status: 'happened' },
    { name: 'a state that began in a year', text: 'The mission has been in the country since 2004.', date: '2004', status: 'happened', period: true },
    { name: 'a happening named with its determiner inside the date', text: 'He ran the fund set up in the wake of the 11 September 2001 attacks.', date: 'the 11 September 2001', status: 'happened' },
    { name: 'a date naming a happening', text: 'The leak was bigger than the 1989 tanker disaster.', date: '1989', status: 'happened', period: true },
    { name: 'a past passive happening', text: 'The bridge was closed on Monday.', date: 'Monday', status: 'happened' },
    { name: 'an estimate dated by its own date', text: 'The agency estimated in 2019 that a drought could cost $2 billion.', date: 'in 2019', status: 'happened', period: true },
    { name: 'a participle that is the clause\'s own', text: 'Rangers found the climber lying injured on Monday.', date: 'Monday', status: 'happened' },
    { name: 'a preposition in -ing after "of"', text: 'The death of Ivo Brandt following a fall on Monday shocked the club.', date: 'Monday', status: 'happened' },
    { name: 'a participle after "of" that no picture shows', text: 'Crews set fire to a portion of the fuel floating in the bay on Wednesday.', date: 'Wednesday', status: 'happened' },
    { name: 'a fronted adverbial after "and" (not the negated clause before it)', text: 'The maker never explained the fault and as recently as 2019, Ann Diaz, a safety engineer, wrote that its cause was a mystery.', date: '2019', status: 'happened', period: true },
    { name: "a noun's infinitive (not a plan on the calendar)", text: 'Without a rescue plan to calm markets Monday, shares fell.', date: 'Monday', status: 'happened' },
    { name: 'an infinitive inside the object of a verb that looks ahead', text: 'Crews will begin the last repairs needed to reopen the pier this week.', date: 'this week', status: 'planned' },
    { name: 'an infinitive after a past verb (control)', text: 'Crews began the last repairs needed to reopen the pier this week.', date: 'this week', status: 'happened' },
    { name: 'a dose at a clock time ("am" is no verb)', text: 'The patient was given a sedative at 1.30 am on the morning of the operation.', date: 'the morning of the operation', status: 'happened' },
    { name: 'a statement after a question', text: 'Why did the dam fail? Engineers found a crack on Monday.', date: 'Monday', status: 'happened' },
    { name: 'a busy day (the date between the adjective and its verb)', text: 'Councillors were busy last Tuesday drafting the budget.', date: 'last Tuesday', status: 'happened' },
    { name: 'a fall to a level not seen in years', text: 'Car sales dropped last month to levels not seen in 20 years.', date: 'last month', status: 'happened', period: true },
    { name: 'a saying with its content told', text: 'His aunt said Friday that he had left for the coast.', date: 'Friday', status: 'happened' },
    { name: 'a saying with a quotation that is not all it says', text: 'The mayor said Friday the dam would hold: "We are ready."', date: 'Friday', status: 'happened' },
    { name: 'news told in a quotation after a colon', text: 'The grocer said Monday: "We have filed for bankruptcy protection."', date: 'Monday', status: 'happened' },
    { name: 'a release of figures on the calendar', text: 'The grocer will report its quarterly earnings in May.', date: 'in May', status: 'planned', period: true },
    { name: 'a gathering for a one-day meeting', text: 'Ministers gathered in Tallinn for a summit on Friday.', date: 'Friday', status: 'happened' },
    { name: 'an advance at a pace on a day', text: 'Rebel columns advanced at a rapid pace on Monday.', date: 'Monday', status: 'happened' },
    { name: 'an urging on a day', text: 'The league urged both clubs to settle the dispute on Monday.', date: 'Monday', status: 'happened' },
    { name: 'what a dated column says', text: 'In her Nov. 3 column, Ada Brill made the case for lower tariffs.', date: 'Nov. 3', status: 'happened' },
    { name: "a plan told with 'going to'", text: 'The council is going to vote on the plan on Tuesday.', date: 'Tuesday', status: 'planned' },
    { name: 'a day named by what happened on it, after "since"', text: 'Engineers say the mine has taken in 900 litres a day since May 3 -- the day the dam collapsed -- and the pumps cannot keep up.', date: 'May 3 -- the day', status: 'happened' },
    { name: 'a record hit on a day', text: 'The index hit a record high on Monday.', date: 'Monday', status: 'happened' },
    { name: 'a record set on a day', text: 'A record was set on Monday when the index rose.', date: 'Monday', status: 'happened' },
    { name: 'a finite verb before "that since"', text: 'The audit revealed that since 20 April, when the mill burned, nine permits were granted.', date: '20 April', status: 'happened' },
    // "than" before a person or a thing, no quantity
    { name: 'a comparison with another deed', text: 'The ferry sailed later than the barge that left on Monday.', date: 'Monday', status: 'happened' },
    { name: 'a term that ran out, in a relative clause', text: 'The Brell pact, which expired on Monday, was not renewed.', date: 'Monday', status: 'happened' },
    { name: 'a term running out, told in a main clause', text: 'The Tarrow offer is scheduled to expire on Friday.', date: 'Friday', status: 'planned' },
    // a participle of topic before the date is a preposition, not the verb the date belongs to
    { name: 'a schedule whose object is told with "regarding"', text: 'The mayor and her deputy are scheduled to answer questions regarding the dam on Tuesday.', date: 'Tuesday', status: 'planned' },
    { name: 'a deed whose object is told with "concerning"', text: 'The mayor answered questions concerning the dam on Tuesday.', date: 'Tuesday', status: 'happened' },
    { name: 'a deed before a day', text: 'The Tarrow bridge was shut before Monday by the council.', date: 'Monday', status: 'happened' },
    { name: 'happenings counted on a day', text: 'The Vell region had 12 earthquakes on Tuesday.', date: 'Tuesday', status: 'happened' },
    // a market price's level: a record is news
    { name: 'a record high hit by an index on a day', text: 'The Brell index hit an all-time record high on Monday.', date: 'Monday', status: 'happened' },
    // a role held from a date on: "in the country" is where, told of an arrival
    { name: 'a perfect "be" before a place, after "since"', text: 'Ann Roe has been at the Tarrow mill since 2004.', date: '2004', status: 'happened', period: true },
    // a count after "since" that is no subject of its own
    { name: 'an age set off by commas before a verb, after "since"', text: 'Ann Roe, 41, was brought to Tarrow since Monday.', date: 'Monday', status: 'happened' },
    { name: 'an onset that is no trend', text: 'A strike by port pilots began in May.', date: 'in May', status: 'happened', period: true },
    { name: 'a share bought in a month', text: 'Last April, Tom Brisk and two backers planned to acquire up to 30.5% of Pellow Mills.', date: 'Last April', status: 'happened', period: true },
    { name: 'a stake sold in a year', text: 'The Orlan council sold a 20 percent stake in the ferry line in 2019.', date: '2019', status: 'happened', period: true },
    { name: 'a job cut on a day', text: 'The mill cut 300 jobs on Tuesday.', date: 'Tuesday', status: 'happened' },
    { name: 'happenings counted after a copula', text: 'Police said a gang was behind two bombings in Harbourton last week.', date: 'last week', status: 'happened', period: true },
    { name: 'a day counted back from another, before a comma', text: 'A day earlier, dozens of barges sailed south out of Porto Lind.', date: 'A day earlier', status: 'happened' },
    { name: '"Over the weekend," leading its clause', text: 'Over the weekend, pilots at Varrow voted to strike.', date: 'the weekend', status: 'happened' },
    { name: '"The previous day," leading its clause', text: 'The previous day, rebels seized the ferry terminal.', date: 'The previous day', status: 'happened' },
    { name: '"the day before" leading its clause', text: 'The ferry sailed on Monday, and the day before, crews had loaded the hold.', date: 'the day before', status: 'happened' },
    { name: 'a saying whose content ends in a question', text: 'The ministry said today it will study the question: was the bridge safe?', date: 'today', status: 'happened' },
    { name: 'an attempt made on a day', text: 'On Friday, the mayor\'s office sought to play down the remarks.', date: 'Friday', status: 'happened' },
    { name: 'a visit expected on a day', text: 'The envoy is expected to arrive in Orlan on Monday.', date: 'Monday', status: 'planned' },
    // (people's and laws' doings are planned; only weather and spreading things are foretold)
    { name: 'a strike expected on a day', text: 'Teachers are expected to strike on Monday, the union said.', date: 'Monday', status: 'planned' },
    { name: 'a bill expected to become law', text: 'The bill is expected to become law on Friday.', date: 'Friday', status: 'planned' },
    // (hours on a day named are a window on the calendar; the day ahead of the writing makes it planned)
    { name: 'a window of hours on a named day', text: 'Voters can cast their ballots between 7am and 10pm on Thursday.', date: '7am', status: 'happened' },
    // (a quantity gathered elsewhere in the sentence leaves a happening dated in its own clause alone)
    { name: 'a happening in a relative clause before a quantity gathered', text: 'The hose the crew fitted to the tank at the weekend now siphons 90 gallons a day.', date: 'at the weekend', status: 'happened' },
    { name: 'a happening after a comma and "since"', text: 'Tarlo said it collected 4,000 barrels on Monday, the most since it fitted a new valve last week.', date: 'last week', status: 'happened' },
    { name: 'people captured are no quantity', text: 'Soldiers captured 30 rebels near the border on Monday.', date: 'Monday', status: 'happened' },
    // (a death toll, a first case and a sum repaid are news of their day, not a running tally)
    { name: "a disaster's death toll on its day", text: 'The death toll from the quake rose to 200 on Tuesday.', date: 'Tuesday', status: 'happened' },
    { name: 'workers killed', text: 'A blast at the Tarlo mill killed 11 workers on Monday.', date: 'Monday', status: 'happened' },
    { name: 'a first case confirmed', text: 'The first case of the fever was confirmed in Varrow on Monday.', date: 'Monday', status: 'happened' },
    { name: 'a sum repaid in total', text: 'Nine lenders said on Tuesday they had repaid a total of $60 billion.', date: 'Tuesday', status: 'happened' },
    { name: 'a choice weighed at a meeting on the calendar', text: 'The board will consider a plan to close the depot on Monday.', date: 'Monday', status: 'planned' },
    // (a noun done, not told about, before its "in" and gerund: the date is the clause's)
    { name: 'a role played, dated before its "in" and gerund', text: 'Roe played a big role last year in drafting the budget.', date: 'last year', status: 'happened', period: true },
    // (a relative "that" on a noun of thought tells a happening of its own)
    { name: 'a relative on a noun of thought', text: 'The idea that won the prize on Monday came from a pupil.', date: 'Monday', status: 'happened' },
    // (a date with its own preposition after a topic noun stays the clause's)
    { name: 'questions answered on a day, with an "in" and gerund after', text: 'Roe answered questions about the budget on Monday in closing the session.', date: 'Monday', status: 'happened' },
    // (a later part of the day of writing, told with a verb not told done, is still to come)
    { name: 'a trip later today, told in the present', text: 'The envoy flies to Orlan later today for talks on the dam.', date: 'today', status: 'planned' },
    { name: 'a meeting later on a weekday, in a time clause', text: 'The fee will top the agenda when the mayor and her deputy meet the board later Monday.', date: 'later Monday', status: 'planned' },
    { name: 'a barge to follow this afternoon', text: 'Divers go down first, with the salvage barge to follow this afternoon.', date: 'this afternoon', status: 'planned' },
    { name: 'a film at a time tonight', text: 'The film airs at 9pm tonight on the local channel.', date: '9pm tonight', status: 'planned' },
    { name: 'talks in the present progressive later today', text: 'The mayor is meeting the strikers later today.', date: 'today', status: 'planned' },
    { name: 'work in the present progressive tonight, maybe going on as it is written', text: 'Tonight crews are loading the trucks.', date: 'Tonight', status: 'happened' },
    { name: 'a later part of the day told in the past', text: 'Later Monday, the mayor signed the order.', date: 'Later Monday', status: 'happened' },
    { name: 'a later part of the day told in the past progressive', text: 'Later Monday, police were searching the woods.', date: 'Later Monday', status: 'happened' },
    { name: 'a later part of the day told in the passive', text: 'Two men were arrested this afternoon.', date: 'this afternoon', status: 'happened' },
    { name: 'a later part of the day inside a passive', text: 'Two men were this afternoon arrested at the port.', date: 'this afternoon', status: 'happened' },
    { name: 'a later part of the day told in the present perfect', text: 'The firm has cut 200 jobs this afternoon.', date: 'this afternoon', status: 'happened' },
    { name: 'a later part of the day with a past that looks like the present', text: 'The storm hit the coast this evening.', date: 'this evening', status: 'happened' },
    { name: 'a saying tonight', text: 'Officials say tonight that the bridge is safe.', date: 'tonight', status: 'happened' },
    // (a few told in the past perfect, a past "there were" with no "now", a figure a poll's own clause has not found,
    // a share's move told with its record in its own clause: happenings, not figures)
    { name: 'a few blasts there had been, said', text: 'The mayor said on Sunday there had been two blasts at the mill.', date: 'Sunday', status: 'happened' },
    { name: 'a count there were, said, with no "now"', text: 'The captain said on Monday that there were 30 crew on board when the fire started.', date: 'Monday', status: 'happened' },
    { name: 'a rate cut by a bank, with its figure', text: 'The Varn central bank cut its key rate to 2 percent on Tuesday.', date: 'Tuesday', status: 'happened' },
    { name: 'a deed a survey team did', text: 'A survey team found the wreck on Monday, 40 miles off the coast.', date: 'Monday', status: 'happened' },
    { name: 'a share move to a record in its own clause', text: 'Tolvane shares fell 20 percent on Monday, their biggest drop since 1987.', date: 'Monday', status: 'happened' },
    { name: 'a toll a quake took', text: 'The quake killed 200 people on Tuesday.', date: 'Tuesday', status: 'happened' },
    { name: 'jobs cut over a year', text: 'The Varn mill cut 5,000 jobs in 2009.', date: 'in 2009', status: 'happened', period: true },
    { name: 'a sum paid for a thing, said', text: 'The firm said on Monday that it paid $9 million for the mill.', date: 'Monday', status: 'happened' },
    { name: 'a count collected on a day', text: 'Rangers collected 17 stranded seals on Monday.', date: 'Monday', status: 'happened' },
    { name: 'a deal approved over a month', text: 'The board approved a $2 billion deal in May.', date: 'in May', status: 'happened', period: true },
    { name: 'a case reported on a day', text: 'The ministry reported 12 new cases on Monday.', date: 'Monday', status: 'happened' },
    { name: 'a happening passed on after a fronted "as" clause', text: 'As the agency reported today, the ferry sank off the cape.', date: 'today', status: 'happened' },
    { name: 'a dated thing\'s toll, said', text: 'Police said Monday\'s fire killed two.', date: 'Monday', status: 'happened' },
    { name: 'a ruling with a verdict in what was ruled', text: 'The court ruled on Monday that the law was unconstitutional.', date: 'Monday', status: 'happened' },
    { name: 'a body shut up to now, a deed told', text: 'The council has been closed this week.', date: 'this week', status: 'happened' },
    { name: 'a clause of the date\'s own before a share of a group', text: 'On Monday, the storm hit the coast, 60 percent of homes were dark.', date: 'Monday', status: 'happened' },
    { name: 'a share price that went on falling, said with no market noun', text: 'The firm continued to fall behind its rivals on Monday.', date: 'Monday', status: 'happened' },
    { name: 'a cut of jobs with a figure', text: 'The mill cut 5,000 jobs on Monday.', date: 'Monday', status: 'happened' },
    { name: 'a rate cut to a percentage', text: 'The central bank cut its rate to 1 percent on Tuesday.', date: 'Tuesday', status: 'happened' },
    { name: 'a saying of a toll in the past', text: 'The fire killed 40 people, and 12 firemen were hurt, the mayor said on Monday.', date: 'Monday', status: 'happened' },
    { name: 'a share that was sold', text: 'The board said 40 percent sold out on Monday.', date: 'Monday', status: 'happened' },
    { name: 'a sum stolen in a year', text: 'In 2009, $4 million was stolen from the Tarrow bank.', date: '2009', status: 'happened', period: true },
    { name: 'a vote told before its shares', text: 'The board voted on Monday: 60 percent of members backed the plan.', date: 'Monday', status: 'happened' },
    { name: 'a few listed over a period', text: 'In 2009, the new staff included two nurses.', date: '2009', status: 'happened', period: true },
    { name: 'a deed over a fronted span, no count', text: 'Between May and July, the mayor sold the mill.', date: 'Between May and July', status: 'happened', period: true },
    // (a condition inside a quotation closed before the date is the speaker's: the saying outside it is dated)
    { name: 'a saying after a quoted condition', text: '"If the pier holds, we will reopen it," Ann Roe told reporters in Port Ellis on Sunday.', date: 'Sunday', status: 'happened' },
    { name: 'a saying after a quoted "unless"', text: '"Unless the rain stops, the ferry stays in port," the harbour master said on Monday.', date: 'Monday', status: 'happened' },
    // (blame given at a happening of its own is that happening's act)
    { name: 'a rebuke at a hearing', text: 'The Norvex chief was publicly rebuked by the council last month at a budget hearing.', date: 'last month', status: 'happened', period: true },
    { name: 'criticism in a speech', text: 'The mayor criticised the port board on Monday in a speech to traders.', date: 'Monday', status: 'happened' },
    { name: 'a multiple of a deed\'s amount', text: 'Some 40 tonnes of grain spilled, about twice the amount that flooded the cellar 20 years ago when the silo burst.', date: '20 years ago', status: 'happened', period: true },
  ])('keeps $name', ({ text, date, status, period }) => {
    expect(read(text, date, period)).toMatchObject({ keep: true, status });
  });

  it.each([
    { name: 'a forecast of a figure', text: 'Temperatures will reach 30C on Friday.', date: 'Friday', reason: 'forecast' },
    { name: 'the doing a thing shows', text: 'A judge ruled that footage of Ann Vell rehearsing for a concert on Monday will not be shown.', date: 'Monday', reason: 'modifies a noun' },
    { name: 'the doing a film is told to show', text: 'The film showed Ann Vell rehearsing for her tour on Monday.', date: 'Monday', reason: 'modifies a noun' },
    { name: 'guidance', text: 'The retailer expects earnings to grow in 2026.', date: 'in 2026', reason: 'forecast', period: true },
    { name: 'a negation', text: 'No records were broken on Sunday.', date: 'Sunday', reason: 'negation' },
    { name: 'a negated verb', text: 'The minister did not comment on Thursday.', date: 'Thursday', reason: 'negation' },
    { name: 'neither ... nor', text: 'Neither the club nor the league commented yesterday.', date: 'yesterday', reason: 'negation' },
    // (a date in a clause hung on a noun the sentence denies: what was not found is not told as having happened)
    { name: 'a cause not found', text: 'The auditors were unable to name any one mistake that let the tunnel flood on May 3.', date: 'May 3', reason: 'negation' },
    { name: 'no proof of a deed', text: 'The panel found no proof that the mill owners dumped the waste in March.', date: 'in March', reason: 'negation', period: true },
    { name: 'a hypothetical', text: 'If the dam fails on Monday, the valley would flood.', date: 'Monday', reason: 'hypothetical' },
    { name: 'a condition the date stands in, inside the quotation', text: 'Ann Roe said: "If the dam fails on Monday, the valley floods."', date: 'Monday', reason: 'hypothetical' },
    { name: 'a condition outside any quotation before a saying', text: 'If the dam fails, the mayor said on Monday, "the valley floods."', date: 'Monday', reason: 'hypothetical' },
    { name: 'a guess', text: 'By Monday, the lab should have enough samples.', date: 'Monday', reason: 'hypothetical' },
    { name: 'a plan given up, in the past perfect progressive', text: 'Until Monday, the Tarrow firm had been planning to sell the mill this year.', date: 'this year', reason: 'hypothetical', period: true },
    { name: 'a role named by a year', text: 'Lopez, the 2019 champion, beat Kim on Saturday.', date: '2019', reason: 'modifies a noun', period: true },
    { name: 'a saying that says nothing', text: 'The ministry said in a statement on Monday that it had no comment.', date: 'Monday', reason: 'reaction' },
    { name: 'a saying that it would not comment', text: 'The port authority said on Monday it would not comment on the case.', date: 'Monday', reason: 'reaction' },
    { name: 'a date in an aside that names no happening', text: 'The mayor, a lawyer since 2016, resigned on Monday.', date: '2016', reason: 'modifies a noun', period: true },
    { name: 'a bare happening noun in an aside', text: 'The pad, scene of an explosion in 2016, will host the launch.', date: '2016', reason: 'modifies a noun', period: true },
    { name: 'a yardstick', text: 'Sales were the lowest since 1993.', date: '1993', reason: 'statistic', period: true },
    { name: 'a figure counted since a day', text: 'Of those, 40 were shipped out since Monday.', date: 'Monday', reason: 'statistic' },
    { name: 'a role held since a year', text: 'The Tarrow side has been a guest at the Brell cup since 1998.', date: '1998', reason: 'state', period: true },
    { name: 'a role held since a year, with a possessive', text: 'Ann Roe has been its chair since 2011.', date: '2011', reason: 'state', period: true },
    { name: 'where someone has stayed since a day', text: 'The Vell crew have been ashore since Friday.', date: 'Friday', reason: 'state' },
    { name: 'where a speaker has stayed since a day, quoted', text: '"We\'ve been indoors since Friday.', date: 'Friday', reason: 'state' },
    { name: 'a state held up to a day', text: 'Prior to Thursday, Norland was the only state to sign the pact.', date: 'Thursday', reason: 'state' },
    { name: 'a state held before a year', text: 'Before 1990 the Tarrow mill was a school.', date: '1990', reason: 'state', period: true },
    { name: 'a term running out, in a relative clause', text: 'The Brell warrants, which expire on May 3, can be sold for $5 each.', date: 'May 3', reason: 'state' },
    { name: 'a term maturing in a year, in a relative clause', text: 'The Tarrow notes, which mature in 2031, pay 4 percent.', date: '2031', reason: 'state', period: true },
    { name: 'a term running out, in an "until" clause', text: 'The council keeps its stake until the curb expires on June 30.', date: 'June 30', reason: 'state' },
    { name: 'a figure held on a day', text: 'On May 3, the Tarrow site had 1.4 million visitors.', date: 'May 3', reason: 'statistic' },
    { name: 'a high hit by a price in a year', text: "The maker's shares hit a high in 1997 after it launched its first phone.", date: 'in 1997', reason: 'statistic', period: true },
    { name: 'a low level hit by a price on a day', text: 'Pellow shares hit their lowest level since 1998 on Monday, falling 4 percent.', date: 'Monday', reason: 'statistic' },
    { name: 'highs touched by prices over days', text: 'Grain prices have touched two-year highs in recent days.', date: 'recent days', reason: 'statistic' },
    { name: 'a quantity a comparison is made with', text: 'The pump drew 900 litres on Tuesday, 20 percent more than the amount drawn on Monday.', date: 'Monday', reason: 'statistic' },
    { name: 'not since', text: 'Not since 1993 had sales been so weak.', date: '1993', reason: 'statistic', period: true },
    { name: 'a tally over a period', text: 'The county has lost 4,000 jobs since 2000.', date: '2000', reason: 'statistic', period: true },
    { name: 'a tally from a fronted year past an aside with a verb', text: 'Since 2004, three guards, including the warden, have been killed.', date: '2004', reason: 'statistic', period: true },
    { name: 'a percentage over a year', text: 'In 2008, drivers drove 3 percent less.', date: '2008', reason: 'statistic', period: true },
    { name: 'a percentage over a month', text: 'Bakery sales rose 40% last May.', date: 'last May', reason: 'statistic', period: true },
    { name: 'a figure on a day', text: 'On May 17, there were 9,000 tonnes of grain in the silos.', date: 'May 17', reason: 'statistic' },
    { name: 'a comparison over a month', text: 'Drivers in May traveled less than they did a year earlier.', date: 'in May', reason: 'statistic', period: true },
    { name: 'a boundary of a period', text: 'The lead over its rivals shrank after February.', date: 'February', reason: 'statistic', period: true },
    { name: 'a state over a year', text: 'The concert has been the subject of criticism this year.', date: 'this year', reason: 'state', period: true },
    { name: 'a present state', text: 'The bridge is open today.', date: 'today', reason: 'state' },
    { name: 'a past state', text: 'The firm, which last year was flush with cash, cut jobs.', date: 'last year', reason: 'state', period: true },
    { name: 'a possessive yardstick', text: 'Stocks rebounded, recovering from last week\'s losses.', date: 'last week', reason: 'statistic' },
    { name: 'a past forecast of a later date', text: 'The mayor said the floods had eased, but she expected a second, larger surge later this year.', date: 'later this year', reason: 'forecast', period: true },
    { name: 'a forecast whose verb sits before a quoted word', text: 'The bank said it expects demand to stay "very soft" well into the first half of 2027.', date: 'the first half of 2027', reason: 'forecast', period: true },
    { name: 'a belief held at a time', text: 'Most analysts a year ago assumed the mine would reopen.', date: 'a year ago', reason: 'state', period: true },
    { name: "a trend's onset", text: 'Retail sales kept a slump in spending going that began last winter.', date: 'last winter', reason: 'statistic', period: true },
    { name: "a trend's onset told by its subject", text: 'A steady rise in rents started in May across the valley.', date: 'in May', reason: 'statistic', period: true },
    { name: 'a level reached over a month', text: 'The jobless rate fell to its lowest level in a decade in March.', date: 'in March', reason: 'statistic', period: true },
    { name: "a year-earlier figure leading its clause", text: 'A year earlier, Harbourton Savings earned $2.4 million.', date: 'A year earlier', reason: 'modifies a noun', period: true },
    { name: "a hedged date before an attribution's comma, mid-sentence (left out, read with the noun after it)", text: 'Floodwater could reach the lower town this week, forecasters said on Monday.', date: 'this week', reason: 'modifies a noun' },
    { name: 'a tally over recent weeks', text: 'Savers have withdrawn large sums from the bank in recent weeks.', date: 'in recent weeks', reason: 'statistic', period: true },
    { name: 'a tally over recent months in a subject set off by an aside', text: 'The steep fall in rents in recent months, while good for tenants, has hurt landlords.', date: 'in recent months', reason: 'statistic', period: true },
    { name: 'a level over a year', text: 'Figures out this week show exports to the region hit a record $41 billion in 2019.', date: 'in 2019', reason: 'statistic', period: true },
    { name: 'a wish', text: '"We all wanted to be at the game tonight, but it was too far," he said.', date: 'tonight', reason: 'hypothetical' },
    { name: 'a habit', text: 'Ferries were often delayed in the early 1990s.', date: 'the early 1990s', reason: 'habit', period: true },
    { name: 'a question', text: 'How many ferries will the port need by 2040, if trade keeps growing?', date: 'by 2040', reason: 'hypothetical', period: true },
    { name: 'a question about a past day', text: 'Did the board know of the fault on Monday?', date: 'Monday', reason: 'hypothetical' },
    { name: 'a future perfect guessing at a past day', text: "Shoppers will have noticed last week's rise in the price of bread.", date: 'last week', reason: 'hypothetical' },
    { name: 'a future perfect by a day to come', text: 'By Friday, the crews will have cleared the Tollin road.', date: 'Friday', reason: 'hypothetical' },
    { name: 'a future perfect whose participle is written as its bare verb', text: 'By Friday, the crews will have cut the Tollin cable.', date: 'Friday', reason: 'hypothetical' },
    { name: 'a question about a saying', text: 'Who said on Monday that the bridge was safe?', date: 'Monday', reason: 'hypothetical' },
    { name: 'a passive projection', text: 'Ten floods a decade are projected for the year 2060 in the delta.', date: 'the year 2060', reason: 'forecast', period: true },
    { name: 'a passive forecast without a question', text: 'Output is forecast to double in 2031.', date: 'in 2031', reason: 'forecast', period: true },
    { name: 'a state that holds since a year', text: 'Norland has been independent since 1921, its envoy said.', date: '1921', reason: 'state', period: true },
    { name: 'an adjective state since a year', text: 'The old ferry has been idle since 2011.', date: '2011', reason: 'state', period: true },
    { name: 'a run of happenings told from a later past', text: 'Mr Ardent had been fined in four counties since 2004 for street preaching.', date: '2004', reason: 'statistic', period: true },
    { name: 'a state that ended at a date, told from a later past', text: 'Until Tuesday, detectives had named her only as a witness.', date: 'Tuesday', reason: 'state' },
    { name: 'a state going on until a date', text: 'The merged mills will continue to trade under their own names until early 2027.', date: 'early 2027', reason: 'state', period: true },
    { name: 'a count as of a day', text: 'Twelve of the 40 clubs had paid their dues by Friday.', date: 'Friday', reason: 'statistic' },
    { name: 'a count of jobs over a month', text: 'The retail trade, which added 41,000 jobs in March, led the gains.', date: 'in March', reason: 'statistic', period: true },
    { name: 'a level over a year, its currency spelt out', text: 'Exports of timber fell to 3 billion crowns last year.', date: 'last year', reason: 'statistic', period: true },
    { name: 'a peak over a decade', text: 'Its shares peaked at $40 in the late 1990s.', date: 'the late 1990s', reason: 'statistic', period: true },
    { name: 'what a future happening will do to a figure', text: 'The board said the closures will reduce the group\'s operating profit in 2027.', date: 'in 2027', reason: 'forecast', period: true },
    { name: 'a date of a noun after "of" that is an adjective standing as a noun', text: 'Shares rose, leaving the index just short of its record high of March 9.', date: 'March 9', reason: 'modifies a noun' },
    { name: 'a date in a noun phrase after a possessive', text: 'The town has been under curfew since his May 3 arrival.', date: 'May 3', reason: 'modifies a noun' },
    { name: 'a happening ahead of which a clause is told', text: 'Farmers marched in the capital ahead of this year\'s vote.', date: 'this year', reason: 'modifies a noun', period: true },
    { name: 'a purpose with a date of its own', text: 'Captain Ivy Marsh will be named skipper of the research ship for a voyage in October.', date: 'October', reason: 'modifies a noun', period: true },
    { name: 'a characterisation', text: 'One aide on Tuesday described the cabinet as "a room full of sleepwalkers."', date: 'Tuesday', reason: 'reaction' },
    { name: 'a day\'s news interpreted as something', text: "Traders interpreted Tuesday's ruling as a setback for the mill.", date: 'Tuesday', reason: 'reaction' },
    { name: 'a characterisation with "portray"', text: 'The mayor portrayed the strike as a betrayal on Monday.', date: 'Monday', reason: 'reaction' },
    { name: 'a saying whose content is only a quotation after it', text: 'His aunt, who raised him, said Friday from her home in Elmvale: "I always knew he was gentle."', date: 'Friday', reason: 'reaction' },
    { name: 'an answer to a question put to someone', text: '"The file is with my lawyers," Judge Ana Pell said when asked Tuesday about the audit.', date: 'Tuesday', reason: 'reaction' },
    { name: 'a reply', text: 'The governor replied on Monday that the idea was "worth a look."', date: 'Monday', reason: 'reaction' },
    { name: 'a hint', text: 'The minister implied as much yesterday when reporters asked about the tolls.', date: 'yesterday', reason: 'reaction' },
    { name: 'an answer after an aside asking', text: 'And the mayor yesterday, asked whether she was glad, replied: "Not at all."', date: 'yesterday', reason: 'reaction' },
    { name: "a paper's editorial", text: 'The Varrow Times said in an editorial on Saturday that the court erred.', date: 'Saturday', reason: 'reaction' },
    { name: "a daily's commentary", text: 'A commentary in the daily argued Monday that the talks had failed.', date: 'Monday', reason: 'reaction' },
    { name: "a columnist's complaint", text: 'The Varrow Post columnist Ann Roe complained today of "hysterical" coverage of the floods.', date: 'today', reason: 'reaction' },
    { name: 'what an editorial says after its colon', text: 'The Varrow Times said in an editorial on Sunday: The council lost its nerve this week.', date: 'this week', reason: 'reaction', period: true },
    { name: 'a refusal to comment', text: 'Harbour police declined to comment on Friday.', date: 'Friday', reason: 'reaction' },
    { name: 'blame told with no occasion', text: 'The mayor criticised the port board on Monday.', date: 'Monday', reason: 'reaction' },
    { name: 'blame whose occasion is another clause\'s', text: 'The mayor criticised the plan on Monday, which was drawn up at a meeting.', date: 'Monday', reason: 'reaction' },
    { name: 'blame drawn at a hearing, told by its noun', text: 'The report drew criticism on Thursday from a senator at a hearing.', date: 'Thursday', reason: 'reaction' },
    { name: 'a refusal to comment, its date before it', text: 'A spokesman for the mill declined Friday to comment on the report.', date: 'Friday', reason: 'reaction' },
    { name: 'no comment', text: 'A spokeswoman for the bank had no comment on Monday.', date: 'Monday', reason: 'reaction' },
    { name: 'no one reached for comment', text: 'Officials at the port could not be reached for comment Monday.', date: 'Monday', reason: 'reaction' },
    { name: 'a pleased speaker', text: 'The harbour master said Friday that he is very pleased with the new cranes.', date: 'Friday', reason: 'reaction' },
    { name: 'a verdict another paper noted, passed on after a fronted "as" clause', text: 'As the Varrow Times points out today, the response to the flood has been "chaotic."', date: 'today', reason: 'reaction' },
    { name: 'much made of a thing', text: 'Much has been made in recent days of the decision to close the pier.', date: 'in recent days', reason: 'reaction' },
    { name: 'much written', text: 'Much has been written this week about the closing of the pier.', date: 'this week', reason: 'reaction', period: true },
    { name: 'much discussed', text: 'Much discussed in recent days here in Varrow is the mayor\'s failure to "connect" with voters.', date: 'in recent days', reason: 'reaction' },
    { name: 'a verdict on how a thing has stood', text: 'The response to the flood has been chaotic this week.', date: 'this week', reason: 'reaction' },
    { name: 'a likeness a dated thing took on, said', text: 'A story in the daily said Thursday\'s hearing "took on the air of a trial."', date: 'Thursday', reason: 'reaction' },
    { name: 'a verdict on a dated thing, said', text: 'The mayor said Friday\'s vote was unfair.', date: 'Friday', reason: 'reaction' },
    { name: 'a verdict carried by "a good thing", said', text: 'The mayor said on Friday that the vote was a good thing for the port.', date: 'Friday', reason: 'reaction' },
    { name: 'what a thing still is, said', text: 'The mayor said on Monday the town remained a big worry for the region.', date: 'Monday', reason: 'reaction' },
    { name: 'a quoted verdict on an operation', text: 'Spokesman Ole Varn said late yesterday that "the search has been very thorough."', date: 'late yesterday', reason: 'reaction' },
    { name: 'a seeming', text: 'The foreign office said today that conditions in Norland appear to be getting worse.', date: 'today', reason: 'reaction' },
    { name: 'a guess said after it', text: 'The thick walls of the depot may have saved lives, an official said Saturday.', date: 'Saturday', reason: 'reaction' },
    { name: 'a guess under a condition, with a figure', text: 'Ann Roe said on Monday that the repairs could cost $4 million if the strike lasts until May.', date: 'Monday', reason: 'reaction' },
    { name: 'a forecast quoted after a fronted clause', text: 'The harbour master said on Monday: "As the tide turns, I expect the boats to come back to the quay."', date: 'Monday', reason: 'reaction' },
    { name: 'a feeling quoted after a fronted clause', text: 'The mayor said on Monday: "When the storm hit, I was stunned."', date: 'Monday', reason: 'reaction' },
    { name: 'what is possible by a day', text: '"It\'s possible to have the pier open again by May 3," the mayor said.', date: 'May 3', reason: 'hypothetical' },
    { name: 'what is likely on a day', text: 'It is likely that the council will vote on the pier on Friday.', date: 'Friday', reason: 'hypothetical' },
    { name: 'a question left open, its date in it', text: 'It is not clear whether the council will vote on Friday.', date: 'Friday', reason: 'hypothetical' },
    { name: 'a question left open, after "unclear" and an adverb', text: 'It remains unclear exactly when the ferry will sail on Friday.', date: 'Friday', reason: 'hypothetical' },
    { name: 'a second question left open, after a comma', text: "It is not clear when the song will be out, or whether the band will play it at Friday's show.", date: 'Friday', reason: 'hypothetical' },
    { name: 'what was set for a day, called off', text: 'The summit, scheduled for May 3, was called off.', date: 'May 3', reason: 'negation' },
    { name: 'what was looked for in a month, cancelled', text: 'A fair expected to take place in the park in September was cancelled.', date: 'in September', reason: 'negation', period: true },
    { name: 'what was due on a day, postponed', text: 'The vote, which was due on Friday, has been postponed.', date: 'Friday', reason: 'negation' },
    { name: 'what was due on a day, postponed, in what was said', text: 'The mayor has said council elections due to be held on 3 May will be postponed.', date: '3 May', reason: 'negation' },
    { name: 'what was due on a day, delayed', text: 'The Norvex hearing, due to open on Monday, has been delayed.', date: 'Monday', reason: 'negation' },
    { name: 'what was due on a day, moved to another', text: 'Closing talks, due to begin on 4 June, will now begin on 9 July.', date: '4 June', reason: 'negation' },
    { name: 'a forecast said, denied', text: 'The weather office said Monday it did not expect the river to reach the town.', date: 'Monday', reason: 'forecast' },
    { name: 'an estimate of what could come, made on a day', text: 'The firm estimated today that the repairs could take a month.', date: 'today', reason: 'forecast' },
    { name: "analysts' guess of a cost, said", text: 'Analysts said this week that the strike could cost the firm $3 billion.', date: 'this week', reason: 'forecast' },
    { name: "economists' forecast, said", text: 'Economists said on Monday that prices will fall.', date: 'Monday', reason: 'forecast' },
    { name: 'when a work will be over, said', text: 'An engineer said Monday the bridge would be done by August.', date: 'Monday', reason: 'forecast' },
    { name: 'when a work will be ready, said', text: 'The mayor said on Monday that the new pier will be ready by May.', date: 'Monday', reason: 'forecast' },
    { name: 'a warning of what may come, after it', text: 'The flu may spread faster than thought, the chief doctor warned today.', date: 'today', reason: 'forecast' },
    { name: 'a prediction made on a day', text: 'Forecasters predicted on Monday that the storm would hit the coast.', date: 'Monday', reason: 'forecast' },
    { name: 'a question opening the sentence', text: 'Whether the pier opens on Friday is another matter.', date: 'Friday', reason: 'hypothetical' },
    { name: 'what is possible on a day, with a curly apostrophe', text: '“It’s possible that the pier will reopen on Friday,” the mayor said.', date: 'Friday', reason: 'hypothetical' },
    { name: 'a view held, told by "felt that"', text: 'Many readers felt on Monday that the vote was a mistake.', date: 'Monday', reason: 'reaction' },
    { name: 'a view held, told by "felt" and a clause', text: 'The mayor felt on Monday the vote was a mistake.', date: 'Monday', reason: 'reaction' },
    { name: 'a view held by those commenting on a day', text: 'Several of those writing in to the show yesterday felt that the storm coverage was overblown.', date: 'yesterday', reason: 'reaction' },
    { name: 'foresight claimed', text: 'The harbour master saw it coming in May.', date: 'in May', reason: 'reaction', period: true },
    { name: 'the day of a cited column', text: 'Ann Roe ("A Pier Too Far," Weekend, Oct. 12) argues the town should sell the pier.', date: 'Oct. 12', reason: 'modifies a noun' },
    { name: 'the yardstick of a comparison', text: 'There are more boats at the pier now than there were a month ago.', date: 'a month ago', reason: 'state', period: true },
    { name: 'the yardstick of a comparison, in the past perfect', text: 'The mayor said the harbour was quieter than it had been in May.', date: 'in May', reason: 'state', period: true },
    { name: "a mood in a quotation's second sentence", text: 'We are ready for the flood," the mayor said on Monday.', date: 'Monday', reason: 'reaction' },
    { name: "a forecast's hedge in a quotation's second sentence", text: 'So far we are not expecting the barge for two days," the captain said yesterday.', date: 'yesterday', reason: 'reaction' },
    { name: 'a hedged guess at a rate', text: 'Ann Roe told reporters last month that the mill should be able to raise its output by 5 to 7 percent a year.', date: 'last month', reason: 'reaction', period: true },
    { name: 'a hedged guess at a rate, per day', text: 'The mayor said on Monday that the plant could treat 200 tonnes per day.', date: 'Monday', reason: 'reaction' },
    { name: 'what must come first for a future denied', text: 'The road will not reopen until the bridge is repaired later this month.', date: 'later this month', reason: 'forecast', period: true },
    { name: "what must come first, with won't", text: "The mill won't restart until the crews finish the dam next week.", date: 'next week', reason: 'forecast' },
    // (what an expectation frames: an impersonal passive, a noun of hope or fear before "that", a present hope before "to")
    { name: 'what is hoped, impersonally', text: 'It is hoped the ferry crew will land the cargo by Monday.', date: 'Monday', reason: 'forecast' },
    // (an expectation's past form opening the sentence has no "it is" before it to read, and is no impersonal passive)
    { name: "a fear's past form opening the sentence", text: 'Feared that the old dam could fail on Friday, villagers left.', date: 'Friday', reason: 'hypothetical' },
    { name: 'what is feared, impersonally, with "that"', text: 'It was feared that the old dam could fail on Friday.', date: 'Friday', reason: 'forecast' },
    { name: 'a hope that something will come', text: 'There is a hope that the river will fall in the coming week.', date: 'the coming week', reason: 'forecast' },
    { name: 'fears that something will come', text: 'In Lowmere there were fears that the river will crest on Sunday.', date: 'Sunday', reason: 'forecast' },
    { name: 'a hope to do, in a relative clause', text: 'The charity has found a hall that it hopes to open as a clinic this weekend.', date: 'this weekend', reason: 'forecast' },
    { name: 'an expectation that frames a date and its when-clause', text: 'The firm does not expect to finish the road until August, when two bridges are due to be built.', date: 'August', reason: 'forecast', period: true },
    { name: 'an estimate of what is likely, made on a day', text: 'Economists estimated last week that the jobless total is likely to rise by next year.', date: 'last week', reason: 'forecast' },
    { name: "a hope told in a saying's past, the date inside it", text: 'A spokesman said the firm hoped later this week to pump more water out of the mine.', date: 'later this week', reason: 'forecast' },
    // (a date still ahead told as a bound or a guess is no fixed day)
    { name: 'a step as early as a day ahead', text: 'The board will vote on the pier as early as Friday.', date: 'Friday', reason: 'forecast' },
    { name: 'a step to begin as early as next week', text: 'Police say they have enough evidence to begin presenting the case to a jury as early as next week.', date: 'next week', reason: 'forecast' },
    { name: 'a step sometime in a year ahead', text: 'Sometime next year, the mill will find a new bank.', date: 'next year', reason: 'forecast', period: true },
    { name: 'a ruling at the earliest', text: 'The court will rule in June at the earliest.', date: 'June', reason: 'forecast', period: true },
    // (a plan told with a "by" deadline is a target; an expectation of a work done by a period is an estimate)
    { name: 'a plan with a deadline day', text: 'The crews plan to leave the island by March 12.', date: 'March 12', reason: 'hypothetical' },
    { name: 'plans for someone to do a thing by a year', text: 'The league also outlined plans for its clubs to become debt free by 2031.', date: '2031', reason: 'hypothetical', period: true },
    { name: 'an expectation of two joined deeds by a period', text: 'The new pump is expected to drain and dry the mine by mid-September.', date: 'mid-September', reason: 'forecast', period: true },
    { name: 'a hint of what will come', text: 'The central bank signaled on Tuesday that it will cut rates again.', date: 'on Tuesday', reason: 'forecast' },
    { name: 'a hint of what could come, its date fronted', text: 'Just this week, the board hinted that the fee could rise.', date: 'this week', reason: 'forecast' },
    { name: 'a duty told with "has to"', text: 'A ruling on the ferry has to be given this week by the council.', date: 'this week', reason: 'hypothetical' },
    { name: 'a duty told with "must"', text: 'The harbour fee must be paid by Friday.', date: 'Friday', reason: 'hypothetical' },
    { name: 'a duty told with "needs to", its date fronted', text: 'This week, the council needs to decide whether to close the pool.', date: 'This week', reason: 'hypothetical' },
    { name: 'reasons explained', text: 'On Monday, a ferry worker explained why he and others would stay away from the pier.', date: 'Monday', reason: 'reaction' },
    { name: 'a manner described, after a phrase', text: 'Ann Roe described in a letter on Friday how the flood had changed the town.', date: 'Friday', reason: 'reaction' },
    { name: 'an aim in the present, said', text: 'The firm said on Monday it aims to list its shares.', date: 'Monday', reason: 'reaction' },
    { name: 'an effort in the present, said after it', text: 'Tarlo Energy seeks to widen its fleet, the port authority said on Monday.', date: 'Monday', reason: 'reaction' },
    { name: 'a mood said with "look forward to"', text: 'Ann Roe said on Monday she was looking forward to the match.', date: 'Monday', reason: 'reaction' },
    { name: 'opinions held on a day', text: 'Friday she had strong opinions on the fate of the old pier.', date: 'Friday', reason: 'reaction' },
    { name: 'views voiced', text: 'Ann Roe voiced her views about the harbour plan on Monday.', date: 'Monday', reason: 'reaction' },
    { name: 'an attack in words kept up', text: 'The mayor kept up the assault on Sunday.', date: 'Sunday', reason: 'reaction' },
    { name: 'a call that went on', text: 'Over the weekend, the Tarlo union continued to call for a recount of the vote.', date: 'the weekend', reason: 'reaction' },
    { name: 'an urging that went on', text: 'The ministers on Friday continued to press for a vote.', date: 'Friday', reason: 'reaction' },
    { name: 'a push for a thing that went on', text: 'The union continued to push for a recount on Sunday.', date: 'Sunday', reason: 'reaction' },
    { name: "a speaker's own state up to now, quoted", text: '"I\'ve been in shock at the quay this morning, waiting for the crew," he added.', date: 'this morning', reason: 'reaction' },
    { name: 'a feeling told in the past perfect', text: 'Ann Roe had told the paper in May that she was very pleased.', date: 'May', reason: 'reaction', period: true },
    { name: 'a memory said', text: 'Ann Roe said Friday that she remembered being asked to guard the pier.', date: 'Friday', reason: 'reaction' },
    { name: 'a memory said with "recalled"', text: 'Ann Roe said on Monday she recalled seeing the ferry sink.', date: 'Monday', reason: 'reaction' },
    { name: 'a mood said with "there remained"', text: 'The mayor said on Friday there remained "deep concern" about the old dam.', date: 'Friday', reason: 'reaction' },
    { name: 'a guess under a condition, told to someone', text: 'Hal Olin told reporters on Friday that the port might lose $2 million a week unless the strike ends.', date: 'Friday', reason: 'reaction' },
    { name: "a speaker's own present, quoted", text: '"I am ready to fly home tomorrow, alone if need be," Tomas Brel wrote.', date: 'tomorrow', reason: 'reaction' },
    { name: "a speaker's own present after a wire's opening quotation mark", text: "''We sign the pact today with pride,'' the envoy said.", date: 'today', reason: 'reaction' },
    { name: 'a yardstick "since" far after "the first time"', text: 'It was the first time that Mr Olin, who landed on Friday with two aides, had been let into the plant since March 3.', date: 'March 3', reason: 'statistic' },
    { name: 'weekdays that recur', text: 'The new buses will leave the depot on Monday and Thursday evenings from May 2.', date: 'Monday', reason: 'habit' },
    { name: 'a weekday that recurs, its plural in the expression', text: 'The new buses leave the depot on Thursday evenings.', date: 'Thursday evenings', reason: 'habit' },
    { name: 'power held over a decade', text: 'The Varn party held power in the late 1970s.', date: 'the late 1970s', reason: 'state', period: true },
    { name: 'a count of staff over a year', text: 'The old mill employed 300 people in 2019.', date: '2019', reason: 'statistic', period: true },
    { name: 'a count of stores over a year', text: 'The chain had 40 stores last year.', date: 'last year', reason: 'statistic', period: true },
    { name: 'an output over a year', text: 'The Varn mill produced 40,000 tonnes of steel in 2008.', date: '2008', reason: 'statistic', period: true },
    { name: "a unit's share of a result over a fronted year", text: 'While the shops made no profit this year, last year they contributed $12 million, after costs.', date: 'last year', reason: 'statistic', period: true },
    { name: 'an output set against others over a year', text: 'The valley co-op, which last year produced more wine than any other grower, is for sale.', date: 'last year', reason: 'statistic', period: true },
    { name: 'an export figure over a month', text: 'The port exported $3 million of timber in May.', date: 'in May', reason: 'statistic', period: true },
    { name: 'a count changed over a week, from one figure to another', text: 'The number of seals found stranded also rose last week, from 40 to 52.', date: 'last week', reason: 'statistic' },
    { name: 'a level changed over a month, from one sum to another', text: 'The fare fell in May from $4 to $3.', date: 'in May', reason: 'statistic', period: true },
    { name: 'a ratio of a whole over a year', text: 'The board says that $1 of every $7 paid to savers by the big banks last year came from Varn.', date: 'last year', reason: 'statistic', period: true },
    { name: 'a ratio of a whole over a month', text: 'One in five homes sold in the valley in May was new.', date: 'in May', reason: 'statistic', period: true },
    { name: 'a count so far that figures show', text: 'The latest figures from the state on Friday showed 500 gulls along the coast have been found dead.', date: 'Friday', reason: 'statistic' },
    { name: 'a figure changed between two dates', text: 'The size of the slick, as seen from planes, grew about 40% from 3 May to late Friday.', date: 'Friday', reason: 'statistic' },
    { name: "a sentence's bare share move, an aside after its subject", text: 'Shares in Tolvane, the largest tin miner in the valley, fell 2.1 percent on Friday.', date: 'Friday', reason: 'statistic' },
    { name: 'a bare share move of a hyphened subject', text: 'Shares in Oslo-based Tolvane fell 3 percent on Monday.', date: 'Monday', reason: 'statistic' },
    { name: "a sentence's bare share move, an aside set off by dashes after its subject", text: 'Shares of Tolvane -- which has lost a third of its value since the fire -- closed 2 percent higher on Thursday.', date: 'Thursday', reason: 'statistic' },
    { name: "a sentence's bare share move, an aside set off by em dashes", text: 'Shares in Tolvane — down 40 percent since the spill began — rose 3 percent on Friday.', date: 'Friday', reason: 'statistic' },
    { name: 'a move of equities', text: 'Both equities plunged over 10 percent on Tuesday.', date: 'Tuesday', reason: 'statistic' },
    { name: "a currency's move", text: "The region's currency fell 3 percent on Friday.", date: 'Friday', reason: 'statistic' },
    { name: 'a trend over a year, told by its manner', text: 'The survey warns that such clubs grew rapidly last year, mostly among the young.', date: 'last year', reason: 'statistic', period: true },
    { name: 'a figure over a quarter', text: 'Varn Mills reported third-quarter net income of $27.1 million, or 67 cents a share.', date: 'third-quarter', reason: 'statistic', period: true },
    { name: 'a loss over a quarter, its period after it', text: 'Olin Tools said it had a loss of $158,666, or 10 cents a share, in the third quarter.', date: 'the third quarter', reason: 'statistic', period: true },
    { name: "a figure's noun before its quarter", text: 'Varn Holdings said its net loss for the slow third quarter narrowed on a leap in revenue.', date: 'third quarter', reason: 'statistic', period: true },
    { name: 'a yardstick figure after "compared with"', text: 'Olin Tools had a loss of $1 million, compared with a year-earlier loss of $26,956.', date: 'year-earlier', reason: 'statistic', period: true },
    { name: 'what there has been since a year', text: 'Since 1990 there has been a steady thaw between the two towns.', date: '1990', reason: 'state', period: true },
    { name: 'a state that went on', text: 'Two decades ago the valley towns were still under martial law.', date: 'Two decades ago', reason: 'state', period: true },
    { name: 'a rate', text: 'After a small revision on Tuesday, the region has been adding homes at a rate of 900 a month.', date: 'Tuesday', reason: 'statistic' },
    { name: 'a pace over a month', text: 'Factories hired workers at a brisk pace in March.', date: 'in March', reason: 'statistic', period: true },
    { name: "a speaker's prediction with 'going to'", text: '"The mills are going to get hit hard in the spring," she said.', date: 'the spring', reason: 'forecast', period: true },
    { name: "a prediction with 'going to' in the wire's quotation marks", text: "``Those mills will close, and the valley is going to start getting beat up in the spring.''", date: 'the spring', reason: 'forecast', period: true },
    { name: "what a figure is going to do", text: 'Steel output is going to start shrinking in the autumn.', date: 'the autumn', reason: 'forecast', period: true },
    { name: 'a narrowing to a level over a month', text: 'The trade gap narrowed to 2 billion crowns in May.', date: 'in May', reason: 'statistic', period: true },
    { name: 'a change in a figure counted from a day', text: 'The mayor said that while the crews had nearly doubled the water being pumped from the mine since Friday, it was still rising.', date: 'Friday', reason: 'statistic' },
    { name: 'things counted from a year on', text: 'The samples match strains isolated in the delta since 2004, the lab wrote.', date: '2004', reason: 'statistic', period: true },
    { name: "a record's date", text: 'Shares rose, leaving the index just short of its record high set on March 9.', date: 'March 9', reason: 'statistic' },
    // (a quantity gathered over a day or a period is a tally, whoever reports it)
    { name: 'a quantity gathered on a day', text: 'The skimmers collected 9,200 gallons of brine from the lagoon on Monday.', date: 'Monday', reason: 'statistic' },
    { name: 'a quantity gathered, with its conversion in brackets', text: 'Tarlo Energy said it had captured 4,150 barrels (174,300 gallons) of crude from the broken pipe on Sunday, the most yet.', date: 'Sunday', reason: 'statistic' },
    { name: 'a saying whose content is a quantity gathered', text: 'The port said on Friday it had recovered 1.2 million tonnes of grain from the silo.', date: 'Friday', reason: 'statistic' },
    { name: 'a fronted day before a quantity gathered', text: 'On Tuesday, the new hood had managed to siphon 3,700 barrels of fuel.', date: 'Tuesday', reason: 'statistic' },
    { name: 'the second of two days of a quantity gathered', text: 'Crews collected 800 tons of debris on Saturday and 950 tons on Sunday.', date: 'Sunday', reason: 'statistic' },
    // (a running tally updated is a count, whatever the day it is told)
    { name: 'new cases bringing a total to a figure', text: 'A further 60 patients were confirmed with the fever in Varrow today, bringing the total to 412 cases.', date: 'today', reason: 'statistic' },
    { name: 'a saying of new cases taking a total to a figure', text: 'The health office said on Monday it had found nine new cases, taking the national total to 130.', date: 'Monday', reason: 'statistic' },
    { name: 'a tally of cases climbing to a figure', text: 'The tally of confirmed cases has climbed to 2,300, the agency said on Friday.', date: 'Friday', reason: 'statistic' },
    { name: 'a tally rising to a figure', text: 'The global tally rose to 4,100 infections on Thursday.', date: 'Thursday', reason: 'statistic' },
    { name: 'what someone was urged to do', text: 'Crowds gathered to urge her to stand in the vote next year.', date: 'next year', reason: 'hypothetical', period: true },
    { name: 'a hope', text: 'The ferry line said it would repaint the hulls and hoped to sail again next week.', date: 'next week', reason: 'hypothetical' },
    { name: 'an aim', text: 'The Orlan space agency aims to launch its first probe on May 3.', date: 'May 3', reason: 'hypothetical' },
    { name: 'an intention, "meant to"', text: "I'm meant to be fixing the pumps in the east ward today.", date: 'today', reason: 'hypothetical' },
    { name: 'a deadline striven for', text: 'Varn Mining is pushing to reopen its old shaft by July 27, its managers said.', date: 'July 27', reason: 'hypothetical' },
    { name: 'a deadline of a bid', text: 'Ada Brill will lead the council\'s bid to finish the new harbour wall by the end of this year.', date: 'the end of this year', reason: 'hypothetical', period: true },
    { name: 'a choice still weighed', text: 'Aides said the governor is considering a plan to close the old prison as soon as March 2027.', date: 'March 2027', reason: 'hypothetical', period: true },
    { name: 'a choice still weighed, told by a gerund', text: 'Norland is considering winding down the checks at its ports at the end of the week.', date: 'the end of the week', reason: 'hypothetical' },
    { name: 'an aim sought', text: 'The plan seeks to reopen the canal later in August through a new lock.', date: 'later in August', reason: 'hypothetical', period: true },
    { name: 'a slick foretold to hit a coast', text: 'Crews fought to contain a huge slick expected to hit the Varrow coast on Friday.', date: 'Friday', reason: 'forecast' },
    { name: 'a storm foretold to make landfall', text: 'Tropical Storm Ingrid, the third storm of the season, is expected to make landfall tonight.', date: 'tonight', reason: 'forecast' },
    { name: 'seas foretold to build', text: 'Seas are expected to build to 4 metres by Saturday night off the cape.', date: 'Saturday night', reason: 'forecast' },
    { name: 'a counterfactual', text: 'The storm delayed the concrete, which would have allowed an attempt to seal the shaft over this weekend.', date: 'this weekend', reason: 'hypothetical' },
    { name: 'what could follow from a thing', text: 'A wet spring may force the growers to replant in May.', date: 'in May', reason: 'hypothetical', period: true },
    { name: "a guess with 'can'", text: 'Tolvane Oil says it can pump 9,000 barrels a day by the end of this month.', date: 'the end of this month', reason: 'hypothetical', period: true },
    { name: "what one can do on a day", text: 'On 18 August listeners can hear the first broadcast of the Varn symphony.', date: '18 August', reason: 'hypothetical' },
    { name: "a modal before a verb the tagger misreads", text: 'Then in March 2027, the mayor can either reappoint or replace the harbour chief.', date: 'March 2027', reason: 'hypothetical', period: true },
    { name: 'the date of a noun told about, before its "in" and gerund', text: 'The coach took sharp questions about his role last year in choosing the new stadium.', date: 'last year', reason: 'modifies a noun', period: true },
    { name: 'what a noun of thought holds', text: 'The book rests on the premise that cheap power in the 1970s built the mill towns.', date: 'the 1970s', reason: 'hypothetical', period: true },
    { name: 'an idea rejected', text: 'Critics reject the idea that the flood in 2004 caused the collapse of the bridge.', date: '2004', reason: 'hypothetical', period: true },
    { name: 'the same after "over"', text: 'The panel raised doubts over her role last month in closing the ferry line.', date: 'last month', reason: 'modifies a noun', period: true },
    // (a figure as the core of the clause: a count that stands or so far, a tally updated, a poll's finding, a share of a
    // group holding a view, a group counted out, a routine close)
    { name: 'a count standing now, told back in a saying', text: 'The aid chief told reporters on Monday that there were now 43 crews at the port.', date: 'Monday', reason: 'statistic' },
    { name: 'a count so far, in the past perfect up to a "since"', text: 'The colonel said on Sunday there had been 600 landings since the army took the field.', date: 'Sunday', reason: 'statistic' },
    { name: 'a count standing now, bounded by "just"', text: 'The mayor said on Monday that there are just 40 beds left.', date: 'Monday', reason: 'statistic' },
    { name: 'a count so far, in the present perfect', text: 'The clinic said on Friday there have been 1,200 calls to the hotline.', date: 'Friday', reason: 'statistic' },
    { name: 'a tally increased to more than a figure', text: 'The agency today increased its tally of confirmed cases to more than 2,300.', date: 'today', reason: 'statistic' },
    { name: 'a tally revised to a figure', text: 'The ministry on Monday revised its total of missing sailors to 48.', date: 'Monday', reason: 'statistic' },
    { name: "what a poll found", text: 'A Varn Daily poll last month found that 64 percent of voters rated the pier as vital.', date: 'last month', reason: 'statistic', period: true },
    { name: 'what figures show, a count', text: 'The helpline released figures showing that it received 1,240 calls yesterday.', date: 'yesterday', reason: 'statistic' },
    { name: 'a share of a group holding a view past an aside', text: 'In early May, before the ferry sank on May 20, fully 70 percent of voters favored the new pier.', date: 'early May', reason: 'statistic', period: true },
    { name: 'a share holding a view, the group left out', text: 'On March 4, 52 percent approved of the bypass and 41 percent disapproved.', date: 'March 4', reason: 'statistic' },
    { name: 'a share holding a view past an aside, the group left out', text: 'In early May, before the ferry sank on May 20, fully 70 percent said they favored the pier.', date: 'early May', reason: 'statistic', period: true },
    { name: 'a share named as the view\'s holder', text: 'The bypass now has 30 percent, down from the 48 percent who backed it in March.', date: 'in March', reason: 'statistic', period: true },
    { name: 'the days a poll of shares was taken', text: 'About 52 percent backed the bypass and 30 percent said they were unsure (March 4-5, 2016).', date: 'March 4-5, 2016', reason: 'statistic' },
    { name: 'a figure a study found', text: 'A Tarrow study last year found that pupils spend 30 percent of the school day indoors.', date: 'last year', reason: 'statistic', period: true },
    { name: 'a count so far since a day', text: 'More than 800 walkers have been rescued from the hills since 2 March.', date: '2 March', reason: 'statistic' },
    { name: 'a group counted out with no determiner', text: 'Of 70 schools joining the scheme since March 1, 25 did so to cut costs, an official said.', date: 'March 1', reason: 'statistic' },
    { name: 'a count so far coordinated before a saying', text: 'Fourteen boats have been lost and 230 crew have been rescued, the coastguard said on Monday.', date: 'Monday', reason: 'statistic' },
    { name: 'counts listed over a span of years', text: 'Between 2011 and 2014, those included 12 collapses and 340 injuries on the sites.', date: 'Between 2011 and 2014', reason: 'statistic', period: true },
    { name: 'a count of things over a fronted span', text: 'Between March 2012 and May 2013, four bridges on the county road failed, the report said.', date: 'March 2012 and May 2013', reason: 'statistic', period: true },
    { name: 'a sum allocated in a year', text: 'In 2016, $7 million was allocated to the new pumps.', date: '2016', reason: 'statistic', period: true },
    { name: 'a multiple of a figure told then', text: 'The builders said the repair bill may reach $40,000, double what they quoted a month ago.', date: 'a month ago', reason: 'state', period: true },
    { name: 'a multiple of a price paid then', text: 'The yard now charges him twice the price he was paying six weeks ago.', date: 'six weeks ago', reason: 'state', period: true },
    { name: 'a rating holding steady, then its shares', text: "The council's standing holds this month: 39 percent of residents approve and 50 percent disapprove.", date: 'this month', reason: 'statistic', period: true },
    { name: 'a count recorded so far that a saying reports', text: 'The board today said that 30 clinics had logged 4,200 visits from walkers.', date: 'today', reason: 'statistic' },
    { name: 'a group counted out in an opening phrase', text: 'Of the 84 crew on the ship on 3 May, six worked for the owner and 52 for the charterer.', date: '3 May', reason: 'statistic' },
    { name: 'a routine close, a record only in a clause after "but"', text: 'Tolvane shares closed up one percent Thursday but have lost $3 billion since the fire.', date: 'Thursday', reason: 'statistic' },
    { name: "a price's move told as going on", text: 'Its share price continued to slide today after the failed repair.', date: 'today', reason: 'statistic' },
    // (review23b: one rule with events.ts goneOn, which read a level going on whatever its subject)
    { name: "a price's move told as going on, capitalised", text: 'Prices continued to fall on Monday.', date: 'Monday', reason: 'statistic' },
    { name: "a level's move told as going on", text: 'The toll continued to rise on Monday.', date: 'Monday', reason: 'statistic' },
    { name: 'a count reported over a month', text: 'The farm agency reported 180 outbreaks of the disease in birds in March alone.', date: 'in March', reason: 'statistic', period: true },
    { name: 'a count handled over a year', text: 'The Varn abattoir slaughtered 26 million hens in 2006.', date: 'in 2006', reason: 'statistic', period: true },
    { name: 'a sum paid in a kind of charge, what a saying reports', text: 'The firm said last night that it paid $6.3 billion in income tax.', date: 'last night', reason: 'statistic' },
    { name: 'a count collected over a week', text: 'Rangers collected 177 seals last week.', date: 'last week', reason: 'statistic' },
    { name: 'a trend a place has seen over a span up to now', text: 'The valley has seen a stabilization of new cases in the past few days.', date: 'in the past few days', reason: 'statistic' },
  ])('leaves out $name', ({ text, date, reason, period }) => {
    expect(read(text, date, period ?? false)).toEqual({ keep: false, reason });
  });

  it.each([
    { name: 'a quoted past in the first person', text: '"I was in the harbour a month ago when the crane fell," she said.', date: 'a month ago' },
    { name: 'a quoted progressive in the first person', text: '"We are filing the suit today," the union said.', date: 'today' },
    { name: 'a quoted clause after a verb of knowing', text: '"We know that in 1957 the dam leaked twice," Ray Olin said.', date: '1957' },
    { name: "a paper's report", text: 'The Varrow Times reported on Saturday that the court had ruled.', date: 'Saturday' },
    { name: "a statement's news after its colon", text: 'The mayor said in a statement: The council voted on Monday to close the pool.', date: 'Monday' },
    { name: "a columnist's dismissal", text: 'The columnist Ann Roe was fired on Monday.', date: 'Monday' },
    { name: "a court's opinion", text: 'The court said in its opinion Monday that the law is void.', date: 'Monday' },
    { name: 'talks held in a month', text: 'The two sides held talks in May.', date: 'May', period: true },
    { name: 'a town held in a year', text: 'The rebels held the town in 2019.', date: '2019', period: true },
    { name: 'happenings counted over a year', text: 'The mill had two fires in 2019.', date: '2019', period: true },
    { name: 'a comment made', text: 'The mayor commented on the plan Friday.', date: 'Friday' },
    { name: 'a call for comment issued', text: 'The agency issued a call for comment on the plan on Monday.', date: 'Monday' },
    { name: 'a happening a refusal to comment is about', text: 'Police declined to comment on the arrest made Friday.', date: 'Friday' },
    { name: 'a state said with no degree', text: 'Police said Friday the airport is open again.', date: 'Friday' },
    { name: 'a visit expected, said after it', text: 'The envoy is also expected to visit Varrow, the ministry said at a briefing today.', date: 'today' },
    { name: 'a figure said', text: 'The mayor said Monday that turnout is very high, at 71 percent.', date: 'Monday' },
    { name: 'a rise on a day, told by its manner', text: 'The river rose sharply on Monday and flooded the mill.', date: 'Monday' },
    { name: 'a happening in a quarter of a year, no figure', text: 'The army took the town in the third quarter of 1944.', date: 'the third quarter of 1944', period: true },
    { name: 'a happening bigger than a dated one', text: 'The leak was bigger than the 1989 tanker disaster off Varrow.', date: '1989', period: true },
    { name: 'an asking with a deadline to respond by', text: 'A panel is weighing the bid; the parent asked it on Monday to respond by Oct. 31.', date: 'Monday' },
    { name: 'a request after an aside', text: 'Last week, Director Ann Roe, on a visit to Varrow, asked the harbour police to join the hunt.', date: 'Last week' },
    { name: 'a request after an apposition', text: 'His lawyer, Tim Bell, asked for a visa Thursday for his client.', date: 'Thursday' },
    { name: 'a request made on a day', text: 'The ministry asked the court on Monday to halt the sale.', date: 'Monday' },
    { name: 'a fire still burning on a day', text: 'The fire was still burning on Tuesday.', date: 'Tuesday' },
  ])('keeps $name', ({ text, date, period }: { text: string; date: string; period?: boolean }) => {
    expect(read(text, date, period ?? /^\d{4}$/.test(date)).keep).toBe(true);
  });

  it.each([
    { text: 'The ministry wants the court to suspend the injunction issued Wednesday.', date: 'Wednesday', phrase: ['injunction', 'issued'] },
    { text: 'The council approved the budget proposed Monday by the mayor.', date: 'Monday', phrase: ['budget', 'proposed'] },
    { text: 'Officials said the ship sank Monday.', date: 'Monday', phrase: null },
    { text: 'Shares fell as the banks disclosed Monday that they were under inquiry.', date: 'Monday', phrase: null },
  ])('names the object a participle right before the date dates: $text', ({ text, date, phrase }) => {
    const words = tagWords(text);
    const reading = readDate(words, text.indexOf(date), text.indexOf(date) + date.length);
    expect(reading.keep && (reading.nounPhrase ? words.slice(...reading.nounPhrase).map((w) => w.text) : null)).toEqual(phrase);
  });

  it.each([
    { text: "Growers will look for ways around Wednesday's ruling by the Alder court.", date: 'Wednesday', phrase: ['ruling'] },
    { text: "Critics condemned Thursday's meeting between Tom Vell and his aunt.", date: 'Thursday', phrase: ['meeting'] },
    // who did it tells it by the clause; no name says which; a single bare noun is the clause's
    { text: "The Alder court issued Thursday's ruling on the Pellow appeal.", date: 'Thursday', phrase: null },
    { text: "Lawmakers criticized Tuesday's vote on the budget.", date: 'Tuesday', phrase: null },
    { text: "Investors welcomed Monday's announcement.", date: 'Monday', phrase: null },
    { text: 'Critics attacked the March 3 ruling by the Alder court.', date: 'March 3', phrase: ['ruling'] },
  ])('names a happening in the possessive with who did it: $text', ({ text, date, phrase }) => {
    const words = tagWords(text);
    const reading = readDate(words, text.indexOf(date), text.indexOf(date) + date.length);
    expect(reading.keep && (reading.nounPhrase ? words.slice(...reading.nounPhrase).map((w) => w.text) : null)).toEqual(phrase);
  });

  it('keeps a closure until a day: the reopening is the happening', () => {
    expect(read('The library will stay shut until next Monday.', 'next Monday')).toMatchObject({ keep: true });
  });

  it('keeps a vote "expected" on a day: expected is also what is scheduled', () => {
    expect(read('The vote, expected on Friday, will decide the budget.', 'Friday')).toMatchObject({ keep: true });
  });

  it('names the happening a date modifies', () => {
    const text = 'The fund was set up after the 2001 attacks in the capital.';
    const words = tagWords(text);
    const reading = readDate(words, text.indexOf('2001'), text.indexOf('2001') + 4, { period: true });
    expect(reading.keep && reading.nounPhrase && words.slice(...reading.nounPhrase).map((w) => w.text)).toEqual(['attacks']);
  });

  it('dates the happening an aside names, not the clause around it', () => {
    expect(read('The pad, scene of a fuel explosion in 2016, will host the launch.', '2016', true)).toEqual({ keep: true, status: 'happened', nounPhrase: [6, 8], aside: true });
  });

  it.each(['Storm warning, Tuesday', 'Tuesday', 'Results: 2024'])('reads a verbless piece that ends with its date: %s', (text) => {
    const date = text.split(/[ ,:]+/).pop()!;
    expect(read(text, date).keep).toBe(true);
  });

  it.each([
    { text: 'The bid, which was due to expire Friday, drew few takers.', date: 'Friday', lapsed: 'schedule' },
    { text: 'The ferry had been set to sail on May 3 from Tollin.', date: 'May 3', lapsed: 'schedule' },
    { text: 'The recital was supposed to open in June.', date: 'June', lapsed: 'schedule' },
    // a verb made with "re-" after a word of schedule and "to" is the schedule's verb
    { text: 'The Tollin pool had been due to re-open on May 3, but the pumps failed.', date: 'May 3', lapsed: 'schedule' },
    // a schedule told in the past perfect was upset, whoever tells it
    { text: 'The ferry fare that had been scheduled for May 3 was dropped.', date: 'May 3', lapsed: 'schedule' },
    { text: 'Ann Roe said the vote had been set for Friday.', date: 'Friday', lapsed: 'schedule' },
    // what was looked for, not arranged: the story's past tense
    { text: 'The Tollin council was expected to vote on Friday.', date: 'Friday', lapsed: 'expectation' },
    { text: 'The board was poised to approve the sale on May 3.', date: 'May 3', lapsed: 'expectation' },
    // reported: the schedule stands as the speaker tells it
    { text: 'Officials said the ship was due to dock Friday.', date: 'Friday', lapsed: undefined },
    { text: 'The ferry is set to sail on May 3.', date: 'May 3', lapsed: undefined },
    { text: 'The Tollin pool is due to re-open on May 3.', date: 'May 3', lapsed: undefined },
    { text: 'The vote has been scheduled for Friday.', date: 'Friday', lapsed: undefined },
  ])('reads a schedule told in the past as planned and lapsed: $text', ({ text, date, lapsed }) => {
    expect(read(text, date)).toMatchObject({ keep: true, status: 'planned' });
    expect((read(text, date) as { lapsed?: string }).lapsed).toBe(lapsed);
  });

  it.each([
    { text: 'Dowley Corp. raised its offer for Brinmoor on May 9.', date: 'May 9', done: true },
    { text: 'The council has announced plans for a visit next week.', date: 'next week', done: true },
    { text: 'The council moved the deadline on Friday.', date: 'Friday', done: true },
    // (the day a time is moved to is not the clause's at all: see movedTo)
    { text: 'The deadline was moved to Friday.', date: 'Friday', done: false },
    { text: 'Dowley Corp. will extend its offer until May 9.', date: 'May 9', done: false },
    { text: 'The rights expire May 9.', date: 'May 9', done: false },
    { text: 'Farmers planned a march on the capital on Saturday.', date: 'Saturday', done: false },
    { text: 'The court has scheduled a hearing on May 3.', date: 'May 3', done: false },
    { text: 'The bid is extended until May 9.', date: 'May 9', done: false },
  ])('marks a clause told as done: $text', ({ text, date, done }) => {
    const r = read(text, date);
    expect(r.keep && !!r.done).toBe(done);
  });

  it.each([
    { text: 'Pol Varga brought gifts, including a poster from 1989 when the strikers won.', date: '1989', keep: false },
    { text: 'The agency joined an inquiry into a run of arson attacks dating to 2011.', date: '2011', keep: false },
    { text: 'The feud, which dates back to 1950, flared again.', date: '1950', keep: false },
    { text: 'Talks ran daily from Monday.', date: 'Monday', keep: true },
    // (a place's name before it: the clause's own start, "a summit in Tollin from 4 May")
    { text: 'Envoys are meeting at a summit in Tollin from 4 May.', date: '4 May', keep: true },
    { text: 'The pier was shut from May 2 to May 9.', date: 'May 2', keep: true },
  ])('reads a date after a noun\'s "from" or a "dating to" as not the clause\'s: $text', ({ text, date, keep }) => {
    expect(read(text, date, /^\d{4}$/.test(date)).keep).toBe(keep);
  });

  it.each([
    { text: 'The mayor has strongly criticised the port board over the past few days for its slow repairs.', date: 'over the past few days', keep: false },
    { text: 'The board chided him on Tuesday for waiting a month to call the meeting.', date: 'on Tuesday', keep: false },
    { text: "The mayor's plan brought rare praise today from a rival.", date: 'today', keep: false },
    { text: 'The ferry firm drew sharp criticism on Thursday from the harbour council.', date: 'on Thursday', keep: false },
    { text: 'The harbour council on Thursday accused the ferry firm of breaking the law.', date: 'on Thursday', keep: true },
    { text: 'The harbour council sued the ferry firm on Thursday.', date: 'on Thursday', keep: true },
    { text: 'The storm slammed the coast on Thursday.', date: 'on Thursday', keep: true },
  ])('reads blame or praise told in words as a reaction, a formal charge as news: $text', ({ text, date, keep }) => {
    expect(read(text, date).keep).toBe(keep);
  });

  it.each([
    { text: 'A spokeswoman for the guild said today that the growers were disappointed by the vote.', date: 'today', keep: false },
    { text: 'The old pier may have been weakened by the storms, the former harbour master Ann Roe said Sunday in her first interview with the Varrow Post.', date: 'Sunday', keep: false },
    { text: 'In her speech yesterday, Ann Roe said it was time for a new council.', date: 'yesterday', keep: false },
    { text: 'The cap would be inadequate, the mayor said on Monday.', date: 'on Monday', keep: false },
    { text: 'The mayor said on Monday that the cap was easier to fit than the old cap.', date: 'on Monday', keep: false },
    // (opin22: a figure in what is weighed; one after the verb is news)
    { text: 'Senator Ann Roe on Monday said a $9 billion cap would be "inadequate," however.', date: 'on Monday', keep: false },
    { text: 'The mayor said on Monday that the new dock would be worth $9 million.', date: 'on Monday', keep: true },
    { text: 'That plume looks like a hook reaching out from the main slick, a survey scientist of the Tollin institute said Friday.', date: 'Friday', keep: false },
    { text: 'On Monday, the mayor said that all along, the board "has appeared careless and slow."', date: 'On Monday', keep: false },
    { text: 'A widow told the hearing on Thursday that her husband had been anxious about the rig.', date: 'on Thursday', keep: true },
    { text: 'The guild said today that the growers were paid in full.', date: 'today', keep: true },
    // (a mood that there is: the noun tells it, not the adjective before it)
    { text: 'Harbour chief Ann Roe said on Friday there remained great uncertainty about the dam.', date: 'on Friday', keep: false },
    { text: 'The mayor said on Friday there remained great crowds at the pier.', date: 'on Friday', keep: true },
    { text: 'The old pier was shut by the storms, the harbour master said Sunday in her first interview with the Varrow Post.', date: 'Sunday', keep: true },
  ])('reads a feeling, a verdict or a seeming said as a reaction: $text', ({ text, date, keep }) => {
    expect(read(text, date).keep).toBe(keep);
  });

  it.each([
    { text: 'Today, such fears seem almost naive.', date: 'Today', keep: false },
    { text: 'But today, flooded cellars are hardly the worry.', date: 'today', keep: false },
    { text: 'These days the Tarrow mill has a staff of forty, based on the last count, and a new kiln.', date: 'These days', keep: false },
    { text: 'Today, most voters know the mayor cannot stop the floods.', date: 'Today', keep: false },
    { text: 'Today the council voted to close the pier.', date: 'Today', keep: true },
    { text: 'Today, crews are searching the flooded cellars.', date: 'Today', keep: true },
    { text: 'Today the pier is closed to ferries.', date: 'Today', keep: true },
    { text: 'Today the Varrow court hears the appeal.', date: 'Today', keep: true },
    { text: 'And today, the right to strike is equal to the right to eat.', date: 'today', keep: false },
    { text: 'For all his reforms, the governor remains wrong today.', date: 'today', keep: false },
    { text: 'The last thing the mayor needs today is a strike.', date: 'today', keep: false },
    { text: 'The mayor signed the order today.', date: 'today', keep: true },
    { text: 'The Tarrow ferry remained in port today.', date: 'today', keep: true },
    { text: 'Several cures exist today which no farmer had in 1900.', date: 'today', keep: false },
    { text: 'Most growers know today that the blight cannot be stopped.', date: 'today', keep: false },
    { text: 'The growers meet the mayor today.', date: 'today', keep: true },
    { text: 'They plant the new seed today.', date: 'today', keep: true },
    // what "still" holds up to now, in the present: a state (a plan, a past deed are left)
    { text: 'Just what the blight cost the growers is still debated today.', date: 'today', keep: false },
    { text: 'The old pier is still closed today.', date: 'today', keep: false },
    { text: 'The vote on the pier is still set for today.', date: 'today', keep: true },
    { text: 'Today the council still voted no.', date: 'Today', keep: true },
    { text: "Comparisons between today's farm crisis and the great drought are looking less strained.", date: "today's", keep: false },
    { text: "Suddenly the grocer is paying only $5 for a crate worth $9 in today's market.", date: "today's", keep: false },
    { text: "Today's chief challenge for the port is to win back the ferries.", date: "Today's", keep: false },
    { text: "Today's vote by the council closed the pier.", date: "Today's", keep: true },
    { text: "Today's study by the Tarrow institute estimated the cost of the floods.", date: "Today's", keep: true },
  ])('reads "today" before a present state as nowadays, not a happening of the day: $text', ({ text, date, keep }) => {
    expect(read(text, date).keep).toBe(keep);
  });

  it.each([
    { text: 'During her speech on Monday, the minister expressed anger at the delay.', date: 'Monday', keep: false },
    { text: 'The union voiced deep concern on Friday about the cuts.', date: 'Friday', keep: false },
    { text: 'The board expressed the parcels to Tollin on Friday.', date: 'Friday', keep: true },
    { text: 'The envoy said Monday the verdicts prove the courts are free.', date: 'Monday', keep: false },
    { text: 'The mayor declared Monday that it is only a matter of days before the pier reopens.', date: 'Monday', keep: false },
    { text: 'The envoy said Monday the talks resumed.', date: 'Monday', keep: true },
    { text: 'The mayor declared Monday that the port is closed to tankers.', date: 'Monday', keep: true },
  ])('reads a feeling expressed or a view declared as a reaction: $text', ({ text, date, keep }) => {
    expect(read(text, date).keep).toBe(keep);
  });

  it.each([
    { text: 'Brinmoor earned $4 million in the quarter ended June 30.', date: 'June 30', keep: false },
    { text: 'The unit posted a profit of $24 million, compared with a loss of $7 million last year.', date: 'last year', keep: false },
    { text: 'Fees rose to $9 million, up from $4 million a year ago.', date: 'a year ago', keep: false },
    { text: 'The strike ended June 30.', date: 'June 30', keep: true },
    { text: 'The court compared the two rulings on Monday.', date: 'Monday', keep: true },
  ])('reads an accounting period\'s close or a yardstick figure\'s date as a statistic: $text', ({ text, date, keep }) => {
    expect(read(text, date, !/\d/.test(date) && date !== 'Monday').keep).toBe(keep);
  });

  it.each([
    { text: "Orla Fenn's 1994 sedan was found last week at the Varrow depot, the police said.", date: '1994', period: true, keep: false },
    { text: "Orla Fenn's 1994 sedan was found last week at the Varrow depot, the police said.", date: 'last week', period: false, keep: true },
    { text: "Tollin Mills's 1995 takeover of the dairy ended a long feud.", date: '1995', period: true, keep: true },
    { text: 'The chairman said the group\'s 1991 consolidated, or parent-company, profit is likely to be 3 billion crowns.', date: '1991', period: true, keep: false },
  ])('reads a year after a name\'s possessive as describing the thing it owns: $text ($date)', ({ text, date, period, keep }) => {
    expect(read(text, date, period).keep).toBe(keep);
  });

  it.each([
    { text: "Norland kept up its attacks on the handling of Tuesday's meeting between the envoys.", date: 'Tuesday', keep: false },
    { text: "The following were among Monday's sales of notes in the Varrow markets.", date: 'Monday', keep: false },
    { text: "Three guards were hurt in Tuesday's meeting between the envoys.", date: 'Tuesday', keep: true },
    { text: "At the end of Tuesday's session the council voted to close the pier.", date: 'Tuesday', keep: true },
    { text: "Traders said Friday's selling was a natural result of the week's fever.", date: 'Friday', keep: false },
    { text: "The mayor said Tuesday that the pier had reopened.", date: 'Tuesday', keep: true },
    { text: "The council's move follows Tuesday's pledge by the mayor that the pier will reopen.", date: 'Tuesday', keep: true },
    { text: "Port officials weren't available to comment late yesterday.", date: 'late yesterday', keep: false },
  ])('does not date a clause by a day\'s thing that only completes another noun: $text', ({ text, date, keep }) => {
    expect(read(text, date).keep).toBe(keep);
  });

  it.each([
    { text: 'The envoy said that the sale this month of two ports shows that the fund is failing.', date: 'this month', period: true, keep: false },
    { text: 'The fund sold two ports this month.', date: 'this month', period: true, keep: true },
    { text: 'It came after the failure last week of the pump at the Varrow well.', date: 'last week', period: true, keep: true },
    { text: 'In composite trading Friday on the Varrow exchange, Brinmoor shares fell 50 cents to $12.', date: 'Friday', period: false, keep: false },
    { text: 'Trading in Brinmoor shares was halted Friday.', date: 'Friday', period: false, keep: true },
    { text: 'Brinmoor declared a dividend of five cents a share, payable Dec. 1 to stock of record Nov. 10.', date: 'Nov. 10', period: false, keep: false },
    { text: 'Brinmoor declared a dividend of five cents a share, payable Dec. 1 to stock of record Nov. 10.', date: 'Dec. 1', period: false, keep: true },
    { text: 'Brinmoor plans to redeem its 6% notes due March 1, 2011.', date: 'March 1, 2011', period: false, keep: false },
    { text: 'Brinmoor redeemed its 6% notes on March 1.', date: 'March 1', period: false, keep: true },
    { text: 'Yesterday it closed at $4.25 a share, up 50 cents, in national over-the-counter trading.', date: 'Yesterday', period: false, keep: false },
    { text: "The firm's stock fell $1.25 to $13.50 in over-the-counter trading yesterday.", date: 'yesterday', period: false, keep: false },
    { text: 'Trading in the shares was halted on Monday after they fell $3.', date: 'Monday', period: false, keep: true },
    { text: 'The Varrow index dropped 19.69 points Friday to 1462.93.', date: 'Friday', period: false, keep: false },
    { text: 'The Brinmoor stock fell 7/8 Thursday amid worries over the pump.', date: 'Thursday', period: false, keep: false },
    { text: 'The Varrow index plunged a record 777 points on Monday.', date: 'Monday', period: false, keep: true },
    { text: 'The Varrow exchange closed on Monday after the flood.', date: 'Monday', period: false, keep: true },
    { text: 'Holm Mills shares, up almost 3% in early trading in Lisbon yesterday, closed up 1.5%.', date: 'yesterday', period: false, keep: false },
    { text: 'Dealing in Holm Mills shares, down 3% in early trading, was halted yesterday.', date: 'yesterday', period: false, keep: true },
    { text: "The miller's shares steadied on Tuesday as the strike ended.", date: 'Tuesday', period: false, keep: false },
    { text: 'Brinmoor stocks rebounded on Friday from their lowest level since 1987.', date: 'Friday', period: false, keep: true },
    { text: 'The miners recovered two bodies on Tuesday.', date: 'Tuesday', period: false, keep: true },
    { text: 'Holm Mills shares climbed from an early dip to close slightly higher on Thursday.', date: 'Thursday', period: false, keep: false },
    { text: 'In composite trading on the Varrow exchange, Brinmoor shares closed yesterday at $43.50 each, down $1.', date: 'yesterday', period: false, keep: false },
    { text: 'In Varrow Stock Exchange composite trading Friday, Brinmoor closed at $5.25, down $1.875.', date: 'Friday', period: false, keep: false },
    { text: 'For 1991, Brinmoor earned $4.1 million, or 30 cents a share.', date: '1991', period: true, keep: false },
    { text: 'Brinmoor earned praise from the regulator in 1991.', date: '1991', period: true, keep: true },
    { text: 'Next up is that nine dollar level we saw in the spring of 1991.', date: 'the spring of 1991', period: true, keep: false },
    { text: 'Grain fell to the eight dollars we are seeing today.', date: 'today', period: false, keep: false },
    { text: 'We saw the minister in the spring of 1991.', date: 'the spring of 1991', period: true, keep: true },
  ])('reads a noun\'s own date, a trading day\'s price move and a year\'s earnings as no happening: $text', ({ text, date, period, keep }) => {
    expect(read(text, date, period).keep).toBe(keep);
  });

  it.each([
    { text: 'Port officials said they did not plan to close the harbour on Friday morning.', date: 'Friday morning', period: false, keep: false },
    { text: 'Port officials said they plan to close the harbour on Friday morning.', date: 'Friday morning', period: false, keep: true },
    { text: 'The painter rented a flat in Tollin where she lived last year, her agent said.', date: 'last year', period: true, keep: false },
    { text: 'The painter moved to Tollin last year, her agent said.', date: 'last year', period: true, keep: true },
    { text: 'The band announced its live concerts at the Varrow Hall in March 2019.', date: 'March 2019', period: true, keep: true },
    { text: 'Every nation may defend itself against raiders, Norland said Friday in response to the strikes on two ports.', date: 'Friday', period: false, keep: false },
    { text: 'Norland said Friday in response to the strikes that it would recall its envoy.', date: 'Friday', period: false, keep: true },
  ])('reads an intention denied, where someone lived and a saying in reply as no happening: $text', ({ text, date, period, keep }) => {
    expect(read(text, date, period).keep).toBe(keep);
  });

  it.each([
    { text: '"I told you when we began that I would keep this out of politics," Ann Roe told reporters at the pier Wednesday.', date: 'Wednesday', keep: false },
    { text: '"We want the new port to serve the whole valley," he said last year.', date: 'last year', keep: false },
    { text: '"I think the deal is fair," Ann Roe, the mayor, said Monday.', date: 'Monday', keep: false },
    { text: '"We are very pleased with the vote," the mayor said Monday.', date: 'Monday', keep: false },
    { text: '"We have filed suit against the city," the mayor said Monday.', date: 'Monday', keep: true },
    { text: '"We will appeal," the mayor said Monday.', date: 'Monday', keep: true },
    { text: '"We accept the offer," the mayor said Monday.', date: 'Monday', keep: true },
    { text: '"Talks failed, and we think the deal is dead," the mayor said Monday.', date: 'Monday', keep: true },
    { text: '"Any of these repairs can take longer than planned," Ann Roe said Wednesday, before the storm hit.', date: 'Wednesday', keep: false },
    { text: '"Nobody associated with the dig wants any more delay," Tom Vell, the chief operating officer, said Sunday.', date: 'Sunday', keep: false },
    { text: '"I am ready for a long sleep," Tom Vell, who led the rescue team, said in an e-mail Friday to the Varrow Post.', date: 'Friday', keep: false },
    { text: 'Tom Vell, the site chief, said yesterday: "Nobody on the crews wants any more delay."', date: 'yesterday', keep: false },
    { text: '"Three divers are missing," the coastguard said Sunday.', date: 'Sunday', keep: true },
    { text: '"Sadly, we must confirm that a diver has died," the coastguard said Sunday.', date: 'Sunday', keep: true },
    { text: '"The firm has chosen to pay the full claim," its lawyer said in a court filing on Monday.', date: 'on Monday', keep: true },
  ])('reads a view quoted before its speaker as a reaction, a deed or an intention as news: $text', ({ text, date, keep }) => {
    expect(read(text, date, date === 'last year').keep).toBe(keep);
  });

  it.each([
    { text: 'Only the rival bid requires the buyer to begin an auction in June 1994.', date: 'June 1994', period: true, keep: false },
    { text: 'The buyer began an auction in June 1994.', date: 'June 1994', period: true, keep: true },
    { text: 'The chairman said the sale would mean twice as high a dividend this year.', date: 'this year', period: true, keep: false },
    { text: 'The chairman said the board would meet this week.', date: 'this week', period: true, keep: true },
    { text: 'With the finding of a rusted pistol 11 days ago, the police say they can charge the driver.', date: '11 days ago', period: false, keep: false },
    { text: 'With a vote on Monday, the council closed the pier.', date: 'Monday', period: false, keep: true },
    { text: 'Crowds filled the square to honour Ana, the swimmer whose rescue off the coast two months ago set off a feud.', date: 'two months ago', period: true, keep: false },
    { text: 'The town honoured Ana, whose boat sank two months ago.', date: 'two months ago', period: true, keep: true },
  ])('reads what a term provides for, what a thing would mean, and a date that names an earlier noun as no happening of the clause: $text', ({ text, date, period, keep }) => {
    expect(read(text, date, period).keep).toBe(keep);
  });

  it.each([
    { text: 'There was no profit this year from the ferry line, the board said.', date: 'this year', period: true, keep: false },
    { text: 'There were no sailings on Monday in the bay.', date: 'Monday', period: false, keep: false },
    { text: 'The coroner said there was no sign of a struggle after a post-mortem on Friday.', date: 'Friday', period: false, keep: true },
    { text: 'Its managers are talking about possibly selling the ferry line next year.', date: 'next year', period: true, keep: false },
    { text: 'Its managers are talking about selling the ferry line next year.', date: 'next year', period: true, keep: true },
    { text: 'Ms. Dole said the firm foresees a need for more berths throughout the 2030s.', date: 'the 2030s', period: true, keep: false },
  ])('reads what there was none of, a "possibly" and a foreseen need as no happening: $text', ({ text, date, period, keep }) => {
    expect(read(text, date, period).keep).toBe(keep);
  });

  it.each([
    { text: 'Spending on berths in 2031 will rise slightly, Mr. Tallow said, from an estimated $47 million this year.', date: 'this year', period: true, keep: false },
    { text: 'The ferry moved its office from Tollin this year.', date: 'this year', period: true, keep: true },
    { text: 'These results compare with net income of $1.8 million, or 40 cents a share, for the same period last year.', date: 'last year', period: true, keep: false },
    { text: 'Net income fell to $3 million, down from $9.7 million, or 70 cents a share, a year earlier.', date: 'a year earlier', period: true, keep: false },
    { text: 'The firm had a net loss of $2.3 million, or 14 cents a share, a year ago.', date: 'a year ago', period: true, keep: false },
    { text: 'The market, which last year had sales of about $1.4 billion, is growing.', date: 'last year', period: true, keep: false },
    { text: 'The firm had a fire at its plant last year.', date: 'last year', period: true, keep: true },
    { text: "The charge will be booked in the firm's 2029 operating results.", date: '2029', period: true, keep: false },
  ])('reads a yardstick figure\'s date and a figure a firm had over a period as no happening: $text', ({ text, date, period, keep }) => {
    expect(read(text, date, period).keep).toBe(keep);
  });

  it.each([
    { text: 'The board had ruled that the ferry must be sold, and set Friday as the deadline for bids.', date: 'Friday', keep: false },
    { text: 'Ann Roe, the admiral, secretly picked Saturday night as the best time to sail.', date: 'Saturday night', keep: false },
    { text: 'Brinmoor has set Nov. 10 as the deadline for rival bids.', date: 'Nov. 10', keep: true },
    { text: 'Ann Roe resigned Monday as the head of the port.', date: 'Monday', keep: true },
  ])('reads a date that is the object of a choosing as the thing chosen, not the choosing\'s day: $text', ({ text, date, keep }) => {
    expect(read(text, date).keep).toBe(keep);
  });

  it.each([
    { text: 'After touring the harbour Thursday and meeting the mayor Friday morning, the minister said he is very pleased with the work.', date: 'Thursday', keep: false },
    { text: 'After touring the harbour Thursday and meeting the mayor Friday morning, the minister said he is very pleased with the work.', date: 'Friday morning', keep: false },
    { text: 'After getting their briefing yesterday from the minister, the traders ran to their cars.', date: 'yesterday', keep: true },
    { text: 'After touring the harbour Thursday, the minister said the port will close in May.', date: 'Thursday', keep: true },
    { text: 'On Wednesday, Ann Roe, the mayor, said the verdicts prove the old pier is no place for children.', date: 'Wednesday', keep: false },
    { text: 'On Wednesday, Ann Roe, the mayor, said the old pier will close in May.', date: 'Wednesday', keep: true },
    { text: 'In early 2019, Ann Roe told the envoy she could live with a bigger fleet.', date: 'early 2019', keep: true },
    { text: 'A memorial service planned at the town hall for Saturday was canceled after plans leaked.', date: 'Saturday', keep: false },
    { text: 'Two men arrested on Monday were charged with theft.', date: 'Monday', keep: false },
    { text: 'The board cleared the sale yesterday, and the banks must wait 30 days.', date: 'yesterday', keep: true },
    { text: "``Nothing is settled,'' said a council statement, read Wednesday night at a rally.", date: 'Wednesday night', keep: false },
    { text: "``We love the boy,'' said a copy of the letter, dated Feb. 4.", date: 'Feb. 4', keep: false },
    { text: 'The firm said its earnings will be lower than the 16 cents a share it reported last year.', date: 'last year', keep: false },
    { text: 'Crowds cheered the men who launched the revolt more than four decades ago in a rally Saturday.', date: 'Saturday', keep: true },
  ])('reads a date in an opening participle\'s phrase, a participle after its noun, a comparison\'s figure, and a view said after a fronted date, as no happening of the clause: $text', ({ text, date, keep }) => {
    expect(read(text, date, /20/.test(date)).keep).toBe(keep);
  });

  it.each([
    { text: "Roe on Thursday ``For the past few weeks we have been working hard.''", date: 'Thursday', period: false, keep: false },
    { text: "Following are statements by Ann Roe, a lawyer: Roe on Thursday ``Without commenting on the claims, that suggestion is wrong.''", date: 'Thursday', period: false, keep: false },
    { text: "The mayor said on Thursday ``We will rebuild.''", date: 'Thursday', period: false, keep: true },
    { text: 'Imports of such clocks totaled about $37.3 million in 2019, a small share of the $1.5 billion in clock imports that year, an aide said.', date: 'that year', period: true, keep: false },
    { text: 'The firm sold the plant, its biggest asset, for $5 million on Monday.', date: 'Monday', period: false, keep: true },
    { text: 'The firm sold the plant on Friday, a $5 million deal.', date: 'Friday', period: false, keep: true },
  ])('reads a speaker\'s name and day heading a quotation, and a figure\'s phrase with no verb, as no happening: $text', ({ text, date, period, keep }) => {
    expect(read(text, date, period).keep).toBe(keep);
  });

  it.each([
    { text: 'Although profits were "squeezed" in 2019, the firm said it is confident.', date: '2019', keep: false },
    { text: 'The results were released in May.', date: 'May', keep: true },
    { text: 'The ferry was sold in 2019.', date: '2019', keep: true },
  ])('reads what befell a figure over a period as a statistic: $text', ({ text, date, keep }) => {
    expect(read(text, date, true).keep).toBe(keep);
  });

  it.each([
    { text: 'The Brell index dropped 12.4 points Friday to 980.5.', date: 'Friday', keep: false },
    { text: 'Yesterday, Tolvane plunged further, closing at $10 a share, off 87 cents.', date: 'Yesterday', keep: false },
    { text: 'Harrow Mills, whose shares began trading in May, closed yesterday at $16.25, down 40 cents.', date: 'yesterday', keep: false },
    { text: 'Worry hit the Orlan 50 index, which fell 1.2%, or 5.10, on Friday, to 421.30.', date: 'Friday', keep: false },
    { text: 'Varrow share prices closed sharply lower Friday in active trading.', date: 'Friday', keep: false },
    // a close that tells no move, whatever moved elsewhere in the sentence; a close up or down beside a big move stays
    { text: 'Brell shares shook off an early slide to close nearly unchanged on Friday, after a 12 percent fall on Thursday.', date: 'Friday', keep: false },
    { text: 'Brell shares closed sharply higher on Friday, a day after a record fall.', date: 'Friday', keep: true },
    { text: 'Fear sent Tolvane plunging 28 percent Thursday to close at $3.10.', date: 'Thursday', keep: true },
    { text: 'The Brell index plunged Monday to 900, its lowest since 1987.', date: 'Monday', keep: true },
    { text: 'Yesterday, crude finished trading at $39.15 a barrel, after surging 13 percent.', date: 'Yesterday', keep: true },
    { text: 'The death toll rose on Monday to 300.', date: 'Monday', keep: true },
    { text: 'Stocks fell sharply around the globe on Monday.', date: 'Monday', keep: true },
    { text: 'The strike ended on Friday at 5 p.m.', date: 'Friday', keep: true },
  ])('reads a routine move to a price or an index level, and a close lower or higher, as a statistic; a move that is the story stays: $text', ({ text, date, keep }) => {
    expect(read(text, date).keep).toBe(keep);
  });

  it.each([
    { text: 'Tolvane was the biggest faller on the Orlan index on Friday.', date: 'Friday', keep: false },
    { text: 'Brell shares were among the top gainers on Friday.', date: 'Friday', keep: false },
    { text: 'Ann Roe was the biggest winner at the show on Friday.', date: 'Friday', keep: true },
    { text: 'Tolvane was the first firm to list on the exchange on Friday.', date: 'Friday', keep: true },
    // a superlative the list lacks is an adjective ending in -est, not any word that ends so
    { text: 'Tolvane was the sharpest faller on the Orlan index on Friday.', date: 'Friday', keep: false },
  ])("reads a price's rank on a day (a superlative or \"top\" before faller, gainer...) as a statistic: $text", ({ text, date, keep }) => {
    expect(read(text, date).keep).toBe(keep);
  });

  it('reads a remembering said as a memory only when what is remembered follows as a clause, not a deed done to someone', () => {
    expect(read('Ann Roe said on Monday she remembered the victims at a service.', 'Monday').keep).toBe(true);
    expect(read('Ann Roe said on Monday she remembered watching the ferry sink.', 'Monday').keep).toBe(false);
    // an -ing word is a clause only as a verb: "King" is a name
    expect(read('The crowd said on Monday it remembered King Tarq at a service.', 'Monday').keep).toBe(true);
  });

  it.each([
    { text: 'The weather office gave the front a 30 percent chance of strengthening into a storm by Friday.', date: 'Friday', keep: false },
    { text: 'There is a 50% chance that the low over the bay will turn into a cyclone by Monday, the weather office says.', date: 'Monday', keep: false },
    { text: 'Traders saw a 20 per cent chance of a rate cut next week.', date: 'next week', keep: false },
    // a chance as an opening, a chance given before a clause of its own: happenings
    { text: 'Ann Roe had a chance to speak to the board on Monday.', date: 'Monday', keep: true },
    { text: 'Forecasters gave the storm a 40 percent chance, and it hit the coast on Monday.', date: 'Monday', keep: true },
  ])('reads what a chance given as a figure is of as a forecast: $text', ({ text, date, keep }) => {
    expect(read(text, date).keep).toBe(keep);
  });

  it.each([
    { text: 'On Monday afternoon, the rooms on the barge sat empty.', date: 'Monday afternoon', keep: false },
    { text: 'The Tarrow port remained closed on Friday.', date: 'Friday', keep: false },
    { text: 'The pumps stood idle last week.', date: 'last week', keep: false },
    // no adjective, or a noun after it, or a future: read elsewhere
    { text: 'The crowd stood on the pier on Monday.', date: 'Monday', keep: true },
    { text: 'Ann Roe sat the exam on Monday.', date: 'Monday', keep: true },
    { text: 'Rangers found the climber lying injured on Monday.', date: 'Monday', keep: true },
    { text: 'The board remained in session on Monday.', date: 'Monday', keep: true },
  ])('reads how a thing stood, told by a linking verb and an adjective, as a state: $text', ({ text, date, keep }) => {
    expect(read(text, date).keep).toBe(keep);
  });

  it.each([
    { text: 'Ann Roe said the envoys drafting the harbour pact this week stay divided over the fees.', date: 'this week', keep: false },
    { text: 'Envoys drafting the treaty in Lisbon last month remained divided over the border.', date: 'last month', keep: false },
    // the subject's participle tells a happening when the clause's verb has no adjective after it
    { text: 'Crowds marching through the town on Saturday demanded a vote.', date: 'Saturday', keep: true },
    { text: 'Crews clearing the road on Monday stood on the verge.', date: 'Monday', keep: true },
    { text: 'Residents fleeing the fire on Sunday remained in shelters.', date: 'Sunday', keep: true },
    { text: 'Workers building the bridge last year were injured.', date: 'last year', keep: true },
  ])('reads a subject dated in its participle phrase and linked to an adjective as a state: $text', ({ text, date, keep }) => {
    expect(read(text, date).keep).toBe(keep);
  });

  it.each([
    { text: 'Yesterday, the engineers said the seawall was holding and still keeping the tide back.', date: 'Yesterday', keep: false },
    { text: 'On Monday, officials said the truce was holding.', date: 'Monday', keep: false },
    { text: 'The levee was holding on Friday, engineers said.', date: 'Friday', keep: false },
    // "hold" with an object or a particle is a deed
    { text: 'The dam was holding back the flood when it burst on Monday.', date: 'Monday', keep: true },
    { text: 'On Monday, the envoys were holding talks in Lisbon.', date: 'Monday', keep: true },
    { text: 'On Monday, police said they were holding two men.', date: 'Monday', keep: true },
    { text: 'On Monday, officials said crews were fighting the fire.', date: 'Monday', keep: true },
  ])('reads "was holding" with no object as a state: $text', ({ text, date, keep }) => {
    expect(read(text, date).keep).toBe(keep);
  });

  it.each([
    { text: 'The cost of the clean-up work has now passed the $2bn mark, the firm told investors this morning.', date: 'this morning', keep: false },
    { text: 'Sales of the new van have topped $40 million, the firm said on Monday.', date: 'Monday', keep: false },
    { text: 'A Tolvane official said this week that the firm had paid out $15m in claims.', date: 'this week', keep: false },
    { text: 'The mayor said on Monday that the town has paid out $4 million to flood victims.', date: 'Monday', keep: false },
    // a deal, and a figure's noun with no sum: happenings
    { text: 'The firm said on Monday that it had paid $9 million for the mill.', date: 'Monday', keep: true },
    { text: 'The firm said on Monday that it had spent about $2 billion on the clean-up.', date: 'Monday', keep: true },
    { text: 'Sales of the drug have been halted, officials said on Monday.', date: 'Monday', keep: true },
  ])("reads a running sum a saying reports (a figure's noun in the perfect with its sum, money paid out) as a statistic: $text", ({ text, date, keep }) => {
    expect(read(text, date).keep).toBe(keep);
  });

  it.each([
    { text: 'The board said in May that 61 percent of the wells tested were dry in the drought.', date: 'in May', period: true, keep: false },
    { text: 'More than two-thirds of the cars sold, meanwhile, were models launched in March.', date: 'in March', period: true, keep: false },
    { text: 'In a survey taken on Sunday, 60 percent of those asked said they trusted the council.', date: 'Sunday', period: false, keep: false },
    { text: 'Two thirds of the boats were old, the port said on Monday.', date: 'Monday', period: false, keep: false },
    // a deed befalling a share, a share traded, a planned release of figures
    { text: 'Half of the town was flooded on Monday.', date: 'Monday', period: false, keep: true },
    { text: 'A third of the crew walked out on Monday.', date: 'Monday', period: false, keep: true },
    { text: 'A third of the crew walked out on Monday, and the rest were idle.', date: 'Monday', period: false, keep: true },
    { text: 'A third of the crew walked out on Monday and the rest were idle.', date: 'Monday', period: false, keep: true },
    { text: 'The firm bought 40 percent of the chain on Monday.', date: 'Monday', period: false, keep: true },
    { text: 'The agency is expected to announce on Friday that only 30% of the fuel was still in the tanks.', date: 'Friday', period: false, keep: true },
  ])('reads a share of a group told by "be" or a saying as a statistic: $text', ({ text, date, period, keep }) => {
    expect(read(text, date, period).keep).toBe(keep);
  });

  it.each([
    { text: 'As the crown soared in recent years, the mill was squeezed.', date: 'in recent years', keep: false },
    { text: 'Ann Roe said the mood in the town had "shifted a lot" in recent days.', date: 'in recent days', keep: false },
    { text: 'The manager said bookings had picked up sharply in recent weeks.', date: 'in recent weeks', keep: false },
    { text: 'Exports fell over the past few months.', date: 'the past few months', keep: false },
    // a deed done to a thing or a person, a happening resumed, and a change on a date that is no span up to now
    { text: 'Police picked up two men in recent days.', date: 'in recent days', keep: true },
    { text: 'Prosecutors dropped the charges in recent weeks.', date: 'in recent weeks', keep: true },
    { text: 'The talks resumed in recent days.', date: 'in recent days', keep: true },
    { text: 'The river rose on Monday.', date: 'Monday', keep: true },
  ])('reads a rise, a fall or a change over a span up to now as a trend: $text', ({ text, date, keep }) => {
    expect(read(text, date, true).keep).toBe(keep);
  });

  it.each([
    { text: 'Some 900 seals were caught in the nets, according to figures today, a grim number.', date: 'today', keep: false },
    { text: 'At present, few people have died in the region, with the agency putting the figure at 1,200 confirmed cases yesterday.', date: 'yesterday', keep: false },
    { text: 'According to the latest figures, exports fell in May.', date: 'in May', keep: false },
    // a deed with its toll as object, a toll put at a figure, a source that is no figures, and figures released
    { text: 'The quake killed 200 people on Tuesday, according to figures from the agency.', date: 'Tuesday', keep: true },
    { text: 'Officials put the death toll at 200 on Tuesday.', date: 'Tuesday', keep: true },
    { text: 'Police arrested the man on Monday, according to court papers.', date: 'Monday', keep: true },
    { text: 'The agency released the figures on Monday.', date: 'Monday', keep: true },
  ])('reads a count told by the figures it comes from as a statistic: $text', ({ text, date, keep }) => {
    expect(read(text, date).keep).toBe(keep);
  });

  it.each([
    { text: 'Analysts said there will be a deep recession in 2027.', date: 'in 2027', period: true, keep: false },
    { text: 'There will be a sharp slowdown next year, the bank warned.', date: 'next year', period: true, keep: false },
    { text: 'There will be a vote on Friday.', date: 'Friday', period: false, keep: true },
  ])('reads a downturn or a crisis there will be as a forecast, not a plan: $text', ({ text, date, period, keep }) => {
    expect(read(text, date, period).keep).toBe(keep);
  });

  it.each([
    { text: 'Seasoned pundits mainly agreed yesterday that the report was not as bad for the firm as it looked.', date: 'yesterday', keep: false },
    { text: 'Ann Roe said on Monday that she was not happy.', date: 'Monday', keep: false },
    // a pact agreed
    { text: 'The leaders agreed on Monday that the talks would resume in May.', date: 'Monday', keep: true },
    { text: 'The envoys agreed on Monday to end the strike.', date: 'Monday', keep: true },
  ])('reads a view agreed with "that", and a verdict or a feeling denied, as a reaction: $text', ({ text, date, keep }) => {
    expect(read(text, date).keep).toBe(keep);
  });

  it.each([
    { text: 'The agency said on Tuesday that nearly 9,000 people have been treated at its clinics.', date: 'Tuesday', keep: false },
    { text: 'The agency said on Tuesday that some 40 patients have died.', date: 'Tuesday', keep: false },
    { text: 'More than 2,000 homes have been flooded, officials said on Monday.', date: 'Monday', keep: false },
    // a toll told in the past, a few who did something, a deed told in the perfect with no figure heading it: happenings
    { text: 'The agency said on Tuesday that 40 patients died in the fire.', date: 'Tuesday', keep: true },
    { text: 'The mayor said on Monday that three councillors have resigned.', date: 'Monday', keep: true },
    { text: 'The company said on Monday that it has cut 500 jobs.', date: 'Monday', keep: true },
    { text: 'The mayor said on Monday that some 2012 games have been cancelled.', date: 'Monday', keep: true },
    // a known group all of whom something befell: a happening, whatever its size
    { text: 'Officials said on Monday that the 300 miners have been rescued.', date: 'Monday', keep: true },
    // a count since a happening, in the past perfect, a dozen or more: a tally however small
    { text: 'On Monday, a rescue official said 60 people had been rescued since the flood and crews were now moving north.', date: 'Monday', keep: false },
    { text: 'The mayor said on Friday that 15 homes have been rebuilt since the storm.', date: 'Friday', keep: false },
    // a few since, a past perfect with no "since", a deed since: happenings
    { text: 'The mayor said on Friday that three councillors had resigned since the vote.', date: 'Friday', keep: true },
    { text: 'The agency said on Tuesday that 60 patients had died in the fire.', date: 'Tuesday', keep: true },
  ])('reads a count so far that a saying reports (a figure heading a present perfect) as a statistic: $text', ({ text, date, keep }) => {
    expect(read(text, date).keep).toBe(keep);
  });

  it.each([
    { text: 'The agency confirmed on Tuesday there are now 4,120 cases in the valley.', date: 'Tuesday', period: false, keep: false },
    { text: 'The warden said on Friday that there are some 40 patients in the ward.', date: 'Friday', period: false, keep: false },
    { text: 'The Varn poll was conducted May 2 to 4, among a sample of 900 adults.', date: 'May 2', period: false, keep: false },
    { text: 'Just over 800 people were asked in the survey, conducted between May 2 and 4.', date: 'May 2', period: false, keep: false },
    { text: 'The poll was conducted for the Varn Herald among 700 adults from May 2 to May 4.', date: 'May 2', period: false, keep: false },
    { text: 'Early last week, the firm was valued at $4bn.', date: 'last week', period: false, keep: false },
    // a scene in the past, a deed conducted, a deal's value named by another verb: happenings
    { text: 'The mayor said on Friday there were 30 crew on board.', date: 'Friday', period: false, keep: true },
    { text: 'Police conducted a raid on the mill on Monday.', date: 'Monday', period: false, keep: true },
    { text: 'On Monday the firm agreed to buy Varn in a deal valued at $2bn.', date: 'Monday', period: false, keep: true },
  ])('reads a count standing on the day said, a poll\'s fieldwork and a valuation as statistics: $text', ({ text, date, period, keep }) => {
    expect(read(text, date, period).keep).toBe(keep);
  });

  it.each([
    { text: 'About $45 million streamed out of the Orlan fund last week alone.', date: 'last week', period: true, keep: false },
    { text: 'Last week alone, an eye-popping $900 million flowed out of the Orlan funds.', date: 'Last week', period: true, keep: false },
    { text: 'Investors poured $2 billion into the fund on Monday.', date: 'Monday', period: false, keep: true },
    { text: 'Thieves took $2 million from the bank on Monday.', date: 'Monday', period: false, keep: true },
    { text: 'Through Friday, the Orlan funds had an average 2.5% total return.', date: 'Friday', period: false, keep: false },
    // a day a tally or a state runs through dates no happening of its own, figure or not
    { text: 'Through March 3, the army had taken 300 prisoners.', date: 'March 3', period: false, keep: false },
    { text: 'The court adjourned through Friday.', date: 'Friday', period: false, keep: false },
    { text: 'Last week Tolvane reported third-quarter earnings of $7.1 million, or 19 cents a share.', date: 'Last week', period: true, keep: false },
    { text: 'The grocer reported a net loss of $6 million on Tuesday.', date: 'Tuesday', period: false, keep: false },
    { text: 'The grocer sold the unit for $9 million on Tuesday.', date: 'Tuesday', period: false, keep: true },
    { text: 'The grocer reported a fire at its depot on Tuesday.', date: 'Tuesday', period: false, keep: true },
    // a result's figure that a saying reports; a deed reported stays
    { text: 'The grocer said on Friday that it had losses of $6 million in the first half.', date: 'Friday', period: false, keep: false },
    { text: 'The grocer said on Friday that it had sold the unit for $9 million.', date: 'Friday', period: false, keep: true },
  ])('reads money flowing, a tally through a day, and a result\'s figure as statistics: $text', ({ text, date, period, keep }) => {
    expect(read(text, date, period).keep).toBe(keep);
  });

  it.each([
    { text: 'Orlan officials said last week that they are "highly confident" the bid will be approved.', date: 'last week', period: true, keep: false },
    { text: 'Orlan officials said last week that they are "ready" to sign.', date: 'last week', period: true, keep: true },
    { text: 'Ann Roe said she is cutting her earnings estimate for next year to $2 a share.', date: 'next year', period: true, keep: false },
    { text: 'The board will vote on the budget for next year on Monday.', date: 'Monday', period: false, keep: true },
    { text: 'We anticipate that market conditions will exhibit a further decline in the fourth quarter.', date: 'the fourth quarter', period: true, keep: false },
    { text: 'The board will announce an increase in fares on Monday.', date: 'Monday', period: false, keep: true },
    { text: 'Roe said such deals could help slash research costs by the end of 2027.', date: '2027', period: true, keep: false },
    { text: 'Roe said the firm helped slash research costs in 2019.', date: '2019', period: true, keep: true },
  ])('reads a view said in quotation marks, an estimate\'s period, a foretold trend and what could help as no happening: $text', ({ text, date, period, keep }) => {
    expect(read(text, date, period).keep).toBe(keep);
  });

  it.each([
    { text: 'The Varrow index shed 31.6 points, down 3.2% from the previous Friday and 5.1% from Sept. 8.', date: 'Sept. 8', keep: false },
    { text: 'The bank moved its staff from Monday to Friday.', date: 'Monday', keep: true },
    { text: 'At the close of business Thursday, 9,400 shares had been tendered to the Orlan offer.', date: 'Thursday', keep: false },
    { text: 'At the close of business Thursday, the Orlan board resigned.', date: 'Thursday', keep: true },
    { text: "Buyers pushed up Tolvane's share price six pence to a near-record 640 pence in late trading yesterday.", date: 'yesterday', keep: false },
    { text: 'Buyers pushed the gate open yesterday.', date: 'yesterday', keep: true },
    { text: 'Dealers were nervous because of the wild swings seen on the Varrow exchange last week.', date: 'last week', keep: false },
    { text: 'Police are searching for a gunman seen near the school on Monday.', date: 'Monday', keep: true },
    { text: 'Analysts said shares of the firm posted gains on Monday.', date: 'Monday', keep: true },
    { text: 'Ann Roe from Western Orlan posted this query in October.', date: 'October', keep: true },
    { text: 'The town was flooded after the dam failed on Monday.', date: 'Monday', keep: true },
  ])('reads a figure\'s yardstick day, a tally at a day\'s close, a price pushed up, and a move seen after a preposition\'s noun as no happening of the clause: $text', ({ text, date, keep }) => {
    expect(read(text, date, /week/.test(date)).keep).toBe(keep);
  });

  it.each([
    { text: 'The changes are expected to save the Orlan line about $3 million next year.', date: 'next year', period: true, keep: false },
    { text: 'Tolvane is expected to do little better than break even in the fourth quarter.', date: 'the fourth quarter', period: true, keep: false },
    { text: 'Last week the insurer said it expected to meet claims of $250 million.', date: 'Last week', period: true, keep: true },
    { text: 'The ferry is expected to arrive on Monday.', date: 'Monday', period: false, keep: true },
    { text: 'The plant is expected to cut 300 jobs next year.', date: 'next year', period: true, keep: true },
    { text: 'On Monday, the firm said it expected to open the plant in May.', date: 'Monday', period: false, keep: true },
    { text: 'Roe said the move will continue to be a drag on earnings through 2027.', date: '2027', period: true, keep: false },
    { text: 'Roe said the firm has positive cash flow, "and we expect that to continue into 2027."', date: '2027', period: true, keep: false },
    { text: 'The rebels continued to hold the port through March.', date: 'March', period: true, keep: false },
  ])('reads a figure foretold and a state foretold to last as forecasts; an arrival or a cut expected stays planned: $text', ({ text, date, period, keep }) => {
    expect(read(text, date, period).keep).toBe(keep);
  });

  it.each([
    { text: 'Ann Roe, the grocer\'s president, said she is approaching next year with caution.', date: 'next year', period: true, keep: false },
    { text: 'The ferry line will enter service next year.', date: 'next year', period: true, keep: true },
    { text: 'Cardinal Roe called the killing wrong on Sunday.', date: 'Sunday', period: false, keep: false },
    { text: 'The mayor called the election early on Sunday.', date: 'Sunday', period: false, keep: true },
    { text: 'The mayor called a snap election on Sunday.', date: 'Sunday', period: false, keep: true },
  ])('reads a period met with an outlook and a thing called wrong as no happening: $text', ({ text, date, period, keep }) => {
    expect(read(text, date, period).keep).toBe(keep);
  });

  it.each([
    { text: 'In 30 towns, the number of ferries that sailed at night declined between 1971 and 1985.', date: '1971', period: true, keep: false },
    { text: 'In total, the number of confirmed cases in Orlan rose from three to 12 on Thursday.', date: 'Thursday', period: false, keep: true },
    { text: "Ann Roe's father was a Varrow Trust trustee until 1968.", date: '1968', period: true, keep: false },
    { text: 'The bridge was closed until Monday.', date: 'Monday', period: false, keep: true },
  ])('reads a count\'s trend over a period and what someone was until a year as no happening: $text', ({ text, date, period, keep }) => {
    expect(read(text, date, period).keep).toBe(keep);
  });

  it.each([
    { text: 'Norvex said on Friday that the total bill for cleaning the river and paying farmers hit $2.3 billion by May 9.', date: 'May 9', period: false, keep: false },
    { text: 'Weekly jobless claims in Orlan fell 12,000 this week.', date: 'this week', period: false, keep: false },
    { text: 'Retail sales in Orlan rose in March, the bureau said.', date: 'March', period: true, keep: false },
    { text: 'The cost of the Port Ellis bridge has risen to $40 million since June.', date: 'June', period: true, keep: false },
    // the saying that gives the figure, dated by its own verb, stays
    { text: 'Norvex said on Friday that the total bill hit $2.3 billion.', date: 'Friday', period: false, keep: true },
    // a firm's deed, its subject no figure; a count of people on a day; a firm's own figure, after a possessive
    { text: 'Norvex cut its sales force by 300 on Monday.', date: 'Monday', period: false, keep: true },
    { text: 'The number of confirmed cases in Orlan rose to 12 on Thursday.', date: 'Thursday', period: false, keep: true },
    { text: 'Norvex said its sales rose 4 percent on Monday.', date: 'Monday', period: false, keep: true },
  ])('reads a running figure of money or of the economy, its level or its move, as a statistic: $text', ({ text, date, period, keep }) => {
    expect(read(text, date, period).keep).toBe(keep);
  });

  it.each([
    { text: 'Divers will secure the plug over the leak on Friday.', word: 'secure' },
    { text: 'The Talbury school will close from the end of Friday.', word: 'close' },
    { text: 'The opposition will present its bill this morning.', word: 'present' },
  ])('tags the word a modal governs as a verb: $text', ({ text, word }) => {
    expect(tagWords(text).find((w) => w.text === word)?.pos).toBe('VERB');
  });

  it('leaves an adverb between a modal and its verb an adverb', () => {
    expect(tagWords('Prices will likely be higher next year.').find((w) => w.text === 'likely')?.pos).not.toBe('VERB');
  });

  it.each([
    { text: 'Divers will secure the plug over the leak on Friday.', date: 'Friday', status: 'planned' },
    { text: 'The Talbury school will close from the end of Friday.', date: 'Friday', status: 'planned' },
    // a verb that carries on a group looking ahead: an -ing it completes, a bare verb joined by "and"
    { text: 'With the storm approaching, crews will begin moving from the rig Friday.', date: 'Friday', status: 'planned' },
    { text: 'In the meantime, divers will continue to try and position a dome over the leak today.', date: 'today', status: 'planned' },
    { text: 'Crews began moving the rig on Friday.', date: 'Friday', status: 'happened' },
    { text: 'Officials who will lead the inquiry began moving on Friday.', date: 'Friday', status: 'happened' },
    { text: 'The divers tried and failed to plug the leak on Friday.', date: 'Friday', status: 'happened' },
    // the past of "be to" is a plan told, not a deed done; what is said with it is the saying's
    { text: 'Navy divers were to start work on the Carrick pier on Friday.', date: 'Friday', status: 'planned' },
    { text: 'The Tarrow board was to meet on Monday.', date: 'Monday', status: 'planned' },
    { text: 'Ann Roe said on Monday that the mill was to sell its fields.', date: 'Monday', status: 'happened' },
    // "be to blame" is an idiom of fault, told of what happened, in the past or the present
    { text: 'Investigators found the driver was to blame for the crash on Friday.', date: 'Friday', status: 'happened' },
    { text: 'The pilot is to blame for the landing on Monday, the inquiry found.', date: 'Monday', status: 'happened' },
    // after a noun of purpose, "be to" says what the noun was for
    { text: 'The crew\'s mission was to search the northern coves on Tuesday.', date: 'Tuesday', status: 'happened' },
  ])('reads the modality of the whole verb group: $text', ({ text, date, status }) => {
    expect(read(text, date)).toMatchObject({ keep: true, status });
  });

  it('tags a capitalised "Am" after a capitalised word as part of a name', () => {
    const words = tagWords('Two pilots of Trans Am flew the jet over Varrow in 1979.');
    expect(words.find((w) => w.text === 'Am')?.pos).toBe('PROPN');
  });

  it('gives offsets into the text for every word', () => {
    const text = "It's “done” — officials didn't say.";
    for (const w of tagWords(text)) expect(text.slice(w.start, w.end)).toBe(w.text);
  });
});

describe('readDate: a month or a year after a happening that "after" names dates that happening', () => {
  it.each([
    { text: 'Mr. Varn kept up the shuttle diplomacy he began after the invasion last August.', date: 'last August', period: true, keep: false },
    { text: 'The pact grew out of a wish to keep the gains made after the collapse of the old regime ten years ago.', date: 'ten years ago', period: true, keep: false },
    { text: 'The harbour board agreed to pay for the repairs after the sinking of its ferry in April.', date: 'April', period: true, keep: false },
    { text: 'Prices rose before the strike in May.', date: 'May', period: true, keep: false },
    // controls: the same time ("just after"), a date before its noun, a clause with a verb, a day, the clause's own date
    { text: 'Ada Roe fled the city just after the takeover in 1948.', date: '1948', period: true, keep: true },
    { text: 'Lending froze up after the 1987 market crash.', date: '1987', period: true, keep: true },
    { text: 'The mayor resigned after he lost the vote in March.', date: 'March', period: true, keep: true },
    { text: 'The mayor resigned after the vote on Thursday.', date: 'Thursday', period: false, keep: true },
    { text: 'The mayor resigned in March after the vote.', date: 'March', period: true, keep: true },
  ])('$text', ({ text, date, period, keep }) => {
    expect(read(text, date, period).keep).toBe(keep);
  });
});

describe('readDate: a happening\'s noun with a complement of where or with whom still dates only that happening', () => {
  it.each([
    { text: 'The harbour board set up a fund after the explosion at its Port Ellis plant in 2005.', date: '2005', period: true, keep: false },
    { text: 'Prices rose before the strike by dockers at the Norvex yard in May.', date: 'May', period: true, keep: false },
    { text: 'The union rallied on the eve of the council\'s vote on the budget on Wednesday.', date: 'Wednesday', period: false, keep: false },
    { text: 'In its report, released ahead of a summit of finance ministers in Port Ellis this week, the bank called for aid.', date: 'this week', period: false, keep: false },
    // controls: a setting of the clause's own verb, a day after "after", the clause's own date before the phrase
    { text: 'Two workers died in the explosion at the Port Ellis plant in 2005.', date: '2005', period: true, keep: true },
    { text: 'The mayor resigned after the vote in the council on Thursday.', date: 'Thursday', period: false, keep: true },
    { text: 'The union rallied on Wednesday on the eve of the council\'s vote.', date: 'Wednesday', period: false, keep: true },
    { text: 'After the spill off the Varn coast in 1989 had been cleaned up, the firm paid the fines.', date: '1989', period: true, keep: true },
  ])('$text', ({ text, date, period, keep }) => {
    expect(read(text, date, period).keep).toBe(keep);
  });
});

describe('readDate: the present perfect takes no "ago"', () => {
  it.each([
    { text: 'The insurer has started paying claims from the Varrow flood nearly two weeks ago.', date: 'two weeks ago', keep: false },
    { text: 'Crews have cleared the wreck of the ferry that sank three days ago.', date: 'three days ago', keep: true },
    // controls: a past tense, a clause of its own after the perfect
    { text: 'The insurer started paying claims two weeks ago.', date: 'two weeks ago', keep: true },
    { text: 'The ferry has been shut since it ran aground two weeks ago.', date: 'two weeks ago', keep: true },
  ])('$text', ({ text, date, keep }) => {
    expect(read(text, date).keep).toBe(keep);
  });
});

describe('readDate: a verb in the present takes no date gone by; the date is a noun\'s', () => {
  const readPast = (text: string, date: string, period: boolean) => {
    const at = text.indexOf(date);
    return readDate(tagWords(text), at, at + date.length, { period, past: true });
  };
  it.each([
    { text: 'Varrow Oil is facing new fines over its conviction for a large spill on the northern coast in 2006.', date: '2006', period: true, keep: false },
    { text: 'Ann Roe, one of the minds behind the research into tidal power in the 1960s, says a dam is the answer.', date: 'the 1960s', period: true, keep: false },
    { text: 'The rise reflects a surge in orders since the last report on 12 June.', date: '12 June', period: false, keep: false },
    { text: 'The failure of the valve on the Brell platform on 20 April means that oil is still leaking.', date: '20 April', period: false, keep: false },
    { text: 'A porter waits for a bus at the station in Carrick on Tuesday.', date: 'Tuesday', period: false, keep: false },
    { text: 'The failure of the march on the capital, and its end last Saturday, has prompted much debate.', date: 'last Saturday', period: false, keep: false },
    { text: 'The storm season began last week, typically peaks in August and ends in November.', date: 'November', period: true, keep: false },
    { text: 'Investors are suing the firm over the blast at the Brell plant in April last year - that blast killed 11 men.', date: 'April last year', period: true, keep: false },
    // controls: a past tense, a span's edge, a date that opens the sentence, a timeline's entry, a run-on sentence
    { text: 'Varrow Oil was fined over a large spill on the northern coast in 2006.', date: '2006', period: true, keep: true },
    { text: 'The port has been shut to shipping since Tuesday.', date: 'Tuesday', period: false, keep: true },
    { text: 'In 2006 the council buys the old mill.', date: '2006', period: true, keep: true },
    { text: 'Dr Vell appears in court in Carrick 25 January 2021 The doctor enters a plea of not guilty.', date: '25 January 2021', period: false, keep: true },
    { text: 'For Ann Roe that chain stretches back to 1876 when her family set up the mill.', date: '1876', period: true, keep: true },
    { text: 'Varrow internal report (September 2020) Varrow admits its managers could have prevented the blast.', date: 'September 2020', period: true, keep: true },
    { text: 'In the interview, Dr Vell says that on the night of 25 June 2021, he gave the horse a sedative.', date: '25 June 2021', period: false, keep: true },
    { text: '20 April: The Brell platform explodes 8 May: A dome fails to cap the leak.', date: '8 May', period: false, keep: true },
    { text: 'Several states have banned imports of the fruit On Thursday the ministers met in Carrick.', date: 'Thursday', period: false, keep: true },
    // a date between a subject and its own verb in the past dates that verb ("a jury in May found"), not the present one's
    { text: 'The ruling comes after a jury in Carrick in May found the firm liable for the spill.', date: 'May', period: true, keep: true },
    // (a participle in -ing after the date describes the noun: "the close of 2006 equaling 100" is a baseline)
    { text: 'To make them comparable, each index is based on the close of 2006 equaling 100.', date: '2006', period: true, keep: false },
  ])('$text', ({ text, date, period, keep }) => {
    expect(readPast(text, date, period).keep).toBe(keep);
  });
  it('reads a present verb with a date of the day or ahead as before', () => {
    const text = 'A porter waits for a bus at the station in Carrick on Tuesday.';
    const at = text.indexOf('Tuesday');
    expect(readDate(tagWords(text), at, at + 7, { period: false, past: false }).keep).toBe(true);
  });
});

describe('readDate: a deadline for what someone is asked, or aims, to do dates no happening', () => {
  it.each([
    { text: 'A panel is studying the bid; the parent firm asked it to respond by Oct. 31.', date: 'Oct. 31', keep: false },
    { text: 'The council asked the ferry firm on Monday to respond by Friday.', date: 'Friday', keep: false },
    { text: 'Officials say the goal is to put 400 crews in the valley by the end of the month.', date: 'the end of the month', keep: false },
    { text: 'The rescue teams are racing to reach the miners by Sunday.', date: 'Sunday', keep: false },
    // (a plan told with a deadline is a target, not a day on the calendar)
    { text: 'The firm plans to complete the sale by March.', date: 'March', keep: false },
    // controls: a plan for a day, a deed done by a day, the asking's own day, a reported attempt on a day, a window that closes
    { text: 'The firm plans to close the plant on March 12.', date: 'March 12', keep: true },
    { text: 'The harbour master said the crews would try to raise the wreck on Friday.', date: 'Friday', keep: true },
    { text: 'Growers can apply for the drought grants until May 3.', date: 'May 3', keep: true },
    { text: 'Between Monday and May 3, growers can apply for the drought grants.', date: 'Monday', keep: true },
    { text: 'Between Monday and May 3, growers can apply for the drought grants.', date: 'May 3', keep: true },
    { text: 'The show can be heard on Radio Orlan between 12midnight and 3am.', date: '12midnight', keep: false },
    { text: 'The mill closed by Friday.', date: 'Friday', keep: true },
    { text: 'The council asked the ferry firm on Monday to respond by Friday.', date: 'Monday', keep: true },
  ])('$text ($date)', ({ text, date, keep }) => {
    expect(read(text, date).keep).toBe(keep);
  });
});

describe('readDate: where a past state or a span ends, or a thing\'s span starts, dates no happening', () => {
  it.each([
    { text: "Mr. Roe's father was a trustee of the bank until 1974.", date: '1974', period: true, keep: false },
    { text: 'Ann Roe lived in Varrow until 1989.', date: '1989', period: true, keep: false },
    { text: 'Lenders have extended the firm up to $90 million in loans through January.', date: 'January', period: true, keep: false },
    { text: 'The move will be a drag on earnings through 2027, the chairman said.', date: '2027', period: true, keep: false },
    // a span's end, whatever fills the span: what was done to start it was done before
    { text: 'The ministry has placed a ban on new fishing permits until at least May 28.', date: 'May 28', period: false, keep: false },
    { text: 'The firm said it would hold back its applications until well into 2027.', date: '2027', period: true, keep: false },
    { text: 'Doctors advised the college to close its doors until 7 June.', date: '7 June', period: false, keep: false },
    { text: 'Heavy swell will delay the crews\' plan to lift the wreck until next week, the harbour master said.', date: 'next week', period: false, keep: false },
    { text: 'Dowley Corp. extended its offer for Brinmoor until May 9.', date: 'May 9', period: false, keep: false },
    { text: 'The mill wasn\'t to begin turning out paper until 2029.', date: '2029', period: true, keep: false },
    { text: 'The preferred shares will carry a dividend of 5% until Dec. 31, 2029.', date: 'Dec. 31, 2029', period: false, keep: false },
    // a span's start that belongs to the noun before it
    { text: 'The skipper got word of a spell of calm weather starting Friday.', date: 'Friday', period: false, keep: false },
    { text: 'The ministers will face questions at hearings starting on Tuesday, two deputies said.', date: 'Tuesday', period: false, keep: false },
    { text: 'Costs rose under the new wage pact effective June 1.', date: 'June 1', period: false, keep: false },
    // (a noun naming a happening starts on that day: the strike or trial is the clause's own)
    { text: 'Rail workers will hold a three-day strike starting Thursday over pay, the union said.', date: 'Thursday', period: false, keep: true },
    { text: 'Ann Roe will testify at a murder trial starting on Monday in the capital.', date: 'Monday', period: false, keep: true },
    // (a clause's own start after a comma; a happening told in a "with" phrase)
    { text: 'The ministry will cull the herds, starting from today.', date: 'today', period: false, keep: true },
    { text: 'Work on the first well started on 2 May, with the second starting on 16 May.', date: '16 May', period: false, keep: true },
    // controls: a closure until a day tells the reopening; a deed done by "until"; a span with its start; a deadline;
    // a window that closes; a wait
    { text: 'The port will stay shut until Monday.', date: 'Monday', period: false, keep: true },
    { text: 'The exchange has shut down until next week.', date: 'next week', period: false, keep: true },
    // a stop told in the present perfect passive began before the telling: the date only ends it
    { text: 'The town pool has been closed until Monday after a leak.', date: 'Monday', period: false, keep: false },
    { text: 'Wards at the clinic have been shut until at least Friday.', date: 'Friday', period: false, keep: false },
    { text: 'Growers have until May 3 to file their claims.', date: 'May 3', period: false, keep: true },
    { text: 'Growers can apply for the grants until May 3.', date: 'May 3', period: false, keep: true },
    { text: 'The board waited until last summer to curb the loans.', date: 'last summer', period: true, keep: true },
    { text: 'The union struck until Friday.', date: 'Friday', period: false, keep: true },
    { text: 'The fair ran from Thursday through Sunday.', date: 'Sunday', period: false, keep: true },
  ])('$text', ({ text, date, period, keep }) => {
    expect(read(text, date, period).keep).toBe(keep);
  });
});

describe('readDate: a date in a "before", "after" or "since" -ing phrase dates that phrase, not the clause it hangs on', () => {
  it.each([
    // "before": the clause came earlier
    { text: 'The new manager is expected to meet the crews in Harbourton on Monday before flying to the rig on Tuesday.', date: 'Tuesday', period: false, keep: false },
    { text: 'Mr Vell had worked in Lisk and Oran before moving to the capital in 2019.', date: '2019', period: true, keep: false },
    // "since": the clause is a span from it
    { text: 'Since joining the paper in 2011, Ann Roe has worked on the foreign desk.', date: '2011', period: true, keep: false },
    { text: 'The mill has sold half its land since announcing the plan in July.', date: 'July', period: true, keep: false },
    // "after": a clause told as it stands now, or will be, or with a day of its own
    { text: 'The harbour board is trying another pump after giving up on Saturday an attempt to drain the dock.', date: 'Saturday', period: false, keep: false },
    { text: 'The envoys will be back in Lisk today after walking out of the talks earlier this month.', date: 'earlier this month', period: false, keep: false },
    { text: 'After pumping water for nine hours on Wednesday, the crew stopped the work on Thursday.', date: 'Wednesday', period: false, keep: false },
    { text: 'After pumping water for nine hours on Wednesday, the crew put the pumping on hold throughout Thursday.', date: 'Wednesday', period: false, keep: false },
    // controls: a clause in the simple past just after it, "shortly before", the clause's own date, a date before the phrase
    { text: 'The singer died after suffering a stroke at his home on Thursday.', date: 'Thursday', period: false, keep: true },
    { text: 'After meeting the envoys yesterday, the minister said the talks would go on.', date: 'yesterday', period: false, keep: true },
    { text: 'After touring the docks on Monday, the minister said the port will reopen in May.', date: 'Monday', period: false, keep: true },
    { text: 'The crew were back at work after replacing a leaking valve on Thursday.', date: 'Thursday', period: false, keep: true },
    // the news perfect of a deed is the day's news as the simple past is (a perfect "be" is a state, a perfect progressive goes on)
    { text: 'The singer Tom Vell has died after collapsing at his home on Thursday.', date: 'Thursday', period: false, keep: true },
    { text: 'A man has been arrested after stabbing two people in Carrick on Tuesday.', date: 'Tuesday', period: false, keep: true },
    { text: 'Ann Roe has resigned as chair after losing a vote of confidence on Monday.', date: 'Monday', period: false, keep: true },
    { text: 'The singer has been in hospital after falling from the stage on Wednesday.', date: 'Wednesday', period: false, keep: false },
    { text: 'The harbour board has been trying another pump after giving up on Saturday.', date: 'Saturday', period: false, keep: false },
    { text: 'The mayor signed the order shortly before leaving office in May.', date: 'May', period: true, keep: true },
    { text: 'A steward was taken to hospital today after falling ill on a flight.', date: 'today', period: false, keep: true },
    { text: 'The new manager is expected to meet the crews in Harbourton on Monday before flying to the rig on Tuesday.', date: 'Monday', period: false, keep: true },
  ])('$text ($date)', ({ text, date, period, keep }) => {
    expect(read(text, date, period).keep).toBe(keep);
  });
});

describe("readDate: a day's thing only told about, and a noun's participle with its own date, date no clause (clause25)", () => {
  it.each([
    // a possessive date after a preposition of topic, as a noun's complement before any verb, or after a gerund
    { text: 'Critics were writing about last week\'s edition of the show.', date: 'last week', period: false, keep: false },
    { text: 'Further details about Thursday\'s meeting have to be settled by the board.', date: 'Thursday', period: false, keep: false },
    { text: 'The site for Friday\'s rally was chosen by the mayor.', date: 'Friday', period: false, keep: false },
    { text: 'Police detained hundreds of activists to stop them from launching Thursday\'s planned march.', date: 'Thursday', period: false, keep: false },
    { text: 'In the months leading up to this week\'s summit, Ann Roe talked of new rules.', date: 'this week', period: false, keep: false },
    { text: 'The draft was sent with its gaps to next week\'s assembly in Lisk.', date: 'next week', period: false, keep: false },
    // a participle right after a noun, its date right after it, the sentence's verb before
    { text: 'The board adopted a plan for fiscal years ending after Dec. 15, 2031.', date: 'Dec. 15, 2031', period: false, keep: false },
    { text: 'Hundreds in the village had been sick with fever, some falling ill back in December.', date: 'December', period: true, keep: false },
    // controls: a setting, a verb's own object, a participle in the subject, a "with" phrase, a participle with an object
    { text: 'Nine workers died in Tuesday\'s blast.', date: 'Tuesday', period: false, keep: true },
    { text: 'Fans crammed into the arena for Friday\'s weigh-in.', date: 'Friday', period: false, keep: true },
    { text: 'The mayor attended Tuesday\'s meeting.', date: 'Tuesday', period: false, keep: true },
    { text: 'Hundreds of fans went to Saturday\'s concert.', date: 'Saturday', period: false, keep: true },
    { text: "At the end of Tuesday's session the council voted to close the pier.", date: 'Tuesday', period: false, keep: true },
    { text: 'Thousands of people marching on Saturday demanded new elections.', date: 'Saturday', period: false, keep: true },
    { text: 'Work on the first well started on 2 May, with the second starting on 16 May.', date: '16 May', period: false, keep: true },
    { text: 'The rebels fought the army for years, declaring victory on Jan. 1, 1959.', date: 'Jan. 1, 1959', period: false, keep: true },
  ])('$text ($date)', ({ text, date, period, keep }) => {
    expect(read(text, date, period).keep).toBe(keep);
  });
});

describe('tagWords: what the tagger read before does not change its reading', () => {
  // wink-nlp adds every word it has not seen to its lexicon, and a possessive seen before a full stop
  // ("It was Vellcorp's.") is then kept whole elsewhere (winkjs/wink-nlp#143); the tagger forgets what each text taught it.
  const words = (text: string) => tagWords(text).map((w) => `${w.text}/${w.pos}`);

  it.each([
    { name: "a name's possessive read whole before a full stop", sentence: "Vellcorp's board met on Monday.", before: ["The winning bid was Vellcorp's."] },
    { name: "a year's read whole before a full stop", sentence: "Ferry sales rose from this year's low in March.", before: ["The total could double last year's."] },
    { name: 'a possessive read whole before a comma or a colon', sentence: "Tarrow's mayor resigned on Friday.", before: ["The boat was Tarrow's, not ours.", "Ask Tarrow's: they know."] },
    { name: 'many texts of new words', sentence: 'Kelvane Brosk opened the Quarnley depot on Tuesday.', before: ['Brosk and Quarnley met.', 'Kelvane Quarnley, of Brosk, spoke.', "It was Brosk's."] },
  ])('$name', ({ sentence, before }) => {
    const alone = words(sentence);
    for (const text of before) tagWords(text);
    expect(words(sentence)).toEqual(alone);
  });

  it("still splits a possessive the lexicon has not seen, after reading it whole", () => {
    tagWords("The prize was Morrant's.");
    expect(words("Morrant's board met on Monday.").slice(0, 2)).toEqual(['Morrant/PROPN', "'s/PART"]);
  });

  it('gives an article the same events alone and after another article in one run', () => {
    const article = (file: string, body: string) => ({ file, text: `Ferry news\n\nPublished: 4 March 2025\n\n${body}\n`, encoding: 'utf-8', warnings: [] });
    const events = (sources: ReturnType<typeof article>[]) =>
      buildEventList(sources as never).eventList.events.filter((e) => e.sources.some((s) => s.article === 'b')).map((e) => `${e.date.start} ${e.title}`);
    const b = article('b.txt', "Vellcorp's board met on Monday and approved the sale of the ferry line. The harbour board on Monday reported a rise in ferry sales.");
    const alone = events([b]);
    expect(alone.length).toBeGreaterThan(0);
    expect(events([article('a.txt', "The winning bid was Vellcorp's. Sales rose from this year's."), b])).toEqual(alone);
  });
});

describe('mainVerb: a clause is told by its first finite verb, past the words of its subject', () => {
  const verbOf = (text: string) => {
    const words = tagWords(text);
    return words[mainVerb(words)]?.text ?? null;
  };
  it.each([
    // an "-ing" form or an agent's participle in the subject describes a noun
    ['Harbour lobbying efforts have been a letdown', 'have'],
    ['The risks of deep sea trawling were small', 'were'],
    ['Crews fighting the mill fire were still waiting', 'were'],
    ['The report commissioned by the Tarrow council found two faults', 'found'],
    // an infinitive, and a bare verb joined to it, are the subject's
    ['The family of the first miner to die says they are grieving', 'says'],
    ['A plan to drain the lake and rebuild the dam was dropped', 'was'],
    // a verb's form in a noun's place: after a determiner or a possessive, or just before a finite auxiliary
    ['His newly printed memoir sold out', 'sold'],
    ["The mayor's newly appointed deputy told the council", 'told'],
    ['Suspect had fled the harbour', 'had'],
    // an "-ing" form after "be" is finite; an auxiliary is no noun
    ['Crews are still fighting the fire', 'are'],
    ['All were rescued from the ferry', 'were'],
    // nothing finite after it: the first verb, as a headline tells it; nor past a clause of its own
    ['Crews fighting the mill fire', 'fighting'],
    ['Roe resigned after the board met', 'resigned'],
  ])('"%s" is told by "%s"', (text, verb) => expect(verbOf(text)).toBe(verb));
});

describe('readDate: a simple present in a clause of time tells what is still to come', () => {
  // (`past`: the date is gone by the day of writing, as events.ts works out from the publication)
  const readAt = (text: string, date: string, past = false) => {
    const at = text.indexOf(date);
    return readDate(tagWords(text), at, at + date.length, { period: false, past });
  };
  it.each([
    { text: 'When Ann Roe flies to Oslo on Friday as part of her first tour, she said she hopes to talk about fishing.', date: 'on Friday' },
    { text: 'When the mayor visits the Tarrow school on Tuesday, he plans to ask for more teachers.', date: 'on Tuesday' },
    { text: 'As soon as the board meets this week, it will vote on the merger.', date: 'this week' },
    { text: 'Crews will reopen the pier after the inspector signs the papers on Monday.', date: 'on Monday' },
  ])('planned: $text', ({ text, date }) => expect(readAt(text, date)).toMatchObject({ keep: true, status: 'planned' }));
  it.each([
    // a past, the present perfect: told as done
    { text: 'When the mayor visited the Tarrow school on Tuesday, he asked for more teachers.', date: 'on Tuesday', past: false },
    { text: 'The mayor left the Tarrow school after he had signed the papers on Monday.', date: 'on Monday', past: false },
    // a present outside a clause of time: a headline's present, dated by the publication elsewhere
    { text: 'The mayor visits the Tarrow school on Tuesday.', date: 'on Tuesday', past: false },
  ])('as before: $text', ({ text, date, past }) => expect(readAt(text, date, past)).toMatchObject({ keep: true, status: 'happened' }));
  // a date already gone: a story told in the present, read as it was before
  it('not planned by a date gone', () => expect(readAt('When Ann Roe flies to Oslo in 1990, she finds the port closed.', 'in 1990', true)).not.toMatchObject({ status: 'planned' }));
});

describe('readDate: a participle aside after the subject does not date the clause (recall51)', () => {
  const readAt = (text: string, date: string) => {
    const at = text.indexOf(date);
    return readDate(tagWords(text), at, at + date.length, { period: false, past: true });
  };
  it.each([
    // the verb after the aside's closing comma is the clause's: "hoping to", "could" are the doer's mind, not the deed
    { text: 'On Friday, divers, hoping to find the wreck, searched the bay again.', date: 'On Friday' },
    { text: 'On Monday, rescuers, fearing more collapses, evacuated the block.', date: 'On Monday' },
    { text: 'But on May 8, detectives, wondering how the thief could have fled unseen, searched the yard once more.', date: 'on May 8' },
    // controls: no subject before the "-ing" word, or no verb after its comma
    { text: 'On Friday, prices fell, erasing the week\'s gains, and traders left early.', date: 'On Friday' },
    { text: 'Officials, hoping to calm investors, announced a rescue plan on Friday.', date: 'on Friday' },
  ])('happened: $text', ({ text, date }) => expect(readAt(text, date)).toMatchObject({ keep: true, status: 'happened' }));
  it.each([
    // an aim after the subject with no verb after it is still what the date's clause tells
    { text: 'On Friday, the council hoping to win votes.', date: 'On Friday' },
    { text: 'On Friday, the council, hoping to win votes in the spring.', date: 'On Friday' },
  ])('not kept as a happening: $text', ({ text, date }) => expect(readAt(text, date)).not.toMatchObject({ keep: true, status: 'happened' }));
  it('a verb told ahead after the aside is a plan', () => expect(readAt('On Friday, the council, hoping to win votes, will cut the levy.', 'On Friday')).toMatchObject({ keep: true, status: 'planned' }));
});

describe('a piece of a hyphened modifier inside a noun phrase is no verb', () => {
  const posOf = (text: string, word: string) => tagWords(text).find((w) => w.text === word)?.pos;
  it.each([
    { text: 'The lid placed on the blown-out pipe last week held.', word: 'blown', pos: 'ADJ' },
    { text: 'A well-known firm built the road.', word: 'known', pos: 'ADJ' },
    { text: 'The mayor met the Lowmere-based group on Monday.', word: 'based', pos: 'ADJ' },
    // (a hyphened verb after its subject stays a verb)
    { text: 'The court fast-tracked the case.', word: 'tracked', pos: 'VERB' },
  ])('$text', ({ text, word, pos }) => {
    expect(posOf(text, word)).toBe(pos);
  });
});

describe('readDate: how a thing is held or seems to stand is a state; what a dated thing shows, told now, weighs it (opst24)', () => {
  const readAt = (text: string, date: string) => {
    const at = text.indexOf(date);
    return readDate(tagWords(text), at, at + date.length, { period: false, past: true });
  };
  it.each([
    { text: 'The driver was said to be in a critical condition on Monday.', date: 'on Monday' },
    { text: 'The skipper was reported to be in hospital on Friday.', date: 'on Friday' },
    { text: 'The mayor was said to be furious on Monday.', date: 'on Monday' },
    { text: 'The harbour seemed to be calm on Friday.', date: 'on Friday' },
    { text: 'The town was widely seen as the favourite last year.', date: 'last year' },
  ])('state: $text', ({ text, date }) => expect(readAt(text, date)).toMatchObject({ keep: false, reason: 'state' }));
  it.each([
    { text: "Last week's vote shows that the party is split.", date: 'Last week' },
    { text: "Tuesday's ruling means the mill will close.", date: 'Tuesday' },
    // a verdict on the dated thing, told now or ahead
    { text: "Saturday's harbour summit in Tarrow will be a good thing in itself.", date: 'Saturday' },
    { text: "Friday's vote is a bad idea.", date: 'Friday' },
  ])('reaction: $text', ({ text, date }) => expect(readAt(text, date)).toMatchObject({ keep: false, reason: 'reaction' }));
  it.each([
    // a change so held, a happening going on, a date in the subject of a seeming
    { text: 'The driver was believed to have died on Monday.', date: 'on Monday' },
    { text: 'The ferry appeared to be sinking on Monday.', date: 'on Monday' },
    { text: 'The mayor was seen leaving the hall on Monday.', date: 'on Monday' },
    { text: 'A photo shared at dawn on 12 January seemed to be the earliest sign of the flood.', date: 'on 12 January' },
    { text: 'The climber was found dead on Monday.', date: 'on Monday' },
    { text: 'The singer was named chief executive on Monday.', date: 'on Monday' },
    // a finding in the past, a date a participle takes
    { text: 'A scan on Monday showed a tumour.', date: 'on Monday' },
    { text: "Monday's vote was a victory for the mayor.", date: 'Monday' },
    { text: 'The survey released Tuesday also suggests that the bus lanes slowed the traffic.', date: 'Tuesday' },
  ])('happened: $text', ({ text, date }) => expect(readAt(text, date)).toMatchObject({ keep: true, status: 'happened' }));
});

describe('readDate: a prediction said on a day is no happening; a decision, a refusal or a schedule said stays (fore24b)', () => {
  it.each([
    // a move of a figure or a state no one decides, foretold with "will", "would" or a hedge
    { text: 'Some towns will slip toward a deeper slump," she said yesterday, speaking at a forum in the capital.', date: 'yesterday', reason: 'forecast' },
    { text: 'Prices will fall sharply, the minister said on Monday.', date: 'Monday', reason: 'forecast' },
    { text: 'The minister said on Monday that prices will fall sharply.', date: 'Monday', reason: 'forecast' },
    { text: 'Last week, the leaders said the bank would collapse unless they passed a rescue.', date: 'Last week', reason: 'forecast' },
    { text: 'The firm said on Monday its sales will rise 5 percent.', date: 'Monday', reason: 'forecast' },
    // a capacity guessed at a rate, the rate after the noun phrase the figure counts; an "as" clause after the date is no content
    { text: 'Seed makers could produce 3.1 billion hardy winter seed packets per year, the head of the farm board said on Tuesday, as growers argued over supplies.', date: 'Tuesday', reason: 'reaction' },
    // a wait foretold, said or warned of
    { text: 'The ferry firm cautioned Friday that it will be two more days before anyone knows if the hull patch will hold.', date: 'Friday', reason: 'forecast' },
    { text: 'The mayor said on Monday it will be a year before she decides.', date: 'Monday', reason: 'forecast' },
    // a date inside the subject of what is said
    { text: 'The weather office said strong easterly winds this week may start pushing the ash toward the coast.', date: 'this week', reason: 'reaction', period: true },
  ])('$reason: $text', ({ text, date, reason, period }) => expect(read(text, date, period)).toMatchObject({ keep: false, reason }));
  it.each([
    { text: 'The firm said on Monday it will cut 500 jobs.', date: 'Monday' },
    { text: 'The minister said on Monday she will not resign.', date: 'Monday' },
    { text: 'The firm said on Monday it will drop the charges.', date: 'Monday' },
    { text: 'The firm said on Monday it will double its output.', date: 'Monday' },
    { text: 'The mayor said on Monday the vote will be held on Friday.', date: 'Monday' },
    { text: 'The mayor warned on Monday that the town will close the pier.', date: 'Monday' },
  ])('kept: $text', ({ text, date }) => expect(read(text, date)).toMatchObject({ keep: true }));
});

describe('readDate: "due" with the place one is expected at is an arrival set for the day', () => {
  it.each([
    ['Ann Roe is due in Harbourton on Sunday.', 'Sunday'],
    ['The two ferrymen are due in court on Thursday.', 'Thursday'],
    ['Tom Vell is due there on Monday as is the Norvex chief.', 'Monday'],
  ])('"%s" is planned', (text, date) => expect(read(text, date)).toEqual({ keep: true, status: 'planned' }));
  it.each([
    // a deadline with no place, or an "in" that is the date's own, stays a state
    ['The rent is due on Monday.', 'Monday'],
    ['The Norvex report is due in May.', 'May'],
  ])('"%s" is not kept', (text, date) => expect(read(text, date).keep).toBe(false));
});
