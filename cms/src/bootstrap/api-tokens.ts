import type { Core } from '@strapi/strapi';
import { searchOnlyKey } from '../services/search/search-key';
import { cmsEnv } from '../env';
import { writePrivate } from './private-file';
import { apiTokenService, type ApiTokenService, type ApiTokenType } from '../strapi-internals/admin-services';

/**
 * What the public site reads, and nothing more: `find`/`findOne` of the public content types (and of the types their
 * relations populate), the approved comments of a draft and the public side of Hỏi đáp, both through routes that
 * apply the publication rule themselves. Not in the list, so never readable with the site's token: comments
 * (pending, rejected, spam, anonymous names), questions, page ratings, users, the upload list. Unpublished
 * versions (`status=draft`) are refused to every token but full access (document-middlewares/token-scope.ts).
 */
export const SITE_READ_ACTIONS = [
  ...[
    'legal-document', 'document-type', 'issuing-body', 'legal-field', 'signer', 'consultation',
    'unit', 'official', 'article', 'schedule-entry', 'public-service', 'project', 'statistic-report', 'related-link',
  ].flatMap((type) => [`api::${type}.${type}.find`, `api::${type}.${type}.findOne`]),
  'api::agency-profile.agency-profile.find',
  'api::consultation.consultation.approvedComments',
  'api::question-desk.question-desk.answers',
  'api::question-desk.question-desk.lookup',
  // The published documents' figures for /thong-ke/van-ban-dien-tu (services/registry/statistics-rows.ts).
  'api::registry.registry.statistics',
  // What changed, to invalidate precisely (cms/src/services/change-feed/change-log.ts).
  'api::site-sync.site-sync.changes',
];

/**
 * The site's writes besides comments: a question, a page rating, and a subscription's three steps (subscribe,
 * confirm, unsubscribe). No read: the subscriptions' addresses are readable by no token at all.
 */
export const PUBLIC_INPUT_ACTIONS = [
  'api::question-desk.question-desk.submit',
  'api::rating-desk.rating-desk.rate',
  'api::subscription-desk.subscription-desk.subscribe',
  'api::subscription-desk.subscription-desk.confirm',
  'api::subscription-desk.subscription-desk.unsubscribe',
];


/**
 * The content-API tokens: `cong-site` (custom, SITE_READ_ACTIONS: the site reads with it, server-side),
 * `cong-importer` (full access; the importer writes through the CMS with it), `cong-site-comments` (only comment
 * submission) and `cong-public-input` (PUBLIC_INPUT_ACTIONS: questions, ratings, subscriptions; nothing else). A token
 * that exists with another type or other actions (an older install) is brought to these, keeping its key.
 * Their plaintext goes to CMS_TOKEN_FILE (all of them: `npm start` and the importer read it), and the site's
 * three, with the search-only Meilisearch key, to CMS_SITE_TOKEN_FILE: the only file the site's container sees.
 */
export async function provisionApiTokens(strapi: Core.Strapi): Promise<void> {
  const { CMS_TOKEN_FILE: file, CMS_SITE_TOKEN_FILE: siteFile } = cmsEnv();
  if (!file && !siteFile) return;
  const tokens = apiTokenService(strapi);
  const ensure = async (name: string, type: ApiTokenType, description: string, permissions?: string[]) => {
    const found = await tokens.getByName(name, { includeDecryptedKey: true });
    if (found?.accessKey) {
      const actions = (found.permissions ?? []).map((p) => (typeof p === 'string' ? p : p.action)).sort();
      const wanted = [...(permissions ?? [])].sort();
      if (found.type !== type || JSON.stringify(actions) !== JSON.stringify(wanted)) {
        await tokens.update(found.id, { type, ...(type === 'custom' ? { permissions } : {}) });
        strapi.log.info(`API token ${name}: now ${type}${type === 'custom' ? ` (${wanted.length} actions)` : ''}`);
      }
      return found.accessKey;
    }
    if (found) await tokens.revoke(found.id);
    const created = await tokens.create({ name, type, description, lifespan: null, ...(permissions ? { permissions } : {}) });
    return created.accessKey;
  };
  const site = await ensure('cong-site', 'custom', 'Trang công khai đọc nội dung đã xuất bản (chỉ các thao tác đọc trang cần).', SITE_READ_ACTIONS);
  const importer = await ensure('cong-importer', 'full-access', 'Công cụ nhập văn bản (npm run import).');
  // The site relays citizens' comments with a token that can do that and nothing else.
  const comments = await ensureCommentToken(tokens);
  // The site's other writes: a citizen's question and a page rating. Those two actions, nothing else (not even reads).
  const publicInput = await ensure('cong-public-input', 'custom', 'Trang công khai gửi câu hỏi (Hỏi đáp), đánh giá mức độ hài lòng và đăng ký nhận tin.', PUBLIC_INPUT_ACTIONS);
  const searchKey = await searchOnlyKey(strapi);
  if (file) writePrivate(file, JSON.stringify({ site, importer, comments, publicInput }, null, 2));
  if (siteFile) writePrivate(siteFile, JSON.stringify({ site, comments, publicInput, ...(searchKey ? { searchKey } : {}) }, null, 2));
}

const COMMENT_TOKEN = 'cong-site-comments';
const SUBMIT_ACTION = 'api::consultation.consultation.submitComment';

/** A custom API token allowed to submit comments and nothing else; its plaintext goes to CMS_TOKEN_FILE. */
export async function ensureCommentToken(tokens: ApiTokenService): Promise<string> {
  const found = await tokens.getByName(COMMENT_TOKEN, { includeDecryptedKey: true });
  if (found?.accessKey) return found.accessKey;
  if (found) await tokens.revoke(found.id);
  const created = await tokens.create({
    name: COMMENT_TOKEN,
    type: 'custom',
    description: 'Trang công khai chuyển góp ý của người dân tới CMS (chỉ gửi góp ý).',
    lifespan: null,
    permissions: [SUBMIT_ACTION],
  });
  return created.accessKey;
}
