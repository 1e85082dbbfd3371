import { createHash } from 'node:crypto';
import { mailboxKey } from '@cong/content';
import type { FormSigner } from './form-guard.ts';
import { type SharedState, stateKey } from '../shared-state/types.ts';

/**
 * What a form's token still decides once the token is shared (issue 11). A form's signed timing token is issued
 * when its page is rendered, so everyone who sees the same cached draft page or /hoi-dap gets the same token, and
 * those pages are served from the rendered-page cache as fast as any other (a token per view made every view a
 * render, or a splice into cached bytes at half the speed). What used to hang on a per-view token moves to the post:
 *
 * - the idempotency key is derived from the token and what is sent (`submissionKey`): pressing "Gửi" twice sends
 *   the same fields with the same token, so the same key, and the CMS (or the site's journal) files it once;
 * - one submission per token and sender (`formUse`), where the sender is the client address and the mailbox: once
 *   a sender's submission was accepted with a token, another one with other content and that token is refused
 *   (review I1: a token was good for any number of posts), and the form comes back with a fresh token. Other people
 *   who saw the same cached page are not affected: their mailbox differs.
 *
 * The timing token still says when the page was rendered; the cache keeps a page at most a minute
 * (IN_PROCESS_MAX_AGE_SECONDS) before rendering it again, so "too fast" counts from at most a minute before the
 * citizen saw the form. The honeypot, the per-address and per-mailbox limits and the cross-origin check are
 * unchanged; they are what stops a program, which can always fetch the page and wait.
 */

/** A stable key for one submission: the same token and the same fields give the same key (at most 43 characters). */
export function submissionKey(form: string, nonce: string, fields: Record<string, unknown>, names: readonly string[]): string {
  const sent = names.map((name) => {
    const value = fields[name];
    return typeof value === 'string' ? value.normalize('NFC').trim() : value === undefined || value === null ? '' : String(value);
  });
  return `f-${createHash('sha256').update(JSON.stringify([form, nonce, ...sent])).digest('base64url').slice(0, 40)}`;
}

/** How long a token is remembered as used: as long as the longest form token lives (a comment form's day). */
const USED_TTL_MS = 24 * 3600_000;

export type FormUse = {
  /** Whether this submission may go on: the sender has not used the token, or used it for this very submission. */
  allowed(): Promise<boolean>;
  /** Records the accepted submission under the token and sender (every replica sees it through the shared state). */
  accepted(): Promise<void>;
};

export function formUse(state: SharedState, keyer: FormSigner, form: string, nonce: string, sender: { address: string; email?: string | undefined }, key: string): FormUse {
  const who = keyer.key(`${form}|use|${sender.address}|${sender.email ? mailboxKey(sender.email) : ''}`);
  const stored = stateKey('used-token', form, nonce, who);
  return {
    async allowed() {
      const used = await state.recall(stored);
      return used === null || used === key;
    },
    async accepted() {
      await state.claimOnce(stored, USED_TTL_MS, key);
    },
  };
}
