import { describe, expect, it } from 'vitest';
import { detailParams, incomingParams, listParams, resolveParams } from './cms-queries.ts';
import { toQueryString } from './strapi-query.ts';

describe('toQueryString', () => {
  it('writes Strapi’s bracket syntax with encoded values, in insertion order', () => {
    expect(
      toQueryString({
        filters: { numberKey: { $in: ['43/2011/ND-CP', '8/2026/QD-UBND'] } },
        populate: { relations: true },
        skipped: undefined,
        pagination: { page: 1 },
      }),
    ).toBe(
      'filters[numberKey][$in][0]=43%2F2011%2FND-CP&filters[numberKey][$in][1]=8%2F2026%2FQD-UBND&populate[relations]=true&pagination[page]=1',
    );
  });
});

describe('Strapi queries', () => {
  it('filters the list by taxonomy slugs, year range and status, sorted with a tie-breaker', () => {
    const qs = toQueryString(
      listParams({ type: 'quyet-dinh', issuer: 'ubnd-tinh', field: 'dat-dai', year: 2025, status: 'expired', sort: 'number', page: 2, pageSize: 20 }),
    );
    expect(qs).toContain('filters[documentType][slug][$eq]=quyet-dinh');
    expect(qs).toContain('filters[issuingBody][slug][$eq]=ubnd-tinh');
    expect(qs).toContain('filters[fields][slug][$eq]=dat-dai');
    expect(qs).toContain('filters[issuedDate][$gte]=2025-01-01&filters[issuedDate][$lte]=2025-12-31');
    expect(qs).toContain('filters[validityStatus][$eq]=expired');
    expect(qs).toContain('sort[0]=numberKey%3Aasc&sort[1]=id%3Aasc');
    expect(qs).toContain('pagination[page]=2&pagination[pageSize]=20');
    expect(qs).not.toContain('body');
  });

  it('populates relations and attachments only on the detail query', () => {
    const qs = toQueryString(detailParams('43-2011-nd-cp'));
    expect(qs).toContain('filters[slug][$eq]=43-2011-nd-cp');
    expect(qs).toContain('populate[relations]=true');
    expect(qs).toContain('populate[attachments][fields][0]=name');
  });

  it('finds incoming relations through the component field', () => {
    expect(toQueryString(incomingParams('43/2011/ND-CP'))).toContain('filters[relations][targetNumberKey][$eq]=43%2F2011%2FND-CP');
  });

  it('resolves outgoing targets in one request whatever their order', () => {
    expect(toQueryString(resolveParams(['b', 'a']))).toBe(toQueryString(resolveParams(['a', 'b'])));
  });
});
