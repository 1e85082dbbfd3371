// @peculiar/x509 resolves its services through tsyringe, which needs the Reflect metadata polyfill loaded first.
import 'reflect-metadata';
import { SignedXml } from 'xml-crypto';
import * as x509 from '@peculiar/x509';

/**
 * Test packages written from the standard's structure (docs: /work/shared/research/edxml.md): for the unit tests
 * (cms/src/services/exchange/*.test.ts) and the system test (tests/integration/edxml-import.int.test.ts). A package is built from a few fields, signed with a key and
 * certificate made on the spot (XML-DSig, enveloped, over the whole package, as a sending system does), and
 * tampered with after signing.
 */
export const EDXML_NS = 'http://www.mic.gov.vn/TBT/QCVN_102_2016';

export type FixtureAttachment = { name: string; contentType: string; bytes?: Uint8Array; base64?: string };

export type FixtureSpec = {
  fromId?: string;
  fromName?: string | null;
  toNames?: string[];
  codeNumber?: string | null;
  codeNotation?: string | null;
  /** yyyy/MM/dd as the standard writes it. */
  date?: string | null;
  typeName?: string | null;
  subject?: string | null;
  content?: string;
  signer?: string;
  position?: string;
  documentId?: string | null;
  attachments?: FixtureAttachment[];
};

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const element = (name: string, value: string | null | undefined) => (value === null || value === undefined ? '' : `<${name}>${escape(value)}</${name}>`);

/** An edXML package as implementations write it: prefixed envelope, unprefixed attachments in the default namespace. */
export function edxmlPackage(spec: FixtureSpec = {}): string {
  const fromId = spec.fromId ?? '000.00.00.H99';
  const date = spec.date === undefined ? '2026/11/20' : spec.date;
  const number = spec.codeNumber === undefined ? '15' : spec.codeNumber;
  const notation = spec.codeNotation === undefined ? 'CT-UBND' : spec.codeNotation;
  const attachments = spec.attachments ?? [];
  const organ = (name: string | null, id: string) => `${element('OrganId', id)}${element('OrganName', name)}${element('OrganizationInCharge', name)}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<edXML xmlns="${EDXML_NS}" xmlns:edXML="${EDXML_NS}" xmlns:xlink="http://www.w3.org/1999/xlink">
<edXML:edXMLEnvelope>
<edXML:edXMLHeader>
<edXML:MessageHeader>
<edXML:From>${organ(spec.fromName === undefined ? 'Ủy ban nhân dân tỉnh Sông Hồng (dữ liệu thử)' : spec.fromName, fromId)}</edXML:From>
${(spec.toNames ?? ['Sở Thông tin và Truyền thông (dữ liệu thử)']).map((n, i) => `<edXML:To>${organ(n, `000.00.0${i}.H99`)}</edXML:To>`).join('\n')}
<edXML:Code>${element('edXML:CodeNumber', number)}${element('edXML:CodeNotation', notation)}</edXML:Code>
<edXML:PromulgationInfo>${element('edXML:Place', 'Sông Hồng')}${element('edXML:PromulgationDate', date)}</edXML:PromulgationInfo>
<edXML:DocumentType>${element('edXML:Type', '1')}${element('edXML:TypeName', spec.typeName === undefined ? 'Chỉ thị' : spec.typeName)}</edXML:DocumentType>
${element('edXML:Subject', spec.subject === undefined ? 'Về việc tăng cường chuyển đổi số trong tiếp nhận văn bản' : spec.subject)}
${element('edXML:Content', spec.content ?? 'Nội dung tóm tắt của văn bản gửi qua trục liên thông.')}
<edXML:SignerInfo>${element('edXML:Competence', 'TM. Ủy ban nhân dân')}${element('edXML:Position', spec.position ?? 'Chủ tịch')}${element('edXML:FullName', spec.signer ?? 'Nguyễn Văn Thử')}</edXML:SignerInfo>
${element('edXML:DueDate', '')}
<edXML:OtherInfo><edXML:Priority>0</edXML:Priority><edXML:PageAmount>2</edXML:PageAmount></edXML:OtherInfo>
${spec.documentId === null ? '' : element('edXML:DocumentId', spec.documentId ?? `${fromId},${date},${number}/${notation}`)}
</edXML:MessageHeader>
<edXML:TraceHeaderList><edXML:TraceHeader><edXML:OrganId>${fromId}</edXML:OrganId><edXML:Timestamp>2026/11/20 08:00:00</edXML:Timestamp></edXML:TraceHeader></edXML:TraceHeaderList>
<edXML:DigitalSignature/>
</edXML:edXMLHeader>
<edXML:edXMLBody><edXML:edXMLManifest>
${attachments.map((a, i) => `<edXML:Reference xlink:href="cid:${i + 1}">${element('edXML:AttachmentName', a.name)}${element('edXML:ContentType', a.contentType)}${element('edXML:ContentId', String(i + 1))}</edXML:Reference>`).join('\n')}
</edXML:edXMLManifest></edXML:edXMLBody>
</edXML:edXMLEnvelope>
<AttachmentEncoded>
${attachments
  .map(
    (a, i) =>
      `<Attachment><ContentType>${escape(a.contentType)}</ContentType><ContentId>${i + 1}</ContentId><AttachmentName>${escape(a.name)}</AttachmentName><ContentTransferEncoded>${a.base64 ?? Buffer.from(a.bytes ?? new Uint8Array()).toString('base64').replace(/(.{76})/g, '$1\n')}</ContentTransferEncoded></Attachment>`,
  )
  .join('\n')}
</AttachmentEncoded>
</edXML>
`;
}

export type SigningIdentity = { privateKeyPem: string; certificatePem: string };

/** An RSA key and a self-signed certificate naming a signer, made for the test (never a real CA's). */
export async function signingIdentity(commonName = 'Nguyễn Văn Thử', organisation = 'UBND tỉnh Sông Hồng (dữ liệu thử)'): Promise<SigningIdentity> {
  const algorithm = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256', publicExponent: new Uint8Array([1, 0, 1]), modulusLength: 2048 };
  const keys = await crypto.subtle.generateKey(algorithm, true, ['sign', 'verify']);
  x509.cryptoProvider.set(crypto);
  const now = Date.now();
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '0a1b2c3d',
    name: `CN=${commonName}, O=${organisation}, C=VN`,
    notBefore: new Date(now - 86_400_000),
    notAfter: new Date(now + 365 * 86_400_000),
    keys,
    signingAlgorithm: algorithm,
  });
  const pkcs8 = Buffer.from(await crypto.subtle.exportKey('pkcs8', keys.privateKey)).toString('base64');
  return {
    privateKeyPem: `-----BEGIN PRIVATE KEY-----\n${pkcs8.replace(/(.{64})/g, '$1\n')}\n-----END PRIVATE KEY-----\n`,
    certificatePem: certificate.toString('pem'),
  };
}

/** The package signed as a sending system signs it: enveloped, over the whole package, in edXMLHeader/DigitalSignature. */
export function signEdxml(xml: string, identity: SigningIdentity): string {
  const signed = new SignedXml({
    privateKey: identity.privateKeyPem,
    publicCert: identity.certificatePem,
    signatureAlgorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
    canonicalizationAlgorithm: 'http://www.w3.org/2001/10/xml-exc-c14n#',
  });
  signed.addReference({
    xpath: '/*',
    uri: '',
    isEmptyUri: true,
    transforms: ['http://www.w3.org/2000/09/xmldsig#enveloped-signature', 'http://www.w3.org/2001/10/xml-exc-c14n#'],
    digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256',
  });
  signed.computeSignature(xml, { location: { reference: "//*[local-name(.)='DigitalSignature']", action: 'append' } });
  return signed.getSignedXml();
}

/** The signed package with its subject changed after signing, as a forger would. */
export function tamperEdxml(signedXml: string, newSubject = 'Trích yếu bị sửa sau khi ký'): string {
  const changed = signedXml.replace(/(<edXML:Subject>)[^<]*(<\/edXML:Subject>)/, `$1${newSubject}$2`);
  if (changed === signedXml) throw new Error('tamperEdxml: no Subject to change');
  return changed;
}

/** A minimal PDF that the originals' sniffing accepts (starts with %PDF-), distinct per `label`. */
export function tinyPdf(label: string): Uint8Array {
  return new TextEncoder().encode(`%PDF-1.4\n% ${label}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
}
