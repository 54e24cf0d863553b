import type { ComplaintStatus } from '../../../shared/complaints/complaint-enums';
import { DELIVERY_METHOD_LABELS, LETTER_KIND_LABELS, type DeliveryMethod, type LetterKind } from '../../../shared/letters/letter-records';
import type { SopDefinition, SopStep } from '../../../shared/sop/sop-definition';
import { replayRun } from '../../../shared/workflow/replay-run';
import { completeStep } from '../../../shared/workflow/step-commands';
import { recordAudit } from '../audit/audit-log';
import type { ComplaintLifecycleService } from '../complaints/complaint-lifecycle-service';
import type { CallContext } from '../core/call-context';
import type { WorkflowService } from '../workflow/workflow-service';
import type { LetterRow } from './letter-view';

/** What happened to the letter, as the SOP's letter steps understand it. */
export type LetterMove =
  | { kind: 'ajukan' | 'paraf'; actorKey: string; signerActorKey: string }
  | { kind: 'tanda-tangan'; actorKey: string }
  | { kind: 'kembali'; actorKey: string; notes: string }
  | { kind: 'kirim'; method: DeliveryMethod };

/** At most this many steps close for one letter action (seed 002's drafter closes steps 6 and 7). */
const MAX_STEPS_PER_MOVE = 4;

/**
 * Does this open step close with this move, and with which answer?
 * - submitting or initialling closes the mover's own letter steps (he is the step's first
 *   actor), except a step that also names the signer: seed 002 step 9 asks "diparaf Kadivmin
 *   dan ditandatangani Kakanwil?", which only the signature answers;
 * - the signature closes any letter step that names the signer;
 * - a return answers a decision step naming the mover with its return option;
 * - a delivery of the reply closes the delivery step ('penyampaian-jawaban').
 */
export function answerOf(step: SopStep, kind: LetterKind, move: LetterMove): { optionKey: string | null; reason: string | null } | null {
  const positive = step.decision?.options.find((o) => !o.isReturn)?.key ?? null;
  if (move.kind === 'kirim') return kind === 'surat-jawaban' && step.outputKind === 'penyampaian-jawaban' ? { optionKey: positive, reason: null } : null;
  if (step.outputKind !== kind) return null;
  switch (move.kind) {
    case 'ajukan':
    case 'paraf':
      return step.actors[0] === move.actorKey && !step.actors.includes(move.signerActorKey) ? { optionKey: positive, reason: null } : null;
    case 'tanda-tangan':
      return step.actors.includes(move.actorKey) ? { optionKey: positive, reason: null } : null;
    case 'kembali': {
      const back = step.decision?.options.find((o) => o.isReturn);
      return back && step.actors.includes(move.actorKey) ? { optionKey: back.key, reason: move.notes } : null;
    }
  }
}

/** The register's main line a letter can move a complaint along when it has no SOP run. */
const MAIN_LINE: readonly ComplaintStatus[] = ['diterima', 'diverifikasi', 'diproses', 'dijawab'];

/**
 * Letter actions drive the complaint's SOP run, so the tray, the dashboard and the
 * complaint's status (complaint-status-follow.ts) move with the letter. Best effort: the
 * letter is the record; when the run cannot take the step (the user not mapped to that
 * actor, the run elsewhere) the audit log says why and the letter action stands. Without a
 * run the status moves by itself: a draft sent up means the matter is being handled
 * (diproses), a delivered reply means it is answered (dijawab, as the run would say).
 */
export class LetterWorkflowBridge {
  constructor(
    private readonly runs: WorkflowService,
    private readonly lifecycle: ComplaintLifecycleService,
  ) {}

  /**
   * @param actingPositionId the route stop's position the action was taken in: when the run
   *   waits at the step for several units (a disposition to two Bidang), it is that unit's task
   *   that closes.
   */
  async follow(
    letter: Pick<LetterRow, 'id' | 'complaint_id' | 'kind' | 'number'>,
    move: LetterMove,
    ctx: CallContext,
    options: { asAdministrator?: boolean; actingPositionId?: number | null } = {},
  ): Promise<void> {
    const complaintId = letter.complaint_id;
    const own = new Set(ctx.user?.positionIds ?? []);
    const preference = (positionId: number | null) => (positionId !== null && positionId === options.actingPositionId ? 0 : positionId !== null && own.has(positionId) ? 1 : 2);
    for (let i = 0; i < MAX_STEPS_PER_MOVE; i++) {
      const loaded = await this.runs.load(complaintId);
      if (!loaded) return i === 0 ? this.followWithoutRun(letter, move, ctx) : undefined;
      if (loaded.run.finished_at) return;
      const definition: SopDefinition = loaded.sop.definition;
      const match = replayRun(definition, loaded.events)
        .openTasks.map((task) => ({ task, step: definition.steps.find((s) => s.no === task.stepNo) }))
        .map(({ task, step }) => ({ task, result: step ? answerOf(step, letter.kind, move) : null }))
        .filter((m) => m.result !== null)
        .sort((a, b) => preference(a.task.recipientPositionId) - preference(b.task.recipientPositionId))[0];
      if (!match?.result) return;
      const { optionKey, reason } = match.result;
      try {
        await this.runs.apply(
          complaintId,
          ctx,
          (c) =>
            completeStep(c, {
              stepNo: match.task.stepNo,
              positionId: match.task.recipientPositionId,
              optionKey,
              reason,
              notes: `Dicatat dari ${LETTER_KIND_LABELS[letter.kind].toLowerCase()} #${letter.id}${letter.number ? ` nomor ${letter.number}` : ''}.`,
              outputRef: letter.number,
            }),
          { asAdministrator: options.asAdministrator ?? false },
        );
      } catch (err) {
        await recordAudit(this.runs.db, {
          entityType: 'workflow_run',
          entityId: complaintId,
          action: 'alur_tidak_bergerak',
          actor: ctx.actor,
          at: ctx.clock.now(),
          reason: `Langkah ${match.task.stepNo} tidak dapat dicatat dari surat #${letter.id}: ${err instanceof Error ? err.message : String(err)}`,
        });
        return;
      }
    }
  }

  private async followWithoutRun(letter: Pick<LetterRow, 'complaint_id' | 'kind' | 'number'>, move: LetterMove, ctx: CallContext): Promise<void> {
    const label = LETTER_KIND_LABELS[letter.kind];
    const target =
      move.kind === 'ajukan'
        ? { status: 'diproses' as const, reason: `${label} diajukan untuk paraf.` }
        : move.kind === 'kirim' && letter.kind === 'surat-jawaban'
          ? { status: 'dijawab' as const, reason: `Surat jawaban nomor ${letter.number ?? '-'} disampaikan (${DELIVERY_METHOD_LABELS[move.method]}).` }
          : null;
    if (!target) return;
    const complaint = await this.runs.db.selectFrom('complaints').select(['status', 'merged_into_id']).where('id', '=', letter.complaint_id).executeTakeFirst();
    if (!complaint || complaint.merged_into_id) return;
    const from = MAIN_LINE.indexOf(complaint.status as ComplaintStatus);
    const to = MAIN_LINE.indexOf(target.status);
    // Finished, refused or not-ours matters are left as the office set them.
    if (from < 0 || from >= to) return;
    for (const status of MAIN_LINE.slice(from + 1, to + 1)) await this.lifecycle.changeStatus(letter.complaint_id, status, target.reason, ctx);
  }
}
