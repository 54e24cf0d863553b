import { expect, test } from '../fixtures/app-fixture';
import { GuestBookPage } from '../pages/guest-book-page';

test.describe('Buku tamu: pendaftaran di loket', () => {
  test('mendaftarkan tamu hanya dengan papan ketik; kursor kembali ke Nama', async ({ app }) => {
    const book = new GuestBookPage(app);
    await book.ready();
    await expect(book.field('Nama')).toBeFocused();
    await expect(app.getByText('Senin, 23 November 2026').first()).toBeVisible();

    await book.register({ name: 'Siti Rahmawati', phone: '0812 3456 7890', address: 'Jl. Sam Ratulangi No. 12, Palu', host: 'Subbag Umum' });
    await expect(book.field('Nama')).toBeFocused();
    await expect(book.field('Nama')).toHaveValue('');
    await expect(book.row('Siti Rahmawati')).toContainText('08.00');
    await expect(book.row('Siti Rahmawati')).toContainText('081234567890');

    await book.register({ name: 'Budi Santoso', purpose: 'Konsultasi' });
    await expect(book.list.locator('tbody tr')).toHaveCount(2);
    await expect(app.getByText('2 masih di kantor · 2 tamu')).toBeVisible();
  });

  test('NIK yang salah ditolak dengan pesan jelas dan tidak ada yang tersimpan', async ({ app }) => {
    const book = new GuestBookPage(app);
    await book.ready();
    await book.typeVisitor({ name: 'Andi Wijaya', nik: '7271012345' });
    await book.field('Yang ditemui').press('Enter');
    await expect(app.getByText('NIK harus 16 angka (sekarang 10).')).toBeVisible();
    await expect(app.getByText('Belum ada tamu hari ini.')).toBeVisible();
    // The form keeps what was typed.
    await expect(book.field('Nama')).toHaveValue('Andi Wijaya');

    await book.field('NIK').fill('9971015501900001');
    await expect(app.getByText('Kode provinsi NIK "99" tidak dikenal. Periksa dua angka pertama.')).toBeVisible();
  });

  test('tamu lama dikenali dari nomor telepon dan formulir terisi sendiri', async ({ app }) => {
    const book = new GuestBookPage(app);
    await book.ready();
    await book.register({
      name: 'Ni Luh Putu Ayu', phone: '081298765432', nik: '5171044506880002',
      address: 'Jl. Gajah Mada No. 3, Denpasar', institution: 'Koperasi Sejahtera',
    });
    await book.field('Telepon').fill('+62 812-9876-5432');
    await expect(app.getByText(/Tamu lama dikenali: Ni Luh Putu Ayu, 1 kunjungan/)).toBeVisible();
    await expect(book.field('Nama')).toHaveValue('Ni Luh Putu Ayu');
    await expect(book.field('Alamat')).toHaveValue('Jl. Gajah Mada No. 3, Denpasar');
    await expect(book.field('NIK')).toHaveValue('5171044506880002');
    await book.field('Nama').press('Enter');
    await expect(book.list.locator('tbody tr', { hasText: 'Ni Luh Putu Ayu' })).toHaveCount(2);
  });

  test('isian yang belum disimpan tetap ada setelah aplikasi dibuka ulang', async ({ app }) => {
    const book = new GuestBookPage(app);
    await book.ready();
    await book.typeVisitor({ name: 'Yohanes Kambu', address: 'Jl. Raya Sentani, Jayapura' });
    await app.reload();
    await book.ready();
    await expect(book.field('Nama')).toHaveValue('Yohanes Kambu');
    await expect(book.field('Alamat')).toHaveValue('Jl. Raya Sentani, Jayapura');
  });
});
