import { questionLookupPath } from '@cong/content';
import { env } from '../server/env.ts';

/** The site's public URLs, in one place. Paths are Vietnamese; absolute URLs use PUBLIC_SITE_URL. */

export const paths = {
  home: '/',
  documents: '/van-ban',
  document: (slug: string) => `/van-ban/${encodeURIComponent(slug)}`,
  documentPrint: (slug: string) => `/van-ban/${encodeURIComponent(slug)}?ban-in=1`,
  documentsFeed: '/van-ban/rss.xml',
  sitemap: '/sitemap.xml',
  sitemapHtml: '/so-do-trang',
  allFeed: '/rss.xml',
  about: '/gioi-thieu',
  contact: '/lien-he',
  directory: '/danh-ba',
  officialVCard: (slug: string) => `/danh-ba/${encodeURIComponent(slug)}.vcf`,
  unitVCard: (slug: string) => `/danh-ba/don-vi/${encodeURIComponent(slug)}.vcf`,
  schedule: '/lich-cong-tac',
  scheduleWeek: (key: string) => `/lich-cong-tac?tuan=${key}`,
  services: '/dich-vu-cong',
  projects: '/du-an',
  statistics: '/thong-ke',
  /** Figures on electronic documents, computed from the registry (issue 14 §5). */
  electronicStatistics: '/thong-ke/van-ban-dien-tu',
  apiElectronicStatistics: '/api/v1/statistics/electronic-documents',
  links: '/lien-ket',
  questions: '/hoi-dap',
  /** A question's status (and, once published, its answer) by lookup code: '/hoi-dap?ma=HD-2026-7K3Q9M#tra-cuu'. */
  questionLookup: questionLookupPath,
  english: '/en',
  englishContact: '/en/contact',
  /** An article of a section: '/tin-tuc/<slug>'. */
  article: (section: string, slug: string) => `/${section}/${encodeURIComponent(slug)}`,
  articlePrint: (section: string, slug: string) => `/${section}/${encodeURIComponent(slug)}?ban-in=1`,
  articleSave: (section: string, slug: string) => `/${section}/${encodeURIComponent(slug)}?luu=1`,
  sectionFeed: (section: string) => `/${section}/rss.xml`,
  apiDirectory: '/api/v1/directory',
  apiNews: '/api/v1/news',
  search: '/tim-kiem',
  apiDocuments: '/api/v1/documents',
  /** The public API for people (Vietnamese) and for programs (OpenAPI). */
  apiDocs: '/tai-lieu-api',
  apiOpenApi: '/api/v1/openapi.json',
  drafts: '/du-thao',
  draft: (slug: string) => `/du-thao/${encodeURIComponent(slug)}`,
  draftsFeed: '/du-thao/rss.xml',
  draftCommentsCsv: (slug: string) => `/du-thao/${encodeURIComponent(slug)}/gop-y.csv`,
  apiDrafts: '/api/v1/drafts',
  apiDraft: (slug: string) => `/api/v1/drafts/${encodeURIComponent(slug)}`,
  apiDraftComments: (slug: string) => `/api/v1/drafts/${encodeURIComponent(slug)}/comments`,
  apiDocument: (slug: string) => `/api/v1/documents/${encodeURIComponent(slug)}`,
  /** Dữ liệu mở: the bulk files, their page and their machine-readable catalogue. */
  openData: '/du-lieu-mo',
  openDataManifest: '/du-lieu-mo/danh-muc.json',
  openDataFile: (name: string) => `/du-lieu-mo/${encodeURIComponent(name)}`,
} as const;

/** The absolute URL of a site path (or a path already absolute, unchanged). */
export function absoluteUrl(path: string, base: string = env.PUBLIC_SITE_URL): string {
  if (/^https?:\/\//.test(path)) return path;
  return `${base}${path.startsWith('/') ? '' : '/'}${path}`;
}
