/**
 * The admin panel, the REST API and our own services write a to-one relation in several shapes
 * (an id, a documentId, `{ connect: [...] }`, `{ set: [...] }`). The registry rules only need to know which
 * record is meant, so this reads any of them.
 * Returns `undefined` when the write leaves the relation unchanged, `null` when it clears it.
 */
export type RelationRef = { id?: number; documentId?: string } | null | undefined;

export function readToOneRelation(value: unknown): RelationRef {
  if (value === undefined) return undefined;
  if (value === null) return null;
  if (typeof value === 'number') return { id: value };
  if (typeof value === 'string') return /^\d+$/.test(value) ? { id: Number(value) } : { documentId: value };
  if (Array.isArray(value)) return value.length ? readToOneRelation(value[value.length - 1]) : null;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('set' in v) return readToOneRelation(v.set);
    if ('connect' in v && Array.isArray(v.connect) && v.connect.length) return readToOneRelation(v.connect.at(-1));
    if ('disconnect' in v && Array.isArray(v.disconnect) && v.disconnect.length) return null;
    if (typeof v.documentId === 'string') return { documentId: v.documentId };
    if (typeof v.id === 'number' || typeof v.id === 'string') return readToOneRelation(v.id);
    return undefined;
  }
  return undefined;
}
