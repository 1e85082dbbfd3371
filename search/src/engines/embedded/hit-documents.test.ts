import { describe, expect, it } from 'vitest';
import { HitDocuments } from './hit-documents.ts';
import type { DocRow } from './slot-store.ts';

function row(docid: number, text: string): DocRow {
  return {
    docid, id: `page:p-${docid}`, kind: 'page', slug: `p-${docid}`, url: `/p-${docid}`, title: `Trang ${docid}`, number: null, number_key: null,
    date: null, year: null, type_slug: null, type_name: null, issuer_slug: null, issuer_name: null, status: null, cited: '[]',
    sections: JSON.stringify([[null, null, '', text]]),
  };
}

describe('documents kept for pages of hits', () => {
  it('reads a document once, folds its articles, and reads it again after forget()', () => {
    const reads: number[] = [];
    const read = (docid: number) => (reads.push(docid), row(docid, `Văn bản ${reads.length}`));
    const kept = new HitDocuments(10_000);
    expect(kept.get(1, read)?.sections[0]).toMatchObject({ text: 'Văn bản 1', foldedText: 'van ban 1' });
    expect(kept.get(1, read)?.sections[0]?.text).toBe('Văn bản 1');
    kept.forget(1);
    expect(kept.get(1, read)?.sections[0]?.text).toBe('Văn bản 2');
    expect(reads).toEqual([1, 1]);
    expect(kept.get(1, read)?.row).not.toHaveProperty('sections');
  });

  it('drops the least recently used beyond its budget, and keeps nothing for a document gone', () => {
    const reads: number[] = [];
    const read = (docid: number) => (docid === 9 ? undefined : (reads.push(docid), row(docid, 'x'.repeat(100))));
    const kept = new HitDocuments(1100); // three documents of 100 characters (counted with their JSON and folded copies)
    for (const docid of [1, 2, 3]) kept.get(docid, read);
    kept.get(1, read); // 1 is now the most recent
    kept.get(4, read); // drops 2
    kept.get(1, read);
    kept.get(2, read);
    expect(reads).toEqual([1, 2, 3, 4, 2]);
    expect(kept.get(9, read)).toBeUndefined();
  });
});
