import type { ManifestEntry } from '../import-record.ts';
import { ENCODING_LABELS, convertFrom, detectEncoding, type EncodingReading, type TextEncoding } from './detect.ts';

/**
 * What the importer does with encodings: every body file and every manifest entry's text fields are detected and
 * converted; what cannot be decided is never imported as mojibake but named, so the record goes in as a draft
 * flagged for an editor (the importer's path for incomplete records).
 */

export type EncodingReport = {
  /** A body file, or an entry's text fields in manifest.json. */
  kind: 'file' | 'fields';
  /** The body file, or "manifest.json › <file>" for that entry's fields. */
  source: string;
  encoding: TextEncoding;
  confidence: number;
  /** Converted (or left as Unicode); false: undecidable, nothing converted. */
  decided: boolean;
  readings: EncodingReading[];
};

/** A confidence as people read it here: "0,93". */
export function formatConfidence(confidence: number): string {
  return confidence.toFixed(2).replace('.', ',');
}

/** One line of the import summary: which encoding a source was in, and how sure. */
export function describeEncoding(report: EncodingReport): string {
  const how = `độ tin cậy ${formatConfidence(report.confidence)}`;
  if (report.decided) {
    return `${report.source}: ${ENCODING_LABELS[report.encoding]} (${how})${report.encoding === 'unicode' ? '' : ', đã chuyển sang Unicode'}`;
  }
  return `${report.source}: không xác định được bảng mã (gần nhất: ${ENCODING_LABELS[report.encoding]}, ${how}) — cần biên tập viên`;
}

/** A body file's bytes as Unicode NFC, or null with the reason the record must wait for an editor. */
export function readSourceText(file: string, bytes: Uint8Array): { text: string | null; report: EncodingReport; problem: string | null } {
  const verdict = detectEncoding(bytes);
  const report: EncodingReport = { kind: 'file', source: file, encoding: verdict.encoding, confidence: verdict.confidence, decided: verdict.decided, readings: verdict.readings };
  if (verdict.decided) return { text: verdict.text, report, problem: null };
  return {
    text: null,
    report,
    problem:
      `Không xác định được bảng mã của tệp ${file} (gần nhất: ${ENCODING_LABELS[verdict.encoding]}, độ tin cậy ` +
      `${formatConfidence(verdict.confidence)}): toàn văn chưa được nhập để không lưu chữ lỗi phông. Hãy mở tệp gốc, ` +
      `chuyển mã bằng "npm run convert -- ${file} --from tcvn3|vni|viqr --out <tệp mới>" rồi nhập lại.`,
  };
}

/** The text fields of an entry (all but the file name), in a fixed order. */
function textFields(entry: ManifestEntry, convert: (s: string) => string): ManifestEntry {
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return convert(value);
    if (Array.isArray(value)) return value.map(walk);
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  const { file, ...rest } = entry;
  return { file, ...(walk(rest) as Omit<ManifestEntry, 'file'>) };
}

/**
 * An entry's text fields converted together (they come from one database, so one encoding): decided → converted;
 * a short set of fields that reads well as it is but ties with a legacy reading ("Công an") stays as it is; one
 * that most likely is legacy but not surely is kept as it is, with the reason for the editor.
 */
export function convertManifestEntry(entry: ManifestEntry): { entry: ManifestEntry; report: EncodingReport; problem: string | null } {
  const sample: string[] = [];
  textFields(entry, (s) => {
    sample.push(s);
    return s;
  });
  const verdict = detectEncoding(sample.join('\n'));
  const asIsReadsWell = verdict.encoding === 'unicode' && (verdict.readings[0]?.quality ?? 0) >= 0.9;
  const decided = verdict.decided || asIsReadsWell;
  const report: EncodingReport = { kind: 'fields', source: `manifest.json › ${entry.file}`, encoding: verdict.encoding, confidence: verdict.confidence, decided, readings: verdict.readings };
  if (!decided) {
    return {
      entry,
      report,
      problem:
        `Không xác định được bảng mã của các trường trong manifest.json (gần nhất: ${ENCODING_LABELS[verdict.encoding]}, ` +
        `độ tin cậy ${formatConfidence(verdict.confidence)}): các trường được giữ nguyên, cần biên tập viên kiểm tra trích yếu, cơ quan ban hành, người ký.`,
    };
  }
  if (verdict.encoding === 'unicode') return { entry, report, problem: null };
  return { entry: textFields(entry, (s) => convertFrom(s, verdict.encoding)), report, problem: null };
}
