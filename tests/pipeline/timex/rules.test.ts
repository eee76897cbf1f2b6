// The rule catalogue: every rule's own examples, each found by that rule with the value it gives.
import { describe, expect, it } from 'vitest';
import { findTimexes } from '../../../src/pipeline/timex';
import { RULES } from '../../../src/pipeline/timex/rules';
import type { PublicationDate } from '../../../src/pipeline/types';

function published(iso: string | null): PublicationDate | null {
  if (iso === null) return null;
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day, hour: null, minute: null, offsetMinutes: null, timeZone: null, offsetSource: null, text: iso, start: 0, end: 0 };
}

const examples = RULES.flatMap((rule) => rule.examples.map((example) => ({ rule: rule.name, ...example })));
const rejects = RULES.flatMap((rule) => (rule.rejects ?? []).map((sentence) => ({ rule: rule.name, sentence })));

describe('the rule catalogue', () => {
  it('gives every rule a unique name and at least one example', () => {
    expect(new Set(RULES.map((r) => r.name)).size).toBe(RULES.length);
    expect(RULES.filter((r) => r.examples.length === 0).map((r) => r.name)).toEqual([]);
  });

  it.each(examples)('$rule: "$text" in "$sentence" ($published) is $value', ({ rule, sentence, text, published: pub, value }) => {
    const found = findTimexes(sentence, [{ start: 0, end: sentence.length, text: sentence }], { published: published(pub), dayFirst: null });
    const t = found.find((x) => x.text === text);
    expect(t, `found: ${found.map((x) => `'${x.text}'`).join(', ')}`).toBeDefined();
    expect(t!.resolution.rule).toBe(rule);
    expect(t!.value).toBe(value);
  });

  it.each(rejects)('$rule finds nothing in "$sentence"', ({ rule, sentence }) => {
    const found = findTimexes(sentence, [{ start: 0, end: sentence.length, text: sentence }], { published: published('2025-03-06'), dayFirst: null });
    expect(found.filter((x) => x.resolution.rule === rule).map((x) => x.text)).toEqual([]);
  });
});
