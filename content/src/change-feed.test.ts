import { describe, expect, it } from 'vitest';
import { cursorIsAhead } from './change-feed.ts';

describe.each<[string | null, string | null, boolean]>([
  ['boot1-5', 'boot1-4', true],
  ['boot1-5', 'boot1-5', false],
  ['boot1-4', 'boot1-5', false],
  // A restarted CMS: the site has not read this boot's feed yet.
  ['boot2-1', 'boot1-9', true],
  ['boot1-1', null, true],
  // No cursor, or not one the CMS writes: nothing to catch up with.
  [null, 'boot1-1', false],
  ['garbage', 'boot1-1', false],
])('cursorIsAhead(%j, %j)', (answer, applied, ahead) => {
  it(`is ${ahead}`, () => {
    expect(cursorIsAhead(answer, applied)).toBe(ahead);
  });
});
