import type { Core, UID } from '@strapi/strapi';
import { describeIssues, documentSigner, type TextLayer, type HasIssues, PUBLISHED_ANSWER_FILTER, relationLabel, slugify, type LegalDocument, type RelationKind } from '@cong/content';
import { searchIdOf, searchMappers, toSearchDocument, type SearchableType, type SearchDocument } from '@cong/search';
import { AGENCY_PROFILE, ARTICLE, CONSULTATION, LEGAL_DOCUMENT, PROJECT, PUBLIC_SERVICE, QUESTION, STATISTIC_REPORT } from '../../model/uids';
import { isoDay } from '../../model/rows';
import { textLayersOf } from '../original-text/original-text-store';

type Row = Record<string, unknown>;

/**
 * What search covers, as one table: for each searchable content type, which of its stored rows the public sees
 * (exactly those are indexed) and which mapper of @cong/search turns a row into a search record. The sync queue,
 * the document-service middleware and `npm run reindex` all read this table, so a new content type becomes
 * searchable by adding its mapper and one line here.
 */
export type SearchSource = {
  uid: UID.ContentType;
  /** The mapper (`searchMappers` in @cong/search). */
  type: SearchableType;
  /** The rows the public sees, as a query-engine filter. */
  where: Row;
  populate?: Row;
  /**
   * The stored row in the mapper's source shape. Without it the row is handed over as stored: Strapi keeps the
   * same flat record its REST API answers, and the mapper's schema drops what it does not declare (private fields).
   */
  toSource?: (row: Row) => unknown;
  /** Adds to a page of rows what their populate cannot reach (a legal document's originals' text), before mapping. */
  enrich?: (strapi: Core.Strapi, rows: Row[]) => Promise<void>;
};

/** Draft and publish: the published version, once it has the slug its public address needs. */
const PUBLISHED_WITH_SLUG = { publishedAt: { $notNull: true }, slug: { $notNull: true } };

export const SEARCH_SOURCES: readonly SearchSource[] = [
  {
    uid: LEGAL_DOCUMENT,
    type: 'legal-document',
    where: PUBLISHED_WITH_SLUG,
    populate: {
      documentType: { select: ['name', 'slug'] },
      issuingBody: { select: ['name', 'slug'] },
      signer: { select: ['name', 'title'] },
      fields: { select: ['name', 'slug'] },
      relations: true,
      attachments: { select: ['id', 'name', 'url'] },
    },
    enrich: withOriginalText,
    toSource: toLegalDocument,
  },
  { uid: CONSULTATION, type: 'consultation', where: PUBLISHED_WITH_SLUG },
  { uid: ARTICLE, type: 'article', where: PUBLISHED_WITH_SLUG },
  // The list sections and the profile have no drafts: whatever is stored is public.
  { uid: PUBLIC_SERVICE, type: 'public-service', where: {} },
  { uid: PROJECT, type: 'project', where: {} },
  { uid: STATISTIC_REPORT, type: 'statistic-report', where: { slug: { $notNull: true } } },
  // A question is public once answered and marked "show publicly" (the rule the site's list and API use).
  { uid: QUESTION, type: 'question', where: PUBLISHED_ANSWER_FILTER },
  { uid: AGENCY_PROFILE, type: 'agency-profile', where: {} },
];

const byUid = new Map(SEARCH_SOURCES.map((source) => [source.uid, source]));

export function searchSourceOf(uid: string): SearchSource | undefined {
  return byUid.get(uid as UID.ContentType);
}

/**
 * The search ids these items have now (only their public rows count), read from the fields that name them. The
 * middleware compares them before and after a write to drop an item that left, or whose slug changed.
 */
export async function publicSearchIds(strapi: Core.Strapi, source: SearchSource, documentIds: string[]): Promise<string[]> {
  return searchIdsOfRows(strapi, source, { ...source.where, documentId: { $in: documentIds } });
}

/** The search ids these items would have, from any of their rows (published or not): what to drop when they are not public. */
async function anySearchIds(strapi: Core.Strapi, source: SearchSource, documentIds: string[]): Promise<string[]> {
  return searchIdsOfRows(strapi, source, { documentId: { $in: documentIds } });
}

async function searchIdsOfRows(strapi: Core.Strapi, source: SearchSource, where: Row): Promise<string[]> {
  const rows: Row[] = await strapi.db.query(source.uid).findMany({ where, select: ['documentId', ...searchMappers[source.type].idFields] });
  return [...new Set(rows.map((row) => searchIdOf(source.type, row)).filter((id): id is string => id !== null))];
}

/**
 * The public items among these, as search records, and the search ids to drop: those of items that are not public
 * (any more) and of rows that do not map. A row that does not map is logged with the reason and left out, so one
 * bad row never holds up the queue; an editor fixing it re-indexes it.
 */
export async function loadSearchDocuments(strapi: Core.Strapi, source: SearchSource, documentIds: string[]): Promise<{ docs: SearchDocument[]; drop: string[] }> {
  const rows: Row[] = await strapi.db.query(source.uid).findMany({
    where: { ...source.where, documentId: { $in: documentIds } },
    ...(source.populate ? { populate: source.populate } : {}),
  });
  await source.enrich?.(strapi, rows);
  const docs: SearchDocument[] = [];
  const drop: string[] = [];
  for (const row of rows) {
    const doc = mapRow(strapi, source, row);
    if (doc) docs.push(doc);
    else {
      const id = searchIdOf(source.type, row);
      if (id) drop.push(id);
    }
  }
  const found = new Set(rows.map((row) => row.documentId as string));
  const missing = documentIds.filter((id) => !found.has(id));
  if (missing.length) drop.push(...(await anySearchIds(strapi, source, missing)));
  return { docs, drop };
}

function mapRow(strapi: Core.Strapi, source: SearchSource, row: Row): SearchDocument | null {
  try {
    return toSearchDocument(source.type, source.toSource ? source.toSource(row) : row);
  } catch (error) {
    // A mapper's schema refusing the row (a ZodError) says where; anything else by its message.
    const reason = (error as Partial<HasIssues>).issues ? describeIssues(error as HasIssues) : (error as Error).message;
    strapi.log.error(`[search] ${source.uid} ${row.documentId} is left out of search: ${reason}. Fix the item in the CMS and save it again.`);
    return null;
  }
}

/** Every public item of every searchable type, a page at a time, for `npm run reindex`. */
export async function* allSearchDocuments(strapi: Core.Strapi): AsyncGenerator<SearchDocument> {
  for (const source of SEARCH_SOURCES) {
    for (let offset = 0; ; offset += 500) {
      const rows: Row[] = await strapi.db.query(source.uid).findMany({
        where: source.where,
        ...(source.populate ? { populate: source.populate } : {}),
        orderBy: { id: 'asc' },
        limit: 500,
        offset,
      });
      await source.enrich?.(strapi, rows);
      for (const row of rows) {
        const doc = mapRow(strapi, source, row);
        if (doc) yield doc;
      }
      if (rows.length < 500) break;
    }
  }
}

/** How many public items there are, over every searchable type (the reindex progress bar's total). */
export async function countSearchable(strapi: Core.Strapi): Promise<number> {
  let total = 0;
  for (const source of SEARCH_SOURCES) total += await strapi.db.query(source.uid).count({ where: source.where });
  return total;
}

type Term = { name: string; slug?: string | null };
type StoredRelation = { kind: RelationKind; targetNumber: string; partial?: boolean | null; articles?: string | null; note?: string | null };
/** A legal document's row with the populate above, as far as search reads it. */
type StoredLegalDocument = {
  slug: string;
  number?: string | null;
  title: string;
  documentType?: Term | null;
  issuingBody?: Term | null;
  signer?: { name: string; title?: string | null } | null;
  signerTitle?: string | null;
  issuedDate?: unknown;
  effectiveDate?: unknown;
  expiryDate?: unknown;
  gazetteDate?: unknown;
  validityStatus?: LegalDocument['status'] | null;
  fields?: Term[] | null;
  updatedAt?: string | number | Date | null;
  gazetteNumber?: string | null;
  body?: string | null;
  relations?: StoredRelation[] | null;
  attachments?: StoredFile[] | null;
};

/** A stored legal document in the shape of the public DTO, as far as search needs it (outgoing relations only). */
function toLegalDocument(stored: Row): LegalDocument & { originalText: OriginalPassage[] } {
  const row = stored as StoredLegalDocument;
  // A term an editor created without a slug gets the one the importer would have given it.
  const term = (t: Term | null | undefined) => (t ? { name: t.name, slug: t.slug ?? slugify(t.name) } : null);
  return {
    slug: row.slug,
    number: row.number ?? null,
    type: term(row.documentType),
    title: row.title,
    issuer: term(row.issuingBody),
    signer: documentSigner(row.signer, row.signerTitle),
    issuedDate: isoDay(row.issuedDate),
    effectiveDate: isoDay(row.effectiveDate),
    expiryDate: isoDay(row.expiryDate),
    status: row.validityStatus ?? 'not-yet-effective',
    fields: (row.fields ?? []).flatMap((t) => term(t) ?? []),
    updatedAt: new Date(row.updatedAt ?? Date.now()).toISOString(),
    gazetteNumber: row.gazetteNumber ?? null,
    gazetteDate: isoDay(row.gazetteDate),
    text: row.body ?? '',
    attachments: [],
    // Search shows no originals: attachments are not loaded, and the mark is the document page's.
    signatureStatus: 'unsigned',
    relations: (row.relations ?? []).map((r) => ({
      kind: r.kind,
      direction: 'outgoing' as const,
      label: relationLabel(r.kind, 'outgoing'),
      number: r.targetNumber,
      slug: null,
      title: null,
      partial: !!r.partial,
      articles: r.articles ?? null,
      note: r.note ?? null,
    })),
    history: [],
    originalText: originalTextOf(row.attachments ?? []),
  };
}

type OriginalPassage = { file: string; url: string; page: number | null; text: string };
/** An attached original as populated above, with its text layer once `withOriginalText` has read it. */
type StoredFile = { id: number; name: string; url: string; textLayer?: TextLayer | null };

/** Each attachment of these rows with its text layer (`textLayer`), read by the extraction queue, in one query a page. */
async function withOriginalText(strapi: Core.Strapi, rows: Row[]): Promise<void> {
  const files = rows.flatMap((row) => (row as StoredLegalDocument).attachments ?? []);
  if (files.length === 0) return;
  const layers = await textLayersOf(strapi, [...new Set(files.map((file) => file.id))]);
  for (const file of files) file.textLayer = layers.get(file.id) ?? null;
}

/** The pages of the attached originals whose text was read (a scan, a failure or a file still pending add nothing). */
function originalTextOf(files: StoredFile[]): OriginalPassage[] {
  return files.flatMap((file) => {
    const layer = file.textLayer;
    if (!layer || layer.status !== 'extracted') return [];
    return layer.pages.map((page) => ({ file: file.name, url: file.url, page: page.page, text: page.text }));
  });
}
