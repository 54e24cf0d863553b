import { describe, expect, it } from 'vitest';
import { addYears, retentionDates, retentionStage } from '../../../shared/archive/retention';

describe('retention dates', () => {
  it('end each period the day before the same date n years on', () => {
    expect(retentionDates('2026-11-23', 2, 3)).toEqual({ activeUntil: '2028-11-22', inactiveUntil: '2031-11-22', reviewOn: '2031-11-23' });
    expect(retentionDates('2026-01-01', 1, 0)).toEqual({ activeUntil: '2026-12-31', inactiveUntil: '2026-12-31', reviewOn: '2027-01-01' });
    // No active period: the file goes straight to the records centre.
    expect(retentionDates('2026-03-10', 0, 5)).toEqual({ activeUntil: '2026-03-09', inactiveUntil: '2031-03-09', reviewOn: '2031-03-10' });
  });

  it('moves 29 February to 28 February in a common year', () => {
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(addYears('2028-02-29', 4)).toBe('2032-02-29');
    expect(retentionDates('2028-02-29', 1, 2)).toEqual({ activeUntil: '2029-02-27', inactiveUntil: '2031-02-27', reviewOn: '2031-02-28' });
  });

  it('tells the stage of a file on a day', () => {
    const dates = retentionDates('2026-11-23', 2, 3);
    expect(retentionStage(dates, '2026-11-23')).toBe('aktif');
    expect(retentionStage(dates, '2028-11-22')).toBe('aktif');
    expect(retentionStage(dates, '2028-11-23')).toBe('inaktif');
    expect(retentionStage(dates, '2031-11-22')).toBe('inaktif');
    expect(retentionStage(dates, '2031-11-23')).toBe('jatuh tempo');
  });
});
