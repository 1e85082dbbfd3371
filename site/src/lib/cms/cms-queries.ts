import type { ListQuery, ListSort } from '../registry/list-query.ts';
import type { StrapiParams } from './strapi-query.ts';

/**
 * The Strapi REST queries the site makes, as data. Strapi runs with strictParams, so every field and populate
 * named here must exist in cms/src/api/legal-document/content-types/legal-document/schema.json.
 */

export const LEGAL_DOCUMENTS = '/api/legal-documents' as const;
export const DOCUMENT_TYPES = '/api/document-types' as const;
export const ISSUING_BODIES = '/api/issuing-bodies' as const;
export const LEGAL_FIELDS = '/api/legal-fields' as const;

/** Strapi's maxLimit (cms/config/api.ts). */
export const CMS_MAX_PAGE_SIZE = 100;

const TERM_FIELDS = ['name', 'slug'];

/** What a list row, the RSS feed and the list API show: no body, no attachments. */
const SUMMARY_FIELDS = [
  'number',
  'numberKey',
  'slug',
  'title',
  'signerTitle',
  'issuedDate',
  'effectiveDate',
  'expiryDate',
  'validityStatus',
  'updatedAt',
  'publishedAt',
  'firstPublishedAt',
];

const SUMMARY_POPULATE: StrapiParams = {
  documentType: { fields: TERM_FIELDS },
  issuingBody: { fields: TERM_FIELDS },
  signer: { fields: ['name', 'title'] },
  fields: { fields: TERM_FIELDS },
};

/** Ties broken by id so that paging through a sorted list never repeats or skips a document. */
const SORTS: Record<ListSort, string[]> = {
  'issued-desc': ['issuedDate:desc', 'id:desc'],
  'issued-asc': ['issuedDate:asc', 'id:asc'],
  'effective-desc': ['effectiveDate:desc', 'issuedDate:desc', 'id:desc'],
  number: ['numberKey:asc', 'id:asc'],
};

export function listParams(query: ListQuery): StrapiParams {
  const filters: StrapiParams = {};
  if (query.type) filters.documentType = { slug: { $eq: query.type } };
  if (query.issuer) filters.issuingBody = { slug: { $eq: query.issuer } };
  if (query.field) filters.fields = { slug: { $eq: query.field } };
  if (query.year) filters.issuedDate = { $gte: `${query.year}-01-01`, $lte: `${query.year}-12-31` };
  if (query.status) filters.validityStatus = { $eq: query.status };
  return {
    filters,
    fields: SUMMARY_FIELDS,
    populate: SUMMARY_POPULATE,
    sort: SORTS[query.sort],
    pagination: { page: query.page, pageSize: query.pageSize },
  };
}

/** The newest documents: by issued date (home page) or by publication (RSS: what was just posted). */
export function latestParams(limit: number, by: 'issued' | 'published'): StrapiParams {
  return {
    fields: SUMMARY_FIELDS,
    populate: SUMMARY_POPULATE,
    sort: by === 'issued' ? ['issuedDate:desc', 'id:desc'] : ['publishedAt:desc', 'id:desc'],
    pagination: { page: 1, pageSize: limit },
  };
}

export function detailParams(slug: string): StrapiParams {
  return {
    filters: { slug: { $eq: slug } },
    populate: {
      ...SUMMARY_POPULATE,
      attachments: { fields: ['name', 'url', 'mime', 'ext', 'size', 'signatureReport'] },
      relations: true,
    },
    pagination: { page: 1, pageSize: 1 },
  };
}

const RELATED_FIELDS = ['number', 'numberKey', 'slug', 'title'];

/** Documents whose relations point at `key`: the incoming side of this document's relations. */
export function incomingParams(key: string): StrapiParams {
  return {
    filters: { relations: { targetNumberKey: { $eq: key } } },
    fields: RELATED_FIELDS,
    populate: { relations: true },
    sort: ['issuedDate:desc', 'id:desc'],
    pagination: { page: 1, pageSize: CMS_MAX_PAGE_SIZE },
  };
}

/** The published documents among `keys`, in one request: the outgoing targets that can be linked. */
export function resolveParams(keys: readonly string[]): StrapiParams {
  return {
    filters: { numberKey: { $in: [...keys].sort() } },
    fields: RELATED_FIELDS,
    pagination: { page: 1, pageSize: CMS_MAX_PAGE_SIZE },
  };
}

/** One page of every published document's number, relations and title (the open-data files' relations). */
export function openDataRelationParams(page: number): StrapiParams {
  return {
    fields: RELATED_FIELDS,
    populate: { relations: true },
    sort: ['issuedDate:desc', 'id:desc'],
    pagination: { page, pageSize: CMS_MAX_PAGE_SIZE },
  };
}

/** One page of every published document as its page shows it, full text included, oldest first (the open-data files). */
export function openDataDocumentParams(page: number, pageSize: number): StrapiParams {
  const { filters: _one, pagination: _first, ...detail } = detailParams('');
  return { ...detail, sort: ['id:asc'], pagination: { page, pageSize } };
}

/** One page of every published document's slug and last change (the sitemap). */
export function sitemapParams(page: number): StrapiParams {
  return {
    fields: ['slug', 'updatedAt'],
    sort: ['id:asc'],
    pagination: { page, pageSize: CMS_MAX_PAGE_SIZE },
  };
}

export function termParams(page: number, sort: string[]): StrapiParams {
  return {
    fields: TERM_FIELDS,
    sort,
    pagination: { page, pageSize: CMS_MAX_PAGE_SIZE },
  };
}
