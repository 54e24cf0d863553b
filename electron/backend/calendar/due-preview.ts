import { DURATION_UNIT_LABELS } from '../../../shared/sop/sop-definition';
import type { DuePreview, PreviewDueInput } from '../../../shared/time/calendar-view';
import { minutesOfDay } from '../../../shared/time/calendar-settings';
import { formatDateTime } from '../../../shared/time/indonesian-dates';
import { dayKeyOf, dayNumberOf, type WorkingCalendar } from '../../../shared/time/working-calendar';
import { CalendarDueTimeCalculator, isClockStopped } from '../../../shared/time/working-time-arithmetic';
import { AppError } from '../core/app-error';

const amountText = (input: PreviewDueInput) => {
  const n = String(input.amount).replace('.', ',');
  const unit = DURATION_UNIT_LABELS[input.unit];
  const counted = (input.unit === 'menit' || input.unit === 'jam') && input.workingTime ? `${unit} kerja` : unit;
  return `${n} ${counted}`;
};

/**
 * "Mulai Jumat 15.00 + 2 jam kerja → Senin 08.30": the due time of a standard time from a
 * start the administrator types, in the office's zone, with the days off it passes over,
 * so a change to the calendar can be seen at once.
 */
export function previewDue(calendar: WorkingCalendar, input: PreviewDueInput): DuePreview {
  const startMs = calendar.midnightOf(dayNumberOf(input.day)) + minutesOfDay(input.time) * 60_000;
  if (Number.isNaN(startMs)) throw new AppError('VALIDATION', 'Tanggal mulai tidak ada di kalender.', { day: 'Tanggal mulai tidak ada di kalender.' });
  const start = new Date(startMs);
  const due = new CalendarDueTimeCalculator(calendar).dueAt(start, { amount: input.amount, unit: input.unit, workingTime: input.workingTime });
  if (isClockStopped(due)) throw new AppError('VALIDATION', 'Waktu baku tidak dapat dihitung.');
  const skipped: DuePreview['skipped'] = [];
  const last = calendar.dayNumberAt(due);
  for (let day = calendar.dayNumberAt(start); day <= last && skipped.length < 60; day++) {
    const holiday = calendar.plan(day).holiday;
    if (holiday) skipped.push({ day: dayKeyOf(day), name: holiday.name });
  }
  return {
    start: start.toISOString(),
    due: due.toISOString(),
    startText: formatDateTime(start, calendar.zone),
    dueText: formatDateTime(due, calendar.zone),
    amountText: amountText(input),
    skipped,
  };
}
