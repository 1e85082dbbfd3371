import type { ImportOutcome } from './import-record.ts';
import { SIGNATURE_VERDICT_LABELS, type SignatureCheck } from './signature-verdict.ts';

/**
 * What the CMS answers for one edXML package (`POST /api/registry/import-edxml`, and the inbox's report file):
 * the document's import outcome as for any record, the package's XML signatures as checked, and each attached file
 * kept as an original (or why not). `npm run import` reads it; the CMS writes it.
 */
export type ExchangeImportOutcome = ImportOutcome & {
  /** The package's file name, as given. */
  file: string;
  /** One check per XML signature in the package; empty when it is not signed. */
  signatures: SignatureCheck[];
  originals: Array<{ name: string; action: 'attached' | 'already-attached' | 'skipped'; reason?: string }>;
};

/** The finding of a package's signatures in one Vietnamese line, for reports. */
export function describePackageSignatures(signatures: readonly SignatureCheck[]): string {
  if (signatures.length === 0) return 'gói không có chữ ký số';
  return signatures
    .map((s) => `${SIGNATURE_VERDICT_LABELS[s.verdict]}${s.signer ? ` — người ký: ${s.signer}` : ''}${s.issuer ? `, cấp bởi: ${s.issuer}` : ''}`)
    .join('; ');
}
