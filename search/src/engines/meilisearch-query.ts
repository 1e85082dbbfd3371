import { VALIDITY_LABELS, type ValidityStatus } from '@cong/content';
import type { ParsedQuery, QueryNumber } from '../query/parse-query.ts';
import { SEARCH_KIND_LABELS, type SearchKind } from '../search-document.ts';
import type { FacetValue, SearchFacets, SearchQuery } from '../search-query.ts';
import { toneCodeSyllable } from '../text/tone-code.ts';
import { FACET_SEPARATOR } from './meilisearch-documents.ts';

/**
 * The pure half of the Meilisearch adapter: filters, query strings, facets and the merging of result lists,
 * from the same parsed query the embedded engine uses.
 */

export type FacetName = 'kind' | 'type' | 'issuer' | 'year' | 'status';

/** Attribute filtered on, and attribute faceted on (type and issuer facets carry their display name). */
export const FACET_ATTRIBUTES: Record<FacetName, { filter: string; facet: string }> = {
  kind: { filter: 'kind', facet: 'kind' },
  type: { filter: 'type', facet: 'typeFacet' },
  issuer: { filter: 'issuer', facet: 'issuerFacet' },
  year: { filter: 'year', facet: 'year' },
  status: { filter: 'status', facet: 'status' },
};

/** A string literal in Meilisearch's filter syntax. */
export function filterString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The query's filters as clauses to AND, leaving out `except` (for that facet's disjunctive counts). */
export function buildFilters(query: Pick<SearchQuery, FacetName>, except?: FacetName): string[] {
  const clauses: string[] = [];
  for (const name of ['kind', 'type', 'issuer', 'year', 'status'] as const) {
    const value = query[name];
    if (value === undefined || name === except) continue;
    clauses.push(name === 'year' ? `year = ${Number(value)}` : `${FACET_ATTRIBUTES[name].filter} = ${filterString(String(value))}`);
  }
  return clauses;
}

function keys(numbers: readonly QueryNumber[]): string {
  return `[${numbers.map((number) => filterString(number.key)).join(', ')}]`;
}

/** Documents whose own number, or a number they cite, was asked for (full numbers only). */
export function numberFilter(numbers: readonly QueryNumber[]): string | null {
  const full = numbers.filter((number) => !number.prefix);
  return full.length === 0 ? null : `(numberKey IN ${keys(full)} OR citedNumbers IN ${keys(full)})`;
}

/** Documents whose own number was asked for: they come first. */
export function ownNumberFilter(numbers: readonly QueryNumber[]): string | null {
  const full = numbers.filter((number) => !number.prefix);
  return full.length === 0 ? null : `numberKey IN ${keys(full)}`;
}

/**
 * The `q` sent to Meilisearch. `folded`: ASCII syllables (what charabia would make of them anyway);
 * `toned`: the tone codes of the exact syllables, searched on the `…Toned` fields to find the documents
 * with exactly the accents typed. Quoted phrases stay quoted (Meilisearch phrase search); partial numbers
 * ("43/2011") are searched as their words.
 */
export function queryText(parsed: ParsedQuery, mode: 'folded' | 'toned'): string {
  const word = (term: ParsedQuery['terms'][number]) => (mode === 'folded' ? term.folded : toneCodeSyllable(term.exact));
  const parts: string[] = [];
  let phrase: string[] = [];
  let phraseId: number | null = null;
  const closePhrase = () => {
    if (phrase.length > 0) parts.push(`"${phrase.join(' ')}"`);
    phrase = [];
    phraseId = null;
  };
  for (const term of parsed.terms) {
    if (term.phrase !== null) {
      if (phraseId !== term.phrase) closePhrase();
      phraseId = term.phrase;
      phrase.push(word(term));
    } else {
      closePhrase();
      parts.push(word(term));
    }
  }
  closePhrase();
  for (const number of parsed.numbers) if (number.prefix) parts.push(number.key.replace(/[^A-Za-z0-9]+/g, ' ').trim().toLowerCase());
  return parts.join(' ');
}

/** Hits of several result lists, best list first, each document once: the window [offset, offset + size). */
export function mergeHits<T extends { doc: string }>(lists: ReadonlyArray<readonly T[]>, offset: number, size: number): T[] {
  const seen = new Set<string>();
  const merged: T[] = [];
  for (const list of lists) {
    for (const hit of list) {
      if (seen.has(hit.doc)) continue;
      seen.add(hit.doc);
      merged.push(hit);
    }
  }
  return merged.slice(offset, offset + size);
}

function values(distribution: Record<string, number> | undefined, label: (value: string) => { slug: string; name: string }): FacetValue[] {
  return Object.entries(distribution ?? {})
    .filter(([, count]) => count > 0)
    .map(([value, count]) => ({ ...label(value), count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'vi'));
}

function split(value: string): { slug: string; name: string } {
  const at = value.indexOf(FACET_SEPARATOR);
  return at < 0 ? { slug: value, name: value } : { slug: value.slice(0, at), name: value.slice(at + 1) };
}

/** Facets from Meilisearch's `facetDistribution`, in the shape and order the embedded engine gives them. */
export function facetsFromDistribution(distribution: Record<string, Record<string, number>> | undefined): SearchFacets {
  return {
    kind: values(distribution?.kind, (slug) => ({ slug, name: SEARCH_KIND_LABELS[slug as SearchKind] ?? slug })),
    type: values(distribution?.typeFacet, split),
    issuer: values(distribution?.issuerFacet, split),
    year: values(distribution?.year, (slug) => ({ slug, name: slug })).sort((a, b) => Number(b.slug) - Number(a.slug)),
    status: values(distribution?.status, (slug) => ({ slug, name: VALIDITY_LABELS[slug as ValidityStatus] ?? slug })),
  };
}
