import type { X509Certificate } from 'node:crypto';
import type { SignatureVerdict } from '@cong/content';
import { parseCertificate, type TrustList } from '../originals/trust-list';

/**
 * Whether an edXML package's signer certificate chains to a certificate authority the agency trusts: the same
 * trust list (TRUST_LIST_DIR) and the same chain check as the signed PDF originals (services/originals/trust-list.ts),
 * judged at `signedAt`. An empty list trusts nobody: a package signed with a certificate anyone can make must not
 * earn the mark. The CA certificates a sender puts beside the signer's in KeyInfo are candidates for the path, never
 * anchors: only the list decides; without them the list must hold the intermediate CAs too, as it does for PDFs
 * without embedded chains.
 */
export async function checkSignerTrust(
  certificate: X509Certificate,
  intermediates: readonly X509Certificate[],
  signedAt: Date,
  trustList: TrustList | null,
): Promise<{ verdict: SignatureVerdict; detail: string }> {
  if (!trustList || trustList.anchors.length === 0) {
    return { verdict: 'untrusted', detail: 'Danh sách chứng thư tin cậy trống (TRUST_LIST_DIR): không đối chiếu được chứng thư của người ký' };
  }
  const parsed = (c: X509Certificate) => parseCertificate(new Uint8Array(c.raw));
  const chain = await trustList.verifyCertificateChain(parsed(certificate), intermediates.map(parsed), signedAt);
  const verdict: SignatureVerdict = chain.status === 'trusted' ? 'valid' : chain.status === 'expired' ? 'certificate-expired' : chain.status === 'invalid' ? 'invalid' : 'untrusted';
  return { verdict, detail: chain.details.join('; ') };
}
