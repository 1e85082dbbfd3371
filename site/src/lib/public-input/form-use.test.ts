import { describe, expect, it } from 'vitest';
import { FormSigner } from './form-guard.ts';
import { MemoryState } from '../shared-state/memory.ts';
import { formUse, submissionKey } from './form-use.ts';

const NAMES = ['name', 'email', 'content', 'consent'] as const;
const sent = { name: 'Nguyễn Văn A', email: 'a@example.vn', content: 'Đề nghị sửa Điều 3.', consent: 'on' };

describe('submissionKey: a double submit is one key', () => {
  it('is the same for the same token and fields, whatever the Unicode form or surrounding spaces', () => {
    const key = submissionKey('comment|du-thao-a', 'n1', sent, NAMES);
    expect(submissionKey('comment|du-thao-a', 'n1', { ...sent, content: ` ${sent.content.normalize('NFD')} ` }, NAMES)).toBe(key);
    expect(key).toMatch(/^f-[A-Za-z0-9_-]{40}$/);
  });

  it.each([
    ['another token', 'comment|du-thao-a', 'n2', sent],
    ['another draft', 'comment|du-thao-b', 'n1', sent],
    ['other content', 'comment|du-thao-a', 'n1', { ...sent, content: 'Đề nghị sửa Điều 4.' }],
    ['another sender', 'comment|du-thao-a', 'n1', { ...sent, email: 'b@example.vn' }],
    ['consent withdrawn', 'comment|du-thao-a', 'n1', { ...sent, consent: undefined }],
  ])('differs with %s', (_label, form, nonce, fields) => {
    expect(submissionKey(form, nonce, fields, NAMES)).not.toBe(submissionKey('comment|du-thao-a', 'n1', sent, NAMES));
  });

  it('does not let one field run into the next', () => {
    expect(submissionKey('q', 'n', { name: 'ab', email: 'c' }, ['name', 'email'])).not.toBe(submissionKey('q', 'n', { name: 'a', email: 'bc' }, ['name', 'email']));
  });
});

describe('formUse: one submission per token and sender', () => {
  const keyer = new FormSigner('bi-mat-kiem-thu');

  it('lets the same submission through again, refuses another from the same sender, not from someone else', async () => {
    const state = new MemoryState();
    const first = formUse(state, keyer, 'comment', 'n1', { address: '203.0.113.9', email: 'a@example.vn' }, 'k1');
    expect(await first.allowed()).toBe(true);
    await first.accepted();
    expect(await formUse(state, keyer, 'comment', 'n1', { address: '203.0.113.9', email: 'a@example.vn' }, 'k1').allowed()).toBe(true);
    expect(await formUse(state, keyer, 'comment', 'n1', { address: '203.0.113.9', email: 'a@example.vn' }, 'k2').allowed()).toBe(false);
    // The same mailbox written another way is the same sender (mailboxKey: case, +tags, dots at Gmail).
    expect(await formUse(state, keyer, 'comment', 'n1', { address: '203.0.113.9', email: 'A+x@Example.vn' }, 'k2').allowed()).toBe(false);
    // Someone else behind the same address who saw the same cached page, or the same person with a new token.
    expect(await formUse(state, keyer, 'comment', 'n1', { address: '203.0.113.9', email: 'b@example.vn' }, 'k3').allowed()).toBe(true);
    expect(await formUse(state, keyer, 'comment', 'n2', { address: '203.0.113.9', email: 'a@example.vn' }, 'k2').allowed()).toBe(true);
    // Another form with the same token is counted apart.
    expect(await formUse(state, keyer, 'question', 'n1', { address: '203.0.113.9', email: 'a@example.vn' }, 'k2').allowed()).toBe(true);
  });

  it('only an accepted submission uses the token', async () => {
    const state = new MemoryState();
    expect(await formUse(state, keyer, 'comment', 'n1', { address: '198.51.100.1', email: 'a@example.vn' }, 'k1').allowed()).toBe(true);
    expect(await formUse(state, keyer, 'comment', 'n1', { address: '198.51.100.1', email: 'a@example.vn' }, 'k2').allowed()).toBe(true);
  });
});
