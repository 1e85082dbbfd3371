import { describe, expect, it } from 'vitest';
import { articleMarks } from './article-marks.ts';
import { parseArticleScope, type ArticleRef } from './article-scope.ts';
import type { DocumentRelation } from './legal-document.ts';

describe.each<[string, ArticleRef[]]>([
  ['', []],
  ['   ', []],
  ['Điều 4', [{ article: '4', clause: null }]],
  ['điều 7a', [{ article: '7a', clause: null }]],
  ['khoản 2 Điều 5', [{ article: '5', clause: 2 }]],
  ['Khoản 2 của Điều 5.', [{ article: '5', clause: 2 }]],
  ['Điều 3, Điều 4', [{ article: '3', clause: null }, { article: '4', clause: null }]],
  ['Điều 3; khoản 1 Điều 6 và Điều 9', [{ article: '3', clause: null }, { article: '6', clause: 1 }, { article: '9', clause: null }]],
  // Decomposed Vietnamese (NFD) reads the same.
  ['Điều 4'.normalize('NFD'), [{ article: '4', clause: null }]],
])('parseArticleScope(%j)', (text, expected) => {
  it('reads the articles named', () => {
    expect(parseArticleScope(text)).toEqual({ ok: true, value: expected });
  });
});

describe.each(['Chương II', 'Điều', '4', 'Điều bốn', 'điểm a khoản 2 Điều 5'])('parseArticleScope(%j)', (text) => {
  it('refuses it with a Vietnamese hint', () => {
    const parsed = parseArticleScope(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/Không đọc được phạm vi .*ví dụ "Điều 3, khoản 2 Điều 5"/);
  });
});

describe('articleMarks', () => {
  const relation = (extra: Partial<DocumentRelation>): DocumentRelation => ({
    kind: 'repeals', direction: 'incoming', label: 'Bị bãi bỏ bởi', number: '15/2026/QĐ-UBND', slug: '15-2026-qd-ubnd', title: null, partial: true, articles: null, note: null, ...extra,
  });

  it('marks each named article of an incoming relation, in the words of its incoming label', () => {
    expect(
      articleMarks([
        relation({ articles: 'Điều 4' }),
        relation({ kind: 'amends', label: 'Được sửa đổi, bổ sung bởi', number: '905/2025/QH15', slug: null, articles: 'khoản 4 Điều 3, Điều 4' }),
      ]),
    ).toEqual([
      { article: '4', text: 'Điều 4 bị bãi bỏ bởi', number: '15/2026/QĐ-UBND', slug: '15-2026-qd-ubnd' },
      { article: '3', text: 'Khoản 4 Điều 3 được sửa đổi, bổ sung bởi', number: '905/2025/QH15', slug: null },
      { article: '4', text: 'Điều 4 được sửa đổi, bổ sung bởi', number: '905/2025/QH15', slug: null },
    ]);
  });

  it('leaves out outgoing relations and those that name no article', () => {
    expect(articleMarks([relation({ direction: 'outgoing', label: 'Bãi bỏ', articles: 'Điều 4' }), relation({})])).toEqual([]);
  });
});
