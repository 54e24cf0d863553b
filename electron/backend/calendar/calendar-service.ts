import type { Kysely, Transaction } from 'kysely';
import {
  DAY_NAMES_FOR_AUDIT,
  describeDayHours,
} from './hours-text';
import {
  HOLIDAY_KIND_LABELS,
  workingHoursSettingsSchema,
  type CalendarHoliday,
  type HolidaySave,
  type WorkingHoursSettings,
} from '../../../shared/time/calendar-settings';
import type { CalendarHolidayRow, CalendarYearView } from '../../../shared/time/calendar-view';
import { DEFAULT_WORKING_HOURS, shippedYear } from '../../../shared/time/default-holidays';
import { formatLongDay } from '../../../shared/time/indonesian-dates';
import { dayNumberOf, WorkingCalendar } from '../../../shared/time/working-calendar';
import { CalendarDueTimeCalculator } from '../../../shared/time/working-time-arithmetic';
import type { Database } from '../../db/database-schema';
import { diffFields, recordAudit, type FieldChanges } from '../audit/audit-log';
import { AppError, notFound } from '../core/app-error';
import type { CallContext } from '../core/call-context';
import type { SettingsService } from '../settings/settings-service';

const HOURS_KEY = 'working_hours';
export const HOLIDAY_ENTITY = 'calendar_holiday';
export const CALENDAR_YEAR_ENTITY = 'calendar_year';
export const WORKING_HOURS_ENTITY = 'working_hours';
const ADMIN_SOURCE = 'Diisi administrator';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * The office's working calendar: holiday rows, year status and working hours, with every
 * change in the audit log. Due times across the backend (complaint deadlines, SOP steps)
 * come from `dueTimes()`, built once and rebuilt after a change or a new time zone.
 */
export class CalendarService {
  private cached: { zone: string; calendar: WorkingCalendar } | null = null;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly settings: SettingsService,
  ) {}

  async calendar(): Promise<WorkingCalendar> {
    const zone = (await this.settings.office()).timeZone;
    if (this.cached?.zone === zone) return this.cached.calendar;
    const [hours, rows] = await Promise.all([
      this.hours(),
      this.db.selectFrom('calendar_holidays').select(['day', 'kind', 'name']).execute(),
    ]);
    const calendar = new WorkingCalendar({ zone, hours, holidays: rows });
    this.cached = { zone, calendar };
    return calendar;
  }

  async dueTimes(): Promise<CalendarDueTimeCalculator> {
    return new CalendarDueTimeCalculator(await this.calendar());
  }

  async hours(): Promise<WorkingHoursSettings> {
    const row = await this.db.selectFrom('settings').select('value_json').where('key', '=', HOURS_KEY).executeTakeFirst();
    const parsed = row ? workingHoursSettingsSchema.safeParse(JSON.parse(row.value_json)) : null;
    return parsed?.success ? parsed.data : DEFAULT_WORKING_HOURS;
  }

  async year(year: number): Promise<CalendarYearView> {
    const [rows, status, hours, calendar] = await Promise.all([
      this.db
        .selectFrom('calendar_holidays')
        .selectAll()
        .where('day', '>=', `${year}-01-01`)
        .where('day', '<=', `${year}-12-31`)
        .orderBy('day')
        .execute(),
      this.db.selectFrom('calendar_years').selectAll().where('year', '=', year).executeTakeFirst(),
      this.hours(),
      this.calendar(),
    ]);
    const first = dayNumberOf(`${year}-01-01`);
    const last = dayNumberOf(`${year}-12-31`);
    let workingDayCount = 0;
    for (let day = first; day <= last; day++) if (calendar.plan(day).working) workingDayCount++;
    const holidays: CalendarHolidayRow[] = rows.map((r) => ({
      id: r.id, day: r.day, kind: r.kind, name: r.name, updatedBy: r.updated_by, updatedAt: r.updated_at,
    }));
    return {
      year,
      zone: calendar.zone,
      holidays,
      source: status?.source ?? (holidays.length > 0 ? ADMIN_SOURCE : null),
      needsReview: status ? status.needs_review === 1 : holidays.length === 0,
      hasShippedDefault: shippedYear(year) !== undefined,
      workingDayCount,
      hours,
    };
  }

  async saveHoliday(input: HolidaySave, ctx: CallContext): Promise<CalendarYearView> {
    const at = ctx.clock.now();
    const who = ctx.actor;
    await this.db.transaction().execute(async (trx) => {
      const clash = await trx.selectFrom('calendar_holidays').selectAll().where('day', '=', input.day).executeTakeFirst();
      if (clash && clash.id !== input.id) {
        const message = `${formatLongDay(input.day)} sudah tercatat sebagai ${HOLIDAY_KIND_LABELS[clash.kind].toLowerCase()}: ${clash.name}.`;
        throw new AppError('CONFLICT', message, { day: message });
      }
      if (input.id === null) {
        const { id } = await trx
          .insertInto('calendar_holidays')
          .values({ day: input.day, kind: input.kind, name: input.name, created_by: who, created_at: at.toISOString(), updated_by: who, updated_at: at.toISOString() })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          entityType: HOLIDAY_ENTITY, entityId: id, action: 'dibuat', actor: who, at,
          changes: { day: [null, input.day], kind: [null, input.kind], name: [null, input.name] },
        });
      } else {
        const before = await trx.selectFrom('calendar_holidays').selectAll().where('id', '=', input.id).executeTakeFirst();
        if (!before) throw notFound('Hari libur');
        await trx
          .updateTable('calendar_holidays')
          .set({ day: input.day, kind: input.kind, name: input.name, updated_by: who, updated_at: at.toISOString() })
          .where('id', '=', input.id)
          .execute();
        await recordAudit(trx, {
          entityType: HOLIDAY_ENTITY, entityId: input.id, action: 'diubah', actor: who, at,
          changes: diffFields(before, { ...before, ...input }, ['day', 'kind', 'name']),
        });
      }
      await this.touchYear(trx, Number(input.day.slice(0, 4)), ctx);
    });
    this.cached = null;
    return this.year(Number(input.day.slice(0, 4)));
  }

  async deleteHoliday(id: number, ctx: CallContext): Promise<CalendarYearView> {
    const at = ctx.clock.now();
    const before = await this.db.selectFrom('calendar_holidays').selectAll().where('id', '=', id).executeTakeFirst();
    if (!before) throw notFound('Hari libur');
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('calendar_holidays').where('id', '=', id).execute();
      await recordAudit(trx, {
        entityType: HOLIDAY_ENTITY, entityId: id, action: 'dihapus', actor: ctx.actor, at,
        changes: { day: [before.day, null], kind: [before.kind, null], name: [before.name, null] },
      });
      await this.touchYear(trx, Number(before.day.slice(0, 4)), ctx);
    });
    this.cached = null;
    return this.year(Number(before.day.slice(0, 4)));
  }

  /** Puts back the shipped list of a year; the rows it replaces are named in the audit log. */
  async resetYear(year: number, ctx: CallContext): Promise<CalendarYearView> {
    const shipped = shippedYear(year);
    if (!shipped) throw new AppError('NOT_FOUND', `Aplikasi tidak membawa daftar libur bawaan untuk tahun ${year}.`);
    const at = ctx.clock.now();
    const stamp = at.toISOString();
    await this.db.transaction().execute(async (trx) => {
      const before = await this.holidaysOf(trx, year);
      await trx.deleteFrom('calendar_holidays').where('day', '>=', `${year}-01-01`).where('day', '<=', `${year}-12-31`).execute();
      await trx
        .insertInto('calendar_holidays')
        .values(shipped.holidays.map((h) => ({ ...h, created_by: ctx.actor, created_at: stamp, updated_by: ctx.actor, updated_at: stamp })))
        .execute();
      const status = { source: shipped.source, needs_review: shipped.needsReview ? 1 : 0, updated_by: ctx.actor, updated_at: stamp };
      await trx.insertInto('calendar_years').values({ year, ...status }).onConflict((oc) => oc.column('year').doUpdateSet(status)).execute();
      await recordAudit(trx, {
        entityType: CALENDAR_YEAR_ENTITY, entityId: year, action: 'dikembalikan_ke_bawaan', actor: ctx.actor, at,
        changes: { libur: [listText(before), listText(shipped.holidays)] },
      });
    });
    this.cached = null;
    return this.year(year);
  }

  /** The administrator has checked the year against the SKB: "perlu diperiksa" goes away. */
  async confirmYear(year: number, ctx: CallContext): Promise<CalendarYearView> {
    const at = ctx.clock.now();
    await this.db.transaction().execute(async (trx) => {
      const current = await trx.selectFrom('calendar_years').selectAll().where('year', '=', year).executeTakeFirst();
      const status = { source: current?.source ?? ADMIN_SOURCE, needs_review: 0, updated_by: ctx.actor, updated_at: at.toISOString() };
      await trx.insertInto('calendar_years').values({ year, ...status }).onConflict((oc) => oc.column('year').doUpdateSet(status)).execute();
      await recordAudit(trx, {
        entityType: CALENDAR_YEAR_ENTITY, entityId: year, action: 'diperiksa', actor: ctx.actor, at,
        changes: { perlu_diperiksa: [current && current.needs_review === 0 ? 'tidak' : 'ya', 'tidak'] },
      });
    });
    return this.year(year);
  }

  async saveHours(next: WorkingHoursSettings, ctx: CallContext): Promise<WorkingHoursSettings> {
    const before = await this.hours();
    const at = ctx.clock.now();
    await this.db.transaction().execute(async (trx) => {
      const value = { value_json: JSON.stringify(next), updated_at: at.toISOString(), updated_by: ctx.actor };
      await trx.insertInto('settings').values({ key: HOURS_KEY, ...value }).onConflict((oc) => oc.column('key').doUpdateSet(value)).execute();
      await recordAudit(trx, { entityType: WORKING_HOURS_ENTITY, entityId: 1, action: 'diubah', actor: ctx.actor, at, changes: hoursChanges(before, next) });
    });
    this.cached = null;
    return next;
  }

  private holidaysOf(db: Db, year: number): Promise<CalendarHoliday[]> {
    return db
      .selectFrom('calendar_holidays')
      .select(['day', 'kind', 'name'])
      .where('day', '>=', `${year}-01-01`)
      .where('day', '<=', `${year}-12-31`)
      .orderBy('day')
      .execute();
  }

  /** A year edited by hand gets a status row, so it no longer shows as "belum ada daftar". */
  private async touchYear(trx: Transaction<Database>, year: number, ctx: CallContext): Promise<void> {
    await trx
      .insertInto('calendar_years')
      .values({ year, source: ADMIN_SOURCE, needs_review: 0, updated_by: ctx.actor, updated_at: ctx.clock.now().toISOString() })
      .onConflict((oc) => oc.column('year').doNothing())
      .execute();
  }
}

const listText = (holidays: readonly CalendarHoliday[]) => holidays.map((h) => `${h.day} ${h.name}`).join('; ') || '(kosong)';

function hoursChanges(before: WorkingHoursSettings, next: WorkingHoursSettings): FieldChanges {
  const changes: FieldChanges = {};
  for (let weekday = 0; weekday < 7; weekday++) {
    for (const [key, label] of [['regular', 'jam kerja'], ['ramadan', 'jam Ramadan']] as const) {
      const a = describeDayHours(before[key][weekday] ?? null);
      const b = describeDayHours(next[key][weekday] ?? null);
      if (a !== b) changes[`${label} ${DAY_NAMES_FOR_AUDIT[weekday]}`] = [a, b];
    }
  }
  const periods = (s: WorkingHoursSettings) => s.ramadanPeriods.map((p) => `${p.label}: ${p.from} s.d. ${p.to}`).join('; ') || '(kosong)';
  if (periods(before) !== periods(next)) changes['periode Ramadan'] = [periods(before), periods(next)];
  return changes;
}
