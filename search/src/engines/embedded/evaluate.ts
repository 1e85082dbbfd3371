import { termPairs, type ParsedQuery, type QueryNumber } from '../../query/parse-query.ts';
import { typeNameOfAbbreviation } from '../../query/type-abbreviations.ts';
import { foldedWords } from '../../text/fold.ts';
import { sameSpelling, spellingVariants } from '../../text/spelling-variants.ts';
import { pairKey } from '../../text/syllables.ts';
import type { DocAttributes } from './doc-attributes.ts';
import { countFacets, type FacetCounts, type Filters } from './facet-counts.ts';
import { EMPTY, intersect, readBits, size, union, wordsFor, type DocSet } from './doc-set.ts';
import type { TermSets } from './term-sets.ts';
import type { Vocabulary } from './vocabulary.ts';

/**
 * Query evaluation over document sets: the matching documents, their facet counts and the ranked window.
 *
 * Matching: every query syllable must occur (folded, so accents and tone placement never prevent a match;
 * "ki" and "ky" are one syllable (spelling-variants.ts); a type abbreviation such as "nd" also matches the
 * type's name, "Nghị định"; an unknown syllable of four letters or more is replaced by the indexed syllables
 * one typo away); quoted phrases must occur as adjacent pairs; a document number must be the document's own
 * number or one it cites. With `partial`, a document needs only some of the syllables (partial-match.ts), and
 * ranks first by the share of the query it has, rare syllables weighing more (rule 0 below): every document
 * with all of them comes before any with fewer.
 *
 * Ranking is a sort on buckets, most important first, in the manner of Meilisearch's ranking rules:
 *  0. (partial only) every syllable of the query, then the share of its syllables and pairs it has, rarer ones
 *     weighing more (inverse document frequency);
 *  1. its own number is the number asked for;
 *  2. how many of the accented syllables it contains with exactly those accents ("đường" before "dương");
 *  3. the whole query is in the title (all syllables, and all query pairs as phrases);
 *  4. the title is the query, or starts with it ("Luật Công khai thông tin hành chính" is that law, not the
 *     laws amending it), punctuation aside;
 *  5. the query starts with the document's type ("Luật Lưu trữ…" asks for the law, not its decree);
 *  6. how many query pairs are phrases in the title, number or type;
 *  7. how many query pairs it contains as phrases anywhere (proximity);
 *  8. how many query syllables are in the title, number or type;
 *  9. it cites the number asked for;
 * 10. newer first.
 */

export type { FacetCounts, Filters } from './facet-counts.ts';

export type Evaluation = {
  /** Docids of the first `limit` results, best first. */
  ranked: number[];
  total: number;
  facets: FacetCounts | null;
  /** Folded syllables replaced by typo corrections: query syllable → indexed syllables used. */
  corrections: Map<string, string[]>;
  /** Folded syllables found nowhere, not even through a correction. */
  unknown: string[];
  /** Numbers asked for that no document has or cites (the caller then searches them as text). */
  numbersFound: boolean;
  /** With `partial`: the folded query syllables the first hit has (for the "did you mean" of a partial answer). */
  bestMatched: Set<string>;
};

export type EvaluateOptions = {
  /** Documents with only some of the syllables match too, ranked after those with all of them. */
  partial?: boolean;
};

export type EvaluationContext = {
  sets: TermSets;
  vocabulary: Vocabulary;
  attributes: DocAttributes;
  numberSets: (numbers: readonly QueryNumber[]) => { own: DocSet; cited: DocSet };
};

/** Every live document: what an empty query browses. */
function allLive(attributes: DocAttributes): DocSet {
  return { kind: 'bits', bits: attributes.aliveBits(), count: attributes.count };
}

function intersectAll(sets: DocSet[]): DocSet {
  if (sets.length === 0) return EMPTY;
  const sorted = [...sets].sort((a, b) => size(a) - size(b));
  let result = sorted[0]!;
  for (let i = 1; i < sorted.length && size(result) > 0; i++) result = intersect(result, sorted[i]!);
  return result;
}

/** Bit planes of a per-document count: up to 63, enough for MAX_QUERY_TERMS sets. */
const PLANES = 6;

/** Sets `planes` to the bit-sliced count, per document of word `w` within `mask`, of the sets containing it. */
function addPlanes(sets: readonly Uint32Array[], w: number, mask: number, planes: Int32Array): void {
  planes.fill(0);
  for (let i = 0; i < sets.length; i++) {
    let carry = sets[i]![w]! & mask;
    for (let p = 0; p < PLANES && carry !== 0; p++) {
      const next = planes[p]! & carry;
      planes[p] = planes[p]! ^ carry;
      carry = next;
    }
  }
}

/** One document's count from bit planes, capped at 15 (a ranking bucket has 4 bits). */
function readPlanes(planes: Int32Array, bit: number): number {
  let value = 0;
  for (let p = 0; p < PLANES; p++) value |= ((planes[p]! >>> bit) & 1) << p;
  return value > 15 ? 15 : value;
}

/** Share of the query a partial match has, out of 4095 (4095 only with every syllable): 12 bits of rule 0. */
const PARTIAL_SCALE = 4094;

export function evaluate(ctx: EvaluationContext, parsed: ParsedQuery, filters: Filters, limit: number, options: EvaluateOptions = {}): Evaluation {
  const partial = options.partial === true;
  const { sets, vocabulary, attributes } = ctx;
  const universe = Math.max(attributes.universe, 1);
  const corrections = new Map<string, string[]>();
  const unknown: string[] = [];

  // Distinct syllables; the exact form that counts is the first accented spelling typed.
  const distinct = new Map<string, { exact: string | null }>();
  for (const term of parsed.terms) {
    const seen = distinct.get(term.folded);
    if (seen === undefined) distinct.set(term.folded, { exact: term.accented ? term.exact : null });
    else if (seen.exact === null && term.accented) seen.exact = term.exact;
  }

  const knownSpellings = (folded: string): string[] => spellingVariants(folded).filter((variant) => vocabulary.has(variant));
  const alternativesOf = (folded: string): string[] => corrections.get(folded) ?? knownSpellings(folded);
  const exactsOf = (folded: string): string[] => alternativesOf(folded).flatMap((alt) => [...vocabulary.exactsOf(alt)]);
  // "nd" as "Nghị định": documents with every adjacent pair of the type's name.
  const typePhrase = (name: readonly string[], group: 'pairs' | 'headPairs'): DocSet =>
    intersectAll(name.slice(1).map((word, i) => sets.get(group, pairKey(name[i]!, word))));

  const termSets: DocSet[] = [];
  const termFolded: string[] = [];
  /** Per term of `termSets`: its documents with the accents typed, null when typed without (rule 0). */
  const termExact: Array<DocSet | null> = [];
  const exactSets: DocSet[] = [];
  const headSets: Array<() => DocSet> = [];
  for (const [folded, { exact }] of distinct) {
    const typeName = typeNameOfAbbreviation(folded);
    const byType = typeName === null ? EMPTY : typePhrase(typeName, 'pairs');
    if (knownSpellings(folded).length === 0 && size(byType) === 0) {
      const candidates = vocabulary.typoCandidates(folded);
      if (candidates.length === 0) {
        unknown.push(folded);
        continue;
      }
      corrections.set(folded, candidates);
    }
    const exacts = exactsOf(folded);
    termSets.push(typeName === null ? sets.union('any', exacts) : union([sets.union('any', exacts), byType], universe));
    termFolded.push(folded);
    let exactSet: DocSet | null = null;
    if (exact !== null && !corrections.has(folded) && typeName === null) {
      const same = exacts.filter((candidate) => sameSpelling(candidate, exact));
      exactSet = same.length === 0 ? EMPTY : sets.union('any', same);
      exactSets.push(exactSet);
    }
    termExact.push(exactSet);
    headSets.push(typeName === null ? () => sets.union('head', exacts) : () => union([sets.union('head', exacts), typePhrase(typeName, 'headPairs')], universe));
  }

  const pairSets: DocSet[] = [];
  const headPairSets: Array<() => DocSet> = [];
  const requiredPairs: DocSet[] = [];
  const seenPairs = new Set<string>();
  for (const pair of termPairs(parsed.terms)) {
    const left = alternativesOf(parsed.terms[pair.left]!.folded);
    const right = alternativesOf(parsed.terms[pair.right]!.folded);
    if (left.length === 0 || right.length === 0) continue;
    const keys = left.flatMap((l) => right.map((r) => pairKey(l, r)));
    const id = `${keys.join(' ')}${pair.required ? '!' : ''}`;
    if (seenPairs.has(id)) continue;
    seenPairs.add(id);
    const set = sets.union('pairs', keys);
    if (pair.required) requiredPairs.push(set);
    pairSets.push(set);
    headPairSets.push(() => sets.union('headPairs', keys));
  }

  let own: DocSet = EMPTY;
  let cited: DocSet = EMPTY;
  let numbersFound = true;
  let matching: DocSet;
  if (partial) {
    // Numbers and quoted phrases never widen (partial-match.ts): any one known syllable is enough.
    matching = termSets.length > 0 ? union(termSets, universe) : EMPTY;
  } else if (unknown.length > 0) {
    matching = EMPTY;
  } else {
    const required = [...termSets, ...requiredPairs];
    if (parsed.numbers.length > 0) {
      ({ own, cited } = ctx.numberSets(parsed.numbers));
      const byNumber = union([own, cited], universe);
      numbersFound = size(byNumber) > 0;
      required.push(byNumber);
    }
    matching = required.length > 0 ? intersectAll(required) : allLive(attributes);
  }

  const ranked = size(matching) === 0 ? { ids: [], total: 0, facets: null, bestMatched: new Set<string>() } : rank(matching);
  return { ranked: ranked.ids, total: ranked.total, facets: ranked.facets, corrections, unknown, numbersFound, bestMatched: ranked.bestMatched };

  function rank(matchingSet: DocSet): { ids: number[]; total: number; facets: FacetCounts; bestMatched: Set<string> } {
    const words = wordsFor(universe);
    // Every set the ranking asks about becomes a bitmap of the same size.
    const bitsOf = (set: DocSet) => readBits(set, universe);
    const matchingBits = bitsOf(matchingSet);

    // 1. Facets, total, and the documents passing the filters.
    const { counts, passing, total } = countFacets(matchingBits, attributes, filters);

    // 2. Candidates. Ranking is lexicographic, so when enough documents share the best values of the leading
    //    rules, nothing outside them can reach the page: only they are scored. For "văn bản" that is the few
    //    thousand with the phrase in the title, not the whole archive.
    const hasNumbers = parsed.numbers.length > 0;
    const ownBits = hasNumbers ? bitsOf(own) : new Uint32Array(words);
    const citedBits = hasNumbers ? bitsOf(cited) : new Uint32Array(words);
    const exactBits = exactSets.map(bitsOf);
    const headBits = headSets.map((make) => bitsOf(make()));
    const pairBits = pairSets.map(bitsOf);
    const headPairBits = headPairSets.map((make) => bitsOf(make()));
    const termCount = headBits.length;
    const all = (sets: readonly Uint32Array[], w: number) => {
      let word = -1;
      for (let i = 0; i < sets.length; i++) word &= sets[i]![w]!;
      return word;
    };
    const titleWord = (w: number) => (termCount === 0 ? 0 : all(headBits, w) & all(headPairBits, w));
    const levels: Array<(w: number) => number> = [
      (w) => ownBits[w]! | (all(exactBits, w) & titleWord(w)),
      (w) => ownBits[w]! | all(exactBits, w),
    ];
    let candidates = passing;
    // A partial match can lack the accented syllables the leading levels ask for and still rank above a
    // document that has them (rule 0): every passing document is scored.
    for (const level of partial ? [] : levels) {
      const narrowed = new Uint32Array(words);
      let count = 0;
      for (let w = 0; w < words; w++) {
        const word = passing[w]! & level(w);
        narrowed[w] = word;
        if (word !== 0) count += popcount(word);
      }
      if (count >= limit) {
        candidates = narrowed;
        break;
      }
    }

    // Rules 4 and 5 compare the query with titles and types (a typo correction makes the title comparison moot).
    const typed = parsed.terms.map((term) => term.folded).join(' ');
    const queryWords = parsed.terms.length >= 2 && corrections.size === 0 ? typed : null;
    // "qd …" asks for a Quyết định as "quyết định …" does.
    const typeMatch = parsed.terms.length >= 2 ? typeAtStart(attributes, parsed.terms.map((term) => typeNameOfAbbreviation(term.folded)?.join(' ') ?? term.folded).join(' ')) : -1;
    const { titles, type: typeOf } = attributes;

    // 3. Scores of the candidates. Per 32-document word each count (exact accents, syllables in the title,
    //    pairs) is added up bit-sliced: six bit planes hold the count of every document of the word at once,
    //    read back per document without branches. Testing one bit per set per document instead costs about
    //    100 ns a document in branch mispredictions.
    const { day } = attributes;
    const heap = new TopK(limit);
    // Rule 0: what a partial match has of the query — its syllables, and its pairs as phrases (a document with
    // "mức hỗ trợ chi phí số hóa" in a row answers that query better than one with the words scattered). Rarer
    // ones weigh more, as inverse document frequency (one in every document still counts); a syllable typed with
    // accents counts a quarter when the document has it only with other accents ("báo" for "bão").
    const documents = Math.max(attributes.count, 1);
    const idf = (set: DocSet) => Math.log((documents + 1) / Math.max(size(set), 1)) + 0.1;
    const termBits = partial ? termSets.map(bitsOf) : [];
    const termExactBits = partial ? termExact.map((set) => (set === null ? null : bitsOf(set))) : [];
    const weights = partial ? termSets.map(idf) : [];
    const pairWeights = partial ? pairSets.map((set) => idf(set) / 2) : [];
    const weightTotal = [...weights, ...pairWeights].reduce((sum, weight) => sum + weight, 0);
    const exactPlanes = new Int32Array(PLANES);
    const headPlanes = new Int32Array(PLANES);
    const pairPlanes = new Int32Array(PLANES);
    const headPairPlanes = new Int32Array(PLANES);
    for (let w = 0; w < words; w++) {
      const m = candidates[w]!;
      if (m === 0) continue;
      addPlanes(exactBits, w, m, exactPlanes);
      addPlanes(headBits, w, m, headPlanes);
      addPlanes(pairBits, w, m, pairPlanes);
      addPlanes(headPairBits, w, m, headPairPlanes);
      const titlePhraseWord = titleWord(w);
      const ownWord = ownBits[w]!;
      const citedWord = citedBits[w]!;
      let pending = m;
      while (pending !== 0) {
        const low = pending & -pending;
        pending ^= low;
        const bit = 31 - Math.clz32(low);
        const d = (w << 5) | bit;
        const titlePhrase = (titlePhraseWord >>> bit) & 1;
        const inHead = readPlanes(headPlanes, bit);
        let titleExact = 0;
        if (queryWords !== null && inHead === termCount) {
          const title = titles[d] ?? '';
          titleExact = title === queryWords ? 2 : title.startsWith(`${queryWords} `) ? 1 : 0;
        }
        let buckets = ((ownWord >>> bit) & 1) * 16 + readPlanes(exactPlanes, bit);
        buckets = buckets * 2 + titlePhrase;
        buckets = buckets * 4 + titleExact;
        buckets = buckets * 2 + (typeOf[d] === typeMatch ? 1 : 0);
        buckets = buckets * 16 + readPlanes(headPairPlanes, bit);
        buckets = buckets * 16 + readPlanes(pairPlanes, bit);
        buckets = buckets * 16 + inHead;
        buckets = buckets * 2 + ((citedWord >>> bit) & 1);
        if (partial) {
          let has = 0;
          let count = 0;
          for (let i = 0; i < termBits.length; i++) {
            if (((termBits[i]![w]! >>> bit) & 1) === 0) continue;
            const exactBitsOfTerm = termExactBits[i];
            has += exactBitsOfTerm == null || ((exactBitsOfTerm[w]! >>> bit) & 1) === 1 ? weights[i]! : weights[i]! / 4;
            count++;
          }
          for (let i = 0; i < pairBits.length; i++) if (((pairBits[i]![w]! >>> bit) & 1) === 1) has += pairWeights[i]!;
          buckets += (count === termBits.length ? PARTIAL_SCALE + 1 : Math.floor((PARTIAL_SCALE * has) / weightTotal)) * 4194304;
        }
        heap.offer(buckets * 131072 + Math.min(day[d]!, 131071), d);
      }
    }
    const ids = heap.sorted();
    const bestMatched = new Set<string>();
    const best = ids[0];
    if (partial && best !== undefined) termBits.forEach((bits, i) => ((bits[best >>> 5]! >>> (best & 31)) & 1) === 1 && bestMatched.add(termFolded[i]!));
    return { ids, total, facets: counts, bestMatched };
  }
}

/** The document type whose name the query starts with ("luat luu tru …" → Luật), -1 when none. */
function typeAtStart(attributes: DocAttributes, queryWords: string): number {
  let best = -1;
  let bestLength = 0;
  attributes.types.names.forEach((name, id) => {
    if (id === 0) return;
    const words = foldedWords(name);
    if (words.length > bestLength && (queryWords === words || queryWords.startsWith(`${words} `))) {
      best = id;
      bestLength = words.length;
    }
  });
  return best;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}


/** The best `limit` (score, docid) pairs seen, in a bounded min-heap; on equal scores the lower docid wins. */
class TopK {
  private readonly score: Float64Array;
  private readonly id: Int32Array;
  private size = 0;

  constructor(limit: number) {
    this.score = new Float64Array(limit);
    this.id = new Int32Array(limit);
  }

  private worse(i: number, j: number): boolean {
    return this.score[i]! < this.score[j]! || (this.score[i] === this.score[j] && this.id[i]! > this.id[j]!);
  }

  private swap(i: number, j: number): void {
    const s = this.score[i]!;
    this.score[i] = this.score[j]!;
    this.score[j] = s;
    const d = this.id[i]!;
    this.id[i] = this.id[j]!;
    this.id[j] = d;
  }

  offer(score: number, id: number): void {
    const limit = this.score.length;
    if (this.size < limit) {
      this.score[this.size] = score;
      this.id[this.size] = id;
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.worse(i, parent)) break;
        this.swap(i, parent);
        i = parent;
      }
      return;
    }
    if (!(score > this.score[0]! || (score === this.score[0] && id < this.id[0]!))) return;
    this.score[0] = score;
    this.id[0] = id;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let smallest = i;
      if (l < this.size && this.worse(l, smallest)) smallest = l;
      if (r < this.size && this.worse(r, smallest)) smallest = r;
      if (smallest === i) return;
      this.swap(i, smallest);
      i = smallest;
    }
  }

  /** Ids best first. */
  sorted(): number[] {
    const order = Array.from({ length: this.size }, (_, i) => i);
    order.sort((a, b) => this.score[b]! - this.score[a]! || this.id[a]! - this.id[b]!);
    return order.map((i) => this.id[i]!);
  }
}
