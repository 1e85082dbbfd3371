import { describe, expect, it } from 'vitest';
import { parseQuery } from '../query/parse-query.ts';
import { FACET_SEPARATOR } from './meilisearch-documents.ts';
import { buildFilters, facetsFromDistribution, filterString, mergeHits, numberFilter, ownNumberFilter, queryText } from './meilisearch-query.ts';

describe('Meilisearch filters', () => {
  it('quotes and escapes values', () => {
    expect(filterString('chi-thi')).toBe('"chi-thi"');
    expect(filterString('a"b\\c')).toBe('"a\\"b\\\\c"');
  });

  it('builds one clause per filter, leaving out the facet being counted', () => {
    const query = { kind: 'legal-document' as const, type: 'chi-thi', issuer: 'ubnd" OR kind = "page', year: 2012, status: 'in-force' as const };
    expect(buildFilters(query)).toEqual(['kind = "legal-document"', 'type = "chi-thi"', 'issuer = "ubnd\\" OR kind = \\"page"', 'year = 2012', 'status = "in-force"']);
    expect(buildFilters(query, 'type')).not.toContain('type = "chi-thi"');
    expect(buildFilters({ kind: undefined, type: undefined })).toEqual([]);
  });

  it('matches numbers by key, own or cited; partial numbers are left to the text', () => {
    const parsed = parseQuery('43/2011/nd-cp 15/CT');
    expect(numberFilter(parsed.numbers)).toBe('(numberKey IN ["43/2011/ND-CP"] OR citedNumbers IN ["43/2011/ND-CP"])');
    expect(ownNumberFilter(parsed.numbers)).toBe('numberKey IN ["43/2011/ND-CP"]');
    expect(numberFilter(parseQuery('43/2011').numbers)).toBeNull();
  });
});

describe('queryText', () => {
  it('sends folded syllables, quoted phrases and partial numbers as words', () => {
    expect(queryText(parseQuery('Uỷ ban "văn bản điện tử" 43/2011'), 'folded')).toBe('uy ban "van ban dien tu" 43 2011');
  });

  it('sends tone codes to find exact accents', () => {
    expect(queryText(parseQuery('đường hoà'), 'toned')).toBe('dduwowngf hoaf');
  });
});

describe('merging result lists', () => {
  it('keeps the first occurrence of each document and pages through the merged list', () => {
    const own = [{ doc: 'a' }];
    const exact = [{ doc: 'b' }, { doc: 'a' }];
    const main = [{ doc: 'c' }, { doc: 'b' }, { doc: 'd' }];
    expect(mergeHits([own, exact, main], 0, 10).map((h) => h.doc)).toEqual(['a', 'b', 'c', 'd']);
    expect(mergeHits([own, exact, main], 2, 1).map((h) => h.doc)).toEqual(['c']);
  });
});

describe('facetsFromDistribution', () => {
  it('turns distributions into named, counted values', () => {
    const facets = facetsFromDistribution({
      kind: { 'legal-document': 3 },
      typeFacet: { [`chi-thi${FACET_SEPARATOR}Chỉ thị`]: 2, [`luat${FACET_SEPARATOR}Luật`]: 1 },
      year: { '2012': 1, '2026': 2 },
      status: { 'in-force': 3 },
    });
    expect(facets.kind).toEqual([{ slug: 'legal-document', name: 'Văn bản', count: 3 }]);
    expect(facets.type).toEqual([
      { slug: 'chi-thi', name: 'Chỉ thị', count: 2 },
      { slug: 'luat', name: 'Luật', count: 1 },
    ]);
    expect(facets.year.map((v) => v.slug)).toEqual(['2026', '2012']);
    expect(facets.status).toEqual([{ slug: 'in-force', name: 'Còn hiệu lực', count: 3 }]);
    expect(facets.issuer).toEqual([]);
  });
});
