import { expect, type Download, type Locator, type Page } from '@playwright/test';
import type { ComplaintDetail } from '../../../shared/complaints/complaint';
import { CHANNELS, type Channel, type ComplaintStatus, type Privacy } from '../../../shared/complaints/complaint-enums';
import type { ComplaintIntakeInput } from '../../../shared/complaints/complaint-schemas';
import type { CallResult } from '../../../shared/contract/call-result';
import type { CallInput, CallName, CallOutput } from '../../../shared/contract/calls';
import { CasePage } from './case-page';
import { pageCall } from './sign-in-page';

/**
 * Calls the app's own API from inside the page, exactly as the renderer does (IPC under
 * Electron, the browser host's token over HTTP otherwise), as the user signed in on the
 * page; throws on an error value so a broken seed fails the test where it happens.
 */
export async function callApi<N extends CallName>(page: Page, name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const result = (await pageCall(page, name, input)) as CallResult<CallOutput<N>>;
  if (!result.ok) throw new Error(`${name}: ${result.error.message} ${JSON.stringify(result.error.fields ?? {})}`);
  return result.value;
}

const SUBJECTS = [
  'Jalan rusak di depan pasar sentral',
  'Pungutan liar pengurusan izin usaha',
  'Petugas loket tidak ramah kepada lansia',
  'Lampu penerangan jalan padam sebulan',
  'Bantuan modal koperasi belum cair',
  'Antrean pelayanan terlalu lama',
];
const UNITS = ['Bidang Koperasi', 'Bidang UKM', 'UPT Pelatihan', 'Sekretariat'];
const NAMES = ['Siti Rahmawati', 'Yusuf Manurung', 'Ni Made Ayu', 'Andi Pratama', 'Fransiska Lobo', 'Hendra Wijaya'];

/** What a channel needs to be accepted (a letter's number and dates, a LAPOR! ticket…). */
function channelFacts(channel: Channel, i: number): Pick<ComplaintIntakeInput, 'form' | 'channelDetails'> {
  switch (channel) {
    case 'surat':
      return { form: 'tertulis', channelDetails: { letterNumber: `005/${i}/RT-03/XI/2026`, letterDate: '2026-11-16', letterSender: 'Ketua RT 03 Kelurahan Besusu', letterReceivedDate: '2026-11-20', agendaNumber: `AG-${100 + i}` } };
    case 'media_sosial':
      return { form: 'tertulis', channelDetails: { socialPlatform: 'Instagram', socialAccount: `@warga_palu_${i}`, socialLink: `https://instagram.com/p/aduan${i}` } };
    case 'lapor':
      return { form: 'tertulis', channelDetails: { laporTrackingId: `LAP-2026-${String(1000 + i)}` } };
    case 'email':
      return { form: 'tertulis', channelDetails: { fromAddress: `pelapor${i}@contoh.id` } };
    case 'whatsapp':
    case 'sms':
      return { form: 'tertulis', channelDetails: { fromNumber: `0812${String(3400000 + i).padStart(8, '0')}` } };
    case 'website':
      return { form: 'tertulis', channelDetails: { websiteLink: `https://kantor.example.go.id/aduan/${i}` } };
    default:
      return { form: 'lisan', channelDetails: {} };
  }
}

/** The i-th complaint of a mixed register: channels, kinds, units, subjects and privacy in rotation. */
export function sampleComplaint(i: number, overrides: Partial<ComplaintIntakeInput> = {}): ComplaintIntakeInput {
  const channel = overrides.channel ?? CHANNELS[i % CHANNELS.length]!;
  const privacy: Privacy = overrides.privacy ?? (i % 7 === 3 ? 'rahasia' : i % 7 === 5 ? 'anonim' : 'biasa');
  const subject = SUBJECTS[i % SUBJECTS.length]!;
  return {
    channel,
    ...channelFacts(channel, i),
    kind: i % 5 === 4 ? 'aspirasi' : 'pengaduan',
    categoryId: (i % 3) + 1,
    subject: `${subject} (${i + 1})`,
    description: `Pelapor menyampaikan: ${subject.toLowerCase()}. Sudah berlangsung sejak awal bulan dan belum ada tindak lanjut.`,
    unitComplained: UNITS[i % UNITS.length]!,
    privacy,
    complainant:
      privacy === 'anonim'
        ? { name: '', phone: `0813${String(5500000 + i).padStart(8, '0')}` }
        : { name: NAMES[i % NAMES.length]!, phone: `0811${String(4500000 + i).padStart(8, '0')}`, address: 'Jl. Sam Ratulangi No. 12, Palu' },
    ...overrides,
  };
}

/** The status walk that brings a new complaint (diterima) to `status`. */
const WALKS: Record<ComplaintStatus, ComplaintStatus[]> = {
  diterima: [],
  diverifikasi: ['diverifikasi'],
  diproses: ['diverifikasi', 'diproses'],
  dijawab: ['diverifikasi', 'diproses', 'dijawab'],
  selesai: ['diverifikasi', 'diproses', 'dijawab', 'selesai'],
  ditutup: ['diverifikasi', 'diproses', 'dijawab', 'selesai', 'ditutup'],
  bukan_kewenangan: ['bukan_kewenangan'],
  ditolak: ['ditolak'],
};

/** Registers a complaint and walks it to `status` through complaints.changeStatus, with reasons. */
export async function seedComplaint(page: Page, input: ComplaintIntakeInput, status: ComplaintStatus = 'diterima'): Promise<ComplaintDetail> {
  let detail = await callApi(page, 'complaints.intake', input);
  for (const to of WALKS[status]) {
    detail = await callApi(page, 'complaints.changeStatus', { id: detail.id, to, reason: `Langkah ${to} untuk data uji` });
  }
  return detail;
}

/** Registers `count` plain complaints quickly, a few at a time (as several desks would). */
export async function seedMany(page: Page, count: number, start = 0): Promise<void> {
  await page.evaluate(
    async ({ count, start }) => {
      const token = sessionStorage.getItem('meja.token') ?? '';
      const session = sessionStorage.getItem('meja.session') ?? undefined;
      const one = async (i: number) => {
        const input = {
          channel: 'kotak', form: 'tertulis', kind: 'pengaduan', privacy: 'biasa',
          subject: `Aduan kotak nomor ${i + 1}`, description: `Isi kertas aduan dari kotak pengaduan nomor ${i + 1}.`,
          complainant: { name: `Warga ${i + 1}` },
        };
        const r = await fetch('/api/complaints.intake', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Meja-Token': token },
          body: JSON.stringify({ input, session }),
        });
        const body = (await r.json()) as { ok: boolean; error?: { message: string } };
        if (!body.ok) throw new Error(body.error?.message);
      };
      for (let i = start; i < start + count; i += 8) {
        await Promise.all(Array.from({ length: Math.min(8, start + count - i) }, (_, k) => one(i + k)));
      }
    },
    { count, start },
  );
}

/** The complaint register (Alt+3) as a clerk uses it: filters, the virtual list, sorting, export. */
export class RegisterPage {
  readonly grid: Locator;
  readonly rows: Locator;
  readonly count: Locator;
  readonly search: Locator;

  constructor(readonly page: Page) {
    this.grid = page.getByRole('grid', { name: 'Daftar pengaduan' });
    this.rows = this.grid.locator('.register-body [role="row"]');
    this.count = page.locator('.register-count');
    this.search = page.getByLabel('Cari pokok aduan, uraian, atau pelapor');
  }

  /** Alt+3 from anywhere, once the app has started (the shortcut is the shell's). */
  async open(): Promise<void> {
    await expect(this.page.getByRole('navigation', { name: 'Menu utama' })).toBeVisible();
    await this.page.keyboard.press('Alt+3');
    await expect(this.page.getByRole('heading', { name: 'Register Pengaduan' })).toBeVisible();
    await expect(this.count).not.toHaveText('Memuat…');
  }

  /** Waits for the summary "12.345 pengaduan" (the Indonesian thousands dot). */
  async expectTotal(n: number): Promise<void> {
    await expect(this.count).toContainText(`${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} pengaduan`);
  }

  chip(group: string, label: string): Locator {
    return this.page.getByRole('group', { name: group }).getByRole('button', { name: label, exact: true });
  }

  async toggle(group: string, label: string): Promise<void> {
    const chip = this.chip(group, label);
    const before = await chip.getAttribute('aria-pressed');
    await chip.click();
    await expect(chip).toHaveAttribute('aria-pressed', before === 'true' ? 'false' : 'true');
  }

  async clearFilters(): Promise<void> {
    await this.page.getByRole('button', { name: 'Hapus filter' }).click();
  }

  async setRange(from: string, to: string): Promise<void> {
    await this.page.getByLabel('Diterima dari').fill(from);
    await this.page.getByLabel('sampai', { exact: true }).fill(to);
  }

  /** Clicks a column header to sort (a second click reverses the order). */
  async sortBy(column: string): Promise<void> {
    await this.grid.getByRole('columnheader', { name: column }).getByRole('button').click();
  }

  /** Cells of one column of the rows in the DOM that have loaded, top to bottom. */
  async column(index: number): Promise<string[]> {
    await expect(this.rows.first()).toHaveAttribute('data-loaded', 'true');
    return this.grid.locator('.register-body [role="row"][data-loaded="true"]').evaluateAll(
      (rows, i) =>
        rows
          .map((r) => ({ at: Number(r.getAttribute('data-index')), text: r.children[i]?.textContent ?? '' }))
          .sort((a, b) => a.at - b.at)
          .map((r) => r.text),
      index,
    );
  }

  registerNumbers(): Promise<string[]> {
    return this.column(0);
  }

  row(registerNumber: string): Locator {
    return this.grid.locator(`[role="row"][data-register-number="${registerNumber}"]`);
  }

  async openCase(registerNumber: string): Promise<CasePage> {
    await this.row(registerNumber).click();
    const page = new CasePage(this.page);
    await expect(page.heading).toHaveText(`Pengaduan ${registerNumber}`);
    return page;
  }

  async export(format: 'CSV' | 'XLSX'): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: `Ekspor ${format}` }).click(),
    ]);
    await expect(this.page.getByText(`Ekspor ${format} tersimpan`)).toBeVisible();
    return download;
  }
}
