import { describe, expect, it } from 'vitest';
import { draftOutline } from '@cong/content';
import { daysLeft, groupByArticle, type PublicComment } from './consultations.ts';

const articles = draftOutline(['### Điều 1. Phạm vi', 'a', '### Điều 2. Đối tượng', 'b'].join('\n'));
const c = (id: string, article: string | null): PublicComment => ({ id, name: 'An', organization: null, article, articleLabel: article ? `Điều ${article.slice(5)}` : null, content: 'x', submittedAt: null });

describe('groupByArticle', () => {
  it('puts general comments first, then each article in the order of the draft, keeping newest-first order', () => {
    const groups = groupByArticle([c('3', 'dieu-2'), c('2', null), c('1', 'dieu-1'), c('0', 'dieu-2'), c('9', 'dieu-9')], articles);
    expect(groups.map((g) => [g.anchor, g.comments.map((x) => x.id)])).toEqual([
      [null, ['2', '9']],
      ['dieu-1', ['1']],
      ['dieu-2', ['3', '0']],
    ]);
  });
});

describe('daysLeft', () => {
  it.each([
    ['2026-11-27T03:00:00Z', 1],
    ['2026-11-26T03:00:01Z', 1],
    ['2026-11-26T02:00:00Z', 0],
  ])('%s → %i', (closesAt, days) => {
    expect(daysLeft(closesAt, new Date('2026-11-26T03:00:00Z'))).toBe(days);
  });
});
