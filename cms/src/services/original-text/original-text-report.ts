import type { Core } from '@strapi/strapi';
import { ORIGINAL_TEXT_STATUS_LABELS, TextLayerSchema, type OriginalTextStatus } from '@cong/content';
import { LEGAL_DOCUMENT } from '../../model/uids';
import { originalFormat } from '../../rules/original-text';
import { adminSessionUser } from '../../strapi-internals/admin-session';
import { originalTextQueue, type ExtractionProgress } from './text-extraction';

/** One attachment of a document as the editor sees it beside the document: how far its text was read. */
export type OriginalReport = { id: number; name: string; status: OriginalTextStatus; label: string; error: string | null; pages: number; attempts: number };

export type DocumentOriginals = { files: OriginalReport[]; progress: ExtractionProgress };

/** The status of a file: a format the queue does not read is `unsupported`; a supported file not yet read, `pending`. */
function reportOf(file: Record<string, any>): OriginalReport {
  const layer = TextLayerSchema.safeParse(file.textLayer);
  const status: OriginalTextStatus = !originalFormat(file.mime, file.ext) ? 'unsupported' : layer.success ? layer.data.status : 'pending';
  return {
    id: file.id,
    name: file.name,
    status,
    label: ORIGINAL_TEXT_STATUS_LABELS[status],
    error: layer.success ? layer.data.error : null,
    pages: layer.success ? layer.data.pages.length : 0,
    attempts: layer.success ? layer.data.attempts : 0,
  };
}

/** The originals of a legal document (its draft row: what the editor is editing) and the queue's progress. */
export async function documentOriginals(strapi: Core.Strapi, documentId: string): Promise<DocumentOriginals> {
  const rows: Array<Record<string, any>> = await strapi.db.query(LEGAL_DOCUMENT as any).findMany({
    where: { documentId },
    select: ['id', 'publishedAt'],
    populate: { attachments: { select: ['id', 'name', 'mime', 'ext', 'textLayer'] } },
  });
  const draft = rows.find((row) => row.publishedAt === null) ?? rows[0];
  return { files: (draft?.attachments ?? []).map(reportOf), progress: await originalTextQueue(strapi).progress() };
}

/** Whether the admin panel's session behind this header may read legal documents (editors, approvers, admins). */
export async function mayReadDocuments(strapi: Core.Strapi, authorization: string | undefined): Promise<boolean> {
  const session = await adminSessionUser(strapi, authorization);
  return !!session && session.ability.can('plugin::content-manager.explorer.read', LEGAL_DOCUMENT);
}
