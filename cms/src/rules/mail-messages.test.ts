import { describe, expect, it } from 'vitest';
import { eachCase } from '@cong/content/testing';
import { commentAcknowledgement, commentNotice, defang, portalLink, questionAcknowledgement, questionAnswered } from './mail-messages';
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
