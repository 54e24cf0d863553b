import type { OfficeTimeZone } from '../../../shared/office/time-zones';
import type { CalendarHoliday } from '../../../shared/time/calendar-settings';
import { DEFAULT_WORKING_HOURS, SHIPPED_YEARS } from '../../../shared/time/default-holidays';
import { WorkingCalendar } from '../../../shared/time/working-calendar';

/** The shipped holidays of every year. */
export const SHIPPED_HOLIDAYS: CalendarHoliday[] = SHIPPED_YEARS.flatMap((y) => [...y.holidays]);

/** The office calendar as a new installation has it, in a given zone. */
export function shippedCalendar(zone: OfficeTimeZone = 'WIB', holidays: readonly CalendarHoliday[] = SHIPPED_HOLIDAYS) {
  return new WorkingCalendar({ zone, hours: DEFAULT_WORKING_HOURS, holidays });
}

/** An instant written as office wall time: at('2026-11-27 15.00') in WIB, or another zone. */
export function at(local: string, zone: OfficeTimeZone = 'WIB'): Date {
  const offset = { WIB: '+07:00', WITA: '+08:00', WIT: '+09:00' }[zone];
  return new Date(`${local.replace(' ', 'T').replace('.', ':')}:00${offset}`);
}
