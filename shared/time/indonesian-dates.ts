import { OFFICE_TIME_ZONES, OFFICE_TIME_ZONE_OFFSET_MINUTES, type OfficeTimeZone } from '../office/time-zones';

/**
 * Dates as Indonesian offices write them: "Senin, 23 November 2026", 24-hour times
 * "08.15 WIB" (PUEBI uses a dot between hours and minutes). Written by hand instead of
 * Intl's id-ID output because Intl's punctuation differs between runtimes and we print
 * these strings on official documents.
 */
export const INDONESIAN_DAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;
export const INDONESIAN_MONTHS = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
  'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
] as const;

/** Wall-clock parts of an instant in the office's zone (Indonesia has no daylight saving). */
export function officeClock(instant: Date | string, zone: OfficeTimeZone) {
  const ms = (typeof instant === 'string' ? Date.parse(instant) : instant.getTime());
  const shifted = new Date(ms + OFFICE_TIME_ZONE_OFFSET_MINUTES[zone] * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    weekday: shifted.getUTCDay(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "Senin, 23 November 2026" */
export function formatLongDate(instant: Date | string, zone: OfficeTimeZone): string {
  const c = officeClock(instant, zone);
  return `${INDONESIAN_DAYS[c.weekday]}, ${c.day} ${INDONESIAN_MONTHS[c.month - 1]} ${c.year}`;
}

/** "23 November 2026" */
export function formatDate(instant: Date | string, zone: OfficeTimeZone): string {
  const c = officeClock(instant, zone);
  return `${c.day} ${INDONESIAN_MONTHS[c.month - 1]} ${c.year}`;
}

/** "08.15 WIB" */
export function formatTime(instant: Date | string, zone: OfficeTimeZone, withZone = true): string {
  const c = officeClock(instant, zone);
  return `${pad(c.hour)}.${pad(c.minute)}${withZone ? ' ' + zone : ''}`;
}

/** "Senin, 23 November 2026 pukul 08.15 WIB" */
export function formatDateTime(instant: Date | string, zone: OfficeTimeZone): string {
  return `${formatLongDate(instant, zone)} pukul ${formatTime(instant, zone)}`;
}

/** The office calendar day of an instant, as "2026-11-23". */
export function officeDayOf(instant: Date | string, zone: OfficeTimeZone): string {
  const c = officeClock(instant, zone);
  return `${c.year}-${pad(c.month)}-${pad(c.day)}`;
}

/** "23 November 2026" for a calendar day "2026-11-23" (no zone: a day is a day). */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${d} ${INDONESIAN_MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** "Senin, 23 November 2026" for a calendar day "2026-11-23". */
export function formatLongDay(day: string): string {
  const weekday = new Date(day + 'T00:00:00Z').getUTCDay();
  return `${INDONESIAN_DAYS[weekday]}, ${formatDay(day)}`;
}

/**
 * The UTC instants that bound the office calendar days [fromDay, toDay], both included:
 * `start <= t < end`. Used to query rows stored as UTC instants by office day.
 */
export function officeDayRangeToInstants(fromDay: string, toDay: string, zone: OfficeTimeZone) {
  const offsetMs = OFFICE_TIME_ZONE_OFFSET_MINUTES[zone] * 60_000;
  const start = Date.parse(fromDay + 'T00:00:00Z') - offsetMs;
  const end = Date.parse(toDay + 'T00:00:00Z') + 86_400_000 - offsetMs;
  return { start: new Date(start).toISOString(), end: new Date(end).toISOString() };
}

export { OFFICE_TIME_ZONES };
