import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '../fixtures/app-fixture';
import { ComplaintIntakePage } from '../pages/complaint-intake-page';
import { GuestBookPage } from '../pages/guest-book-page';
import { ProgressDeskPage } from '../pages/progress-desk-page';
import { RegisterPage } from '../pages/register-page';
import { SettingsPage } from '../pages/settings-page';
import { TrayPage } from '../pages/tray-page';
import { DEMO_PASSWORD } from '../../../electron/backend/demo/demo-organisation';

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
