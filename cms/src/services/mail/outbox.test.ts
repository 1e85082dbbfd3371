import { afterEach, describe, expect, it } from 'vitest';
import { outboxRow } from './outbox';
import { reloadCmsEnv } from '../../env';

const mail = { kind: 'comment-ack' as const, to: 'a@b.vn', reference: 'GY-2026-7K3Q9M', ackKey: '2026-11-25|a@b.vn', subject: 'S', text: 'T' };
const now = new Date('2026-11-25T03:00:00Z');
const smtp = process.env.SMTP_URL;

afterEach(() => {
  if (smtp === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = smtp;
  reloadCmsEnv();
});

describe('an outbox row tells the truth from the start', () => {
  it('is queued, due now, holding the day\'s acknowledgement key, when mail is configured', () => {
    process.env.SMTP_URL = 'smtp://127.0.0.1:2525';
    reloadCmsEnv();
    expect(outboxRow(mail, now)).toMatchObject({ state: 'queued', attempts: 0, nextAttemptAt: now, ackKey: mail.ackKey, recipient: 'a@b.vn', reference: mail.reference });
  });

  it('is "mail-off" when mail is not configured, and then uses up no acknowledgement', () => {
    process.env.SMTP_URL = '';
    reloadCmsEnv();
    expect(outboxRow(mail, now)).toMatchObject({ state: 'mail-off', ackKey: null });
  });
});
