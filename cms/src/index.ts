import type { Core } from '@strapi/strapi';
import { cmsEnv } from './env';
import { registerChangeFeed } from './document-middlewares/change-feed';
import { changeLog } from './services/change-feed/change-log';
import { broadcastChanges } from './services/change-feed/broadcast';
import { registerLegalDocumentRules } from './document-middlewares/legal-document';
import { registerProvenanceRules } from './document-middlewares/provenance';
import { startEdxmlInbox } from './services/exchange/edxml-inbox';
import { registerPortalRules } from './document-middlewares/portal';
import { provisionDocumentTypes } from './bootstrap/document-types';
import { provisionIndexes } from './bootstrap/indexes';
import { provisionConsultationRoles, provisionRoles } from './bootstrap/roles';
import { provisionFirstAdmin } from './bootstrap/first-admin';
import { provisionApiTokens } from './bootstrap/api-tokens';
import { refreshAllValidity } from './services/registry/validity-sync';
import { backfillFirstPublication } from './services/registry/first-publication';
import { searchSync } from './services/search/search-sync';
import { registerSearchIndexRules } from './document-middlewares/search-index';
import { registerConsultationRules } from './document-middlewares/consultation';
import { registerPublicCommentRules } from './document-middlewares/public-comment';
import { refreshAllConsultationStatuses } from './services/consultations/consultation-status';
import { refreshOverdueQuestions } from './services/questions/question-desk';
import { forgetTokensOnChange } from './strapi-internals/token-auth';
import { registerMaintenanceNoticeRules } from './document-middlewares/maintenance-notice';
import { configureEditorViews } from './bootstrap/editor-views';
import { rebuildEmptySearchIndex } from './services/search/search-reindex';
import { assertProductionSecrets } from './rules/secret-policy';
import { registerTokenScopeRules } from './document-middlewares/token-scope';
import { closePublicRegistration } from './bootstrap/public-registration';
import { privatiseLegacyAttachments } from './services/comments/attachments';
import { provisionAuditLog, registerAuditLog } from './services/audit/audit-log';
import { mailOutbox } from './services/mail/outbox';
import { registerReadOnlyOutbox } from './document-middlewares/outbound-mail';
import { registerOriginalsRules } from './document-middlewares/originals';
import { originals, verifyUploads } from './services/originals/originals';
import { forgetContentHashOnReplace } from './services/registry/originals';
import { originalTextQueue, registerOriginalTextExtraction } from './services/original-text/text-extraction';

let stopBroadcast: (() => Promise<void>) | null = null;
let stopInbox: (() => Promise<void>) | null = null;

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // A wrong setting stops the start here, named with its fix, not on the first comment that needs it.
    cmsEnv();
    // A production CMS never runs with example or short secrets: it stops here, naming them and the fix.
    assertProductionSecrets(process.env);
    // Search follows every public write; registered first, so it wraps the rules below and indexes their result.
    registerSearchIndexRules(strapi);
    // Every write is normalised and checked in one place, whoever makes it (admin, REST, importer).
    registerLegalDocumentRules(strapi);
    // How a document entered the registry (editor, import, edXML) is written by the importer only, never edited.
    registerProvenanceRules(strapi);
    // Consultations: NFC, status by the shared rule, minimum period and receiving unit on publish.
    registerConsultationRules(strapi);
    // Comments: NFC, receipt kept, moderation decisions stamped, the approved count kept current.
    registerPublicCommentRules(strapi);
    // The portal's sections: NFC, official e-mail domains for the directory, statistic tables of numbers.
    registerPortalRules(strapi);
    // The site learns what changed (type and entry) from one log, appended after every public write.
    registerChangeFeed(strapi);
    // Public-input routes remember a token check briefly; a token changed in the admin is forgotten at once.
    forgetTokensOnChange(strapi);
    // A planned-maintenance notice must end after it starts, whoever saves it.
    registerMaintenanceNoticeRules(strapi);
    // Unpublished versions are for the admin and the importer: no other API token may ask for status=draft.
    registerTokenScopeRules(strapi);
    // Who changed what, when and from where: one middleware for every content type, registered last (innermost).
    registerAuditLog(strapi);
    // Only the outbox writes mails: no one can send a mail from the agency's sender by hand.
    registerReadOnlyOutbox(strapi);
    // A document's originals are verified (digital signatures) when uploaded, and when a write finds one unverified.
    registerOriginalsRules(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // The registry's, the comments' and the outbox's lookups must not scan their tables.
    await provisionIndexes(strapi);
    // The document-type catalogue is part of the product, not demo content.
    await provisionDocumentTypes(strapi);
    // Editors draft, approvers publish.
    await provisionRoles(strapi);
    // Consultations for editors/approvers; moderators decide on comments and publish nothing.
    await provisionConsultationRoles(strapi);
    // A fresh install is usable at once: first admin and the site/importer tokens.
    await provisionFirstAdmin(strapi);
    await provisionApiTokens(strapi);
    // Nobody signs up on the CMS: the portal has no end-user accounts.
    await closePublicRegistration(strapi);
    // Comment attachments stored publicly by older versions move to the private folder (personal data).
    await privatiseLegacyAttachments(strapi);
    // The audit log's indexes and auditor role; from here on users, roles and tokens are logged (not start-up's own set-up).
    await provisionAuditLog(strapi);
    // Vietnamese field names and hints for every content type and component in the admin; derived fields
    // read-only; Q&A staff see late questions first; "Thư gửi đi" read-only (bootstrap/editor-views.ts).
    await configureEditorViews(strapi);
    // The search index's settings are data in the repo, applied idempotently at every start.
    await searchSync(strapi).engine.applySettings();
    // After a restore (the index is derived, never backed up) or a lost index file: rebuild it from the database.
    rebuildEmptySearchIndex(strapi).catch((error) => strapi.log.error(`Search rebuild at start failed: ${error}`));
    // Documents published before the first publication was kept take their publishedAt (the statistics' delay).
    await backfillFirstPublication(strapi);
    // Dates may have passed while the CMS was down (a document came into force overnight).
    refreshAllValidity(strapi).catch((error) => strapi.log.error(`Validity refresh failed: ${error}`));
    // Comment windows may have opened or closed while the CMS was down.
    refreshAllConsultationStatuses(strapi).catch((error) => strapi.log.error(`Consultation status refresh failed: ${error}`));
    // Working days may have passed (or PUBLIC_HOLIDAYS changed) while the CMS was down: re-flag late questions.
    refreshOverdueQuestions(strapi).catch((error) => strapi.log.error(`Question overdue refresh failed: ${error}`));
    // Mails left waiting when the CMS stopped (or while SMTP was down) go out now.
    mailOutbox(strapi).start();
    // An uploaded PDF original is verified at once, before anyone attaches it.
    verifyUploads(strapi);
    forgetContentHashOnReplace(strapi);
    // The trust list may have changed while the CMS was down: originals verified against another one are verified again.
    originals(strapi).start().catch((error) => strapi.log.error(`Signature verification at start failed: ${error}`));
    // The originals' text is read in the background for search; files left pending by a stop are read now.
    registerOriginalTextExtraction(strapi);
    originalTextQueue(strapi).start().catch((error) => strapi.log.error(`Original text queue failed to start: ${error}`));
    // With REDIS_URL, each change is also pushed to every site process at once (polling stays the fallback).
    stopBroadcast = broadcastChanges(changeLog, cmsEnv(), strapi.log);
    // With EDXML_INBOX_DIR, edXML packages dropped in that folder become drafts for an editor.
    stopInbox = startEdxmlInbox(strapi, cmsEnv());
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    mailOutbox(strapi).stop();
    await stopInbox?.();
    originals(strapi).stop();
    await originalTextQueue(strapi).stop();
    await stopBroadcast?.();
    // Let the embedded index close its file cleanly (WAL checkpoint) when the CMS stops.
    await searchSync(strapi).engine.close();
  },
};
