import { describe, expect, it } from 'vitest';
import { readToOneRelation } from './relation-input.ts';

describe('readToOneRelation', () => {
  it.each([
    ['unchanged when absent', undefined, undefined],
    ['cleared by null', null, null],
    ['a numeric id', 7, { id: 7 }],
    ['a numeric id as text', '7', { id: 7 }],
    ['a documentId', 'abc123xyz', { documentId: 'abc123xyz' }],
    ['the admin panel connect shape', { connect: [{ id: 3, documentId: 'd3' }], disconnect: [] }, { documentId: 'd3' }],
    ['the last of several connects', { connect: [{ documentId: 'a' }, { documentId: 'b' }] }, { documentId: 'b' }],
    ['a set', { set: [{ documentId: 'e' }] }, { documentId: 'e' }],
    ['an empty set clears', { set: [] }, null],
    ['a disconnect clears', { connect: [], disconnect: [{ id: 1 }] }, null],
    ['an object with documentId', { documentId: 'f' }, { documentId: 'f' }],
    ['nothing to read', { connect: [], disconnect: [] }, undefined],
  ])('%s', (_label, input, expected) => {
    expect(readToOneRelation(input)).toEqual(expected);
  });
});
