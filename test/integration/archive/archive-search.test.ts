import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveEntryDetail } from '../../../shared/archive/archive-records';
import type { ArchiveSearchInput } from '../../../shared/archive/archive-schemas';
import { intakeInput } from '../../support/complaint-fixtures';
import { openTempBackend, type TempBackend } from '../../support/temp-backend';
import { classificationId, clerk, entryFields, type Clerk } from './archive-fixture';
import { seedScan } from './scan-fixture';

let t: TempBackend;
let reply: ArchiveEntryDetail;
let receipt: ArchiveEntryDetail;
let decree: ArchiveEntryDetail;
let secret: ArchiveEntryDetail;
let desk: Clerk;
let trusted: Clerk;

const ids = (rows: { id: number }[]) => rows.map((r) => r.id);

beforeAll(async () => {
  t = await openTempBackend();
  const complaint = await t.ok('complaints.intake', intakeInput({ subject: 'Dana hibah koperasi belum cair', complainant: { name: 'Siti Rahmawati', nik: '', phone: '', email: '', address: '' } }));
  const hidden = await t.ok('complaints.intake', intakeInput({ subject: 'Pungutan liar di loket', privacy: 'rahasia', complainant: { name: 'Bambang Sutrisno', nik: '', phone: '', email: '', address: '' } }));
  const scan = await seedScan(t.backend.db, t.dataDir, {
    texts: ['Surat jawaban pengaduan masyarakat.', 'Bersama ini kami sampaikan bahwa bantuan koperasi akan dicairkan pada bulan Desember melalui Bank Sulteng.'],
    complaintId: complaint.id,
  });
  const secretScan = await seedScan(t.backend.db, t.dataDir, { texts: ['Kepada Bambang Sutrisno, hasil pemeriksaan pungutan liar.'], complaintId: hidden.id });
  const [hm011, hm012, hm014] = [await classificationId(t, 'HM.01.1'), await classificationId(t, 'HM.01.2'), await classificationId(t, 'HM.01.4')];
  reply = await t.ok('archive.file', { source: { kind: 'pindaian', scannedDocumentId: scan.id }, fields: entryFields(hm011, { title: 'Jawaban pencairan hibah', documentDate: '2026-11-20' }) });
  receipt = await t.ok('archive.file', {
    source: { kind: 'fisik' },
    fields: entryFields(hm012, {
      kind: 'tanda_terima', title: 'Tanda terima penyampaian jawaban', documentDate: '2026-10-05', notes: 'Diterima oleh suami pelapor',
      location: { building: 'Gedung B', room: 'Gudang Arsip', cabinet: '', shelf: '1', box: '7', folder: '' }, complaintId: complaint.id,
    }),
  });
  decree = await t.ok('archive.file', {
    source: { kind: 'fisik' },
    fields: entryFields(hm014, { kind: 'sk_tim', title: 'Keputusan pembentukan tim penanganan', documentDate: '2025-03-14', accessClass: 'terbatas' }),
  });
  secret = await t.ok('archive.file', { source: { kind: 'pindaian', scannedDocumentId: secretScan.id }, fields: entryFields(hm011, { title: 'Hasil pemeriksaan', accessClass: 'rahasia' }) });
  desk = await clerk(t, 'nur.aisyah');
  trusted = await clerk(t, 'rahmat.hidayat', ['lihat-arsip-rahasia']);
}, 60_000);
afterAll(async () => {
  await t.close();
});

const search = async (input: Partial<ArchiveSearchInput>) => t.ok('archive.search', input);

describe('archive search', () => {
  it('finds an entry by any of its fields', async () => {
    const cases: [string, number[]][] = [
      [reply.serialNumber, [reply.id]],
      ['0002/HM.01.2', [receipt.id]],
      ['pencairan hibah', [reply.id]],
      ['HM.01.4', [decree.id]],
      ['tanda terima penyampaian', [receipt.id]],
      ['Gudang', [receipt.id]],
      ['boks 12', [secret.id, decree.id, reply.id]],
      ['Rahmawati', [receipt.id, reply.id]],
      [reply.registerNumber!, [receipt.id, reply.id]],
      ['suami', [receipt.id]],
      ['keputusan tim', [decree.id]],
    ];
    for (const [query, expected] of cases) expect(ids((await search({ query })).rows), query).toEqual(expected);
  });

  it('finds a scanned reply by a word inside it and says on which page, with the words around it', async () => {
    const page = await search({ query: 'Sulteng' });
    expect(page.total).toBe(1);
    expect(page.rows[0]).toMatchObject({ id: reply.id, hit: { page: 2 } });
    expect(page.rows[0]!.hit!.snippet).toContain('melalui Bank Sulteng');
    // Words on different pages are in the entry, but no single page holds both: no page to point at.
    const spread = await search({ query: 'masyarakat desember' });
    expect(spread.rows.map((r) => [r.id, r.hit])).toEqual([[reply.id, null]]);
    // Diacritics and case do not matter, a word's beginning is enough (the index spells the
    // prefix out as its words), and a word in no entry finds nothing.
    expect((await search({ query: 'DÉSEMB' })).rows.map((r) => r.hit?.page)).toEqual([2]);
    expect((await search({ query: 'sultengx' })).rows).toEqual([]);
    expect(ids((await search({ query: 'pencair' })).rows)).toEqual([reply.id]);
  });

  it('narrows by kind, classification, access class, exact location, document dates and complaint; pages with a total', async () => {
    expect(ids((await search({ kinds: ['tanda_terima', 'sk_tim'] })).rows)).toEqual([decree.id, receipt.id]);
    expect(ids((await search({ classificationIds: [reply.classification.id] })).rows)).toEqual([secret.id, reply.id]);
    expect(ids((await search({ accessClasses: ['terbatas'] })).rows)).toEqual([decree.id]);
    expect(ids((await search({ location: { building: 'Gedung B', box: '7' } })).rows)).toEqual([receipt.id]);
    expect(ids((await search({ location: { box: '12' } })).rows)).toEqual([secret.id, decree.id, reply.id]);
    expect(ids((await search({ range: { from: '2026-10-01', to: '2026-10-31' } })).rows)).toEqual([receipt.id]);
    expect(ids((await search({ complaintId: reply.complaintId! })).rows)).toEqual([receipt.id, reply.id]);
    expect(ids((await search({ query: 'jawaban', kinds: ['tanda_terima'] })).rows)).toEqual([receipt.id]);
    const first = await search({ limit: 2 });
    const second = await search({ limit: 2, offset: 2 });
    expect([first.total, ids(first.rows), ids(second.rows)]).toEqual([4, [secret.id, decree.id], [receipt.id, reply.id]]);
    expect((await search({ limit: 1, withTotal: false })).total).toBeNull();
    // "jawaban" is in two titles and in the name of the secret entry's classification (HM.01.1).
    expect((await search({ query: 'jawaban', limit: 1 })).total).toBe(3);
    const bad = await t.call('archive.search', { range: { from: '2026-12-01', to: '2026-01-01' } });
    expect(bad.ok === false && bad.error.fields).toEqual({ 'range.to': 'Tanggal awal harus sebelum tanggal akhir.' });
  });

  it('lists a secret entry only to holders of the permission, everywhere', async () => {
    const must = async <T>(p: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>) => {
      const r = await p;
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    };
    expect(ids((await must(desk.call('archive.search', {}))).rows)).toEqual([decree.id, receipt.id, reply.id]);
    expect((await must(desk.call('archive.search', { query: 'pemeriksaan' }))).rows).toEqual([]);
    expect((await must(desk.call('archive.search', { query: 'Bambang' }))).total).toBe(0);
    expect((await must(desk.call('archive.search', { accessClasses: ['rahasia'] }))).rows).toEqual([]);
    for (const [name, input] of [
      ['archive.get', { id: secret.id }],
      ['archive.documentPdf', { id: secret.id }],
      ['archive.label', { ids: [secret.id] }],
      ['archive.lend', { entryId: secret.id, borrowerName: 'A', borrowerUnit: 'B', purpose: 'C', dueBack: '2026-11-30' }],
      ['archive.update', { id: secret.id, fields: entryFields(secret.classification.id) }],
    ] as const) {
      const r = await desk.call(name, input as never);
      expect(r.ok === false && r.error, name).toEqual({ code: 'NOT_FOUND', message: 'Arsip tidak ditemukan.' });
    }
    expect(ids((await must(trusted.call('archive.search', { query: 'pemeriksaan' }))).rows)).toEqual([secret.id]);
    expect((await must(trusted.call('archive.get', { id: secret.id }))).title).toBe('Hasil pemeriksaan');
    // Opening the file of a restricted entry is recorded; of an ordinary one it is not.
    await must(trusted.call('archive.documentPdf', { id: secret.id }));
    await must(desk.call('archive.documentPdf', { id: reply.id }));
    const opened = await t.backend.db.selectFrom('audit_log').select(['entity_id', 'actor']).where('action', '=', 'berkas_dibuka').execute();
    expect(opened).toEqual([{ entity_id: secret.id, actor: 'Petugas rahmat.hidayat' }]);
  });

  it('keeps a confidential complaint out of the register search by words of its scanned reply', async () => {
    // Its scan names the complainant; the register masks the name, so the scan must not reveal it.
    expect((await t.ok('complaints.list', { filter: { query: 'Bambang' } })).total).toBe(0);
    const ordinary = await t.ok('complaints.list', { filter: { query: 'Sulteng' } });
    expect(ordinary.rows.map((r) => [r.id, r.scanPage])).toEqual([[reply.complaintId, 2]]);
    expect(ordinary.total).toBe(1);
  });

  it('lists files due for their final disposition by their review day', async () => {
    expect((await t.ok('archive.retentionDue', {})).rows).toEqual([]);
    // The receipt of 5 October 2026: HM.01.2 keeps 1 + 2 years → review on 5 October 2029.
    const due = await t.ok('archive.retentionDue', { until: '2030-01-01' });
    expect(due.rows.map((r) => [r.id, r.retention.reviewOn, r.retention.disposition])).toEqual([[receipt.id, '2029-10-05', 'musnah']]);
    // The decree of March 2025: HM.01.4 keeps 2 + 8 years → review on 14 March 2035, kept permanently.
    const later = await t.ok('archive.retentionDue', { until: '2040-01-01' });
    expect([later.total, later.rows.map((r) => [r.id, r.retention.reviewOn])]).toEqual([
      4, [[receipt.id, '2029-10-05'], [reply.id, '2031-11-20'], [secret.id, '2031-11-20'], [decree.id, '2035-03-14']],
    ]);
    const forDesk = desk.call('archive.retentionDue', { until: '2040-01-01' });
    const r = await forDesk;
    expect(r.ok && r.value.total).toBe(3);
    t.clock.set(new Date('2035-03-20T01:00:00Z'));
    const now = await t.ok('archive.retentionDue', {});
    expect(now.rows.map((x) => [x.id, x.retention.stage])).toEqual([
      [receipt.id, 'jatuh tempo'], [reply.id, 'jatuh tempo'], [secret.id, 'jatuh tempo'], [decree.id, 'jatuh tempo'],
    ]);
    t.clock.set(new Date('2026-11-23T01:00:00Z'));
  });
});
