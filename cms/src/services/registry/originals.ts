import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Core } from '@strapi/strapi';
import { COMMENT_FILE_MIME, sniffCommentFile } from '@cong/content';
import { LEGAL_DOCUMENT, UPLOAD_FILE } from '../../model/uids';
import { RuleViolationError } from '../../errors';
import { strapiUploadRefusals } from '../../strapi-internals/upload-security';
import { replacesFileBytes, storedFileBytes } from '../media/stored-files';
import { announceChanges } from '../change-feed/announce';
import { searchSync } from '../search/search-sync';
import { textLayersOf } from '../original-text/original-text-store';

/**
 * Documents' originals (bản gốc: the signed PDF, the DOCX or ODT as issued) arriving with an import or an edXML
 * package: each file goes into the media library through Strapi's upload service (its security check, its row, the
 * lifecycles that queue the file's signature verification and text extraction) and onto the document's
 * `attachments`. The same file (by SHA-256 of its bytes) is never uploaded or attached twice: re-importing a folder
 * leaves the document as it is.
 *
 * A batch of documents is one call (the importer sends an import batch's files in one request): the documents and
 * their current attachments are read in one query, and the new files are linked in one transaction with the query
 * engine, on every version of the document (the draft and the published row), as the document service's publish
 * would copy them. Going through the document service instead (update, then publish: a re-read and clone of the
 * whole document) cost ~50 ms per document, a quarter of all the time an import with originals took; nothing in
 * the document service reacts to attachments that the upload's own lifecycles do not already do (verification and
 * extraction start on upload), so what this skips is only the clone. What it must then do itself — announce the
 * published documents to the change feed, and re-index those whose new file's text is already read — it does, as
 * the importer's fast path does.
 */
export type OriginalFile = {
  name: string;
  bytes: Buffer;
  /** Where the bytes already are on disk (the request's upload), so they are not written again; else a temp file. */
  path?: string;
};
export type OriginalOutcome = { name: string; sha256: string; action: 'attached' | 'already-attached' };
export type DocumentOriginals = { documentId: string; files: OriginalFile[] };
/** Each document's answer: its files' outcomes, or why none of its files was attached. */
export type DocumentOriginalsOutcome = { documentId: string; originals: OriginalOutcome[] } | { documentId: string; error: string };

/** The first reason a set of originals cannot be attached (not PDF/DOCX/ODT by its bytes, empty), or null. */
export function originalsProblem(files: OriginalFile[]): string | null {
  for (const file of files) {
    if (file.bytes.length === 0) return `Tệp bản gốc "${file.name}" rỗng`;
    if (!sniffCommentFile(file.bytes)) return `Tệp bản gốc "${file.name}" không phải PDF, DOCX hay ODT (kiểm tra theo nội dung tệp, không theo tên)`;
  }
  return null;
}

/** A media-library file as the database and Strapi's upload service give it. */
type StoredFile = { id: number; url?: string; contentSha256?: string | null };
/** The two calls of Strapi's upload service used here (the service itself is untyped). */
type UploadService = {
  upload(input: { data: { fileInfo: { name: string } }; files: unknown }): Promise<StoredFile[]>;
  remove(file: StoredFile): Promise<unknown>;
};
const uploadService = (strapi: Core.Strapi) => strapi.plugin('upload').service('upload') as UploadService;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** One document's originals; throws (RuleViolationError) with the reason when they cannot be attached. */
export async function attachOriginals(strapi: Core.Strapi, documentId: string, files: OriginalFile[]): Promise<OriginalOutcome[]> {
  const [outcome] = await attachOriginalsToDocuments(strapi, [{ documentId, files }]);
  if (!outcome || 'error' in outcome) throw new RuleViolationError(outcome?.error ?? `Không tìm thấy văn bản ${documentId}`, 'attachments');
  return outcome.originals;
}

/**
 * The media library's "replace" gives a file new bytes under the same row (a new `hash` and `url`): the SHA-256 an
 * import wrote no longer describes it, and a re-import must read the file back instead of trusting it.
 */
export function forgetContentHashOnReplace(strapi: Core.Strapi): void {
  strapi.db.lifecycles.subscribe({
    models: [UPLOAD_FILE],
    beforeUpdate(event: { params?: { data?: Record<string, unknown> } }) {
      const data = event.params?.data;
      if (data && replacesFileBytes(data)) data.contentSha256 = null;
    },
  });
}

/** A version of a document (its draft or published row) with the files it attaches now. */
type Version = { id: number; documentId: string; publishedAt: unknown; attachments?: StoredFile[] };
/** A document whose new files are uploaded, waiting to be linked. */
type Pending = { index: number; documentId: string; versions: Version[]; uploaded: StoredFile[] };

/**
 * Several documents' originals, each document on its own: one whose files are refused, or which does not exist,
 * fails alone with its reason (in Vietnamese), the others are attached. Answers in the order of `entries`.
 */
export async function attachOriginalsToDocuments(strapi: Core.Strapi, entries: DocumentOriginals[]): Promise<DocumentOriginalsOutcome[]> {
  const answers: DocumentOriginalsOutcome[] = entries.map(({ documentId }) => ({ documentId, error: '' }));
  const fail = (index: number, error: string) => {
    answers[index] = { documentId: entries[index]!.documentId, error };
  };
  const rows = (await strapi.db.query(LEGAL_DOCUMENT).findMany({
    where: { documentId: { $in: [...new Set(entries.map((e) => e.documentId))] } },
    select: ['id', 'documentId', 'publishedAt'],
    populate: { attachments: { select: ['id', 'url', 'contentSha256'] } },
  })) as Version[];
  const versionsOf = new Map<string, Version[]>();
  for (const row of rows) versionsOf.set(row.documentId, [...(versionsOf.get(row.documentId) ?? []), row]);

  // Which files are new to each document (by SHA-256 of the bytes its draft attaches now).
  const toUpload: Array<{ index: number; file: OriginalFile; sha256: string }> = [];
  const pending: Pending[] = [];
  for (const [index, { documentId, files }] of entries.entries()) {
    const problem = originalsProblem(files);
    if (problem) {
      fail(index, problem);
      continue;
    }
    const versions = versionsOf.get(documentId) ?? [];
    const draft = versions.find((v) => v.publishedAt === null);
    if (!draft) {
      fail(index, `Không tìm thấy văn bản ${documentId}`);
      continue;
    }
    const known = new Set<string>();
    for (const file of draft.attachments ?? []) {
      // The hash written when an import attached it; a file an editor attached in the admin is read back once.
      if (file.contentSha256) {
        known.add(file.contentSha256);
        continue;
      }
      const bytes = await storedFileBytes(strapi, file.url).catch(() => null);
      if (bytes) known.add(sha256(bytes));
    }
    const outcomes: OriginalOutcome[] = [];
    for (const file of files) {
      const hash = sha256(file.bytes);
      const repeated = known.has(hash);
      outcomes.push({ name: file.name, sha256: hash, action: repeated ? 'already-attached' : 'attached' });
      if (!repeated) toUpload.push({ index, file, sha256: hash });
      known.add(hash);
    }
    answers[index] = { documentId, originals: outcomes };
    if (outcomes.some((o) => o.action === 'attached')) pending.push({ index, documentId, versions, uploaded: [] });
  }
  if (pending.length === 0) return answers;

  const uploaded = await upload(strapi, toUpload);
  for (const entry of pending) {
    const mine = uploaded.filter((u) => u.index === entry.index);
    const refused = mine.find((u) => 'error' in u);
    entry.uploaded = mine.flatMap((u) => ('stored' in u ? [u.stored] : []));
    if (refused && 'error' in refused) {
      // Nothing half-attached: this document's files that did go in leave the media library again.
      await removeAll(strapi, entry.uploaded);
      entry.uploaded = [];
      fail(entry.index, refused.error);
    }
  }
  const ready = pending.filter((entry) => entry.uploaded.length > 0);
  const linked = await link(strapi, ready, fail);
  const published = linked.filter((entry) => entry.versions.some((v) => v.publishedAt !== null));
  if (published.length) {
    announceChanges(strapi, LEGAL_DOCUMENT, published.map((entry) => entry.documentId));
    searchSync(strapi).enqueue(LEGAL_DOCUMENT, await withTextRead(strapi, published));
  }
  return answers;
}

/**
 * The documents whose search entry changes now: those with a new file whose text was already read. A file still
 * pending re-indexes its documents itself once read (the extraction queue finds them by the link written above,
 * committed before this query), so indexing them now too would only index the same words twice.
 */
async function withTextRead(strapi: Core.Strapi, entries: Pending[]): Promise<string[]> {
  const ids = entries.flatMap((entry) => entry.uploaded.map((file) => file.id));
  const layers = await textLayersOf(strapi, ids);
  return entries.filter((entry) => entry.uploaded.some((file) => layers.get(file.id)?.status !== 'pending')).map((entry) => entry.documentId);
}

/**
 * The uploaded files onto every version of their documents: one transaction for the batch; when it fails, each
 * document again in its own, so only the one that cannot be linked fails (and its files are removed again).
 */
async function link(strapi: Core.Strapi, entries: Pending[], fail: (index: number, error: string) => void): Promise<Pending[]> {
  const write = async (entry: Pending, now: Date) => {
    for (const version of entry.versions) {
      const attachments = [...(version.attachments ?? []), ...entry.uploaded].map((f) => f.id);
      await strapi.db.query(LEGAL_DOCUMENT).update({ where: { id: version.id }, data: { attachments, updatedAt: now }, select: ['id'] });
    }
    // updateMany: one UPDATE, and none of the file lifecycles (nothing about the file itself changes).
    for (const file of entry.uploaded) await strapi.db.query(UPLOAD_FILE).updateMany({ where: { id: file.id }, data: { contentSha256: file.contentSha256 } });
  };
  try {
    await strapi.db.transaction(async () => {
      const now = new Date();
      for (const entry of entries) await write(entry, now);
    });
    return entries;
  } catch {
    const linked: Pending[] = [];
    for (const entry of entries) {
      try {
        await strapi.db.transaction(() => write(entry, new Date()));
        linked.push(entry);
      } catch (error) {
        await removeAll(strapi, entry.uploaded);
        fail(entry.index, (error as Error).message);
      }
    }
    return linked;
  }
}

async function removeAll(strapi: Core.Strapi, files: StoredFile[]): Promise<void> {
  for (const file of files) await uploadService(strapi).remove(file).catch(() => undefined);
}

type Uploaded = { index: number; stored: StoredFile } | { index: number; error: string };

/**
 * Into the media library through Strapi's upload service, after its own security check (as the admin's upload):
 * each file for itself, so a refused or failed file fails its document only. A file still on disk (the request's
 * upload) is handed over where it is; bytes from memory (an edXML package's) are written to a temp file first.
 */
async function upload(strapi: Core.Strapi, files: Array<{ index: number; file: OriginalFile; sha256: string }>): Promise<Uploaded[]> {
  let dir: string | null = null;
  try {
    const described: Array<{ filepath: string; originalFilename: string; mimetype: string; size: number }> = [];
    for (const { file } of files) {
      let filepath = file.path;
      if (!filepath) {
        dir ??= await mkdtemp(join(tmpdir(), 'cong-originals-'));
        filepath = join(dir, randomBytes(8).toString('hex'));
        await writeFile(filepath, file.bytes);
      }
      described.push({ filepath, originalFilename: file.name, mimetype: COMMENT_FILE_MIME[sniffCommentFile(file.bytes)!], size: file.bytes.length });
    }
    const refusals = await strapiUploadRefusals(strapi, described);
    const service = uploadService(strapi);
    const results: Uploaded[] = [];
    for (const [i, file] of described.entries()) {
      const index = files[i]!.index;
      const refused = refusals[i];
      if (refused) {
        results.push({ index, error: `Tệp bản gốc "${file.originalFilename}" bị từ chối: ${refused}` });
        continue;
      }
      try {
        const [stored] = await service.upload({ data: { fileInfo: { name: file.originalFilename } }, files: file });
        results.push({ index, stored: { ...stored!, contentSha256: files[i]!.sha256 } });
      } catch (error) {
        results.push({ index, error: `Tệp bản gốc "${file.originalFilename}" không lưu được: ${(error as Error).message}` });
      }
    }
    return results;
  } finally {
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}
