import type { Generated } from 'kysely';

/** Tables of the SOP engine: actor mapping, runs, events, tray tasks, compliance, dispositions, telaah, teams. */

/** An SOP actor column stands for this office position (several positions per actor allowed). */
export interface SopActorPositionsTable {
  sop_code: string;
  actor_key: string;
  position_id: number;
  updated_by: string;
  updated_at: string;
}

/** A complaint running through one SOP version. */
export interface WorkflowRunsTable {
  id: Generated<number>;
  complaint_id: number;
  sop_version_id: number;
  sop_code: string;
  started_at: string;
  finished_at: string | null;
  ending: string | null;
  paused: number;
  event_count: number;
  updated_at: string;
}

/** One engine event of a run (shared/workflow/run-events.ts), append-only. */
export interface WorkflowEventsTable {
  run_id: number;
  seq: number;
  type: string;
  payload_json: string;
  at: string;
  user_id: number | null;
  user_name: string;
}

/** The tray: a run's tasks as derived after its last change, one row per tray position. */
export interface WorkflowTasksTable {
  id: Generated<number>;
  run_id: number;
  complaint_id: number;
  sop_code: string;
  step_no: number;
  actor_key: string;
  part_position_id: number | null;
  position_id: number | null;
  unit_id: number | null;
  is_primary: number;
  box: 'masuk' | 'dikembalikan' | 'diteruskan' | 'selesai';
  sort_at: string | null;
  read_at: string | null;
  received_at: string;
  due_at: string | null;
  done_at: string | null;
  on_time: number | null;
  late_minutes: number;
  urgency: string | null;
  reason: string | null;
  outcome_text: string | null;
  paused: number;
}

/** Compliance figures per time zone, office day, unit (0: none), SOP code and step (migration 0012). */
export interface WorkflowComplianceDaysTable {
  zone: 'WIB' | 'WITA' | 'WIT';
  day: string;
  unit_id: number;
  sop_code: string;
  step_no: number;
  total: number;
  on_time: number;
  late: number;
  untimed: number;
  delay_sum: number;
  worst: number;
}

/** A lembar disposisi as the official filled it in. */
export interface WorkflowDispositionsTable {
  id: Generated<number>;
  run_id: number;
  complaint_id: number;
  step_no: number;
  urgency: string;
  instructions_json: string;
  other_instruction: string;
  note: string;
  /** JSON array of position ids, in the official's order. */
  recipients_json: string;
  deadline_day: string | null;
  due_at: string | null;
  disposer_user_id: number | null;
  disposer_name: string;
  disposer_position: string;
  disposed_at: string;
}

export interface WorkflowTelaahTable {
  id: Generated<number>;
  complaint_id: number;
  step_no: number;
  checklist_json: string;
  analysis: string;
  recommendation: string;
  decision: string;
  saved_by: string;
  saved_at: string;
}

/** An SK Tim (seed 004). */
export interface WorkflowTeamsTable {
  id: Generated<number>;
  complaint_id: number;
  step_no: number;
  number: string;
  subject: string;
  considerations_json: string;
  tasks_json: string;
  members_json: string;
  copies_to_json: string;
  term_from: string;
  term_to: string;
  decided_on: string;
  signer_position_id: number;
  signer_json: string;
  saved_by: string;
  saved_at: string;
}
