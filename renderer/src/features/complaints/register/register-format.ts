import { PRIVACY_LEVELS, type Privacy } from '../../../../../shared/complaints/complaint-enums';
import type { OfficeTimeZone } from '../../../../../shared/office/time-zones';
import { officeClock } from '../../../../../shared/time/indonesian-dates';

/** Month abbreviations as Indonesian offices write them in tables ("Agt", not "Aug"). */
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agt', 'Sep', 'Okt', 'Nov', 'Des'] as const;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * "12.345": Indonesian thousands separator, written by hand because Intl's id-ID output
 * differs between runtimes and the e2e specs compare the text.
 */
export function formatCount(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** "23 Nov 2026" in the office's zone: short enough for one table cell. */
export function formatShortDate(instant: string, zone: OfficeTimeZone): string {
  const c = officeClock(instant, zone);
  return `${c.day} ${SHORT_MONTHS[c.month - 1]} ${c.year}`;
}

/** "23 Nov 2026 08.15" in the office's zone. */
export function formatShortDateTime(instant: string, zone: OfficeTimeZone): string {
  const c = officeClock(instant, zone);
  return `${formatShortDate(instant, zone)} ${pad(c.hour)}.${pad(c.minute)}`;
}

/** The privacy labels without their explanation, for chips and table cells. */
export const PRIVACY_SHORT_LABELS: Record<Privacy, string> = Object.fromEntries(
  PRIVACY_LEVELS.map((p) => [p, p === 'biasa' ? 'Biasa' : p === 'anonim' ? 'Anonim' : 'Rahasia']),
) as Record<Privacy, string>;

