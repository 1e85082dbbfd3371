import type { Core } from '@strapi/strapi';

/**
 * How a content type looks in the admin's content manager: Vietnamese labels and hints per field, which fields
 * editors may change (derived ones are read-only), the list's columns and sort. Each view is data (the tables in
 * editor-view.ts, consultation-editor-view.ts, mail-outbox-view.ts, maintenance-notice-view.ts), applied at every
 * start by this one function through the content manager's own configuration service (editor-views.ts lists them all).
 */
export type EditorView = {
  /** A content type (`api::…`) or a component (`category.name`). */
  uid: string;
  /** field → [label, description]; fields the content type does not have are skipped. */
  labels?: Record<string, [label: string, description?: string]>;
  /** Whether editors may change a labelled field; unset: left as the content manager has it. */
  editable?: (field: string) => boolean;
  settings?: { mainField?: string; defaultSortBy?: string; defaultSortOrder?: 'ASC' | 'DESC' };
  /** The list view's columns; unset: left as they are. */
  list?: string[];
};

/** Editors may change every labelled field but the derived ones (computed by the rules, shown read-only with why). */
export function derivedReadOnly(derived: ReadonlySet<string>): (field: string) => boolean {
  return (field) => !derived.has(field);
}

/** The fields every content type has, named once for all of them in lists and filters (never edited by hand). */
const COMMON_LABELS: Record<string, string> = {
  id: 'Số thứ tự',
  documentId: 'Mã tài liệu',
  createdAt: 'Thời điểm tạo',
  updatedAt: 'Thời điểm cập nhật',
  publishedAt: 'Thời điểm xuất bản',
  createdBy: 'Người tạo',
  updatedBy: 'Người cập nhật',
};

/** A field's settings in the content manager's configuration (edit form and list column). */
type FieldMetadata = { edit: Record<string, unknown>; list: Record<string, unknown> };
type Configuration = { settings: Record<string, unknown>; metadatas: Record<string, FieldMetadata>; layouts: Record<string, unknown> };
/** The content manager's configuration service for a content type or a component, as far as it is used here. */
type ConfigurationService = {
  findConfiguration(target: { uid: string }): Promise<Configuration>;
  updateConfiguration(target: { uid: string }, configuration: Configuration): Promise<unknown>;
};

export async function applyEditorView(strapi: Core.Strapi, view: EditorView): Promise<void> {
  const service = strapi.plugin('content-manager').service(view.uid.includes('::') ? 'content-types' : 'components') as ConfigurationService;
  const current = await service.findConfiguration({ uid: view.uid });
  const metadatas = { ...current.metadatas };
  for (const [field, label] of Object.entries(COMMON_LABELS)) {
    if (metadatas[field] && !view.labels?.[field]) metadatas[field] = { ...metadatas[field], list: { ...metadatas[field].list, label } };
  }
  for (const [field, [label, description]] of Object.entries(view.labels ?? {})) {
    if (!metadatas[field]) continue;
    const edit: Record<string, unknown> = { ...metadatas[field].edit, label, description: description ?? '' };
    if (view.editable) edit.editable = view.editable(field);
    metadatas[field] = { ...metadatas[field], edit, list: { ...metadatas[field].list, label } };
  }
  await service.updateConfiguration(
    { uid: view.uid },
    {
      settings: { ...current.settings, ...view.settings },
      metadatas,
      layouts: view.list ? { ...current.layouts, list: view.list } : current.layouts,
    },
  );
}
