import { describe, expect, it } from 'vitest';
import { eachCase } from './testing/index.ts';
import { mailboxKey } from './email-address.ts';

describe('mailboxKey', () => {
  eachCase(mailboxKey, [
    ['Nguyen.Van.A@Gmail.com', 'nguyenvana@gmail.com'],
    ['nguyenvana+gopy1@gmail.com', 'nguyenvana@gmail.com'],
    ['n.g.u.y.e.n.v.a.n.a+x+y@googlemail.com', 'nguyenvana@gmail.com'],
    ['  Can.Bo+tag@SoTuPhap.gov.vn ', 'can.bo@sotuphap.gov.vn'],
    ['can.bo@sotuphap.gov.vn.', 'can.bo@sotuphap.gov.vn'],
    ['+only@example.vn', '+only@example.vn'],
    ['not-an-address', 'not-an-address'],
    ['trailing@', 'trailing@'],
  ]);

  it('keeps dots for providers that deliver them to different mailboxes', () => {
    expect(mailboxKey('a.b@yahoo.com')).not.toBe(mailboxKey('ab@yahoo.com'));
  });
});
