/**
 * The fictional bodies, signers and fields of the demo. Every name is invented and issuers carry
 * "(dữ liệu mẫu)" so that a screenshot of the demo cannot be taken for a real publication. "Tỉnh Sông Hồng" and
 * "Bộ Hành chính số" do not exist; numbers of the fictional central documents use sequences from 901 up, which
 * real laws, decrees and circulars do not reach in a year.
 */

export const SAMPLE_MARK = '(dữ liệu mẫu)';

export const demoIssuers = {
  nationalAssembly: `Quốc hội ${SAMPLE_MARK}`,
  standingCommittee: `Ủy ban Thường vụ Quốc hội ${SAMPLE_MARK}`,
  government: `Chính phủ ${SAMPLE_MARK}`,
  ministry: `Bộ Hành chính số ${SAMPLE_MARK}`,
  provincialCouncil: `Hội đồng nhân dân tỉnh Sông Hồng ${SAMPLE_MARK}`,
  provincialCommittee: `Ủy ban nhân dân tỉnh Sông Hồng ${SAMPLE_MARK}`,
  digitalDepartment: `Sở Số hóa tỉnh Sông Hồng ${SAMPLE_MARK}`,
  districtCommittee: `Ủy ban nhân dân huyện Bến Đò ${SAMPLE_MARK}`,
} as const;

/** Cơ quan ban hành of the demo, in display order. */
export const demoIssuingBodies: readonly string[] = Object.values(demoIssuers);

export const demoSigners = {
  speaker: { name: 'Lã Quang Vinh', title: 'Chủ tịch Quốc hội' },
  primeMinister: { name: 'Khổng Minh Đức', title: 'Thủ tướng' },
  minister: { name: 'Mai Thu Hằng', title: 'Bộ trưởng' },
  viceMinister: { name: 'Tạ Đình Phong', title: 'Thứ trưởng' },
  councilChair: { name: 'Bạch Văn Sơn', title: 'Chủ tịch' },
  chair: { name: 'Đinh Thị Lan Anh', title: 'Chủ tịch' },
  viceChair: { name: 'Triệu Quốc Hưng', title: 'Phó Chủ tịch' },
  viceChair2: { name: 'Âu Minh Tâm', title: 'Phó Chủ tịch' },
  officeChief: { name: 'Lục Thị Hoa', title: 'Chánh Văn phòng' },
  departmentDirector: { name: 'Kiều Văn Nam', title: 'Giám đốc' },
  districtChair: { name: 'Vương Đức Lộc', title: 'Chủ tịch' },
} as const;

/** Lĩnh vực of the demo. */
export const demoFields = [
  'Hành chính nhà nước',
  'Công nghệ thông tin',
  'Chuyển đổi số',
  'Văn thư, lưu trữ',
  'Tài chính',
  'Giao thông vận tải',
] as const;
export type DemoField = (typeof demoFields)[number];
