/**
 * Cơ cấu tổ chức: the org chart is drawn from each unit's parent, not uploaded as an image, so it stays true
 * when a unit is added, renamed or moved. Children keep the editors' order, then the name.
 */
export interface OrgUnitInput {
  id: string;
  name: string;
  parentId?: string | null | undefined;
  order?: number | null | undefined;
}
export type OrgNode<T extends OrgUnitInput> = T & { children: OrgNode<T>[] };

/**
 * Builds the forest. A unit whose parent is missing (unpublished, deleted) becomes a root rather than vanishing;
 * a cycle (A under B under A) is broken at the unit met first so every unit is still shown once.
 */
export function buildOrgTree<T extends OrgUnitInput>(units: readonly T[]): OrgNode<T>[] {
  const nodes = new Map<string, OrgNode<T>>(units.map((u) => [u.id, { ...u, children: [] }]));
  const attachedTo = new Map<string, string>();
  const roots: OrgNode<T>[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent && !reaches(parent.id, node.id, attachedTo)) {
      parent.children.push(node);
      attachedTo.set(node.id, parent.id);
    } else roots.push(node);
  }
  const sort = (list: OrgNode<T>[]) => {
    list.sort((a, b) => (a.order ?? 1e9) - (b.order ?? 1e9) || a.name.localeCompare(b.name, 'vi'));
    for (const n of list) sort(n.children);
    return list;
  };
  return sort(roots);
}

/** True if walking up the links made so far from `start` reaches `id` (attaching id there would close a cycle). */
function reaches(start: string, id: string, attachedTo: Map<string, string>): boolean {
  for (let cur: string | undefined = start; cur; cur = attachedTo.get(cur)) if (cur === id) return true;
  return false;
}
