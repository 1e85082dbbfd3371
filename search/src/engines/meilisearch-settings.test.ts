import { describe, expect, it } from 'vitest';
import { eachCase } from '@cong/content/testing';
import { MEILISEARCH_SETTINGS, settingsToApply } from './meilisearch-settings.ts';

// What a Meilisearch server returns for an index carrying our settings: attribute lists sorted, objects
// completed with the defaults of keys we do not set.
const asReturned = {
  ...MEILISEARCH_SETTINGS,
  filterableAttributes: [...MEILISEARCH_SETTINGS.filterableAttributes].sort(),
  sortableAttributes: [...MEILISEARCH_SETTINGS.sortableAttributes].sort(),
  typoTolerance: { ...MEILISEARCH_SETTINGS.typoTolerance, disableOnWords: [] },
  faceting: { ...MEILISEARCH_SETTINGS.faceting },
  pagination: { maxTotalHits: 1000 },
  stopWords: [],
  dictionary: [],
  displayedAttributes: ['*'],
};

describe('Meilisearch settings as data', () => {
  it('are idempotent: an index already configured needs nothing', () => {
    expect(settingsToApply(asReturned)).toEqual({});
  });

  it('send only what differs', () => {
    expect(settingsToApply({ ...asReturned, rankingRules: ['words', 'typo'] })).toEqual({ rankingRules: MEILISEARCH_SETTINGS.rankingRules });
    expect(Object.keys(settingsToApply({}))).toEqual(Object.keys(MEILISEARCH_SETTINGS));
    expect(settingsToApply({ ...asReturned, synonyms: { ...MEILISEARCH_SETTINGS.synonyms, extra: ['x'] } })).toHaveProperty('synonyms');
    expect(settingsToApply({ ...asReturned, typoTolerance: { ...asReturned.typoTolerance, disableOnNumbers: false } })).toHaveProperty('typoTolerance');
  });

  it('keep typos away from numbers and tone codes, and search numbers and titles before the text', () => {
    expect(MEILISEARCH_SETTINGS.typoTolerance.disableOnNumbers).toBe(true);
    expect(MEILISEARCH_SETTINGS.typoTolerance.disableOnAttributes).toEqual(expect.arrayContaining(['numberTokens', 'textToned']));
    const order = MEILISEARCH_SETTINGS.searchableAttributes;
    expect(order.indexOf('numberTokens')).toBeLessThan(order.indexOf('title'));
    expect(order.indexOf('title')).toBeLessThan(order.indexOf('text'));
    expect(MEILISEARCH_SETTINGS.distinctAttribute).toBe('doc');
  });

  it('can filter and facet on every attribute the engine filters or facets on', () => {
    expect(MEILISEARCH_SETTINGS.filterableAttributes).toEqual(
      expect.arrayContaining(['doc', 'kind', 'type', 'typeFacet', 'issuer', 'issuerFacet', 'year', 'status', 'numberKey', 'citedNumbers', 'articleOrd']),
    );
  });
});

describe('Meilisearch synonyms from the search rules', () => {
  const synonyms = MEILISEARCH_SETTINGS.synonyms;
  eachCase((word: string) => synonyms[word], [
    ['nd', ['nghi dinh']],
    ['qd', ['quyet dinh']],
    ['tt', ['thong tu']],
    ['ky', ['ki']],
    ['ki', ['ky']],
    ['kys', ['kis']],
    ['quyx', ['quix']],
    ['ubnd', ['uy ban nhan dan']],
  ], '%s → %j');

  it('leave words that are no variant alone', () => {
    expect(synonyms['tuy']).toBeUndefined();
    expect(synonyms['nghi dinh']).toBeUndefined();
  });
});
