/**
 * npm run bench:search — indexes a generated archive of 100,000 legal documents (search-corpus.ts) with the
 * embedded engine and measures ranked top-10 latency per query class, beside a naive portal's search
 * measured in the same run: SQL `LIKE '%…%'` over the same texts in SQLite, which finds every matching
 * document and sorts them by date. Prints build time, size on disk, peak memory and p50/p95/p99.
 * Target (issue 3): p95 ≤ 20 ms over the whole mix, ≥ 50× the baseline at p50, peak memory < 1.5 GiB.
 *
 *   sh scripts/with-node.sh node tests/bench/search.bench.ts        # BENCH_SEARCH_COUNT=20000 to run smaller
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync, existsSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { foldedKey } from '../../content/src/index.ts';
import { EmbeddedSearchEngine } from '../../search/src/engines/embedded.ts';
import { legalDocumentToSearchDocument } from '../../search/src/mappers/legal-document.ts';
import type { SearchDocument } from '../../search/src/search-document.ts';
import { generateSearchCorpus, searchVocabulary } from './search-corpus.ts';

const COUNT = Number(process.env.BENCH_SEARCH_COUNT ?? 100_000);
const REPEAT = Number(process.env.BENCH_SEARCH_REPEAT ?? 5);
const BASELINE_REPEAT = 1;
const dir = mkdtempSync(join(process.env.BENCH_DIR ?? tmpdir(), 'cong-bench-search-'));
const indexPath = join(dir, 'search.db');

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const fileSize = (path: string) => ['', '-wal', '-shm'].reduce((sum, suffix) => sum + (existsSync(path + suffix) ? statSync(path + suffix).size : 0), 0);
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

// The baseline: what a portal without a search engine does, over the same texts, in the same process.
const baseline = new Database(join(dir, 'baseline.db'));
baseline.pragma('journal_mode = WAL');
baseline.exec('CREATE TABLE docs (docid INTEGER PRIMARY KEY, title TEXT, number TEXT, date TEXT, body TEXT)');
const insertBaseline = baseline.prepare('INSERT INTO docs (title, number, date, body) VALUES (?, ?, ?, ?)');
let baselineBatch: SearchDocument[] = [];
const flushBaseline = baseline.transaction((docs: SearchDocument[]) => {
  // Lower-cased once, so that LIKE (case-insensitive for ASCII only) gets its best chance with Vietnamese.
  for (const d of docs) insertBaseline.run(d.title, d.number, d.date, `${d.title}\n${d.number ?? ''}\n${d.text}`.toLowerCase());
});

// Samples for the query mix, taken while generating: numbers in their real shapes, and rare words that occur.
const sampledNumbers: string[] = [];
const sampledTexts: string[] = [];
async function* corpus(): AsyncGenerator<SearchDocument> {
  let i = 0;
  for (const legal of generateSearchCorpus({ count: COUNT, seed: 2026 })) {
    const doc = legalDocumentToSearchDocument(legal);
    if (i % Math.max(1, Math.floor(COUNT / 40)) === 7 && doc.number !== null) {
      sampledNumbers.push(doc.number);
      sampledTexts.push(doc.text);
    }
    baselineBatch.push(doc);
    if (baselineBatch.length === 1000) {
      flushBaseline(baselineBatch);
      baselineBatch = [];
    }
    i++;
    yield doc;
  }
  flushBaseline(baselineBatch);
}

console.log(`Search benchmark: ${COUNT.toLocaleString('en')} generated documents, embedded engine (SQLite FTS5) at ${dir}`);
let engine = new EmbeddedSearchEngine({ path: indexPath });
let lastPrint = 0;
const report = await engine.rebuild(corpus(), {
  total: COUNT,
  onProgress: ({ indexed, total }) => {
    if (indexed - lastPrint >= 10_000 || indexed === total) {
      lastPrint = indexed;
      process.stdout.write(`  indexed ${indexed.toLocaleString('en')} / ${total?.toLocaleString('en')}\r`);
    }
  },
});
console.log(`\nIndex build (generation, mapping, baseline table included): ${(report.tookMs / 1000).toFixed(1)} s for ${report.indexed.toLocaleString('en')} documents`);
await engine.close();
baseline.pragma('wal_checkpoint(TRUNCATE)');
console.log(`Index size on disk: ${mib(fileSize(indexPath))} (baseline table with the same texts: ${mib(fileSize(join(dir, 'baseline.db')))})`);

let t0 = performance.now();
engine = new EmbeddedSearchEngine({ path: indexPath });
const stats = engine.stats();
console.log(`Open with warm-up: ${(performance.now() - t0).toFixed(0)} ms, ${stats.cachedTerms} frequent terms held as bitmaps (${mib(stats.cachedBytes)})`);

// Latency on a shared 2-core machine depends on what else runs: the load is printed beside the figures.
const load = () => loadavg().map((l) => l.toFixed(1)).join(' / ');
console.log(`Machine: ${cpus().length} cores, load average (1/5/15 min) before the queries: ${load()}`);

// The query mix.
const vocabulary = searchVocabulary();
const rareWords: string[] = [];
for (const text of sampledTexts) {
  const lower = text.toLowerCase();
  const word = vocabulary.slice(5_000).find((w) => lower.includes(` ${w} `) && !rareWords.includes(w));
  if (word !== undefined) rareWords.push(word);
  if (rareWords.length >= 8) break;
}
const numberForms = sampledNumbers.slice(0, 8).flatMap((number, i) => {
  const [sequence, ...rest] = number.split('/');
  const symbol = rest.at(-1)!;
  const year = rest.length === 2 ? rest[0] : undefined;
  const forms = [number, foldedKey(number), year === undefined ? `${symbol.toLowerCase()} ${sequence}` : `${foldedKey(symbol)} ${sequence}/${year}`];
  return forms[i % forms.length]!;
});
const classes: Record<string, string[]> = {
  common: ['văn bản', 'cơ quan nhà nước', 'quy định', 'ủy ban nhân dân', 'thực hiện', 'trách nhiệm', 'tổ chức', 'thủ tục hành chính', 'quản lý', 'dịch vụ công trực tuyến'],
  numbers: [...sampledNumbers.slice(8, 12), ...numberForms],
  rare: rareWords,
  unaccented: ['van ban', 'co quan nha nuoc', 'thu dien tu', 'uy ban nhan dan', 'chu ky so', 'nghi dinh', 'thu tuc hanh chinh', 'an toan thong tin'],
  typos: ['nghị địnhh', 'thông tinn', 'hướng dẫnn', 'kiểm traa', 'ngân sáhc', 'chuyểnn đổi số', 'giáo dụcc', 'trách nhiệmm'],
  phrases: ['"văn bản điện tử"', '"cơ quan nhà nước"', '"thủ tục hành chính"', '"an toàn thông tin"', '"dịch vụ công trực tuyến"', '"chữ ký số"'],
};

type Row = { name: string; queries: number; hits: number; samples: number[]; cold: number[]; baseline: number[] };
const rows: Row[] = [];
const likeQuery = baseline.prepare('SELECT docid, title, number, date FROM docs WHERE body LIKE ? ORDER BY date DESC LIMIT 10');
for (const [name, queries] of Object.entries(classes)) {
  const row: Row = { name, queries: queries.length, hits: 0, samples: [], cold: [], baseline: [] };
  for (const q of queries) {
    // Cold: no cached bitmaps at all, every frequent term read from FTS5 (as for a process opened with
    // `warmUp: false`). The runs after it find the terms this query loaded.
    engine.dropCaches();
    let start = performance.now();
    const first = await engine.search({ q, pageSize: 10 });
    row.cold.push(performance.now() - start);
    row.hits += first.total;
    for (let r = 0; r < REPEAT; r++) {
      start = performance.now();
      await engine.search({ q, pageSize: 10 });
      row.samples.push(performance.now() - start);
    }
    for (let r = 0; r < BASELINE_REPEAT; r++) {
      start = performance.now();
      likeQuery.all(`%${q.replace(/"/g, '').toLowerCase()}%`);
      row.baseline.push(performance.now() - start);
    }
  }
  rows.push(row);
}

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1)).padStart(7);
console.log(`\nRanked top-10 latency in ms (${REPEAT} runs per query after the cold run; baseline: LIKE scan, ${BASELINE_REPEAT} run per query)`);
console.log('class        queries  avg hits |   p50     p95     p99  | cold p50 cold p95 | LIKE p50  LIKE p95 | ×p50');
const all: number[] = [];
const allCold: number[] = [];
const allBaseline: number[] = [];
for (const row of rows) {
  all.push(...row.samples);
  allCold.push(...row.cold);
  allBaseline.push(...row.baseline);
  console.log(
    `${row.name.padEnd(12)} ${String(row.queries).padStart(7)} ${String(Math.round(row.hits / row.queries)).padStart(9)} |${fmt(percentile(row.samples, 50))} ${fmt(percentile(row.samples, 95))} ${fmt(percentile(row.samples, 99))} |${fmt(percentile(row.cold, 50))}  ${fmt(percentile(row.cold, 95))} | ${fmt(percentile(row.baseline, 50))}  ${fmt(percentile(row.baseline, 95))} | ${(percentile(row.baseline, 50) / percentile(row.samples, 50)).toFixed(0)}×`,
  );
}
console.log(
  `${'whole mix'.padEnd(12)} ${String(rows.reduce((s, r) => s + r.queries, 0)).padStart(7)} ${''.padStart(9)} |${fmt(percentile(all, 50))} ${fmt(percentile(all, 95))} ${fmt(percentile(all, 99))} |${fmt(percentile(allCold, 50))}  ${fmt(percentile(allCold, 95))} | ${fmt(percentile(allBaseline, 50))}  ${fmt(percentile(allBaseline, 95))} | ${(percentile(allBaseline, 50) / percentile(all, 50)).toFixed(0)}×`,
);
console.log(`Load average after the queries: ${load()}`);
const peak = process.resourceUsage().maxRSS * 1024;
console.log(`\nPeak memory (maxRSS of this process: generation, indexing, baseline and queries): ${mib(peak)}`);
console.log(
  `Targets: p95 ≤ 20 ms → ${percentile(all, 95) <= 20 ? 'met' : 'NOT met'}; ≥ 50× baseline at p50 → ${percentile(allBaseline, 50) / percentile(all, 50) >= 50 ? 'met' : 'NOT met'}; peak < 1.5 GiB → ${peak < 1.5 * 1024 ** 3 ? 'met' : 'NOT met'}`,
);
await engine.close();
baseline.close();
if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
