// The tense around an expression decides which Wednesday or November it means.
import { describe, expect, it } from 'vitest';
import { dayNumber, fromDayNumber, weekdayOf, cycleOccurrence } from '../../../src/pipeline/timex/calendar';
import { deferredUntil, possessiveLooksBack, tenseAt, tenseMarkers } from '../../../src/pipeline/timex/tense';

function tenseOf(sentence: string, expression: string) {
  const start = sentence.indexOf(expression);
  return tenseAt(tenseMarkers(sentence), start, start + expression.length, sentence);
}

describe('tenseAt', () => {
  it.each([
    { sentence: 'The minister said Wednesday that talks had stalled.', expression: 'Wednesday', expected: 'past' },
    { sentence: 'The talks will resume on Tuesday.', expression: 'Tuesday', expected: 'future' },
    { sentence: "They'll meet on Tuesday.", expression: 'Tuesday', expected: 'future' },
    { sentence: 'The senate is expected to vote Friday.', expression: 'Friday', expected: 'future' },
    { sentence: 'The vote, expected on Friday, is close.', expression: 'Friday', expected: 'future' },
    { sentence: 'The firm plans to open the plant on Monday.', expression: 'Monday', expected: 'future' },
    { sentence: 'The board is set to decide on Monday.', expression: 'Monday', expected: 'future' },
    { sentence: 'The talks that are supposed to end by May stalled.', expression: 'May', expected: 'future' },
    { sentence: 'The court on Friday paused the ruling.', expression: 'Friday', expected: 'past' },
    { sentence: 'Officials said on Monday that the bridge will reopen Friday.', expression: 'Monday', expected: 'past' },
    { sentence: 'Officials said on Monday that the bridge will reopen Friday.', expression: 'Friday', expected: 'future' },
    { sentence: 'The bridge will reopen Friday, officials said on Monday.', expression: 'Monday', expected: 'past' },
    { sentence: 'The talks took place last month.', expression: 'last month', expected: 'past' },
    // "coming" looks ahead as an adjective ("the coming days"), not as a verb ("began coming ashore")
    { sentence: 'Tar first started coming ashore a week after the 3 May spill.', expression: '3 May', expected: 'past' },
    { sentence: 'In the coming days, the ferry resumes on 3 May.', expression: '3 May', expected: 'future' },
    // a progressive "is coming" tells a plan; "storms coming ashore" a verb of its own
    { sentence: 'The mayor is coming on Monday to open the bridge.', expression: 'Monday', expected: 'future' },
    { sentence: 'Rain is coming on Thursday, forecasters said.', expression: 'Thursday', expected: 'future' },
    // a verb whose past is its bare form, after a singular subject: no present ("hits") is written
    { sentence: 'The company cut 300 jobs on Monday.', expression: 'Monday', expected: 'past' },
    { sentence: 'The storm hit the coast on Tuesday.', expression: 'Tuesday', expected: 'past' },
    { sentence: 'Then Norvex shut its plant on Friday.', expression: 'Friday', expected: 'past' },
    { sentence: 'The company will cut jobs on Tuesday.', expression: 'Tuesday', expected: 'future' },
    { sentence: 'The prices cut for the sale on Tuesday are gone.', expression: 'Tuesday', expected: null },
    { sentence: '"The mills are going to start getting beat up in the spring," she said.', expression: 'the spring', expected: 'future' },
    { sentence: 'Farm towns are going to get caught by the floods in the autumn.', expression: 'the autumn', expected: 'future' },
    { sentence: 'The mills got hit hard in the spring.', expression: 'the spring', expected: 'past' },
    // an -ed word after a preposition is an adjective before its noun, no past: the arrangement's "were to" stands
    { sentence: 'The choir were to sing for invited guests on Saturday.', expression: 'Saturday', expected: 'future' },
    { sentence: 'The ferry was to sail with armed guards on Monday.', expression: 'Monday', expected: 'future' },
    // a passive infinitive after the object of a verb that made it so, told in the past, is of that past
    { sentence: 'A strike forced the pier to be shut on Sunday.', expression: 'Sunday', expected: 'past' },
    { sentence: 'The board asked for the pier to be shut on Sunday.', expression: 'Sunday', expected: 'future' },
    { sentence: 'The pier is to be shut on Sunday.', expression: 'Sunday', expected: 'future' },
    { sentence: 'The pier has got to be shut on Sunday.', expression: 'Sunday', expected: 'future' },
    { sentence: 'The choir sang for guests and then toured on Saturday.', expression: 'Saturday', expected: 'past' },
    { sentence: 'The deal was first reported on Wednesday.', expression: 'Wednesday', expected: 'past' },
    { sentence: 'As expected, the court ruled on Friday.', expression: 'Friday', expected: 'past' },
    { sentence: 'The bank expects the deal to close in the third quarter.', expression: 'the third quarter', expected: 'future' },
    { sentence: 'The regulator wants both banks to report by Friday.', expression: 'Friday', expected: 'future' },
    { sentence: 'The bank expects its $2.5 billion bond sale to settle on Friday.', expression: 'Friday', expected: 'future' },
    { sentence: 'The board expected the merger to finish on Friday.', expression: 'Friday', expected: 'future' },
    { sentence: 'The union is expected to strike on Friday.', expression: 'Friday', expected: 'future' },
    { sentence: 'The union plans to strike on Friday.', expression: 'Friday', expected: 'future' },
    { sentence: 'The union aims to strike on Friday.', expression: 'Friday', expected: 'future' },
    { sentence: 'The union hopes to strike on Friday.', expression: 'Friday', expected: 'future' },
    { sentence: 'The union intends to strike on Friday.', expression: 'Friday', expected: 'future' },
    // "be to" and a verb: an arrangement, even when a past verb follows in a relative clause
    { sentence: 'Ministers are to meet on Thursday to discuss the flu, which has killed 150 people.', expression: 'Thursday', expected: 'future' },
    { sentence: 'The president is to visit the port on Friday.', expression: 'Friday', expected: 'future' },
    { sentence: 'The firm is to blame for the leak on Friday, the mayor said.', expression: 'Friday', expected: 'past' },
    // an arrangement told in the past still looks ahead from it; what a thing was for does not (clause31)
    { sentence: 'The mayor toured the docks while two envoys were to fly over the coast on Monday.', expression: 'Monday', expected: 'future' },
    { sentence: 'The harbour master was to inspect the pier on Friday.', expression: 'Friday', expected: 'future' },
    { sentence: 'Their mission was to find shelter by Friday, the captain said.', expression: 'Friday', expected: 'past' },
    { sentence: 'There was to be a vote on Friday, the mayor said.', expression: 'Friday', expected: 'past' },
    // ("it" standing for the firm told before: its arrangement, in the past, still looks ahead; a present "it is to" is an aim's)
    { sentence: 'It was to try another pump on Wednesday, the firm said.', expression: 'Wednesday', expected: 'future' },
    { sentence: 'It was to lower a cap over the well on Friday.', expression: 'Friday', expected: 'future' },
    { sentence: 'The firm expects profits, according to filings on Friday.', expression: 'Friday', expected: null },
    { sentence: 'Traders expected prices rose to a peak on Friday.', expression: 'Friday', expected: 'past' },
    { sentence: 'The insurer agreed to pay for the repairs, under pressure from tenants, after the flood in March.', expression: 'March', expected: 'past' },
    { sentence: 'The insurer agreed to pay for the repairs in March.', expression: 'March', expected: 'future' },
    { sentence: 'The league agreed to admit Leeds, Hull and York in early March, its chair said.', expression: 'early March', expected: 'future' },
    { sentence: 'The aide said the opening was planned for early May.', expression: 'early May', expected: 'future' },
    { sentence: 'The club had planned a parade on Sunday.', expression: 'Sunday', expected: 'past' },
    { sentence: 'The museum opens on Friday.', expression: 'Friday', expected: null },
    { sentence: 'The United team is based in Leeds on Friday.', expression: 'Friday', expected: null },
    { sentence: 'The plan is concerned with Friday.', expression: 'Friday', expected: null },
    // a modal with a perfect looks back
    { sentence: 'Worry about the pumps may have caused a fall in the shares on Wednesday.', expression: 'Wednesday', expected: 'past' },
    { sentence: 'The pumps may fail on Wednesday.', expression: 'Wednesday', expected: 'future' },
    { sentence: 'The mayor could not be reached on Tuesday.', expression: 'Tuesday', expected: 'past' },
    { sentence: 'The ferry could not sail until Tuesday.', expression: 'Tuesday', expected: 'future' },
    // a subject that denies its verb reads as "could not"
    { sentence: 'Neither the mayor nor her two aides could be reached on Tuesday.', expression: 'Tuesday', expected: 'past' },
    { sentence: 'No official could be found at the depot on Tuesday.', expression: 'Tuesday', expected: 'past' },
    { sentence: 'None of the pilots could be located on Tuesday.', expression: 'Tuesday', expected: 'past' },
    { sentence: 'The mayor could be reached on Tuesday.', expression: 'Tuesday', expected: 'future' },
    { sentence: 'There is no doubt the bill could be signed on Tuesday.', expression: 'Tuesday', expected: 'future' },
    { sentence: 'Neither side could agree on a deal by Tuesday.', expression: 'Tuesday', expected: 'future' },
    // (a denial in the clause before is not the subject's)
    { sentence: 'He took neither offer, but the mayor could be reached on Tuesday.', expression: 'Tuesday', expected: 'future' },
    { sentence: 'None of the pilots, however, could be located on Tuesday.', expression: 'Tuesday', expected: 'past' },
    // a place, not a time
    { sentence: 'Two people were hurt in the fire next to the mill on Friday.', expression: 'Friday', expected: 'past' },
    // a passive pluperfect plan was for the past
    { sentence: 'The tender had been due to close on Friday evening.', expression: 'Friday evening', expected: 'past' },
    { sentence: 'The ballot had previously been set to close at noon Friday.', expression: 'noon Friday', expected: 'past' },
    { sentence: 'The club had planned to hold a parade on Sunday.', expression: 'Sunday', expected: 'future' },
    // an aim held in the pluperfect: its month or year has gone by, a weekday is still the coming one
    { sentence: 'The mayor had planned to open the pier in May, but the storm delayed it.', expression: 'May', expected: 'past' },
    { sentence: 'The team had originally hoped to finish the bridge by June.', expression: 'June', expected: 'past' },
    { sentence: 'The mayor plans to open the pier in May.', expression: 'May', expected: 'future' },
    { sentence: 'The march went ahead as previously planned on Saturday.', expression: 'Saturday', expected: 'past' },
    // a closed relative clause speaks of its own noun
    { sentence: 'The merger, which had been rumoured, is part of a scheme to cut costs by May.', expression: 'May', expected: null },
    { sentence: 'Ms Penrose, who stepped down as chair, treasurer and secretary in March, is ill.', expression: 'March', expected: 'past' },
    // an adverb inside a passive verb group leaves its participle without a past tense
    { sentence: 'Power will be fully restored on Monday.', expression: 'Monday', expected: 'future' },
    { sentence: 'The treaty is to be formally signed on Monday.', expression: 'Monday', expected: 'future' },
    { sentence: 'Power was quickly restored on Monday.', expression: 'Monday', expected: 'past' },
    { sentence: 'The family said the pact was not signed on Monday.', expression: 'Monday', expected: 'past' },
    // a present "be" in a clause of time or condition looks ahead, whatever the tense around it
    { sentence: 'The town had refused to pay unless the pier is rebuilt in June.', expression: 'June', expected: 'future' },
    { sentence: 'The grocer said she would reopen once the new harbour wall is finished in April.', expression: 'April', expected: 'future' },
    { sentence: 'The union had agreed to a vote when the offer is put to members on Friday.', expression: 'Friday', expected: 'future' },
    // an "if" after a verb of asking opens a question about now, not a condition
    { sentence: 'The harbour master asked if the ferry is late on Friday.', expression: 'Friday', expected: 'past' },
    { sentence: 'The grocer wondered if the market is open on Sunday.', expression: 'Sunday', expected: 'past' },
    // not a subordinator's clause, a "be" with another verb before it, or a past "be"
    { sentence: 'The bakery, which is closed on Friday, was sold.', expression: 'Friday', expected: 'past' },
    { sentence: 'The rector said the hall was flooded when the river was high in March.', expression: 'March', expected: 'past' },
    { sentence: 'The mayor left after the budget, which is late, stalled in May.', expression: 'May', expected: 'past' },
    // so does a present verb of its own in such a clause; a plural noun, a past or a bare past ("hit") does not
    { sentence: 'The senator said that when the mayor visits the mill on Tuesday, she plans to ask about jobs.', expression: 'Tuesday', expected: 'future' },
    { sentence: 'The envoys said that once the ministers meet on Friday, the pact was as good as signed.', expression: 'Friday', expected: 'future' },
    { sentence: 'Before the city elections in May, the mayor resigned.', expression: 'May', expected: 'past' },
    { sentence: 'The rector said the roof held when the storm hit on Monday.', expression: 'Monday', expected: 'past' },
    { sentence: 'The rector said the roof held when the wind turned on Monday.', expression: 'Monday', expected: 'past' },
    { sentence: 'Two days after the old dam burst on Monday, crews reached the village.', expression: 'Monday', expected: 'past' },
    // a month after such a present verb is left to the clause around it: a habit, or a year told elsewhere
    { sentence: 'The warden said the shop shut when the river floods in March.', expression: 'March', expected: 'past' },
  ])('$expression in "$sentence" is $expected', ({ sentence, expression, expected }) => {
    expect(tenseOf(sentence, expression)).toBe(expected);
  });
});

describe('possessiveLooksBack', () => {
  it.each([
    { sentence: "The tenants said they would look for ways around Wednesday's ruling.", expression: 'Wednesday', expected: true },
    { sentence: "The party will campaign hard ahead of Friday's vote.", expression: 'Friday', expected: false },
    { sentence: 'The court will rule on Friday.', expression: 'Friday', expected: false },
    // the subject of a verb that looks ahead is still to come
    { sentence: "Saturday's concert, which will be shown live, will raise money for two charities.", expression: 'Saturday', expected: false },
    { sentence: "Friday's vote is set to go ahead.", expression: 'Friday', expected: false },
    // (past a place after the noun)
    { sentence: "Saturday's fair in the old market will raise money for the school.", expression: 'Saturday', expected: false },
    { sentence: "Sunday's race at Dunmore will be shown live.", expression: 'Sunday', expected: false },
    { sentence: "Friday's fire in the old market destroyed two stalls.", expression: 'Friday', expected: true },
    { sentence: "Wednesday's ruling was appealed.", expression: 'Wednesday', expected: true },
    // a "will" of another clause, or the noun "will", is not the subject's verb
    { sentence: "Saturday's storm means the final will be replayed.", expression: 'Saturday', expected: true },
    { sentence: "Tuesday's election was won by Ann Roe, who will take office in January.", expression: 'Tuesday', expected: true },
    { sentence: "Saturday's vote showed the will of the people.", expression: 'Saturday', expected: true },
    { sentence: "Monday's fire destroyed the depot, which will cost millions to rebuild.", expression: 'Monday', expected: true },
  ])('$expression in "$sentence": $expected', ({ sentence, expression, expected }) => {
    const start = sentence.indexOf(expression);
    expect(possessiveLooksBack(sentence, start, start + expression.length)).toBe(expected);
  });
});

describe('calendar', () => {
  it('counts weekdays from day numbers in UTC', () => {
    expect(weekdayOf(dayNumber(2025, 3, 6))).toBe(3); // Thursday
    expect(weekdayOf(dayNumber(1969, 12, 29))).toBe(0); // a Monday before day 0
    expect(fromDayNumber(dayNumber(2024, 2, 29))).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it.each([
    { slot: 10, reference: 14, tense: 'past', expected: 10 },
    { slot: 10, reference: 14, tense: 'future', expected: 22 },
    { slot: 10, reference: 14, tense: null, expected: 10 },
    { slot: 2, reference: 14, tense: null, expected: 14 },
    { slot: 5, reference: 14, tense: null, expected: 17 },
  ] as const)('picks the $tense occurrence of slot $slot of 12 around $reference', ({ slot, reference, tense, expected }) => {
    expect(cycleOccurrence(slot, 12, reference, tense)).toBe(expected);
  });
});

describe('deferredUntil', () => {
  it.each([
    { sentence: 'The panel put off until Tuesday its ruling on the pier.', expression: 'Tuesday', expected: true },
    { sentence: 'The regulator gave the bidder until mid-May to file its plans.', expression: 'mid-May', expected: true },
    { sentence: 'The hearing was adjourned till Monday.', expression: 'Monday', expected: true },
    { sentence: 'The shop stayed open until Friday.', expression: 'Friday', expected: false },
    { sentence: 'The council kept the ballot open until 6 p.m. GMT Tuesday after it extended the vote.', expression: 'Tuesday', expected: false },
    { sentence: 'The council extended the ballot until 6 p.m. GMT Tuesday.', expression: 'Tuesday', expected: true },
    { sentence: 'The board extended the offer until noon Friday.', expression: 'Friday', expected: true },
    // a state that holds now, kept up until a day: its end is ahead ("remained closed" is the past's)
    { sentence: 'The Port Ellis school is due to remain closed until Thursday after two cases.', expression: 'Thursday', expected: true },
    { sentence: 'The ferry will stay docked until at least Monday.', expression: 'Monday', expected: true },
    { sentence: 'The bridge remains shut until Friday.', expression: 'Friday', expected: true },
    { sentence: 'The bridge remained shut until Friday.', expression: 'Friday', expected: false },
  ])('$expression in "$sentence": $expected', ({ sentence, expression, expected }) => {
    expect(deferredUntil(sentence, sentence.indexOf(expression))).toBe(expected);
  });
});
