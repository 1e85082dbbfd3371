/**
 * The part of an import record (content/src/import-record.ts) that a system test leaves empty: no signer, no
 * effective or expiry date, no gazette, fields or relations; published and not flagged for review. A test spreads
 * it and writes only what it is about (number, dates, title, text).
 */
export function bareRecord() {
  return {
    type: 'Quyết định',
    issuer: 'Ủy ban nhân dân tỉnh Thử Nghiệm',
    signer: null,
    signerTitle: null,
    effectiveDate: null,
    expiryDate: null,
    gazetteNumber: null,
    gazetteDate: null,
    fields: [] as string[],
    relations: [] as unknown[],
    needsReview: false,
    reviewNote: null,
    publish: true,
  };
}
