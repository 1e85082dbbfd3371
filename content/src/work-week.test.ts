import { describe, expect, it } from 'vitest';
import { dayOf, shiftWeek, timeInVietnam, weekFromKey, weekOf } from './work-week.ts';

describe('weekOf: weeks start Monday 00:00 Asia/Ho_Chi_Minh (Sunday 17:00 UTC)', () => {
  it.each([
    ['2026-11-29T16:59:59Z', '2026-W48', '2026-11-22T17:00:00.000Z'], // Sunday 23:59:59 ICT
    ['2026-11-29T17:00:00Z', '2026-W49', '2026-11-29T17:00:00.000Z'], // Monday 00:00 ICT
    ['2026-11-26T01:00:00Z', '2026-W48', '2026-11-22T17:00:00.000Z'],
    ['2026-12-31T18:00:00Z', '2026-W53', '2026-12-27T17:00:00.000Z'], // Friday 1 Jan 2027 ICT is in 2026-W53
    ['2025-12-28T17:30:00Z', '2026-W01', '2025-12-28T17:00:00.000Z'],
  ])('%s is in %s starting %s', (instant, key, start) => {
    const week = weekOf(instant);
    expect(week.key).toBe(key);
    expect(week.start).toBe(start);
    expect(new Date(week.end).getTime() - new Date(week.start).getTime()).toBe(7 * 86_400_000);
    expect(week.days).toHaveLength(7);
  });
  it('lists Vietnamese days Monday first', () => {
    expect(weekOf('2026-11-29T17:00:00Z').days[0]).toBe('2026-11-30');
    expect(weekOf('2026-11-29T17:00:00Z').days[6]).toBe('2026-12-06');
  });
});

describe('weekFromKey', () => {
  it.each(['2026-W01', '2026-W48', '2026-W53', '2027-W01', '2024-W52'])('%s round-trips', (key) => {
    expect(weekFromKey(key)?.key).toBe(key);
  });
  it.each(['2025-W53', '2026-W00', '2026-48', 'abc', '2026-W54'])('%s is refused', (key) => {
    expect(weekFromKey(key)).toBeNull();
  });
  it('moves by weeks across the year end', () => {
    expect(shiftWeek(weekFromKey('2026-W53')!, 1).key).toBe('2027-W01');
    expect(shiftWeek(weekFromKey('2027-W01')!, -1).key).toBe('2026-W53');
  });
  it('shows times in Vietnam', () => expect(timeInVietnam('2026-11-29T17:30:00Z')).toBe('00:30'));
});

describe('dayOf: the Vietnamese day of an instant, midnight to midnight ICT', () => {
  it.each([
    ['Saturday 21:19 UTC is Sunday morning in Vietnam', '2026-12-05T21:19:00Z', '2026-12-06', 6, '2026-12-05T17:00:00.000Z'],
    ['16:59 UTC is still the same day', '2026-12-05T16:59:59Z', '2026-12-05', 5, '2026-12-04T17:00:00.000Z'],
    ['17:00 UTC is the next day', '2026-12-05T17:00:00Z', '2026-12-06', 6, '2026-12-05T17:00:00.000Z'],
    ['a Monday', '2026-11-30T02:00:00Z', '2026-11-30', 0, '2026-11-29T17:00:00.000Z'],
    ['across a year end', '2026-12-31T18:00:00Z', '2027-01-01', 4, '2026-12-31T17:00:00.000Z'],
  ])('%s', (_name, instant, day, weekday, start) => {
    const result = dayOf(instant);
    expect(result).toEqual({ day, weekday, start, end: new Date(Date.parse(start) + 86_400_000).toISOString() });
  });
});
