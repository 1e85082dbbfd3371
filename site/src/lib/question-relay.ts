import { env } from './env.ts';
import { CmsUnavailableError } from './errors.ts';
import { requestIdHeader } from './request-context.ts';

/**
 * The relay of questions (and page ratings) to the CMS, with the `cong-public-input` token: the live path of the
 * public-input pipeline and the submission journal's deliverer both post through here. Any HTTP answer is
 * returned for the caller to map; no answer at all (refused, reset, CMS_TIMEOUT_MS) is a CmsUnavailableError
 * with the network error as its cause.
 */
export async function postPublicInput(path: `/api/${string}`, data: Record<string, unknown>): Promise<Response> {
  if (!env.CMS_PUBLIC_INPUT_TOKEN) {
    throw new CmsUnavailableError('No CMS_PUBLIC_INPUT_TOKEN', 'Set CMS_PUBLIC_INPUT_TOKEN or a CMS_TOKEN_FILE with a "publicInput" token.');
  }
  try {
    return await fetch(`${env.CMS_URL}${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${env.CMS_PUBLIC_INPUT_TOKEN}`, 'Content-Type': 'application/json', ...requestIdHeader() },
      body: JSON.stringify({ data }),
      signal: AbortSignal.timeout(env.CMS_TIMEOUT_MS),
    });
  } catch (error) {
    throw new CmsUnavailableError(`CMS did not answer ${path}: ${String(error)}`, 'Check that Strapi runs at CMS_URL.', { cause: error });
  }
}
