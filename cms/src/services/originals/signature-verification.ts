import { createHash } from 'node:crypto';
import { formatDateTime, type SignatureCheck, type SignatureReport, type SignatureVerdict } from '@cong/content';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { documentSecurityStore, findPdfSignatures, onlyValidationDataAdded, type PdfSignature, signedBytes } from './pdf-signatures';
import { type Certificate, type ChainResult, displayName, nameAttribute, OID, type TrustList } from './trust-list';

/**
 * One PDF → its signature report: each signature's integrity (the signed byte ranges hash to the signed digest;
 * bytes added after the last signature), the signer's chain against the trust list, validity at the signing time
 * (a timestamp token's time where there is one), and the revocation data the file carries (CMS `crls`,
 * adbe-revocationInfoArchival, the /DSS). Pure: bytes and a trust list in, a `SignatureReport` out — no Strapi.
 * The cryptography is pkijs's on WebCrypto and node:crypto's hashes.
 */

const OIDS = {
  signedData: '1.2.840.113549.1.7.2',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  timeStampToken: '1.2.840.113549.1.9.16.2.14',
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  adbeRevocation: '1.2.840.113583.1.1.8',
} as const;

const HASHES: Record<string, { node: string; label: string }> = {
  '1.3.14.3.2.26': { node: 'sha1', label: 'SHA-1' },
  '2.16.840.1.101.3.4.2.1': { node: 'sha256', label: 'SHA-256' },
  '2.16.840.1.101.3.4.2.2': { node: 'sha384', label: 'SHA-384' },
  '2.16.840.1.101.3.4.2.3': { node: 'sha512', label: 'SHA-512' },
};

export interface VerifyOptions {
  /** The verification time, for a signature that carries no time at all. */
  now?: Date;
}

/** Verifies every signature of a PDF; an unsigned (or unreadable) file has none. */
export async function verifyPdf(bytes: Uint8Array, trustList: TrustList, options: VerifyOptions = {}): Promise<SignatureReport> {
  const now = options.now ?? new Date();
  const signatures = findPdfSignatures(bytes);
  const dss = signatures.length > 0 ? await documentSecurityStore(bytes) : { crls: [], ocsps: [] };
  const lastEnd = Math.max(0, ...signatures.map((s) => s.byteRange[2] + s.byteRange[3]));
  // Bytes after the last signature that are only line ends or padding are not an addition.
  let appended = lastEnd > 0 && !/^[\s\0]*$/.test(Buffer.from(bytes.subarray(lastEnd)).toString('latin1')) ? bytes.length - lastEnd : 0;
  // Long-term-validation data (/DSS) appended by the signing tool is not an addition to what was signed.
  const validationDataAdded = appended > 0 && (await onlyValidationDataAdded(bytes, lastEnd));
  if (validationDataAdded) appended = 0;
  const checks: SignatureCheck[] = [];
  for (const signature of signatures) {
    const isLast = signature.byteRange[2] + signature.byteRange[3] === lastEnd;
    checks.push(await verifySignature(bytes, signature, trustList, { dss, appendedAfter: isLast ? appended : 0, validationDataAdded: isLast && validationDataAdded, now }));
  }
  return { signatures: checks, verifiedAt: now.toISOString(), trustList: trustList.fingerprint };
}

interface SignatureContext {
  dss: { crls: Uint8Array[]; ocsps: Uint8Array[] };
  /** Bytes added after this signature that no later signature covers (only for the last signature). */
  appendedAfter: number;
  /** What was added after this (last) signature is only long-term-validation data (/DSS). */
  validationDataAdded?: boolean;
  now: Date;
}

/** One signature → its check. Every finding goes into `details`; the verdict is the first problem in the order made. */
export async function verifySignature(file: Uint8Array, signature: PdfSignature, trustList: TrustList, context: SignatureContext): Promise<SignatureCheck> {
  const check: SignatureCheck = {
    verdict: 'valid',
    signer: null,
    organisation: null,
    signedAt: null,
    timestamped: false,
    coversWholeFile: signature.coversWholeFile,
    issuer: null,
    serialNumber: null,
    validFrom: null,
    validTo: null,
    details: [],
  };
  const fail = (verdict: SignatureVerdict, detail: string): SignatureCheck => {
    check.details.push(detail);
    if (check.verdict === 'valid') check.verdict = verdict;
    return check;
  };
  if (signature.malformed || !signature.contents) return fail('invalid', signature.malformed ?? 'Phần chữ ký trống');

  let signedData: pkijs.SignedData;
  try {
    signedData = parseSignedData(signature.contents);
  } catch (error) {
    return fail('unverifiable', `Không đọc được phần chữ ký (CMS/PKCS#7): ${(error as Error).message}`);
  }
  const signerInfo = signedData.signerInfos[0];
  if (!signerInfo) return fail('unverifiable', 'Phần chữ ký không có người ký (SignerInfo)');
  const certificates = (signedData.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
  const signerCert = certificates.find((cert) => isSignerCertificate(cert, signerInfo.sid));
  if (signerCert) describeCertificate(check, signerCert);

  // 1. Integrity: the signed byte ranges hash to the digest the signer signed.
  const data = signedBytes(file, signature);
  const isDocumentTimestamp = signature.subFilter === 'ETSI.RFC3161';
  const digest = isDocumentTimestamp ? timestampImprint(signedData) : signedDigest(signerInfo);
  if (digest) {
    const hash = HASHES[digest.algorithm];
    if (!hash) return fail('unverifiable', `Thuật toán băm ${digest.algorithm} không được hỗ trợ`);
    const actual = createHash(hash.node).update(data).digest();
    if (!actual.equals(Buffer.from(digest.value))) {
      return fail('modified-after-signing', 'Toàn vẹn: nội dung đã ký không còn khớp với giá trị băm trong chữ ký — tệp đã bị sửa sau khi ký');
    }
    check.details.push(`Toàn vẹn: nội dung đã ký khớp với giá trị băm trong chữ ký (${hash.label})`);
  }
  if (!signerCert) return fail('unverifiable', 'Phần chữ ký không kèm chứng thư của người ký');
  if (!(await signatureVerifies(signedData, data))) {
    return fail(digest ? 'invalid' : 'modified-after-signing', 'Giá trị chữ ký không đúng với chứng thư của người ký');
  }
  check.details.push('Giá trị chữ ký đúng với khoá công khai trong chứng thư của người ký');
  if (context.appendedAfter > 0) {
    fail('appended-after-signing', `Tệp có ${context.appendedAfter} byte được thêm vào sau chữ ký cuối cùng (phần đã ký không đổi)`);
  } else if (context.validationDataAdded) {
    check.details.push('Sau khi ký chỉ có thông tin xác minh dài hạn (DSS: danh sách thu hồi, chứng thư) được thêm vào; nội dung đã ký không đổi');
  } else if (!signature.coversWholeFile) {
    check.details.push('Phần thêm vào sau chữ ký này được một chữ ký sau bao trùm');
  } else {
    check.details.push('Chữ ký bao trùm toàn bộ tệp');
  }

  // 2. When it was signed: a timestamp token's time (trusted), else the signed signing time, else the PDF's /M.
  const at = await signingTime(check, signedData, signerInfo, signature, trustList, isDocumentTimestamp, context.now);

  // 3. The chain to the trust list, every certificate valid at that time.
  const chain: ChainResult = await trustList.verifyCertificateChain(signerCert, certificates.filter((c) => c !== signerCert), at);
  check.details.push(...chain.details);
  if (chain.status === 'invalid') fail('invalid', 'Chuỗi chứng thư không hợp lệ');
  else if (chain.status === 'untrusted') fail('untrusted', 'Không xác minh được chứng thư: không thuộc danh sách tin cậy');
  else if (chain.status === 'expired') fail('certificate-expired', 'Chứng thư số không còn hiệu lực tại thời điểm ký');

  // 4. Revocation, from what the file carries (the portal does not go online to ask).
  if (chain.path.length > 1) {
    const revocation = revocationData(signedData, signerInfo, context.dss);
    const finding = await revocationStatus(chain.path, revocation, at);
    check.details.push(finding.detail);
    if (finding.revoked) fail('revoked', 'Chứng thư số đã bị thu hồi trước thời điểm ký');
  }
  return check;
}

function parseSignedData(der: Uint8Array): pkijs.SignedData {
  const asn1 = asn1js.fromBER(Uint8Array.from(der));
  if (asn1.offset === -1) throw new Error('không phải DER');
  const info = new pkijs.ContentInfo({ schema: asn1.result });
  if (info.contentType !== OIDS.signedData) throw new Error(`kiểu nội dung ${info.contentType}`);
  return new pkijs.SignedData({ schema: info.content });
}

/**
 * The signer's certificate: by issuer and serial number, or by subject key identifier (the SHA-1 of the public key,
 * as RFC 5280 §4.2.1.2 method 1 and pkijs's own lookup compute it, when the certificate carries no identifier).
 */
function isSignerCertificate(cert: pkijs.Certificate, sid: unknown): boolean {
  if (sid instanceof pkijs.IssuerAndSerialNumber) return cert.issuer.isEqual(sid.issuer) && cert.serialNumber.isEqual(sid.serialNumber);
  const block = sid as { idBlock?: { isConstructed?: boolean }; valueBlock?: { value?: Array<{ valueBlock: { valueHexView: Uint8Array } }>; valueHexView?: Uint8Array } };
  const keyId = block?.idBlock?.isConstructed ? block.valueBlock?.value?.[0]?.valueBlock.valueHexView : block?.valueBlock?.valueHexView;
  if (!keyId?.length) return false;
  const extension = cert.extensions?.find((e) => e.extnID === '2.5.29.14')?.parsedValue as asn1js.OctetString | undefined;
  const own = extension?.valueBlock.valueHexView ?? createHash('sha1').update(cert.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView).digest();
  return Buffer.from(own).equals(Buffer.from(keyId));
}

function describeCertificate(check: SignatureCheck, cert: Certificate): void {
  check.signer = nameAttribute(cert.subject, OID.commonName);
  check.organisation = nameAttribute(cert.subject, OID.organisation);
  check.issuer = nameAttribute(cert.issuer, OID.commonName) ?? nameAttribute(cert.issuer, OID.organisation);
  check.serialNumber = Buffer.from(cert.serialNumber.valueBlock.valueHexView).toString('hex').toUpperCase();
  check.validFrom = cert.notBefore.value.toISOString();
  check.validTo = cert.notAfter.value.toISOString();
}

function attribute(attrs: pkijs.SignedAndUnsignedAttributes | undefined, oid: string): unknown {
  return attrs?.attributes.find((a) => a.type === oid)?.values[0];
}

function signedDigest(signerInfo: pkijs.SignerInfo): { algorithm: string; value: Uint8Array } | null {
  const value = attribute(signerInfo.signedAttrs, OIDS.messageDigest) as asn1js.OctetString | undefined;
  if (!value) return null;
  return { algorithm: signerInfo.digestAlgorithm.algorithmId, value: value.valueBlock.valueHexView };
}

function tstInfoOf(signedData: pkijs.SignedData): pkijs.TSTInfo | null {
  const content = signedData.encapContentInfo;
  if (content.eContentType !== OIDS.tstInfo || !content.eContent) return null;
  // A BER (constructed, chunked) OCTET STRING holds the same bytes as a DER one, but pkijs's timestamp check reads
  // only the primitive form: made primitive once here, for it and for us.
  if (content.eContent.idBlock.isConstructed) content.eContent = new asn1js.OctetString({ valueHex: content.eContent.getValue() });
  const asn1 = asn1js.fromBER(content.eContent.getValue());
  return asn1.offset === -1 ? null : new pkijs.TSTInfo({ schema: asn1.result });
}

/** A document timestamp (ETSI.RFC3161) signs the hash of the byte ranges inside its TSTInfo. */
function timestampImprint(signedData: pkijs.SignedData): { algorithm: string; value: Uint8Array } | null {
  const info = tstInfoOf(signedData);
  if (!info) return null;
  return { algorithm: info.messageImprint.hashAlgorithm.algorithmId, value: info.messageImprint.hashedMessage.valueBlock.valueHexView };
}

/**
 * The signature value (over the signed attributes, or the content). `data` is what was signed or stamped: pkijs
 * re-checks its digest against the messageDigest attribute, or, for a timestamp (TSTInfo), its imprint.
 */
async function signatureVerifies(signedData: pkijs.SignedData, data: Uint8Array): Promise<boolean> {
  try {
    return Boolean(await signedData.verify({ signer: 0, checkChain: false, data: data.slice().buffer }));
  } catch {
    return false;
  }
}

async function signingTime(
  check: SignatureCheck,
  signedData: pkijs.SignedData,
  signerInfo: pkijs.SignerInfo,
  signature: PdfSignature,
  trustList: TrustList,
  isDocumentTimestamp: boolean,
  now: Date,
): Promise<Date> {
  const token = isDocumentTimestamp ? null : attribute(signerInfo.unsignedAttrs, OIDS.timeStampToken);
  const stamp = isDocumentTimestamp ? await documentTimestamp(signedData) : token ? await timestampToken(token, signerInfo, trustList) : null;
  if (stamp && 'detail' in stamp) check.details.push(stamp.detail);
  if (stamp && 'time' in stamp) {
    check.signedAt = stamp.time.toISOString();
    check.timestamped = true;
    check.details.push(`Thời điểm ký theo dấu thời gian: ${formatDateTime(check.signedAt)}`);
    return stamp.time;
  }
  const claimed = attribute(signerInfo.signedAttrs, OIDS.signingTime) as asn1js.UTCTime | asn1js.GeneralizedTime | undefined;
  const fromPdf = pdfDate(signature.claimedTime);
  const time = claimed?.toDate() ?? fromPdf;
  if (time && !Number.isNaN(time.getTime())) {
    check.signedAt = time.toISOString();
    check.details.push(`Thời điểm ký do máy của người ký ghi (không có dấu thời gian): ${formatDateTime(check.signedAt)}`);
    return time;
  }
  check.details.push('Chữ ký không ghi thời điểm ký: chứng thư được kiểm tra tại thời điểm xác minh');
  return now;
}

async function documentTimestamp(signedData: pkijs.SignedData): Promise<{ time: Date } | null> {
  const info = tstInfoOf(signedData);
  return info ? { time: info.genTime } : null;
}

/** An RFC 3161 token over the signature value: its time counts only when it matches, verifies and chains to the trust list. */
async function timestampToken(token: unknown, signerInfo: pkijs.SignerInfo, trustList: TrustList): Promise<{ time: Date } | { detail: string }> {
  try {
    const info = new pkijs.ContentInfo({ schema: token as asn1js.Sequence });
    const tokenData = new pkijs.SignedData({ schema: info.content });
    const tst = tstInfoOf(tokenData);
    if (!tst) return { detail: 'Dấu thời gian không đọc được' };
    const hash = HASHES[tst.messageImprint.hashAlgorithm.algorithmId];
    const expected = hash && createHash(hash.node).update(signerInfo.signature.valueBlock.valueHexView).digest();
    if (!expected?.equals(Buffer.from(tst.messageImprint.hashedMessage.valueBlock.valueHexView))) {
      return { detail: 'Dấu thời gian không khớp với chữ ký: không dùng' };
    }
    if (!(await signatureVerifies(tokenData, signerInfo.signature.valueBlock.valueHexView))) return { detail: 'Chữ ký của dấu thời gian không đúng: không dùng' };
    const certs = (tokenData.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
    const tsaCert = certs.find((cert) => isSignerCertificate(cert, tokenData.signerInfos[0]?.sid));
    const chain = tsaCert ? await trustList.verifyCertificateChain(tsaCert, certs, tst.genTime) : null;
    if (chain?.status !== 'trusted') return { detail: 'Chứng thư của đơn vị cấp dấu thời gian không thuộc danh sách tin cậy: không dùng thời điểm của dấu' };
    return { time: tst.genTime };
  } catch (error) {
    return { detail: `Dấu thời gian không đọc được: ${(error as Error).message}` };
  }
}

/** PDF date "D:20261205103000+07'00'" → Date. */
function pdfDate(value: string | null): Date | null {
  const m = value && /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?/.exec(value);
  if (!m) return null;
  const zone = !m[7] || m[7] === 'Z' ? 'Z' : `${m[7].slice(0, 3)}:${m[7].replace(/'/g, '').slice(3, 5) || '00'}`;
  const date = new Date(`${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}T${m[4] ?? '00'}:${m[5] ?? '00'}:${m[6] ?? '00'}${zone}`);
  return Number.isNaN(date.getTime()) ? null : date;
}

interface Revocation {
  crls: pkijs.CertificateRevocationList[];
  ocsps: pkijs.BasicOCSPResponse[];
}

function revocationData(signedData: pkijs.SignedData, signerInfo: pkijs.SignerInfo, dss: { crls: Uint8Array[]; ocsps: Uint8Array[] }): Revocation {
  const crls = (signedData.crls ?? []).filter((c): c is pkijs.CertificateRevocationList => c instanceof pkijs.CertificateRevocationList);
  const ocsps: pkijs.BasicOCSPResponse[] = [];
  const parse = <T>(der: Uint8Array | ArrayBuffer, make: (schema: unknown) => T): T | null => {
    const asn1 = asn1js.fromBER(der instanceof Uint8Array ? Uint8Array.from(der) : der);
    if (asn1.offset === -1) return null;
    try {
      return make(asn1.result);
    } catch {
      return null;
    }
  };
  const ocspResponse = (schema: unknown): pkijs.BasicOCSPResponse | null => {
    const response = new pkijs.OCSPResponse({ schema });
    const bytes = response.responseBytes?.response.valueBlock.valueHexView;
    return bytes ? parse(bytes, (inner) => new pkijs.BasicOCSPResponse({ schema: inner })) : null;
  };
  // adbe-revocationInfoArchival ::= SEQUENCE { crl [0] EXPLICIT SEQUENCE OF CRL, ocsp [1] EXPLICIT SEQUENCE OF OCSPResponse, … }
  const archival = attribute(signerInfo.signedAttrs, OIDS.adbeRevocation) as asn1js.Sequence | undefined;
  for (const tagged of archival?.valueBlock?.value ?? []) {
    const tag = (tagged as asn1js.Constructed).idBlock.tagNumber;
    const list = ((tagged as asn1js.Constructed).valueBlock.value[0] as asn1js.Sequence | undefined)?.valueBlock.value ?? [];
    for (const item of list) {
      try {
        if (tag === 0) crls.push(new pkijs.CertificateRevocationList({ schema: item }));
        if (tag === 1) {
          const basic = ocspResponse(item);
          if (basic) ocsps.push(basic);
        }
      } catch {
        // An unreadable entry is skipped; the finding says no usable data was found.
      }
    }
  }
  for (const der of dss.crls) {
    const crl = parse(der, (schema) => new pkijs.CertificateRevocationList({ schema }));
    if (crl) crls.push(crl);
  }
  for (const der of dss.ocsps) {
    const basic = parse(der, ocspResponse);
    if (basic) ocsps.push(basic);
  }
  return { crls, ocsps };
}

/** Checks each certificate below the anchor against a CRL or OCSP response signed by its issuer. */
async function revocationStatus(path: readonly Certificate[], revocation: Revocation, at: Date): Promise<{ revoked: boolean; detail: string }> {
  if (revocation.crls.length === 0 && revocation.ocsps.length === 0) {
    return { revoked: false, detail: 'Tệp không kèm thông tin thu hồi (CRL/OCSP): chưa kiểm tra được việc thu hồi chứng thư' };
  }
  let checked = 0;
  for (let i = 0; i < path.length - 1; i++) {
    const cert = path[i]!;
    const issuer = path[i + 1]!;
    for (const crl of revocation.crls) {
      if (!crl.issuer.isEqual(cert.issuer)) continue;
      if (!(await crl.verify({ issuerCertificate: issuer }).catch(() => false))) continue;
      checked++;
      const entry = crl.revokedCertificates?.find((r) => r.userCertificate.isEqual(cert.serialNumber));
      if (entry && entry.revocationDate.value <= at) {
        return { revoked: true, detail: `Chứng thư "${displayName(cert)}" bị thu hồi từ ${formatDateTime(entry.revocationDate.value.toISOString())} (theo CRL kèm trong tệp)` };
      }
    }
    for (const ocsp of revocation.ocsps) {
      const status = await ocsp.getCertificateStatus(cert, issuer).catch(() => null);
      if (!status?.isForCertificate) continue;
      if (!(await ocsp.verify({ trustedCerts: [issuer] }).catch(() => false))) continue;
      checked++;
      if (status.status === 1) return { revoked: true, detail: `Chứng thư "${displayName(cert)}" bị thu hồi (theo phản hồi OCSP kèm trong tệp)` };
    }
  }
  return checked > 0
    ? { revoked: false, detail: 'Thông tin thu hồi kèm trong tệp (CRL/OCSP): chứng thư chưa bị thu hồi' }
    : { revoked: false, detail: 'Thông tin thu hồi kèm trong tệp không áp dụng cho chứng thư này: chưa kiểm tra được việc thu hồi' };
}
