import { describe, expect, it } from 'vitest';
import { COMMENT_STATUS_LABELS, QUESTION_STATUS_LABELS } from '@cong/content';
import { enumerationLabel, enumerationLabels, LABELLED_ENUMERATIONS } from './enumeration-labels';

type Schema = { attributes: Record<string, { type: string; enum?: string[] }> };
const files = import.meta.glob('../{api/*/content-types/*/schema.json,components/*/*.json}', { eager: true, import: 'default' }) as Record<string, Schema>;
const enumerations = Object.entries(files).flatMap(([path, json]) =>
  Object.entries(json.attributes)
    .filter(([, attribute]) => attribute.type === 'enumeration')
    .map(([name, attribute]) => [`${path.replace(/^\.\.\//, '')} \`${name}\``, attribute.enum!] as const),
);

describe('every enumeration value the admin shows has a Vietnamese label', () => {
  it('finds the schemas', () => {
    expect(enumerations.length).toBeGreaterThanOrEqual(16);
  });

  it.each(enumerations)('%s', (_where, values) => {
    const labels = enumerationLabels(values);
    expect(labels, `no owner labels exactly ${values.join(', ')}: add a *_LABELS map beside the list and to OWNERS in rules/enumeration-labels.ts`).toBeDefined();
    for (const value of values) {
      expect(labels![value], `"${value}" has no label`).toMatch(/\S/);
      expect(labels![value], `"${value}" is labelled with itself`).not.toBe(value);
    }
  });

  it('no two owners have the same values (the values name the owner)', () => {
    const keys = LABELLED_ENUMERATIONS.map((values) => [...values].sort().join('|'));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each([
    [['pending', 'approved', 'rejected', 'spam'], 'rejected', COMMENT_STATUS_LABELS.rejected],
    [['received', 'in-progress', 'answered', 'rejected'], 'rejected', QUESTION_STATUS_LABELS.rejected],
    [['spam', 'rejected', 'approved', 'pending'], 'pending', 'Chờ duyệt'],
    [['in-force', 'partially-expired', 'expired', 'not-yet-effective', 'suspended'], 'in-force', 'Còn hiệu lực'],
    [['a', 'b'], 'a', 'a'],
    [['pending', 'approved'], 'pending', 'pending'],
  ])('%j: %s → %s (the same value in two lists keeps each list\'s word; an unknown list shows the value)', (values, value, label) => {
    expect(enumerationLabel(values, value)).toBe(label);
  });
});
