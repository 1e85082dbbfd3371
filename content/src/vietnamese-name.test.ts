import { describe, expect, it } from 'vitest';
import { eachCase } from './testing/index.ts';
import { compareVietnameseNames, vietnameseNameParts } from './vietnamese-name.ts';

describe('vietnameseNameParts', () => {
  eachCase(vietnameseNameParts, [
    ['Nguyễn Thị Minh Khai', { family: 'Nguyễn', middle: 'Thị Minh', given: 'Khai' }],
    ['Trần Hưng Đạo', { family: 'Trần', middle: 'Hưng', given: 'Đạo' }],
    ['Lê Lợi', { family: 'Lê', middle: '', given: 'Lợi' }],
    ['  Hà  ', { family: '', middle: '', given: 'Hà' }],
    ['', { family: '', middle: '', given: '' }],
  ], '%s');
  it('reads NFD input as the same letters', () => {
    expect(vietnameseNameParts('Đỗ Văn Ân'.normalize('NFD')).given).toBe('Ân');
  });
});

describe('compareVietnameseNames: by given name, in the Vietnamese alphabet', () => {
  it('sorts a directory the way Vietnamese readers look names up', () => {
    const names = ['Trần Văn Đức', 'Đỗ Thị Dung', 'Nguyễn Văn An', 'Lê Thị Ánh', 'Phạm Văn Ăn', 'Hoàng Thị Ân', 'Vũ Văn Bình', 'Nguyễn Thị Dung'];
    expect([...names].sort(compareVietnameseNames)).toEqual([
      'Nguyễn Văn An',
      'Lê Thị Ánh',
      'Phạm Văn Ăn',
      'Hoàng Thị Ân',
      'Vũ Văn Bình',
      'Đỗ Thị Dung',
      'Nguyễn Thị Dung',
      'Trần Văn Đức',
    ]);
  });
  it('puts đ after d and ơ after ô after o, not by code point', () => {
    expect(['A Đông', 'A Dũng'].sort(compareVietnameseNames)).toEqual(['A Dũng', 'A Đông']);
    expect(['A Ơn', 'A On', 'A Ôn'].sort(compareVietnameseNames)).toEqual(['A On', 'A Ôn', 'A Ơn']);
  });
});
