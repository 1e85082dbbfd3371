import { z } from 'zod';
import { csvCell } from './csv.ts';
import { ApiDirectoryEntrySchema, ApiDocumentSchema, ApiDraftCommentSchema, ApiDraftSchema } from './public-api.ts';

/**
 * Dữ liệu mở (`/du-lieu-mo`): the portal's public data as bulk files anyone may download and re-use. Each record
 * of a file is the very record the read API answers (content/src/public-api.ts), so the files and the API cannot
 * drift: a document line is `/api/v1/documents/<slug>`'s `data`, a directory line one of `/api/v1/directory`'s.
 * Every dataset comes as JSON Lines (one record a line, nested fields kept) and CSV (the scalar fields, one row a
 * record, content/src/csv.ts: BOM, CRLF, formulas kept as text). Dates are ISO 8601 in both, as in the API.
 */

// ── Licences ──────────────────────────────────────────────────────────────────────────────────────────────

/** A licence the data is published under: an SPDX id, its name in Vietnamese, and its text. */
export const OpenDataLicenceSchema = z.object({
  id: z.string(),
  name: z.string(),
  url: z.string(),
});
export type OpenDataLicence = z.output<typeof OpenDataLicenceSchema>;

/**
 * The licences an agency may choose (OPEN_DATA_LICENCE). CC BY 4.0 by default: anyone may re-use the data,
 * commercially too, if they name the agency as the source — what Vietnam's rules on state agencies' open data
 * (NĐ 47/2020/NĐ-CP) ask of re-users: free to use, copy and share, citing the source — and the licence data.gov
 * portals most often use. CC0 waives even the attribution; ODC-By is attribution written for databases.
 */
export const OPEN_DATA_LICENCES = {
  'CC-BY-4.0': { id: 'CC-BY-4.0', name: 'Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)', url: 'https://creativecommons.org/licenses/by/4.0/deed.vi' },
  'CC0-1.0': { id: 'CC0-1.0', name: 'Creative Commons CC0 1.0 — dâng hiến cho phạm vi công cộng', url: 'https://creativecommons.org/publicdomain/zero/1.0/deed.vi' },
  'ODC-By-1.0': { id: 'ODC-By-1.0', name: 'Open Data Commons Attribution License 1.0 (ODC-By)', url: 'https://opendatacommons.org/licenses/by/1-0/' },
} as const satisfies Record<string, OpenDataLicence>;
export type OpenDataLicenceId = keyof typeof OPEN_DATA_LICENCES;
export const DEFAULT_OPEN_DATA_LICENCE: OpenDataLicenceId = 'CC-BY-4.0';
export const OpenDataLicenceIdSchema = z.enum(Object.keys(OPEN_DATA_LICENCES) as [OpenDataLicenceId, ...OpenDataLicenceId[]], {
  error: `must be one of ${Object.keys(OPEN_DATA_LICENCES).join(', ')}`,
});

// ── Records ───────────────────────────────────────────────────────────────────────────────────────────────

/** A line of van-ban.jsonl: a published legal document with its full text, as /api/v1/documents/<slug> answers it. */
export const OpenDataDocumentSchema = ApiDocumentSchema;
/** A line of du-thao.jsonl: a published draft as /api/v1/drafts/<slug> answers it, without the comment token. */
export const OpenDataDraftSchema = ApiDraftSchema.omit({ commentToken: true });
/** A line of gop-y.jsonl: an approved comment as /api/v1/drafts/<slug>/comments answers it, with its draft's slug. */
export const OpenDataCommentSchema = ApiDraftCommentSchema.extend({
  /** The draft's slug (its record in du-thao.jsonl). */
  draft: z.string(),
});
/** A line of danh-ba.jsonl: a mailbox of the e-mail directory, as /api/v1/directory answers it. */
export const OpenDataDirectoryEntrySchema = ApiDirectoryEntrySchema;

export type OpenDataDocument = z.output<typeof OpenDataDocumentSchema>;
export type OpenDataDraft = z.output<typeof OpenDataDraftSchema>;
export type OpenDataComment = z.output<typeof OpenDataCommentSchema>;
export type OpenDataDirectoryEntry = z.output<typeof OpenDataDirectoryEntrySchema>;

// ── Datasets ──────────────────────────────────────────────────────────────────────────────────────────────

const DATASET_KEYS = ['documents', 'drafts', 'comments', 'directory'] as const;
export type OpenDataDatasetKey = (typeof DATASET_KEYS)[number];

/** One CSV column: its header (the JSON field's name, so one description serves both formats) and its cell. */
export type CsvColumn<R> = { name: string; cell: (record: R) => string };

const text = (value: string | number | boolean | null | undefined): string => (value === null || value === undefined ? '' : String(value));

/** The record's scalar fields as columns, in the schema's order; lists of strings joined with "; ". */
function scalarColumns<R extends Record<string, unknown>>(schema: z.ZodObject, extra: CsvColumn<R>[] = []): CsvColumn<R>[] {
  const columns: CsvColumn<R>[] = [];
  for (const [name, field] of Object.entries(schema.shape)) {
    const type = unwrap(field as z.ZodType);
    if (type instanceof z.ZodArray) {
      if (unwrap(type.element as z.ZodType) instanceof z.ZodString) columns.push({ name, cell: (r) => ((r[name] as string[] | undefined) ?? []).join('; ') });
      continue; // lists of objects (attachments, relations, history): in the JSON Lines file only
    }
    if (type instanceof z.ZodObject) continue;
    columns.push({ name, cell: (r) => text(r[name] as string | number | boolean | null) });
  }
  return [...columns, ...extra];
}

function unwrap(type: z.ZodType): z.ZodType {
  let current = type;
  while (current instanceof z.ZodNullable || current instanceof z.ZodOptional) current = current.unwrap() as z.ZodType;
  return current;
}

export interface OpenDataDataset<R> {
  key: OpenDataDatasetKey;
  /** The files' base name: `van-ban` → van-ban.jsonl, van-ban.csv. */
  fileBase: string;
  schema: z.ZodType<R>;
  columns: CsvColumn<R>[];
}

function dataset<R extends Record<string, unknown>>(key: OpenDataDatasetKey, fileBase: string, schema: z.ZodObject & z.ZodType<R>, extra: CsvColumn<R>[] = []): OpenDataDataset<R> {
  return { key, fileBase, schema, columns: scalarColumns<R>(schema, extra) };
}

/** The datasets, in the order the page and the manifest list them. */
export const OPEN_DATA_DATASETS = {
  documents: dataset<OpenDataDocument>('documents', 'van-ban', OpenDataDocumentSchema, [
    // The CSV has no nested lists: the attachments' addresses, so a spreadsheet still reaches the files.
    { name: 'attachmentUrls', cell: (d) => d.attachments.map((a) => a.url).join('; ') },
  ]),
  drafts: dataset<OpenDataDraft>('drafts', 'du-thao', OpenDataDraftSchema),
  comments: dataset<OpenDataComment>('comments', 'gop-y', OpenDataCommentSchema),
  directory: dataset<OpenDataDirectoryEntry>('directory', 'danh-ba', OpenDataDirectoryEntrySchema),
} as const;

export type OpenDataFormat = 'jsonl' | 'csv';
export const OPEN_DATA_MEDIA_TYPES: Record<OpenDataFormat, string> = {
  jsonl: 'application/jsonl; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

/** A record as its JSON Lines line (with the line end). */
export function jsonLine(record: unknown): string {
  return `${JSON.stringify(record)}\n`;
}

/** The CSV's first line: BOM (for Excel) and the header. */
export function csvHeader<R>(dataset: OpenDataDataset<R>): string {
  return `\uFEFF${dataset.columns.map((c) => csvCell(c.name)).join(',')}\r\n`;
}

/** A record as its CSV row (with the CRLF). */
export function csvRow<R>(dataset: OpenDataDataset<R>, record: R): string {
  return `${dataset.columns.map((c) => csvCell(c.cell(record))).join(',')}\r\n`;
}

// ── The manifest (/du-lieu-mo/danh-muc.json) ──────────────────────────────────────────────────────────────

export const OpenDataFileSchema = z.object({
  /** "van-ban.jsonl". */
  name: z.string(),
  /** Where to download it (absolute). */
  url: z.string(),
  format: z.enum(['jsonl', 'csv']),
  mediaType: z.string(),
  /** Bytes (the file as stored; a client that asked for gzip gets it compressed and decompresses to this). */
  size: z.number().int().nonnegative(),
  /** SHA-256 of those bytes, lower-case hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** When it was generated (ISO instant). */
  generatedAt: z.string(),
});
export type OpenDataFile = z.output<typeof OpenDataFileSchema>;

export const OpenDataManifestDatasetSchema = z.object({
  key: z.enum(DATASET_KEYS),
  title: z.string(),
  description: z.string(),
  /** Records in each of its files (lines of the JSON Lines file, rows after the CSV's header). */
  records: z.number().int().nonnegative(),
  files: z.array(OpenDataFileSchema),
});

/** The catalogue, machine-readable (as a data.gov portal's): what each file holds, its size, digest, date and licence. */
export const OpenDataManifestSchema = z.object({
  title: z.string(),
  publisher: z.string(),
  /** When these files were generated (ISO instant): after the latest change to what they hold. */
  generatedAt: z.string(),
  licence: OpenDataLicenceSchema,
  /** The read API's description (OpenAPI 3.1): each record's fields are described there. */
  apiDescription: z.string(),
  /** The same for people (Vietnamese). */
  apiDocumentation: z.string(),
  datasets: z.array(OpenDataManifestDatasetSchema),
});
export type OpenDataManifest = z.output<typeof OpenDataManifestSchema>;
