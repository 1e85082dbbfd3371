import { LegalDocumentSchema } from '@cong/content';
import type { z } from 'zod';
import { SearchDocumentSchema, type SearchDocument, type SearchKind } from '../search-document.ts';
import { legalDocumentToSearchDocument } from './legal-document.ts';

/**
 * How each content type becomes search records. A new content type (consultation, news, page) is searchable
 * once its mapper is added here: the engines index whatever `SearchDocument`s they are given.
 */
export type SearchMapper<Schema extends z.ZodType = z.ZodType> = {
  kind: SearchKind;
  /** The shape the CMS delivers for this content type, validated before mapping. */
  source: Schema;
  toSearchDocument: (item: z.output<Schema>) => SearchDocument;
};

function mapper<Schema extends z.ZodType>(definition: SearchMapper<Schema>): SearchMapper<Schema> {
  return definition;
}

export const searchMappers = {
  'legal-document': mapper({ kind: 'legal-document', source: LegalDocumentSchema, toSearchDocument: legalDocumentToSearchDocument }),
} as const satisfies Partial<Record<SearchKind, SearchMapper>>;

export type MappedKind = keyof typeof searchMappers;

export function isMappedKind(kind: string): kind is MappedKind {
  return Object.hasOwn(searchMappers, kind);
}

/**
 * The search record of a CMS item. Validates both sides (CMS → search is a boundary), so a CMS change that
 * breaks the mapping fails loudly at indexing time instead of indexing garbage.
 */
export function toSearchDocument(kind: MappedKind, item: unknown): SearchDocument {
  const definition: SearchMapper = searchMappers[kind];
  return SearchDocumentSchema.parse(definition.toSearchDocument(definition.source.parse(item)));
}

export { legalDocumentToSearchDocument, legalDocumentUrl } from './legal-document.ts';
