import { OFFICE_TIME_ZONE_OFFSET_MINUTES, type OfficeTimeZone } from '../office/time-zones';
import { minutesOfDay, type CalendarHoliday, type DayHours, type WorkingHoursSettings } from './calendar-settings';

export const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;

/** What the calendar is built from: the office's zone, hours and holiday rows. */
export interface WorkingCalendarData {
  zone: OfficeTimeZone;
  hours: WorkingHoursSettings;
  holidays: readonly CalendarHoliday[];
}

/**
 * One office day, precomputed once: whether it is a working day and its working intervals
 * as milliseconds after local midnight ([start, end, start, end, …]). The arithmetic walks
 * these instead of minutes, so a due time costs a few array reads per day it spans.
 */
export interface DayPlan {
  readonly working: boolean;
  readonly intervals: readonly number[];
  readonly holiday: CalendarHoliday | null;
}

const CLOSED: DayPlan = { working: false, intervals: [], holiday: null };

function intervalsOf(hours: DayHours): number[] {
  const start = minutesOfDay(hours.start) * MS_PER_MINUTE;
  const end = minutesOfDay(hours.end) * MS_PER_MINUTE;
  if (hours.breakStart === '') return [start, end];
  return [start, minutesOfDay(hours.breakStart) * MS_PER_MINUTE, minutesOfDay(hours.breakEnd) * MS_PER_MINUTE, end];
}

/** "2026-11-23" for a local day number (days since 1970-01-01 in the office's zone). */
export function dayKeyOf(dayNumber: number): string {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The local day number of a calendar day "2026-11-23". */
export function dayNumberOf(dayKey: string): number {
  return Math.round(Date.parse(dayKey + 'T00:00:00Z') / MS_PER_DAY);
}

/**
 * The office's working calendar: which days are worked, and when. Working days are the
 * weekdays with hours that are neither libur nasional nor cuti bersama; inside a Ramadan
 * period the Ramadan hours apply. Pure and immutable; the backend rebuilds it when an
 * administrator changes the calendar.
 */
export class WorkingCalendar {
  readonly zone: OfficeTimeZone;
  /** Milliseconds to add to a UTC instant to read the office's wall clock. */
  readonly offsetMs: number;
  private readonly holidays = new Map<string, CalendarHoliday>();
  private readonly plans = new Map<number, DayPlan>();
  private readonly regular: (readonly number[] | null)[];
  private readonly ramadan: (readonly number[] | null)[];
  private readonly ramadanPeriods: readonly { from: string; to: string }[];
  /** True when no weekday has hours: every search for working time must stop early. */
  readonly neverWorks: boolean;

  constructor(readonly data: WorkingCalendarData) {
    this.zone = data.zone;
    this.offsetMs = OFFICE_TIME_ZONE_OFFSET_MINUTES[data.zone] * MS_PER_MINUTE;
    for (const h of data.holidays) this.holidays.set(h.day, h);
    this.regular = data.hours.regular.map((d) => (d ? intervalsOf(d) : null));
    this.ramadan = data.hours.ramadan.map((d) => (d ? intervalsOf(d) : null));
    this.ramadanPeriods = data.hours.ramadanPeriods.map((p) => ({ from: p.from, to: p.to }));
    this.neverWorks = this.regular.every((d) => d === null) && this.ramadan.every((d) => d === null);
  }

  /** The plan of a local day number, computed on first use and kept. */
  plan(dayNumber: number): DayPlan {
    let plan = this.plans.get(dayNumber);
    if (plan === undefined) {
      plan = this.computePlan(dayNumber);
      this.plans.set(dayNumber, plan);
    }
    return plan;
  }

  private computePlan(dayNumber: number): DayPlan {
    const key = dayKeyOf(dayNumber);
    const holiday = this.holidays.get(key) ?? null;
    if (holiday) return { working: false, intervals: [], holiday };
    // 1970-01-01 was a Thursday (weekday 4).
    const weekday = (((dayNumber + 4) % 7) + 7) % 7;
    const inRamadan = this.ramadanPeriods.some((p) => key >= p.from && key <= p.to);
    const intervals = (inRamadan ? this.ramadan : this.regular)[weekday];
    return intervals ? { working: true, intervals, holiday: null } : CLOSED;
  }

  /** The local day number an instant falls on in the office's zone. */
  dayNumberAt(instant: Date | number): number {
    const ms = typeof instant === 'number' ? instant : instant.getTime();
    return Math.floor((ms + this.offsetMs) / MS_PER_DAY);
  }

  /** The UTC instant of local midnight starting a day number. */
  midnightOf(dayNumber: number): number {
    return dayNumber * MS_PER_DAY - this.offsetMs;
  }

  /** Is this calendar day ("2026-12-24") or the day of this instant a working day? */
  isWorkingDay(day: string | Date): boolean {
    return this.plan(typeof day === 'string' ? dayNumberOf(day) : this.dayNumberAt(day)).working;
  }

  /** The holiday on a calendar day, if any. */
  holidayOn(day: string): CalendarHoliday | undefined {
    return this.holidays.get(day);
  }

  /**
   * The first instant at or after `instant` that lies in working hours: itself during
   * working hours, else the next opening (after hours on Friday → Monday morning, past
   * holidays). Searches at most ten years ahead.
   */
  nextWorkingInstant(instant: Date): Date {
    const t = instant.getTime();
    const first = this.dayNumberAt(t);
    for (let day = first; day < first + 3660 && !this.neverWorks; day++) {
      const { intervals } = this.plan(day);
      const midnight = this.midnightOf(day);
      for (let i = 0; i < intervals.length; i += 2) {
        const start = midnight + intervals[i]!;
        const end = midnight + intervals[i + 1]!;
        if (t < end) return new Date(Math.max(t, start));
      }
    }
    throw new Error('Kalender kerja tidak memiliki jam kerja dalam sepuluh tahun ke depan.');
  }
}
