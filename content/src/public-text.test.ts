import { describe, expect, it } from 'vitest';
import { eachCase } from './testing/index.ts';
import { parsePublicComment } from './public-comment.ts';
import { normalizePublicText, PUBLIC_TEXT_MESSAGES, publicTextProblem } from './public-text.ts';
import { QuestionSubmissionSchema } from './question.ts';

describe('publicTextProblem (L10)', () => {
  eachCase(publicTextProblem, [
    ['Nguyễn Văn A', null],
    ['Dòng 1\nDòng 2\tcột', null],
    ['', null],
    ['Tên có dấu ‎LRM‎ ở giữa', null],
    ['😀 Góp ý 1', null],
    ['a\u0000b', PUBLIC_TEXT_MESSAGES.control],
    ['a\u0007b', PUBLIC_TEXT_MESSAGES.control],
    ['a\u001bb', PUBLIC_TEXT_MESSAGES.control],
    ['a\u0085b', PUBLIC_TEXT_MESSAGES.control],
    ['lone \uD800 surrogate', PUBLIC_TEXT_MESSAGES.control],
    ['lone \uDC00 surrogate', PUBLIC_TEXT_MESSAGES.control],
    ['\u202eadmin\u202c', PUBLIC_TEXT_MESSAGES.bidi],
    ['x\u2066y\u2069', PUBLIC_TEXT_MESSAGES.bidi],
    ['\u200b\u200b', PUBLIC_TEXT_MESSAGES.invisible],
    ['\u200e\u200f\u2060', PUBLIC_TEXT_MESSAGES.invisible],
    ['...', PUBLIC_TEXT_MESSAGES.invisible],
  ], '%j → %s');

  it('makes CRLF and CR line breaks LF, NFC, trimmed', () => {
    expect(normalizePublicText('  Ho\u0300a\r\nb\rc  ')).toBe('Hòa\nb\nc');
  });
});

describe('the public schemas refuse such text with the message beside the field', () => {
  const comment = { name: 'Lê Thị B', email: 'b@example.vn', content: 'Đề nghị sửa Điều 2.', consent: true };
  it.each([
    ['name', '\u200b\u200b', PUBLIC_TEXT_MESSAGES.invisible],
    ['name', '\u202eadmin\u202c', PUBLIC_TEXT_MESSAGES.bidi],
    ['content', 'Nội dung\u0000 có NUL', PUBLIC_TEXT_MESSAGES.control],
    ['content', '\u200b'.repeat(6), PUBLIC_TEXT_MESSAGES.invisible],
    ['organization', 'Cơ quan\u0000', PUBLIC_TEXT_MESSAGES.control],
  ])('comment %s = %j', (field, value, message) => {
    const result = parsePublicComment({ ...comment, [field]: value });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[field as 'name']).toBe(message);
  });

  it('accepts NFD input as NFC', () => {
    const result = parsePublicComment({ ...comment, name: 'Lê Thị B'.normalize('NFD') });
    expect(result.ok && result.value.name).toBe('Lê Thị B');
  });

  it('question fields', () => {
    const question = { name: 'Trần C', email: 'c@example.vn', phone: '', subject: 'Hỏi về lệ phí', body: 'Xin hỏi lệ phí cấp phiếu lý lịch tư pháp?', consent: true };
    expect(QuestionSubmissionSchema.safeParse(question).success).toBe(true);
    const bad = QuestionSubmissionSchema.safeParse({ ...question, body: `${question.body}\u0000`, subject: '\u200b' });
    expect(bad.success).toBe(false);
    const messages = Object.fromEntries(bad.error!.issues.map((i) => [i.path[0], i.message]));
    expect(messages).toMatchObject({ body: PUBLIC_TEXT_MESSAGES.control, subject: PUBLIC_TEXT_MESSAGES.invisible });
  });
});
