import type { Kysely, Transaction } from 'kysely';
import type { ComplaintStatus } from '../../../shared/complaints/complaint-enums';
import { dayNumberOf } from '../../../shared/time/working-calendar';
import { workingMinutesBetween } from '../../../shared/time/working-time-arithmetic';
import type { SopDefinition } from '../../../shared/sop/sop-definition';
import { deriveRunState } from '../../../shared/workflow/derive-run-state';
import type { DueTimeCalculator } from '../../../shared/workflow/due-time';
import type { CommandContext, CommandResult, RunUser } from '../../../shared/workflow/run-command-guards';
import { RUN_EVENT_LABELS, type RunEvent } from '../../../shared/workflow/run-events';
import { startRun } from '../../../shared/workflow/run-lifecycle-commands';
import type { RunState } from '../../../shared/workflow/run-state';
import { findActor, firstStep } from '../../../shared/workflow/sop-navigation';
import { finishDueSystemSteps } from '../../../shared/workflow/system-steps';
import type { Database } from '../../db/database-schema';
import { recordAudit } from '../audit/audit-log';
import type { CalendarService } from '../calendar/calendar-service';
import { COMPLAINT_ENTITY } from '../complaints/complaint-history';
import { AppError, notFound } from '../core/app-error';
import { signedInUser, type CallContext } from '../core/call-context';
import type { SettingsService } from '../settings/settings-service';
import type { SopService } from '../sop/sop-service';
import type { ActorMappingService } from './actor-mapping-service';
import { statusForRun } from './complaint-status-follow';
import { ComplianceSummary, doneFigures } from './compliance-summary';
import { buildTaskRows } from './task-rows';
import type { RunRow, WorkflowRepository } from './workflow-repository';

/** Audit entries of a run, keyed by the complaint's id (one run per complaint). */
export const RUN_ENTITY = 'workflow_run';

/** What a command sees: the run, its SOP, its events so far and the user as the engine knows them. */
export interface LoadedRun {
  run: RunRow;
  sop: { code: string; version: number; title: string; definition: SopDefinition };
  events: RunEvent[];
}

/** Extra writes of a command inside its transaction (the lembar disposisi row). */
export type AfterCommand = (trx: Transaction<Database>, loaded: LoadedRun, added: RunEvent[], state: RunState) => Promise<void>;

/**
 * Runs complaints through their SOP: starts a run when a complaint is registered, applies
 * the engine's commands for the signed-in user, closes `sistem` steps whose time has
 * passed, and after every change rewrites the run's tray rows, moves the complaint's
 * status and due time along (complaint-status-follow.ts) and records the audit entry —
 * all in one transaction, refused when someone else changed the run in between.
 */
export class WorkflowService {
  /** The dashboard's compliance figures, kept with the tray rows in `persist`. */
  readonly compliance = new ComplianceSummary();

  constructor(
    readonly db: Kysely<Database>,
    readonly repo: WorkflowRepository,
    private readonly mappings: ActorMappingService,
    readonly settings: SettingsService,
    private readonly calendar: CalendarService,
    private readonly sops: SopService,
  ) {}

  dueTimes(): Promise<DueTimeCalculator> {
    return this.calendar.dueTimes();
  }

  /** How far past its due time a waiting task is, in working minutes ("terlambat 2 jam kerja"); undefined when not late. */
  async lateWorkingMinutes(dueAt: string | null, now: Date): Promise<number | undefined> {
    if (dueAt === null || dueAt >= now.toISOString()) return undefined;
    return workingMinutesBetween(await this.calendar.calendar(), new Date(dueAt), now);
  }

  async load(complaintId: number): Promise<LoadedRun | null> {
    const run = await this.repo.runOf(complaintId);
    if (!run) return null;
    return { run, sop: await this.repo.version(run.sop_version_id), events: await this.repo.events(run.id) };
  }

  async require(complaintId: number): Promise<LoadedRun> {
    const loaded = await this.load(complaintId);
    if (loaded) return loaded;
    const exists = await this.db.selectFrom('complaints').select('id').where('id', '=', complaintId).executeTakeFirst();
    if (!exists) throw notFound('Pengaduan');
    throw new AppError('CONFLICT', 'Pengaduan ini belum masuk alur SOP.');
  }

  /** The user as the engine sees them on this SOP; an administrator recording for a holder acts as every mapped actor. */
  async runUser(ctx: CallContext, sopCode: string, definition: SopDefinition, asAdministrator = false): Promise<RunUser> {
    const user = signedInUser(ctx);
    const mapping = await this.repo.mapping(sopCode);
    if (asAdministrator) {
      if (!user.isAdmin) throw new AppError('FORBIDDEN', 'Hanya administrator yang dapat mencatat atas nama pemegang jabatan.');
      const keys = definition.actors.filter((a) => a.kind === 'jabatan').map((a) => a.key);
      return {
        userId: user.id,
        name: `${user.name} (dicatat administrator)`.slice(0, 120),
        actorKeys: keys.filter((k) => (mapping.get(k) ?? []).length > 0),
        positionIds: [...new Set([...mapping.values()].flat())],
      };
    }
    const actorKeys = [...mapping.entries()].filter(([, ids]) => ids.some((id) => user.positionIds.includes(id))).map(([k]) => k);
    return { userId: user.id, name: user.name, actorKeys, positionIds: user.positionIds };
  }

  /**
   * Puts a newly registered complaint into the SOP of its channel. Nothing runs for an oral
   * complaint settled at the counter, when the office has no SOP yet, or while an actor of
   * the SOP is not mapped (recorded, so the case shows why; `workflow.startRun` later).
   * A first step of the public ("the complainant comes to the office") is what the
   * registration itself recorded: it is completed at once, on the complainant's behalf.
   */
  async startForComplaint(complaintId: number, ctx: CallContext, { strict = false } = {}): Promise<boolean> {
    const complaint = await this.db.selectFrom('complaints').select(['id', 'channel', 'settled_at_counter', 'merged_into_id', 'status']).where('id', '=', complaintId).executeTakeFirst();
    if (!complaint) throw notFound('Pengaduan');
    const refuse = (message: string) => {
      if (strict) throw new AppError('CONFLICT', message);
      return false;
    };
    if (complaint.settled_at_counter || complaint.merged_into_id) return refuse('Pengaduan ini sudah selesai di loket atau digabung; tidak ada alur SOP.');
    if (await this.repo.runOf(complaintId)) return refuse('Pengaduan ini sudah berjalan dalam alur SOP.');
    const version = await this.sops.forChannel(complaint.channel as Parameters<SopService['forChannel']>[0]);
    if (!version) return refuse('Kantor belum memilih SOP untuk saluran pengaduan ini.');
    const missing = await this.mappings.missingActors(version.id);
    const now = ctx.clock.now();
    if (missing.length > 0) {
      const message = `SOP "${version.title}" belum dapat dipakai: pelaksana ${missing.join(', ')} belum dipetakan ke jabatan.`;
      if (strict) throw new AppError('CONFLICT', message);
      await recordAudit(this.db, { entityType: RUN_ENTITY, entityId: complaintId, action: 'alur_tertunda', actor: ctx.actor, at: now, reason: message });
      return false;
    }
    const user = signedInUser(ctx);
    const definition = version.definition;
    const runUser: RunUser = { userId: user.id, name: user.name, actorKeys: [], positionIds: user.positionIds };
    const started = startRun({ definition, events: [], user: runUser, at: now }, { sopVersion: version.version });
    if (!started.ok) throw new AppError(started.error.code, started.error.message);
    const events = [...started.value];
    const first = firstStep(definition);
    if (findActor(definition, first.actors[0] ?? '')?.kind === 'publik' && !first.decision) {
      events.push({
        type: 'step-completed', at: now.toISOString(), by: { userId: user.id, name: user.name }, stepNo: first.no, positionId: null,
        actorKey: first.actors[0] ?? '', onBehalfOfPublic: true, notes: 'Dicatat saat pengaduan diregistrasi.', outputRef: null, optionKey: null,
        toStepNo: first.next, closedEarly: false,
      });
    }
    const calculator = await this.calendar.dueTimes();
    await this.db.transaction().execute(async (trx) => {
      const run = await trx
        .insertInto('workflow_runs')
        .values({ complaint_id: complaintId, sop_version_id: version.id, sop_code: version.code, started_at: now.toISOString(), finished_at: null, ending: null, paused: 0, event_count: 0, updated_at: now.toISOString() })
        .returningAll()
        .executeTakeFirstOrThrow();
      const loaded: LoadedRun = { run, sop: { code: version.code, version: version.version, title: version.title, definition }, events: [] };
      await this.persist(trx, loaded, events, calculator, now, ctx.actor);
    });
    return true;
  }

  /** Applies one engine command for the signed-in user and stores what it produced. */
  async apply(
    complaintId: number,
    ctx: CallContext,
    command: (c: CommandContext) => CommandResult,
    options: { asAdministrator?: boolean; after?: AfterCommand; prepare?: (loaded: LoadedRun) => Promise<void> } = {},
  ): Promise<void> {
    const loaded = await this.require(complaintId);
    await options.prepare?.(loaded);
    const user = await this.runUser(ctx, loaded.sop.code, loaded.sop.definition, options.asAdministrator);
    const now = ctx.clock.now();
    const result = command({ definition: loaded.sop.definition, events: loaded.events, user, at: now });
    if (!result.ok) throw new AppError(result.error.code, result.error.message);
    if (result.value.length === 0) return;
    const calculator = await this.calendar.dueTimes();
    await this.db.transaction().execute(async (trx) => {
      const state = await this.persist(trx, loaded, result.value, calculator, now, ctx.actor);
      await options.after?.(trx, loaded, result.value, state);
    });
  }

  /**
   * The earliest due time of a waiting `sistem` step as last read, and the write generation
   * it was read at: trays and the dashboard call the sweep on every load, and until that
   * time nothing can be due. `persist` (the only writer of `workflow_tasks`) bumps the
   * generation, so a run written since makes the next sweep read again.
   */
  private nextSystemDue: { generation: number; at: string | null } | null = null;
  private taskGeneration = 0;

  /** Closes the `sistem` steps whose time has passed (seed 001 step 11); called when trays and the dashboard load. */
  async finishDueSystemSteps(now: Date, limit = 50): Promise<number> {
    const nowIso = now.toISOString();
    const known = this.nextSystemDue;
    if (known && known.generation === this.taskGeneration && (known.at === null || nowIso < known.at)) return 0;
    const generation = this.taskGeneration;
    const due = await this.db
      .selectFrom('workflow_tasks')
      .select('complaint_id')
      .where('position_id', 'is', null)
      .where('done_at', 'is', null)
      .where('due_at', '<=', nowIso)
      .limit(limit)
      .execute();
    if (due.length === 0) {
      const next = await this.db
        .selectFrom('workflow_tasks')
        .select((eb) => eb.fn.min<string | null>('due_at').as('at'))
        .where('position_id', 'is', null)
        .where('done_at', 'is', null)
        .executeTakeFirst();
      if (generation === this.taskGeneration) this.nextSystemDue = { generation, at: next?.at ?? null };
      return 0;
    }
    const calculator = await this.calendar.dueTimes();
    let closed = 0;
    for (const { complaint_id } of due) {
      const loaded = await this.load(complaint_id);
      if (!loaded) continue;
      const added = finishDueSystemSteps(loaded.sop.definition, loaded.events, calculator, now);
      if (added.length === 0) continue;
      await this.db.transaction().execute(async (trx) => {
        await this.persist(trx, loaded, added, calculator, now, 'Sistem');
      });
      closed++;
    }
    return closed;
  }

  /**
   * Appends events (plus any system step they make due), rewrites the tray rows, moves the
   * complaint's status and due time, records the audit entry. Returns the new state.
   */
  async persist(trx: Transaction<Database>, loaded: LoadedRun, added: RunEvent[], calculator: DueTimeCalculator, now: Date, actor: string): Promise<RunState> {
    const { run, sop } = loaded;
    this.taskGeneration++;
    const system = finishDueSystemSteps(sop.definition, [...loaded.events, ...added], calculator, now);
    const all = [...loaded.events, ...added, ...system];
    const updated = await trx
      .updateTable('workflow_runs')
      .set({ event_count: all.length, updated_at: now.toISOString() })
      .where('id', '=', run.id)
      .where('event_count', '=', loaded.events.length)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) {
      throw new AppError('CONFLICT', 'Pengaduan ini baru saja diubah oleh pengguna lain; muat ulang lalu coba lagi.');
    }
    await this.repo.appendEvents(trx, run.id, loaded.events.length, [...added, ...system]);

    const zone = (await this.settings.office()).timeZone;
    const state = deriveRunState(sop.definition, all, calculator, { zone, now });
    await trx
      .updateTable('workflow_runs')
      .set({ finished_at: state.ending?.at ?? null, ending: state.ending?.kind ?? null, paused: state.openPause ? 1 : 0 })
      .where('id', '=', run.id)
      .execute();

    const mapping = await this.repo.mapping(sop.code, trx);
    const userIds = state.doneSteps.map((d) => d.performedBy.userId).filter((id): id is number => id !== null);
    const positionsOfUser = await this.repo.positionsOfUsers(userIds, trx);
    const recipients = all.flatMap((e) => (e.type === 'disposed' ? e.recipients : []));
    const allPositions = [...[...mapping.values()].flat(), ...recipients];
    const unitOf = await this.repo.unitsOf(allPositions, trx);
    const names = new Map((await this.repo.positionOptions('9999-12-31', allPositions, trx)).map((p) => [p.positionId, p.shortTitle]));
    const rows = buildTaskRows(
      { runId: run.id, complaintId: run.complaint_id, sopCode: sop.code, definition: sop.definition, state, events: all, mapping, unitOf, positionsOfUser },
      (id) => names.get(id) ?? `jabatan ${id}`,
    );
    const doneBefore = await this.compliance.doneRowsOf(trx, run.id);
    await trx.deleteFrom('workflow_tasks').where('run_id', '=', run.id).execute();
    // Chunked: SQLite's variable limit, for a long run with many rows.
    for (let i = 0; i < rows.length; i += 40) await trx.insertInto('workflow_tasks').values(rows.slice(i, i + 40)).execute();
    await this.compliance.follow(trx, doneBefore, doneFigures(rows));

    await this.followComplaint(trx, run.complaint_id, sop.definition, state, now, actor);
    const labels = [...added, ...system].map((e) => RUN_EVENT_LABELS[e.type]);
    const steps = [...new Set([...added, ...system].map((e) => ('stepNo' in e && e.stepNo !== null ? e.stepNo : null)).filter((n) => n !== null))];
    const reason = [...added].reverse().map((e) => ('reason' in e ? e.reason : null)).find((r) => !!r) ?? null;
    await recordAudit(trx, {
      entityType: RUN_ENTITY,
      entityId: run.complaint_id,
      action: added[0]?.type ?? 'step-completed',
      actor,
      at: now,
      changes: { kejadian: [null, labels.join(', ')], langkah: [null, steps.join(', ') || null], posisi: [null, state.sentence.slice(0, 300)] },
      reason,
    });
    return state;
  }

  private async followComplaint(trx: Transaction<Database>, complaintId: number, definition: SopDefinition, state: RunState, now: Date, actor: string) {
    const row = await trx.selectFrom('complaints').select(['status', 'due_at']).where('id', '=', complaintId).executeTakeFirstOrThrow();
    const current = row.status as ComplaintStatus;
    const next = statusForRun(definition, state, current);
    const dues = state.openTasks.map((t) => t.dueAt).filter((d): d is string => d !== null).sort();
    const dueAt = state.finished ? null : (dues[0] ?? row.due_at);
    if (next === current && dueAt === row.due_at) return;
    await trx.updateTable('complaints').set({ status: next, due_at: dueAt, updated_at: now.toISOString() }).where('id', '=', complaintId).execute();
    if (next !== current) {
      await recordAudit(trx, {
        entityType: COMPLAINT_ENTITY, entityId: complaintId, action: 'status', actor, at: now,
        changes: { status: [current, next] }, reason: `Mengikuti alur SOP: ${state.sentence}`.slice(0, 1000),
      });
    }
  }

  /** The close of working hours on an office day: where a deadline written on a slip ends. */
  async closeOfDay(day: string): Promise<Date> {
    const calendar = await this.calendar.calendar();
    const number = dayNumberOf(day);
    const intervals = calendar.plan(number).intervals;
    const end = intervals.length > 0 ? intervals[intervals.length - 1]! : 86_400_000 - 60_000;
    return new Date(calendar.midnightOf(number) + end);
  }
}
