import { describe, expect, it } from 'vitest';
import { pastOfPlain } from '../../../src/pipeline/language/tokens';

describe('pastOfPlain', () => {
  it.each([['launch', 'launched'], ['hold', 'held'], ['set', 'set'], ['walk', 'walked']])('%s → %s', (plain, past) => {
    expect(pastOfPlain(plain)).toBe(past);
  });
});
