import { env } from '../server/env.ts';
import { MemoryState } from './memory.ts';
import { RedisState } from './redis.ts';
import type { SharedState } from './types.ts';

export { MemoryState } from './memory.ts';
export { RedisState } from './redis.ts';
export { DEFAULT_PREFIX, stateKey, type SharedState } from './types.ts';

let state: SharedState | undefined;

/**
 * This process's shared state: Redis when REDIS_URL is set (every replica sees the same limits, used tokens and
 * secrets; keys under REDIS_PREFIX), else memory (one process, as `npm start` runs). Made on first use.
 */
export function sharedState(): SharedState {
  return (state ??= env.REDIS_URL ? new RedisState(env.REDIS_URL, { prefix: env.REDIS_PREFIX }) : new MemoryState());
}
