import type { Core } from '@strapi/strapi';
import { describeIssues, ImportRecordSchema, type ReceivedVia, normalizeInput, numberSlug, parseDocumentNumber, slugify, type ImportOutcome, type ImportRecord } from '@cong/content';
import { DOCUMENT_TYPE, ISSUING_BODY, LEGAL_DOCUMENT, LEGAL_FIELD, SIGNER } from '../../model/uids';
import { refreshValidity, withDeferredValidity } from './validity-sync';
import { uniqueSlug } from './slugs';
import { withRelationKeys } from '../../rules/document-relations';
import { RuleViolationError } from '../../errors';
import { announceChanges } from '../change-feed/announce';
import { createDocumentVersions } from '../../strapi-internals/document-rows';
import { searchSync } from '../search/search-sync';

type Row = Record<string, any>;

/**
 * Upserts a batch of records through the document service (so every registry rule applies), keyed by number
 * and issuing body, or by sourceKey for records that have no number yet. Re-importing never duplicates.
 * One transaction per batch keeps SQLite fast; validity is re-derived once per batch, not per document.
 */
/**
 * How the batch entered the registry: set on the documents it creates (never changed afterwards: an editor's
 * document re-imported stays an editor's); an edXML package's sender and arrival are written on every import of it.
 */
export type ImportProvenance = { receivedVia: Exclude<ReceivedVia, 'editor'>; exchangeSender?: string | null; exchangeReceivedAt?: string | null };

export async function importRecords(strapi: Core.Strapi, input: unknown[], provenance: ImportProvenance = { receivedVia: 'import' }): Promise<ImportOutcome[]> {
  const terms = new TermCache(strapi);
  const outcomes: ImportOutcome[] = [];
  const valid: ImportRecord[] = [];
  for (const raw of input) {
    const parsed = ImportRecordSchema.safeParse(raw);
    if (parsed.success) {
      valid.push(parsed.data);
      continue;
    }
    const r = (raw ?? {}) as Row;
    outcomes.push({
      sourceKey: String(r.sourceKey ?? '?'),
      number: r.number ?? null,
      action: 'failed',
      published: false,
      needsReview: false,
      error: describeIssues(parsed.error),
    });
  }
  await withDeferredValidity(strapi, async () => {
    // One transaction for the whole batch (a commit per document costs more than the writes); if any record
    // fails, the batch is rolled back and replayed one record per transaction so only that record fails.
    try {
      const batch = await strapi.db.transaction(async () => {
        const results: ImportOutcome[] = [];
        for (const record of valid) results.push(await upsert(strapi, record, terms, provenance));
        return results;
      });
      outcomes.push(...batch);
    } catch {
      terms.clear();
      for (const record of valid) {
        try {
          outcomes.push(await strapi.db.transaction(() => upsert(strapi, record, terms, provenance)));
        } catch (error) {
          terms.clear();
          outcomes.push({
            sourceKey: record.sourceKey,
            number: record.number,
            action: 'failed',
            published: false,
            needsReview: record.needsReview,
            error: (error as Error).message,
          });
        }
      }
    }
  });
  // Import indexes as it goes: the batch answers once its documents are searchable.
  await searchSync(strapi).flush();
  return outcomes;
}

async function upsert(strapi: Core.Strapi, record: ImportRecord, terms: TermCache, provenance: ImportProvenance): Promise<ImportOutcome> {
  const [documentType, issuingBody, signer, fields] = await Promise.all([
    terms.get(DOCUMENT_TYPE, record.type),
    terms.get(ISSUING_BODY, record.issuer),
    record.signer ? terms.signer(record.signer, record.signerTitle) : Promise.resolve(null),
    Promise.all(record.fields.map((f) => terms.get(LEGAL_FIELD, f))),
  ]);
  const parsedNumber = record.number ? parseDocumentNumber(record.number) : null;
  if (parsedNumber && !parsedNumber.ok) {
    // A record whose number does not parse is still imported, as a draft flagged for an editor.
    if (record.publish) throw new RuleViolationError(parsedNumber.error, 'number');
  }
  const key = parsedNumber?.ok ? parsedNumber.value.key : null;
  const existing: Row | null = await strapi.db.query(LEGAL_DOCUMENT).findOne({
    where: key ? { numberKey: key, issuingBody: { id: issuingBody.id } } : { sourceKey: record.sourceKey },
    select: ['documentId'],
  });
  const data = {
    number: parsedNumber?.ok ? record.number : null,
    title: record.title,
    signerTitle: record.signerTitle,
    issuedDate: record.issuedDate,
    effectiveDate: record.effectiveDate,
    expiryDate: record.expiryDate,
    gazetteNumber: record.gazetteNumber,
    gazetteDate: record.gazetteDate,
    body: record.text,
    relations: record.relations.map((r) => ({ kind: r.kind, targetNumber: r.targetNumber, partial: r.partial ?? false, articles: r.articles?.trim() || null, note: r.note ?? null })),
    needsReview: record.needsReview,
    reviewNote: record.reviewNote,
    sourceKey: record.sourceKey,
  };
  const outcome = { sourceKey: record.sourceKey, number: record.number, published: record.publish, needsReview: record.needsReview };
  const exchange = provenance.receivedVia === 'edxml' ? { exchangeSender: provenance.exchangeSender ?? null, exchangeReceivedAt: provenance.exchangeReceivedAt ?? null } : {};
  if (!existing) {
    const links = { documentType: documentType.id, issuingBody: issuingBody.id, signer: signer?.id ?? null, fields: fields.map((f) => f.id) };
    const created = await createDocumentRows(strapi, { ...data, receivedVia: provenance.receivedVia, ...exchange }, links, { numberKey: key, issuerSlug: issuingBody.slug ?? null, publish: record.publish });
    return { ...outcome, action: 'created', ...created };
  }
  // Updates go through the document service, so every registry rule and event applies as for an editor.
  const docs = strapi.documents(LEGAL_DOCUMENT as any) as any;
  const saved = await docs.update({
    documentId: existing.documentId,
    data: {
      ...data,
      documentType: documentType.documentId,
      issuingBody: issuingBody.documentId,
      signer: signer?.documentId ?? null,
      fields: fields.map((f) => f.documentId),
    },
  });
  // The provenance fields are the CMS's own (document-middlewares/provenance.ts keeps every document-service write
  // off them), so a package's sender and arrival are written beside it, on every version of the document.
  if (Object.keys(exchange).length) await strapi.db.query(LEGAL_DOCUMENT).updateMany({ where: { documentId: existing.documentId }, data: exchange });
  if (record.publish) await docs.publish({ documentId: saved.documentId });
  return { ...outcome, action: 'updated', slug: saved.slug ?? null, documentId: existing.documentId };
}

/**
 * A new document is written as Strapi stores it (a draft row and, when published, a published row, each with
 * its own relation components) with the same rules the document-service middleware applies: NFC text,
 * parsed number, unique slug, relation keys; validity is re-derived at the end of the batch. The document
 * service's publish re-reads and clones the whole document (~40 ms each here), which would cap an archive
 * import at ~25 documents/s; this path is an order of magnitude faster and yields identical rows.
 */
async function createDocumentRows(
  strapi: Core.Strapi,
  input: Row,
  links: { documentType: number; issuingBody: number; signer: number | null; fields: number[] },
  options: { numberKey: string | null; issuerSlug: string | null; publish: boolean },
): Promise<{ slug: string | null; documentId: string }> {
  const data = normalizeInput(input);
  const slug = data.number ? await uniqueSlug(strapi, numberSlug(data.number)!, options.issuerSlug, undefined) : null;
  const relations = withRelationKeys(data.relations);
  const documentId = await createDocumentVersions(strapi, LEGAL_DOCUMENT, {
    // A published import is its first publication (services/registry/first-publication.ts).
    data: { ...data, ...links, numberKey: options.numberKey, slug, ...(options.publish ? { firstPublishedAt: new Date() } : {}) },
    publish: options.publish,
    component: { field: 'relations', uid: 'legal.relation', entries: relations },
  });
  const keys = [options.numberKey, ...relations.map((r) => r.targetNumberKey)].filter((k): k is string => !!k);
  await refreshValidity(strapi, keys, options.numberKey ? [] : [documentId]);
  // Written without the document service, so neither the change feed's middleware nor search's sees it: announced
  // and indexed here. A draft is nothing the site shows.
  if (options.publish) {
    announceChanges(strapi, LEGAL_DOCUMENT, [documentId]);
    searchSync(strapi).enqueue(LEGAL_DOCUMENT, [documentId]);
  }
  return { slug, documentId };
}


/** Taxonomy terms are found by name or created on first use, once per batch. */
class TermCache {
  private cache = new Map<string, Promise<Row>>();
  constructor(private readonly strapi: Core.Strapi) {}

  /** After a rollback, terms created inside it no longer exist. */
  clear(): void {
    this.cache.clear();
  }

  get(uid: string, name: string): Promise<Row> {
    const cacheKey = `${uid}|${name}`;
    let hit = this.cache.get(cacheKey);
    if (!hit) {
      hit = this.findOrCreate(uid, { name }, { name, slug: slugify(name) });
      this.cache.set(cacheKey, hit);
    }
    return hit;
  }

  signer(name: string, title: string | null): Promise<Row> {
    const cacheKey = `${SIGNER}|${name}`;
    let hit = this.cache.get(cacheKey);
    if (!hit) {
      hit = this.findOrCreate(SIGNER, { name }, { name, title });
      this.cache.set(cacheKey, hit);
    }
    return hit;
  }

  private async findOrCreate(uid: string, where: Row, data: Row): Promise<Row> {
    const slug = data.slug as string | undefined;
    const select = uid === SIGNER ? ['id', 'documentId'] : ['id', 'documentId', 'slug'];
    const found = await this.strapi.db.query(uid as any).findOne({ where: slug ? { $or: [where, { slug }] } : where, select });
    if (found) return found;
    const created = await (this.strapi.documents(uid as any) as any).create({ data });
    return { id: created.id, documentId: created.documentId, slug: created.slug };
  }
}
