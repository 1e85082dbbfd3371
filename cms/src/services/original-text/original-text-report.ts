import type { Core } from '@strapi/strapi';
import { ORIGINAL_TEXT_STATUS_LABELS, type OriginalTextStatus, type TextLayer } from '@cong/content';
import { LEGAL_DOCUMENT } from '../../model/uids';
import { originalFormat } from '../../rules/original-text';
import { adminSessionUser } from '../../strapi-internals/admin-session';
import { originalTextQueue, type ExtractionProgress } from './text-extraction';
import { textLayersOf } from './original-text-store';

/** One attachment of a document as the editor sees it beside the document: how far its text was read. */
export type OriginalReport = { id: number; name: string; status: OriginalTextStatus; label: string; error: string | null; pages: number; attempts: number };

export type DocumentOriginals = { files: OriginalReport[]; progress: ExtractionProgress };

/** The status of a file: a format the queue does not read is `unsupported`; a supported file not yet read, `pending`. */
/** A media-library file as read here. */
type FileRow = { id: number; name: string; mime?: string | null; ext?: string | null };

function reportOf(file: FileRow, layer: TextLayer | undefined): OriginalReport {
  const status: OriginalTextStatus = !originalFormat(file.mime, file.ext) ? 'unsupported' : (layer?.status ?? 'pending');
  return {
    id: file.id,
    name: file.name,
    status,
    label: ORIGINAL_TEXT_STATUS_LABELS[status],
    error: layer?.error ?? null,
    pages: layer?.pages.length ?? 0,
    attempts: layer?.attempts ?? 0,
  };
}

/** The originals of a legal document (its draft row: what the editor is editing) and the queue's progress. */
export async function documentOriginals(strapi: Core.Strapi, documentId: string): Promise<DocumentOriginals> {
  const rows = (await strapi.db.query(LEGAL_DOCUMENT).findMany({
    where: { documentId },
    select: ['id', 'publishedAt'],
    populate: { attachments: { select: ['id', 'name', 'mime', 'ext'] } },
  })) as Array<{ publishedAt: unknown; attachments?: FileRow[] }>;
  const draft = rows.find((row) => row.publishedAt === null) ?? rows[0];
  const files = draft?.attachments ?? [];
  const layers = await textLayersOf(strapi, files.map((file) => file.id));
  return { files: files.map((file) => reportOf(file, layers.get(file.id))), progress: await originalTextQueue(strapi).progress() };
}

/** Whether the admin panel's session behind this header may read legal documents (editors, approvers, admins). */
export async function mayReadDocuments(strapi: Core.Strapi, authorization: string | undefined): Promise<boolean> {
  const session = await adminSessionUser(strapi, authorization);
  return !!session && session.ability.can('plugin::content-manager.explorer.read', LEGAL_DOCUMENT);
}
