import { describe, expect, it } from 'vitest';
import { COMMENT_REPEAT_WINDOW_MS, commentContentHash, questionFingerprint, QUESTION_REPEAT_WINDOW_MS, repeatWindowStart } from './repeat-submissions';

const comment = { consultationId: 'k3q9m7k3q9m7k3q9m7k3q9m7', email: 'dan@example.vn', article: 'dieu-3', content: 'Đề nghị bổ sung khoản 2.' };

describe('a repeated comment is recognised by its text', () => {
  it('whatever the case of the address', () => {
    expect(commentContentHash({ ...comment, email: 'Dan@Example.VN' })).toBe(commentContentHash(comment));
  });

  it.each([
    ['another draft', { consultationId: 'other0000000000000000000' }],
    ['another sender', { email: 'thi@example.vn' }],
    ['another article', { article: 'dieu-4' }],
    ['the whole draft instead of an article', { article: null }],
    ['another text', { content: 'Đề nghị bổ sung khoản 3.' }],
  ])('but not one on %s', (_name, change) => {
    expect(commentContentHash({ ...comment, ...change })).not.toBe(commentContentHash(comment));
  });

  it('within ten minutes', () => {
    expect(COMMENT_REPEAT_WINDOW_MS).toBe(600_000);
    expect(repeatWindowStart(new Date('2026-11-25T03:10:00Z'), COMMENT_REPEAT_WINDOW_MS)).toBe('2026-11-25T03:00:00.000Z');
  });
});

describe('a repeated question is recognised by its fingerprint', () => {
  const question = { email: 'dan@example.vn', subject: 'Thủ tục cấp phép', body: 'Xin hỏi thời gian giải quyết?' };

  it('across case and diacritics of the text', () => {
    expect(questionFingerprint({ email: 'DAN@example.vn', subject: 'thu tuc cap phep', body: 'XIN HỎI thời gian giải quyết?' })).toBe(
      questionFingerprint(question),
    );
  });

  it('but not from another sender', () => {
    expect(questionFingerprint({ ...question, email: 'thi@example.vn' })).not.toBe(questionFingerprint(question));
  });

  it('within a day', () => {
    expect(repeatWindowStart(new Date('2026-11-25T03:00:00Z'), QUESTION_REPEAT_WINDOW_MS)).toBe('2026-11-24T03:00:00.000Z');
  });
});
