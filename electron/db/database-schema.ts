import type { Generated } from 'kysely';
import type { UnitsTable, PositionsTable, PositionHoldersTable, UsersTable, UserPositionsTable, SopVersionsTable, SopAssignmentsTable, CalendarHolidaysTable, CalendarYearsTable } from './schema/office-tables';
import type { ArchiveClassificationsTable, ArchiveEntriesTable, ArchiveLoansTable } from './schema/archive-tables';
import type { LetterActionsTable, LetterDeliveriesTable, LetterNumbersTable, LettersTable, LetterVersionsTable } from './schema/letter-tables';
import type { PrintLogTable, PrintSettingsTable } from './schema/printing-tables';
import type { ScannedDocumentsTable, ScannedPagesTable } from './schema/scanning-tables';
import type { SopActorPositionsTable, WorkflowRunsTable, WorkflowEventsTable, WorkflowTasksTable, WorkflowComplianceDaysTable, WorkflowDispositionsTable, WorkflowTelaahTable, WorkflowTeamsTable } from './schema/workflow-tables';

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

export type * from './schema/office-tables';
export type * from './schema/workflow-tables';

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
  letters: LettersTable;
  letter_versions: LetterVersionsTable;
  letter_actions: LetterActionsTable;
  letter_numbers: LetterNumbersTable;
  letter_deliveries: LetterDeliveriesTable;
  print_settings: PrintSettingsTable;
  print_log: PrintLogTable;
  archive_classifications: ArchiveClassificationsTable; archive_entries: ArchiveEntriesTable; archive_loans: ArchiveLoansTable;
  scanned_documents: ScannedDocumentsTable; scanned_pages: ScannedPagesTable;
}
export type * from './schema/letter-tables';
