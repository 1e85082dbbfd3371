import { describe, expect, it } from 'vitest';
import { eachCase } from '@cong/content/testing';
import { fileFormat, formatFileSize, kilobytesToBytes, publicFileUrl, uploadPathFor } from './files.ts';

describe('formatFileSize (Vietnamese number format)', () => {
  eachCase(formatFileSize, [
    [0, '0 byte'],
    [850, '850 byte'],
    [1_000, '1 KB'],
    [245_670, '246 KB'],
    [999_400, '999 KB'],
    [1_000_000, '1 MB'],
    [1_530_200, '1,5 MB'],
    [12_345_678, '12,3 MB'],
    [1_234_000_000, '1.234 MB'],
  ], '%d bytes → %s');

  it('converts Strapi’s kilobytes (of 1000 bytes) to bytes', () => {
    expect(kilobytesToBytes(245.67)).toBe(245_670);
    expect(kilobytesToBytes(0.01)).toBe(10);
  });

  eachCase(fileFormat, [
    ['.pdf', 'PDF'],
    ['docx', 'DOCX'],
    ['.Xlsx', 'XLSX'],
  ], 'format of %s is %s');
});

describe('publicFileUrl', () => {
  const cms = 'http://cms.internal:1337';
  it.each([
    ['/uploads/nd_43_ab12.pdf', '/tep/nd_43_ab12.pdf'],
    [`${cms}/uploads/nd_43_ab12.pdf`, '/tep/nd_43_ab12.pdf'],
    ['https://cdn.example.vn/nd_43.pdf', 'https://cdn.example.vn/nd_43.pdf'],
    ['/van-ban/43-2011-nd-cp', '/van-ban/43-2011-nd-cp'],
  ])('%s → %s', (url, expected) => {
    expect(publicFileUrl(url, `${cms}/`)).toBe(expected);
  });
});

describe('uploadPathFor (the /tep/ proxy only reaches /uploads files)', () => {
  eachCase(uploadPathFor, [
    ['nd_43_2011_ab12cd.pdf', '/uploads/nd_43_2011_ab12cd.pdf'],
    ['thumbnail_so_do_1a.png', '/uploads/thumbnail_so_do_1a.png'],
    ['2026/nd_43.pdf', '/uploads/2026/nd_43.pdf'],
  ]);

  it.each([
    '',
    '../config/database.js',
    '..%2F..%2Fetc%2Fpasswd',
    'a/../../b.pdf',
    '.env',
    '/etc/passwd',
    'a\\b.pdf',
    'a%5Cb.pdf',
    'file%00.pdf',
    'a//b.pdf',
    'a/b/c/d.pdf',
    'tệp.pdf',
    '%E0%A4%A',
    'x'.repeat(401),
  ])('rejects %j', (requested) => {
    expect(uploadPathFor(requested)).toBeNull();
  });
});
