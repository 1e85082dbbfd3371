import { describe, expect, it } from 'vitest';
import { eachCase } from '@cong/content/testing';
import { collectTerms, isAccented, syllableKeys, syllables } from './syllables.ts';

describe('syllableKeys: one key whatever the byte sequence', () => {
  eachCase(syllableKeys, [
    ['hoà', { exact: 'hòa', folded: 'hoa' }],
    ['thuỷ', { exact: 'thủy', folded: 'thuy' }],
    ['Uỷ', { exact: 'ủy', folded: 'uy' }],
    ['HOÀ', { exact: 'hòa', folded: 'hoa' }],
    ['Đường', { exact: 'đường', folded: 'duong' }],
    ['nghị'.normalize('NFD'), { exact: 'nghị', folded: 'nghi' }],
    ['Ðiều', { exact: 'điều', folded: 'dieu' }],
    ['05', { exact: '5', folded: '5' }],
    ['2011', { exact: '2011', folded: '2011' }],
  ], '%s → %o');

  it('keeps tone placement of closed syllables ("hoàng", "khuỷu")', () => {
    expect(syllableKeys('hoàng').exact).toBe('hoàng');
    expect(syllableKeys('khuỷu').exact).toBe('khuỷu');
  });

  it('tells accented syllables from plain ones', () => {
    expect(isAccented(syllableKeys('đường'))).toBe(true);
    expect(isAccented(syllableKeys('ban'))).toBe(false);
  });
});

describe('syllables', () => {
  it('splits on spaces and punctuation, with offsets into the NFC text', () => {
    const text = 'Nghị định 43/2011/NĐ-CP, ngày';
    const list = syllables(text);
    expect(list.map((s) => s.exact)).toEqual(['nghị', 'định', '43', '2011', 'nđ', 'cp', 'ngày']);
    expect(list.map((s) => text.slice(s.start, s.end))).toEqual(['Nghị', 'định', '43', '2011', 'NĐ', 'CP', 'ngày']);
  });

  it('joins syllables across spaces, "-" and "/" but not across a comma or a full stop', () => {
    const joined = syllables('văn bản, điện tử. Thư NĐ-CP').map((s) => s.joined);
    expect(joined).toEqual([false, true, false, true, false, true, true]);
  });

  it('reads NFD text at the offsets of its NFC form', () => {
    const list = syllables('Uỷ ban'.normalize('NFD'));
    expect(list.map((s) => s.exact)).toEqual(['ủy', 'ban']);
    expect(list[1]).toMatchObject({ start: 3, end: 6 });
  });
});

describe('collectTerms', () => {
  it('collects exact syllables and folded pairs, pairs never spanning punctuation', () => {
    const exact = new Set<string>();
    const pairs = new Set<string>();
    collectTerms('Văn bản điện tử; văn bản giấy', exact, pairs);
    expect([...exact]).toEqual(['văn', 'bản', 'điện', 'tử', 'giấy']);
    expect([...pairs]).toEqual(['van_ban', 'ban_dien', 'dien_tu', 'ban_giay']);
  });
});
