import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { Database } from '../database-schema';
import { textMatches } from '../../../shared/archive/text-match';
import { toFtsPrefixQuery } from './guest-name-search';
import { ATTACHMENT_SCAN_SOURCE } from '../../ocr/attachment-scan-source';

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

/** The FTS5 query for words typed in the register's search box (all words, each a prefix), or null. */
export const scanTextQuery = (words: string) => toFtsPrefixQuery(words);

/** Whether a page holds every word typed, each as the start of a word (as the index matches). */
function textMatchesAllWords(text: string, words: string): boolean {
  return textMatches(text, words.split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' '));
}

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

/** Where the words of a search are in a complaint's scanned pages. */
export interface ScannedPageHit {
  documentId: number;
  page: number;
  attachment: string | null;
}

/**
 * For each complaint of `complaintIds`, the first scanned page that holds the words and
 * its document: the register shows "ditemukan di halaman 2" on a row whose words are in a
 * scan, or "ditemukan di lampiran surat-warga.pdf, halaman 2" when the page is of an
 * attachment read by OCR (`attachment` is then its file name, else null). The documents
 * come from the index; the page is found in memory in their text (a prefix query per
 * document would cost as much as one over all documents). Not for confidential
 * complaints (see complaintIdsOfScannedDocuments).
 */
export async function scannedPagesOfComplaints(db: Db, words: string, complaintIds: readonly number[]): Promise<Map<number, ScannedPageHit>> {
  const found = new Map<number, ScannedPageHit>();
  const match = scanTextQuery(words);
  if (!match || complaintIds.length === 0) return found;
  const docIds = scannedDocumentIdsMatching(match);
  const ids = sql.join(complaintIds.map((id) => sql`${id}`));
  const { rows } = await sql<{ complaint_id: number; document_id: number; page_no: number; ocr_text: string | null; attachment: string | null }>`
    SELECT s.complaint_id, p.document_id, p.page_no, p.ocr_text,
      (SELECT d.file_name FROM scanned_documents d WHERE d.id = p.document_id AND d.source = ${ATTACHMENT_SCAN_SOURCE}) AS attachment FROM (
      SELECT d.complaint_id, d.id AS document_id FROM scanned_documents d
        WHERE d.complaint_id IN (${ids}) AND d.id IN (${docIds})
      UNION SELECT e.complaint_id, e.scanned_document_id FROM archive_entries e
        WHERE e.complaint_id IN (${ids}) AND e.scanned_document_id IN (${docIds})) s
    JOIN complaints c ON c.id = s.complaint_id
    JOIN scanned_pages p ON p.document_id = s.document_id AND p.ocr_status = 'selesai'
    WHERE c.privacy <> 'rahasia'
    ORDER BY p.document_id, p.page_no`.execute(db);
  for (const row of rows) {
    if (found.has(row.complaint_id)) continue;
    if (textMatchesAllWords(row.ocr_text ?? '', words)) found.set(row.complaint_id, { documentId: row.document_id, page: row.page_no, attachment: row.attachment });
  }
  return found;
}
