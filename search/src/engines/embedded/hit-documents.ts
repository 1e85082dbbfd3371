import { prepareSections, type PreparedSection } from '../../hits/best-section.ts';
import { sectionsOf, type DocRow } from './slot-store.ts';

/** What a page of hits needs of one document: its row without the stored JSON, and its articles folded. */
export type HitDocument = { row: Omit<DocRow, 'sections' | 'cited'>; sections: PreparedSection[] };

/**
 * The documents last shown as hits, kept by docid up to a budget of characters (least recently used dropped
 * first). Reading a hit's row, parsing its articles and folding them cost most of a search — three quarters on the
 * demo archive — and the same documents answer many queries, so a first query for new words mostly finds its
 * documents here. The engine drops a document whenever it takes in a change to it, and everything on a slot flip,
 * inside the same snapshot the search reads, so an entry is never older than the index it answers from.
 */
export class HitDocuments {
  private readonly entries = new Map<number, { doc: HitDocument; size: number }>();
  private size = 0;
  private readonly maxChars: number;

  /** @param maxChars characters of article text kept (each about 2 bytes, folded copy included in the count) */
  constructor(maxChars: number) {
    this.maxChars = maxChars;
  }

  get(docid: number, read: (docid: number) => DocRow | undefined): HitDocument | undefined {
    const cached = this.entries.get(docid);
    if (cached !== undefined) {
      this.entries.delete(docid);
      this.entries.set(docid, cached);
      return cached.doc;
    }
    const stored = read(docid);
    if (stored === undefined) return undefined;
    const { sections: json, cited: _cited, ...row } = stored;
    const doc = { row, sections: prepareSections(sectionsOf({ sections: json })) };
    // Text, its folded copy and the title's: about three times the stored JSON.
    const size = json.length * 3;
    if (size > this.maxChars) return doc;
    this.entries.set(docid, { doc, size });
    this.size += size;
    for (const [oldest, entry] of this.entries) {
      if (this.size <= this.maxChars) break;
      this.entries.delete(oldest);
      this.size -= entry.size;
    }
    return doc;
  }

  forget(docid: number): void {
    const entry = this.entries.get(docid);
    if (entry === undefined) return;
    this.entries.delete(docid);
    this.size -= entry.size;
  }

  clear(): void {
    this.entries.clear();
    this.size = 0;
  }
}
