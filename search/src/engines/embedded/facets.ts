import { VALIDITY_LABELS, type ValidityStatus } from '@cong/content';
import { SEARCH_KIND_LABELS, type SearchKind } from '../../search-document.ts';
import type { FacetValue, SearchFacets } from '../../search-query.ts';
import type { DocAttributes, Dictionary } from './doc-attributes.ts';
import type { FacetCounts } from './facet-counts.ts';

/** Facet values by count, then by name, as filter links are listed. Years newest first. */
function byCount(values: FacetValue[]): FacetValue[] {
  return values.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'vi'));
}

function fromDictionary(counts: Int32Array, dictionary: Dictionary, label: (slug: string, name: string) => string): FacetValue[] {
  const values: FacetValue[] = [];
  for (let id = 1; id < counts.length; id++) {
    const count = counts[id]!;
    if (count > 0) values.push({ slug: dictionary.slugs[id]!, name: label(dictionary.slugs[id]!, dictionary.names[id]!), count });
  }
  return byCount(values);
}

export function facetsFrom(counts: FacetCounts | null, attributes: DocAttributes): SearchFacets {
  if (counts === null) return { kind: [], type: [], issuer: [], year: [], status: [] };
  const years: FacetValue[] = [];
  counts.year.forEach((count, year) => {
    if (year > 0 && count > 0) years.push({ slug: String(year), name: String(year), count });
  });
  return {
    kind: fromDictionary(counts.kind, attributes.kinds, (slug) => SEARCH_KIND_LABELS[slug as SearchKind] ?? slug),
    type: fromDictionary(counts.type, attributes.types, (_slug, name) => name),
    issuer: fromDictionary(counts.issuer, attributes.issuers, (_slug, name) => name),
    year: years.sort((a, b) => Number(b.slug) - Number(a.slug)),
    status: fromDictionary(counts.status, attributes.statuses, (slug) => VALIDITY_LABELS[slug as ValidityStatus] ?? slug),
  };
}
