import { sql, type Kysely } from 'kysely';

/**
 * The archive's folder labels print on a label printer's 100 × 50 mm stock, a paper the
 * print settings could not hold: SQLite cannot change a CHECK constraint in place, so
 * print_settings is rebuilt with the new list and its rows copied across unchanged.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE print_settings_new (
    document_kind text PRIMARY KEY,
    printer text,
    paper text NOT NULL CHECK (paper IN ('A4', 'F4', 'A5', '215x165mm', '100x50mm')),
    copies integer NOT NULL CHECK (copies BETWEEN 1 AND 20),
    method text NOT NULL CHECK (method IN ('langsung', 'dialog')),
    duplex integer NOT NULL DEFAULT 0,
    updated_at text NOT NULL,
    updated_by text NOT NULL
  )`.execute(db);
  await sql`INSERT INTO print_settings_new (document_kind, printer, paper, copies, method, duplex, updated_at, updated_by)
    SELECT document_kind, printer, paper, copies, method, duplex, updated_at, updated_by FROM print_settings`.execute(db);
  await sql`DROP TABLE print_settings`.execute(db);
  await sql`ALTER TABLE print_settings_new RENAME TO print_settings`.execute(db);
}
