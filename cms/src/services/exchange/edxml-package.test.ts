import { beforeAll, describe, expect, it } from 'vitest';
import { edxmlPackage, signEdxml, signingIdentity, tamperEdxml, tinyPdf, type SigningIdentity } from '../../../../tests/support/edxml-packages.ts';
import { EDXML_MAX_ATTACHMENTS, EdxmlPackageError, readEdxmlPackage } from './edxml-package';
import { checkEdxmlSignatures } from './edxml-signature';
import { parseCertificate, type TrustList, trustListOf } from '../originals/trust-list';
import { issue, makeRootCa, type TestIdentity } from '../originals/testing/test-pki';

const bytes = (xml: string) => new TextEncoder().encode(xml);
const refusal = (input: Uint8Array, max?: number) => {
  try {
    readEdxmlPackage(input, max);
  } catch (error) {
    expect(error).toBeInstanceOf(EdxmlPackageError);
    return (error as Error).message;
  }
  throw new Error('the package was read');
};

describe('readEdxmlPackage', () => {
  it('reads the header and decodes the attachments', () => {
    const pdf = tinyPdf('ban-goc');
    const pkg = readEdxmlPackage(bytes(edxmlPackage({ toNames: ['Sở A', 'Sở B'], attachments: [{ name: 'ban-goc.pdf', contentType: 'application/pdf', bytes: pdf }] })));
    expect(pkg.header).toMatchObject({
      from: { id: '000.00.00.H99', name: 'Ủy ban nhân dân tỉnh Sông Hồng (dữ liệu thử)' },
      codeNumber: '15',
      codeNotation: 'CT-UBND',
      promulgationDate: '2026/11/20',
      typeName: 'Chỉ thị',
      signerName: 'Nguyễn Văn Thử',
      signerPosition: 'Chủ tịch',
      documentId: '000.00.00.H99,2026/11/20,15/CT-UBND',
    });
    expect(pkg.header.to.map((t) => t.name)).toEqual(['Sở A', 'Sở B']);
    expect(pkg.attachments).toHaveLength(1);
    expect(pkg.attachments[0]!.name).toBe('ban-goc.pdf');
    expect(Buffer.compare(pkg.attachments[0]!.bytes, Buffer.from(pdf))).toBe(0);
    expect(pkg.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads a package written without namespace prefixes', () => {
    const xml = edxmlPackage().replace(/<(\/?)edXML:/g, '<$1').replace(/xmlns:edXML="[^"]*"/, '');
    expect(xml).not.toContain('edXML:');
    expect(readEdxmlPackage(bytes(xml)).header.subject).toContain('chuyển đổi số');
  });

  it('a sender-given file name never chooses a folder', () => {
    const pkg = readEdxmlPackage(bytes(edxmlPackage({ attachments: [{ name: '../../etc/passwd.pdf', contentType: 'application/pdf', bytes: tinyPdf('x') }] })));
    expect(pkg.attachments[0]!.name).toBe('passwd.pdf');
  });

  const hostile: Array<[string, Uint8Array, RegExp, number?]> = [
    ['an external entity (XXE)', bytes(`<?xml version="1.0"?><!DOCTYPE edXML [<!ENTITY x SYSTEM "file:///etc/passwd">]><edXML>&x;</edXML>`), /DOCTYPE\/ENTITY: không được phép/],
    ['entity expansion (billion laughs)', bytes(`<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><edXML>&lol2;</edXML>`), /XXE/],
    ['a package over the size limit', bytes(edxmlPackage()), /vượt giới hạn 0 MB/, 100],
    ['an empty file', new Uint8Array(), /rỗng/],
    ['not UTF-8', new Uint8Array([0x3c, 0x65, 0xff, 0xfe, 0x3e]), /UTF-8/],
    ['malformed XML', bytes('<edXML><edXMLEnvelope></edXML>'), /không phải XML hợp lệ/],
    ['another XML document', bytes('<html><body/></html>'), /phần tử gốc không phải <edXML>/],
    ['no header', bytes(`<edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016"/>`), /MessageHeader/],
    ['an attachment that is not base64', bytes(edxmlPackage({ attachments: [{ name: 'a.pdf', contentType: 'application/pdf', base64: 'JVBER!!!*' }] })), /"a.pdf": nội dung không phải base64 hợp lệ/],
    ['an attachment with truncated base64', bytes(edxmlPackage({ attachments: [{ name: 'a.pdf', contentType: 'application/pdf', base64: 'JVBERi0xLjQ' }] })), /base64/],
    ['an empty attachment', bytes(edxmlPackage({ attachments: [{ name: 'a.pdf', contentType: 'application/pdf', base64: '' }] })), /không có nội dung/],
    [
      'too many attachments',
      bytes(edxmlPackage({ attachments: Array.from({ length: EDXML_MAX_ATTACHMENTS + 1 }, (_, i) => ({ name: `${i}.pdf`, contentType: 'application/pdf', bytes: tinyPdf(String(i)) })) })),
      /vượt giới hạn 50/,
    ],
  ];
  it.each(hostile)('refuses %s, with its reason', (_name, input, reason, max) => {
    expect(refusal(input, max)).toMatch(reason);
  });
});

describe('checkEdxmlSignatures (XML-DSig with xml-crypto)', () => {
  let identity: SigningIdentity;
  beforeAll(async () => {
    identity = await signingIdentity();
  }, 30_000);
  const check = (xml: string, trustList: TrustList | null = null) => {
    const pkg = readEdxmlPackage(bytes(xml));
    return checkEdxmlSignatures(pkg.xml, pkg.document, trustList);
  };
  /** A trust list holding these (self-signed) certificates as its anchors. */
  const trusting = (...pems: string[]) => trustListOf(pems.map((pem) => parseCertificate(new Uint8Array(Buffer.from(pem.replace(/-----[^-]+-----|\s/g, ''), 'base64')))));

  it('an unsigned package has no signatures', async () => {
    expect(await check(edxmlPackage())).toEqual([]);
  });

  it('a signer the trust list holds is valid; one it does not hold, untrusted', async () => {
    const signed = signEdxml(edxmlPackage(), identity);
    expect((await check(signed, trusting(identity.certificatePem)))[0]!.verdict).toBe('valid');
    const stranger = await signingIdentity('Người Lạ');
    expect((await check(signed, trusting(stranger.certificatePem)))[0]!.verdict).toBe('untrusted');
  });

  it('a signer under an intermediate CA: the CA certificates in KeyInfo complete the path to a trusted root, never become anchors', async () => {
    const root = await makeRootCa('Test Root CA (edXML)');
    const intermediate = await issue(root, { cn: 'Test Issuing CA (edXML)', ca: true });
    const leaf = await issue(intermediate, { cn: 'Trần Thị Ký', o: 'Sở Nội vụ (dữ liệu thử)' });
    const as = async (signer: TestIdentity, ...chain: TestIdentity[]): Promise<SigningIdentity> => {
      const pkcs8 = Buffer.from(await crypto.subtle.exportKey('pkcs8', signer.keys.privateKey)).toString('base64');
      return {
        privateKeyPem: `-----BEGIN PRIVATE KEY-----\n${pkcs8.replace(/(.{64})/g, '$1\n')}\n-----END PRIVATE KEY-----\n`,
        // A PEM bundle: xml-crypto writes one X509Certificate per certificate, in this order.
        certificatePem: [signer, ...chain].map((c) => c.pem).join('\n'),
      };
    };
    const withChain = signEdxml(edxmlPackage(), await as(leaf, intermediate));
    const [signature] = await check(withChain, trusting(root.pem));
    expect(signature).toMatchObject({ verdict: 'valid', signer: 'Trần Thị Ký', issuer: 'Test Issuing CA (edXML)' });
    // The order of KeyInfo's certificates is not the signer's to choose for us: the CA first, the signer still found.
    expect((await check(signEdxml(edxmlPackage(), { ...(await as(leaf, intermediate)), certificatePem: [intermediate.pem, leaf.pem].join('\n') }), trusting(root.pem)))[0]).toMatchObject({ verdict: 'valid', signer: 'Trần Thị Ký' });
    // Without the intermediate, the root alone cannot reach the signer; a self-made "root" in KeyInfo earns nothing.
    expect((await check(signEdxml(edxmlPackage(), await as(leaf)), trusting(root.pem)))[0]!.verdict).toBe('untrusted');
    expect((await check(withChain, trusting(identity.certificatePem)))[0]!.verdict).toBe('untrusted');
  });

  it('a signed package: intact, whole package covered, the signer named; with an empty trust list, untrusted', async () => {
    const [signature, ...more] = await check(signEdxml(edxmlPackage({ attachments: [{ name: 'a.pdf', contentType: 'application/pdf', bytes: tinyPdf('a') }] }), identity));
    expect(more).toEqual([]);
    expect(signature).toMatchObject({ verdict: 'untrusted', signer: 'Nguyễn Văn Thử', organisation: 'UBND tỉnh Sông Hồng (dữ liệu thử)', issuer: 'Nguyễn Văn Thử', coversWholeFile: true });
    expect(signature!.details[0]).toMatch(/Toàn vẹn/);
  });

  it('a package changed after signing is caught', async () => {
    const [signature] = await check(tamperEdxml(signEdxml(edxmlPackage(), identity)));
    expect(signature).toMatchObject({ verdict: 'modified-after-signing', coversWholeFile: false });
  });

  it('an attachment changed after signing is caught', async () => {
    const signed = signEdxml(edxmlPackage({ attachments: [{ name: 'a.pdf', contentType: 'application/pdf', bytes: tinyPdf('a') }] }), identity);
    const swapped = signed.replace(Buffer.from(tinyPdf('a')).toString('base64').slice(0, 20), Buffer.from(tinyPdf('b')).toString('base64').slice(0, 20));
    expect(swapped).not.toBe(signed);
    expect((await check(swapped))[0]!.verdict).toBe('modified-after-signing');
  });

  it('a certificate swapped for another key’s is caught (the signature value does not verify)', async () => {
    const other = await signingIdentity('Kẻ Giả Mạo');
    const signed = signEdxml(edxmlPackage(), identity);
    const pem = (p: string) => p.replace(/-----[^-]+-----|\s/g, '');
    const [signature] = await check(signed.replace(pem(identity.certificatePem), pem(other.certificatePem)));
    expect(signature).toMatchObject({ verdict: 'invalid', signer: 'Kẻ Giả Mạo' });
  });

  it('a signature without its certificate cannot be verified', async () => {
    const signed = signEdxml(edxmlPackage(), identity).replace(/<X509Data>.*<\/X509Data>/s, '');
    expect((await check(signed))[0]!.verdict).toBe('unverifiable');
  });
});
