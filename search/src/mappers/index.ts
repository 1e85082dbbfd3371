import {
  AgencyProfileSchema,
  ArticleSchema,
  isPublishedAnswer,
  ProjectSchema,
  PublicQuestionSchema,
  PublicServiceSchema,
  PublishedConsultationSchema,
  StatisticReportSchema,
} from '@cong/content';
import type { z } from 'zod';
import { SearchDocumentSchema, type SearchDocument, type SearchKind } from '../search-document.ts';
import { AGENCY_PROFILE_SEARCH_ID, agencyProfileToSearchDocument } from './agency-profile.ts';
import { articleSearchId, articleToSearchDocument } from './article.ts';
import { consultationSearchId, consultationToSearchDocument } from './consultation.ts';
import { LegalDocumentSearchSourceSchema, legalDocumentSearchId, legalDocumentToSearchDocument } from './legal-document.ts';
import { projectSearchId, projectToSearchDocument } from './project.ts';
import { publicServiceSearchId, publicServiceToSearchDocument } from './public-service.ts';
import { questionSearchId, questionToSearchDocument } from './question.ts';
import { statisticReportSearchId, statisticReportToSearchDocument } from './statistic-report.ts';

/**
 * How each content type becomes a search record, keyed by the CMS's name for the type. A new content type is
 * searchable once its mapper is added here and the CMS says which of its rows are public
 * (cms/src/services/search/search-sources.ts): the engines index whatever `SearchDocument`s they are given.
 */
export type SearchMapper<Schema extends z.ZodType = z.ZodType> = {
  kind: SearchKind;
  /** The shape the CMS delivers for this content type, validated before mapping. */
  source: Schema;
  /**
   * The fields that name an item in the index, and the id they make. The CMS reads only these to drop an item
   * that stopped being public (unpublished, renamed, an answer withdrawn), when it may no longer map at all.
   */
  idFields: readonly string[];
  searchId: (fields: Readonly<Record<string, string>>) => string;
  toSearchDocument: (item: z.output<Schema>) => SearchDocument;
};

function mapper<Schema extends z.ZodType>(definition: SearchMapper<Schema>): SearchMapper<Schema> {
  return definition;
}

export const searchMappers = {
  'legal-document': mapper({
    kind: 'legal-document',
    source: LegalDocumentSearchSourceSchema,
    idFields: ['slug'],
    searchId: ({ slug }) => legalDocumentSearchId(slug!),
    toSearchDocument: legalDocumentToSearchDocument,
  }),
  consultation: mapper({
    kind: 'consultation',
    source: PublishedConsultationSchema,
    idFields: ['slug'],
    searchId: ({ slug }) => consultationSearchId(slug!),
    toSearchDocument: consultationToSearchDocument,
  }),
  article: mapper({
    kind: 'news',
    source: ArticleSchema,
    idFields: ['slug'],
    searchId: ({ slug }) => articleSearchId(slug!),
    toSearchDocument: articleToSearchDocument,
  }),
  'public-service': mapper({
    kind: 'page',
    source: PublicServiceSchema,
    idFields: ['documentId'],
    searchId: ({ documentId }) => publicServiceSearchId(documentId!),
    toSearchDocument: publicServiceToSearchDocument,
  }),
  project: mapper({
    kind: 'page',
    source: ProjectSchema,
    idFields: ['documentId'],
    searchId: ({ documentId }) => projectSearchId(documentId!),
    toSearchDocument: projectToSearchDocument,
  }),
  'statistic-report': mapper({
    kind: 'page',
    source: StatisticReportSchema,
    idFields: ['slug'],
    searchId: ({ slug }) => statisticReportSearchId(slug!),
    toSearchDocument: statisticReportToSearchDocument,
  }),
  question: mapper({
    kind: 'page',
    // Defence in depth: whatever the caller loaded, a question the agency has not published never maps.
    source: PublicQuestionSchema.refine(isPublishedAnswer, { error: 'Chỉ câu hỏi đã trả lời và được chọn công khai mới được đưa vào tìm kiếm' }),
    idFields: ['code'],
    searchId: ({ code }) => questionSearchId(code!),
    toSearchDocument: questionToSearchDocument,
  }),
  'agency-profile': mapper({
    kind: 'page',
    source: AgencyProfileSchema,
    idFields: [],
    searchId: () => AGENCY_PROFILE_SEARCH_ID,
    toSearchDocument: agencyProfileToSearchDocument,
  }),
} as const satisfies Record<string, SearchMapper>;

/** A content type that has a mapper ("legal-document", "article", "question"…). */
export type SearchableType = keyof typeof searchMappers;

export function isSearchableType(type: string): type is SearchableType {
  return Object.hasOwn(searchMappers, type);
}

/**
 * The search record of a CMS item. Validates both sides (CMS → search is a boundary), so a CMS change that
 * breaks the mapping fails loudly at indexing time instead of indexing garbage.
 */
export function toSearchDocument(type: SearchableType, item: unknown): SearchDocument {
  const definition: SearchMapper = searchMappers[type];
  return SearchDocumentSchema.parse(definition.toSearchDocument(definition.source.parse(item)));
}

/**
 * The id an item has (or had) in the index, from its identifying fields alone; null when one is missing (a draft
 * never given a slug has never been indexed).
 */
export function searchIdOf(type: SearchableType, fields: Readonly<Record<string, unknown>>): string | null {
  const definition: SearchMapper = searchMappers[type];
  const values: Record<string, string> = {};
  for (const field of definition.idFields) {
    const value = fields[field];
    if (typeof value !== 'string' || value === '') return null;
    values[field] = value;
  }
  return definition.searchId(values);
}

export { legalDocumentToSearchDocument, legalDocumentUrl } from './legal-document.ts';

export { LegalDocumentSearchSourceSchema, type LegalDocumentSearchSource } from './legal-document.ts';
