import { expect, type Download, type Locator, type Page } from '@playwright/test';

type Box = 'Masuk' | 'Diteruskan' | 'Dikembalikan' | 'Selesai';

/** "Kotak Disposisi" (Alt+5) and the task panel beside it. */
export class TrayPage {
  readonly panel: Locator;

  constructor(readonly page: Page) {
    this.panel = page.locator('.wf-panel');
  }

  async open(): Promise<void> {
    await this.page.keyboard.press('Alt+5');
    await expect(this.page.getByRole('heading', { name: 'Kotak Disposisi' })).toBeVisible();
  }

  tab(box: Box): Locator {
    return this.page.getByRole('tab', { name: new RegExp(`^${box}`) });
  }

  async showBox(box: Box): Promise<void> {
    await this.tab(box).click();
    await expect(this.tab(box)).toHaveAttribute('aria-selected', 'true');
  }

  count(box: 'masuk' | 'diteruskan' | 'dikembalikan' | 'selesai'): Locator {
    return this.page.getByTestId(`tray-count-${box}`);
  }

  row(registerNumber: string, stepNo: number): Locator {
    return this.page.locator(`tr[data-register-number="${registerNumber}"][data-step="${stepNo}"]`);
  }

  /** Selects the row with the keyboard's help (a click) and opens it with Enter, as a leader does. */
  async openRow(registerNumber: string, stepNo: number): Promise<Locator> {
    const row = this.row(registerNumber, stepNo);
    await expect(row).toBeVisible();
    await row.click();
    await row.press('Enter');
    const card = this.card(stepNo);
    await expect(card).toBeVisible();
    return card;
  }

  /** Opens a row of a done box: the panel shows where the matter stands, with nothing to do. */
  async lookAt(registerNumber: string, stepNo: number): Promise<void> {
    const row = this.row(registerNumber, stepNo);
    await row.click();
    await row.press('Enter');
    await expect(this.sentence()).toBeVisible();
  }

  card(stepNo: number): Locator {
    return this.panel.getByRole('article', { name: `Langkah ${stepNo}`, exact: true });
  }

  async expectDone(text: string | RegExp): Promise<void> {
    await expect(this.panel.locator('.notice--success')).toContainText(text);
  }

  /** "Selesai dan teruskan" (or, for a public step, "Catat selesai atas nama pelapor"). */
  async finish(stepNo: number, notes = ''): Promise<void> {
    const card = this.card(stepNo);
    if (notes) await card.getByLabel(/^Catatan/).fill(notes);
    await card.getByRole('button', { name: /^(Selesai dan teruskan|Catat selesai atas nama pelapor)/ }).click();
    await this.expectDone(`Langkah ${stepNo} selesai`);
  }

  /** Answers the step's decision with a "yes"-type option. */
  async choose(stepNo: number, option: string): Promise<void> {
    await this.card(stepNo).getByRole('button', { name: option, exact: true }).click();
    await this.expectDone(`Langkah ${stepNo} selesai: ${option}`);
  }

  /** Answers the decision with a return option, giving the reason it asks for. */
  async returnWith(stepNo: number, option: string, reason: string): Promise<void> {
    const card = this.card(stepNo);
    await card.getByRole('button', { name: option, exact: true }).click();
    await card.getByLabel(/^Alasan "/).fill(reason);
    await card.getByRole('button', { name: 'Kembalikan dengan alasan ini' }).click();
    await this.expectDone(`Langkah ${stepNo} dikembalikan`);
  }

  /** "Kembalikan" (K): back to a step already done, or "bukan kewenangan" to the level above. */
  async returnTo(stepNo: number, target: RegExp, reason: string): Promise<void> {
    const card = this.card(stepNo);
    await card.getByRole('button', { name: /^Kembalikan/ }).first().click();
    const form = card.getByRole('group', { name: 'Kembalikan pengaduan' });
    await form.getByRole('radio', { name: target }).check();
    await form.getByLabel(/^Alasan pengembalian/).fill(reason);
    await form.getByRole('button', { name: 'Kembalikan', exact: true }).click();
    await this.expectDone(/dikembalikan/);
  }

  /** Fills and saves the telaah of the step. */
  async saveTelaah(stepNo: number, t: { complete: string[]; analysis: string; recommendation: string; decision: string }): Promise<void> {
    const form = this.card(stepNo).getByRole('region', { name: 'Telaah' });
    for (const item of t.complete) await form.getByRole('checkbox', { name: item, exact: true }).check();
    await form.getByLabel('Analisis').fill(t.analysis);
    await form.getByLabel('Saran/rekomendasi').fill(t.recommendation);
    await form.getByLabel('Keputusan').fill(t.decision);
    await form.getByRole('button', { name: 'Simpan telaah' }).click();
    await this.expectDone('Telaah tersimpan.');
    await expect(form).toContainText('tersimpan oleh');
  }

  /** Fills the lembar disposisi and sends it with Ctrl+Enter. */
  async dispose(stepNo: number, d: { recipients: string[]; urgency?: string; instructions?: string[]; note?: string }): Promise<void> {
    const form = this.card(stepNo).getByRole('group', { name: 'Lembar disposisi' });
    if (d.urgency) await form.getByRole('radio', { name: d.urgency, exact: true }).check();
    for (const r of d.recipients) await form.getByRole('checkbox', { name: new RegExp(`^${r} —`) }).check();
    for (const i of d.instructions ?? []) await form.getByRole('checkbox', { name: i, exact: true }).check();
    if (d.note) await form.getByLabel('Catatan', { exact: true }).fill(d.note);
    await form.getByLabel('Catatan', { exact: true }).press('Control+Enter');
    await this.expectDone('Disposisi dikirim kepada');
  }

  /** Prints the lembar disposisi of the run on the chosen paper and saves it; returns the download. */
  async printDisposition(paper: 'Setengah folio (215 × 165 mm)' | 'A5' | 'A4'): Promise<Download> {
    await this.panel.getByRole('region', { name: 'Lembar disposisi' }).getByRole('button', { name: 'Cetak lembar disposisi' }).last().click();
    const dialog = this.page.getByRole('dialog', { name: 'Cetak lembar disposisi' });
    await dialog.getByRole('radio', { name: paper }).check();
    const save = dialog.getByRole('button', { name: 'Simpan PDF' });
    await expect(save).toBeVisible();
    const [download] = await Promise.all([this.page.waitForEvent('download'), save.click()]);
    await dialog.getByRole('button', { name: 'Tutup' }).click();
    return download;
  }

  /** The due time shown on the task card. */
  due(stepNo: number): Locator {
    return this.page.getByTestId(`due-step-${stepNo}`);
  }

  sentence(): Locator {
    return this.panel.getByTestId('run-sentence');
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.panel).toBeHidden();
  }
}
