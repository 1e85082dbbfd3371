import type { Article } from '@cong/content';
import { describe, expect, it } from 'vitest';
import { splitArticles } from '../text/articles.ts';
import { portalItems } from '../testing/portal-corpus.ts';
import { articleToSearchDocument } from './article.ts';

const articles = portalItems()
  .filter((example) => example.type === 'article')
  .map((example) => example.item as Article);
const news = articles.find((article) => article.section === 'tin-tuc')!;
const direction = articles.find((article) => article.section === 'chi-dao-dieu-hanh')!;

describe('articleToSearchDocument', () => {
  it('is a news record at its section path, typed by its section so facets tell sections apart', () => {
    expect(articleToSearchDocument(news)).toMatchObject({
      id: `news:${news.slug}`,
      kind: 'news',
      url: `/tin-tuc/${news.slug}`,
      number: null,
      issuer: null,
      status: null,
      type: { name: 'Tin tức, sự kiện', slug: 'tin-tuc' },
    });
    expect(articleToSearchDocument(direction)).toMatchObject({ url: `/chi-dao-dieu-hanh/${direction.slug}`, type: { name: 'Chỉ đạo, điều hành', slug: 'chi-dao-dieu-hanh' } });
  });

  it('is dated by the Vietnamese day it was posted, else published, else changed', () => {
    // 18:30 UTC is 01:30 the next day in Vietnam.
    expect(articleToSearchDocument({ ...news, postedAt: '2026-11-24T18:30:00.000Z' })).toMatchObject({ date: '2026-11-25', year: 2026 });
    expect(articleToSearchDocument({ ...news, postedAt: null, publishedAt: '2025-03-01T01:00:00.000Z' }).date).toBe('2025-03-01');
    expect(articleToSearchDocument({ ...news, postedAt: null, publishedAt: null, updatedAt: '2024-07-09T01:00:00.000Z' }).date).toBe('2024-07-09');
  });

  it('searches summary, body and category as plain text: the article page has no article anchors', () => {
    const doc = articleToSearchDocument({ ...news, body: '## Điều 3. Trích dẫn trong bài\n\nNội dung **đậm** của bài.' });
    expect(splitArticles(doc.text)).toHaveLength(1);
    expect(splitArticles(doc.text)[0]!.anchor).toBeNull();
    expect(doc.text).toContain('Điều 3. Trích dẫn trong bài');
    expect(doc.text).toContain('Nội dung đậm của bài.');
    expect(doc.text).toContain(news.summary!);
    expect(doc.text).toContain(news.category!);
  });

  it('encodes the slug in the path', () => {
    expect(articleToSearchDocument({ ...news, slug: 'tin vui' }).url).toBe('/tin-tuc/tin%20vui');
  });
});
