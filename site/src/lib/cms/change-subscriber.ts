import { changeChannel, ChangeMessageSchema, type ChangeMessage } from '@cong/content';
import { Redis } from 'ioredis';

type Log = Pick<Console, 'info' | 'warn'>;

/**
 * With REDIS_URL, the CMS pushes each change on `<REDIS_PREFIX>changes` (cms/src/services/change-feed/broadcast.ts) and
 * every site process hears it at once, instead of at its next poll of GET /api/site-sync/changes. The poll stays
 * the source of truth: a message lost while Redis was down is caught by it within a second, so an outage of Redis
 * is one warning line and polling, never an error. ioredis re-subscribes by itself when the connection returns.
 */
export function subscribeToChanges(options: { url: string; prefix: string; onChange: (change: ChangeMessage) => void; log?: Log }): () => void {
  const log = options.log ?? console;
  const channel = changeChannel(options.prefix);
  const redis = new Redis(options.url, {
    // Keep trying, at most every 5 s; never queue commands (the only one is SUBSCRIBE, re-sent on reconnect).
    retryStrategy: (times) => Math.min(times * 200, 5_000),
    maxRetriesPerRequest: null,
    lazyConnect: false,
  });
  let healthy = true;
  redis.on('error', (error: Error) => {
    if (!healthy) return;
    healthy = false;
    log.warn(`[cms] Redis at REDIS_URL unavailable (${error.message}); changes arrive by polling the CMS until it is back.`);
  });
  redis.on('ready', () => {
    if (!healthy) log.info('[cms] Redis reachable again; the CMS pushes its changes.');
    healthy = true;
  });
  redis.subscribe(channel).catch(() => {
    // Reported by the 'error' handler; ioredis subscribes again once it connects.
  });
  redis.on('message', (from: string, text: string) => {
    if (from !== channel) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return;
    }
    const change = ChangeMessageSchema.safeParse(parsed);
    // Something else on our channel (another version of the CMS): ignore it; the poll is authoritative anyway.
    if (change.success) options.onChange(change.data);
  });
  return () => redis.disconnect();
}
