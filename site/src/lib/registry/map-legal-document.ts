import {
  type Attachment,
  describeIssues,
  documentSignatureStatus,
  type SignatureReport,
  SignatureReportSchema,
  documentSigner,
  type DocumentRelation,
  type LegalDocument,
  type LegalDocumentSummary,
  numberKey,
  RELATION_KINDS,
  relationLabel,
  slugify,
  type Term,
  todayInVietnam,
  type ValidityEvent,
  ValidityEventSchema,
  deriveValidity,
} from '@cong/content';
import { fileFormat, kilobytesToBytes, publicFileUrl } from '../cms/files.ts';
import type { StrapiLegalDocument, StrapiMedia, StrapiRelation, StrapiTerm } from '../cms/strapi-schemas.ts';

/**
 * Strapi REST payload → the content model's DTOs (content/src/legal-document.ts). Pure: the pages and the
 * JSON API render only what comes out of here.
 */

export function toTerm(raw: StrapiTerm | null | undefined): Term | null {
  if (!raw) return null;
  return { name: raw.name, slug: raw.slug || slugify(raw.name) };
}

/** The key other documents use to point at this one: the CMS's, else computed by the content model's rule. */
export function documentKey(raw: Pick<StrapiLegalDocument, 'numberKey' | 'number'>): string | null {
  if (raw.numberKey) return raw.numberKey;
  return raw.number ? numberKey(raw.number) : null;
}

function relationKey(relation: StrapiRelation): string | null {
  return relation.targetNumberKey || numberKey(relation.targetNumber);
}

/**
 * A note that only says the other document is not on the portal ("Văn bản chưa có trên cổng") is dropped: the page
 * derives that from the missing link and says it in its own words, so the note cannot outlive the document's
 * arrival (audit D17).
 */
const ABSENCE_NOTE = /^\s*(?:văn bản\s+)?(?:hiện\s+)?chưa\s+có\s+(?:trên\s+cổng|trong\s+cơ\s+sở\s+dữ\s+liệu|trên\s+hệ\s+thống)[\s.]*$/iu;

function relationNote(relation: StrapiRelation): string | null {
  const note = relation.note?.trim();
  return note && !ABSENCE_NOTE.test(note) ? note : null;
}

export function toSummary(raw: StrapiLegalDocument, today: string = todayInVietnam()): LegalDocumentSummary {
  return {
    slug: raw.slug,
    number: raw.number ?? null,
    type: toTerm(raw.documentType),
    title: raw.title,
    issuer: toTerm(raw.issuingBody),
    signer: documentSigner(raw.signer, raw.signerTitle),
    issuedDate: raw.issuedDate ?? null,
    effectiveDate: raw.effectiveDate ?? null,
    expiryDate: raw.expiryDate ?? null,
    // The CMS stores the derived status on save; should one be missing, derive it from the dates alone.
    status:
      raw.validityStatus ??
      deriveValidity(
        {
          issuedDate: raw.issuedDate ?? null,
          effectiveDate: raw.effectiveDate ?? null,
          expiryDate: raw.expiryDate ?? null,
          incoming: [],
        },
        today,
      ).status,
    fields: (raw.fields ?? []).map((field) => toTerm(field)).filter((term): term is Term => term !== null),
    updatedAt: raw.updatedAt ?? raw.publishedAt ?? '',
    firstPublishedAt: raw.firstPublishedAt ?? raw.publishedAt ?? null,
  };
}

export function toAttachment(media: StrapiMedia, cmsBase: string): Attachment {
  const ext = fileFormat(media.ext ?? extensionOf(media.url)).toLowerCase();
  return {
    name: media.name,
    url: publicFileUrl(media.url, cmsBase),
    mime: media.mime ?? 'application/octet-stream',
    ext,
    size: kilobytesToBytes(media.size ?? 0),
  };
}

/** A stored report that does not read is shown as not verified yet (and reported), never as a verdict it is not. */
function toSignatureReport(raw: unknown, onInvalid?: (issue: string) => void): SignatureReport | null {
  if (raw === null || raw === undefined) return null;
  const parsed = SignatureReportSchema.safeParse(raw);
  if (!parsed.success) onInvalid?.(`signatureReport: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.success ? parsed.data : null;
}

function extensionOf(url: string): string {
  const match = /\.([A-Za-z0-9]{1,8})(?:[?#].*)?$/.exec(url);
  return match?.[1] ?? '';
}

/** Validity history from the CMS's JSON field; malformed events are dropped (and reported), not fatal. */
export function toHistory(raw: unknown, onInvalid?: (issue: string) => void): ValidityEvent[] {
  if (raw === null || raw === undefined) return [];
  if (!Array.isArray(raw)) {
    onInvalid?.('validityHistory is not an array');
    return [];
  }
  const events: ValidityEvent[] = [];
  for (const [index, item] of raw.entries()) {
    const parsed = ValidityEventSchema.safeParse(item);
    if (parsed.success) events.push(parsed.data);
    else onInvalid?.(`validityHistory[${index}]: ${describeIssues(parsed.error, { limit: 1 })}`);
  }
  return events.sort((a, b) => a.date.localeCompare(b.date));
}

/** A document found elsewhere in the registry: enough to link to it. */
export type RelatedDocument = Pick<StrapiLegalDocument, 'slug' | 'number' | 'numberKey' | 'title' | 'relations'>;

/**
 * Both directions of a document's relations.
 * - Outgoing: this document's own `relations`; each target is linked when `resolved` holds a published document
 *   with its number key, else shown as the number the editor typed (it links itself once that document is in).
 * - Incoming: every entry in another document's `relations` whose target key is this document's key.
 */
export function buildRelations(
  document: Pick<StrapiLegalDocument, 'slug' | 'number' | 'numberKey' | 'relations'>,
  resolved: readonly RelatedDocument[],
  incoming: readonly RelatedDocument[],
): DocumentRelation[] {
  const byKey = new Map<string, RelatedDocument>();
  for (const target of resolved) {
    const key = documentKey(target);
    if (key && !byKey.has(key)) byKey.set(key, target);
  }

  const relations: DocumentRelation[] = [];
  for (const relation of document.relations ?? []) {
    const key = relationKey(relation);
    const target = key ? byKey.get(key) : undefined;
    relations.push({
      kind: relation.kind,
      direction: 'outgoing',
      label: relationLabel(relation.kind, 'outgoing'),
      number: target?.number ?? relation.targetNumber,
      slug: target?.slug ?? null,
      title: target?.title ?? null,
      partial: relation.partial ?? false,
      articles: relation.articles?.trim() || null,
      note: relationNote(relation),
    });
  }

  const ownKey = documentKey(document);
  if (ownKey) {
    const seen = new Set<string>();
    for (const other of incoming) {
      if (other.slug === document.slug) continue;
      for (const relation of other.relations ?? []) {
        if (relationKey(relation) !== ownKey) continue;
        const id = `${other.slug}|${relation.kind}`;
        if (seen.has(id)) continue;
        seen.add(id);
        relations.push({
          kind: relation.kind,
          direction: 'incoming',
          label: relationLabel(relation.kind, 'incoming'),
          number: other.number ?? other.title,
          slug: other.slug,
          title: other.title,
          partial: relation.partial ?? false,
          articles: relation.articles?.trim() || null,
          note: relationNote(relation),
        });
      }
    }
  }

  const kindOrder = (kind: DocumentRelation['kind']) => RELATION_KINDS.indexOf(kind);
  return relations.sort(
    (a, b) =>
      kindOrder(a.kind) - kindOrder(b.kind) ||
      (a.direction === b.direction ? 0 : a.direction === 'outgoing' ? -1 : 1) ||
      a.number.localeCompare(b.number, 'vi'),
  );
}

/** The number keys of the outgoing targets, for the one request that resolves them. */
export function outgoingKeys(document: Pick<StrapiLegalDocument, 'relations'>): string[] {
  const keys = new Set<string>();
  for (const relation of document.relations ?? []) {
    const key = relationKey(relation);
    if (key) keys.add(key);
  }
  return [...keys];
}

export function toLegalDocument(
  raw: StrapiLegalDocument,
  relations: DocumentRelation[],
  options: { cmsBase: string; today?: string; onInvalid?: (issue: string) => void },
): LegalDocument {
  const attachments = (raw.attachments ?? []).map((media) => ({ ...toAttachment(media, options.cmsBase), signatureReport: toSignatureReport(media.signatureReport, options.onInvalid) }));
  return {
    ...toSummary(raw, options.today),
    gazetteNumber: raw.gazetteNumber ?? null,
    gazetteDate: raw.gazetteDate ?? null,
    text: raw.body ?? '',
    attachments,
    signatureStatus: documentSignatureStatus(attachments.map((file) => file.signatureReport ?? null)),
    receivedVia: raw.receivedVia ?? 'editor',
    relations,
    history: toHistory(raw.validityHistory, options.onInvalid),
  };
}
