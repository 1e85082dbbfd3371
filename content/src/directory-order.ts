import { compareVietnameseNames } from './vietnamese-name.ts';

/**
 * The protocol order of the directory and the leaders' list: the agency's leaders first, in the order set in the
 * CMS; then each unit in its own order, and in a unit its people in the order set for them (Chánh Văn phòng before
 * the Phó); what has no order set comes after, by name the Vietnamese way (given name first). Product audit D13:
 * the CMS's `order:asc, name:asc` mixed every unit's number 1 together (the Chủ tịch came third), put entries
 * without an order first (NULLs sort first), and sorted names by code point ("Đỗ" after "Trần").
 */
export type RankedUnit = { documentId: string; name: string; order?: number | null; parent?: { documentId: string } | null };
export type RankedPerson = { name: string; order?: number | null; leader?: boolean | null; unit?: { documentId: string } | null };

const byOrder = (a?: number | null, b?: number | null) => (a ?? Number.POSITIVE_INFINITY) - (b ?? Number.POSITIVE_INFINITY) || 0;

/** Siblings: by their order, unset last, then by name. */
export function compareUnits(a: RankedUnit, b: RankedUnit): number {
  return byOrder(a.order, b.order) || compareVietnameseNames(a.name, b.name);
}

/** Units in protocol order: the tree depth first, each unit followed by its own units (an order is among siblings). */
export function unitsInProtocolOrder<U extends RankedUnit>(units: readonly U[]): U[] {
  const ids = new Set(units.map((u) => u.documentId));
  const childrenOf = (id: string | null) =>
    units.filter((u) => (u.parent && ids.has(u.parent.documentId) ? u.parent.documentId : null) === id).sort(compareUnits);
  const out: U[] = [];
  const seen = new Set<string>();
  const visit = (unit: U) => {
    if (seen.has(unit.documentId)) return; // a cycle entered by hand in the CMS must not hang the page
    seen.add(unit.documentId);
    out.push(unit);
    for (const child of childrenOf(unit.documentId)) visit(child);
  };
  for (const root of childrenOf(null)) visit(root);
  for (const unit of [...units].sort(compareUnits)) visit(unit); // units only reachable through a cycle
  return out;
}

/** A comparator for people, given the agency's units (their rank is their place in protocol order). */
export function protocolOrder(units: readonly RankedUnit[]): (a: RankedPerson, b: RankedPerson) => number {
  const rank = new Map(unitsInProtocolOrder(units).map((unit, i) => [unit.documentId, i]));
  const unitRank = (p: RankedPerson) => (p.unit ? (rank.get(p.unit.documentId) ?? units.length) : units.length + 1);
  return (a, b) =>
    Number(Boolean(b.leader)) - Number(Boolean(a.leader)) ||
    (a.leader && b.leader ? 0 : unitRank(a) - unitRank(b)) ||
    byOrder(a.order, b.order) ||
    compareVietnameseNames(a.name, b.name);
}
