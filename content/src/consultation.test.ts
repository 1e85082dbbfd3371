import { describe, expect, it } from 'vitest';
import { eachCase } from './testing/index.ts';
import {
  consultationPeriodProblem,
  consultationStatus,
  ConsultationRecordSchema,
  draftOutline,
  DEFAULT_MIN_CONSULTATION_DAYS,
  isAcceptingComments,
  minConsultationDays,
  type ConsultationStatus,
} from './consultation.ts';
import { consultationFixtures, FIXTURE_NOW } from './fixtures/consultations.ts';
import { demoComments, demoConsultations } from './demo/consultations.ts';

describe('consultationStatus', () => {
  it.each([
    ['upcoming_consultation', 'upcoming'],
    ['open_consultation', 'open'],
    ['closed_consultation', 'closed'],
    ['consultation_with_outcome', 'response-published'],
  ] as Array<[keyof typeof consultationFixtures, ConsultationStatus]>)('%s is %s', (name, status) => {
    expect(consultationStatus(consultationFixtures[name], FIXTURE_NOW)).toBe(status);
  });

  const window = { opensAt: '2026-11-01T01:00:00Z', closesAt: '2026-12-01T10:00:00Z', hasResponse: false };
  it.each([
    ['2026-11-01T00:59:59.999Z', 'upcoming'],
    ['2026-11-01T01:00:00Z', 'open'],
    ['2026-12-01T09:59:59.999Z', 'open'],
    ['2026-12-01T10:00:00Z', 'closed'],
  ] as const)('at the edges: %s → %s', (instant, status) => {
    expect(consultationStatus(window, new Date(instant))).toBe(status);
  });

  it('a response prepared while the window runs does not close it', () => {
    expect(consultationStatus({ ...window, hasResponse: true }, new Date('2026-11-15T00:00:00Z'))).toBe('open');
    expect(isAcceptingComments({ ...window, hasResponse: true }, new Date('2026-11-15T00:00:00Z'))).toBe(true);
  });
});

describe('consultationPeriodProblem', () => {
  it.each([
    ['2026-11-01T00:00:00Z', '2026-12-01T00:00:00Z', 30, null],
    ['2026-11-01T00:00:00Z', '2026-11-21T00:00:00Z', 20, null],
    ['2026-11-01T00:00:00Z', '2026-11-20T23:00:00Z', 20, /ngắn hơn tối thiểu 20 ngày/],
    ['2026-11-01T00:00:00Z', '2026-10-01T00:00:00Z', 20, /phải sau thời điểm bắt đầu/],
    [null, '2026-10-01T00:00:00Z', 20, /cần nhập thời điểm bắt đầu/],
  ] as const)('%s → %s (min %i days)', (opens, closes, min, expected) => {
    const problem = consultationPeriodProblem(opens, closes, min);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });

  it('says from when the end would be long enough, in Vietnamese time', () => {
    expect(consultationPeriodProblem('2026-11-01T00:00:00Z', '2026-11-05T00:00:00Z', 20)).toContain('07:00 21/11/2026');
  });

  eachCase(minConsultationDays, [
    [undefined, DEFAULT_MIN_CONSULTATION_DAYS],
    ['', DEFAULT_MIN_CONSULTATION_DAYS],
    ['60', 60],
    ['0', DEFAULT_MIN_CONSULTATION_DAYS],
    ['abc', DEFAULT_MIN_CONSULTATION_DAYS],
  ], 'CONSULTATION_MIN_DAYS=%s → %i');
});

describe('draftOutline', () => {
  it('lists articles with their chapter and number of clauses', () => {
    const outline = draftOutline(
      ['## Chương I. Quy định chung', '### Điều 1. Phạm vi', 'Văn bản.', '### Điều 2. Đối tượng', '1. Một.', '2. Hai.', '## Chương II', '### Điều 3'].join('\n'),
    );
    expect(outline).toEqual([
      { anchor: 'dieu-1', number: '1', title: 'Phạm vi', chapter: 'Chương I. Quy định chung', clauses: 0 },
      { anchor: 'dieu-2', number: '2', title: 'Đối tượng', chapter: 'Chương I. Quy định chung', clauses: 2 },
      { anchor: 'dieu-3', number: '3', title: '', chapter: 'Chương II', clauses: 0 },
    ]);
  });
});

describe('demo consultations', () => {
  const now = new Date('2026-11-26T03:00:00Z');
  const demo = demoConsultations(now);
  it('are valid records with articles', () => {
    for (const record of demo) {
      expect(ConsultationRecordSchema.parse(record)).toEqual(record);
      expect(draftOutline(record.body).length).toBeGreaterThan(1);
    }
  });
  it('show one open (closing ≥ 30 days after loading), one upcoming, one with its response', () => {
    const statuses = demo.map((r) => consultationStatus({ ...r, hasResponse: !!r.responseReport }, now));
    expect(statuses).toEqual(['open', 'upcoming', 'response-published']);
    expect(Date.parse(demo[0]!.closesAt) - now.getTime()).toBeGreaterThanOrEqual(30 * 86_400_000);
  });
  it('respect the default minimum period', () => {
    for (const record of demo) expect(consultationPeriodProblem(record.opensAt, record.closesAt, DEFAULT_MIN_CONSULTATION_DAYS)).toBeNull();
  });
  it('give the closed draft a report whose count agrees with its public comments (audit D19)', () => {
    const report = demo[2]!.responseReport!;
    const count = demoComments.filter((c) => c.consultation === 'closed' && c.status === 'approved').length;
    expect(count).toBeGreaterThan(0);
    expect(report).toContain(`Đã nhận ${count} ý kiến`);
    // Its own heading would repeat the page's section heading.
    expect(report).not.toMatch(/^#/m);
  });
});
