import { describe, expect, it } from 'vitest';
import { isVietnameseSyllable } from './syllable.ts';

describe('isVietnameseSyllable', () => {
  it.each([
    'việt', 'Nam', 'nghĩa', 'quyết', 'định', 'được', 'khuyến', 'khuỷu', 'giữa', 'gì', 'thuở', 'hoà', 'hòa', 'Ủy', 'uỷ',
    'QUYẾT', 'ĐỊNH', 'người', 'yêu', 'oanh', 'xoong', 'ngoằn', 'chuyện', 'hướng', 'a', 'ý',
    'Vie\u0323\u0302t', // NFD, tone before the circumflex as canonical order puts it
  ])('"%s" is a syllable', (word) => {
    expect(isVietnameseSyllable(word)).toBe(true);
  });

  it.each([
    ['ViÖt', 'Ö is no Vietnamese letter (TCVN3 read as windows-1252)'],
    ['Vieät', 'ä is no Vietnamese letter (VNI)'],
    ['Vieọt', 'no rhyme "ieo"'],
    ['viềt', 'a stop ending takes only sắc or nặng'],
    ['tiếệ', 'two tones'],
    ['ng', 'no vowel'],
    ['hĩnhs', 'no such ending'],
    ['ñoäc', 'VNI mojibake'],
    ['x', 'no vowel'],
  ])('"%s" is not a syllable: %s', (word) => {
    expect(isVietnameseSyllable(word)).toBe(false);
  });
});
