import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { intakeInput } from '../../support/complaint-fixtures';
import { openTempBackend, type TempBackend } from '../../support/temp-backend';
import { classificationId, clerk, entryFields } from './archive-fixture';
import { seedScan } from './scan-fixture';

let t: TempBackend;
beforeEach(async () => {
  t = await openTempBackend();
});
afterEach(async () => {
  await t.close();
});

describe('archive classifications', () => {
  it('start with the complaint-handling codes and their retention, and only an administrator edits them, with history', async () => {
    const list = await t.ok('archive.classifications', {});
    expect(list.length).toBeGreaterThanOrEqual(10);
    expect(list.find((c) => c.code === 'HM.01')).toMatchObject({ name: 'Pengaduan masyarakat', activeYears: 2, inactiveYears: 3, disposition: 'dinilai kembali', active: true });
    expect(list.find((c) => c.code === 'HM.01.4')?.disposition).toBe('permanen');

    const desk = await clerk(t, 'nur.aisyah');
    const refused = await desk.call('archive.saveClassification', { id: null, code: 'HM.09', name: 'Liar', activeYears: 1, inactiveYears: 1, disposition: 'musnah' });
    expect(refused.ok === false && refused.error.code).toBe('FORBIDDEN');

    const made = await t.ok('archive.saveClassification', { id: null, code: 'HM.06', name: 'Mediasi pengaduan', activeYears: 3, inactiveYears: 7, disposition: 'permanen' });
    const duplicate = await t.call('archive.saveClassification', { id: null, code: 'hm.06', name: 'Lagi', activeYears: 1, inactiveYears: 1, disposition: 'musnah' });
    expect(duplicate.ok === false && duplicate.error).toMatchObject({ code: 'CONFLICT', message: 'Kode klasifikasi hm.06 sudah ada.' });
    const bad = await t.call('archive.saveClassification', { id: null, code: 'HM 07', name: '', activeYears: -1, inactiveYears: 1, disposition: 'dibakar' as never });
    expect(bad.ok === false && Object.keys(bad.error.fields ?? {}).sort()).toEqual(['activeYears', 'code', 'disposition', 'name']);

    await t.ok('archive.saveClassification', { ...made, inactiveYears: 10, active: false });
    const trail = await t.backend.db.selectFrom('audit_log').selectAll().where('entity_type', '=', 'archive_classification').where('entity_id', '=', made.id).orderBy('id').execute();
    expect(trail.map((a) => [a.action, JSON.parse(a.changes_json)])).toEqual([
      ['dibuat', expect.objectContaining({ code: [null, 'HM.06'], disposition: [null, 'permanen'] })],
      ['diubah', { inactiveYears: ['7', '10'], active: ['true', 'false'] }],
    ]);
  });
});

describe('filing an archive entry', () => {
  it('from a scanned reply: serial number with the year, the scan\'s complaint, retention from the classification, audited', async () => {
    const complaint = await t.ok('complaints.intake', intakeInput());
    const scan = await seedScan(t.backend.db, t.dataDir, { texts: ['Surat jawaban pengaduan'], complaintId: complaint.id, fileName: 'balasan.pdf' });
    const hm011 = await classificationId(t, 'HM.01.1');
    const entry = await t.ok('archive.file', { source: { kind: 'pindaian', scannedDocumentId: scan.id }, fields: entryFields(hm011) });
    expect(entry).toMatchObject({
      serialNumber: '0001/HM.01.1/ARSIP/2026',
      kind: 'surat_jawaban_terpindai',
      classification: { id: hm011, code: 'HM.01.1', name: 'Surat jawaban pengaduan' },
      complaintId: complaint.id,
      registerNumber: complaint.registerNumber,
      complaintSubject: complaint.subject,
      complainantDisplay: 'Siti Rahmawati',
      scannedDocumentId: scan.id,
      hasFile: true,
      // 2 years active from 20 November 2026, 3 inactive, then appraised again.
      retention: { activeUntil: '2028-11-19', inactiveUntil: '2031-11-19', reviewOn: '2031-11-20', disposition: 'dinilai kembali', stage: 'aktif' },
      pages: [{ pageNo: 1, ocrStatus: 'selesai', text: 'Surat jawaban pengaduan' }],
      onLoan: null,
      createdBy: 'Petugas Uji',
    });
    expect(entry.history.map((h) => [h.action, h.actor, h.summary])).toEqual([['diarsipkan', 'Petugas Uji', 'Diarsipkan dengan nomor 0001/HM.01.1/ARSIP/2026']]);

    const file = await t.ok('archive.documentPdf', { id: entry.id });
    expect([file.fileName, file.mimeType, Buffer.from(file.base64, 'base64').subarray(0, 5).toString()]).toEqual(['balasan.pdf', 'application/pdf', '%PDF-']);

    const again = await t.call('archive.file', { source: { kind: 'pindaian', scannedDocumentId: scan.id }, fields: entryFields(hm011) });
    expect(again.ok === false && again.error).toEqual({ code: 'CONFLICT', message: 'Dokumen ini sudah diarsipkan dengan nomor 0001/HM.01.1/ARSIP/2026.' });
    const scans = await t.ok('archive.unfiledScans', {});
    expect(scans.map((s) => s.id)).not.toContain(scan.id);
  });

  it('from a complaint attachment and as a paper-only file; numbers run on per year, never twice, even when filed at once', async () => {
    const upload = await t.ok('complaints.uploadAttachment', { fileName: 'tanda-terima.pdf', base64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64') });
    const complaint = await t.ok('complaints.intake', intakeInput({ attachmentIds: [upload.sha256], attachmentNames: [upload.fileName] }));
    const hm012 = await classificationId(t, 'HM.01.2');
    const fromAttachment = await t.ok('archive.file', {
      source: { kind: 'lampiran', attachmentId: complaint.attachments[0]!.id },
      fields: entryFields(hm012, { kind: 'tanda_terima', title: 'Tanda terima pengaduan' }),
    });
    expect(fromAttachment).toMatchObject({ serialNumber: '0001/HM.01.2/ARSIP/2026', complaintId: complaint.id, scannedDocumentId: null, hasFile: true });
    expect(fromAttachment.retention).toMatchObject({ activeUntil: '2027-11-19', reviewOn: '2029-11-20', disposition: 'musnah' });

    // Filed once only; and a scan of one complaint is not filed under another.
    const twice = await t.call('archive.file', { source: { kind: 'lampiran', attachmentId: complaint.attachments[0]!.id }, fields: entryFields(hm012) });
    expect(twice.ok === false && twice.error.message).toBe('Dokumen ini sudah diarsipkan dengan nomor 0001/HM.01.2/ARSIP/2026.');
    const other = await t.ok('complaints.intake', intakeInput({ subject: 'Pengaduan lain tentang izin usaha' }));
    const scan = await seedScan(t.backend.db, t.dataDir, { texts: ['Balasan'], complaintId: complaint.id });
    const mismatch = await t.call('archive.file', { source: { kind: 'pindaian', scannedDocumentId: scan.id }, fields: entryFields(hm012, { complaintId: other.id }) });
    expect(mismatch.ok === false && mismatch.error).toMatchObject({ code: 'VALIDATION', fields: { complaintId: 'Tidak sesuai dengan asal dokumen.' } });

    const hm01 = await classificationId(t, 'HM.01');
    const filed = await Promise.all(
      Array.from({ length: 8 }, (_, i) => t.ok('archive.file', { source: { kind: 'fisik' }, fields: entryFields(hm01, { kind: 'lainnya', title: `Berkas ${i + 1}` }) })),
    );
    const serials = filed.map((e) => e.serialNumber);
    expect(new Set(serials).size).toBe(8);
    expect(serials.map((s) => Number(s.slice(0, 4))).sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(filed[0]).toMatchObject({ hasFile: false, complaintId: null });
    const fileless = await t.call('archive.documentPdf', { id: filed[0]!.id });
    expect(fileless.ok === false && fileless.error.message).toBe('Arsip ini hanya berkas fisik; tidak ada berkas elektronik.');

    // A new year starts again at 1.
    t.clock.set(new Date('2027-01-04T01:00:00Z'));
    const nextYear = await t.ok('archive.file', { source: { kind: 'fisik' }, fields: entryFields(hm01, { documentDate: '2027-01-02' }) });
    expect(nextYear.serialNumber).toBe('0001/HM.01/ARSIP/2027');
    const counters = await t.backend.db.selectFrom('number_counters').selectAll().where('scope', '=', 'arsip').orderBy('year').execute();
    expect(counters.map((c) => [c.year, c.last_value])).toEqual([[2026, 9], [2027, 1]]);
  });

  it('numbers by the pattern the administrator sets, from the next filing on', async () => {
    const hm01 = await classificationId(t, 'HM.01');
    const first = await t.ok('archive.file', { source: { kind: 'fisik' }, fields: entryFields(hm01) });
    const desk = await clerk(t, 'nur.aisyah');
    const refused = await desk.call('archive.saveNumbering', { pattern: '{NO}/{TAHUN}', unitCode: '' });
    expect(refused.ok === false && refused.error.code).toBe('FORBIDDEN');
    const bad = await t.call('archive.saveNumbering', { pattern: 'ARS/{NO}', unitCode: '' });
    expect(bad.ok === false && bad.error.fields).toEqual({ pattern: 'Pola nomor arsip harus memuat {TAHUN}: nomor urut dimulai lagi setiap tahun.' });
    await t.ok('archive.saveNumbering', { pattern: '{UNIT}-{KLAS}-{NO:5}/{BULAN}/{TAHUN}', unitCode: 'UPP' });
    const second = await t.ok('archive.file', { source: { kind: 'fisik' }, fields: entryFields(hm01) });
    expect([first.serialNumber, second.serialNumber]).toEqual(['0001/HM.01/ARSIP/2026', 'UPP-HM.01-00002/XI/2026']);
    expect(await t.ok('archive.numbering', {})).toEqual({ pattern: '{UNIT}-{KLAS}-{NO:5}/{BULAN}/{TAHUN}', unitCode: 'UPP' });
  });

  it('refuses bad input in Indonesian and changes nothing', async () => {
    const hm01 = await classificationId(t, 'HM.01');
    const bad = await t.call('archive.file', {
      source: { kind: 'fisik' },
      fields: entryFields(hm01, { title: ' ', documentDate: '2026-02-30', accessClass: 'bebas' as never, location: { building: 'x'.repeat(61) } as never }),
    });
    expect(bad.ok === false && bad.error.code).toBe('VALIDATION');
    expect(bad.ok === false && bad.error.fields).toMatchObject({
      'fields.title': 'Judul / uraian dokumen wajib diisi.',
      'fields.documentDate': 'Tanggal dokumen tidak valid.',
      'fields.location.building': 'Gedung paling panjang 60 karakter.',
    });
    const retired = await t.ok('archive.saveClassification', { id: hm01, code: 'HM.01', name: 'Pengaduan masyarakat', activeYears: 2, inactiveYears: 3, disposition: 'dinilai kembali', active: false });
    const refused = await t.call('archive.file', { source: { kind: 'fisik' }, fields: entryFields(retired.id) });
    expect(refused.ok === false && refused.error.message).toBe('Klasifikasi HM.01 sudah tidak dipakai; pilih klasifikasi lain.');
    const missing = await t.call('archive.file', { source: { kind: 'pindaian', scannedDocumentId: 999 }, fields: entryFields(hm01) });
    expect(missing.ok === false && missing.error.message).toBe('Dokumen pindaian tidak ditemukan.');
    expect(await t.backend.db.selectFrom('archive_entries').select('id').execute()).toEqual([]);
    expect((await t.backend.db.selectFrom('number_counters').selectAll().where('scope', '=', 'arsip').execute()).length).toBe(0);
  });

  it('records every edit with old and new values, and recomputes retention from the new classification', async () => {
    const hm01 = await classificationId(t, 'HM.01');
    const sk = await classificationId(t, 'HM.01.4');
    const entry = await t.ok('archive.file', { source: { kind: 'fisik' }, fields: entryFields(hm01) });
    const updated = await t.ok('archive.update', {
      id: entry.id,
      fields: entryFields(sk, { kind: 'sk_tim', title: 'SK Tim penanganan pengaduan', location: { building: 'Gedung A', room: 'Ruang Arsip', cabinet: '2', shelf: '3', box: '14', folder: '1' }, accessClass: 'terbatas' }),
      reason: 'Pindah boks',
    });
    expect(updated).toMatchObject({ serialNumber: entry.serialNumber, kind: 'sk_tim', accessClass: 'terbatas' });
    expect(updated.retention).toEqual({ activeUntil: '2028-11-19', inactiveUntil: '2036-11-19', reviewOn: '2036-11-20', disposition: 'permanen', stage: 'aktif' });
    const last = updated.history.at(-1)!;
    expect([last.action, last.reason]).toEqual(['diubah', 'Pindah boks']);
    expect(last.summary).toContain('Lokasi: Gedung A · Ruang Arsip · Lemari 2 · Rak 3 · Boks 12 · Map 4 → Gedung A · Ruang Arsip · Lemari 2 · Rak 3 · Boks 14 · Map 1');
    expect(last.summary).toContain('Kelas akses: Biasa → Terbatas');
    expect(last.summary).toContain('Klasifikasi: HM.01 Pengaduan masyarakat → HM.01.4');
    // Saving the same fields again records nothing.
    const same = await t.ok('archive.update', { id: entry.id, fields: entryFields(sk, { kind: 'sk_tim', title: 'SK Tim penanganan pengaduan', location: { building: 'Gedung A', room: 'Ruang Arsip', cabinet: '2', shelf: '3', box: '14', folder: '1' }, accessClass: 'terbatas' }) });
    expect(same.history.length).toBe(updated.history.length);
  });
});
