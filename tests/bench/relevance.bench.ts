/**
 * npm run bench:relevance — a labelled query set over the seed corpus, the registry fixtures, the demo
 * registry and the demo portal content (drafts, articles, list rows, answers), among generated distractor documents: for each query, the document a citizen typing it wants.
 * Prints the share of queries whose expected document comes first and in the top 3, per class and overall.
 * Target (issue 3): 100% in the top 3, ≥ 95% first. Runs the embedded engine, and Meilisearch too when
 * MEILISEARCH_URL is set.
 *
 *   sh scripts/with-node.sh node tests/bench/relevance.bench.ts      # BENCH_RELEVANCE_DISTRACTORS=5000 by default
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SearchEngine } from '../../search/src/engine.ts';
import { EmbeddedSearchEngine } from '../../search/src/engines/embedded.ts';
import { MeilisearchEngine } from '../../search/src/engines/meilisearch.ts';
import { legalDocumentToSearchDocument } from '../../search/src/mappers/legal-document.ts';
import { contractCorpus } from '../../search/src/testing/contract-corpus.ts';
import { portalCorpus } from '../../search/src/testing/portal-corpus.ts';
import { generateSearchCorpus } from './search-corpus.ts';

type Labelled = { q: string; expect: string };
const nfd = (s: string) => s.normalize('NFD');

// Expected documents by slug. Seed corpus: 15-ct-ttg, 34-2008-ct-ttg, 07-ct-btttt, 1950-ttg-kgvx, ct-gialai-2013;
// registry fixtures: 912-2025-qh15, 918-2025-nd-cp, 09-ct-ubnd, 14-2026-qd-ubnd, 2461-ubnd-kgvx, 35-tb-ubnd,
// ct-huyen-cat-vang-chua-so; the rest is the demo registry.
const QUERIES: Record<string, Labelled[]> = {
  accented: [
    { q: 'văn bản điện tử tại Bộ Thông tin và Truyền thông', expect: '07-ct-btttt' },
    { q: 'hệ thống thư điện tử trong hoạt động của cơ quan nhà nước', expect: '34-2008-ct-ttg' },
    { q: 'văn bản điện tử trên địa bàn tỉnh Gia Lai', expect: 'ct-gialai-2013' },
    { q: 'Luật Lưu trữ văn bản điện tử', expect: '912-2025-qh15' },
    { q: 'Luật Công khai thông tin hành chính', expect: '901-2025-qh15' },
    { q: 'Luật sửa đổi Luật Công khai thông tin hành chính', expect: '905-2025-qh15' },
    { q: 'Nghị định quy định chi tiết Luật Công khai thông tin hành chính', expect: '930-2025-nd-cp' },
    { q: 'số hóa hồ sơ lưu trữ của các cơ quan nhà nước', expect: '09-ct-ubnd' },
    { q: 'mức hỗ trợ chi phí số hóa hồ sơ', expect: '05-2026-nq-hdnd' },
    { q: 'quy định giá dịch vụ trông giữ xe', expect: '30-2025-qd-ubnd' },
    { q: 'tạm ngưng hiệu lực quyết định giá trông giữ xe', expect: '22-2026-qd-ubnd' },
    { q: 'thí điểm tiếp nhận hồ sơ trực tuyến tại bộ phận một cửa', expect: '07-2023-qd-ubnd' },
    { q: 'danh mục thông tin công khai năm 2026', expect: '1234-qd-ubnd' },
    { q: 'đính chính quyết định quy chế cổng thông tin', expect: '1876-qd-ubnd' },
    { q: 'hộp thư điện tử công vụ', expect: 'demo-ct-ben-do-chua-so' },
    { q: 'tiến độ chuyển đổi số quý III', expect: '120-tb-ubnd' },
    { q: 'kết quả 6 tháng thực hiện chỉ thị', expect: '210-bc-ubnd' },
    { q: 'khai thác tài liệu lưu trữ điện tử tại Lưu trữ lịch sử tỉnh Đồng Vân', expect: '14-2026-qd-ubnd' },
    { q: 'kết luận về tiến độ số hóa hồ sơ lưu trữ', expect: '35-tb-ubnd' },
    { q: 'kế hoạch triển khai thi hành Luật Công khai thông tin hành chính', expect: '45-kh-ubnd' },
    { q: 'định dạng dữ liệu công khai và dữ liệu mở', expect: '911-2026-tt-bhcs' },
  ],
  unaccented: [
    { q: 'su dung van ban dien tu tai bo thong tin va truyen thong', expect: '07-ct-btttt' },
    { q: 'he thong thu dien tu', expect: '34-2008-ct-ttg' },
    { q: 'luat luu tru van ban dien tu', expect: '912-2025-qh15' },
    { q: 'ban hanh quy che quan ly van hanh cong thong tin dien tu', expect: '08-2026-qd-ubnd' },
    { q: 'chi thi tang cuong su dung van ban dien tu va chu ky so', expect: '03-ct-ubnd' },
    { q: 'so hoa ho so luu tru tai uy ban nhan dan cac xa', expect: 'ct-huyen-cat-vang-chua-so' },
    { q: 'van ban hop nhat tiep nhan xu ly van ban dien tu', expect: '02-vbhn-ubnd' },
    { q: 'bai bo quy dinh gui van ban giay', expect: '15-2026-qd-ubnd' },
    { q: 'cong van don doc thuc hien chi thi ve so hoa ho so luu tru', expect: '2461-ubnd-kgvx' },
  ],
  nfd: [
    { q: nfd('văn bản điện tử tại Bộ Thông tin và Truyền thông'), expect: '07-ct-btttt' },
    { q: nfd('hệ thống thư điện tử'), expect: '34-2008-ct-ttg' },
    { q: nfd('mức hỗ trợ chi phí số hóa'), expect: '05-2026-nq-hdnd' },
    { q: nfd('Luật Công khai thông tin hành chính'), expect: '901-2025-qh15' },
  ],
  'tone placement': [
    { q: 'số hoá hồ sơ lưu trữ của các cơ quan nhà nước', expect: '09-ct-ubnd' },
    { q: 'Uỷ ban nhân dân các xã số hoá hồ sơ', expect: 'ct-huyen-cat-vang-chua-so' },
    { q: 'chủ tịch Uỷ ban nhân dân tỉnh tiến độ số hoá', expect: '35-tb-ubnd' },
  ],
  numbers: [
    { q: '15/CT-TTg', expect: '15-ct-ttg' },
    { q: '15/ct-ttg', expect: '15-ct-ttg' },
    { q: '34/2008/CT-TTg', expect: '34-2008-ct-ttg' },
    { q: 'ct-ttg 34/2008', expect: '34-2008-ct-ttg' },
    { q: '1950/TTg-KGVX', expect: '1950-ttg-kgvx' },
    { q: '912/2025/QH15', expect: '912-2025-qh15' },
    { q: 'nd-cp 918/2025', expect: '918-2025-nd-cp' },
    { q: '918/2025/nđ-cp', expect: '918-2025-nd-cp' },
    { q: '9/CT-UBND', expect: '09-ct-ubnd' },
    { q: 'Nghị định 930/2025/NĐ-CP', expect: '930-2025-nd-cp' },
    { q: 'số 05/2026/NQ-HĐND', expect: '05-2026-nq-hdnd' },
    { q: '02/VBHN-UBND', expect: '02-vbhn-ubnd' },
    { q: '2461/ubnd-kgvx', expect: '2461-ubnd-kgvx' },
  ],
  phrases: [
    { q: '"hộp thư điện tử công vụ"', expect: 'demo-ct-ben-do-chua-so' },
    { q: '"bộ phận một cửa"', expect: '07-2023-qd-ubnd' },
    { q: '"Lưu trữ lịch sử tỉnh Đồng Vân"', expect: '14-2026-qd-ubnd' },
    { q: '"chi phí số hóa"', expect: '05-2026-nq-hdnd' },
  ],
  typos: [
    { q: 'hệ thốngg thư điện tử', expect: '34-2008-ct-ttg' },
    { q: 'Luật Lưuu trữ văn bản điện tử', expect: '912-2025-qh15' },
    { q: 'tiến độ chuyểnn đổi số quý III', expect: '120-tb-ubnd' },
    { q: 'giá dịch vụ trông giữ xe tạm ngưngg hiệu lực', expect: '22-2026-qd-ubnd' },
    { q: 'danh mục thông tinn công khai năm 2026', expect: '1234-qd-ubnd' },
    { q: 'thí điểmm tiếp nhận hồ sơ trực tuyến', expect: '07-2023-qd-ubnd' },
  ],
  // The other kinds (demo drafts, articles, list rows, answers), among the legal documents that share their words.
  'other kinds': [
    { q: 'dự thảo quy định công bố thông tin hành chính', expect: 'du-thao-quy-dinh-cong-bo-thong-tin-hanh-chinh' },
    { q: 'quy che tiep nhan phan anh kien nghi', expect: 'du-thao-quy-che-tiep-nhan-phan-anh-kien-nghi' },
    { q: 'phí cấp bản sao văn bản từ sổ lưu', expect: 'du-thao-quy-dinh-phi-ban-sao-van-ban' },
    { q: 'khai trương cổng thông tin điện tử mới', expect: 'khai-truong-cong-thong-tin-moi' },
    { q: 'ung pho mua lu', expect: 'chi-dao-phong-chong-bao-lu' },
    { q: 'giống lúa chịu mặn', expect: 'de-tai-giong-lua-chiu-man' },
    { q: 'đăng ký thành lập hộ kinh doanh', expect: 'dich-vu-cong-tt0000000000000000000002' },
    { q: 'thời hạn cấp phiếu lý lịch tư pháp', expect: 'hoi-dap-hd-2026-dem0a1' },
    { q: 'thu ngân sách 9 tháng', expect: 'thong-ke-thu-ngan-sach-2026' },
    { q: 'mua sắm tập trung máy tính', expect: 'du-an-da0000000000000000000003' },
  ],
  // Issue 13 §5. Natural queries no document has every word of: the best partial match first.
  'partial matches': [
    { q: 'ứng phó mưa lũ lụt', expect: 'chi-dao-phong-chong-bao-lu' },
    { q: 'ung pho mua lu bao', expect: 'chi-dao-phong-chong-bao-lu' },
    { q: 'phong chong bao lu', expect: 'du-an-da0000000000000000000000' },
    { q: 'nâng cấp đê sông Hồng chống lũ quét', expect: 'du-an-da0000000000000000000000' },
    { q: 'giống lúa chịu hạn mặn', expect: 'de-tai-giong-lua-chiu-man' },
    { q: 'phí cấp bản sao văn bản từ sổ gốc', expect: 'du-thao-quy-dinh-phi-ban-sao-van-ban' },
  ],
  // "kí" = "ký", "lí" = "lý", "quí" = "quý".
  'i/y spellings': [
    { q: 'chỉ thị tăng cường sử dụng văn bản điện tử và chữ kí số', expect: '03-ct-ubnd' },
    { q: 'thoi han cap phieu li lich tu phap', expect: 'hoi-dap-hd-2026-dem0a1' },
    { q: 'tiến độ chuyển đổi số quí III', expect: '120-tb-ubnd' },
  ],
  // Document types as the abbreviations of their numbers: nd, qd, tt, ct.
  'type abbreviations': [
    { q: 'nd quy dinh chi tiet luat cong khai thong tin hanh chinh', expect: '930-2025-nd-cp' },
    { q: 'qd tam ngung hieu luc gia trong giu xe', expect: '22-2026-qd-ubnd' },
    { q: 'tt dinh dang du lieu cong khai va du lieu mo', expect: '911-2026-tt-bhcs' },
    { q: 'ct tang cuong su dung van ban dien tu va chu ky so', expect: '03-ct-ubnd' },
  ],
};

const DISTRACTORS = Number(process.env.BENCH_RELEVANCE_DISTRACTORS ?? 5000);
const corpus = contractCorpus();
if (corpus.missing.length > 0) console.warn(`⚠ Missing: ${corpus.missing.join(', ')}; queries about them will miss.`);
// Distractors get their own slugs: generated numbers such as "03/CT-UBND" also exist among the labelled documents.
const distractors = [...generateSearchCorpus({ count: DISTRACTORS, seed: 11 })].map((doc) => legalDocumentToSearchDocument({ ...doc, slug: `sinh-${doc.slug}` }));
const portal = portalCorpus();
const docs = [...corpus.docs, ...portal, ...distractors];

const dir = mkdtempSync(join(tmpdir(), 'cong-bench-relevance-'));
const engines: Array<{ name: string; engine: SearchEngine }> = [{ name: 'embedded', engine: new EmbeddedSearchEngine({ path: join(dir, 'search.db') }) }];
if (process.env.MEILISEARCH_URL) {
  engines.push({ name: 'meilisearch', engine: new MeilisearchEngine({ url: process.env.MEILISEARCH_URL, apiKey: process.env.MEILISEARCH_KEY, index: `cong_relevance_${Date.now()}` }) });
}

const total = Object.values(QUERIES).flat().length;
console.log(`Relevance: ${total} labelled queries over ${corpus.docs.length} legal documents, ${portal.length} items of the other kinds and ${distractors.length.toLocaleString('en')} generated distractors`);
let failed = false;
for (const { name, engine } of engines) {
  await engine.applySettings();
  await engine.rebuild(docs);
  console.log(`\n${name} engine            queries   first   top 3`);
  let first = 0;
  let top3 = 0;
  const misses: string[] = [];
  for (const [cls, queries] of Object.entries(QUERIES)) {
    let f = 0;
    let t = 0;
    for (const { q, expect } of queries) {
      const slugs = (await engine.search({ q, pageSize: 10 })).hits.map((hit) => hit.slug);
      const rank = slugs.indexOf(expect);
      if (rank === 0) f++;
      if (rank >= 0 && rank < 3) t++;
      if (rank !== 0) misses.push(`  ${JSON.stringify(q)} → expected ${expect} at ${rank < 0 ? 'none of the first 10' : `#${rank + 1}`}; got ${slugs.slice(0, 3).join(', ') || 'nothing'}`);
    }
    first += f;
    top3 += t;
    console.log(`  ${cls.padEnd(20)} ${String(queries.length).padStart(7)} ${`${Math.round((100 * f) / queries.length)}%`.padStart(7)} ${`${Math.round((100 * t) / queries.length)}%`.padStart(7)}`);
  }
  const firstShare = first / total;
  const top3Share = top3 / total;
  console.log(`  ${'all'.padEnd(20)} ${String(total).padStart(7)} ${`${(100 * firstShare).toFixed(1)}%`.padStart(7)} ${`${(100 * top3Share).toFixed(1)}%`.padStart(7)}`);
  if (misses.length > 0) console.log(`  not first:\n${misses.join('\n')}`);
  console.log(`  Targets: 100% in the top 3 → ${top3Share === 1 ? 'met' : 'NOT met'}; ≥ 95% first → ${firstShare >= 0.95 ? 'met' : 'NOT met'}`);
  failed ||= top3Share < 1 || firstShare < 0.95;
  await engine.close();
}
rmSync(dir, { recursive: true, force: true });
if (failed) process.exitCode = 1;
