import { RatingScoreSchema, todayInVietnam } from '@cong/content';
import { env } from './env.ts';
import { CmsUnavailableError } from './errors.ts';
import { requestIdHeader } from './request-context.ts';
import { FormSigner } from './form-guard.ts';

/**
 * Page ratings: the form at the foot of every page posts here. The visitor key is an HMAC of address, browser,
 * page and Vietnamese day — one vote per visitor per page per day, and nothing that identifies the visitor
 * leaves the site. The CMS ignores a second vote with the same key.
 */
const signer = new FormSigner(env.FORM_SECRET);

export type RatingOutcome = { kind: 'counted' | 'repeat'; path: string } | { kind: 'invalid'; path: string; message: string };

/** The page being rated: a same-site path without query or fragment; anything else rates the home page. */
export function ratedPath(raw: unknown): string {
  const value = typeof raw === 'string' ? raw : '';
  return /^\/[^?#\s]{0,299}$/.test(value) && !value.startsWith('//') ? value : '/';
}

export async function submitRating(form: FormData, clientAddress: string, userAgent: string): Promise<RatingOutcome> {
  const path = ratedPath(form.get('trang'));
  const score = RatingScoreSchema.safeParse(form.get('muc'));
  if (!score.success) return { kind: 'invalid', path, message: score.error.issues[0]!.message };
  const visitorKey = signer.key(`rate|${todayInVietnam()}|${path}|${clientAddress}|${userAgent}`);
  if (!env.CMS_PUBLIC_INPUT_TOKEN) throw new CmsUnavailableError('No CMS_PUBLIC_INPUT_TOKEN', 'Set CMS_PUBLIC_INPUT_TOKEN or CMS_TOKEN_FILE.');
  let response: Response;
  try {
    response = await fetch(`${env.CMS_URL}/api/rating-desk/rate`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${env.CMS_PUBLIC_INPUT_TOKEN}`, 'Content-Type': 'application/json', ...requestIdHeader() },
      body: JSON.stringify({ data: { path, score: score.data, visitorKey } }),
      signal: AbortSignal.timeout(env.CMS_TIMEOUT_MS),
    });
  } catch (error) {
    throw new CmsUnavailableError(`CMS did not answer a rating: ${String(error)}`, 'Check that Strapi runs at CMS_URL.', { cause: error });
  }
  if (!response.ok) throw new CmsUnavailableError(`CMS answered ${response.status} to a rating`, 'Check the cong-public-input token.');
  const body = (await response.json()) as { data: { counted: boolean } };
  return { kind: body.data.counted ? 'counted' : 'repeat', path };
}
