import type { Generated } from 'kysely';

/** Tables of the archive (migration 0015). Calendar days are "YYYY-MM-DD", instants ISO UTC. */

export interface ArchiveClassificationsTable {
  id: Generated<number>;
  code: string;
  name: string;
  active_years: number;
  inactive_years: number;
  disposition: 'musnah' | 'permanen' | 'dinilai kembali';
  active: number;
  updated_at: string;
  updated_by: string;
}

export interface ArchiveEntriesTable {
  id: Generated<number>;
  serial_year: number;
  serial_seq: number;
  serial_number: string;
  kind: string;
  classification_id: number;
  title: string;
  document_date: string;
  notes: string;
  complaint_id: number | null;
  letter_id: number | null;
  /** `scanned_documents.id` (migration 0016), without a foreign key: 0016 runs after 0015. */
  scanned_document_id: number | null;
  /** The stored file (attachment store) when filed from a complaint attachment or a scan. */
  attachment_sha256: string | null;
  building: string;
  room: string;
  cabinet: string;
  shelf: string;
  box: string;
  folder: string;
  access_class: string;
  active_until: string;
  inactive_until: string;
  review_on: string;
  disposition: 'musnah' | 'permanen' | 'dinilai kembali';
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
}

export interface ArchiveLoansTable {
  id: Generated<number>;
  entry_id: number;
  borrower_name: string;
  borrower_unit: string;
  purpose: string;
  borrowed_at: string;
  due_back: string;
  returned_at: string | null;
  return_note: Generated<string>;
  lent_by: string;
  returned_by: string | null;
}
