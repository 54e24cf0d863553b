import { expect, type Locator, type Page } from '@playwright/test';

/** A complaint's case page in the register: sections, status moves, link and merge. */
export class CasePage {
  readonly heading: Locator;
  readonly history: Locator;
  readonly statusActions: Locator;

  constructor(readonly page: Page) {
    this.heading = page.locator('#case-heading');
    this.history = page.getByRole('list', { name: 'Riwayat pengaduan' });
    this.statusActions = page.getByRole('group', { name: 'Ubah status' });
  }

  /** A section by its title ("Isi aduan", or a pattern for "Lampiran (2)"). */
  section(title: string | RegExp): Locator {
    return this.page.getByRole('region', { name: title });
  }

  /** The value next to a label in a section. */
  fact(section: string | RegExp, label: string): Locator {
    return this.section(section).locator('.case-facts__row', { has: this.page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd');
  }

  status(): Locator {
    return this.page.locator('.case-header__title .status-pill');
  }

  /** The labels of the status buttons on offer, in order. */
  async statusButtons(): Promise<string[]> {
    return this.statusActions.getByRole('button').allTextContents();
  }

  /** Clicks a status button, types the reason and confirms; waits for the new status. */
  async changeStatus(button: string, reason: string, expected: string): Promise<void> {
    await this.statusActions.getByRole('button', { name: button, exact: true }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel(/Alasan perubahan status/).fill(reason);
    await dialog.getByRole('button', { name: /^(Ubah ke|Buka kembali)/ }).click();
    await expect(dialog).toBeHidden();
    await expect(this.status()).toHaveText(expected);
  }

  /** "Tautkan…" or "Gabungkan ke…": searches the other complaint and picks it. */
  async pickOther(button: 'Tautkan…' | 'Gabungkan ke…', query: string, registerNumber: string): Promise<Locator> {
    await this.section(/^Pengaduan terkait/).getByRole('button', { name: button }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel(/Nomor ID, kode pelacakan/).fill(query);
    await dialog.getByRole('button', { name: 'Cari', exact: true }).click();
    await dialog.getByRole('radio', { name: new RegExp(registerNumber.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')) }).check();
    return dialog;
  }

  /** Esc: back to the register. */
  async back(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.page.getByRole('heading', { name: 'Register Pengaduan' })).toBeVisible();
  }
}
