import type { Kysely } from 'kysely';

/**
 * An attachment longer than the OCR reads (30 pages) keeps its whole page count, so the
 * case page can say beside the file which pages a word search does not cover. Null for
 * scans (every page is queued) and for attachments recorded before this column.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('scanned_documents').addColumn('page_total', 'integer').execute();
}
