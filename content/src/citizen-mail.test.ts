import { describe, expect, it } from 'vitest';
import { acknowledgementKey, AcknowledgementSchema, newReceiptCode, ReceiptCodeSchema } from './citizen-mail.ts';

describe('receipt codes', () => {
  it('are GY-<year in Vietnam>-<6 of [0-9A-HJ-NP-Z]>', () => {
    for (let i = 0; i < 200; i += 1) expect(newReceiptCode(new Date('2026-06-01T00:00:00Z'))).toMatch(/^GY-2026-[0-9A-HJ-NP-Z]{6}$/);
    // 23:30 UTC on 31 December is already the new year in Vietnam.
    expect(newReceiptCode(new Date('2026-12-31T23:30:00Z'))).toMatch(/^GY-2027-/);
  });

  it('use the whole alphabet, never I or O', () => {
    let n = 0;
    const sequential = () => n++ % 34;
    const codes = Array.from({ length: 6 }, () => newReceiptCode(new Date('2026-06-01T00:00:00Z'), sequential)).join('');
    expect(new Set(codes.replace(/GY-2026-/g, '')).size).toBe(34);
    expect(codes).not.toMatch(/[IO]/);
  });

  it.each([
    ['GY-2026-7K3Q9M', true],
    ['GY-2026-7K3Q9', false],
    ['GY-2026-7K3Q9O', false],
    ['HD-2026-7K3Q9M', false],
    ['gy-2026-7k3q9m', false],
  ])('%s is a receipt code: %s', (code, ok) => expect(ReceiptCodeSchema.safeParse(code).success).toBe(ok));
});

describe('one acknowledgement per mailbox per day', () => {
  const at = new Date('2026-11-25T10:00:00Z');
  it.each([
    ['Victim@Gmail.com', 'victim@gmail.com'],
    ['v.i.c.t.i.m+1@gmail.com', 'victim@gmail.com'],
    ['victim+abc@googlemail.com', 'victim@gmail.com'],
    ['Nguyen.Van+x@songhong.gov.vn', 'nguyen.van@songhong.gov.vn'],
  ])('%s counts as %s', (address, mailbox) => expect(acknowledgementKey(address, at)).toBe(`2026-11-25|${mailbox}`));

  it('starts a new day at midnight in Vietnam (17:00 UTC)', () => {
    expect(acknowledgementKey('a@b.vn', new Date('2026-11-25T16:59:59Z'))).toBe('2026-11-25|a@b.vn');
    expect(acknowledgementKey('a@b.vn', new Date('2026-11-25T17:00:00Z'))).toBe('2026-11-26|a@b.vn');
  });

  it('answers one of three values', () => {
    expect(AcknowledgementSchema.options).toEqual(['queued', 'limited', 'mail-off']);
  });
});
