import { ARTICLE_SECTIONS, articleDate, type Article, type PortalSectionKey } from '@cong/content';
import type { SearchDocument } from '../search-document.ts';
import { citedNumberKeys } from '../text/document-numbers.ts';
import { dayAndYear, plainText, sectionTerm } from './page-parts.ts';

/** Site path of an article: its section, then its slug (site/src/lib/render/urls.ts `paths.article`). */
export function articleUrl(section: string, slug: string): string {
  return `/${section}/${encodeURIComponent(slug)}`;
}

export function articleSearchId(slug: string): string {
  return `news:${slug}`;
}

const SECTION_KEYS = new Map(Object.entries(ARTICLE_SECTIONS).map(([key, section]) => [section as string, key as PortalSectionKey]));

/**
 * A bài viết (news, directions, plans, law dissemination, science) as one search record of kind `news`. Its
 * `type` is the section ("Tin tức, sự kiện", "Chỉ đạo, điều hành"), so facets tell the sections apart. The
 * article page renders the body without article anchors, so the text is flattened.
 */
export function articleToSearchDocument(article: Article): SearchDocument {
  const text = plainText(article.summary, article.body, article.category);
  return {
    id: articleSearchId(article.slug),
    kind: 'news',
    slug: article.slug,
    url: articleUrl(article.section, article.slug),
    title: article.title,
    number: null,
    ...dayAndYear(articleDate(article)),
    type: sectionTerm(SECTION_KEYS.get(article.section)!),
    issuer: null,
    status: null,
    text,
    citedNumbers: citedNumberKeys(text),
  };
}
