import type { DayHours } from '../../../shared/time/calendar-settings';
import { INDONESIAN_DAYS } from '../../../shared/time/indonesian-dates';

export const DAY_NAMES_FOR_AUDIT = INDONESIAN_DAYS;

/** "07.30–16.00 (istirahat 12.00–13.00)" or "libur": how the audit log shows one weekday's hours. */
export function describeDayHours(day: DayHours | null): string {
  if (!day) return 'libur';
  const base = `${day.start}–${day.end}`;
  return day.breakStart === '' ? base : `${base} (istirahat ${day.breakStart}–${day.breakEnd})`;
}
