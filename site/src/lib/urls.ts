import { env } from './env.ts';

/** The site's public URLs, in one place. Paths are Vietnamese; absolute URLs use PUBLIC_SITE_URL. */

export const paths = {
  home: '/',
  documents: '/van-ban',
  document: (slug: string) => `/van-ban/${encodeURIComponent(slug)}`,
  documentPrint: (slug: string) => `/van-ban/${encodeURIComponent(slug)}?ban-in=1`,
  documentsFeed: '/van-ban/rss.xml',
  sitemap: '/sitemap.xml',
  search: '/tim-kiem',
  apiDocuments: '/api/v1/documents',
  drafts: '/du-thao',
  draft: (slug: string) => `/du-thao/${encodeURIComponent(slug)}`,
  draftsFeed: '/du-thao/rss.xml',
  apiDrafts: '/api/v1/drafts',
  apiDraft: (slug: string) => `/api/v1/drafts/${encodeURIComponent(slug)}`,
  apiDraftComments: (slug: string) => `/api/v1/drafts/${encodeURIComponent(slug)}/comments`,
  apiDocument: (slug: string) => `/api/v1/documents/${encodeURIComponent(slug)}`,
} as const;

/** The absolute URL of a site path (or a path already absolute, unchanged). */
export function absoluteUrl(path: string, base: string = env.PUBLIC_SITE_URL): string {
  if (/^https?:\/\//.test(path)) return path;
  return `${base}${path.startsWith('/') ? '' : '/'}${path}`;
}
