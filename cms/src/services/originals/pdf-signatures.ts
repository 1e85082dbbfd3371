import { type PDFContext, PDFArray, PDFDict, PDFDocument, PDFName, type PDFObject, PDFRawStream, PDFRef, PDFStream, decodePDFRawStream } from 'pdf-lib';

/**
 * Where a PDF's digital signatures are: each signature dictionary's /ByteRange (the bytes it signs) and /Contents
 * (the CMS/PKCS #7 signature, hex), read from the file's bytes. A signature dictionary is never inside a compressed
 * object stream (its /ByteRange names file offsets, and the /Contents hole must sit at exactly those offsets), so
 * a byte scan finds every one, in every incremental update, where a full parse (pdf-lib) only sees the last
 * revision's objects. The scan is checked, not trusted: the hole must be exactly the hex string, the ranges in order
 * and inside the file — anything else is reported as malformed rather than guessed at.
 * The document security store (/DSS: CRLs and OCSP responses added for long-term validation) is an ordinary
 * object graph, read with pdf-lib.
 */

export interface PdfSignature {
  /** [offset1, length1, offset2, length2] as written in the file. */
  byteRange: [number, number, number, number];
  /** The DER bytes of the CMS ContentInfo (the hex with its zero padding removed), null when unreadable. */
  contents: Uint8Array | null;
  /** /SubFilter: adbe.pkcs7.detached, ETSI.CAdES.detached, ETSI.RFC3161 (a document timestamp), … */
  subFilter: string | null;
  /** /M, the signer's claimed time (a PDF date), kept as written. */
  claimedTime: string | null;
  /** Where the byte range reads wrongly (not the file's offsets, no hex string in the hole), else null. */
  malformed: string | null;
  /** True when the signed ranges end at the end of the file: nothing was added after this signature. */
  coversWholeFile: boolean;
}

const latin1 = new TextDecoder('latin1');
const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;

/** Every signature dictionary of the file, in file order (the first signed revision first). */
export function findPdfSignatures(bytes: Uint8Array): PdfSignature[] {
  // latin1 keeps one character per byte, so string offsets are file offsets.
  const text = latin1.decode(bytes);
  const found: PdfSignature[] = [];
  const seen = new Set<string>();
  for (const match of text.matchAll(BYTE_RANGE)) {
    const byteRange = match.slice(1, 5).map(Number) as PdfSignature['byteRange'];
    const key = byteRange.join(' ');
    // The same dictionary may be written again by a later update (e.g. a form field's appearance changed).
    if (seen.has(key)) continue;
    seen.add(key);
    const [a, b, c, d] = byteRange;
    const dictionary = dictionaryAround(text, match.index, b, c);
    const signature: PdfSignature = {
      byteRange,
      contents: null,
      subFilter: /\/SubFilter\s*\/([A-Za-z0-9.#_-]+)/.exec(dictionary)?.[1] ?? null,
      claimedTime: /\/M\s*\((D:[0-9Z'+-]+)\)/.exec(dictionary)?.[1] ?? null,
      malformed: null,
      coversWholeFile: c + d === bytes.length,
    };
    if (a !== 0 || b <= 0 || c <= b || c + d > bytes.length) {
      signature.malformed = 'Vùng ký (/ByteRange) không khớp với tệp';
    } else if (text[b] !== '<' || text[c - 1] !== '>' || !/^[0-9A-Fa-f\s]*$/.test(text.slice(b + 1, c - 1))) {
      signature.malformed = 'Phần chữ ký (/Contents) không nằm đúng khoảng trống của vùng ký';
    } else {
      signature.contents = derFromPaddedHex(text.slice(b + 1, c - 1));
      if (!signature.contents) signature.malformed = 'Phần chữ ký (/Contents) trống';
    }
    found.push(signature);
  }
  return found;
}

/** The bytes a signature signs: the two ranges, concatenated. */
export function signedBytes(bytes: Uint8Array, signature: PdfSignature): Uint8Array {
  const [a, b, c, d] = signature.byteRange;
  const out = new Uint8Array(b + d);
  out.set(bytes.subarray(a, a + b), 0);
  out.set(bytes.subarray(c, c + d), b);
  return out;
}

/**
 * The text around a signature dictionary, without the (long) hex of its /Contents: its other keys (/SubFilter, /M)
 * sit on either side of the hole. Informational only: the verdict never depends on them.
 */
function dictionaryAround(text: string, at: number, holeStart: number, holeEnd: number): string {
  const from = Math.max(0, text.lastIndexOf('<<', at), at - 2048);
  const before = text.slice(from, holeStart > at ? Math.min(holeStart, at + 2048) : at + 2048);
  const after = holeEnd > at ? text.slice(holeEnd, holeEnd + 1024) : '';
  const close = after.indexOf('>>');
  return before + (close >= 0 ? after.slice(0, close) : after);
}

/** A CMS blob is DER: its own length says where the zero padding of the placeholder starts. */
function derFromPaddedHex(hex: string): Uint8Array | null {
  const clean = hex.replace(/\s+/g, '');
  if (clean.length < 4 || clean.length % 2 !== 0) return null;
  const bytes = Uint8Array.from(Buffer.from(clean, 'hex'));
  if (bytes[0] !== 0x30) return bytes;
  const lengthByte = bytes[1]!;
  let length = lengthByte;
  let header = 2;
  if (lengthByte & 0x80) {
    const count = lengthByte & 0x7f;
    if (count === 0 || count > 4) return bytes;
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + bytes[2 + i]!;
    header = 2 + count;
  }
  return header + length <= bytes.length ? bytes.subarray(0, header + length) : bytes;
}

/** The revocation data of the document security store (/DSS /CRLs and /OCSPs, PAdES-LTV), DER each. */
export async function documentSecurityStore(bytes: Uint8Array): Promise<{ crls: Uint8Array[]; ocsps: Uint8Array[] }> {
  const empty = { crls: [], ocsps: [] };
  // Cheap check first: most files have no DSS, and a full parse of a large PDF costs seconds.
  if (!latin1.decode(bytes).includes('/DSS')) return empty;
  try {
    const pdf = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
    const dss = pdf.catalog.lookupMaybe(PDFName.of('DSS'), PDFDict);
    if (!dss) return empty;
    const streams = (name: string): Uint8Array[] => {
      const array = dss.lookupMaybe(PDFName.of(name), PDFArray);
      if (!array) return [];
      const out: Uint8Array[] = [];
      for (let i = 0; i < array.size(); i++) {
        const item = array.get(i);
        const stream = item instanceof PDFRef ? pdf.context.lookup(item) : item;
        if (stream instanceof PDFRawStream) out.push(decodePDFRawStream(stream).decode());
      }
      return out;
    };
    return { crls: streams('CRLs'), ocsps: streams('OCSPs') };
  } catch {
    // An unreadable DSS leaves the embedded data of the signatures themselves; the verdict says what is missing.
    return empty;
  }
}

const LOAD = { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false } as const;

/**
 * Whether an update written after the last signature only added long-term-validation data (PAdES-LT: a /DSS with
 * the CRLs, OCSP answers and certificates a verifier needs later), which signing tools append after signing and
 * which changes nothing that was signed. Compared object by object between the signed revision and the file: every
 * new object must hang from the /DSS, and the only object that may differ is the catalog, by its /DSS entry alone.
 * An object that existed and changed (a page, its content) or a new one the DSS does not hold is an addition.
 */
export async function onlyValidationDataAdded(bytes: Uint8Array, signedEnd: number): Promise<boolean> {
  if (!latin1.decode(bytes.subarray(signedEnd)).includes('/DSS')) return false;
  try {
    const [before, after] = await Promise.all([PDFDocument.load(bytes.slice(0, signedEnd), LOAD), PDFDocument.load(bytes, LOAD)]);
    const root = after.context.trailerInfo.Root;
    const dss = after.catalog.get(PDFName.of('DSS'));
    if (!(root instanceof PDFRef) || !dss) return false;
    const fromDss = reachable(after.context, dss);
    for (const [ref, object] of after.context.enumerateIndirectObjects()) {
      const old = before.context.lookup(ref);
      if (old === undefined) {
        if (!fromDss.has(ref.tag)) return false;
      } else if (ref === root || ref.tag === root.tag) {
        if (!(old instanceof PDFDict) || !(object instanceof PDFDict) || !sameExcept(old, object, 'DSS')) return false;
      } else if (!sameObject(old, object)) {
        return false;
      }
    }
    return true;
  } catch {
    return false;
  }
}

function reachable(context: PDFContext, start: PDFObject): Set<string> {
  const seen = new Set<string>();
  const stack: PDFObject[] = [start];
  while (stack.length > 0) {
    const object = stack.pop()!;
    if (object instanceof PDFRef) {
      if (seen.has(object.tag)) continue;
      seen.add(object.tag);
      const target = context.lookup(object);
      if (target) stack.push(target);
    } else if (object instanceof PDFDict) {
      stack.push(...object.values());
    } else if (object instanceof PDFArray) {
      stack.push(...object.asArray());
    } else if (object instanceof PDFStream) {
      stack.push(object.dict);
    }
  }
  return seen;
}

function sameObject(a: PDFObject, b: PDFObject): boolean {
  if (a instanceof PDFRawStream && b instanceof PDFRawStream) {
    return a.dict.toString() === b.dict.toString() && Buffer.from(a.asUint8Array()).equals(Buffer.from(b.asUint8Array()));
  }
  return a.toString() === b.toString();
}

function sameExcept(a: PDFDict, b: PDFDict, key: string): boolean {
  const entries = (dict: PDFDict) =>
    dict
      .entries()
      .filter(([name]) => name.asString() !== `/${key}`)
      .map(([name, value]) => `${name.asString()} ${value.toString()}`)
      .sort()
      .join('\n');
  return entries(a) === entries(b);
}
