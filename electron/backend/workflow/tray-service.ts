import { sql, type Kysely } from 'kysely';
import type { Channel, ComplaintStatus } from '../../../shared/complaints/complaint-enums';
import { officeDayOf } from '../../../shared/time/indonesian-dates';
import type { DispositionUrgency } from '../../../shared/workflow/disposition-fields';
import { findStep, actorLabel } from '../../../shared/workflow/sop-navigation';
import { TRAY_COUNT_CAP, type TrayBox, type TrayCounts, type TrayPage, type WorkflowDashboard } from '../../../shared/workflow/tray';
import type { Database } from '../../db/database-schema';
import { AppError } from '../core/app-error';
import { signedInUser, type CallContext } from '../core/call-context';
import { readDashboard } from './workflow-dashboard';
import type { WorkflowService } from './workflow-service';

const WAITING: TrayBox[] = ['masuk', 'dikembalikan'];

/**
 * The tray of the signed-in user's positions, read from `workflow_tasks` through its
 * indexes only (sized in bench/suites/workflow-tray.ts), and the dashboard
 * (workflow-dashboard.ts). The SOP activity of a row comes from the cached SOP version
 * rather than a join.
 */
export class TrayService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly svc: WorkflowService,
  ) {}

  private positionsFor(ctx: CallContext, positionId?: number): number[] {
    const user = signedInUser(ctx);
    if (positionId !== undefined) {
      if (!user.isAdmin && !user.positionIds.includes(positionId)) throw new AppError('FORBIDDEN', 'Anda tidak memegang jabatan itu; bukalah kotak jabatan Anda sendiri.');
      return [positionId];
    }
    return user.positionIds;
  }

  async counts(positions: readonly number[], now: Date): Promise<TrayCounts> {
    const counts: TrayCounts = { masuk: 0, unread: 0, dikembalikan: 0, diteruskan: 0, selesai: 0, overdue: 0 };
    if (positions.length === 0) return counts;
    const nowIso = now.toISOString();
    for (const p of positions) {
      const waiting = await this.db
        .selectFrom('workflow_tasks')
        .select([
          'box',
          (eb) => eb.fn.countAll<number>().as('n'),
          sql<number>`sum(read_at IS NULL)`.as('unread'),
          sql<number>`sum(due_at IS NOT NULL AND due_at < ${nowIso})`.as('overdue'),
        ])
        .where('position_id', '=', p)
        .where('box', 'in', WAITING)
        .groupBy('box')
        .execute();
      for (const w of waiting) {
        counts[w.box] += Number(w.n);
        counts.unread += Number(w.unread);
        counts.overdue += Number(w.overdue);
      }
      for (const box of ['diteruskan', 'selesai'] as const) {
        const capped = await this.db
          .selectFrom((eb) => eb.selectFrom('workflow_tasks').select('id').where('position_id', '=', p).where('box', '=', box).limit(TRAY_COUNT_CAP).as('t'))
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow();
        counts[box] = Math.min(TRAY_COUNT_CAP, counts[box] + Number(capped.n));
      }
    }
    return counts;
  }

  async trayCounts(ctx: CallContext): Promise<TrayCounts> {
    const now = ctx.clock.now();
    await this.svc.finishDueSystemSteps(now);
    return this.counts(this.positionsFor(ctx), now);
  }

  async tray(input: { box: TrayBox; positionId?: number; unreadOnly: boolean; overdueOnly: boolean; page: number; pageSize: number }, ctx: CallContext): Promise<TrayPage> {
    const now = ctx.clock.now();
    await this.svc.finishDueSystemSteps(now);
    const positions = this.positionsFor(ctx, input.positionId);
    const zone = (await this.svc.settings.office()).timeZone;
    const day = officeDayOf(now, zone);
    const waiting = WAITING.includes(input.box);
    const nowIso = now.toISOString();
    let query = this.db
      .selectFrom('workflow_tasks as t')
      .innerJoin('complaints as c', 'c.id', 't.complaint_id')
      .innerJoin('workflow_runs as r', 'r.id', 't.run_id')
      .select([
        't.id', 't.complaint_id', 't.step_no', 't.actor_key', 't.position_id', 't.box', 't.received_at', 't.read_at', 't.due_at', 't.done_at',
        't.urgency', 't.reason', 't.outcome_text', 't.paused', 't.sop_code', 'r.sop_version_id',
        'c.register_number', 'c.subject', 'c.channel', 'c.status',
      ])
      .where('t.position_id', 'in', positions.length ? positions : [-1])
      .where('t.box', '=', input.box);
    if (input.unreadOnly && waiting) query = query.where('t.read_at', 'is', null);
    if (input.overdueOnly && waiting) query = query.where('t.due_at', '<', nowIso);
    // Waiting work by due time (none last); done work newest first.
    query = waiting
      ? query.orderBy(sql`t.sort_at IS NULL`).orderBy('t.sort_at', 'asc').orderBy('t.id')
      : query.orderBy('t.sort_at', 'desc').orderBy('t.id', 'desc');
    const rows = await query.limit(input.pageSize).offset((input.page - 1) * input.pageSize).execute();

    let totalQuery = this.db.selectFrom('workflow_tasks').select('id').where('position_id', 'in', positions.length ? positions : [-1]).where('box', '=', input.box);
    if (input.unreadOnly && waiting) totalQuery = totalQuery.where('read_at', 'is', null);
    if (input.overdueOnly && waiting) totalQuery = totalQuery.where('due_at', '<', nowIso);
    const total = await this.db.selectFrom(totalQuery.limit(TRAY_COUNT_CAP).as('x')).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();

    const options = await this.svc.repo.positionOptions(day, [...new Set([...positions, ...rows.map((r) => r.position_id ?? 0)])].filter((id) => id > 0));
    const shortTitle = new Map(options.map((o) => [o.positionId, o.shortTitle]));
    const items = await Promise.all(
      rows.map(async (r) => {
        const { definition } = await this.svc.repo.version(r.sop_version_id);
        return {
          taskId: r.id,
          complaintId: r.complaint_id,
          registerNumber: r.register_number,
          subject: r.subject,
          channel: r.channel as Channel,
          complaintStatus: r.status as ComplaintStatus,
          sopCode: r.sop_code,
          stepNo: r.step_no,
          activity: findStep(definition, r.step_no)?.activity ?? '',
          actorLabel: actorLabel(definition, r.actor_key),
          positionId: r.position_id ?? 0,
          positionShortTitle: shortTitle.get(r.position_id ?? 0) ?? '',
          box: r.box,
          receivedAt: r.received_at,
          readAt: r.read_at,
          dueAt: r.due_at,
          doneAt: r.done_at,
          overdue: waiting && r.due_at !== null && r.due_at < nowIso,
          lateWorkingMinutes: waiting ? await this.svc.lateWorkingMinutes(r.due_at, now) : undefined,
          urgency: r.urgency as DispositionUrgency | null,
          reason: r.reason,
          outcomeText: r.outcome_text,
          paused: r.paused === 1,
        };
      }),
    );
    return {
      counts: await this.counts(positions, now),
      items,
      total: Number(total.n),
      page: input.page,
      pageSize: input.pageSize,
      positions: options.filter((o) => positions.includes(o.positionId)),
    };
  }

  /** Due today, overdue, compliance per unit and per SOP step over a period (default: this month so far). */
  dashboard(input: { from?: string; to?: string; unitId?: number }, ctx: CallContext): Promise<WorkflowDashboard> {
    return readDashboard(this.db, this.svc, input, ctx);
  }
}
