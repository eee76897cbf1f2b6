// Counted from the date the article mentioned before: "the next day", "two weeks later" (resolved once the article's dates are in order).

import { NUMBER_WORD, quantity } from '../../lexicon';
import { unresolved } from '../resolve';
import { type Rule, ANAPHORIC_END, durationValue, lower } from './shared';

export const ANAPHORIC: Rule[] = [
  {
    name: 'units later (anaphoric)',
    examples: [
      { sentence: 'The ceasefire began on Sunday and two days later fighting resumed.', text: 'two days later', published: '2025-03-06', value: '2025-03-04' },
      // a year before a quarter is that quarter of the year before
      { sentence: 'Profit for the third quarter rose to $87 million from $58 million a year earlier.', text: 'a year earlier', published: '1989-10-30', value: '1988-Q3' },
    ],
    needs: /later|earlier|after|before/i,
    pattern: new RegExp(String.raw`\b(?<q>${NUMBER_WORD})[\s-]+(?<unit>day|week|month|year)s?\s+(?:(?<dir>later|earlier|afterwards)\b(?!\s+than\b|-)|(?<dir2>before|after)\b${ANAPHORIC_END})`, 'dig'),
    build(m) {
      const g = m.groups!;
      const n = quantity(g.q);
      if (n === null || !Number.isInteger(n)) return unresolved('DURATION', durationValue(g.q, g.unit));
      const sign = /later|after/i.test(g.dir ?? g.dir2) ? 1 : -1;
      return { ...unresolved('DATE', 'XXXX'), anaphor: { unit: lower(g.unit) as 'day', shift: sign * n } };
    },
  },
  {
    name: 'the next day (anaphoric)',
    examples: [
      { sentence: 'The ceasefire began on Sunday and the next day fighting resumed.', text: 'the next day', published: '2025-03-06', value: '2025-03-03' },
    ],
    needs: /day|that|same/i,
    pattern: /\b(?:the\s+(?<dir>next|following|previous|preceding)\s+day|the\s+day\s+(?<dir2>before|after)(?!\s+(?:the|a|an|his|her|its|their|our|this|that|[A-Z\d]))|(?<same>(?:later|earlier)\s+that|that\s+same|that|the\s+same)\s+(?<unit>day|morning|afternoon|evening|night|month|year))\b/dig,
    build(m) {
      const g = m.groups!;
      const dir = lower(g.dir ?? g.dir2);
      if (g.same) {
        const unit = lower(g.unit);
        return { ...unresolved('DATE', 'XXXX'), anaphor: { unit: unit === 'month' || unit === 'year' ? unit : 'day', shift: 0 } };
      }
      return { ...unresolved('DATE', 'XXXX'), anaphor: { unit: 'day', shift: dir === 'next' || dir === 'following' || dir === 'after' ? 1 : -1 } };
    },
  },
];
