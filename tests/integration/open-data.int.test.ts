import { createHash, randomUUID } from 'node:crypto';
import { parseString } from '@fast-csv/parse';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { demoComments } from '../../content/src/demo/index.ts';
import {
  OPEN_DATA_DATASETS,
  type OpenDataDatasetKey,
  type OpenDataManifest,
  OpenDataManifestSchema,
} from '../../content/src/index.ts';
import { CmsApi, eventually } from '../support/cms-api.ts';

/**
 * Dữ liệu mở on the real stack with the demo content: every file downloaded and parsed (JSON Lines line by line with
 * the content model's schemas, CSV with a CSV parser), its records equal to the API's answers and as many, its size
 * and SHA-256 as the manifest and the page say, no commenter's personal data anywhere, and a publish in the CMS
 * reaching the files and the manifest within 5 s.
 */
const stack = inject('stack');
const site = stack.siteUrl;
const sqlite = stack.cms.sqlite!;
const cms = new CmsApi(sqlite.url, sqlite.importerToken, sqlite);

type Downloaded = { bytes: Buffer; text: string; headers: Headers };

async function manifest(): Promise<OpenDataManifest> {
  const response = await fetch(`${site}/du-lieu-mo/danh-muc.json`);
  expect(response.status).toBe(200);
  return OpenDataManifestSchema.parse(await response.json());
}

async function download(name: string, acceptEncoding?: string): Promise<Downloaded> {
  const response = await fetch(`${site}/du-lieu-mo/${name}`, acceptEncoding ? { headers: { 'accept-encoding': acceptEncoding } } : {});
  expect(response.status, name).toBe(200);
  const bytes = Buffer.from(await response.arrayBuffer());
  return { bytes, text: bytes.toString('utf8'), headers: response.headers };
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function parseCsv(text: string): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const rows: string[][] = [];
    parseString(text, { headers: false, ignoreEmpty: false })
      .on('error', reject)
      .on('data', (row: string[]) => rows.push(row))
      .on('end', () => resolve(rows));
  });
}

function jsonLines(text: string): unknown[] {
  if (text === '') return [];
  expect(text.endsWith('\n')).toBe(true);
  return text.slice(0, -1).split('\n').map((line) => JSON.parse(line));
}

type ApiAnswer = { data: unknown; meta: { total: number } };

async function api<T = ApiAnswer>(path: string): Promise<T> {
  const response = await fetch(`${site}${path}`);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

/** What the API says there is: documents, drafts, approved comments (all drafts), directory entries. */
async function apiTotals(): Promise<Record<OpenDataDatasetKey, number>> {
  const drafts = await api<{ data: { slug: string }[]; meta: { total: number } }>('/api/v1/drafts');
  let comments = 0;
  for (const draft of drafts.data) comments += (await api<{ meta: { total: number } }>(`/api/v1/drafts/${draft.slug}/comments`)).meta.total;
  return {
    documents: (await api('/api/v1/documents?pageSize=1')).meta.total,
    drafts: drafts.meta.total,
    comments,
    directory: (await api('/api/v1/directory')).meta.total,
  };
}

const recordsOf = (m: OpenDataManifest) => Object.fromEntries(m.datasets.map((d) => [d.key, d.records])) as Record<OpenDataDatasetKey, number>;

let catalogue: OpenDataManifest;
const files = new Map<string, Downloaded>();

beforeAll(async () => {
  // The CMS's demo is loaded and nothing else publishes meanwhile (files run one at a time), but the totals are
  // compared once both sides agree, should a change from an earlier file still be on its way.
  await eventually(async () => JSON.stringify(recordsOf(await manifest())) === JSON.stringify(await apiTotals()), 10_000, 250);
  catalogue = await manifest();
  for (const dataset of catalogue.datasets) for (const file of dataset.files) files.set(file.name, await download(file.name));
}, 60_000);

describe('the open-data files', () => {
  it('are listed in the manifest, each with its size, SHA-256, date, licence and a link to the API description', () => {
    expect(catalogue.datasets.map((d) => d.key)).toEqual(['documents', 'drafts', 'comments', 'directory']);
    expect(catalogue.licence.id).toBe('CC-BY-4.0');
    expect(catalogue.apiDescription).toMatch(/\/api\/v1\/openapi\.json$/);
    expect(catalogue.apiDocumentation).toMatch(/\/tai-lieu-api$/);
    for (const dataset of catalogue.datasets) {
      expect(dataset.files.map((f) => f.name)).toEqual([`${OPEN_DATA_DATASETS[dataset.key].fileBase}.jsonl`, `${OPEN_DATA_DATASETS[dataset.key].fileBase}.csv`]);
      for (const file of dataset.files) {
        const { bytes, headers } = files.get(file.name)!;
        expect(bytes.length, file.name).toBe(file.size);
        expect(sha256(bytes), file.name).toBe(file.sha256);
        expect(headers.get('repr-digest')).toBe(`sha-256=:${Buffer.from(file.sha256, 'hex').toString('base64')}:`);
        expect(headers.get('content-type')).toBe(file.mediaType);
        expect(Date.parse(file.generatedAt)).toBeGreaterThan(0);
      }
    }
    expect(recordsOf(catalogue).documents).toBeGreaterThan(0);
    expect(recordsOf(catalogue).comments).toBeGreaterThan(0);
  });

  it('hold as many records as the API has: documents, drafts, approved comments, directory entries', async () => {
    expect(recordsOf(catalogue)).toEqual(await apiTotals());
    for (const dataset of catalogue.datasets) {
      const base = OPEN_DATA_DATASETS[dataset.key].fileBase;
      expect(jsonLines(files.get(`${base}.jsonl`)!.text), base).toHaveLength(dataset.records);
      expect((await parseCsv(files.get(`${base}.csv`)!.text)).length - 1, base).toBe(dataset.records);
    }
  });

  it('JSON Lines: every line parses with the content model\'s schema (nothing more) and equals what the API answers for it', async () => {
    for (const key of Object.keys(OPEN_DATA_DATASETS) as OpenDataDatasetKey[]) {
      const dataset = OPEN_DATA_DATASETS[key];
      for (const record of jsonLines(files.get(`${dataset.fileBase}.jsonl`)!.text)) {
        expect(() => (dataset.schema as unknown as { strict: () => { parse: (v: unknown) => unknown } }).strict().parse(record)).not.toThrow();
      }
    }
    const documents = jsonLines(files.get('van-ban.jsonl')!.text) as { slug: string; relations: unknown[] }[];
    expect(documents.some((d) => d.relations.length > 0)).toBe(true);
    for (const document of documents) expect(document, document.slug).toEqual((await api(`/api/v1/documents/${document.slug}`)).data);
    for (const draft of jsonLines(files.get('du-thao.jsonl')!.text) as { slug: string }[]) {
      const { commentToken: _token, ...answered } = (await api(`/api/v1/drafts/${draft.slug}`)).data as Record<string, unknown>;
      expect(draft).toEqual(answered);
    }
    const comments = jsonLines(files.get('gop-y.jsonl')!.text) as { id: string; draft: string }[];
    for (const comment of comments) {
      const { draft, ...rest } = comment;
      expect((await api(`/api/v1/drafts/${draft}/comments`)).data).toContainEqual(rest);
    }
    expect(jsonLines(files.get('danh-ba.jsonl')!.text)).toEqual((await api('/api/v1/directory')).data);
  });

  it('CSV: BOM, CRLF, the JSON field names as header, a row per record in the same order, dates in ISO', async () => {
    for (const key of Object.keys(OPEN_DATA_DATASETS) as OpenDataDatasetKey[]) {
      const dataset = OPEN_DATA_DATASETS[key];
      const { text } = files.get(`${dataset.fileBase}.csv`)!;
      expect(text.startsWith('\uFEFF')).toBe(true);
      expect(text.endsWith('\r\n')).toBe(true);
      const [header, ...rows] = await parseCsv(text.slice(1));
      expect(header).toEqual(dataset.columns.map((c) => c.name));
      const records = jsonLines(files.get(`${dataset.fileBase}.jsonl`)!.text) as Record<string, unknown>[];
      const first = header!.indexOf(key === 'directory' ? 'email' : key === 'comments' ? 'id' : 'slug');
      expect(rows.map((row) => row[first])).toEqual(records.map((r) => r[header![first]!] ?? ''));
    }
    const [header, ...rows] = await parseCsv(files.get('van-ban.csv')!.text.slice(1));
    const issued = header!.indexOf('issuedDate');
    expect(rows.filter((r) => r[issued]).every((r) => /^\d{4}-\d{2}-\d{2}/.test(r[issued]!))).toBe(true);
    const text = header!.indexOf('text');
    expect(rows.some((r) => r[text]!.length > 200)).toBe(true); // the full text, not a summary
  });

  it('never carry a commenter\'s e-mail or phone, an anonymous commenter\'s name, or a comment not approved', () => {
    const everything = [...files.values()].map((f) => f.text).join('\n');
    for (const comment of demoComments) expect(everything).not.toContain(comment.email);
    for (const comment of demoComments.filter((c) => c.anonymous)) expect(everything).not.toContain(comment.name);
    for (const comment of demoComments.filter((c) => c.status !== 'approved')) expect(everything).not.toContain(comment.content);
    for (const comment of jsonLines(files.get('gop-y.jsonl')!.text) as Record<string, unknown>[]) {
      expect(Object.keys(comment)).not.toContain('email');
      expect(Object.keys(comment)).not.toContain('phone');
    }
    const [header] = files.get('gop-y.csv')!.text.split('\r\n');
    expect(header).not.toMatch(/email|phone/);
  });

  it('are sent gzip to whom takes it, identity with their length otherwise; an unknown file is a 404', async () => {
    const file = catalogue.datasets[0]!.files[0]!;
    const plain = await fetch(`${site}/du-lieu-mo/${file.name}`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('content-length')).toBe(String(file.size));
    expect(plain.headers.get('etag')).toBe(`"${file.sha256}"`);
    await plain.arrayBuffer();
    const gz = await fetch(`${site}/du-lieu-mo/${file.name}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(sha256(Buffer.from(await gz.arrayBuffer()))).toBe(file.sha256); // fetch decodes: the same bytes
    const missing = await fetch(`${site}/du-lieu-mo/khong-co.csv`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('khong-co.csv');
  });
});

describe('the /du-lieu-mo page', () => {
  it('shows each file with the manifest\'s size, SHA-256 and date (dd/mm/yyyy), the licence and the API links', async () => {
    const response = await fetch(`${site}/du-lieu-mo`);
    expect(response.status).toBe(200);
    const html = await response.text();
    for (const dataset of catalogue.datasets) {
      for (const file of dataset.files) {
        const row = new RegExp(`<tr data-file="${file.name.replace('.', '\\.')}">([\\s\\S]*?)</tr>`).exec(html)?.[1];
        expect(row, file.name).toBeDefined();
        expect(row).toContain(`href="/du-lieu-mo/${file.name}"`);
        expect(row).toContain(`<data value="${file.size}">`);
        expect(row).toContain(`<code class="digest">${file.sha256}</code>`);
        expect(row).toMatch(/\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
      }
    }
    expect(html).toContain(`href="${catalogue.licence.url}"`);
    expect(html).toContain('href="/tai-lieu-api"');
    expect(html).toContain('href="/api/v1/openapi.json"');
    expect(html).toContain('href="/du-lieu-mo/danh-muc.json"');
  });

  it('is linked from every page\'s footer, the site map, sitemap.xml and the API documentation', async () => {
    expect(await (await fetch(`${site}/`)).text()).toContain('href="/du-lieu-mo"');
    expect(await (await fetch(`${site}/so-do-trang`)).text()).toContain('href="/du-lieu-mo"');
    expect(await (await fetch(`${site}/tai-lieu-api`)).text()).toContain('href="/du-lieu-mo"');
    expect(await (await fetch(`${site}/sitemap.xml`)).text()).toContain('/du-lieu-mo</loc>');
  });
});

describe('regenerated on publish', () => {
  it('a legal document published in the CMS is in the files, the manifest and the page within 5 s', async () => {
    const issuer = (await cms.rest('GET', '/issuing-bodies?pagination[pageSize]=1')).body.data[0];
    const type = (await cms.rest('GET', '/document-types?filters[slug][$eq]=quyet-dinh')).body.data[0];
    const title = `Quyết định dữ liệu mở ${randomUUID().slice(0, 8)}`;
    const before = await manifest();
    const created = await cms.rest('POST', '/legal-documents?status=published', {
      data: { documentType: type.documentId, issuingBody: issuer.documentId, title, number: `${Math.floor(Math.random() * 900) + 100}/2026/QĐ-UBND`, issuedDate: '2026-11-20', effectiveDate: '2026-12-01', body: 'Điều 1. Công khai dữ liệu mở.' },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const started = Date.now();
    try {
      let after = before;
      await eventually(async () => {
        after = await manifest();
        return recordsOf(after).documents === recordsOf(before).documents + 1;
      }, 5_000, 100);
      console.info(`[open-data] publish → in the manifest: ${Date.now() - started} ms; records ${JSON.stringify(recordsOf(after))}`);
      expect(Date.now() - started).toBeLessThan(5_000);
      const jsonl = await download('van-ban.jsonl');
      const csv = await download('van-ban.csv');
      const described = after.datasets[0]!.files;
      expect(sha256(jsonl.bytes)).toBe(described[0]!.sha256);
      expect(sha256(csv.bytes)).toBe(described[1]!.sha256);
      expect(described[0]!.sha256).not.toBe(before.datasets[0]!.files[0]!.sha256);
      expect((jsonLines(jsonl.text) as { title: string }[]).map((d) => d.title)).toContain(title);
      expect(csv.text).toContain(title);
      expect(await (await fetch(`${site}/du-lieu-mo`)).text()).toContain(described[0]!.sha256);
      expect(recordsOf(after).documents).toBe((await api('/api/v1/documents?pageSize=1')).meta.total);
    } finally {
      await cms.rest('DELETE', `/legal-documents/${created.body.data.documentId}`);
    }
  });
});
