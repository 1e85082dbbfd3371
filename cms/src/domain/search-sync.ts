import type { Core } from '@strapi/strapi';
import { relationLabel, type LegalDocument } from '@cong/content';
import { createSearchEngine, legalDocumentToSearchDocument, type SearchEngine } from '@cong/search';
import { LEGAL_DOCUMENT } from './uids';

type Row = Record<string, any>;

/**
 * Keeps the search index true to what is published. Every change reaches it through `SearchSync.enqueue`
 * (called by the one document-service middleware and by the import endpoint); the queue drains at once in
 * the background and retries with backoff, logging each failure, so a search outage never blocks an editor.
 */
export class SearchSync {
  private pending = new Set<string>();
  private removals = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private failures = 0;

  constructor(
    private readonly strapi: Core.Strapi,
    readonly engine: SearchEngine,
  ) {}

  /** Re-index these documents (by documentId) and drop these search ids (a slug that changed or went away). */
  enqueue(documentIds: Iterable<string>, removeIds: Iterable<string> = []): void {
    const ids = [...documentIds];
    const removals = [...removeIds];
    if (this.strapi.db.inTransaction()) {
      // Index what was committed, never what may still roll back (another connection would not see it yet).
      void this.strapi.db.transaction(async ({ onCommit }) => onCommit(() => this.enqueue(ids, removals)));
      return;
    }
    for (const id of ids) this.pending.add(id);
    for (const id of removals) this.removals.add(id);
    this.schedule(0);
  }

  /** Waits until everything queued so far is in the index (the importer counts indexing in its time). */
  async flush(): Promise<void> {
    while (this.pending.size || this.removals.size || this.running) {
      if (this.timer) {
        clearTimeout(this.timer);
        this.timer = null;
      }
      await (this.running ?? this.drain());
      if (this.failures) throw new Error('Chỉ mục tìm kiếm chưa cập nhật được; hệ thống sẽ tự thử lại.');
    }
  }

  get backlog(): number {
    return this.pending.size + this.removals.size;
  }

  private schedule(delayMs: number): void {
    if (this.timer || this.running) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.drain();
    }, delayMs);
    this.timer.unref();
  }

  private drain(): Promise<void> {
    this.running = (async () => {
      const ids = [...this.pending];
      const removals = [...this.removals];
      this.pending.clear();
      this.removals.clear();
      try {
        if (removals.length) await this.engine.remove(removals);
        for (let i = 0; i < ids.length; i += 200) {
          const { docs, missing } = await loadSearchDocuments(this.strapi, ids.slice(i, i + 200));
          if (docs.length) await this.engine.upsert(docs);
          // Not published (any more): make sure no stale copy answers searches.
          if (missing.length) await this.engine.remove(await searchIdsOfUnpublished(this.strapi, missing));
        }
        this.failures = 0;
      } catch (error) {
        for (const id of ids) this.pending.add(id);
        for (const id of removals) this.removals.add(id);
        this.failures += 1;
        const retryIn = Math.min(60_000, 1000 * 2 ** Math.min(this.failures - 1, 6));
        this.strapi.log.error(`[search] indexing ${ids.length + removals.length} item(s) failed (attempt ${this.failures}), retrying in ${retryIn / 1000}s: ${(error as Error).message}`);
        this.running = null;
        this.schedule(retryIn);
        return;
      }
      this.running = null;
      if (this.pending.size || this.removals.size) this.schedule(0);
    })();
    return this.running;
  }
}

const SEARCH_POPULATE = {
  documentType: { select: ['name', 'slug'] },
  issuingBody: { select: ['name', 'slug'] },
  signer: { select: ['name', 'title'] },
  fields: { select: ['name', 'slug'] },
  relations: true,
};

/** Published legal documents as search records; `missing` lists the ids that have no published version. */
export async function loadSearchDocuments(strapi: Core.Strapi, documentIds: string[]) {
  const rows: Row[] = await strapi.db.query(LEGAL_DOCUMENT).findMany({
    where: { documentId: { $in: documentIds }, publishedAt: { $notNull: true } },
    populate: SEARCH_POPULATE,
  });
  const found = new Set(rows.map((r) => r.documentId));
  const docs = rows.filter((row) => row.slug).map((row) => legalDocumentToSearchDocument(toLegalDocument(row)));
  return { docs, missing: documentIds.filter((id) => !found.has(id)) };
}

async function searchIdsOfUnpublished(strapi: Core.Strapi, documentIds: string[]): Promise<string[]> {
  const rows: Row[] = await strapi.db.query(LEGAL_DOCUMENT).findMany({ where: { documentId: { $in: documentIds } }, select: ['slug'] });
  return rows.filter((r) => r.slug).map((r) => searchIdOf(r.slug));
}

export function searchIdOf(slug: string): string {
  return `legal-document:${slug}`;
}

/** Every published document, page by page, for `npm run reindex`. */
export async function* allSearchDocuments(strapi: Core.Strapi) {
  for (let offset = 0; ; offset += 500) {
    const rows: Row[] = await strapi.db.query(LEGAL_DOCUMENT).findMany({
      where: { publishedAt: { $notNull: true }, slug: { $notNull: true } },
      populate: SEARCH_POPULATE,
      orderBy: { id: 'asc' },
      limit: 500,
      offset,
    });
    for (const row of rows) yield legalDocumentToSearchDocument(toLegalDocument(row));
    if (rows.length < 500) return;
  }
}

export async function countPublished(strapi: Core.Strapi): Promise<number> {
  return strapi.db.query(LEGAL_DOCUMENT).count({ where: { publishedAt: { $notNull: true }, slug: { $notNull: true } } });
}

const day = (value: unknown): string | null => {
  if (!value) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).slice(0, 10);
};

/** The stored row in the shape of the public DTO, as far as search needs it (outgoing relations only). */
function toLegalDocument(row: Row): LegalDocument {
  const term = (t: Row | null | undefined) => (t ? { name: t.name, slug: t.slug } : null);
  return {
    slug: row.slug,
    number: row.number ?? null,
    type: term(row.documentType),
    title: row.title,
    issuer: term(row.issuingBody),
    signer: row.signer ? { name: row.signer.name, title: row.signerTitle ?? row.signer.title ?? null } : null,
    issuedDate: day(row.issuedDate),
    effectiveDate: day(row.effectiveDate),
    expiryDate: day(row.expiryDate),
    status: row.validityStatus ?? 'not-yet-effective',
    fields: (row.fields ?? []).map(term),
    updatedAt: new Date(row.updatedAt ?? Date.now()).toISOString(),
    gazetteNumber: row.gazetteNumber ?? null,
    gazetteDate: day(row.gazetteDate),
    text: row.body ?? '',
    attachments: [],
    signedOriginal: !!row.signedOriginal,
    relations: (row.relations ?? []).map((r: Row) => ({
      kind: r.kind,
      direction: 'outgoing' as const,
      label: relationLabel(r.kind, 'outgoing'),
      number: r.targetNumber,
      slug: null,
      title: null,
      partial: !!r.partial,
      note: r.note ?? null,
    })),
    history: [],
  };
}

let instance: SearchSync | null = null;

/** The CMS's one search sync, created at register time from the environment (MEILISEARCH_URL or embedded). */
export function searchSync(strapi: Core.Strapi): SearchSync {
  if (!instance) {
    const engine = createSearchEngine(process.env, {
      dataDir: process.env.CONG_DATA_DIR,
      log: { warn: (m) => strapi.log.warn(`[search] ${m}`), error: (m) => strapi.log.error(`[search] ${m}`) },
    });
    instance = new SearchSync(strapi, engine);
  }
  return instance;
}
