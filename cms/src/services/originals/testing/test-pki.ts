import 'reflect-metadata';
import { createHash, webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import signpdf from '@signpdf/signpdf';
import { Signer } from '@signpdf/utils';
import * as asn1js from 'asn1js';
import { PDFDocument, PDFName, PDFRef, StandardFonts } from 'pdf-lib';
import * as pkijs from 'pkijs';
import { parseCertificate } from '../trust-list';

/**
 * A certification authority made in the test, and PDFs signed with it the way Vietnamese CAs' signing tools do
 * (a PAdES/CMS detached signature over the /ByteRange): no real CA's root can be downloaded here, so the tests make
 * their own (@peculiar/x509), sign with pkijs, and place the signature with @signpdf's placeholder.
 * For unit tests and the system test; never imported by the CMS itself.
 */

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

type CryptoKeyPair = webcrypto.CryptoKeyPair;

const RSA = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256', publicExponent: new Uint8Array([1, 0, 1]), modulusLength: 2048 } as const;
const DAY = 86_400_000;

export interface TestIdentity {
  certificate: x509.X509Certificate;
  keys: CryptoKeyPair;
  pem: string;
  der: Uint8Array;
}

let serial = 1;
const nextSerial = () => (serial++).toString(16).padStart(4, '0');

async function keys(): Promise<CryptoKeyPair> {
  return (await webcrypto.subtle.generateKey(RSA, true, ['sign', 'verify'])) as CryptoKeyPair;
}

function identity(certificate: x509.X509Certificate, keyPair: CryptoKeyPair): TestIdentity {
  return { certificate, keys: keyPair, pem: certificate.toString('pem'), der: new Uint8Array(certificate.rawData) };
}

/** A root CA, valid from a year ago for twenty years. */
export async function makeRootCa(name = 'Test Root CA'): Promise<TestIdentity> {
  const keyPair = await keys();
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: nextSerial(),
    name: `CN=${name}, O=Cong Test PKI, C=VN`,
    notBefore: new Date(Date.now() - 365 * DAY),
    notAfter: new Date(Date.now() + 20 * 365 * DAY),
    keys: keyPair,
    signingAlgorithm: RSA,
    extensions: [new x509.BasicConstraintsExtension(true, 2, true), new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true)],
  });
  return identity(certificate, keyPair);
}

/** A certificate issued by `issuer`: a subordinate CA (`ca: true`) or a signer (CN, O). */
export async function issue(
  issuer: TestIdentity,
  subject: { cn: string; o?: string; ca?: boolean; notBefore?: Date; notAfter?: Date },
): Promise<TestIdentity> {
  const keyPair = await keys();
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: nextSerial(),
    subject: `CN=${subject.cn}${subject.o ? `, O=${subject.o}` : ''}, C=VN`,
    issuer: issuer.certificate.subject,
    notBefore: subject.notBefore ?? new Date(Date.now() - 30 * DAY),
    notAfter: subject.notAfter ?? new Date(Date.now() + 365 * DAY),
    publicKey: keyPair.publicKey,
    signingKey: issuer.keys.privateKey,
    signingAlgorithm: RSA,
    extensions: subject.ca
      ? [new x509.BasicConstraintsExtension(true, 0, true), new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true)]
      : [new x509.BasicConstraintsExtension(false, undefined, true), new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation, true)],
  });
  return identity(certificate, keyPair);
}

/** A CRL by `issuer` revoking these certificates at `revokedAt`. */
export async function revocationList(issuer: TestIdentity, revoked: TestIdentity[], revokedAt: Date): Promise<Uint8Array> {
  const crl = await x509.X509CrlGenerator.create({
    issuer: issuer.certificate.subject,
    thisUpdate: new Date(Date.now() - DAY),
    nextUpdate: new Date(Date.now() + 30 * DAY),
    entries: revoked.map((r) => ({ serialNumber: r.certificate.serialNumber, revocationDate: revokedAt, reason: x509.X509CrlReason.keyCompromise })),
    signingKey: issuer.keys.privateKey,
    signingAlgorithm: RSA,
  });
  return new Uint8Array(crl.rawData);
}

/** A one-page PDF with some Vietnamese-free text (the standard fonts have no Vietnamese glyphs). */
export async function samplePdf(title = 'Quyet dinh so 01/2026/QD-UBND'): Promise<PDFDocument> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  const page = pdf.addPage([595, 842]);
  page.drawText(title, { x: 50, y: 780, size: 14, font: await pdf.embedFont(StandardFonts.Helvetica) });
  return pdf;
}

export interface SignOptions {
  /** The signer's certificate; its issuers (not the root) go into the signature, as CAs' tools do. */
  signer: TestIdentity;
  chain?: TestIdentity[];
  signingTime?: Date;
  /** CRLs (DER) placed in the CMS SignedData's `crls`. */
  crls?: Uint8Array[];
  /** Name the signer by subject key identifier (SignerInfo v3) instead of issuer and serial number. */
  bySubjectKeyId?: boolean;
  /** An RFC 3161 timestamp token over the signature value, by this TSA at this time (an unsigned attribute). */
  timestamp?: { tsa: TestIdentity; at: Date };
}

/** A signed PDF: a placeholder added with @signpdf/placeholder-pdf-lib, then a pkijs CMS detached signature. */
export async function signedPdf(options: SignOptions, pdf?: PDFDocument): Promise<Uint8Array> {
  const doc = pdf ?? (await samplePdf());
  const signingTime = options.signingTime ?? new Date();
  pdflibAddPlaceholder({ pdfDoc: doc, reason: 'Ban hanh', contactInfo: 'vanthu@test.gov.vn', name: options.signer.certificate.subject, location: 'Ha Noi', signingTime, signatureLength: 16384 });
  const unsigned = Buffer.from(await doc.save({ useObjectStreams: false }));
  const signed = await signpdf.sign(unsigned, new CmsSigner(options), signingTime);
  return new Uint8Array(signed);
}

class CmsSigner extends Signer {
  constructor(private readonly options: SignOptions) {
    super();
  }

  override async sign(data: Buffer, signingTime?: Date): Promise<Buffer> {
    const { signer, chain = [], crls = [] } = this.options;
    const cert = parseCertificate(signer.der);
    const digest = createHash('sha256').update(data).digest();
    const signedData = new pkijs.SignedData({
      version: 1,
      encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: '1.2.840.113549.1.7.1' }),
      signerInfos: [
        new pkijs.SignerInfo({
          version: this.options.bySubjectKeyId ? 3 : 1,
          sid: this.options.bySubjectKeyId
            ? new asn1js.Primitive({
                idBlock: { tagClass: 3, tagNumber: 0 },
                valueHex: createHash('sha1').update(cert.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView).digest(),
              })
            : new pkijs.IssuerAndSerialNumber({ issuer: cert.issuer, serialNumber: cert.serialNumber }),
          signedAttrs: new pkijs.SignedAndUnsignedAttributes({
            type: 0,
            attributes: [
              new pkijs.Attribute({ type: '1.2.840.113549.1.9.3', values: [new asn1js.ObjectIdentifier({ value: '1.2.840.113549.1.7.1' })] }),
              new pkijs.Attribute({ type: '1.2.840.113549.1.9.5', values: [new asn1js.UTCTime({ valueDate: signingTime ?? new Date() })] }),
              new pkijs.Attribute({ type: '1.2.840.113549.1.9.4', values: [new asn1js.OctetString({ valueHex: digest })] }),
            ],
          }),
        }),
      ],
      certificates: [cert, ...chain.map((c) => parseCertificate(c.der))],
      crls: crls.map((der) => new pkijs.CertificateRevocationList({ schema: asn1js.fromBER(Uint8Array.from(der)).result })),
    });
    await signedData.sign(signer.keys.privateKey, 0, 'SHA-256');
    const { timestamp } = this.options;
    if (timestamp) {
      const signerInfo = signedData.signerInfos[0]!;
      const token = await timestampToken(timestamp.tsa, signerInfo.signature.valueBlock.valueHexView, timestamp.at);
      signerInfo.unsignedAttrs = new pkijs.SignedAndUnsignedAttributes({
        type: 1,
        attributes: [new pkijs.Attribute({ type: '1.2.840.113549.1.9.16.2.14', values: [token] })],
      });
    }
    const info = new pkijs.ContentInfo({ contentType: '1.2.840.113549.1.7.2', content: signedData.toSchema(true) });
    return Buffer.from(info.toSchema().toBER(false));
  }
}

/** A timestamp authority's token (RFC 3161 TimeStampToken: SignedData over a TSTInfo) for these bytes. */
async function timestampToken(tsa: TestIdentity, stamped: Uint8Array, genTime: Date): Promise<asn1js.Sequence> {
  const tstInfo = new pkijs.TSTInfo({
    version: 1,
    policy: '1.3.6.1.4.1.99999.1',
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: '2.16.840.1.101.3.4.2.1' }),
      hashedMessage: new asn1js.OctetString({ valueHex: createHash('sha256').update(stamped).digest() }),
    }),
    serialNumber: new asn1js.Integer({ value: serial++ }),
    genTime,
  });
  const cert = parseCertificate(tsa.der);
  const signedData = new pkijs.SignedData({
    version: 3,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({
      eContentType: '1.2.840.113549.1.9.16.1.4',
      eContent: new asn1js.OctetString({ valueHex: tstInfo.toSchema().toBER(false) }),
    }),
    signerInfos: [new pkijs.SignerInfo({ version: 1, sid: new pkijs.IssuerAndSerialNumber({ issuer: cert.issuer, serialNumber: cert.serialNumber }) })],
    certificates: [cert],
  });
  await signedData.sign(tsa.keys.privateKey, 0, 'SHA-256');
  return new pkijs.ContentInfo({ contentType: '1.2.840.113549.1.7.2', content: signedData.toSchema(true) }).toSchema() as asn1js.Sequence;
}

/** An incremental update appended after the signature (a new object, xref section and trailer), as an editor's tool writes one. */
export function appendIncrementalUpdate(signed: Uint8Array): Uint8Array {
  const text = Buffer.from(signed).toString('latin1');
  const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1] ?? 0);
  const size = Number(/\/Size\s+(\d+)/.exec(text.slice(text.lastIndexOf('trailer')))?.[1] ?? 10);
  const offset = signed.length;
  const object = `\n${size} 0 obj\n<< /Type /Annot /Subtype /FreeText /Contents (Da sua sau khi ky) >>\nendobj\n`;
  const xref = `xref\n${size} 1\n${String(offset + 1).padStart(10, '0')} 00000 n \ntrailer\n<< /Size ${size + 1} /Prev ${startxref} >>\nstartxref\n${offset + object.length}\n%%EOF\n`;
  return Buffer.concat([signed, Buffer.from(object + xref, 'latin1')]);
}

/** The same file with one byte inside the first signed range changed (the title's text). */
export function flipSignedByte(signed: Uint8Array): Uint8Array {
  const copy = Uint8Array.from(signed);
  const at = Buffer.from(copy).indexOf('Quyet');
  copy[at >= 0 ? at : 100] ^= 0x01;
  return copy;
}

/**
 * Long-term-validation data appended after signing, as signing tools do (PAdES-LT): the CRLs as streams, a /DSS
 * holding them, the catalog written again with its /DSS entry. `tamper` also rewrites the first page (rotated), an
 * addition that must not pass as validation data.
 */
export async function appendValidationData(signed: Uint8Array, crls: Uint8Array[], tamper = false): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(signed, { updateMetadata: false });
  const text = Buffer.from(signed).toString('latin1');
  const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1] ?? 0);
  const root = pdf.context.trailerInfo.Root as PDFRef;
  let next = pdf.context.largestObjectNumber + 1;
  const objects: Array<[number, string]> = [];
  const crlRefs = crls.map((der) => {
    const number = next++;
    objects.push([number, `<< /Length ${der.length} >>\nstream\n${Buffer.from(der).toString('latin1')}\nendstream`]);
    return `${number} 0 R`;
  });
  const dss = next++;
  objects.push([dss, `<< /CRLs [${crlRefs.join(' ')}] >>`]);
  pdf.catalog.set(PDFName.of('DSS'), PDFRef.of(dss));
  objects.push([root.objectNumber, pdf.catalog.toString()]);
  if (tamper) {
    const page = pdf.getPages()[0]!;
    page.setRotation({ type: 'degrees', angle: 90 } as never);
    objects.push([page.ref.objectNumber, page.node.toString()]);
  }
  let body = '\n';
  const offsets: Array<[number, number]> = [];
  for (const [number, content] of objects) {
    offsets.push([number, signed.length + body.length]);
    body += `${number} 0 obj\n${content}\nendobj\n`;
  }
  const xrefAt = signed.length + body.length;
  const xref = offsets.map(([number, offset]) => `${number} 1\n${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  const trailer = `trailer\n<< /Size ${next} /Root ${root.objectNumber} 0 R /Prev ${startxref} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.concat([signed, Buffer.from(`${body}xref\n${xref}${trailer}`, 'latin1')]);
}

/**
 * The cast every signature test starts from: our root and its sub CA, a signer they vouch for, one whose certificate
 * has expired, and a stranger under somebody else's root. The sub CA is valid from a year ago, so a signature
 * timestamped in the past still chains.
 */
export async function makeTestCast() {
  const root = await makeRootCa('Test Root CA');
  const subCa = await issue(root, { cn: 'Test Sub CA', o: 'Cong Test PKI', ca: true, notBefore: new Date(Date.now() - 365 * DAY) });
  const signer = await issue(subCa, { cn: 'Nguyễn Văn An', o: 'UBND tỉnh Sông Hồng' });
  const expired = await issue(subCa, { cn: 'Trần Thị Bình', o: 'Sở Tư pháp', notBefore: new Date(Date.now() - 400 * DAY), notAfter: new Date(Date.now() - 30 * DAY) });
  const otherRoot = await makeRootCa('Somebody Else Root');
  const strangerCa = await issue(otherRoot, { cn: 'Stranger CA', ca: true });
  const stranger = await issue(strangerCa, { cn: 'Người lạ', o: 'Không rõ' });
  return { root, subCa, signer, expired, otherRoot, strangerCa, stranger };
}

export type TestCast = Awaited<ReturnType<typeof makeTestCast>>;

/** One PDF per basic verdict: signed and intact, bytes appended, a signed byte changed, an expired certificate, an untrusted root, no signature. */
export async function verdictPdfs(cast: TestCast) {
  const valid = await signedPdf({ signer: cast.signer, chain: [cast.subCa] });
  return {
    valid,
    appended: appendIncrementalUpdate(valid),
    flipped: flipSignedByte(valid),
    expired: await signedPdf({ signer: cast.expired, chain: [cast.subCa] }),
    untrusted: await signedPdf({ signer: cast.stranger, chain: [cast.strangerCa] }),
    unsigned: await (await samplePdf()).save(),
  };
}
