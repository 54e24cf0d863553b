/**
 * Retention of an archived file (the office's retention schedule, JRA): it stays active
 * for `activeYears` after the document's date, then inactive (in the records centre) for
 * `inactiveYears`; when that ends it is due for review — destroyed, kept permanently, or
 * appraised again, as its classification says.
 */
export interface RetentionDates {
  /** Last calendar day of the active period, "2028-11-23". */
  activeUntil: string;
  /** Last calendar day of the inactive period. */
  inactiveUntil: string;
  /** The day the file comes up for its final disposition: the day after `inactiveUntil`. */
  reviewOn: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "2026-11-23" + n years; 29 February goes to 28 February in a common year. */
export function addYears(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const year = y + years;
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${pad(year, 4)}-${pad(m)}-${pad(Math.min(d, lastDay))}`;
}

/** The calendar day before or after `day`. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(day + 'T00:00:00Z') + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Retention dates from the document's date. A period of n years ends the day before the
 * same date n years later: a letter of 23 November 2026 kept active 2 years is active up
 * to and including 22 November 2028.
 */
export function retentionDates(documentDate: string, activeYears: number, inactiveYears: number): RetentionDates {
  const activeEnd = addYears(documentDate, activeYears);
  const inactiveEnd = addYears(documentDate, activeYears + inactiveYears);
  return { activeUntil: addDays(activeEnd, -1), inactiveUntil: addDays(inactiveEnd, -1), reviewOn: inactiveEnd };
}

/** Where a file stands on `today`: in active use, in the records centre, or due for its final disposition. */
export type RetentionStage = 'aktif' | 'inaktif' | 'jatuh tempo';

export function retentionStage(dates: Pick<RetentionDates, 'activeUntil' | 'reviewOn'>, today: string): RetentionStage {
  if (today <= dates.activeUntil) return 'aktif';
  if (today < dates.reviewOn) return 'inaktif';
  return 'jatuh tempo';
}
