/**
 * npm run bench:import — imports 5,000 generated documents into a fresh CMS (SQLite) through the import
 * endpoint, and prints documents/second and peak memory of the CMS and of the importer. Baseline, measured
 * in the same run on the same CMS: the naive path, one REST create-and-publish request per document.
 * Target (issue 2): ≥ 200 documents/s including indexing, memory under 1 GiB.
 *
 * Then a run with originals (issue 14): BENCH_IMPORT_PDF_COUNT (200) documents into another fresh CMS, each with
 * one 10-page PDF attached the importer's way (the records in batches, then the originals, many documents per
 * request: POST /api/registry/originals), timed until the CMS has verified every PDF's signatures and read its text
 * (the extraction queue drained, every text indexed). Target: ≥ 50 documents/s. Besides the wall-clock rate it
 * prints the CMS's CPU time per document, by thread (MainThread: HTTP, uploads, database, indexing; WorkerThread:
 * the extraction pool's pdf.js; V8Worker: garbage collection and compilation), and the rate that CPU allows on this
 * machine's cores: on a box whose cores are shared the wall-clock rate says more about the neighbours than about the
 * CMS. BENCH_IMPORT_COUNT=0 skips the first run.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, ensureInstalled } from '../../scripts/lib/build.ts';

ensureInstalled();
ensureBuilt();
const { freePort, startCms } = await import('../../scripts/lib/services.ts');
const { pushAllOriginals, pushRecords } = await import('../../scripts/lib/registry-client.ts');
const { tenPagePdf } = await import('./sample-originals.ts');
const { default: Database } = await import('better-sqlite3');
const { generateRecords } = await import('./corpus-generator.ts');
const { cpuSecondsByThread, peakRssMiB, resetPeakRss } = await import('./process-memory.ts');

const COUNT = Number(process.env.BENCH_IMPORT_COUNT ?? 5000);
const PDF_COUNT = Number(process.env.BENCH_IMPORT_PDF_COUNT ?? 200);
const cores = availableParallelism();
const BASELINE_COUNT = Math.min(200, COUNT);
if (COUNT > 0) await importRecordsOnly();
if (PDF_COUNT > 0) await importWithOriginals(PDF_COUNT);

/** The run with a 10-page PDF original per document, on a CMS of its own (its peak memory is this run's). */
async function importWithOriginals(count: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cong-bench-import-pdf-'));
  const pdfCms = await startCms({ port: await freePort(), dataDir: dir, quiet: true });
  try {
    const records = generateRecords({ count, seed: 11 });
    const folder = join(dir, 'originals');
    mkdirSync(folder);
    const originals = new Map<string, string[]>();
    // One at a time, straight to disk: each PDF in the making holds its own parse of the font (all 200 at once
    // peaked at ≈ 900 MiB), and what this process holds before the import is not the importer's memory.
    for (const [i, record] of records.entries()) {
      const path = join(folder, `ban-goc-${i}.pdf`);
      writeFileSync(path, await tenPagePdf(i));
      originals.set(record.sourceKey, [path]);
    }
    resetPeakRss();
    const auth = { authorization: `Bearer ${pdfCms.tokens.importer}` };
    const db = new Database(join(dir, 'cms.db'), { readonly: true });
    /** PDFs stored without a signature report yet, and the extraction queue's backlog. */
    const backlog = async () => {
      const unverified = (db.prepare("SELECT COUNT(*) AS n FROM files WHERE ext = '.pdf' AND signature_report IS NULL").get() as { n: number }).n;
      const text = (await (await fetch(`${pdfCms.url}/api/original-text/progress`, { headers: auth })).json()) as { pending: number; running: number; extracted: number; failed: number };
      return { unverified, ...text };
    };

    const cpuBefore = cpuSecondsByThread(pdfCms.process.pid!);
    const importerBefore = process.cpuUsage();
    const t0 = performance.now();
    const results = await pushRecords(pdfCms.url, pdfCms.tokens.importer, records, { batchSize: 250 });
    const written = (performance.now() - t0) / 1000;
    const cpuWritten = cpuUsed(cpuBefore, cpuSecondsByThread(pdfCms.process.pid!));
    const attached = await pushAllOriginals(pdfCms.url, pdfCms.tokens.importer, results, originals);
    const failed = attached.filter((a) => a.error);
    if (failed.length) throw new Error(`${failed.length} originals failed, first: ${failed[0]!.error?.message}`);
    const uploaded = (performance.now() - t0) / 1000;
    let last = await backlog();
    while (last.unverified > 0 || last.pending > 0 || last.running > 0) {
      await new Promise((r) => setTimeout(r, 100));
      last = await backlog();
    }
    const seconds = (performance.now() - t0) / 1000;
    const cpu = cpuUsed(cpuBefore, cpuSecondsByThread(pdfCms.process.pid!));
    const importerCpu = process.cpuUsage(importerBefore);
    db.close();
    const rate = count / seconds;
    const peak = peakRssMiB(pdfCms.process.pid!);
    console.log(`\nbench:import — ${count} documents with one 10-page PDF original each, the importer's way, into a fresh CMS (SQLite)`);
    console.log(`  records written:   ${written.toFixed(1)} s; originals attached: ${uploaded.toFixed(1)} s`);
    console.log(`  every PDF verified and its text read and indexed: ${seconds.toFixed(1)} s → ${rate.toFixed(0)} documents/s (text read ${last.extracted}, failed ${last.failed})`);
    if (cpu) {
      const total = [...cpu.values()].reduce((a, b) => a + b, 0);
      const threads = [...cpu].sort((a, b) => b[1] - a[1]).map(([name, s]) => `${name} ${((s / count) * 1000).toFixed(1)}`).join(', ');
      const records = cpuWritten ? [...cpuWritten.values()].reduce((a, b) => a + b, 0) : 0;
      console.log(`  CMS CPU per document: ${((total / count) * 1000).toFixed(1)} ms, ${((records / count) * 1000).toFixed(1)} of it writing the records (by thread: ${threads})`);
      // The importer shares the cores on this machine: reading the files and sending them is its part of the cost.
      const importer = (importerCpu.user + importerCpu.system) / 1e6;
      console.log(`  importer CPU per document: ${((importer / count) * 1000).toFixed(1)} ms (reading and sending the files, and this benchmark's polling)`);
      console.log(`  what that CPU allows: ${(cores / (total / count)).toFixed(0)} documents/s on ${cores} otherwise idle cores, ${(cores / ((total + importer) / count)).toFixed(0)} with the importer's (load average now ${loadavg()[0]!.toFixed(1)})`);
    }
    console.log(`  peak memory:       CMS ${peak?.toFixed(0) ?? '?'} MiB, importer ${peakRssMiB(process.pid)?.toFixed(0) ?? '?'} MiB (from the import's start)`);
    console.log(`  target:            ≥ 50 documents/s → ${rate >= 50 && last.failed === 0 ? 'MET' : 'NOT MET'}`);
  } finally {
    await pdfCms.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** CPU seconds each thread name used between two readings (threads started in between count from zero). */
function cpuUsed(before: Map<string, number> | null, after: Map<string, number> | null): Map<string, number> | null {
  if (!before || !after) return null;
  return new Map([...after].map(([name, seconds]) => [name, seconds - (before.get(name) ?? 0)]).filter(([, s]) => (s as number) >= 0.05) as Array<[string, number]>);
}

/** The run without originals, and its naive baseline, on a CMS of its own. */
async function importRecordsOnly(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cong-bench-import-'));
  const cms = await startCms({ port: await freePort(), dataDir, quiet: true });
  try {
    const records = generateRecords({ count: COUNT + BASELINE_COUNT, seed: 7 });
    const main = records.slice(0, COUNT);
    const baseline = records.slice(COUNT);

    // Baseline: what a naive client does, one REST request per document, with the taxonomy terms already there.
    const types = (await (await fetch(`${cms.url}/api/document-types?pagination[pageSize]=100`, { headers: { authorization: `Bearer ${cms.tokens.importer}` } })).json()) as any;
    const typeId = types.data[0].documentId;
    let t0 = performance.now();
    for (const r of baseline) {
      const response = await fetch(`${cms.url}/api/legal-documents?status=published`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${cms.tokens.importer}` },
        body: JSON.stringify({ data: { number: r.number, title: r.title, issuedDate: r.issuedDate, documentType: typeId, body: r.text } }),
      });
      if (!response.ok) throw new Error(`baseline create failed: ${response.status} ${await response.text()}`);
    }
    const baselineRate = BASELINE_COUNT / ((performance.now() - t0) / 1000);

    t0 = performance.now();
    const results = await pushRecords(cms.url, cms.tokens.importer, main, { batchSize: 250 });
    const seconds = (performance.now() - t0) / 1000;
    const failed = results.filter((r) => r.action === 'failed');
    if (failed.length) throw new Error(`${failed.length} records failed, first: ${JSON.stringify(failed[0])}`);
    const rate = COUNT / seconds;
    const cmsPeak = peakRssMiB(cms.process.pid!);
    const ownPeak = process.resourceUsage().maxRSS / 1024;

    console.log(`\nbench:import — ${COUNT} generated documents into a fresh CMS (SQLite), through POST /api/registry/import`);
    console.log(`  import endpoint:   ${rate.toFixed(0)} documents/s (${seconds.toFixed(1)} s)`);
    console.log(`  baseline (REST, one request per document, ${BASELINE_COUNT} docs): ${baselineRate.toFixed(0)} documents/s`);
    console.log(`  ratio:             ${(rate / baselineRate).toFixed(1)}× the baseline`);
    console.log(`  peak memory:       CMS ${cmsPeak?.toFixed(0) ?? '?'} MiB, importer ${ownPeak.toFixed(0)} MiB`);
    console.log(`  target:            ≥ 200 documents/s, memory < 1024 MiB → ${rate >= 200 && (cmsPeak ?? 0) < 1024 ? 'MET' : 'NOT MET'}`);
  } finally {
    await cms.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
