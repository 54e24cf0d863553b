import type { CallError, CallResult, ErrorCode } from '../contract/call-result';
import type { SopDefinition, SopStep } from '../sop/sop-definition';
import { openPause, replayRun, type ReplayedRun, type ReplayTask } from './replay-run';
import type { Performer, RunEvent } from './run-events';
import { actorLabel, findActor, findStep } from './sop-navigation';

/**
 * What every command shares: who asks, when, on which run; and the checks that come
 * before any command-specific rule. Commands never throw for a clerk's mistake: they
 * return a CallError with an Indonesian sentence, the same value the contract carries.
 */

/** The signed-in user as the engine needs them: the actor columns and positions they hold. */
export interface RunUser {
  userId: number;
  name: string;
  /** Actor keys of this SOP mapped to the user's positions (including acting Plt./Plh. posts). */
  actorKeys: readonly string[];
  positionIds: readonly number[];
}

export interface CommandContext {
  definition: SopDefinition;
  events: readonly RunEvent[];
  user: RunUser;
  /** From the injectable clock. */
  at: Date;
}

export type CommandResult = CallResult<RunEvent[]>;

export const fail = (code: ErrorCode, message: string): { ok: false; error: CallError } => ({
  ok: false,
  error: { code, message },
});
export const succeed = (events: RunEvent[]): CommandResult => ({ ok: true, value: events });

export const performer = (user: RunUser): Performer => ({ userId: user.userId, name: user.name });

export type Checked<T> = { ok: true; value: T } | { ok: false; error: CallError };

/** Replays the run and applies the checks every command after `start` needs. */
export function checkRunning(ctx: CommandContext, { allowPaused = false } = {}): Checked<ReplayedRun> {
  const run = replayRun(ctx.definition, ctx.events);
  if (!run.started) return fail('CONFLICT', 'Pengaduan ini belum masuk alur SOP.');
  const timing = checkTiming(ctx, run);
  if (!timing.ok) return timing;
  if (run.ending) return fail('CONFLICT', 'Alur SOP pengaduan ini sudah selesai; buka kembali bila perlu ditangani lagi.');
  if (!allowPaused && openPause(run)) {
    return fail('CONFLICT', 'Jam proses sedang dihentikan sementara; lanjutkan dulu sebelum menyelesaikan langkah.');
  }
  return { ok: true, value: run };
}

/** Events are appended in time order; a clock set back must not rewrite history. */
export function checkTiming(ctx: CommandContext, run: ReplayedRun): Checked<null> {
  if (run.lastAt && ctx.at.getTime() < Date.parse(run.lastAt)) {
    return fail('CONFLICT', 'Waktu tindakan lebih awal dari kejadian terakhir; periksa jam komputer.');
  }
  return { ok: true, value: null };
}

export const requireText = (value: string | undefined | null, message: string): Checked<string> => {
  const text = value?.trim() ?? '';
  return text ? { ok: true, value: text } : fail('VALIDATION', message);
};

/** The user's hold on a task: as which actor, and whether for the complainant. */
export interface Acting {
  task: ReplayTask;
  step: SopStep;
  actedAs: string;
  onBehalfOfPublic: boolean;
  /** Other recipients of the same step who have not finished yet. */
  otherParts: ReplayTask[];
}

const labels = (definition: SopDefinition, keys: readonly string[]) => keys.map((k) => actorLabel(definition, k)).join(' atau ');

/**
 * Finds the task the user means and checks they may act on it: only an actor of the step
 * (any actor column marked on its row); a recipient's part only by a holder of that
 * position; a `publik` step by any staff member of the SOP, recorded for the complainant;
 * a `sistem` step by nobody.
 */
export function findActing(
  ctx: CommandContext,
  run: ReplayedRun,
  stepNo: number,
  positionId?: number | null,
): Checked<Acting> {
  const { definition, user } = ctx;
  const step = findStep(definition, stepNo);
  if (!step) return fail('VALIDATION', `Langkah ${stepNo} tidak ada dalam SOP ini.`);
  const tasks = run.openTasks.filter((t) => t.stepNo === stepNo);
  if (tasks.length === 0) return fail('CONFLICT', `Langkah ${stepNo} tidak sedang menunggu tindakan.`);

  const acting = findActor(definition, step.actors[0] ?? '');
  if (acting?.kind === 'sistem') {
    return fail('FORBIDDEN', `Langkah ${stepNo} diselesaikan oleh sistem setelah waktunya lewat, bukan oleh pengguna.`);
  }
  let actedAs: string | undefined;
  let onBehalfOfPublic = false;
  if (acting?.kind === 'publik') {
    const staff = definition.actors.some((a) => a.kind === 'jabatan' && user.actorKeys.includes(a.key));
    if (!staff) return fail('FORBIDDEN', `Langkah ${stepNo} dicatat oleh petugas yang menjadi pelaksana SOP ini atas nama ${acting.label}.`);
    actedAs = acting.key;
    onBehalfOfPublic = true;
  } else {
    actedAs = step.actors.find((k) => user.actorKeys.includes(k));
    if (!actedAs) {
      return fail('FORBIDDEN', `Langkah ${stepNo} hanya dapat diselesaikan oleh ${labels(definition, step.actors)}; Anda tidak memegang jabatan itu.`);
    }
  }

  let task = tasks[0] as ReplayTask;
  if (tasks.some((t) => t.recipientPositionId !== null)) {
    const mine = tasks.filter((t) => t.recipientPositionId !== null && user.positionIds.includes(t.recipientPositionId));
    const chosen = positionId ? mine.find((t) => t.recipientPositionId === positionId) : mine.length === 1 ? mine[0] : undefined;
    if (!chosen) {
      return fail(
        mine.length > 1 ? 'VALIDATION' : 'FORBIDDEN',
        mine.length > 1
          ? 'Anda memegang lebih dari satu jabatan penerima; pilih jabatan yang menyelesaikan bagian ini.'
          : `Langkah ${stepNo} didisposisikan kepada jabatan lain; bagian ini bukan untuk Anda.`,
      );
    }
    task = chosen;
  }
  return { ok: true, value: { task, step, actedAs, onBehalfOfPublic, otherParts: tasks.filter((t) => t !== task) } };
}

/** Whether the user holds any staff column of this SOP (pausing, reopening, recording for the public). */
export const isStaffOfSop = (ctx: CommandContext) =>
  ctx.definition.actors.some((a) => a.kind === 'jabatan' && ctx.user.actorKeys.includes(a.key));
