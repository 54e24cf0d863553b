import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { Database } from '../database-schema';
import { archiveTerms } from './archive-text-search';

/**
 * Full-text search of the OCR text of scanned pages (`scanned_page_fts`, migration 0015).
 * A page's rowid is `document id × PAGE_ROWID_STRIDE + page number`, so the pages of one
 * document are one rowid range, which FTS5 seeks to directly: "on which page of this
 * document is the word" costs one short lookup, not a scan of every match.
 *
 * The index is contentless (the text is in `scanned_pages.ocr_text`): to replace a page
 * FTS5 needs the text it indexed, which the caller passes as `previousText`.
 */
export const PAGE_ROWID_STRIDE = 100_000;

export const pageRowid = (documentId: number, pageNo: number) => documentId * PAGE_ROWID_STRIDE + pageNo;

type Db = Kysely<Database> | Transaction<Database>;

/** Puts a page's OCR text in the index (replacing what it held for that page). */
export async function indexScannedPage(db: Db, documentId: number, pageNo: number, text: string, previousText: string | null): Promise<void> {
  const rowid = pageRowid(documentId, pageNo);
  if (previousText !== null && previousText !== '') {
    await sql`INSERT INTO scanned_page_fts (scanned_page_fts, rowid, text) VALUES ('delete', ${rowid}, ${previousText})`.execute(db);
  }
  if (text !== '') await sql`INSERT INTO scanned_page_fts (rowid, text) VALUES (${rowid}, ${text})`.execute(db);
}

/** The FTS5 query for words typed in a search box (as the archive search reads them), or null. */
export const scanTextQuery = (words: string) => archiveTerms(words);

/** SQL listing the ids of scanned documents with a page matching `match` (an FTS5 query). */
export function scannedDocumentIdsMatching(match: string): RawBuilder<number> {
  return sql<number>`SELECT DISTINCT rowid / ${PAGE_ROWID_STRIDE} FROM scanned_page_fts WHERE scanned_page_fts MATCH ${match}`;
}

/**
 * The complaints scanned documents belong to, as SQL over the documents `docIds` lists:
 * the scanner records the complaint of every scan (saved to it, or linked by a QR code to
 * it or to one of its letters), and an archive entry filed from a scan may name one too.
 *
 * Confidential complaints are left out: the reply letter on a scanned page names the
 * complainant, so a hit would tell who filed a masked row without the recorded reveal —
 * the reason the register never searches `confidential_name` (see complaint-text-search).
 */
export function complaintIdsOfScannedDocuments(docIds: RawBuilder<number>): RawBuilder<number> {
  return sql<number>`
    SELECT c.id AS complaint_id FROM complaints c WHERE c.privacy <> 'rahasia' AND c.id IN (
      SELECT d.complaint_id FROM scanned_documents d WHERE d.complaint_id IS NOT NULL AND d.id IN (${docIds})
      UNION ALL SELECT e.complaint_id FROM archive_entries e WHERE e.complaint_id IS NOT NULL AND e.scanned_document_id IN (${docIds}))`;
}

/** The first page of `documentId` whose text matches `match`, or null. */
export async function firstMatchingPage(db: Db, documentId: number, match: string): Promise<number | null> {
  const { rows } = await sql<{ rowid: number }>`
    SELECT rowid FROM scanned_page_fts WHERE scanned_page_fts MATCH ${match}
      AND rowid > ${pageRowid(documentId, 0)} AND rowid < ${pageRowid(documentId + 1, 0)}
    ORDER BY rowid LIMIT 1`.execute(db);
  const rowid = rows[0]?.rowid;
  return rowid === undefined ? null : Number(rowid) % PAGE_ROWID_STRIDE;
}

/**
 * For each complaint of `complaintIds`, the first scanned page that matches the words and
 * its document: the register shows "ditemukan di halaman 2" on a row whose words are in a
 * scan. Not for confidential complaints (see complaintIdsOfScannedDocuments).
 */
export async function scannedPagesOfComplaints(db: Db, words: string, complaintIds: readonly number[]): Promise<Map<number, { documentId: number; page: number }>> {
  const found = new Map<number, { documentId: number; page: number }>();
  const match = scanTextQuery(words);
  if (!match || complaintIds.length === 0) return found;
  const docIds = scannedDocumentIdsMatching(match);
  const ids = sql.join(complaintIds.map((id) => sql`${id}`));
  const { rows } = await sql<{ complaint_id: number; document_id: number }>`
    SELECT s.complaint_id, s.document_id FROM (
      SELECT d.complaint_id, d.id AS document_id FROM scanned_documents d
        WHERE d.complaint_id IN (${ids}) AND d.id IN (${docIds})
      UNION ALL SELECT e.complaint_id, e.scanned_document_id FROM archive_entries e
        WHERE e.complaint_id IN (${ids}) AND e.scanned_document_id IN (${docIds})) s
    JOIN complaints c ON c.id = s.complaint_id
    WHERE c.privacy <> 'rahasia'
    ORDER BY s.document_id`.execute(db);
  for (const row of rows) {
    if (found.has(row.complaint_id)) continue;
    const page = await firstMatchingPage(db, row.document_id, match);
    if (page !== null) found.set(row.complaint_id, { documentId: row.document_id, page });
  }
  return found;
}
