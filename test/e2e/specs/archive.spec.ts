import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from '@playwright/test';
import { renderPdf } from '../../../electron/documents/render-pdf';
import { pdfToPngs, pdfToText } from '../../support/pdf-tools';
import { test } from '../fixtures/app-fixture';
import { ArchivePage } from '../pages/archive-page';
import { sampleComplaint, seedComplaint } from '../pages/register-page';

/** A signed reply as the scanner sees it: a page image at 200 dpi with real Indonesian text. */
async function replyPage(dir: string): Promise<string> {
  const pdf = await renderPdf({
    pageSize: 'A4',
    pageMargins: [70, 70, 60, 60],
    defaultStyle: { fontSize: 14, lineHeight: 1.3 },
    content: [
      { text: 'Surat jawaban pengaduan masyarakat tentang bantuan koperasi', bold: true, margin: [0, 0, 0, 12] },
      { text: 'Menindaklanjuti pengaduan Saudara, dana hibah akan dicairkan melalui Bank Sulteng pada bulan Desember.' },
    ],
  });
  return pdfToPngs(pdf, dir, 200)[0]!;
}

test.describe('Arsip', () => {
  test('mengarsipkan balasan terpindai, mencetak label, menemukannya lewat kata OCR, lalu meminjamkan dan menerima kembali', async ({ app }) => {
    test.setTimeout(180_000);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'meja-arsip-e2e-'));
    try {
      const complaint = await seedComplaint(app, sampleComplaint(4, { privacy: 'biasa' }));
      const archive = new ArchivePage(app);
      await archive.open();
      await expect(archive.page.getByText('Belum ada arsip yang cocok dengan pencarian ini.')).toBeVisible();

      // Pindai → import the page → the filing form opens on the new scan.
      await archive.scanFiles([await replyPage(path.join(dir, 'pages'))]);
      const form = archive.form;
      await expect(form.getByText(/^Dokumen pindaian: .+\.pdf \(1 halaman\)$/)).toBeVisible({ timeout: 30_000 });
      await form.getByLabel('Klasifikasi arsip').selectOption({ label: 'HM.01.1 · Surat jawaban pengaduan' });
      await form.getByLabel('Judul / uraian dokumen').fill('Surat jawaban pencairan hibah koperasi');
      await form.getByLabel('Tanggal dokumen').fill('2026-11-20');
      await form.getByLabel('Pengaduan (bila ada)').fill(complaint.registerNumber);
      await form.getByLabel('Pengaduan (bila ada)').press('Enter');
      await expect(form.getByText(complaint.registerNumber)).toBeVisible();
      for (const [label, value] of [['Gedung', 'A'], ['Ruang', 'Arsip'], ['Lemari', '2'], ['Rak', '3'], ['Boks', '12'], ['Map', '4']] as const) {
        await form.getByLabel(label, { exact: true }).fill(value);
      }
      await expect(form.getByTestId('retention-preview')).toHaveText('Retensi: Aktif s.d. 19 November 2028 · inaktif s.d. 19 November 2031 · lalu dinilai kembali');
      await app.screenshot({ path: test.info().outputPath('arsip-form.png') });
      await form.getByRole('button', { name: 'Simpan ke arsip' }).click();
      await expect(app.getByText('Diarsipkan dengan nomor 0001/HM.01.1/ARSIP/2026.')).toBeVisible();
      await expect(archive.entry.getByTestId('archive-serial')).toHaveText('0001/HM.01.1/ARSIP/2026');
      await expect(archive.entry).toContainText('Gedung A · Ruang Arsip · Lemari 2 · Rak 3 · Boks 12 · Map 4');
      await expect(archive.entry).toContainText(complaint.registerNumber);

      // The folder's label, downloaded and read back.
      const label = await archive.label();
      expect(label.suggestedFilename()).toBe('label-arsip_0001-HM.01.1-ARSIP-2026.pdf');
      const labelText = pdfToText(readFileSync(await label.path()));
      expect(labelText).toContain('0001/HM.01.1/ARSIP/2026');
      expect(labelText).toContain('Surat jawaban pencairan hibah koperasi');

      // OCR reads the page in the background; then a word only on the scan finds the entry.
      await expect(archive.ocr).toHaveText('OCR: semua halaman terbaca', { timeout: 120_000 });
      await archive.search.fill('sulteng');
      const hit = archive.row('0001/HM.01.1/ARSIP/2026');
      await expect(hit.getByTestId('archive-hit')).toContainText('ditemukan di halaman 1', { timeout: 15_000 });
      await expect(hit.getByTestId('archive-hit')).toContainText(/Bank Sulteng/i);
      await app.screenshot({ path: test.info().outputPath('arsip-cari-ocr.png') });

      // Lend the folder, see it in the loans tab, take it back.
      await archive.entry.getByRole('button', { name: 'Pinjamkan' }).click();
      const lend = app.getByRole('dialog', { name: 'Pinjamkan berkas 0001/HM.01.1/ARSIP/2026' });
      await lend.getByLabel('Nama peminjam').fill('Andi Saputra');
      await lend.getByLabel('Unit peminjam').fill('Bidang Koperasi');
      await lend.getByLabel('Keperluan').fill('Bahan rapat klarifikasi');
      await expect(lend.getByLabel('Kembali paling lambat')).toHaveValue('2026-11-30');
      await lend.getByRole('button', { name: 'Catat peminjaman' }).click();
      await expect(archive.entry.getByTestId('entry-loan')).toHaveText('Dipinjam Andi Saputra (Bidang Koperasi) sampai 30 November 2026');
      await expect(hit).toContainText('Dipinjam: Andi Saputra');
      await app.getByRole('tab', { name: 'Peminjaman' }).click();
      const loan = app.locator('tr[data-loan-id]');
      await expect(loan).toHaveCount(1);
      await expect(loan).toContainText('Andi Saputra');
      await app.screenshot({ path: test.info().outputPath('arsip-peminjaman.png') });
      await loan.getByRole('button', { name: 'Catat kembali' }).click();
      await expect(app.getByText('Berkas dicatat kembali dari Andi Saputra.')).toBeVisible();
      await expect(app.getByText('Tidak ada peminjaman di sini.')).toBeVisible();
      await expect(archive.entry.getByTestId('entry-loan')).toHaveText('Ada di tempatnya');
      await archive.entry.getByText(/^Riwayat/).click();
      await expect(archive.entry.locator('.history')).toContainText('Berkas fisik dikembalikan oleh Andi Saputra (Bidang Koperasi)');
      await app.screenshot({ path: test.info().outputPath('arsip-riwayat.png') });

      // Nothing is due for its final disposition yet; a year ahead neither (2 + 3 years).
      await app.getByRole('tab', { name: 'Retensi' }).click();
      await expect(app.getByText('Tidak ada berkas yang jatuh tempo sampai tanggal ini.')).toBeVisible();
      await app.getByLabel('Sampai tanggal').fill('2031-11-20');
      await expect(archive.row('0001/HM.01.1/ARSIP/2026')).toContainText('20 November 2031');
      await app.screenshot({ path: test.info().outputPath('arsip-retensi.png') });
      await app.getByRole('tab', { name: 'Klasifikasi' }).click();
      await expect(app.getByRole('cell', { name: 'HM.01.4', exact: true })).toBeVisible();
      await app.screenshot({ path: test.info().outputPath('arsip-klasifikasi.png') });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
