import type { StrapiApp } from '@strapi/strapi/admin';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { ConsultationCommentsPanel } from './consultation-comments-panel';
import { CommentAttachmentsPanel } from './comment-attachments-panel';

/**
 * The admin panel's own additions. Kept to what the content manager cannot express in configuration:
 * the consultation's comment panel (counts, moderation queue, CSV/XLSX export) and a comment's private attachments.
 */
export default {
  config: {
    // Editors may switch the admin to Vietnamese in their profile; English stays the default.
    locales: ['vi'],
  },
  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager').apis as { addEditViewSidePanel(panels: PanelComponent[]): void };
    contentManager.addEditViewSidePanel([ConsultationCommentsPanel, CommentAttachmentsPanel]);
  },
};
