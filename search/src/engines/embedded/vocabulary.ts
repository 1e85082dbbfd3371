import { editDistance, typoTolerant, withinOneEdit } from '../../text/edit-distance.ts';

/**
 * The syllables the index contains, by folded key: "duong" → đường, dương, đương… A folded query syllable
 * matches all of them; an accented one prefers its own. Vietnamese has a few thousand syllables, so the
 * whole vocabulary fits in memory and typo candidates can be found by scanning it.
 */
export class Vocabulary {
  private readonly byFolded = new Map<string, string[]>();
  private alphabetic: string[] | null = null;

  add(exact: string, folded: string): boolean {
    const list = this.byFolded.get(folded);
    if (list === undefined) {
      this.byFolded.set(folded, [exact]);
      this.alphabetic = null;
      return true;
    }
    if (list.includes(exact)) return false;
    list.push(exact);
    return true;
  }

  /** Exact syllables that fold to `folded` (empty when none). */
  exactsOf(folded: string): readonly string[] {
    return this.byFolded.get(folded) ?? [];
  }

  has(folded: string): boolean {
    return this.byFolded.has(folded);
  }

  private letters(): string[] {
    this.alphabetic ??= [...this.byFolded.keys()].filter((folded) => typoTolerant(folded) || /^[a-z]{2,}$/.test(folded));
    return this.alphabetic;
  }

  /** Folded syllables one typo away from an unknown `folded` one; none for short syllables and numbers. */
  typoCandidates(folded: string): string[] {
    if (!typoTolerant(folded)) return [];
    return this.letters().filter((candidate) => withinOneEdit(folded, candidate));
  }

  /** Folded syllables at most `max` edits away, nearest first (for "did you mean"). */
  suggestions(folded: string, max: number): Array<{ folded: string; distance: number }> {
    if (!/^[a-z]{3,}$/.test(folded)) return [];
    const out: Array<{ folded: string; distance: number }> = [];
    for (const candidate of this.letters()) {
      if (Math.abs(candidate.length - folded.length) > max) continue;
      const distance = editDistance(folded, candidate, max);
      if (distance <= max && distance > 0) out.push({ folded: candidate, distance });
    }
    return out.sort((a, b) => a.distance - b.distance);
  }
}
