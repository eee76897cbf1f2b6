import { describe, expect, it } from 'vitest';
import { validateEventList } from '../../src/core/schema';

const date = { start: '2024-03', end: '2024-03', precision: 'month', approximate: false, label: 'March 2024' };
const list = (event: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ version: 1, articles: [], events: [{ id: 'e', title: 't', date, sources: [], ...event }], ...extra });

describe('editorial fields of an event (all optional)', () => {
  it('leaves a list without them exactly as it was: no keys are added', () => {
    const check = validateEventList(list({}));
    expect(check.ok && JSON.stringify(check.value)).toBe(JSON.stringify(list({})));
  });

  it('keeps them, and list notes, when valid', () => {
    const fields = { highlight: true, tags: ['courts', 'city'], edited: ['title', 'date', 'sources'], note: 'From our reporter.' };
    const check = validateEventList(list(fields, { notes: ['imported from x.json'] }));
    expect(check.ok && check.value).toEqual(list(fields, { notes: ['imported from x.json'] }));
  });

  it.each([
    { field: { highlight: 'yes' }, error: 'events[0].highlight: expected a boolean' },
    { field: { tags: 'courts' }, error: 'events[0].tags: expected an array of at most 20 strings of up to 200 characters' },
    { field: { tags: [1] }, error: 'events[0].tags: expected an array of at most 20 strings of up to 200 characters' },
    { field: { edited: ['quote'] }, error: 'events[0].edited: expected an array of title, date, sources' },
    { field: { note: 5 }, error: 'events[0].note: expected a string of at most 100000 characters' },
  ])('refuses $error', ({ field, error }) => {
    expect(validateEventList(list(field))).toEqual({ ok: false, errors: [error] });
  });

  it('refuses notes that are not strings', () => {
    expect(validateEventList(list({}, { notes: [1] }))).toEqual({ ok: false, errors: ['notes: expected an array of at most 1000 strings'] });
  });
});

describe('status of an event (optional)', () => {
  it.each(['happened', 'planned'])('keeps %s', (status) => {
    const check = validateEventList(list({ status }));
    expect(check.ok && check.value.events[0].status).toBe(status);
  });

  it.each([['expected'], [true], [null]])('refuses %j', (status) => {
    expect(validateEventList(list({ status }))).toEqual({ ok: false, errors: ['events[0].status: expected one of happened, planned'] });
  });
});
