import type { Kysely, Transaction } from 'kysely';
import type { OcrStatus } from '../../shared/archive/archive-enums';
import type { Database } from '../db/database-schema';
import { indexScannedPage } from '../db/search/scanned-text-search';
import { ATTACHMENT_SCAN_SOURCE } from './attachment-scan-source';

/**
 * The OCR side of the scanner's tables (`scanned_documents`, `scanned_pages`, migration
 * 0016): which pages wait, what a document is, and writing a page's text. The scanner
 * creates every page as 'menunggu' with `ocr_text` NULL; only the OCR queue moves it to
 * 'selesai' or 'gagal'.
 */

type Db = Kysely<Database> | Transaction<Database>;

export interface WaitingPage {
  documentId: number;
  pageNo: number;
}

export interface ScannedDocumentInfo {
  id: number;
  sha256: string;
  fileName: string;
  pageCount: number;
  createdAt: string;
  linkedKind: string | null;
  linkedId: number | null;
  /** The complaint the scan belongs to, whatever it is linked to. */
  complaintId: number | null;
}

export interface ScannedPageText {
  pageNo: number;
  status: OcrStatus;
  text: string;
}

const DOCUMENT_COLUMNS = ['id', 'sha256', 'file_name', 'page_count', 'created_at', 'linked_kind', 'linked_id', 'complaint_id'] as const;

const toInfo = (r: { id: number; sha256: string; file_name: string; page_count: number; created_at: string; linked_kind: string | null; linked_id: number | null; complaint_id: number | null }): ScannedDocumentInfo => ({
  id: r.id, sha256: r.sha256, fileName: r.file_name, pageCount: r.page_count, createdAt: r.created_at,
  linkedKind: r.linked_kind, linkedId: r.linked_id, complaintId: r.complaint_id,
});

export class ScannedPageStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** The next page to read: oldest document first, pages in order; after `after` when given. */
  async nextWaiting(after?: WaitingPage): Promise<WaitingPage | null> {
    let q = this.db.selectFrom('scanned_pages').select(['document_id', 'page_no']).where('ocr_status', '=', 'menunggu');
    if (after) {
      q = q.where((eb) => eb.or([
        eb('document_id', '>', after.documentId),
        eb.and([eb('document_id', '=', after.documentId), eb('page_no', '>', after.pageNo)]),
      ]));
    }
    const row = await q.orderBy('document_id').orderBy('page_no').limit(1).executeTakeFirst();
    return row ? { documentId: row.document_id, pageNo: row.page_no } : null;
  }

  async countByStatus(status: OcrStatus): Promise<number> {
    const row = await this.db.selectFrom('scanned_pages').select((eb) => eb.fn.countAll<number>().as('n')).where('ocr_status', '=', status).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async document(id: number): Promise<ScannedDocumentInfo | null> {
    const row = await this.db.selectFrom('scanned_documents').select(DOCUMENT_COLUMNS).where('id', '=', id).executeTakeFirst();
    return row ? toInfo(row) : null;
  }

  /** The scanned document stored as this file, if any (a complaint attachment that came from the scanner). */
  async documentBySha256(sha256: string): Promise<ScannedDocumentInfo | null> {
    // An attachment's own OCR record is not a scan: the attachment is filed as itself.
    const row = await this.db.selectFrom('scanned_documents').select(DOCUMENT_COLUMNS).where('sha256', '=', sha256)
      .where('source', '<>', ATTACHMENT_SCAN_SOURCE).orderBy('id', 'desc').executeTakeFirst();
    return row ? toInfo(row) : null;
  }

  /** Scanned documents no archive entry holds yet, newest first, with how many pages OCR has done. */
  async unfiled(limit: number): Promise<(ScannedDocumentInfo & { ocrDone: number; registerNumber: string | null; subject: string | null })[]> {
    const rows = await this.db
      .selectFrom('scanned_documents as d')
      .leftJoin('complaints as c', 'c.id', 'd.complaint_id')
      .select(DOCUMENT_COLUMNS.map((c) => `d.${c}` as const))
      .select(['c.register_number', 'c.subject'])
      .select((eb) =>
        eb.selectFrom('scanned_pages as p').select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('p.document_id', '=', 'd.id').where('p.ocr_status', '<>', 'menunggu').as('done'),
      )
      // Attachments read by OCR are the complaint's files, not scans waiting to be filed.
      .where('d.source', '<>', ATTACHMENT_SCAN_SOURCE)
      .where((eb) => eb.not(eb.exists(eb.selectFrom('archive_entries as e').select('e.id').whereRef('e.scanned_document_id', '=', 'd.id'))))
      .orderBy('d.id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ ...toInfo(r), ocrDone: Number(r.done ?? 0), registerNumber: r.register_number, subject: r.subject }));
  }

  /** `db`: the transaction in progress, when called inside one (the app has one connection). */
  async pages(documentId: number, db: Db = this.db): Promise<ScannedPageText[]> {
    const rows = await db.selectFrom('scanned_pages').select(['page_no', 'ocr_status', 'ocr_text']).where('document_id', '=', documentId).orderBy('page_no').execute();
    return rows.map((r) => ({ pageNo: r.page_no, status: r.ocr_status as OcrStatus, text: r.ocr_text ?? '' }));
  }

  /** The read pages of several documents at once, in page order, for pointing at a hit. */
  async pagesOf(documentIds: readonly number[]): Promise<Map<number, { pageNo: number; text: string }[]>> {
    const byDoc = new Map<number, { pageNo: number; text: string }[]>();
    if (documentIds.length === 0) return byDoc;
    const rows = await this.db.selectFrom('scanned_pages').select(['document_id', 'page_no', 'ocr_text'])
      .where('document_id', 'in', [...new Set(documentIds)]).where('ocr_status', '=', 'selesai')
      .orderBy('document_id').orderBy('page_no').execute();
    for (const r of rows) {
      const list = byDoc.get(r.document_id) ?? [];
      list.push({ pageNo: r.page_no, text: r.ocr_text ?? '' });
      byDoc.set(r.document_id, list);
    }
    return byDoc;
  }

  /** Everything OCR read in a document so far, pages in order, for the archive's text index. */
  /** The text OCR read from a complaint attachment stored as `sha256` ('' while unread or when it was not read). */
  async attachmentText(sha256: string, db: Db = this.db): Promise<string> {
    const doc = await db.selectFrom('scanned_documents').select('id').where('sha256', '=', sha256)
      .where('source', '=', ATTACHMENT_SCAN_SOURCE).orderBy('id').executeTakeFirst();
    return doc ? this.documentText(doc.id, db) : '';
  }

  async documentText(documentId: number, db: Db = this.db): Promise<string> {
    return (await this.pages(documentId, db)).map((p) => p.text.trim()).filter(Boolean).join('\n\f\n');
  }

  /**
   * Records the outcome of one page and indexes its text, in one transaction: a page is
   * never 'selesai' without being searchable. Only a page still waiting is written, so a
   * page deleted or already read meanwhile is left alone.
   */
  async saveResult(page: WaitingPage, status: Exclude<OcrStatus, 'menunggu'>, text: string | null): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const before = await trx.selectFrom('scanned_pages').select('ocr_text')
        .where('document_id', '=', page.documentId).where('page_no', '=', page.pageNo).where('ocr_status', '=', 'menunggu')
        .executeTakeFirst();
      if (!before) return false;
      await trx.updateTable('scanned_pages').set({ ocr_status: status, ocr_text: text })
        .where('document_id', '=', page.documentId).where('page_no', '=', page.pageNo).execute();
      await indexScannedPage(trx, page.documentId, page.pageNo, text ?? '', before.ocr_text);
      return true;
    });
  }
}
