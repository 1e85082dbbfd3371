import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * Per-view fields in cached pages (contracts §3). A form whose hidden value must differ per view — the comment
 * form's signed timing token, whose nonce is the idempotency key, and its idempotencyKey; the Q&A form's token —
 * renders that input as `<input … value="<a real value>" data-per-view="<kind>">` (PER_VIEW_ATTR). Rendered
 * straight to one visitor, the real value is used as is. When the page is stored, it is split at each such value
 * (`splitPerView`); every view from the cache gets fresh values spliced in (`spliceIdentity`, `spliceGzip`).
 *
 * The gzip variant is spliced without compressing the page again: each static segment is stored as a raw-deflate
 * stream ending on a sync flush (a byte boundary with no final block), each fresh value goes in as a stored
 * (uncompressed) deflate block, then a final empty block, inside one gzip member whose CRC-32 is continued over the
 * parts (zlib.crc32 takes the running value). A few dozen bytes per view instead of a deflate of the whole page.
 * Brotli has no such cheap splice; pages with per-view fields are sent gzip (or identity).
 */
export const PER_VIEW_ATTR = 'data-per-view';

const MARKER = /value="([^"]*)" data-per-view="([a-z][a-z0-9-]*)"/g;
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]);
/** A final stored block of length 0: BFINAL=1, BTYPE=00, LEN=0, NLEN=0xffff. */
const FINAL_BLOCK = Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff]);

export type PerViewPage = {
  /** Static parts of the page (views into the rendered bytes); `segments.length === slots.length + 1`. */
  segments: Buffer[];
  /** The kind of value that goes between segment i and i + 1. */
  slots: string[];
  /** Each segment as raw deflate ending on a sync flush. */
  deflated: Buffer[];
  /** CRC-32 of each segment, and the operator that appends it to a running CRC (crc32Combine), made once. */
  crcs: number[];
  shifts: number[];
};

/** Splits a rendered page at its per-view values; null when it has none. */
export function splitPerView(html: Buffer, level = 6): PerViewPage | null {
  const text = html.toString('latin1'); // byte offsets == string offsets
  const segments: Buffer[] = [];
  const slots: string[] = [];
  let from = 0;
  for (const match of text.matchAll(MARKER)) {
    const valueStart = match.index + 'value="'.length;
    segments.push(html.subarray(from, valueStart));
    slots.push(match[2]!);
    from = valueStart + match[1]!.length;
  }
  if (slots.length === 0) return null;
  segments.push(html.subarray(from));
  const deflated = segments.map((segment) => deflateRawSync(segment, { level, finishFlush: constants.Z_SYNC_FLUSH }));
  return { segments, slots, deflated, crcs: segments.map((segment) => crc32(segment)), shifts: segments.map((segment) => x2nmodp(segment.length, 3)) };
}

/** The page with `values[i]` in slot i. */
export function spliceIdentity(page: PerViewPage, values: readonly string[]): Buffer {
  const parts: Buffer[] = [page.segments[0]!];
  for (let i = 0; i < page.slots.length; i++) parts.push(Buffer.from(values[i]!, 'utf8'), page.segments[i + 1]!);
  return Buffer.concat(parts);
}

/** One gzip member of the page with `values[i]` in slot i (values are short ASCII tokens, < 64 KiB each). */
export function spliceGzip(page: PerViewPage, values: readonly string[]): Buffer {
  const parts: Buffer[] = [GZIP_HEADER, page.deflated[0]!];
  let crc = page.crcs[0]!;
  let size = page.segments[0]!.length;
  for (let i = 0; i < page.slots.length; i++) {
    const value = Buffer.from(values[i]!, 'utf8');
    const block = Buffer.allocUnsafe(5);
    block[0] = 0x00; // BFINAL=0, BTYPE=00 (stored); the stream is byte-aligned after a sync flush
    block.writeUInt16LE(value.length, 1);
    block.writeUInt16LE(~value.length & 0xffff, 3);
    parts.push(block, value, page.deflated[i + 1]!);
    // The static part's CRC is known: combine instead of reading its bytes again (zlib's crc32_combine).
    crc = (multmodp(page.shifts[i + 1]!, crc32(value, crc)) ^ page.crcs[i + 1]!) >>> 0;
    size += value.length + page.segments[i + 1]!.length;
  }
  const trailer = Buffer.allocUnsafe(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(size >>> 0, 4);
  parts.push(FINAL_BLOCK, trailer);
  return Buffer.concat(parts);
}

// CRC-32 combination as zlib's crc32.c does it (multmodp, x2nmodp): appending a part of known CRC and length to a
// running CRC is one multiplication modulo the CRC polynomial by x^(8·length), whose factor is computed once per
// stored page. node:zlib exposes crc32 but not crc32_combine.
const POLY = 0xedb88320;

/** a·b modulo the CRC-32 polynomial (bit-reflected). */
function multmodp(a: number, b: number): number {
  let m = 0x80000000;
  let p = 0;
  for (;;) {
    if (a & m) {
      p ^= b;
      if ((a & (m - 1)) === 0) break;
    }
    m >>>= 1;
    b = b & 1 ? (b >>> 1) ^ POLY : b >>> 1;
  }
  return p >>> 0;
}

/** X2N[k] = x^(2^k) modulo the polynomial. */
const X2N: number[] = [];
for (let n = 0, p = 0x40000000; n < 32; n++) X2N.push((p = n === 0 ? p : multmodp(p, p)));

/** x^(n·2^k) modulo the polynomial. */
function x2nmodp(n: number, k: number): number {
  let p = 0x80000000;
  while (n > 0) {
    if (n % 2 === 1) p = multmodp(X2N[k & 31]!, p);
    n = Math.floor(n / 2);
    k++;
  }
  return p;
}
