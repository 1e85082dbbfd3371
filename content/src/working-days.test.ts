import { describe, expect, it } from 'vitest';
import { parseHolidays, workingDayDeadline, workingDaysSince } from './working-days.ts';

const none = new Set<string>();
describe('workingDaysSince (Asia/Ho_Chi_Minh days, weekends and holidays skipped)', () => {
  it.each([
    ['Friday evening → Monday', '2026-11-27T12:00:00Z', '2026-11-30T03:00:00Z', none, 1],
    ['same day', '2026-11-26T01:00:00Z', '2026-11-26T09:00:00Z', none, 0],
    ['Sunday 17:30 UTC is already Monday in Vietnam', '2026-11-29T17:30:00Z', '2026-11-30T09:00:00Z', none, 0],
    ['three weeks', '2026-11-02T02:00:00Z', '2026-11-23T02:00:00Z', none, 15],
    ['with a holiday', '2026-11-02T02:00:00Z', '2026-11-23T02:00:00Z', new Set(['2026-11-10']), 14],
  ])('%s', (_name, since, now, holidays, expected) => {
    expect(workingDaysSince(since, new Date(now), holidays)).toBe(expected);
  });
});

describe('workingDayDeadline', () => {
  it('skips weekends and configured holidays', () => {
    expect(workingDayDeadline('2026-11-02T02:00:00Z', 15, none)).toBe('2026-11-23');
    expect(workingDayDeadline('2026-11-02T02:00:00Z', 15, new Set(['2026-11-10']))).toBe('2026-11-24');
  });
});

describe('parseHolidays', () => {
  it('adds the fixed solar holidays of the given years', () => {
    const days = parseHolidays('2026-02-16, 2026-02-17', [2026]);
    expect(days.has('2026-09-02')).toBe(true);
    expect(days.has('2026-02-17')).toBe(true);
  });
  it('refuses a malformed day with a hint', () => {
    expect(() => parseHolidays('2026-02-30')).toThrow(/YYYY-MM-DD/);
  });
});
