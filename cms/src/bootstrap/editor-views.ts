import type { Core } from '@strapi/strapi';
import { applyEditorView, type EditorView } from './apply-editor-view';
import { CONSULTATION_VIEWS } from './consultation-editor-view';
import { LEGAL_DOCUMENT_VIEW, QUESTION_DESK_VIEWS } from './editor-view';
import { MAIL_OUTBOX_VIEW } from './mail-outbox-view';
import { MAINTENANCE_NOTICE_VIEW } from './maintenance-notice-view';
import { PORTAL_VIEWS } from './portal-editor-view';

/**
 * Every view of the admin's content manager, as data (the tables beside each concern), in one list: a new content
 * type or component gets its Vietnamese field names by adding its view here, and each uid has one view.
 */
export const EDITOR_VIEWS: readonly EditorView[] = [
  LEGAL_DOCUMENT_VIEW,
  ...CONSULTATION_VIEWS,
  ...QUESTION_DESK_VIEWS,
  MAINTENANCE_NOTICE_VIEW,
  MAIL_OUTBOX_VIEW,
  ...PORTAL_VIEWS,
];

/** At every start: Vietnamese labels and hints, derived fields read-only, the lists' columns and sort. */
export async function configureEditorViews(strapi: Core.Strapi): Promise<void> {
  for (const view of EDITOR_VIEWS) await applyEditorView(strapi, view);
}
