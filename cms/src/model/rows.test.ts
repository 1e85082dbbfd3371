import { describe, expect, it } from 'vitest';
import { instant, isoDay } from './rows';

describe('database values as ISO text', () => {
  it.each([
    ['a Date (PostgreSQL)', new Date('2026-11-25T03:00:00Z'), '2026-11-25T03:00:00.000Z', '2026-11-25'],
    ['milliseconds (SQLite)', Date.parse('2026-11-25T03:00:00Z'), '2026-11-25T03:00:00.000Z', '2026-11-25'],
    ['ISO text', '2026-11-25T03:00:00.000Z', '2026-11-25T03:00:00.000Z', '2026-11-25'],
    ['a date column', '2026-11-25', '2026-11-25', '2026-11-25'],
    ['null', null, null, null],
    ['an empty value', '', null, null],
    ['an absent value', undefined, null, null],
  ])('%s', (_name, value, asInstant, asDay) => {
    expect(instant(value)).toBe(asInstant);
    expect(isoDay(value)).toBe(asDay);
  });
});
