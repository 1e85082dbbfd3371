import { requestContext } from '../server/request-context.ts';

/**
 * Content that changes with the clock alone, with no edit for the change feed to announce — the maintenance banner
 * appearing when its announcement starts and going when its window ends — says when, and the rendered-page cache
 * keeps the page no longer than that (src/middleware.ts bounds the entry's max-age).
 */
export function freshUntil(epochMs: number): void {
  const store = requestContext.getStore();
  if (!store || !Number.isFinite(epochMs)) return;
  store.freshUntil = Math.min(store.freshUntil ?? Infinity, epochMs);
}

/** Seconds the page being rendered may stay fresh, at most `max`; 0: do not keep it. */
export function freshSeconds(max: number, now = Date.now()): number {
  const until = requestContext.getStore()?.freshUntil;
  if (until === undefined) return max;
  return Math.max(0, Math.min(max, Math.floor((until - now) / 1000)));
}
