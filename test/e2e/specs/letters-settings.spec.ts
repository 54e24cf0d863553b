import { expect, test } from '../fixtures/app-fixture';
import { callApi } from '../pages/register-page';

/**
 * Pengaturan → Surat: the number pattern of each letter kind with a live example of the
 * first number of this month, refused with the schema's message when {TAHUN} is missing;
 * and the office's SMTP account, whose password is kept but never shown again.
 */
test('pola nomor surat dengan contoh langsung, dan server surel kantor', async ({ app: page }, testInfo) => {
  await page.keyboard.press('Alt+9');
  const section = page.getByRole('region', { name: 'Surat', exact: true });
  await expect(section).toBeVisible();
  const nota = section.getByLabel('Pola nomor nota dinas');
  await expect(nota).toHaveValue('ND.{NO:3}/{UNIT}/{KLAS}/{BULAN}/{TAHUN}');

  await nota.fill('ND-{NO:4}/{KLAS}/{BLN}/{TAHUN}');
  await section.getByLabel('Kode klasifikasi ({KLAS})').fill('PP.02');
  // The example follows the typing: the first number of November 2026.
  await expect(section.getByTestId('numbering-example-nota-dinas')).toHaveText('ND-0001/PP.02/11/2026');
  await nota.fill('ND-{NO:4}/{KLAS}');
  await expect(section.getByText('Pola nomor nota dinas harus memuat {TAHUN}: nomor urut dimulai lagi setiap tahun.')).toBeVisible();
  await section.getByRole('button', { name: 'Simpan pola nomor' }).click();
  await expect(section.getByText('Periksa pola yang ditandai merah.')).toBeVisible();
  await nota.fill('ND-{NO:4}/{KLAS}/{BLN}/{TAHUN}');
  await section.getByRole('button', { name: 'Simpan pola nomor' }).click();
  await expect(section.getByText('Pola nomor surat tersimpan')).toBeVisible();
  expect((await callApi(page, 'letters.numbering', {})).patterns['nota-dinas']).toBe('ND-{NO:4}/{KLAS}/{BLN}/{TAHUN}');

  const mail = section.getByRole('form', { name: 'Surel kantor (SMTP)' });
  await mail.getByLabel('Server SMTP').fill('mail.dinaskukm.sultengprov.go.id');
  await mail.getByRole('textbox', { name: 'Port', exact: true }).fill('465');
  await mail.getByLabel('Sambungan SSL sejak awal (port 465)').check();
  await mail.getByLabel('Nama pengguna', { exact: true }).fill('pengaduan');
  await mail.getByLabel('Kata sandi', { exact: true }).fill('rahasia-smtp');
  await mail.getByLabel('Alamat pengirim').fill('pengaduan@dinaskukm.sultengprov.go.id');
  await mail.getByLabel('Nama pengirim', { exact: true }).fill('Layanan Pengaduan Dinas KUKM');
  await mail.getByRole('button', { name: 'Simpan pengaturan surel' }).click();
  await expect(mail.getByText('Pengaturan surel tersimpan.')).toBeVisible();
  await expect(mail.getByLabel('Kata sandi', { exact: true })).toHaveValue('');
  await expect(mail.getByText('Tersimpan; kosongkan untuk tetap memakai yang lama')).toBeVisible();
  const stored = await callApi(page, 'letters.mailSettings', {});
  expect(stored).toMatchObject({ host: 'mail.dinaskukm.sultengprov.go.id', port: 465, secure: true, passwordSet: true });
  expect(JSON.stringify(stored)).not.toContain('rahasia-smtp');
  await section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('pengaturan-surat.png'), fullPage: true });
});
