import { describe, expect, it } from 'vitest';
import type { StandardTime } from '../../../shared/sop/sop-definition';
import type { ClockPause } from '../../../shared/workflow/due-time';
import { DEFAULT_WORKING_HOURS } from '../../../shared/time/default-holidays';
import { formatWorkingDuration } from '../../../shared/time/working-duration-text';
import { WorkingCalendar } from '../../../shared/time/working-calendar';
import {
  CalendarDueTimeCalculator,
  CLOCK_STOPPED,
  measureBetween,
  workingMinutesBetween,
} from '../../../shared/time/working-time-arithmetic';
import { addWorkingDays } from '../../../shared/time/working-days';
import { at, shippedCalendar } from './calendar-fixtures';

const jam = (amount: number, workingTime = true): StandardTime => ({ amount, unit: 'jam', workingTime });
const menit = (amount: number, workingTime = true): StandardTime => ({ amount, unit: 'menit', workingTime });
const hari = (amount: number): StandardTime => ({ amount, unit: 'hari', workingTime: true });
const hariKerja = (amount: number): StandardTime => ({ amount, unit: 'hari-kerja', workingTime: true });
const pause = (from: Date, to: Date | null): ClockPause => ({ from, to, reason: 'Menunggu kelengkapan dari pelapor' });

const wib = new CalendarDueTimeCalculator(shippedCalendar('WIB'));

describe('minutes and hours in working time', () => {
  it('runs a Friday afternoon into Monday morning', () => {
    expect(wib.dueAt(at('2026-11-27 15.00'), jam(2))).toEqual(at('2026-11-30 08.30'));
  });

  it('starts a step that arrives after hours at the next working morning', () => {
    expect(wib.dueAt(at('2026-11-23 17.00'), menit(30))).toEqual(at('2026-11-24 08.00'));
    expect(wib.dueAt(at('2026-11-24 06.00'), jam(1))).toEqual(at('2026-11-24 08.30'));
    // Sunday evening: Monday morning.
    expect(wib.dueAt(at('2026-11-29 20.00'), menit(10))).toEqual(at('2026-11-30 07.40'));
  });

  it('skips the lunch break and ends exactly at closing time rather than the next morning', () => {
    expect(wib.dueAt(at('2026-11-23 11.30'), jam(1))).toEqual(at('2026-11-23 13.30'));
    expect(wib.dueAt(at('2026-11-23 15.00'), jam(1))).toEqual(at('2026-11-23 16.00'));
    // Friday's break is the prayer hour 11.30–12.30.
    expect(wib.dueAt(at('2026-11-27 11.00'), jam(1))).toEqual(at('2026-11-27 13.00'));
  });

  it('spans several days, with fractions of an hour', () => {
    // 7.5 working hours a day: Monday and Tuesday use 15, Wednesday 07.30–12.00 and 13.00–13.30 the rest.
    expect(wib.dueAt(at('2026-11-23 07.30'), jam(20))).toEqual(at('2026-11-25 13.30'));
    expect(wib.dueAt(at('2026-11-23 08.00'), jam(1.5))).toEqual(at('2026-11-23 09.30'));
  });

  it('counts on the wall clock when the SOP says so', () => {
    expect(wib.dueAt(at('2026-11-27 15.50'), menit(30, false))).toEqual(at('2026-11-27 16.20'));
    expect(wib.dueAt(at('2026-11-27 20.00'), jam(12, false))).toEqual(at('2026-11-28 08.00'));
  });
});

describe('holidays and cuti bersama', () => {
  it('skips cuti bersama next to a holiday and a weekend (Kenaikan 14 May 2026, cuti bersama Friday 15 May)', () => {
    expect(wib.dueAt(at('2026-05-13 15.00'), jam(2))).toEqual(at('2026-05-18 08.30'));
    expect(wib.dueAt(at('2026-05-13 10.00'), hariKerja(1))).toEqual(at('2026-05-18 10.00'));
    // Cuti bersama Imlek on Monday 16 Feb, Imlek on Tuesday 17 Feb 2026.
    expect(wib.dueAt(at('2026-02-13 10.00'), hariKerja(1))).toEqual(at('2026-02-18 10.00'));
  });

  it('runs Christmas Eve cuti bersama, Christmas and the weekend together', () => {
    expect(wib.dueAt(at('2026-12-23 15.00'), jam(2))).toEqual(at('2026-12-28 08.30'));
  });

  it('follows a holiday list from the settings instead of the shipped one', () => {
    const noHolidays = new CalendarDueTimeCalculator(shippedCalendar('WIB', []));
    expect(noHolidays.dueAt(at('2026-12-23 15.00'), jam(2))).toEqual(at('2026-12-24 08.30'));
    const localDay = new CalendarDueTimeCalculator(
      shippedCalendar('WIB', [{ day: '2026-11-30', kind: 'cuti-bersama', name: 'Cuti bersama daerah' }]),
    );
    expect(localDay.dueAt(at('2026-11-27 15.00'), jam(2))).toEqual(at('2026-12-01 08.30'));
  });
});

describe('pauses', () => {
  it('only takes away the working time a pause over a holiday covers', () => {
    // Wednesday 13 May 08.00 + 8 jam kerja: 7 hours on Wednesday, the 8th on Monday after Kenaikan and its cuti bersama.
    expect(wib.dueAt(at('2026-05-13 08.00'), jam(8))).toEqual(at('2026-05-18 08.30'));
    // Paused from Wednesday 14.00 to Monday 10.00: 5 hours counted before, 3 after.
    const paused = [pause(at('2026-05-13 14.00'), at('2026-05-18 10.00'))];
    expect(wib.dueAt(at('2026-05-13 08.00'), jam(8), paused)).toEqual(at('2026-05-18 14.00'));
    expect(wib.dueAt(at('2026-05-13 10.00'), hariKerja(2), [pause(at('2026-05-13 10.00'), at('2026-05-18 10.00'))])).toEqual(
      at('2026-05-20 10.00'),
    );
  });

  it('stops the clock for good while a pause is open, and ignores one that opens after the due time', () => {
    expect(wib.dueAt(at('2026-11-23 08.00'), jam(2), [pause(at('2026-11-23 09.00'), null)])).toEqual(CLOCK_STOPPED);
    expect(wib.dueAt(at('2026-11-23 08.00'), jam(2), [pause(at('2026-11-23 11.00'), null)])).toEqual(at('2026-11-23 10.00'));
  });

  it('merges overlapping pauses and counts a pause outside hours as nothing', () => {
    const pauses = [pause(at('2026-11-23 09.00'), at('2026-11-23 10.00')), pause(at('2026-11-23 09.30'), at('2026-11-23 10.30'))];
    expect(wib.dueAt(at('2026-11-23 08.00'), jam(2), pauses)).toEqual(at('2026-11-23 11.30'));
    expect(wib.dueAt(at('2026-11-23 15.00'), jam(2), [pause(at('2026-11-23 18.00'), at('2026-11-24 07.00'))])).toEqual(
      at('2026-11-24 08.30'),
    );
  });

  it('stops calendar days on the wall clock too', () => {
    expect(wib.dueAt(at('2026-11-23 10.00'), hari(1), [pause(at('2026-11-23 12.00'), at('2026-11-23 18.00'))])).toEqual(
      at('2026-11-24 16.00'),
    );
  });
});

describe('hari and hari kerja', () => {
  it('counts hari on the calendar and hari kerja on working days, keeping the time of day', () => {
    expect(wib.dueAt(at('2026-11-27 10.00'), hari(3))).toEqual(at('2026-11-30 10.00'));
    expect(wib.dueAt(at('2026-11-27 10.00'), hariKerja(3))).toEqual(at('2026-12-02 10.00'));
    // Received on Saturday: counted from Monday at the same time of day.
    expect(wib.dueAt(at('2026-11-28 10.00'), hariKerja(3))).toEqual(at('2026-12-03 10.00'));
  });

  it('agrees with the register\'s old addWorkingDays wherever there is no holiday', () => {
    const plain = new CalendarDueTimeCalculator(shippedCalendar('WIB', []));
    for (let i = 0; i < 500; i++) {
      const start = new Date(Date.UTC(2026, 10, 1) + i * 4_321_000 * 7);
      for (const n of [1, 3, 5, 10]) {
        expect(plain.addWorkingDays(start, n), `${start.toISOString()} + ${n}`).toEqual(addWorkingDays(start, n, 'WIB'));
      }
    }
  });
});

describe('Ramadan hours', () => {
  it('closes at 15.00 inside Ramadan 1447 H and at 16.00 outside it', () => {
    expect(wib.dueAt(at('2026-03-02 14.30'), jam(1))).toEqual(at('2026-03-03 08.30'));
    expect(wib.dueAt(at('2026-03-30 14.30'), jam(1))).toEqual(at('2026-03-30 15.30'));
    // Opening at 08.00, not 07.30.
    expect(new WorkingCalendar({ zone: 'WIB', hours: DEFAULT_WORKING_HOURS, holidays: [] }).nextWorkingInstant(at('2026-03-02 06.00'))).toEqual(
      at('2026-03-02 08.00'),
    );
  });
});

describe('time zones', () => {
  it('reads working hours on the office wall clock in WITA and WIT', () => {
    const wita = new CalendarDueTimeCalculator(shippedCalendar('WITA'));
    const wit = new CalendarDueTimeCalculator(shippedCalendar('WIT'));
    expect(wita.dueAt(at('2026-11-27 15.00', 'WITA'), jam(2))).toEqual(at('2026-11-30 08.30', 'WITA'));
    const due = wit.dueAt(at('2026-11-27 15.00', 'WIT'), jam(2));
    expect(due).toEqual(at('2026-11-30 08.30', 'WIT'));
    // Monday 08.30 WIT is still Sunday in UTC.
    expect(due.toISOString()).toBe('2026-11-29T23:30:00.000Z');
  });
});

describe('working time between two instants', () => {
  const calendar = shippedCalendar('WIB');

  it('measures lateness in working time, over a weekend and a break', () => {
    expect(workingMinutesBetween(calendar, at('2026-11-27 15.00'), at('2026-11-30 08.30'))).toBe(120);
    expect(formatWorkingDuration(measureBetween(calendar, at('2026-11-23 10.00'), at('2026-11-23 13.00'), 'jam-kerja'))).toBe('2 jam kerja');
    expect(workingMinutesBetween(calendar, at('2026-11-30 08.30'), at('2026-11-27 15.00'))).toBe(0);
  });

  it('leaves out pauses and holidays', () => {
    const pauses = [pause(at('2026-11-23 08.00'), at('2026-11-23 09.00'))];
    expect(workingMinutesBetween(calendar, at('2026-11-23 07.30'), at('2026-11-23 10.00'), pauses)).toBe(90);
    expect(workingMinutesBetween(calendar, at('2026-12-23 15.00'), at('2026-12-28 08.30'))).toBe(120);
  });

  it('is the inverse of the due time', () => {
    const start = at('2026-05-12 09.17');
    for (const hours of [0.5, 3, 7.5, 11, 40]) {
      expect(workingMinutesBetween(calendar, start, wib.dueAt(start, jam(hours)))).toBeCloseTo(hours * 60, 6);
    }
  });

  it('writes durations as a clerk says them', () => {
    expect(formatWorkingDuration(150 * 60_000)).toBe('2 jam 30 menit kerja');
    expect(formatWorkingDuration(45 * 60_000)).toBe('45 menit kerja');
    expect(formatWorkingDuration(20_000)).toBe('1 menit kerja');
  });
});
