import { sql, type Kysely } from 'kysely';

/**
 * Printing: how each kind of document is printed (printer, paper, copies, silently or
 * through the dialog) and the print log — what was printed, where, when and by whom,
 * including the attempts a printer refused.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE print_settings (
    document_kind text PRIMARY KEY,
    printer text,
    paper text NOT NULL CHECK (paper IN ('A4', 'F4', 'A5', '215x165mm')),
    copies integer NOT NULL CHECK (copies BETWEEN 1 AND 20),
    method text NOT NULL CHECK (method IN ('langsung', 'dialog')),
    duplex integer NOT NULL DEFAULT 0,
    updated_at text NOT NULL,
    updated_by text NOT NULL
  )`.execute(db);

  await sql`CREATE TABLE print_log (
    id integer PRIMARY KEY AUTOINCREMENT,
    document_kind text NOT NULL,
    title text NOT NULL,
    reference text NOT NULL DEFAULT '',
    printer text NOT NULL DEFAULT '',
    copies integer NOT NULL,
    pages integer,
    paper text,
    method text NOT NULL CHECK (method IN ('langsung', 'dialog')),
    status text NOT NULL CHECK (status IN ('terkirim', 'gagal')),
    error text,
    job_id text,
    printed_by text NOT NULL,
    printed_at text NOT NULL
  )`.execute(db);
  // The log is read newest first, by date range, optionally for one kind or one clerk.
  await sql`CREATE INDEX print_log_printed_at ON print_log (printed_at)`.execute(db);
  await sql`CREATE INDEX print_log_kind ON print_log (document_kind, printed_at)`.execute(db);
  await sql`CREATE INDEX print_log_printed_by ON print_log (printed_by, printed_at)`.execute(db);
}
