import { parseArticleScope, parseDocumentNumber } from '@cong/content';

/** A legal document's relation as the editor or the importer wrote it (the `legal.relation` component). */
export type RelationInput = { targetNumber?: unknown; articles?: unknown; [field: string]: unknown };

/** Each relation carries the matching key of the number it cites, so it links by itself when that document arrives. */
export function withRelationKeys<T extends RelationInput>(relations: T[]): Array<T & { targetNumberKey: string }> {
  return relations.map((relation) => {
    const parsed = typeof relation.targetNumber === 'string' ? parseDocumentNumber(relation.targetNumber) : null;
    // A cited number that does not parse is still kept (shown unlinked), keyed by its plain upper-case text.
    const key = parsed?.ok ? parsed.value.key : String(relation.targetNumber ?? '').trim().toUpperCase();
    return { ...relation, targetNumberKey: key };
  });
}

/**
 * The first relation whose `articles` (the articles of the target it acts on, marked on the target's page) cannot
 * be read, as a Vietnamese message naming the relation; null when every one reads.
 */
export function relationArticlesProblem(relations: RelationInput[]): string | null {
  for (const [index, relation] of relations.entries()) {
    if (relation.articles === undefined || relation.articles === null) continue;
    const parsed = parseArticleScope(String(relation.articles));
    if (!parsed.ok) return `Quan hệ thứ ${index + 1} (${String(relation.targetNumber ?? '')}): ${parsed.error}`;
  }
  return null;
}
