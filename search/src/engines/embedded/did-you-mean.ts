import type { ParsedQuery, QueryTerm } from '../../query/parse-query.ts';
import { foldedKey } from '@cong/content';
import type { Evaluation } from './evaluate.ts';
import type { TermSets } from './term-sets.ts';
import type { Vocabulary } from './vocabulary.ts';

export type SuggestionContext = {
  vocabulary: Vocabulary;
  sets: TermSets;
  /** Number of results of a corrected query. */
  evaluate: (parsed: ParsedQuery) => number;
};

/** Candidates compared by document frequency; the nearest come first, so a handful is enough. */
const MAX_CANDIDATES = 12;

function documentFrequency(ctx: SuggestionContext, folded: string): { df: number; display: string } {
  let best = { df: -1, display: folded };
  for (const exact of ctx.vocabulary.exactsOf(folded)) {
    const df = ctx.sets.count('any', exact);
    if (df > best.df) best = { df, display: exact };
  }
  return best;
}

function choose(ctx: SuggestionContext, candidates: Array<{ folded: string; distance: number }>): { folded: string; display: string } | null {
  let best: { folded: string; display: string; distance: number; df: number } | null = null;
  for (const candidate of candidates.slice(0, MAX_CANDIDATES)) {
    const { df, display } = documentFrequency(ctx, candidate.folded);
    if (df <= 0) continue;
    if (best === null || candidate.distance < best.distance || (candidate.distance === best.distance && df > best.df)) {
      best = { folded: candidate.folded, display, distance: candidate.distance, df };
    }
  }
  return best;
}

/**
 * "Có phải bạn muốn tìm …": the query with misspelt syllables replaced by the most frequent indexed syllable
 * nearest to them (two edits at most), offered when the query found nothing, or found its results only
 * through a typo correction. The suggestion keeps the citizen's choice of writing with or without accents,
 * and is offered only if it finds something.
 */
export function suggestCorrection(parsed: ParsedQuery, evaluation: Evaluation, ctx: SuggestionContext): string | undefined {
  const replacements = new Map<string, { folded: string; display: string }>();
  for (const [folded, candidates] of evaluation.corrections) {
    const chosen = choose(ctx, candidates.map((candidate) => ({ folded: candidate, distance: 1 })));
    if (chosen !== null) replacements.set(folded, chosen);
  }
  if (evaluation.total === 0) {
    for (const folded of evaluation.unknown) {
      const chosen = choose(ctx, ctx.vocabulary.suggestions(folded, 2));
      if (chosen !== null) replacements.set(folded, chosen);
    }
  }
  if (replacements.size === 0) return undefined;

  const terms: QueryTerm[] = parsed.terms.map((term) => {
    const replacement = replacements.get(term.folded);
    if (replacement === undefined) return term;
    const shown = term.accented ? replacement.display : replacement.folded;
    return { ...term, exact: shown, folded: foldedKey(shown), accented: term.accented };
  });
  const corrected: ParsedQuery = { terms, numbers: parsed.numbers };
  if (evaluation.total === 0 && ctx.evaluate(corrected) === 0) return undefined;
  return [...parsed.numbers.map((number) => number.raw), ...terms.map((term) => term.exact)].join(' ');
}
