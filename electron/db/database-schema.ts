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

export interface Database {
  settings: SettingsTable;
  audit_log: AuditLogTable;
  guest_visits: GuestVisitsTable;
}
