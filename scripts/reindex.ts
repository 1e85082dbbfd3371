/**
 * npm run reindex [-- --cms <url> --token <full-access API token>]
 * Rebuilds the search index from the CMS without downtime (a new index is built, then swapped in), with a
 * progress bar. Without options it talks to the local `npm start` CMS at the address and with the token it recorded
 * in its data folder (scripts/lib/operator-cms.ts).
 */
import { parseArgs } from 'node:util';
import { operatorCms } from './lib/operator-cms.ts';
import { progressBar } from './lib/registry-client.ts';
import { SEARCH_KIND_LABELS, SEARCH_KINDS, type SearchKind } from '../search/src/search-document.ts';

const { values } = parseArgs({
  options: {
    cms: { type: 'string' },
    token: { type: 'string' },
  },
});
const { url: cmsUrl, token } = operatorCms(values);
const url = `${cmsUrl.replace(/\/$/, '')}/api/search-index/rebuild`;
const headers = { authorization: `Bearer ${token}` };
const started = await fetch(url, { method: 'POST', headers }).catch((error) => {
  console.error(`✗ Không kết nối được CMS tại ${cmsUrl}: ${(error as Error).message}`);
  process.exit(1);
});
if (!started.ok) {
  console.error(`✗ CMS từ chối yêu cầu dựng lại chỉ mục (HTTP ${started.status}): ${await started.text()}`);
  process.exit(1);
}
const bar = progressBar('Dựng lại chỉ mục tìm kiếm');
for (;;) {
  const status = (await (await fetch(url, { headers })).json()) as {
    running: boolean;
    indexed: number;
    total: number | null;
    byKind?: Partial<Record<SearchKind, number>>;
    error: string | null;
  };
  bar(status.indexed, status.total ?? status.indexed);
  if (!status.running) {
    if (status.error) {
      console.error(`✗ Dựng lại chỉ mục thất bại: ${status.error} (chỉ mục cũ vẫn được dùng)`);
      process.exit(1);
    }
    const kinds = SEARCH_KINDS.map((kind) => `${SEARCH_KIND_LABELS[kind].toLowerCase()} ${status.byKind?.[kind] ?? 0}`).join(', ');
    console.log(`✓ Đã dựng lại chỉ mục: ${status.indexed} mục (${kinds}).`);
    break;
  }
  await new Promise((r) => setTimeout(r, 300));
}
