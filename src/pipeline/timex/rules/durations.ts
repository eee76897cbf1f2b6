// Stretches of time: "three weeks", "for months", "decades-long" (TimeML DURATION).

import { NUMBER_WORD, UNIT } from '../../lexicon';
import { unresolved } from '../resolve';
import { type Rule, ANAPHORIC_END, at, durationValue, lower } from './shared';

export const DURATIONS: Rule[] = [
  {
    name: 'duration',
    examples: [
      { sentence: 'The strike lasted three weeks.', text: 'three weeks', published: '2025-03-06', value: 'P3W' },
    ],
    needs: /second|minute|hour|day|night|week|fortnight|month|year|decade|centur/i,
    pattern: new RegExp(
      String.raw`\b(?:(?<rel>the\s+(?:past|last|next|previous|first|coming|following|final|remaining|initial)\s+)?(?<q>${NUMBER_WORD})[\s-]+(?<unit>${UNIT})s?(?:[\s-]+long)?|(?<for>for|over|in|within|after)\s+(?<vague>seconds|minutes|hours|days|weeks|months|years|decades|centuries)|(?<compound>decades|years|months|weeks|days|hours)-long|(?<vague2>seconds|minutes|hours|days|weeks|months|years|decades)(?=\s+(?:after|before)\s+(?:the|a|an|his|her|its|their|[a-z]+ing)\b))\b(?!['’-]\w|\s+(?:ago|later|earlier)\b|\s+(?:before|after)\b${ANAPHORIC_END})`,
      'dig',
    ),
    build(m, env) {
      const g = m.groups!;
      if (g.vague2) return unresolved('DURATION', durationValue('several', g.vague2));
      if (g.compound) return unresolved('DURATION', durationValue('several', g.compound));
      if (g.vague) {
        const start = at(m, 'vague')![0];
        return { ...unresolved('DURATION', durationValue('several', g.vague)), start };
      }
      const q = lower(g.q);
      const unit = lower(g.unit);
      // "a second time", "one day" as in "some day": not stretches
      if (unit === 'second' && !/\d|seconds/.test(m[0]) && !/^(two|three|four|five|ten|thirty|several|a few)/.test(q)) return null;
      if ((q === 'one' || q === 'some') && unit === 'day' && !g.rel) return null;
      const following = env.sentence.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (/^\s*(?:a|an|per|each|every)\s/.test(following) && /times|once|twice/.test(env.sentence.slice(Math.max(0, m.index - 12), m.index))) return null;
      const value = durationValue(q.replace(/^(?:a couple of|dozens of|many)$/, (w) => (w === 'a couple of' ? '2' : 'several')), unit);
      return unresolved('DURATION', value);
    },
  },
];
