import { toNfc, type OriginalTextPage, type TextLayer } from '@cong/content';

/**
 * The rules of reading an original's text layer (issue 14 §2), free of Strapi and of the libraries that parse:
 * which files are read, the limits a file must keep to, when a PDF counts as a scan that needs digitising, how
 * often a failure is retried, and the Vietnamese message an editor reads for each outcome.
 */
export type OriginalFormat = 'pdf' | 'docx' | 'odt';

const FORMATS: ReadonlyArray<{ format: OriginalFormat; mimes: readonly string[]; ext: string }> = [
  { format: 'pdf', mimes: ['application/pdf'], ext: 'pdf' },
  { format: 'docx', mimes: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'], ext: 'docx' },
  { format: 'odt', mimes: ['application/vnd.oasis.opendocument.text'], ext: 'odt' },
];

/** The MIME types the queue reads (an upload's `mime`, as Strapi sniffed it). */
export const ORIGINAL_TEXT_MIMES: readonly string[] = FORMATS.flatMap((f) => f.mimes);

/** The format to read a file as, by its MIME type, else by its extension; null for anything else (images, spreadsheets). */
export function originalFormat(mime: string | null | undefined, ext: string | null | undefined): OriginalFormat | null {
  const byMime = FORMATS.find((f) => mime && f.mimes.includes(mime.toLowerCase()));
  if (byMime) return byMime.format;
  const bare = (ext ?? '').replace(/^\./, '').toLowerCase();
  return FORMATS.find((f) => f.ext === bare)?.format ?? null;
}

export type ExtractionLimits = {
  /** Bytes: a bigger file is not read (a legal document's original is rarely over a few megabytes). */
  maxBytes: number;
  /** Pages: a PDF with more is refused before any page is read (a page-count bomb). */
  maxPages: number;
  /** Milliseconds one file may take in a worker before it is killed. */
  timeoutMs: number;
  /** Heap of a worker, in megabytes: a decompression bomb runs out of it and takes only its worker down. */
  workerHeapMb: number;
  /** Attempts before a file is given up as failed (a timeout or a worker crash may be load, not the file). */
  maxAttempts: number;
};

export const EXTRACTION_LIMITS: ExtractionLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxPages: 2000,
  timeoutMs: 30_000,
  workerHeapMb: 256,
  maxAttempts: 3,
};

/** Seconds before attempt `attempt + 1` (the first retry after 5 s, then 20 s, 80 s…, at most 10 min). */
export function retryDelayMs(attempt: number): number {
  return Math.min(600_000, 5000 * 4 ** Math.max(0, attempt - 1));
}

/**
 * Fewer letters than this on every page (a stamp, a page number, a scanner's header) means the PDF has no text
 * layer to speak of: it was scanned and needs digitising.
 */
const SCAN_LETTERS_PER_PAGE = 20;

/** What went wrong, in the words an editor reads beside the file. */
export const EXTRACTION_FAILURES = {
  'too-big': (bytes: number, max: number) => `Tệp quá lớn để trích xuất nội dung (${mb(bytes)}, tối đa ${mb(max)}).`,
  'too-many-pages': (pages: number, max: number) => `Tệp có quá nhiều trang (${pages} trang, tối đa ${max} trang): không trích xuất nội dung.`,
  timeout: (ms: number) => `Trích xuất nội dung quá ${Math.round(ms / 1000)} giây nên bị dừng; tệp có thể bị hỏng hoặc quá phức tạp.`,
  'out-of-memory': () => 'Trích xuất nội dung vượt giới hạn bộ nhớ nên bị dừng; tệp có thể bị hỏng hoặc cố ý gây quá tải.',
  'not-readable': (format: OriginalFormat) => `Tệp không đọc được như một tệp ${format.toUpperCase()} hợp lệ (hỏng, bị cắt cụt hoặc sai định dạng).`,
  'password': () => 'Tệp PDF có mật khẩu: không trích xuất được nội dung. Hãy tải lên bản không đặt mật khẩu.',
  missing: () => 'Không tìm thấy tệp trong kho lưu trữ.',
} as const;

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}

/** Typographic ligatures (ﬁ, ﬂ…) some PDF fonts map text to: spelled out, so "ﬁle" is found as "file". */
const LIGATURES = /[\uFB00-\uFB06]/g;

/**
 * The text layer of a file once read: pages normalised as all text (NFC, one spelling of each character); a PDF
 * whose pages carry almost no letters is a scan (`needs-digitising`), said so whether or not OCR exists here.
 */
export function textLayerOf(format: OriginalFormat, pages: readonly OriginalTextPage[], attempts: number, ocr = false): TextLayer {
  const normalised = pages.map((page) => ({ page: page.page, text: toNfc(page.text).replace(LIGATURES, (ligature) => ligature.normalize('NFKC')).replace(/[ \t\u00a0]+/g, ' ').replace(/ ?\n ?/g, '\n').replace(/\n{3,}/g, '\n\n').trim() }));
  const letters = (text: string) => (text.match(/\p{L}/gu) ?? []).length;
  const scanned = format === 'pdf' && normalised.length > 0 && normalised.every((page) => letters(page.text) < SCAN_LETTERS_PER_PAGE);
  if (scanned) return { status: 'needs-digitising', pages: [], error: null, attempts, ocr };
  return { status: 'extracted', pages: normalised.filter((page) => page.text !== ''), error: null, attempts };
}

/** A failure's layer: `pending` while attempts remain and the failure may pass, else `failed` with its message. */
export function failedLayer(message: string, attempts: number, retryable: boolean, limits: ExtractionLimits = EXTRACTION_LIMITS): TextLayer {
  const again = retryable && attempts < limits.maxAttempts;
  return { status: again ? 'pending' : 'failed', pages: [], error: message, attempts };
}
