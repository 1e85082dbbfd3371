import { formatDate, VALIDITY_LABELS } from '@cong/content';
import type { APIRoute } from 'astro';
import RSS from 'rss';
import { agency } from '../../config/agency.ts';
import { vi } from '../../i18n/vi.ts';
import { latestDocuments } from '#lib/registry/legal-documents.ts';
import { absoluteUrl, paths } from '#lib/render/urls.ts';

const FEED_SIZE = 50;

/** The 50 documents published most recently, with absolute links. */
export const GET: APIRoute = async () => {
  const items = await latestDocuments(FEED_SIZE, 'published');
  const feed = new RSS({
    title: vi.rss.title(agency.portalName),
    description: vi.rss.description(agency.name),
    feed_url: absoluteUrl(paths.documentsFeed),
    site_url: absoluteUrl(paths.documents),
    language: 'vi',
    copyright: agency.name,
    pubDate: items[0]?.updatedAt ? new Date(items[0].updatedAt) : new Date(),
    ttl: 5,
  });
  for (const doc of items) {
    const url = absoluteUrl(paths.document(doc.slug));
    const heading = vi.document.headingLabel(doc.type?.name ?? null, doc.number);
    const facts = [
      doc.issuer ? `${vi.document.issuer}: ${doc.issuer.name}` : null,
      doc.issuedDate ? `${vi.document.issuedDate}: ${formatDate(doc.issuedDate)}` : null,
      doc.effectiveDate ? `${vi.document.effectiveDate}: ${formatDate(doc.effectiveDate)}` : null,
      `${vi.document.status}: ${VALIDITY_LABELS[doc.status]}`,
    ].filter(Boolean);
    feed.item({
      title: doc.number ? `${doc.number}: ${doc.title}` : doc.title,
      description: `${heading}. ${doc.title}. ${facts.join('; ')}.`,
      url,
      guid: url,
      date: doc.updatedAt ? new Date(doc.updatedAt) : new Date(),
      categories: doc.fields.map((field) => field.name),
      author: doc.issuer?.name,
    });
  }
  return new Response(feed.xml({ indent: true }), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
};
