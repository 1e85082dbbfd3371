/**
 * npm run bench:import — imports 5,000 generated documents into a fresh CMS (SQLite) through the import
 * endpoint, and prints documents/second and peak memory of the CMS and of the importer. Baseline, measured
 * in the same run on the same CMS: the naive path, one REST create-and-publish request per document.
 * Target (issue 2): ≥ 200 documents/s including indexing, memory under 1 GiB.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, ensureInstalled } from '../../scripts/lib/build.ts';

ensureInstalled();
ensureBuilt();
const { freePort, startCms } = await import('../../scripts/lib/services.ts');
const { pushRecords } = await import('../../scripts/lib/registry-client.ts');
const { generateRecords } = await import('./corpus-generator.ts');
const { peakRssMiB } = await import('./process-memory.ts');

const COUNT = Number(process.env.BENCH_IMPORT_COUNT ?? 5000);
const BASELINE_COUNT = Math.min(200, COUNT);
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
