import type { SopDefinition } from '../sop/sop-definition';
import { taskDueAt } from './derive-run-state';
import type { DueTimeCalculator } from './due-time';
import { openPause, replayRun } from './replay-run';
import { SYSTEM_PERFORMER, type RunEvent } from './run-events';
import { findActor, findStep } from './sop-navigation';

/**
 * Steps whose actor is `sistem` (seed 001 step 11: "laporan selesai dan menunggu penutupan
 * sistem", 10 days) finish by themselves once their time has passed. The backend calls this
 * with "now" (on opening a case, on a timer) and appends what it returns. Each completion
 * is dated at the due instant, not at "now", so a run checked late still shows the day the
 * system closed it.
 */
export function finishDueSystemSteps(
  definition: SopDefinition,
  events: readonly RunEvent[],
  calculator: DueTimeCalculator,
  now: Date,
): RunEvent[] {
  const added: RunEvent[] = [];
  // Each pass may open another system step; the SOP has at most 60 steps.
  for (let pass = 0; pass < 60; pass++) {
    const all = [...events, ...added];
    const run = replayRun(definition, all);
    if (!run.started || run.ending || openPause(run)) break;
    const task = run.openTasks.find((t) => findActor(definition, t.actorKey)?.kind === 'sistem');
    const step = task ? findStep(definition, task.stepNo) : undefined;
    // A system step that asks a question cannot answer it by itself: leave it to a person.
    if (!task || !step || step.decision) break;
    const due = taskDueAt(definition, task, run.pauses, calculator, now);
    if (!due || due.getTime() > now.getTime()) break;
    // Never date an event before the last one (a late manual event keeps the order).
    const at = new Date(Math.max(due.getTime(), Date.parse(run.lastAt ?? due.toISOString()))).toISOString();
    added.push({
      type: 'step-completed',
      at,
      by: SYSTEM_PERFORMER,
      stepNo: step.no,
      positionId: null,
      actorKey: task.actorKey,
      onBehalfOfPublic: false,
      notes: 'Ditutup otomatis oleh sistem setelah waktu baku terlampaui.',
      outputRef: null,
      optionKey: null,
      toStepNo: step.next,
      closedEarly: false,
    });
    if (step.next === null && run.openTasks.length === 1) added.push({ type: 'finished', at, by: SYSTEM_PERFORMER });
  }
  return added;
}
