import type { OpenDataComment, OpenDataDirectoryEntry, OpenDataDocument, OpenDataDraft } from '@cong/content';
import { toApiDocument } from '../api/public-api.ts';
import { toApiComment, toApiDraft } from '../api/drafts-api.ts';
import { cms } from '../cms/cms-client.ts';
import { CMS_MAX_PAGE_SIZE, LEGAL_DOCUMENTS, openDataDocumentParams, openDataRelationParams } from '../cms/cms-queries.ts';
import { StrapiLegalDocumentListSchema, StrapiRelatedDocumentListSchema } from '../cms/strapi-schemas.ts';
import { approvedComments, getConsultation, listConsultations } from '../consultations/consultations.ts';
import { directory, toApiEntries } from '../portal/directory.ts';
import { buildRelations, documentKey, outgoingKeys, type RelatedDocument, toLegalDocument } from '../registry/map-legal-document.ts';
import { absoluteUrl, paths } from '../render/urls.ts';
import { env } from '../server/env.ts';

/**
 * The records of each open-data file, read through the one CMS client and built by the same functions as the API's
 * answers (src/lib/api/), so a line of a file is what the API answers for that item.
 */

/** Full text is read this many documents at a time: one page of the CMS answer in memory, never the registry. */
export const DOCUMENT_PAGE_SIZE = 50;

/**
 * Every published document with its full text, files and both directions of its relations, oldest first. Two passes:
 * first every document's number key and relations (a few hundred bytes each: ~2 MB for 10,000 documents), which is
 * what relations need from the others — the API asks the CMS twice per document for them; here that would be 20,000
 * requests —, then the full text a page at a time, uncached (it would push out what the pages keep reading).
 */
export async function* documentRecords(): AsyncGenerator<OpenDataDocument> {
  const client = cms();
  const byKey = new Map<string, RelatedDocument>();
  const incomingByKey = new Map<string, RelatedDocument[]>();
  // The API's incoming query sorts by issued date, newest first; the same order here gives the same list.
  for (let page = 1; ; page += 1) {
    const body = await client.getUncached(LEGAL_DOCUMENTS, openDataRelationParams(page), StrapiRelatedDocumentListSchema);
    for (const related of body.data) {
      const key = documentKey(related);
      if (key && !byKey.has(key)) byKey.set(key, related);
      for (const target of outgoingKeys(related)) {
        const list = incomingByKey.get(target) ?? [];
        list.push(related);
        incomingByKey.set(target, list);
      }
    }
    if (page >= body.meta.pagination.pageCount) break;
  }

  const urls = { absolute: (path: string) => absoluteUrl(path), document: paths.document };
  for (let page = 1; ; page += 1) {
    const body = await client.getUncached(LEGAL_DOCUMENTS, openDataDocumentParams(page, DOCUMENT_PAGE_SIZE), StrapiLegalDocumentListSchema);
    for (const raw of body.data) {
      const resolved = outgoingKeys(raw).slice(0, CMS_MAX_PAGE_SIZE).flatMap((key) => byKey.get(key) ?? []);
      const ownKey = documentKey(raw);
      const incoming = ownKey ? (incomingByKey.get(ownKey) ?? []) : [];
      const relations = buildRelations(raw, resolved, incoming);
      const document = toLegalDocument(raw, relations, { cmsBase: env.CMS_URL, onInvalid: (issue) => console.warn(`[open-data] document ${raw.slug}: ${issue}`) });
      yield toApiDocument(document, urls);
    }
    if (page >= body.meta.pagination.pageCount) return;
  }
}

/** Every published draft as /api/v1/drafts/<slug> answers it (without the comment token), in the list's order. */
export async function* draftRecords(): AsyncGenerator<OpenDataDraft> {
  for (const summary of await listConsultations()) {
    const draft = await getConsultation(summary.slug);
    if (draft) yield toApiDraft(draft);
  }
}

/** Every approved comment of every published draft, draft by draft, oldest first (as gop-y.csv of each draft). */
export async function* commentRecords(): AsyncGenerator<OpenDataComment> {
  for (const draft of await listConsultations()) {
    const comments = await approvedComments(draft.id);
    for (const comment of comments.reverse()) yield { ...toApiComment(comment), draft: draft.slug };
  }
}

/** The e-mail directory as /api/v1/directory answers it without filters: units' mailboxes, then people. */
export async function directoryRecords(): Promise<OpenDataDirectoryEntry[]> {
  return toApiEntries(await directory({ q: '', unit: '' }, 'unit'), true);
}
