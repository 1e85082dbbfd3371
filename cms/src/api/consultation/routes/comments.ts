import { rememberedTokenAuth } from '../../../strapi-internals/token-auth';

/**
 * Comments on a draft. Submitting needs the `cong-site-comments` API token (custom type, this action only):
 * the public site relays citizens' comments, nothing else writes them. The export checks the admin panel's
 * session token itself (see cms/src/services/comments/moderation.ts), so it is not behind the content-API auth; so does the
 * summary (counts per moderation status) that the consultation's side panel in the admin shows, and the
 * attachments of a comment (moderators only). Approved comments are read by the site's token.
 */
export default {
  routes: [
    { method: 'POST', path: '/consultations/:slug/comments', handler: 'consultation.submitComment', config: { auth: rememberedTokenAuth() } },
    // Many comments in one request, relayed together by the site under a burst (same action, same token).
    { method: 'POST', path: '/consultations/comments/batch', handler: 'consultation.submitComment', config: { auth: rememberedTokenAuth() } },
    { method: 'GET', path: '/consultations/:ref/comments/summary', handler: 'consultation.commentSummary', config: { auth: false } },
    { method: 'GET', path: '/consultations/:ref/comments/export', handler: 'consultation.exportComments', config: { auth: false } },
    // The site reads approved comments here (its token has this action, not the public-comment collection).
    { method: 'GET', path: '/consultations/:ref/comments/approved', handler: 'consultation.approvedComments' },
    // A comment's private attachments: the admin session of a moderator, checked in the action (like the export).
    { method: 'GET', path: '/consultations/comments/:id/attachments', handler: 'consultation.commentAttachments', config: { auth: false } },
    { method: 'GET', path: '/consultations/comments/:id/attachments/:index', handler: 'consultation.commentAttachment', config: { auth: false } },
  ],
};
