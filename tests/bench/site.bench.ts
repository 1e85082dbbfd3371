/**
 * npm run bench:site — requests/s and p99 for the home, list and detail pages at 32 connections, against
 * the built site in front of a real CMS loaded with the demo content. Baseline in the same run: the CMS's
 * own REST list endpoint (what every page view would cost without the site's cache).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, ensureInstalled } from '../../scripts/lib/build.ts';

ensureInstalled();
ensureBuilt();
const { freePort, startCms, startSite } = await import('../../scripts/lib/services.ts');
const { loadDemoContent } = await import('../../scripts/lib/demo.ts');
const { demoRecords } = await import('../../content/src/demo/index.ts');
const { load } = await import('./load.ts');

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 32;
const dataDir = mkdtempSync(join(tmpdir(), 'cong-bench-site-'));
const cms = await startCms({ port: await freePort(), dataDir, quiet: true });
const site = await startSite({ port: await freePort(), cmsUrl: cms.url, cmsToken: cms.tokens.site, dataDir, quiet: true });
try {
  await loadDemoContent(cms.url, cms.tokens.importer);
  const list = (await (await fetch(`${site.url}/api/v1/documents?pageSize=1`)).json()) as any;
  const slug = list.data[0].slug;
  // The baseline goes last: saturating Strapi leaves it busy for a while, which would slow what follows.
  const targets: Array<[string, string, Record<string, string>?]> = [
    ['home  /', `${site.url}/`],
    ['list  /van-ban', `${site.url}/van-ban`],
    [`detail /van-ban/${slug}`, `${site.url}/van-ban/${slug}`],
    ['baseline: CMS REST list', `${cms.url}/api/legal-documents?pagination[pageSize]=20&populate[documentType]=true&populate[issuingBody]=true`, { authorization: `Bearer ${cms.tokens.site}` }],
  ];
  console.log(`\nbench:site — ${CONNECTIONS} connections, ${SECONDS} s each, ${demoRecords.length} demo documents`);
  const results: Array<[string, Awaited<ReturnType<typeof load>>]> = [];
  for (const [label, url, headers] of targets) {
    await load(url, { connections: 4, seconds: 1, headers }); // warm-up (fills the site's cache)
    results.push([label, await load(url, { connections: CONNECTIONS, seconds: SECONDS, headers })]);
  }
  const baselineRps = results.at(-1)![1].rps;
  for (const [label, r] of results) {
    const ratio = label.startsWith('baseline') ? '' : `  ${(r.rps / baselineRps).toFixed(1)}× baseline`;
    console.log(`  ${label.padEnd(40)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  errors ${r.errors}${ratio}`);
  }
} finally {
  await Promise.all([site.stop(), cms.stop()]);
  rmSync(dataDir, { recursive: true, force: true });
}
