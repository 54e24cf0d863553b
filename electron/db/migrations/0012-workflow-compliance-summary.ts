import { sql, type Kysely } from 'kysely';

/**
 * The dashboard's compliance figures, summed per office day as steps get done.
 *
 * 0011 summed them from `workflow_tasks` at read time through a covering index: a month
 * of a large office (83,000 done steps at 1,000,000 complaints) took 44 ms per unit and
 * 92 ms per SOP step. Here one row per (time zone, office day, unit, SOP code, step)
 * holds what the dashboard needs: counts on time / late / without a standard time, the
 * sum of the delays (for the mean) and the worst delay. The workflow service keeps it in
 * step with `workflow_tasks` in the transaction that rewrites a run's rows
 * (electron/backend/workflow/compliance-summary.ts); it mirrors exactly the rows the old
 * query read: done, `is_primary`.
 *
 * Rows are kept for each of the three Indonesian time zones (WIB, WITA, WIT: fixed
 * offsets, no daylight saving), so the office day of a step is right whichever zone the
 * office's settings name, and changing it needs no rebuild. `unit_id` 0 stands for "no
 * unit" (a `sistem` step), because a NULL in a primary key would never conflict.
 *
 * The back-fill sums the done rows once into UTC slots whose borders are where an office
 * day begins in some zone (00, 15, 16 and 17 h UTC), then rolls the slots up per zone:
 * one pass over the big table instead of three. Frozen SQL on purpose (a migration must
 * not follow later code); the service's rebuild uses the same expressions.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE workflow_compliance_days (
    zone text NOT NULL,
    day text NOT NULL,
    unit_id integer NOT NULL,
    sop_code text NOT NULL,
    step_no integer NOT NULL,
    total integer NOT NULL,
    on_time integer NOT NULL,
    late integer NOT NULL,
    untimed integer NOT NULL,
    delay_sum integer NOT NULL,
    worst integer NOT NULL,
    PRIMARY KEY (zone, day, unit_id, sop_code, step_no)
  ) WITHOUT ROWID`.execute(db);

  await sql`CREATE TEMP TABLE compliance_slots AS
    SELECT substr(done_at, 1, 11) || CASE
             WHEN substr(done_at, 12, 2) >= '17' THEN '17'
             WHEN substr(done_at, 12, 2) >= '16' THEN '16'
             WHEN substr(done_at, 12, 2) >= '15' THEN '15'
             ELSE '00' END || ':00:00' AS slot,
           coalesce(unit_id, 0) AS unit_id, sop_code, step_no,
           count(*) AS total,
           sum(on_time IS 1) AS on_time,
           sum(on_time IS 0) AS late,
           sum(on_time IS NULL) AS untimed,
           sum(CASE WHEN on_time = 0 THEN late_minutes ELSE 0 END) AS delay_sum,
           max(CASE WHEN on_time = 0 THEN late_minutes ELSE 0 END) AS worst
    FROM workflow_tasks
    WHERE done_at IS NOT NULL AND is_primary = 1
    GROUP BY 1, 2, 3, 4`.execute(db);
  for (const [zone, hours] of [['WIB', 7], ['WITA', 8], ['WIT', 9]] as const) {
    await sql`INSERT INTO workflow_compliance_days
      SELECT ${zone}, date(slot, ${`+${hours} hours`}), unit_id, sop_code, step_no,
        sum(total), sum(on_time), sum(late), sum(untimed), sum(delay_sum), max(worst)
      FROM compliance_slots
      GROUP BY 2, 3, 4, 5`.execute(db);
  }
  await sql`DROP TABLE temp.compliance_slots`.execute(db);

  // The read-time compliance index of 0011 is no longer read by the dashboard; the
  // summary's exact recount of one day (after a done step changed) reads by done_at
  // through it, so it stays.
}
