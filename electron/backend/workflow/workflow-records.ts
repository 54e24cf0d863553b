import type { Kysely, Transaction } from 'kysely';
import type { DispositionInstruction, DispositionUrgency } from '../../../shared/workflow/disposition-fields';
import type { DispositionRecord, TeamMemberRecord, TeamRecord, TelaahChecklistItem, TelaahRecord } from '../../../shared/workflow/tray';
import type { saveTeamSchema, saveTelaahSchema } from '../../../shared/workflow/workflow-schemas';
import type { z } from '../../../shared/validation/zod-indonesian';
import { officeDayOf } from '../../../shared/time/indonesian-dates';
import type { Database } from '../../db/database-schema';
import { diffFields, recordAudit } from '../audit/audit-log';
import { AppError, notFound } from '../core/app-error';
import { signedInUser, type CallContext } from '../core/call-context';
import type { WorkflowRepository } from './workflow-repository';
import type { WorkflowService } from './workflow-service';

const TELAAH_ENTITY = 'workflow_telaah';
const TEAM_ENTITY = 'workflow_team';

type TelaahInput = z.output<typeof saveTelaahSchema>;
type TeamInput = z.output<typeof saveTeamSchema>;

export interface NewDisposition {
  runId: number;
  complaintId: number;
  stepNo: number;
  urgency: DispositionUrgency;
  instructions: DispositionInstruction[];
  otherInstruction: string;
  note: string;
  recipients: number[];
  deadlineDay: string | null;
  dueAt: string | null;
  disposer: { userId: number; name: string; position: string };
  at: string;
}

/** The records steps produce beside the run's events: lembar disposisi, telaah, SK Tim. */
export class WorkflowRecords {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly repo: WorkflowRepository,
  ) {}

  async addDisposition(trx: Transaction<Database>, d: NewDisposition): Promise<void> {
    await trx
      .insertInto('workflow_dispositions')
      .values({
        run_id: d.runId, complaint_id: d.complaintId, step_no: d.stepNo, urgency: d.urgency,
        instructions_json: JSON.stringify(d.instructions), other_instruction: d.otherInstruction, note: d.note,
        recipients_json: JSON.stringify(d.recipients), deadline_day: d.deadlineDay, due_at: d.dueAt,
        disposer_user_id: d.disposer.userId, disposer_name: d.disposer.name, disposer_position: d.disposer.position, disposed_at: d.at,
      })
      .execute();
  }

  async dispositions(complaintId: number, day: string): Promise<DispositionRecord[]> {
    const rows = await this.db.selectFrom('workflow_dispositions').selectAll().where('complaint_id', '=', complaintId).orderBy('id').execute();
    const ids = rows.flatMap((r) => JSON.parse(r.recipients_json) as number[]);
    const options = await this.repo.positionOptions(day, ids);
    return rows.map((r) => ({
      id: r.id,
      stepNo: r.step_no,
      urgency: r.urgency as DispositionUrgency,
      instructions: JSON.parse(r.instructions_json) as DispositionInstruction[],
      otherInstruction: r.other_instruction,
      note: r.note,
      dueAt: r.due_at,
      deadlineDay: r.deadline_day,
      recipients: (JSON.parse(r.recipients_json) as number[]).map((id) => options.find((o) => o.positionId === id)).filter((o) => !!o),
      disposedBy: { userId: r.disposer_user_id ?? 0, name: r.disposer_name, position: r.disposer_position },
      disposedAt: r.disposed_at,
    }));
  }

  async telaah(complaintId: number): Promise<TelaahRecord[]> {
    const rows = await this.db.selectFrom('workflow_telaah').selectAll().where('complaint_id', '=', complaintId).orderBy('step_no').execute();
    return rows.map((r) => ({
      id: r.id, stepNo: r.step_no, checklist: JSON.parse(r.checklist_json) as TelaahChecklistItem[], analysis: r.analysis,
      recommendation: r.recommendation, decision: r.decision, savedBy: r.saved_by, savedAt: r.saved_at,
    }));
  }

  async teams(complaintId: number): Promise<TeamRecord[]> {
    const rows = await this.db.selectFrom('workflow_teams').selectAll().where('complaint_id', '=', complaintId).orderBy('id').execute();
    return rows.map((r) => ({
      id: r.id, stepNo: r.step_no, number: r.number, subject: r.subject,
      considerations: JSON.parse(r.considerations_json) as string[], tasks: JSON.parse(r.tasks_json) as string[],
      term: { from: r.term_from, to: r.term_to }, decidedOn: r.decided_on,
      signer: JSON.parse(r.signer_json) as TeamRecord['signer'], members: JSON.parse(r.members_json) as TeamMemberRecord[],
      copiesTo: JSON.parse(r.copies_to_json) as string[], savedBy: r.saved_by, savedAt: r.saved_at,
    }));
  }

  /** Only an actor of the step (or an administrator) writes its telaah or SK Tim; the step must be in the complaint's SOP. */
  private async checkStep(svc: WorkflowService, complaintId: number, stepNo: number, ctx: CallContext, kind: string) {
    const loaded = await svc.require(complaintId);
    const step = loaded.sop.definition.steps.find((s) => s.no === stepNo);
    if (!step) throw new AppError('VALIDATION', `Langkah ${stepNo} tidak ada dalam SOP pengaduan ini.`);
    const user = signedInUser(ctx);
    const runUser = await svc.runUser(ctx, loaded.sop.code, loaded.sop.definition);
    if (!user.isAdmin && !step.actors.some((k) => runUser.actorKeys.includes(k))) {
      throw new AppError('FORBIDDEN', `${kind} langkah ${stepNo} hanya dapat diisi oleh pelaksana langkah itu.`);
    }
    return loaded;
  }

  async saveTelaah(svc: WorkflowService, input: TelaahInput, ctx: CallContext): Promise<TelaahRecord> {
    await this.checkStep(svc, input.complaintId, input.stepNo, ctx, 'Telaah');
    const now = ctx.clock.now().toISOString();
    const values = {
      checklist_json: JSON.stringify(input.checklist), analysis: input.analysis, recommendation: input.recommendation,
      decision: input.decision, saved_by: ctx.actor, saved_at: now,
    };
    await this.db.transaction().execute(async (trx) => {
      const before = await trx.selectFrom('workflow_telaah').selectAll().where('complaint_id', '=', input.complaintId).where('step_no', '=', input.stepNo).executeTakeFirst();
      let id: number;
      if (before) {
        await trx.updateTable('workflow_telaah').set(values).where('id', '=', before.id).execute();
        id = before.id;
      } else {
        id = (await trx.insertInto('workflow_telaah').values({ complaint_id: input.complaintId, step_no: input.stepNo, ...values }).returning('id').executeTakeFirstOrThrow()).id;
      }
      const old: Record<string, string | null> = before
        ? { checklist_json: before.checklist_json, analysis: before.analysis, recommendation: before.recommendation, decision: before.decision }
        : { checklist_json: null, analysis: null, recommendation: null, decision: null };
      await recordAudit(trx, {
        entityType: TELAAH_ENTITY, entityId: id, action: before ? 'diubah' : 'dibuat', actor: ctx.actor, at: new Date(now),
        changes: diffFields<Record<string, string | null>>(old, values, ['checklist_json', 'analysis', 'recommendation', 'decision']),
      });
    });
    const saved = (await this.telaah(input.complaintId)).find((t) => t.stepNo === input.stepNo);
    if (!saved) throw notFound('Telaah');
    return saved;
  }

  async saveTeam(svc: WorkflowService, input: TeamInput, ctx: CallContext): Promise<TeamRecord> {
    await this.checkStep(svc, input.complaintId, input.stepNo, ctx, 'SK Tim');
    const now = ctx.clock.now();
    const day = officeDayOf(now, (await svc.settings.office()).timeZone);
    const [signerOption] = await this.repo.positionOptions(day, [input.signerPositionId]);
    if (!signerOption) throw new AppError('VALIDATION', 'Jabatan penanda tangan tidak ditemukan.');
    const holder = await this.db.selectFrom('position_holders').selectAll().where('position_id', '=', input.signerPositionId)
      .where('start_date', '<=', day).where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', day)])).orderBy('start_date', 'desc').executeTakeFirst();
    const signer = { positionId: input.signerPositionId, position: signerOption.title, name: holder?.name ?? '', nip: holder?.nip ?? '', rank: holder?.rank ?? '' };
    const values = {
      complaint_id: input.complaintId, step_no: input.stepNo, number: input.number, subject: input.subject,
      considerations_json: JSON.stringify(input.considerations), tasks_json: JSON.stringify(input.tasks), members_json: JSON.stringify(input.members),
      copies_to_json: JSON.stringify(input.copiesTo), term_from: input.term.from, term_to: input.term.to, decided_on: input.decidedOn,
      signer_position_id: input.signerPositionId, signer_json: JSON.stringify(signer), saved_by: ctx.actor, saved_at: now.toISOString(),
    };
    const clash = await this.db.selectFrom('workflow_teams').select(['id']).where('number', '=', input.number).executeTakeFirst();
    if (clash && clash.id !== input.teamId) throw new AppError('CONFLICT', `Nomor SK ${input.number} sudah dipakai.`, { number: 'Nomor SK sudah dipakai.' });
    const id = await this.db.transaction().execute(async (trx) => {
      if (input.teamId) {
        const before = await trx.selectFrom('workflow_teams').selectAll().where('id', '=', input.teamId).where('complaint_id', '=', input.complaintId).executeTakeFirst();
        if (!before) throw notFound('SK Tim');
        await trx.updateTable('workflow_teams').set(values).where('id', '=', input.teamId).execute();
        await recordAudit(trx, {
          entityType: TEAM_ENTITY, entityId: input.teamId, action: 'diubah', actor: ctx.actor, at: now,
          changes: diffFields(before, { ...before, ...values }, ['number', 'subject', 'tasks_json', 'members_json', 'term_from', 'term_to', 'decided_on', 'signer_json']),
        });
        return input.teamId;
      }
      const row = await trx.insertInto('workflow_teams').values(values).returning('id').executeTakeFirstOrThrow();
      await recordAudit(trx, { entityType: TEAM_ENTITY, entityId: row.id, action: 'dibuat', actor: ctx.actor, at: now, changes: { number: [null, input.number] } });
      return row.id;
    });
    const saved = (await this.teams(input.complaintId)).find((t) => t.id === id);
    if (!saved) throw notFound('SK Tim');
    return saved;
  }
}
