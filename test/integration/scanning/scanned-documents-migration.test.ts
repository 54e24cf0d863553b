import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Database } from '../../../electron/db/database-schema';
import { migrate } from '../../../electron/db/migrate';
import { openDatabase } from '../../../electron/db/open-database';
import { makeTempDir, removeTempDir } from '../../support/temp-dir';

let dir: string;
let db: Kysely<Database>;
const raw = () => db as unknown as Kysely<unknown>;

beforeEach(async () => {
  dir = makeTempDir('meja-migrate-scan-');
  db = await openDatabase(path.join(dir, 'm.sqlite3'));
});
afterEach(async () => {
  await db.destroy();
  removeTempDir(dir);
});

it('0016 adds scanned documents next to existing complaints; pages wait for OCR', async () => {
  await migrate(raw(), '0015-archive');
  await sql`INSERT INTO complaints (register_year, register_seq, register_number, tracking_code, channel, form, kind, subject, description, privacy,
    complainant_name, status, received_at, created_by, updated_at)
    VALUES (2026, 1, '001/ADU/I/2026', '23456789A', 'langsung', 'tertulis', 'pengaduan', 'Dana hibah', 'Belum cair.', 'biasa', 'Siti',
    'diterima', '2026-01-08T02:00:00.000Z', 'Rina', '2026-01-08T02:00:00.000Z')`.execute(db);

  await migrate(raw(), '0016-scanned-documents');

  const { id } = await db.insertInto('scanned_documents').values({
    sha256: 'a'.repeat(64), size: 1, page_count: 1, source: 'sane', dpi: 300, file_name: 'x.pdf', created_by: 'Rina', created_at: '2026-01-09T01:00:00.000Z',
    linked_kind: 'pengaduan', linked_id: 1, linked_code: '23456789A', linked_via: 'qr', complaint_id: 1,
  }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('scanned_pages').values({ document_id: id, page_no: 1, width: 2480, height: 3507, ocr_text: null }).execute();
  const page = await db.selectFrom('scanned_pages').selectAll().executeTakeFirstOrThrow();
  expect([page.ocr_status, page.ocr_text]).toEqual(['menunggu', null]);
  const doc = await db.selectFrom('scanned_documents').select(['device', 'qr_payloads_json']).executeTakeFirstOrThrow();
  expect(doc).toEqual({ device: '', qr_payloads_json: '[]' });
  // One row per page number; a link only of the known kinds; a complaint that exists.
  await expect(db.insertInto('scanned_pages').values({ document_id: id, page_no: 1, width: 1, height: 1, ocr_text: null }).execute()).rejects.toThrow(/UNIQUE|PRIMARY/);
  await expect(sql`UPDATE scanned_documents SET linked_kind = 'lain'`.execute(db)).rejects.toThrow(/CHECK/);
  await expect(sql`UPDATE scanned_documents SET complaint_id = 99`.execute(db)).rejects.toThrow(/FOREIGN KEY/);
});
