import { X509Certificate } from 'node:crypto';
import { XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import { SignedXml } from 'xml-crypto';
import type { SignatureCheck } from '@cong/content';
import { signatureElements, XMLDSIG_NS } from './edxml-package';
import type { TrustList } from '../originals/trust-list';
import { checkSignerTrust } from './signer-trust';

/**
 * The XML digital signature (XML-DSig) of an edXML package, checked with xml-crypto: that the signed references'
 * digests match (nothing changed after signing), that the signature value is the signer's over them, and that a
 * reference covers the whole package (URI="" — a signature over one element says nothing of the rest, which is
 * how signature-wrapping attacks work). The signer's certificate comes from the signature's own KeyInfo; whether
 * it is trusted is the trust list's verdict (signer-trust.ts, the PDF originals' list). One `SignatureCheck` per signature, in
 * the shape the originals' reports use, so the same words describe a package's signature and a PDF's.
 */
export async function checkEdxmlSignatures(xml: string, document: Document, trustList: TrustList | null, now = new Date()): Promise<SignatureCheck[]> {
  const checks: SignatureCheck[] = [];
  for (const element of signatureElements(document)) checks.push(await checkOne(xml, element, trustList, now));
  return checks;
}

const ENVELOPED = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';

async function checkOne(xml: string, element: Element, trustList: TrustList | null, now: Date): Promise<SignatureCheck> {
  const certificates = keyInfoCertificates(element);
  const certificate = signerAmong(certificates);
  const described = describeCertificate(certificate);
  const base: SignatureCheck = { verdict: 'unverifiable', signedAt: null, timestamped: false, coversWholeFile: false, ...described, details: [] };
  if (!certificate) return { ...base, details: ['Chữ ký không kèm chứng thư số của người ký (KeyInfo/X509Certificate)'] };

  const signed = new SignedXml({ publicCert: certificate.toString(), getCertFromKeyInfo: () => null });
  let intact: boolean;
  try {
    signed.loadSignature(new XMLSerializer().serializeToString(element));
    intact = signed.checkSignature(xml);
  } catch (error) {
    const message = (error as Error).message;
    if (/signature value .* is incorrect/.test(message)) return { ...base, verdict: 'invalid', details: ['Giá trị chữ ký không khớp với khóa công khai của chứng thư'] };
    return { ...base, details: [`Không kiểm tra được chữ ký: ${message.split('\n')[0]}`] };
  }
  if (!intact) return { ...base, verdict: 'modified-after-signing', details: ['Nội dung gói đã bị thay đổi sau khi ký (giá trị băm không khớp)'] };

  const whole = signed.getReferences().some((reference) => reference.uri === '' && reference.transforms.includes(ENVELOPED));
  if (!whole) {
    return { ...base, verdict: 'invalid', details: ['Chữ ký toàn vẹn nhưng không bao phủ toàn bộ gói edXML (không có tham chiếu URI="")'] };
  }
  const details = ['Toàn vẹn: nội dung gói không thay đổi từ khi ký'];
  const validFrom = new Date(certificate.validFrom);
  const validTo = new Date(certificate.validTo);
  if (now < validFrom || now > validTo) {
    return { ...base, verdict: 'certificate-expired', coversWholeFile: true, details: [...details, 'Chứng thư số không còn hiệu lực tại thời điểm kiểm tra'] };
  }
  const trust = await checkSignerTrust(certificate, certificates.filter((c) => c !== certificate), now, trustList);
  return { ...base, verdict: trust.verdict, coversWholeFile: true, details: [...details, trust.detail] };
}

/** Every certificate in the signature's KeyInfo: the signer's, and the CA certificates a sender may add for the path. */
function keyInfoCertificates(signature: Element): X509Certificate[] {
  const found: X509Certificate[] = [];
  for (const node of Array.from(signature.getElementsByTagNameNS(XMLDSIG_NS, 'X509Certificate'))) {
    const encoded = node.textContent?.replace(/\s+/g, '');
    if (!encoded) continue;
    try {
      found.push(new X509Certificate(Buffer.from(encoded, 'base64')));
    } catch {
      // Not a certificate: it cannot be the signer's, nor a link of the path.
    }
  }
  return found;
}

/** The signer's certificate: the one that issued none of the others (XML-DSig does not fix their order). */
function signerAmong(certificates: readonly X509Certificate[]): X509Certificate | null {
  return certificates.find((c) => !certificates.some((other) => other !== c && other.checkIssued(c))) ?? certificates[0] ?? null;
}

/** One attribute of a distinguished name as node prints it ("CN=…\nO=…"). */
function attribute(name: string, dn: string): string | null {
  const line = dn.split('\n').find((l) => l.startsWith(`${name}=`));
  return line ? line.slice(name.length + 1) : null;
}

function describeCertificate(certificate: X509Certificate | null): Pick<SignatureCheck, 'signer' | 'organisation' | 'issuer' | 'serialNumber' | 'validFrom' | 'validTo'> {
  if (!certificate) return { signer: null, organisation: null, issuer: null, serialNumber: null, validFrom: null, validTo: null };
  return {
    signer: attribute('CN', certificate.subject),
    organisation: attribute('O', certificate.subject),
    issuer: attribute('CN', certificate.issuer) ?? certificate.issuer,
    serialNumber: certificate.serialNumber,
    validFrom: new Date(certificate.validFrom).toISOString(),
    validTo: new Date(certificate.validTo).toISOString(),
  };
}
