import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from '@playwright/test';
import { renderPdf } from '../../../electron/documents/render-pdf';
import { pdfToPngs } from '../../support/pdf-tools';
import { test } from '../fixtures/app-fixture';
import { callApi, RegisterPage, sampleComplaint, seedComplaint } from '../pages/register-page';

/**
 * A complainant's letter photographed and attached at intake is read by OCR in the
 * background; the case page, opened meanwhile, follows the reading beside the file; the
 * register then finds the complaint by a word that is only in the photo, and says in
 * which attachment and on which page.
 */
test('register menemukan pengaduan lewat kata di foto lampiran yang dibaca OCR', async ({ app }, testInfo) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'meja-lampiran-ocr-'));
  try {
    const letter = await renderPdf({
      pageSize: 'A4',
      pageMargins: [70, 70, 60, 60],
      defaultStyle: { fontSize: 14, lineHeight: 1.3 },
      content: [
        { text: 'Kepada Yth. Kepala Dinas Koperasi', margin: [0, 0, 0, 12] },
        { text: 'Kami pengurus koperasi nelayan Watusampu mengadukan bantuan perahu yang belum diterima.' },
      ],
    });
    const [photo] = pdfToPngs(letter, dir, 200);
    const uploaded = await callApi(app, 'complaints.uploadAttachment', { fileName: 'surat-warga.png', base64: readFileSync(photo!).toString('base64') });
    // A PDF that is cut off: kept as the complainant sent it, but OCR cannot open it.
    const broken = await callApi(app, 'complaints.uploadAttachment', { fileName: 'pindaian-rusak.pdf', base64: Buffer.from('%PDF-1.4\n1 0 obj <<').toString('base64') });
    const complaint = await seedComplaint(app, {
      ...sampleComplaint(3, { privacy: 'biasa' }), attachmentIds: [uploaded.sha256, broken.sha256], attachmentNames: [uploaded.fileName, broken.fileName],
    });

    // Opened at once, while OCR reads the photo in the background: the line beside the file moves on by itself.
    const register = new RegisterPage(app);
    await register.open();
    const casePage = await register.openCase(complaint.registerNumber);
    const attachments = casePage.section(/^Lampiran/).getByRole('listitem');
    const ocrLine = attachments.filter({ hasText: 'surat-warga.png' }).getByTestId('attachment-ocr');
    await expect(ocrLine).toHaveText(/^Teks (sedang dibaca: 0 dari 1 halaman selesai|terbaca untuk pencarian: 1 halaman)$/);
    const firstSaid = await ocrLine.textContent();
    await expect(ocrLine).toHaveText('Teks terbaca untuk pencarian: 1 halaman', { timeout: 150_000 });
    testInfo.annotations.push({ type: 'ocr', description: `first said: ${firstSaid}` });
    const brokenLine = attachments.filter({ hasText: 'pindaian-rusak.pdf' }).getByTestId('attachment-ocr');
    await expect(brokenLine).toHaveText('Teks tidak dibaca: berkas tidak dapat dibuka');
    await expect(brokenLine).toHaveClass(/case-attachment__ocr--partial/);
    await ocrLine.scrollIntoViewIfNeeded();
    await app.screenshot({ path: testInfo.outputPath('kasus-lampiran-terbaca.png') });

    // The word is not in the complaint's own fields: the register finds it in the photo.
    await casePage.page.keyboard.press('Escape');
    await register.search.fill('watusampu');
    await expect(register.rows).toHaveCount(1);
    await expect(register.rows.first()).toContainText(complaint.registerNumber);
    // A short badge in the one-line row; the whole sentence, with the file's name, in the cell's tooltip.
    await expect(register.rows.first().getByTestId('scan-hit')).toHaveText('lampiran, hlm. 1');
    await expect(register.rows.first().locator('[title^="Kata dicari ditemukan di lampiran surat-warga.png, halaman 1. "]')).toHaveCount(1);
    await app.screenshot({ path: testInfo.outputPath('register-kata-di-lampiran.png') });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
