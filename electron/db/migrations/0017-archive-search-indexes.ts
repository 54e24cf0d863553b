import { sql, type Kysely } from 'kysely';

/**
 * Words + classification + dates in one full-text query: `archive_fts` gains a `facets`
 * column of one token per filter value — `klas<classification id>`, `thn<year>`,
 * `bln<year><month>`, `tgl<year><month><day>` of the document date and `jenis<kind without
 * underscores>` — so FTS5 intersects a common word's list with the filter's list by
 * skipping through both, instead of SQLite building the list of every entry with the word
 * to look the filtered rows up in (66 ms p95 at 100,000 entries; see bench/README.md).
 *
 * FTS5 cannot add a column, so the table is built again from the old one (its own copy of
 * the text, so nothing is read from the scans) with the facets of each entry, written here
 * in SQL as archiveFacetText (archive-text-search.ts) writes them for later entries. Its
 * vocabulary table is made again over the new table. About 30 s per 100,000 entries.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE archive_fts_vocab`.execute(db);
  await sql`ALTER TABLE archive_fts RENAME TO archive_fts_0015`.execute(db);
  await sql`CREATE VIRTUAL TABLE archive_fts USING fts5(
    serial_number, title, classification, location, related, notes, ocr_text, access, facets,
    tokenize='unicode61 remove_diacritics 2'
  )`.execute(db);
  await sql`INSERT INTO archive_fts (rowid, serial_number, title, classification, location, related, notes, ocr_text, access, facets)
    SELECT f.rowid, f.serial_number, f.title, f.classification, f.location, f.related, f.notes, f.ocr_text, f.access,
      'klas' || e.classification_id || ' thn' || substr(e.document_date, 1, 4) || ' bln' || substr(e.document_date, 1, 4) || substr(e.document_date, 6, 2) ||
      ' tgl' || replace(e.document_date, '-', '') || ' jenis' || replace(e.kind, '_', '')
    FROM archive_fts_0015 f JOIN archive_entries e ON e.id = f.rowid
    ORDER BY f.rowid`.execute(db);
  await sql`DROP TABLE archive_fts_0015`.execute(db);
  // One segment instead of one per batch of inserts: each term's list is read from one place.
  await sql`INSERT INTO archive_fts(archive_fts) VALUES ('optimize')`.execute(db);
  await sql`CREATE VIRTUAL TABLE archive_fts_vocab USING fts5vocab(archive_fts, 'row')`.execute(db);
}
