import { env } from '../server/env.ts';
import { SigningKeys } from '../public-input/form-guard.ts';
import { sharedState } from './index.ts';
import type { SharedState } from './types.ts';

/**
 * The key that signs the public forms' tokens (question, rating, the keyed hashes of addresses and mailboxes):
 * FORM_SECRET when set; else, with REDIS_URL, one secret shared by every replica through Redis, loaded at start-up
 * (startup.ts) so a form served by one replica is accepted by another and a rating's visitor key is the same on
 * each; else random per process (forms served before a restart must be sent again), as before.
 * FormSigner stays synchronous: it reads these keys, never Redis.
 */
export const formKeys = new SigningKeys(env.FORM_SECRET);

const RETRY_MS = 5_000;

/**
 * Waits (at most `patienceMs`) for the shared secret before the server takes requests. Redis unreachable then:
 * the process starts with its own secret and keeps asking in the background; once Redis answers it signs with the
 * shared one, and still accepts the forms it served in between (SigningKeys keeps the previous key).
 */
export async function loadSharedFormSecret(options: { state?: SharedState; patienceMs?: number; log?: (line: string) => void } = {}): Promise<'configured' | 'shared' | 'local'> {
  if (env.FORM_SECRET) return 'configured';
  if (!env.REDIS_URL && !options.state) return 'local';
  const state = options.state ?? sharedState();
  const log = options.log ?? ((line: string) => console.warn(line));
  const fetchOnce = async () => formKeys.adopt(await state.sharedSecret('forms'));
  const deadline = Date.now() + (options.patienceMs ?? 10_000);
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      await fetchOnce();
      return 'shared';
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  log(
    `[site] the forms' shared secret could not be read from Redis (${String(lastError)}); this process signs with its own ` +
      `until Redis answers (asked again every ${RETRY_MS / 1000} s). Forms served by another replica are refused meanwhile. ` +
      'Hint: check REDIS_URL, or set FORM_SECRET (the same on every replica).',
  );
  const timer = setInterval(() => {
    fetchOnce().then(
      () => {
        clearInterval(timer);
        log("[site] the forms' shared secret is loaded from Redis; forms are accepted by every replica again");
      },
      () => {},
    );
  }, RETRY_MS);
  timer.unref();
  return 'local';
}

/**
 * What a production start should be told about the forms' secret, or null. Not a refusal: one process signing
 * with a random secret works (forms expire on a restart); several replicas need FORM_SECRET or REDIS_URL, or a form
 * served by one is refused by the other, and a rating counts once per replica.
 */
export function formSecretAdvice(source: { NODE_ENV?: string; FORM_SECRET?: string; REDIS_URL?: string }): string | null {
  if (source.NODE_ENV !== 'production' || source.FORM_SECRET || source.REDIS_URL) return null;
  return (
    '[site] FORM_SECRET and REDIS_URL are both unset: this process signs the forms with a random secret of its own. ' +
    'With several site replicas, set FORM_SECRET (the same on each, e.g. `openssl rand -base64 32`) or REDIS_URL. ' +
    '/ Chưa đặt FORM_SECRET hay REDIS_URL: khi chạy nhiều bản sao của cổng, biểu mẫu do bản này cấp sẽ bị bản kia từ chối — ' +
    'hãy đặt FORM_SECRET giống nhau trên mọi bản sao, hoặc REDIS_URL.'
  );
}
