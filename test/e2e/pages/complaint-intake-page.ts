import fs from 'node:fs';
import path from 'node:path';
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';
import { CHANNELS, CHANNEL_LABELS, type Channel } from '../../../shared/complaints/complaint-enums';
import type { CallResult } from '../../../shared/contract/call-result';
import type { CallInput, CallName, CallOutput } from '../../../shared/contract/calls';
import { pdfToText } from '../../support/pdf-tools';
import { pageCall } from './sign-in-page';

/** What a clerk types about the complaint itself; only what a test needs is given. */
export interface ComplaintText {
  subject: string;
  description: string;
  requestedAction?: string;
  unitComplained?: string;
  eventPlace?: string;
  eventDate?: string;
  category?: string;
  kind?: 'Pengaduan' | 'Aspirasi' | 'Permintaan informasi';
}

export interface ComplainantText {
  name?: string;
  phone?: string;
  nik?: string;
  email?: string;
  address?: string;
}

/** The saved complaint as the result panel shows it. */
export interface SavedComplaint {
  registerNumber: string;
  /** As on screen, with its dash ("7KQ4-MX2RB"). */
  trackingCode: string;
}

/** A one-page PDF written by hand: a scanned letter a complainant brings, for the attachment specs. */
export function samplePdf(text: string): Buffer {
  const content = `BT /F1 24 Tf 72 760 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** A real PNG (the app's icon) standing in for a photo taken at the counter. */
export function samplePhoto(): Buffer {
  return fs.readFileSync(path.resolve('resources', 'icons', 'png', '128x128.png'));
}

/** "Pengaduan Baru" (Alt+2) as a clerk uses it: keyboard first, then the result panel. */
export class ComplaintIntakePage {
  readonly form: Locator;
  readonly result: Locator;
  readonly duplicates: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('form', { name: 'Pengaduan baru' });
    this.result = page.locator('.intake-result');
    this.duplicates = page.getByRole('region', { name: 'Mungkin sama dengan:' });
  }

  /**
   * A picture of the whole screen for a person to look at: the content scrolls inside the
   * app's frame, so the window is made tall enough for the full form first.
   */
  async snapshot(testInfo: TestInfo, name: string): Promise<void> {
    const before = this.page.viewportSize();
    await this.page.setViewportSize({ width: 1440, height: 2000 });
    await this.page.screenshot({ path: testInfo.outputPath(name) });
    if (before) await this.page.setViewportSize(before);
  }

  /** Opens the screen with its shortcut, as a clerk does from anywhere in the app. */
  async open(): Promise<void> {
    // The shortcut works once the app has loaded (the menu is there).
    await expect(this.page.getByRole('navigation', { name: 'Menu utama' })).toBeVisible();
    await this.page.keyboard.press('Alt+2');
    await this.ready();
  }

  async ready(): Promise<void> {
    await expect(this.page.getByRole('heading', { name: 'Pengaduan baru' })).toBeVisible();
  }

  /** A text field, select or textarea of the form by its visible label (required ones end in " *"). */
  field(label: string): Locator {
    const escaped = label.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    return this.form.getByLabel(new RegExp(`^${escaped}( \\*)?$`));
  }

  channel(channel: Channel): Locator {
    return this.form.getByRole('radiogroup', { name: /Saluran pengaduan/ }).getByRole('radio', { name: CHANNEL_LABELS[channel], exact: true });
  }

  formChoice(label: 'Lisan' | 'Tertulis'): Locator {
    return this.form.getByRole('radiogroup', { name: 'Bentuk' }).getByRole('radio', { name: label, exact: true });
  }

  privacy(label: 'Biasa' | 'Anonim' | 'Rahasia'): Locator {
    return this.form.getByRole('radiogroup', { name: 'Kerahasiaan identitas' }).getByRole('radio', { name: new RegExp(`^${label}`) });
  }

  /** Picks the channel the keyboard way: cursor on the channel group, then its number key (1–0). */
  async pickChannel(channel: Channel): Promise<void> {
    const index = CHANNELS.indexOf(channel);
    await this.form.getByRole('radiogroup', { name: /Saluran pengaduan/ }).getByRole('radio').first().focus();
    await this.page.keyboard.press(String((index + 1) % 10));
    await expect(this.channel(channel)).toBeChecked();
  }

  async fillComplainant(c: ComplainantText): Promise<void> {
    if (c.name !== undefined) await this.field('Nama pelapor').fill(c.name);
    if (c.phone !== undefined) await this.field('Telepon / HP').fill(c.phone);
    if (c.nik !== undefined) await this.field('NIK').fill(c.nik);
    if (c.email !== undefined) await this.field('Surel').fill(c.email);
    if (c.address !== undefined) await this.field('Alamat').fill(c.address);
  }

  /** Types the complaint the way the complainant tells it: Tab from field to field. */
  async fillComplaint(c: ComplaintText): Promise<void> {
    if (c.kind) await this.form.getByRole('radiogroup', { name: 'Jenis' }).getByRole('radio', { name: c.kind, exact: true }).check();
    if (c.category) await this.field('Kategori').selectOption({ label: c.category });
    await this.field('Pokok aduan').focus();
    await this.page.keyboard.type(c.subject);
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.type(c.description);
    if (c.requestedAction) await this.field('Harapan pelapor').fill(c.requestedAction);
    if (c.unitComplained) await this.field('Unit yang diadukan').fill(c.unitComplained);
    if (c.eventPlace) await this.field('Tempat kejadian').fill(c.eventPlace);
    if (c.eventDate) await this.field('Tanggal kejadian').fill(c.eventDate);
  }

  /** Ctrl+Enter, from wherever the cursor is. */
  async pressSave(): Promise<void> {
    await this.page.keyboard.press('Control+Enter');
  }

  /** Saves and waits for the result panel; returns what the clerk reads out. */
  async save(): Promise<SavedComplaint> {
    await this.pressSave();
    await expect(this.result).toBeVisible();
    const trackingCode = (await this.result.getByTestId('tracking-code').textContent())?.trim() ?? '';
    const registerNumber = (await this.result.getByTestId('register-number').textContent())?.trim() ?? '';
    expect(trackingCode).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{5}$/);
    expect(registerNumber).not.toBe('');
    return { registerNumber, trackingCode };
  }

  /** "Cetak tanda terima" → the preview → "Simpan PDF"; returns the saved PDF's text (and keeps a copy at `saveTo`). */
  async receiptText(saveTo?: string): Promise<string> {
    await this.result.getByRole('button', { name: 'Cetak tanda terima' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Tanda terima pengaduan' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Cetak', exact: true })).toBeFocused();
    const [download] = await Promise.all([this.page.waitForEvent('download'), dialog.getByRole('button', { name: 'Simpan PDF' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^tanda-terima_.+\.pdf$/);
    if (saveTo) await download.saveAs(saveTo);
    const text = pdfToText(fs.readFileSync(await download.path()));
    await dialog.getByRole('button', { name: 'Tutup', exact: true }).click();
    await expect(dialog).toBeHidden();
    return text;
  }

  /** Checks the receipt carries the tracking code the screen shows. */
  async expectReceiptWithCode(saved: SavedComplaint, saveTo?: string): Promise<string> {
    const text = await this.receiptText(saveTo);
    expect(text).toContain(saved.trackingCode);
    return text;
  }

  /** "Pengaduan baru" on the result panel: an empty form, cursor on the channel. */
  async next(): Promise<void> {
    await this.result.getByRole('button', { name: 'Pengaduan baru' }).click();
    await this.ready();
    await expect(this.field('Pokok aduan')).toHaveValue('');
  }

  /** Picks files through the (hidden) file input behind "Pilih berkas…". */
  async attach(files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.form.getByRole('button', { name: 'Pilih berkas…' }).click()]);
    await chooser.setFiles(files);
  }

  attachment(fileName: string): Locator {
    return this.form.getByRole('listitem', { name: `Lampiran ${fileName}` });
  }

  /**
   * Calls the backend the way the screen does (same host, same token, same session), to read what was
   * stored — e.g. that an anonymous complaint kept no identity.
   */
  async call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> {
    const result = await pageCall(this.page, name, input);
    const r = result as CallResult<CallOutput<N>>;
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    return r.value;
  }

  /** The id of a saved complaint, found by its tracking code at the progress desk's search. */
  async idOf(saved: SavedComplaint): Promise<number> {
    const hits = await this.call('complaints.find', { query: saved.trackingCode });
    const hit = hits.find((h) => h.registerNumber === saved.registerNumber);
    if (!hit) throw new Error(`Pengaduan ${saved.registerNumber} tidak ditemukan dengan kode ${saved.trackingCode}`);
    return hit.id;
  }
}
