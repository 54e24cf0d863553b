import { expect, test } from '../fixtures/app-fixture';
import { GuestBookPage } from '../pages/guest-book-page';
import { SettingsPage } from '../pages/settings-page';

test.describe('Pengaturan kantor', () => {
  test('identitas kantor dan zona waktu tersimpan dan dipakai di seluruh layar', async ({ app }) => {
    const settings = new SettingsPage(app);
    await settings.open();
    await settings.setOffice(['PEMERINTAH PROVINSI PAPUA', 'DINAS KOPERASI DAN UKM'], 'WIT', 'F4');
    await expect(app.locator('.brand__office')).toHaveText('DINAS KOPERASI DAN UKM');
    // 08.00 WIB is 10.00 WIT.
    await expect(app.locator('.clock__time')).toHaveText(/^10\.\d\d WIT$/);

    await app.reload();
    await settings.open();
    await expect(app.getByLabel('Nama kantor baris 1')).toHaveValue('PEMERINTAH PROVINSI PAPUA');
    await expect(app.getByLabel('Zona waktu')).toHaveValue('WIT');
    await expect(app.getByLabel('Ukuran kertas bawaan')).toHaveValue('F4');
  });

  test('alamat surel yang salah ditolak dan tidak mengubah apa pun', async ({ app }) => {
    const settings = new SettingsPage(app);
    await settings.open();
    await app.getByLabel('Surel', { exact: true }).fill('bukan-surel');
    await app.getByRole('button', { name: 'Simpan pengaturan', exact: true }).click();
    await expect(app.getByText('Alamat surel tidak valid.')).toBeVisible();
    await app.getByRole('button', { name: /Buku Tamu/ }).click();
    await new GuestBookPage(app).ready();
    await app.keyboard.press('Alt+9');
    await expect(app.getByLabel('Surel', { exact: true })).toHaveValue('');
  });
});
