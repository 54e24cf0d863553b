import type { Kysely } from 'kysely';

/** The reception desk's guest book: one row per visit. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('guest_visits')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('nik', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('institution', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('purpose_other', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('host', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('time_in', 'text', (c) => c.notNull())
    .addColumn('time_out', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('aktif'))
    .addColumn('cancel_reason', 'text')
    .addColumn('cancelled_at', 'text')
    .addColumn('cancelled_by', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // Today's list and date ranges walk time_in; the counter recognises a returning visitor
  // by phone or NIK, so both are indexed (with time_in, to pick the latest visit cheaply).
  await db.schema.createIndex('guest_visits_time_in').on('guest_visits').column('time_in').execute();
  await db.schema.createIndex('guest_visits_phone').on('guest_visits').columns(['phone', 'time_in']).execute();
  await db.schema.createIndex('guest_visits_nik').on('guest_visits').columns(['nik', 'time_in']).execute();
}
