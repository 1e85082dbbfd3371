import { describe, expect, it } from 'vitest';
import { barChart, StatisticFiguresSchema } from './statistics.ts';

describe('barChart', () => {
  it('scales to the largest value', () => {
    const chart = barChart([{ label: 'A', value: 50 }, { label: 'B', value: 100 }, { label: 'C', value: 0 }], { width: 480, labelWidth: 100 });
    expect(chart.bars.map((b) => b.width)).toEqual([150, 300, 0]);
    expect(chart.height).toBe(108);
  });
  it('draws nothing for an empty or all-zero table', () => {
    expect(barChart([]).bars).toEqual([]);
    expect(barChart([{ label: 'A', value: 0 }]).bars[0]!.width).toBe(0);
  });
  it('refuses a figure that is not a number', () => {
    expect(StatisticFiguresSchema.safeParse([{ label: 'A', value: 'nhiều' }]).success).toBe(false);
  });
});
