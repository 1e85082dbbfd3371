import type { Core } from '@strapi/strapi';
import {
  AGENCY_PROFILE,
  ARTICLE,
  DOCUMENT_TYPE,
  ISSUING_BODY,
  LEGAL_FIELD,
  OFFICIAL,
  PAGE_RATING,
  PROJECT,
  PUBLIC_SERVICE,
  RELATED_LINK,
  SCHEDULE_ENTRY,
  SIGNER,
  STATISTIC_REPORT,
  UNIT,
} from '../model/uids';
import { applyEditorView, type EditorView } from './apply-editor-view';

/**
 * Vietnamese field names and hints for the portal's sections, the registry's catalogues and the components, so no
 * edit view or list shows an attribute's English name. (Documents, drafts, comments, questions, the outbox and the
 * maintenance notice have their own tables beside their other view settings.)
 */
const SLUG = 'Tự tạo từ tên hoặc tiêu đề; chữ thường không dấu, nối bằng dấu gạch ngang.';
const ORDER = 'Số nhỏ đứng trước.';

const VIEWS: EditorView[] = [
  {
    uid: AGENCY_PROFILE,
    labels: {
      name: ['Tên cơ quan', 'Tên đầy đủ bằng tiếng Việt, hiện ở đầu mọi trang (Thông tư 32/2017/TT-BTTTT, Điều 16).'],
      logo: ['Biểu trưng (logo)', 'Ảnh SVG hoặc PNG, nền trong suốt, hiện cạnh tên cơ quan ở đầu mọi trang. Để trống: dùng biểu trưng mẫu.'],
      functions: ['Chức năng'],
      duties: ['Nhiệm vụ, quyền hạn'],
      history: ['Lịch sử hình thành'],
      address: ['Địa chỉ'],
      phone: ['Điện thoại'],
      fax: ['Fax'],
      email: ['Thư điện tử', 'Địa chỉ thư công vụ (tên miền trong OFFICIAL_EMAIL_DOMAINS).'],
      workingHours: ['Giờ làm việc'],
      mapUrl: ['Liên kết bản đồ'],
      portalResponsible: ['Người chịu trách nhiệm nội dung cổng'],
      portalEmail: ['Thư điện tử của cổng'],
      nameEn: ['Tên cơ quan (tiếng Anh)'],
      introEn: ['Giới thiệu (tiếng Anh)', 'Trang /en.'],
      addressEn: ['Địa chỉ (tiếng Anh)'],
      workingHoursEn: ['Giờ làm việc (tiếng Anh)'],
    },
  },
  {
    uid: ARTICLE,
    labels: {
      title: ['Tiêu đề'],
      slug: ['Đường dẫn', SLUG],
      section: ['Chuyên mục', 'Trang của cổng nơi bài viết được đăng.'],
      category: ['Nhóm tin'],
      summary: ['Tóm tắt'],
      body: ['Nội dung'],
      author: ['Tác giả'],
      source: ['Nguồn tin'],
      postedAt: ['Thời điểm đăng', 'Để trống: thời điểm xuất bản.'],
      featuredImage: ['Ảnh đại diện'],
      featuredImageAlt: ['Mô tả ảnh đại diện', 'Nội dung ảnh, cho người dùng trình đọc màn hình.'],
    },
    settings: { mainField: 'title', defaultSortBy: 'postedAt', defaultSortOrder: 'DESC' },
    list: ['title', 'section', 'postedAt'],
  },
  { uid: DOCUMENT_TYPE, labels: { name: ['Tên loại văn bản'], slug: ['Đường dẫn'], abbreviation: ['Viết tắt', 'Ví dụ: NĐ, QĐ, TT.'], normative: ['Văn bản quy phạm pháp luật'], order: ['Thứ tự', ORDER] } },
  { uid: ISSUING_BODY, labels: { name: ['Tên cơ quan ban hành'], slug: ['Đường dẫn'], abbreviation: ['Viết tắt', 'Ví dụ: UBND, TTg.'] } },
  { uid: LEGAL_FIELD, labels: { name: ['Tên lĩnh vực'], slug: ['Đường dẫn'] } },
  { uid: SIGNER, labels: { name: ['Họ và tên'], title: ['Chức danh'] } },
  {
    uid: OFFICIAL,
    labels: {
      name: ['Họ và tên'],
      slug: ['Đường dẫn', SLUG],
      title: ['Chức danh'],
      unit: ['Đơn vị'],
      phone: ['Điện thoại'],
      email: ['Thư điện tử công vụ', 'Tên miền trong OFFICIAL_EMAIL_DOMAINS (mặc định .gov.vn).'],
      order: ['Thứ tự', ORDER],
      leader: ['Lãnh đạo', 'Hiện ở trang Giới thiệu, mục Lãnh đạo.'],
      photo: ['Ảnh'],
      biography: ['Tiểu sử'],
      duties: ['Nhiệm vụ được phân công'],
    },
  },
  {
    uid: UNIT,
    labels: {
      name: ['Tên đơn vị'],
      slug: ['Đường dẫn', SLUG],
      parent: ['Đơn vị cấp trên'],
      children: ['Đơn vị trực thuộc'],
      order: ['Thứ tự', ORDER],
      functions: ['Chức năng, nhiệm vụ'],
      email: ['Thư điện tử công vụ'],
      phone: ['Điện thoại'],
      address: ['Địa chỉ'],
    },
  },
  {
    uid: SCHEDULE_ENTRY,
    labels: {
      title: ['Nội dung công việc'],
      startsAt: ['Bắt đầu'],
      endsAt: ['Kết thúc'],
      place: ['Địa điểm'],
      chair: ['Chủ trì'],
      participants: ['Thành phần'],
      preparedBy: ['Đơn vị chuẩn bị'],
    },
  },
  {
    uid: PUBLIC_SERVICE,
    labels: {
      name: ['Tên thủ tục'],
      code: ['Mã thủ tục', 'Mã trên Cơ sở dữ liệu quốc gia về thủ tục hành chính, ví dụ 1.001234.'],
      field: ['Lĩnh vực'],
      level: ['Mức độ trực tuyến', '"Nộp trực tiếp": cổng không hiện nút nộp trực tuyến.'],
      fees: ['Phí, lệ phí'],
      processingTime: ['Thời hạn giải quyết'],
      agency: ['Cơ quan thực hiện'],
      portalUrl: ['Liên kết nộp hồ sơ', 'Trang của thủ tục trên Cổng Dịch vụ công.'],
      featured: ['Hiện trên trang chủ', 'Đánh dấu các dịch vụ công được dùng nhiều nhất (nên chọn 4–6).'],
    },
  },
  {
    uid: PROJECT,
    labels: {
      name: ['Tên dự án, gói thầu'],
      kind: ['Loại'],
      investor: ['Chủ đầu tư, bên mời thầu'],
      location: ['Địa điểm'],
      budget: ['Tổng mức đầu tư, giá gói thầu'],
      fundingSource: ['Nguồn vốn'],
      period: ['Thời gian thực hiện'],
      status: ['Tình hình thực hiện'],
      summary: ['Tóm tắt'],
    },
  },
  {
    uid: STATISTIC_REPORT,
    labels: {
      title: ['Tên báo cáo'],
      slug: ['Đường dẫn', SLUG],
      period: ['Kỳ báo cáo', 'Ví dụ: Quý III/2026.'],
      unitOfMeasure: ['Đơn vị tính'],
      figures: ['Số liệu', 'Bảng dạng [{"label": "Quý I/2026", "value": 120}, …]; cổng vẽ bảng và biểu đồ từ đây.'],
      method: ['Phương pháp thống kê'],
      analysis: ['Phân tích'],
      source: ['Nguồn số liệu'],
    },
  },
  { uid: RELATED_LINK, labels: { name: ['Tên cổng, trang'], url: ['Địa chỉ (https://…)'], order: ['Thứ tự', ORDER] } },
  {
    uid: PAGE_RATING,
    labels: { path: ['Trang'], day: ['Ngày'], score: ['Mức độ hài lòng'], visitorKey: ['Dấu vân tay người đánh giá', 'Để mỗi người một lượt mỗi ngày; không chứa địa chỉ IP.'] },
    editable: () => false,
  },
  {
    uid: 'consultation.attachment',
    labels: { kind: ['Loại tệp'], label: ['Tên hiển thị', 'Để trống: tên tệp.'], file: ['Tệp'] },
  },
  {
    uid: 'consultation.version',
    labels: { label: ['Tên phiên bản', 'Ví dụ: Dự thảo lần 1.'], postedOn: ['Ngày đăng'], body: ['Toàn văn'], file: ['Tệp'] },
  },
  {
    uid: 'legal.relation',
    labels: {
      kind: ['Quan hệ', 'Văn bản này … văn bản có số ký hiệu bên cạnh.'],
      targetNumber: ['Số ký hiệu văn bản liên quan', 'Ví dụ: 43/2011/NĐ-CP.'],
      targetNumberKey: ['Khóa số ký hiệu', 'Tự tính.'],
      partial: ['Một phần', 'Chỉ tác động đến một số điều, khoản.'],
      note: ['Ghi chú'],
    },
    editable: (field) => field !== 'targetNumberKey',
  },
];

export async function configurePortalEditorViews(strapi: Core.Strapi): Promise<void> {
  for (const view of VIEWS) await applyEditorView(strapi, view);
}
