/**
 * npm run convert -- <file> [--out <file>] [--from tcvn3|vni|viqr]
 * Converts a text in a legacy Vietnamese encoding (TCVN3/ABC, VNI, VIQR) to Unicode NFC, for an agency's own
 * archive work. The encoding is detected (content/src/legacy-encodings/detect.ts) and reported on stderr with its
 * confidence; an undecidable file is refused (exit 1) unless --from names its encoding. The text goes to stdout,
 * or to --out.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ENCODING_LABELS, LEGACY_ENCODINGS, convertFrom, detectEncoding, formatConfidence, type LegacyEncoding } from '../content/src/legacy-encodings/index.ts';

const usage = 'Cách dùng: npm run convert -- <tệp> [--out <tệp kết quả>] [--from tcvn3|vni|viqr]';
function readArgs() {
  try {
    return parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, from: { type: 'string' } } });
  } catch (error) {
    console.error(`✗ ${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
}
const { values, positionals } = readArgs();
const file = positionals[0];
if (!file || positionals.length > 1) {
  console.error(usage);
  process.exit(2);
}
const from = values.from?.toLowerCase();
if (from !== undefined && !(LEGACY_ENCODINGS as readonly string[]).includes(from)) {
  console.error(`✗ Bảng mã "${values.from}" không được hỗ trợ; chọn một trong: ${LEGACY_ENCODINGS.join(', ')}`);
  process.exit(2);
}

let bytes: Uint8Array;
try {
  bytes = readFileSync(file);
} catch (error) {
  console.error(`✗ Không đọc được tệp ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  process.exit(2);
}

const verdict = detectEncoding(bytes);
const found = `${ENCODING_LABELS[verdict.encoding]}, độ tin cậy ${formatConfidence(verdict.confidence)}`;
let text: string;
if (from !== undefined) {
  console.error(`Bảng mã: ${ENCODING_LABELS[from as LegacyEncoding]} (theo --from; tự nhận biết: ${found})`);
  text = convertFrom(bytes, from as LegacyEncoding);
} else if (verdict.decided) {
  console.error(`Bảng mã: ${found}`);
  text = verdict.text;
} else {
  const readings = verdict.readings.map((r) => `${ENCODING_LABELS[r.encoding]} ${formatConfidence(r.quality)}`).join('; ');
  console.error(
    `✗ Không xác định được bảng mã của ${file} (gần nhất: ${found}; mức đọc được của từng cách đọc: ${readings}). ` +
      'Tệp chưa được chuyển để tránh lỗi phông; nếu biết bảng mã gốc, hãy chỉ rõ bằng --from tcvn3|vni|viqr.',
  );
  process.exit(1);
}
if (values.out) writeFileSync(values.out, text);
else process.stdout.write(text);
