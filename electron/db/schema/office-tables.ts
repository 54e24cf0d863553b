import type { Generated } from 'kysely';

/** Tables of the office's set-up: organisation chart, accounts, SOP versions, working calendar. */

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
