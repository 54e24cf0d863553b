import fs from 'node:fs';
import { formatTrackingCode } from '../../../shared/numbering/tracking-code';
import { expect, test } from '../fixtures/app-fixture';
import { RegisterPage, sampleComplaint, seedComplaint } from '../pages/register-page';
import { SettingsPage } from '../pages/settings-page';
import { printedText, startPrivateCups, type PrivateCups } from '../../support/private-cups';

/**
 * Printing against a private CUPS scheduler: the backend the fixture starts in this worker
 * runs the real `lp`/`lpstat`, pointed at the scheduler through CUPS_SERVER, whose MejaPDF
 * queue writes what it receives to a file.
 */
let cups: PrivateCups;
const serverBefore = process.env.CUPS_SERVER;

test.beforeAll(async () => {
  cups = await startPrivateCups();
  process.env.CUPS_SERVER = cups.server;
});

test.afterAll(async () => {
  if (serverBefore === undefined) delete process.env.CUPS_SERVER;
  else process.env.CUPS_SERVER = serverBefore;
  await cups?.stop();
});

test.describe('Printer dan log cetak', () => {
  // Tests of one worker share its scheduler: each starts with the queue's file absent.
  test.beforeEach(() => fs.rmSync(cups.outputFile('MejaPDF'), { force: true }));

  test('tanda terima dikirim langsung ke printer MejaPDF dari halaman kasus, lalu tercatat di log cetak', async ({ app }, testInfo) => {
    const settings = new SettingsPage(app);
    await settings.open();
    const section = app.getByRole('region', { name: 'Printer dan kertas' });
    await expect(section.getByTestId('printer-status')).toContainText('printer bawaan sistem: MejaPDF');
    const printer = section.getByLabel('Printer untuk Tanda terima pengaduan');
    await expect(printer.locator('option', { hasText: 'MejaPDF — Printer uji PDF' })).toHaveCount(1);

    await printer.selectOption('MejaPDF');
    await section.getByLabel('Cara cetak untuk Tanda terima pengaduan').selectOption('langsung');
    await section.getByLabel('Kertas untuk Tanda terima pengaduan').selectOption('A4');
    await section.getByRole('button', { name: 'Simpan pengaturan cetak' }).click();
    await expect(section.getByText('Pengaturan cetak tersimpan.')).toBeVisible();
    await section.scrollIntoViewIfNeeded();
    await app.screenshot({ path: testInfo.outputPath('pengaturan-printer.png'), fullPage: true });

    const complaint = await seedComplaint(app, sampleComplaint(0, { channel: 'langsung', privacy: 'biasa' }));
    const register = new RegisterPage(app);
    await register.open();
    await register.openCase(complaint.registerNumber);
    // Silent: no preview, straight to the queue, a toast says where it went.
    await app.getByRole('button', { name: 'Cetak tanda terima' }).click();
    await expect(app.getByRole('status').filter({ hasText: 'Dicetak ke MejaPDF' })).toBeVisible();
    await expect(app.getByRole('dialog', { name: 'Tanda terima pengaduan' })).toHaveCount(0);
    await app.screenshot({ path: testInfo.outputPath('kasus-dicetak.png') });

    const code = formatTrackingCode(complaint.trackingCode);
    await expect.poll(() => printedText(cups, 'MejaPDF'), { timeout: 15_000 }).toContain(code);
    expect(printedText(cups, 'MejaPDF')).toContain(complaint.registerNumber);

    await settings.open();
    await app.getByRole('button', { name: 'Log cetak' }).click();
    const log = app.getByRole('dialog', { name: 'Log cetak' });
    const row = log.getByRole('row', { name: new RegExp(`Tanda terima ${complaint.registerNumber.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`) });
    await expect(row).toContainText('MejaPDF');
    await expect(row).toContainText('Terkirim');
    await expect(row).toContainText('Langsung ke printer');
    await expect(row).toContainText('Rina Oktaviani');
    await expect(row).toContainText(code);
    await expect(row).toContainText('Senin, 23 November 2026');
    await log.screenshot({ path: testInfo.outputPath('log-cetak.png') });

    await log.getByLabel('Jenis dokumen').selectOption('lembar-disposisi');
    await expect(log.getByText('Belum ada cetakan pada pilihan ini.')).toBeVisible();
  });

  test('tanpa pengaturan, tanda terima tetap dipratinjau lalu dicetak lewat dialog, dan tercatat', async ({ app }) => {
    // Headless Chromium has no print dialog (printing a PDF frame crashes it): the frames
    // get a print() that counts, so the spec sees the app ask for the dialog.
    await app.addInitScript(() => {
      window.print = () => {
        const top = window.top as (Window & { mejaPrints?: number }) | null;
        if (top) top.mejaPrints = (top.mejaPrints ?? 0) + 1;
      };
    });
    const complaint = await seedComplaint(app, sampleComplaint(1, { channel: 'telepon', privacy: 'biasa' }));
    const register = new RegisterPage(app);
    await register.open();
    await register.openCase(complaint.registerNumber);
    await app.getByRole('button', { name: 'Cetak tanda terima' }).click();
    const preview = app.getByRole('dialog', { name: 'Tanda terima pengaduan' });
    await expect(preview.getByRole('button', { name: 'Cetak', exact: true })).toBeFocused();
    await preview.getByRole('button', { name: 'Cetak', exact: true }).click();
    await expect.poll(() => app.evaluate(() => (window as Window & { mejaPrints?: number }).mejaPrints ?? 0)).toBe(1);

    await preview.getByRole('button', { name: 'Tutup', exact: true }).click();
    await new SettingsPage(app).open();
    await app.getByRole('button', { name: 'Log cetak' }).click();
    const row = app.getByRole('dialog', { name: 'Log cetak' }).getByRole('row').filter({ hasText: complaint.registerNumber });
    await expect(row).toContainText('Lewat dialog cetak');
    await expect(row).toContainText('Dipilih di dialog');
    // Nothing reached the queue: the browser's dialog printed it.
    expect(fs.existsSync(cups.outputFile('MejaPDF'))).toBe(false);
  });
});
