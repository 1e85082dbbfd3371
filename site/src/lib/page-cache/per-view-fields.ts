import { randomUUID } from 'node:crypto';
import { commentFormSigner } from '../comment-form.ts';
import { issueQuestionToken } from '../public-input/index.ts';
import type { StoredPage } from './store.ts';

/**
 * The per-view fields the forms declare (`data-per-view="<kind>"`, per-view.ts) and how each view gets a fresh
 * value. All synchronous (contracts §3: FormSigner.issue stays synchronous), so the fast path stays one tick.
 *
 * The rating form at the foot of every page is deliberately NOT per view: its token's nonce is not an
 * idempotency key (a vote is counted once per address, page and day by the CMS's visitor key), it is bound to the
 * page's path and valid a day, so one token shared by everyone who sees the same cached page is as good as one
 * each; making it per view would make every page private to proxies and CDNs and cost every page brotli.
 */
export const PER_VIEW_FIELDS: Record<string, (page: StoredPage) => string> = {
  /** The comment form's signed timing token (its nonce is the submission's idempotency key). */
  'comment-token': () => commentFormSigner.issue(),
  /** The comment form's idempotencyKey: pressing "Gửi" twice on one view files one comment. */
  'idempotency-key': () => randomUUID(),
  /** The Q&A form's signed timing token (its nonce is the question's idempotency key). */
  'question-token': () => issueQuestionToken(),
};

export function perViewValues(page: StoredPage): string[] {
  return page.perView ? page.perView.slots.map((kind) => PER_VIEW_FIELDS[kind]!(page)) : [];
}

export function knowsEveryKind(slots: readonly string[]): boolean {
  return slots.every((kind) => kind in PER_VIEW_FIELDS);
}
