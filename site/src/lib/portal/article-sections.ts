import { type ArticleSection, PORTAL_SECTIONS } from '@cong/content';
import { vi } from '../../i18n/vi.ts';
import { InvalidParamError } from '../server/errors.ts';
import { type Article, findArticle, listArticles } from './portal.ts';

/** Label, description and menu key of an article section: what the shared list and article pages need. */
export function sectionInfo(section: ArticleSection): { label: string; description: string; key: string; path: string } {
  const entry = PORTAL_SECTIONS.find((s) => s.path === `/${section}`)!;
  return { label: entry.label, description: vi.articles.descriptions[section], key: entry.key, path: entry.path };
}

/** `?trang=N`: a positive page number, 1 when absent. */
export function readPage(params: URLSearchParams): number {
  const raw = params.get('trang');
  if (raw === null || raw === '') return 1;
  const page = Number(raw);
  if (!Number.isInteger(page) || page < 1 || page > 10_000) throw new InvalidParamError('trang', vi.invalid.page(raw));
  return page;
}

/**
 * An article page's data, loaded in the page's frontmatter — before Astro starts streaming, so an unknown slug
 * is a real 404 (thrown inside a component it became a 200 "Internal server error") and `?luu=1` can still set
 * its Content-Disposition header.
 */
export async function loadArticlePage(
  section: ArticleSection,
  page: { params: { slug?: string | undefined }; url: URL; response: { headers: Headers } },
): Promise<Article> {
  const article = await findArticle(section, page.params.slug ?? '');
  if (page.url.searchParams.has('luu')) page.response.headers.set('Content-Disposition', `attachment; filename="${article.slug}.html"`);
  return article;
}

/** A section's list page: its page number and items, loaded in the page's frontmatter for the same reason. */
export async function loadArticleListPage(section: ArticleSection, page: { url: URL }) {
  const pageNumber = readPage(page.url.searchParams);
  return { pageNumber, page: await listArticles(section, pageNumber, 20) };
}
