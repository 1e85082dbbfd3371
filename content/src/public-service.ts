import { z } from 'zod';
import { OptionalTextSchema } from './cms-fields.ts';

/** Thủ tục hành chính, dịch vụ công trực tuyến: listed on `/dich-vu-cong`, one table row each. */
export const PublicServiceLevelSchema = z.enum(['toan-trinh', 'mot-phan', 'truc-tiep']);
export type PublicServiceLevel = z.output<typeof PublicServiceLevelSchema>;
/** How the site's list and the admin name each level of online service. */
export const PUBLIC_SERVICE_LEVEL_LABELS: Readonly<Record<PublicServiceLevel, string>> = {
  'toan-trinh': 'Trực tuyến toàn trình',
  'mot-phan': 'Trực tuyến một phần',
  'truc-tiep': 'Nộp trực tiếp',
};

/** A procedure as the CMS delivers it, to the site and to search. */
export const PublicServiceSchema = z.object({
  documentId: z.string(),
  name: z.string(),
  /** Mã thủ tục on the national database ("1.001234"). */
  code: OptionalTextSchema,
  /** Lĩnh vực. */
  field: OptionalTextSchema,
  level: PublicServiceLevelSchema.nullish(),
  /** Phí, lệ phí. */
  fees: OptionalTextSchema,
  /** Thời hạn giải quyết. */
  processingTime: OptionalTextSchema,
  /** Cơ quan thực hiện. */
  agency: OptionalTextSchema,
  /** Where to file it on the national public-service portal. */
  portalUrl: OptionalTextSchema,
  /** Marked by an editor as one of the most used: a shortcut on the home page. */
  featured: z.boolean().nullish(),
  updatedAt: z.string(),
});
export type PublicService = z.output<typeof PublicServiceSchema>;

/**
 * Fragment id of a procedure's row on `/dich-vu-cong`, so search can link to it. Procedures have no slug of
 * their own; the CMS's documentId is stable for the life of the item, whatever the editor renames.
 */
export function publicServiceAnchor(documentId: string): string {
  return `thu-tuc-${documentId}`;
}

/**
 * What a procedure's national-portal link offers the citizen: filing online, only when the procedure can be filed
 * online at least in part; for an in-person procedure the same link is its guidance (forms, papers to bring), never
 * "Nộp trực tuyến" (product audit D18). A procedure with no level set is not promised as online.
 */
export function serviceLink(service: Pick<PublicService, 'level' | 'portalUrl'>): { kind: 'submit' | 'guide'; url: string } | null {
  if (!service.portalUrl) return null;
  const online = service.level === 'toan-trinh' || service.level === 'mot-phan';
  return { kind: online ? 'submit' : 'guide', url: service.portalUrl };
}
