import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eachCase } from '@cong/content/testing';
import { CmsUnavailableError } from '../server/errors.ts';
import { cmsUnreachable, deliveryAnswer, journalDir, orphanJournalDirs, processJournalDir } from './index.ts';

describe('cmsUnreachable: what the journal takes (no answer, 502/503/504) and what it leaves to a 503', () => {
  const failure = (status?: number, cause?: unknown) => new CmsUnavailableError('x', 'y', { status, cause });
  it.each<[string, unknown, boolean]>([
    ['refused connection / time-out (a cause, no status)', failure(undefined, new Error('ECONNREFUSED')), true],
    ['502', failure(502), true],
    ['503', failure(503), true],
    ['504', failure(504), true],
    ['500: a fault to fix', failure(500), false],
    ['401: a refused token', failure(401), false],
    ['a missing token (no cause, no status)', failure(), false],
    ['any other error', new Error('bug'), false],
  ])('%s → %s', (_name, error, expected) => expect(cmsUnreachable(error)).toBe(expected));
});

describe('deliveryAnswer: the CMS answer to one journaled item', () => {
  it.each<[number, Record<string, any>, number | null, unknown]>([
    [202, { id: 'a', receipt: 'GY-2026-7K3Q9M', acknowledgement: 'queued' }, null, { kind: 'stored', acknowledgement: 'queued' }],
    [200, { data: { code: 'HD-2026-7K3Q9M', duplicate: true, acknowledgement: 'limited' } }, null, { kind: 'stored', acknowledgement: 'limited' }],
    [409, { error: { message: 'Dự thảo đã hết thời hạn nhận góp ý.' } }, null, { kind: 'rejected', status: 409, reason: 'Dự thảo đã hết thời hạn nhận góp ý.' }],
    [400, { errors: { content: 'Nội dung quá ngắn.' } }, null, { kind: 'rejected', status: 400, reason: '{"content":"Nội dung quá ngắn."}' }],
    [404, {}, null, { kind: 'rejected', status: 404, reason: 'HTTP 404' }],
    [429, {}, 120, { kind: 'later', afterMs: 120_000, reason: 'rate-limited by the CMS' }],
    [500, {}, null, { kind: 'later', afterMs: 30_000, reason: 'CMS answered 500' }],
    [403, {}, null, { kind: 'later', afterMs: 30_000, reason: 'CMS answered 403' }],
  ])('%i → %j', (status, body, retryAfter, expected) => expect(deliveryAnswer(status, body, retryAfter)).toEqual(expected));
});

describe('journalDir', () => {
  eachCase(journalDir, [
    [{ SITE_JOURNAL_DIR: '/srv/journal-1' }, '/srv/journal-1'],
    [{ SEARCH_DB_PATH: '/srv/data/search.db' }, join('/srv/data', 'journal')],
    [{ CONG_DATA_DIR: '/srv/cong' }, join('/srv/cong', 'journal')],
    [{}, join('.data', 'journal')],
  ], '%j → %s');
});

describe('one journal per site process (SITE_PROCESSES)', () => {
  it('process 0 keeps the folder itself, process i its subfolder process-<i>', () => {
    expect(processJournalDir('/srv/journal', 0)).toBe('/srv/journal');
    expect(processJournalDir('/srv/journal', 3)).toBe(join('/srv/journal', 'process-3'));
  });

  it('finds the journals of the slots a run with fewer processes no longer has', () => {
    const root = mkdtempSync(join(tmpdir(), 'cong-journals-'));
    try {
      for (const name of ['process-1', 'process-2', 'process-10', 'process-x', 'other']) mkdirSync(join(root, name));
      expect(orphanJournalDirs(root, 2).sort()).toEqual([join(root, 'process-10'), join(root, 'process-2')]);
      expect(orphanJournalDirs(root, 1).sort()).toEqual(['process-1', 'process-10', 'process-2'].map((name) => join(root, name)));
      expect(orphanJournalDirs(root, 11)).toEqual([]);
      expect(orphanJournalDirs(join(root, 'missing'), 1)).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
