import { sql, type Kysely } from 'kysely';
import { DEFAULT_CLASSIFICATIONS } from '../../../shared/archive/default-classifications';

/**
 * The archive of scanned replies and other records: the classification list with its
 * retention periods (seeded with the codes of complaint handling), archive entries with
 * their serial number, physical location, access class and retention dates, loans of the
 * physical files, and two full-text indexes:
 *
 * - `archive_fts`: each entry's own fields plus the OCR text of its scanned pages, one
 *   row per entry (rowid = entry id), kept by the archive service;
 * - `scanned_page_fts`: the OCR text of every scanned page, rowid = document id × 100,000
 *   + page number, so "which page of document d says this" is a rowid range lookup.
 *   Contentless: the text itself lives in `scanned_pages.ocr_text`.
 *
 * Scanned documents and their pages are migration 0016's (the scanner), which runs after
 * this one: entries refer to a scanned document by id without a foreign key, and to a
 * complaint attachment by its content hash. SQLite-only FTS, like 0005.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE archive_classifications (
    id integer PRIMARY KEY AUTOINCREMENT,
    code text NOT NULL UNIQUE COLLATE NOCASE,
    name text NOT NULL,
    active_years integer NOT NULL CHECK (active_years BETWEEN 0 AND 100),
    inactive_years integer NOT NULL CHECK (inactive_years BETWEEN 0 AND 100),
    disposition text NOT NULL CHECK (disposition IN ('musnah', 'permanen', 'dinilai kembali')),
    active integer NOT NULL DEFAULT 1,
    updated_at text NOT NULL,
    updated_by text NOT NULL
  )`.execute(db);
  for (const c of DEFAULT_CLASSIFICATIONS) {
    await sql`INSERT INTO archive_classifications (code, name, active_years, inactive_years, disposition, active, updated_at, updated_by)
      VALUES (${c.code}, ${c.name}, ${c.activeYears}, ${c.inactiveYears}, ${c.disposition}, 1, '2026-01-01T00:00:00.000Z', 'Bawaan aplikasi')`.execute(db);
  }

  await sql`CREATE TABLE archive_entries (
    id integer PRIMARY KEY AUTOINCREMENT,
    serial_year integer NOT NULL,
    serial_seq integer NOT NULL,
    serial_number text NOT NULL UNIQUE,
    kind text NOT NULL CHECK (kind IN ('surat_jawaban_terpindai', 'tanda_terima', 'surat_ditandatangani', 'sk_tim', 'lainnya')),
    classification_id integer NOT NULL REFERENCES archive_classifications(id),
    title text NOT NULL,
    document_date text NOT NULL,
    notes text NOT NULL DEFAULT '',
    complaint_id integer REFERENCES complaints(id),
    letter_id integer,
    scanned_document_id integer,
    attachment_sha256 text,
    building text NOT NULL DEFAULT '',
    room text NOT NULL DEFAULT '',
    cabinet text NOT NULL DEFAULT '',
    shelf text NOT NULL DEFAULT '',
    box text NOT NULL DEFAULT '',
    folder text NOT NULL DEFAULT '',
    access_class text NOT NULL CHECK (access_class IN ('biasa', 'terbatas', 'rahasia')),
    active_until text NOT NULL,
    inactive_until text NOT NULL,
    review_on text NOT NULL,
    disposition text NOT NULL CHECK (disposition IN ('musnah', 'permanen', 'dinilai kembali')),
    created_by text NOT NULL,
    created_at text NOT NULL,
    updated_by text NOT NULL,
    updated_at text NOT NULL,
    UNIQUE (serial_year, serial_seq)
  )`.execute(db);
  for (const [name, columns] of [
    ['archive_entries_classification', 'classification_id, document_date'],
    ['archive_entries_document_date', 'document_date'],
    ['archive_entries_review_on', 'review_on'],
    ['archive_entries_complaint', 'complaint_id'],
    ['archive_entries_letter', 'letter_id'],
    ['archive_entries_scanned_document', 'scanned_document_id'],
    ['archive_entries_attachment', 'attachment_sha256'],
    // The shelf is searched by its parts: a box (with its building), a cabinet, a room.
    ['archive_entries_box', 'box, building'],
    ['archive_entries_cabinet', 'cabinet, shelf'],
    ['archive_entries_room', 'building, room'],
    ['archive_entries_access', 'access_class'],
  ] as const) {
    await sql`CREATE INDEX ${sql.raw(name)} ON archive_entries (${sql.raw(columns)})`.execute(db);
  }

  await sql`CREATE TABLE archive_loans (
    id integer PRIMARY KEY AUTOINCREMENT,
    entry_id integer NOT NULL REFERENCES archive_entries(id),
    borrower_name text NOT NULL,
    borrower_unit text NOT NULL,
    purpose text NOT NULL,
    borrowed_at text NOT NULL,
    due_back text NOT NULL,
    returned_at text,
    return_note text NOT NULL DEFAULT '',
    lent_by text NOT NULL,
    returned_by text
  )`.execute(db);
  // A physical folder is in one place at a time: at most one open loan per entry.
  await sql`CREATE UNIQUE INDEX archive_loans_open ON archive_loans (entry_id) WHERE returned_at IS NULL`.execute(db);
  await sql`CREATE INDEX archive_loans_due ON archive_loans (returned_at, due_back)`.execute(db);
  await sql`CREATE INDEX archive_loans_entry ON archive_loans (entry_id, id)`.execute(db);

  await sql`CREATE VIRTUAL TABLE archive_fts USING fts5(
    serial_number, title, classification, location, related, notes, ocr_text, access,
    tokenize='unicode61 remove_diacritics 2'
  )`.execute(db);
  // Its vocabulary, to spell a typed prefix out as the words it stands for (see archive-text-search.ts).
  await sql`CREATE VIRTUAL TABLE archive_fts_vocab USING fts5vocab(archive_fts, 'row')`.execute(db);
  await sql`CREATE VIRTUAL TABLE scanned_page_fts USING fts5(
    text, content='', tokenize='unicode61 remove_diacritics 2'
  )`.execute(db);
}
