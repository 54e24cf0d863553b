import { expect, type Locator, type Page } from '@playwright/test';
import type { ComplaintDetail } from '../../../shared/complaints/complaint';
import type { ComplaintIntakeInput } from '../../../shared/complaints/complaint-schemas';
import type { ComplaintStatus } from '../../../shared/complaints/complaint-enums';
import type { CallResult } from '../../../shared/contract/call-result';
import type { GuestListPage } from '../../../shared/guests/guest-visit';
import { pageCall } from './sign-in-page';

/** A complaint as the specs write it: only what matters to the test, the rest defaulted. */
export type SeedComplaint = Partial<ComplaintIntakeInput> & Pick<ComplaintIntakeInput, 'subject' | 'complainant'>;

/**
 * The progress desk (Meja Progres) as a clerk uses it, plus the app's own API for setting
 * the scene: complaints are seeded and moved along through the same calls the other
 * screens make, from inside the page (with the browser host's token), not by SQL.
 */
export class ProgressDeskPage {
  readonly search: Locator;
  readonly hits: Locator;
  readonly progress: Locator;
  readonly consultation: Locator;
  readonly note: Locator;
  readonly visit: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByRole('combobox', { name: /Cari pengaduan/ });
    this.hits = page.getByRole('listbox', { name: 'Hasil pencarian pengaduan' }).getByRole('option');
    this.progress = page.locator('.pd-progress');
    this.consultation = page.getByRole('form', { name: 'Catatan konsultasi' });
    this.note = page.getByRole('textbox', { name: 'Catatan konsultasi' });
    this.visit = page.getByLabel('Kunjungan di buku tamu hari ini');
  }

  /** Calls the backend as the renderer does, as the user signed in on the page; throws on an error value. */
  async api<T>(name: string, input: unknown): Promise<T> {
    const result = (await pageCall(this.page, name, input)) as CallResult<T>;
    if (!result.ok) throw new Error(`${name}: ${result.error.message} ${JSON.stringify(result.error.fields ?? {})}`);
    return result.value;
  }

  /** Registers a complaint through complaints.intake (a letter-free channel by default). */
  seedComplaint(input: SeedComplaint): Promise<ComplaintDetail> {
    const full: ComplaintIntakeInput = {
      channel: 'langsung',
      form: 'tertulis',
      kind: 'pengaduan',
      privacy: 'biasa',
      description: `${input.subject}. Uraian lengkap disampaikan pelapor di loket.`,
      ...input,
    };
    return this.api<ComplaintDetail>('complaints.intake', full);
  }

  changeStatus(id: number, to: ComplaintStatus, reason: string): Promise<ComplaintDetail> {
    return this.api<ComplaintDetail>('complaints.changeStatus', { id, to, reason });
  }

  complaint(id: number): Promise<ComplaintDetail> {
    return this.api<ComplaintDetail>('complaints.get', { id });
  }

  async todaysVisits(): Promise<GuestListPage> {
    return this.api<GuestListPage>('guests.today', {});
  }

  /** The unsaved note of a complaint as this PC keeps it ('' when there is none). */
  storedDraft(complaintId: number): Promise<string> {
    return this.page.evaluate((id) => localStorage.getItem(`meja.draft.consultation.${id}`) ?? '', complaintId);
  }

  /** Opens the screen the way the clerk does: Alt+4 from anywhere. */
  async open(): Promise<void> {
    // After a (re)load the shortcut only works once the app has started.
    await expect(this.page.getByRole('navigation', { name: 'Menu utama' })).toBeVisible();
    await this.page.keyboard.press('Alt+4');
    await expect(this.search).toBeVisible();
    await expect(this.search).toBeFocused();
  }

  /** Types into the search box as a clerk does (the search runs by itself). */
  async type(query: string): Promise<void> {
    await this.search.fill('');
    await this.search.pressSequentially(query, { delay: 15 });
  }

  hit(text: string | RegExp): Locator {
    return this.hits.filter({ hasText: text });
  }

  /** The open complaint's panel shows this subject. */
  async expectOpen(subject: string): Promise<void> {
    await expect(this.progress.getByRole('heading', { name: subject })).toBeVisible();
  }

  timeline(): Locator {
    return this.progress.getByRole('list', { name: 'Perjalanan pengaduan' }).getByRole('listitem');
  }

  async saveNote(): Promise<void> {
    await this.consultation.getByRole('button', { name: 'Simpan catatan' }).click();
  }

  /** Prints the note just saved; returns the preview dialog once the PDF is ready. */
  async printSavedNote(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Cetak catatan', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Cetak catatan konsultasi' });
    await expect(dialog.getByText(/PDF siap/)).toBeVisible();
    return dialog;
  }
}
