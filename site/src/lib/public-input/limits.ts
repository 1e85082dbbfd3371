import { mailboxKey } from '@cong/content';
import type { FormSigner } from './form-guard.ts';
import { type SharedState, stateKey } from '../shared-state/types.ts';

/**
 * Step 5 of the public-input pipeline: each form's limits per client address and per mailbox, counted in the
 * shared state (this process's memory, or Redis for every replica when REDIS_URL is set). Loose per address (an
 * office behind one NAT), strict per mailbox; the CMS applies its own behind these.
 */
export const FORM_LIMITS = {
  comment: { address: { limit: 120, windowMs: 10 * 60_000 }, mailbox: { limit: 20, windowMs: 10 * 60_000 } },
  question: { address: { limit: 5, windowMs: 60 * 60_000 }, mailbox: { limit: 3, windowMs: 60 * 60_000 } },
  rating: { address: { limit: 30, windowMs: 10 * 60_000 }, mailbox: null },
  // A subscription sends a confirmation mail: as strict per mailbox as a question (the CMS adds one mail an hour
  // per subscription). Its links (confirm, unsubscribe) carry their own secret; counted per address only.
  subscription: { address: { limit: 10, windowMs: 60 * 60_000 }, mailbox: { limit: 3, windowMs: 60 * 60_000 } },
  'subscription-link': { address: { limit: 30, windowMs: 10 * 60_000 }, mailbox: null },
} as const;
export type LimitedForm = keyof typeof FORM_LIMITS;

/**
 * The key a form's limit counts under. A keyed hash (the keyer holds the forms' secret, the same on every
 * replica), so no address or e-mail is stored in clear and every replica counts a citizen under the same key;
 * a mailbox by `mailboxKey`, so "A.B+x@Gmail.com" and "ab@gmail.com" share one limit.
 */
export function limitKey(keyer: FormSigner, form: LimitedForm, by: 'ip' | 'mail', value: string): string {
  return stateKey('limit', form, by, keyer.key(`${form}|${by}|${by === 'mail' ? mailboxKey(value) : value}`));
}

/** null when the submission may go on (and is counted), else the seconds to wait: the address first, then the mailbox. */
export async function overLimit(state: SharedState, keyer: FormSigner, form: LimitedForm, address: string, email?: string): Promise<number | null> {
  const limits = FORM_LIMITS[form];
  const byAddress = await state.hit(limitKey(keyer, form, 'ip', address), limits.address.limit, limits.address.windowMs);
  if (byAddress !== null) return byAddress;
  return limits.mailbox && email ? state.hit(limitKey(keyer, form, 'mail', email), limits.mailbox.limit, limits.mailbox.windowMs) : null;
}
