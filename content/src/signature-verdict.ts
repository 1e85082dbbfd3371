import { z } from 'zod';

/**
 * What the portal found when it verified the digital signatures (chữ ký số) of an original file attached to a
 * document. The mark a citizen sees ("Bản gốc có chữ ký số hợp lệ") is derived from these reports, never ticked by
 * an editor: the CMS verifies each PDF original when it is uploaded or imported, and again when the trust list
 * changes, and stores one report per file.
 */

/**
 * The verdict of one signature. `appended-after-signing`: the signed bytes are intact but bytes were added after the
 * last signature (an incremental update nobody signed); `modified-after-signing`: the signed bytes themselves changed.
 */
export const SIGNATURE_VERDICTS = ['valid', 'appended-after-signing', 'modified-after-signing', 'untrusted', 'certificate-expired', 'revoked', 'invalid', 'unverifiable'] as const;
export const SignatureVerdictSchema = z.enum(SIGNATURE_VERDICTS);
export type SignatureVerdict = z.output<typeof SignatureVerdictSchema>;

/** The plain Vietnamese verdict shown on the document page and carried by the API. */
export const SIGNATURE_VERDICT_LABELS: Readonly<Record<SignatureVerdict, string>> = {
  valid: 'Chữ ký số hợp lệ',
  'appended-after-signing': 'Tệp có nội dung được thêm vào sau khi ký',
  'modified-after-signing': 'Tệp đã bị thay đổi sau khi ký',
  untrusted: 'Không xác minh được chứng thư (không thuộc danh sách tin cậy)',
  'certificate-expired': 'Chứng thư số đã hết hạn tại thời điểm ký',
  revoked: 'Chứng thư số đã bị thu hồi',
  invalid: 'Chữ ký số không hợp lệ',
  unverifiable: 'Không kiểm tra được chữ ký số',
};

/** One signature of a file, as verified. */
export const SignatureCheckSchema = z.object({
  verdict: SignatureVerdictSchema,
  /** The signer's common name (CN) from the certificate. */
  signer: z.string().nullable(),
  /** The signer's organisation (O), where the certificate names one. */
  organisation: z.string().nullable(),
  /** When it was signed (ISO 8601): the timestamp token's time where there is one, else the signed signing time. */
  signedAt: z.string().nullable(),
  /** True when the signing time comes from a timestamp token (RFC 3161), not from the signer's clock. */
  timestamped: z.boolean(),
  /** True when the signature covers the whole file as it is now (no bytes added after it). */
  coversWholeFile: z.boolean(),
  /** The certificate's issuer (CN), serial number and validity, for the details on demand. */
  issuer: z.string().nullable(),
  serialNumber: z.string().nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  /** Each check's finding, in Vietnamese, in the order made (integrity, chain, validity, revocation). */
  details: z.array(z.string()),
});
export type SignatureCheck = z.output<typeof SignatureCheckSchema>;

/** A file's report: its signatures (none when it is not signed), when and against which trust list it was verified. */
export const SignatureReportSchema = z.object({
  signatures: z.array(SignatureCheckSchema),
  verifiedAt: z.string(),
  /** A fingerprint of the trust list used: a changed list makes the CMS verify again. */
  trustList: z.string(),
});
export type SignatureReport = z.output<typeof SignatureReportSchema>;

/** The document's mark, derived from its originals' reports. */
export const DOCUMENT_SIGNATURE_STATUSES = ['verified', 'problem', 'unsigned', 'pending'] as const;
export const DocumentSignatureStatusSchema = z.enum(DOCUMENT_SIGNATURE_STATUSES);
export type DocumentSignatureStatus = z.output<typeof DocumentSignatureStatusSchema>;

/** The document's mark in plain Vietnamese (unsigned: nothing to say, the page shows no mark). */
export const DOCUMENT_SIGNATURE_STATUS_LABELS: Readonly<Record<DocumentSignatureStatus, string>> = {
  verified: 'Bản gốc có chữ ký số hợp lệ',
  problem: 'Chữ ký số của bản gốc không xác minh được đầy đủ',
  unsigned: 'Bản gốc không có chữ ký số',
  pending: 'Đang kiểm tra chữ ký số của bản gốc',
};

/**
 * verified: at least one original carries signatures and every signature of every original is valid;
 * problem: some signature is not valid; unsigned: no original carries a signature (or there is no original);
 * pending: some original is not verified yet.
 */
export function documentSignatureStatus(reports: ReadonlyArray<SignatureReport | null>): DocumentSignatureStatus {
  if (reports.some((report) => report === null)) return 'pending';
  const signatures = reports.flatMap((report) => report?.signatures ?? []);
  if (signatures.length === 0) return 'unsigned';
  return signatures.every((signature) => signature.verdict === 'valid') ? 'verified' : 'problem';
}
