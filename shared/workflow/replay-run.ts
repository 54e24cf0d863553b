import type { SopDefinition } from '../sop/sop-definition';
import type { DispositionUrgency } from './disposition-fields';
import type { Performer, RunEvent } from './run-events';
import { findStep } from './sop-navigation';

/**
 * Folds a run's events into who holds what, without any calendar: the commands need only
 * this to check a request, and `deriveRunState` adds the due times on top. Kept free of
 * the calculator so validating a click never depends on the working calendar.
 */

/** A piece of work waiting in someone's tray. */
export interface ReplayTask {
  stepNo: number;
  /** The actor column that acts on this step (its first actor). */
  actorKey: string;
  /** Set when the step was disposed to named positions: one task per recipient. */
  recipientPositionId: number | null;
  since: string;
  read: boolean;
  /** The matter came back here: from which step, why. */
  returnedFrom: { stepNo: number; reason: string; at: string } | null;
  reopenedReason: string | null;
  /** From the lembar disposisi that opened this task. */
  urgency: DispositionUrgency | null;
  deadline: string | null;
}

export type DoneOutcome = 'selesai' | 'dikembalikan' | 'ditolak-penerima';

/** A finished task: the paper trail of one step (or one recipient's part of it). */
export interface ReplayDone {
  task: ReplayTask;
  completedAt: string;
  by: Performer;
  actedAs: string;
  onBehalfOfPublic: boolean;
  notes: string;
  outputRef: string | null;
  optionKey: string | null;
  outcome: DoneOutcome;
  /** The reason of a return, or of a recipient declining ("bukan kewenangan kami"). */
  reason: string | null;
}

export interface ReplayPause {
  from: string;
  to: string | null;
  reason: string;
}

export interface RunEnding {
  kind: 'selesai' | 'bukan-kewenangan';
  at: string;
  reason: string | null;
  /** The step the matter was at when it left (bukan kewenangan); reopening starts there. */
  stepNo: number | null;
}

export interface ReplayedRun {
  started: { at: string; sopCode: string; sopVersion: number } | null;
  openTasks: ReplayTask[];
  done: ReplayDone[];
  pauses: ReplayPause[];
  ending: RunEnding | null;
  lastAt: string | null;
}

const sameTask = (t: ReplayTask, stepNo: number, positionId: number | null) =>
  t.stepNo === stepNo && (positionId === null || t.recipientPositionId === positionId);

export function replayRun(definition: SopDefinition, events: readonly RunEvent[]): ReplayedRun {
  const run: ReplayedRun = { started: null, openTasks: [], done: [], pauses: [], ending: null, lastAt: null };

  const open = (stepNo: number, at: string, extra: Partial<ReplayTask> = {}) => {
    const step = findStep(definition, stepNo);
    run.openTasks.push({
      stepNo,
      actorKey: step?.actors[0] ?? '',
      recipientPositionId: null,
      since: at,
      read: false,
      returnedFrom: null,
      reopenedReason: null,
      urgency: null,
      deadline: null,
      ...extra,
    });
  };

  // Closes the matching tasks; the first one closed gets the paper trail, the others
  // (parts withdrawn when a disposer closes early) simply leave the tray.
  const close = (
    e: Extract<RunEvent, { stepNo: number; notes: string }>,
    outcome: DoneOutcome,
    reason: string | null,
    onlyPosition: number | null,
  ) => {
    const byPosition = onlyPosition ?? e.positionId;
    const closing = run.openTasks.filter((t) => sameTask(t, e.stepNo, onlyPosition));
    // A disposer closing early acts for the step as a whole, not for one recipient's part.
    const first = closing[0];
    const performer =
      closing.find((t) => t.recipientPositionId === byPosition) ?? (first ? { ...first, recipientPositionId: null } : undefined);
    run.openTasks = run.openTasks.filter((t) => !closing.includes(t));
    if (!performer) return;
    run.done.push({
      task: performer,
      completedAt: e.at,
      by: e.by,
      actedAs: e.actorKey,
      onBehalfOfPublic: e.onBehalfOfPublic,
      notes: e.notes,
      outputRef: e.outputRef,
      optionKey: e.optionKey,
      outcome,
      reason,
    });
  };

  for (const e of events) {
    run.lastAt = e.at;
    switch (e.type) {
      case 'started':
        run.started = { at: e.at, sopCode: e.sopCode, sopVersion: e.sopVersion };
        open(e.stepNo, e.at);
        break;
      case 'task-read':
        for (const t of run.openTasks) if (sameTask(t, e.stepNo, e.positionId)) t.read = true;
        break;
      case 'step-completed':
        close(e, 'selesai', null, null);
        if (e.toStepNo !== null) open(e.toStepNo, e.at);
        break;
      case 'part-done':
        close(e, e.declinedReason ? 'ditolak-penerima' : 'selesai', e.declinedReason, e.positionId);
        break;
      case 'disposed':
        close(e, 'selesai', null, null);
        for (const recipient of e.recipients) {
          open(e.toStepNo, e.at, { recipientPositionId: recipient, urgency: e.urgency, deadline: e.deadline });
        }
        break;
      case 'returned':
        close(e, 'dikembalikan', e.reason, null);
        open(e.toStepNo, e.at, { returnedFrom: { stepNo: e.stepNo, reason: e.reason, at: e.at } });
        break;
      case 'paused':
        run.pauses.push({ from: e.at, to: null, reason: e.reason });
        break;
      case 'resumed': {
        const pause = run.pauses.at(-1);
        if (pause && pause.to === null) pause.to = e.at;
        break;
      }
      case 'returned-above':
        run.openTasks = [];
        run.ending = { kind: 'bukan-kewenangan', at: e.at, reason: e.reason, stepNo: e.stepNo };
        break;
      case 'finished':
        run.openTasks = [];
        run.ending = { kind: 'selesai', at: e.at, reason: null, stepNo: null };
        break;
      case 'reopened':
        run.ending = null;
        open(e.stepNo, e.at, { reopenedReason: e.reason });
        break;
    }
  }
  return run;
}

export const openPause = (run: ReplayedRun): ReplayPause | null => {
  const last = run.pauses.at(-1);
  return last && last.to === null ? last : null;
};
