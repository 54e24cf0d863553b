import fs from 'node:fs';
import { expect, type Download, type Locator, type Page } from '@playwright/test';

type Box = 'Perlu tindakan saya' | 'Konsep' | 'Dalam proses' | 'Selesai' | 'Semua';

/**
 * "Surat" (Alt+S) and "Verifikasi Surat" (Alt+V): the letter boxes, the letter page with
 * its editor, route actions, versions and delivery, driven from the keyboard where a clerk
 * would use it.
 */
export class LettersPage {
  readonly editor: Locator;
  readonly saveStatus: Locator;
  readonly actions: Locator;
  readonly route: Locator;

  constructor(readonly page: Page) {
    this.editor = page.getByRole('textbox', { name: 'Isi surat' });
    this.saveStatus = page.getByTestId('save-status');
    this.actions = page.getByRole('group', { name: 'Tindakan surat' });
    this.route = page.getByRole('list', { name: 'Alur paraf' });
  }

  async open(): Promise<void> {
    await this.page.keyboard.press('Alt+S');
    await expect(this.page.getByRole('heading', { name: 'Surat', exact: true })).toBeVisible();
  }

  tab(box: Box): Locator {
    return this.page.getByRole('tablist', { name: 'Kotak surat' }).getByRole('tab', { name: new RegExp(`^${box}`) });
  }

  count(box: 'tindakan' | 'konsep' | 'proses' | 'selesai' | 'semua'): Locator {
    return this.page.getByTestId(`letters-count-${box}`);
  }

  async showBox(box: Box): Promise<void> {
    await this.tab(box).click();
    await expect(this.tab(box)).toHaveAttribute('aria-selected', 'true');
  }

  row(subject: string | RegExp): Locator {
    return this.page.getByRole('table', { name: 'Daftar surat' }).locator('tbody tr', { hasText: subject });
  }

  /** Selects the letter's row and opens it with Enter. */
  async openLetter(subject: string | RegExp): Promise<void> {
    const row = this.row(subject);
    await expect(row).toBeVisible();
    await row.click();
    await row.press('Enter');
    await expect(this.page.getByRole('button', { name: /Daftar surat/ })).toBeVisible();
  }

  /** Opens "Surat", the box that waits for the signed-in official, and the letter in it. */
  async openMine(subject: string | RegExp): Promise<void> {
    await this.open();
    await expect(this.count('tindakan')).toHaveText('1');
    await this.openLetter(subject);
  }

  /**
   * Puts the editor's caret at the end of its n-th paragraph (the DOM selection, which
   * ProseMirror follows), as a click at the end of that line would: robust to line wraps.
   */
  async caretAtEndOf(paragraph: number): Promise<void> {
    await this.editor.click();
    await this.editor.locator('p').nth(paragraph).evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      range.collapse(false);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    });
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveStatus).toContainText(/^Tersimpan pukul \d\d\.\d\d/, { timeout: 15_000 });
  }

  /** The forward step (Ajukan / Paraf / Tanda tangani) with Ctrl+Enter, confirmed in its dialog. */
  async forward(dialogTitle: 'Ajukan untuk paraf' | 'Paraf konsep' | 'Tanda tangani surat', note = ''): Promise<Locator> {
    await this.page.keyboard.press('Control+Enter');
    const dialog = this.page.getByRole('dialog', { name: dialogTitle });
    await expect(dialog).toBeVisible();
    if (note) await dialog.getByLabel('Catatan (tidak wajib)').fill(note);
    return dialog;
  }

  async confirm(dialog: Locator, button: string, done: string | RegExp): Promise<void> {
    await dialog.getByRole('button', { name: new RegExp(`^${button}`) }).click();
    await expect(dialog).toBeHidden();
    await expect(this.page.locator('.letter-page .notice--success')).toContainText(done);
  }

  /** Ctrl+Enter twice: opens "Ajukan untuk paraf", then confirms it from the note box. */
  async submit(note = ''): Promise<void> {
    const dialog = await this.forward('Ajukan untuk paraf', note);
    await expect(dialog.getByLabel('Catatan (tidak wajib)')).toBeFocused();
    await this.page.keyboard.press('Control+Enter');
    await expect(dialog).toBeHidden();
    await expect(this.page.locator('.letter-page .notice--success')).toContainText('Konsep diajukan');
  }

  async paraf(note = ''): Promise<void> {
    await this.confirm(await this.forward('Paraf konsep', note), 'Paraf', 'Diparaf');
  }

  /** Alt+K, the notes, then "Kembalikan". */
  async returnWith(notes: string): Promise<void> {
    await this.page.keyboard.press('Alt+K');
    const dialog = this.page.getByRole('dialog', { name: 'Kembalikan kepada penyusun' });
    await dialog.getByLabel(/^Catatan pengembalian/).fill(notes);
    await this.confirm(dialog, 'Kembalikan', 'dikembalikan kepada penyusun');
  }

  stop(order: number): Locator {
    return this.page.getByTestId(`route-stop-${order}`);
  }

  number(): Locator {
    return this.page.getByTestId('letter-number');
  }

  async downloadPdf(): Promise<{ download: Download; bytes: Buffer }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: 'Unduh PDF' }).click()]);
    return { download, bytes: fs.readFileSync((await download.path())!) };
  }

  /** Picks two versions in the Versi panel and opens the side-by-side comparison. */
  async compare(left: number, right: number): Promise<Locator> {
    const group = this.page.getByRole('group', { name: 'Bandingkan versi' });
    await group.getByLabel('Versi', { exact: true }).selectOption(String(left));
    await group.getByLabel('dengan versi').selectOption(String(right));
    await group.getByRole('button', { name: 'Bandingkan' }).click();
    const dialog = this.page.getByRole('dialog', { name: `Bandingkan versi ${Math.min(left, right)} dan ${Math.max(left, right)}` });
    await expect(dialog.getByTestId('version-compare')).toBeVisible();
    return dialog;
  }

  /** Alt+V, the code, Enter; returns the result card. */
  async verify(code: string): Promise<Locator> {
    await this.page.keyboard.press('Alt+V');
    const input = this.page.getByRole('textbox', { name: 'Kode verifikasi' });
    await expect(input).toBeFocused();
    await input.fill(code);
    await input.press('Enter');
    return this.page.getByTestId('verify-result');
  }
}
