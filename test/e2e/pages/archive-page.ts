import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The Arsip screen (Alt+A): search, the entry panel, the filing form, loans. */
export class ArchivePage {
  readonly search: Locator;
  readonly results: Locator;
  readonly entry: Locator;
  readonly ocr: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByLabel('Cari (nomor, judul, pelapor, lokasi, atau kata di dalam pindaian)');
    this.results = page.locator('.archive-table tbody tr');
    this.entry = page.locator('section.archive-entry');
    this.ocr = page.getByTestId('ocr-progress');
  }

  async open(): Promise<void> {
    await this.page.keyboard.press('Alt+A');
    await expect(this.page.getByRole('main', { name: 'Arsip' })).toBeVisible();
    await expect(this.search).toBeFocused();
  }

  /** "Pindai" → the scan dialog: imports the files as pages and saves them for the archive. */
  async scanFiles(files: string[]): Promise<void> {
    await this.page.getByRole('button', { name: 'Pindai', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Pindai dokumen untuk arsip' });
    await dialog.getByLabel('Impor berkas').setInputFiles(files);
    const pages = dialog.getByRole('list', { name: 'Halaman pindaian' }).getByRole('listitem');
    await expect(pages).toHaveCount(files.length, { timeout: 30_000 });
    await dialog.getByRole('button', { name: `Simpan (${files.length} hlm.)` }).click();
  }

  get form(): Locator {
    return this.page.getByRole('dialog', { name: 'Arsipkan dokumen' });
  }

  async label(): Promise<Download> {
    await this.entry.getByRole('button', { name: 'Cetak label' }).click();
    const preview = this.page.getByRole('dialog', { name: /^Label arsip/ });
    await expect(preview).toBeVisible();
    const download = this.page.waitForEvent('download');
    await preview.getByRole('button', { name: 'Simpan PDF' }).click();
    const file = await download;
    await preview.getByRole('button', { name: 'Tutup' }).click();
    return file;
  }

  row(serial: string): Locator {
    return this.results.filter({ has: this.page.getByText(serial, { exact: true }) });
  }
}
