import { Redis } from 'ioredis';
import { changeChannel, type ChangeMessage } from '@cong/content';
import type { ChangeLog } from './change-log';

type Log = { info(message: string): void; warn(message: string): void };

/**
 * With REDIS_URL, every change of the log is also PUBLISHed on `<REDIS_PREFIX>changes`, so each site process
 * invalidates at once instead of at its next poll. Best effort by design: the poll (GET /api/site-sync/changes) stays
 * the source of truth and catches whatever a message missed, so Redis being down costs a second of freshness, never
 * a write. No offline queue: a change published while Redis is away is dropped (the poll has it), not piled up.
 * Returns a stop function (the CMS's destroy), or null without REDIS_URL.
 */
export function broadcastChanges(log: ChangeLog, env: { REDIS_URL?: string; REDIS_PREFIX: string }, logger: Log): (() => Promise<void>) | null {
  const url = env.REDIS_URL;
  if (!url) return null;
  const channel = changeChannel(env.REDIS_PREFIX);
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    // Keep trying, at most every 5 s: Redis may come back while the CMS runs.
    retryStrategy: (times) => Math.min(times * 200, 5_000),
  });
  let healthy = true;
  const unhealthy = (reason: string) => {
    if (!healthy) return;
    healthy = false;
    logger.warn(`[change-feed] Redis at REDIS_URL unavailable (${reason}); sites learn of changes by polling until it is back.`);
  };
  redis.on('error', (error: Error) => unhealthy(error.message));
  redis.on('ready', () => {
    if (!healthy) logger.info('[change-feed] Redis reachable again; changes are pushed to the sites.');
    healthy = true;
  });
  const unsubscribe = log.subscribe((change, bootId) => {
    const message: ChangeMessage = { ...change, bootId };
    redis.publish(channel, JSON.stringify(message)).catch((error: Error) => unhealthy(error.message));
  });
  return async () => {
    unsubscribe();
    redis.disconnect();
  };
}
