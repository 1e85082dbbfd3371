import { formatDateTime } from '@cong/content';

/**
 * The text of every mail the portal sends, composed in one place. Plain text only, so nothing a citizen typed
 * can become markup. The rule that keeps the agency's sender from being used for phishing (review H1): a mail
 * to a citizen never carries anything the submitter typed — no name, no text, no link — only what the agency
 * wrote (the draft's title, the receiving unit), a code the portal made, and a link to the portal itself.
 * Whoever types a stranger's address into a form can make the portal send that stranger at most this, once a day.
 */
export type Mail = { subject: string; text: string };

/** A link to a page of the portal (PUBLIC_SITE_URL), or null when the CMS does not know the portal's address. */
export function portalLink(site: string | null | undefined, path: string): string | null {
  const base = (site ?? '').trim().replace(/\/+$/, '');
  return /^https?:\/\//.test(base) ? `${base}${path}` : null;
}

const FOOTER =
  'Thư này được gửi tự động từ Cổng thông tin điện tử; xin không trả lời thư này.\n' +
  'Nếu Quý vị không gửi nội dung nào tới Cổng, xin bỏ qua thư: mỗi ngày Cổng gửi tối đa một thư xác nhận tới một địa chỉ.';

const lines = (...parts: Array<string | null | false>) => parts.filter((p): p is string => typeof p === 'string').join('\n');

export function commentAcknowledgement(input: { title: string; receivingUnit: string; receipt: string; submittedAt: string; draftUrl: string | null }): Mail {
  return {
    subject: `Đã nhận góp ý ${input.receipt}: ${input.title}`.slice(0, 250),
    text: lines(
      'Cổng thông tin điện tử đã nhận một góp ý gửi kèm địa chỉ thư điện tử này.',
      '',
      `Dự thảo: ${input.title}`,
      `Mã biên nhận: ${input.receipt}`,
      `Thời điểm nhận: ${formatDateTime(input.submittedAt)}`,
      `Đơn vị tiếp nhận: ${input.receivingUnit}`,
      '',
      'Góp ý được công khai trên Cổng sau khi được kiểm duyệt; thư điện tử và số điện thoại của người góp ý không được công khai. ' +
        'Khi liên hệ về góp ý này, xin nêu mã biên nhận.',
      input.draftUrl && `\nXem dự thảo trên Cổng: ${input.draftUrl}`,
      '',
      FOOTER,
    ),
  };
}

/**
 * The receiving unit's notice of a new comment goes to the agency's own address and may carry the comment, but
 * whatever the citizen typed is defanged (defang()) so that no mail client turns it into a clickable link.
 */
export function commentNotice(input: {
  title: string;
  receivingUnit: string;
  receipt: string;
  submittedAt: string;
  commenter: string;
  organization: string | null;
  articleLabel: string | null;
  content: string;
}): Mail {
  return {
    subject: `Góp ý mới cần kiểm duyệt ${input.receipt}: ${input.title}`.slice(0, 250),
    text: lines(
      `${input.receivingUnit} nhận được góp ý mới, chờ kiểm duyệt trong trang quản trị (Góp ý dự thảo; tìm theo mã biên nhận).`,
      '',
      `Dự thảo: ${input.title}`,
      `Mã biên nhận: ${input.receipt}`,
      `Thời điểm nhận: ${formatDateTime(input.submittedAt)}`,
      `Người góp ý: ${defang(input.commenter)}${input.organization ? ` (${defang(input.organization)})` : ''}`,
      input.articleLabel ? `Góp ý về: ${input.articleLabel}` : 'Góp ý về: toàn bộ dự thảo',
      '',
      'Nội dung góp ý (địa chỉ web trong nội dung được viết tách để không bấm được):',
      defang(input.content),
    ),
  };
}

export function questionAcknowledgement(input: { code: string; lookupUrl: string | null }): Mail {
  return {
    subject: `Đã nhận câu hỏi ${input.code}`,
    text: lines(
      'Cổng thông tin điện tử đã nhận một câu hỏi gửi kèm địa chỉ thư điện tử này.',
      '',
      `Mã tra cứu: ${input.code}`,
      'Câu hỏi được trả lời trong 15 ngày làm việc. Khi câu trả lời được công khai trên Cổng, Quý vị sẽ nhận thư báo.',
      input.lookupUrl && `\nTra cứu tình trạng câu hỏi: ${input.lookupUrl}`,
      '',
      FOOTER,
    ),
  };
}

export function questionAnswered(input: { code: string; lookupUrl: string | null }): Mail {
  return {
    subject: `Câu hỏi ${input.code} đã được trả lời`,
    text: lines(
      `Câu hỏi có mã tra cứu ${input.code} đã được trả lời và công khai trên Cổng thông tin điện tử.`,
      input.lookupUrl && `\nXem câu trả lời: ${input.lookupUrl}`,
      '',
      'Thư này được gửi tự động từ Cổng thông tin điện tử; xin không trả lời thư này.',
    ),
  };
}

/**
 * Text a citizen typed, made unclickable for mail clients that turn addresses into links even in plain text:
 * `https://x.vn/a` → `https[:]//x[.]vn/a`, `www.x.vn` → `www[.]x[.]vn`, `x.com` → `x[.]com`, `a@x.vn` → `a[@]x[.]vn`.
 * The reader still sees what was written.
 */
export function defang(text: string): string {
  return text
    .replace(/([a-z][a-z0-9+.-]*):\/\//gi, '$1[:]//')
    .replace(/([\p{L}\p{N}_-])@(?=[\p{L}\p{N}-])/gu, '$1[@]')
    // A dot before something that reads as a domain label (ASCII letters, then no more letters): "x.com", "TP.HCM";
    // not "3.5" nor "Điều 3.Khoản".
    .replace(/([\p{L}\p{N}_-])\.(?=[a-z][a-z0-9-]+(?![\p{L}\p{N}]))/giu, '$1[.]');
}

// ── Nhận tin qua thư điện tử (subscriptions) ───────────────────────────────────────────────────────────────

/** The names a topic's label is made of, as the agency wrote them (looked up by slug; never what was typed). */
export type TopicNames = { type?: string | null; field?: string | null; issuer?: string | null; draft?: string | null; section?: string | null };

/** What a subscription follows, in words: the only thing of the request a confirmation mail repeats. */
export function topicLabel(kind: 'legal-documents' | 'drafts' | 'draft-response' | 'news', names: TopicNames): string {
  switch (kind) {
    case 'legal-documents': {
      const filters = [names.type && `loại: ${names.type}`, names.field && `lĩnh vực: ${names.field}`, names.issuer && `cơ quan ban hành: ${names.issuer}`].filter(Boolean);
      return `Văn bản quy phạm pháp luật mới${filters.length ? ` (${filters.join('; ')})` : ''}`;
    }
    case 'drafts':
      return 'Dự thảo văn bản mới đưa ra lấy ý kiến';
    case 'draft-response':
      return `Kết quả tiếp thu, giải trình ý kiến góp ý dự thảo: ${names.draft ?? ''}`;
    case 'news':
      return `Chuyên mục ${names.section ?? ''}`;
  }
}

const SUBSCRIPTION_FOOTER = 'Thư này được gửi tự động từ Cổng thông tin điện tử; xin không trả lời thư này.';

export function subscriptionConfirmation(input: { topic: string; confirmUrl: string | null; expiresAt: string }): Mail {
  return {
    subject: 'Xác nhận đăng ký nhận tin qua thư điện tử',
    text: lines(
      'Cổng thông tin điện tử nhận được đề nghị gửi tin qua thư điện tử tới địa chỉ này, về:',
      `  ${input.topic}`,
      '',
      input.confirmUrl
        ? `Để bắt đầu nhận tin, xin mở liên kết sau và bấm "Xác nhận" (liên kết dùng được đến ${formatDateTime(input.expiresAt)}):\n${input.confirmUrl}`
        : 'Cổng chưa cấu hình địa chỉ trang công khai nên không gửi được liên kết xác nhận; xin liên hệ cơ quan.',
      '',
      'Nếu Quý vị không đề nghị nhận tin, xin bỏ qua thư này: khi không xác nhận, Cổng không gửi thêm thư nào.',
      '',
      SUBSCRIPTION_FOOTER,
    ),
  };
}

export type DigestEntry = { heading: string; title: string; url: string | null };

/** The daily digest: the new items, grouped under what they are, then how to stop it. Plain text. */
export function subscriptionDigest(input: { day: string; entries: DigestEntry[]; unsubscribeUrl: string | null }): Mail {
  const groups = new Map<string, DigestEntry[]>();
  for (const entry of input.entries) groups.set(entry.heading, [...(groups.get(entry.heading) ?? []), entry]);
  const body = [...groups].flatMap(([heading, entries]) => ['', `${heading}:`, ...entries.map((e) => `- ${e.title}${e.url ? `\n  ${e.url}` : ''}`)]);
  return {
    subject: `Tin mới trên Cổng thông tin điện tử ngày ${input.day}`,
    text: lines(
      `Các nội dung mới đăng trên Cổng thông tin điện tử theo đăng ký nhận tin của Quý vị (${input.entries.length} mục):`,
      ...body,
      '',
      input.unsubscribeUrl ? `Hủy nhận tin (một lần bấm): ${input.unsubscribeUrl}` : 'Để hủy nhận tin, xin liên hệ cơ quan.',
      '',
      SUBSCRIPTION_FOOTER,
    ),
  };
}

/**
 * RFC 2369 List-Unsubscribe with the https link only, and RFC 8058's List-Unsubscribe-Post so a mail client can
 * unsubscribe with one POST, no page. No mailto: the sender's mailbox is no-reply; nobody would act on the mail.
 */
export function unsubscribeHeaders(unsubscribeUrl: string | null): Record<string, string> {
  return unsubscribeUrl ? { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {};
}
