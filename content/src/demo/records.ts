import { addDays, formatDate, todayInVietnam } from '../dates.ts';
import { numberSlug } from '../document-number.ts';
import type { ImportRecord, ImportRelation } from '../import-record.ts';
import { type DemoField, demoIssuers as by, demoSigners as who } from './taxonomy.ts';

/*
 * The demo registry: 27 fictional documents written for this project. They form one story (a fictional law on
 * publishing administrative information, its decree and circulars, and how the fictional province of Sông Hồng
 * applies it) dated so that every validity status and every relation kind appears on the day the demo is built
 * (see `demoExpectedStatus` in ./index.ts). Two documents carry dates taken from that day, so the demo does not go
 * stale: the decision that is not yet in force takes effect a month or two later, and the suspension it shows
 * ends three to four months later (never earlier than the dates the story was written with, 26/11/2026).
 * References to real documents are by number only and stay unlinked.
 */

type Signer = { name: string; title: string };

type DemoInput = {
  number: string | null;
  type: string;
  issuer: string;
  signer: Signer | null;
  issuedDate: string | null;
  effectiveDate?: string;
  expiryDate?: string;
  /** Số and ngày Công báo. */
  gazette?: [number: string, date: string];
  title: string;
  fields: DemoField[];
  text: string;
  relations?: ImportRelation[];
  /** Set for a record that awaits an editor: it is loaded unpublished with this note. */
  review?: { sourceKey: string; note: string };
};

function demo(input: DemoInput): ImportRecord {
  const slug = input.number === null ? null : numberSlug(input.number);
  return {
    sourceKey: input.review?.sourceKey ?? `demo-${slug ?? 'khong-so'}`,
    number: input.number,
    type: input.type,
    issuer: input.issuer,
    signer: input.signer?.name ?? null,
    signerTitle: input.signer?.title ?? null,
    issuedDate: input.issuedDate,
    effectiveDate: input.effectiveDate ?? null,
    expiryDate: input.expiryDate ?? null,
    gazetteNumber: input.gazette?.[0] ?? null,
    gazetteDate: input.gazette?.[1] ?? null,
    title: input.title,
    fields: [...input.fields],
    text: input.text,
    relations: input.relations ?? [],
    publish: input.review === undefined,
    needsReview: input.review !== undefined,
    reviewNote: input.review?.note ?? null,
  };
}

const NOTE = '> **Dữ liệu mẫu.** Văn bản hư cấu, viết để trình diễn cổng thông tin; không có giá trị pháp lý.';

function compose(...blocks: string[]): string {
  return `${[NOTE, ...blocks].join('\n\n')}\n`;
}

function heading(...lines: string[]): string {
  return lines.map((line) => `**${line}**`).join('\n\n');
}

/** "## Điều N. Title" articles, numbered from 1. */
function articles(...list: Array<[title: string, ...paragraphs: string[]]>): string {
  return list.map(([title, ...paragraphs], index) => [`## Điều ${index + 1}. ${title}`, ...paragraphs].join('\n\n')).join('\n\n');
}

/** Numbered sections of an administrative document (chỉ thị, kế hoạch, công văn…). */
function sections(...list: Array<[title: string, ...paragraphs: string[]]>): string {
  return list.map(([title, ...paragraphs], index) => [`## ${index + 1}. ${title}`, ...paragraphs].join('\n\n')).join('\n\n');
}

function signature(authority: string[], signer: Signer): string {
  return `${authority.map((line) => `**${line}**`).join('  \n')}\n\n_(Đã ký)_\n\n**${signer.name}**`;
}

function recipients(...list: string[]): string {
  return ['**Nơi nhận:**', ...list.map((item) => `- ${item};`), '- Lưu: VT.'].join('\n');
}

/** "ngày 01 tháng 01 năm 2027", as a decision's own text writes a date. */
function inWords(isoDate: string): string {
  const [day, month, year] = formatDate(isoDate).split('/');
  return `ngày ${day} tháng ${month} năm ${year}`;
}

/** The first day of the month `months` after the month of `isoDate`. */
function firstOfMonthAfter(isoDate: string, months: number): string {
  const [y = 0, m = 1] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1 + months, 1)).toISOString().slice(0, 10);
}

const later = (a: string, b: string) => (a > b ? a : b);

/** The dates that follow the day the demo is built (see the comment at the top). */
function storyDates(today: string) {
  const pendingTakesEffect = later('2027-01-01', firstOfMonthAfter(today, 2));
  const suspensionLifted = later('2027-03-01', firstOfMonthAfter(today, 4));
  return { pendingTakesEffect, suspensionLifted, suspensionLastDay: addDays(suspensionLifted, -1) };
}

const LAW = '901/2025/QH15';
const DECREE = '930/2025/NĐ-CP';
const PORTAL_RULES = '08/2026/QĐ-UBND';
const E_DOCUMENTS = '21/2025/QĐ-UBND';
const DIRECTIVE = '03/CT-UBND';

/** The demo registry as built on `today` ('YYYY-MM-DD', Vietnam). */
export function demoRecordsOn(today: string): ImportRecord[] {
  const dates = storyDates(today);
  return [
    demo({
      number: LAW,
      type: 'Luật',
      issuer: by.nationalAssembly,
      signer: who.speaker,
      issuedDate: '2025-06-20',
      effectiveDate: '2026-01-01',
      gazette: ['901+902', '2025-07-10'],
      title: 'Luật Công khai thông tin hành chính',
      fields: ['Hành chính nhà nước', 'Công nghệ thông tin'],
      text: compose(
        heading('LUẬT', 'CÔNG KHAI THÔNG TIN HÀNH CHÍNH'),
        'Quốc hội ban hành Luật Công khai thông tin hành chính.',
        articles(
          ['Phạm vi điều chỉnh', 'Luật này quy định thông tin mà cơ quan hành chính nhà nước phải công khai, hình thức và thời hạn công khai, quyền của người dân trong việc tiếp cận thông tin đã công khai.'],
          ['Đối tượng áp dụng', 'Luật này áp dụng đối với cơ quan hành chính nhà nước các cấp, đơn vị sự nghiệp công lập được giao cung cấp dịch vụ công và cơ quan, tổ chức, cá nhân có liên quan.'],
          [
            'Thông tin phải công khai',
            '1. Văn bản quy phạm pháp luật và văn bản chỉ đạo, điều hành do cơ quan ban hành.',
            '2. Thủ tục hành chính, kết quả giải quyết thủ tục hành chính.',
            '3. Dự thảo văn bản cần lấy ý kiến của người dân, kèm thời hạn góp ý.',
          ],
          ['Thời hạn công khai', 'Thông tin quy định tại Điều 3 của Luật này được đăng trên cổng thông tin điện tử của cơ quan chậm nhất 05 ngày làm việc kể từ ngày văn bản được ký ban hành.'],
          ['Hiệu lực thi hành', 'Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026.'],
        ),
        'Luật này đã được Quốc hội thông qua ngày 20 tháng 6 năm 2025.',
        signature(['CHỦ TỊCH QUỐC HỘI'], who.speaker),
      ),
    }),
    demo({
      number: '905/2025/QH15',
      type: 'Luật',
      issuer: by.nationalAssembly,
      signer: who.speaker,
      issuedDate: '2025-12-10',
      effectiveDate: '2026-07-01',
      gazette: ['1011+1012', '2025-12-28'],
      title: 'Luật sửa đổi, bổ sung một số điều của Luật Công khai thông tin hành chính',
      fields: ['Hành chính nhà nước', 'Công nghệ thông tin'],
      relations: [{ kind: 'amends', targetNumber: LAW, articles: 'Điều 3, Điều 4', note: 'Sửa đổi Điều 4, bổ sung khoản 4 Điều 3' }],
      text: compose(
        heading('LUẬT', 'SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT CÔNG KHAI THÔNG TIN HÀNH CHÍNH'),
        `Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Công khai thông tin hành chính số ${LAW}.`,
        articles(
          [
            'Sửa đổi, bổ sung một số điều của Luật Công khai thông tin hành chính',
            '1. Bổ sung khoản 4 vào sau khoản 3 Điều 3 như sau: "4. Dữ liệu mở do cơ quan quản lý, ở định dạng máy đọc được."',
            '2. Sửa đổi Điều 4 như sau: "Thông tin quy định tại Điều 3 của Luật này được đăng trên cổng thông tin điện tử của cơ quan chậm nhất 03 ngày làm việc kể từ ngày văn bản được ký ban hành."',
          ],
          ['Điều khoản chuyển tiếp', 'Thông tin đã công khai trước ngày Luật này có hiệu lực thi hành không phải đăng lại.'],
          ['Hiệu lực thi hành', 'Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026.'],
        ),
        signature(['CHỦ TỊCH QUỐC HỘI'], who.speaker),
      ),
    }),
    demo({
      number: DECREE,
      type: 'Nghị định',
      issuer: by.government,
      signer: who.primeMinister,
      issuedDate: '2025-11-20',
      effectiveDate: '2026-01-01',
      gazette: ['985+986', '2025-12-05'],
      title: 'Quy định chi tiết một số điều của Luật Công khai thông tin hành chính',
      fields: ['Hành chính nhà nước', 'Công nghệ thông tin'],
      relations: [
        { kind: 'details', targetNumber: LAW },
        { kind: 'based-on', targetNumber: LAW },
        { kind: 'refers-to', targetNumber: '30/2020/NĐ-CP', note: 'Thể thức văn bản hành chính' },
      ],
      text: compose(
        heading('NGHỊ ĐỊNH', 'QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT CÔNG KHAI THÔNG TIN HÀNH CHÍNH'),
        `_Căn cứ Luật Công khai thông tin hành chính số ${LAW};_`,
        'Chính phủ ban hành Nghị định quy định chi tiết một số điều của Luật Công khai thông tin hành chính.',
        articles(
          ['Phạm vi điều chỉnh', 'Nghị định này quy định chi tiết Điều 3 và Điều 4 của Luật Công khai thông tin hành chính về danh mục thông tin và cách thức đăng tải.'],
          ['Danh mục thông tin công khai', 'Mỗi cơ quan lập và công bố danh mục thông tin công khai của mình trong quý I hằng năm; danh mục được cập nhật khi có thay đổi.'],
          ['Cách thức đăng tải', 'Văn bản được đăng kèm bản gốc có chữ ký số của cơ quan ban hành. Thể thức văn bản thực hiện theo Nghị định số 30/2020/NĐ-CP.'],
          ['Trách nhiệm thi hành', 'Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các cấp chịu trách nhiệm thi hành Nghị định này.'],
          ['Hiệu lực thi hành', 'Nghị định này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026.'],
        ),
        signature(['TM. CHÍNH PHỦ', 'THỦ TƯỚNG'], who.primeMinister),
      ),
    }),
    demo({
      number: '907/2025/TT-BHCS',
      type: 'Thông tư',
      issuer: by.ministry,
      signer: who.viceMinister,
      issuedDate: '2025-12-15',
      effectiveDate: '2026-02-01',
      gazette: ['1030+1031', '2025-12-30'],
      title: 'Hướng dẫn định dạng dữ liệu công khai trên cổng thông tin điện tử của cơ quan hành chính nhà nước',
      fields: ['Công nghệ thông tin', 'Chuyển đổi số'],
      relations: [{ kind: 'guides', targetNumber: DECREE }],
      text: compose(
        heading('THÔNG TƯ', 'HƯỚNG DẪN ĐỊNH DẠNG DỮ LIỆU CÔNG KHAI TRÊN CỔNG THÔNG TIN ĐIỆN TỬ'),
        `_Căn cứ Nghị định số ${DECREE} quy định chi tiết một số điều của Luật Công khai thông tin hành chính;_`,
        'Bộ trưởng Bộ Hành chính số ban hành Thông tư hướng dẫn định dạng dữ liệu công khai.',
        articles(
          ['Phạm vi điều chỉnh', 'Thông tư này hướng dẫn định dạng tệp và siêu dữ liệu của văn bản đăng trên cổng thông tin điện tử.'],
          ['Định dạng tệp', 'Văn bản được đăng ở định dạng PDF có chữ ký số, kèm bản định dạng văn bản cho phép tìm kiếm toàn văn.'],
          ['Siêu dữ liệu', 'Mỗi văn bản có tối thiểu: số ký hiệu, loại văn bản, cơ quan ban hành, ngày ban hành, ngày có hiệu lực, trích yếu.'],
          ['Hiệu lực thi hành', 'Thông tư này có hiệu lực thi hành từ ngày 01 tháng 02 năm 2026.'],
        ),
        signature(['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG'], who.viceMinister),
      ),
    }),
    demo({
      number: '911/2026/TT-BHCS',
      type: 'Thông tư',
      issuer: by.ministry,
      signer: who.minister,
      issuedDate: '2026-06-10',
      effectiveDate: '2026-08-01',
      gazette: ['612+613', '2026-06-25'],
      title: 'Hướng dẫn định dạng dữ liệu công khai và dữ liệu mở trên cổng thông tin điện tử của cơ quan hành chính nhà nước',
      fields: ['Công nghệ thông tin', 'Chuyển đổi số'],
      relations: [
        { kind: 'replaces', targetNumber: '907/2025/TT-BHCS' },
        { kind: 'guides', targetNumber: DECREE },
      ],
      text: compose(
        heading('THÔNG TƯ', 'HƯỚNG DẪN ĐỊNH DẠNG DỮ LIỆU CÔNG KHAI VÀ DỮ LIỆU MỞ TRÊN CỔNG THÔNG TIN ĐIỆN TỬ'),
        `_Căn cứ Nghị định số ${DECREE} quy định chi tiết một số điều của Luật Công khai thông tin hành chính;_`,
        'Bộ trưởng Bộ Hành chính số ban hành Thông tư hướng dẫn định dạng dữ liệu công khai và dữ liệu mở.',
        articles(
          ['Phạm vi điều chỉnh', 'Thông tư này hướng dẫn định dạng tệp, siêu dữ liệu và dữ liệu mở của thông tin đăng trên cổng thông tin điện tử.'],
          ['Định dạng tệp', 'Văn bản được đăng ở định dạng PDF có chữ ký số, kèm toàn văn ở định dạng cho phép tìm kiếm và liên kết tới từng điều.'],
          ['Dữ liệu mở', 'Danh mục văn bản được cung cấp ở định dạng CSV hoặc JSON, cập nhật hằng ngày, kèm tình trạng hiệu lực của từng văn bản.'],
          ['Hiệu lực thi hành', 'Thông tư này có hiệu lực thi hành từ ngày 01 tháng 8 năm 2026 và thay thế Thông tư số 907/2025/TT-BHCS.'],
        ),
        signature(['BỘ TRƯỞNG'], who.minister),
      ),
    }),
    demo({
      number: '05/2026/NQ-HĐND',
      type: 'Nghị quyết',
      issuer: by.provincialCouncil,
      signer: who.councilChair,
      issuedDate: '2026-03-20',
      effectiveDate: '2026-04-01',
      gazette: ['12', '2026-04-05'],
      title: 'Quy định mức hỗ trợ chi phí số hóa hồ sơ, tài liệu của các cơ quan nhà nước trên địa bàn tỉnh Sông Hồng',
      fields: ['Tài chính', 'Chuyển đổi số', 'Văn thư, lưu trữ'],
      relations: [
        { kind: 'based-on', targetNumber: LAW },
        { kind: 'replaces', targetNumber: '18/2022/NQ-HĐND' },
      ],
      text: compose(
        heading('NGHỊ QUYẾT', 'QUY ĐỊNH MỨC HỖ TRỢ CHI PHÍ SỐ HÓA HỒ SƠ, TÀI LIỆU CỦA CÁC CƠ QUAN NHÀ NƯỚC TRÊN ĐỊA BÀN TỈNH SÔNG HỒNG'),
        `_Căn cứ Luật Công khai thông tin hành chính số ${LAW};_`,
        'Hội đồng nhân dân tỉnh Sông Hồng quyết nghị:',
        articles(
          ['Phạm vi điều chỉnh', 'Nghị quyết này quy định mức hỗ trợ từ ngân sách tỉnh cho việc số hóa hồ sơ, tài liệu lưu trữ của các cơ quan nhà nước cấp tỉnh, cấp huyện và cấp xã.'],
          ['Mức hỗ trợ', '1. Cấp tỉnh: 70% chi phí số hóa.', '2. Cấp huyện: 80% chi phí số hóa.', '3. Cấp xã: 100% chi phí số hóa.'],
          ['Tổ chức thực hiện', 'Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này; Thường trực Hội đồng nhân dân tỉnh giám sát việc thực hiện.'],
          ['Hiệu lực thi hành', 'Nghị quyết này có hiệu lực từ ngày 01 tháng 4 năm 2026 và thay thế Nghị quyết số 18/2022/NQ-HĐND.'],
        ),
        signature(['CHỦ TỊCH'], who.councilChair),
      ),
    }),
    demo({
      number: '12/2024/QĐ-UBND',
      type: 'Quyết định',
      issuer: by.provincialCommittee,
      signer: who.chair,
      issuedDate: '2024-05-10',
      effectiveDate: '2024-05-20',
      gazette: ['21', '2024-05-15'],
      title: 'Ban hành Quy chế quản lý, vận hành Cổng thông tin điện tử tỉnh Sông Hồng',
      fields: ['Công nghệ thông tin', 'Hành chính nhà nước'],
      text: compose(
        heading('QUYẾT ĐỊNH', 'BAN HÀNH QUY CHẾ QUẢN LÝ, VẬN HÀNH CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÔNG HỒNG'),
        'Ủy ban nhân dân tỉnh Sông Hồng quyết định:',
        articles(
          ['Ban hành Quy chế', 'Ban hành kèm theo Quyết định này Quy chế quản lý, vận hành Cổng thông tin điện tử tỉnh Sông Hồng.'],
          ['Cơ quan vận hành', 'Văn phòng Ủy ban nhân dân tỉnh là cơ quan chủ quản Cổng thông tin điện tử tỉnh.'],
          ['Hiệu lực thi hành', 'Quyết định này có hiệu lực từ ngày 20 tháng 5 năm 2024.'],
        ),
        recipients('Như Điều 3', 'Các sở, ban, ngành'),
        signature(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], who.chair),
      ),
    }),
    demo({
      number: PORTAL_RULES,
      type: 'Quyết định',
      issuer: by.provincialCommittee,
      signer: who.chair,
      issuedDate: '2026-04-15',
      effectiveDate: '2026-05-01',
      gazette: ['16', '2026-04-22'],
      title: 'Ban hành Quy chế quản lý, vận hành Cổng thông tin điện tử tỉnh Sông Hồng',
      fields: ['Công nghệ thông tin', 'Hành chính nhà nước'],
      relations: [
        { kind: 'replaces', targetNumber: '12/2024/QĐ-UBND' },
        { kind: 'based-on', targetNumber: LAW },
        { kind: 'based-on', targetNumber: DECREE },
        { kind: 'refers-to', targetNumber: '42/2022/NĐ-CP' },
      ],
      text: compose(
        heading('QUYẾT ĐỊNH', 'BAN HÀNH QUY CHẾ QUẢN LÝ, VẬN HÀNH CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÔNG HỒNG'),
        `_Căn cứ Luật Công khai thông tin hành chính số ${LAW};_`,
        `_Căn cứ Nghị định số ${DECREE} quy định chi tiết một số điều của Luật Công khai thông tin hành chính;_`,
        'Ủy ban nhân dân tỉnh Sông Hồng quyết định:',
        articles(
          ['Ban hành Quy chế', 'Ban hành kèm theo Quyết định này Quy chế quản lý, vận hành Cổng thông tin điện tử tỉnh Sông Hồng.'],
          ['Nội dung chính của Quy chế', 'Quy chế quy định việc cập nhật văn bản, dự thảo lấy ý kiến, tiếp nhận góp ý của người dân, bảo đảm an toàn thông tin và khả năng truy cập cho người khuyết tật.'],
          ['Điều khoản thi hành', 'Quyết định này có hiệu lực từ ngày 01 tháng 5 năm 2026 và thay thế Quyết định số 12/2024/QĐ-UBND.'],
          ['Trách nhiệm thi hành', 'Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, Chủ tịch Ủy ban nhân dân các huyện chịu trách nhiệm thi hành Quyết định này.'],
        ),
        recipients('Như Điều 4', 'Bộ Hành chính số (để báo cáo)'),
        signature(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], who.chair),
      ),
    }),
    demo({
      number: E_DOCUMENTS,
      type: 'Quyết định',
      issuer: by.provincialCommittee,
      signer: who.viceChair,
      issuedDate: '2025-08-01',
      effectiveDate: '2025-08-15',
      gazette: ['30', '2025-08-08'],
      title: 'Quy định về tiếp nhận, xử lý văn bản điện tử trong các cơ quan hành chính nhà nước tỉnh Sông Hồng',
      fields: ['Văn thư, lưu trữ', 'Chuyển đổi số'],
      text: compose(
        heading('QUYẾT ĐỊNH', 'QUY ĐỊNH VỀ TIẾP NHẬN, XỬ LÝ VĂN BẢN ĐIỆN TỬ TRONG CÁC CƠ QUAN HÀNH CHÍNH NHÀ NƯỚC TỈNH SÔNG HỒNG'),
        'Ủy ban nhân dân tỉnh Sông Hồng quyết định:',
        articles(
          ['Phạm vi điều chỉnh', 'Quyết định này quy định việc tiếp nhận, xử lý, phát hành văn bản điện tử trong các cơ quan hành chính nhà nước thuộc tỉnh.'],
          ['Văn bản điện tử', 'Văn bản điện tử có chữ ký số của người có thẩm quyền có giá trị pháp lý như văn bản giấy.'],
          ['Thời hạn xử lý', 'Văn bản đến được chuyển tới người xử lý trong ngày làm việc tiếp nhận.'],
          ['Văn bản giấy kèm theo', 'Cơ quan gửi văn bản điện tử đồng thời gửi bản giấy đối với văn bản có nội dung tài chính.'],
          ['Hiệu lực thi hành', '1. Quyết định này có hiệu lực từ ngày 15 tháng 8 năm 2025.', '2. Thủ trưởng các cơ quan chịu trách nhiệm thi hành Quyết định này.'],
        ),
        signature(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], who.viceChair),
      ),
    }),
    demo({
      number: '15/2026/QĐ-UBND',
      type: 'Quyết định',
      issuer: by.provincialCommittee,
      signer: who.viceChair,
      issuedDate: '2026-06-01',
      effectiveDate: '2026-06-15',
      gazette: ['21', '2026-06-08'],
      title: 'Bãi bỏ một số quy định về gửi văn bản giấy tại Quyết định số 21/2025/QĐ-UBND và bãi bỏ Quyết định số 03/2019/QĐ-UBND',
      fields: ['Văn thư, lưu trữ', 'Chuyển đổi số'],
      relations: [
        { kind: 'repeals', targetNumber: E_DOCUMENTS, partial: true, articles: 'Điều 4' },
        { kind: 'repeals', targetNumber: '03/2019/QĐ-UBND' },
      ],
      text: compose(
        heading('QUYẾT ĐỊNH', 'BÃI BỎ MỘT SỐ QUY ĐỊNH VỀ GỬI VĂN BẢN GIẤY'),
        'Ủy ban nhân dân tỉnh Sông Hồng quyết định:',
        articles(
          ['Bãi bỏ một phần Quyết định số 21/2025/QĐ-UBND', `Bãi bỏ Điều 4 của Quyết định số ${E_DOCUMENTS} quy định về tiếp nhận, xử lý văn bản điện tử.`],
          ['Bãi bỏ Quyết định số 03/2019/QĐ-UBND', 'Bãi bỏ toàn bộ Quyết định số 03/2019/QĐ-UBND về việc gửi, nhận văn bản giấy giữa các cơ quan thuộc tỉnh.'],
          ['Hiệu lực thi hành', 'Quyết định này có hiệu lực từ ngày 15 tháng 6 năm 2026.'],
        ),
        signature(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], who.viceChair),
      ),
    }),
    demo({
      number: '07/2023/QĐ-UBND',
      type: 'Quyết định',
      issuer: by.provincialCommittee,
      signer: who.viceChair2,
      issuedDate: '2023-02-20',
      effectiveDate: '2023-03-01',
      expiryDate: '2026-01-01',
      title: 'Quy định tạm thời về thí điểm tiếp nhận hồ sơ trực tuyến tại bộ phận một cửa cấp huyện',
      fields: ['Hành chính nhà nước'],
      text: compose(
        heading('QUYẾT ĐỊNH', 'QUY ĐỊNH TẠM THỜI VỀ THÍ ĐIỂM TIẾP NHẬN HỒ SƠ TRỰC TUYẾN TẠI BỘ PHẬN MỘT CỬA CẤP HUYỆN'),
        'Ủy ban nhân dân tỉnh Sông Hồng quyết định:',
        articles(
          ['Phạm vi thí điểm', 'Thí điểm tiếp nhận hồ sơ trực tuyến đối với 20 thủ tục hành chính tại bộ phận một cửa của ba huyện.'],
          ['Thời gian thí điểm', 'Việc thí điểm thực hiện từ ngày 01 tháng 3 năm 2023 đến hết ngày 31 tháng 12 năm 2025.'],
          ['Hiệu lực thi hành', 'Quyết định này có hiệu lực từ ngày 01 tháng 3 năm 2023 và hết hiệu lực khi kết thúc thời gian thí điểm.'],
        ),
        signature(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], who.viceChair2),
      ),
    }),
    demo({
      number: '30/2025/QĐ-UBND',
      type: 'Quyết định',
      issuer: by.provincialCommittee,
      signer: who.viceChair2,
      issuedDate: '2025-09-15',
      effectiveDate: '2025-10-01',
      gazette: ['36', '2025-09-22'],
      title: 'Quy định giá dịch vụ trông giữ xe tại các bãi đỗ xe công cộng trên địa bàn tỉnh Sông Hồng',
      fields: ['Giao thông vận tải', 'Tài chính'],
      text: compose(
        heading('QUYẾT ĐỊNH', 'QUY ĐỊNH GIÁ DỊCH VỤ TRÔNG GIỮ XE TẠI CÁC BÃI ĐỖ XE CÔNG CỘNG'),
        'Ủy ban nhân dân tỉnh Sông Hồng quyết định:',
        articles(
          ['Phạm vi điều chỉnh', 'Quyết định này quy định giá tối đa dịch vụ trông giữ xe tại các bãi đỗ xe công cộng do Nhà nước đầu tư.'],
          ['Mức giá', '1. Xe đạp: 2.000 đồng/lượt.', '2. Xe máy: 5.000 đồng/lượt.', '3. Ô tô đến 9 chỗ: 30.000 đồng/lượt.'],
          ['Công khai giá', 'Đơn vị trông giữ xe niêm yết giá tại lối vào bãi đỗ xe.'],
          ['Hiệu lực thi hành', 'Quyết định này có hiệu lực từ ngày 01 tháng 10 năm 2025.'],
        ),
        signature(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], who.viceChair2),
      ),
    }),
    demo({
      number: '22/2026/QĐ-UBND',
      type: 'Quyết định',
      issuer: by.provincialCommittee,
      signer: who.chair,
      issuedDate: '2026-08-20',
      effectiveDate: '2026-09-01',
      expiryDate: dates.suspensionLifted,
      gazette: ['31', '2026-08-27'],
      title: 'Tạm ngưng hiệu lực Quyết định số 30/2025/QĐ-UBND quy định giá dịch vụ trông giữ xe để rà soát mức giá',
      fields: ['Giao thông vận tải', 'Tài chính'],
      relations: [{ kind: 'suspends', targetNumber: '30/2025/QĐ-UBND', note: `Đến hết ngày ${formatDate(dates.suspensionLastDay)}` }],
      text: compose(
        heading('QUYẾT ĐỊNH', 'TẠM NGƯNG HIỆU LỰC QUYẾT ĐỊNH SỐ 30/2025/QĐ-UBND'),
        'Ủy ban nhân dân tỉnh Sông Hồng quyết định:',
        articles(
          ['Tạm ngưng hiệu lực', `Tạm ngưng hiệu lực toàn bộ Quyết định số 30/2025/QĐ-UBND từ ngày 01 tháng 9 năm 2026 đến hết ${inWords(dates.suspensionLastDay)} để rà soát mức giá.`],
          ['Áp dụng trong thời gian tạm ngưng', 'Trong thời gian tạm ngưng, đơn vị trông giữ xe không được thu quá mức giá niêm yết trước ngày 01 tháng 9 năm 2026.'],
          ['Hiệu lực thi hành', `Quyết định này có hiệu lực từ ngày 01 tháng 9 năm 2026 đến hết ${inWords(dates.suspensionLastDay)}.`],
        ),
        signature(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], who.chair),
      ),
    }),
    demo({
      number: '25/2026/QĐ-UBND',
      type: 'Quyết định',
      issuer: by.provincialCommittee,
      signer: who.chair,
      issuedDate: '2026-11-10',
      effectiveDate: dates.pendingTakesEffect,
      title: 'Quy định về lưu trữ hồ sơ điện tử của các cơ quan, tổ chức thuộc tỉnh Sông Hồng',
      fields: ['Văn thư, lưu trữ', 'Chuyển đổi số'],
      relations: [
        { kind: 'based-on', targetNumber: LAW },
        { kind: 'refers-to', targetNumber: '30/2020/NĐ-CP' },
      ],
      text: compose(
        heading('QUYẾT ĐỊNH', 'QUY ĐỊNH VỀ LƯU TRỮ HỒ SƠ ĐIỆN TỬ CỦA CÁC CƠ QUAN, TỔ CHỨC THUỘC TỈNH SÔNG HỒNG'),
        `_Căn cứ Luật Công khai thông tin hành chính số ${LAW};_`,
        'Ủy ban nhân dân tỉnh Sông Hồng quyết định:',
        articles(
          ['Phạm vi điều chỉnh', 'Quyết định này quy định việc lập, nộp lưu và bảo quản hồ sơ điện tử của các cơ quan, tổ chức thuộc tỉnh.'],
          ['Định dạng lưu trữ', 'Hồ sơ điện tử được lưu ở định dạng PDF/A kèm siêu dữ liệu theo Nghị định số 30/2020/NĐ-CP.'],
          ['Thời hạn nộp lưu', 'Hồ sơ điện tử được nộp lưu vào Lưu trữ lịch sử tỉnh trong thời hạn 01 năm kể từ ngày công việc kết thúc.'],
          ['Hiệu lực thi hành', `Quyết định này có hiệu lực từ ${inWords(dates.pendingTakesEffect)}.`],
        ),
        signature(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], who.chair),
      ),
    }),
    demo({
      number: '1234/QĐ-UBND',
      type: 'Quyết định',
      issuer: by.provincialCommittee,
      signer: who.viceChair,
      issuedDate: '2026-02-10',
      title: 'Công bố danh mục thông tin công khai của Ủy ban nhân dân tỉnh Sông Hồng năm 2026',
      fields: ['Hành chính nhà nước'],
      relations: [{ kind: 'implements', targetNumber: LAW }],
      text: compose(
        heading('QUYẾT ĐỊNH', 'CÔNG BỐ DANH MỤC THÔNG TIN CÔNG KHAI NĂM 2026'),
        'Chủ tịch Ủy ban nhân dân tỉnh Sông Hồng quyết định:',
        articles(
          ['Công bố danh mục', 'Công bố kèm theo Quyết định này danh mục 48 nhóm thông tin công khai của Ủy ban nhân dân tỉnh năm 2026.'],
          ['Cập nhật danh mục', 'Văn phòng Ủy ban nhân dân tỉnh cập nhật danh mục trên Cổng thông tin điện tử tỉnh khi có thay đổi.'],
          ['Hiệu lực thi hành', 'Quyết định này có hiệu lực kể từ ngày ký.'],
        ),
        signature(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], who.viceChair),
      ),
    }),
    demo({
      number: DIRECTIVE,
      type: 'Chỉ thị',
      issuer: by.provincialCommittee,
      signer: who.chair,
      issuedDate: '2026-02-25',
      title: 'Về việc tăng cường sử dụng văn bản điện tử và chữ ký số trong hoạt động của các cơ quan nhà nước trên địa bàn tỉnh',
      fields: ['Chuyển đổi số', 'Văn thư, lưu trữ'],
      relations: [
        { kind: 'implements', targetNumber: LAW },
        { kind: 'refers-to', targetNumber: '28/2018/QĐ-TTg', note: 'Gửi, nhận văn bản điện tử' },
        { kind: 'refers-to', targetNumber: '12/2024/QĐ-UBND' },
      ],
      text: compose(
        heading('CHỈ THỊ', 'VỀ VIỆC TĂNG CƯỜNG SỬ DỤNG VĂN BẢN ĐIỆN TỬ VÀ CHỮ KÝ SỐ'),
        'Năm 2025, tỷ lệ văn bản điện tử có chữ ký số trao đổi giữa các cơ quan nhà nước của tỉnh mới đạt 71%. Để thực hiện Luật Công khai thông tin hành chính và Quyết định số 28/2018/QĐ-TTg, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:',
        sections(
          ['Các sở, ban, ngành và Ủy ban nhân dân cấp huyện', 'a) Gửi, nhận 100% văn bản dưới dạng điện tử, trừ văn bản mật;', 'b) Lãnh đạo cơ quan trực tiếp ký số văn bản trên hệ thống quản lý văn bản.'],
          ['Văn phòng Ủy ban nhân dân tỉnh', 'Theo dõi, tổng hợp kết quả thực hiện hằng tháng, công khai trên Cổng thông tin điện tử tỉnh theo Quy chế ban hành kèm Quyết định số 12/2024/QĐ-UBND.'],
          ['Tổ chức thực hiện', 'Thủ trưởng các cơ quan chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh về kết quả thực hiện Chỉ thị này.'],
        ),
        signature(['CHỦ TỊCH'], who.chair),
      ),
    }),
    demo({
      number: '1876/QĐ-UBND',
      type: 'Quyết định',
      issuer: by.provincialCommittee,
      signer: who.chair,
      issuedDate: '2026-05-12',
      title: 'Đính chính Quyết định số 08/2026/QĐ-UBND ban hành Quy chế quản lý, vận hành Cổng thông tin điện tử tỉnh Sông Hồng',
      fields: ['Công nghệ thông tin'],
      relations: [{ kind: 'corrects', targetNumber: PORTAL_RULES, note: 'Đính chính khoản 2 Điều 5 Quy chế' }],
      text: compose(
        heading('QUYẾT ĐỊNH', 'ĐÍNH CHÍNH QUYẾT ĐỊNH SỐ 08/2026/QĐ-UBND'),
        'Chủ tịch Ủy ban nhân dân tỉnh Sông Hồng quyết định:',
        articles(
          ['Nội dung đính chính', `Tại khoản 2 Điều 5 Quy chế ban hành kèm theo Quyết định số ${PORTAL_RULES}, cụm từ "05 ngày làm việc" được đính chính thành "03 ngày làm việc".`],
          ['Lý do đính chính', 'Sai sót về kỹ thuật trình bày, không làm thay đổi nội dung đã được thông qua.'],
          ['Hiệu lực thi hành', 'Quyết định này có hiệu lực kể từ ngày ký.'],
        ),
        signature(['CHỦ TỊCH'], who.chair),
      ),
    }),
    demo({
      number: '02/VBHN-UBND',
      type: 'Văn bản hợp nhất',
      issuer: by.provincialCommittee,
      signer: who.chair,
      issuedDate: '2026-07-10',
      title: 'Quyết định quy định về tiếp nhận, xử lý văn bản điện tử trong các cơ quan hành chính nhà nước tỉnh Sông Hồng',
      fields: ['Văn thư, lưu trữ', 'Chuyển đổi số'],
      relations: [
        { kind: 'consolidates', targetNumber: E_DOCUMENTS },
        { kind: 'consolidates', targetNumber: '15/2026/QĐ-UBND' },
      ],
      text: compose(
        heading('QUYẾT ĐỊNH', 'QUY ĐỊNH VỀ TIẾP NHẬN, XỬ LÝ VĂN BẢN ĐIỆN TỬ TRONG CÁC CƠ QUAN HÀNH CHÍNH NHÀ NƯỚC TỈNH SÔNG HỒNG'),
        `Quyết định số ${E_DOCUMENTS} có hiệu lực từ ngày 15 tháng 8 năm 2025, được bãi bỏ một phần bởi Quyết định số 15/2026/QĐ-UBND có hiệu lực từ ngày 15 tháng 6 năm 2026.`,
        articles(
          ['Phạm vi điều chỉnh', 'Quyết định này quy định việc tiếp nhận, xử lý, phát hành văn bản điện tử trong các cơ quan hành chính nhà nước thuộc tỉnh.'],
          ['Văn bản điện tử', 'Văn bản điện tử có chữ ký số của người có thẩm quyền có giá trị pháp lý như văn bản giấy.'],
          ['Thời hạn xử lý', 'Văn bản đến được chuyển tới người xử lý trong ngày làm việc tiếp nhận.'],
          ['(được bãi bỏ)', '_Điều 4 được bãi bỏ theo quy định tại Điều 1 Quyết định số 15/2026/QĐ-UBND._'],
          ['Hiệu lực thi hành', '1. Quyết định này có hiệu lực từ ngày 15 tháng 8 năm 2025.', '2. Thủ trưởng các cơ quan chịu trách nhiệm thi hành Quyết định này.'],
        ),
        signature(['XÁC THỰC VĂN BẢN HỢP NHẤT', 'CHỦ TỊCH'], who.chair),
      ),
    }),
    demo({
      number: '05/HD-SSH',
      type: 'Hướng dẫn',
      issuer: by.digitalDepartment,
      signer: who.departmentDirector,
      issuedDate: '2026-05-20',
      title: 'Hướng dẫn thực hiện Quy chế quản lý, vận hành Cổng thông tin điện tử tỉnh Sông Hồng',
      fields: ['Công nghệ thông tin'],
      relations: [{ kind: 'guides', targetNumber: PORTAL_RULES }],
      text: compose(
        heading('HƯỚNG DẪN', 'THỰC HIỆN QUY CHẾ QUẢN LÝ, VẬN HÀNH CỔNG THÔNG TIN ĐIỆN TỬ TỈNH'),
        `Thực hiện Quyết định số ${PORTAL_RULES} của Ủy ban nhân dân tỉnh, Sở Số hóa hướng dẫn như sau:`,
        sections(
          ['Đăng văn bản', 'Cán bộ biên tập nhập đủ số ký hiệu, ngày ban hành, ngày có hiệu lực và đính kèm bản PDF có chữ ký số.'],
          ['Dự thảo lấy ý kiến', 'Mỗi dự thảo ghi rõ thời hạn góp ý; góp ý của người dân được kiểm duyệt trước khi hiển thị.'],
          ['Chế độ báo cáo', 'Các cơ quan báo cáo kết quả cập nhật thông tin về Sở Số hóa trước ngày 20 của tháng cuối quý.'],
        ),
        signature(['GIÁM ĐỐC'], who.departmentDirector),
      ),
    }),
    demo({
      number: '45/KH-UBND',
      type: 'Kế hoạch',
      issuer: by.provincialCommittee,
      signer: who.viceChair,
      issuedDate: '2026-01-15',
      title: 'Triển khai thi hành Luật Công khai thông tin hành chính trên địa bàn tỉnh Sông Hồng',
      fields: ['Hành chính nhà nước', 'Chuyển đổi số'],
      relations: [{ kind: 'implements', targetNumber: LAW }],
      text: compose(
        heading('KẾ HOẠCH', 'TRIỂN KHAI THI HÀNH LUẬT CÔNG KHAI THÔNG TIN HÀNH CHÍNH'),
        sections(
          ['Mục đích, yêu cầu', 'Bảo đảm Luật được triển khai đồng bộ, kịp thời từ ngày 01 tháng 01 năm 2026; xác định rõ cơ quan chủ trì và thời hạn hoàn thành.'],
          ['Nội dung', 'a) Phổ biến Luật cho cán bộ, công chức trong quý I năm 2026;', 'b) Rà soát danh mục thông tin công khai của từng cơ quan;', 'c) Nâng cấp Cổng thông tin điện tử tỉnh.'],
          ['Kinh phí', 'Kinh phí thực hiện bố trí từ ngân sách tỉnh năm 2026.'],
          ['Tổ chức thực hiện', 'Văn phòng Ủy ban nhân dân tỉnh chủ trì, theo dõi và báo cáo kết quả trước ngày 15 tháng 12 năm 2026.'],
        ),
        signature(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], who.viceChair),
      ),
    }),
    demo({
      number: '120/TB-UBND',
      type: 'Thông báo',
      issuer: by.provincialCommittee,
      signer: who.officeChief,
      issuedDate: '2026-10-05',
      title: 'Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về tiến độ chuyển đổi số quý III năm 2026',
      fields: ['Chuyển đổi số'],
      relations: [
        { kind: 'refers-to', targetNumber: DIRECTIVE },
        { kind: 'refers-to', targetNumber: '45/KH-UBND' },
      ],
      text: compose(
        heading('THÔNG BÁO', 'KẾT LUẬN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TẠI CUỘC HỌP VỀ TIẾN ĐỘ CHUYỂN ĐỔI SỐ QUÝ III NĂM 2026'),
        'Ngày 30 tháng 9 năm 2026, Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp về tiến độ chuyển đổi số. Sau khi nghe báo cáo, Chủ tịch kết luận như sau:',
        sections(
          ['Đánh giá chung', `Các cơ quan cơ bản thực hiện tốt Chỉ thị số ${DIRECTIVE}; tỷ lệ văn bản ký số đạt 94%.`],
          ['Nhiệm vụ quý IV', 'Hoàn thành các nội dung còn lại của Kế hoạch số 45/KH-UBND trước ngày 15 tháng 12 năm 2026.'],
          ['Tổ chức thực hiện', 'Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc các cơ quan thực hiện kết luận này.'],
        ),
        signature(['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG'], who.officeChief),
      ),
    }),
    demo({
      number: '2150/UBND-KGVX',
      type: 'Công văn',
      issuer: by.provincialCommittee,
      signer: who.viceChair,
      issuedDate: '2026-09-18',
      title: 'V/v đôn đốc thực hiện Chỉ thị số 03/CT-UBND về tăng cường sử dụng văn bản điện tử và chữ ký số',
      fields: ['Chuyển đổi số', 'Văn thư, lưu trữ'],
      relations: [
        { kind: 'implements', targetNumber: DIRECTIVE },
        { kind: 'refers-to', targetNumber: '17/KH-UBND' },
      ],
      text: compose(
        'Kính gửi: Các sở, ban, ngành; Ủy ban nhân dân các huyện.',
        `Sau 6 tháng thực hiện Chỉ thị số ${DIRECTIVE}, một số cơ quan vẫn gửi văn bản giấy song song với văn bản điện tử. Ủy ban nhân dân tỉnh yêu cầu:`,
        sections(
          ['Chấm dứt gửi song song', 'Từ ngày 01 tháng 10 năm 2026, các cơ quan chỉ gửi văn bản điện tử, trừ văn bản mật.'],
          ['Báo cáo', 'Báo cáo kết quả theo Kế hoạch số 17/KH-UBND trước ngày 25 tháng 10 năm 2026.'],
          ['Theo dõi', 'Văn phòng Ủy ban nhân dân tỉnh tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân tỉnh.'],
        ),
        recipients('Như trên', 'Chủ tịch, các Phó Chủ tịch'),
        signature(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], who.viceChair),
      ),
    }),
    demo({
      number: '210/BC-UBND',
      type: 'Báo cáo',
      issuer: by.provincialCommittee,
      signer: who.viceChair,
      issuedDate: '2026-08-25',
      title: 'Kết quả 6 tháng thực hiện Chỉ thị số 03/CT-UBND về tăng cường sử dụng văn bản điện tử và chữ ký số',
      fields: ['Chuyển đổi số'],
      relations: [{ kind: 'refers-to', targetNumber: DIRECTIVE }],
      text: compose(
        heading('BÁO CÁO', 'KẾT QUẢ 6 THÁNG THỰC HIỆN CHỈ THỊ SỐ 03/CT-UBND'),
        sections(
          ['Kết quả đạt được', 'Tỷ lệ văn bản điện tử có chữ ký số tăng từ 71% lên 92%; 100% lãnh đạo cấp sở sử dụng chữ ký số.'],
          ['Tồn tại, hạn chế', 'Một số cơ quan cấp huyện còn gửi văn bản giấy song song; hạ tầng mạng cấp xã chưa ổn định.'],
          ['Nhiệm vụ thời gian tới', 'Chấm dứt gửi văn bản giấy song song; nâng cấp đường truyền cho cấp xã.'],
        ),
        signature(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], who.viceChair),
      ),
    }),
    demo({
      number: '950/2026/NQ-UBTVQH15',
      type: 'Nghị quyết',
      issuer: by.standingCommittee,
      signer: who.speaker,
      issuedDate: '2026-03-10',
      effectiveDate: '2026-03-10',
      gazette: ['301+302', '2026-03-20'],
      title: 'Giải thích thời hạn đăng tải quy định tại Điều 4 của Luật số 901/2025/QH15',
      fields: ['Hành chính nhà nước'],
      relations: [{ kind: 'interprets', targetNumber: LAW, articles: 'Điều 4' }],
      text: compose(
        heading('NGHỊ QUYẾT', 'GIẢI THÍCH THỜI HẠN ĐĂNG TẢI QUY ĐỊNH TẠI ĐIỀU 4 CỦA LUẬT SỐ 901/2025/QH15'),
        `Ủy ban Thường vụ Quốc hội giải thích Điều 4 của Luật số ${LAW} như sau:`,
        articles(
          ['Cách tính thời hạn', '"05 ngày làm việc" tại Điều 4 được tính từ ngày làm việc liền sau ngày văn bản được ký ban hành; không tính ngày nghỉ lễ, Tết.'],
          ['Văn bản ký ngoài giờ hành chính', 'Văn bản ký vào ngày nghỉ được coi là ký vào ngày làm việc liền sau.'],
          ['Hiệu lực thi hành', 'Nghị quyết này có hiệu lực kể từ ngày thông qua.'],
        ),
        signature(['TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI', 'CHỦ TỊCH'], who.speaker),
      ),
    }),
    demo({
      number: '1502/QĐ-UBND',
      type: 'Quyết định',
      issuer: by.provincialCommittee,
      signer: who.chair,
      issuedDate: '2026-07-15',
      title: 'Công bố Danh mục văn bản quy phạm pháp luật của Ủy ban nhân dân tỉnh hết hiệu lực toàn bộ hoặc một phần trong 6 tháng đầu năm',
      fields: ['Hành chính nhà nước'],
      relations: [
        { kind: 'announces', targetNumber: '12/2024/QĐ-UBND' },
        { kind: 'announces', targetNumber: '07/2023/QĐ-UBND' },
        { kind: 'announces', targetNumber: E_DOCUMENTS, partial: true },
      ],
      text: compose(
        heading('QUYẾT ĐỊNH', 'CÔNG BỐ DANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT HẾT HIỆU LỰC TOÀN BỘ HOẶC MỘT PHẦN'),
        'Chủ tịch Ủy ban nhân dân tỉnh Sông Hồng quyết định:',
        articles(
          [
            'Công bố Danh mục',
            'Công bố kèm theo Quyết định này Danh mục văn bản hết hiệu lực trong 6 tháng đầu năm:',
            '1. Hết hiệu lực toàn bộ: Quyết định số 12/2024/QĐ-UBND (thay thế bởi Quyết định số 08/2026/QĐ-UBND); Quyết định số 07/2023/QĐ-UBND (hết thời gian thí điểm).',
            `2. Hết hiệu lực một phần: Điều 4 của Quyết định số ${E_DOCUMENTS} (bãi bỏ bởi Quyết định số 15/2026/QĐ-UBND).`,
          ],
          ['Cập nhật cơ sở dữ liệu', 'Văn phòng Ủy ban nhân dân tỉnh cập nhật tình trạng hiệu lực trên Cổng thông tin điện tử tỉnh.'],
          ['Hiệu lực thi hành', 'Quyết định này có hiệu lực từ ngày ký.'],
        ),
        signature(['CHỦ TỊCH'], who.chair),
      ),
    }),
    demo({
      number: '1688/QĐ-UBND',
      type: 'Quyết định',
      issuer: by.provincialCommittee,
      signer: who.chair,
      issuedDate: '2026-10-05',
      title: 'Đình chỉ thi hành Chỉ thị số 07/CT-UBND của Ủy ban nhân dân huyện Bến Đò về thu tiền dịch vụ tại bến đò ngang',
      fields: ['Giao thông vận tải', 'Tài chính'],
      relations: [{ kind: 'suspends-enforcement', targetNumber: '07/CT-UBND', note: 'Văn bản của Ủy ban nhân dân huyện Bến Đò' }],
      text: compose(
        heading('QUYẾT ĐỊNH', 'ĐÌNH CHỈ THI HÀNH CHỈ THỊ SỐ 07/CT-UBND CỦA ỦY BAN NHÂN DÂN HUYỆN BẾN ĐÒ'),
        'Chủ tịch Ủy ban nhân dân tỉnh Sông Hồng quyết định:',
        articles(
          ['Đình chỉ thi hành', 'Đình chỉ thi hành toàn bộ Chỉ thị số 07/CT-UBND của Ủy ban nhân dân huyện Bến Đò, vì đặt khoản thu không có căn cứ pháp luật.'],
          ['Xử lý văn bản', 'Ủy ban nhân dân huyện Bến Đò rà soát, đề xuất bãi bỏ Chỉ thị trong 30 ngày; trong thời gian đình chỉ không thu các khoản tiền nêu tại Chỉ thị.'],
          ['Hiệu lực thi hành', 'Quyết định này có hiệu lực từ ngày ký.'],
        ),
        signature(['CHỦ TỊCH'], who.chair),
      ),
    }),
    demo({
      number: null,
      type: 'Chỉ thị',
      issuer: by.districtCommittee,
      signer: who.districtChair,
      issuedDate: null,
      title: 'Về việc đẩy mạnh sử dụng hộp thư điện tử công vụ trên địa bàn huyện Bến Đò',
      fields: ['Chuyển đổi số'],
      relations: [{ kind: 'implements', targetNumber: DIRECTIVE }],
      review: {
        sourceKey: 'demo-ct-ben-do-chua-so.txt',
        note: 'Thiếu số ký hiệu và ngày ban hành: bản quét không ghi, cần đối chiếu sổ đăng ký văn bản đi của huyện',
      },
      text: compose(
        heading('CHỈ THỊ', 'VỀ VIỆC ĐẨY MẠNH SỬ DỤNG HỘP THƯ ĐIỆN TỬ CÔNG VỤ'),
        `Thực hiện Chỉ thị số ${DIRECTIVE} của Chủ tịch Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân huyện Bến Đò chỉ thị:`,
        sections(
          ['Các phòng, ban chuyên môn', 'Sử dụng hộp thư điện tử công vụ trong trao đổi công việc; không dùng hộp thư cá nhân.'],
          ['Ủy ban nhân dân các xã', 'Cấp hộp thư điện tử công vụ cho 100% cán bộ, công chức cấp xã.'],
          ['Tổ chức thực hiện', 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện theo dõi, báo cáo kết quả.'],
        ),
        signature(['CHỦ TỊCH'], who.districtChair),
      ),
    }),
  ];
}

/** The demo registry as `npm start` loads it: built today. */
export const demoRecords: ImportRecord[] = demoRecordsOn(todayInVietnam());
