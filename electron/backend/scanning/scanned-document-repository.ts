import type { Kysely, Transaction } from 'kysely';
import { formatTrackingCode } from '../../../shared/numbering/tracking-code';
import { scanLinkText, type PageOrigin, type ScanLink, type ScannedDocument } from '../../../shared/scanning/scanning';
import type { Database } from '../../db/database-schema';

export interface NewScannedDocument {
  sha256: string;
  size: number;
  source: PageOrigin | 'campuran';
  device: string | null;
  dpi: number | null;
  fileName: string;
  createdBy: string;
  createdAt: string;
  link: ScanLink | null;
  qrPayloads: string[];
  pages: { width: number; height: number }[];
}

/** SQL of scanned documents and their pages (portable Kysely). */
export class ScannedDocumentRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(trx: Transaction<Database>, doc: NewScannedDocument): Promise<number> {
    const { id } = await trx
      .insertInto('scanned_documents')
      .values({
        sha256: doc.sha256,
        size: doc.size,
        page_count: doc.pages.length,
        source: doc.source,
        device: doc.device ?? '',
        dpi: doc.dpi,
        file_name: doc.fileName,
        created_by: doc.createdBy,
        created_at: doc.createdAt,
        linked_kind: doc.link?.kind ?? null,
        linked_id: doc.link?.id ?? null,
        linked_code: doc.link?.code ?? null,
        linked_via: doc.link?.via ?? null,
        complaint_id: doc.link?.complaintId ?? null,
        qr_payloads_json: JSON.stringify(doc.qrPayloads),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('scanned_pages')
      .values(doc.pages.map((p, i) => ({ document_id: id, page_no: i + 1, width: p.width, height: p.height, ocr_text: null })))
      .execute();
    return id;
  }

  async byId(id: number): Promise<ScannedDocument | null> {
    const row = await this.db
      .selectFrom('scanned_documents as d')
      .leftJoin('complaints as c', 'c.id', 'd.complaint_id')
      // A letter's number, for the sentence that says which letter the scan belongs to.
      .leftJoin('letters as l', (j) => j.onRef('l.id', '=', 'd.linked_id').on('d.linked_kind', '=', 'surat'))
      .selectAll('d')
      .select(['c.register_number', 'c.tracking_code', 'c.subject', 'l.number as letter_number', 'l.letter_date'])
      .where('d.id', '=', id)
      .executeTakeFirst();
    if (!row) return null;
    const pages = await this.db
      .selectFrom('scanned_pages')
      .select(['page_no', 'width', 'height', 'ocr_status'])
      .where('document_id', '=', id)
      .orderBy('page_no')
      .execute();
    const trackingCode = row.tracking_code ? formatTrackingCode(row.tracking_code) : '';
    const registerNumber = row.register_number ?? '';
    const via = row.linked_via === 'qr' ? 'qr' : 'pilihan';
    const link: ScanLink | null =
      row.linked_kind && row.linked_id !== null && row.complaint_id !== null
        ? {
            kind: row.linked_kind, id: row.linked_id, code: row.linked_code ?? '', complaintId: row.complaint_id,
            registerNumber, complaintSubject: row.subject ?? '', trackingCode, via,
            letter: row.letter_number ? { number: row.letter_number, date: row.letter_date } : null,
            text: scanLinkText({ kind: row.linked_kind, via, registerNumber, trackingCode }, row.letter_number || row.linked_code || ''),
          }
        : null;
    return {
      id: row.id,
      sha256: row.sha256,
      pageCount: row.page_count,
      source: row.source as ScannedDocument['source'],
      device: row.device === '' ? null : row.device,
      dpi: row.dpi,
      fileName: row.file_name,
      size: row.size,
      createdBy: row.created_by,
      createdAt: row.created_at,
      link,
      qrPayloads: JSON.parse(row.qr_payloads_json) as string[],
      pages: pages.map((p) => ({ pageNo: p.page_no, width: p.width, height: p.height, ocrStatus: p.ocr_status })),
    };
  }
}
