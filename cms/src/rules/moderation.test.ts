import { describe, expect, it } from 'vitest';
import { COMMENT_STATUSES } from '@cong/content';
import { moderatedEdit, movesApprovedCount, rejectionProblem } from './moderation';

const now = new Date('2026-11-25T03:00:00Z');

describe("a moderator's save", () => {
  it('never changes the receipt or what the citizen was told', () => {
    const edit = moderatedEdit({ receipt: 'GY-2026-AAAAAA', acknowledgement: 'queued', content: 'Sửa chính tả' }, now, 'kiemduyet@songhong.gov.vn');
    expect(edit).toEqual({ content: 'Sửa chính tả' });
  });

  it('stamps a decision with its time and the moderator', () => {
    expect(moderatedEdit({ moderationStatus: 'approved' }, now, 'kiemduyet@songhong.gov.vn')).toEqual({
      moderationStatus: 'approved',
      moderatedAt: '2026-11-25T03:00:00.000Z',
      moderatedBy: 'kiemduyet@songhong.gov.vn',
      rejectionReason: null,
    });
  });

  it('keeps the moderator unnamed when the save does not come from the admin panel', () => {
    expect(moderatedEdit({ moderationStatus: 'spam' }, now, undefined)).not.toHaveProperty('moderatedBy');
  });

  it.each(COMMENT_STATUSES.filter((status) => status !== 'rejected'))('clears a rejection reason when the decision is %s', (status) => {
    expect(moderatedEdit({ moderationStatus: status, rejectionReason: 'off-topic' }, now, undefined).rejectionReason).toBeNull();
  });

  it('keeps the reason of a rejection', () => {
    expect(moderatedEdit({ moderationStatus: 'rejected', rejectionReason: 'off-topic' }, now, undefined).rejectionReason).toBe('off-topic');
  });

  it('stamps nothing when no decision is made', () => {
    expect(moderatedEdit({ content: 'x' }, now, 'kiemduyet@songhong.gov.vn')).toEqual({ content: 'x' });
  });
});

describe('a rejection takes a reason from the list (audit D8)', () => {
  it.each([
    ['rejected with a listed reason', { moderationStatus: 'rejected', rejectionReason: 'off-topic' }, null, true],
    ['rejected, the reason already stored', { moderationStatus: 'rejected' }, 'duplicate', true],
    ['rejected with an empty reason', { moderationStatus: 'rejected', rejectionReason: null }, 'duplicate', false],
    ['rejected without any reason', { moderationStatus: 'rejected' }, null, false],
    ['rejected with a reason not on the list', { moderationStatus: 'rejected', rejectionReason: 'ghét' }, null, false],
    ['approved, no reason needed', { moderationStatus: 'approved' }, null, true],
    ['no decision', { content: 'x' }, null, true],
  ] as const)('%s', (_label, edit, stored, ok) => {
    const problem = rejectionProblem({ ...edit }, stored);
    expect(problem === null).toBe(ok);
    if (problem) expect(problem).toMatchObject({ field: 'rejectionReason', message: expect.stringContaining('lý do từ chối') });
  });
});

describe('the public count of approved comments', () => {
  it.each([
    ['create', 'pending', false],
    ['create', 'approved', true],
    ['update', 'rejected', true],
    ['delete', undefined, true],
    ['findOne', 'approved', false],
  ] as const)('%s of a %s comment moves it: %s', (action, status, moves) => {
    expect(movesApprovedCount(action, status)).toBe(moves);
  });
});
