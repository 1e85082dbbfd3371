import { describe, expect, it } from 'vitest';
import { eachCase } from '@cong/content/testing';
import { typeAbbreviationExpansions, typeNameOfAbbreviation } from './type-abbreviations.ts';

describe('typeNameOfAbbreviation', () => {
  eachCase(typeNameOfAbbreviation, [
    ['nd', ['nghi', 'dinh']],
    ['qd', ['quyet', 'dinh']],
    ['tt', ['thong', 'tu']],
    ['ct', ['chi', 'thi']],
    ['nq', ['nghi', 'quyet']],
    ['kh', ['ke', 'hoach']],
    ['tb', ['thong', 'bao']],
    ['vbhn', ['van', 'ban', 'hop', 'nhat']],
    ['ttlt', ['thong', 'tu', 'lien', 'tich']],
    // A word, one letter, two types, or no type at all
    ['da', null],
    ['pa', null],
    ['l', null],
    ['ubnd', null],
    ['van', null],
  ], '%s → %j');

  it('reads no Vietnamese syllable as an abbreviation', () => {
    for (const folded of typeAbbreviationExpansions().keys()) expect(folded).toMatch(/^[b-df-hj-np-tv-z]+$/);
  });
});
