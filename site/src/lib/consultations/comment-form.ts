import { createHash, randomBytes } from 'node:crypto';
import { COMMENT_FIELDS } from '@cong/content';
import { env } from '../server/env.ts';
import { FormSigner } from '../public-input/form-guard.ts';
import { CommentApiTokens } from '../public-input/api-token.ts';

/**
 * The comment form's anti-spam is the public forms' own (form-guard.ts: honeypot and signed timing token), with
 * the comment's ages: a form sent back sooner than COMMENT_FORM_MIN_SECONDS, or with a forged or day-old token,
 * is refused with the text kept. The public JSON API has its own token (public-input/api-token.ts), handed out
 * with the draft. Both secrets derive from COMMENT_FORM_SECRET, else from the comment token, so every replica of
 * the site and every restart accept the same tokens.
 */
const secret = env.COMMENT_FORM_SECRET ?? createHash('sha256').update(`form|${env.CMS_COMMENT_TOKEN ?? randomBytes(32).toString('hex')}`).digest('hex');

export const commentFormSigner = new FormSigner(secret, { minAgeMs: env.COMMENT_FORM_MIN_SECONDS * 1000, maxAgeMs: 24 * 60 * 60 * 1000 });

export const commentApiTokens = new CommentApiTokens(createHash('sha256').update(`api|${secret}`).digest('hex'));

/** The comment fields of a JSON body or a form, as plain values (unknown keys dropped). */
export function commentInput(source: FormData | Record<string, unknown>): Record<string, unknown> {
  const get = (key: string) => (source instanceof FormData ? (source.get(key) ?? undefined) : source[key]);
  const input: Record<string, unknown> = {};
  for (const field of COMMENT_FIELDS) {
    const value = get(field);
    if (value !== undefined && !(typeof File !== 'undefined' && value instanceof File)) input[field] = value;
  }
  return input;
}
