import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { toNfc } from '@cong/content';
import type { EdxmlHeader, EdxmlOrgan } from './edxml-header';

/**
 * Reads an edXML package (QCVN 102:2016/BTTTT; the shape in docs: root `edXML`, `edXMLEnvelope/edXMLHeader/
 * MessageHeader`, `AttachmentEncoded/Attachment`) into its header and decoded attachments. Tolerant of how
 * implementations write it (namespace prefixes optional, unknown elements ignored, repeated `To`), strict about
 * what could hurt: a DOCTYPE (external entities, entity expansion) is refused before parsing, the package's size
 * and its attachments' count are bounded, a malformed XML or an attachment that is not base64 refuses the whole
 * package — nothing of it is imported.
 */

export const EDXML_MAX_BYTES = 30 * 1024 * 1024;
export const EDXML_MAX_ATTACHMENTS = 50;
export const XMLDSIG_NS = 'http://www.w3.org/2000/09/xmldsig#';

/** Why a package cannot be read, in Vietnamese (the importer's report, the inbox's failed/ report). */
export class EdxmlPackageError extends Error {
  override name = 'EdxmlPackageError';
}

export type EdxmlAttachment = {
  /** The file name the sender gave, reduced to a bare name (no folders), NFC. */
  name: string;
  contentType: string | null;
  contentId: string | null;
  description: string | null;
  bytes: Buffer;
};

export type EdxmlPackage = {
  header: EdxmlHeader;
  attachments: EdxmlAttachment[];
  /** The package text, for the signature check (which needs the exact bytes signed). */
  xml: string;
  document: Document;
  /** The package's SHA-256: the identity of a package that carries no DocumentId and no number. */
  sha256: string;
};

const MB = 1024 * 1024;

export function readEdxmlPackage(bytes: Uint8Array, maxBytes = EDXML_MAX_BYTES): EdxmlPackage {
  if (bytes.length === 0) throw new EdxmlPackageError('Gói edXML rỗng');
  if (bytes.length > maxBytes) {
    throw new EdxmlPackageError(`Gói edXML lớn ${(bytes.length / MB).toFixed(1)} MB, vượt giới hạn ${Math.floor(maxBytes / MB)} MB`);
  }
  let xml: string;
  try {
    xml = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new EdxmlPackageError('Gói edXML không phải văn bản UTF-8');
  }
  // Entities are how XXE and "billion laughs" work, and an edXML package never needs a DTD: refused outright,
  // so nothing depends on the parser's entity handling.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    throw new EdxmlPackageError('Gói edXML có khai báo DOCTYPE/ENTITY: không được phép (nguy cơ tấn công XXE hoặc bom thực thể)');
  }
  let document: Document;
  try {
    document = new DOMParser({
      onError: (level: string, message: string) => {
        if (level !== 'warning') throw new EdxmlPackageError(`Gói edXML không phải XML hợp lệ: ${String(message).split('\n')[0]}`);
      },
    }).parseFromString(xml, 'text/xml');
  } catch (error) {
    if (error instanceof EdxmlPackageError) throw error;
    throw new EdxmlPackageError(`Gói edXML không phải XML hợp lệ: ${String((error as Error).message).split('\n')[0]}`);
  }
  const root = document.documentElement;
  if (!root || root.localName !== 'edXML') throw new EdxmlPackageError('Không phải gói edXML: phần tử gốc không phải <edXML>');
  const messageHeader = first(root, 'MessageHeader');
  if (!messageHeader) throw new EdxmlPackageError('Gói edXML thiếu phần đầu văn bản (edXMLHeader/MessageHeader)');
  return {
    header: readHeader(messageHeader),
    attachments: readAttachments(root),
    xml,
    document,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

/** The package's XML-DSig `Signature` elements (in `edXMLHeader/DigitalSignature` in practice, anywhere accepted). */
export function signatureElements(document: Document): Element[] {
  return Array.from(document.getElementsByTagNameNS(XMLDSIG_NS, 'Signature'));
}

function readHeader(header: Element): EdxmlHeader {
  const code = child(header, 'Code');
  const promulgation = child(header, 'PromulgationInfo');
  const type = child(header, 'DocumentType');
  const signer = child(header, 'SignerInfo');
  return {
    from: organ(child(header, 'From')),
    to: children(header, 'To').map(organ),
    codeNumber: text(child(code, 'CodeNumber')),
    codeNotation: text(child(code, 'CodeNotation')),
    place: text(child(promulgation, 'Place')),
    promulgationDate: text(child(promulgation, 'PromulgationDate')),
    typeCode: text(child(type, 'Type')),
    typeName: text(child(type, 'TypeName')),
    subject: text(child(header, 'Subject')),
    content: text(child(header, 'Content')),
    signerName: text(child(signer, 'FullName')),
    signerPosition: text(child(signer, 'Position')),
    documentId: text(child(header, 'DocumentId')),
  };
}

function organ(element: Element | null): EdxmlOrgan {
  return { id: text(child(element, 'OrganId')), name: text(child(element, 'OrganName')) };
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function readAttachments(root: Element): EdxmlAttachment[] {
  const elements = Array.from(root.getElementsByTagNameNS('*', 'Attachment')).filter((a) => (a.parentNode as Element | null)?.localName === 'AttachmentEncoded');
  if (elements.length > EDXML_MAX_ATTACHMENTS) throw new EdxmlPackageError(`Gói edXML có ${elements.length} tệp đính kèm, vượt giới hạn ${EDXML_MAX_ATTACHMENTS}`);
  const seen = new Set<string>();
  return elements.map((element, index) => {
    const given = text(child(element, 'AttachmentName')) ?? text(child(element, 'ContentId')) ?? `tep-dinh-kem-${index + 1}`;
    // A sender's name never chooses a folder: only its last part, without control characters.
    const name = toNfc(basename(given.replace(/\\/g, '/'))).replace(/[\u0000-\u001f\u007f]/g, '').trim() || `tep-dinh-kem-${index + 1}`;
    const encoded = (text(child(element, 'ContentTransferEncoded')) ?? '').replace(/\s+/g, '');
    if (!encoded) throw new EdxmlPackageError(`Tệp đính kèm "${name}" không có nội dung (ContentTransferEncoded trống)`);
    if (encoded.length % 4 !== 0 || !BASE64.test(encoded)) {
      throw new EdxmlPackageError(`Tệp đính kèm "${name}": nội dung không phải base64 hợp lệ (ContentTransferEncoded)`);
    }
    const unique = seen.has(name) ? `${index + 1}-${name}` : name;
    seen.add(unique);
    return {
      name: unique,
      contentType: text(child(element, 'ContentType')),
      contentId: text(child(element, 'ContentId')),
      description: text(child(element, 'Description')),
      bytes: Buffer.from(encoded, 'base64'),
    };
  });
}

function children(parent: Element | null, localName: string): Element[] {
  if (!parent) return [];
  return Array.from(parent.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === localName) as Element[];
}

function child(parent: Element | null, localName: string): Element | null {
  return children(parent, localName)[0] ?? null;
}

/** The first descendant with this local name, whatever its namespace prefix. */
function first(parent: Element, localName: string): Element | null {
  return parent.getElementsByTagNameNS('*', localName)[0] ?? null;
}

function text(element: Element | null): string | null {
  const value = element?.textContent?.trim();
  return value ? value : null;
}
