import type { Kysely } from 'kysely';

/**
 * The organisation chart and staff accounts: units as a tree, positions with the position
 * above them, who held each position when (acting officials included), and the accounts
 * that sign in, linked to their positions. `positions.id` and `users.id` are what the SOP
 * engine, trays and dispositions refer to.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('units')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('parent_id', 'integer', (c) => c.references('units.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('units_parent').on('units').column('parent_id').execute();

  await db.schema
    .createTable('positions')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('short_title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('superior_id', 'integer', (c) => c.references('positions.id'))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('positions_unit').on('positions').column('unit_id').execute();
  await db.schema.createIndex('positions_superior').on('positions').column('superior_id').execute();

  await db.schema
    .createTable('position_holders')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('position_id', 'integer', (c) => c.notNull().references('positions.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('nip', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('rank', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('position_holders_position').on('position_holders').columns(['position_id', 'start_date']).execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    // Stored lower-case, so "Rina" and "rina" are one account.
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('nip', 'text', (c) => c.notNull().defaultTo(''))
    // "scrypt$N$r$p$salt$hash": the parameters travel with the hash, so they can rise later.
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('is_admin', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('permissions_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('failed_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'text')
    .addColumn('last_sign_in_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('user_positions')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('position_id', 'integer', (c) => c.notNull().references('positions.id'))
    .addPrimaryKeyConstraint('user_positions_pk', ['user_id', 'position_id'])
    .execute();
  await db.schema.createIndex('user_positions_position').on('user_positions').column('position_id').execute();
}
