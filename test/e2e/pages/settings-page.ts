import { expect, type Page } from '@playwright/test';

/** The office settings screen. */
export class SettingsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: /Pengaturan/ }).click();
    await expect(this.page.getByRole('heading', { name: 'Identitas kantor (kop surat)' })).toBeVisible();
  }

  async setOffice(lines: string[], zone: 'WIB' | 'WITA' | 'WIT', paper: 'A4' | 'F4'): Promise<void> {
    for (let i = 0; i < 3; i++) await this.page.getByLabel(`Nama kantor baris ${i + 1}`).fill(lines[i] ?? '');
    await this.page.getByLabel('Zona waktu').selectOption(zone);
    await this.page.getByLabel('Ukuran kertas bawaan').selectOption(paper);
    await this.page.getByRole('button', { name: 'Simpan pengaturan', exact: true }).click();
    await expect(this.page.getByText('Pengaturan kantor tersimpan.')).toBeVisible();
  }
}
