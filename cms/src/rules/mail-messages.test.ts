import { describe, expect, it } from 'vitest';
import { eachCase } from '@cong/content/testing';
import { commentAcknowledgement, commentNotice, defang, portalLink, questionAcknowledgement, questionAnswered, subscriptionConfirmation, subscriptionDigest, topicLabel, unsubscribeHeaders } from './mail-messages';
import { describeMailError, isPermanentMailError } from '../services/mail/transport';

const receipt = 'GY-2026-7K3Q9M';
const ack = commentAcknowledgement({
  title: 'Dự thảo Quyết định về công khai thông tin',
  receivingUnit: 'Sở Tư pháp',
  receipt,
  submittedAt: '2026-11-25T03:00:00Z',
  draftUrl: portalLink('https://congbao.songhong.gov.vn/', '/du-thao/quyet-dinh-cong-khai'),
});

describe('acknowledgements carry only what the agency wrote', () => {
  it('the draft title, the receipt code, the time and a link to the portal', () => {
    expect(ack.subject).toBe(`Đã nhận góp ý ${receipt}: Dự thảo Quyết định về công khai thông tin`);
    expect(ack.text).toContain(`Mã biên nhận: ${receipt}`);
    expect(ack.text).toContain('Thời điểm nhận: 10:00 25/11/2026');
    expect(ack.text).toContain('https://congbao.songhong.gov.vn/du-thao/quyet-dinh-cong-khai');
    // The only link is the portal's.
    expect(ack.text.match(/https?:\/\/\S+/g)).toEqual(['https://congbao.songhong.gov.vn/du-thao/quyet-dinh-cong-khai']);
  });

  it('omits the link rather than sending a relative one when the portal address is unknown', () => {
    expect(portalLink(undefined, '/du-thao/x')).toBeNull();
    expect(portalLink('javascript:alert(1)', '/x')).toBeNull();
    const noLink = commentAcknowledgement({ title: 'T', receivingUnit: 'U', receipt, submittedAt: '2026-11-25T03:00:00Z', draftUrl: null });
    expect(noLink.text).not.toMatch(/\/du-thao|http/);
  });

  it('a question: the lookup code and the lookup link, and the answer notice likewise', () => {
    const lookupUrl = 'https://congbao.songhong.gov.vn/hoi-dap?ma=HD-2026-7K3Q9M';
    const q = questionAcknowledgement({ code: 'HD-2026-7K3Q9M', lookupUrl });
    expect(q.subject).toBe('Đã nhận câu hỏi HD-2026-7K3Q9M');
    expect(q.text).toContain('Mã tra cứu: HD-2026-7K3Q9M');
    expect(q.text).toContain(lookupUrl);
    const answered = questionAnswered({ code: 'HD-2026-7K3Q9M', lookupUrl });
    expect(answered.subject).toBe('Câu hỏi HD-2026-7K3Q9M đã được trả lời');
    expect(answered.text).toContain(lookupUrl);
  });
});

describe('the receiving unit\'s notice keeps the comment, with no clickable link', () => {
  const notice = commentNotice({
    title: 'Dự thảo',
    receivingUnit: 'Sở Tư pháp',
    receipt,
    submittedAt: '2026-11-25T03:00:00Z',
    commenter: 'Xem https://evil.example/login',
    organization: null,
    articleLabel: 'Điều 3. Thông tin phải công bố',
    content: 'Đăng nhập tại https://evil.example/login hoặc www.evil.example, thư gửi a@evil.example. Điều 3.Khoản 2, mức 3.5%.',
  });
  it('keeps the words and defangs every address', () => {
    expect(notice.text).toContain(`Mã biên nhận: ${receipt}`);
    expect(notice.text).toContain('https[:]//evil[.]example/login');
    expect(notice.text).toContain('www[.]evil[.]example');
    expect(notice.text).toContain('a[@]evil[.]example');
    expect(notice.text).not.toMatch(/https?:\/\/|www\.evil|evil\.example/);
    expect(notice.text).toContain('Điều 3.Khoản 2, mức 3.5%.');
  });

  eachCase(defang, [
    ['http://x.vn', 'http[:]//x[.]vn'],
    ['HTTPS://X.VN/a?b=1', 'HTTPS[:]//X[.]VN/a?b=1'],
    ['ftp://files.example.org', 'ftp[:]//files[.]example[.]org'],
    ['example.com', 'example[.]com'],
    ['TP.HCM', 'TP[.]HCM'],
    ['Nghị định 13/2023/NĐ-CP', 'Nghị định 13/2023/NĐ-CP'],
    ['v.v.', 'v.v.'],
  ]);
});

describe('mail errors are recorded without the recipient (review I6)', () => {
  it.each([
    [Object.assign(new Error("Can't send mail - all recipients were rejected: 550 5.1.1 <victim@example.vn>: Recipient address rejected"), { code: 'EENVELOPE', responseCode: 550, response: '550 5.1.1 <victim@example.vn>: Recipient address rejected' }), 'EENVELOPE 550 5.1.1 <[địa chỉ]>: Recipient address rejected', true],
    [Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:2525'), { code: 'ESOCKET' }), 'ESOCKET connect ECONNREFUSED 127.0.0.1:2525', false],
    [Object.assign(new Error('Mailbox busy'), { responseCode: 451, response: '451 4.3.0 try again later for a.b+c@gmail.com' }), '451 4.3.0 try again later for [địa chỉ]', false],
  ])('%#', (error, described, permanent) => {
    expect(describeMailError(error)).toBe(described);
    expect(describeMailError(error)).not.toMatch(/@/);
    expect(isPermanentMailError(error)).toBe(permanent);
  });
});

describe('e-mail alerts (issue 13 §6)', () => {
  it.each<[Parameters<typeof topicLabel>[0], Parameters<typeof topicLabel>[1], string]>([
    ['legal-documents', {}, 'Văn bản quy phạm pháp luật mới'],
    ['legal-documents', { type: 'Nghị định', issuer: 'Chính phủ' }, 'Văn bản quy phạm pháp luật mới (loại: Nghị định; cơ quan ban hành: Chính phủ)'],
    ['drafts', {}, 'Dự thảo văn bản mới đưa ra lấy ý kiến'],
    ['draft-response', { draft: 'Dự thảo Quyết định A' }, 'Kết quả tiếp thu, giải trình ý kiến góp ý dự thảo: Dự thảo Quyết định A'],
    ['news', { section: 'Tin tức, sự kiện' }, 'Chuyên mục Tin tức, sự kiện'],
  ])('%s %j is named "%s"', (kind, names, label) => expect(topicLabel(kind, names)).toBe(label));

  it('the confirmation names the topic, the link and its expiry, and nothing else', () => {
    const mail = subscriptionConfirmation({ topic: 'Dự thảo văn bản mới đưa ra lấy ý kiến', confirmUrl: 'https://cong.example/nhan-tin/xac-nhan?t=x', expiresAt: '2026-12-12T03:00:00.000Z' });
    expect(mail.text).toContain('Dự thảo văn bản mới đưa ra lấy ý kiến');
    expect(mail.text).toContain('https://cong.example/nhan-tin/xac-nhan?t=x');
    expect(mail.text).toContain('12/12/2026');
    expect(mail.text.match(/https?:\/\/\S+/g)).toEqual(['https://cong.example/nhan-tin/xac-nhan?t=x']);
  });

  it('the digest groups items under their heading and ends with the unsubscribe link; its headers follow RFC 8058', () => {
    const mail = subscriptionDigest({
      day: '06/12/2026',
      entries: [
        { heading: 'Văn bản mới', title: '1/QĐ — A', url: 'https://cong.example/van-ban/a' },
        { heading: 'Dự thảo mới', title: 'B', url: 'https://cong.example/du-thao/b' },
        { heading: 'Văn bản mới', title: '2/TB — C', url: null },
      ],
      unsubscribeUrl: 'https://cong.example/nhan-tin/huy?t=y',
    });
    expect(mail.subject).toBe('Tin mới trên Cổng thông tin điện tử ngày 06/12/2026');
    expect(mail.text).toMatch(/Văn bản mới:\n- 1\/QĐ — A\n {2}https:\/\/cong\.example\/van-ban\/a\n- 2\/TB — C\n\nDự thảo mới:/);
    expect(mail.text).toContain('Hủy nhận tin (một lần bấm): https://cong.example/nhan-tin/huy?t=y');
    expect(unsubscribeHeaders('https://cong.example/nhan-tin/huy?t=y')).toEqual({ 'List-Unsubscribe': '<https://cong.example/nhan-tin/huy?t=y>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
    expect(unsubscribeHeaders(null)).toEqual({});
  });
});
