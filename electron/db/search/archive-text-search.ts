import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { Database } from '../database-schema';

/**
 * Full-text search of the archive (`archive_fts`, migration 0015): one row per entry
 * (rowid = entry id) with its own fields and the OCR text of its scanned pages. Kept by
 * the archive service, not by triggers, because a row gathers text from several tables
 * (classification, complaint, scanned pages). The one place that knows its FTS5 syntax.
 */

export interface ArchiveTextRow {
  serialNumber: string;
  title: string;
  /** Code and name of the classification. */
  classification: string;
  location: string;
  /** Register number, the complainant's name where the register may show it, the letter number. */
  related: string;
  notes: string;
  ocrText: string;
  /** The entry's access class, indexed so a search can leave out 'rahasia' inside the index. */
  access: string;
}

type Db = Kysely<Database> | Transaction<Database>;

/** Writes (or rewrites) the searchable text of entry `id`. */
export async function putArchiveText(db: Db, id: number, row: ArchiveTextRow): Promise<void> {
  await sql`DELETE FROM archive_fts WHERE rowid = ${id}`.execute(db);
  await sql`INSERT INTO archive_fts (rowid, serial_number, title, classification, location, related, notes, ocr_text, access)
    VALUES (${id}, ${row.serialNumber}, ${row.title}, ${row.classification}, ${row.location}, ${row.related}, ${row.notes}, ${row.ocrText}, ${row.access})`.execute(db);
}

/** Replaces only the OCR text of entry `id` (the OCR queue finished another page). */
export async function putArchiveOcrText(db: Db, id: number, ocrText: string): Promise<void> {
  await sql`UPDATE archive_fts SET ocr_text = ${ocrText} WHERE rowid = ${id}`.execute(db);
}

/**
 * The words typed, as FTS5 terms that must all match, the last word of each as a prefix.
 * A code typed whole ("HM.01.4", "0002/HM.01.2") is one phrase: its parts must follow one
 * another, so "HM.01.4" does not also find every entry with "HM", "01" and a "4" anywhere
 * (a folder number). User text never becomes FTS syntax: only letters and digits pass.
 */
export function archiveTerms(words: string): string | null {
  const chunks = words
    .normalize('NFKC')
    .split(/\s+/u)
    .map((chunk) => chunk.split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0))
    .filter((tokens) => tokens.length > 0)
    .slice(0, 8);
  if (chunks.length === 0) return null;
  return chunks.map((tokens) => `"${tokens.join(' ')}"*`).join(' AND ');
}

const TEXT_COLUMNS = '{serial_number title classification location related notes ocr_text}';

/**
 * The FTS5 query for the words of a search box, or null when it has none. The words are
 * looked for in the text columns only (a search for "rahasia" must not hit the access
 * column); `hideSecret` leaves out 'rahasia' entries inside the index, so the newest-first
 * shortcut below still fills a page for a clerk without the permission.
 */
export function archiveTextQuery(words: string, hideSecret: boolean): string | null {
  const terms = archiveTerms(words);
  if (!terms) return null;
  return `${TEXT_COLUMNS} : (${terms})${hideSecret ? ' NOT access : "rahasia"' : ''}`;
}

/**
 * Condition on `archive_entries.id`: every word appears somewhere in the entry (any field
 * or the scanned text). With `newestFirst`, the index hands out only its first `limit`
 * rowids in descending order — entries are filed in id order, so a common word ("surat",
 * in every entry) costs no more than a rare one when the search box is the only filter.
 */
export function archiveTextCondition(match: string, top?: { limit: number }): RawBuilder<boolean> {
  if (top) {
    return sql<boolean>`archive_entries.id IN (SELECT rowid FROM archive_fts WHERE archive_fts MATCH ${match} ORDER BY rowid DESC LIMIT ${top.limit})`;
  }
  return sql<boolean>`archive_entries.id IN (SELECT rowid FROM archive_fts WHERE archive_fts MATCH ${match})`;
}

/** How many entries match, counted in the index alone. */
export async function countArchiveText(db: Db, match: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM archive_fts WHERE archive_fts MATCH ${match}`.execute(db);
  return Number(rows[0]?.n ?? 0);
}
