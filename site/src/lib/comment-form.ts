import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { COMMENT_FIELDS } from '@cong/content';
import { env } from './env.ts';

/**
 * Anti-spam for the comment form without CAPTCHAs or third parties: a hidden honeypot field (`website`) that
 * people never fill, and a signed token with the time the form was served; a form sent back sooner than
 * COMMENT_FORM_MIN_SECONDS, or with a forged or day-old token, is refused with the text kept.
 * The public JSON API does not use these (it is for programs); the CMS's rate limits cover both.
 */
export const HONEYPOT_FIELD = 'website';
const MAX_AGE_MS = 24 * 60 * 60 * 1000;

const secret = env.COMMENT_FORM_SECRET ?? createHash('sha256').update(`form|${env.CMS_COMMENT_TOKEN ?? randomBytes(32).toString('hex')}`).digest('hex');

function sign(issuedAt: number, key: string): string {
  return createHmac('sha256', key).update(String(issuedAt)).digest('base64url').slice(0, 32);
}

export function issueFormToken(now: number = Date.now(), key: string = secret): string {
  return `${now}.${sign(now, key)}`;
}

export type FormTokenCheck = 'ok' | 'too-fast' | 'expired' | 'invalid';

export function checkFormToken(token: string | null | undefined, now: number = Date.now(), minSeconds: number = env.COMMENT_FORM_MIN_SECONDS, key: string = secret): FormTokenCheck {
  const [issued, mac] = String(token ?? '').split('.');
  const issuedAt = Number(issued);
  if (!Number.isInteger(issuedAt) || !mac) return 'invalid';
  const expected = Buffer.from(sign(issuedAt, key));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  if (now - issuedAt > MAX_AGE_MS) return 'expired';
  if (now - issuedAt < minSeconds * 1000) return 'too-fast';
  return 'ok';
}

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
