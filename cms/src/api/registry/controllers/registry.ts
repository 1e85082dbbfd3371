import { readFile } from 'node:fs/promises';
import type { RequestContext } from '../../../model/request-context';
import { importRecords } from '../../../services/registry/registry-import';
import { attachOriginalsToDocuments, type OriginalFile } from '../../../services/registry/originals';
import { importEdxmlPackage } from '../../../services/exchange/edxml-import';
import { EDXML_MAX_BYTES } from '../../../services/exchange/edxml-package';
import { RuleViolationError } from '../../../errors';
import { recordImport } from '../../../services/audit/audit-log';
import { LEGAL_DOCUMENT } from '../../../model/uids';
import { statisticsRows } from '../../../services/registry/statistics-rows';

type Upload = { filepath: string; originalFilename?: string | null; size: number };

/** The uploaded files of a multipart field, however many were sent. */
function uploads(ctx: RequestContext, field: string): Upload[] {
  const value = ctx.request.files?.[field];
  if (!value) return [];
  return Array.isArray(value) ? value : [value];
}

/** Uploaded files as originals: their bytes (to sniff and hash) and where they already are on disk. */
function originalFiles(files: Upload[]): Promise<OriginalFile[]> {
  return Promise.all(files.map(async (f) => ({ name: f.originalFilename || 'ban-goc', bytes: await readFile(f.filepath), path: f.filepath })));
}

/** Documents in one request of originals: enough for an import batch, few enough to answer quickly. */
const MAX_DOCUMENTS_PER_REQUEST = 250;

export default {
  async import(ctx: RequestContext) {
    const records = ctx.request.body?.records;
    if (!Array.isArray(records) || records.length > 500) {
      throw new RuleViolationError('Cần gửi { records: [...] } với tối đa 500 bản ghi mỗi lần.');
    }
    // One audit entry per batch, naming each record's outcome (cms/src/services/audit/audit-log.ts says why).
    ctx.body = { results: await recordImport(strapi, LEGAL_DOCUMENT, () => importRecords(strapi, records)) };
  },

  async importEdxml(ctx: RequestContext) {
    const [file, ...more] = uploads(ctx, 'package');
    if (!file || more.length) throw new RuleViolationError('Cần gửi đúng một gói edXML (trường multipart "package").');
    if (file.size > EDXML_MAX_BYTES) throw new RuleViolationError(`Gói edXML vượt giới hạn ${EDXML_MAX_BYTES / 1024 / 1024} MB.`);
    const name = file.originalFilename || 'goi.edxml';
    const draft = ctx.query?.draft === 'true' || ctx.query?.draft === '1';
    const bytes = await readFile(file.filepath);
    const [result] = await recordImport(strapi, LEGAL_DOCUMENT, async () => [await importEdxmlPackage(strapi, bytes, { file: name, draft })]);
    ctx.body = { result };
  },

  /**
   * Several documents' originals in one request: each multipart field is named by a document's documentId and
   * carries that document's files. Each document succeeds or fails alone (`results`, in the order received);
   * one audit entry for the request, as for an import batch.
   */
  async attachOriginalsBatch(ctx: RequestContext) {
    const documentIds = Object.keys(ctx.request.files ?? {});
    if (documentIds.length === 0) throw new RuleViolationError('Cần gửi tệp bản gốc: mỗi trường multipart mang documentId của văn bản, chứa các tệp của văn bản đó.');
    if (documentIds.length > MAX_DOCUMENTS_PER_REQUEST) throw new RuleViolationError(`Tối đa ${MAX_DOCUMENTS_PER_REQUEST} văn bản mỗi lần gửi bản gốc.`);
    const entries = await Promise.all(documentIds.map(async (documentId) => ({ documentId, files: await originalFiles(uploads(ctx, documentId)) })));
    const results = await attachOriginalsToDocuments(strapi, entries);
    await recordImport(strapi, LEGAL_DOCUMENT, async () =>
      results.map((r) => ('error' in r ? { action: 'failed', sourceKey: r.documentId, error: r.error } : { action: r.originals.some((o) => o.action === 'attached') ? 'updated' : 'unchanged', sourceKey: r.documentId })),
    );
    ctx.body = { results };
  },

  /** The published documents' statistics rows, a page at a time (?page=1…). */
  async statistics(ctx: RequestContext) {
    const page = Number(ctx.query?.page ?? 1);
    if (!Number.isInteger(page) || page < 1 || page > 100_000) throw new RuleViolationError('Tham số page phải là số nguyên từ 1.');
    ctx.body = await statisticsRows(strapi, page);
  },
};
