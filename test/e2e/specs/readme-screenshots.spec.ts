import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '../fixtures/app-fixture';
import { ArchivePage } from '../pages/archive-page';
import { ComplaintIntakePage } from '../pages/complaint-intake-page';
import { GuestBookPage } from '../pages/guest-book-page';
import { LettersPage } from '../pages/letters-page';
import { ProgressDeskPage } from '../pages/progress-desk-page';
import { RegisterPage, callApi } from '../pages/register-page';
import { SettingsPage } from '../pages/settings-page';
import { TrayPage } from '../pages/tray-page';
import { DEMO_PASSWORD } from '../../../electron/backend/demo/demo-organisation';
import { pdfToPngs, pdfToText } from '../../support/pdf-tools';
import { startPrivateCups, type PrivateCups } from '../../support/private-cups';
import { requireScanimage } from '../../support/sane-test-env';

// The README's screenshots are of the real screens: this spec walks the demo office and
// photographs each one. `MEJA_SCREENSHOTS=1 npx playwright test readme-screenshots`
// writes them to docs/screenshots/; otherwise they go to this test's output folder.
const target = (name: string, fallback: string) =>
  process.env.MEJA_SCREENSHOTS === '1' ? path.resolve('docs', 'screenshots', name) : path.join(fallback, name);

// Mid-afternoon in Palu (WITA), so the demo's day is well under way.
test.use({ launchArgs: ['--demo', '--now', '2026-11-23T14:20:00+08:00'] });

test('layar-layar utama kantor demo', async ({ app, runtime }, testInfo) => {
  test.skip(runtime !== 'browser', 'Screenshots are taken once, from the browser project.');
  fs.mkdirSync(process.env.MEJA_SCREENSHOTS === '1' ? path.resolve('docs', 'screenshots') : testInfo.outputDir, { recursive: true });
  const book = new GuestBookPage(app);
  await book.ready();
  await expect(app.getByText('KANTOR DEMO')).toBeVisible();
  await expect(book.list.locator('tbody tr').first()).toBeVisible();
  await book.typeVisitor({ name: 'Siti Rahmawati', phone: '0812 3456 7890', address: 'Jl. Sam Ratulangi No. 12, Palu', host: 'Bidang UKM' });
  await app.screenshot({ path: target('buku-tamu.png', testInfo.outputDir) });

  await book.field('Yang ditemui').press('Enter');
  const first = book.list.locator('tbody tr').nth(1);
  const name = (await first.locator('.cell-name').textContent()) ?? '';
  const dialog = await book.openVisit(name);
  await dialog.getByLabel('Catatan').fill('Membawa surat pengantar dari kelurahan');
  await dialog.getByRole('button', { name: 'Simpan perubahan' }).click();
  await expect(dialog.getByText('Perubahan tersimpan')).toBeVisible();
  await app.screenshot({ path: target('kunjungan-riwayat.png', testInfo.outputDir) });
  await dialog.getByRole('button', { name: 'Tutup', exact: true }).click();

  const print = await book.openPrintDialog();
  await print.getByLabel('Dari tanggal').fill('2026-11-16');
  await app.screenshot({ path: target('cetak-buku-tamu.png', testInfo.outputDir) });
  await print.getByRole('button', { name: 'Buat PDF' }).click();
  await expect(print.getByText(/PDF siap/)).toBeVisible();
  await print.getByRole('button', { name: 'Tutup', exact: true }).click();

  const register = new RegisterPage(app);
  await register.open();
  await register.expectTotal(8);
  await app.screenshot({ path: target('register-pengaduan.png', testInfo.outputDir) });
  await register.rows.filter({ hasText: 'Dana hibah koperasi' }).click();
  await expect(app.getByText('Surat jawaban nomor 500/412/DKUKM dikirim').first()).toBeVisible();
  await app.screenshot({ path: target('kasus-pengaduan.png', testInfo.outputDir) });

  const desk = new ProgressDeskPage(app);
  await desk.open();
  await desk.type('Siti Rahmawati');
  await desk.expectOpen('Dana hibah koperasi belum dicairkan');
  await app.screenshot({ path: target('meja-progres.png', testInfo.outputDir) });

  const intake = new ComplaintIntakePage(app);
  await intake.open();
  await intake.pickChannel('surat');
  await intake.fillComplainant({ name: 'Ahmad Fauzi', phone: '081311122233', address: 'Jl. Veteran No. 7, Palu' });
  await intake.fillComplaint({ subject: 'Izin usaha mikro belum terbit', description: 'Permohonan izin usaha mikro yang diajukan sebulan lalu belum terbit walaupun berkas lengkap.' });
  await app.locator('main').evaluate((main) => main.scrollTo(0, 0));
  await app.screenshot({ path: target('pengaduan-baru.png', testInfo.outputDir) });

  const settings = new SettingsPage(app);
  await settings.open();
  await expect(app.getByLabel('Nama kantor baris 2')).toHaveValue('DINAS KOPERASI DAN USAHA KECIL MENENGAH');
  await app.screenshot({ path: target('pengaturan.png', testInfo.outputDir) });
});

test.describe('Kepala Dinas di kantor demo', () => {
  test.use({ signIn: { username: 'kadis', password: DEMO_PASSWORD } });

  test('kotak disposisi, panel tugas dan dasbor', async ({ app, runtime }, testInfo) => {
    test.skip(runtime !== 'browser', 'Screenshots are taken once, from the browser project.');
    const tray = new TrayPage(app);
    await tray.open();
    await expect(app.locator('.wf-tray-table tbody tr').first()).toBeVisible();
    await app.screenshot({ path: target('kotak-disposisi.png', testInfo.outputDir) });
    await app.locator('.wf-tray-table tbody tr').first().press('Enter');
    await expect(tray.panel.getByRole('article').first()).toBeVisible();
    await app.screenshot({ path: target('panel-tugas.png', testInfo.outputDir) });
    await app.keyboard.press('Alt+0');
    await expect(app.getByRole('heading', { name: 'Dasbor' })).toBeVisible();
    await expect(app.getByTestId('dash-overdue')).toBeVisible();
    await app.screenshot({ path: target('dasbor.png', testInfo.outputDir) });
  });
});

test.describe('masuk ke kantor demo', () => {
  test.use({ signIn: 'none' });

  test('layar masuk', async ({ app, runtime }, testInfo) => {
    test.skip(runtime !== 'browser', 'Screenshots are taken once, from the browser project.');
    await expect(app.getByText('Ini kantor demo, bukan kantor sungguhan.')).toBeVisible();
    await app.screenshot({ path: target('masuk.png', testInfo.outputDir) });
  });
});

test.describe('Administrator di kantor demo', () => {
  test.use({ signIn: { username: 'admin', password: DEMO_PASSWORD } });

  test('organisasi, SOP dan kalender kerja', async ({ app, runtime }, testInfo) => {
    test.skip(runtime !== 'browser', 'Screenshots are taken once, from the browser project.');
    await app.keyboard.press('Alt+6');
    await expect(app.getByText('Kepala Dinas').first()).toBeVisible();
    await app.screenshot({ path: target('organisasi.png', testInfo.outputDir) });
    await app.keyboard.press('Alt+7');
    await expect(app.getByText('Pemetaan pelaksana').first()).toBeVisible();
    await app.screenshot({ path: target('sop.png', testInfo.outputDir) });
    await app.keyboard.press('Alt+8');
    await expect(app.getByText('Cuti bersama').first()).toBeVisible();
    await expect(app.getByText('Menghitung…')).toHaveCount(0);
    await app.screenshot({ path: target('kalender-kerja.png', testInfo.outputDir) });
  });
});

// The demo's reply letter waiting for the Kepala Dinas, and the one signed and handed over this morning.
const WAITING = /^Jawaban atas pengaduan Bantuan peralatan/;
const SIGNED = /^Jawaban atas pengaduan Laporan keuangan RAT/;

test.describe('Kepala Dinas dan surat jawaban', () => {
  test.use({ signIn: { username: 'kadis', password: DEMO_PASSWORD } });

  test('daftar surat, paraf dengan koreksi, perbandingan versi, verifikasi dan PDF surat', async ({ app, runtime }, testInfo) => {
    test.skip(runtime !== 'browser', 'Screenshots are taken once, from the browser project.');
    const letters = new LettersPage(app);
    await letters.open();
    await expect(letters.count('tindakan')).toHaveText('1');
    await letters.showBox('Semua');
    await expect(letters.row(SIGNED)).toContainText('Terkirim');
    await expect(letters.row(WAITING)).toContainText('menunggu tindakan Anda');
    await app.screenshot({ path: target('surat-daftar.png', testInfo.outputDir) });

    await letters.showBox('Perlu tindakan saya');
    await letters.openLetter(WAITING);
    await expect(letters.stop(2)).toContainText('Menunggu paraf');
    await expect(app.getByTestId('preview-pages')).toHaveText('1 halaman');
    await app.screenshot({ path: target('surat-paraf.png', testInfo.outputDir) });

    // The Kepala Dinas answers what was actually asked before initialling: his correction becomes version 2.
    await letters.caretAtEndOf(2);
    await app.keyboard.press('Enter');
    await app.keyboard.type('Peralatan yang belum sesuai daftar akan diganti oleh penyedia paling lambat 14 hari kerja.');
    await letters.expectSaved();
    await expect(app.getByTestId('preview-pages')).toHaveText('1 halaman');
    // The end of "Isi surat" at the bottom of the window: the last header fields above it, the preview beside it.
    await app.getByRole('region', { name: 'Isi surat' }).evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await app.screenshot({ path: target('surat-editor.png', testInfo.outputDir) });
    await letters.paraf('Setuju, dengan tambahan jadwal penggantian peralatan.');
    await expect(app.getByText('Memperbarui…')).toHaveCount(0);
    const compare = await letters.compare(1, 2);
    const added = compare.locator('ins.diff-ins').filter({ hasText: 'Peralatan yang belum sesuai' });
    await added.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await expect(added).toBeInViewport();
    await app.screenshot({ path: target('surat-bandingkan.png', testInfo.outputDir) });
    await compare.getByRole('button', { name: 'Tutup' }).click();

    // The signed letter: its PDF as downloaded, and its code on the verification screen.
    await app.keyboard.press('Escape');
    await letters.showBox('Selesai');
    await letters.openLetter(SIGNED);
    const number = (await letters.number().textContent())!.trim();
    const code = (await app.getByTestId('verification-code').textContent())!.trim();
    const { bytes } = await letters.downloadPdf();
    expect(pdfToText(bytes)).toContain(number);
    const pages = pdfToPngs(bytes, testInfo.outputPath('pdf'), 70);
    fs.copyFileSync(pages[0]!, target('surat-jawaban-pdf.png', testInfo.outputDir));
    const card = await letters.verify(code);
    await expect(card).toContainText('Terdaftar');
    await expect(card).toContainText(number);
    await app.screenshot({ path: target('verifikasi-surat.png', testInfo.outputDir) });
  });
});

test('pindai dokumen dari halaman pengaduan', async ({ app, runtime }, testInfo) => {
  test.skip(runtime !== 'browser', 'Screenshots are taken once, from the browser project.');
  requireScanimage();
  const register = new RegisterPage(app);
  await register.open();
  await register.rows.filter({ hasText: 'Bantuan peralatan usaha tidak sesuai daftar' }).click();
  await app.getByRole('button', { name: 'Pindai dokumen' }).click();
  // The e2e global setup points SANE at its virtual test scanner (a flatbed with a grid picture).
  const dialog = app.getByRole('dialog', { name: /^Pindai dokumen untuk pengaduan/ });
  const device = dialog.getByLabel('Pemindai', { exact: true });
  await expect(device.locator('option', { hasText: '(test:0)' })).toHaveCount(1, { timeout: 30_000 });
  await device.selectOption('sane:test:0');
  await dialog.getByLabel('Sumber kertas').selectOption('flatbed');
  await dialog.getByLabel('Resolusi').selectOption('150');
  await dialog.getByLabel('Warna').selectOption('abu-abu');
  const pages = dialog.getByRole('list', { name: 'Halaman pindaian' }).getByRole('listitem');
  for (const n of [1, 2, 3]) {
    await dialog.getByRole('button', { name: /^Pindai( lagi)?$/ }).click();
    await expect(pages).toHaveCount(n, { timeout: 30_000 });
  }
  await expect(pages.nth(2).locator('img')).toBeVisible();
  await app.screenshot({ path: target('pindai-dokumen.png', testInfo.outputDir) });
});

test.describe('Printer dan kertas', () => {
  test.use({ signIn: { username: 'admin', password: DEMO_PASSWORD } });
  // A private CUPS scheduler with the office's two printers, so the section lists real queues.
  let cups: PrivateCups | undefined;
  const serverBefore = process.env.CUPS_SERVER;
  test.beforeAll(async () => {
    cups = await startPrivateCups();
    await cups.addQueue('Loket_Pelayanan', { description: 'Epson L3210' });
    await cups.addQueue('Sekretariat', { description: 'HP LaserJet M404', isDefault: true });
    process.env.CUPS_SERVER = cups.server;
  });
  test.afterAll(async () => {
    if (serverBefore === undefined) delete process.env.CUPS_SERVER;
    else process.env.CUPS_SERVER = serverBefore;
    await cups?.stop();
  });

  test('printer per jenis dokumen', async ({ app, runtime }, testInfo) => {
    test.skip(runtime !== 'browser', 'Screenshots are taken once, from the browser project.');
    await new SettingsPage(app).open();
    const section = app.getByRole('region', { name: 'Printer dan kertas' });
    await expect(section.getByTestId('printer-status')).toContainText('3 printer ditemukan · printer bawaan sistem: Sekretariat');
    // Receipts straight to the counter's printer; letters on the sekretariat's (the default), two copies.
    for (const kind of ['Tanda terima pengaduan', 'Tanda terima penyampaian surat']) {
      await section.getByLabel(`Printer untuk ${kind}`).selectOption('Loket_Pelayanan');
      await section.getByLabel(`Cara cetak untuk ${kind}`).selectOption('langsung');
    }
    for (const kind of ['Nota dinas', 'Surat jawaban']) await section.getByLabel(`Salinan untuk ${kind}`).fill('2');
    await section.getByRole('button', { name: 'Simpan pengaturan cetak' }).click();
    await expect(section.getByText('Pengaturan cetak tersimpan.')).toBeVisible();
    await section.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await app.screenshot({ path: target('printer-kertas.png', testInfo.outputDir) });
  });
});

test.describe('Arsiparis di kantor demo', () => {
  test.use({ signIn: { username: 'arsiparis', password: DEMO_PASSWORD } });

  test('surat jawaban bertanda terima diarsipkan, lalu ditemukan lewat kata di pindaiannya', async ({ app, runtime }, testInfo) => {
    test.skip(runtime !== 'browser', 'Screenshots are taken once, from the browser project.');
    test.setTimeout(180_000);
    // The signed reply as it comes back from the counter, scanned at 150 dpi.
    const { rows } = await callApi(app, 'letters.list', { box: 'semua' });
    const signed = rows.find((l) => l.number !== null)!;
    const pdf = await callApi(app, 'letters.pdf', { id: signed.id });
    const [scan] = pdfToPngs(Buffer.from(pdf.base64, 'base64'), testInfo.outputPath('pindaian'), 150);

    const archive = new ArchivePage(app);
    await archive.open();
    await archive.scanFiles([scan!]);
    const form = archive.form;
    await expect(form.getByText(/^Dokumen pindaian: .+\.pdf \(1 halaman\)$/)).toBeVisible({ timeout: 30_000 });
    await form.getByLabel('Klasifikasi arsip').selectOption({ label: 'HM.01.1 · Surat jawaban pengaduan' });
    await form.getByLabel('Judul / uraian dokumen').fill(`Surat jawaban ${signed.number} dengan tanda terima`);
    await form.getByLabel('Tanggal dokumen').fill('2026-11-23');
    // The letter's QR code on the scan already tied it to its complaint.
    await expect(form.locator('.archive-complaint')).toContainText(`${signed.complaintRegisterNumber} · `);
    await expect(form.locator('.archive-complaint')).toContainText('(dari kode QR pindaian)');
    for (const [label, value] of [['Gedung', 'A'], ['Ruang', 'Arsip'], ['Lemari', '1'], ['Rak', '2'], ['Boks', '7'], ['Map', '3']] as const) {
      await form.getByLabel(label, { exact: true }).fill(value);
    }
    await form.getByRole('button', { name: 'Simpan ke arsip' }).click();
    await expect(archive.entry.getByTestId('archive-serial')).toHaveText('0001/HM.01.1/ARSIP/2026');

    // OCR reads the page in the background; a word only in the letter's body then finds it.
    await expect(archive.ocr).toHaveText('OCR: semua halaman terbaca', { timeout: 120_000 });
    await archive.search.fill('prosedur');
    await expect(archive.row('0001/HM.01.1/ARSIP/2026').getByTestId('archive-hit')).toContainText('ditemukan di halaman 1', { timeout: 15_000 });
    await app.screenshot({ path: target('arsip.png', testInfo.outputDir) });
  });
});
