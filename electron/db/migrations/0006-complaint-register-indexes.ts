import { sql, type Kysely } from 'kysely';

/**
 * Indexes the register needs at 1,000,000 complaints (bench/ suite complaint-register):
 * the case page's "merged into this one" and links lookups were full scans, and the
 * channel + date filter read every row of the window to check its status.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Few complaints are merged: a partial index holds only those.
  await sql`CREATE INDEX complaints_merged_into ON complaints (merged_into_id) WHERE merged_into_id IS NOT NULL`.execute(db);
  // complaint_id = ? OR related_id = ?: the primary key serves the first half only.
  await db.schema.createIndex('complaint_links_related').on('complaint_links').column('related_id').execute();
  // Status inside the index: a status + channel + date filter is counted without reading rows.
  await db.schema.dropIndex('complaints_channel_received').execute();
  await db.schema.createIndex('complaints_channel_received').on('complaints').columns(['channel', 'received_at', 'status']).execute();
}
