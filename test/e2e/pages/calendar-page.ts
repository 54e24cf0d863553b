import { expect, type Locator, type Page } from '@playwright/test';

/**
 * "Kalender Kerja" (Alt+8): holidays and cuti bersama per year, working hours, the due-time
 * preview. An administrator's screen: the fixture's default sign-in (the administrator) opens it.
 */
export class CalendarPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.keyboard.press('Alt+8');
    await expect(this.page.getByRole('heading', { name: 'Kalender Kerja' })).toBeVisible();
  }

  async chooseYear(year: number): Promise<void> {
    await this.page.getByLabel('Tahun', { exact: true }).selectOption(String(year));
    await expect(this.page.getByRole('heading', { name: `Libur nasional dan cuti bersama ${year}` })).toBeVisible();
  }

  /** The row of a calendar day ("2026-12-24"). */
  row(day: string): Locator {
    return this.page.locator(`tr[data-day="${day}"]`);
  }

  /** Fills the form by keyboard and saves with Enter. */
  async addHoliday(day: string, kind: 'Libur nasional' | 'Cuti bersama', name: string): Promise<void> {
    await this.page.getByLabel('Tanggal', { exact: true }).fill(day);
    await this.page.getByLabel('Jenis', { exact: true }).selectOption({ label: kind });
    await this.page.getByLabel('Keterangan', { exact: true }).fill(name);
    await this.page.getByLabel('Keterangan', { exact: true }).press('Enter');
    await expect(this.row(day)).toBeVisible();
  }

  /** Focuses the row and deletes it with the Delete key, confirming the question. */
  async deleteHoliday(day: string): Promise<void> {
    await this.row(day).focus();
    await this.page.keyboard.press('Delete');
    await this.page.getByRole('button', { name: 'Ya, hapus' }).click();
    await expect(this.row(day)).toHaveCount(0);
  }

  async setPreview(day: string, time: string, amount: string, unit: 'menit' | 'jam' | 'hari' | 'hari kerja'): Promise<void> {
    await this.page.getByLabel('Mulai tanggal').fill(day);
    await this.page.getByLabel('Jam', { exact: true }).fill(time);
    await this.page.getByLabel('Waktu baku').fill(amount);
    await this.page.getByLabel('Satuan').selectOption({ label: unit });
  }

  previewDue(): Locator {
    return this.page.getByTestId('due-preview-due');
  }
}
