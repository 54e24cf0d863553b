import type { OfficeTimeZone } from '../office/time-zones';
import type { SopDefinition } from '../sop/sop-definition';
import { DISPOSITION_URGENCY_HOURS } from './disposition-fields';
import type { ClockPause, DueTimeCalculator } from './due-time';
import { openPause, replayRun, type ReplayPause, type ReplayTask } from './replay-run';
import type { RunEvent } from './run-events';
import type { DoneStep, OpenTask, RunState } from './run-state';
import { describeRun } from './run-status-sentence';
import { actorLabel, findStep } from './sop-navigation';

export interface DeriveOptions {
  /** The office's zone, for the sentence. Default WIB. */
  zone?: OfficeTimeZone;
  /** The current instant: marks overdue tasks and counts an open pause up to now. */
  now?: Date;
  /** Names positions in the sentence ("Bidang UKM"); without it the actor's label is used. */
  positionName?: (positionId: number) => string | undefined;
}

const MINUTE = 60_000;
/** The largest Date: what a calendar returns while its clock stands still (no working time left, open pause). */
const CLOCK_STOPPED_MS = 8.64e15;
const ms = (iso: string) => Date.parse(iso);

/**
 * The pauses that matter to a task open from `since` until `until`, clipped to that span:
 * the calculator then only has to add them, whatever it does with pauses outside.
 */
function pausesWithin(pauses: readonly ReplayPause[], since: string, until: Date | null): ClockPause[] {
  const start = ms(since);
  const end = until?.getTime() ?? Infinity;
  const result: ClockPause[] = [];
  for (const p of pauses) {
    const from = Math.max(ms(p.from), start);
    const to = p.to === null ? end : Math.min(ms(p.to), end);
    if (to <= from) continue;
    result.push({ from: new Date(from), to: Number.isFinite(to) ? new Date(to) : null, reason: p.reason });
  }
  return result;
}

/**
 * The due time of a task: the deadline written on its disposition slip if any; otherwise
 * the step's standard time, tightened by the slip's urgency ("sangat segera" 24 hours,
 * "segera" 48 hours, on the wall clock as DOMAIN.md's time rules say).
 */
export function taskDueAt(
  definition: SopDefinition,
  task: ReplayTask,
  pauses: readonly ReplayPause[],
  calculator: DueTimeCalculator,
  until: Date | null,
): Date | null {
  if (task.deadline) return new Date(task.deadline);
  const clipped = pausesWithin(pauses, task.since, until);
  if (clipped.some((p) => p.to === null)) return null; // clock stands still and nobody said how long yet
  const start = new Date(task.since);
  const standard = findStep(definition, task.stepNo)?.standardTime;
  const candidates: Date[] = [];
  if (standard) candidates.push(calculator.dueAt(start, standard, clipped));
  const hours = task.urgency ? DISPOSITION_URGENCY_HOURS[task.urgency] : undefined;
  if (hours) candidates.push(calculator.dueAt(start, { amount: hours, unit: 'jam', workingTime: false }, clipped));
  const earliest = Math.min(...candidates.map((d) => d.getTime()));
  return candidates.length === 0 || earliest >= CLOCK_STOPPED_MS ? null : new Date(earliest);
}

export function deriveRunState(
  definition: SopDefinition,
  events: readonly RunEvent[],
  calculator: DueTimeCalculator,
  options: DeriveOptions = {},
): RunState {
  const run = replayRun(definition, events);
  const now = options.now ?? null;

  const openTasks: OpenTask[] = run.openTasks.map((task) => {
    const due = taskDueAt(definition, task, run.pauses, calculator, now);
    return {
      stepNo: task.stepNo,
      activity: findStep(definition, task.stepNo)?.activity ?? '',
      actorKey: task.actorKey,
      actorLabel: actorLabel(definition, task.actorKey),
      recipientPositionId: task.recipientPositionId,
      since: task.since,
      dueAt: due?.toISOString() ?? null,
      read: task.read,
      overdue: !!(due && now && now.getTime() > due.getTime()),
      returnedFrom: task.returnedFrom,
      reopenedReason: task.reopenedReason,
      urgency: task.urgency,
    };
  });

  const doneSteps: DoneStep[] = run.done.map((d) => {
    const completed = new Date(d.completedAt);
    const due = taskDueAt(definition, d.task, run.pauses, calculator, completed);
    const late = due ? Math.max(0, Math.round((completed.getTime() - due.getTime()) / MINUTE)) : 0;
    return {
      stepNo: d.task.stepNo,
      actorKey: d.task.actorKey,
      actedAs: d.actedAs,
      recipientPositionId: d.task.recipientPositionId,
      performedBy: d.by,
      onBehalfOfPublic: d.onBehalfOfPublic,
      startedAt: d.task.since,
      completedAt: d.completedAt,
      dueAt: due?.toISOString() ?? null,
      durationMinutes: Math.round((completed.getTime() - ms(d.task.since)) / MINUTE),
      lateMinutes: late,
      onTime: due ? completed.getTime() <= due.getTime() : null,
      outcome: d.outcome,
      reason: d.reason,
      notes: d.notes,
      outputRef: d.outputRef,
      optionKey: d.optionKey,
    };
  });

  const unique = (nos: number[]) => [...new Set(nos)].sort((a, b) => a - b);
  const pause = openPause(run);
  const state: RunState = {
    started: run.started !== null,
    startedAt: run.started?.at ?? null,
    sopCode: run.started?.sopCode ?? null,
    sopVersion: run.started?.sopVersion ?? null,
    openTasks,
    doneSteps,
    chart: { doneStepNos: unique(doneSteps.map((d) => d.stepNo)), currentStepNos: unique(openTasks.map((t) => t.stepNo)) },
    finished: run.ending !== null,
    ending: run.ending,
    openPause: pause ? { from: pause.from, reason: pause.reason } : null,
    sentence: '',
  };
  state.sentence = describeRun(state, { zone: options.zone ?? 'WIB', positionName: options.positionName });
  return state;
}
