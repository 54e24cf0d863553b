import { expect } from '@playwright/test';
import { DEMO_PASSWORD } from '../../../electron/backend/demo/demo-organisation';
import { renderPdf } from '../../../electron/documents/render-pdf';
import { test } from '../fixtures/app-fixture';
import { ArchivePage } from '../pages/archive-page';
import { LettersPage } from '../pages/letters-page';
import { callApi, RegisterPage, sampleComplaint, seedComplaint } from '../pages/register-page';

/**
 * Issue 6, filing from where the document is met, in the demo office as its archivist: a
 * signed reply from its letter page ("Arsipkan surat"), which then shows where it was filed
 * and opens the entry on the Arsip screen; and a receipt attached to a complaint, from the
 * case page, which then shows its archive serial instead of the button.
 */
test.describe('Arsipkan dari surat dan lampiran', () => {
  test.use({ launchArgs: ['--demo'], signIn: { username: 'arsiparis', password: DEMO_PASSWORD } });

  test('arsiparis mengarsipkan surat bertanda tangan dari halamannya dan tanda terima dari halaman kasus', async ({ app }, testInfo) => {
    test.setTimeout(120_000);
    const { rows } = await callApi(app, 'letters.list', { box: 'semua' });
    const signed = rows.find((l) => l.kind === 'surat-jawaban' && l.number !== null)!;
    const letter = await callApi(app, 'letters.get', { id: signed.id });
    expect(letter.archive).toBeNull();

    // The letter's page: "Arsipkan surat" in the signed panel opens the archive's filing form on the signed PDF.
    const letters = new LettersPage(app);
    await letters.open();
    await letters.showBox('Semua');
    await letters.openLetter(signed.number!);
    const panel = app.getByRole('region', { name: 'Surat ditandatangani' });
    await panel.getByRole('button', { name: 'Arsipkan surat' }).click();
    const archive = new ArchivePage(app);
    const form = archive.form;
    await expect(form.getByText(`Surat ${signed.number} (PDF bertanda tangan)`)).toBeVisible();
    await expect(form.getByLabel('Jenis dokumen')).toBeFocused();
    await expect(form.getByLabel('Jenis dokumen')).toHaveValue('surat_ditandatangani');
    await expect(form.getByLabel('Judul / uraian dokumen')).toHaveValue(`Surat Jawaban ${signed.number}`);
    await expect(form.getByLabel('Tanggal dokumen')).toHaveValue(letter.letterDate!);
    await expect(form.locator('.archive-complaint')).toContainText(`${signed.complaintRegisterNumber} · `);
    await expect(form.locator('.archive-complaint')).toContainText('(dari surat)');
    await form.getByLabel('Klasifikasi arsip').selectOption({ label: 'HM.01.1 · Surat jawaban pengaduan' });
    for (const [label, value] of [['Gedung', 'B'], ['Ruang', 'Arsip Aktif'], ['Lemari', '2'], ['Rak', '3'], ['Boks', '7'], ['Map', '1']] as const) {
      await form.getByLabel(label, { exact: true }).fill(value);
    }
    await form.screenshot({ path: testInfo.outputPath('arsipkan-surat-formulir.png') });
    await form.getByRole('button', { name: 'Simpan ke arsip' }).click();
    await expect(form).toBeHidden();

    // The letter now says where it is; the button is gone.
    const serial = /^0001\/HM\.01\.1\/ARSIP\/\d{4}$/;
    await expect(app.getByText(/^Surat diarsipkan dengan nomor arsip 0001\/HM\.01\.1\/ARSIP\/\d{4}\.$/)).toBeVisible();
    const mark = panel.getByTestId('archived-mark');
    await expect(mark).toHaveText(/^Diarsipkan: 0001\/HM\.01\.1\/ARSIP\/\d{4} · Gedung B · Ruang Arsip Aktif · Lemari 2 · Rak 3 · Boks 7 · Map 1$/);
    await expect(panel.getByRole('button', { name: 'Arsipkan surat' })).toHaveCount(0);
    await app.screenshot({ path: testInfo.outputPath('surat-diarsipkan.png'), fullPage: true });
    const letterSerial = (await mark.getByRole('button').textContent())!;
    expect(letterSerial).toMatch(serial);

    // The serial opens the Arsip screen on that entry, which holds the letter's own PDF.
    await mark.getByRole('button', { name: letterSerial }).click();
    await expect(app.getByRole('main', { name: 'Arsip' })).toBeVisible();
    await expect(archive.entry.getByTestId('archive-serial')).toHaveText(letterSerial);
    await expect(archive.entry).toContainText('Surat ditandatangani');
    await expect(archive.entry).toContainText(signed.complaintRegisterNumber);
    await expect(archive.entry.getByRole('button', { name: 'Buka berkas' })).toBeVisible();

    // A complaint with a receipt and a photo attached: both can be filed from the case page.
    const receipt = await renderPdf({ pageSize: 'A5', content: [{ text: 'TANDA TERIMA PENGADUAN', bold: true }, 'Telah diterima berkas pengaduan dari Sdr. Yusuf Manurung.'] });
    const uploaded = await callApi(app, 'complaints.uploadAttachment', { fileName: 'tanda-terima-pengaduan.pdf', base64: receipt.toString('base64') });
    const complaint = await seedComplaint(app, { ...sampleComplaint(1), attachmentIds: [uploaded.sha256], attachmentNames: [uploaded.fileName] });
    const register = new RegisterPage(app);
    await register.open();
    const casePage = await register.openCase(complaint.registerNumber);
    const attachments = casePage.section(/^Lampiran/);
    await attachments.scrollIntoViewIfNeeded();
    await attachments.screenshot({ path: testInfo.outputPath('lampiran-belum-diarsipkan.png') });
    await attachments.getByRole('button', { name: 'Arsipkan tanda-terima-pengaduan.pdf' }).click();
    await expect(form.getByText(`Lampiran pengaduan ${complaint.registerNumber}: tanda-terima-pengaduan.pdf`)).toBeVisible();
    await expect(form.getByLabel('Jenis dokumen')).toHaveValue('tanda_terima');
    await expect(form.getByLabel('Judul / uraian dokumen')).toHaveValue('tanda-terima-pengaduan');
    await expect(form.locator('.archive-complaint')).toContainText('(dari lampiran)');
    // The place typed last is offered again: the receipt goes into the same box.
    await expect(form.getByLabel('Boks', { exact: true })).toHaveValue('7');
    await form.getByLabel('Klasifikasi arsip').selectOption({ label: 'HM.01.2 · Tanda terima pengaduan dan penyampaian jawaban' });
    await form.getByRole('button', { name: 'Simpan ke arsip' }).click();
    await expect(form).toBeHidden();
    const filed = attachments.getByTestId('attachment-archive-serial');
    await expect(filed).toHaveText(/^Diarsipkan: 0002\/HM\.01\.2\/ARSIP\/\d{4}$/);
    await expect(attachments.getByRole('button', { name: /^Arsipkan/ })).toHaveCount(0);
    await attachments.screenshot({ path: testInfo.outputPath('lampiran-diarsipkan.png') });

    // What the case page shows comes from the record: opened again, the serial is still there.
    await register.open();
    const again = await register.openCase(complaint.registerNumber);
    await expect(again.section(/^Lampiran/).getByTestId('attachment-archive-serial')).toHaveText(/^Diarsipkan: 0002\/HM\.01\.2\/ARSIP\/\d{4}$/);
  });
});
