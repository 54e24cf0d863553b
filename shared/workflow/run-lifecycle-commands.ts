import {
  checkRunning,
  checkTiming,
  fail,
  findActing,
  isStaffOfSop,
  performer,
  requireText,
  succeed,
  type CommandContext,
  type CommandResult,
} from './run-command-guards';
import { openPause, replayRun } from './replay-run';
import { findStep, firstStep } from './sop-navigation';

/** Starting, pausing, resuming, reading, "bukan kewenangan" and reopening a run. */

/**
 * Puts a complaint into its SOP. `stepNo` starts elsewhere than the first row — seed 001
 * step 3: a report may reach Admin Instansi straight from the public.
 */
export function startRun(ctx: CommandContext, input: { sopVersion: number; stepNo?: number }): CommandResult {
  const run = replayRun(ctx.definition, ctx.events);
  if (run.started) return fail('CONFLICT', 'Pengaduan ini sudah berjalan dalam alur SOP.');
  const stepNo = input.stepNo ?? firstStep(ctx.definition).no;
  if (!findStep(ctx.definition, stepNo)) return fail('VALIDATION', `Langkah ${stepNo} tidak ada dalam SOP ini.`);
  return succeed([
    {
      type: 'started',
      at: ctx.at.toISOString(),
      by: performer(ctx.user),
      sopCode: ctx.definition.code,
      sopVersion: input.sopVersion,
      stepNo,
    },
  ]);
}

/** Opening a task in the tray marks it read; opening it again changes nothing. */
export function markRead(ctx: CommandContext, input: { stepNo: number; positionId?: number | null }): CommandResult {
  const run = checkRunning(ctx, { allowPaused: true });
  if (!run.ok) return run;
  const acting = findActing(ctx, run.value, input.stepNo, input.positionId);
  if (!acting.ok) return acting;
  if (acting.value.task.read) return succeed([]);
  return succeed([
    {
      type: 'task-read',
      at: ctx.at.toISOString(),
      by: performer(ctx.user),
      stepNo: input.stepNo,
      positionId: acting.value.task.recipientPositionId,
    },
  ]);
}

/**
 * Stops the clock while the office waits for the complainant (missing documents, a
 * clarification). The due times move by the paused working time — the calculator's job.
 */
export function pauseRun(ctx: CommandContext, input: { reason: string }): CommandResult {
  const run = checkRunning(ctx);
  if (!run.ok) return run;
  if (!isStaffOfSop(ctx)) return fail('FORBIDDEN', 'Hanya pelaksana SOP ini yang dapat menghentikan sementara jam proses.');
  const reason = requireText(input.reason, 'Tuliskan alasan jam proses dihentikan sementara.');
  if (!reason.ok) return reason;
  return succeed([{ type: 'paused', at: ctx.at.toISOString(), by: performer(ctx.user), reason: reason.value }]);
}

export function resumeRun(ctx: CommandContext): CommandResult {
  const run = checkRunning(ctx, { allowPaused: true });
  if (!run.ok) return run;
  if (!openPause(run.value)) return fail('CONFLICT', 'Jam proses tidak sedang dihentikan.');
  if (!isStaffOfSop(ctx)) return fail('FORBIDDEN', 'Hanya pelaksana SOP ini yang dapat melanjutkan jam proses.');
  return succeed([{ type: 'resumed', at: ctx.at.toISOString(), by: performer(ctx.user) }]);
}

/**
 * "Bukan kewenangan" (seed 001): the holder of the current step returns the whole matter
 * to the level above; the run ends here with the reason, and may be reopened.
 */
export function returnAbove(ctx: CommandContext, input: { stepNo: number; reason: string; positionId?: number | null }): CommandResult {
  const run = checkRunning(ctx, { allowPaused: true });
  if (!run.ok) return run;
  const acting = findActing(ctx, run.value, input.stepNo, input.positionId);
  if (!acting.ok) return acting;
  const reason = requireText(input.reason, 'Tuliskan mengapa pengaduan ini bukan kewenangan kantor ini.');
  if (!reason.ok) return reason;
  const at = ctx.at.toISOString();
  // A pause still open ends with the matter: the clock of a returned complaint stops anyway.
  const resume = openPause(run.value) ? [{ type: 'resumed' as const, at, by: performer(ctx.user) }] : [];
  return succeed([...resume, { type: 'returned-above', at, by: performer(ctx.user), stepNo: input.stepNo, reason: reason.value }]);
}

/** Opens a finished (or returned) run again at a step; by default where it left off, or the last one done. */
export function reopenRun(ctx: CommandContext, input: { reason: string; stepNo?: number }): CommandResult {
  const run = replayRun(ctx.definition, ctx.events);
  if (!run.started) return fail('CONFLICT', 'Pengaduan ini belum masuk alur SOP.');
  const timing = checkTiming(ctx, run);
  if (!timing.ok) return timing;
  if (!run.ending) return fail('CONFLICT', 'Alur SOP pengaduan ini masih berjalan; tidak perlu dibuka kembali.');
  if (!isStaffOfSop(ctx)) return fail('FORBIDDEN', 'Hanya pelaksana SOP ini yang dapat membuka kembali pengaduan.');
  const reason = requireText(input.reason, 'Tuliskan alasan pengaduan dibuka kembali.');
  if (!reason.ok) return reason;
  const stepNo = input.stepNo ?? run.ending.stepNo ?? run.done.at(-1)?.task.stepNo ?? firstStep(ctx.definition).no;
  if (!findStep(ctx.definition, stepNo)) return fail('VALIDATION', `Langkah ${stepNo} tidak ada dalam SOP ini.`);
  return succeed([{ type: 'reopened', at: ctx.at.toISOString(), by: performer(ctx.user), stepNo, reason: reason.value }]);
}
