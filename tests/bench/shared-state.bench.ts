/**
 * npm run bench:shared-state — what sharing the forms' limits through Redis costs a form post: the same rate-limit
 * checks (`hit`, the sliding window), once in this process's memory (the baseline: `npm start`) and once in Redis
 * (REDIS_URL, default redis://127.0.0.1:6379; the Lua script, one round trip), at 1 and 32 concurrent posts.
 * Prints checks/s, p50/p99 in ms and the ratio to memory. A form post relays to the CMS (milliseconds); what is
 * measured here is the part the limits add to it. Keys are written under a fresh prefix and deleted afterwards.
 *
 *   sh scripts/with-node.sh node tests/bench/shared-state.bench.ts     # BENCH_STATE_CHECKS=20000
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { MemoryState } from '../../site/src/lib/shared-state/memory.ts';
import { RedisState } from '../../site/src/lib/shared-state/redis.ts';
import type { SharedState } from '../../site/src/lib/shared-state/types.ts';

const CHECKS = Number(process.env.BENCH_STATE_CHECKS ?? 20_000);
const URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `cong-bench-${randomUUID().slice(0, 8)}:`;
// As a busy form sees it: 2,000 addresses, each under a limit it rarely reaches (120 per 10 minutes).
const ADDRESSES = 2_000;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function run(state: SharedState, concurrency: number): Promise<{ perSecond: number; p50: number; p99: number; refused: number }> {
  const latencies: number[] = [];
  let next = 0;
  let refused = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < CHECKS) {
        const i = next++;
        const t = performance.now();
        if ((await state.hit(`limit:comment:ip:${i % ADDRESSES}-${concurrency}`, 120, 600_000)) !== null) refused++;
        latencies.push(performance.now() - t);
      }
    }),
  );
  return { perSecond: CHECKS / ((performance.now() - started) / 1000), p50: percentile(latencies, 50), p99: percentile(latencies, 99), refused };
}

const memory = new MemoryState();
const redis = new RedisState(URL, { prefix: PREFIX });
const admin = new Redis(URL);
try {
  await redis.hit('warm-up', 1, 1000);
  console.log(`bench:shared-state — ${CHECKS} rate-limit checks over ${ADDRESSES} keys, memory vs Redis (${URL})`);
  console.log('backend  concurrency  checks/s   p50 ms  p99 ms  ratio to memory');
  for (const concurrency of [1, 32]) {
    const base = await run(memory, concurrency);
    const shared = await run(redis, concurrency);
    if (base.refused || shared.refused) throw new Error('a check was refused: the bench measures allowed posts only');
    for (const [name, result] of [['memory', base], ['redis', shared]] as const) {
      console.log(`${name.padEnd(8)} ${String(concurrency).padStart(11)}  ${result.perSecond.toFixed(0).padStart(8)}  ${result.p50.toFixed(3).padStart(7)} ${result.p99.toFixed(3).padStart(7)}  ${(result.perSecond / base.perSecond).toFixed(3)}`);
    }
  }
} finally {
  await redis.close();
  const keys = await admin.keys(`${PREFIX}*`);
  for (let i = 0; i < keys.length; i += 1000) await admin.del(...keys.slice(i, i + 1000));
  admin.disconnect();
}
