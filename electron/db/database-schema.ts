import type { Generated } from 'kysely';

/**
 * Table types for Kysely. Instants are ISO-8601 UTC strings ("2026-11-23T01:15:00.000Z"):
 * they sort as text and read the same in SQLite and PostgreSQL.
 */
export interface SettingsTable {
  key: string;
  value_json: string;
  updated_at: string;
  updated_by: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  /** 'guest_visit', later 'complaint', 'disposition', 'letter', … */
  entity_type: string;
  entity_id: number;
  action: string;
  actor: string;
  at: string;
  /** JSON: field → [old, new]. */
  changes_json: string;
  reason: string | null;
}

export interface GuestVisitsTable {
  id: Generated<number>;
  name: string;
  nik: string;
  phone: string;
  address: string;
  institution: string;
  purpose: string;
  purpose_other: string;
  host: string;
  notes: string;
  time_in: string;
  time_out: string | null;
  status: 'aktif' | 'dibatalkan';
  cancel_reason: string | null;
  cancelled_at: string | null;
  cancelled_by: string | null;
  created_by: string;
  updated_at: string;
}

export interface ComplaintCategoriesTable {
  id: Generated<number>;
  name: string;
  active: number;
}

/** Yearly counters behind register and letter numbers: (scope, year) → last issued value. */
export interface NumberCountersTable {
  scope: string;
  year: number;
  last_value: number;
}

export interface ComplaintsTable {
  id: Generated<number>;
  register_year: number;
  register_seq: number;
  register_number: string;
  tracking_code: string;
  channel: string;
  form: string;
  kind: string;
  category_id: number | null;
  subject: string;
  description: string;
  requested_action: string;
  unit_complained: string;
  event_place: string;
  event_date: string;
  privacy: string;
  complainant_name: string;
  complainant_nik: string;
  complainant_phone: string;
  complainant_email: string;
  complainant_address: string;
  channel_details_json: string;
  lapor_tracking_id: string | null;
  guest_visit_id: number | null;
  settled_at_counter: number;
  counter_answer: string;
  status: string;
  received_at: string;
  due_at: string | null;
  closed_at: string | null;
  merged_into_id: number | null;
  created_by: string;
  updated_at: string;
}

export interface ComplaintAttachmentsTable {
  id: Generated<number>;
  complaint_id: number;
  sha256: string;
  file_name: string;
  mime_type: string;
  size: number;
  uploaded_by: string;
  uploaded_at: string;
}

export interface ComplaintLinksTable {
  complaint_id: number;
  related_id: number;
  created_by: string;
  created_at: string;
}

export interface ConsultationNotesTable {
  id: Generated<number>;
  complaint_id: number;
  guest_visit_id: number | null;
  note: string;
  created_by: string;
  created_at: string;
}

/** A unit kerja; `parent_id` null for the top of the tree (the office itself). */
export interface UnitsTable {
  id: Generated<number>;
  parent_id: number | null;
  name: string;
  code: string;
  sort_order: number;
  active: number;
  updated_at: string;
}

/** A jabatan in a unit; `superior_id` is the position a return goes back to and a.n./u.b. follows. */
export interface PositionsTable {
  id: Generated<number>;
  unit_id: number;
  title: string;
  short_title: string;
  superior_id: number | null;
  sort_order: number;
  active: number;
  updated_at: string;
}

/** One person holding a position for a period (definitif, Plt. or Plh.); days as "2026-11-23". */
export interface PositionHoldersTable {
  id: Generated<number>;
  position_id: number;
  name: string;
  nip: string;
  rank: string;
  kind: 'definitif' | 'plt' | 'plh';
  start_date: string;
  end_date: string | null;
  updated_at: string;
}

/** A staff account that signs in. */
export interface UsersTable {
  id: Generated<number>;
  username: string;
  name: string;
  nip: string;
  password_hash: string;
  is_admin: number;
  /** JSON array of permission names. */
  permissions_json: string;
  active: number;
  failed_attempts: number;
  locked_until: string | null;
  last_sign_in_at: string | null;
  created_at: string;
  updated_at: string;
}

/** Which positions an account acts in (its tray is theirs). */
export interface UserPositionsTable {
  user_id: number;
  position_id: number;
}

/** One saved version of an office's SOP; a save adds a row, never changes one. */
export interface SopVersionsTable {
  id: Generated<number>;
  code: string;
  version: number;
  title: string;
  /** The SopDefinition as JSON. */
  definition_json: string;
  content_hash: string;
  origin: 'preset' | 'import' | 'edit';
  preset_id: string | null;
  change_note: string;
  created_by: string;
  created_at: string;
}

/** Which SOP (by code) the office uses: scope 'default' or 'channel:<channel>'. */
export interface SopAssignmentsTable {
  scope: string;
  sop_code: string;
  updated_by: string;
  updated_at: string;
}

/** A libur nasional or cuti bersama; `day` is a calendar day "2026-12-24", one row per day. */
export interface CalendarHolidaysTable {
  id: Generated<number>;
  day: string;
  kind: 'libur-nasional' | 'cuti-bersama';
  name: string;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
}

/** Where a year's holiday list came from and whether an administrator still has to check it. */
export interface CalendarYearsTable {
  year: number;
  source: string;
  needs_review: number;
  updated_by: string;
  updated_at: string;
}

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

export interface Database {
  settings: SettingsTable;
  audit_log: AuditLogTable;
  guest_visits: GuestVisitsTable;
  complaint_categories: ComplaintCategoriesTable;
  number_counters: NumberCountersTable;
  complaints: ComplaintsTable;
  complaint_attachments: ComplaintAttachmentsTable;
  complaint_links: ComplaintLinksTable;
  consultation_notes: ConsultationNotesTable;
  calendar_holidays: CalendarHolidaysTable;
  calendar_years: CalendarYearsTable;
  units: UnitsTable;
  positions: PositionsTable;
  position_holders: PositionHoldersTable;
  users: UsersTable;
  user_positions: UserPositionsTable;
  sop_versions: SopVersionsTable;
  sop_assignments: SopAssignmentsTable;
  sop_actor_positions: SopActorPositionsTable;
  workflow_runs: WorkflowRunsTable;
  workflow_events: WorkflowEventsTable;
  workflow_tasks: WorkflowTasksTable;
  workflow_compliance_days: WorkflowComplianceDaysTable;
  workflow_dispositions: WorkflowDispositionsTable;
  workflow_telaah: WorkflowTelaahTable;
  workflow_teams: WorkflowTeamsTable;
}
