import { describe, expect, it } from 'vitest';
import { demoOfficials, demoUnits } from './demo/index.ts';
import { protocolOrder, unitsInProtocolOrder } from './directory-order.ts';

const ub = { documentId: 'ub' };
const units = [
  { documentId: 'so', name: 'Sở Tư pháp', order: 2, parent: ub },
  { documentId: 'vp', name: 'Văn phòng UBND', order: 1, parent: ub },
  { documentId: 'ub', name: 'UBND tỉnh', order: 1, parent: null },
  { documentId: 'tt', name: 'Trung tâm Thông tin', order: null, parent: { documentId: 'vp' } },
];

describe('protocolOrder', () => {
  it('lists the leaders first, then unit by unit, each in its own order, unset orders last by Vietnamese name', () => {
    const people = [
      { name: 'Trần Thị Lan', order: 2, unit: { documentId: 'vp' } },
      { name: 'Hoàng Đức Mạnh', order: 1, unit: { documentId: 'so' } },
      { name: 'Đỗ Quang Vinh', order: 3, leader: true, unit: { documentId: 'ub' } },
      { name: 'Nguyễn Văn An', order: 1, unit: { documentId: 'vp' } },
      { name: 'Lê Minh Châu', order: 1, leader: true, unit: { documentId: 'ub' } },
      { name: 'Phạm Thu Hà', order: 2, leader: true, unit: { documentId: 'ub' } },
      { name: 'Vũ Văn Đức', order: null, unit: { documentId: 'vp' } },
      { name: 'Bùi Văn Dũng', order: null, unit: { documentId: 'vp' } },
      { name: 'Ngô Thị Mai', order: 1, unit: { documentId: 'tt' } },
      { name: 'Cao Văn Bình', order: null, unit: null },
    ];
    expect([...people].sort(protocolOrder(units)).map((p) => p.name)).toEqual([
      'Lê Minh Châu',
      'Phạm Thu Hà',
      'Đỗ Quang Vinh',
      'Nguyễn Văn An',
      'Trần Thị Lan',
      'Bùi Văn Dũng',
      'Vũ Văn Đức',
      'Ngô Thị Mai',
      'Hoàng Đức Mạnh',
      'Cao Văn Bình',
    ]);
  });

  it('orders units as a tree, depth first, siblings by their order (unset last)', () => {
    expect(unitsInProtocolOrder(units).map((u) => u.documentId)).toEqual(['ub', 'vp', 'tt', 'so']);
  });

  it('survives a cycle entered by hand', () => {
    const cyclic = [{ documentId: 'a', name: 'A', order: 1, parent: { documentId: 'b' } }, { documentId: 'b', name: 'B', order: 2, parent: { documentId: 'a' } }];
    expect(unitsInProtocolOrder(cyclic).map((u) => u.documentId)).toEqual(['a', 'b']);
  });

  it('puts the demo Chủ tịch first (audit D13: third)', () => {
    const ranked = demoUnits.map((u) => ({ documentId: u.slug, name: u.name, order: u.order ?? null, parent: u.parent ? { documentId: u.parent } : null }));
    const people = demoOfficials.map((o) => ({ ...o, unit: { documentId: o.unit } }));
    expect([...people].sort(protocolOrder(ranked))[0]!.title).toBe('Chủ tịch Ủy ban nhân dân tỉnh');
  });
});
