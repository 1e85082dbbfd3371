import { describe, expect, it } from 'vitest';
import { checkOfficialEmail } from '../official-email.ts';
import { parseLookupCode } from '../question.ts';
import { StatisticFiguresSchema } from '../statistics.ts';
import { weekOf, shiftWeek } from '../work-week.ts';
import { buildOrgTree } from '../org-chart.ts';
import { demoAgencyProfile, demoArticles, demoOfficials, demoQuestions, demoSchedule, demoStatistics, demoUnits } from './portal.ts';
import { ARTICLE_SECTIONS } from '../portal-sections.ts';

describe('demo content for the portal sections', () => {
  it('lists only official addresses (the CMS would refuse the others)', () => {
    for (const email of [demoAgencyProfile.email, demoAgencyProfile.portalEmail, ...demoUnits.map((u) => u.email), ...demoOfficials.map((o) => o.email)]) {
      expect(checkOfficialEmail(email).ok, email).toBe(true);
    }
  });
  it('has one org tree, every official in a known unit, at least one leader', () => {
    const tree = buildOrgTree(demoUnits.map((u) => ({ id: u.slug, name: u.name, parentId: u.parent })));
    expect(tree).toHaveLength(1);
    for (const o of demoOfficials) expect(demoUnits.some((u) => u.slug === o.unit), o.slug).toBe(true);
    expect(demoOfficials.filter((o) => o.leader).length).toBeGreaterThan(0);
  });
  it('fills every article section', () => {
    for (const section of Object.values(ARTICLE_SECTIONS)) expect(demoArticles.some((a) => a.section === section), section).toBe(true);
  });
  it('schedules meetings this week and next week, Vietnam time', () => {
    const now = new Date('2026-11-29T17:00:00Z');
    const keys = new Set(demoSchedule(now).map((e) => weekOf(e.startsAt).key));
    expect(keys).toEqual(new Set([weekOf(now).key, shiftWeek(weekOf(now), 1).key]));
  });
  it('uses valid lookup codes and numeric figures', () => {
    for (const q of demoQuestions) expect(parseLookupCode(q.code)).toBe(q.code);
    for (const s of demoStatistics) expect(StatisticFiguresSchema.safeParse(s.figures).success).toBe(true);
  });
});
