import { describe, expect, it } from 'vitest';
import { syllableKeys } from '../text/syllables.ts';
import { parseQuery } from './parse-query.ts';
import { createQueryMatcher } from './query-matcher.ts';

describe('createQueryMatcher', () => {
  it('matches folded syllables, knows exact accents, phrases and numbers', () => {
    const matcher = createQueryMatcher(parseQuery('văn bản 15/CT-TTg'));
    expect(matcher.termIndex(syllableKeys('Vẫn'))).toBe(0);
    expect(matcher.isExact(0, syllableKeys('Văn'))).toBe(true);
    expect(matcher.isExact(0, syllableKeys('vẫn'))).toBe(false);
    expect(matcher.isPair(0, 1)).toBe(true);
    expect(matcher.matchesNumber('15/CT-TTG')).toBe(true);
    expect(matcher.matchesNumber('16/CT-TTG')).toBe(false);
  });

  it('accepts the typo corrections an engine chose', () => {
    const matcher = createQueryMatcher(parseQuery('nghị địng'), new Map([['ding', ['dinh']]]));
    expect(matcher.termIndex(syllableKeys('định'))).toBe(1);
    expect(matcher.termIndex(syllableKeys('địng'))).toBe(-1);
  });

  it('matches partial numbers by prefix', () => {
    const matcher = createQueryMatcher(parseQuery('43/2011'));
    expect(matcher.matchesNumber('43/2011/ND-CP')).toBe(true);
    expect(matcher.matchesNumber('43/2012/ND-CP')).toBe(false);
  });
});
