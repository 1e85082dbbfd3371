import type { ArticleSection } from '@cong/content';
import RSS from 'rss';
import { agency } from '../../config/agency.ts';
import { vi } from '../../i18n/vi.ts';
import { sectionInfo } from '../portal/article-sections.ts';
import { latestDocuments } from '../registry/legal-documents.ts';
import { listArticles } from '../portal/portal.ts';
import { absoluteUrl, paths } from './urls.ts';

const FEED_SIZE = 50;
type Item = { title: string; description: string; url: string; date: string; categories: string[]; author?: string | undefined };

function rssResponse(title: string, description: string, feedPath: string, sitePath: string, items: Item[]): Response {
  const feed = new RSS({
    title,
    description,
    feed_url: absoluteUrl(feedPath),
    site_url: absoluteUrl(sitePath),
    language: 'vi',
    copyright: agency.name,
    pubDate: items[0] ? new Date(items[0].date) : new Date(),
    ttl: 5,
  });
  for (const item of items) feed.item({ ...item, guid: item.url, date: new Date(item.date) });
  return new Response(feed.xml({ indent: true }), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}

async function articleItems(section: ArticleSection | null): Promise<Item[]> {
  const page = await listArticles(section, 1, FEED_SIZE);
  return page.items.map((a) => ({
    title: a.title,
    description: a.summary ?? a.title,
    url: absoluteUrl(paths.article(a.section, a.slug)),
    date: a.date,
    categories: [sectionInfo(a.section).label, ...(a.category ? [a.category] : [])],
    author: a.author ?? undefined,
  }));
}

/** /<section>/rss.xml */
export async function sectionFeed(section: ArticleSection): Promise<Response> {
  const info = sectionInfo(section);
  return rssResponse(vi.rssFeeds.section(info.label, agency.portalName), info.description, paths.sectionFeed(section), info.path, await articleItems(section));
}

/** /rss.xml: every section's articles and the registry's documents, newest first. */
export async function allFeed(): Promise<Response> {
  const [articles, documents] = await Promise.all([articleItems(null), latestDocuments(FEED_SIZE, 'published')]);
  const docItems: Item[] = documents.map((doc) => ({
    title: doc.number ? `${doc.number}: ${doc.title}` : doc.title,
    description: `${vi.document.headingLabel(doc.type?.name ?? null, doc.number)}. ${doc.title}.`,
    url: absoluteUrl(paths.document(doc.slug)),
    date: doc.updatedAt ?? new Date().toISOString(),
    categories: [vi.site.documents],
    author: doc.issuer?.name,
  }));
  const items = [...articles, ...docItems].sort((a, b) => b.date.localeCompare(a.date)).slice(0, FEED_SIZE);
  return rssResponse(vi.rssFeeds.all(agency.portalName), vi.rssFeeds.allDescription, paths.allFeed, paths.home, items);
}
