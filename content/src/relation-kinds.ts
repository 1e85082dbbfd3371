import { z } from 'zod';

/**
 * The typed relations between legal documents, with vbpl.vn's vocabulary ("Lược đồ" tab).
 * A relation is stored once, on the document that acts (the active side); the other side is derived,
 * so entering one side shows both.
 */
export const RELATION_KINDS = [
  'amends',
  'replaces',
  'repeals',
  'guides',
  'details',
  'based-on',
  'implements',
  'consolidates',
  'corrects',
  'suspends',
  'refers-to',
] as const;

export const RelationKindSchema = z.enum(RELATION_KINDS);
export type RelationKind = z.output<typeof RelationKindSchema>;

export const RelationDirectionSchema = z.enum(['outgoing', 'incoming']);
/** `outgoing`: this document acts on the other one; `incoming`: the other document acts on this one. */
export type RelationDirection = z.output<typeof RelationDirectionSchema>;

/** Vietnamese labels for each side, as vbpl.vn words them. */
export const RELATION_LABELS: Record<RelationKind, { outgoing: string; incoming: string }> = {
  amends: { outgoing: 'Sửa đổi, bổ sung', incoming: 'Được sửa đổi, bổ sung bởi' },
  replaces: { outgoing: 'Thay thế', incoming: 'Bị thay thế bởi' },
  repeals: { outgoing: 'Bãi bỏ', incoming: 'Bị bãi bỏ bởi' },
  guides: { outgoing: 'Hướng dẫn áp dụng', incoming: 'Được hướng dẫn bởi' },
  details: { outgoing: 'Quy định chi tiết, hướng dẫn thi hành', incoming: 'Được quy định chi tiết bởi' },
  'based-on': { outgoing: 'Căn cứ ban hành', incoming: 'Là căn cứ ban hành của' },
  implements: { outgoing: 'Triển khai thi hành', incoming: 'Được triển khai thi hành bởi' },
  consolidates: { outgoing: 'Hợp nhất', incoming: 'Được hợp nhất bởi' },
  corrects: { outgoing: 'Đính chính', incoming: 'Được đính chính bởi' },
  suspends: { outgoing: 'Ngưng hiệu lực', incoming: 'Bị ngưng hiệu lực bởi' },
  'refers-to': { outgoing: 'Dẫn chiếu', incoming: 'Được dẫn chiếu bởi' },
};

export function relationLabel(kind: RelationKind, direction: RelationDirection): string {
  return RELATION_LABELS[kind][direction];
}
