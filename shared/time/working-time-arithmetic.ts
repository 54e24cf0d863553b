import type { StandardTime } from '../sop/sop-definition';
import type { ClockPause, DueTimeCalculator } from '../workflow/due-time';
import { MS_PER_DAY, type WorkingCalendar } from './working-calendar';

/**
 * Due-time arithmetic on the office's working calendar. Every unit is one "measure" of
 * time that counts only inside certain intervals of each office day, minus the pauses:
 *
 * - `jam-kerja`: working hours (a step that starts after hours starts counting the next
 *   working morning; Friday 15.00 + 2 jam kerja = Monday 08.30 with 07.30–16.00 hours);
 * - `hari-kerja`: whole working days. N working days after an instant is the same time of
 *   day N working days later (Friday 10.00 + 1 = Monday 10.00), as the complaint register
 *   has always counted; an instant on a day off is first moved to the next working day at
 *   the same time of day (Saturday 10.00 + 3 = Thursday 10.00);
 * - `dinding`: the wall clock (calendar days, and minutes or hours the SOP counts on the
 *   wall clock).
 *
 * A pause stops the clock: time inside it does not count, so a pause over a holiday only
 * costs the working time it actually covers. An open pause (no end yet) stops it for good.
 */
export type TimeMeasure = 'jam-kerja' | 'hari-kerja' | 'dinding';

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;

/**
 * Returned while an open pause holds the clock before the standard time is used up: the
 * largest instant a Date can hold, so it sorts after every real due time.
 */
export const CLOCK_STOPPED = new Date(8.64e15);
export const isClockStopped = (d: Date) => d.getTime() === CLOCK_STOPPED.getTime();

/** A century of office days: no real standard time gets near it; only a calendar without working days does. */
const MAX_DAYS_SCANNED = 36_600;

interface Span {
  from: number;
  to: number;
}

const WHOLE_DAY: readonly number[] = [0, MS_PER_DAY];
const NONE: readonly number[] = [];

/** Pauses as sorted, merged spans in epoch milliseconds; an open pause runs to +Infinity. */
function spansOf(pauses: readonly ClockPause[]): Span[] {
  if (pauses.length === 0) return [];
  const spans = pauses
    .map((p) => ({ from: p.from.getTime(), to: p.to === null ? Infinity : p.to.getTime() }))
    .filter((s) => s.to > s.from)
    .sort((a, b) => a.from - b.from);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.from <= last.to) last.to = Math.max(last.to, s.to);
    else merged.push({ ...s });
  }
  return merged;
}

function intervalsFor(calendar: WorkingCalendar, measure: TimeMeasure, day: number): readonly number[] {
  if (measure === 'dinding') return WHOLE_DAY;
  const plan = calendar.plan(day);
  if (measure === 'hari-kerja') return plan.working ? WHOLE_DAY : NONE;
  return plan.intervals;
}

function assertCanCount(calendar: WorkingCalendar, measure: TimeMeasure): void {
  if (measure !== 'dinding' && calendar.neverWorks) throw new Error('Kalender kerja tidak memiliki hari kerja.');
}

/** An instant on a day off moves to the next working day at the same time of day (for `hari-kerja`). */
function onWorkingDay(calendar: WorkingCalendar, t: number): number {
  const day = calendar.dayNumberAt(t);
  if (calendar.plan(day).working) return t;
  for (let next = day + 1; next < day + MAX_DAYS_SCANNED; next++) {
    if (calendar.plan(next).working) return t + (next - day) * MS_PER_DAY;
  }
  throw new Error('Kalender kerja tidak memiliki hari kerja.');
}

/** The instant at which `amountMs` of the measure, counted from `start`, is used up. */
export function advance(
  calendar: WorkingCalendar,
  start: Date,
  amountMs: number,
  measure: TimeMeasure,
  pauses: readonly ClockPause[] = [],
): Date {
  const spans = spansOf(pauses);
  if (measure === 'dinding' && spans.length === 0) return new Date(start.getTime() + amountMs);
  assertCanCount(calendar, measure);
  const cursor = measure === 'hari-kerja' ? onWorkingDay(calendar, start.getTime()) : start.getTime();
  if (amountMs <= 0) return new Date(cursor);
  let remaining = amountMs;
  let p = 0;
  const firstDay = calendar.dayNumberAt(cursor);
  for (let day = firstDay; day < firstDay + MAX_DAYS_SCANNED; day++) {
    const intervals = intervalsFor(calendar, measure, day);
    const midnight = calendar.midnightOf(day);
    for (let i = 0; i < intervals.length; i += 2) {
      let s = Math.max(midnight + intervals[i]!, cursor);
      const e = midnight + intervals[i + 1]!;
      while (p < spans.length && spans[p]!.to <= s) p++;
      // Walk the interval piece by piece between the pauses that cut it.
      for (let k = p; s < e; ) {
        const pause = spans[k];
        const pieceEnd = pause && pause.from < e ? Math.max(pause.from, s) : e;
        const length = pieceEnd - s;
        if (length > 0) {
          if (remaining <= length) return new Date(s + remaining);
          remaining -= length;
        }
        if (pieceEnd >= e) break;
        if (pause!.to === Infinity) return CLOCK_STOPPED;
        s = Math.max(s, pause!.to);
        k++;
      }
    }
  }
  throw new Error('Waktu baku tidak habis dalam seratus tahun kalender kerja.');
}

/** How much of the measure lies between two instants (0 when `to` is not after `from`), pauses excluded. */
export function measureBetween(
  calendar: WorkingCalendar,
  from: Date,
  to: Date,
  measure: TimeMeasure,
  pauses: readonly ClockPause[] = [],
): number {
  const a = from.getTime();
  const b = to.getTime();
  if (b <= a) return 0;
  const spans = spansOf(pauses);
  if (measure === 'dinding' && spans.length === 0) return b - a;
  let total = 0;
  let p = 0;
  const lastDay = calendar.dayNumberAt(b);
  for (let day = calendar.dayNumberAt(a); day <= lastDay; day++) {
    const intervals = intervalsFor(calendar, measure, day);
    const midnight = calendar.midnightOf(day);
    for (let i = 0; i < intervals.length; i += 2) {
      let s = Math.max(midnight + intervals[i]!, a);
      const e = Math.min(midnight + intervals[i + 1]!, b);
      while (p < spans.length && spans[p]!.to <= s) p++;
      for (let k = p; s < e; k++) {
        const pause = spans[k];
        const pieceEnd = pause && pause.from < e ? Math.max(pause.from, s) : e;
        total += pieceEnd - s;
        if (pieceEnd >= e) break;
        s = Math.max(s, pause!.to);
      }
    }
  }
  return total;
}

/** Working time between two instants in minutes: how late a step is ("terlambat 2 jam kerja"). */
export function workingMinutesBetween(calendar: WorkingCalendar, from: Date, to: Date, pauses: readonly ClockPause[] = []): number {
  return measureBetween(calendar, from, to, 'jam-kerja', pauses) / MS_PER_MINUTE;
}

/** The measure and length of a standard time. */
export function measureOf(time: StandardTime): { measure: TimeMeasure; amountMs: number } {
  switch (time.unit) {
    case 'menit':
      return { measure: time.workingTime ? 'jam-kerja' : 'dinding', amountMs: time.amount * MS_PER_MINUTE };
    case 'jam':
      return { measure: time.workingTime ? 'jam-kerja' : 'dinding', amountMs: time.amount * MS_PER_HOUR };
    case 'hari':
      return { measure: 'dinding', amountMs: time.amount * MS_PER_DAY };
    case 'hari-kerja':
      return { measure: 'hari-kerja', amountMs: time.amount * MS_PER_DAY };
  }
}

/** The engine's due-time calculator on one office's calendar. */
export class CalendarDueTimeCalculator implements DueTimeCalculator {
  constructor(readonly calendar: WorkingCalendar) {}

  dueAt(start: Date, time: StandardTime, pauses: readonly ClockPause[] = []): Date {
    const { measure, amountMs } = measureOf(time);
    return advance(this.calendar, start, amountMs, measure, pauses);
  }

  /** N working days after an instant (complaint-level deadlines of the register and SP4N-LAPOR!). */
  addWorkingDays(start: Date, days: number, pauses: readonly ClockPause[] = []): Date {
    return advance(this.calendar, start, days * MS_PER_DAY, 'hari-kerja', pauses);
  }
}
