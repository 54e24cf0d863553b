import type { DispositionUrgency } from './disposition-fields';
import type { DoneOutcome, RunEnding } from './replay-run';
import type { Performer } from './run-events';

/**
 * Where a run stands, derived from its events and the working calendar. Instants are ISO
 * strings so the state crosses the renderer↔main boundary as it is.
 */

/** One piece of work in a tray. */
export interface OpenTask {
  stepNo: number;
  activity: string;
  actorKey: string;
  actorLabel: string;
  /** The position this part was disposed to; null when the step went to the actor as a whole. */
  recipientPositionId: number | null;
  since: string;
  /** Null when the step has no standard time (seed 004 step 1) — or while the clock is paused with no `now` given. */
  dueAt: string | null;
  read: boolean;
  /** Only known when `now` was given to the derivation. */
  overdue: boolean;
  returnedFrom: { stepNo: number; reason: string; at: string } | null;
  reopenedReason: string | null;
  urgency: DispositionUrgency | null;
}

/** One completed step (or one recipient's part of it): the record compliance figures are made of. */
export interface DoneStep {
  stepNo: number;
  actorKey: string;
  /** The actor column the performer acted as (may be a secondary actor of the row). */
  actedAs: string;
  recipientPositionId: number | null;
  performedBy: Performer;
  onBehalfOfPublic: boolean;
  startedAt: string;
  completedAt: string;
  dueAt: string | null;
  /** Wall-clock minutes from the task opening to its completion. */
  durationMinutes: number;
  /** Wall-clock minutes past the due time; 0 when on time or when no time applies. */
  lateMinutes: number;
  /** Null when the step has no standard time. */
  onTime: boolean | null;
  outcome: DoneOutcome;
  reason: string | null;
  notes: string;
  outputRef: string | null;
  optionKey: string | null;
}

/** What the SOP chart highlights for one complaint. */
export interface ChartHighlight {
  doneStepNos: number[];
  currentStepNos: number[];
}

export interface RunState {
  started: boolean;
  startedAt: string | null;
  sopCode: string | null;
  sopVersion: number | null;
  openTasks: OpenTask[];
  doneSteps: DoneStep[];
  chart: ChartHighlight;
  finished: boolean;
  /** How the run ended: done, or returned to the level above as not ours. */
  ending: RunEnding | null;
  openPause: { from: string; reason: string } | null;
  /** "Menunggu Kepala Dinas: telaah surat aduan, tenggat Selasa, 24 November 2026 10.30 WITA" */
  sentence: string;
}
