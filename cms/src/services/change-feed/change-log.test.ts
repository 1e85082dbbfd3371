import { describe, expect, it } from 'vitest';
import { eachCase } from '@cong/content/testing';
import { ChangeFeedAnswerSchema } from '@cong/content';
import { ChangeLog, changesPublicSide } from './change-log';

const article = (documentId: string) => ({ pluralName: 'articles', documentId, searchable: true });

describe('ChangeLog', () => {
  it('answers every change after the cursor, oldest first, with the new cursor', () => {
    const log = new ChangeLog({ bootId: 'boot1' });
    const start = log.version();
    expect(start).toBe('boot1-0');
    log.append(article('a1'));
    log.append({ pluralName: 'units', documentId: 'u1', searchable: false });
    const answer = log.since(start);
    expect(answer).toEqual({
      version: 'boot1-2',
      changes: [
        { seq: 1, pluralName: 'articles', documentId: 'a1', searchable: true },
        { seq: 2, pluralName: 'units', documentId: 'u1', searchable: false },
      ],
    });
    expect(ChangeFeedAnswerSchema.parse(answer)).toEqual(answer);
    expect(log.since('boot1-1')).toEqual({ version: 'boot1-2', changes: [{ seq: 2, pluralName: 'units', documentId: 'u1', searchable: false }] });
    expect(log.since('boot1-2')).toEqual({ version: 'boot1-2', changes: [] });
  });

  it('leaves out the documentId of a change to a type as a whole', () => {
    const log = new ChangeLog({ bootId: 'b' });
    expect(log.append({ pluralName: 'agency-profiles', documentId: undefined, searchable: true })).toEqual({ seq: 1, pluralName: 'agency-profiles', searchable: true });
  });

  it.each([
    ['no cursor', undefined],
    ['a malformed cursor', 'garbage'],
    ['another boot (the CMS restarted)', 'other-1'],
    ['a cursor ahead of the log', 'boot1-9'],
    ['a cursor older than the log keeps', 'boot1-1'],
  ])('tells the reader to reset for %s', (_, cursor) => {
    const log = new ChangeLog({ bootId: 'boot1', capacity: 3 });
    for (const id of ['a', 'b', 'c', 'd', 'e']) log.append(article(id));
    // seq 3..5 kept: a reader at 2 still gets everything it needs, one at 1 does not.
    expect(log.since(cursor)).toEqual({ version: 'boot1-5', reset: true });
    expect(log.since('boot1-2')).toMatchObject({ changes: [{ seq: 3 }, { seq: 4 }, { seq: 5 }] });
  });

  it('tells its subscribers of each change with the boot id', () => {
    const log = new ChangeLog({ bootId: 'b' });
    const seen: unknown[] = [];
    const stop = log.subscribe((change, bootId) => seen.push({ ...change, bootId }));
    log.append(article('x'));
    stop();
    log.append(article('y'));
    expect(seen).toEqual([{ seq: 1, pluralName: 'articles', documentId: 'x', searchable: true, bootId: 'b' }]);
  });
});

describe('changesPublicSide', () => {
  eachCase(changesPublicSide, [
    // Draft & publish types: only the published side reaches the site.
    [{ action: 'create', draftAndPublish: true }, false],
    [{ action: 'update', draftAndPublish: true }, false],
    [{ action: 'update', draftAndPublish: true, status: 'draft' }, false],
    [{ action: 'create', draftAndPublish: true, status: 'published' }, true],
    [{ action: 'update', draftAndPublish: true, status: 'published' }, true],
    [{ action: 'publish', draftAndPublish: true }, true],
    [{ action: 'unpublish', draftAndPublish: true, hadPublished: true }, true],
    [{ action: 'delete', draftAndPublish: true, hadPublished: true }, true],
    [{ action: 'delete', draftAndPublish: true, hadPublished: false }, false],
    [{ action: 'discardDraft', draftAndPublish: true }, false],
    [{ action: 'clone', draftAndPublish: true }, false],
    // Types without drafts: every write is public at once.
    [{ action: 'create', draftAndPublish: false }, true],
    [{ action: 'update', draftAndPublish: false }, true],
    [{ action: 'delete', draftAndPublish: false }, true],
    // Reads are not changes.
    [{ action: 'findMany', draftAndPublish: false }, false],
    [{ action: 'findOne', draftAndPublish: true }, false],
  ], '%o → %s');
});
