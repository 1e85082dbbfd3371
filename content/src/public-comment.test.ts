import { describe, expect, it } from 'vitest';
import { commentFileCountProblem, commentFileProblem, parsePublicComment, publicCommenterName, sniffCommentFile } from './public-comment.ts';

const valid = { name: 'Nguyễn Văn An', email: 'an@example.vn', content: 'Đề nghị bổ sung thời hạn.', consent: 'on' };

describe('parsePublicComment', () => {
  it('accepts a minimal comment and normalises it', () => {
    const result = parsePublicComment({ ...valid, name: '  Nguye\u0302\u0303n Văn An ', phone: '', organization: '' });
    expect(result).toEqual({
      ok: true,
      value: {
        name: 'Nguyễn Văn An',
        email: 'an@example.vn',
        phone: null,
        organization: null,
        anonymous: false,
        article: null,
        content: 'Đề nghị bổ sung thời hạn.',
        consent: true,
        idempotencyKey: null,
      },
    });
  });

  it.each([
    ['name', { name: '' }, /họ và tên/],
    ['email', { email: 'khong-phai-email' }, /thư điện tử hợp lệ/],
    ['phone', { phone: 'abc' }, /Số điện thoại/],
    ['content', { content: 'ok' }, /nội dung góp ý/],
    ['consent', { consent: undefined }, /đồng ý/],
    ['article', { article: '<script>' }, /Điều được chọn/],
    ['content', { content: 'x'.repeat(20_001) }, /dài quá/],
  ] as const)('%s: %o → message', (field, patch, message) => {
    const result = parsePublicComment({ ...valid, ...patch });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[field]).toMatch(message);
  });

  it('reports every field at once', () => {
    const result = parsePublicComment({});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(['consent', 'content', 'email', 'name']);
  });

  it('accepts only articles of the draft when they are given', () => {
    expect(parsePublicComment({ ...valid, article: 'dieu-2' }, ['dieu-1', 'dieu-2']).ok).toBe(true);
    const result = parsePublicComment({ ...valid, article: 'dieu-9' }, ['dieu-1', 'dieu-2']);
    expect(result.ok ? null : result.errors.article).toMatch(/không có trong dự thảo/);
  });

  it('shows "Ẩn danh" for anonymous commenters', () => {
    expect(publicCommenterName({ name: 'An', anonymous: true })).toBe('Ẩn danh');
    expect(publicCommenterName({ name: 'An', anonymous: false })).toBe('An');
  });
});

describe('sniffCommentFile', () => {
  const zip = (entry: string, extra = '') => new Uint8Array(Buffer.from(`PK\x03\x04${'\0'.repeat(26)}${entry}${extra}`, 'latin1'));
  it.each([
    ['pdf', new Uint8Array(Buffer.from('%PDF-1.7\n...')), 'pdf'],
    ['odt', zip('mimetype', 'application/vnd.oasis.opendocument.text'), 'odt'],
    ['docx', zip('[Content_Types].xml', '...word/document.xml'), 'docx'],
    ['zip that is neither', zip('readme.txt'), null],
    ['html named .pdf', new Uint8Array(Buffer.from('<html><script>')), null],
  ] as const)('%s → %s', (_name, bytes, kind) => {
    expect(sniffCommentFile(bytes)).toBe(kind);
  });
  it('refuses empty and oversized files with a message', () => {
    expect(commentFileProblem('a.pdf', new Uint8Array())).toMatch(/rỗng/);
    expect(commentFileProblem('a.pdf', new Uint8Array(10 * 1024 * 1024 + 1))).toMatch(/10 MB/);
  });
  it('allows up to three files, with the one message the site and the CMS both give', () => {
    expect(commentFileCountProblem(3)).toBeNull();
    expect(commentFileCountProblem(4)).toBe('Chỉ gửi kèm tối đa 3 tệp.');
  });
});
