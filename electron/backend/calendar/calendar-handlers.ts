import type { Handlers } from '../core/dispatcher';
import type { CalendarService } from './calendar-service';
import { previewDue } from './due-preview';

type CalendarHandlers = Pick<Handlers, Extract<keyof Handlers, `calendar.${string}`>>;

/** The "Kalender Kerja" calls. Who may call them is the dispatcher's permission table. */
export function calendarHandlers(calendar: CalendarService): CalendarHandlers {
  return {
    'calendar.year': (input) => calendar.year(input.year),
    'calendar.saveHoliday': (input, ctx) => calendar.saveHoliday(input, ctx),
    'calendar.deleteHoliday': (input, ctx) => calendar.deleteHoliday(input.id, ctx),
    'calendar.resetYear': (input, ctx) => calendar.resetYear(input.year, ctx),
    'calendar.confirmYear': (input, ctx) => calendar.confirmYear(input.year, ctx),
    'calendar.saveHours': (input, ctx) => calendar.saveHours(input, ctx),
    'calendar.previewDue': async (input) => previewDue(await calendar.calendar(), input),
  };
}
