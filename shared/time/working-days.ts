import { OFFICE_TIME_ZONE_OFFSET_MINUTES, type OfficeTimeZone } from '../office/time-zones';

/**
 * Adds working days (Monday–Friday in the office's zone) to an instant, keeping the
 * time of day: "3 working days after Friday 10.00" is Wednesday 10.00. Knows no holidays:
 * the backend counts deadlines with `CalendarDueTimeCalculator.addWorkingDays`
 * (working-time-arithmetic.ts), which follows this same rule and also skips libur
 * nasional and cuti bersama. Kept for callers without a calendar (benchmark data).
 */
export function addWorkingDays(instant: Date, days: number, zone: OfficeTimeZone): Date {
  const offsetMs = OFFICE_TIME_ZONE_OFFSET_MINUTES[zone] * 60_000;
  const local = new Date(instant.getTime() + offsetMs);
  // A matter received on a weekend starts counting from Monday.
  while (local.getUTCDay() === 0 || local.getUTCDay() === 6) local.setUTCDate(local.getUTCDate() + 1);
  let added = 0;
  while (added < days) {
    local.setUTCDate(local.getUTCDate() + 1);
    if (local.getUTCDay() !== 0 && local.getUTCDay() !== 6) added++;
  }
  return new Date(local.getTime() - offsetMs);
}
