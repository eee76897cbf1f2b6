// Repeated times: "every Monday", "weekly", "twice a year" (TimeML SET).

import { NUMBER_WORD, UNIT, WEEKDAY, quantity, weekdayNumber } from '../../lexicon';
import { unresolved } from '../resolve';
import { type Rule, TIME_OF_DAY, at, cap, durationValue, lower } from './shared';

export const SETS: Rule[] = [
  {
    name: 'set',
    examples: [
      { sentence: 'The board meets every Monday.', text: 'every Monday', published: '2025-03-06', value: 'XXXX-WXX-1' },
      { sentence: 'The paper is printed weekly.', text: 'weekly', published: '2025-03-06', value: 'P1W' },
    ],
    needs: /every|each|daily|weekly|monthly|annual|yearly|quarterly|hourly|nightly|fortnightly|once|twice|times|per/i,
    pattern: new RegExp(
      String.raw`\b(?:(?<every>every|each)\s+(?<other>other\s+)?(?:(?<wd>${WEEKDAY})|(?:(?<q>${NUMBER_WORD})\s+)?(?<unit>${UNIT}s?|morning|afternoon|evening|weekend))|(?<adv>daily|weekly|monthly|annually|annual|yearly|quarterly|hourly|nightly|fortnightly|biweekly)|(?<freq>once|twice|three\s+times|four\s+times|\d+\s+times)\s+(?:a|an|per|each|every)\s+(?<unit2>${UNIT}))\b`,
      'dig',
    ),
    build(m, env) {
      const g = m.groups!;
      if (g.adv) {
        if (!/^[a-z]/.test(g.adv)) return null; // "Daily Mail"
        const word = lower(g.adv);
        const map: Record<string, string> = { daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', annual: 'P1Y', yearly: 'P1Y', quarterly: 'P3M', hourly: 'PT1H', nightly: 'P1D', fortnightly: 'P2W', biweekly: 'P2W' };
        return unresolved('SET', map[word]);
      }
      if (g.freq) {
        const start = at(m, 'freq')![0];
        return { ...unresolved('SET', durationValue(undefined, g.unit2)), start };
      }
      if (g.wd) return cap(g.wd) ? unresolved('SET', `XXXX-WXX-${weekdayNumber(g.wd) + 1}`) : null;
      const unit = lower(g.unit);
      if (['morning', 'afternoon', 'evening'].includes(unit)) return unresolved('SET', `XXXX-XX-XXT${TIME_OF_DAY[unit]}`);
      if (unit === 'weekend') return unresolved('SET', 'XXXX-WXX-WE');
      const q = g.q ? quantity(g.q) : 1;
      const n = (q ?? 1) * (g.other ? 2 : 1);
      void env;
      return unresolved('SET', durationValue(String(n), unit));
    },
  },
];
