import { sectionByKey } from '@cong/content';
import { describe, expect, it } from 'vitest';
import { splitArticles } from '../text/articles.ts';
import { portalItems } from '../testing/portal-corpus.ts';
import { toSearchDocument, type SearchableType } from './index.ts';

/** The portal's list pages and the introduction: each item is a `page` record linking to a place on its section's page. */
const pageTypes: Array<{ type: SearchableType; section: Parameters<typeof sectionByKey>[0]; url: (item: Record<string, any>) => string; title: (item: Record<string, any>) => string }> = [
  { type: 'public-service', section: 'services', url: (item) => `/dich-vu-cong#thu-tuc-${item.documentId}`, title: (item) => item.name },
  { type: 'project', section: 'projects', url: (item) => `/du-an#du-an-${item.documentId}`, title: (item) => item.name },
  { type: 'statistic-report', section: 'statistics', url: (item) => `/thong-ke#${item.slug}`, title: (item) => item.title },
  { type: 'question', section: 'questions', url: (item) => `/hoi-dap?ma=${item.code}#tra-cuu`, title: (item) => item.subject },
  { type: 'agency-profile', section: 'about', url: () => '/gioi-thieu', title: (item) => `Giới thiệu: ${item.name}` },
];
const items = portalItems();

describe.each(pageTypes)('$type as a page', ({ type, section, url, title }) => {
  const examples = items.filter((example) => example.type === type);

  it('links to its place on the section page, titled as the page shows it, typed by the section', () => {
    expect(examples.length).toBeGreaterThan(0);
    for (const { item } of examples) {
      const doc = toSearchDocument(type, item);
      expect(doc).toMatchObject({ kind: 'page', url: url(item), title: title(item), number: null, status: null, issuer: null });
      expect(doc.type).toEqual({ name: sectionByKey(section).label, slug: sectionByKey(section).path.slice(1) });
    }
  });

  it('has one plain section: a list row has no article to link to', () => {
    for (const { item } of examples) {
      const sections = splitArticles(toSearchDocument(type, item).text);
      expect(sections).toHaveLength(1);
      expect(sections[0]!.anchor).toBeNull();
      expect(sections[0]!.text).not.toBe('');
    }
  });
});

describe('what each page record searches', () => {
  const doc = (type: SearchableType) => toSearchDocument(type, items.find((example) => example.type === type)!.item);

  it('a procedure: its columns with their headings', () => {
    expect(doc('public-service').text).toContain('Mã thủ tục: 1.001234');
    expect(doc('public-service').text).toContain('Phí, lệ phí: 8.000 đồng/bản');
  });

  it('a statistic report: period, figures as the table shows them, method and analysis', () => {
    const text = doc('statistic-report').text;
    expect(text).toContain('Kỳ báo cáo: Quý I–III năm 2026');
    expect(text).toContain('Quý I/2026: 18.450');
    expect(text).toContain('quý III tăng 16%');
    const badFigures = toSearchDocument('statistic-report', { ...items.find((example) => example.type === 'statistic-report')!.item, figures: 'không phải bảng' });
    expect(badFigures.text).not.toContain('không phải bảng');
  });

  it('a published answer: question and answer, dated by the answer', () => {
    const answer = doc('question');
    expect(answer.text).toContain('bao lâu có kết quả');
    expect(answer.text).toContain('10 ngày làm việc');
    expect(answer.id).toBe('page:hoi-dap-hd-2026-dem0a1');
    expect(answer.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('the introduction: functions, duties and history, under the one id page:gioi-thieu', () => {
    const about = doc('agency-profile');
    expect(about.id).toBe('page:gioi-thieu');
    expect(about.text).toContain('cơ quan chấp hành của Hội đồng nhân dân tỉnh');
    expect(about.text).toContain('Tổ chức thi hành Hiến pháp');
    expect(about.text).toContain('1976: thành lập tỉnh');
  });
});
