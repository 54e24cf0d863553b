import type { Insertable } from 'kysely';
import type { SopDefinition } from '../../../shared/sop/sop-definition';
import type { RunEvent } from '../../../shared/workflow/run-events';
import type { DoneStep, OpenTask, RunState } from '../../../shared/workflow/run-state';
import { findActor, findStep } from '../../../shared/workflow/sop-navigation';
import type { TrayBox } from '../../../shared/workflow/tray';
import type { WorkflowTasksTable } from '../../db/database-schema';

/**
 * A run's derived state written down as tray rows. Waiting work goes into the tray of
 * every position that may act on it (the recipient of a disposed part; else every
 * position mapped to the step's actor); done work into the tray of the position that
 * acted. One row per task is `is_primary`, so counts and compliance never count twice.
 */

export interface TaskRowsInput {
  runId: number;
  complaintId: number;
  sopCode: string;
  definition: SopDefinition;
  state: RunState;
  events: readonly RunEvent[];
  /** Actor key → mapped positions. */
  mapping: ReadonlyMap<string, readonly number[]>;
  unitOf: ReadonlyMap<number, number>;
  /** Performer user id → the positions they hold. */
  positionsOfUser: ReadonlyMap<number, readonly number[]>;
}

type Row = Insertable<WorkflowTasksTable>;

/**
 * Who records a `publik` step: the positions mapped to the public actor when an office
 * did so, else the staff of the step that follows (seed 003: the Petugas Pelayanan meets
 * the complainant), else of the step before.
 */
function publicStepPositions(definition: SopDefinition, stepNo: number, mapping: ReadonlyMap<string, readonly number[]>, key: string): readonly number[] {
  const own = mapping.get(key);
  if (own && own.length > 0) return own;
  const step = findStep(definition, stepNo);
  const candidates = [step?.next ?? null, ...(step?.decision?.options.map((o) => o.goTo) ?? []), stepNo - 1];
  for (const no of candidates) {
    const other = no === null ? undefined : findStep(definition, no);
    for (const actor of other?.actors ?? []) {
      const positions = findActor(definition, actor)?.kind === 'jabatan' ? mapping.get(actor) : undefined;
      if (positions && positions.length > 0) return positions;
    }
  }
  return [];
}

export function openTaskPositions(definition: SopDefinition, task: Pick<OpenTask, 'stepNo' | 'actorKey' | 'recipientPositionId'>, mapping: ReadonlyMap<string, readonly number[]>): readonly number[] {
  if (task.recipientPositionId !== null) return [task.recipientPositionId];
  const kind = findActor(definition, task.actorKey)?.kind;
  if (kind === 'sistem') return [];
  if (kind === 'publik') return publicStepPositions(definition, task.stepNo, mapping, task.actorKey);
  return mapping.get(task.actorKey) ?? [];
}

function readAt(events: readonly RunEvent[], task: OpenTask): string | null {
  if (!task.read) return null;
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.type === 'task-read' && e.stepNo === task.stepNo && (e.positionId === null || e.positionId === task.recipientPositionId)) return e.at;
  }
  return null;
}

/** "Didisposisikan …", "Dikembalikan ke langkah 2", keyed by step and instant of the event that closed the task. */
function outcomeTexts(definition: SopDefinition, events: readonly RunEvent[], positionName: (id: number) => string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const e of events) {
    const key = (stepNo: number) => `${stepNo}|${e.at}`;
    if (e.type === 'disposed') texts.set(key(e.stepNo), `Didisposisikan kepada ${e.recipients.map(positionName).join(', ')}`);
    else if (e.type === 'returned') texts.set(key(e.stepNo), `Dikembalikan ke langkah ${e.toStepNo}`);
    else if (e.type === 'step-completed') {
      const option = e.optionKey ? findStep(definition, e.stepNo)?.decision?.options.find((o) => o.key === e.optionKey)?.label : undefined;
      const to = e.toStepNo === null ? 'Selesai' : `Diteruskan ke langkah ${e.toStepNo}`;
      texts.set(key(e.stepNo), option ? `${option}: ${to.charAt(0).toLowerCase()}${to.slice(1)}` : to);
    } else if (e.type === 'part-done') {
      texts.set(`${key(e.stepNo)}|${e.positionId}`, e.declinedReason ? 'Bagian ini dikembalikan' : 'Bagian ini selesai');
    }
  }
  return texts;
}

function donePosition(done: DoneStep, input: TaskRowsInput): number | null {
  if (done.recipientPositionId !== null) return done.recipientPositionId;
  if (done.performedBy.userId === null) return null;
  const held = input.positionsOfUser.get(done.performedBy.userId) ?? [];
  const keys = done.onBehalfOfPublic ? [...input.mapping.keys()] : [done.actedAs];
  for (const key of keys) {
    const match = (input.mapping.get(key) ?? []).find((p) => held.includes(p));
    if (match !== undefined) return match;
  }
  // An administrator recorded it: the row goes to the actor's first position.
  return input.mapping.get(done.actedAs)?.[0] ?? null;
}

export function buildTaskRows(input: TaskRowsInput, positionName: (id: number) => string): Row[] {
  const { state, definition } = input;
  const rows: Row[] = [];
  const paused = state.openPause ? 1 : 0;
  const base = { run_id: input.runId, complaint_id: input.complaintId, sop_code: input.sopCode, paused };

  for (const task of state.openTasks) {
    const positions = openTaskPositions(definition, task, input.mapping);
    const box: TrayBox = task.returnedFrom ? 'dikembalikan' : 'masuk';
    const common = {
      ...base,
      step_no: task.stepNo,
      actor_key: task.actorKey,
      part_position_id: task.recipientPositionId,
      box,
      sort_at: task.dueAt,
      read_at: readAt(input.events, task),
      received_at: task.since,
      due_at: task.dueAt,
      done_at: null,
      on_time: null,
      late_minutes: 0,
      urgency: task.urgency,
      reason: task.returnedFrom?.reason ?? task.reopenedReason,
      outcome_text: null,
    };
    if (positions.length === 0) rows.push({ ...common, position_id: null, unit_id: null, is_primary: 1 });
    positions.forEach((p, i) => rows.push({ ...common, position_id: p, unit_id: input.unitOf.get(p) ?? null, is_primary: i === 0 ? 1 : 0 }));
  }

  const texts = outcomeTexts(definition, input.events, positionName);
  const doneBox: TrayBox = state.finished ? 'selesai' : 'diteruskan';
  for (const done of state.doneSteps) {
    const position = donePosition(done, input);
    const key = `${done.stepNo}|${done.completedAt}`;
    rows.push({
      ...base,
      paused: 0,
      step_no: done.stepNo,
      actor_key: done.actedAs,
      part_position_id: done.recipientPositionId,
      position_id: position,
      unit_id: position === null ? null : (input.unitOf.get(position) ?? null),
      is_primary: 1,
      box: doneBox,
      sort_at: done.completedAt,
      read_at: null,
      received_at: done.startedAt,
      due_at: done.dueAt,
      done_at: done.completedAt,
      on_time: done.onTime === null ? null : done.onTime ? 1 : 0,
      late_minutes: done.lateMinutes,
      urgency: null,
      reason: done.reason,
      outcome_text: texts.get(`${key}|${done.recipientPositionId}`) ?? texts.get(key) ?? null,
    });
  }
  return rows;
}
