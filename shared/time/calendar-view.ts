import { DURATION_UNITS } from '../sop/sop-definition';
import type { OfficeTimeZone } from '../office/time-zones';
import { z } from '../validation/zod-indonesian';
import { calendarYearSchema, type HolidayKind, type WorkingHoursSettings } from './calendar-settings';

/** One holiday row as the "Kalender Kerja" screen lists it. */
export interface CalendarHolidayRow {
  id: number;
  day: string;
  kind: HolidayKind;
  name: string;
  updatedBy: string;
  updatedAt: string;
}

/** One year of the office calendar: its holidays, where they came from, and the hours. */
export interface CalendarYearView {
  year: number;
  zone: OfficeTimeZone;
  holidays: CalendarHolidayRow[];
  /** Null when the year has no list yet (neither shipped nor entered). */
  source: string | null;
  /** The list is an estimate or unchecked: shown as "perlu diperiksa admin". */
  needsReview: boolean;
  /** The application ships a list for this year, so "Kembalikan ke bawaan" is offered. */
  hasShippedDefault: boolean;
  /** Working days in the year under these hours and holidays. */
  workingDayCount: number;
  hours: WorkingHoursSettings;
}

export const previewDueSchema = z.object({
  /** Office calendar day and wall time of the start, read in the office's zone. */
  day: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, 'Tanggal mulai ditulis sebagai TTTT-BB-HH.'),
  time: z.string().trim().regex(/^([01]\d|2[0-3])[.:][0-5]\d$/, 'Jam mulai ditulis seperti 15.00.'),
  amount: z.number({ message: 'Isi lama waktu baku.' }).positive('Waktu baku harus lebih dari nol.').max(10_000, 'Waktu baku terlalu besar.'),
  unit: z.enum(DURATION_UNITS, { message: 'Satuan waktu tidak dikenal.' }),
  workingTime: z.boolean().default(true),
});
export type PreviewDueInput = z.output<typeof previewDueSchema>;

/** "Jumat, 27 November 2026 pukul 15.00 WIB + 2 jam kerja → Senin, 30 November 2026 pukul 08.30 WIB". */
export interface DuePreview {
  start: string;
  due: string;
  startText: string;
  dueText: string;
  amountText: string;
  /** The holidays the span passes over, so the clerk sees why it moved. */
  skipped: { day: string; name: string }[];
}

export const holidayIdSchema = z.object({ id: z.number().int().positive() });
export { calendarYearSchema };
