import type { Settings } from 'meilisearch';
import { typeAbbreviationExpansions } from '../query/type-abbreviations.ts';
import { spellingVariantPairs } from '../text/spelling-variants.ts';

/**
 * Synonyms from the search package's own rules, so both engines read the same query alike: "nd" also finds
 * "nghi dinh" (one way: "nghị định" must not find every "NĐ-CP" number), "ky" and "ki" find each other, folded
 * and tone-coded.
 */
export function vietnameseSynonyms(): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {
    ubnd: ['uy ban nhan dan'],
    'uy ban nhan dan': ['ubnd'],
    hdnd: ['hoi dong nhan dan'],
    'hoi dong nhan dan': ['hdnd'],
  };
  for (const [abbreviation, name] of typeAbbreviationExpansions()) synonyms[abbreviation] = [name.join(' ')];
  for (const [i, y] of spellingVariantPairs()) {
    synonyms[i] = [y];
    synonyms[y] = [i];
  }
  return synonyms;
}

/**
 * The Meilisearch index settings, as data: applied at start-up by `applySettings()` only when they differ
 * from the server's (so a restart does not re-index). The reasoning, from research on charabia (Meilisearch's
 * tokeniser): charabia folds every Vietnamese diacritic and "đ", so the engine's own fields do the rest —
 * per-article records (no attribute reaches Meilisearch's 65,535-position limit), a tone-coded copy of the
 * text to rank exact accents first, and number keys as filterable strings.
 */
export const MEILISEARCH_SETTINGS = {
  // Order matters for the "attribute" rule: number and titles before the article text.
  searchableAttributes: ['numberTokens', 'title', 'titleFolded', 'articleTitle', 'articleTitleFolded', 'text', 'textFolded', 'titleToned', 'articleTitleToned', 'textToned'],
  filterableAttributes: ['doc', 'kind', 'type', 'typeFacet', 'issuer', 'issuerFacet', 'year', 'status', 'numberKey', 'citedNumbers', 'articleOrd', 'dateTs'],
  sortableAttributes: ['dateTs', 'year'],
  // One hit per document: its best article.
  distinctAttribute: 'doc',
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'exactness', 'dateTs:desc'],
  typoTolerance: {
    enabled: true,
    // Folded Vietnamese syllables are short: one typo from four letters ("dinh" ← "dinhh"), as the embedded engine.
    minWordSizeForTypos: { oneTypo: 4, twoTypos: 9 },
    // "43" must never find "48"; a number or a tone code with a typo is another number or another word.
    disableOnNumbers: true,
    disableOnAttributes: ['numberTokens', 'titleToned', 'articleTitleToned', 'textToned'],
  },
  /*
   * Old and new tone placement, NFC and NFD need no synonyms: the engine normalises queries and documents
   * (searchKey) before they reach Meilisearch, and charabia folds the marks anyway; tone codes put the tone
   * last, so "hoà" and "hòa" code alike. What remains: the abbreviations citizens type for issuing bodies and
   * document types, and the i/y spellings of one syllable. Meilisearch lower-cases and folds synonyms itself;
   * they are written folded anyway (and the tone-coded ones must stay as they are).
   */
  synonyms: vietnameseSynonyms(),
  faceting: { maxValuesPerFacet: 300, sortFacetValuesBy: { '*': 'count' } },
  // As MAX_RESULT_WINDOW: paging stops at 1,000 results.
  pagination: { maxTotalHits: 1000 },
  proximityPrecision: 'byWord',
  localizedAttributes: [{ attributePatterns: ['*'], locales: ['vie'] }],
} as const satisfies Settings;

export type MeilisearchSettings = typeof MEILISEARCH_SETTINGS;

const UNORDERED = new Set(['filterableAttributes', 'sortableAttributes']);
// Objects the server fills with defaults for keys we do not set: compared on our keys only.
const PARTIAL = new Set(['typoTolerance', 'minWordSizeForTypos', 'faceting', 'sortFacetValuesBy', 'pagination']);

function same(key: string, current: unknown, desired: unknown): boolean {
  if (Array.isArray(desired)) {
    if (!Array.isArray(current)) return false;
    const a = UNORDERED.has(key) ? [...current].map(String).sort() : current;
    const b = UNORDERED.has(key) ? [...desired].map(String).sort() : desired;
    return JSON.stringify(a) === JSON.stringify(b);
  }
  if (desired !== null && typeof desired === 'object') {
    if (current === null || typeof current !== 'object') return false;
    const c = current as Record<string, unknown>;
    const d = desired as Record<string, unknown>;
    const keys = PARTIAL.has(key) ? Object.keys(d) : [...new Set([...Object.keys(c), ...Object.keys(d)])];
    return keys.every((k) => same(k, c[k], d[k]));
  }
  return current === desired;
}

/**
 * The settings that must be sent: those whose current value differs from ours (filterable and sortable
 * attributes compared as sets, as the server returns them sorted; objects the server completes with
 * defaults compared on our keys). Empty when the index is up to date, so start-up sends nothing.
 */
export function settingsToApply(current: Settings, desired: Settings = MEILISEARCH_SETTINGS): Settings {
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(desired)) {
    if (!same(key, (current as Record<string, unknown>)[key], value)) changes[key] = value;
  }
  return changes as Settings;
}
