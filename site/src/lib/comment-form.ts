import { createHash, randomBytes } from 'node:crypto';
import { COMMENT_FIELDS } from '@cong/content';
import { env } from './env.ts';
import { FormSigner } from './form-guard.ts';

/**
 * The comment form's anti-spam is the public forms' own (form-guard.ts: honeypot and signed timing token), with
 * the comment's ages: a form sent back sooner than COMMENT_FORM_MIN_SECONDS, or with a forged or day-old token,
 * is refused with the text kept. The public JSON API does not use it (it is for programs); the CMS's rate limits
 * cover both.
 */
export const commentFormSigner = new FormSigner(
  env.COMMENT_FORM_SECRET ?? createHash('sha256').update(`form|${env.CMS_COMMENT_TOKEN ?? randomBytes(32).toString('hex')}`).digest('hex'),
  { minAgeMs: env.COMMENT_FORM_MIN_SECONDS * 1000, maxAgeMs: 24 * 60 * 60 * 1000 },
);

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

/** Reads a comment from a request body: JSON or form-encoded (application/x-www-form-urlencoded, multipart). */
export async function readCommentRequest(request: Request): Promise<{ input: Record<string, unknown>; form: FormData | null } | null> {
  const type = request.headers.get('content-type') ?? '';
  try {
    if (type.includes('application/json')) {
      const body = await request.json();
      return body && typeof body === 'object' && !Array.isArray(body) ? { input: commentInput(body as Record<string, unknown>), form: null } : null;
    }
    if (type.includes('application/x-www-form-urlencoded') || type.includes('multipart/form-data')) {
      const form = await request.formData();
      return { input: commentInput(form), form };
    }
  } catch {
    return null;
  }
  return null;
}
