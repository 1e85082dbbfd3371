import { describe, expect, it } from 'vitest';
import { eachCase } from './testing/index.ts';
import { addDays, formatDate, formatDateTime, isCalendarDate, todayInVietnam, toVietnamDay } from './dates.ts';

describe('formatDate', () => {
  eachCase(formatDate, [
    ['2026-11-26', '26/11/2026'],
    ['2011-06-13', '13/06/2011'],
    // Vietnam is UTC+7 all year: 17:00 UTC is already the next day there.
    ['2026-11-25T16:59:59Z', '25/11/2026'],
    ['2026-11-25T17:00:00Z', '26/11/2026'],
    ['2026-11-25T18:30:00.000Z', '26/11/2026'],
    ['2026-12-31T17:30:00Z', '01/01/2027'],
    ['2026-11-26T06:00:00+07:00', '26/11/2026'],
    ['2026-11-26T01:00:00+09:00', '25/11/2026'],
    ['2026-11-25T18:30:00', '26/11/2026'],
  ]);

  it('never shifts a calendar date, whatever the time zone of the process', () => {
    expect(formatDate('2026-01-01')).toBe('01/01/2026');
  });

  it('prints nothing for a missing date', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate('')).toBe('');
  });

  it.each(['26/11/2026', '2026-02-30', 'hôm nay'])('throws on %j', (bad) => {
    expect(() => formatDate(bad)).toThrow(RangeError);
  });
});

describe('formatDateTime', () => {
  eachCase(formatDateTime, [
    ['2026-11-25T16:59:00Z', '23:59 25/11/2026'],
    ['2026-11-25T17:00:00Z', '00:00 26/11/2026'],
    ['2026-11-26T02:05:00Z', '09:05 26/11/2026'],
    ['2026-11-26', '26/11/2026'],
  ]);
});

describe('todayInVietnam', () => {
  it.each([
    ['2026-11-25T16:59:59Z', '2026-11-25'],
    ['2026-11-25T17:00:00Z', '2026-11-26'],
    ['2026-12-31T23:00:00Z', '2027-01-01'],
  ])('at %s it is %s in Vietnam', (instant, expected) => {
    expect(todayInVietnam(new Date(instant))).toBe(expected);
  });

  it('defaults to now', () => {
    expect(todayInVietnam()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('toVietnamDay', () => {
  it('gives the Vietnamese day of a timestamp and keeps a calendar date', () => {
    expect(toVietnamDay('2026-11-25T20:00:00Z')).toBe('2026-11-26');
    expect(toVietnamDay('2026-11-25')).toBe('2026-11-25');
  });
});

describe('addDays', () => {
  it.each([
    ['2026-11-26', 1, '2026-11-27'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-11-26', 60, '2027-01-25'],
    ['2026-11-26', 0, '2026-11-26'],
  ])('%s + %i = %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });

  it('rejects a non-date', () => {
    expect(() => addDays('26/11/2026', 1)).toThrow(RangeError);
  });
});

describe('isCalendarDate', () => {
  eachCase(isCalendarDate, [
    ['2026-11-26', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-11-26T00:00:00Z', false],
    ['26/11/2026', false],
  ]);
});
