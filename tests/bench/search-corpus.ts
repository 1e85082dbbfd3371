/**
 * A deterministic generator of a search benchmark corpus: legal documents of about 600 syllables in the
 * shape of real ones (title, "Căn cứ …" preamble citing other numbers, "## Điều N." articles), numbers in
 * the real shapes, and administrative Vietnamese drawn with a Zipf distribution over a vocabulary whose
 * head is real words in their real frequency order and whose long tail is rare compounds of real syllables
 * (as rare Vietnamese words are). So "văn bản" occurs in most documents, "cơ quan nhà nước" in about half, a
 * tail compound in a few hundred: the hard cases of issue 3. Nothing is stored; everything comes from a seed.
 * corpus-generator.ts (used by the import benchmark) gives the random source, the draws and the mix of types.
 */
import { DOCUMENT_TYPES, numberSlug, slugify, type LegalDocument, type ValidityStatus } from '../../content/src/index.ts';
import { pick, random, TYPES, weighted } from './corpus-generator.ts';

// The head of the vocabulary, most frequent first: function words, then the words of administrative texts.
const HEAD = (
  'của|và|các|theo|được|trong|có|cho|về|với|là|này|những|đã|để|tại|từ|do|khi|một|' +
  'văn bản|cơ quan|quy định|thực hiện|nhà nước|quản lý|tổ chức|cá nhân|trách nhiệm|đơn vị|' +
  'hoạt động|thông tin|trên|đối với|công tác|triển khai|không|các cấp|cơ quan nhà nước|ủy ban nhân dân|' +
  'sử dụng|điện tử|hệ thống|cán bộ|công chức|viên chức|địa phương|kế hoạch|báo cáo|chỉ đạo|' +
  'hành chính|thủ tục hành chính|dịch vụ công|trực tuyến|dữ liệu|chuyển đổi số|ngân sách|tài chính|đầu tư|xây dựng|' +
  'phát triển|kinh tế|xã hội|chính sách|chế độ|hướng dẫn|kiểm tra|giám sát|thanh tra|xử lý|' +
  'vi phạm|bảo đảm|an toàn|an ninh|trật tự|đất đai|tài nguyên|môi trường|giáo dục|đào tạo|' +
  'y tế|lao động|việc làm|giao thông|vận tải|nông nghiệp|nông thôn|công nghiệp|thương mại|du lịch|' +
  'văn hóa|thể thao|bảo hiểm|thuế|phí|lệ phí|khiếu nại|tố cáo|sửa đổi|bổ sung|' +
  'bãi bỏ|thay thế|hiệu lực|thi hành|ban hành|chính phủ|thủ tướng|bộ trưởng|chủ tịch|hội đồng nhân dân|' +
  'sở|phòng|ban|ngành|tỉnh|huyện|xã|phường|thị trấn|thành phố|' +
  'trung ương|cấp|năm|tháng|ngày|kể từ|đến|trước|sau|trường hợp|' +
  'điều kiện|tiêu chuẩn|định mức|hỗ trợ|khuyến khích|ưu đãi|nguồn vốn|dự án|công trình|hợp đồng|' +
  'đấu thầu|mua sắm|tài sản công|kho bạc|kiểm toán|quyết toán|dự toán|phân bổ|hồ sơ|giấy phép|' +
  'chứng nhận|đăng ký|cấp phép|thẩm định|phê duyệt|công bố|công khai|minh bạch|thư điện tử|chữ ký số|' +
  'lưu trữ|bảo mật|an toàn thông tin|mạng|phần mềm|ứng dụng|nền tảng|cơ sở dữ liệu|người dân|doanh nghiệp|' +
  'hộ gia đình|cộng đồng|phụ nữ|trẻ em|người cao tuổi|người khuyết tật|dân tộc thiểu số|thủy lợi|phòng chống thiên tai|biến đổi khí hậu|' +
  'rừng|thủy sản|khoáng sản|nước sạch|vệ sinh|dịch bệnh|hòa giải|thỏa thuận|khoa học|công nghệ|' +
  'đổi mới sáng tạo|khởi nghiệp|quy hoạch|chiến lược|đề án|chương trình|nhiệm vụ|giải pháp|mục tiêu|kết quả|' +
  'tiến độ|chất lượng|hiệu quả|nâng cao|tăng cường|đẩy mạnh|rà soát|tổng hợp|đánh giá|đề xuất|' +
  'kiến nghị|phối hợp|chủ trì|tham mưu|trình|quyết định|thông báo|ý kiến|góp ý|dự thảo|' +
  'văn phòng|thủ trưởng|người đứng đầu|cấp trên|cấp dưới|trực thuộc|liên quan|cụ thể|kịp thời|đầy đủ|' +
  'chính xác|thống nhất|đồng bộ|thường xuyên|định kỳ|hằng năm|hằng quý|hằng tháng|đột xuất|khẩn trương|' +
  'nghiêm túc|chặt chẽ|công nghệ thông tin|văn bản điện tử|chính quyền số|kinh tế số|xã hội số|định danh|xác thực|bưu chính|' +
  'viễn thông|báo chí|xuất bản|phát thanh|truyền hình|quảng cáo|hải quan|ngoại giao|quốc phòng|tư pháp|' +
  'hộ tịch|quốc tịch|lý lịch|công chứng|chứng thực|thừa phát lại|luật sư|trợ giúp pháp lý|bồi thường|thi hành án|' +
  'đường bộ|đường sắt|đường thủy|hàng không|cảng biển|bến xe|cầu|đường|nhà ở|đô thị|' +
  'điện|nước|xăng dầu|năng lượng|tiết kiệm|chống lãng phí|tham nhũng|tiêu cực|kỷ luật|khen thưởng|' +
  'thi đua|tuyển dụng|bổ nhiệm|luân chuyển|biên chế|tiền lương|phụ cấp|hưu trí|bảo hiểm xã hội|bảo hiểm y tế|' +
  'học sinh|sinh viên|giáo viên|trường học|bệnh viện|trạm y tế|vắc xin|thuốc|thực phẩm|an toàn thực phẩm|' +
  'chăn nuôi|trồng trọt|lâm nghiệp|thủy lợi nội đồng|giống cây trồng|phân bón|thú y|dương|đường giao thông|đương sự|' +
  'hòa bình|hoà nhập|thủy điện|khỏe mạnh|sức khỏe|ủy quyền|ủy thác|quy chế|nội quy|điều lệ'
).split('|');

// Syllables that make up the tail: compounds of real syllables, most of them meaning nothing in particular,
// as the names of projects, places and species in real archives do.
const PROVINCES = (
  'Hà Giang|Cao Bằng|Lào Cai|Điện Biên|Lai Châu|Sơn La|Yên Bái|Hòa Bình|Thái Nguyên|Lạng Sơn|Quảng Ninh|' +
  'Bắc Giang|Phú Thọ|Vĩnh Phúc|Bắc Ninh|Hải Dương|Hưng Yên|Thái Bình|Hà Nam|Nam Định|Ninh Bình|Thanh Hóa|' +
  'Nghệ An|Hà Tĩnh|Quảng Bình|Quảng Trị|Thừa Thiên Huế|Quảng Nam|Quảng Ngãi|Bình Định|Phú Yên|Khánh Hòa|' +
  'Ninh Thuận|Bình Thuận|Kon Tum|Gia Lai|Đắk Lắk|Đắk Nông|Lâm Đồng|Bình Phước|Tây Ninh|Bình Dương|Đồng Nai|' +
  'Long An|Tiền Giang|Bến Tre|Trà Vinh|Vĩnh Long|Đồng Tháp|An Giang|Kiên Giang|Cần Thơ|Hậu Giang|Sóc Trăng|' +
  'Bạc Liêu|Cà Mau|Tuyên Quang|Bắc Kạn|Bà Rịa Vũng Tàu'
).split('|');

const ISSUERS = [
  { name: 'Chính phủ', abbr: 'CP' },
  { name: 'Thủ tướng Chính phủ', abbr: 'TTg' },
  { name: 'Quốc hội', abbr: 'QH15' },
  { name: 'Bộ Tài chính', abbr: 'BTC' },
  { name: 'Bộ Nội vụ', abbr: 'BNV' },
  { name: 'Bộ Tư pháp', abbr: 'BTP' },
  { name: 'Bộ Y tế', abbr: 'BYT' },
  { name: 'Bộ Giáo dục và Đào tạo', abbr: 'BGDĐT' },
  { name: 'Bộ Khoa học và Công nghệ', abbr: 'BKHCN' },
  { name: 'Bộ Xây dựng', abbr: 'BXD' },
  ...PROVINCES.slice(0, 24).map((province) => ({ name: `Ủy ban nhân dân tỉnh ${province}`, abbr: 'UBND' })),
  ...PROVINCES.slice(0, 8).map((province) => ({ name: `Hội đồng nhân dân tỉnh ${province}`, abbr: 'HĐND' })),
];

const STATUSES: ReadonlyArray<{ status: ValidityStatus; weight: number }> = [
  { status: 'in-force', weight: 60 },
  { status: 'expired', weight: 25 },
  { status: 'partially-expired', weight: 10 },
  { status: 'not-yet-effective', weight: 3 },
  { status: 'suspended', weight: 2 },
];

export type SearchCorpusOptions = {
  count: number;
  seed?: number;
  /** Zipf exponent of word frequencies (about 1 in natural text). */
  zipfExponent?: number;
  /** Number of rare compounds in the tail of the vocabulary. */
  tailWords?: number;
};

/** The vocabulary by rank: the head, the provinces, then `tailWords` compounds of head syllables. */
export function searchVocabulary(options: Pick<SearchCorpusOptions, 'seed' | 'tailWords'> = {}): string[] {
  const rand = random((options.seed ?? 2026) ^ 0x5eed);
  const syllablePool = [...new Set(HEAD.flatMap((word) => word.split(' ')))];
  const words = [...HEAD, ...PROVINCES.map((p) => p.toLowerCase())];
  const seen = new Set(words);
  const tail = options.tailWords ?? 40_000;
  while (words.length < HEAD.length + PROVINCES.length + tail) {
    const word = `${pick(rand, syllablePool)} ${pick(rand, syllablePool)}`;
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  return words;
}

/** Zipf sampler over ranks 0..n-1 by inverse CDF. */
function zipfSampler(rand: () => number, n: number, exponent: number): () => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let r = 0; r < n; r++) cdf[r] = sum += 1 / (r + 1) ** exponent;
  return () => {
    const u = rand() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

export type GeneratedNumber = { number: string; typeName: string; issuedDate: string; title: string };

/**
 * `count` documents, one at a time (a 100,000-document corpus is never held in memory). The numbers issued
 * so far are kept, so later documents cite earlier ones as real texts do.
 */
export function* generateSearchCorpus(options: SearchCorpusOptions): Generator<LegalDocument> {
  const rand = random(options.seed ?? 2026);
  const vocabulary = searchVocabulary(options);
  const word = zipfSampler(rand, vocabulary.length, options.zipfExponent ?? 1.05);
  const titleWord = zipfSampler(rand, vocabulary.length, 0.9);
  const sequences = new Map<string, number>();
  const issued: GeneratedNumber[] = [];
  const slugs = new Set<string>();
  const types = DOCUMENT_TYPES;

  const sentence = (length: number, sample: () => number = word): string => {
    const words: string[] = [];
    for (let i = 0; i < length; i++) {
      words.push(vocabulary[sample()]!);
      if (i > 2 && i < length - 2 && rand() < 0.08) words[words.length - 1] += ',';
    }
    const text = words.join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
  const citation = (): string => {
    const cited = issued.length > 0 && rand() < 0.85 ? pick(rand, issued) : null;
    if (cited === null) return `Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;`;
    const [y, m, d] = cited.issuedDate.split('-');
    return `Căn cứ ${cited.typeName} số ${cited.number} ngày ${Number(d)} tháng ${Number(m)} năm ${y} ${cited.title.charAt(0).toLowerCase()}${cited.title.slice(1)};`;
  };

  for (let i = 0; i < options.count; i++) {
    const type = weighted(rand, TYPES);
    const issuer = type.name === 'Luật' ? ISSUERS[2]! : type.name === 'Nghị định' ? ISSUERS[0]! : pick(rand, ISSUERS);
    const year = 2000 + Math.floor(rand() * 26);
    const issuedDate = `${year}-${pad(1 + Math.floor(rand() * 12))}-${pad(1 + Math.floor(rand() * 28))}`;
    const symbol =
      type.name === 'Luật' ? 'QH15' : type.abbr === null ? `${issuer.abbr}-${pick(rand, ['VP', 'KGVX', 'KTTH', 'NC', 'TH'])}` : `${type.abbr}-${issuer.abbr}`;
    const counterKey = `${issuer.name}|${type.name}|${year}`;
    const sequence = (sequences.get(counterKey) ?? 0) + 1 + Math.floor(rand() * 3);
    sequences.set(counterKey, sequence);
    const number = type.year ? `${pad(sequence)}/${year}/${symbol}` : `${pad(sequence)}/${symbol}`;
    const title =
      type.name === 'Công văn'
        ? `V/v ${sentence(6 + Math.floor(rand() * 8), titleWord).toLowerCase()}`
        : `${pick(rand, ['Về việc', 'Ban hành quy định về', 'Quy định', 'Hướng dẫn'])} ${sentence(6 + Math.floor(rand() * 8), titleWord).toLowerCase()}`;

    const parts = [`**${type.name.toUpperCase()}**`, `**${title.toUpperCase()}**`];
    const citations = 1 + Math.floor(rand() * 3);
    for (let c = 0; c < citations; c++) parts.push(`_${citation()}_`);
    parts.push(`${issuer.name} ${pick(rand, ['quyết định', 'quyết nghị', 'chỉ thị', 'ban hành'])}:`);
    const articles = 4 + Math.floor(rand() * 6);
    let budget = 600 - 60;
    for (let a = 1; a <= articles; a++) {
      parts.push(`## Điều ${a}. ${sentence(3 + Math.floor(rand() * 5), titleWord)}`);
      const words = Math.max(12, Math.floor(budget / (articles - a + 1) / 1.6));
      budget -= Math.round(words * 1.6);
      const paragraphs = 1 + Math.floor(rand() * 3);
      for (let p = 0; p < paragraphs; p++) parts.push(`${sentence(Math.ceil(words / paragraphs))}.`);
    }
    parts.push(`**${issuer.name.toUpperCase()}**`);

    const typeEntry = types.find((t) => t.name === type.name)!;
    // Two provinces issue the same "01/2020/QĐ-UBND": the CMS then appends the issuer's slug, and so do we.
    let slug = numberSlug(number) ?? `van-ban-${i + 1}`;
    if (slugs.has(slug)) slug = `${slug}-${slugify(issuer.name)}`;
    if (slugs.has(slug)) slug = `${slug}-${i + 1}`;
    slugs.add(slug);
    const status = weighted(rand, STATUSES).status;
    yield {
      slug,
      number,
      type: { name: typeEntry.name, slug: typeEntry.slug },
      title,
      issuer: { name: issuer.name, slug: slugify(issuer.name) },
      signer: null,
      issuedDate,
      effectiveDate: issuedDate,
      expiryDate: null,
      status,
      fields: [],
      updatedAt: `${issuedDate}T00:00:00.000Z`,
      gazetteNumber: null,
      gazetteDate: null,
      text: `${parts.join('\n\n')}\n`,
      attachments: [],
      signatureStatus: 'unsigned',
      relations: [],
      history: [],
    };
    issued.push({ number, typeName: type.name, issuedDate, title });
  }
}
