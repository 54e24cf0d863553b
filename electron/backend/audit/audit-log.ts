import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database-schema';

export type FieldChanges = Record<string, [string | null, string | null]>;

export interface AuditEntry {
  entityType: string;
  entityId: number;
  action: string;
  actor: string;
  at: Date;
  changes?: FieldChanges;
  reason?: string | null;
}

/** Records one change: who, when, what (old → new per field), and why when a reason is asked. */
export async function recordAudit(db: Kysely<Database> | Transaction<Database>, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      action: entry.action,
      actor: entry.actor,
      at: entry.at.toISOString(),
      changes_json: JSON.stringify(entry.changes ?? {}),
      reason: entry.reason ?? null,
    })
    .execute();
}

export async function auditTrail(db: Kysely<Database>, entityType: string, entityId: number) {
  const rows = await db
    .selectFrom('audit_log')
    .selectAll()
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .orderBy('id', 'asc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    action: r.action,
    actor: r.actor,
    at: r.at,
    changes: JSON.parse(r.changes_json) as FieldChanges,
    reason: r.reason,
  }));
}

/** The fields whose value differs, as old → new; values compared as text. */
export function diffFields<T extends object>(before: T, after: T, keys: readonly (keyof T & string)[]): FieldChanges {
  const changes: FieldChanges = {};
  for (const key of keys) {
    const oldValue = before[key] == null ? null : String(before[key]);
    const newValue = after[key] == null ? null : String(after[key]);
    if (oldValue !== newValue) changes[key] = [oldValue, newValue];
  }
  return changes;
}
