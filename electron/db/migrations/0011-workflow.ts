import { sql, type Kysely } from 'kysely';

/**
 * The SOP engine's tables. A run is a complaint in one SOP version; its history is the
 * list of `workflow_events` (the engine's events as JSON, append-only); everything else
 * is derived. `workflow_tasks` is that derivation written down for the tray and the
 * dashboard, rewritten per run after every change: one row per (task, tray position) —
 * open rows in every position that may act, a done row in the position that acted.
 * Indexes sized for 1,000,000 complaints and 5,000,000 task rows (bench workflow-tray).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Which office positions stand for an SOP's actor column; by SOP code, so a new version keeps it.
  await db.schema
    .createTable('sop_actor_positions')
    .addColumn('sop_code', 'text', (c) => c.notNull())
    .addColumn('actor_key', 'text', (c) => c.notNull())
    .addColumn('position_id', 'integer', (c) => c.notNull().references('positions.id'))
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sop_actor_positions_pk', ['sop_code', 'actor_key', 'position_id'])
    .execute();
  await db.schema.createIndex('sop_actor_positions_position').on('sop_actor_positions').columns(['position_id', 'sop_code']).execute();

  await db.schema
    .createTable('workflow_runs')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    // One run per complaint: a reopened matter continues its run.
    .addColumn('complaint_id', 'integer', (c) => c.notNull().unique().references('complaints.id'))
    .addColumn('sop_version_id', 'integer', (c) => c.notNull().references('sop_versions.id'))
    .addColumn('sop_code', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    // 'selesai' | 'bukan-kewenangan' while finished; null while running.
    .addColumn('ending', 'text')
    .addColumn('paused', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('event_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('workflow_events')
    .addColumn('run_id', 'integer', (c) => c.notNull().references('workflow_runs.id'))
    // 1, 2, …: the primary key refuses a second writer appending the same place.
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('payload_json', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('user_name', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('workflow_events_pk', ['run_id', 'seq'])
    .execute();

  await db.schema
    .createTable('workflow_tasks')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('run_id', 'integer', (c) => c.notNull().references('workflow_runs.id'))
    .addColumn('complaint_id', 'integer', (c) => c.notNull())
    .addColumn('sop_code', 'text', (c) => c.notNull())
    .addColumn('step_no', 'integer', (c) => c.notNull())
    .addColumn('actor_key', 'text', (c) => c.notNull())
    // The recipient part of a disposed step; null for the step as a whole.
    .addColumn('part_position_id', 'integer')
    // The tray the row is in; null for a `sistem` step (nobody's tray).
    .addColumn('position_id', 'integer')
    .addColumn('unit_id', 'integer')
    // 1 on exactly one row per task: counts and compliance read these only.
    .addColumn('is_primary', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('box', 'text', (c) => c.notNull())
    // due_at for the waiting boxes, done_at for the done ones: one index orders every box.
    .addColumn('sort_at', 'text')
    .addColumn('read_at', 'text')
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text')
    .addColumn('done_at', 'text')
    .addColumn('on_time', 'integer')
    .addColumn('late_minutes', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('urgency', 'text')
    .addColumn('reason', 'text')
    .addColumn('outcome_text', 'text')
    .addColumn('paused', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  // A position's tray, one box, in order: an index range read, whatever the table's size.
  await db.schema.createIndex('workflow_tasks_tray').on('workflow_tasks').columns(['position_id', 'box', 'sort_at']).execute();
  await db.schema.createIndex('workflow_tasks_run').on('workflow_tasks').column('run_id').execute();
  // Waiting work only (a few % of the rows): overdue and due-today counts, per unit.
  await sql`CREATE INDEX workflow_tasks_waiting_due ON workflow_tasks (due_at, unit_id)
    WHERE done_at IS NULL AND is_primary = 1 AND position_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX workflow_tasks_waiting_unit ON workflow_tasks (unit_id, due_at)
    WHERE done_at IS NULL AND is_primary = 1 AND position_id IS NOT NULL`.execute(db);
  // System steps that close by themselves: found by due time without scanning the rest.
  await sql`CREATE INDEX workflow_tasks_system_due ON workflow_tasks (due_at) WHERE position_id IS NULL AND done_at IS NULL`.execute(db);
  // Compliance over a period: covering, so the figures sum without reading rows.
  await sql`CREATE INDEX workflow_tasks_done ON workflow_tasks (done_at, unit_id, on_time, late_minutes)
    WHERE done_at IS NOT NULL AND is_primary = 1`.execute(db);

  await db.schema
    .createTable('workflow_dispositions')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('run_id', 'integer', (c) => c.notNull().references('workflow_runs.id'))
    .addColumn('complaint_id', 'integer', (c) => c.notNull())
    .addColumn('step_no', 'integer', (c) => c.notNull())
    .addColumn('urgency', 'text', (c) => c.notNull())
    .addColumn('instructions_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('other_instruction', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('recipients_json', 'text', (c) => c.notNull())
    .addColumn('deadline_day', 'text')
    .addColumn('due_at', 'text')
    .addColumn('disposer_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('disposer_name', 'text', (c) => c.notNull())
    .addColumn('disposer_position', 'text', (c) => c.notNull())
    .addColumn('disposed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('workflow_dispositions_complaint').on('workflow_dispositions').column('complaint_id').execute();

  await db.schema
    .createTable('workflow_telaah')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('complaint_id', 'integer', (c) => c.notNull().references('complaints.id'))
    .addColumn('step_no', 'integer', (c) => c.notNull())
    .addColumn('checklist_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('analysis', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('recommendation', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('decision', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('saved_by', 'text', (c) => c.notNull())
    .addColumn('saved_at', 'text', (c) => c.notNull())
    // One telaah per step of a complaint; saving again updates it (the audit log keeps the old text).
    .addUniqueConstraint('workflow_telaah_step', ['complaint_id', 'step_no'])
    .execute();

  await db.schema
    .createTable('workflow_teams')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('complaint_id', 'integer', (c) => c.notNull().references('complaints.id'))
    .addColumn('step_no', 'integer', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('subject', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('considerations_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('tasks_json', 'text', (c) => c.notNull())
    .addColumn('members_json', 'text', (c) => c.notNull())
    .addColumn('copies_to_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('term_from', 'text', (c) => c.notNull())
    .addColumn('term_to', 'text', (c) => c.notNull())
    .addColumn('decided_on', 'text', (c) => c.notNull())
    .addColumn('signer_position_id', 'integer', (c) => c.notNull().references('positions.id'))
    .addColumn('signer_json', 'text', (c) => c.notNull())
    .addColumn('saved_by', 'text', (c) => c.notNull())
    .addColumn('saved_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('workflow_teams_complaint').on('workflow_teams').column('complaint_id').execute();
}
