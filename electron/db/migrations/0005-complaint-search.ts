import { sql, type Kysely } from 'kysely';

/**
 * Full-text search over complaints: subject, description and the complainant's name
 * (the service decides who may search by name). A trigram index makes "Rahmawti" still
 * find "Rahmawati" for the progress desk. SQLite-only, like 0003.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE VIRTUAL TABLE complaints_fts USING fts5(
    subject, description, complainant_name,
    content='complaints', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
  )`.execute(db);
  await sql`CREATE VIRTUAL TABLE complaint_names_trigram USING fts5(
    complainant_name, content='complaints', content_rowid='id', tokenize='trigram'
  )`.execute(db);
  await sql`CREATE TRIGGER complaints_fts_insert AFTER INSERT ON complaints BEGIN
    INSERT INTO complaints_fts(rowid, subject, description, complainant_name)
      VALUES (new.id, new.subject, new.description, new.complainant_name);
    INSERT INTO complaint_names_trigram(rowid, complainant_name) VALUES (new.id, new.complainant_name);
  END`.execute(db);
  await sql`CREATE TRIGGER complaints_fts_delete AFTER DELETE ON complaints BEGIN
    INSERT INTO complaints_fts(complaints_fts, rowid, subject, description, complainant_name)
      VALUES ('delete', old.id, old.subject, old.description, old.complainant_name);
    INSERT INTO complaint_names_trigram(complaint_names_trigram, rowid, complainant_name)
      VALUES ('delete', old.id, old.complainant_name);
  END`.execute(db);
  await sql`CREATE TRIGGER complaints_fts_update AFTER UPDATE OF subject, description, complainant_name ON complaints BEGIN
    INSERT INTO complaints_fts(complaints_fts, rowid, subject, description, complainant_name)
      VALUES ('delete', old.id, old.subject, old.description, old.complainant_name);
    INSERT INTO complaints_fts(rowid, subject, description, complainant_name)
      VALUES (new.id, new.subject, new.description, new.complainant_name);
    INSERT INTO complaint_names_trigram(complaint_names_trigram, rowid, complainant_name)
      VALUES ('delete', old.id, old.complainant_name);
    INSERT INTO complaint_names_trigram(rowid, complainant_name) VALUES (new.id, new.complainant_name);
  END`.execute(db);
  await sql`INSERT INTO complaints_fts(complaints_fts) VALUES ('rebuild')`.execute(db);
  await sql`INSERT INTO complaint_names_trigram(complaint_names_trigram) VALUES ('rebuild')`.execute(db);
}
