import { expect, it } from 'vitest';

/**
 * Test support shared by every package's unit tests (`@cong/content/testing`), kept out of the main entry so no
 * bundle carries it. A pure rule's test is mostly a table of "this input gives that output"; this writes the `it`
 * for each row once instead of every test file spelling out the same `it.each(…)((input, expected) => …)`.
 */

/**
 * One test per row: `rule(input)` deep-equals `expected` (for strings, numbers, booleans and null that is the same
 * check as `toBe`). The rows are typed by the rule, so a row the rule cannot take fails the typecheck. `name` is
 * vitest's printf-style title over the row, `%s → %s` unless given.
 */
export function eachCase<Input, Output>(rule: (input: Input) => Output, cases: ReadonlyArray<readonly [NoInfer<Input>, NoInfer<Output>]>, name = '%s → %s'): void {
  it.each(cases as Array<[Input, Output]>)(name, (input, expected) => {
    expect(rule(input)).toEqual(expected);
  });
}
