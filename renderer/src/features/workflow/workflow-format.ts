import type { OfficeTimeZone } from '../../../../shared/office/time-zones';
import { formatLongDate, formatTime } from '../../../../shared/time/indonesian-dates';
import { formatWorkingDuration } from '../../../../shared/time/working-duration-text';
import { DISPOSITION_URGENCY_HOURS, type DispositionUrgency } from '../../../../shared/workflow/disposition-fields';
import { formatDelay } from '../../../../shared/workflow/step-compliance';

/** "Selasa, 24 November 2026 10.30 WITA": a due time as the tray and the slips write it. */
export function formatDueAt(iso: string, zone: OfficeTimeZone): string {
  return `${formatLongDate(iso, zone)} ${formatTime(iso, zone)}`;
}

/**
 * "terlambat 2 jam kerja": lateness counted in working time when the backend measured it
 * (an hour past 16.00 on Friday is not three days late on Monday); until it does, the
 * wall-clock delay as the dashboard writes it ("terlambat 2 hari 3 jam").
 */
export function lateText(overdue: boolean, lateWorkingMinutes: number | undefined, dueAt: string | null, now: Date): string | null {
  if (!overdue) return null;
  if (lateWorkingMinutes && lateWorkingMinutes > 0) return `terlambat ${formatWorkingDuration(lateWorkingMinutes * 60_000)}`;
  const wall = dueAt ? Math.floor((now.getTime() - Date.parse(dueAt)) / 60_000) : 0;
  return wall > 0 ? `terlambat ${formatDelay(wall)}` : 'terlambat';
}

/**
 * The deadline sifat sets (DOMAIN.md: sangat segera 24 jam, segera 2 × 24 jam) as an
 * instant, or null when the recipients' step keeps its standard time (biasa, rahasia).
 */
export function urgencyDeadline(urgency: DispositionUrgency, now: Date): Date | null {
  const hours = DISPOSITION_URGENCY_HOURS[urgency];
  return hours === undefined ? null : new Date(now.getTime() + hours * 3_600_000);
}
