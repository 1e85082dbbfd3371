import { z } from 'zod';

/**
 * The typed relations between legal documents: vbpl.vn's 13 kinds ("Lược đồ" tab; docs/glossary.md). The kinds
 * are named here once; the CMS's `legal.relation` enumeration mirrors them (cms/src/model/schema-enums.test.ts).
 * A relation is stored once, on the document that acts (the active side); the other side is derived,
 * so entering one side shows both. What a kind does to validity is `validityEffect` (validity.ts).
 *
 * Two kinds both leave a document "Ngưng hiệu lực" (Luật Ban hành VBQPPL 2015, Điều 154 k1) and differ in what
 * ends it: `suspends` (tạm ngưng hiệu lực) is the issuing body's own, for a stated period; `suspends-enforcement`
 * (đình chỉ thi hành) is a superior authority's, until it decides the matter: the document then either applies
 * again or is repealed.
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
  'suspends-enforcement',
  'interprets',
  'announces',
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
  suspends: { outgoing: 'Tạm ngưng hiệu lực', incoming: 'Bị tạm ngưng hiệu lực bởi' },
  'suspends-enforcement': { outgoing: 'Đình chỉ thi hành', incoming: 'Bị đình chỉ thi hành bởi' },
  interprets: { outgoing: 'Giải thích', incoming: 'Được giải thích bởi' },
  announces: { outgoing: 'Công bố', incoming: 'Được công bố bởi' },
  'refers-to': { outgoing: 'Dẫn chiếu', incoming: 'Được dẫn chiếu bởi' },
};

export function relationLabel(kind: RelationKind, direction: RelationDirection): string {
  return RELATION_LABELS[kind][direction];
}
