import * as React from 'react';
import type { StrapiApp } from '@strapi/strapi/admin';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { ConsultationCommentsPanel } from './consultation-comments-panel';
import { CommentAttachmentsPanel } from './comment-attachments-panel';
import { OriginalsPanel } from './originals-panel';
import { OriginalTextPanel } from './original-text-panel';
import { LabelledEnumerationInput, labelListColumns, labelListFilters } from './enumeration-labels';
import { VIETNAMESE_ADMIN } from './translations';
import { defaultAdminLanguage, dismissMediaLibraryBanner } from '../strapi-internals/admin-preferences';

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
 * the consultation's comment panel (counts, moderation queue, CSV/XLSX export), a comment's private attachments,
 * the audit log's page, and a Vietnamese admin (issue 13 §4): Vietnamese by default, enumerations by their labels,
 * dates dd/mm/yyyy, none of Strapi's own announcements.
 */
export default {
  config: {
    // Vietnamese (the default, below) and English, which anyone may pick in their profile.
    locales: ['vi'],
    // Where Strapi's own Vietnamese stops (translations.ts).
    translations: { vi: VIETNAMESE_ADMIN },
    // No check for new Strapi releases (it calls api.github.com from the editor's browser) and no upgrade notice:
    // upgrades are the operator's, not the editors'.
    notifications: { releases: false },
    tutorials: false,
  },
  register(app: StrapiApp) {
    // Before Strapi first reads them: Vietnamese unless the person chose otherwise; no media library banner.
    defaultAdminLanguage(window.localStorage, 'vi');
    dismissMediaLibraryBanner(window.localStorage);

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
    contentManager.addEditViewSidePanel([ConsultationCommentsPanel, CommentAttachmentsPanel, OriginalsPanel, OriginalTextPanel]);
    // Enumerations by their Vietnamese labels, dates dd/mm/yyyy (enumeration-labels.tsx).
    app.addFields({ type: 'enumeration', Component: LabelledEnumerationInput as React.ComponentType });
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', labelListColumns);
    app.registerHook('Admin/CM/pages/ListView/inject-in-filters', labelListFilters);
  },
};
