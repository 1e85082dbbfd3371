import { z } from 'zod';
import { OptionalTextSchema } from './cms-fields.ts';
import { ARTICLE_SECTIONS, type ArticleSection } from './portal-sections.ts';

/**
 * Bài viết: news, directions, plans, law dissemination, science programmes — one content type told apart by
 * `section`, which is also the first segment of its public path (`/tin-tuc/<slug>`).
 */
export const ArticleSectionSchema = z.enum(Object.values(ARTICLE_SECTIONS) as [ArticleSection, ...ArticleSection[]]);

/** An article as the CMS delivers it, to the site and to search (the featured image is the site's business). */
export const ArticleSchema = z.object({
  documentId: z.string(),
  title: z.string(),
  slug: z.string(),
  section: ArticleSectionSchema,
  /** Chuyên mục within the section ("Cải cách hành chính"). */
  category: OptionalTextSchema,
  summary: OptionalTextSchema,
  /** Markdown. */
  body: OptionalTextSchema,
  author: OptionalTextSchema,
  /** Nguồn tin. */
  source: OptionalTextSchema,
  /** Thời gian đăng, as the editor set it (ISO instant). */
  postedAt: OptionalTextSchema,
  featuredImageAlt: OptionalTextSchema,
  publishedAt: OptionalTextSchema,
  updatedAt: z.string(),
});
export type Article = z.output<typeof ArticleSchema>;

/** The instant an article is dated by: when the editor says it was posted, else when it was published, else its last change. */
export function articleDate(article: Pick<Article, 'postedAt' | 'publishedAt' | 'updatedAt'>): string {
  return article.postedAt ?? article.publishedAt ?? article.updatedAt;
}
