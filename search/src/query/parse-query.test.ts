import { describe, expect, it } from 'vitest';
import { eachCase } from '@cong/content/testing';
import { MAX_QUERY_TERMS, parseQuery, termPairs } from './parse-query.ts';

describe('parseQuery: document numbers in every form a citizen types', () => {
  it.each([
    ['43/2011/NĐ-CP', '43/2011/ND-CP'],
    ['43/2011/nd-cp', '43/2011/ND-CP'],
    ['43/2011/nđ-cp', '43/2011/ND-CP'],
    ['43 / 2011 / NĐ - CP', '43/2011/ND-CP'],
    ['nd-cp 43/2011', '43/2011/ND-CP'],
    ['NĐ-CP số 43/2011', '43/2011/ND-CP'],
    ['43/2011 nd-cp', '43/2011/ND-CP'],
    ['15/CT-TTg', '15/CT-TTG'],
    ['15/ct-ttg', '15/CT-TTG'],
    ['số 15/CT-TTg', '15/CT-TTG'],
    ['1950/TTg-KGVX', '1950/TTG-KGVX'],
    ['09/CT-UBND', '9/CT-UBND'],
    ['43/2011/NĐ-CP'.normalize('NFD'), '43/2011/ND-CP'],
    ['43/2011/NÐ-CP', '43/2011/ND-CP'],
  ])('%s → %s', (query, key) => {
    const parsed = parseQuery(query);
    expect(parsed.numbers.map((n) => [n.key, n.prefix])).toEqual([[key, false]]);
    expect(parsed.terms).toEqual([]);
  });

  it.each([
    ['43/2011', '43/2011/'],
    ['nghị định 43/2011', '43/2011/'],
    ['15/CT', '15/CT-'],
    ['15/ct', '15/CT-'],
  ])('partial %s → keys starting %s', (query, prefix) => {
    expect(parseQuery(query).numbers).toEqual([expect.objectContaining({ key: prefix, prefix: true })]);
  });

  it('keeps the words around a number, without the "số" that introduces it', () => {
    const parsed = parseQuery('Nghị định số 43/2011/NĐ-CP về cổng thông tin');
    expect(parsed.numbers.map((n) => n.key)).toEqual(['43/2011/ND-CP']);
    expect(parsed.terms.map((t) => t.exact)).toEqual(['nghị', 'định', 'về', 'cổng', 'thông', 'tin']);
    // The number between "định" and "về" breaks their adjacency.
    expect(parsed.terms[2]!.joined).toBe(false);
  });

  it('does not take dates or fractions for numbers', () => {
    expect(parseQuery('ngày 22/5/2012').numbers).toEqual([]);
    expect(parseQuery('80/100 văn bản').numbers).toEqual([]);
  });

  it('reads numbers as text when asked to (fallback when nobody has or cites them)', () => {
    const parsed = parseQuery('43/2011/NĐ-CP', { numbers: false });
    expect(parsed.numbers).toEqual([]);
    expect(parsed.terms.map((t) => t.folded)).toEqual(['43', '2011', 'nd', 'cp']);
  });
});

describe('parseQuery: syllables, accents and phrases', () => {
  eachCase((query: string) => parseQuery(query).terms.map((t) => t.exact).join(' '), [
    ['hoà bình', 'hòa bình'],
    ['thuỷ lợi', 'thủy lợi'],
    ['Uỷ ban', 'ủy ban'],
    ['nghị định'.normalize('NFD'), 'nghị định'],
  ], '%s reads as %s');

  it('folds unaccented input and marks nothing as accented', () => {
    const terms = parseQuery('nghi dinh').terms;
    expect(terms.map((t) => [t.folded, t.accented])).toEqual([
      ['nghi', false],
      ['dinh', false],
    ]);
  });

  it('takes every syllable of an accented query as spelt on purpose ("ban" in "Uỷ ban")', () => {
    expect(parseQuery('Uỷ ban nhân dân').terms.every((t) => t.accented)).toBe(true);
    expect(parseQuery('quyết định 2011').terms.map((t) => t.accented)).toEqual([true, true, false]);
  });

  it('marks quoted phrases, whose pairs are required, and adjacent words, whose pairs only score', () => {
    const parsed = parseQuery('"văn bản điện tử" chữ ký số');
    expect(parsed.terms.map((t) => t.phrase)).toEqual([0, 0, 0, 0, null, null, null]);
    expect(termPairs(parsed.terms)).toEqual([
      { left: 0, right: 1, required: true },
      { left: 1, right: 2, required: true },
      { left: 2, right: 3, required: true },
      { left: 4, right: 5, required: false },
      { left: 5, right: 6, required: false },
    ]);
  });

  it('accepts typographic and unclosed quotes', () => {
    expect(parseQuery('“văn bản”').terms.map((t) => t.phrase)).toEqual([0, 0]);
    expect(parseQuery('"văn bản').terms.map((t) => t.phrase)).toEqual([0, 0]);
  });

  it('ignores query syntax of other engines: it is punctuation', () => {
    expect(parseQuery('văn* OR bản NOT (điện)').terms.map((t) => t.exact)).toEqual(['văn', 'or', 'bản', 'not', 'điện']);
    expect(parseQuery('<script>alert(1)</script>').terms.map((t) => t.exact)).toEqual(['script', 'alert', '1', 'script']);
  });

  it('has no terms for an empty or punctuation-only query', () => {
    expect(parseQuery('')).toEqual({ terms: [], numbers: [] });
    expect(parseQuery(' ;,. ')).toEqual({ terms: [], numbers: [] });
  });

  it(`considers at most ${MAX_QUERY_TERMS} syllables`, () => {
    expect(parseQuery(Array.from({ length: 50 }, (_, i) => `từ${i}`).join(' ')).terms).toHaveLength(MAX_QUERY_TERMS);
  });
});
