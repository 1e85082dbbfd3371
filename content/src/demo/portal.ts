import { weekOf } from '../work-week.ts';
import { SAMPLE_MARK } from './taxonomy.ts';

/**
 * Demo content for the sections every portal must carry, for the fictional Ủy ban nhân dân tỉnh Sông Hồng.
 * Written for this project; every name, address and figure is invented and marked as sample data. Addresses
 * use the fictional `songhong.gov.vn` so that they pass the default official-domain rule (`.gov.vn`).
 */
const MARK = ' (dữ liệu mẫu)';

export const demoAgencyProfile = {
  name: `Ủy ban nhân dân tỉnh Sông Hồng${MARK}`,
  functions:
    'Ủy ban nhân dân tỉnh là cơ quan chấp hành của Hội đồng nhân dân tỉnh, cơ quan hành chính nhà nước ở địa phương, ' +
    'chịu trách nhiệm trước Hội đồng nhân dân tỉnh và cơ quan hành chính nhà nước cấp trên.\n\n' +
    `${SAMPLE_MARK}: nội dung này được viết để trình diễn cổng, không phải văn bản của một cơ quan có thật.`,
  duties:
    '- Xây dựng, trình Hội đồng nhân dân tỉnh quyết định các nội dung thuộc thẩm quyền.\n' +
    '- Tổ chức thi hành Hiến pháp, pháp luật và nghị quyết của Hội đồng nhân dân tỉnh.\n' +
    '- Quản lý nhà nước về kinh tế - xã hội, quốc phòng, an ninh trên địa bàn tỉnh.\n' +
    '- Cung cấp thông tin, dịch vụ công trực tuyến cho người dân và doanh nghiệp.',
  history:
    'Tỉnh Sông Hồng (tỉnh giả định) được dùng làm ví dụ cho cổng thông tin điện tử mã nguồn mở "Cổng". ' +
    'Các mốc lịch sử dưới đây là hư cấu:\n\n- 1976: thành lập tỉnh.\n- 2008: khai trương trang thông tin điện tử.\n- 2026: chuyển sang cổng thông tin theo Nghị định 224/2026/NĐ-CP.',
  address: `Số 1 đường Trần Hưng Đạo, phường Bến Thủy, tỉnh Sông Hồng${MARK}`,
  phone: '0200 3 000 000',
  fax: '0200 3 000 001',
  email: 'ubnd@songhong.gov.vn',
  workingHours: 'Sáng: 7 giờ 30 – 11 giờ 30; chiều: 13 giờ 30 – 17 giờ, từ thứ Hai đến thứ Sáu (trừ ngày lễ, Tết).',
  mapUrl: 'https://www.openstreetmap.org/#map=15/21.0285/105.8542',
  portalResponsible: `Ông Nguyễn Văn An, Chánh Văn phòng Ủy ban nhân dân tỉnh${MARK}`,
  portalEmail: 'congthongtin@songhong.gov.vn',
  nameEn: 'People’s Committee of Song Hong Province (sample data)',
  introEn:
    'The People’s Committee is the executive body of the Provincial People’s Council and the state administrative ' +
    'authority of the province. This is a fictional province used to demonstrate the open-source portal "Cổng"; ' +
    'all names, addresses and figures are sample data.',
  addressEn: 'No. 1 Tran Hung Dao Street, Ben Thuy Ward, Song Hong Province (sample address)',
  workingHoursEn: 'Monday to Friday, 7:30–11:30 and 13:30–17:00 (Vietnam time), except public holidays.',
};

export interface DemoUnit {
  slug: string;
  name: string;
  parent: string | null;
  order: number;
  email: string;
  phone: string;
  functions: string;
}

export const demoUnits: DemoUnit[] = [
  { slug: 'ubnd-tinh', name: `Ủy ban nhân dân tỉnh${MARK}`, parent: null, order: 1, email: 'ubnd@songhong.gov.vn', phone: '0200 3 000 000', functions: 'Cơ quan hành chính nhà nước ở địa phương.' },
  { slug: 'van-phong-ubnd', name: 'Văn phòng Ủy ban nhân dân tỉnh', parent: 'ubnd-tinh', order: 1, email: 'vanphong@songhong.gov.vn', phone: '0200 3 000 010', functions: 'Tham mưu tổng hợp, giúp Ủy ban nhân dân tỉnh chỉ đạo, điều hành; quản lý cổng thông tin điện tử.' },
  { slug: 'so-tu-phap', name: 'Sở Tư pháp', parent: 'ubnd-tinh', order: 2, email: 'sotuphap@songhong.gov.vn', phone: '0200 3 000 020', functions: 'Tham mưu quản lý nhà nước về xây dựng, thi hành pháp luật, phổ biến, giáo dục pháp luật.' },
  { slug: 'so-tai-chinh', name: 'Sở Tài chính', parent: 'ubnd-tinh', order: 3, email: 'sotaichinh@songhong.gov.vn', phone: '0200 3 000 030', functions: 'Tham mưu quản lý nhà nước về tài chính, ngân sách, đầu tư công.' },
  { slug: 'so-khoa-hoc-cong-nghe', name: 'Sở Khoa học và Công nghệ', parent: 'ubnd-tinh', order: 4, email: 'sokhcn@songhong.gov.vn', phone: '0200 3 000 040', functions: 'Tham mưu quản lý nhà nước về khoa học, công nghệ, chuyển đổi số.' },
  { slug: 'phong-hanh-chinh-to-chuc', name: 'Phòng Hành chính – Tổ chức', parent: 'van-phong-ubnd', order: 1, email: 'hcth.vp@songhong.gov.vn', phone: '0200 3 000 011', functions: 'Văn thư, lưu trữ, tổ chức cán bộ của Văn phòng.' },
  { slug: 'trung-tam-thong-tin', name: 'Trung tâm Thông tin – Công báo', parent: 'van-phong-ubnd', order: 2, email: 'trungtamthongtin@songhong.gov.vn', phone: '0200 3 000 012', functions: 'Vận hành cổng thông tin điện tử, công báo tỉnh.' },
];

export interface DemoOfficial {
  slug: string;
  name: string;
  title: string;
  unit: string;
  email: string;
  phone: string;
  order: number;
  leader: boolean;
  biography?: string;
  duties?: string;
}

export const demoOfficials: DemoOfficial[] = [
  { slug: 'le-minh-chau', name: 'Lê Minh Châu', title: 'Chủ tịch Ủy ban nhân dân tỉnh', unit: 'ubnd-tinh', email: 'lmchau@songhong.gov.vn', phone: '0200 3 000 100', order: 1, leader: true,
    biography: `Sinh năm 1972. Thạc sĩ Quản lý công. ${SAMPLE_MARK}: nhân vật hư cấu.`, duties: 'Lãnh đạo, điều hành chung các hoạt động của Ủy ban nhân dân tỉnh; trực tiếp phụ trách quy hoạch, tổ chức bộ máy.' },
  { slug: 'pham-thu-ha', name: 'Phạm Thu Hà', title: 'Phó Chủ tịch Ủy ban nhân dân tỉnh', unit: 'ubnd-tinh', email: 'ptha@songhong.gov.vn', phone: '0200 3 000 101', order: 2, leader: true,
    biography: `Sinh năm 1978. Tiến sĩ Kinh tế. ${SAMPLE_MARK}: nhân vật hư cấu.`, duties: 'Phụ trách kinh tế, tài chính, đầu tư công, khoa học và công nghệ.' },
  { slug: 'do-quang-vinh', name: 'Đỗ Quang Vinh', title: 'Phó Chủ tịch Ủy ban nhân dân tỉnh', unit: 'ubnd-tinh', email: 'dqvinh@songhong.gov.vn', phone: '0200 3 000 102', order: 3, leader: true,
    biography: `Sinh năm 1975. Cử nhân Luật. ${SAMPLE_MARK}: nhân vật hư cấu.`, duties: 'Phụ trách văn hóa – xã hội, tư pháp, cải cách hành chính.' },
  { slug: 'nguyen-van-an', name: 'Nguyễn Văn An', title: 'Chánh Văn phòng', unit: 'van-phong-ubnd', email: 'nvan@songhong.gov.vn', phone: '0200 3 000 110', order: 1, leader: false },
  { slug: 'tran-thi-lan', name: 'Trần Thị Lan', title: 'Phó Chánh Văn phòng', unit: 'van-phong-ubnd', email: 'ttlan@songhong.gov.vn', phone: '0200 3 000 111', order: 2, leader: false },
  { slug: 'hoang-duc-manh', name: 'Hoàng Đức Mạnh', title: 'Giám đốc Sở Tư pháp', unit: 'so-tu-phap', email: 'hdmanh@songhong.gov.vn', phone: '0200 3 000 120', order: 1, leader: false },
  { slug: 'vu-ngoc-anh', name: 'Vũ Ngọc Ánh', title: 'Giám đốc Sở Tài chính', unit: 'so-tai-chinh', email: 'vnanh@songhong.gov.vn', phone: '0200 3 000 130', order: 1, leader: false },
  { slug: 'bui-thanh-tung', name: 'Bùi Thanh Tùng', title: 'Giám đốc Sở Khoa học và Công nghệ', unit: 'so-khoa-hoc-cong-nghe', email: 'bttung@songhong.gov.vn', phone: '0200 3 000 140', order: 1, leader: false },
  { slug: 'ngo-thi-mai', name: 'Ngô Thị Mai', title: 'Giám đốc Trung tâm Thông tin – Công báo', unit: 'trung-tam-thong-tin', email: 'ntmai@songhong.gov.vn', phone: '0200 3 000 150', order: 1, leader: false },
];

export interface DemoArticle {
  slug: string;
  section: 'tin-tuc' | 'chi-dao-dieu-hanh' | 'chien-luoc-quy-hoach' | 'pho-bien-phap-luat' | 'khoa-hoc-cong-nghe';
  title: string;
  category: string;
  summary: string;
  body: string;
  author: string;
  source: string;
  /** Days before the demo is loaded, at 08:00 Vietnam time. */
  daysAgo: number;
  image?: { hue: number; alt: string };
}

const para = (text: string) => `${text}\n\n${SAMPLE_MARK}: bài viết được soạn để trình diễn cổng; sự kiện và số liệu là hư cấu.`;

export const demoArticles: DemoArticle[] = [
  { slug: 'khai-truong-cong-thong-tin-moi', section: 'tin-tuc', category: 'Hoạt động của tỉnh', title: 'Tỉnh Sông Hồng khai trương cổng thông tin điện tử mới', summary: 'Cổng mới đáp ứng Nghị định 224/2026/NĐ-CP, dùng được trên điện thoại và cho người khuyết tật.', body: para('Sáng nay, Ủy ban nhân dân tỉnh tổ chức lễ khai trương cổng thông tin điện tử mới. Cổng cung cấp cơ sở dữ liệu văn bản, lịch công tác của lãnh đạo, danh bạ thư điện tử công vụ và chuyên mục hỏi đáp.'), author: 'Ngô Thị Mai', source: 'Trung tâm Thông tin – Công báo', daysAgo: 1, image: { hue: 205, alt: 'Minh họa: biểu tượng cổng thông tin trên nền xanh' } },
  { slug: 'hoi-nghi-cai-cach-hanh-chinh-quy-iv', section: 'tin-tuc', category: 'Cải cách hành chính', title: 'Hội nghị đánh giá công tác cải cách hành chính quý IV', summary: 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5% (số liệu mẫu).', body: para('Hội nghị do Phó Chủ tịch Đỗ Quang Vinh chủ trì đã đánh giá kết quả cải cách hành chính và đề ra nhiệm vụ năm tới.'), author: 'Trần Thị Lan', source: 'Văn phòng Ủy ban nhân dân tỉnh', daysAgo: 4, image: { hue: 140, alt: 'Minh họa: hội trường với các hàng ghế' } },
  { slug: 'ra-quan-tet-trong-cay', section: 'tin-tuc', category: 'Văn hóa – xã hội', title: 'Phát động Tết trồng cây đời đời nhớ ơn Bác Hồ', summary: 'Toàn tỉnh phấn đấu trồng mới 1 triệu cây xanh (số liệu mẫu).', body: para('Ủy ban nhân dân tỉnh phát động phong trào trồng cây tại tất cả các xã, phường.'), author: 'Ngô Thị Mai', source: 'Trung tâm Thông tin – Công báo', daysAgo: 9 },
  { slug: 'chi-dao-phong-chong-bao-lu', section: 'chi-dao-dieu-hanh', category: 'Chỉ đạo', title: 'Chủ tịch UBND tỉnh chỉ đạo ứng phó mưa lũ', summary: 'Yêu cầu các sở, ngành và UBND cấp xã trực ban 24/24 giờ.', body: para('Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở, ngành và Ủy ban nhân dân cấp xã chủ động sơ tán dân khỏi vùng nguy hiểm.'), author: 'Văn phòng UBND tỉnh', source: 'Văn phòng Ủy ban nhân dân tỉnh', daysAgo: 2 },
  { slug: 'khen-thuong-tap-the-ca-nhan-2026', section: 'chi-dao-dieu-hanh', category: 'Khen thưởng, xử phạt', title: 'Khen thưởng tập thể, cá nhân có thành tích trong chuyển đổi số', summary: 'Tặng Bằng khen cho 12 tập thể và 25 cá nhân (số liệu mẫu).', body: para('Ủy ban nhân dân tỉnh quyết định tặng Bằng khen cho các tập thể, cá nhân có thành tích xuất sắc.'), author: 'Văn phòng UBND tỉnh', source: 'Văn phòng Ủy ban nhân dân tỉnh', daysAgo: 6 },
  { slug: 'xu-phat-vi-pham-hanh-chinh-dat-dai', section: 'chi-dao-dieu-hanh', category: 'Khen thưởng, xử phạt', title: 'Công khai quyết định xử phạt vi phạm hành chính lĩnh vực đất đai', summary: 'Danh sách quyết định xử phạt trong tháng (dữ liệu mẫu).', body: para('Công khai theo quy định về xử lý vi phạm hành chính.'), author: 'Văn phòng UBND tỉnh', source: 'Sở Tư pháp', daysAgo: 12 },
  { slug: 'ke-hoach-chuyen-doi-so-2026-2030', section: 'chien-luoc-quy-hoach', category: 'Kế hoạch', title: 'Kế hoạch chuyển đổi số tỉnh Sông Hồng giai đoạn 2026–2030', summary: 'Mục tiêu, nhiệm vụ và giải pháp chuyển đổi số của tỉnh.', body: para('Kế hoạch xác định ba trụ cột: chính quyền số, kinh tế số và xã hội số.'), author: 'Sở Khoa học và Công nghệ', source: 'Sở Khoa học và Công nghệ', daysAgo: 20 },
  { slug: 'quy-hoach-tinh-thoi-ky-2021-2030', section: 'chien-luoc-quy-hoach', category: 'Quy hoạch', title: 'Quy hoạch tỉnh thời kỳ 2021–2030, tầm nhìn đến 2050', summary: 'Tóm tắt nội dung quy hoạch tỉnh (dữ liệu mẫu).', body: para('Quy hoạch định hướng phát triển không gian kinh tế - xã hội của tỉnh.'), author: 'Sở Tài chính', source: 'Sở Tài chính', daysAgo: 40 },
  { slug: 'tim-hieu-luat-chuyen-doi-so', section: 'pho-bien-phap-luat', category: 'Phổ biến pháp luật', title: 'Tìm hiểu Luật Chuyển đổi số: quyền của người dân khi dùng dịch vụ công trực tuyến', summary: 'Hỏi – đáp ngắn về các quyền của người dân (tài liệu mẫu).', body: para('Bài viết giới thiệu những điểm chính mà người dân cần biết.'), author: 'Hoàng Đức Mạnh', source: 'Sở Tư pháp', daysAgo: 5 },
  { slug: 'ngay-phap-luat-viet-nam', section: 'pho-bien-phap-luat', category: 'Tuyên truyền', title: 'Hưởng ứng Ngày Pháp luật Việt Nam 9/11', summary: 'Các hoạt động tuyên truyền tại cơ sở.', body: para('Tổ chức thi tìm hiểu pháp luật trực tuyến cho cán bộ, công chức và người dân.'), author: 'Sở Tư pháp', source: 'Sở Tư pháp', daysAgo: 17 },
  { slug: 'de-tai-giong-lua-chiu-man', section: 'khoa-hoc-cong-nghe', category: 'Đề tài cấp tỉnh', title: 'Đề tài: Chọn tạo giống lúa chịu mặn cho vùng ven biển', summary: 'Chủ nhiệm: TS. Bùi Thanh Tùng; thời gian 2025–2027; kinh phí 2,5 tỷ đồng (số liệu mẫu).', body: para('Đề tài khoa học cấp tỉnh nhằm thích ứng với biến đổi khí hậu.'), author: 'Sở Khoa học và Công nghệ', source: 'Sở Khoa học và Công nghệ', daysAgo: 30 },
  { slug: 'chuong-trinh-khcn-nong-thon', section: 'khoa-hoc-cong-nghe', category: 'Chương trình', title: 'Chương trình ứng dụng khoa học và công nghệ phát triển nông thôn 2026–2030', summary: 'Danh mục nhiệm vụ đặt hàng năm 2026 (dữ liệu mẫu).', body: para('Chương trình hỗ trợ chuyển giao công nghệ cho hợp tác xã.'), author: 'Sở Khoa học và Công nghệ', source: 'Sở Khoa học và Công nghệ', daysAgo: 45 },
];

export interface DemoScheduleEntry {
  title: string;
  startsAt: string;
  endsAt: string;
  place: string;
  chair: string;
  participants: string;
  preparedBy: string;
}

/** Meetings in the current and the next week (Vietnam time), so the week view is never empty on a fresh install. */
export function demoSchedule(now: Date = new Date()): DemoScheduleEntry[] {
  const at = (weekOffset: number, day: number, hh: number, mm = 0) => {
    const monday = new Date(weekOf(now).start).getTime();
    return new Date(monday + (weekOffset * 7 + day) * 86_400_000 + (hh * 60 + mm) * 60_000).toISOString();
  };
  const rows: Array<[number, number, number, number, string, string, string, string, string]> = [
    [0, 0, 8, 0, 'Giao ban lãnh đạo Ủy ban nhân dân tỉnh', 'Phòng họp số 1, trụ sở UBND tỉnh', 'Chủ tịch Lê Minh Châu', 'Các Phó Chủ tịch; Chánh Văn phòng', 'Văn phòng UBND tỉnh'],
    [0, 1, 14, 0, 'Làm việc với Sở Tài chính về dự toán ngân sách năm sau', 'Phòng họp số 2', 'Phó Chủ tịch Phạm Thu Hà', 'Sở Tài chính; các sở liên quan', 'Sở Tài chính'],
    [0, 2, 8, 30, 'Tiếp công dân định kỳ', 'Trụ sở Tiếp công dân tỉnh', 'Chủ tịch Lê Minh Châu', 'Thanh tra tỉnh; Sở Tư pháp', 'Ban Tiếp công dân'],
    [0, 3, 9, 0, 'Hội nghị trực tuyến về cải cách hành chính', 'Hội trường tầng 3', 'Phó Chủ tịch Đỗ Quang Vinh', 'Các sở, ngành; UBND cấp xã (trực tuyến)', 'Sở Nội vụ'],
    [0, 4, 15, 30, 'Kiểm tra công trình đê điều trước mùa mưa', 'Xã Bến Đò (hiện trường)', 'Phó Chủ tịch Phạm Thu Hà', 'Sở Nông nghiệp và Môi trường', 'Sở Nông nghiệp và Môi trường'],
    [1, 0, 8, 0, 'Giao ban lãnh đạo Ủy ban nhân dân tỉnh', 'Phòng họp số 1, trụ sở UBND tỉnh', 'Chủ tịch Lê Minh Châu', 'Các Phó Chủ tịch; Chánh Văn phòng', 'Văn phòng UBND tỉnh'],
    [1, 2, 14, 0, 'Họp Ban Chỉ đạo chuyển đổi số tỉnh', 'Phòng họp số 1', 'Chủ tịch Lê Minh Châu', 'Thành viên Ban Chỉ đạo', 'Sở Khoa học và Công nghệ'],
  ];
  return rows.map(([week, day, hh, mm, title, place, chair, participants, preparedBy]) => ({
    title: `${title}${MARK}`,
    startsAt: at(week, day, hh, mm),
    endsAt: at(week, day, hh + 2, mm),
    place,
    chair,
    participants,
    preparedBy,
  }));
}

export const demoPublicServices = [
  { code: '1.001234', featured: true, name: 'Cấp bản sao trích lục hộ tịch', field: 'Hộ tịch', level: 'toan-trinh', fees: '8.000 đồng/bản (mức mẫu)', processingTime: 'Ngay trong ngày làm việc', agency: 'Sở Tư pháp', portalUrl: 'https://dichvucong.gov.vn/' },
  { code: '1.004567', featured: true, name: 'Cấp phiếu lý lịch tư pháp', field: 'Lý lịch tư pháp', level: 'toan-trinh', fees: '200.000 đồng/lần (mức mẫu)', processingTime: '10 ngày làm việc', agency: 'Sở Tư pháp', portalUrl: 'https://dichvucong.gov.vn/' },
  { code: '2.000890', featured: true, name: 'Đăng ký thành lập hộ kinh doanh', field: 'Đăng ký kinh doanh', level: 'mot-phan', fees: '100.000 đồng (mức mẫu)', processingTime: '3 ngày làm việc', agency: 'Ủy ban nhân dân cấp xã', portalUrl: 'https://dichvucong.gov.vn/' },
  { code: '1.009876', name: 'Thẩm định dự toán mua sắm tài sản công', field: 'Quản lý công sản', level: 'truc-tiep', fees: 'Không thu phí', processingTime: '15 ngày làm việc', agency: 'Sở Tài chính', portalUrl: 'https://dichvucong.gov.vn/' },
];

export const demoProjects = [
  { kind: 'du-an', name: 'Dự án nâng cấp tuyến đê hữu sông Hồng đoạn qua xã Bến Đò', investor: 'Ban Quản lý dự án đầu tư xây dựng tỉnh', location: 'Xã Bến Đò', budget: '450 tỷ đồng (số liệu mẫu)', fundingSource: 'Ngân sách trung ương và địa phương', period: '2025–2028', status: 'Đang thi công', summary: 'Nâng cấp 12 km đê, bảo đảm chống lũ.' },
  { kind: 'dau-tu', name: 'Danh mục dự án kêu gọi đầu tư: khu công nghiệp Sông Hồng II', investor: 'Kêu gọi nhà đầu tư', location: 'Phường Bến Thủy', budget: '3.200 tỷ đồng (số liệu mẫu)', fundingSource: 'Vốn nhà đầu tư', period: '2026–2031', status: 'Đang kêu gọi đầu tư', summary: 'Khu công nghiệp 250 ha, ưu tiên công nghệ cao.' },
  { kind: 'dau-thau', name: 'Gói thầu số 05: Xây lắp trụ sở Trung tâm Phục vụ hành chính công', investor: 'Văn phòng UBND tỉnh', location: 'Phường Bến Thủy', budget: '38 tỷ đồng (số liệu mẫu)', fundingSource: 'Ngân sách tỉnh', period: 'Mở thầu quý I/2027', status: 'Đã phê duyệt kế hoạch lựa chọn nhà thầu', summary: 'Đấu thầu rộng rãi qua mạng.' },
  { kind: 'mua-sam', name: 'Mua sắm tập trung máy tính cho các cơ quan nhà nước năm 2026', investor: 'Sở Tài chính', location: 'Toàn tỉnh', budget: '12 tỷ đồng (số liệu mẫu)', fundingSource: 'Ngân sách tỉnh', period: '2026', status: 'Đã ký thỏa thuận khung', summary: '1.200 máy tính để bàn và 300 máy tính xách tay.' },
];

export const demoStatistics = [
  { slug: 'ho-so-dich-vu-cong-truc-tuyen-2026', title: 'Hồ sơ dịch vụ công trực tuyến năm 2026', period: 'Quý I–III năm 2026', unitOfMeasure: 'hồ sơ', source: 'Văn phòng UBND tỉnh',
    figures: [{ label: 'Quý I/2026', value: 18450 }, { label: 'Quý II/2026', value: 22310 }, { label: 'Quý III/2026', value: 25980 }],
    method: 'Tổng hợp tự động từ hệ thống thông tin giải quyết thủ tục hành chính của tỉnh; một hồ sơ được đếm một lần tại ngày tiếp nhận.',
    analysis: `Số hồ sơ trực tuyến tăng đều qua các quý, quý III tăng 16% so với quý II. ${SAMPLE_MARK}: số liệu hư cấu.` },
  { slug: 'thu-ngan-sach-2026', title: 'Thu ngân sách nhà nước trên địa bàn 9 tháng năm 2026', period: '9 tháng năm 2026', unitOfMeasure: 'tỷ đồng', source: 'Sở Tài chính',
    figures: [{ label: 'Thu nội địa', value: 8200 }, { label: 'Thu xuất nhập khẩu', value: 1350 }, { label: 'Thu khác', value: 420 }],
    method: 'Số liệu từ Kho bạc Nhà nước khu vực, tính đến hết ngày 30/9.',
    analysis: `Thu nội địa chiếm 82% tổng thu. ${SAMPLE_MARK}: số liệu hư cấu.` },
];

export const demoRelatedLinks = [
  { name: 'Cổng Thông tin điện tử Chính phủ', url: 'https://chinhphu.vn/', order: 1 },
  { name: 'Cổng Dịch vụ công quốc gia', url: 'https://dichvucong.gov.vn/', order: 2 },
  { name: 'Cơ sở dữ liệu quốc gia về văn bản pháp luật', url: 'https://vbpl.vn/', order: 3 },
  { name: 'Cổng Pháp luật quốc gia', url: 'https://phapluat.gov.vn/', order: 4 },
];

export interface DemoQuestion {
  code: string;
  name: string;
  email: string;
  subject: string;
  body: string;
  daysAgo: number;
  answerStatus: 'received' | 'in-progress' | 'answered' | 'rejected';
  answer?: string;
  answeredBy?: string;
  showPublicly: boolean;
}

/** Named so the tests can look them up: one public answer, one private, one overdue. */
export const demoQuestions: DemoQuestion[] = [
  { code: 'HD-2026-DEM0A1', name: 'Nguyễn Thị Hoa (mẫu)', email: 'hoa.mau@example.com', subject: 'Thời hạn cấp phiếu lý lịch tư pháp', body: 'Tôi nộp hồ sơ cấp phiếu lý lịch tư pháp trực tuyến thì bao lâu có kết quả?', daysAgo: 20, answerStatus: 'answered',
    answer: 'Theo quy định, thời hạn cấp phiếu lý lịch tư pháp là 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ. (Trả lời mẫu.)', answeredBy: 'Sở Tư pháp', showPublicly: true },
  { code: 'HD-2026-DEM0B2', name: 'Trần Văn Nam (mẫu)', email: 'nam.mau@example.com', subject: 'Hỗ trợ hộ kinh doanh đăng ký trực tuyến', body: 'Xã tôi có điểm hỗ trợ đăng ký hộ kinh doanh trực tuyến không?', daysAgo: 6, answerStatus: 'in-progress', showPublicly: false },
  { code: 'HD-2026-DEM0C3', name: 'Lê Thị Thu (mẫu)', email: 'thu.mau@example.com', subject: 'Bồi thường giải phóng mặt bằng dự án đê', body: 'Gia đình tôi có đất trong phạm vi dự án nâng cấp đê, khi nào được thông báo phương án bồi thường?', daysAgo: 40, answerStatus: 'received', showPublicly: false },
];
