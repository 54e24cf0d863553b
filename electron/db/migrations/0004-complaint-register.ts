import { sql, type Kysely } from 'kysely';

/**
 * The complaint register: complaints from every channel, their categories, attachments
 * (stored by content hash in the data folder), links between related complaints,
 * consultation notes, and the yearly counters behind register numbers.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('complaint_categories')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('number_counters')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_value', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('number_counters_pk', ['scope', 'year'])
    .execute();

  await db.schema
    .createTable('complaints')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('register_year', 'integer', (c) => c.notNull())
    .addColumn('register_seq', 'integer', (c) => c.notNull())
    .addColumn('register_number', 'text', (c) => c.notNull().unique())
    .addColumn('tracking_code', 'text', (c) => c.notNull().unique())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('form', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('category_id', 'integer', (c) => c.references('complaint_categories.id'))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('requested_action', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('unit_complained', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('event_place', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('event_date', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('privacy', 'text', (c) => c.notNull())
    .addColumn('complainant_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('complainant_nik', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('complainant_phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('complainant_email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('complainant_address', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('channel_details_json', 'text', (c) => c.notNull().defaultTo('{}'))
    // Its own column so the register can refuse a second complaint with the same ticket.
    .addColumn('lapor_tracking_id', 'text', (c) => c.unique())
    .addColumn('guest_visit_id', 'integer', (c) => c.references('guest_visits.id'))
    .addColumn('settled_at_counter', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('counter_answer', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('merged_into_id', 'integer', (c) => c.references('complaints.id'))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('complaints_register_seq', ['register_year', 'register_seq'])
    .execute();

  for (const [name, columns] of [
    ['complaints_received_at', ['received_at']],
    ['complaints_status_received', ['status', 'received_at']],
    ['complaints_due_at', ['due_at']],
    ['complaints_phone', ['complainant_phone']],
    ['complaints_nik', ['complainant_nik']],
    ['complaints_channel_received', ['channel', 'received_at']],
    ['complaints_category', ['category_id', 'received_at']],
  ] as const) {
    await db.schema.createIndex(name).on('complaints').columns([...columns]).execute();
  }

  await db.schema
    .createTable('complaint_attachments')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('complaint_id', 'integer', (c) => c.notNull().references('complaints.id'))
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('mime_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('complaint_attachments_complaint').on('complaint_attachments').column('complaint_id').execute();

  await db.schema
    .createTable('complaint_links')
    .addColumn('complaint_id', 'integer', (c) => c.notNull().references('complaints.id'))
    .addColumn('related_id', 'integer', (c) => c.notNull().references('complaints.id'))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('complaint_links_pk', ['complaint_id', 'related_id'])
    .execute();

  await db.schema
    .createTable('consultation_notes')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('complaint_id', 'integer', (c) => c.notNull().references('complaints.id'))
    .addColumn('guest_visit_id', 'integer', (c) => c.references('guest_visits.id'))
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('consultation_notes_complaint').on('consultation_notes').column('complaint_id').execute();

  // A starting list an office edits in Settings.
  const categories = [
    'Pelayanan publik', 'Perilaku petugas', 'Perizinan', 'Bantuan dan hibah', 'Pungutan liar',
    'Sarana dan prasarana', 'Informasi publik', 'Kepegawaian', 'Lainnya',
  ];
  for (const name of categories) {
    await sql`INSERT INTO complaint_categories (name, active) VALUES (${name}, 1)`.execute(db);
  }
}
