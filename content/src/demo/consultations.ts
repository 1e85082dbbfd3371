import type { ConsultationRecord } from '../consultation.ts';
import { SAMPLE_MARK } from './taxonomy.ts';

/*
 * Three fictional drafts of the province of Sông Hồng, written for this project: one open (closing 45 days
 * after the demo is loaded), one upcoming, one closed with its response published. Dates are relative to the
 * moment of loading, so the demo shows each status whenever it is started.
 */

const DAY = 24 * 60 * 60 * 1000;
const at = (now: Date, days: number) => new Date(Math.floor((now.getTime() + days * DAY) / 60_000) * 60_000).toISOString();

const receiving = {
  receivingUnit: `Phòng Văn bản, Sở Tư pháp tỉnh Sông Hồng ${SAMPLE_MARK}`,
  receivingAddress: 'Số 12 đường Bờ Sông, phường Bến Cũ, tỉnh Sông Hồng (địa chỉ mẫu)',
  receivingEmail: 'gopy.duthao@songhong.example',
};

export const demoConsultationSlugs = {
  open: 'du-thao-quy-dinh-cong-bo-thong-tin-hanh-chinh',
  upcoming: 'du-thao-quy-che-tiep-nhan-phan-anh-kien-nghi',
  closed: 'du-thao-quy-dinh-phi-ban-sao-van-ban',
} as const;

export function demoConsultations(now: Date = new Date()): ConsultationRecord[] {
  return [
    {
      slug: demoConsultationSlugs.open,
      title: `Dự thảo Quyết định ban hành Quy định công bố thông tin hành chính trên Cổng thông tin điện tử tỉnh Sông Hồng ${SAMPLE_MARK}`,
      draftingAgency: `Ủy ban nhân dân tỉnh Sông Hồng ${SAMPLE_MARK}`,
      draftingUnit: `Sở Số hóa tỉnh Sông Hồng ${SAMPLE_MARK}`,
      summary:
        'Dự thảo quy định loại thông tin các sở, ngành phải công bố trên Cổng, thời hạn cập nhật và trách nhiệm của người biên tập. ' +
        'Đây là dữ liệu mẫu để trình diễn chức năng lấy ý kiến.',
      body: [
        '## Chương I. Quy định chung',
        '',
        '### Điều 1. Phạm vi điều chỉnh',
        '',
        'Quy định này quy định việc công bố thông tin hành chính của các cơ quan thuộc tỉnh Sông Hồng trên Cổng thông tin điện tử của tỉnh.',
        '',
        '### Điều 2. Đối tượng áp dụng',
        '',
        '1. Các sở, ban, ngành thuộc Ủy ban nhân dân tỉnh.',
        '2. Ủy ban nhân dân các huyện, thị xã, thành phố.',
        '3. Cơ quan, tổ chức, cá nhân có liên quan.',
        '',
        '## Chương II. Công bố thông tin',
        '',
        '### Điều 3. Thông tin phải công bố',
        '',
        '1. Văn bản quy phạm pháp luật do tỉnh ban hành, trong thời hạn 02 ngày làm việc kể từ ngày ký.',
        '2. Dự thảo văn bản cần lấy ý kiến, kèm địa chỉ và thư điện tử của đơn vị tiếp nhận.',
        '3. Kết quả tiếp thu, giải trình ý kiến góp ý.',
        '',
        '### Điều 4. Trách nhiệm của người biên tập',
        '',
        '1. Kiểm tra số ký hiệu, ngày ban hành và trích yếu trước khi trình duyệt.',
        '2. Không tự xuất bản nội dung khi chưa được người duyệt đồng ý.',
        '',
        '## Chương III. Điều khoản thi hành',
        '',
        '### Điều 5. Hiệu lực thi hành',
        '',
        'Quy định này có hiệu lực kể từ ngày ký ban hành.',
      ].join('\n'),
      opensAt: at(now, -2),
      closesAt: at(now, 45),
      ...receiving,
      nationalPortalUrl: null,
      versionLabel: 'Dự thảo lần 2',
      responseReport: null,
      responsePublishedAt: null,
    },
    {
      slug: demoConsultationSlugs.upcoming,
      title: `Dự thảo Quy chế tiếp nhận, xử lý phản ánh, kiến nghị của người dân trên môi trường điện tử ${SAMPLE_MARK}`,
      draftingAgency: `Ủy ban nhân dân tỉnh Sông Hồng ${SAMPLE_MARK}`,
      draftingUnit: `Văn phòng Ủy ban nhân dân tỉnh Sông Hồng ${SAMPLE_MARK}`,
      summary: 'Dự thảo quy chế về thời hạn trả lời phản ánh, kiến nghị gửi qua Cổng. Dữ liệu mẫu.',
      body: [
        '### Điều 1. Phạm vi điều chỉnh',
        '',
        'Quy chế này quy định việc tiếp nhận, xử lý phản ánh, kiến nghị gửi qua Cổng thông tin điện tử tỉnh.',
        '',
        '### Điều 2. Thời hạn trả lời',
        '',
        '1. Phản ánh, kiến nghị được trả lời trong thời hạn 10 ngày làm việc.',
        '2. Trường hợp phức tạp, thời hạn có thể kéo dài nhưng không quá 20 ngày làm việc.',
      ].join('\n'),
      opensAt: at(now, 10),
      closesAt: at(now, 50),
      ...receiving,
      nationalPortalUrl: null,
      versionLabel: 'Dự thảo lần 1',
      responseReport: null,
      responsePublishedAt: null,
    },
    {
      slug: demoConsultationSlugs.closed,
      title: `Dự thảo Nghị quyết quy định mức thu phí cấp bản sao văn bản từ sổ lưu ${SAMPLE_MARK}`,
      draftingAgency: `Hội đồng nhân dân tỉnh Sông Hồng ${SAMPLE_MARK}`,
      draftingUnit: `Sở Tài chính tỉnh Sông Hồng ${SAMPLE_MARK}`,
      summary: 'Dự thảo quy định mức thu phí cấp bản sao; đã kết thúc lấy ý kiến và công bố báo cáo tiếp thu, giải trình. Dữ liệu mẫu.',
      body: [
        '### Điều 1. Mức thu',
        '',
        '1. Bản sao giấy: 5.000 đồng mỗi trang.',
        '2. Bản sao điện tử: không thu phí.',
        '',
        '### Điều 2. Miễn phí',
        '',
        'Người có công với cách mạng và hộ nghèo được miễn phí.',
      ].join('\n'),
      opensAt: at(now, -90),
      closesAt: at(now, -40),
      ...receiving,
      nationalPortalUrl: null,
      versionLabel: 'Dự thảo lần 3',
      responseReport: closedDraftReport(),
      responsePublishedAt: at(now, -20),
    },
  ];
}

/**
 * Sample comments, so the demo shows what citizens see (approved comments grouped by article, the CSV) and what
 * moderators see (a pending one in the queue). They are written as stored rows, not sent through the intake:
 * the closed draft no longer takes comments, and sample addresses must never receive mail.
 */
export type DemoComment = {
  consultation: keyof typeof demoConsultationSlugs;
  name: string;
  anonymous?: boolean;
  organization?: string;
  email: string;
  /** The article's anchor (`dieu-3`), or null for the whole draft. */
  article: string | null;
  content: string;
  /** Hours before the demo is loaded. */
  hoursAgo: number;
  status: 'approved' | 'pending';
};

export const demoComments: readonly DemoComment[] = [
  {
    consultation: 'open',
    name: 'Trần Văn Minh',
    organization: `Hội Luật gia huyện Bến Đò ${SAMPLE_MARK}`,
    email: 'tranvanminh@example.vn',
    article: 'dieu-3',
    content: 'Khoản 1 nên ghi rõ "02 ngày làm việc kể từ ngày ký" được tính cả trường hợp văn bản ký vào ngày nghỉ hay không.',
    hoursAgo: 30,
    status: 'approved',
  },
  {
    consultation: 'open',
    name: 'Nguyễn Thị Hòa',
    anonymous: true,
    email: 'nguyenthihoa@example.vn',
    article: 'dieu-3',
    content: 'Đề nghị bổ sung khoản 4: công bố cả danh sách văn bản đã hết hiệu lực trong tháng, để người dân dễ tra cứu.',
    hoursAgo: 20,
    status: 'approved',
  },
  {
    consultation: 'open',
    name: 'Lê Quang Huy',
    organization: `Công ty TNHH Phần mềm Sông Hồng ${SAMPLE_MARK}`,
    email: 'lequanghuy@example.vn',
    article: null,
    content: 'Dự thảo cần quy định định dạng dữ liệu mở (CSV, JSON) cho thông tin đã công bố, để doanh nghiệp có thể dùng lại.',
    hoursAgo: 8,
    status: 'approved',
  },
  {
    consultation: 'open',
    name: 'Phạm Thu Trang',
    email: 'phamthutrang@example.vn',
    article: 'dieu-4',
    content: 'Điều 4 chưa nói ai duyệt khi người duyệt vắng mặt dài ngày. Nên giao cho cấp phó.',
    hoursAgo: 2,
    status: 'pending',
  },
  {
    consultation: 'closed',
    name: 'Đỗ Thị Lan',
    email: 'dothilan@example.vn',
    article: 'dieu-1',
    content: 'Đề nghị không thu phí bản sao điện tử, vì chi phí cấp gần như bằng không.',
    hoursAgo: 80 * 24,
    status: 'approved',
  },
  {
    consultation: 'closed',
    name: 'Vũ Đức Thắng',
    organization: `Văn phòng luật sư Bến Cũ ${SAMPLE_MARK}`,
    email: 'vuducthang@example.vn',
    article: 'dieu-1',
    content: 'Mức 5.000 đồng mỗi trang là cao so với chi phí in; đề nghị 2.000 đồng.',
    hoursAgo: 60 * 24,
    status: 'approved',
  },
];

/**
 * The closed draft's report on what was received, accepted and explained (báo cáo tổng hợp, tiếp thu, giải trình),
 * in Markdown as an editor writes it in the CMS. Its figures are counted from the sample comments, so the report
 * and the comments shown under it agree (product audit D19: it said 12 against 2 public comments).
 */
function closedDraftReport(): string {
  const received = demoComments.filter((c) => c.consultation === 'closed');
  return [
    `**Tổng hợp.** Đã nhận ${received.length} ý kiến góp ý qua Cổng, đều đã được công khai dưới đây; không có ý kiến gửi bằng văn bản. Dữ liệu mẫu.`,
    '',
    '**Tiếp thu.** Ý kiến đề nghị không thu phí bản sao điện tử (Điều 1): dự thảo sửa đổi bổ sung khoản 2, miễn phí bản sao điện tử.',
    '',
    '**Giải trình.** Ý kiến đề nghị giảm mức thu xuống 2.000 đồng mỗi trang (Điều 1): Ban soạn thảo giữ mức 5.000 đồng mỗi trang, vì mức này bao gồm chi phí tra cứu, đối chiếu sổ lưu và chứng thực, không chỉ chi phí in.',
  ].join('\n');
}

/**
 * The files of each demo draft, as a drafting agency posts them (dự thảo, tờ trình, …; for the closed draft also
 * the response report and the revised draft). The demo loader writes each as a short A4 PDF (issuing body, national
 * motto, title, body, marked "DỮ LIỆU MẪU") and uploads it like an editor would, so the draft page offers real
 * downloads through the site's file proxy.
 */
export type DemoDraftFile = {
  /** An attachment kind of the CMS component (consultation.attachment), or the response's own two files. */
  kind: 'draft' | 'explanatory-memo' | 'impact-assessment' | 'other' | 'response-report' | 'revised-draft';
  label: string;
  fileName: string;
  document: DemoDocument;
};

/** What a demo PDF says: the header of an administrative document (Nghị định 30/2020/NĐ-CP), its title and body. */
export type DemoDocument = {
  /** The issuing body, with the body it belongs to (cơ quan chủ quản) when there is one. */
  issuer: { parent?: string; body: string };
  /** "Số: …" under the issuing body. */
  reference?: string;
  /** "Sông Hồng, ngày … tháng … năm …" under the motto. */
  placeDate?: string;
  title: string;
  subtitle?: string;
  /** Paragraphs. */
  body: string[];
};

const province = { parent: 'Ủy ban nhân dân tỉnh Sông Hồng' };
const SAMPLE_NOTE = 'Tài liệu gửi kèm để trình diễn chức năng lấy ý kiến dự thảo trên Cổng; không có giá trị pháp lý.';

const draftDocument = (issuer: DemoDocument['issuer'], symbol: string, title: string, subtitle: string, gist: string): DemoDocument => ({
  issuer,
  reference: `Số: …/${symbol}`,
  placeDate: 'Sông Hồng, ngày … tháng … năm 2026',
  title,
  subtitle,
  body: [gist, SAMPLE_NOTE],
});

/** One file of a demo draft: its kind, the label the page shows, its file name, what it says. */
const draftFile = (kind: DemoDraftFile['kind'], label: string, fileName: string, document: DemoDocument): DemoDraftFile => ({ kind, label, fileName, document });

export const demoDraftFiles: Record<keyof typeof demoConsultationSlugs, DemoDraftFile[]> = {
  open: [
    draftFile('draft', 'Dự thảo Quyết định (lần 2)', 'du-thao-quyet-dinh-cong-bo-thong-tin.pdf', draftDocument({ body: 'Ủy ban nhân dân tỉnh Sông Hồng' }, 'QĐ-UBND', 'Quyết định', 'Ban hành Quy định công bố thông tin hành chính trên Cổng thông tin điện tử tỉnh Sông Hồng (Dự thảo lần 2)', 'Quy định này quy định việc công bố thông tin hành chính của các cơ quan thuộc tỉnh Sông Hồng trên Cổng thông tin điện tử của tỉnh: loại thông tin, thời hạn đăng tải và trách nhiệm của từng cơ quan.')),
    draftFile('explanatory-memo', 'Tờ trình ban hành Quyết định', 'to-trinh-cong-bo-thong-tin.pdf', draftDocument({ ...province, body: 'Sở Tư pháp' }, 'TTr-STP', 'Tờ trình', 'Về việc ban hành Quy định công bố thông tin hành chính trên Cổng thông tin điện tử tỉnh Sông Hồng', 'Sở Tư pháp kính trình Ủy ban nhân dân tỉnh xem xét, ban hành Quyết định ban hành Quy định công bố thông tin hành chính, nhằm thống nhất thời hạn và hình thức đăng tải giữa các cơ quan.')),
    draftFile('impact-assessment', 'Báo cáo đánh giá tác động', 'danh-gia-tac-dong-cong-bo-thong-tin.pdf', draftDocument({ ...province, body: 'Sở Số hóa' }, 'BC-SSH', 'Báo cáo', 'Đánh giá tác động của chính sách công bố thông tin hành chính trên Cổng', 'Chính sách giúp người dân, doanh nghiệp tiếp cận thông tin hành chính đầy đủ, kịp thời; chi phí thực hiện chủ yếu là thời gian biên tập của các cơ quan, không phát sinh thủ tục hành chính mới.')),
  ],
  upcoming: [
    draftFile('draft', 'Dự thảo Quy chế (lần 1)', 'du-thao-quy-che-phan-anh-kien-nghi.pdf', draftDocument({ body: 'Ủy ban nhân dân tỉnh Sông Hồng' }, 'QĐ-UBND', 'Quy chế', 'Tiếp nhận, xử lý phản ánh, kiến nghị của người dân, doanh nghiệp (Dự thảo lần 1)', 'Quy chế quy định việc tiếp nhận, phân loại, xử lý và trả lời phản ánh, kiến nghị gửi qua Cổng thông tin điện tử tỉnh Sông Hồng, thời hạn trả lời và việc công khai kết quả.')),
  ],
  closed: [
    draftFile('draft', 'Dự thảo Nghị quyết (lần 3)', 'du-thao-nghi-quyet-phi-ban-sao.pdf', draftDocument({ body: 'Hội đồng nhân dân tỉnh Sông Hồng' }, 'NQ-HĐND', 'Nghị quyết', 'Quy định mức thu phí cấp bản sao (Dự thảo lần 3)', 'Mức thu phí cấp bản sao từ sổ gốc là 5.000 đồng mỗi trang; từ trang thứ ba trở lên mỗi trang thu 3.000 đồng.')),
    draftFile('explanatory-memo', 'Tờ trình ban hành Nghị quyết', 'to-trinh-phi-ban-sao.pdf', draftDocument({ ...province, body: 'Sở Tài chính' }, 'TTr-STC', 'Tờ trình', 'Về việc ban hành Nghị quyết quy định mức thu phí cấp bản sao', 'Sở Tài chính kính trình Ủy ban nhân dân tỉnh để trình Hội đồng nhân dân tỉnh ban hành Nghị quyết quy định mức thu phí cấp bản sao trên địa bàn tỉnh.')),
    draftFile('response-report', 'Báo cáo tổng hợp, tiếp thu, giải trình ý kiến góp ý', 'bao-cao-tiep-thu-giai-trinh-phi-ban-sao.pdf', draftDocument({ ...province, body: 'Sở Tài chính' }, 'BC-STC', 'Báo cáo', 'Tổng hợp, tiếp thu, giải trình ý kiến góp ý dự thảo Nghị quyết quy định mức thu phí cấp bản sao', 'Tiếp thu ý kiến đề nghị miễn phí bản sao điện tử (khoản 2 Điều 1); giữ mức thu 5.000 đồng mỗi trang vì mức này bao gồm chi phí tra cứu, đối chiếu sổ lưu và chứng thực.')),
    draftFile('revised-draft', 'Dự thảo đã chỉnh lý sau lấy ý kiến', 'du-thao-chinh-ly-phi-ban-sao.pdf', draftDocument({ body: 'Hội đồng nhân dân tỉnh Sông Hồng' }, 'NQ-HĐND', 'Nghị quyết', 'Quy định mức thu phí cấp bản sao (Dự thảo đã chỉnh lý sau lấy ý kiến)', 'Miễn phí cấp bản sao điện tử từ sổ gốc (khoản 2 Điều 1, bổ sung sau khi lấy ý kiến).')),
  ],
};
