import { z } from 'zod';
import { OptionalTextSchema } from './cms-fields.ts';

/** Dự án, đầu tư, đấu thầu, mua sắm công: listed on `/du-an`, grouped by kind, one card each. */
export const ProjectKindSchema = z.enum(['du-an', 'dau-tu', 'dau-thau', 'mua-sam']);
export type ProjectKind = z.output<typeof ProjectKindSchema>;
/** How the site's list and the admin name each kind. */
export const PROJECT_KIND_LABELS: Readonly<Record<ProjectKind, string>> = {
  'du-an': 'Dự án',
  'dau-tu': 'Kêu gọi đầu tư',
  'dau-thau': 'Đấu thầu',
  'mua-sam': 'Mua sắm công',
};

/** A project, investment call, tender or procurement as the CMS delivers it, to the site and to search. */
export const ProjectSchema = z.object({
  documentId: z.string(),
  name: z.string(),
  kind: ProjectKindSchema,
  /** Chủ đầu tư / bên mời thầu. */
  investor: OptionalTextSchema,
  location: OptionalTextSchema,
  /** Tổng mức đầu tư / giá gói thầu, as written. */
  budget: OptionalTextSchema,
  fundingSource: OptionalTextSchema,
  period: OptionalTextSchema,
  /** Tình trạng, free text ("Đang thi công"). */
  status: OptionalTextSchema,
  summary: OptionalTextSchema,
  updatedAt: z.string(),
});
export type Project = z.output<typeof ProjectSchema>;

/** Fragment id of a project's card on `/du-an` (projects have no slug; the documentId outlives renames). */
export function projectAnchor(documentId: string): string {
  return `du-an-${documentId}`;
}
