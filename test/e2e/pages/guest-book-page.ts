import { expect, type Locator, type Page } from '@playwright/test';

export interface VisitorInput {
  name: string;
  phone?: string;
  nik?: string;
  address?: string;
  institution?: string;
  purpose?: string;
  host?: string;
  notes?: string;
}

/** The guest book as a clerk uses it: the registration form and today's list. */
export class GuestBookPage {
  readonly form: Locator;
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('form', { name: 'Pendaftaran tamu' });
    this.list = page.locator('.list-panel');
  }

  field(label: string): Locator {
    return this.form.getByLabel(label, { exact: false });
  }

  async ready(): Promise<void> {
    await expect(this.page.getByRole('heading', { name: 'Tamu baru' })).toBeVisible();
  }

  /** Types a visitor the way a clerk does: keyboard only, Tab from field to field. */
  async typeVisitor(v: VisitorInput): Promise<void> {
    const kb = this.page.keyboard;
    await this.field('Nama').focus();
    await kb.type(v.name);
    await kb.press('Tab');
    if (v.phone) await kb.type(v.phone);
    await kb.press('Tab');
    if (v.nik) await kb.type(v.nik);
    await kb.press('Tab');
    if (v.address) await kb.type(v.address);
    await kb.press('Tab');
    if (v.institution) await kb.type(v.institution);
    if (v.purpose) await this.field('Keperluan').selectOption({ label: v.purpose });
    if (v.host) await this.field('Yang ditemui').fill(v.host);
    if (v.notes) await this.field('Catatan').fill(v.notes);
  }

  async register(v: VisitorInput): Promise<void> {
    await this.typeVisitor(v);
    await this.field('Yang ditemui').press('Enter');
    await expect(this.page.getByRole('status').filter({ hasText: `${v.name} tercatat masuk` })).toBeVisible();
  }

  row(name: string): Locator {
    return this.list.locator('tbody tr', { hasText: name });
  }

  async openVisit(name: string): Promise<Locator> {
    await this.row(name).click();
    const dialog = this.page.getByRole('dialog', { name: `Kunjungan: ${name}` });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async search(query: string, range?: { from: string; to: string }): Promise<void> {
    await this.page.getByLabel('Cari nama, telepon, atau NIK').fill(query);
    if (range) {
      await this.page.getByLabel('Dari tanggal').first().fill(range.from);
      await this.page.getByLabel('Sampai tanggal').first().fill(range.to);
    }
    await this.page.getByRole('search').getByRole('button', { name: 'Cari' }).click();
  }

  async openPrintDialog(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Cetak / ekspor…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Cetak / ekspor buku tamu' });
    await expect(dialog).toBeVisible();
    return dialog;
  }
}
