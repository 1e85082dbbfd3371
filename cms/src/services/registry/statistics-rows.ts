import type { Core } from '@strapi/strapi';
import { LEGAL_DOCUMENT } from '../../model/uids';

/**
 * The published documents as the electronic-document statistics read them (content/src/electronic-document-statistics.ts),
 * a page at a time: no text, only the type, the dates, how the document came in and its originals' signature
 * reports. A route of its own rather than the REST list because the REST list refuses a field it does not know
 * (strictParams), and two of these arrive with other features: `receivedVia` (the edXML import) and each file's
 * `signatureReport` (signature verification). Read here from whatever the model has, they are simply absent before.
 */

export const STATISTICS_PAGE_SIZE = 1000;

/** Read when the model has them. */
const OPTIONAL_FIELDS = ['receivedVia'];

/** A legal-document row as read here (the optional fields absent before their features). */
type Row = {
  documentId: string;
  issuedDate?: string | null;
  publishedAt?: string | Date | null;
  firstPublishedAt?: string | Date | null;
  receivedVia?: string | null;
  documentType?: { name?: string } | null;
  attachments?: Array<{ signatureReport?: unknown }> | null;
};

export async function statisticsRows(strapi: Core.Strapi, page: number): Promise<{ data: unknown[]; meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } } }> {
  const attributes = strapi.contentType(LEGAL_DOCUMENT).attributes as Record<string, unknown>;
  const where = { publishedAt: { $notNull: true } };
  const total = await strapi.db.query(LEGAL_DOCUMENT).count({ where });
  const rows = await strapi.db.query(LEGAL_DOCUMENT).findMany({
    where,
    select: ['documentId', 'issuedDate', 'publishedAt', 'firstPublishedAt', ...OPTIONAL_FIELDS.filter((field) => field in attributes)],
    // Every column of the files: a signature report is one of them once verification stores it.
    populate: { documentType: { select: ['documentId', 'name'] }, attachments: true },
    orderBy: [{ id: 'asc' }],
    limit: STATISTICS_PAGE_SIZE,
    offset: (page - 1) * STATISTICS_PAGE_SIZE,
  });
  const data = (rows as Row[]).map((row) => ({
    documentId: row.documentId,
    type: row.documentType?.name ?? null,
    issuedDate: row.issuedDate ?? null,
    firstPublishedAt: toIso(row.firstPublishedAt ?? row.publishedAt),
    receivedVia: row.receivedVia ?? null,
    attachments: (row.attachments ?? []).map((file) => ({ signatureReport: file.signatureReport ?? null })),
  }));
  return { data, meta: { pagination: { page, pageSize: STATISTICS_PAGE_SIZE, pageCount: Math.ceil(total / STATISTICS_PAGE_SIZE), total } } };
}

function toIso(value: string | Date | null | undefined): string | null {
  return value ? new Date(value).toISOString() : null;
}
