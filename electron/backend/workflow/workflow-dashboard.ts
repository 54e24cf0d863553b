import { sql, type Kysely } from 'kysely';
import type { SopDefinition } from '../../../shared/sop/sop-definition';
import { officeDayOf, officeDayRangeToInstants } from '../../../shared/time/indonesian-dates';
import { findStep } from '../../../shared/workflow/sop-navigation';
import type { ComplianceFigures } from '../../../shared/workflow/step-compliance';
import type { DashboardTask, WorkflowDashboard } from '../../../shared/workflow/tray';
import type { Database } from '../../db/database-schema';
import type { CallContext } from '../core/call-context';
import type { ComplianceSumRow } from './compliance-summary';
import type { WorkflowService } from './workflow-service';

const MINUTE = 60_000;
/** Each list of the dashboard shows the first this many (the contract says "at most 20"). */
const LIST_LIMIT = 20;

type Sums = Omit<ComplianceSumRow, 'unit_id' | 'sop_code' | 'step_no'>;
const NO_SUMS: Sums = { total: 0, on_time: 0, late: 0, untimed: 0, delay_sum: 0, worst: 0 };

function addSums(into: Sums, s: Sums): void {
  into.total += Number(s.total);
  into.on_time += Number(s.on_time);
  into.late += Number(s.late);
  into.untimed += Number(s.untimed);
  into.delay_sum += Number(s.delay_sum);
  into.worst = Math.max(into.worst, Number(s.worst));
}

function toFigures(f: Sums): ComplianceFigures {
  const onTime = Number(f.on_time);
  const late = Number(f.late);
  return {
    total: Number(f.total), onTime, late, untimed: Number(f.untimed),
    onTimeRate: onTime + late === 0 ? null : onTime / (onTime + late),
    meanDelayMinutes: late === 0 ? 0 : Math.round(Number(f.delay_sum) / late),
    worstDelayMinutes: Number(f.worst),
  };
}

/** SQLite's BINARY order of the old `ORDER BY sop_code, step_no`. */
const byCodeAndStep = (a: { sop_code: string; step_no: number }, b: { sop_code: string; step_no: number }) =>
  a.sop_code < b.sop_code ? -1 : a.sop_code > b.sop_code ? 1 : a.step_no - b.step_no;

/**
 * Due today, overdue, compliance per unit and per SOP step over a period (default: this
 * month so far). The waiting work is read through the partial "waiting" indexes of
 * `workflow_tasks` (a few % of its rows); the compliance figures from the per-day summary
 * (compliance-summary.ts), so a month costs a few thousand summary rows whatever the
 * office's size. Activities come from the cached SOP versions: one statement per version
 * not yet parsed, never one per row.
 */
export async function readDashboard(
  db: Kysely<Database>,
  svc: WorkflowService,
  input: { from?: string; to?: string; unitId?: number },
  ctx: CallContext,
): Promise<WorkflowDashboard> {
  const now = ctx.clock.now();
  await svc.finishDueSystemSteps(now);
  const zone = (await svc.settings.office()).timeZone;
  const today = officeDayOf(now, zone);
  const from = input.from ?? today.slice(0, 8) + '01';
  const to = input.to ?? today;
  const nowIso = now.toISOString();
  const endOfToday = officeDayRangeToInstants(today, today, zone).end;
  const unit = input.unitId;

  // `is_primary = 1` written as a literal: SQLite matches a partial index's WHERE against
  // literals only; a bound 1 left it re-planning each call (15–25 ms instead of 1–3 ms).
  const waitingBase = () => {
    let q = db.selectFrom('workflow_tasks as t').where('t.done_at', 'is', null).where('t.is_primary', '=', sql.lit(1)).where('t.position_id', 'is not', null);
    if (unit) q = q.where('t.unit_id', '=', unit);
    return q;
  };
  const list = (where: (q: ReturnType<typeof waitingBase>) => ReturnType<typeof waitingBase>) =>
    where(waitingBase())
      .innerJoin('complaints as c', 'c.id', 't.complaint_id')
      .innerJoin('workflow_runs as r', 'r.id', 't.run_id')
      .innerJoin('positions as p', 'p.id', 't.position_id')
      .innerJoin('units as u', 'u.id', 'p.unit_id')
      .select(['t.id', 't.complaint_id', 't.step_no', 't.due_at', 'r.sop_version_id', 'c.register_number', 'c.subject', 'p.short_title', 'p.title', 'u.name as unit_name'])
      .orderBy('t.due_at')
      .limit(LIST_LIMIT)
      .execute();
  // One pass over the waiting rows gives each unit's waiting / overdue / due-today counts;
  // the office's totals are their sums (every group, a unit-less one too), so the two
  // counts need no statement of their own.
  const [overdueRows, todayRows, waitingByUnit, sums, units] = await Promise.all([
    list((q) => q.where('t.due_at', '<', nowIso)),
    list((q) => q.where('t.due_at', '>=', nowIso).where('t.due_at', '<', endOfToday)),
    waitingBase()
      .select([
        't.unit_id',
        (eb) => eb.fn.countAll<number>().as('waiting'),
        sql<number>`sum(t.due_at < ${nowIso})`.as('overdue'),
        sql<number>`sum(t.due_at >= ${nowIso} AND t.due_at < ${endOfToday})`.as('due_today'),
      ])
      .groupBy('t.unit_id')
      .execute(),
    svc.compliance.sums(db, zone, from, to, unit),
    db.selectFrom('units').select(['id', 'name', 'sort_order']).orderBy('sort_order').orderBy('name').execute(),
  ]);

  // SOP definitions: each version of the waiting rows once, and the latest version of each SOP code of the figures.
  const definitions = new Map<number, SopDefinition>();
  for (const id of new Set([...overdueRows, ...todayRows].map((r) => r.sop_version_id))) definitions.set(id, (await svc.repo.version(id)).definition);
  const codes = [...new Set(sums.map((s) => s.sop_code))];
  const latest = codes.length
    ? await db
        .selectFrom('sop_versions as v')
        .select(['v.id', 'v.code'])
        .where('v.code', 'in', codes)
        .where('v.version', '=', (eb) => eb.selectFrom('sop_versions as w').select((w) => w.fn.max('w.version').as('m')).whereRef('w.code', '=', 'v.code'))
        .execute()
    : [];
  const latestByCode = new Map<string, SopDefinition>();
  for (const v of latest) latestByCode.set(v.code, (await svc.repo.version(v.id)).definition);

  const toTask = (r: (typeof overdueRows)[number]): DashboardTask => ({
    taskId: r.id,
    complaintId: r.complaint_id,
    registerNumber: r.register_number,
    subject: r.subject,
    stepNo: r.step_no,
    activity: findStep(definitions.get(r.sop_version_id) ?? { steps: [] } as never, r.step_no)?.activity ?? '',
    positionShortTitle: r.short_title || r.title,
    unitName: r.unit_name,
    dueAt: r.due_at ?? '',
    lateMinutes: r.due_at && r.due_at < nowIso ? Math.round((now.getTime() - Date.parse(r.due_at)) / MINUTE) : 0,
  });

  // The summary's groups folded per unit (done by a unit) and per SOP step (all).
  const byUnit = new Map<number, Sums>();
  const byStep = new Map<string, Sums & { sop_code: string; step_no: number }>();
  for (const s of sums) {
    if (s.unit_id !== 0) {
      const u = byUnit.get(s.unit_id) ?? { ...NO_SUMS };
      addSums(u, s);
      byUnit.set(s.unit_id, u);
    }
    const key = `${s.sop_code}|${s.step_no}`;
    const step = byStep.get(key) ?? { ...NO_SUMS, sop_code: s.sop_code, step_no: s.step_no };
    addSums(step, s);
    byStep.set(key, step);
  }
  const perStep = [...byStep.values()].sort(byCodeAndStep).map((s) => ({
    sopCode: s.sop_code,
    stepNo: s.step_no,
    activity: findStep(latestByCode.get(s.sop_code) ?? { steps: [] } as never, s.step_no)?.activity ?? '',
    ...toFigures(s),
  }));
  const waitingOf = new Map(waitingByUnit.map((w) => [w.unit_id, w]));
  const perUnit = units
    .filter((u) => byUnit.has(u.id) || waitingOf.has(u.id))
    .map((u) => ({
      unitId: u.id,
      unitName: u.name,
      waiting: Number(waitingOf.get(u.id)?.waiting ?? 0),
      overdue: Number(waitingOf.get(u.id)?.overdue ?? 0),
      ...toFigures(byUnit.get(u.id) ?? NO_SUMS),
    }));
  return {
    today,
    dueToday: waitingByUnit.reduce((n, w) => n + Number(w.due_today ?? 0), 0),
    overdue: waitingByUnit.reduce((n, w) => n + Number(w.overdue ?? 0), 0),
    dueTodayTasks: todayRows.map(toTask),
    overdueTasks: await Promise.all(
      overdueRows.map(async (r) => ({ ...toTask(r), lateWorkingMinutes: await svc.lateWorkingMinutes(r.due_at, now) })),
    ),
    period: { from, to },
    perUnit,
    perStep,
  };
}
