import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatDay,
  formatLongDate,
  formatLongDay,
  formatTime,
  officeDayOf,
  officeDayRangeToInstants,
} from '../../../shared/time/indonesian-dates';

const MONDAY_0815_WIB = '2026-11-23T01:15:00.000Z';

describe('Indonesian dates and times', () => {
  it('writes a long date as offices do', () => {
    expect(formatLongDate(MONDAY_0815_WIB, 'WIB')).toBe('Senin, 23 November 2026');
    expect(formatDate(new Date(MONDAY_0815_WIB), 'WIB')).toBe('23 November 2026');
  });

  it('writes the time with a dot and the zone', () => {
    expect(formatTime(MONDAY_0815_WIB, 'WIB')).toBe('08.15 WIB');
    expect(formatTime(MONDAY_0815_WIB, 'WIB', false)).toBe('08.15');
    expect(formatDateTime(MONDAY_0815_WIB, 'WIB')).toBe('Senin, 23 November 2026 pukul 08.15 WIB');
  });

  it('applies the WITA (+8) and WIT (+9) offsets', () => {
    expect(formatTime(MONDAY_0815_WIB, 'WITA')).toBe('09.15 WITA');
    expect(formatTime(MONDAY_0815_WIB, 'WIT')).toBe('10.15 WIT');
  });

  it('puts a late-evening UTC instant on the next day in WIT but not in WIB', () => {
    const instant = '2026-11-23T16:30:00.000Z';
    expect(formatDateTime(instant, 'WIB')).toBe('Senin, 23 November 2026 pukul 23.30 WIB');
    expect(formatDateTime(instant, 'WIT')).toBe('Selasa, 24 November 2026 pukul 01.30 WIT');
    expect(officeDayOf(instant, 'WIB')).toBe('2026-11-23');
    expect(officeDayOf(instant, 'WITA')).toBe('2026-11-24');
    expect(officeDayOf(instant, 'WIT')).toBe('2026-11-24');
  });

  it('rolls over month and year ends in the office zone', () => {
    expect(formatLongDate('2026-12-31T17:00:00.000Z', 'WIB')).toBe('Jumat, 1 Januari 2027');
    expect(officeDayOf('2026-12-31T16:59:59.999Z', 'WIB')).toBe('2026-12-31');
  });

  it('names calendar days without a zone', () => {
    expect(formatDay('2026-08-17')).toBe('17 Agustus 2026');
    expect(formatLongDay('2026-08-17')).toBe('Senin, 17 Agustus 2026');
  });

  describe('officeDayRangeToInstants', () => {
    it('bounds one WIB day from 00.00 WIB to the next 00.00 WIB', () => {
      expect(officeDayRangeToInstants('2026-11-23', '2026-11-23', 'WIB')).toEqual({
        start: '2026-11-22T17:00:00.000Z',
        end: '2026-11-23T17:00:00.000Z',
      });
    });

    it('shifts the bounds for WITA and WIT and spans several days', () => {
      expect(officeDayRangeToInstants('2026-11-23', '2026-11-23', 'WITA')).toEqual({
        start: '2026-11-22T16:00:00.000Z',
        end: '2026-11-23T16:00:00.000Z',
      });
      expect(officeDayRangeToInstants('2026-11-01', '2026-11-30', 'WIT')).toEqual({
        start: '2026-10-31T15:00:00.000Z',
        end: '2026-11-30T15:00:00.000Z',
      });
    });

    it('includes the first instant of the day and excludes the first instant of the next', () => {
      const { start, end } = officeDayRangeToInstants('2026-11-23', '2026-11-23', 'WIT');
      expect(officeDayOf(start, 'WIT')).toBe('2026-11-23');
      expect(officeDayOf(new Date(Date.parse(end) - 1), 'WIT')).toBe('2026-11-23');
      expect(officeDayOf(end, 'WIT')).toBe('2026-11-24');
    });
  });
});
