import { z } from 'zod';
import { OptionalTextSchema } from './cms-fields.ts';

/** Giới thiệu và liên hệ: the agency's one profile (a single type), shown on `/gioi-thieu`, `/lien-he`, `/en` and in the footer. */
export const AgencyProfileSchema = z.object({
  name: z.string(),
  /** Chức năng, nhiệm vụ, lịch sử: Markdown. */
  functions: OptionalTextSchema,
  duties: OptionalTextSchema,
  history: OptionalTextSchema,
  address: OptionalTextSchema,
  phone: OptionalTextSchema,
  fax: OptionalTextSchema,
  email: OptionalTextSchema,
  workingHours: OptionalTextSchema,
  mapUrl: OptionalTextSchema,
  /** Người chịu trách nhiệm quản lý cổng. */
  portalResponsible: OptionalTextSchema,
  portalEmail: OptionalTextSchema,
  nameEn: OptionalTextSchema,
  introEn: OptionalTextSchema,
  addressEn: OptionalTextSchema,
  workingHoursEn: OptionalTextSchema,
  updatedAt: z.string(),
});
export type AgencyProfile = z.output<typeof AgencyProfileSchema>;
