import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Core } from '@strapi/strapi';
import { COMMENT_FILE_MIME, sniffCommentFile } from '@cong/content';
import { LEGAL_DOCUMENT } from '../../model/uids';
import { RuleViolationError } from '../../errors';
import { strapiUploadRefusal } from '../../strapi-internals/upload-security';
import { storedFileBytes } from '../media/stored-files';
import { announceChanges } from '../change-feed/announce';
import { searchSync } from '../search/search-sync';

/**
 * A document's originals (bản gốc: the signed PDF, the DOCX or ODT as issued) arriving with an import or an edXML
 * package: each file goes into the media library and onto the document's `attachments`, as an editor attaches it
 * in the admin — through the document service, so what reacts to a document's attachments (signature verification,
 * text extraction) reacts the same. The same file (by SHA-256 of its bytes) is never uploaded or attached twice:
 * re-importing a folder leaves the document as it is.
 */
export type OriginalFile = { name: string; bytes: Buffer };
export type OriginalOutcome = { name: string; sha256: string; action: 'attached' | 'already-attached' };

/** The first reason a set of originals cannot be attached (not PDF/DOCX/ODT by its bytes, empty), or null. */
export function originalsProblem(files: OriginalFile[]): string | null {
  for (const file of files) {
    if (file.bytes.length === 0) return `Tệp bản gốc "${file.name}" rỗng`;
    if (!sniffCommentFile(file.bytes)) return `Tệp bản gốc "${file.name}" không phải PDF, DOCX hay ODT (kiểm tra theo nội dung tệp, không theo tên)`;
  }
  return null;
}

/** A media-library file as the database and Strapi's upload service give it. */
type StoredFile = { id: number; url?: string };
/** The two calls of Strapi's upload service used here (the service itself is untyped). */
type UploadService = {
  upload(input: { data: { fileInfo: { name: string } }; files: unknown }): Promise<StoredFile[]>;
  remove(file: StoredFile): Promise<unknown>;
};
const uploadService = (strapi: Core.Strapi) => strapi.plugin('upload').service('upload') as UploadService;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export async function attachOriginals(strapi: Core.Strapi, documentId: string, files: OriginalFile[]): Promise<OriginalOutcome[]> {
  const problem = originalsProblem(files);
  if (problem) throw new RuleViolationError(problem, 'attachments');
  const draft = (await strapi.db.query(LEGAL_DOCUMENT).findOne({ where: { documentId, publishedAt: null }, populate: { attachments: true } })) as { attachments?: StoredFile[] } | null;
  if (!draft) throw new RuleViolationError(`Không tìm thấy văn bản ${documentId}`);
  const current = draft.attachments ?? [];
  const known = new Set<string>();
  for (const file of current) {
    const bytes = await storedFileBytes(strapi, file.url).catch(() => null);
    if (bytes) known.add(sha256(bytes));
  }
  const outcomes: OriginalOutcome[] = [];
  const fresh: OriginalFile[] = [];
  for (const file of files) {
    const hash = sha256(file.bytes);
    const repeated = known.has(hash);
    outcomes.push({ name: file.name, sha256: hash, action: repeated ? 'already-attached' : 'attached' });
    if (!repeated) fresh.push(file);
    known.add(hash);
  }
  if (fresh.length === 0) return outcomes;

  const uploaded = await upload(strapi, fresh);
  const ids = (list: StoredFile[]) => list.map((f) => f.id);
  try {
    await strapi.db.transaction(async () => {
      await strapi.documents(LEGAL_DOCUMENT).update({ documentId, data: { attachments: [...ids(current), ...ids(uploaded)] } });
      // A published document gets the files on its published version too — written on that row alone, never by
      // publishing: the draft may hold an editor's unfinished edits, which must not go live with the originals.
      const published = (await strapi.db.query(LEGAL_DOCUMENT).findOne({ where: { documentId, publishedAt: { $notNull: true } }, select: ['id'], populate: { attachments: { select: ['id'] } } })) as
        | (StoredFile & { attachments?: StoredFile[] })
        | null;
      if (!published) return;
      await strapi.db.query(LEGAL_DOCUMENT).update({ where: { id: published.id }, data: { attachments: [...ids(published.attachments ?? []), ...ids(uploaded)] } });
      // What the document service's middlewares do for a publish, for this write that bypasses it: the site's
      // pages and the search index learn of the new files.
      announceChanges(strapi, LEGAL_DOCUMENT, [documentId]);
      searchSync(strapi).enqueue(LEGAL_DOCUMENT, [documentId]);
    });
  } catch (error) {
    // Nothing half-attached: the files this call added leave the media library again.
    for (const file of uploaded) await uploadService(strapi).remove(file).catch(() => undefined);
    throw error;
  }
  return outcomes;
}

/** Into the media library through Strapi's upload service, after its own security check (as the admin's upload). */
async function upload(strapi: Core.Strapi, files: OriginalFile[]): Promise<StoredFile[]> {
  const dir = await mkdtemp(join(tmpdir(), 'cong-originals-'));
  try {
    const described = [];
    for (const file of files) {
      const filepath = join(dir, randomBytes(8).toString('hex'));
      await writeFile(filepath, file.bytes);
      described.push({ filepath, originalFilename: file.name, mimetype: COMMENT_FILE_MIME[sniffCommentFile(file.bytes)!], size: file.bytes.length });
    }
    const refused = await strapiUploadRefusal(strapi, described);
    if (refused) throw new RuleViolationError(`Tệp bản gốc "${refused.name}" bị từ chối: ${refused.reason}`, 'attachments');
    const service = uploadService(strapi);
    const uploaded: StoredFile[] = [];
    try {
      for (const file of described) {
        const [stored] = await service.upload({ data: { fileInfo: { name: file.originalFilename } }, files: file });
        uploaded.push(stored);
      }
    } catch (error) {
      for (const file of uploaded) await service.remove(file).catch(() => undefined);
      throw error;
    }
    return uploaded;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
