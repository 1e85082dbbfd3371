import { describe, expect, it } from 'vitest';
import { eachCase } from './testing/index.ts';
import { isOverdue, newLookupCode, parseLookupCode } from './question.ts';

describe('lookup codes', () => {
  it('are HD-year-6 unambiguous characters', () => {
    for (let i = 0; i < 50; i += 1) expect(newLookupCode(2026)).toMatch(/^HD-2026-[0-9A-HJKMNP-TV-Z]{6}$/);
  });
  eachCase(parseLookupCode, [
    ['HD-2026-7K3Q9M', 'HD-2026-7K3Q9M'],
    [' hd 2026 7k3q9m ', 'HD-2026-7K3Q9M'],
    ['HD-2026-7K3Q9O', 'HD-2026-7K3Q90'],
    ['HD2026ILAAAA', 'HD-2026-11AAAA'],
    ['HD-2026-7K3Q9', null],
    ['XX-2026-7K3Q9M', null],
    ['HD-2026-UUUUUU', null],
  ], '%j → %j');
});

describe('isOverdue: open questions older than 15 working days', () => {
  const holidays = new Set(['2026-11-10']);
  it.each([
    ['2026-11-02T02:00:00Z', 'received', '2026-11-24T02:00:00Z', false, 15], // 15 with the holiday: not yet
    ['2026-11-02T02:00:00Z', 'received', '2026-11-25T02:00:00Z', true, 16],
    ['2026-11-02T02:00:00Z', 'answered', '2026-12-25T02:00:00Z', false, 0],
    ['2026-11-02T02:00:00Z', 'in-progress', '2026-12-25T02:00:00Z', true, 0],
  ] as const)('sent %s, %s, on %s → %s (%s working days)', (submittedAt, answerStatus, now, expected, _workingDays) => {
    expect(isOverdue({ submittedAt, answerStatus }, new Date(now), holidays)).toBe(expected);
  });
});

import { QuestionSubmissionSchema } from './question.ts';
describe('QuestionSubmissionSchema', () => {
  const ok = { name: 'Nguyễn Văn A', email: 'a@example.vn', phone: '', subject: 'Hỏi về thủ tục', body: 'Tôi muốn hỏi về thời hạn giải quyết thủ tục.', consent: true };
  it('accepts a complete question', () => expect(QuestionSubmissionSchema.safeParse(ok).success).toBe(true));
  it.each([
    ['name', ''],
    ['email', 'khong-phai-email'],
    ['phone', 'abc'],
    ['subject', ' '],
    ['body', 'ngắn quá'],
    ['consent', false],
  ])('refuses %s = %j with a Vietnamese message on that field', (field, value) => {
    const result = QuestionSubmissionSchema.safeParse({ ...ok, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path[0]).toBe(field);
    expect(result.error!.issues[0]!.message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/);
  });
});
