import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { TRACKING_ALPHABET, formatTrackingCode } from '../../../shared/numbering/tracking-code';
import { expect, test } from '../fixtures/app-fixture';
import { GuestBookPage } from '../pages/guest-book-page';
import { ProgressDeskPage } from '../pages/progress-desk-page';

/** The code with one symbol replaced by its neighbour in the alphabet: a typical slip of the finger. */
function mistype(code: string, position = 5): string {
  const symbol = code[position]!;
  const next = TRACKING_ALPHABET[(TRACKING_ALPHABET.indexOf(symbol) + 1) % TRACKING_ALPHABET.length]!;
  return formatTrackingCode(code.slice(0, position) + next + code.slice(position + 1));
}

const SITI = { name: 'Siti Rahmawati', phone: '081234567890', nik: '7271014507900002' };
const BUDI = { name: 'Budi Santoso', phone: '085211112222', nik: '1271011507850003' };

test.describe('Meja progres: menemukan pengaduan dalam hitungan detik', () => {
  test('dari kode pelacakan: persis, dengan satu salah ketik, huruf kecil dan spasi', async ({ app }, testInfo) => {
    const desk = new ProgressDeskPage(app);
    const siti = await desk.seedComplaint({ subject: 'Izin usaha mikro belum terbit', complainant: SITI });
    await desk.seedComplaint({ subject: 'Pelatihan koperasi dibatalkan', complainant: BUDI });
    const code = siti.trackingCode;

    await desk.open();
    await desk.type(formatTrackingCode(code));
    // One hit: opened without another key press, and the cursor stays in the search box.
    await desk.expectOpen('Izin usaha mikro belum terbit');
    await expect(desk.hits).toHaveCount(1);
    await expect(desk.hits.first()).toContainText('cocok: kode pelacakan');
    await expect(desk.hits.first()).toContainText('Siti Rahmawati');
    await expect(desk.hits.first()).toContainText('23 November 2026');
    await expect(desk.hits.first()).toContainText(siti.registerNumber);
    await expect(desk.search).toBeFocused();
    await expect(desk.progress).toContainText(formatTrackingCode(code));
    await expect(desk.progress).toContainText('Pengaduan sudah diterima dan tercatat di register');
    await expect(desk.progress).toContainText('Sedang ditangani oleh:');
    await expect(desk.progress).toContainText('Langkah berikutnya:Verifikasi kelengkapan dan kewenangan, paling lambat');
    await app.screenshot({ path: testInfo.outputPath('meja-progres-kode.png') });

    await desk.search.press('Escape');
    await expect(desk.search).toHaveValue('');
    await desk.type(mistype(code));
    await expect(desk.hits).toHaveCount(1);
    await expect(desk.hits.first()).toContainText('cocok: kode pelacakan (perbaikan salah ketik)');
    await expect(desk.hits.first()).toContainText(formatTrackingCode(code));
    await desk.expectOpen('Izin usaha mikro belum terbit');
    await app.screenshot({ path: testInfo.outputPath('meja-progres-salah-ketik.png') });

    const spaced = `${code.slice(0, 3)} ${code.slice(3, 6)} ${code.slice(6)}`.toLowerCase();
    await desk.type(spaced);
    await expect(desk.hits).toHaveCount(1);
    await expect(desk.hits.first()).toContainText('cocok: kode pelacakan');
    await expect(desk.hits.first()).not.toContainText('salah ketik');

    // One look-alike letter (O for a symbol) has a single valid reading: found, flagged as corrected.
    await desk.type(code.slice(0, 4) + 'O' + code.slice(5));
    await expect(desk.hits.first()).toContainText('cocok: kode pelacakan (perbaikan salah ketik)');
    // Two of them could be anything: nothing is guessed, and the clerk is told why.
    await desk.type(code.slice(0, 2) + 'OO' + code.slice(4));
    await expect(app.getByText(/Kode pelacakan tidak memakai huruf O\. Periksa lagi tulisan pada bukti pengaduan\./)).toBeVisible();
    await expect(desk.hits).toHaveCount(0);
  });

  test('dari nama yang salah ketik, telepon +62, dan NIK; ↑/↓ dan Enter memilih di antara beberapa hasil', async ({ app }, testInfo) => {
    const desk = new ProgressDeskPage(app);
    await desk.seedComplaint({ subject: 'Bantuan modal UMKM tidak cair', complainant: SITI });
    await desk.seedComplaint({ subject: 'Antrean layanan terlalu lama', complainant: { ...SITI, nik: '' } });
    await desk.seedComplaint({ subject: 'Pelatihan koperasi dibatalkan', complainant: BUDI });
    await desk.open();

    await desk.type('Siti Rahmawti');
    await expect(desk.hits).toHaveCount(2);
    await expect(desk.hits.first()).toContainText('cocok: nama mirip');
    await expect(desk.progress).toHaveCount(0); // several hits wait for the clerk's choice
    await desk.search.press('ArrowDown');
    await expect(desk.hits.nth(1)).toHaveAttribute('aria-selected', 'true');
    await desk.search.press('Enter');
    const second = (await desk.hits.nth(1).locator('.pd-hit__subject').textContent()) ?? '';
    await desk.expectOpen(second);
    await desk.search.press('ArrowUp');
    await desk.search.press('Enter');
    const first = (await desk.hits.nth(0).locator('.pd-hit__subject').textContent()) ?? '';
    await desk.expectOpen(first);
    expect(new Set([first, second])).toEqual(new Set(['Bantuan modal UMKM tidak cair', 'Antrean layanan terlalu lama']));
    await app.screenshot({ path: testInfo.outputPath('meja-progres-nama.png') });

    await desk.type('+62 812-3456-7890');
    await expect(desk.hits).toHaveCount(2);
    await expect(desk.hits.first()).toContainText('cocok: telepon');

    await desk.type(SITI.nik);
    await expect(desk.hits).toHaveCount(1);
    await expect(desk.hits.first()).toContainText('cocok: NIK');
    await desk.expectOpen('Bantuan modal UMKM tidak cair');

    // Enter before the pause: the search runs at once and a single hit opens.
    await desk.search.fill('085211112222');
    await desk.search.press('Enter');
    await desk.expectOpen('Pelatihan koperasi dibatalkan');

    await desk.type('Yohanes Paulus');
    await expect(app.getByText('Tidak ada pengaduan yang cocok dengan “Yohanes Paulus”.', { exact: false })).toBeVisible();
  });

  test('pelapor rahasia ditemukan dari kode pelacakan saja, dan namanya disamarkan', async ({ app }, testInfo) => {
    const desk = new ProgressDeskPage(app);
    const secret = await desk.seedComplaint({
      subject: 'Pungutan liar di loket perizinan',
      privacy: 'rahasia',
      complainant: { name: 'Dewi Lestari Anggraini', phone: '081377778888', nik: '5171044506880002' },
    });
    await desk.open();

    await desk.type('Dewi Lestari Anggraini');
    await expect(app.getByText('Tidak ada pengaduan yang cocok dengan “Dewi Lestari Anggraini”.', { exact: false })).toBeVisible();
    await desk.type('081377778888');
    await expect(app.getByText(/Tidak ada pengaduan yang cocok/)).toBeVisible();

    await desk.type(formatTrackingCode(secret.trackingCode));
    await desk.expectOpen('Pungutan liar di loket perizinan');
    await expect(desk.hits.first()).not.toContainText('Dewi');
    await expect(desk.hits.first()).not.toContainText('Anggraini');
    await expect(desk.progress).not.toContainText('Dewi');
    await expect(desk.progress.getByText('Rahasia', { exact: true })).toBeVisible();
    await expect(desk.page.locator('.pd-right, .pd__right')).not.toContainText('Lestari');
    await app.screenshot({ path: testInfo.outputPath('meja-progres-rahasia.png') });
  });

  test('perjalanan pengaduan memuat setiap perubahan status dengan alasannya', async ({ app }, testInfo) => {
    const desk = new ProgressDeskPage(app);
    const c = await desk.seedComplaint({
      subject: 'Sertifikat halal belum diterima',
      unitComplained: 'Bidang Usaha Mikro',
      complainant: BUDI,
    });
    await desk.changeStatus(c.id, 'diverifikasi', 'Berkas lengkap dan menjadi kewenangan dinas');
    await desk.changeStatus(c.id, 'diproses', 'Didisposisikan Kepala Dinas ke Bidang Usaha Mikro');
    await desk.open();
    await desk.type(formatTrackingCode(c.trackingCode));
    await desk.expectOpen('Sertifikat halal belum diterima');

    await expect(desk.progress.locator('.pd-status')).toHaveText('Pengaduan sedang ditindaklanjuti oleh unit yang menangani.');
    await expect(desk.progress).toContainText('Sedang ditangani oleh:Bidang Usaha Mikro');
    await expect(desk.progress).toContainText('Langkah berikutnya:Jawaban atau tindak lanjut kepada pelapor, paling lambat');
    await expect(desk.progress).toContainText(/paling lambat (Senin|Selasa|Rabu|Kamis|Jumat), \d+ (Desember|November) 2026/);
    await expect(desk.progress).not.toContainText('terlambat');
    const steps = desk.timeline();
    await expect(steps).toHaveCount(3);
    await expect(steps.nth(0)).toContainText('Pengaduan dicatat di register');
    await expect(steps.nth(1)).toContainText('Status diubah dari Diterima menjadi Diverifikasi: Berkas lengkap dan menjadi kewenangan dinas');
    await expect(steps.nth(2)).toContainText('Status diubah dari Diverifikasi menjadi Diproses: Didisposisikan Kepala Dinas ke Bidang Usaha Mikro');
    await expect(steps.nth(2)).toContainText('Senin, 23 November 2026 · 08.');
    await expect(steps.nth(2)).toContainText('WIB');
    await app.screenshot({ path: testInfo.outputPath('meja-progres-perjalanan.png'), fullPage: true });
  });
});

test.describe('Meja progres: catatan konsultasi', () => {
  test('catatan ditautkan ke kunjungan di buku tamu, bertahan setelah muat ulang, disimpan, dan dicetak', async ({ app }, testInfo) => {
    const desk = new ProgressDeskPage(app);
    const c = await desk.seedComplaint({ subject: 'Izin usaha mikro belum terbit', complainant: SITI });
    const book = new GuestBookPage(app);
    await book.ready();
    await book.register({ name: 'Budi Santoso', purpose: 'Konsultasi' });
    await book.register({ name: 'Siti Rahmawati', phone: '0812 3456 7890', purpose: 'Tanyakan progres pengaduan', host: 'Subbag Umum' });
    await book.register({ name: 'Yusuf Manurung', purpose: 'Antar surat' });
    const siti = (await desk.todaysVisits()).rows.find((v) => v.name === 'Siti Rahmawati')!;

    await desk.open();
    await desk.type(formatTrackingCode(c.trackingCode));
    await desk.expectOpen('Izin usaha mikro belum terbit');
    // The visitor at the counter is the complainant: her visit is chosen already.
    await expect(desk.visit).toHaveValue(String(siti.id));
    await expect(desk.visit.locator('option:checked')).toContainText('Siti Rahmawati · Tanyakan progres pengaduan (cocok dengan pelapor)');
    const options = await desk.visit.locator('option').allTextContents();
    expect(options[0]).toBe('Tanpa kunjungan');
    expect(options[1]).toContain('Yusuf Manurung'); // newest first
    expect(options[3]).toContain('Budi Santoso');

    // Too short: refused with the schema's words, nothing saved, the text stays.
    await desk.note.fill('Ditanya');
    await desk.saveNote();
    await expect(desk.consultation.getByText('Tuliskan catatan konsultasi (sekurang-kurangnya 10 huruf).')).toBeVisible();
    expect((await desk.complaint(c.id)).consultations).toHaveLength(0);
    await expect(desk.note).toHaveValue('Ditanya');

    const text = 'Pelapor menanyakan izin usaha. Dijelaskan bahwa berkas sedang diverifikasi sekretariat; jawaban paling lambat tiga hari kerja.';
    await desk.note.fill(text);
    await expect.poll(() => desk.storedDraft(c.id)).toContain('jawaban paling lambat tiga hari kerja');
    // A reload (a crash, a closed window) loses nothing: the complaint and the note come back.
    await app.reload();
    await desk.open();
    await desk.expectOpen('Izin usaha mikro belum terbit');
    await expect(app.getByText('Catatan konsultasi yang belum disimpan dipulihkan.', { exact: false })).toBeVisible();
    await expect(desk.note).toHaveValue(text);
    await expect(desk.visit).toHaveValue(String(siti.id));
    await app.screenshot({ path: testInfo.outputPath('meja-progres-catatan.png'), fullPage: true });

    await desk.note.press('Control+Enter');
    await expect(app.getByText(/Catatan konsultasi tersimpan pukul 08\.\d\d WIB\./)).toBeVisible();
    await expect(desk.note).toHaveValue('');
    await expect.poll(() => desk.storedDraft(c.id)).not.toContain('tiga hari kerja');
    await expect(desk.page.getByRole('button', { name: 'Cetak catatan', exact: true })).toBeFocused();
    const saved = await desk.complaint(c.id);
    expect(saved.consultations).toHaveLength(1);
    expect(saved.consultations[0]).toMatchObject({ note: text, guestVisitId: siti.id, createdBy: 'Rina Oktaviani' });
    await expect(app.locator('.pd-note')).toContainText(text);
    await app.screenshot({ path: testInfo.outputPath('meja-progres-tersimpan.png'), fullPage: true });

    const dialog = await desk.printSavedNote();
    await app.screenshot({ path: testInfo.outputPath('meja-progres-cetak.png') });
    const [download] = await Promise.all([app.waitForEvent('download'), dialog.getByRole('button', { name: 'Simpan PDF' }).click()]);
    const pdfPath = await download.path();
    const pdfText = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(pdfText).toContain('CATATAN KONSULTASI');
    expect(pdfText.replace(/\s+/g, ' ')).toContain(text);
    expect(pdfText).toContain(formatTrackingCode(c.trackingCode));
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdfPath, path.join(testInfo.outputDir, 'catatan-konsultasi')]);

    // Reopening the complaint afterwards starts a clean note, and nothing is restored.
    await app.reload();
    await desk.open();
    await expect(desk.progress).toHaveCount(0);
  });

  test('tamu yang menanyakan progres dipilih dari daftar tunggu: pengaduannya terbuka dan kunjungannya tertaut', async ({ app }, testInfo) => {
    const desk = new ProgressDeskPage(app);
    await desk.seedComplaint({ subject: 'Pelatihan koperasi dibatalkan', complainant: BUDI });
    await desk.seedComplaint({ subject: 'Izin usaha mikro belum terbit', complainant: SITI });
    const book = new GuestBookPage(app);
    await book.ready();
    await book.register({ name: 'Siti Rahmawati', purpose: 'Tanyakan progres pengaduan' });
    await book.register({ name: 'Budi Santoso', purpose: 'Konsultasi' });
    const siti = (await desk.todaysVisits()).rows.find((v) => v.name === 'Siti Rahmawati')!;

    await desk.open();
    const waiting = app.getByRole('region', { name: 'Menunggu di loket: menanyakan progres' });
    await expect(waiting.getByRole('button')).toHaveCount(1); // Budi came for something else
    await app.screenshot({ path: testInfo.outputPath('meja-progres-menunggu.png') });
    await waiting.getByRole('button', { name: /Siti Rahmawati/ }).click();
    await expect(desk.search).toHaveValue('Siti Rahmawati');
    await desk.expectOpen('Izin usaha mikro belum terbit');
    await expect(app.getByText('Melayani tamu Siti Rahmawati', { exact: false })).toBeVisible();
    await expect(desk.visit).toHaveValue(String(siti.id));
    await expect(waiting).toHaveCount(0);
  });
});
