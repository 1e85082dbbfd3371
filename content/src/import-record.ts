import { z } from 'zod';
import { isCalendarDate } from './dates.ts';
import { describeIssues } from './friendly-errors.ts';
import { parseDocumentNumber } from './document-number.ts';
import { textToMarkdown } from './document-text.ts';
import { IsoDateSchema } from './legal-document.ts';
import { ArticleScopeTextSchema } from './article-scope.ts';
import { RELATION_KINDS, RelationKindSchema, type RelationKind } from './relation-kinds.ts';
import { normalizeInput, toNfc } from './vietnamese-text.ts';

/**
 * The one shape in which documents enter the registry: the command-line importer, the demo loader and the CMS
 * import endpoint all produce `ImportRecord`s and hand them to the same upsert.
 */

const DaySchema = IsoDateSchema.refine(isCalendarDate, { error: 'Ngày không có thật (kiểm tra ngày và tháng)' });
const NonEmpty = (what: string) => z.string().trim().min(1, { error: `${what} không được để trống` });

export const ImportRelationSchema = z.object({
  kind: RelationKindSchema,
  /** Số ký hiệu of the document acted on; it need not be in the registry (it is then shown unlinked). */
  targetNumber: NonEmpty('Số ký hiệu văn bản liên quan'),
  partial: z.boolean().optional(),
  /** The articles of the target acted on ("Điều 4", "khoản 2 Điều 5"): the target's page marks them in its text. */
  articles: ArticleScopeTextSchema.optional(),
  note: z.string().optional(),
});
export type ImportRelation = z.output<typeof ImportRelationSchema>;

/** What every source says of a document's issue, the same in an import record and in a manifest entry. */
const issueFields = {
  /** Số ký hiệu as written; null when the source does not carry it (the record then awaits an editor). */
  number: z.string().nullable(),
  /** Hình thức văn bản: a name of the catalogue (`DOCUMENT_TYPES`). */
  type: NonEmpty('Loại văn bản'),
  /** Cơ quan ban hành, full name. */
  issuer: NonEmpty('Cơ quan ban hành'),
  signer: z.string().nullable(),
  /** Chức danh of the signer at signing time. */
  signerTitle: z.string().nullable(),
  issuedDate: DaySchema.nullable(),
};

export const ImportRecordSchema = z.object({
  /** Stable identity for upsert when there is no number yet (the source file name). */
  sourceKey: NonEmpty('sourceKey'),
  ...issueFields,
  effectiveDate: DaySchema.nullable(),
  expiryDate: DaySchema.nullable(),
  /** Số Công báo, as printed ("1021+1022"). */
  gazetteNumber: z.string().nullable(),
  gazetteDate: DaySchema.nullable(),
  /** Trích yếu. */
  title: NonEmpty('Trích yếu'),
  /** Lĩnh vực names. */
  fields: z.array(z.string()),
  /** Full text in Markdown, articles as "## Điều N." headings. */
  text: z.string(),
  relations: z.array(ImportRelationSchema),
  publish: z.boolean(),
  /** An editor must check the record before it is published (something is missing or unreadable). */
  needsReview: z.boolean(),
  /** What the editor must check, in Vietnamese. */
  reviewNote: z.string().nullable(),
});
export type ImportRecord = z.output<typeof ImportRecordSchema>;

/**
 * What the CMS's import endpoint (`POST /api/registry/import`) answers for each record, in the order sent; the CMS
 * writes it and `npm run import` reads it. A refused record echoes its sourceKey and number as sent.
 */
export type ImportOutcome = {
  sourceKey: string;
  number: string | null;
  action: 'created' | 'updated' | 'failed';
  /** Published now; false leaves it a draft (asked for, or it needs review). */
  published: boolean;
  needsReview: boolean;
  slug?: string | null;
  /** The document written (created or updated): where its originals are attached afterwards. */
  documentId?: string;
  /** Why a failed record failed, in Vietnamese. */
  error?: string;
};

/** Manifest keys for each relation kind (camelCase of the kind). */
export const MANIFEST_RELATION_KEYS = {
  amends: 'amends',
  replaces: 'replaces',
  repeals: 'repeals',
  guides: 'guides',
  details: 'details',
  'based-on': 'basedOn',
  implements: 'implements',
  consolidates: 'consolidates',
  corrects: 'corrects',
  suspends: 'suspends',
  'suspends-enforcement': 'suspendsEnforcement',
  interprets: 'interprets',
  announces: 'announces',
  'refers-to': 'refersTo',
} as const satisfies Record<RelationKind, string>;

/** A relation target in a manifest: a bare number, or a number with details. */
export const ManifestRelationTargetSchema = z.union([
  NonEmpty('Số ký hiệu văn bản liên quan'),
  z.strictObject({
    number: NonEmpty('Số ký hiệu văn bản liên quan'),
    partial: z.boolean().optional(),
    articles: ArticleScopeTextSchema.optional(),
    note: z.string().optional(),
  }),
]);
export type ManifestRelationTarget = z.output<typeof ManifestRelationTargetSchema>;

const Targets = ManifestRelationTargetSchema.array().optional();

/**
 * One entry of a folder's manifest.json (the shape of the seed corpus manifest). Unknown keys are rejected so a
 * misspelt relation ("refers_to") is reported instead of silently dropped.
 */
export const ManifestEntrySchema = z.strictObject({
  /** File name in the same folder: .md is kept as Markdown, anything else is treated as text from PDF. */
  file: NonEmpty('Tên tệp'),
  ...issueFields,
  title: NonEmpty('Trích yếu'),
  effectiveDate: DaySchema.nullable().optional(),
  expiryDate: DaySchema.nullable().optional(),
  gazetteNumber: z.string().nullable().optional(),
  gazetteDate: DaySchema.nullable().optional(),
  fields: z.array(z.string()).optional(),
  /** For people maintaining the manifest; not imported. */
  note: z.string().optional(),
  /**
   * The document's originals (bản gốc: PDF, DOCX, ODT), files in the same folder: uploaded to the CMS's media
   * library and attached to the document, each file once (by its SHA-256) however often the folder is imported.
   */
  originals: z.array(NonEmpty('Tên tệp bản gốc').refine((name) => !/[\\/]/.test(name) && name !== '..' && name !== '.', { error: 'Tên tệp bản gốc phải là một tệp trong cùng thư mục (không chứa / hay \\)' })).optional(),
  amends: Targets,
  replaces: Targets,
  repeals: Targets,
  guides: Targets,
  details: Targets,
  basedOn: Targets,
  implements: Targets,
  consolidates: Targets,
  corrects: Targets,
  suspends: Targets,
  suspendsEnforcement: Targets,
  interprets: Targets,
  announces: Targets,
  refersTo: Targets,
});
export type ManifestEntry = z.output<typeof ManifestEntrySchema>;

/** A manifest names each file once: the whole manifest's schema and the entry-by-entry reading say so alike. */
const declaredTwice = (file: string) => `Tệp "${file}" được khai báo hai lần trong manifest`;

export const ManifestSchema = z.array(ManifestEntrySchema).superRefine((entries, ctx) => {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (seen.has(entry.file)) {
      ctx.addIssue({ code: 'custom', path: [index, 'file'], message: declaredTwice(entry.file) });
    }
    seen.add(entry.file);
  });
});
export type Manifest = z.output<typeof ManifestSchema>;

/** What a manifest gives when read entry by entry: the usable entries, and each refused one with its reason. */
export type ManifestReading = { entries: ManifestEntry[]; problems: Array<{ file: string; reason: string }> };

/**
 * Reads a manifest entry by entry, so one bad record (an impossible date such as 2026-11-31, a misspelt key) fails
 * only itself, with its reason, and the folder's other records still import (product audit D15: one bad date made
 * the whole folder fail). Null when the manifest is not a list at all.
 */
export function readManifestEntries(json: unknown): ManifestReading | null {
  if (!Array.isArray(json)) return null;
  const entries: ManifestEntry[] = [];
  const problems: ManifestReading['problems'] = [];
  const seen = new Set<string>();
  json.forEach((raw, index) => {
    const file = raw && typeof raw === 'object' && typeof (raw as { file?: unknown }).file === 'string' ? (raw as { file: string }).file : `mục thứ ${index + 1}`;
    const parsed = ManifestEntrySchema.safeParse(raw);
    if (!parsed.success) {
      problems.push({ file, reason: describeIssues(parsed.error, { where: (issue) => issue.path.map(String).join('.') || '(mục)' }) });
      return;
    }
    if (seen.has(parsed.data.file)) {
      problems.push({ file, reason: declaredTwice(parsed.data.file) });
      return;
    }
    seen.add(parsed.data.file);
    entries.push(parsed.data);
  });
  return { entries, problems };
}

function relationsOf(entry: ManifestEntry): ImportRelation[] {
  const relations: ImportRelation[] = [];
  for (const kind of RELATION_KINDS) {
    for (const target of entry[MANIFEST_RELATION_KEYS[kind]] ?? []) {
      if (typeof target === 'string') {
        relations.push({ kind, targetNumber: target.trim() });
      } else {
        relations.push({
          kind,
          targetNumber: target.number.trim(),
          ...(target.partial === undefined ? {} : { partial: target.partial }),
          ...(target.articles === undefined ? {} : { articles: target.articles }),
          ...(target.note === undefined ? {} : { note: target.note }),
        });
      }
    }
  }
  return relations;
}

export type ToImportRecordOptions = {
  /** Import as drafts whatever their state: nothing is published. */
  draft: boolean;
  /**
   * What was found wrong before the record was built (its file's encoding could not be decided, so its text is
   * left out): the record is flagged with these reasons first.
   */
  knownProblems?: string[];
};

/**
 * A manifest entry and its file's text as an `ImportRecord`. Never invents a value: a missing or unreadable
 * number or a missing issued date is reported in `problems` and in `reviewNote`, and such a record is flagged
 * for review and not published. Every string is NFC.
 */
export function toImportRecord(
  entry: ManifestEntry,
  text: string,
  options: ToImportRecordOptions,
): { record: ImportRecord; problems: string[] } {
  const problems: string[] = [...(options.knownProblems ?? [])];
  let number = entry.number === null ? null : toNfc(entry.number).trim();
  if (number === null || number === '') {
    number = null;
    problems.push('Thiếu số ký hiệu: văn bản nguồn không ghi số, cần biên tập viên bổ sung theo bản gốc');
  } else {
    const parsed = parseDocumentNumber(number);
    if (parsed.ok) number = parsed.value.raw;
    else problems.push(parsed.error);
  }
  if (entry.issuedDate === null) {
    problems.push('Thiếu ngày ban hành: văn bản nguồn không ghi ngày, cần biên tập viên bổ sung theo bản gốc');
  }
  const relations = relationsOf(entry);
  for (const relation of relations) {
    const parsed = parseDocumentNumber(relation.targetNumber);
    if (!parsed.ok) problems.push(`Văn bản liên quan: ${parsed.error}`);
  }
  const body = toNfc(text);
  if (body.trim() === '' && !options.knownProblems?.length) problems.push('Chưa có toàn văn: tệp nguồn rỗng');

  const record = ImportRecordSchema.parse(
    normalizeInput({
      sourceKey: entry.file,
      number,
      type: entry.type,
      issuer: entry.issuer,
      signer: entry.signer,
      signerTitle: entry.signerTitle,
      issuedDate: entry.issuedDate,
      effectiveDate: entry.effectiveDate ?? null,
      expiryDate: entry.expiryDate ?? null,
      gazetteNumber: entry.gazetteNumber ?? null,
      gazetteDate: entry.gazetteDate ?? null,
      title: entry.title.trim(),
      fields: entry.fields ?? [],
      text: /\.(md|markdown)$/i.test(entry.file) ? body : textToMarkdown(body),
      relations,
      publish: !options.draft && problems.length === 0,
      needsReview: problems.length > 0,
      reviewNote: problems.length > 0 ? problems.join('\n') : null,
    } satisfies ImportRecord),
  );
  return { record, problems };
}
