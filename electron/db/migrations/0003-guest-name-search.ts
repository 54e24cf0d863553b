import { sql, type Kysely } from 'kysely';

/**
 * Full-text index over visitors' names and institutions (SQLite FTS5, kept in step by
 * triggers). Word-prefix matching finds "Rahma" in "Siti Rahmawati" without scanning a
 * million rows. SQLite-only: PostgreSQL will get its own migration with a GIN index.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE VIRTUAL TABLE guest_visits_fts USING fts5(
    name, institution,
    content='guest_visits', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
  )`.execute(db);
  await sql`CREATE TRIGGER guest_visits_fts_insert AFTER INSERT ON guest_visits BEGIN
    INSERT INTO guest_visits_fts(rowid, name, institution) VALUES (new.id, new.name, new.institution);
  END`.execute(db);
  await sql`CREATE TRIGGER guest_visits_fts_delete AFTER DELETE ON guest_visits BEGIN
    INSERT INTO guest_visits_fts(guest_visits_fts, rowid, name, institution)
      VALUES ('delete', old.id, old.name, old.institution);
  END`.execute(db);
  await sql`CREATE TRIGGER guest_visits_fts_update AFTER UPDATE OF name, institution ON guest_visits BEGIN
    INSERT INTO guest_visits_fts(guest_visits_fts, rowid, name, institution)
      VALUES ('delete', old.id, old.name, old.institution);
    INSERT INTO guest_visits_fts(rowid, name, institution) VALUES (new.id, new.name, new.institution);
  END`.execute(db);
  // Rows written before this migration join the index too.
  await sql`INSERT INTO guest_visits_fts(guest_visits_fts) VALUES ('rebuild')`.execute(db);
}
