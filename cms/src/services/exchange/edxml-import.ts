import type { Core } from '@strapi/strapi';
import { describePackageSignatures, type ExchangeImportOutcome } from '@cong/content';
import { LEGAL_DOCUMENT } from '../../model/uids';
import { importRecords } from '../registry/registry-import';
import { attachOriginals, originalsProblem } from '../registry/originals';
import { edxmlSender, edxmlToImportRecord, EdxmlContentError } from './edxml-header';
import { EdxmlPackageError, readEdxmlPackage } from './edxml-package';
import { originals as originalsOf } from '../originals/originals';
import { checkEdxmlSignatures } from './edxml-signature';

export type EdxmlImportOptions = {
  /** The package's file name, for the report. */
  file: string;
  /** Never publish (the importer's --draft). */
  draft: boolean;
  /** From the inbox: always a draft, flagged for an editor to check and publish. */
  inbox?: boolean;
};

export const INBOX_REVIEW_NOTE = 'Văn bản nhận qua trục liên thông (edXML): biên tập viên kiểm tra, đối chiếu bản gốc rồi xuất bản';

/**
 * One edXML package into the registry — the one path both `npm run import` (through `POST
 * /api/registry/import-edxml`) and the inbox folder take: read and check the whole package first (XML, header,
 * attachments, signatures), then write the document through the registry's upsert (provenance `edxml`, the
 * sender, the time received) and attach its files as originals. A package that cannot be read, or whose document
 * or files cannot be written, leaves nothing behind: a document this call created is deleted again.
 */
export async function importEdxmlPackage(strapi: Core.Strapi, bytes: Uint8Array, options: EdxmlImportOptions): Promise<ExchangeImportOutcome> {
  const failed = (error: string, signatures: ExchangeImportOutcome['signatures'] = []): ExchangeImportOutcome => ({
    file: options.file,
    sourceKey: options.file,
    number: null,
    action: 'failed',
    published: false,
    needsReview: false,
    error,
    signatures,
    originals: [],
  });
  let pkg: ReturnType<typeof readEdxmlPackage>;
  try {
    pkg = readEdxmlPackage(bytes);
  } catch (error) {
    if (error instanceof EdxmlPackageError) return failed(error.message);
    throw error;
  }
  const signatures = await checkEdxmlSignatures(pkg.xml, pkg.document, await originalsOf(strapi).currentTrustList());
  const problems: string[] = [];
  const bad = signatures.filter((s) => s.verdict !== 'valid' && s.verdict !== 'untrusted');
  if (bad.length) problems.push(`Chữ ký số của gói edXML: ${describePackageSignatures(bad)}`);

  // Only PDF, DOCX and ODT are kept as originals (what the portal verifies and extracts); any other file is named
  // in the note for the editor, never silently dropped.
  const originals: ExchangeImportOutcome['originals'] = [];
  const kept = [];
  for (const attachment of pkg.attachments) {
    const reason = originalsProblem([attachment]);
    if (reason) {
      originals.push({ name: attachment.name, action: 'skipped', reason });
      problems.push(`${reason}: không lưu làm bản gốc`);
    } else kept.push(attachment);
  }

  let record: ReturnType<typeof edxmlToImportRecord>['record'];
  try {
    record = edxmlToImportRecord(pkg.header, {
      draft: options.draft || options.inbox === true,
      reviewNote: options.inbox ? INBOX_REVIEW_NOTE : undefined,
      knownProblems: problems,
      fingerprint: pkg.sha256,
    }).record;
  } catch (error) {
    if (error instanceof EdxmlContentError) return failed(error.message, signatures);
    throw error;
  }
  const [outcome] = await importRecords(strapi, [record], {
    receivedVia: 'edxml',
    exchangeSender: edxmlSender(pkg.header.from),
    exchangeReceivedAt: new Date().toISOString(),
  });
  if (!outcome || outcome.action === 'failed' || !outcome.documentId) {
    return { ...failed(outcome?.error ?? 'Không ghi được văn bản', signatures), sourceKey: record.sourceKey, number: record.number };
  }
  try {
    const attached = await attachOriginals(strapi, outcome.documentId, kept);
    originals.push(...attached.map(({ name, action }) => ({ name, action })));
  } catch (error) {
    // Nothing half-imported: a document this package created goes again when its files cannot be attached.
    if (outcome.action === 'created') {
      await strapi.documents(LEGAL_DOCUMENT).delete({ documentId: outcome.documentId }).catch(() => undefined);
    }
    return { ...failed(`Không lưu được tệp đính kèm: ${(error as Error).message}`, signatures), sourceKey: record.sourceKey, number: record.number };
  }
  return { ...outcome, file: options.file, signatures, originals };
}
