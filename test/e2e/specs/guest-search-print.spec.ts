import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { expect, test } from '../fixtures/app-fixture';
import { GuestBookPage } from '../pages/guest-book-page';

test.describe('Buku tamu: cari, cetak, ekspor', () => {
  test('mencari tamu menurut nama dan telepon', async ({ app }) => {
    const book = new GuestBookPage(app);
    await book.ready();
    await book.register({ name: 'Siti Rahmawati', phone: '081234567890' });
    await book.register({ name: 'Rahmat Hidayat', phone: '085211112222' });
    await book.register({ name: 'Dewi Kartika', phone: '081377778888' });

    await book.search('rahma');
    await expect(app.getByRole('heading', { name: 'Hasil pencarian · semua tanggal' })).toBeVisible();
    await expect(book.list.locator('tbody tr')).toHaveCount(2);

    await book.search('+62 813');
    await expect(book.list.locator('tbody tr')).toHaveCount(1);
    await expect(book.row('Dewi Kartika')).toBeVisible();

    await book.search('Dewi', { from: '2026-11-20', to: '2026-11-22' });
    await expect(app.getByText('Tidak ada tamu yang cocok dengan pencarian ini.')).toBeVisible();

    await app.getByRole('button', { name: 'Kembali ke hari ini' }).click();
    await expect(book.list.locator('tbody tr')).toHaveCount(3);
  });

  test('mencetak buku tamu hari ini sebagai PDF dan mengekspor CSV', async ({ app }) => {
    const book = new GuestBookPage(app);
    await book.ready();
    await book.register({ name: 'Yusuf Manurung', phone: '081355551234', nik: '1271011507850003', host: 'Bidang UKM' });

    const dialog = await book.openPrintDialog();
    await dialog.getByLabel('Kertas').selectOption('F4');
    await dialog.getByRole('button', { name: 'Buat PDF' }).click();
    await expect(dialog.getByText('PDF siap: buku-tamu_2026-11-23.pdf')).toBeVisible();
    const [pdfDownload] = await Promise.all([app.waitForEvent('download'), dialog.getByRole('button', { name: 'Simpan PDF' }).click()]);
    const pdfPath = await pdfDownload.path();
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain('BUKU TAMU');
    expect(text).toContain('Senin, 23 November 2026');
    expect(text).toContain('Yusuf Manurung');
    expect(text).toContain('1271011507850003');
    const size = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    expect(size).toMatch(/Page size:\s+935\.\d+ x 609\.\d+ pts/);

    const [csvDownload] = await Promise.all([app.waitForEvent('download'), dialog.getByRole('button', { name: 'Ekspor CSV' }).click()]);
    expect(csvDownload.suggestedFilename()).toBe('buku-tamu_2026-11-23.csv');
    const csv = fs.readFileSync(await csvDownload.path(), 'utf8');
    expect(csv).toContain('Yusuf Manurung');
    expect(csv).toContain('="1271011507850003"');
  });
});
