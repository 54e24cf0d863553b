import { sql, type Kysely } from 'kysely';

/**
 * Complainants' names in a full-text index of their own, split by who may search them.
 *
 * The register's search used the name column of `complaints_fts` (0005). A column filter
 * does not shorten a doclist: "{complainant_name} : izin*" read every complaint that says
 * "izin" anywhere (190,000 of 1,000,000) to find the few named Izin, and each name hit
 * was joined back to `complaints` for its privacy. Here a name sits in the column of its
 * privacy, so the index alone answers "names this caller may see":
 *
 * - `public_name`: the name of an ordinary ('biasa') complaint;
 * - `confidential_name`: the name of a 'rahasia' complaint, for callers allowed to see it;
 * - an anonymous complaint has no name and no row.
 *
 * Contentless (`content=''`): the names already live in `complaints`. FTS5 can delete a
 * contentless row only when given the values it was indexed with, so the triggers replay
 * the same CASE expressions, and never delete a row that was not written (that would
 * corrupt the index). SQLite-only, like 0003 and 0005.
 */
const ROW_OF = (alias: 'new' | 'old') => sql.raw(`${alias}.id,
      CASE ${alias}.privacy WHEN 'biasa' THEN ${alias}.complainant_name ELSE '' END,
      CASE ${alias}.privacy WHEN 'rahasia' THEN ${alias}.complainant_name ELSE '' END
    WHERE ${alias}.privacy IN ('biasa', 'rahasia') AND ${alias}.complainant_name <> ''`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE VIRTUAL TABLE complaint_names_fts USING fts5(
    public_name, confidential_name, content='', tokenize='unicode61 remove_diacritics 2'
  )`.execute(db);
  await sql`INSERT INTO complaint_names_fts(rowid, public_name, confidential_name)
    SELECT id,
      CASE privacy WHEN 'biasa' THEN complainant_name ELSE '' END,
      CASE privacy WHEN 'rahasia' THEN complainant_name ELSE '' END
    FROM complaints WHERE privacy IN ('biasa', 'rahasia') AND complainant_name <> ''`.execute(db);
  await sql`CREATE TRIGGER complaint_names_fts_insert AFTER INSERT ON complaints BEGIN
    INSERT INTO complaint_names_fts(rowid, public_name, confidential_name) SELECT ${ROW_OF('new')};
  END`.execute(db);
  await sql`CREATE TRIGGER complaint_names_fts_delete AFTER DELETE ON complaints BEGIN
    INSERT INTO complaint_names_fts(complaint_names_fts, rowid, public_name, confidential_name) SELECT 'delete', ${ROW_OF('old')};
  END`.execute(db);
  // A change of privacy moves the name between columns (or out of the index) as well.
  await sql`CREATE TRIGGER complaint_names_fts_update AFTER UPDATE OF complainant_name, privacy ON complaints BEGIN
    INSERT INTO complaint_names_fts(complaint_names_fts, rowid, public_name, confidential_name) SELECT 'delete', ${ROW_OF('old')};
    INSERT INTO complaint_names_fts(rowid, public_name, confidential_name) SELECT ${ROW_OF('new')};
  END`.execute(db);
}
