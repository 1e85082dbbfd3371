import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Core } from '@strapi/strapi';
import { COMMENT_FILE_MIME, sniffCommentFile, type CommentFileKind } from '@cong/content';
import { PUBLIC_COMMENT } from '../../model/uids';
import { cmsEnv } from '../../env';
import { localFilePath } from '../media/stored-files';

/**
 * Comment attachments are citizens' personal data (an ID card scan, a signed letter): they never enter the public
 * media folder or the Media Library. Each file is kept under a random name in the CMS's private folder
 * (CMS_PRIVATE_DIR, default `<public dir>/../private`), with the extension of the type its bytes show, and the
 * comment row keeps `{ key, name, mime, size }` in its private `attachmentFiles`. Moderators download them through
 * an authenticated route (consultation controller `commentAttachment`), nobody else can reach them.
 */
export type StoredAttachment = {
  /** File name in the private folder: random hex + the sniffed extension. */
  key: string;
  /** Name offered on download: `gop-y-<n>.<ext>` (the citizen's own file name may itself be personal data). */
  name: string;
  mime: string;
  size: number;
};

const KEY = /^[0-9a-f]{32}\.(pdf|docx|odt)$/;

export function privateDir(strapi: Core.Strapi): string {
  return cmsEnv().CMS_PRIVATE_DIR || resolve(strapi.dirs.static.public, '..', 'private');
}

function attachmentDir(strapi: Core.Strapi): string {
  return join(privateDir(strapi), 'comment-attachments');
}

/** The name a file is stored and offered under: its sniffed kind decides the extension, never the citizen's name. */
export function attachmentName(index: number, kind: CommentFileKind): string {
  return `gop-y-${index + 1}.${kind}`;
}

/** Copies checked files (sniffed already) into the private folder. */
export async function storeAttachments(strapi: Core.Strapi, files: Array<{ filepath: string; kind: CommentFileKind; size: number }>): Promise<StoredAttachment[]> {
  if (files.length === 0) return [];
  const dir = attachmentDir(strapi);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const stored: StoredAttachment[] = [];
  for (const [index, file] of files.entries()) {
    const key = `${randomBytes(16).toString('hex')}.${file.kind}`;
    await copyFile(file.filepath, join(dir, key));
    stored.push({ key, name: attachmentName(index, file.kind), mime: COMMENT_FILE_MIME[file.kind], size: file.size });
  }
  return stored;
}

/** The stored entries of a comment row, ignoring anything malformed (the column is JSON). */
export function attachmentsOf(row: { attachmentFiles?: unknown } | null): StoredAttachment[] {
  const list = Array.isArray(row?.attachmentFiles) ? row.attachmentFiles : [];
  return list.filter((a: unknown): a is StoredAttachment => {
    const entry = a as Partial<StoredAttachment> | null;
    return typeof entry?.key === 'string' && KEY.test(entry.key) && typeof entry.name === 'string';
  });
}

/** One attachment's bytes, for the moderators' download route. */
export async function readAttachment(strapi: Core.Strapi, attachment: StoredAttachment): Promise<Buffer> {
  return readFile(join(attachmentDir(strapi), attachment.key));
}

/**
 * Installs from before the private folder kept comment attachments in the public media folder (served by /uploads
 * and /tep/, listed in the Media Library). At start-up each such file is moved into the private folder under its
 * sniffed type, listed in the comment's `attachmentFiles`, and removed from the media library and the public
 * folder. Idempotent: a comment with no public attachment left is not touched again.
 */
/** A media-library file as the upload plugin's rows hold it, as far as the move reads it. */
type MediaFile = { id: number; name: string; url: string | null };
type LegacyRow = { id: number; documentId: string; attachmentFiles: unknown; attachments?: MediaFile[] | null };

export async function privatiseLegacyAttachments(strapi: Core.Strapi): Promise<number> {
  const rows: LegacyRow[] = await strapi.db.query(PUBLIC_COMMENT).findMany({
    where: { attachments: { id: { $notNull: true } } },
    select: ['id', 'documentId', 'attachmentFiles'],
    populate: { attachments: true },
  });
  if (rows.length === 0) return 0;
  const dir = attachmentDir(strapi);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const upload = strapi.plugin('upload').service('upload') as { remove(file: MediaFile): Promise<unknown> };
  let moved = 0;
  for (const row of rows) {
    const kept = attachmentsOf(row);
    const files = row.attachments ?? [];
    const movedFiles: MediaFile[] = [];
    for (const file of files) {
      const source = localFilePath(strapi, file.url);
      const bytes = source ? await readFile(source).catch(() => null) : null;
      const kind = bytes ? sniffCommentFile(new Uint8Array(bytes)) : null;
      if (!bytes || !kind) {
        strapi.log.error(`Comment ${row.documentId}: attachment ${file.name} (${file.url}) is not a PDF, DOCX or ODT file and stays where it is: check it and delete it from the Media Library.`);
        continue;
      }
      const key = `${randomBytes(16).toString('hex')}.${kind}`;
      await writeFile(join(dir, key), bytes, { mode: 0o600 });
      kept.push({ key, name: attachmentName(kept.length, kind), mime: COMMENT_FILE_MIME[kind], size: bytes.length });
      movedFiles.push(file);
      moved += 1;
    }
    if (movedFiles.length === 0) continue;
    const left = files.filter((f) => !movedFiles.includes(f)).map((f) => f.id);
    await strapi.db.query(PUBLIC_COMMENT).update({ where: { id: row.id }, data: { attachmentFiles: kept, attachments: left } });
    for (const file of movedFiles) await upload.remove(file);
  }
  if (moved) strapi.log.info(`Comment attachments moved out of the public media: ${moved}`);
  return moved;
}
