import { findTypeAbbreviation, foldDiacritics, toNfc } from '@cong/content';
import { findDocumentNumbers, keyOf } from '../text/document-numbers.ts';
import { isAccented, syllables, type SyllableKeys } from '../text/syllables.ts';

/**
 * The one reading of a search box, shared by every engine: which parts are document numbers, which are
 * quoted phrases, which syllables the citizen typed and whether they typed them with accents.
 */

export type QueryTerm = SyllableKeys & {
  /** Spelt with accents (the query has some): documents with exactly these accents rank first. */
  accented: boolean;
  /** Index of the quoted phrase the syllable belongs to (adjacency then required), else null. */
  phrase: number | null;
  /** Typed right after the previous term with only a space or "-" between: the pair scores as a phrase. */
  joined: boolean;
};

export type QueryNumber = {
  /** Canonical number key ("43/2011/ND-CP") or, when `prefix`, the start of keys ("43/2011/"). */
  key: string;
  /** A partial number ("43/2011", "15/CT"): matches every number that starts so. */
  prefix: boolean;
  /** As typed, for "did you mean" and display. */
  raw: string;
};

export type ParsedQuery = {
  terms: QueryTerm[];
  numbers: QueryNumber[];
};

/** Syllables considered; the rest of an over-long query is ignored (the schema already caps its length). */
export const MAX_QUERY_TERMS = 32;

type Span = { start: number; end: number };

const G = '[\\p{L}\\d]+';
const DASHED = `\\p{L}[\\p{L}\\d]*(?:\\s*[-‐-―−]\\s*${G})+`;
// "nd-cp 43/2011", "NĐ-CP số 43/2011": the symbol first, as people say it.
const SYMBOL_FIRST = new RegExp(`(?<![\\p{L}\\p{N}])(${DASHED})\\s+(?:số\\s+)?(\\d{1,5})\\s*\\/\\s*(\\d{4})(?![\\p{N}/])`, 'giu');
// "43/2011 nd-cp": sequence and year, then the symbol after a space.
const SYMBOL_AFTER_SPACE = new RegExp(`(?<![\\p{L}\\p{N}/])(\\d{1,5})\\s*\\/\\s*(\\d{4})\\s+(${DASHED})`, 'gu');
// "43/2011": a sequence and a year only.
const SEQUENCE_YEAR = /(?<![\p{L}\p{N}/])(\d{1,5})\s*\/\s*(\d{4})(?![\p{L}\p{N}/])/gu;
// "15/CT": a sequence and a type abbreviation only.
const SEQUENCE_TYPE = /(?<![\p{L}\p{N}/])(\d{1,5})\s*\/\s*(\p{L}+)(?![\p{L}\p{N}\-/])/gu;
const QUOTED = /["“”«»„]([^"“”«»„]*)["“”«»„]?/gu;

function overlaps(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((span) => start < span.end && end > span.start);
}

function findNumbers(text: string): { numbers: QueryNumber[]; spans: Span[] } {
  const numbers: QueryNumber[] = [];
  const spans: Span[] = [];
  const add = (key: string, prefix: boolean, start: number, end: number) => {
    if (overlaps(spans, start, end)) return;
    spans.push({ start, end });
    if (!numbers.some((n) => n.key === key)) numbers.push({ key, prefix, raw: text.slice(start, end) });
  };
  for (const mention of findDocumentNumbers(text)) add(mention.key, false, mention.start, mention.end);
  for (const m of text.matchAll(SYMBOL_FIRST)) {
    const key = keyOf(m[2] ?? '', m[3], m[1] ?? '');
    if (key !== null) add(key, false, m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(SYMBOL_AFTER_SPACE)) {
    const key = keyOf(m[1] ?? '', m[2], m[3] ?? '');
    if (key !== null) add(key, false, m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(SEQUENCE_YEAR)) {
    const sequence = Number(m[1]);
    if (sequence >= 1) add(`${sequence}/${m[2]}/`, true, m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(SEQUENCE_TYPE)) {
    const type = findTypeAbbreviation(m[2] ?? '');
    const sequence = Number(m[1]);
    if (type !== null && sequence >= 1) add(`${sequence}/${foldDiacritics(type.abbreviation).toUpperCase()}-`, true, m.index, m.index + m[0].length);
  }
  return { numbers, spans };
}

/**
 * Reads a (sanitised) query. Numbers are taken out first, in any of the forms citizens type them; "số"
 * right before a number is dropped ("số 15/CT-TTg"). Quoted parts become phrases; an unclosed quote runs to
 * the end. Everything else is syllables. Never throws: a query of punctuation only has no terms.
 */
export function parseQuery(input: string, options: { numbers?: boolean } = {}): ParsedQuery {
  const text = toNfc(input).replace(/Ð/g, 'Đ');
  // With `numbers: false` a number is read as its syllables: the fallback when no document has or cites it.
  const { numbers, spans } = options.numbers === false ? { numbers: [], spans: [] } : findNumbers(text);

  // Blank out the numbers (keeping offsets), and a "số" that introduces one.
  let rest = text;
  for (const span of spans) {
    const before = rest.slice(0, span.start);
    const so = /(?:^|\s)(số|so)\s*$/iu.exec(before);
    const from = so === null ? span.start : so.index + so[0].indexOf(so[1] ?? '');
    rest = `${rest.slice(0, from)}${'\u0000'.repeat(span.end - from)}${rest.slice(span.end)}`;
  }

  const terms: QueryTerm[] = [];
  const pushSegment = (segment: string, phrase: number | null) => {
    // A blanked number between two words breaks their adjacency, as a comma would.
    const parts = segment.split(/\u0000+/u);
    for (const part of parts) {
      syllables(part).forEach((syllable, index) => {
        if (terms.length >= MAX_QUERY_TERMS) return;
        terms.push({
          exact: syllable.exact,
          folded: syllable.folded,
          accented: isAccented(syllable),
          phrase,
          joined: index > 0 && syllable.joined,
        });
      });
    }
  };

  let phraseCount = 0;
  let last = 0;
  for (const m of rest.matchAll(QUOTED)) {
    pushSegment(rest.slice(last, m.index), null);
    const inner = m[1] ?? '';
    const before = terms.length;
    pushSegment(inner, phraseCount);
    // A quoted single syllable is no phrase.
    if (terms.length - before > 1) phraseCount++;
    else for (let i = before; i < terms.length; i++) terms[i] = { ...terms[i]!, phrase: null };
    last = m.index + m[0].length;
  }
  pushSegment(rest.slice(last), null);
  // People type either with a Vietnamese keyboard or without accents. In "Uỷ ban nhân dân" the "ban" is as
  // intended as "Uỷ": with any accent in the query, every syllable of letters is taken as spelt on purpose.
  if (terms.some((term) => term.accented)) {
    for (const term of terms) if (/\p{L}/u.test(term.exact)) term.accented = true;
  }
  return { terms, numbers };
}

/** The distinct folded syllables of a query, in order. */
export function distinctFolded(terms: readonly QueryTerm[]): string[] {
  return [...new Set(terms.map((term) => term.folded))];
}

/** Adjacent term pairs (indices into `terms`) that count as phrases; `required` when inside quotes. */
export function termPairs(terms: readonly QueryTerm[]): Array<{ left: number; right: number; required: boolean }> {
  const pairs: Array<{ left: number; right: number; required: boolean }> = [];
  for (let i = 1; i < terms.length; i++) {
    const term = terms[i]!;
    if (!term.joined) continue;
    const previous = terms[i - 1]!;
    pairs.push({ left: i - 1, right: i, required: term.phrase !== null && term.phrase === previous.phrase });
  }
  return pairs;
}
