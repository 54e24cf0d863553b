import { expect, test } from '../fixtures/app-fixture';
import { GuestBookPage } from '../pages/guest-book-page';

test.describe('Buku tamu: ubah, selesai, batal', () => {
  test('perubahan tercatat dengan nilai lama dan baru, pembatalan butuh alasan', async ({ app }) => {
    const book = new GuestBookPage(app);
    await book.ready();
    await book.register({ name: 'Hendra Gunawan', host: 'Kepala Dinas' });

    let dialog = await book.openVisit('Hendra Gunawan');
    await dialog.getByLabel('Yang ditemui').fill('Sekretaris');
    await dialog.getByRole('button', { name: 'Simpan perubahan' }).click();
    await expect(dialog.getByText('Perubahan tersimpan dan tercatat di riwayat.')).toBeVisible();
    const history = dialog.getByRole('list', { name: 'Riwayat perubahan' });
    await expect(history).toContainText('Diubah oleh Rina Oktaviani');
    await expect(history).toContainText('Yang ditemui: Kepala Dinas → Sekretaris');

    await dialog.getByRole('button', { name: 'Selesai (keluar)' }).click();
    await expect(dialog.getByText(/Tamu tercatat keluar pukul \d\d\.\d\d WIB/)).toBeVisible();

    await dialog.getByRole('button', { name: 'Batalkan kunjungan…' }).click();
    const confirm = dialog.getByRole('button', { name: 'Batalkan kunjungan', exact: true });
    await expect(confirm).toBeDisabled();
    await dialog.getByLabel('Alasan pembatalan').fill('Salah input, tamu dobel');
    await confirm.click();
    await expect(dialog.getByText('Kunjungan dibatalkan. Catatannya tetap tersimpan di buku tamu.')).toBeVisible();
    await expect(history).toContainText('Alasan: Salah input, tamu dobel');
    await dialog.getByRole('button', { name: 'Tutup', exact: true }).click();

    await expect(book.row('Hendra Gunawan')).toHaveClass(/row--cancelled/);
    await expect(book.row('Hendra Gunawan')).toContainText('Dibatalkan: Salah input, tamu dobel');
  });

  test('tombol Selesai di daftar mencatat jam keluar', async ({ app }) => {
    const book = new GuestBookPage(app);
    await book.ready();
    await book.register({ name: 'Maria Lestari' });
    await book.row('Maria Lestari').getByRole('button', { name: 'Selesai' }).click();
    await expect(app.getByText('Maria Lestari tercatat selesai.')).toBeVisible();
    await expect(book.row('Maria Lestari').getByRole('button', { name: 'Selesai' })).toHaveCount(0);
    await expect(book.row('Maria Lestari')).toContainText(/08\.\d\d\s*$/);
  });
});
