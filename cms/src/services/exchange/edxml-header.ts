import { ImportRecordSchema, normalizeInput, parseDocumentNumber, textToMarkdown, toNfc, type ImportRecord } from '@cong/content';

/**
 * An edXML package's header (QCVN 102:2016/BTTTT `MessageHeader`) as read from the XML, and its mapping to the
 * registry's one import shape (`ImportRecord`). Framework-free and XML-free: edxml-package.ts reads the XML into
 * this plain shape, so the mapping is unit-tested table by table (edxml-header.test.ts).
 */
export type EdxmlOrgan = { id: string | null; name: string | null };

export type EdxmlHeader = {
  from: EdxmlOrgan;
  to: EdxmlOrgan[];
  /** `Code/CodeNumber` ("15") and `Code/CodeNotation` ("CT-TTg"): together the số ký hiệu. */
  codeNumber: string | null;
  codeNotation: string | null;
  place: string | null;
  /** `PromulgationInfo/PromulgationDate` as written (yyyy/MM/dd in practice). */
  promulgationDate: string | null;
  typeCode: string | null;
  typeName: string | null;
  subject: string | null;
  content: string | null;
  signerName: string | null;
  signerPosition: string | null;
  /** `DocumentId`: `<OrganId>,<yyyy/MM/dd>,<number>/<notation>`. */
  documentId: string | null;
};

/** A package that cannot become a record at all (no sender, no subject): its reason, in Vietnamese. */
export class EdxmlContentError extends Error {
  override name = 'EdxmlContentError';
}

/**
 * The number as the registry writes it: "15" + "CT-TTg" → "15/CT-TTg"; a notation that already carries the number
 * ("15/CT-TTg") is kept. Null when the package carries neither.
 */
export function edxmlNumber(codeNumber: string | null, codeNotation: string | null): string | null {
  const number = codeNumber?.trim() ?? '';
  const notation = (codeNotation?.trim() ?? '').replace(/^\/+/, '');
  if (!number && !notation) return null;
  if (!notation) return number;
  if (!number || notation.startsWith(`${number}/`)) return notation;
  return `${number}/${notation}`;
}

/**
 * The promulgation date as an ISO day: the standard writes yyyy/MM/dd; yyyy-MM-dd and dd/MM/yyyy are accepted too
 * (implementations differ), a time after the day is ignored. Null for anything else or an impossible day.
 */
export function edxmlDate(raw: string | null): string | null {
  const value = raw?.trim() ?? '';
  let match = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})(?:[ T].*)?$/.exec(value);
  let [year, month, day] = match ? [match[1]!, match[2]!, match[3]!] : [];
  if (!match) {
    match = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?:[ T].*)?$/.exec(value);
    if (!match) return null;
    [day, month, year] = [match[1]!, match[2]!, match[3]!];
  }
  const iso = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

export type EdxmlRecordOptions = {
  /** Never publish (the importer's --draft, and always for the inbox). */
  draft: boolean;
  /** Flag for an editor whatever the header says, with this note first (the inbox: "received, check and publish"). */
  reviewNote?: string;
  /** Found while reading the package (an attachment that is not PDF/DOCX/ODT, a signature that fails): flagged. */
  knownProblems?: string[];
  /** The package's own fingerprint, the identity of a package that carries neither a DocumentId nor a number. */
  fingerprint: string;
};

const clean = (value: string | null): string | null => {
  const text = value === null ? '' : toNfc(value).replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
};

/**
 * The header as an `ImportRecord`, never inventing a value: a missing or malformed number or date is left out and
 * the record flagged for an editor (as the manifest importer does); no sender or no subject is no record at all.
 * The text is the header's `Content` (the full text travels in the attached originals, whose text extraction
 * makes it searchable). Identity: the package's `DocumentId`, else sender + number + date, else its fingerprint.
 */
export function edxmlToImportRecord(header: EdxmlHeader, options: EdxmlRecordOptions): { record: ImportRecord; problems: string[] } {
  const issuer = clean(header.from.name);
  if (!issuer) throw new EdxmlContentError('Gói edXML không ghi cơ quan gửi (From/OrganName)');
  const title = clean(header.subject);
  if (!title) throw new EdxmlContentError('Gói edXML không có trích yếu (Subject)');
  const problems: string[] = [...(options.knownProblems ?? [])];

  let number = clean(edxmlNumber(header.codeNumber, header.codeNotation));
  if (number === null) {
    problems.push('Thiếu số ký hiệu: gói edXML không ghi số (Code), cần biên tập viên bổ sung theo bản gốc');
  } else {
    const parsed = parseDocumentNumber(number);
    if (parsed.ok) number = parsed.value.raw;
    else {
      problems.push(`Số ký hiệu "${number}" trong gói edXML: ${parsed.error}`);
      number = null;
    }
  }
  const issuedDate = edxmlDate(header.promulgationDate);
  if (issuedDate === null) {
    problems.push(
      header.promulgationDate?.trim()
        ? `Ngày ban hành "${header.promulgationDate.trim()}" trong gói edXML không đọc được, cần biên tập viên bổ sung`
        : 'Thiếu ngày ban hành: gói edXML không ghi ngày (PromulgationDate), cần biên tập viên bổ sung',
    );
  }
  const type = clean(header.typeName);
  if (type === null) problems.push('Thiếu loại văn bản: gói edXML không ghi tên loại (TypeName), cần biên tập viên chọn lại');

  const identity = clean(header.documentId) ?? (number && issuedDate ? `${clean(header.from.id) ?? issuer},${issuedDate},${number}` : options.fingerprint);
  const review = [...(options.reviewNote ? [options.reviewNote] : []), ...problems];
  const record = ImportRecordSchema.parse(
    normalizeInput({
      sourceKey: `edxml:${identity}`,
      number,
      type: type ?? 'Văn bản khác',
      issuer,
      signer: clean(header.signerName),
      signerTitle: clean(header.signerPosition),
      issuedDate,
      effectiveDate: null,
      expiryDate: null,
      gazetteNumber: null,
      gazetteDate: null,
      title,
      fields: [],
      text: header.content ? textToMarkdown(toNfc(header.content)) : '',
      relations: [],
      publish: !options.draft && review.length === 0,
      needsReview: review.length > 0,
      reviewNote: review.length > 0 ? review.join('\n') : null,
    } satisfies ImportRecord),
  );
  return { record, problems };
}

/** The sender as the registry keeps it: "Name (OrganId)". */
export function edxmlSender(from: EdxmlOrgan): string | null {
  const name = clean(from.name);
  const id = clean(from.id);
  if (!name) return id;
  return id ? `${name} (${id})` : name;
}
