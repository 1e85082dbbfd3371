/**
 * The sections every agency portal must carry (NĐ 224/2026 Điều 9, before it NĐ 43/2011 Điều 10–12 and Luật
 * CNTT Điều 28), with their stable Vietnamese paths. The menu, the HTML site map, /sitemap.xml and the
 * link-walking test all read this list, so a required section cannot silently go missing from one of them.
 */
export interface PortalSection {
  key: string;
  path: string;
  label: string;
  /** Where the obligation comes from, for the README and reviewers. */
  basis: string;
  /** Shown in the top menu (the rest are reached from the site map and the home page). */
  menu: boolean;
}

export const PORTAL_SECTIONS = [
  { key: 'about', path: '/gioi-thieu', label: 'Giới thiệu', basis: 'NĐ 224/2026 Đ9 k1b–c; NĐ 43/2011 Đ10 a', menu: true },
  { key: 'news', path: '/tin-tuc', label: 'Tin tức, sự kiện', basis: 'NĐ 43/2011 Đ10 b', menu: true },
  { key: 'directions', path: '/chi-dao-dieu-hanh', label: 'Chỉ đạo, điều hành', basis: 'NĐ 43/2011 Đ10 c', menu: true },
  { key: 'schedule', path: '/lich-cong-tac', label: 'Lịch công tác', basis: 'NĐ 43/2011 Đ10 c', menu: true },
  { key: 'documents', path: '/van-ban', label: 'Văn bản', basis: 'NĐ 43/2011 Đ10 e', menu: true },
  { key: 'services', path: '/dich-vu-cong', label: 'Dịch vụ công', basis: 'NĐ 224/2026 Đ9 k1a', menu: true },
  { key: 'questions', path: '/hoi-dap', label: 'Hỏi đáp', basis: 'NĐ 43/2011 Đ15 k2', menu: true },
  { key: 'contact', path: '/lien-he', label: 'Liên hệ', basis: 'NĐ 43/2011 Đ10 k–l', menu: true },
  { key: 'directory', path: '/danh-ba', label: 'Danh bạ thư điện tử', basis: 'Luật CNTT Đ28 k2đ; CT 34/2008/CT-TTg', menu: false },
  { key: 'plans', path: '/chien-luoc-quy-hoach', label: 'Chiến lược, quy hoạch, kế hoạch', basis: 'NĐ 43/2011 Đ10 đ', menu: false },
  { key: 'lawDissemination', path: '/pho-bien-phap-luat', label: 'Tuyên truyền, phổ biến pháp luật', basis: 'Luật CNTT Đ28 k2d', menu: false },
  { key: 'projects', path: '/du-an', label: 'Dự án, đầu tư, đấu thầu, mua sắm công', basis: 'Luật CNTT Đ28 k2e; NĐ 43/2011 Đ10 h', menu: false },
  { key: 'science', path: '/khoa-hoc-cong-nghe', label: 'Chương trình, đề tài khoa học', basis: 'NĐ 43/2011 Đ11', menu: false },
  { key: 'statistics', path: '/thong-ke', label: 'Thống kê', basis: 'NĐ 43/2011 Đ12', menu: false },
  // Computed from the registry, not typed in (content/src/electronic-document-statistics.ts).
  { key: 'electronicStatistics', path: '/thong-ke/van-ban-dien-tu', label: 'Thống kê văn bản điện tử', basis: 'NĐ 43/2011 Đ17 k1c; NĐ 224/2026 Đ9 k3 (đăng văn bản trong vài ngày)', menu: false },
  { key: 'links', path: '/lien-ket', label: 'Liên kết cổng thông tin', basis: 'NĐ 43/2011 Đ15 k1b', menu: false },
  { key: 'english', path: '/en', label: 'English', basis: 'NĐ 43/2011 Đ13; NĐ 42/2022 Đ7 k2', menu: false },
  { key: 'sitemap', path: '/so-do-trang', label: 'Sơ đồ cổng', basis: 'TT 32/2017 Đ16 k4b', menu: false },
] as const satisfies readonly PortalSection[];

export type PortalSectionKey = (typeof PORTAL_SECTIONS)[number]['key'];

/** Article-like sections share one content type (`article`), told apart by this value. */
export const ARTICLE_SECTIONS = {
  news: 'tin-tuc',
  directions: 'chi-dao-dieu-hanh',
  plans: 'chien-luoc-quy-hoach',
  lawDissemination: 'pho-bien-phap-luat',
  science: 'khoa-hoc-cong-nghe',
} as const;
export type ArticleSection = (typeof ARTICLE_SECTIONS)[keyof typeof ARTICLE_SECTIONS];

/** An article's section by its stored value, named as the menu names it. */
export const ARTICLE_SECTION_LABELS = Object.fromEntries(
  Object.entries(ARTICLE_SECTIONS).map(([key, value]) => [value, sectionByKey(key as PortalSectionKey).label]),
) as Readonly<Record<ArticleSection, string>>;

export function sectionByKey(key: PortalSectionKey): PortalSection {
  return PORTAL_SECTIONS.find((s) => s.key === key)!;
}
