import { consultationStatus, draftOutline, type PublishedConsultation } from '@cong/content';
import { describe, expect, it, vi } from 'vitest';
import { splitArticles } from '../text/articles.ts';
import { PORTAL_CORPUS_NOW, portalItems } from '../testing/portal-corpus.ts';
import { consultationToSearchDocument } from './consultation.ts';

const drafts = portalItems()
  .filter((example) => example.type === 'consultation')
  .map((example) => example.item as PublishedConsultation);
const [open, upcoming, withResponse] = drafts as [PublishedConsultation, PublishedConsultation, PublishedConsultation];

describe('consultationToSearchDocument', () => {
  it('links to the draft page, dated by the opening of the comment period, typed by its comment status', () => {
    const doc = consultationToSearchDocument(open);
    expect(doc).toMatchObject({ id: `consultation:${open.slug}`, kind: 'consultation', url: `/du-thao/${open.slug}`, number: null, status: null });
    expect(doc.type).toEqual({ name: 'Đang lấy ý kiến', slug: 'dang-lay-y-kien' });
    expect(consultationToSearchDocument(upcoming).type?.slug).toBe('sap-lay-y-kien');
    expect(doc.issuer?.name).toBe(open.draftingAgency);
    expect(doc.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(doc.year).toBe(Number(doc.date!.slice(0, 4)));
  });

  it('derives the status from the comment period when the CMS stored none', () => {
    vi.useFakeTimers({ now: PORTAL_CORPUS_NOW, toFake: ['Date'] });
    try {
      expect(consultationToSearchDocument({ ...open, consultationStatus: null }).type?.slug).toBe('dang-lay-y-kien');
      expect(consultationToSearchDocument({ ...upcoming, consultationStatus: null }).type?.slug).toBe('sap-lay-y-kien');
    } finally {
      vi.useRealTimers();
    }
  });

  it('prefers the status the CMS stored (re-derived every minute) over its own derivation', () => {
    expect(consultationToSearchDocument({ ...open, consultationStatus: 'closed' }).type?.slug).toBe('da-het-han-gop-y');
  });

  it.each(drafts.map((draft) => [draft.slug, draft] as const))('%s: its article anchors are exactly those of the draft page', (_slug, draft) => {
    const anchors = splitArticles(consultationToSearchDocument(draft).text).flatMap((section) => (section.anchor === null ? [] : [section.anchor]));
    expect(anchors).toEqual(draftOutline(draft.body ?? '').map((article) => article.anchor));
    expect(anchors.length).toBeGreaterThan(0);
  });

  it('keeps headings typed in the summary from becoming anchors the page does not have', () => {
    const doc = consultationToSearchDocument({ ...open, summary: '## Điều 99. Không phải một điều của dự thảo' });
    expect(splitArticles(doc.text).map((section) => section.anchor)).not.toContain('dieu-99');
    expect(doc.text).toContain('Điều 99. Không phải một điều của dự thảo');
  });

  it('searches the response report once the page shows it, i.e. once the response is published', () => {
    expect(consultationStatus({ opensAt: withResponse.opensAt, closesAt: withResponse.closesAt, hasResponse: true })).toBe('response-published');
    expect(consultationToSearchDocument(withResponse).text).toMatch(/Đã nhận \d+ ý kiến góp ý/);
    const early = { ...open, responseReport: 'Báo cáo soạn sẵn trước khi hết hạn góp ý' };
    expect(consultationToSearchDocument(early).text).not.toContain('soạn sẵn');
  });

  it('makes the numbers a draft cites findable', () => {
    const doc = consultationToSearchDocument({ ...open, body: 'Căn cứ Nghị định số 43/2011/NĐ-CP;\n\n### Điều 1. Phạm vi\n\nNội dung.' });
    expect(doc.citedNumbers).toEqual(['43/2011/ND-CP']);
  });
});
