import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SIGNATURE_VERDICT_LABELS, type SignatureVerdict } from '@cong/content';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPdfSignatures } from './pdf-signatures';
import { verifyPdf } from './signature-verification';
import { appendValidationData, issue, makeTestCast, revocationList, signedPdf, type TestIdentity, verdictPdfs } from './testing/test-pki';
import { loadTrustList, parseCertificate, type TrustList, trustListOf } from './trust-list';

const DAY = 86_400_000;

let root: TestIdentity;
let subCa: TestIdentity;
let signer: TestIdentity;
let otherRoot: TestIdentity;
let trusted: TrustList;
let files: Record<string, Uint8Array>;

beforeAll(async () => {
  const cast = await makeTestCast();
  ({ root, subCa, signer, otherRoot } = cast);
  const { expired } = cast;
  const revoked = await issue(subCa, { cn: 'Lê Văn Cường', o: 'Sở Nội vụ' });
  const crl = await revocationList(subCa, [revoked], new Date(Date.now() - 2 * DAY));
  const revokedLater = await issue(subCa, { cn: 'Phạm Thị Dung', o: 'Sở Tài chính' });
  const laterCrl = await revocationList(subCa, [revokedLater], new Date(Date.now() - DAY));
  const tsa = await issue(root, { cn: 'Test TSA', o: 'Cong Test PKI', notBefore: new Date(Date.now() - 200 * DAY) });
  const strangerTsa = await issue(otherRoot, { cn: 'Stranger TSA' });
  trusted = trustListOf([parseCertificate(root.der)]);
  const basic = await verdictPdfs(cast);
  const { valid } = basic;
  files = {
    ...basic,
    revoked: await signedPdf({ signer: revoked, chain: [subCa], crls: [crl] }),
    trailingNewline: Buffer.concat([valid, Buffer.from('\r\n')]),
    bySubjectKeyId: await signedPdf({ signer, chain: [subCa], bySubjectKeyId: true }),
    // Long-term-validation data appended after signing: not an addition; its CRL is read (from the /DSS).
    ltv: await appendValidationData(valid, [laterCrl]),
    ltvRevoked: await appendValidationData(await signedPdf({ signer: revokedLater, chain: [subCa], signingTime: new Date() }), [laterCrl]),
    ltvTampered: await appendValidationData(valid, [laterCrl], true),
    // Signed 60 days ago, while the certificate was valid: the TSA's time says so, the signer's clock cannot.
    expiredTimestamped: await signedPdf({ signer: expired, chain: [subCa], timestamp: { tsa, at: new Date(Date.now() - 60 * DAY) } }),
    strangerTimestamped: await signedPdf({ signer: expired, chain: [subCa], timestamp: { tsa: strangerTsa, at: new Date(Date.now() - 60 * DAY) } }),
  };
}, 60_000);

describe('verifyPdf: one verdict per signature', () => {
  it.each<[string, SignatureVerdict, boolean]>([
    ['valid', 'valid', true],
    ['appended', 'appended-after-signing', false],
    ['flipped', 'modified-after-signing', true],
    ['expired', 'certificate-expired', true],
    ['revoked', 'revoked', true],
    ['untrusted', 'untrusted', true],
    ['trailingNewline', 'valid', false],
    ['expiredTimestamped', 'valid', true],
    ['bySubjectKeyId', 'valid', true],
    ['ltv', 'valid', false],
    ['ltvRevoked', 'revoked', false],
    ['ltvTampered', 'appended-after-signing', false],
    ['strangerTimestamped', 'certificate-expired', true],
  ])('%s → %s', async (name, verdict, coversWholeFile) => {
    const report = await verifyPdf(files[name]!, trusted);
    expect(report.signatures.map((s) => s.verdict)).toEqual([verdict]);
    expect(report.signatures[0]!.coversWholeFile).toBe(coversWholeFile);
    expect(report.trustList).toBe(trusted.fingerprint);
    expect(SIGNATURE_VERDICT_LABELS[verdict]).toBeTruthy();
  });

  it('names the signer, the organisation, the issuer, the time and what was checked', async () => {
    const before = Date.now();
    const [check] = (await verifyPdf(files.valid!, trusted)).signatures;
    expect(check).toMatchObject({ signer: 'Nguyễn Văn An', organisation: 'UBND tỉnh Sông Hồng', issuer: 'Test Sub CA', timestamped: false });
    expect(Math.abs(Date.parse(check!.signedAt!) - before)).toBeLessThan(60_000);
    expect(check!.details.join('\n')).toMatch(/Toàn vẹn: nội dung đã ký khớp.*SHA-256/);
    expect(check!.details.join('\n')).toContain('chứng thư gốc tin cậy "Test Root CA"');
    expect(check!.details.join('\n')).toContain('Tệp không kèm thông tin thu hồi');
  });

  it('the signing time is a trusted timestamp token\'s where there is one, else the signer\'s (said so)', async () => {
    const [stamped] = (await verifyPdf(files.expiredTimestamped!, trusted)).signatures;
    expect(stamped).toMatchObject({ timestamped: true });
    expect(Math.abs(Date.parse(stamped!.signedAt!) - (Date.now() - 60 * DAY))).toBeLessThan(120_000);
    expect(stamped!.details.join('\n')).toContain('Thời điểm ký theo dấu thời gian');
    const [untrustedStamp] = (await verifyPdf(files.strangerTimestamped!, trusted)).signatures;
    expect(untrustedStamp).toMatchObject({ timestamped: false });
    expect(untrustedStamp!.details.join('\n')).toContain('đơn vị cấp dấu thời gian không thuộc danh sách tin cậy');
  });

  it('long-term-validation data added after signing is said so, and its CRL is checked', async () => {
    const details = (await verifyPdf(files.ltv!, trusted)).signatures[0]!.details.join('\n');
    expect(details).toContain('chỉ có thông tin xác minh dài hạn (DSS');
    expect(details).toContain('chứng thư chưa bị thu hồi');
  });

  it('the revoked signature is found through the CRL embedded in the signature', async () => {
    const [check] = (await verifyPdf(files.revoked!, trusted)).signatures;
    expect(check!.details.join('\n')).toMatch(/bị thu hồi từ .* \(theo CRL kèm trong tệp\)/);
  });

  it('an empty trust list trusts nothing — the honest answer when no roots are installed', async () => {
    const report = await verifyPdf(files.valid!, trustListOf([]));
    expect(report.signatures[0]!.verdict).toBe('untrusted');
    expect(report.signatures[0]!.details).toContain('Danh sách chứng thư gốc tin cậy của cổng đang trống');
  });

  it('trusting the other root turns the stranger trusted and ours untrusted', async () => {
    const theirs = trustListOf([parseCertificate(otherRoot.der)]);
    expect((await verifyPdf(files.untrusted!, theirs)).signatures[0]!.verdict).toBe('valid');
    expect((await verifyPdf(files.valid!, theirs)).signatures[0]!.verdict).toBe('untrusted');
  });

  it('an unsigned PDF has no signatures', async () => {
    expect((await verifyPdf(files.unsigned!, trusted)).signatures).toEqual([]);
  });

  it.each([
    ['a byte range beyond the file', Buffer.from('%PDF-1.7\n<< /Type /Sig /ByteRange [0 10 20 99999] /Contents <00> >>\n%%EOF')],
    ['a hole that is not the hex string', Buffer.from('%PDF-1.7\n<< /Type /Sig /ByteRange [0 5 10 5] /Contents <00> >>\n%%EOF xxxxxxx')],
    ['hex that is not CMS', Buffer.from('%PDF-1.7\n<< /ByteRange [0 30 40 8] /Contents <3003020101> >>%%EOF')],
  ])('hostile input (%s) gives a verdict, never a crash', async (_name, bytes) => {
    const report = await verifyPdf(bytes, trusted);
    expect(report.signatures).toHaveLength(1);
    expect(['invalid', 'unverifiable']).toContain(report.signatures[0]!.verdict);
  });
});

describe('findPdfSignatures', () => {
  it('reads the byte range and the DER signature without its zero padding', () => {
    const [signature] = findPdfSignatures(files.valid!);
    expect(signature!.byteRange[0]).toBe(0);
    expect(signature!.byteRange[2] + signature!.byteRange[3]).toBe(files.valid!.length);
    expect(signature!.contents![0]).toBe(0x30);
    expect(signature!.contents!.length).toBeLessThan(16384);
    expect(signature!.subFilter).toBe('adbe.pkcs7.detached');
  });
});

describe('loadTrustList', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'trust-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads PEM and DER files; the fingerprint depends on the certificates, not the file names', async () => {
    await writeFile(join(dir, 'root.pem'), root.pem);
    await writeFile(join(dir, 'other.cer'), otherRoot.der);
    await writeFile(join(dir, 'README.txt'), 'not a certificate, not read');
    const list = await loadTrustList(dir);
    expect(list.anchors).toHaveLength(2);
    expect(list.problems).toEqual([]);
    expect(list.fingerprint).toBe(trustListOf([parseCertificate(otherRoot.der), parseCertificate(root.der)]).fingerprint);
    expect(list.fingerprint).not.toBe(trusted.fingerprint);
  });

  it('a missing folder is an empty list; a broken file is a problem, not a crash', async () => {
    const missing = await loadTrustList(join(dir, 'nope'));
    expect(missing.anchors).toEqual([]);
    expect(missing.fingerprint).toBe(trustListOf([]).fingerprint);
    await writeFile(join(dir, 'broken.pem'), '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n');
    const list = await loadTrustList(dir);
    expect(list.anchors).toHaveLength(2);
    expect(list.problems).toEqual([expect.stringContaining('broken.pem')]);
  });
});
