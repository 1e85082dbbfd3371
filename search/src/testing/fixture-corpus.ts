import {
  deriveValidity,
  findDocumentType,
  incomingRelations,
  ManifestSchema,
  numberSlug,
  relationLabel,
  slugify,
  toImportRecord,
  todayInVietnam,
  type ImportRecord,
  type LegalDocument,
} from '@cong/content';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The named corpora the contract tests and the relevance benchmark search, turned into `LegalDocument`s the
 * way the CMS would serve them (slug from the number, type from the catalogue, status derived on a given day):
 * the five real documents of the shared seed corpus, the project's registry fixtures and the demo registry.
 * Texts are read from their folders at run time, never copied.
 */

export { registryFixturesDir, seedCorpusDir } from '@cong/content/fixtures';

export function hasManifest(dir: string): boolean {
  return existsSync(join(dir, 'manifest.json'));
}

/** The records of a manifest folder (see `ManifestSchema`), incomplete ones included. */
export function readManifestFolder(dir: string): ImportRecord[] {
  const manifest = ManifestSchema.parse(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
  return manifest.map((entry) => toImportRecord(entry, readFileSync(join(dir, entry.file), 'utf8'), { draft: false }).record);
}

/**
 * Import records as the public API would serve them. Records without a number get a slug from their source
 * file, as the CMS does for drafts an editor has not completed. Status is derived on `today`.
 */
export function toLegalDocuments(records: readonly ImportRecord[], today: string = todayInVietnam()): LegalDocument[] {
  return records.map((record) => {
    const type = findDocumentType(record.type);
    const slug = (record.number === null ? null : numberSlug(record.number)) ?? slugify(record.sourceKey.replace(/\.[a-z]+$/i, ''));
    const { status, history } = deriveValidity(
      { issuedDate: record.issuedDate, effectiveDate: record.effectiveDate, expiryDate: record.expiryDate, incoming: record.number === null ? [] : incomingRelations(record.number, records) },
      today,
    );
    return {
      slug,
      number: record.number,
      type: type === null ? { name: record.type, slug: slugify(record.type) } : { name: type.name, slug: type.slug },
      title: record.title,
      issuer: { name: record.issuer, slug: slugify(record.issuer) },
      signer: record.signer === null ? null : { name: record.signer, title: record.signerTitle },
      issuedDate: record.issuedDate,
      effectiveDate: record.effectiveDate,
      expiryDate: record.expiryDate,
      status,
      fields: record.fields.map((name) => ({ name, slug: slugify(name) })),
      updatedAt: `${record.issuedDate ?? today}T00:00:00.000Z`,
      gazetteNumber: record.gazetteNumber,
      gazetteDate: record.gazetteDate,
      text: record.text,
      attachments: [],
      signatureStatus: 'unsigned',
      relations: record.relations.map((relation) => ({
        kind: relation.kind,
        direction: 'outgoing' as const,
        label: relationLabel(relation.kind, 'outgoing'),
        number: relation.targetNumber,
        slug: null,
        title: null,
        partial: relation.partial ?? false,
        articles: relation.articles ?? null,
        note: relation.note ?? null,
      })),
      history,
    };
  });
}
