import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../electron/db/database-schema';
import { migrate } from '../../../electron/db/migrate';
import { LATEST_MIGRATION, MIGRATIONS, type MigrationName } from '../../../electron/db/migrations';
import { openDatabase } from '../../../electron/db/open-database';
import { archiveFacetText } from '../../../electron/db/search/archive-text-search';
import { sqliteGuestNameSearch } from '../../../electron/db/search/guest-name-search';
import { makeTempDir, removeTempDir } from '../../support/temp-dir';

const NAMES = Object.keys(MIGRATIONS) as MigrationName[];

/** The tables holding user data; derived tables (FTS shadows, migration bookkeeping) are not listed. */
const DATA_TABLES = [
  'settings', 'audit_log', 'guest_visits', 'complaint_categories', 'number_counters', 'complaints',
  'complaint_attachments', 'complaint_links', 'consultation_notes',
  'units', 'positions', 'position_holders', 'users', 'user_positions',
  'sop_versions', 'sop_assignments',
  'calendar_holidays', 'calendar_years',
  'letters', 'letter_versions', 'letter_actions', 'letter_numbers', 'letter_deliveries',
  'print_settings', 'print_log',
  'archive_classifications', 'archive_entries', 'archive_loans',
  'scanned_documents', 'scanned_pages',
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
  '0007-organisation-and-accounts': async (db) => {
    const at = '2026-01-08T01:00:00.000Z';
    await sql`INSERT INTO units (parent_id, name, code, sort_order, active, updated_at) VALUES
      (NULL, 'Dinas Koperasi dan UKM', 'DISKOP', 0, 1, ${at}), (1, 'Sekretariat', 'SEK', 1, 1, ${at})`.execute(db);
    await sql`INSERT INTO positions (unit_id, title, short_title, superior_id, sort_order, active, updated_at) VALUES
      (1, 'Kepala Dinas', 'Kadis', NULL, 0, 1, ${at}), (2, 'Sekretaris', 'Sekdis', 1, 1, 1, ${at})`.execute(db);
    await sql`INSERT INTO position_holders (position_id, name, nip, rank, kind, start_date, end_date, updated_at) VALUES
      (1, 'Sisliandy Ponulele', '197807071997121001', 'Pembina Utama Muda, IV/c', 'definitif', '2024-01-02', NULL, ${at}),
      (1, 'Muh. Rizal Lamarauna', '196905121994031006', 'Pembina Tingkat I, IV/b', 'plh', '2026-01-12', '2026-01-16', ${at})`.execute(db);
    await sql`INSERT INTO users (username, name, nip, password_hash, is_admin, permissions_json, active, failed_attempts, locked_until,
      last_sign_in_at, created_at, updated_at) VALUES
      ('admin', 'Rina Oktaviani', '', ${'scrypt$1024$8$1$' + 'c2FsdA==$aGFzaA=='}, 1, '[]', 1, 0, NULL, ${at}, ${at}, ${at}),
      ('sekretaris', 'Muh. Rizal Lamarauna', '196905121994031006', ${'scrypt$1024$8$1$' + 'c2FsdA==$aGFzaA=='}, 0,
       '["lihat-identitas-rahasia"]', 1, 2, NULL, NULL, ${at}, ${at})`.execute(db);
    await sql`INSERT INTO user_positions (user_id, position_id) VALUES (2, 2), (2, 1)`.execute(db);
  },
  '0008-working-calendar': async (db) => {
    await sql`INSERT INTO calendar_holidays (day, kind, name, created_by, created_at, updated_by, updated_at)
      VALUES ('2026-11-30', 'cuti-bersama', 'Cuti bersama daerah', 'Admin', '2026-01-11T01:00:00.000Z', 'Admin', '2026-01-11T01:00:00.000Z')`.execute(db);
    await sql`INSERT INTO calendar_years (year, source, needs_review, updated_by, updated_at)
      VALUES (2028, 'Diisi administrator', 0, 'Admin', '2026-01-11T01:00:00.000Z')`.execute(db);
    await sql`INSERT INTO settings (key, value_json, updated_at, updated_by) VALUES ('working_hours', ${JSON.stringify({
      regular: [null, ...Array(5).fill({ start: '08.00', end: '16.00', breakStart: '', breakEnd: '' }), null],
      ramadan: [null, ...Array(5).fill({ start: '08.00', end: '15.00', breakStart: '', breakEnd: '' }), null],
      ramadanPeriods: [],
    })}, '2026-01-11T01:00:00.000Z', 'Admin')`.execute(db);
  },
  '0009-sop-definitions': async (db) => {
    const definition = JSON.stringify({
      code: 'uji', title: 'SOP Uji', agencyLines: ['Dinas Uji'], sopNumber: '', effectiveDate: '', approvedBy: '', source: '',
      actors: [{ key: 'petugas', label: 'Petugas', kind: 'jabatan' }],
      steps: [{ no: 1, activity: 'Menerima', actors: ['petugas'], inputs: '', standardTime: null, output: '', outputKind: 'catatan', note: '', next: null, decision: null }],
    });
    await sql`INSERT INTO sop_versions (code, version, title, definition_json, content_hash, origin, preset_id, change_note, created_by, created_at)
      VALUES ('uji', 1, 'SOP Uji', ${definition}, ${'b'.repeat(64)}, 'preset', '003', 'Dipasang', 'Admin', '2026-01-09T01:00:00.000Z'),
             ('uji', 2, 'SOP Uji', ${definition}, ${'c'.repeat(64)}, 'edit', '003', 'Waktu diubah', 'Admin', '2026-01-10T01:00:00.000Z')`.execute(db);
    await sql`INSERT INTO sop_assignments (scope, sop_code, updated_by, updated_at)
      VALUES ('default', 'uji', 'Admin', '2026-01-09T01:00:00.000Z'), ('channel:lapor', 'uji', 'Admin', '2026-01-09T01:00:00.000Z')`.execute(db);
  },
  '0010-complaint-name-search': async () => {
    // Adds only a derived name index; its rows are written from complaints.
  },
  '0011-workflow': async (db) => {
    await sql`INSERT INTO sop_actor_positions (sop_code, actor_key, position_id, updated_by, updated_at)
      VALUES ('uji', 'petugas', 1, 'Admin', '2026-01-12T01:00:00.000Z')`.execute(db);
    await sql`INSERT INTO workflow_runs (complaint_id, sop_version_id, sop_code, started_at, finished_at, ending, paused, event_count, updated_at)
      VALUES (1, 2, 'uji', '2026-01-12T01:00:00.000Z', NULL, NULL, 0, 1, '2026-01-12T01:00:00.000Z')`.execute(db);
    const started = JSON.stringify({ type: 'started', at: '2026-01-12T01:00:00.000Z', by: { userId: 1, name: 'Admin' }, sopCode: 'uji', sopVersion: 2, stepNo: 1 });
    await sql`INSERT INTO workflow_events (run_id, seq, type, payload_json, at, user_id, user_name)
      VALUES (1, 1, 'started', ${started}, '2026-01-12T01:00:00.000Z', 1, 'Admin')`.execute(db);
    await sql`INSERT INTO workflow_tasks (run_id, complaint_id, sop_code, step_no, actor_key, position_id, unit_id, box, sort_at, received_at, due_at)
      VALUES (1, 1, 'uji', 1, 'petugas', 1, 1, 'masuk', NULL, '2026-01-12T01:00:00.000Z', NULL)`.execute(db);
    await sql`INSERT INTO workflow_dispositions (run_id, complaint_id, step_no, urgency, recipients_json, disposer_name, disposer_position, disposed_at)
      VALUES (1, 1, 1, 'segera', '[1]', 'Admin', 'Kepala Dinas', '2026-01-12T02:00:00.000Z')`.execute(db);
    await sql`INSERT INTO workflow_telaah (complaint_id, step_no, analysis, saved_by, saved_at)
      VALUES (1, 1, 'Lengkap.', 'Admin', '2026-01-12T02:00:00.000Z')`.execute(db);
    await sql`INSERT INTO workflow_teams (complaint_id, step_no, number, tasks_json, members_json, term_from, term_to, decided_on, signer_position_id, signer_json, saved_by, saved_at)
      VALUES (1, 1, 'SK-1', '["Menelusuri"]', '[]', '2026-01-12', '2026-02-12', '2026-01-12', 1, '{}', 'Admin', '2026-01-12T02:00:00.000Z')`.execute(db);
  },
  '0012-workflow-compliance-summary': async (db) => {
    await sql`INSERT INTO workflow_compliance_days (zone, day, unit_id, sop_code, step_no, total, on_time, late, untimed, delay_sum, worst)
      VALUES ('WITA', '2026-01-12', 1, 'uji', 1, 3, 1, 2, 0, 95, 60)`.execute(db);
  },
  '0013-letters': async (db) => {
    await sql`INSERT INTO letters (complaint_id, kind, state, content_json, saved_at, saved_by, current_version, round, route_json, number, letter_date,
        signed_at, signed_by, signed_version, content_hash, verification_code, created_by, created_at, updated_at)
      VALUES (1, 'surat-jawaban', 'ditandatangani', '{}', '2026-01-12T03:00:00.000Z', 'Admin', 1, 1, '[]', '001/UJI/HM.01/I/2026', '2026-01-12',
        '2026-01-12T03:00:00.000Z', 'Admin', 1, ${'d'.repeat(64)}, 'K7M2Q9XA4B', 'Admin', '2026-01-12T02:00:00.000Z', '2026-01-12T03:00:00.000Z')`.execute(db);
    await sql`INSERT INTO letter_versions (letter_id, version, reason, note, content_json, content_hash, created_by, created_at)
      VALUES (1, 1, 'tanda-tangan', '', '{}', ${'d'.repeat(64)}, 'Admin', '2026-01-12T03:00:00.000Z')`.execute(db);
    await sql`INSERT INTO letter_actions (letter_id, round, stop_order, action, version, position_id, user_id, actor, note, at)
      VALUES (1, 1, 1, 'tanda-tangan', 1, 1, 1, 'Admin', '', '2026-01-12T03:00:00.000Z')`.execute(db);
    await sql`INSERT INTO letter_numbers (kind, year, sequence, number, letter_id, issued_at, status)
      VALUES ('surat-jawaban', 2026, 1, '001/UJI/HM.01/I/2026', 1, '2026-01-12T03:00:00.000Z', 'berlaku')`.execute(db);
    await sql`INSERT INTO letter_deliveries (letter_id, method, delivered_at, recipient, proof, note, recorded_by, recorded_at)
      VALUES (1, 'langsung', '2026-01-12T04:00:00.000Z', 'Ahmad', '', '', 'Admin', '2026-01-12T04:00:00.000Z')`.execute(db);
  },
  '0014-printing': async (db) => {
    await sql`INSERT INTO print_settings (document_kind, printer, paper, copies, method, duplex, updated_at, updated_by) VALUES
      ('tanda-terima', 'Loket_Epson', 'A4', 2, 'langsung', 0, '2026-01-12T01:00:00.000Z', 'Admin')`.execute(db);
    await sql`INSERT INTO print_log (document_kind, title, reference, printer, copies, pages, paper, method, status, error, job_id, printed_by, printed_at) VALUES
      ('tanda-terima', 'Tanda terima pengaduan', '7KQ4MX2RB', 'Loket_Epson', 2, 1, 'A4', 'langsung', 'terkirim', NULL, 'Loket_Epson-7', 'Rina', '2026-01-12T01:05:00.000Z'),
      ('lembar-disposisi', 'Lembar disposisi', '001/ADU/HM.01/I/2026', 'Tidak_Ada', 1, 1, '215x165mm', 'langsung', 'gagal', 'Printer tidak ditemukan.', NULL, 'Rina', '2026-01-12T01:06:00.000Z')`.execute(db);
  },
  '0015-archive': async (db) => {
    await sql`INSERT INTO archive_classifications (code, name, active_years, inactive_years, disposition, active, updated_at, updated_by)
      VALUES ('PW.01', 'Laporan hasil pemeriksaan pengaduan', 5, 10, 'permanen', 1, '2026-01-14T01:00:00.000Z', 'Admin')`.execute(db);
    await sql`INSERT INTO number_counters (scope, year, last_value) VALUES ('arsip', 2026, 1)`.execute(db);
    await sql`INSERT INTO archive_entries (serial_year, serial_seq, serial_number, kind, classification_id, title, document_date, notes,
      complaint_id, letter_id, scanned_document_id, attachment_sha256, building, room, cabinet, shelf, box, folder, access_class,
      active_until, inactive_until, review_on, disposition, created_by, created_at, updated_by, updated_at)
      VALUES (2026, 1, '0001/HM.01.1/ARSIP/2026', 'surat_jawaban_terpindai', 2, 'Jawaban pencairan hibah', '2026-01-12', '',
       1, 1, NULL, NULL, 'A', 'Ruang Arsip', '2', '3', '12', '4', 'biasa',
       '2028-01-11', '2031-01-11', '2031-01-12', 'dinilai kembali', 'Rina', '2026-01-14T01:00:00.000Z', 'Rina', '2026-01-14T01:00:00.000Z')`.execute(db);
    await sql`INSERT INTO archive_fts (rowid, serial_number, title, classification, location, related, notes, ocr_text, access)
      VALUES (1, '0001/HM.01.1/ARSIP/2026', 'Jawaban pencairan hibah', 'HM.01.1 Surat jawaban pengaduan', 'Gedung A', '', '', '', 'biasa')`.execute(db);
    await sql`INSERT INTO archive_loans (entry_id, borrower_name, borrower_unit, purpose, borrowed_at, due_back, returned_at, return_note, lent_by, returned_by)
      VALUES (1, 'Andi Saputra', 'Bidang Koperasi', 'Rapat klarifikasi', '2026-01-15T01:00:00.000Z', '2026-01-20', NULL, '', 'Rina', NULL)`.execute(db);
  },
  '0016-scanned-documents': async (db) => {
    await sql`INSERT INTO scanned_documents (sha256, size, page_count, source, device, dpi, file_name, created_by, created_at,
      linked_kind, linked_id, linked_code, linked_via, complaint_id, qr_payloads_json)
      VALUES (${'d'.repeat(64)}, 48213, 2, 'sane', 'Canon LiDE 300 (pixma:04A91913)', 300, 'pindaian_2026-01-13_0900.pdf', 'Rina',
       '2026-01-13T02:00:00.000Z', 'pengaduan', 1, '23456789A', 'qr', 1, '["meja-aduan:pengaduan:23456789A"]'),
      (${'e'.repeat(64)}, 9120, 1, 'berkas', '', NULL, 'surat.pdf', 'Rina', '2026-01-13T03:00:00.000Z', NULL, NULL, NULL, NULL, NULL, '[]')`.execute(db);
    await sql`INSERT INTO scanned_pages (document_id, page_no, width, height, ocr_text, ocr_status)
      VALUES (1, 1, 2480, 3507, NULL, 'menunggu'), (1, 2, 3507, 2480, 'Dengan hormat', 'selesai'), (2, 1, 595, 842, NULL, 'menunggu')`.execute(db);
  },
  '0017-archive-search-indexes': async (db) => {
    await sql`INSERT INTO archive_entries (serial_year, serial_seq, serial_number, kind, classification_id, title, document_date, notes,
      complaint_id, letter_id, scanned_document_id, attachment_sha256, building, room, cabinet, shelf, box, folder, access_class,
      active_until, inactive_until, review_on, disposition, created_by, created_at, updated_by, updated_at)
      VALUES (2026, 2, '0002/HM.01.2/ARSIP/2026', 'tanda_terima', 3, 'Tanda terima jawaban', '2026-01-13', '',
       1, NULL, NULL, NULL, 'A', 'Ruang Arsip', '2', '3', '12', '5', 'biasa',
       '2027-01-12', '2029-01-12', '2029-01-13', 'musnah', 'Rina', '2026-01-15T01:00:00.000Z', 'Rina', '2026-01-15T01:00:00.000Z')`.execute(db);
    await sql`INSERT INTO archive_fts (rowid, serial_number, title, classification, location, related, notes, ocr_text, access, facets)
      VALUES (2, '0002/HM.01.2/ARSIP/2026', 'Tanda terima jawaban', 'HM.01.2 Tanda terima', 'Gedung A', '', '', '', 'biasa',
       'klas3 thn2026 bln202601 tgl20260113 jenistandaterima')`.execute(db);
  },
  '0018-label-paper': async (db) => {
    await sql`INSERT INTO print_settings (document_kind, printer, paper, copies, method, duplex, updated_at, updated_by) VALUES
      ('label-arsip', 'Brother_QL', '100x50mm', 1, 'langsung', 0, '2026-01-15T01:00:00.000Z', 'Admin')`.execute(db);
  },
  '0019-attachment-page-total': async (db) => {
    // A 45-page attachment of which OCR queued 30.
    await sql`INSERT INTO scanned_documents (sha256, size, page_count, page_total, source, device, dpi, file_name, created_by, created_at,
      linked_kind, linked_id, linked_code, linked_via, complaint_id, qr_payloads_json)
      VALUES (${'f'.repeat(64)}, 912000, 30, 45, 'lampiran', '', NULL, 'berkas-panjang.pdf', 'Rina', '2026-01-16T01:00:00.000Z',
       'pengaduan', 1, NULL, NULL, 1, '[]')`.execute(db);
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
      // A migration may add a column (its own test checks the new values); every value written before stays.
      for (const [table, rows] of Object.entries(before)) expect(after[table], table).toEqual(rows.map((r) => expect.objectContaining(r)));
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

  it('0008 seeds the shipped holidays of 2025–2027 and leaves the settings written before it', async () => {
    await migrate(raw(), '0007-organisation-and-accounts');
    for (const name of NAMES.slice(0, 7)) await SEEDS[name]!(raw());
    const settingsBefore = await sql`SELECT * FROM settings ORDER BY key`.execute(db);

    await migrate(raw(), '0008-working-calendar');

    const perYear = await sql<{ year: string; kind: string; n: number }>`SELECT substr(day, 1, 4) AS year, kind, count(*) AS n
      FROM calendar_holidays GROUP BY 1, 2 ORDER BY 1, 2`.execute(db);
    expect(perYear.rows).toEqual([
      { year: '2025', kind: 'cuti-bersama', n: 11 }, { year: '2025', kind: 'libur-nasional', n: 17 },
      { year: '2026', kind: 'cuti-bersama', n: 8 }, { year: '2026', kind: 'libur-nasional', n: 17 },
      { year: '2027', kind: 'libur-nasional', n: 17 },
    ]);
    const years = await sql<{ year: number; needs_review: number }>`SELECT year, needs_review FROM calendar_years ORDER BY year`.execute(db);
    expect(years.rows).toEqual([{ year: 2025, needs_review: 0 }, { year: 2026, needs_review: 0 }, { year: 2027, needs_review: 1 }]);
    expect((await sql`SELECT * FROM settings ORDER BY key`.execute(db)).rows).toEqual(settingsBefore.rows);
  });

  it('0010 indexes names written before it by privacy, and its triggers follow later changes', async () => {
    await migrate(raw(), '0009-sop-definitions');
    for (const name of NAMES.slice(0, 9)) await SEEDS[name]!(raw());
    // An anonymous complaint as an older version might have stored it: with a name, which must not be indexed.
    await sql`INSERT INTO complaints
      (register_year, register_seq, register_number, tracking_code, channel, form, kind, subject, description, privacy,
       complainant_name, status, received_at, created_by, updated_at)
      VALUES (2026, 3, '003/ADU/HM.01/I/2026', 'CDEFGHJKL', 'kotak', 'tertulis', 'pengaduan', 'Pungutan di loket',
       'Diminta uang tambahan.', 'anonim', 'Joko Anwar', 'diterima', '2026-01-08T02:00:00.000Z', 'Rina',
       '2026-01-08T02:00:00.000Z')`.execute(db);

    await migrate(raw(), '0010-complaint-name-search');

    const ids = async (match: string) =>
      (await sql<{ id: number }>`SELECT rowid AS id FROM complaint_names_fts WHERE complaint_names_fts MATCH ${match} ORDER BY rowid`.execute(db)).rows.map((r) => r.id);
    expect(await ids('{public_name} : rahma*')).toEqual([1]);
    expect(await ids('{public_name} : wijaya')).toEqual([]);
    expect(await ids('{confidential_name} : wijaya')).toEqual([2]);
    expect(await ids('joko OR anwar')).toEqual([]);
    const indexed = await sql<{ id: number }>`SELECT id FROM complaint_names_fts_docsize ORDER BY id`.execute(db);
    expect(indexed.rows.map((r) => r.id)).toEqual([1, 2]);

    // Later writes: privacy changes move the name between columns or out of the index.
    await sql`UPDATE complaints SET privacy = 'biasa' WHERE id = 2`.execute(db);
    await sql`UPDATE complaints SET privacy = 'anonim', complainant_name = '' WHERE id = 1`.execute(db);
    expect(await ids('{public_name} : wijaya')).toEqual([2]);
    expect(await ids('{confidential_name} : wijaya')).toEqual([]);
    expect(await ids('rahma*')).toEqual([]);
    await sql`DELETE FROM complaint_links`.execute(db);
    await sql`DELETE FROM complaint_attachments`.execute(db);
    await sql`DELETE FROM consultation_notes`.execute(db);
    await sql`DELETE FROM complaints WHERE id IN (2, 3)`.execute(db);
    expect(await ids('wijaya')).toEqual([]);
    // One docsize row per indexed name: none is left, and none was ever written for the anonymous complaint.
    const left = await sql<{ n: number }>`SELECT count(*) AS n FROM complaint_names_fts_docsize`.execute(db);
    expect(left.rows[0]?.n).toBe(0);
  });

  it('0012 sums the done steps written before it per zone and office day, unit and step', async () => {
    await migrate(raw(), '0011-workflow');
    for (const name of NAMES.slice(0, 11)) await SEEDS[name]!(raw());
    // Done rows of run 1: on time, 30 and 90 minutes late, untimed, a row of another
    // position's copy (not primary) and one of no unit. 16.30 UTC is 23.30 WIB but already
    // the next day in WITA and WIT.
    const done = [
      [2, 1, '2026-01-12T02:00:00.000Z', 1, 0, 1], [2, 1, '2026-01-12T03:00:00.000Z', 0, 30, 1], [2, 1, '2026-01-12T16:30:00.000Z', 0, 90, 1],
      [3, 1, '2026-01-12T04:00:00.000Z', null, 0, 1], [3, 1, '2026-01-12T04:00:00.000Z', 0, 500, 0], [4, null, '2026-01-12T05:00:00.000Z', 1, 0, 1],
    ] as const;
    for (const [step, unit, at, onTime, late, primary] of done) {
      await sql`INSERT INTO workflow_tasks (run_id, complaint_id, sop_code, step_no, actor_key, position_id, unit_id, is_primary, box, sort_at, received_at, due_at, done_at, on_time, late_minutes)
        VALUES (1, 1, 'uji', ${step}, 'petugas', ${unit}, ${unit}, ${primary}, 'diteruskan', ${at}, ${at}, ${at}, ${at}, ${onTime}, ${late})`.execute(db);
    }

    await migrate(raw(), '0012-workflow-compliance-summary');

    const rows = await sql`SELECT zone, day, unit_id, step_no, total, on_time, late, untimed, delay_sum, worst FROM workflow_compliance_days
      ORDER BY zone, day, unit_id, step_no`.execute(db);
    const day = (zone: string, d: string, unit: number, step: number, total: number, onTime: number, late: number, untimed: number, delaySum: number, worst: number) =>
      ({ zone, day: d, unit_id: unit, step_no: step, total, on_time: onTime, late, untimed, delay_sum: delaySum, worst });
    const sameDay = (zone: string) => [day(zone, '2026-01-12', 0, 4, 1, 1, 0, 0, 0, 0), day(zone, '2026-01-12', 1, 3, 1, 0, 0, 1, 0, 0)];
    expect(rows.rows).toEqual([
      ...['WIB'].flatMap((z) => [day(z, '2026-01-12', 0, 4, 1, 1, 0, 0, 0, 0), day(z, '2026-01-12', 1, 2, 3, 1, 2, 0, 120, 90), day(z, '2026-01-12', 1, 3, 1, 0, 0, 1, 0, 0)]),
      ...['WIT', 'WITA'].flatMap((z) => [
        sameDay(z)[0], day(z, '2026-01-12', 1, 2, 2, 1, 1, 0, 30, 30), sameDay(z)[1], day(z, '2026-01-13', 1, 2, 1, 0, 1, 0, 90, 90),
      ]),
    ]);
  });

  it('0007 adds the organisation and accounts next to existing complaints, with unique user names', async () => {
    await migrate(raw(), '0006-complaint-register-indexes');
    for (const name of NAMES.slice(0, 6)) await SEEDS[name]!(raw());

    await migrate(raw(), '0007-organisation-and-accounts');
    await SEEDS['0007-organisation-and-accounts']!(raw());

    expect(await db.selectFrom('complaints').select('id').execute()).toHaveLength(2);
    const acting = await db.selectFrom('position_holders').select(['name', 'kind']).where('position_id', '=', 1).orderBy('id').execute();
    expect(acting).toEqual([{ name: 'Sisliandy Ponulele', kind: 'definitif' }, { name: 'Muh. Rizal Lamarauna', kind: 'plh' }]);
    await expect(
      sql`INSERT INTO users (username, name, password_hash, created_at, updated_at) VALUES ('admin', 'Lain', 'x', 'a', 'a')`.execute(db),
    ).rejects.toThrow(/UNIQUE/);
  });

  it('0017 gives archive entries filed before it the facets a search narrows by, and keeps their words', async () => {
    await migrate(raw(), '0016-scanned-documents');
    for (const name of NAMES.slice(0, NAMES.indexOf('0017-archive-search-indexes'))) await SEEDS[name]!(raw());

    await migrate(raw(), '0017-archive-search-indexes');

    const rows = await sql<{ rowid: number; title: string; facets: string }>`SELECT rowid, title, facets FROM archive_fts`.execute(db);
    // The migration's SQL writes what the archive service writes for a new entry.
    const facets = archiveFacetText({ classificationId: 2, documentDate: '2026-01-12', kind: 'surat_jawaban_terpindai' });
    expect(facets).toBe('klas2 thn2026 bln202601 tgl20260112 jenissuratjawabanterpindai');
    expect(rows.rows).toEqual([{ rowid: 1, title: 'Jawaban pencairan hibah', facets }]);
    const match = async (q: string) => (await sql<{ rowid: number }>`SELECT rowid FROM archive_fts WHERE archive_fts MATCH ${q}`.execute(db)).rows.map((r) => r.rowid);
    expect(await match('hibah AND facets : ("klas2") AND facets : ("bln202601")')).toEqual([1]);
    expect(await match('hibah AND facets : ("klas3")')).toEqual([]);
    // The vocabulary the search box spells prefixes out from reads the new table.
    const vocab = await sql<{ term: string }>`SELECT term FROM archive_fts_vocab WHERE term >= 'pencair' AND term < 'pencais'`.execute(db);
    expect(vocab.rows).toEqual([{ term: 'pencairan' }]);
  });

  it('0018 lets print settings take the 100 × 50 mm label and still refuses a paper it does not know', async () => {
    await migrate(raw(), '0017-archive-search-indexes');
    await SEEDS['0014-printing']!(raw());
    const label = sql`INSERT INTO print_settings (document_kind, printer, paper, copies, method, duplex, updated_at, updated_by)
      VALUES ('label-arsip', 'Brother_QL', '100x50mm', 1, 'langsung', 0, 'a', 'Admin')`;
    await expect(label.execute(db)).rejects.toThrow(/CHECK/);

    await migrate(raw(), '0018-label-paper');

    await label.execute(db);
    const papers = await db.selectFrom('print_settings').select(['document_kind', 'paper']).orderBy('document_kind').execute();
    expect(papers).toEqual([{ document_kind: 'label-arsip', paper: '100x50mm' }, { document_kind: 'tanda-terima', paper: 'A4' }]);
    await expect(sql`UPDATE print_settings SET paper = 'A3' WHERE document_kind = 'tanda-terima'`.execute(db)).rejects.toThrow(/CHECK/);
  });

  it('0019 keeps the documents recorded before it, their page total unknown', async () => {
    await migrate(raw(), '0018-label-paper');
    for (const name of NAMES.slice(0, NAMES.indexOf('0018-label-paper') + 1)) await SEEDS[name]!(raw());

    await migrate(raw(), '0019-attachment-page-total');

    const docs = await db.selectFrom('scanned_documents').select(['file_name', 'page_count', 'page_total']).orderBy('id').execute();
    expect(docs).toEqual([
      { file_name: 'pindaian_2026-01-13_0900.pdf', page_count: 2, page_total: null },
      { file_name: 'surat.pdf', page_count: 1, page_total: null },
    ]);
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
