import { describe, expect, it } from 'vitest';
import { SOP_PRESETS } from '../../../shared/sop/presets';
import type { SopDefinition, SopStep } from '../../../shared/sop/sop-definition';
import { completeStep, dispose } from '../../../shared/workflow/step-commands';
import { startRun } from '../../../shared/workflow/run-lifecycle-commands';
import { finishDueSystemSteps } from '../../../shared/workflow/system-steps';
import { danglingRoutes, findActor, findStep } from '../../../shared/workflow/sop-navigation';
import { RunDriver, user } from './run-driver';
import { wallClockCalculator } from './wall-clock-calculator';

/**
 * Each of the five seed SOPs, walked from its first step to its end once for every answer
 * of every decision (returns included), by one user who holds every column. Dispositions
 * go to two positions at once, so the fan-out and the join are walked too.
 */

/** Forward edges (no returns) for finding the way to a step. */
const forwardTargets = (step: SopStep): Array<number | null> =>
  step.decision ? step.decision.options.filter((o) => !o.isReturn).map((o) => o.goTo) : [step.next];

function distanceTo(definition: SopDefinition, from: number | null, target: number): number {
  const seen = new Set<number>();
  let frontier: Array<number | null> = [from];
  for (let d = 0; frontier.length > 0; d++) {
    if (frontier.includes(target)) return d;
    const next: Array<number | null> = [];
    for (const no of frontier) {
      if (no === null || seen.has(no)) continue;
      seen.add(no);
      const step = findStep(definition, no);
      if (step) next.push(...forwardTargets(step));
    }
    frontier = next;
  }
  return Infinity;
}

/** Walks to the end, answering `target` with `optionKey` the first time it is reached. */
function walk(definition: SopDefinition, target: { stepNo: number; optionKey: string } | null) {
  const everyone = user('Pelaksana Uji', definition.actors.map((a) => a.key), [101, 102]);
  const run = new RunDriver(definition, '2026-11-23T01:00:00.000Z');
  run.do(startRun(run.ctx(everyone), { sopVersion: 1 }));
  let targetTaken = target === null;
  for (let i = 0; i < 200; i++) {
    const state = run.state();
    if (state.finished) return { run, targetTaken };
    const task = state.openTasks[0];
    if (!task) throw new Error('Tidak ada langkah terbuka tetapi alur belum selesai.');
    const step = findStep(definition, task.stepNo) as SopStep;
    run.wait(1);
    if (findActor(definition, task.actorKey)?.kind === 'sistem') {
      const added = finishDueSystemSteps(definition, run.events, wallClockCalculator, new Date(run.time.getTime() + 400 * 86_400_000));
      if (added.length === 0) throw new Error(`Langkah sistem ${step.no} tidak selesai sendiri.`);
      run.events.push(...added);
      run.at(added.at(-1)?.at ?? run.time.toISOString());
      continue;
    }
    let optionKey: string | null = null;
    let reason: string | null = null;
    if (step.decision) {
      const options = step.decision.options;
      const chosen =
        !targetTaken && target?.stepNo === step.no
          ? options.find((o) => o.key === target.optionKey)
          : !targetTaken && target
            ? [...options].filter((o) => !o.isReturn).sort((a, b) => distanceTo(definition, a.goTo, target.stepNo) - distanceTo(definition, b.goTo, target.stepNo))[0]
            : options.find((o) => !o.isReturn);
      if (!chosen) throw new Error(`Langkah ${step.no}: tidak ada pilihan.`);
      if (target?.stepNo === step.no && chosen.key === target.optionKey) targetTaken = true;
      optionKey = chosen.key;
      reason = chosen.isReturn ? 'Dikembalikan dalam uji' : null;
    }
    const input = { stepNo: step.no, positionId: task.recipientPositionId, optionKey, reason, notes: `Langkah ${step.no}` };
    const route = step.decision?.options.find((o) => o.key === optionKey);
    const forwards = route ? !route.isReturn && route.goTo !== null : step.next !== null;
    if (step.outputKind === 'disposisi' && forwards && state.openTasks.length === 1) {
      run.do(dispose(run.ctx(everyone), { ...input, recipients: [101, 102] }));
    } else {
      run.do(completeStep(run.ctx(everyone), input));
    }
  }
  throw new Error('Alur tidak selesai dalam 200 langkah.');
}

describe.each(SOP_PRESETS.map((p) => [p.id, p.definition] as const))('seed SOP %s', (_id, definition) => {
  it('has no answer leading to a missing step', () => {
    expect(danglingRoutes(definition)).toEqual([]);
  });

  it('runs straight through to the end', () => {
    const { run } = walk(definition, null);
    const state = run.state();
    expect(state.finished).toBe(true);
    expect(state.chart.currentStepNos).toEqual([]);
    expect(state.doneSteps[0]?.stepNo).toBe(definition.steps[0]?.no);
  });

  // Seed 000 has no decision: the straight run above is its only path.
  const branches = definition.steps.flatMap((s) => (s.decision?.options ?? []).map((o) => [s.no, o.key, o.isReturn] as const));
  if (branches.length === 0) return;
  it.each(branches)('answers step %s with "%s" and still reaches the end', (stepNo, optionKey, isReturn) => {
    const { run, targetTaken } = walk(definition, { stepNo, optionKey });
    expect(targetTaken).toBe(true);
    const state = run.state();
    expect(state.finished).toBe(true);
    const answered = state.doneSteps.find((d) => d.stepNo === stepNo && d.optionKey === optionKey);
    expect(answered?.outcome).toBe(isReturn ? 'dikembalikan' : 'selesai');
    if (isReturn) expect(answered?.reason).toBe('Dikembalikan dalam uji');
  });
});
