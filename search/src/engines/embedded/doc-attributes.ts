import { VALIDITY_STATUSES } from '@cong/content';
import { SEARCH_KINDS } from '../../search-document.ts';
import { foldedWords } from '../../text/fold.ts';

/**
 * The filterable and facetable values of every document, in typed arrays indexed by docid. Facet counts need
 * them for every matching document (most of the archive for "văn bản"); read from memory that is a few
 * milliseconds for 100,000 documents, read row by row from SQLite it would be tens. About 12 bytes a document.
 */
export type AttributeRow = {
  docid: number;
  title: string;
  kind: string;
  date: string | null;
  year: number | null;
  type_slug: string | null;
  type_name: string | null;
  issuer_slug: string | null;
  issuer_name: string | null;
  status: string | null;
};

/** Slug ↔ small integer, with the display name; id 0 means "none". */
export class Dictionary {
  readonly slugs: string[] = [''];
  readonly names: string[] = [''];
  private readonly ids = new Map<string, number>();

  constructor(fixed: readonly string[] = []) {
    for (const slug of fixed) this.idOf(slug, slug);
  }

  idOf(slug: string | null, name: string | null): number {
    if (slug === null) return 0;
    let id = this.ids.get(slug);
    if (id === undefined) {
      id = this.slugs.length;
      this.ids.set(slug, id);
      this.slugs.push(slug);
      this.names.push(name ?? slug);
    } else if (name !== null) {
      this.names[id] = name;
    }
    return id;
  }

  /** The id of a known slug, -1 when unknown (a filter on it matches nothing). */
  find(slug: string): number {
    return this.ids.get(slug) ?? -1;
  }
}

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1900, 0, 1);

/** Days since 1900-01-01, plus one (0 = no date): recency as a small integer for ranking ties. */
export function dayNumber(date: string | null): number {
  if (date === null) return 0;
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(ms) ? 0 : Math.max(0, Math.floor((ms - EPOCH) / DAY_MS) + 1);
}

export class DocAttributes {
  readonly kinds = new Dictionary(SEARCH_KINDS);
  readonly types = new Dictionary();
  readonly issuers = new Dictionary();
  readonly statuses = new Dictionary(VALIDITY_STATUSES);
  alive = new Uint8Array(0);
  kind = new Uint8Array(0);
  type = new Uint16Array(0);
  issuer = new Uint16Array(0);
  status = new Uint8Array(0);
  year = new Uint16Array(0);
  day = new Int32Array(0);
  /** Folded title words per docid ("luat luu tru van ban dien tu"), for the title-exactness rule. */
  titles: string[] = [];
  /** Number of live documents. */
  count = 0;
  /** Bumped by every change, so derived bitmaps and counts know when they are stale. */
  version = 0;
  private derived = new Map<string, unknown>();
  private derivedVersion = -1;

  /**
   * A value computed from the attributes and kept until the next change (a filter's bitmap, facet counts of
   * the whole archive): computed once per write instead of once per search.
   */
  memo<T>(key: string, compute: () => T): T {
    if (this.derivedVersion !== this.version) {
      this.derived.clear();
      this.derivedVersion = this.version;
    }
    let value = this.derived.get(key) as T | undefined;
    if (value === undefined) {
      value = compute();
      this.derived.set(key, value);
    }
    return value;
  }

  /** Live documents as a bitmap. */
  aliveBits(): Uint32Array {
    return this.memo('alive', () => this.bitsWhere((d) => this.alive[d] === 1));
  }

  /** Live documents whose `facet` has value id `id` (a year for `year`), as a bitmap. */
  valueBits(facet: 'kind' | 'type' | 'issuer' | 'year' | 'status', id: number): Uint32Array {
    const values = this[facet];
    return this.memo(`${facet}=${id}`, () => this.bitsWhere((d) => this.alive[d] === 1 && values[d] === id));
  }

  private bitsWhere(test: (docid: number) => boolean): Uint32Array {
    const bits = new Uint32Array((this.universe + 31) >>> 5);
    for (let d = 0; d < this.universe; d++) if (test(d)) bits[d >>> 5]! |= 1 << (d & 31);
    return bits;
  }

  /** One more than the largest docid seen: the size of id sets. */
  get universe(): number {
    return this.alive.length;
  }

  private grow(docid: number): void {
    if (docid < this.alive.length) return;
    const size = Math.max(1024, docid + 1, this.alive.length * 2);
    const grown = <T extends Uint8Array | Uint16Array | Int32Array>(old: T, make: (n: number) => T): T => {
      const next = make(size);
      next.set(old);
      return next;
    };
    this.alive = grown(this.alive, (n) => new Uint8Array(n));
    this.kind = grown(this.kind, (n) => new Uint8Array(n));
    this.type = grown(this.type, (n) => new Uint16Array(n));
    this.issuer = grown(this.issuer, (n) => new Uint16Array(n));
    this.status = grown(this.status, (n) => new Uint8Array(n));
    this.year = grown(this.year, (n) => new Uint16Array(n));
    this.day = grown(this.day, (n) => new Int32Array(n));
  }

  set(row: AttributeRow): void {
    this.version++;
    this.grow(row.docid);
    const d = row.docid;
    if (this.alive[d] === 0) this.count++;
    this.alive[d] = 1;
    this.kind[d] = this.kinds.idOf(row.kind, row.kind);
    this.type[d] = this.types.idOf(row.type_slug, row.type_name);
    this.issuer[d] = this.issuers.idOf(row.issuer_slug, row.issuer_name);
    this.status[d] = this.statuses.idOf(row.status, row.status);
    this.year[d] = row.year ?? 0;
    this.day[d] = dayNumber(row.date);
    this.titles[d] = foldedWords(row.title);
  }

  delete(docid: number): void {
    this.version++;
    if (docid < this.alive.length && this.alive[docid] === 1) {
      this.alive[docid] = 0;
      this.count--;
    }
  }
}
