import { describe, expect, it } from 'vitest';
import { parseQuery } from './parse-query.ts';
import { FEW_RESULTS, partialSuggestion, widensToPartial } from './partial-match.ts';

describe('widensToPartial', () => {
  it.each([
    ['phòng chống lũ', 0, true],
    ['phong chong bao lu', 2, true],
    ['phong chong bao lu', FEW_RESULTS, false],
    ['lũ', 0, false],
    ['lũ lũ', 0, false],
    ['"phòng chống lũ"', 0, false],
    ['15/CT-TTg chỉ thị', 0, false],
    ['', 0, false],
  ])('%j with %i all-words results → %s', (q, total, widens) => {
    expect(widensToPartial(parseQuery(q), parseQuery(q), total)).toBe(widens);
  });

  it('does not widen a number nobody has, searched as its words', () => {
    const q = 'ct-ubnd 99/2031 phòng chống';
    expect(widensToPartial(parseQuery(q), parseQuery(q, { numbers: false }), 0)).toBe(false);
  });
});

describe('partialSuggestion', () => {
  it.each([
    ['phòng chống lũ', ['chong', 'lu'], 'chống lũ'],
    ['phong chong bao lu', ['bao', 'lu'], 'bao lu'],
    ['Phòng chống lũ', ['phong'], 'phòng'],
    ['phòng chống lũ', ['phong', 'chong', 'lu'], undefined],
    ['phòng chống lũ', [], undefined],
  ])('%j, best hit has %j → %j', (q, matched, expected) => {
    expect(partialSuggestion(parseQuery(q), new Set(matched))).toBe(expected);
  });
});
