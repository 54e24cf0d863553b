import { expect, type Locator, type Page } from '@playwright/test';

/** Organisasi (Alt+6): the unit tree, positions with holders, and the accounts tab. */
export class OrganisationPage {
  readonly tree: Locator;

  constructor(readonly page: Page) {
    this.tree = page.getByRole('tree', { name: 'Unit kerja' });
  }

  async open(): Promise<void> {
    await this.page.keyboard.press('Alt+6');
    await expect(this.page.getByRole('tab', { name: 'Struktur organisasi' })).toBeVisible();
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  async addUnit(name: string, code: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Unit baru' }).click();
    const d = this.dialog('Unit kerja baru');
    await d.getByLabel('Nama unit').fill(name);
    await d.getByLabel('Kode').fill(code);
    await d.getByRole('button', { name: 'Simpan' }).click();
    await expect(d).toBeHidden();
    await this.tree.getByRole('button', { name: new RegExp(name) }).click();
  }

  async addPosition(title: string, shortTitle: string, superior?: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Jabatan baru' }).click();
    const d = this.dialog('Jabatan baru');
    await d.getByLabel('Nama jabatan').fill(title);
    await d.getByLabel('Sebutan singkat').fill(shortTitle);
    if (superior) await d.getByLabel('Atasan langsung').selectOption({ label: superior });
    await d.getByRole('button', { name: 'Simpan' }).click();
    await expect(d).toBeHidden();
  }

  position(title: string): Locator {
    return this.page.getByRole('article', { name: title });
  }

  /** Fills the holder dialog; returns it so a test can read a refusal. */
  async fillHolder(positionTitle: string, h: { kind: 'Definitif' | 'Plt.' | 'Plh.'; name: string; nip: string; rank?: string; start: string; end?: string }): Promise<Locator> {
    await this.page.getByRole('button', { name: `Tambah pemangku ${positionTitle}` }).click();
    const d = this.dialog(new RegExp(`Tambah pemangku — ${positionTitle}`));
    await d.getByLabel('Jenis').selectOption({ 'Definitif': 'definitif', 'Plt.': 'plt', 'Plh.': 'plh' }[h.kind]);
    await d.getByLabel('Nama (dengan gelar)').fill(h.name);
    await d.getByLabel('NIP').fill(h.nip);
    if (h.rank) await d.getByLabel('Pangkat/golongan').fill(h.rank);
    await d.getByLabel('Mulai').fill(h.start);
    if (h.end) await d.getByLabel('Sampai dengan').fill(h.end);
    await d.getByRole('button', { name: 'Simpan' }).click();
    return d;
  }

  async openAccounts(): Promise<void> {
    await this.page.getByRole('tab', { name: /Akun pengguna/ }).click();
    await expect(this.page.getByRole('region', { name: 'Akun pengguna' })).toBeVisible();
  }

  async addAccount(a: { name: string; username: string; password: string; positions: string[] }): Promise<void> {
    await this.page.getByRole('button', { name: 'Akun baru' }).click();
    const d = this.dialog('Akun baru');
    await d.getByLabel('Nama lengkap').fill(a.name);
    await d.getByLabel('Nama pengguna').fill(a.username);
    await d.getByLabel('Kata sandi awal').fill(a.password);
    for (const p of a.positions) await d.getByLabel(p, { exact: true }).check();
    await d.getByRole('button', { name: 'Simpan' }).click();
    await expect(d).toBeHidden();
  }
}
