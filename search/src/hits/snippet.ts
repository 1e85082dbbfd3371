import { toNfc } from '@cong/content';
import type { QueryMatcher } from '../query/query-matcher.ts';
import { findDocumentNumbers } from '../text/document-numbers.ts';
import { syllables, type Syllable } from '../text/syllables.ts';

/**
 * Snippets as HTML that is safe to insert as is: every character of the document is escaped, and the only
 * markup is the `<mark>` this module adds. Texts come from PDFs and editors, so a "<script>" inside a
 * document is text like any other.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

export type MatchedText = {
  /** NFC text the offsets refer to. */
  text: string;
  syllables: Syllable[];
  /** Per syllable: it answers the query. */
  matched: boolean[];
  /** Distinct query terms found, pairs found as phrases, terms found with the exact accents, numbers found. */
  terms: number;
  pairs: number;
  exact: number;
  numbers: number;
};

/** Reads a text against a query: which syllables match, and how well the text answers the query as a whole. */
export function matchText(input: string, matcher: QueryMatcher): MatchedText {
  const text = toNfc(input);
  const list = syllables(text);
  const matched = new Array<boolean>(list.length).fill(false);
  const termAt = list.map((syllable) => matcher.termIndex(syllable));
  const seen = new Set<number>();
  const exactSeen = new Set<number>();
  list.forEach((syllable, i) => {
    const term = termAt[i]!;
    if (term < 0) return;
    seen.add(term);
    if (matcher.isExact(term, syllable)) exactSeen.add(term);
  });
  let pairs = 0;
  list.forEach((syllable, i) => {
    const term = termAt[i]!;
    if (term < 0) return;
    // When the citizen typed accents, other accents on the same letters are not the word asked for: for
    // "văn bản" the "vẫn" and "Ủy ban" nearby matched the folded form only, and "Chủ" is not "chữ". A text
    // written without accents ("van ban") still shows the match.
    matched[i] = !matcher.isLookAlike(term, syllable);
    const previous = i > 0 ? termAt[i - 1]! : -1;
    if (syllable.joined && previous >= 0 && matcher.isPair(previous, term)) pairs++;
  });
  let numbers = 0;
  if (matcher.hasNumbers) {
    for (const mention of findDocumentNumbers(text)) {
      if (!matcher.matchesNumber(mention.key)) continue;
      numbers++;
      list.forEach((syllable, i) => {
        if (syllable.start >= mention.start && syllable.end <= mention.end) matched[i] = true;
      });
    }
  }
  return { text, syllables: list, matched, terms: seen.size, pairs, exact: exactSeen.size, numbers };
}

export type SnippetOptions = {
  /** Syllables shown around the matches. */
  length?: number;
};

/**
 * The passage of `match.text` with the most matches, `length` syllables long, as HTML. Runs of adjacent
 * matched syllables share one `<mark>`, so a phrase reads "<mark>văn bản điện tử</mark>". "…" marks a cut.
 */
export function snippetHtml(match: MatchedText, options: SnippetOptions = {}): string {
  const { text, syllables: list, matched } = match;
  if (list.length === 0) return escapeHtml(text.replace(/\s+/g, ' ').trim());
  const length = Math.min(options.length ?? 32, list.length);

  // Window with the most matched syllables (first such window on ties), then shifted so that the first match
  // has a few syllables of context before it.
  let count = 0;
  for (let i = 0; i < length; i++) if (matched[i]) count++;
  let best = count;
  let bestStart = 0;
  for (let start = 1; start + length <= list.length; start++) {
    if (matched[start - 1]) count--;
    if (matched[start + length - 1]) count++;
    if (count > best) {
      best = count;
      bestStart = start;
    }
  }
  if (best > 0) {
    const firstMatch = matched.indexOf(true, bestStart);
    bestStart = Math.max(0, Math.min(firstMatch - 4, list.length - length));
  }
  const end = Math.min(list.length, bestStart + length);

  let html = bestStart > 0 ? '… ' : '';
  let cursor = bestStart === 0 ? 0 : list[bestStart]!.start;
  let open = false;
  for (let i = bestStart; i < end; i++) {
    const syllable = list[i]!;
    const gap = cursor === 0 && i === 0 ? text.slice(0, syllable.start).trimStart() : text.slice(cursor, syllable.start);
    if (open && !(matched[i] && syllable.joined)) {
      html += '</mark>';
      open = false;
    }
    html += escapeHtml(gap.replace(/\s+/g, ' '));
    if (matched[i] && !open) {
      html += '<mark>';
      open = true;
    }
    html += escapeHtml(text.slice(syllable.start, syllable.end));
    cursor = syllable.end;
  }
  if (open) html += '</mark>';
  if (end < list.length) html += ' …';
  else html += escapeHtml(text.slice(cursor).replace(/\s+/g, ' ').trimEnd());
  return html;
}
