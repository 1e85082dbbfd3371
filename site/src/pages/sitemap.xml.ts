import type { APIRoute } from 'astro';
import { sitemapEntries } from '../lib/legal-documents.ts';
import { listConsultations } from '../lib/consultations.ts';
import { absoluteUrl, paths } from '../lib/urls.ts';

/** Every public URL with its last change, for search engines (TT 32/2017 Điều 16 k4b). */
export const GET: APIRoute = async () => {
  const [documents, drafts] = await Promise.all([sitemapEntries(), listConsultations()]);
  const latest = documents.map((entry) => entry.updatedAt ?? '').sort().at(-1) || undefined;
  const urls = [
    { loc: absoluteUrl(paths.home), lastmod: latest },
    { loc: absoluteUrl(paths.documents), lastmod: latest },
    ...documents.map((entry) => ({ loc: absoluteUrl(paths.document(entry.slug)), lastmod: entry.updatedAt ?? undefined })),
    { loc: absoluteUrl(paths.drafts), lastmod: drafts.map((d) => d.updatedAt).sort().at(-1) || undefined },
    ...drafts.map((d) => ({ loc: absoluteUrl(paths.draft(d.slug)), lastmod: d.updatedAt || undefined })),
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
