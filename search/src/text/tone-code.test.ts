import { describe, expect, it } from 'vitest';
import { eachCase } from '@cong/content/testing';
import { syllableKeys } from './syllables.ts';
import { toneCodeSyllable, toneCodeText } from './tone-code.ts';

describe('toneCodeSyllable', () => {
  eachCase(toneCodeSyllable, [
    ['đường', 'dduwowngf'],
    ['dương', 'duwowng'],
    ['ủy', 'uyr'],
    ['văn', 'vawn'],
    ['bản', 'banr'],
    ['ban', 'ban'],
    ['nghị', 'nghij'],
    ['thư', 'thuw'],
    ['tử', 'tuwr'],
    ['ấn', 'aans'],
  ]);

  it('codes old and new tone placement alike once normalised', () => {
    expect(toneCodeSyllable(syllableKeys('hoà').exact)).toBe(toneCodeSyllable(syllableKeys('hòa').exact));
  });

  it('codes a text syllable by syllable', () => {
    expect(toneCodeText('Uỷ ban nhân dân')).toBe('uyr ban nhaan daan');
  });
});
