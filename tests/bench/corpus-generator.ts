/**
 * A deterministic generator of realistic Vietnamese legal documents for benchmarks: numbers in the real
 * shapes, Zipf-distributed vocabulary drawn from legal Vietnamese (so common phrases such as "văn bản" and
 * "cơ quan nhà nước" match most documents, as in a real archive), articles of realistic length, relations.
 * Nothing is stored in the repository: data is generated on the fly from a seed.
 */
import type { ImportRecord } from '../../content/src/index.ts';

/** Mulberry32: small, fast, reproducible. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Multi-syllable words and phrases of administrative Vietnamese, most frequent first (rank drives frequency).
const VOCABULARY = (
  'văn bản|cơ quan|nhà nước|quy định|thực hiện|quản lý|tổ chức|cá nhân|theo|của|các|và|trong|được|có|cho|về|' +
  'ủy ban nhân dân|điện tử|thông tin|trách nhiệm|hoạt động|công tác|chỉ đạo|triển khai|kế hoạch|báo cáo|' +
  'đơn vị|cán bộ|công chức|viên chức|hành chính|thủ tục|dịch vụ công|trực tuyến|hệ thống|dữ liệu|chuyển đổi số|' +
  'ngân sách|tài chính|đầu tư|xây dựng|đất đai|tài nguyên|môi trường|giáo dục|đào tạo|y tế|lao động|việc làm|' +
  'giao thông|vận tải|nông nghiệp|phát triển|nông thôn|công nghiệp|thương mại|du lịch|văn hóa|thể thao|' +
  'an ninh|quốc phòng|trật tự|an toàn|xã hội|bảo hiểm|thuế|phí|lệ phí|kiểm tra|thanh tra|giám sát|xử lý|' +
  'vi phạm|khiếu nại|tố cáo|hướng dẫn|sửa đổi|bổ sung|bãi bỏ|thay thế|hiệu lực|thi hành|ban hành|' +
  'chính phủ|thủ tướng|bộ trưởng|chủ tịch|hội đồng nhân dân|sở|phòng|ban|ngành|địa phương|tỉnh|huyện|xã|' +
  'phường|thị trấn|thành phố|trung ương|cấp|năm|tháng|ngày|kể từ|đến|trước|sau|đối với|trường hợp|' +
  'điều kiện|tiêu chuẩn|định mức|chế độ|chính sách|hỗ trợ|khuyến khích|ưu đãi|nguồn vốn|dự án|công trình|' +
  'hợp đồng|đấu thầu|mua sắm|tài sản công|kho bạc|kiểm toán|quyết toán|dự toán|phân bổ|sử dụng|' +
  'hồ sơ|giấy phép|chứng nhận|đăng ký|cấp phép|thẩm định|phê duyệt|công bố|công khai|minh bạch|' +
  'thư điện tử|chữ ký số|lưu trữ|bảo mật|an toàn thông tin|mạng|phần mềm|ứng dụng|nền tảng|cơ sở dữ liệu|' +
  'người dân|doanh nghiệp|hộ gia đình|cộng đồng|phụ nữ|trẻ em|người cao tuổi|người khuyết tật|dân tộc thiểu số|' +
  'thủy lợi|phòng chống thiên tai|biến đổi khí hậu|rừng|thủy sản|khoáng sản|nước sạch|vệ sinh|dịch bệnh|' +
  'hòa giải|thỏa thuận|khoa học|công nghệ|đổi mới sáng tạo|khởi nghiệp|quy hoạch|chiến lược|đề án|chương trình'
).split('|');

/** How often each type occurs in a real archive, with the symbol's shape (a law's symbol is the legislature's, QH15). */
export const TYPES = [
  { name: 'Quyết định', abbr: 'QĐ', year: true, weight: 30 },
  { name: 'Công văn', abbr: null, year: false, weight: 25 },
  { name: 'Kế hoạch', abbr: 'KH', year: false, weight: 10 },
  { name: 'Thông báo', abbr: 'TB', year: false, weight: 8 },
  { name: 'Chỉ thị', abbr: 'CT', year: false, weight: 6 },
  { name: 'Nghị quyết', abbr: 'NQ', year: true, weight: 6 },
  { name: 'Thông tư', abbr: 'TT', year: true, weight: 8 },
  { name: 'Nghị định', abbr: 'NĐ', year: true, weight: 5 },
  { name: 'Luật', abbr: null, year: true, weight: 2 },
] as const;

const ISSUERS = [
  { name: 'Chính phủ', abbr: 'CP' },
  { name: 'Thủ tướng Chính phủ', abbr: 'TTg' },
  { name: 'Bộ Tài chính', abbr: 'BTC' },
  { name: 'Bộ Nội vụ', abbr: 'BNV' },
  { name: 'Bộ Khoa học và Công nghệ', abbr: 'BKHCN' },
  { name: 'Ủy ban nhân dân tỉnh Sông Hồng (dữ liệu mẫu)', abbr: 'UBND' },
  { name: 'Hội đồng nhân dân tỉnh Sông Hồng (dữ liệu mẫu)', abbr: 'HĐND' },
  { name: 'Sở Khoa học và Công nghệ tỉnh Sông Hồng (dữ liệu mẫu)', abbr: 'SKHCN' },
];

const FIELDS = ['Bộ máy hành chính', 'Công nghệ thông tin', 'Tài chính nhà nước', 'Đất đai', 'Giáo dục', 'Y tế', 'Giao thông', 'Môi trường'];
const SIGNERS = [
  ['Nguyễn Văn An', 'Chủ tịch'],
  ['Trần Thị Bình', 'Phó Chủ tịch'],
  ['Lê Văn Cường', 'Bộ trưởng'],
  ['Phạm Thị Dung', 'Thứ trưởng'],
  ['Hoàng Văn Em', 'Giám đốc'],
] as const;

/** Draws ranks with a Zipf-like distribution (exponent ~1), like word frequencies in real text. */
function zipf(rand: () => number, n: number): number {
  const u = rand();
  return Math.min(n - 1, Math.floor(Math.exp(u * Math.log(n + 1)) - 1));
}

function sentence(rand: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(VOCABULARY[zipf(rand, VOCABULARY.length)]!);
  const s = out.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1) + '.';
}

export function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

export function weighted<T extends { weight: number }>(rand: () => number, items: readonly T[]): T {
  const total = items.reduce((s, i) => s + i.weight, 0);
  let r = rand() * total;
  for (const item of items) if ((r -= item.weight) < 0) return item;
  return items[0]!;
}

const pad = (n: number) => String(n).padStart(2, '0');

export type GenerateOptions = { count: number; seed?: number; articles?: [number, number]; wordsPerArticle?: [number, number] };

export function generateRecords(options: GenerateOptions): ImportRecord[] {
  const rand = random(options.seed ?? 2026);
  const [minArticles, maxArticles] = options.articles ?? [3, 12];
  const [minWords, maxWords] = options.wordsPerArticle ?? [30, 90];
  const records: ImportRecord[] = [];
  const numbers: string[] = [];
  for (let i = 0; i < options.count; i++) {
    const type = weighted(rand, TYPES);
    const issuer = pick(rand, ISSUERS);
    const year = 2005 + Math.floor(rand() * 21);
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    const seq = i + 1; // unique per generated set, as numbers are unique per body and year
    const symbol = type.name === 'Luật' ? 'QH15' : type.abbr ? `${type.abbr}-${issuer.abbr}` : `${issuer.abbr}-VP`;
    const number = type.year ? `${pad(seq)}/${year}/${symbol}` : `${pad(seq)}/${symbol}`;
    const issuedDate = `${year}-${pad(month)}-${pad(day)}`;
    const articles = minArticles + Math.floor(rand() * (maxArticles - minArticles + 1));
    const parts = [sentence(rand, 25)];
    for (let a = 1; a <= articles; a++) {
      parts.push(`## Điều ${a}. ${sentence(rand, 5).slice(0, -1)}`);
      parts.push(sentence(rand, minWords + Math.floor(rand() * (maxWords - minWords))));
    }
    const relations: ImportRecord['relations'] = [];
    if (numbers.length && rand() < 0.3) relations.push({ kind: pick(rand, ['amends', 'replaces', 'guides', 'based-on', 'refers-to'] as const), targetNumber: pick(rand, numbers) });
    const [signer, signerTitle] = pick(rand, SIGNERS);
    records.push({
      sourceKey: `bench-${seq}`,
      number,
      type: type.name,
      issuer: issuer.name,
      signer,
      signerTitle,
      issuedDate,
      effectiveDate: issuedDate,
      expiryDate: null,
      gazetteNumber: null,
      gazetteDate: null,
      title: `${type.name} ${sentence(rand, 6 + Math.floor(rand() * 8)).slice(0, -1).toLowerCase()}`,
      fields: [pick(rand, FIELDS)],
      text: parts.join('\n\n'),
      relations,
      publish: true,
      needsReview: false,
      reviewNote: null,
    });
    numbers.push(number);
  }
  return records;
}
