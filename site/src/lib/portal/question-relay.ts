import { type CmsAnswer, cms } from '../cms/cms-client.ts';
import { env } from '../server/env.ts';
import { CmsUnavailableError } from '../server/errors.ts';

/**
 * The relay of questions (and page ratings) to the CMS, with the `cong-public-input` token, through the one CMS
 * client (cms-client.ts `send`: CMS_TIMEOUT_MS, the request id): the live path of the public-input pipeline and
 * the submission journal's deliverer both post through here. Any HTTP answer is returned for the caller to map;
 * no answer at all (refused, reset, CMS_TIMEOUT_MS) is a CmsUnavailableError with the network error as its cause.
 */
export async function postPublicInput(path: `/api/${string}`, data: Record<string, unknown>): Promise<CmsAnswer> {
  if (!env.CMS_PUBLIC_INPUT_TOKEN) {
    throw new CmsUnavailableError('No CMS_PUBLIC_INPUT_TOKEN', 'Set CMS_PUBLIC_INPUT_TOKEN or a CMS_TOKEN_FILE with a "publicInput" token.');
  }
  return cms().send(path, { data }, { token: env.CMS_PUBLIC_INPUT_TOKEN });
}
