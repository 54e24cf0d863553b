import { sql, type Kysely } from 'kysely';

/**
 * Scanned documents: one PDF per save (stored in the attachment store under its SHA-256)
 * and one row per page. `scanned_pages.ocr_text` / `ocr_status` are filled in later by
 * the OCR queue ('menunggu' → 'selesai' | 'gagal'), so a save never waits for OCR.
 * A document is linked to a complaint, a letter or a lembar disposisi (or to nothing,
 * for the archive); `complaint_id` says which complaint it belongs to either way.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('scanned_documents')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('page_count', 'integer', (c) => c.notNull())
    // 'sane' | 'wia' | 'folder' | 'berkas' | 'campuran'
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('device', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('dpi', 'integer')
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('linked_kind', 'text', (c) => c.check(sql`linked_kind IN ('pengaduan', 'surat', 'disposisi')`))
    .addColumn('linked_id', 'integer')
    .addColumn('linked_code', 'text')
    // 'qr' when a QR code on the paper made the link, 'pilihan' when the clerk chose it.
    .addColumn('linked_via', 'text')
    .addColumn('complaint_id', 'integer', (c) => c.references('complaints.id'))
    .addColumn('qr_payloads_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema.createIndex('scanned_documents_link').on('scanned_documents').columns(['linked_kind', 'linked_id']).execute();
  await db.schema.createIndex('scanned_documents_complaint').on('scanned_documents').column('complaint_id').execute();
  await db.schema.createIndex('scanned_documents_created').on('scanned_documents').column('created_at').execute();

  await db.schema
    .createTable('scanned_pages')
    .addColumn('document_id', 'integer', (c) => c.notNull().references('scanned_documents.id'))
    .addColumn('page_no', 'integer', (c) => c.notNull())
    // Pixels as the page is seen (after rotation).
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('ocr_text', 'text')
    .addColumn('ocr_status', 'text', (c) => c.notNull().defaultTo('menunggu'))
    .addPrimaryKeyConstraint('scanned_pages_pk', ['document_id', 'page_no'])
    .execute();
  // The OCR queue takes the oldest waiting pages first.
  await db.schema.createIndex('scanned_pages_ocr_status').on('scanned_pages').columns(['ocr_status', 'document_id']).execute();
}
