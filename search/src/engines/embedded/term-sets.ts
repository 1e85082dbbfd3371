import type { Database, Statement } from 'better-sqlite3';
import { fromSorted, size, union, wordsFor, type DocSet } from './doc-set.ts';
import type { IndexedDocument } from './indexed-document.ts';

/**
 * Posting lists of the FTS5 index as document sets, with the frequent ones kept as bitmaps.
 *
 * FTS5 returns a term's documents at about 85 ns each: nothing for a rare term, 8 ms for a syllable in every
 * document of a 100,000-document archive. Frequent terms (a few hundred syllables and pairs such as "văn",
 * "van_ban") are therefore kept in memory as bitmaps (12.5 KB each at 100,000 documents), loaded when the
 * index opens from the list the last rebuild wrote, or on first use, and updated on every write. Rare terms
 * are read from FTS5 each time; that costs less than caching them.
 */
export const TERM_GROUPS = {
  /** Exact syllable anywhere. */
  any: '{head body}',
  /** Exact syllable in the title, number or type. */
  head: '{head}',
  /** Folded pair anywhere. */
  pairs: '{pairs_head pairs_body}',
  /** Folded pair in the head. */
  headPairs: '{pairs_head}',
} as const;
export type TermGroup = keyof typeof TERM_GROUPS;

type BitSet = Extract<DocSet, { kind: 'bits' }>;

const SMALL_CACHE_ENTRIES = 4096;

function containsTerm(group: TermGroup, term: string, doc: IndexedDocument): boolean {
  switch (group) {
    case 'any':
      return doc.head.has(term) || doc.body.has(term);
    case 'head':
      return doc.head.has(term);
    case 'pairs':
      return doc.headPairs.has(term) || doc.bodyPairs.has(term);
    case 'headPairs':
      return doc.headPairs.has(term);
  }
}

function cacheKey(group: TermGroup, term: string): string {
  return `${group}\u0000${term}`;
}

export class TermSets {
  private readonly cache = new Map<string, { group: TermGroup; term: string; set: BitSet }>();
  private readonly select: Statement<[string], number>;
  private readonly probe: Statement<[string, number], number>;
  private readonly universe: () => number;
  private readonly maxBytes: number;
  private bytes = 0;
  /** Results of rare terms, dropped on every write (they are cheap to read again). */
  private readonly small = new Map<string, DocSet>();

  /**
   * @param universe current size of docid space (sets are sized to it)
   * @param maxBytes memory allowed for cached bitmaps; beyond it the least recently used are dropped
   */
  constructor(db: Database, table: string, universe: () => number, maxBytes = 256 * 1024 * 1024) {
    this.universe = universe;
    this.maxBytes = maxBytes;
    this.select = db.prepare(`SELECT rowid FROM ${table} WHERE ${table} MATCH ?`).pluck() as Statement<[string], number>;
    this.probe = db.prepare(`SELECT rowid FROM ${table} WHERE ${table} MATCH ? LIMIT ?`).pluck() as Statement<[string, number], number>;
  }

  /** Below this many documents a term is read from FTS5 each time; above, it is kept as a bitmap. */
  hotThreshold(): number {
    return Math.max(512, Math.ceil(this.universe() / 32));
  }

  private match(group: TermGroup, terms: readonly string[]): string {
    // Terms are syllables or pairs of letters and digits (see text/syllables.ts): quoting cannot be escaped.
    return `${TERM_GROUPS[group]} : (${terms.map((term) => `"${term}"`).join(' OR ')})`;
  }

  get(group: TermGroup, term: string): DocSet {
    return this.union(group, [term]);
  }

  /**
   * Documents containing any of `terms` in `group`. Cached bitmaps are used for the frequent terms; the
   * others are read in one FTS5 query (`"a" OR "b" …`), first with a limit: a result reaching it means a
   * frequent term nobody marked yet, which is then loaded and kept.
   */
  union(group: TermGroup, terms: readonly string[]): DocSet {
    const parts: DocSet[] = [];
    const rest: string[] = [];
    for (const term of terms) {
      const cached = this.cache.get(cacheKey(group, term));
      if (cached === undefined) {
        rest.push(term);
        continue;
      }
      this.cache.delete(cacheKey(group, term));
      this.cache.set(cacheKey(group, term), cached);
      parts.push(cached.set);
    }
    if (rest.length > 0) {
      const smallKey = `${group}\u0000${rest.join(' ')}`;
      let small = this.small.get(smallKey);
      if (small === undefined) {
        const limit = this.hotThreshold();
        const ids = this.probe.all(this.match(group, rest), limit);
        if (ids.length >= limit) {
          for (const term of rest) parts.push(this.load(group, term));
        } else {
          small = fromSorted(Int32Array.from(ids), this.universe());
          if (this.small.size >= SMALL_CACHE_ENTRIES) this.small.delete(this.small.keys().next().value!);
          this.small.set(smallKey, small);
        }
      }
      if (small !== undefined) parts.push(small);
    }
    return union(parts, this.universe());
  }

  /** Reads a term's full posting list into a cached bitmap. */
  load(group: TermGroup, term: string): DocSet {
    const ids = this.select.all(this.match(group, [term]));
    const words = wordsFor(this.universe());
    const bits = new Uint32Array(words);
    for (const id of ids) if (id >>> 5 < words) bits[id >>> 5]! |= 1 << (id & 31);
    const set: BitSet = { kind: 'bits', bits, count: ids.length };
    this.cache.set(cacheKey(group, term), { group, term, set });
    this.bytes += bits.byteLength;
    for (const [oldest, entry] of this.cache) {
      if (this.bytes <= this.maxBytes) break;
      this.cache.delete(oldest);
      this.bytes -= entry.set.bits.byteLength;
    }
    return set;
  }

  /** Keeps cached bitmaps true after a write: `doc` is the document's new terms, null when it was removed. */
  update(docid: number, doc: IndexedDocument | null): void {
    this.small.clear();
    for (const entry of this.cache.values()) {
      const word = docid >>> 5;
      if (word >= entry.set.bits.length) {
        const grown = new Uint32Array(Math.max(wordsFor(this.universe()), word + 1));
        grown.set(entry.set.bits);
        this.bytes += grown.byteLength - entry.set.bits.byteLength;
        entry.set.bits = grown;
      }
      const mask = 1 << (docid & 31);
      const was = (entry.set.bits[word]! & mask) !== 0;
      const is = doc !== null && containsTerm(entry.group, entry.term, doc);
      if (is && !was) {
        entry.set.bits[word]! |= mask;
        entry.set.count++;
      } else if (!is && was) {
        entry.set.bits[word]! &= ~mask;
        entry.set.count--;
      }
    }
  }

  /** Takes a bitmap read from the database as the cached set of a term. */
  adopt(group: TermGroup, term: string, bits: Uint32Array, count: number): void {
    const key = cacheKey(group, term);
    const previous = this.cache.get(key);
    if (previous !== undefined) this.bytes -= previous.set.bits.byteLength;
    this.cache.set(key, { group, term, set: { kind: 'bits', bits, count } });
    this.bytes += bits.byteLength;
  }

  /** The cached bitmaps, for saving them with the index. */
  *entries(): IterableIterator<{ group: TermGroup; term: string; bits: Uint32Array; count: number }> {
    for (const entry of this.cache.values()) yield { group: entry.group, term: entry.term, bits: entry.set.bits, count: entry.set.count };
  }

  holds(group: TermGroup, term: string): boolean {
    return this.cache.has(cacheKey(group, term));
  }

  clear(): void {
    this.cache.clear();
    this.small.clear();
    this.bytes = 0;
  }

  get cachedTerms(): number {
    return this.cache.size;
  }

  get cachedBytes(): number {
    return this.bytes;
  }

  /** Size of a term's set without keeping it (for choosing among corrections). */
  count(group: TermGroup, term: string): number {
    return size(this.get(group, term));
  }
}
