import { DEMO_TODAY, demoRecords } from '@cong/content/demo';
import { describe, expect, it } from 'vitest';
import { SEARCH_KINDS, SearchDocumentSchema } from '../search-document.ts';
import { toLegalDocuments } from '../testing/fixture-corpus.ts';
import { portalItems } from '../testing/portal-corpus.ts';
import { isSearchableType, searchIdOf, searchMappers, toSearchDocument, type SearchableType } from './index.ts';

const examples: Array<{ type: SearchableType; item: Record<string, unknown> }> = [
  { type: 'legal-document', item: toLegalDocuments(demoRecords, DEMO_TODAY)[0]! },
  ...portalItems(),
];

describe('the mapper registry', () => {
  it('has an example of every content type it maps, and every kind has a content type', () => {
    expect(new Set(examples.map((example) => example.type))).toEqual(new Set(Object.keys(searchMappers)));
    expect(new Set(Object.values(searchMappers).map((definition) => definition.kind))).toEqual(new Set(SEARCH_KINDS));
  });

  it.each(examples.map((example) => [example.type, example] as const))('%s: maps to a valid record whose id the CMS can name from the id fields alone', (type, { item }) => {
    const doc = toSearchDocument(type, item);
    expect(SearchDocumentSchema.parse(doc)).toEqual(doc);
    expect(doc.kind).toBe(searchMappers[type].kind);
    expect(doc.id).toBe(`${doc.kind}:${doc.slug}`);
    const idFields = Object.fromEntries(searchMappers[type].idFields.map((field) => [field, item[field]]));
    expect(searchIdOf(type, idFields)).toBe(doc.id);
  });

  it('validates the CMS shape before mapping, with the reason', () => {
    expect(isSearchableType('article')).toBe(true);
    expect(isSearchableType('news')).toBe(false);
    const article = examples.find((example) => example.type === 'article')!.item;
    expect(() => toSearchDocument('article', { ...article, title: 42 })).toThrow(/title/);
    expect(() => toSearchDocument('article', { ...article, section: 'tin-vat' })).toThrow(/section/);
  });

  it('never maps a question the agency has not published, and never carries the asker', () => {
    const question = examples.find((example) => example.type === 'question')!.item;
    expect(() => toSearchDocument('question', { ...question, showPublicly: false })).toThrow(/công khai/);
    expect(() => toSearchDocument('question', { ...question, answerStatus: 'in-progress' })).toThrow(/công khai/);
    const doc = toSearchDocument('question', { ...question, name: 'Nguyễn Văn Riêng', email: 'rieng@example.com', phone: '0912345678' });
    expect(JSON.stringify(doc)).not.toMatch(/Riêng|rieng@|0912345678/);
  });

  it('names nothing without its id fields (a draft never given a slug was never indexed)', () => {
    expect(searchIdOf('legal-document', { slug: null })).toBeNull();
    expect(searchIdOf('question', { code: '' })).toBeNull();
    expect(searchIdOf('agency-profile', {})).toBe('page:gioi-thieu');
  });
});
