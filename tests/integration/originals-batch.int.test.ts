import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pushAllOriginals, pushRecords } from '../../scripts/lib/registry-client.ts';
import { CmsApi, eventually } from '../support/cms-api.ts';
import { textPdf } from '../support/original-pdfs.ts';
import { freePort, type RunningCms, startCms } from '../../scripts/lib/services.ts';

/**
 * The importer's originals, many documents per request (POST /api/registry/originals, what `npm run import` and the
 * import benchmark send): each document attached or refused on its own, the files linked on the draft and on the
 * published version alike, the PDF's text read and searchable through the site, and the same files sent again
 * attached once (by SHA-256) — through the real CMS, its database and the site.
 */
const stack = inject('stack');
const target = stack.cms.sqlite!;
const cms = new CmsApi(target.url, target.importerToken, target);
const RUN = Date.now().toString(36);
const SERIAL = 30_000 + Math.floor(Math.random() * 60_000);
/** Words only the published document's PDF has. */
const PHRASE = 'kè chống sạt lở bờ sông Nậm Rốm';

type Attachment = { name: string };
const attachmentsOf = async (documentId: string, status: 'draft' | 'published') => {
  const { body } = await cms.rest('GET', `/legal-documents/${documentId}?status=${status}&populate[attachments]=true`);
  return ((body.data?.attachments ?? []) as Attachment[]).map((a) => a.name).sort();
};
const mediaNamed = async (name: string) => {
  const response = await fetch(`${target.url}/api/upload/files?${new URLSearchParams({ 'filters[name][$eq]': name })}`, { headers: { authorization: `Bearer ${target.importerToken}` } });
  return ((await response.json()) as unknown[]).length;
};

/** An import record of this run, the `n`th of its `group`: published or a draft. */
const record = (group: string, n: number, publish: boolean) => ({
  sourceKey: `${group}-${RUN}-${n}`,
  number: `${SERIAL + n}/QĐ-UBND`,
  type: 'Quyết định',
  issuer: 'Ủy ban nhân dân tỉnh Sông Hồng (dữ liệu thử)',
  title: `Về việc kiểm thử bản gốc (${group}) ${RUN} số ${n}`,
  signer: null,
  signerTitle: null,
  issuedDate: '2026-11-20',
  effectiveDate: null,
  expiryDate: null,
  gazetteNumber: null,
  gazetteDate: null,
  fields: [],
  text: 'Điều 1. Nội dung kiểm thử.',
  relations: [],
  publish,
  needsReview: false,
  reviewNote: null,
});

describe('originals sent with an import batch, many documents per request', () => {
  const folder = mkdtempSync(join(tmpdir(), 'cong-originals-batch-'));
  const names = { published: `quyet-dinh-${RUN}.pdf`, annex: `phu-luc-${RUN}.pdf`, draft: `du-thao-${RUN}.pdf`, good: `hop-le-${RUN}.pdf`, fake: `gia-pdf-${RUN}.pdf` };
  const records = [record('originals-batch', 1, true), record('originals-batch', 2, false), record('originals-batch', 3, true)];
  const originals = new Map<string, string[]>();
  let documentIds: string[] = [];
  let first: Awaited<ReturnType<typeof pushAllOriginals>>;

  beforeAll(async () => {
    const write = async (name: string, bytes: Uint8Array | string) => {
      writeFileSync(join(folder, name), bytes);
      return join(folder, name);
    };
    originals.set(records[0]!.sourceKey, [await write(names.published, await textPdf([`Trang 1\nDự án ${PHRASE} năm 2026.`])), await write(names.annex, await textPdf(['Phụ lục kinh phí']))]);
    originals.set(records[1]!.sourceKey, [await write(names.draft, await textPdf(['Dự thảo']))]);
    // A text file named .pdf: refused by its bytes, and with it the other file of the same document.
    originals.set(records[2]!.sourceKey, [await write(names.good, await textPdf(['Hợp lệ'])), await write(names.fake, 'không phải PDF')]);
    const results = await pushRecords(target.url, target.importerToken, records);
    expect(results.map((r) => r.action)).toEqual(['created', 'created', 'created']);
    documentIds = results.map((r) => r.documentId!);
    first = await pushAllOriginals(target.url, target.importerToken, results, originals);
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('answers each document on its own: attached, or refused with the reason', () => {
    expect(first.map((a) => a.sourceKey)).toEqual(records.map((r) => r.sourceKey));
    // The multipart parser hands a field's files over as each is written to disk, so their order is not the sent one.
    expect(first[0]!.answer?.map((o) => [o.name, o.action]).sort()).toEqual(
      [
        [names.published, 'attached'],
        [names.annex, 'attached'],
      ].sort(),
    );
    expect(first[1]!.answer?.map((o) => o.action)).toEqual(['attached']);
    expect(first[2]!.answer).toBeNull();
    expect(first[2]!.error?.message).toContain(`Tệp bản gốc "${names.fake}" không phải PDF, DOCX hay ODT`);
  });

  it('links the files on every version of the document, and leaves nothing of a refused document', async () => {
    expect(await attachmentsOf(documentIds[0]!, 'draft')).toEqual([names.annex, names.published].sort());
    expect(await attachmentsOf(documentIds[0]!, 'published')).toEqual([names.annex, names.published].sort());
    expect(await attachmentsOf(documentIds[1]!, 'draft')).toEqual([names.draft]);
    expect(await attachmentsOf(documentIds[2]!, 'draft')).toEqual([]);
    expect(await mediaNamed(names.good)).toBe(0);
  });

  it('reads the published document’s PDF, so the site finds the document by words only its original has', async () => {
    await eventually(async () => {
      const response = await fetch(`${stack.siteUrl}/api/v1/search?q=${encodeURIComponent(PHRASE)}`);
      const { hits } = (await response.json()) as { hits: Array<{ number?: string; attachment?: { file: string } }> };
      return hits.some((h) => h.number === records[0]!.number && h.attachment?.file === names.published);
    }, 30_000);
  });

  it('sending the same files again attaches nothing twice', async () => {
    const results = await pushRecords(target.url, target.importerToken, records);
    expect(results.map((r) => r.action)).toEqual(['updated', 'updated', 'updated']);
    const again = await pushAllOriginals(target.url, target.importerToken, results, new Map([...originals].slice(0, 2)));
    expect(again.map((a) => a.answer?.map((o) => o.action))).toEqual([['already-attached', 'already-attached'], ['already-attached']]);
    expect(await attachmentsOf(documentIds[0]!, 'published')).toEqual([names.annex, names.published].sort());
    for (const name of [names.published, names.annex, names.draft]) expect(await mediaNamed(name)).toBe(1);
  });

  it('is the one way in: the former per-document route, which wrote no audit entry, is gone', async () => {
    const form = new FormData();
    form.append('files', new Blob([Buffer.from(await textPdf(['Không được nhận']))], { type: 'application/pdf' }), `khong-nhan-${RUN}.pdf`);
    const response = await fetch(`${target.url}/api/registry/documents/${documentIds[0]}/originals`, { method: 'POST', headers: { authorization: `Bearer ${target.importerToken}` }, body: form });
    // No route takes the POST (Koa's router says 405 where another method shares the path pattern); nothing stored.
    expect([404, 405]).toContain(response.status);
    expect(await mediaNamed(`khong-nhan-${RUN}.pdf`)).toBe(0);
  });
});

/**
 * An import's originals arrive many at a time, and the CMS stores what it reads of them in batches: the texts read
 * within a tenth of a second in one transaction and one search update, the signature reports of up to 50 files in
 * one transaction. Each document must still be found by the words only its own PDF has, the hit naming its own file
 * and the page, and each file must carry its own report.
 */
describe('originals read together are stored and indexed together, each with its own document, file and page', () => {
  const folder = mkdtempSync(join(tmpdir(), 'cong-originals-together-'));
  /** A place name per document, on page 2 of its PDF only. */
  const PLACES = ['Bản Phiệt', 'Nà Hẩu', 'Pác Bó', 'Mường Tè', 'Sìn Hồ', 'Tà Xùa', 'Lũng Cú', 'Khâu Vai'];
  const phrase = (place: string) => `kênh mương nội đồng ${place} kiên cố hóa`;
  const records = PLACES.map((_, i) => record('originals-together', 100 + i, true));
  const fileName = (i: number) => `kenh-muong-${RUN}-${i}.pdf`;
  let documentIds: string[] = [];

  beforeAll(async () => {
    const originals = new Map<string, string[]>();
    for (const [i, place] of PLACES.entries()) {
      const path = join(folder, fileName(i));
      writeFileSync(path, await textPdf(['Trang 1\nTờ trình đầu tư.', `Trang 2\nDự án ${phrase(place)} năm 2026.`, 'Trang 3\nKinh phí thực hiện.']));
      originals.set(records[i]!.sourceKey, [path]);
    }
    const results = await pushRecords(target.url, target.importerToken, records);
    documentIds = results.map((r) => r.documentId!);
    const attached = await pushAllOriginals(target.url, target.importerToken, results, originals);
    expect(attached.map((a) => a.answer?.map((o) => o.action))).toEqual(PLACES.map(() => ['attached']));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('finds each document by its own PDF’s words, naming its own file and page 2', async () => {
    for (const [i, place] of PLACES.entries()) {
      await eventually(async () => {
        const response = await fetch(`${stack.siteUrl}/api/v1/search?q=${encodeURIComponent(phrase(place))}`);
        const { hits } = (await response.json()) as { hits: Array<{ number?: string; attachment?: { file: string; page: number | null } }> };
        const own = hits.find((h) => h.number === records[i]!.number);
        return own?.attachment?.file === fileName(i) && own.attachment.page === 2;
      }, 30_000);
    }
  });

  it('stores each file’s own signature report', async () => {
    await eventually(async () => {
      for (const [i, documentId] of documentIds.entries()) {
        const { body } = await cms.rest('GET', `/legal-documents/${documentId}?status=published&populate[attachments]=true`);
        const files = (body.data?.attachments ?? []) as Array<{ name: string; signatureReport: { signatures: unknown[] } | null }>;
        if (files.length !== 1 || files[0]!.name !== fileName(i) || !files[0]!.signatureReport) return false;
        expect(files[0]!.signatureReport.signatures).toEqual([]);
      }
      return true;
    }, 30_000);
  });
});

/**
 * Importing the same folder again compares the SHA-256 the first import wrote on each file's row, instead of reading
 * every stored file back (a province's archive holds thousands): on a CMS of its own, whose stored copy is taken away
 * after the first import — the second still knows the file. And the media library's "replace" (new bytes under the
 * same row) forgets that hash: the old bytes sent again are attached again.
 */
describe('a re-import knows its files by the hash written when they were attached', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cong-originals-hash-'));
  const name = `ban-goc-hash-${RUN}.pdf`;
  const one = record('originals-hash', 1, true);
  let own: RunningCms;
  let originals: Map<string, string[]>;
  const auth = () => ({ authorization: `Bearer ${own.tokens.importer}` });
  const storedFile = async () => {
    const response = await fetch(`${own.url}/api/upload/files?${new URLSearchParams({ 'filters[name][$eq]': name })}`, { headers: auth() });
    return (await response.json()) as Array<{ id: number; url: string }>;
  };
  const importAgain = async () => {
    const results = await pushRecords(own.url, own.tokens.importer, [one]);
    return (await pushAllOriginals(own.url, own.tokens.importer, results, originals))[0]!.answer?.map((o) => o.action);
  };

  beforeAll(async () => {
    own = await startCms({ port: await freePort(), dataDir, quiet: true });
    const path = join(dataDir, name);
    writeFileSync(path, await textPdf(['Trang 1\nBản gốc dùng một lần.']));
    originals = new Map([[one.sourceKey, [path]]]);
    expect(await importAgain()).toEqual(['attached']);
    // Until the extraction queue has read it: the file is taken away below.
    await eventually(async () => {
      const progress = (await (await fetch(`${own.url}/api/original-text/progress`, { headers: auth() })).json()) as { pending: number; running: number };
      return progress.pending === 0 && progress.running === 0;
    }, 30_000);
  }, 120_000);
  afterAll(async () => {
    await own?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('knows the file without reading it back', async () => {
    const [stored] = await storedFile();
    const copy = join(dataDir, 'public', stored!.url);
    const bytes = readFileSync(copy);
    rmSync(copy);
    expect(await importAgain()).toEqual(['already-attached']);
    expect(await storedFile()).toHaveLength(1);
    writeFileSync(copy, bytes);
  });

  it('forgets the hash when the media library replaces the file', async () => {
    const [stored] = await storedFile();
    const form = new FormData();
    form.append('fileInfo', JSON.stringify({ name }));
    form.append('files', new Blob([Buffer.from(await textPdf(['Bản thay thế']))], { type: 'application/pdf' }), name);
    const replaced = await fetch(`${own.url}/api/upload?id=${stored!.id}`, { method: 'POST', headers: auth(), body: form });
    expect(replaced.status).toBe(200);
    expect(await importAgain()).toEqual(['attached']);
  });
});
