import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../electron/db/database-schema';
import { migrate } from '../../../electron/db/migrate';
import { LATEST_MIGRATION, MIGRATIONS, type MigrationName } from '../../../electron/db/migrations';
import { openDatabase } from '../../../electron/db/open-database';
import { sqliteGuestNameSearch } from '../../../electron/db/search/guest-name-search';
import { makeTempDir, removeTempDir } from '../../support/temp-dir';

const NAMES = Object.keys(MIGRATIONS) as MigrationName[];

/** The tables holding user data; derived tables (FTS shadows, migration bookkeeping) are not listed. */
const DATA_TABLES = [
  'settings', 'audit_log', 'guest_visits', 'complaint_categories', 'number_counters', 'complaints',
  'complaint_attachments', 'complaint_links', 'consultation_notes',
] as const;

/**
 * Rows each migration's tables can hold, written with plain SQL as that version knew them.
 * Every migration needs an entry, so a new migration cannot land without rows to upgrade.
 */
const SEEDS: Record<string, (db: Kysely<unknown>) => Promise<void>> = {
  '0001-settings-and-audit': async (db) => {
    await sql`INSERT INTO settings (key, value_json, updated_at, updated_by) VALUES
      ('office', ${JSON.stringify({ nameLines: ['Pemerintah Kota Palu'], timeZone: 'WITA', paperSize: 'F4' })},
       '2026-01-05T01:00:00.000Z', 'Admin')`.execute(db);
    await sql`INSERT INTO audit_log (entity_type, entity_id, action, actor, at, changes_json, reason) VALUES
      ('settings', 1, 'diubah', 'Admin', '2026-01-05T01:00:00.000Z', '{"timeZone":["WIB","WITA"]}', NULL),
      ('guest_visit', 1, 'dibatalkan', 'Rina', '2026-01-06T02:00:00.000Z', '{"status":["aktif","dibatalkan"]}', 'Salah input')`.execute(db);
  },
  '0002-guest-book': async (db) => {
    await sql`INSERT INTO guest_visits
      (name, nik, phone, address, institution, purpose, purpose_other, host, notes, time_in, time_out,
       status, cancel_reason, cancelled_at, cancelled_by, created_by, updated_at) VALUES
      ('Siti Rahmawati', '3271014506900001', '081234567890', 'Jl. Merdeka 5', 'Dinas Sosial', 'konsultasi', '',
       'Bidang Umum', 'catatan', '2026-01-06T01:00:00.000Z', '2026-01-06T01:30:00.000Z',
       'aktif', NULL, NULL, NULL, 'Rina', '2026-01-06T01:30:00.000Z'),
      ('Dédé Sunarya', '', '', '', 'LSM Peduli Sulawesi', 'lainnya', 'Ambil berkas',
       '', '', '2026-01-06T02:00:00.000Z', NULL,
       'dibatalkan', 'Salah input', '2026-01-06T02:05:00.000Z', 'Rina', 'Rina', '2026-01-06T02:05:00.000Z')`.execute(db);
  },
  '0003-guest-name-search': async () => {
    // Adds only a derived index; its rows are rebuilt from guest_visits.
  },
  '0004-complaint-register': async (db) => {
    await sql`INSERT INTO number_counters (scope, year, last_value) VALUES ('register-pengaduan', 2026, 2)`.execute(db);
    await sql`INSERT INTO complaints
      (register_year, register_seq, register_number, tracking_code, channel, form, kind, category_id, subject, description,
       requested_action, unit_complained, event_place, event_date, privacy, complainant_name, complainant_nik,
       complainant_phone, complainant_email, complainant_address, channel_details_json, lapor_tracking_id, guest_visit_id,
       settled_at_counter, counter_answer, status, received_at, due_at, closed_at, merged_into_id, created_by, updated_at)
      VALUES
      (2026, 1, '001/ADU/HM.01/I/2026', '23456789A', 'surat', 'tertulis', 'pengaduan', 1, 'Bantuan koperasi belum cair',
       'Dana hibah untuk koperasi kami belum dicairkan sejak Maret.', 'Pencairan dana', 'Bidang Koperasi', 'Palu', '2026-01-02',
       'biasa', 'Siti Rahmawati', '7271014506900001', '081234567890', '', 'Jl. Merdeka 5', '{"letterNumber":"12/KSP/I/2026"}',
       NULL, 1, 0, '', 'diproses', '2026-01-06T01:10:00.000Z', '2026-01-27T01:10:00.000Z', NULL, NULL, 'Rina',
       '2026-01-06T01:10:00.000Z'),
      (2026, 2, '002/ADU/HM.01/I/2026', 'BCDEFGHJK', 'lapor', 'tertulis', 'aspirasi', NULL, 'Usulan pelatihan UMKM daring',
       'Mohon diadakan pelatihan pemasaran daring bagi UMKM di kecamatan kami.', '', '', '', '', 'rahasia', 'Andi Wijaya', '',
       '085211112222', '', '', '{"laporTrackingId":"LAP-8812"}', 'LAP-8812', NULL, 0, '', 'diterima',
       '2026-01-07T02:00:00.000Z', '2026-01-12T02:00:00.000Z', NULL, NULL, 'Rina', '2026-01-07T02:00:00.000Z')`.execute(db);
    await sql`INSERT INTO complaint_attachments (complaint_id, sha256, file_name, mime_type, size, uploaded_by, uploaded_at)
      VALUES (1, ${'a'.repeat(64)}, 'surat.pdf', 'application/pdf', 1234, 'Rina', '2026-01-06T01:10:00.000Z')`.execute(db);
    await sql`INSERT INTO complaint_links (complaint_id, related_id, created_by, created_at)
      VALUES (1, 2, 'Rina', '2026-01-07T02:05:00.000Z')`.execute(db);
    await sql`INSERT INTO consultation_notes (complaint_id, guest_visit_id, note, created_by, created_at)
      VALUES (1, 1, 'Pelapor menanyakan perkembangan; dijelaskan sedang diproses.', 'Rina', '2026-01-08T03:00:00.000Z')`.execute(db);
  },
  '0005-complaint-search': async () => {
    // Adds only derived full-text indexes; their rows are rebuilt from complaints.
  },
  '0006-complaint-register-indexes': async () => {
    // Adds only indexes.
  },
  '0007-organisation-and-accounts': async () => {
    // TODO(organisation): rows of units, positions and accounts.
  },
  '0008-working-calendar': async () => {
    // TODO(calendar): rows of the holiday calendar and working hours.
  },
  '0009-sop-definitions': async () => {
    // TODO(sop): rows of SOP versions.
  },
};

let dir: string;
let db: Kysely<Database>;

beforeEach(async () => {
  dir = makeTempDir('meja-migrate-');
  db = await openDatabase(path.join(dir, 'migrate.sqlite3'));
});

afterEach(async () => {
  await db.destroy();
  removeTempDir(dir);
});

const raw = () => db as unknown as Kysely<unknown>;

async function existingTables(): Promise<string[]> {
  const rows = await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table'`.execute(db);
  return rows.rows.map((r) => r.name);
}

/** Every row of every data table that exists, in rowid order. */
async function snapshot(): Promise<Record<string, unknown[]>> {
  const present = new Set(await existingTables());
  const out: Record<string, unknown[]> = {};
  for (const table of DATA_TABLES) {
    if (!present.has(table)) continue;
    out[table] = (await sql`SELECT * FROM ${sql.table(table)} ORDER BY rowid`.execute(db)).rows;
  }
  return out;
}

async function schemaText(): Promise<string[]> {
  const rows = await sql<{ sql: string | null }>`SELECT sql FROM sqlite_master ORDER BY type, name`.execute(db);
  return rows.rows.map((r) => r.sql ?? '');
}

describe('migrations', () => {
  it('are listed in numeric order with unique 4-digit prefixes', () => {
    expect(NAMES.length).toBeGreaterThan(0);
    for (const name of NAMES) expect(name).toMatch(/^\d{4}-[a-z0-9]+(-[a-z0-9]+)*$/);
    const numbers = NAMES.map((n) => Number(n.slice(0, 4)));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1)); // 0001, 0002, … without gaps
    expect([...NAMES].sort()).toEqual(NAMES); // the order Kysely's Migrator applies them in
    expect(LATEST_MIGRATION).toBe(NAMES.at(-1));
  });

  it('each have rows for the upgrade test', () => {
    expect(Object.keys(SEEDS)).toEqual(NAMES);
  });

  for (let n = 1; n < NAMES.length; n++) {
    const previous = NAMES[n - 1]!;
    const target = NAMES[n]!;
    it(`${target} keeps the rows written at ${previous}`, async () => {
      await migrate(raw(), previous);
      for (const name of NAMES.slice(0, n)) await SEEDS[name]!(raw());
      const before = await snapshot();
      expect(Object.values(before).flat().length).toBeGreaterThan(0);

      await migrate(raw(), target);

      const after = await snapshot();
      for (const [table, rows] of Object.entries(before)) expect(after[table], table).toEqual(rows);
    });
  }

  it('0003 puts guest rows written before it into the name search', async () => {
    await migrate(raw(), '0002-guest-book');
    await SEEDS['0001-settings-and-audit']!(raw());
    await SEEDS['0002-guest-book']!(raw());
    const ids = (await db.selectFrom('guest_visits').select('id').orderBy('id').execute()).map((r) => r.id);

    await migrate(raw(), '0003-guest-name-search');

    const search = sqliteGuestNameSearch(db);
    expect(await search.findVisitIds('rahma', 10)).toEqual([ids[0]]);
    expect(await search.findVisitIds('dede', 10)).toEqual([ids[1]]);
    expect(await search.findVisitIds('sulawesi', 10)).toEqual([ids[1]]);
    expect(await search.findVisitIds('dinas', 10)).toEqual([ids[0]]);
  });

  it('0005 puts complaints written before it into the full-text and name indexes', async () => {
    await migrate(raw(), '0004-complaint-register');
    for (const name of NAMES.slice(0, 4)) await SEEDS[name]!(raw());

    await migrate(raw(), '0005-complaint-search');

    const byWords = await sql<{ id: number }>`SELECT rowid AS id FROM complaints_fts WHERE complaints_fts MATCH 'hibah'`.execute(db);
    expect(byWords.rows.map((r) => r.id)).toEqual([1]);
    const byName = await sql<{ id: number }>`SELECT rowid AS id FROM complaint_names_trigram WHERE complaint_names_trigram MATCH 'wijaya'`.execute(db);
    expect(byName.rows.map((r) => r.id)).toEqual([2]);
  });

  it('migrating again is a no-op', async () => {
    await migrate(raw());
    for (const name of NAMES) await SEEDS[name]!(raw());
    const rows = await snapshot();
    const schema = await schemaText();
    const applied = await sql`SELECT name FROM kysely_migration ORDER BY name`.execute(db);

    await migrate(raw());
    await migrate(raw(), LATEST_MIGRATION);

    expect(await snapshot()).toEqual(rows);
    expect(await schemaText()).toEqual(schema);
    const appliedAgain = await sql`SELECT name FROM kysely_migration ORDER BY name`.execute(db);
    expect(appliedAgain.rows).toEqual(applied.rows);
    expect(appliedAgain.rows.map((r) => (r as { name: string }).name)).toEqual(NAMES);
  });
});
