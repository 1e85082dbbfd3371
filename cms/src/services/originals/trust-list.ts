import { createHash, webcrypto } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

/**
 * The trust list: the root (or intermediate) certificates the agency trusts, one folder of PEM/DER files
 * (TRUST_LIST_DIR) — in Việt Nam the Vietnam National Root CA (NEAC, rootca.gov.vn) and the Government's
 * specialised CA (Ban Cơ yếu Chính phủ, ca.gov.vn). A certificate chain is trusted when it reaches one of them.
 * Framework-free: the PDF verifier and the edXML package verifier both use `loadTrustList` and
 * `TrustList.verifyCertificateChain`. The cryptography is pkijs's on WebCrypto (node:crypto); only the path search
 * (issuer name + signature) is ours.
 */

// pkijs finds WebCrypto through its engine; Node's is set once, explicitly, rather than relying on a global.
pkijs.setEngine('node-webcrypto', new pkijs.CryptoEngine({ name: 'node-webcrypto', crypto: webcrypto as unknown as pkijs.CryptoEngineParameters['crypto'] }));

export type Certificate = pkijs.Certificate;

export interface ChainResult {
  /** trusted: a path to a trust anchor, every certificate valid at `at`; expired: such a path, some certificate not
   * valid at `at`; untrusted: no path to a trust anchor; invalid: a certificate's signature does not verify. */
  status: 'trusted' | 'untrusted' | 'expired' | 'invalid';
  /** Leaf first; ends at the trust anchor when trusted. */
  path: Certificate[];
  /** What was found, in Vietnamese, for the details a person reads. */
  details: string[];
}

export interface TrustList {
  readonly anchors: readonly Certificate[];
  /** sha256 over the anchors' own fingerprints, sorted: the same certificates give the same value, whatever the file names. */
  readonly fingerprint: string;
  /** Files in the folder that hold no readable certificate (logged at start-up). */
  readonly problems: readonly string[];
  verifyCertificateChain(leaf: Certificate, intermediates: readonly Certificate[], at: Date): Promise<ChainResult>;
}

const CERT_EXTENSIONS = /\.(pem|crt|cer|der)$/i;
const MAX_PATH = 10;

/** Reads every certificate in `dir` (missing or empty folder: an empty list, which trusts nothing). */
export async function loadTrustList(dir: string): Promise<TrustList> {
  const anchors: Certificate[] = [];
  const problems: string[] = [];
  let names: string[] = [];
  try {
    names = (await readdir(dir)).filter((name) => CERT_EXTENSIONS.test(name)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') problems.push(`${dir}: ${(error as Error).message}`);
  }
  for (const name of names) {
    try {
      const found = parseCertificates(await readFile(join(dir, name)));
      if (found.length === 0) problems.push(`${name}: no certificate`);
      anchors.push(...found);
    } catch (error) {
      problems.push(`${name}: ${(error as Error).message}`);
    }
  }
  return trustListOf(anchors, problems);
}

/** A trust list of these certificates (tests, and a caller that has them in memory). */
export function trustListOf(anchors: readonly Certificate[], problems: readonly string[] = []): TrustList {
  const unique = new Map(anchors.map((cert) => [certificateFingerprint(cert), cert]));
  const fingerprint = `sha256:${createHash('sha256').update([...unique.keys()].sort().join('\n')).digest('hex')}`;
  const list = [...unique.values()];
  return {
    anchors: list,
    fingerprint,
    problems,
    verifyCertificateChain: (leaf, intermediates, at) => verifyChain(leaf, intermediates, list, at),
  };
}

/** The certificates in a PEM file (any number of CERTIFICATE blocks) or a DER file (one). */
export function parseCertificates(data: Uint8Array): Certificate[] {
  const text = Buffer.from(data).toString('latin1');
  if (text.includes('-----BEGIN CERTIFICATE-----')) {
    return [...text.matchAll(/-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]+)-----END CERTIFICATE-----/g)].map((m) =>
      parseCertificate(Buffer.from(m[1]!.replace(/\s+/g, ''), 'base64')),
    );
  }
  return [parseCertificate(data)];
}

export function parseCertificate(der: Uint8Array): Certificate {
  const asn1 = asn1js.fromBER(Uint8Array.from(der));
  if (asn1.offset === -1) throw new Error('not DER');
  return new pkijs.Certificate({ schema: asn1.result });
}

export function certificateFingerprint(cert: Certificate): string {
  return createHash('sha256').update(certificateDer(cert)).digest('hex');
}

export function certificateDer(cert: Certificate): Uint8Array {
  return new Uint8Array(cert.toSchema(true).toBER(false));
}

/** An attribute of a name (CN 2.5.4.3, O 2.5.4.10) as text, null when absent. */
export function nameAttribute(name: pkijs.RelativeDistinguishedNames, oid: string): string | null {
  const value = name.typesAndValues.find((entry) => entry.type === oid)?.value as { valueBlock?: { value?: unknown } } | undefined;
  const text = value?.valueBlock?.value;
  return typeof text === 'string' && text.trim() ? text.normalize('NFC').trim() : null;
}

export const OID = { commonName: '2.5.4.3', organisation: '2.5.4.10', basicConstraints: '2.5.29.19' } as const;

async function verifyChain(leaf: Certificate, intermediates: readonly Certificate[], anchors: readonly Certificate[], at: Date): Promise<ChainResult> {
  const anchorPrints = new Set(anchors.map(certificateFingerprint));
  const candidates = [...intermediates, ...anchors];
  const path: Certificate[] = [leaf];
  const details: string[] = [];
  let current = leaf;
  let trusted = anchorPrints.has(certificateFingerprint(leaf));
  while (!trusted && path.length < MAX_PATH) {
    const issuers = candidates.filter((candidate) => candidate.subject.isEqual(current.issuer) && isCa(candidate));
    let next: Certificate | undefined;
    for (const issuer of issuers) {
      if (await signedBy(current, issuer)) {
        next = issuer;
        break;
      }
    }
    if (!next) {
      if (issuers.length > 0) {
        details.push(`Chữ ký của cơ quan cấp trên chứng thư "${displayName(current)}" không đúng`);
        return { status: 'invalid', path, details };
      }
      break;
    }
    // A self-signed certificate that is not an anchor ends the search: nothing above it.
    if (certificateFingerprint(next) === certificateFingerprint(current)) break;
    path.push(next);
    current = next;
    trusted = anchorPrints.has(certificateFingerprint(next));
  }
  if (!trusted) {
    details.push(
      anchors.length === 0
        ? 'Danh sách chứng thư gốc tin cậy của cổng đang trống'
        : `Chuỗi chứng thư dừng ở "${displayName(current)}", không thuộc danh sách chứng thư gốc tin cậy`,
    );
    return { status: 'untrusted', path, details };
  }
  details.push(`Chuỗi chứng thư đến chứng thư gốc tin cậy "${displayName(path[path.length - 1]!)}"`);
  const outOfDate = path.find((cert) => cert.notBefore.value > at || cert.notAfter.value < at);
  if (outOfDate) {
    details.push(`Chứng thư "${displayName(outOfDate)}" không còn hiệu lực tại thời điểm ký (hiệu lực đến ${outOfDate.notAfter.value.toISOString()})`);
    return { status: 'expired', path, details };
  }
  details.push('Mọi chứng thư trong chuỗi còn hiệu lực tại thời điểm ký');
  return { status: 'trusted', path, details };
}

async function signedBy(cert: Certificate, issuer: Certificate): Promise<boolean> {
  try {
    return await cert.verify(issuer);
  } catch {
    return false;
  }
}

/** A certificate may issue others only when its basic constraints say it is a CA (X.509 v1 roots have none). */
function isCa(cert: Certificate): boolean {
  const extension = cert.extensions?.find((e) => e.extnID === OID.basicConstraints);
  if (!extension) return cert.version < 2;
  return Boolean((extension.parsedValue as pkijs.BasicConstraints | undefined)?.cA);
}

export function displayName(cert: Certificate): string {
  return nameAttribute(cert.subject, OID.commonName) ?? nameAttribute(cert.subject, OID.organisation) ?? 'không tên';
}
