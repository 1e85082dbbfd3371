import * as React from 'react';
import type { StrapiApp } from '@strapi/strapi/admin';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { ConsultationCommentsPanel } from './consultation-comments-panel';
import { CommentAttachmentsPanel } from './comment-attachments-panel';

/** A clock turning back, for the audit log's menu entry (drawn here rather than depending on @strapi/icons). */
function LogIcon(props: React.SVGProps<SVGSVGElement>) {
  return (
    <svg viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" strokeWidth={2} aria-hidden="true" {...props}>
      <path d="M3 12a9 9 0 1 0 3-6.7L3 8" />
      <path d="M3 3v5h5M12 7v5l3 3" />
    </svg>
  );
}

/**
 * The admin panel's own additions. Kept to what the content manager cannot express in configuration:
 * the consultation's comment panel (counts, moderation queue, CSV/XLSX export) and a comment's private attachments.
 */
export default {
  config: {
    // Editors may switch the admin to Vietnamese in their profile; English stays the default.
    locales: ['vi'],
  },
  register(app: StrapiApp) {
    // The audit log's page (cms/src/admin/audit-log-page.tsx).
    app.addMenuLink({
      to: 'nhat-ky-thao-tac',
      icon: LogIcon,
      intlLabel: { id: 'cong.audit-log', defaultMessage: 'Nhật ký thao tác' },
      // Only to those who may read it (the permission registered in cms/src/services/audit/audit-log.ts).
      permissions: [{ action: 'api::audit-log.read', subject: null }],
      Component: () => import('./audit-log-page'),
    });
  },
  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager').apis as { addEditViewSidePanel(panels: PanelComponent[]): void };
    contentManager.addEditViewSidePanel([ConsultationCommentsPanel, CommentAttachmentsPanel]);
  },
};
