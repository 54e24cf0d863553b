import type { OfficeTimeZone } from '../../../shared/office/time-zones';
import { officeDayOf } from '../../../shared/time/indonesian-dates';

/** Today's office calendar day ("2026-11-23") per the backend's clock. */
export function officeToday(now: Date, zone: OfficeTimeZone): string {
  return officeDayOf(now, zone);
}
