import type { DocAttributes } from './doc-attributes.ts';
import { countBits } from './doc-set.ts';

/**
 * Facet counts and totals over a set of matching documents, without visiting most of them.
 *
 * Facets are disjunctive: the counts of a facet ignore that facet's own filter (and apply the others), so a
 * page filtered by one type still offers the other types with their counts. Documents are visited one by one
 * to count (tens of nanoseconds each), so when the matches are most of the archive ("văn bản" matches 99% of
 * it) the counts are taken as the archive's counts, kept until the next write, minus those of the few
 * documents that do not match.
 */
export type FacetName = 'kind' | 'type' | 'issuer' | 'year' | 'status';
export const FACET_NAMES: readonly FacetName[] = ['kind', 'type', 'issuer', 'year', 'status'];

export type Filters = Partial<Record<FacetName, number>>;

/** Count per value id (per year for `year`), for each facet. */
export type FacetCounts = Record<FacetName, Int32Array>;

const YEARS = 4096;

function emptyCounts(attributes: DocAttributes): FacetCounts {
  return {
    kind: new Int32Array(attributes.kinds.slugs.length),
    type: new Int32Array(attributes.types.slugs.length),
    issuer: new Int32Array(attributes.issuers.slugs.length),
    year: new Int32Array(YEARS),
    status: new Int32Array(attributes.statuses.slugs.length),
  };
}

/** Adds (sign 1) or subtracts (sign -1) the values of `facets` for every document of `bits`. */
function tally(bits: Uint32Array, attributes: DocAttributes, facets: readonly FacetName[], counts: FacetCounts, sign: number): void {
  for (const facet of facets) {
    const values = attributes[facet];
    const out = counts[facet];
    for (let w = 0; w < bits.length; w++) {
      let pending = bits[w]!;
      while (pending !== 0) {
        const low = pending & -pending;
        pending ^= low;
        out[values[(w << 5) | (31 - Math.clz32(low))]!]! += sign;
      }
    }
  }
}

/** `a AND b AND …` over bitmaps of `words` words. */
function and(words: number, sets: readonly Uint32Array[]): Uint32Array {
  const out = new Uint32Array(words);
  out.fill(0xffffffff);
  for (const set of sets) for (let w = 0; w < words; w++) out[w]! &= set[w] ?? 0;
  return out;
}

export function countFacets(matching: Uint32Array, attributes: DocAttributes, filters: Filters): { counts: FacetCounts; passing: Uint32Array; total: number } {
  const words = matching.length;
  const alive = attributes.aliveBits();
  const active = FACET_NAMES.filter((facet) => filters[facet] !== undefined);
  const filterBits = new Map(active.map((facet) => [facet, attributes.valueBits(facet, filters[facet]!)] as const));
  const scope = (except: FacetName | null) => active.filter((facet) => facet !== except).map((facet) => filterBits.get(facet)!);
  const scopeKey = (except: FacetName | null) => active.filter((facet) => facet !== except).map((facet) => `${facet}=${filters[facet]}`).join('&');

  const passing = and(words, [matching, alive, ...scope(null)]);
  const counts = emptyCounts(attributes);
  // Facets without a filter of their own are counted over the passing documents; each filtered facet over
  // the documents passing the other filters.
  const groups: Array<{ facets: FacetName[]; except: FacetName | null }> = [
    { facets: FACET_NAMES.filter((facet) => filters[facet] === undefined), except: null },
    ...active.map((facet) => ({ facets: [facet], except: facet })),
  ];
  for (const group of groups) {
    if (group.facets.length === 0) continue;
    const inScope = group.except === null ? and(words, [alive, ...scope(null)]) : and(words, [alive, ...scope(group.except)]);
    const base = group.except === null ? passing : and(words, [matching, inScope]);
    const key = `facets:${scopeKey(group.except)}:${group.facets.join(',')}`;
    const scopeSize = attributes.memo(`${key}:size`, () => countBits(inScope));
    if (countBits(base) * 2 > scopeSize) {
      const whole = attributes.memo(key, () => {
        const all = emptyCounts(attributes);
        tally(inScope, attributes, group.facets, all, 1);
        return all;
      });
      for (const facet of group.facets) counts[facet].set(whole[facet]);
      const missing = new Uint32Array(words);
      for (let w = 0; w < words; w++) missing[w] = inScope[w]! & ~base[w]!;
      tally(missing, attributes, group.facets, counts, -1);
    } else {
      tally(base, attributes, group.facets, counts, 1);
    }
  }
  return { counts, passing, total: countBits(passing) };
}
