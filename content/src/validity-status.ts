import { z } from 'zod';

/** Tình trạng hiệu lực. Always derived (see `validity.ts`), never typed by hand. */
export const VALIDITY_STATUSES = ['in-force', 'partially-expired', 'expired', 'not-yet-effective', 'suspended'] as const;
export const ValidityStatusSchema = z.enum(VALIDITY_STATUSES);
export type ValidityStatus = z.output<typeof ValidityStatusSchema>;

export const VALIDITY_LABELS: Record<ValidityStatus, string> = {
  'in-force': 'Còn hiệu lực',
  'partially-expired': 'Hết hiệu lực một phần',
  expired: 'Hết hiệu lực',
  'not-yet-effective': 'Chưa có hiệu lực',
  suspended: 'Ngưng hiệu lực',
};
