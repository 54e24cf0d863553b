import type { Kysely } from 'kysely';

/**
 * SOPs as data. Every save is a new row of `sop_versions` (never an update): a complaint
 * that started under version 2 keeps running under version 2 when version 3 is saved, so
 * the engine references the version's id. `sop_assignments` says which SOP (by code, so a
 * new version takes over for new complaints) the office uses: the default and per channel.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sop_versions')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('definition_json', 'text', (c) => c.notNull())
    // SHA-256 of the canonical JSON: tells an unchanged save or a re-import from a real change.
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('preset_id', 'text')
    .addColumn('change_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('sop_versions_code_version', ['code', 'version'])
    .execute();

  await db.schema
    .createTable('sop_assignments')
    // 'default', or 'channel:<channel code>' ("channel:lapor").
    .addColumn('scope', 'text', (c) => c.primaryKey())
    .addColumn('sop_code', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
