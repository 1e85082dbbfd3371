import { consultationStatus } from '@cong/content';
import {
  demoAgencyProfile,
  demoArticles,
  demoConsultations,
  demoProjects,
  demoPublicServices,
  demoQuestions,
  demoStatistics,
} from '@cong/content/demo';
import { toSearchDocument, type SearchableType } from '../mappers/index.ts';
import type { SearchDocument } from '../search-document.ts';

/**
 * The demo portal content (drafts, articles, the list pages, the introduction) in the shape the CMS delivers it,
 * with fixed document ids and instants, for the mapper tests and the engine contract. Only what the CMS would
 * index is here: the question the agency did not publish is left out.
 */
export const PORTAL_CORPUS_NOW = new Date('2026-11-26T03:00:00Z');
const UPDATED = '2026-11-20T02:00:00.000Z';
const documentId = (prefix: string, i: number) => `${prefix}${String(i).padStart(24 - prefix.length, '0')}`;

export type PortalItem = { type: SearchableType; item: Record<string, unknown> };

export function portalItems(): PortalItem[] {
  const day = (daysAgo: number) => new Date(PORTAL_CORPUS_NOW.getTime() - daysAgo * 86_400_000).toISOString();
  return [
    ...demoConsultations(PORTAL_CORPUS_NOW).map((draft, i) => ({
      type: 'consultation' as const,
      // The status as the CMS stores it (re-derived every minute), taken at PORTAL_CORPUS_NOW: derived from the
      // clock at test time instead, the drafts' statuses would move as the calendar does.
      item: {
        ...draft,
        documentId: documentId('dt', i),
        updatedAt: UPDATED,
        consultationStatus: consultationStatus({ ...draft, hasResponse: Boolean(draft.responsePublishedAt || draft.responseReport?.trim()) }, PORTAL_CORPUS_NOW),
      },
    })),
    ...demoArticles.map(({ daysAgo, image: _image, ...article }, i) => ({
      type: 'article' as const,
      item: { ...article, documentId: documentId('bv', i), postedAt: day(daysAgo), publishedAt: UPDATED, updatedAt: UPDATED, featuredImageAlt: null },
    })),
    ...demoPublicServices.map((service, i) => ({ type: 'public-service' as const, item: { ...service, documentId: documentId('tt', i), updatedAt: UPDATED } })),
    ...demoProjects.map((project, i) => ({ type: 'project' as const, item: { ...project, documentId: documentId('da', i), updatedAt: UPDATED } })),
    ...demoStatistics.map((report, i) => ({ type: 'statistic-report' as const, item: { ...report, documentId: documentId('tk', i), updatedAt: UPDATED } })),
    ...demoQuestions
      .filter((question) => question.answerStatus === 'answered' && question.showPublicly)
      .map(({ daysAgo, name: _name, email: _email, ...question }, i) => ({
        type: 'question' as const,
        item: { ...question, documentId: documentId('hd', i), submittedAt: day(daysAgo), answeredAt: day(2), dueDate: null, updatedAt: UPDATED },
      })),
    { type: 'agency-profile', item: { ...demoAgencyProfile, updatedAt: UPDATED } },
  ];
}

export function portalCorpus(): SearchDocument[] {
  return portalItems().map(({ type, item }) => toSearchDocument(type, item));
}
