import { ARTICLE_SECTIONS, dayOf, type LegalDocumentSummary, type PublicService, type WorkDay } from '@cong/content';
import { type ConsultationSummary, listConsultations } from '../consultations/consultations.ts';
import { latestDocuments } from '../registry/legal-documents.ts';
import { type Article, listArticles, publicServices, type ScheduleEntry, scheduleBetween } from './portal.ts';

/**
 * The home page as a front page (issue 13 §2): one lead story with its image, the drafts open for comment, the
 * newest documents, the leaders' schedule for today and the most used services — each block read from the CMS
 * through the same cached door as its own section page, so an edit to any of them invalidates the home page too.
 */
export interface HomePage {
  lead: Article | null;
  /** The next newest news and directions after the lead. */
  headlines: Article[];
  /** Drafts open for comment, the one closing first on top. */
  drafts: ConsultationSummary[];
  documents: LegalDocumentSummary[];
  today: WorkDay;
  schedule: ScheduleEntry[];
  services: PublicService[];
}

const CANDIDATES = 6;
const HEADLINES = 4;
const DOCUMENTS = 5;
const DRAFTS = 3;
const SERVICES = 6;

export async function homePage(now: Date = new Date()): Promise<HomePage> {
  const today = dayOf(now);
  const [news, directions, open, documents, schedule, services] = await Promise.all([
    listArticles(ARTICLE_SECTIONS.news, 1, CANDIDATES),
    listArticles(ARTICLE_SECTIONS.directions, 1, CANDIDATES),
    listConsultations('open', now),
    latestDocuments(DOCUMENTS, 'issued'),
    scheduleBetween(today.start, today.end),
    publicServices(),
  ]);
  const { lead, headlines } = pickLead([...news.items, ...directions.items], HEADLINES);
  return {
    lead,
    headlines,
    drafts: [...open].sort((a, b) => a.closesAt.localeCompare(b.closesAt)).slice(0, DRAFTS),
    documents,
    today,
    schedule,
    services: homeServices(services, SERVICES),
  };
}

/**
 * The lead is the newest news or direction that has an image (a front page leads with a picture, as chinhphu.vn
 * does); without any image, the newest. The headlines are the rest, newest first.
 */
export function pickLead<T extends Pick<Article, 'date' | 'image'>>(articles: T[], headlines: number): { lead: T | null; headlines: T[] } {
  const newest = [...articles].sort((a, b) => b.date.localeCompare(a.date));
  const lead = newest.find((a) => a.image) ?? newest[0] ?? null;
  return { lead, headlines: newest.filter((a) => a !== lead).slice(0, headlines) };
}

/**
 * The services an editor marked for the home page ("Hiện trên trang chủ"); none marked: those that can be filed
 * online, fully online first — never an empty block while the portal lists services.
 */
export function homeServices<T extends Pick<PublicService, 'featured' | 'level'>>(services: T[], limit: number): T[] {
  const featured = services.filter((s) => s.featured);
  if (featured.length) return featured.slice(0, limit);
  const rank = (s: T) => (s.level === 'toan-trinh' ? 0 : s.level === 'mot-phan' ? 1 : 2);
  return [...services].sort((a, b) => rank(a) - rank(b)).slice(0, limit);
}
