import { describe, expect, it } from 'vitest';
import { eachCase } from '@cong/content/testing';
import { sameSpelling, spellingKey, spellingVariants } from './spelling-variants.ts';

describe('spellingVariants: i and y after an initial consonant are one word', () => {
  eachCase(spellingVariants, [
    ['ki', ['ki', 'ky']],
    ['ky', ['ky', 'ki']],
    ['li', ['li', 'ly']],
    ['my', ['my', 'mi']],
    ['quy', ['quy', 'qui']],
    ['ty', ['ty', 'ti']],
    ['nghi', ['nghi', 'nghy']],
    ['hy', ['hy', 'hi']],
    // Not a lone i/y rhyme, or no consonant before it
    ['tuy', ['tuy']],
    ['huy', ['huy']],
    ['y', ['y']],
    ['i', ['i']],
    ['kim', ['kim']],
    ['gi', ['gi']],
    ['ghi', ['ghi']],
    ['ai', ['ai']],
    ['43', ['43']],
  ], '%s → %j');
});

describe('sameSpelling: accents must agree, i/y need not', () => {
  it.each([
    ['ký', 'kí', true],
    ['lý', 'lí', true],
    ['mỹ', 'mĩ', true],
    ['quý', 'quí', true],
    ['tỷ', 'tỉ', true],
    ['kỹ', 'kĩ', true],
    ['ký', 'kỹ', false],
    ['ký', 'ki', false],
    ['tuỳ', 'tuì', false],
    ['ý', 'í', false],
    ['lũ', 'lũ', true],
  ])('%s ~ %s: %s', (a, b, same) => {
    expect(sameSpelling(a, b)).toBe(same);
  });

  it('keys "y" spellings to "i" and leaves others alone', () => {
    expect(spellingKey('ký')).toBe('kí');
    expect(spellingKey('tùy')).toBe('tùy');
  });
});
