import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import { OFFICE_TIME_ZONE_CODES, OFFICE_TIME_ZONE_OFFSET_MINUTES, type OfficeTimeZone } from '../../../shared/office/time-zones';
import { officeDayOf, officeDayRangeToInstants } from '../../../shared/time/indonesian-dates';
import type { Database, WorkflowComplianceDaysTable, WorkflowTasksTable } from '../../db/database-schema';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * `workflow_compliance_days` (migration 0012): the dashboard's compliance figures summed
 * per (time zone, office day, unit, SOP code, step), kept equal to what summing the done,
 * `is_primary` rows of `workflow_tasks` would give.
 *
 * A run's rows are deleted and written again after every change (workflow-service.ts
 * `persist`), so "add the run's done rows" would count every step again at each change.
 * Instead the run's done rows before and after the rewrite are compared as multisets:
 * usually a step just got done (one row more) and its day is incremented in place. A row
 * that disappears or changes (a holder moved to another unit, a calendar edit that moves
 * a due time) has its day recounted from `workflow_tasks`: a worst delay cannot be
 * "subtracted", and a recount is exact. A reopened matter keeps its earlier done rows and
 * adds new ones for the steps done again: both count, as they did before the summary.
 */

/** What the summary needs of a done `is_primary` row. */
export interface DoneTaskFigure {
  done_at: string;
  unit_id: number | null;
  sop_code: string;
  step_no: number;
  on_time: number | null;
  late_minutes: number;
}

/** One group of the summary over a period; `unit_id` 0: done by no unit (a `sistem` step). */
export type ComplianceSumRow = Omit<WorkflowComplianceDaysTable, 'zone' | 'day'>;

interface Bucket {
  zone: OfficeTimeZone;
  day: string;
  unitId: number;
  sopCode: string;
  stepNo: number;
}

type Sums = Pick<ComplianceSumRow, 'total' | 'on_time' | 'late' | 'untimed' | 'delay_sum' | 'worst'>;

const figureKey = (r: DoneTaskFigure) => [r.done_at, r.unit_id ?? 0, r.sop_code, r.step_no, r.on_time ?? '-', r.late_minutes].join('|');
const bucketKey = (b: Bucket) => [b.zone, b.day, b.unitId, b.sopCode, b.stepNo].join('|');

function bucketsOf(r: DoneTaskFigure): Bucket[] {
  return OFFICE_TIME_ZONE_CODES.map((zone) => ({ zone, day: officeDayOf(r.done_at, zone), unitId: r.unit_id ?? 0, sopCode: r.sop_code, stepNo: r.step_no }));
}

function sumsOf(r: DoneTaskFigure): Sums {
  const late = r.on_time === 0;
  return {
    total: 1,
    on_time: r.on_time === 1 ? 1 : 0,
    late: late ? 1 : 0,
    untimed: r.on_time === null ? 1 : 0,
    delay_sum: late ? r.late_minutes : 0,
    worst: late ? r.late_minutes : 0,
  };
}

/** The done `is_primary` rows among rows about to be written. */
export function doneFigures(rows: readonly Insertable<WorkflowTasksTable>[]): DoneTaskFigure[] {
  return rows
    .filter((r) => r.done_at && r.is_primary === 1)
    .map((r) => ({ done_at: r.done_at!, unit_id: r.unit_id ?? null, sop_code: r.sop_code, step_no: r.step_no, on_time: r.on_time ?? null, late_minutes: r.late_minutes }));
}

/** `before` minus `after`, as multisets. */
function minus(a: readonly DoneTaskFigure[], b: readonly DoneTaskFigure[]): DoneTaskFigure[] {
  const left = new Map<string, number>();
  for (const r of b) left.set(figureKey(r), (left.get(figureKey(r)) ?? 0) + 1);
  return a.filter((r) => {
    const n = left.get(figureKey(r)) ?? 0;
    if (n > 0) left.set(figureKey(r), n - 1);
    return n === 0;
  });
}

export class ComplianceSummary {
  /** A run's done rows as stored: read before its rows are rewritten. */
  doneRowsOf(db: Db, runId: number): Promise<DoneTaskFigure[]> {
    return db
      .selectFrom('workflow_tasks')
      .select(['done_at', 'unit_id', 'sop_code', 'step_no', 'on_time', 'late_minutes'])
      .where('run_id', '=', runId)
      .where('is_primary', '=', 1)
      .where('done_at', 'is not', null)
      .execute() as Promise<DoneTaskFigure[]>;
  }

  /**
   * Moves the summary from a run's done rows `before` its rewrite to those `after` it.
   * Call after the new rows are in `workflow_tasks` (a recount reads them).
   */
  async follow(trx: Transaction<Database>, before: readonly DoneTaskFigure[], after: readonly DoneTaskFigure[]): Promise<void> {
    const removed = minus(before, after);
    const added = minus(after, before);
    if (removed.length === 0 && added.length === 0) return;
    const recount = new Map<string, Bucket>();
    for (const r of removed) for (const b of bucketsOf(r)) recount.set(bucketKey(b), b);
    const increments = new Map<string, Bucket & Sums>();
    for (const r of added) {
      const s = sumsOf(r);
      for (const b of bucketsOf(r)) {
        const key = bucketKey(b);
        if (recount.has(key)) continue;
        const acc = increments.get(key);
        if (!acc) increments.set(key, { ...b, ...s });
        else {
          acc.total += s.total; acc.on_time += s.on_time; acc.late += s.late; acc.untimed += s.untimed;
          acc.delay_sum += s.delay_sum; acc.worst = Math.max(acc.worst, s.worst);
        }
      }
    }
    const values = [...increments.values()].map((b) => sql`(${b.zone}, ${b.day}, ${b.unitId}, ${b.sopCode}, ${b.stepNo}, ${b.total}, ${b.on_time}, ${b.late}, ${b.untimed}, ${b.delay_sum}, ${b.worst})`);
    // Chunked: SQLite's variable limit (11 per row).
    for (let i = 0; i < values.length; i += 60) {
      await sql`INSERT INTO workflow_compliance_days (zone, day, unit_id, sop_code, step_no, total, on_time, late, untimed, delay_sum, worst)
        VALUES ${sql.join(values.slice(i, i + 60))}
        ON CONFLICT (zone, day, unit_id, sop_code, step_no) DO UPDATE SET
          total = total + excluded.total, on_time = on_time + excluded.on_time, late = late + excluded.late,
          untimed = untimed + excluded.untimed, delay_sum = delay_sum + excluded.delay_sum, worst = max(worst, excluded.worst)`.execute(trx);
    }
    for (const b of recount.values()) await this.recount(trx, b);
  }

  /** One day of one group summed again from `workflow_tasks` (through its done-time index). */
  private async recount(trx: Transaction<Database>, b: Bucket): Promise<void> {
    const { start, end } = officeDayRangeToInstants(b.day, b.day, b.zone);
    await trx
      .deleteFrom('workflow_compliance_days')
      .where('zone', '=', b.zone).where('day', '=', b.day).where('unit_id', '=', b.unitId).where('sop_code', '=', b.sopCode).where('step_no', '=', b.stepNo)
      .execute();
    await sql`INSERT INTO workflow_compliance_days (zone, day, unit_id, sop_code, step_no, total, on_time, late, untimed, delay_sum, worst)
      SELECT ${b.zone}, ${b.day}, ${b.unitId}, ${b.sopCode}, ${b.stepNo}, count(*), sum(on_time IS 1), sum(on_time IS 0), sum(on_time IS NULL),
        sum(CASE WHEN on_time = 0 THEN late_minutes ELSE 0 END), max(CASE WHEN on_time = 0 THEN late_minutes ELSE 0 END)
      FROM workflow_tasks
      WHERE done_at >= ${start} AND done_at < ${end} AND is_primary = 1
        AND coalesce(unit_id, 0) = ${b.unitId} AND sop_code = ${b.sopCode} AND step_no = ${b.stepNo}
      HAVING count(*) > 0`.execute(trx);
  }

  /** The figures of office days `from`–`to` (inclusive) per unit and SOP step: a range read of the summary's key. */
  sums(db: Db, zone: OfficeTimeZone, from: string, to: string, unitId?: number): Promise<ComplianceSumRow[]> {
    let query = db
      .selectFrom('workflow_compliance_days')
      .select([
        'unit_id', 'sop_code', 'step_no',
        sql<number>`sum(total)`.as('total'),
        sql<number>`sum(on_time)`.as('on_time'),
        sql<number>`sum(late)`.as('late'),
        sql<number>`sum(untimed)`.as('untimed'),
        sql<number>`sum(delay_sum)`.as('delay_sum'),
        sql<number>`max(worst)`.as('worst'),
      ])
      .where('zone', '=', zone)
      .where('day', '>=', from)
      .where('day', '<=', to);
    if (unitId !== undefined) query = query.where('unit_id', '=', unitId);
    return query.groupBy(['unit_id', 'sop_code', 'step_no']).execute();
  }

  /**
   * The whole summary again from `workflow_tasks`, as migration 0012 back-fills it: for
   * rows written in bulk past the service (the benchmark's generator).
   */
  async rebuild(db: Kysely<Database>): Promise<void> {
    await db.transaction().execute(async (trx) => {
      await trx.deleteFrom('workflow_compliance_days').execute();
      await sql`CREATE TEMP TABLE compliance_slots AS
        SELECT substr(done_at, 1, 11) || CASE
                 WHEN substr(done_at, 12, 2) >= '17' THEN '17'
                 WHEN substr(done_at, 12, 2) >= '16' THEN '16'
                 WHEN substr(done_at, 12, 2) >= '15' THEN '15'
                 ELSE '00' END || ':00:00' AS slot,
               coalesce(unit_id, 0) AS unit_id, sop_code, step_no, count(*) AS total, sum(on_time IS 1) AS on_time,
               sum(on_time IS 0) AS late, sum(on_time IS NULL) AS untimed,
               sum(CASE WHEN on_time = 0 THEN late_minutes ELSE 0 END) AS delay_sum,
               max(CASE WHEN on_time = 0 THEN late_minutes ELSE 0 END) AS worst
        FROM workflow_tasks WHERE done_at IS NOT NULL AND is_primary = 1
        GROUP BY 1, 2, 3, 4`.execute(trx);
      // Slot borders 00, 15, 16, 17 h UTC: where an office day begins in WIT, WITA, WIB.
      for (const zone of OFFICE_TIME_ZONE_CODES) {
        await sql`INSERT INTO workflow_compliance_days
          SELECT ${zone}, date(slot, ${`+${OFFICE_TIME_ZONE_OFFSET_MINUTES[zone]} minutes`}), unit_id, sop_code, step_no,
            sum(total), sum(on_time), sum(late), sum(untimed), sum(delay_sum), max(worst)
          FROM compliance_slots GROUP BY 2, 3, 4, 5`.execute(trx);
      }
      await sql`DROP TABLE temp.compliance_slots`.execute(trx);
    });
  }
}
