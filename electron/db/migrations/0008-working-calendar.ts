import type { Kysely } from 'kysely';
import { SHIPPED_YEARS } from '../../../shared/time/default-holidays';

/**
 * The working calendar: one row per holiday (libur nasional / cuti bersama) so an
 * administrator can add, correct and remove days with a history, and one row per year
 * saying where its list came from and whether it still needs checking against the SKB.
 * Working hours and Ramadan periods live in `settings` under `working_hours`.
 *
 * Seeded with the shipped list as it stands in this release: later corrections of the
 * shipped list reach existing offices through "Kembalikan ke bawaan" or a new migration,
 * never by editing this one.
 */
const SHIPPED_BY = 'Bawaan aplikasi';
const SEEDED_AT = '2026-11-23T00:00:00.000Z';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('calendar_holidays')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    // "2026-12-24": a calendar day, not an instant; one entry per day.
    .addColumn('day', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('calendar_years')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('needs_review', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  const raw = db as Kysely<Record<string, Record<string, unknown>>>;
  for (const year of SHIPPED_YEARS) {
    await raw
      .insertInto('calendar_years')
      .values({ year: year.year, source: year.source, needs_review: year.needsReview ? 1 : 0, updated_by: SHIPPED_BY, updated_at: SEEDED_AT })
      .execute();
    await raw
      .insertInto('calendar_holidays')
      .values(
        year.holidays.map((h) => ({
          day: h.day, kind: h.kind, name: h.name,
          created_by: SHIPPED_BY, created_at: SEEDED_AT, updated_by: SHIPPED_BY, updated_at: SEEDED_AT,
        })),
      )
      .execute();
  }
}
