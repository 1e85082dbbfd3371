/**
 * npm run reindex [-- --cms <url> --token <full-access API token>]
 * Rebuilds the search index from the CMS without downtime (a new index is built, then swapped in), with a
 * progress bar. Without options it talks to the local `npm start` CMS with the token it provisioned.
 */
import { parseArgs } from 'node:util';
import { operatorToken } from './lib/operator-token.ts';
import { progressBar } from './lib/registry-client.ts';
import { SEARCH_KIND_LABELS, SEARCH_KINDS, type SearchKind } from '../search/src/search-document.ts';

const { values } = parseArgs({
  options: {
    cms: { type: 'string', default: process.env.CMS_URL ?? 'http://127.0.0.1:1337' },
    token: { type: 'string', default: process.env.CMS_IMPORT_TOKEN },
  },
});
const token = operatorToken(values.token);
const url = `${values.cms!.replace(/\/$/, '')}/api/search-index/rebuild`;
const headers = { authorization: `Bearer ${token}` };
const started = await fetch(url, { method: 'POST', headers }).catch((error) => {
  console.error(`✗ Không kết nối được CMS tại ${values.cms}: ${(error as Error).message}`);
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
