import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import QRCode from 'qrcode';
import { test } from '../fixtures/app-fixture';
import { RegisterPage, sampleComplaint, seedComplaint } from '../pages/register-page';
import { SettingsPage } from '../pages/settings-page';
import { requireScanimage } from '../../support/sane-test-env';

/** The scan dialog: scanner options, progress, the page grid and saving. */
class ScanDialogPage {
  readonly dialog: Locator;
  readonly pages: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: /^Pindai dokumen/ });
    this.pages = this.dialog.getByRole('list', { name: 'Halaman pindaian' }).getByRole('listitem');
  }

  /** Chooses SANE's virtual test scanner and how to scan. */
  async chooseTestScanner(): Promise<void> {
    const device = this.dialog.getByLabel('Pemindai', { exact: true });
    await expect(device.locator('option', { hasText: '(test:0)' })).toHaveCount(1, { timeout: 30_000 });
    await device.selectOption('sane:test:0');
    await this.dialog.getByLabel('Sumber kertas').selectOption('flatbed');
    await this.dialog.getByLabel('Resolusi').selectOption('150');
    await this.dialog.getByLabel('Warna').selectOption('abu-abu');
  }

  /** Presses Pindai (or Pindai lagi) and waits until the page is in the grid; the page's percent is seen on its way. */
  async scanOnePage(): Promise<void> {
    const before = await this.pages.count();
    // Watched at every frame from before the click: the percent shows for about two seconds.
    const percentSeen = this.page.waitForFunction(
      () => /^Memindai halaman 1… \d+%$/.test(document.querySelector('.scan-progress span')?.textContent ?? ''),
      null, { polling: 'raf', timeout: 30_000 },
    );
    await this.dialog.getByRole('button', { name: /^Pindai( lagi)?$/ }).click();
    await percentSeen;
    await expect(this.dialog.getByText('1 halaman dipindai.')).toBeVisible({ timeout: 30_000 });
    await expect(this.pages).toHaveCount(before + 1);
  }
}

test.describe('Pindai dokumen', () => {
  test('memindai dua halaman dari pemindai uji SANE, menghapus satu, dan menyimpannya ke pengaduan', async ({ app }) => {
    requireScanimage();
    const complaint = await seedComplaint(app, sampleComplaint(1, { privacy: 'biasa' }));
    const register = new RegisterPage(app);
    await register.open();
    const casePage = await register.openCase(complaint.registerNumber);
    await expect(casePage.section(/^Lampiran/)).toContainText('Tidak ada lampiran.');

    await app.getByRole('button', { name: 'Pindai dokumen' }).click();
    const scan = new ScanDialogPage(app);
    await expect(scan.dialog).toHaveAccessibleName(`Pindai dokumen untuk pengaduan ${complaint.registerNumber}`);
    await scan.chooseTestScanner();
    await scan.scanOnePage();
    await scan.scanOnePage();
    await expect(scan.pages.nth(1)).toHaveAccessibleName('Halaman 2: Pindaian 2');
    await app.screenshot({ path: test.info().outputPath('dialog-pindai.png') });

    // Keyboard: turn the second page (R), then delete the first with its button.
    await scan.pages.nth(1).focus();
    await app.keyboard.press('r');
    await expect(scan.pages.nth(1)).toHaveAccessibleName('Halaman 2: Pindaian 2, diputar 90°');
    await scan.dialog.getByRole('button', { name: 'Hapus halaman 1' }).click();
    await expect(scan.pages).toHaveCount(1);
    await expect(scan.pages.first()).toHaveAccessibleName('Halaman 1: Pindaian 2, diputar 90°');

    await scan.dialog.getByRole('button', { name: 'Simpan ke pengaduan (1 hlm.)' }).click();
    await expect(scan.dialog.getByRole('status').filter({ hasText: `Dilampirkan ke pengaduan ${complaint.registerNumber}` })).toBeVisible({ timeout: 30_000 });
    await expect(scan.dialog.locator('.facts')).toContainText('Halaman1');
    await app.screenshot({ path: test.info().outputPath('hasil-pindai.png') });
    await scan.dialog.getByRole('button', { name: 'Selesai' }).click();
    await expect(scan.dialog).toBeHidden();

    const attachments = casePage.section(/^Lampiran/);
    await expect(attachments).toContainText('Lampiran (1)');
    await expect(attachments.getByRole('listitem')).toContainText(/pindaian_.+_2026-11-23_\d{4}\.pdf/);
    await expect(attachments.getByRole('listitem')).toContainText('PDF');
    await expect(casePage.history).toContainText('Dokumen pindaian dilampirkan');
    await app.screenshot({ path: test.info().outputPath('kasus-dengan-pindaian.png'), fullPage: true });
  });

  test('mengambil pindaian mesin fotokopi dari folder pindai yang diatur administrator', async ({ app }) => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'meja-e2e-folder-'));
    try {
      const settings = new SettingsPage(app);
      await settings.open();
      const form = app.getByRole('form', { name: 'Folder pindai' });
      await form.getByLabel('Lokasi folder').fill(folder);
      await form.getByLabel(/Pantau folder ini/).check();
      await form.getByRole('button', { name: 'Simpan folder pindai' }).click();
      await expect(form.getByText('Folder pindai dipantau.')).toBeVisible();
      await form.scrollIntoViewIfNeeded();
      await app.screenshot({ path: test.info().outputPath('pengaturan-folder-pindai.png') });

      // The copier drops a page; the dialog offers it once it has stopped growing.
      fs.writeFileSync(path.join(folder, 'SCAN0001.png'), await QRCode.toBuffer('Surat dari mesin fotokopi', { width: 400 }));
      await app.keyboard.press('Alt+3');
      await app.getByRole('heading', { name: 'Register Pengaduan' }).waitFor();
      const complaint = await seedComplaint(app, sampleComplaint(2, { privacy: 'biasa' }));
      await app.keyboard.press('Alt+3');
      const casePage = await new RegisterPage(app).openCase(complaint.registerNumber);
      await app.getByRole('button', { name: 'Pindai dokumen' }).click();
      const scan = new ScanDialogPage(app);
      const hot = scan.dialog.getByRole('region', { name: 'Folder pindai' });
      await expect(async () => {
        await hot.getByRole('button', { name: 'Periksa lagi' }).click();
        await expect(hot).toContainText('1 berkas menunggu — SCAN0001.png', { timeout: 1000 });
      }).toPass({ timeout: 20_000 });
      await hot.getByRole('button', { name: 'Ambil 1 berkas' }).click();
      await expect(scan.pages).toHaveCount(1);
      await expect(scan.pages.first()).toHaveAccessibleName('Halaman 1: SCAN0001.png');
      await expect(hot).toContainText('tidak ada berkas baru.');
      expect(fs.readdirSync(path.join(folder, 'diproses'))).toEqual(['SCAN0001.png']);
      await scan.dialog.getByRole('button', { name: 'Simpan ke pengaduan (1 hlm.)' }).click();
      await scan.dialog.getByRole('button', { name: 'Selesai' }).click();
      await expect(casePage.section(/^Lampiran/)).toContainText('Lampiran (1)');
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
