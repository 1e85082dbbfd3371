import type { APIRoute } from 'astro';
import RSS from 'rss';
import { formatDateTime } from '@cong/content';
import { agency } from '../../config/agency.ts';
import { vi } from '../../i18n/vi.ts';
import { listConsultations } from '#lib/consultations/consultations.ts';
import { absoluteUrl, paths } from '#lib/render/urls.ts';

/** Every published draft for comment, newest deadline first, with its status and window. */
export const GET: APIRoute = async () => {
  const items = await listConsultations();
  const feed = new RSS({
    title: vi.consultation.rssTitle(agency.portalName),
    description: vi.consultation.listDescription,
    feed_url: absoluteUrl(paths.draftsFeed),
    site_url: absoluteUrl(paths.drafts),
    language: 'vi',
    copyright: agency.name,
    pubDate: new Date(),
    ttl: 5,
  });
  for (const c of items) {
    const url = absoluteUrl(paths.draft(c.slug));
    feed.item({
      title: c.title,
      description: `${c.statusLabel}. ${vi.consultation.period(formatDateTime(c.opensAt), formatDateTime(c.closesAt))}. ${c.summary}`,
      url,
      guid: `${url}#${c.status}`,
      date: c.updatedAt ? new Date(c.updatedAt) : new Date(c.opensAt),
      author: c.draftingAgency ?? undefined,
    });
  }
  return new Response(feed.xml({ indent: true }), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
