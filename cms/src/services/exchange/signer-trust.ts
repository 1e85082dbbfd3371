import type { X509Certificate } from 'node:crypto';
import type { SignatureVerdict } from '@cong/content';

/**
 * THE SEAM where the trust list plugs in. An edXML package's XML signature is checked for integrity here
 * (edxml-signature.ts); whether its signer's certificate chains to a certificate authority the agency trusts (the
 * national root CA, its subordinate CAs, revocation) is the trust list's question, answered by
 * `cms/src/services/originals/trust-list.ts` once it is merged. Until then every signer is reported "untrusted"
 * with the reason, never "valid": a package signed with a certificate anyone can make must not earn the mark.
 *
 * To plug the trust list in, replace this function's body with a call to it (one verdict and its Vietnamese
 * finding per signer certificate; `signedAt` is the time to judge the certificate's validity at).
 */
export async function checkSignerTrust(certificate: X509Certificate, signedAt: Date): Promise<{ verdict: SignatureVerdict; detail: string }> {
  void certificate;
  void signedAt;
  return { verdict: 'untrusted', detail: 'Chưa đối chiếu chứng thư người ký với danh sách chứng thư tin cậy (chưa cấu hình danh sách tin cậy)' };
}
