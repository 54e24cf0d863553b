import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RAMADAN_HOURS,
  DEFAULT_REGULAR_HOURS,
  holidaySaveSchema,
  weeklyWorkingMinutes,
  workingHoursSettingsSchema,
} from '../../../shared/time/calendar-settings';
import { DEFAULT_WORKING_HOURS, SHIPPED_YEARS } from '../../../shared/time/default-holidays';
import { at, shippedCalendar } from './calendar-fixtures';

describe('the working calendar', () => {
  const calendar = shippedCalendar('WIB');

  it('knows working days, weekends, libur nasional and cuti bersama', () => {
    expect(calendar.isWorkingDay('2026-12-23')).toBe(true);
    expect(calendar.isWorkingDay('2026-12-24')).toBe(false);
    expect(calendar.holidayOn('2026-12-24')).toMatchObject({ kind: 'cuti-bersama' });
    expect(calendar.isWorkingDay('2026-11-28')).toBe(false); // Saturday
    expect(calendar.isWorkingDay(at('2026-11-23 23.30'))).toBe(true); // Monday night in WIB, Monday in UTC too
    expect(shippedCalendar('WIT').isWorkingDay(at('2026-11-30 06.00', 'WIT'))).toBe(true); // Sunday in UTC
  });

  it('finds the next working instant', () => {
    expect(calendar.nextWorkingInstant(at('2026-11-27 17.00'))).toEqual(at('2026-11-30 07.30'));
    expect(calendar.nextWorkingInstant(at('2026-11-23 12.10'))).toEqual(at('2026-11-23 13.00'));
    expect(calendar.nextWorkingInstant(at('2026-11-23 09.00'))).toEqual(at('2026-11-23 09.00'));
    expect(calendar.nextWorkingInstant(at('2026-12-24 10.00'))).toEqual(at('2026-12-28 07.30'));
  });

  it('has 37.5 working hours a week, 32.5 in Ramadan', () => {
    expect(weeklyWorkingMinutes(DEFAULT_REGULAR_HOURS)).toBe(37.5 * 60);
    expect(weeklyWorkingMinutes(DEFAULT_RAMADAN_HOURS)).toBe(32.5 * 60);
  });
});

describe('the shipped calendar', () => {
  it('holds the SKB counts: 17 libur nasional a year, cuti bersama 10 + 1 (2025) and 8 (2026)', () => {
    const count = (year: number, kind: string) =>
      SHIPPED_YEARS.find((y) => y.year === year)!.holidays.filter((h) => h.kind === kind).length;
    expect([2025, 2026, 2027].map((y) => count(y, 'libur-nasional'))).toEqual([17, 17, 17]);
    expect([count(2025, 'cuti-bersama'), count(2026, 'cuti-bersama'), count(2027, 'cuti-bersama')]).toEqual([11, 8, 0]);
  });

  it('has each date once, inside its year, valid for the save schema', () => {
    for (const y of SHIPPED_YEARS) {
      const days = y.holidays.map((h) => h.day);
      expect(new Set(days).size).toBe(days.length);
      for (const h of y.holidays) {
        expect(h.day.startsWith(`${y.year}-`)).toBe(true);
        expect(holidaySaveSchema.safeParse({ id: null, ...h }).success, h.day).toBe(true);
      }
    }
  });

  it('marks only the year without an SKB for review', () => {
    expect(SHIPPED_YEARS.map((y) => [y.year, y.needsReview])).toEqual([[2025, false], [2026, false], [2027, true]]);
  });

  it('ships hours the settings schema accepts', () => {
    expect(workingHoursSettingsSchema.parse(DEFAULT_WORKING_HOURS)).toEqual(DEFAULT_WORKING_HOURS);
  });
});

describe('working-hours validation', () => {
  const week = (day: unknown) => ({ ...DEFAULT_WORKING_HOURS, regular: [null, day, null, null, null, null, null] });

  it('refuses a day that ends before it starts, a break outside the day, and a half-filled break', () => {
    const messages = (input: unknown) => {
      const r = workingHoursSettingsSchema.safeParse(input);
      return r.success ? [] : r.error.issues.map((i) => i.message);
    };
    expect(messages(week({ start: '16.00', end: '07.30' }))).toContain('Jam pulang harus sesudah jam masuk.');
    expect(messages(week({ start: '07.30', end: '16.00', breakStart: '06.00', breakEnd: '07.00' }))).toContain(
      'Istirahat harus di dalam jam kerja dan berakhir sesudah dimulai.',
    );
    expect(messages(week({ start: '07.30', end: '16.00', breakStart: '12.00' }))).toContain('Isi awal dan akhir istirahat, atau kosongkan keduanya.');
    expect(messages(week({ start: '7.30', end: '16.00' }))).toContain('Jam ditulis seperti 07.30 (00.00–23.59).');
    expect(messages({ ...DEFAULT_WORKING_HOURS, regular: [null, null, null, null, null, null, null] })).toContain(
      'Sekurang-kurangnya satu hari harus hari kerja.',
    );
  });

  it('accepts 07:30 written with a colon and stores it with a dot', () => {
    const parsed = workingHoursSettingsSchema.parse(week({ start: '07:30', end: '16:00' }));
    expect(parsed.regular[1]).toEqual({ start: '07.30', end: '16.00', breakStart: '', breakEnd: '' });
  });
});
