import { sql, type Kysely } from 'kysely';

/**
 * Letters (nota dinas, surat jawaban) drafted from a complaint: the working draft, every
 * version kept, the paraf/return/signature records per round, the numbers issued at signing
 * (never reused: a cancelled one stays, marked so) and the deliveries of the reply.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE letters (
    id integer PRIMARY KEY AUTOINCREMENT,
    complaint_id integer NOT NULL REFERENCES complaints(id),
    kind text NOT NULL CHECK (kind IN ('nota-dinas', 'surat-jawaban')),
    state text NOT NULL,
    content_json text NOT NULL,
    saved_at text NOT NULL,
    saved_by text NOT NULL,
    current_version integer NOT NULL DEFAULT 0,
    round integer NOT NULL DEFAULT 1,
    revision integer NOT NULL DEFAULT 0,
    current_stop integer,
    with_position_id integer,
    drafter_position_id integer,
    return_notes text,
    route_json text NOT NULL,
    route_from_sop integer NOT NULL DEFAULT 1,
    sop_code text,
    number text,
    letter_date text,
    signed_at text,
    signed_by text,
    signed_version integer,
    signer_json text,
    content_hash text,
    verification_code text UNIQUE,
    cancel_reason text,
    created_by text NOT NULL,
    created_at text NOT NULL,
    updated_at text NOT NULL
  )`.execute(db);
  await sql`CREATE INDEX letters_complaint ON letters (complaint_id)`.execute(db);
  await sql`CREATE INDEX letters_state ON letters (state, updated_at)`.execute(db);
  await sql`CREATE INDEX letters_with_position ON letters (with_position_id, updated_at)`.execute(db);

  await sql`CREATE TABLE letter_versions (
    letter_id integer NOT NULL REFERENCES letters(id),
    version integer NOT NULL,
    reason text NOT NULL,
    note text NOT NULL,
    content_json text NOT NULL,
    content_hash text NOT NULL,
    created_by text NOT NULL,
    created_at text NOT NULL,
    PRIMARY KEY (letter_id, version)
  )`.execute(db);

  await sql`CREATE TABLE letter_actions (
    id integer PRIMARY KEY AUTOINCREMENT,
    letter_id integer NOT NULL REFERENCES letters(id),
    round integer NOT NULL,
    stop_order integer,
    action text NOT NULL,
    version integer,
    position_id integer,
    user_id integer,
    actor text NOT NULL,
    note text NOT NULL,
    at text NOT NULL
  )`.execute(db);
  await sql`CREATE INDEX letter_actions_letter ON letter_actions (letter_id, id)`.execute(db);

  await sql`CREATE TABLE letter_numbers (
    id integer PRIMARY KEY AUTOINCREMENT,
    kind text NOT NULL,
    year integer NOT NULL,
    sequence integer NOT NULL,
    number text NOT NULL UNIQUE,
    letter_id integer NOT NULL REFERENCES letters(id),
    issued_at text NOT NULL,
    status text NOT NULL CHECK (status IN ('berlaku', 'dibatalkan')),
    cancelled_at text,
    cancel_reason text,
    UNIQUE (kind, year, sequence)
  )`.execute(db);

  await sql`CREATE TABLE letter_deliveries (
    id integer PRIMARY KEY AUTOINCREMENT,
    letter_id integer NOT NULL REFERENCES letters(id),
    method text NOT NULL,
    delivered_at text NOT NULL,
    recipient text NOT NULL,
    proof text NOT NULL,
    note text NOT NULL,
    recorded_by text NOT NULL,
    recorded_at text NOT NULL
  )`.execute(db);
  await sql`CREATE INDEX letter_deliveries_letter ON letter_deliveries (letter_id)`.execute(db);
}
