import { expect, test } from '../fixtures/app-fixture';
import { CalendarPage } from '../pages/calendar-page';

test.describe('Kalender kerja', () => {
  test('cuti bersama yang ditambahkan menggeser batas waktu, dan dihapus lagi dengan papan ketik', async ({ app }, testInfo) => {
    const calendar = new CalendarPage(app);
    await calendar.open();
    await calendar.chooseYear(2026);
    await expect(calendar.row('2026-12-24')).toContainText('Kamis, 24 Desember 2026');
    await expect(calendar.row('2026-12-24')).toContainText('Cuti bersama');
    await expect(app.getByText('Sudah diperiksa', { exact: true })).toBeVisible();

    await calendar.setPreview('2026-11-27', '15.00', '2', 'jam');
    await expect(app.getByTestId('due-preview')).toContainText('Mulai Jumat, 27 November 2026 pukul 15.00 WIB');
    await expect(calendar.previewDue()).toHaveText('Senin, 30 November 2026 pukul 08.30 WIB');

    await calendar.addHoliday('2026-11-30', 'Cuti bersama', 'Cuti bersama daerah');
    await expect(app.getByText('Senin, 30 November 2026 tersimpan sebagai cuti bersama.')).toBeVisible();
    await expect(calendar.previewDue()).toHaveText('Selasa, 1 Desember 2026 pukul 08.30 WIB');
    await expect(app.getByTestId('due-preview')).toContainText('Melewati: Senin, 30 November 2026 (Cuti bersama daerah)');
    await app.screenshot({ path: testInfo.outputPath('kalender-kerja.png') });

    await calendar.deleteHoliday('2026-11-30');
    await expect(calendar.previewDue()).toHaveText('Senin, 30 November 2026 pukul 08.30 WIB');
  });

  test('tahun tanpa SKB ditandai perlu diperiksa, dan tanggal yang sudah terisi ditolak', async ({ app }, testInfo) => {
    const calendar = new CalendarPage(app);
    await calendar.open();
    await calendar.chooseYear(2027);
    await expect(app.getByTestId('needs-review')).toHaveText('Perlu diperiksa admin');
    await app.getByLabel('Tanggal', { exact: true }).fill('2027-12-25');
    await app.getByLabel('Keterangan', { exact: true }).fill('Natal lagi');
    await app.getByLabel('Keterangan', { exact: true }).press('Enter');
    await expect(app.getByText('Sabtu, 25 Desember 2027 sudah tercatat sebagai libur nasional: Kelahiran Yesus Kristus.')).toBeVisible();
    await app.getByRole('tab', { name: 'Ramadan' }).click();
    await expect(app.getByText('32,5 jam/minggu')).toBeVisible();
    await app.screenshot({ path: testInfo.outputPath('kalender-kerja-2027.png') });
    await app.getByRole('button', { name: 'Tandai sudah diperiksa' }).click();
    await expect(app.getByText('Sudah diperiksa', { exact: true })).toBeVisible();
    await expect(app.getByTestId('needs-review')).toHaveCount(0);
  });
});
