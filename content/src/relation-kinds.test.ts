import { describe, expect, it } from 'vitest';
import { RELATION_KINDS, relationLabel, type RelationKind } from './relation-kinds.ts';
import { validityEffect, type ValidityEffect } from './validity.ts';

/** vbpl.vn's 13 kinds (shared research, legal-requirements.md §3.1) plus triển khai thi hành: both sides and what each does to validity. */
describe.each<[RelationKind, string, string, ValidityEffect]>([
  ['amends', 'Sửa đổi, bổ sung', 'Được sửa đổi, bổ sung bởi', 'ends-in-part'],
  ['replaces', 'Thay thế', 'Bị thay thế bởi', 'ends'],
  ['repeals', 'Bãi bỏ', 'Bị bãi bỏ bởi', 'ends'],
  ['guides', 'Hướng dẫn áp dụng', 'Được hướng dẫn bởi', null],
  ['details', 'Quy định chi tiết, hướng dẫn thi hành', 'Được quy định chi tiết bởi', null],
  ['based-on', 'Căn cứ ban hành', 'Là căn cứ ban hành của', null],
  ['implements', 'Triển khai thi hành', 'Được triển khai thi hành bởi', null],
  ['consolidates', 'Hợp nhất', 'Được hợp nhất bởi', null],
  ['corrects', 'Đính chính', 'Được đính chính bởi', null],
  ['suspends', 'Tạm ngưng hiệu lực', 'Bị tạm ngưng hiệu lực bởi', 'suspends'],
  ['suspends-enforcement', 'Đình chỉ thi hành', 'Bị đình chỉ thi hành bởi', 'suspends'],
  ['interprets', 'Giải thích', 'Được giải thích bởi', null],
  ['announces', 'Công bố', 'Được công bố bởi', null],
  ['refers-to', 'Dẫn chiếu', 'Được dẫn chiếu bởi', null],
])('%s', (kind, outgoing, incoming, effect) => {
  it('is labelled on both sides', () => {
    expect(relationLabel(kind, 'outgoing')).toBe(outgoing);
    expect(relationLabel(kind, 'incoming')).toBe(incoming);
  });
  it('acts on validity as the law says', () => {
    expect(validityEffect(kind, false)).toBe(effect);
  });
});

describe('the vocabulary', () => {
  it('has every vbpl.vn kind, each once, with a distinct label on each side', () => {
    expect(RELATION_KINDS).toHaveLength(14);
    const labels = RELATION_KINDS.flatMap((kind) => [relationLabel(kind, 'outgoing'), relationLabel(kind, 'incoming')]);
    expect(new Set(labels).size).toBe(labels.length);
  });
});
