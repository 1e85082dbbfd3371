import type { LegalDocument, LegalDocumentSummary, Term } from '@cong/content';
import { cms } from '../cms/cms-client.ts';
import {
  CMS_MAX_PAGE_SIZE,
  DOCUMENT_TYPES,
  detailParams,
  incomingParams,
  ISSUING_BODIES,
  LEGAL_DOCUMENTS,
  LEGAL_FIELDS,
  latestParams,
  listParams,
  resolveParams,
  sitemapParams,
  termParams,
} from '../cms/cms-queries.ts';
import { env } from '../server/env.ts';
import type { KnownTerms, ListQuery } from './list-query.ts';
import { buildRelations, documentKey, outgoingKeys, toLegalDocument, toSummary, toTerm } from './map-legal-document.ts';
import {
  StrapiLegalDocumentListSchema,
  type StrapiPagination,
  StrapiRelatedDocumentListSchema,
  StrapiSitemapListSchema,
  StrapiTermListSchema,
} from '../cms/strapi-schemas.ts';

/** Reading the legal-document registry from the CMS, as the content model's DTOs. All reads are cached. */

export interface DocumentPage {
  items: LegalDocumentSummary[];
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

function toPage(items: LegalDocumentSummary[], pagination: StrapiPagination): DocumentPage {
  return {
    items,
    page: pagination.page,
    pageSize: pagination.pageSize,
    pageCount: pagination.pageCount,
    total: pagination.total,
  };
}

export async function listDocuments(query: ListQuery): Promise<DocumentPage> {
  const body = await cms().get(LEGAL_DOCUMENTS, listParams(query), StrapiLegalDocumentListSchema);
  return toPage(
    body.data.map((raw) => toSummary(raw)),
    body.meta.pagination,
  );
}

export async function latestDocuments(limit: number, by: 'issued' | 'published'): Promise<LegalDocumentSummary[]> {
  const body = await cms().get(LEGAL_DOCUMENTS, latestParams(limit, by), StrapiLegalDocumentListSchema);
  return body.data.map((raw) => toSummary(raw));
}

/** The slugs the CMS produces (content's slugify/numberSlug); anything else is not looked up at all. */
const SLUG = /^[A-Za-z0-9][A-Za-z0-9._~-]{0,199}$/;

export interface DocumentView {
  document: LegalDocument;
  /** An editor flagged the record for review (e.g. an import it could not fully read). */
  needsReview: boolean;
}

/** A published document with both directions of its relations, or null when there is none with this slug. */
export async function getDocument(slug: string): Promise<DocumentView | null> {
  if (!SLUG.test(slug)) return null;
  const client = cms();
  const found = await client.get(LEGAL_DOCUMENTS, detailParams(slug), StrapiLegalDocumentListSchema);
  const raw = found.data[0];
  if (!raw) return null;

  const key = documentKey(raw);
  const targets = outgoingKeys(raw).slice(0, CMS_MAX_PAGE_SIZE);
  const [resolved, incoming] = await Promise.all([
    targets.length > 0 ? client.get(LEGAL_DOCUMENTS, resolveParams(targets), StrapiRelatedDocumentListSchema) : null,
    key ? client.get(LEGAL_DOCUMENTS, incomingParams(key), StrapiRelatedDocumentListSchema) : null,
  ]);

  const relations = buildRelations(raw, resolved?.data ?? [], incoming?.data ?? []);
  const document = toLegalDocument(raw, relations, {
    cmsBase: env.CMS_URL,
    onInvalid: (issue) => console.warn(`[cms] document ${raw.slug}: ${issue}`),
  });
  return { document, needsReview: raw.needsReview ?? false };
}

export interface Taxonomies {
  types: Term[];
  issuers: Term[];
  fields: Term[];
}

async function allTerms(path: typeof DOCUMENT_TYPES | typeof ISSUING_BODIES | typeof LEGAL_FIELDS, sort: string[]) {
  const terms: Term[] = [];
  for (let page = 1; ; page += 1) {
    const body = await cms().get(path, termParams(page, sort), StrapiTermListSchema);
    for (const raw of body.data) {
      const term = toTerm(raw);
      if (term) terms.push(term);
    }
    if (page >= body.meta.pagination.pageCount) return terms;
  }
}

/** The filter vocabularies: document types in their catalogue order, the others alphabetically. */
export async function getTaxonomies(): Promise<Taxonomies> {
  const [types, issuers, fields] = await Promise.all([
    allTerms(DOCUMENT_TYPES, ['order:asc', 'name:asc']),
    allTerms(ISSUING_BODIES, ['name:asc']),
    allTerms(LEGAL_FIELDS, ['name:asc']),
  ]);
  return { types, issuers, fields };
}

export function knownTerms(taxonomies: Taxonomies): KnownTerms {
  return {
    type: new Set(taxonomies.types.map((term) => term.slug)),
    issuer: new Set(taxonomies.issuers.map((term) => term.slug)),
    field: new Set(taxonomies.fields.map((term) => term.slug)),
  };
}

/** Every published document's slug and last change, paging through the CMS 100 at a time. */
export async function sitemapEntries(): Promise<{ slug: string; updatedAt: string | null }[]> {
  const entries: { slug: string; updatedAt: string | null }[] = [];
  for (let page = 1; ; page += 1) {
    const body = await cms().get(LEGAL_DOCUMENTS, sitemapParams(page), StrapiSitemapListSchema);
    for (const raw of body.data) entries.push({ slug: raw.slug, updatedAt: raw.updatedAt ?? null });
    if (page >= body.meta.pagination.pageCount) return entries;
  }
}
