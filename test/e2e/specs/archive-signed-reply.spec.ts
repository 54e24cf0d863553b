import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { expect } from '@playwright/test';
import { DEMO_PASSWORD } from '../../../electron/backend/demo/demo-organisation';
import { renderPdf } from '../../../electron/documents/render-pdf';
import { pdfToText } from '../../support/pdf-tools';
import { printedText, startPrivateCups, type PrivateCups } from '../../support/private-cups';
import { pnmDefaultInputFile, requireScanimage } from '../../support/sane-test-env';
import { test } from '../fixtures/app-fixture';
import { ArchivePage } from '../pages/archive-page';
import { LettersPage } from '../pages/letters-page';
import { callApi, RegisterPage } from '../pages/register-page';
import { SettingsPage } from '../pages/settings-page';
import { SignInPage } from '../pages/sign-in-page';

/**
 * Issue 6's whole walk in one browser session, in the demo office: the administrator sends
 * folder labels to the label printer (a private CUPS scheduler whose MejaPDF queue writes a
 * file); the archivist scans a signed reply on SANE's pnm device (which "scans" the page
 * image this spec renders from the letter's own PDF), sees it tied to its complaint by the
 * letter's QR code, files it with a classification and a place, prints the label, and
 * finds it again by a word OCR read on the page.
 */
let cups: PrivateCups;
let scannedPage: string;
const serverBefore = process.env.CUPS_SERVER;

test.beforeAll(async () => {
  requireScanimage();
  cups = await startPrivateCups();
  process.env.CUPS_SERVER = cups.server;
  scannedPage = pnmDefaultInputFile();
});

test.afterAll(async () => {
  if (serverBefore === undefined) delete process.env.CUPS_SERVER;
  else process.env.CUPS_SERVER = serverBefore;
  await cups?.stop();
  if (scannedPage) fs.rmSync(scannedPage, { force: true });
});

test.describe('Arsip surat jawaban terpindai', () => {
  test.use({ launchArgs: ['--demo'], signIn: { username: 'admin', password: DEMO_PASSWORD } });

  test('arsiparis memindai surat jawaban bertanda tangan dari SANE, mengarsipkannya, mencetak label ke CUPS, dan menemukannya lewat kata OCR', async ({ app }, testInfo) => {
    test.setTimeout(240_000);

    // The administrator sends "Label arsip" straight to the label printer.
    const settings = new SettingsPage(app);
    await settings.open();
    const printers = app.getByRole('region', { name: 'Printer dan kertas' });
    await printers.getByLabel('Printer untuk Label arsip').selectOption('MejaPDF');
    await printers.getByLabel('Cara cetak untuk Label arsip').selectOption('langsung');
    await printers.getByLabel('Kertas untuk Label arsip').selectOption('100x50mm');
    await printers.getByRole('button', { name: 'Simpan pengaturan cetak' }).click();
    await expect(printers.getByText('Pengaturan cetak tersimpan.')).toBeVisible();
    await app.getByRole('form', { name: 'Nomor arsip' }).screenshot({ path: testInfo.outputPath('pengaturan-nomor-arsip.png') });

    // A signed reply of the demo office, as it comes back from the counter: printed, then on the scanner's glass.
    const { rows } = await callApi(app, 'letters.list', { box: 'semua' });
    const signed = rows.find((l) => l.kind === 'surat-jawaban' && l.number !== null)!;
    const letter = await callApi(app, 'letters.get', { id: signed.id });
    const letterPdf = Buffer.from((await callApi(app, 'letters.pdf', { id: signed.id })).base64, 'base64');
    const word = 'prosedur';
    expect(pdfToText(letterPdf).toLowerCase()).toContain(word);
    fs.writeFileSync(scannedPage, execFileSync('pdftoppm', ['-r', '150', '-f', '1', '-l', '1', '-singlefile', '-gray', '-'], { input: letterPdf, maxBuffer: 64 << 20 }));

    const door = new SignInPage(app);
    await door.signOut();
    await door.signIn('arsiparis', DEMO_PASSWORD);

    // Pindai → SANE's pnm device → one page, its QR read on the way.
    const archive = new ArchivePage(app);
    await archive.open();
    await app.getByRole('button', { name: 'Pindai', exact: true }).click();
    const scan = app.getByRole('dialog', { name: 'Pindai dokumen untuk arsip' });
    const device = scan.getByLabel('Pemindai', { exact: true });
    await expect(device.locator('option', { hasText: '(pnm:0)' })).toHaveCount(1, { timeout: 30_000 });
    await device.selectOption('sane:pnm:0');
    await scan.getByLabel('Resolusi').selectOption('150');
    await scan.getByRole('button', { name: 'Pindai', exact: true }).click();
    await expect(scan.getByText('1 halaman dipindai.')).toBeVisible({ timeout: 60_000 });
    await app.screenshot({ path: testInfo.outputPath('pindai-surat-jawaban.png') });
    await scan.getByRole('button', { name: 'Simpan (1 hlm.)' }).click();

    // The filing form opens on the scan, already tied to the letter's complaint by its QR code.
    const form = archive.form;
    await expect(form.getByText(/^Dokumen pindaian: .+\.pdf \(1 halaman\)$/)).toBeVisible({ timeout: 30_000 });
    await expect(form.locator('.archive-complaint')).toContainText(`${signed.complaintRegisterNumber} · `);
    await expect(form.locator('.archive-complaint')).toContainText('(dari kode QR pindaian)');
    await expect(form.getByLabel('Jenis dokumen')).toHaveValue('surat_jawaban_terpindai');
    // The letter's QR code also names and dates it.
    await expect(form.getByLabel('Judul / uraian dokumen')).toHaveValue(`Surat jawaban ${signed.number}`);
    await expect(form.getByLabel('Tanggal dokumen')).toHaveValue(letter.letterDate!);
    await form.getByLabel('Klasifikasi arsip').selectOption({ label: 'HM.01.1 · Surat jawaban pengaduan' });
    for (const [label, value] of [['Gedung', 'B'], ['Ruang', 'Arsip Inaktif'], ['Lemari', '4'], ['Rak', '1'], ['Boks', '9'], ['Map', '2']] as const) {
      await form.getByLabel(label, { exact: true }).fill(value);
    }
    await app.screenshot({ path: testInfo.outputPath('arsipkan-surat-jawaban.png') });
    await form.getByRole('button', { name: 'Simpan ke arsip' }).click();
    const serial = '0001/HM.01.1/ARSIP/2026';
    await expect(archive.entry.getByTestId('archive-serial')).toHaveText(serial);
    await expect(archive.entry).toContainText('Gedung B · Ruang Arsip Inaktif · Lemari 4 · Rak 1 · Boks 9 · Map 2');
    await expect(archive.entry).toContainText(signed.complaintRegisterNumber);

    // Cetak label: straight to the label printer; the queue's file holds the label's text.
    await archive.entry.getByRole('button', { name: 'Cetak label' }).click();
    await expect(archive.entry.getByText(`Label ${serial}: Dicetak ke MejaPDF`)).toBeVisible({ timeout: 30_000 });
    await expect.poll(() => printedText(cups, 'MejaPDF'), { timeout: 20_000 }).toContain(serial);
    const label = printedText(cups, 'MejaPDF');
    expect(label).toContain(`Surat jawaban ${signed.number}`);
    expect(label).toContain('Gedung B');

    // The paper-only tanda terima goes into the same box; both folders' labels print on one A4 sheet.
    await app.getByRole('button', { name: 'Arsipkan dokumen' }).click();
    await app.getByRole('dialog', { name: 'Arsipkan dokumen' }).getByRole('button', { name: 'Berkas fisik saja' }).click();
    await expect(form.getByText('Berkas fisik saja, tanpa salinan elektronik.')).toBeVisible();
    await form.getByLabel('Jenis dokumen').selectOption('tanda_terima');
    await form.getByLabel('Klasifikasi arsip').selectOption({ label: 'HM.01.1 · Surat jawaban pengaduan' });
    await form.getByLabel('Judul / uraian dokumen').fill(`Tanda terima penyerahan surat ${signed.number}`);
    // The place typed last is offered again: the same box.
    await expect(form.getByLabel('Boks', { exact: true })).toHaveValue('9');
    await form.getByRole('button', { name: 'Simpan ke arsip' }).click();
    const second = '0002/HM.01.1/ARSIP/2026';
    await expect(archive.entry.getByTestId('archive-serial')).toHaveText(second);
    await archive.search.fill('Boks 9');
    await expect(archive.results).toHaveCount(2);
    await app.getByRole('button', { name: 'Cetak label 2 arsip ini (lembar A4)' }).click();
    await expect(app.getByText('2 label: Dicetak ke MejaPDF')).toBeVisible({ timeout: 30_000 });
    await expect.poll(() => printedText(cups, 'MejaPDF'), { timeout: 20_000 }).toContain(second);
    expect(printedText(cups, 'MejaPDF')).toContain(serial);
    await app.screenshot({ path: testInfo.outputPath('label-satu-boks.png') });
    await archive.search.fill('');

    // The signed tanda terima is scanned later, from its entry: the scan becomes the entry's file.
    const receipt = await renderPdf({ content: [{ text: 'TANDA TERIMA', bold: true, fontSize: 16 }, { text: `Surat ${signed.number} telah diterima oleh pelapor.`, fontSize: 14 }] });
    fs.writeFileSync(scannedPage, execFileSync('pdftoppm', ['-r', '150', '-f', '1', '-l', '1', '-singlefile', '-gray', '-'], { input: receipt, maxBuffer: 64 << 20 }));
    await archive.entry.getByRole('button', { name: 'Pindai berkas' }).click();
    const later = app.getByRole('dialog', { name: 'Pindai dokumen untuk arsip' });
    await expect(later.getByLabel('Pemindai', { exact: true })).toHaveValue('sane:pnm:0', { timeout: 30_000 });
    await later.getByRole('button', { name: 'Pindai', exact: true }).click();
    await expect(later.getByText('1 halaman dipindai.')).toBeVisible({ timeout: 60_000 });
    await later.getByRole('button', { name: 'Simpan (1 hlm.)' }).click();
    await expect(archive.entry.getByText(new RegExp(`menjadi berkas arsip ${second.replace(/[./]/g, '\\$&')}`))).toBeVisible({ timeout: 30_000 });
    await expect(archive.entry.getByRole('button', { name: 'Buka berkas' })).toBeVisible();
    await archive.entry.getByText(/^Riwayat/).click();
    await expect(archive.entry.locator('.history')).toContainText(/Pindaian dilampirkan: pindaian_.+\.pdf \(1 halaman\)/);

    // OCR reads the scanned page in the background; a word of the letter's body finds the file.
    await expect(archive.ocr).toHaveText('OCR: semua halaman terbaca', { timeout: 150_000 });
    await archive.search.fill(word);
    const hit = archive.row(serial);
    await expect(hit.getByTestId('archive-hit')).toContainText('ditemukan di halaman 1', { timeout: 15_000 });
    await expect(hit.getByTestId('archive-hit')).toContainText(new RegExp(word, 'i'));
    await app.screenshot({ path: testInfo.outputPath('cari-kata-ocr.png') });

    // The complaint has the scan among its attachments, and its history says how it got there.
    const register = new RegisterPage(app);
    await register.open();
    const casePage = await register.openCase(signed.complaintRegisterNumber!);
    await expect(casePage.section(/^Lampiran/).getByRole('listitem').filter({ hasText: /^pindaian_/ })).toHaveCount(1);
    await expect(casePage.history).toContainText('Dokumen pindaian dilampirkan');

    // The letter lists the scan of its paper, recognised by its QR code.
    const letters = new LettersPage(app);
    await letters.open();
    await letters.showBox('Semua');
    await letters.openLetter(signed.number!);
    const scans = app.getByRole('region', { name: /^Pindaian surat/ });
    await expect(scans).toContainText('Pindaian surat (1)');
    await expect(scans.getByRole('listitem')).toContainText('dikenali dari kode QR');
    await scans.screenshot({ path: testInfo.outputPath('pindaian-surat.png') });
  });
});
