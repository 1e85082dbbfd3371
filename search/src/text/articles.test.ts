import { describe, expect, it } from 'vitest';
import { markdownToPlain, splitArticles } from './articles.ts';

const LAW = [
  '**LUẬT**',
  '',
  '_Căn cứ Hiến pháp;_',
  '',
  '## Điều 1. Phạm vi điều chỉnh',
  '',
  'Luật này quy định **thông tin** phải công khai.',
  '',
  '## Điều 2. Đối tượng áp dụng',
  '',
  '> Cơ quan hành chính nhà nước; xem [trang](https://example.vn).',
  '',
  '## Điều 2. Điều khoản lặp lại trong quy chế ban hành kèm theo',
  '',
  'Nội dung.',
].join('\n');

describe('splitArticles', () => {
  it('keeps the preamble, and gives each article the anchor the site renders', () => {
    const sections = splitArticles(LAW);
    expect(sections.map((s) => [s.anchor, s.number, s.title])).toEqual([
      [null, null, ''],
      ['dieu-1', '1', 'Phạm vi điều chỉnh'],
      ['dieu-2', '2', 'Đối tượng áp dụng'],
      ['dieu-2-2', '2', 'Điều khoản lặp lại trong quy chế ban hành kèm theo'],
    ]);
    expect(sections[0]!.text).toBe('LUẬT\nCăn cứ Hiến pháp;');
    expect(sections[1]!.text).toBe('Luật này quy định thông tin phải công khai.');
    expect(sections[2]!.text).toBe('Cơ quan hành chính nhà nước; xem trang.');
  });

  it('returns a text without articles as one section, and drops an empty preamble', () => {
    expect(splitArticles('Chỉ một đoạn văn.')).toEqual([{ anchor: null, number: null, title: '', text: 'Chỉ một đoạn văn.' }]);
    expect(splitArticles('## Điều 1. A\n\nB').map((s) => s.anchor)).toEqual(['dieu-1']);
  });

  it('loses no text', () => {
    const words = (s: string) => markdownToPlain(s).split(/\s+/).filter(Boolean).length;
    const total = splitArticles(LAW).reduce((sum, s) => sum + words(s.text) + words(s.title), 0);
    expect(total).toBe(words(LAW.replace(/^## Điều \d+\./gm, '')));
  });
});
