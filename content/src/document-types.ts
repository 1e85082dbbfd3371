import { z } from 'zod';
import { TYPE_ABBREVIATIONS } from './document-number.ts';
import { searchKey, slugify } from './vietnamese-text.ts';

/** Hình thức văn bản: the catalogue the CMS seeds and the site filters by. */
export const DocumentTypeSchema = z.object({
  name: z.string().min(1),
  /** ASCII slug of the name, used in URLs (`/van-ban?loai=chi-thi`). */
  slug: z.string().min(1),
  /** First group of the ký hiệu for this type (NĐ, CT…), null when numbers carry none (Luật, Công văn). */
  abbreviation: z.string().nullable(),
  /**
   * The form can be a văn bản quy phạm pháp luật (legal document with general effect) rather than an
   * administrative document. Nghị quyết and Quyết định are both: the flag says what the form allows.
   */
  normative: z.boolean(),
  /** Display order: legal hierarchy first, then administrative documents. */
  order: z.number().int(),
});
export type DocumentType = z.output<typeof DocumentTypeSchema>;

// Abbreviations come from the number rule's table, so the catalogue and the parser cannot disagree.
function abbreviationOf(name: string): string | null {
  return TYPE_ABBREVIATIONS.find((entry) => entry.typeName === name)?.abbreviation ?? null;
}

const CATALOGUE: ReadonlyArray<{ name: string; normative: boolean }> = [
  { name: 'Hiến pháp', normative: true },
  { name: 'Luật', normative: true },
  { name: 'Pháp lệnh', normative: true },
  { name: 'Lệnh', normative: true },
  { name: 'Nghị quyết', normative: true },
  { name: 'Nghị định', normative: true },
  { name: 'Quyết định', normative: true },
  { name: 'Thông tư', normative: true },
  { name: 'Thông tư liên tịch', normative: true },
  // Since the 2015 law on legal documents a Chỉ thị is no longer a legal document (VBQPPL).
  { name: 'Chỉ thị', normative: false },
  { name: 'Công văn', normative: false },
  { name: 'Thông báo', normative: false },
  { name: 'Kế hoạch', normative: false },
  // A consolidated text restates documents that carry the legal force; it creates no rule of its own.
  { name: 'Văn bản hợp nhất', normative: false },
  { name: 'Hướng dẫn', normative: false },
  { name: 'Báo cáo', normative: false },
];

export const DOCUMENT_TYPES: readonly DocumentType[] = CATALOGUE.map((entry, index) =>
  DocumentTypeSchema.parse({
    name: entry.name,
    slug: slugify(entry.name),
    abbreviation: abbreviationOf(entry.name),
    normative: entry.normative,
    order: (index + 1) * 10,
  }),
);

/**
 * The catalogue entry for a name or slug as an editor or a URL gives it: "Chỉ thị", "chỉ thị", NFD input,
 * "Thông tư liên tịch", "chi-thi". Tone placement and diacritics do not matter (no two names fold alike).
 */
export function findDocumentType(nameOrSlug: string): DocumentType | null {
  const key = searchKey(nameOrSlug.trim());
  const exact = DOCUMENT_TYPES.find((type) => searchKey(type.name) === key);
  if (exact !== undefined) return exact;
  const slug = slugify(nameOrSlug);
  return DOCUMENT_TYPES.find((type) => type.slug === slug) ?? null;
}
