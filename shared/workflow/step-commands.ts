import type { DispositionUrgency } from './disposition-fields';
import {
  checkRunning,
  fail,
  findActing,
  performer,
  requireText,
  succeed,
  type Acting,
  type CommandContext,
  type CommandResult,
} from './run-command-guards';
import type { ReplayedRun } from './replay-run';
import type { RunEvent, RunEventOf } from './run-events';
import { actorLabel, findStep, routeAfter } from './sop-navigation';

/**
 * Completing, disposing and returning steps.
 *
 * Several recipients (a disposition to more than one unit): each recipient finishes its
 * own part; the step completes — and the next step opens — when the LAST recipient
 * finishes, and that recipient answers the step's decision if it has one. The disposer
 * may close the step before that (`closeDisposition`), withdrawing the parts still open,
 * because in practice one unit's answer is often enough. A recipient who finds the matter
 * is not theirs while others still work records their part as declined with the reason;
 * only the last one open can send the whole step back.
 */

export interface StepInput {
  stepNo: number;
  /** Which recipient part, when the user holds several of the recipient positions. */
  positionId?: number | null;
  /** The decision's answer; required when the step has a decision. */
  optionKey?: string | null;
  /** Required when the answer is a return. */
  reason?: string | null;
  notes?: string;
  outputRef?: string | null;
}

export interface DisposeInput extends StepInput {
  /** Positions of the next step's actor, one or more at once. */
  recipients: readonly number[];
  urgency?: DispositionUrgency;
  deadline?: Date | null;
}

const completionFields = (ctx: CommandContext, acting: Acting, input: StepInput) => ({
  at: ctx.at.toISOString(),
  by: performer(ctx.user),
  stepNo: acting.step.no,
  positionId: acting.task.recipientPositionId,
  actorKey: acting.actedAs,
  onBehalfOfPublic: acting.onBehalfOfPublic,
  notes: input.notes?.trim() ?? '',
  outputRef: input.outputRef ?? null,
  optionKey: input.optionKey ?? null,
});

/** Ends the run when the route ends and nothing else is open. */
const finishIfDone = (ctx: CommandContext, run: ReplayedRun, acting: Acting, toStepNo: number | null): RunEvent[] => {
  const othersOpen = run.openTasks.some((t) => t.stepNo !== acting.step.no);
  return toStepNo === null && !othersOpen ? [{ type: 'finished', at: ctx.at.toISOString(), by: performer(ctx.user) }] : [];
};

export function completeStep(ctx: CommandContext, input: StepInput): CommandResult {
  const run = checkRunning(ctx);
  if (!run.ok) return run;
  const acting = findActing(ctx, run.value, input.stepNo, input.positionId);
  if (!acting.ok) return acting;
  const fields = completionFields(ctx, acting.value, input);

  if (acting.value.otherParts.length > 0) {
    const option = input.optionKey ? acting.value.step.decision?.options.find((o) => o.key === input.optionKey) : undefined;
    let declinedReason: string | null = null;
    if (option?.isReturn) {
      const reason = requireText(input.reason, 'Tuliskan alasan bagian ini dikembalikan.');
      if (!reason.ok) return reason;
      declinedReason = reason.value;
    }
    return succeed([{ type: 'part-done', ...fields, positionId: acting.value.task.recipientPositionId as number, declinedReason }]);
  }

  const route = routeAfter(acting.value.step, input.optionKey);
  if (!route.ok) return fail('VALIDATION', route.message);
  if (route.option?.isReturn) {
    const reason = requireText(input.reason, `Tuliskan alasan pengembalian ("${route.option.label}").`);
    if (!reason.ok) return reason;
    if (route.toStepNo !== null) {
      return succeed([{ type: 'returned', ...fields, toStepNo: route.toStepNo, reason: reason.value }]);
    }
  }
  return succeed([
    { type: 'step-completed', ...fields, toStepNo: route.toStepNo, closedEarly: false },
    ...finishIfDone(ctx, run.value, acting.value, route.toStepNo),
  ]);
}

export function dispose(ctx: CommandContext, input: DisposeInput): CommandResult {
  const run = checkRunning(ctx);
  if (!run.ok) return run;
  const acting = findActing(ctx, run.value, input.stepNo, input.positionId);
  if (!acting.ok) return acting;
  const { step } = acting.value;
  if (step.outputKind !== 'disposisi') {
    return fail('VALIDATION', `Langkah ${step.no} tidak menghasilkan disposisi; selesaikan langkah ini biasa.`);
  }
  if (acting.value.otherParts.length > 0) {
    return fail('CONFLICT', `Penerima lain masih mengerjakan langkah ${step.no}; disposisi lanjutan setelah semua selesai.`);
  }
  const recipients = [...new Set(input.recipients)];
  if (recipients.length === 0) return fail('VALIDATION', 'Pilih paling sedikit satu penerima disposisi.');
  const route = routeAfter(step, input.optionKey);
  if (!route.ok) return fail('VALIDATION', route.message);
  if (route.option?.isReturn || route.toStepNo === null) {
    return fail('VALIDATION', 'Pilihan ini tidak meneruskan pengaduan; disposisi hanya untuk langkah yang berlanjut.');
  }
  if (input.deadline && input.deadline.getTime() <= ctx.at.getTime()) {
    return fail('VALIDATION', 'Batas waktu disposisi harus sesudah saat ini.');
  }
  return succeed([
    {
      type: 'disposed',
      ...completionFields(ctx, acting.value, input),
      toStepNo: route.toStepNo,
      recipients,
      urgency: input.urgency ?? 'biasa',
      deadline: input.deadline?.toISOString() ?? null,
    },
  ]);
}

/** Sends the matter back to a step already done in this run (a "no" that the SOP draws as an arrow). */
export function returnToStep(ctx: CommandContext, input: StepInput & { toStepNo: number }): CommandResult {
  const run = checkRunning(ctx);
  if (!run.ok) return run;
  const acting = findActing(ctx, run.value, input.stepNo, input.positionId);
  if (!acting.ok) return acting;
  const reason = requireText(input.reason, 'Tuliskan alasan pengembalian.');
  if (!reason.ok) return reason;
  const target = findStep(ctx.definition, input.toStepNo);
  const doneBefore = run.value.done.some((d) => d.task.stepNo === input.toStepNo);
  if (!target || !doneBefore || input.toStepNo === input.stepNo) {
    return fail('VALIDATION', `Pengaduan hanya dapat dikembalikan ke langkah yang sudah dilalui; langkah ${input.toStepNo} belum.`);
  }
  const fields = completionFields(ctx, acting.value, { ...input, optionKey: input.optionKey ?? null });
  if (acting.value.otherParts.length > 0) {
    return succeed([{ type: 'part-done', ...fields, positionId: acting.value.task.recipientPositionId as number, declinedReason: reason.value }]);
  }
  return succeed([{ type: 'returned', ...fields, toStepNo: input.toStepNo, reason: reason.value }]);
}

/**
 * The disposer closes a step still open at some recipients: their parts are withdrawn and
 * the step routes on. Only a holder of the actor who disposed may do so.
 */
export function closeDisposition(ctx: CommandContext, input: { stepNo: number; optionKey?: string | null; notes?: string }): CommandResult {
  const run = checkRunning(ctx);
  if (!run.ok) return run;
  const step = findStep(ctx.definition, input.stepNo);
  const parts = run.value.openTasks.filter((t) => t.stepNo === input.stepNo && t.recipientPositionId !== null);
  if (!step || parts.length === 0) return fail('CONFLICT', `Langkah ${input.stepNo} tidak sedang menunggu penerima disposisi.`);
  const disposal = [...ctx.events]
    .reverse()
    .find((e): e is RunEventOf<'disposed'> => e.type === 'disposed' && e.toStepNo === input.stepNo);
  const disposerStep = disposal ? findStep(ctx.definition, disposal.stepNo) : undefined;
  const disposerKeys = disposerStep?.actors ?? [];
  const actedAs = disposerKeys.find((k) => ctx.user.actorKeys.includes(k));
  if (!actedAs) {
    const who = disposerKeys.map((k) => actorLabel(ctx.definition, k)).join(' atau ') || 'pemberi disposisi';
    return fail('FORBIDDEN', `Hanya ${who} yang memberi disposisi dapat menutupnya lebih awal.`);
  }
  const route = routeAfter(step, input.optionKey);
  if (!route.ok) return fail('VALIDATION', route.message);
  const at = ctx.at.toISOString();
  const events: RunEvent[] = [
    {
      type: 'step-completed',
      at,
      by: performer(ctx.user),
      stepNo: step.no,
      positionId: null,
      actorKey: actedAs,
      onBehalfOfPublic: false,
      notes: input.notes?.trim() ?? '',
      outputRef: null,
      optionKey: input.optionKey ?? null,
      toStepNo: route.toStepNo,
      closedEarly: true,
    },
  ];
  const othersOpen = run.value.openTasks.some((t) => t.stepNo !== step.no);
  if (route.toStepNo === null && !othersOpen) events.push({ type: 'finished', at, by: performer(ctx.user) });
  return succeed(events);
}
