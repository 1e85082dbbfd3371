import type { Core } from '@strapi/strapi';
import { ImportRecordSchema, numberKey, slugify, type ImportRecord } from '@cong/content';
import { DOCUMENT_TYPE, ISSUING_BODY, LEGAL_DOCUMENT, LEGAL_FIELD, SIGNER } from './uids';
import { withDeferredValidity } from './validity-sync';

type Row = Record<string, any>;

export type ImportOutcome = {
  sourceKey: string;
  number: string | null;
  action: 'created' | 'updated' | 'failed';
  published: boolean;
  needsReview: boolean;
  slug?: string | null;
  error?: string;
};

/**
 * Upserts a batch of records through the document service (so every registry rule applies), keyed by number
 * and issuing body, or by sourceKey for records that have no number yet. Re-importing never duplicates.
 * One transaction per batch keeps SQLite fast; validity is re-derived once per batch, not per document.
 */
export async function importRecords(strapi: Core.Strapi, input: unknown[]): Promise<ImportOutcome[]> {
  const terms = new TermCache(strapi);
  const outcomes: ImportOutcome[] = [];
  await withDeferredValidity(strapi, async () => {
    for (const raw of input) {
      const parsed = ImportRecordSchema.safeParse(raw);
      if (!parsed.success) {
        const r = (raw ?? {}) as Row;
        outcomes.push({
          sourceKey: String(r.sourceKey ?? '?'),
          number: r.number ?? null,
          action: 'failed',
          published: false,
          needsReview: false,
          error: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
        });
        continue;
      }
      try {
        outcomes.push(await strapi.db.transaction(() => upsert(strapi, parsed.data, terms)));
      } catch (error) {
        const record = parsed.data;
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
  });
  return outcomes;
}

async function upsert(strapi: Core.Strapi, record: ImportRecord, terms: TermCache): Promise<ImportOutcome> {
  const [documentType, issuingBody, signer, fields] = await Promise.all([
    terms.get(DOCUMENT_TYPE, record.type),
    terms.get(ISSUING_BODY, record.issuer),
    record.signer ? terms.signer(record.signer, record.signerTitle) : Promise.resolve(null),
    Promise.all(record.fields.map((f) => terms.get(LEGAL_FIELD, f))),
  ]);
  const key = record.number ? numberKey(record.number) : null;
  const existing: Row | null = await strapi.db.query(LEGAL_DOCUMENT).findOne({
    where: key ? { numberKey: key, issuingBody: { id: issuingBody.id } } : { sourceKey: record.sourceKey },
    select: ['documentId'],
  });
  const data = {
    number: record.number,
    title: record.title,
    documentType: documentType.documentId,
    issuingBody: issuingBody.documentId,
    signer: signer?.documentId ?? null,
    signerTitle: record.signerTitle,
    issuedDate: record.issuedDate,
    effectiveDate: record.effectiveDate,
    expiryDate: record.expiryDate,
    gazetteNumber: record.gazetteNumber,
    gazetteDate: record.gazetteDate,
    fields: fields.map((f) => f.documentId),
    body: record.text,
    relations: record.relations.map((r) => ({ kind: r.kind, targetNumber: r.targetNumber, partial: r.partial ?? false, note: r.note ?? null })),
    needsReview: record.needsReview,
    reviewNote: record.reviewNote,
    sourceKey: record.sourceKey,
  };
  const docs = strapi.documents(LEGAL_DOCUMENT as any) as any;
  const saved = existing
    ? await docs.update({ documentId: existing.documentId, data })
    : await docs.create({ data });
  if (record.publish) await docs.publish({ documentId: saved.documentId });
  return {
    sourceKey: record.sourceKey,
    number: record.number,
    action: existing ? 'updated' : 'created',
    published: record.publish,
    needsReview: record.needsReview,
    slug: saved.slug ?? null,
  };
}

/** Taxonomy terms are found by name or created on first use, once per batch. */
class TermCache {
  private cache = new Map<string, Promise<Row>>();
  constructor(private readonly strapi: Core.Strapi) {}

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
    const found = await this.strapi.db.query(uid as any).findOne({ where: slug ? { $or: [where, { slug }] } : where, select: ['id', 'documentId'] });
    if (found) return found;
    const created = await (this.strapi.documents(uid as any) as any).create({ data });
    return { id: created.id, documentId: created.documentId };
  }
}
