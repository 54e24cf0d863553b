import { describe, expect, it } from 'vitest';
import { complianceBy, complianceByStep, complianceFigures, formatDelay } from '../../../shared/workflow/step-compliance';

const rec = (stepNo: number, onTime: boolean | null, lateMinutes = 0, unit = 'Bidang UKM') => ({ stepNo, onTime, lateMinutes, unit });

describe('compliance with the standard times', () => {
  const records = [rec(1, true), rec(1, false, 30), rec(1, false, 90), rec(2, true), rec(2, null), rec(3, false, 2000, 'UPT Pasar')];

  it('counts on time and late, mean and worst delay of the late ones', () => {
    expect(complianceFigures(records)).toEqual({
      total: 6,
      onTime: 2,
      late: 3,
      untimed: 1,
      onTimeRate: 0.4,
      meanDelayMinutes: 707,
      worstDelayMinutes: 2000,
    });
    expect(complianceFigures([])).toMatchObject({ total: 0, onTimeRate: null, meanDelayMinutes: 0 });
  });

  it('per step, in step order', () => {
    expect(complianceByStep([...records].reverse()).map((s) => [s.stepNo, s.onTime, s.late, s.meanDelayMinutes, s.worstDelayMinutes])).toEqual([
      [1, 1, 2, 60, 90],
      [2, 1, 0, 0, 0],
      [3, 0, 1, 2000, 2000],
    ]);
  });

  it('per any key, such as the unit', () => {
    const byUnit = complianceBy(records, (r) => r.unit);
    expect(byUnit.map((g) => [g.key, g.figures.total, g.figures.late])).toEqual([
      ['Bidang UKM', 5, 2],
      ['UPT Pasar', 1, 1],
    ]);
  });

  it('writes a delay as the dashboard shows it', () => {
    expect(formatDelay(0)).toBe('0 menit');
    expect(formatDelay(45)).toBe('45 menit');
    expect(formatDelay(2000)).toBe('1 hari 9 jam 20 menit');
  });
});
