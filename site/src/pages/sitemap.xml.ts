import type { APIRoute } from 'astro';
import { PORTAL_SECTIONS } from '@cong/content';
import { sitemapEntries } from '#lib/registry/legal-documents.ts';
import { listConsultations } from '#lib/consultations/consultations.ts';
import { agencyProfile, allArticles } from '#lib/portal/portal.ts';
import { absoluteUrl, paths } from '#lib/render/urls.ts';

/** Every public URL with its last change, for search engines (TT 32/2017 Điều 16 k4b). */
export const GET: APIRoute = async () => {
  const [documents, drafts, articles, profile] = await Promise.all([sitemapEntries(), listConsultations(), allArticles(), agencyProfile()]);
  const latest = documents.map((entry) => entry.updatedAt ?? '').sort().at(-1) || undefined;
  const latestOf = (section: string) => articles.filter((a) => a.section === section).map((a) => a.updatedAt).sort().at(-1);
  const everything = [latest ?? '', ...articles.map((a) => a.updatedAt), profile.updatedAt].sort().at(-1) || undefined;
  // Every required section (content/src/portal-sections.ts), then every document and article.
  const sectionUrls = PORTAL_SECTIONS.map((section) => ({
    loc: absoluteUrl(section.path),
    lastmod:
      section.key === 'documents' ? latest
      : ['about', 'contact', 'english'].includes(section.key) ? profile.updatedAt
      : latestOf(section.path.slice(1)) ?? undefined,
  }));
  const urls = [
    { loc: absoluteUrl(paths.home), lastmod: everything },
    ...sectionUrls,
    { loc: absoluteUrl(paths.englishContact), lastmod: profile.updatedAt },
    // The open-data page changes with the documents, drafts and directory it offers; the documents' date stands in.
    { loc: absoluteUrl(paths.openData), lastmod: latest },
    ...documents.map((entry) => ({ loc: absoluteUrl(paths.document(entry.slug)), lastmod: entry.updatedAt ?? undefined })),
    { loc: absoluteUrl(paths.drafts), lastmod: drafts.map((d) => d.updatedAt).sort().at(-1) || undefined },
    ...drafts.map((d) => ({ loc: absoluteUrl(paths.draft(d.slug)), lastmod: d.updatedAt || undefined })),
    ...articles.map((article) => ({ loc: absoluteUrl(paths.article(article.section, article.slug)), lastmod: article.updatedAt })),
  ];
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map(
      (url) => `  <url><loc>${escapeXml(url.loc)}</loc>${url.lastmod ? `<lastmod>${escapeXml(url.lastmod)}</lastmod>` : ''}</url>`,
    ),
    '</urlset>',
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
