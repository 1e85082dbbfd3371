/**
 * A second process writing to an embedded index, for the tests of readers in another process (the CMS writes,
 * the site reads: two instances in one thread would interleave only at await points, never mid-search).
 * Usage: node embedded-writer.ts <index file> <milliseconds>. Upserts and removes documents that share the words
 * the reader searches for, as fast as it can, rebuilds the index now and then, and prints what it did as JSON.
 */
import { EmbeddedSearchEngine } from '../engines/embedded.ts';
import type { SearchDocument } from '../search-document.ts';

export const CHURN_WORDS = 'thẻ bảo hiểm y tế';

export function churnDocument(i: number): SearchDocument {
  return {
    id: `page:churn-${i}`,
    kind: 'page',
    slug: `churn-${i}`,
    url: `/trang/churn-${i}`,
    title: `Cấp lại thẻ bảo hiểm y tế lần ${i}`,
    number: `${i}/TB-CHURN`,
    date: '2026-11-02',
    type: null,
    issuer: null,
    status: null,
    year: 2026,
    text: `Hướng dẫn cấp lại ${CHURN_WORDS} bị mất, hồ sơ số ${i}. Điều 1. Thủ tục\n\nNộp đơn tại bộ phận một cửa.`,
    citedNumbers: [],
  };
}

/** Documents that stay, so that a rebuild in the writer keeps what the reader was given at the start. */
export const STABLE = 30;
export function stableDocument(n: number): SearchDocument {
  return { ...churnDocument(1000 + n), id: `page:stable-${n}`, slug: `stable-${n}` };
}

async function main(): Promise<void> {
  const [path, duration] = process.argv.slice(2);
  const engine = new EmbeddedSearchEngine({ path: path!, warmUp: false });
  const until = Date.now() + Number(duration);
  const live = new Map<number, SearchDocument>();
  let writes = 0;
  let rebuilds = 0;
  for (let i = 0; Date.now() < until; i++) {
    // Always a few documents present, each removed soon after it appears: removals race the reader's page of hits.
    const added = churnDocument(i % 40);
    await engine.upsert([added]);
    live.set(i % 40, added);
    await engine.remove([`page:churn-${(i + 20) % 40}`]);
    live.delete((i + 20) % 40);
    writes += 2;
    // Now and then the whole index is rebuilt into the other slot and flipped, the old slot's tables dropped.
    if (i % 100 === 99) {
      const stable = Array.from({ length: STABLE }, (_, n) => stableDocument(n));
      await engine.rebuild([...stable, ...live.values()]);
      rebuilds++;
    }
  }
  await engine.close();
  process.stdout.write(`${JSON.stringify({ writes, rebuilds })}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
