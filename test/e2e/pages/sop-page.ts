import fs from 'node:fs';
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { pdfToText } from '../../support/pdf-tools';

/** The SOP screen (Alt+7): the office's SOPs, the examples, the editor, import/export and the chart. */
export class SopPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    // After a reload the shell must be up (signed in) before it hears the shortcut.
    await expect(this.page.getByRole('button', { name: /^SOP/ })).toBeVisible();
    await this.page.keyboard.press('Alt+7');
    await expect(this.page.getByRole('heading', { name: 'SOP kantor' })).toBeVisible();
  }

  get detail(): Locator {
    return this.page.getByRole('region', { name: 'SOP terpilih' });
  }

  /** The panel that says which SOP the default and each channel use. */
  get assignment(): Locator {
    return this.page.getByRole('region', { name: 'Pemakaian SOP' });
  }

  get stepsTable(): Locator {
    return this.page.getByRole('table', { name: 'Langkah SOP' });
  }

  /** The "Pemetaan pelaksana" panel of the selected SOP. */
  get mapping(): Locator {
    return this.page.getByRole('region', { name: 'Pemetaan pelaksana' });
  }

  /** The entry of an SOP in the office's list (its warning shows there too). */
  listItem(title: string): Locator {
    return this.page.getByRole('region', { name: 'SOP kantor' }).getByRole('button').filter({ hasText: title });
  }

  async openSop(title: string): Promise<void> {
    await this.listItem(title).click();
    await expect(this.detail.getByRole('heading', { name: title })).toBeVisible();
    await expect(this.mapping.getByRole('table', { name: 'Pelaksana dan jabatan' })).toBeVisible();
  }

  /** The position picker of one actor column ("Kepala Dinas"). */
  actorPicker(actorLabel: string): Locator {
    return this.mapping.getByLabel(actorLabel, { exact: true });
  }

  /** The head cell of an actor's row: its name and its kind badge. */
  actorHeading(actorLabel: string): Locator {
    return this.mapping.locator('tbody th').filter({ has: this.page.getByText(actorLabel, { exact: true }) });
  }

  /** Chooses the positions of an actor by their option text ("Kepala Dinas — Budi Santoso"). */
  async mapActor(actorLabel: string, positions: string[]): Promise<void> {
    await this.actorPicker(actorLabel).selectOption(positions.map((label) => ({ label })));
  }

  /** Saves the mapping with the button, or with Ctrl+Enter from the last picker used. */
  async saveMapping(how: 'button' | 'keyboard' = 'button'): Promise<void> {
    if (how === 'button') await this.mapping.getByRole('button', { name: 'Simpan pemetaan' }).click();
    else await this.page.keyboard.press('Control+Enter');
  }

  async expectMappingNotice(text: string | RegExp): Promise<void> {
    await expect(this.mapping.locator('.notice').filter({ hasText: text })).toBeVisible();
  }

  async expectNotice(text: string | RegExp): Promise<void> {
    await expect(this.page.locator('.notice').filter({ hasText: text })).toBeVisible();
  }

  async installPreset(id: string, title: string): Promise<void> {
    await this.page.getByRole('button', { name: `Pasang contoh SOP ${id}: ${title}` }).click();
    await this.expectNotice(`SOP "${title}" terpasang sebagai versi 1.`);
    await expect(this.detail.getByRole('heading', { name: title })).toBeVisible();
  }

  /** The Waktu cell of a step in the table as shown ("30 menit"). */
  stepTime(no: number): Locator {
    return this.stepsTable.locator('tbody tr').nth(no - 1).locator('td.sop-table__time');
  }

  async editStepTime(no: number, amount: number, unit: string, changeNote: string): Promise<void> {
    await this.detail.getByRole('button', { name: 'Ubah SOP' }).click();
    const step = this.page.getByRole('group', { name: `Langkah ${no}`, exact: true });
    await step.getByLabel('Waktu', { exact: true }).fill(String(amount));
    await step.getByLabel(`Satuan waktu langkah ${no}`).selectOption({ label: unit });
    await this.page.getByLabel('Catatan perubahan').fill(changeNote);
    await this.page.getByRole('button', { name: 'Simpan sebagai versi baru' }).click();
  }

  /** The version picker's chosen option ("Versi 2 (berlaku)"); assert with toHaveText, it loads after the table. */
  get currentVersion(): Locator {
    return this.page.getByLabel('Versi', { exact: true }).locator('option:checked');
  }

  async exportJson(): Promise<{ fileName: string; json: unknown }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.detail.getByRole('button', { name: 'Ekspor JSON' }).click()]);
    return { fileName: download.suggestedFilename(), json: JSON.parse(fs.readFileSync(await download.path(), 'utf8')) as unknown };
  }

  async importFile(file: string): Promise<void> {
    await this.page.getByLabel('Berkas SOP (JSON)').setInputFiles(file);
  }

  /** Prints the chart, saves it from the preview and returns its text (pdftotext -layout). */
  async printChart(): Promise<{ download: Download; text: string }> {
    await this.detail.getByRole('button', { name: 'Cetak bagan' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Bagan SOP' });
    await expect(dialog).toBeVisible();
    const [download] = await Promise.all([this.page.waitForEvent('download'), dialog.getByRole('button', { name: 'Simpan PDF' }).click()]);
    const text = pdfToText(fs.readFileSync(await download.path()));
    await this.page.keyboard.press('Escape');
    return { download, text };
  }
}
