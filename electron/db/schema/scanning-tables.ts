import type { Generated } from 'kysely';

/** Tables of scanned documents (migration 0016). */

/** One saved scan: a PDF in the attachment store, and what it is linked to. */
export interface ScannedDocumentsTable {
  id: Generated<number>;
  sha256: string;
  size: number;
  page_count: number;
  /** 'sane' | 'wia' | 'folder' | 'berkas' | 'campuran' */
  source: string;
  device: Generated<string>;
  dpi: number | null;
  file_name: string;
  created_by: string;
  created_at: string;
  linked_kind: 'pengaduan' | 'surat' | 'disposisi' | null;
  linked_id: number | null;
  /** The tracking code or the letter's verification code the link was made by. */
  linked_code: string | null;
  linked_via: 'qr' | 'pilihan' | null;
  /** The complaint the document belongs to, whatever it is linked to. */
  complaint_id: number | null;
  /** JSON array of the app QR texts read from the pages. */
  qr_payloads_json: Generated<string>;
  /** An attachment's whole page count (OCR queues at most 30: page_count), 0 if it could not be opened; null for scans. */
  page_total: Generated<number | null>;
}

/** One page of a scanned document; OCR fills in the text later. */
export interface ScannedPagesTable {
  document_id: number;
  page_no: number;
  width: number;
  height: number;
  ocr_text: string | null;
  /** 'menunggu' until OCR has read the page. */
  ocr_status: Generated<string>;
}
