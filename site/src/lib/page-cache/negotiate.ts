/**
 * Which stored variant answers a request, from its Accept-Encoding (RFC 9110 §12.5.3): brotli, then gzip, then
 * the identity bytes; a coding with `q=0` is refused, `*` stands for every coding not named. Only the three
 * codings the cache stores are considered, so the answer is always one it holds.
 */
export type Encoding = 'br' | 'gzip' | 'identity';

const cachedHeader = new Map<string, Encoding[]>();

/** The codings acceptable to the client, best first (identity last unless refused). Memoised: clients send few distinct headers. */
export function acceptableEncodings(header: string | undefined): Encoding[] {
  if (!header) return ['identity'];
  let hit = cachedHeader.get(header);
  if (hit) return hit;
  hit = parse(header);
  if (cachedHeader.size > 200) cachedHeader.clear();
  cachedHeader.set(header, hit);
  return hit;
}

function parse(header: string): Encoding[] {
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [rawName, ...params] = part.split(';');
    const name = rawName!.trim().toLowerCase();
    if (!name) continue;
    let weight = 1;
    for (const param of params) {
      const [key, value] = param.split('=');
      if (key?.trim().toLowerCase() === 'q') {
        const parsed = Number.parseFloat(value ?? '');
        weight = Number.isFinite(parsed) ? parsed : 0;
      }
    }
    q.set(name === 'x-gzip' ? 'gzip' : name, weight);
  }
  const star = q.get('*');
  const weightOf = (coding: Encoding) => q.get(coding) ?? (coding === 'identity' ? (star === 0 ? 0 : 0.001) : star ?? 0);
  return (['br', 'gzip', 'identity'] as const)
    .map((coding, order) => ({ coding, weight: weightOf(coding), order }))
    .filter((c) => c.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .map((c) => c.coding);
}

/** The best coding of `available` the client takes, or null when it refuses all of them (a 406 would be due; we send identity). */
export function chooseEncoding(header: string | undefined, available: { br: boolean; gzip: boolean }): Encoding | null {
  for (const coding of acceptableEncodings(header)) {
    if (coding === 'identity' || available[coding]) return coding;
  }
  return null;
}
