import { type FSWatcher, watch } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Core } from '@strapi/strapi';
import { type SignatureReport, SignatureReportSchema } from '@cong/content';
import { cmsEnv } from '../../env';
import { LEGAL_DOCUMENT, UPLOAD_FILE } from '../../model/uids';
import { announceChanges } from '../change-feed/announce';
import { verifyPdf } from './signature-verification';
import { loadTrustList, type TrustList } from './trust-list';
import { replacesFileBytes, storedFileBytes } from '../media/stored-files';

/**
 * The CMS's side of signature verification (the verifier itself is framework-free: signature-verification.ts,
 * trust-list.ts). Each original file gets one report, stored on the upload plugin's file row (`signatureReport`,
 * extensions/upload/strapi-server.ts). A file is verified when it is uploaded, when a legal document naming it is
 * written without a current report, when the trust list changes (the report keeps the list's fingerprint: a
 * different one means verify again; checked at start-up and whenever the folder changes), and on demand
 * (POST /api/originals/reverify). After storing a report the change feed names the documents that show the file,
 * so the site re-renders their pages within a second. One queue, one file at a time: verification is CPU work
 * (hashing, RSA) and must not starve the editors' requests; the reports of a batch of files are stored together.
 */

type FileRow = { id: number; url?: string; ext?: string | null; mime?: string | null; provider?: string; signatureReport?: unknown };

export const isPdf = (file: Pick<FileRow, 'ext' | 'mime'>) => (file.ext ?? '').toLowerCase() === '.pdf' || file.mime === 'application/pdf';

export function trustListDir(strapi: Core.Strapi): string {
  return cmsEnv().TRUST_LIST_DIR || resolve(strapi.dirs.static.public, '..', 'trust-list');
}

export class OriginalsVerifier {
  private trust: TrustList | null = null;
  private loading: Promise<TrustList> | null = null;
  private readonly pending = new Set<number>();
  private running: Promise<void> | null = null;
  private watcher: FSWatcher | null = null;
  private reloadTimer: NodeJS.Timeout | null = null;

  constructor(private readonly strapi: Core.Strapi) {}

  /** Loads the trust list, watches its folder, and verifies what is missing or stale. */
  async start(): Promise<void> {
    const dir = trustListDir(this.strapi);
    await mkdir(dir, { recursive: true }).catch(() => {});
    await this.trustList();
    try {
      this.watcher = watch(dir, () => this.scheduleReload());
    } catch (error) {
      this.strapi.log.warn(`Trust list folder ${dir} cannot be watched (${(error as Error).message}): changes are seen at the next start.`);
    }
    await this.verifyStale();
  }

  stop(): void {
    this.watcher?.close();
    this.watcher = null;
    if (this.reloadTimer) clearTimeout(this.reloadTimer);
  }

  /** The fingerprint reports are compared with. */
  async fingerprint(): Promise<string> {
    return (await this.trustList()).fingerprint;
  }

  /** The trust list as loaded now (reloaded when its folder changes), for other verifiers (edXML packages). */
  currentTrustList(): Promise<TrustList> {
    return this.trustList();
  }

  /** Verifies these files (media ids) in the background, one at a time. */
  enqueue(ids: Iterable<number>): void {
    for (const id of ids) this.pending.add(id);
    if (this.pending.size > 0 && !this.running) {
      this.running = this.drain().finally(() => {
        this.running = null;
      });
    }
  }

  /** Resolves when everything queued so far is verified (the on-demand route answers after it). */
  async whenIdle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Files of these legal documents (every version) whose report is missing or made with another trust list. */
  async staleAttachments(documentIds: string[]): Promise<number[]> {
    if (documentIds.length === 0) return [];
    const rows: Array<{ attachments?: FileRow[] }> = await this.strapi.db.query(LEGAL_DOCUMENT).findMany({
      where: { documentId: { $in: documentIds } },
      select: ['id'],
      populate: { attachments: { select: ['id', 'signatureReport'] } },
    });
    const fingerprint = await this.fingerprint();
    return [...new Set(rows.flatMap((row) => row.attachments ?? []).filter((file) => !isCurrent(file, fingerprint)).map((file) => file.id))];
  }

  /** Every attachment of these documents (or every PDF and attachment when none are named), verified again now. */
  async reverify(documentIds: string[] | null): Promise<number> {
    const ids = documentIds ? await this.attachmentsOf(documentIds) : await this.allOriginals();
    this.enqueue(ids);
    await this.whenIdle();
    return ids.length;
  }

  /** What the edit view's panel shows: each original of the document (every version's, once) with its report. */
  async reportsOf(documentId: string): Promise<{ files: Array<{ id: number; name: string; report: SignatureReport | null }>; trustList: string }> {
    const rows: Array<{ attachments?: Array<FileRow & { name?: string }> }> = await this.strapi.db.query(LEGAL_DOCUMENT).findMany({
      where: { documentId },
      select: ['id'],
      populate: { attachments: { select: ['id', 'name', 'signatureReport'] } },
    });
    const files = new Map<number, { id: number; name: string; report: SignatureReport | null }>();
    for (const file of rows.flatMap((row) => row.attachments ?? [])) {
      const parsed = SignatureReportSchema.safeParse(file.signatureReport);
      files.set(file.id, { id: file.id, name: file.name ?? String(file.id), report: parsed.success ? parsed.data : null });
    }
    return { files: [...files.values()], trustList: await this.fingerprint() };
  }

  private async trustList(): Promise<TrustList> {
    if (this.trust) return this.trust;
    this.loading ??= loadTrustList(trustListDir(this.strapi)).then((list) => {
      this.trust = list;
      this.loading = null;
      this.logTrustList(list);
      return list;
    });
    return this.loading;
  }

  private logTrustList(list: TrustList): void {
    for (const problem of list.problems) this.strapi.log.warn(`Trust list: ${problem}`);
    if (list.anchors.length === 0) {
      this.strapi.log.warn(`Trust list ${trustListDir(this.strapi)} is empty: every signed original is reported "untrusted" (README, TRUST_LIST_DIR).`);
    }
  }

  private scheduleReload(): void {
    if (this.reloadTimer) clearTimeout(this.reloadTimer);
    // A copy into the folder fires several events; one reload after they settle.
    this.reloadTimer = setTimeout(() => {
      this.reloadTimer = null;
      this.reloadTrustList().catch((error) => this.strapi.log.error(`Trust list reload failed: ${error}`));
    }, 300);
  }

  async reloadTrustList(): Promise<void> {
    const before = this.trust?.fingerprint;
    const list = await loadTrustList(trustListDir(this.strapi));
    if (list.fingerprint === before) return;
    this.trust = list;
    this.logTrustList(list);
    this.strapi.log.info(`Trust list changed (${list.anchors.length} certificates): verifying the originals again.`);
    await this.verifyStale();
  }

  /**
   * Queues every original whose report is missing or made with another trust list. The database picks them by the
   * report's fingerprint, a batch at a time: a media library of a hundred thousand files is never read into memory,
   * and files already current are not read at all.
   */
  private async verifyStale(): Promise<void> {
    const fingerprint = await this.fingerprint();
    for (let lastId = 0; ; ) {
      const files = await staleFiles(this.strapi, fingerprint, lastId, STALE_BATCH);
      // A PDF is verified whether or not a document shows it yet; another file only as a document's original.
      const others = files.filter((file) => !isPdf(file)).map((file) => file.id);
      const attached = new Set(others.length ? await this.attachedAmong(others) : []);
      this.enqueue(files.filter((file) => isPdf(file) || attached.has(file.id)).map((file) => file.id));
      if (files.length < STALE_BATCH) return;
      lastId = files[files.length - 1]!.id;
    }
  }

  /** Which of these files are a legal document's attachments. */
  private async attachedAmong(ids: number[]): Promise<number[]> {
    const rows: Array<{ attachments?: FileRow[] }> = await this.strapi.db.query(LEGAL_DOCUMENT).findMany({
      where: { attachments: { id: { $in: ids } } },
      select: ['id'],
      populate: { attachments: { select: ['id'] } },
    });
    const wanted = new Set(ids);
    return rows.flatMap((row) => (row.attachments ?? []).map((file) => file.id)).filter((id) => wanted.has(id));
  }

  private async allOriginals(): Promise<number[]> {
    const files: FileRow[] = await this.strapi.db.query(UPLOAD_FILE).findMany({ select: ['id', 'ext', 'mime'] });
    const attached = new Set(await this.attachmentsOf(null));
    return files.filter((file) => isPdf(file) || attached.has(file.id)).map((file) => file.id);
  }

  private async attachmentsOf(documentIds: string[] | null): Promise<number[]> {
    const rows: Array<{ attachments?: FileRow[] }> = await this.strapi.db.query(LEGAL_DOCUMENT).findMany({
      ...(documentIds ? { where: { documentId: { $in: documentIds } } } : {}),
      select: ['id'],
      populate: { attachments: { select: ['id'] } },
    });
    return [...new Set(rows.flatMap((row) => (row.attachments ?? []).map((file) => file.id)))];
  }

  /**
   * Verifies what is queued, up to VERIFY_BATCH files at a time (still one file's hashing at a time), and stores
   * each batch's reports in one transaction: an import queues dozens of files a second, and a write per file cost
   * more of the CMS's time than verifying an unsigned PDF.
   */
  private async drain(): Promise<void> {
    while (this.pending.size > 0) {
      const ids = [...this.pending].slice(0, VERIFY_BATCH);
      for (const id of ids) this.pending.delete(id);
      try {
        await this.verifyBatch(ids);
      } catch (error) {
        this.strapi.log.error(`Signature verification of files ${ids.join(', ')} failed: ${(error as Error).message}`);
      }
    }
  }

  private async verifyBatch(ids: number[]): Promise<void> {
    const files: FileRow[] = await this.strapi.db.query(UPLOAD_FILE).findMany({ where: { id: { $in: ids } }, select: ['id', 'url', 'ext', 'mime', 'provider'] });
    const trust = await this.trustList();
    const reports: Array<{ id: number; report: SignatureReport }> = [];
    for (const file of files) {
      try {
        const report: SignatureReport = isPdf(file)
          ? await verifyPdf(await storedFileBytes(this.strapi, file.url), trust)
          : // DOCX/ODT originals carry no PAdES signature: a report with none, so the document's mark is not "pending" forever.
            { signatures: [], verifiedAt: new Date().toISOString(), trustList: trust.fingerprint };
        reports.push({ id: file.id, report });
      } catch (error) {
        this.strapi.log.error(`Signature verification of file ${file.id} failed: ${(error as Error).message}`);
      }
    }
    if (reports.length === 0) return;
    // One UPDATE a file (the query engine's `update` reads the row before and after it; nothing here needs that).
    await this.strapi.db.transaction(async () => {
      for (const { id, report } of reports) await this.strapi.db.query(UPLOAD_FILE).updateMany({ where: { id }, data: { signatureReport: report } });
    });
    // The pages and API answers showing the files are the documents' (the site tags them by the document's entry).
    const related: Array<FileRow & { related?: Array<{ __type?: string; documentId?: string }> }> = await this.strapi.db
      .query(UPLOAD_FILE)
      .findMany({ where: { id: { $in: reports.map((r) => r.id) } }, select: ['id'], populate: { related: true } });
    const documents = related.flatMap((file) => file.related ?? []).filter((entry) => entry.__type === LEGAL_DOCUMENT && entry.documentId).map((entry) => entry.documentId!);
    if (documents.length) announceChanges(this.strapi, LEGAL_DOCUMENT, [...new Set(documents)]);
  }
}

const STALE_BATCH = 500;
/** Files verified before their reports are written together. */
const VERIFY_BATCH = 50;

/**
 * Media files after `afterId` (by id, at most `limit`) whose signature report does not carry this trust list's
 * fingerprint — none, or another list's — read by the database from the JSON column (SQLite's json_extract,
 * PostgreSQL's ->>), as isCurrent judges a report. Only the columns the queue needs.
 */
async function staleFiles(strapi: Core.Strapi, fingerprint: string, afterId: number, limit: number): Promise<FileRow[]> {
  const meta = strapi.db.metadata.get(UPLOAD_FILE);
  const column = (attribute: string): string => (meta.attributes[attribute] as { columnName?: string } | undefined)?.columnName ?? attribute;
  const report = column('signatureReport');
  const trustList =
    strapi.db.dialect.client === 'postgres'
      ? `(??::jsonb ->> 'trustList')`
      : // SQLite: a value that is not JSON reads as no fingerprint (json_extract would fail the whole query).
        `(CASE WHEN json_valid(??) THEN json_extract(??, '$.trustList') END)`;
  const bindings = strapi.db.dialect.client === 'postgres' ? [report] : [report, report];
  return strapi.db
    .connection(meta.tableName)
    .select({ id: 'id', ext: column('ext'), mime: column('mime') })
    .where('id', '>', afterId)
    .andWhere((stale) => stale.whereRaw(`${trustList} IS NULL`, bindings).orWhereRaw(`${trustList} <> ?`, [...bindings, fingerprint]))
    .orderBy('id', 'asc')
    .limit(limit);
}

function isCurrent(file: FileRow, fingerprint: string): boolean {
  const parsed = SignatureReportSchema.safeParse(file.signatureReport);
  return parsed.success && parsed.data.trustList === fingerprint;
}

const verifiers = new WeakMap<Core.Strapi, OriginalsVerifier>();

/** The CMS's one verifier. */
export function originals(strapi: Core.Strapi): OriginalsVerifier {
  let verifier = verifiers.get(strapi);
  if (!verifier) {
    verifier = new OriginalsVerifier(strapi);
    verifiers.set(strapi, verifier);
  }
  return verifier;
}

/**
 * An uploaded PDF is verified at once, before anyone attaches it, and again when the media library replaces its
 * bytes (the old report is dropped in the same write, so no page shows it for the new file). Strapi's upload
 * service writes through the query engine, so its lifecycles see both.
 */
/** What the query engine's lifecycles hand over here: the write's data and its result row. */
type FileEvent = { params?: { data?: Record<string, unknown> }; result?: unknown };

export function verifyUploads(strapi: Core.Strapi): void {
  strapi.db.lifecycles.subscribe({
    models: [UPLOAD_FILE],
    afterCreate(event: FileEvent) {
      const file = event.result as FileRow | undefined;
      if (file?.id && isPdf(file)) afterCommit(strapi, () => originals(strapi).enqueue([file.id]));
    },
    beforeUpdate(event: FileEvent) {
      const data = event.params?.data;
      if (data && replacesFileBytes(data)) data.signatureReport = null;
    },
    afterUpdate(event: FileEvent) {
      const data = event.params?.data;
      const file = event.result as FileRow | undefined;
      if (file?.id && replacesFileBytes(data)) afterCommit(strapi, () => originals(strapi).enqueue([file.id]));
    },
  });
}

/** Runs `work` once the surrounding transaction (if any) has committed: the queue must read committed rows. */
export function afterCommit(strapi: Core.Strapi, work: () => void): void {
  if (strapi.db.inTransaction()) void strapi.db.transaction(async ({ onCommit }) => onCommit(work));
  else work();
}
