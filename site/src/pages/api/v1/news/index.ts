import { ApiArticleListSchema, ARTICLE_SECTIONS, type ArticleSection } from '@cong/content';
import type { APIRoute } from 'astro';
import { vi } from '../../../../i18n/vi.ts';
import { apiAnswer, badParam } from '#lib/api/api-answer.ts';
import { listArticles } from '#lib/portal/portal.ts';
import { absoluteUrl, paths } from '#lib/render/urls.ts';

/**
 * GET /api/v1/news?section=&page=&pageSize= (pageSize ≤ 100): articles of every section (news by default:
 * section=tin-tuc; section=all for every section), in the shape of /api/v1/documents.
 */
export const GET: APIRoute = async ({ url }) => {
  const params = url.searchParams;
  const sectionRaw = params.get('section') ?? ARTICLE_SECTIONS.news;
  const sections = Object.values(ARTICLE_SECTIONS) as string[];
  if (sectionRaw !== 'all' && !sections.includes(sectionRaw)) badParam('section', vi.api.unknownSection(sectionRaw, ['all', ...sections]));
  const page = positive(params.get('page') ?? '1', 'page', 10_000);
  const pageSize = positive(params.get('pageSize') ?? '20', 'pageSize', 100);
  const result = await listArticles(sectionRaw === 'all' ? null : (sectionRaw as ArticleSection), page, pageSize);
  return apiAnswer(ApiArticleListSchema, {
    data: result.items.map((a) => ({
      slug: a.slug,
      section: a.section,
      title: a.title,
      summary: a.summary,
      category: a.category,
      author: a.author,
      source: a.source,
      postedAt: a.date,
      updatedAt: a.updatedAt,
      image: a.image ? absoluteUrl(a.image.src) : null,
      url: absoluteUrl(paths.article(a.section, a.slug)),
    })),
    meta: { total: result.total, page: result.page, pageSize: result.pageSize, pageCount: result.pageCount },
  });
};

function positive(raw: string, field: string, max: number): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max) badParam(field, vi.api.wholeNumberBetween(field, max));
  return n;
}

export const OPTIONS: APIRoute = () => new Response(null, { status: 204 });
