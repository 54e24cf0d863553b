import { COMPLAINT_STATUSES, COMPLAINT_STATUS_LABELS } from '../../../shared/complaints/complaint-enums';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { createBackend } from '../../../electron/backend/create-backend';
import { startBrowserHost } from '../../../electron/host/browser-host';
import type { ComplaintDetail } from '../../../shared/complaints/complaint';
import type { ComplaintStatus } from '../../../shared/complaints/complaint-enums';
import { SPEC_START, expect, test as base } from '../fixtures/app-fixture';
import { RegisterPage, callApi, sampleComplaint, seedComplaint, seedMany } from '../pages/register-page';
import { SignInPage, SPEC_ADMIN } from '../pages/sign-in-page';

/** Statuses of the 30 seeded complaints, in rotation. */
const STATUS_ROTATION: ComplaintStatus[] = ['diterima', 'diverifikasi', 'diproses', 'dijawab', 'selesai', 'ditutup', 'bukan_kewenangan', 'ditolak', 'diterima', 'diproses'];

async function seedThirty(page: Page): Promise<ComplaintDetail[]> {
  const seeded: ComplaintDetail[] = [];
  for (let i = 0; i < 30; i++) seeded.push(await seedComplaint(page, sampleComplaint(i), STATUS_ROTATION[i % STATUS_ROTATION.length]));
  return seeded;
}

/**
 * The app of the fixture, but with a clock the test can move: complaints registered
 * "weeks ago" are overdue today and fall in another date range. The same real backend,
 * browser host and renderer; only the clock is the test's.
 */
const test = base.extend<{ timed: { page: Page; setNow(instant: string): void } }>({
  timed: async ({ browser, dataDir, runtime }, use, testInfo) => {
    testInfo.skip(runtime !== 'browser', 'This spec moves the backend clock, which only the in-process browser host allows.');
    let offset = Date.parse(SPEC_START) - Date.now();
    const backend = await createBackend({ dataDir, clock: { now: () => new Date(Date.now() + offset) }, runtime: 'browser', version: 'e2e' });
    const host = await startBrowserHost({ dispatch: backend.dispatch, rendererDir: path.resolve(import.meta.dirname, '..', '..', '..', 'dist', 'renderer') });
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(host.url);
    const door = new SignInPage(page);
    await door.createAdministrator();
    await door.signIn(SPEC_ADMIN.username, SPEC_ADMIN.password);
    await use({ page, setNow: (instant) => (offset = Date.parse(instant) - Date.now()) });
    await context.close();
    await host.close();
    await backend.close();
  },
});

test.describe('Register pengaduan', () => {
  test('menyaring menurut status, saluran, jenis, kerahasiaan, unit, dan kata; mengurutkan; filter tetap di PC ini', async ({ app }, testInfo) => {
    const seeded = await seedThirty(app);
    const register = new RegisterPage(app);
    await register.open();
    await register.expectTotal(30);
    await expect(register.grid).toBeFocused();

    // Status: every row shown carries the chosen status, and the count is the seeded one.
    const diproses = seeded.filter((c) => c.status === 'diproses');
    await register.toggle('Status', 'Diproses');
    await register.expectTotal(diproses.length);
    expect(new Set(await register.column(8))).toEqual(new Set(['Diproses']));

    // A second status widens; a channel narrows.
    await register.toggle('Status', 'Ditolak');
    await register.expectTotal(seeded.filter((c) => c.status === 'diproses' || c.status === 'ditolak').length);
    await register.toggle('Saluran', 'Surat');
    const expected = seeded.filter((c) => (c.status === 'diproses' || c.status === 'ditolak') && c.channel === 'surat');
    await register.expectTotal(expected.length);
    expect(await register.registerNumbers()).toEqual(expected.map((c) => c.registerNumber).reverse());

    // Filters are kept on this PC: a reload shows the same view.
    await app.reload();
    await register.open();
    await register.expectTotal(expected.length);
    await expect(register.chip('Saluran', 'Surat')).toHaveAttribute('aria-pressed', 'true');
    await register.clearFilters();
    await register.expectTotal(30);

    await register.toggle('Jenis', 'Aspirasi');
    await register.expectTotal(seeded.filter((c) => c.kind === 'aspirasi').length);
    await register.clearFilters();
    await register.toggle('Kerahasiaan', 'Anonim');
    await register.expectTotal(seeded.filter((c) => c.privacy === 'anonim').length);
    expect(new Set(await register.column(6))).toEqual(new Set(['Anonim']));
    await register.clearFilters();
    await register.toggle('Kategori', 'Perilaku petugas');
    await register.expectTotal(seeded.filter((c) => c.categoryId === 2).length);
    await register.clearFilters();
    await app.getByLabel('Unit yang diadukan').fill('UPT Pelatihan');
    await register.expectTotal(seeded.filter((c) => c.unitComplained === 'UPT Pelatihan').length);
    await register.clearFilters();

    // Full-text search over subject and description (word prefixes, any case).
    await register.search.fill('pungutan');
    const pungutan = seeded.filter((c) => /pungutan/i.test(c.subject));
    await register.expectTotal(pungutan.length);
    for (const subject of await register.column(5)) expect(subject).toMatch(/Pungutan liar/);
    // …and over the complainant's name, but never a confidential one.
    await register.search.fill('Fransiska');
    await register.expectTotal(seeded.filter((c) => c.complainant.name === 'Fransiska Lobo' && c.privacy === 'biasa').length);
    await register.search.fill('tidak ada kata seperti ini');
    await expect(app.getByText('Tidak ada pengaduan yang cocok dengan filter ini.')).toBeVisible();
    await register.clearFilters();
    await register.expectTotal(30);

    // Sorting: a header click sorts, a second click reverses.
    const byNumber = seeded.map((c) => c.registerNumber);
    await register.sortBy('No. register');
    await expect(register.grid.getByRole('columnheader', { name: 'No. register' })).toHaveAttribute('aria-sort', 'descending');
    expect((await register.registerNumbers()).slice(0, 5)).toEqual([...byNumber].reverse().slice(0, 5));
    await register.sortBy('No. register');
    await expect(register.grid.getByRole('columnheader', { name: 'No. register' })).toHaveAttribute('aria-sort', 'ascending');
    expect((await register.registerNumbers()).slice(0, 5)).toEqual(byNumber.slice(0, 5));
    // Status sorts in lifecycle order (diterima … ditolak), not alphabetically.
    await register.sortBy('Status');
    await expect(register.grid.getByRole('columnheader', { name: 'Status' })).toHaveAttribute('aria-sort', 'ascending');
    const lifecycle = [...seeded]
      .sort((a, b) => COMPLAINT_STATUSES.indexOf(a.status) - COMPLAINT_STATUSES.indexOf(b.status))
      .map((c) => COMPLAINT_STATUS_LABELS[c.status]);
    expect((await register.column(8)).slice(0, 3)).toEqual(lifecycle.slice(0, 3));
    await register.sortBy('Status');
    await expect(register.grid.getByRole('columnheader', { name: 'Status' })).toHaveAttribute('aria-sort', 'descending');
    expect((await register.column(8)).slice(0, 3)).toEqual([...lifecycle].reverse().slice(0, 3));

    // What the clerk sees with filters on: a screenshot to look at.
    await register.toggle('Status', 'Diterima');
    await register.toggle('Status', 'Diproses');
    await register.search.fill('jalan');
    await register.expectTotal(seeded.filter((c) => (c.status === 'diterima' || c.status === 'diproses') && /jalan/i.test(`${c.subject} ${c.description}`)).length);
    await app.screenshot({ path: testInfo.outputPath('register-disaring.png') });
  });

  test('lewat tenggat dan rentang tanggal penerimaan', async ({ timed }) => {
    const { page, setNow } = timed;
    // Three weeks of an office: early October, early November, and today.
    setNow('2026-10-05T09:00:00+07:00');
    const october = [
      await seedComplaint(page, sampleComplaint(0), 'diterima'),
      await seedComplaint(page, sampleComplaint(1), 'diproses'),
      await seedComplaint(page, sampleComplaint(2), 'selesai'),
    ];
    setNow('2026-11-02T09:00:00+07:00');
    const november = [await seedComplaint(page, sampleComplaint(3), 'diterima'), await seedComplaint(page, sampleComplaint(4), 'diverifikasi')];
    setNow(SPEC_START);
    const today = [0, 1, 2].map((k) => sampleComplaint(5 + k));
    for (const c of today) await seedComplaint(page, c);

    const register = new RegisterPage(page);
    await register.open();
    await register.expectTotal(8);

    // Overdue: open matters past their due date; a finished one (selesai) never is.
    await page.getByLabel('Lewat tenggat saja').check();
    const overdue = [october[0]!, october[1]!, ...november];
    await register.expectTotal(overdue.length);
    expect(new Set(await register.registerNumbers())).toEqual(new Set(overdue.map((c) => c.registerNumber)));
    await expect(register.rows.first().locator('.cell--overdue')).toHaveCSS('color', 'rgb(180, 35, 24)');
    await page.getByLabel('Lewat tenggat saja').uncheck();

    await register.setRange('2026-10-01', '2026-10-31');
    await register.expectTotal(3);
    expect(new Set(await register.registerNumbers())).toEqual(new Set(october.map((c) => c.registerNumber)));
    await register.setRange('2026-11-01', '2026-11-22');
    await register.expectTotal(2);
    // "From" alone runs to today.
    await register.setRange('2026-11-23', '');
    await register.expectTotal(3);
    // A reversed range is refused with a message and not applied.
    await register.setRange('2026-11-20', '2026-11-02');
    await expect(page.getByText('Tanggal awal harus sebelum tanggal akhir.')).toBeVisible();
    await register.expectTotal(8);
  });

  test('menggulir ratusan pengaduan secara virtual, dengan papan ketik dan Esc kembali ke tempat semula', async ({ app }) => {
    test.setTimeout(120_000);
    await seedMany(app, 650);
    const register = new RegisterPage(app);
    await register.open();
    await register.expectTotal(650);
    await expect(register.rows.first()).toHaveAttribute('data-loaded', 'true');
    const inDom = await register.rows.count();
    expect(inDom).toBeGreaterThan(10);
    expect(inDom).toBeLessThan(80);

    // Scrolling to the end a viewport at a time: only a window of rows is ever in the DOM.
    const heights = await register.grid.evaluate((el) => ({ client: el.clientHeight, scroll: el.scrollHeight }));
    expect(heights.scroll).toBeGreaterThan(650 * 30);
    for (let top = 0; top < heights.scroll; top += heights.client * 4) {
      await register.grid.evaluate((el, y) => (el.scrollTop = y), top);
      expect(await register.rows.count()).toBeLessThan(80);
    }
    await register.grid.evaluate((el) => (el.scrollTop = el.scrollHeight));
    const lastRow = register.grid.locator('[role="row"][data-index="649"]');
    await expect(lastRow).toHaveAttribute('data-loaded', 'true');
    const expectedLast = await callApi(app, 'complaints.list', { filter: {}, offset: 649, limit: 1 });
    await expect(lastRow).toHaveAttribute('data-register-number', expectedLast.rows[0]!.registerNumber);

    // Sorted by number, ascending: the end of the list is the last number issued.
    await register.sortBy('No. register');
    await register.sortBy('No. register');
    await register.grid.focus();
    await app.keyboard.press('End');
    await expect(lastRow).toHaveAttribute('data-register-number', '650/ADU/HM.01/XI/2026');
    await expect(lastRow).toHaveAttribute('aria-selected', 'true');
    await expect(lastRow).toBeInViewport();
    await app.keyboard.press('Home');
    await expect(register.grid.locator('[role="row"][data-index="0"]')).toHaveAttribute('aria-selected', 'true');

    // A click opens a row's case; Esc returns to the same place with the same selection.
    await register.grid.evaluate((el) => (el.scrollTop = 9000));
    const index = 253;
    const middle = register.grid.locator(`[role="row"][data-index="${index}"]`);
    await expect(middle).toHaveAttribute('data-loaded', 'true');
    const number = (await middle.getAttribute('data-register-number'))!;
    await register.openCase(number);
    await app.keyboard.press('Escape');
    await expect(register.grid).toBeFocused();
    expect(await register.grid.evaluate((el) => el.scrollTop)).toBe(9000);
    const again = register.grid.locator(`[role="row"][data-index="${index}"]`);
    await expect(again).toHaveAttribute('aria-selected', 'true');
    await expect(again).toHaveAttribute('data-register-number', number);
    await app.keyboard.press('ArrowDown');
    await app.keyboard.press('ArrowDown');
    const twoDown = register.grid.locator(`[role="row"][data-index="${index + 2}"]`);
    await expect(twoDown).toHaveAttribute('aria-selected', 'true');
    const twoDownNumber = (await twoDown.getAttribute('data-register-number'))!;
    await app.keyboard.press('Enter');
    await expect(app.locator('#case-heading')).toHaveText(`Pengaduan ${twoDownNumber}`);
  });

  test('mengekspor tampilan saat ini ke CSV dan XLSX', async ({ app }) => {
    const seeded = await seedThirty(app);
    const register = new RegisterPage(app);
    await register.open();
    await register.toggle('Status', 'Diterima');
    const shown = seeded.filter((c) => c.status === 'diterima');
    await register.expectTotal(shown.length);

    const csvDownload = await register.export('CSV');
    expect(csvDownload.suggestedFilename()).toBe('register-pengaduan_2026-11-23.csv');
    const csv = fs.readFileSync(await csvDownload.path(), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(csv[0]).toBe('No. Register;Kode Pelacakan;Tanggal Diterima;Jam (WIB);Saluran;Jenis;Kategori;Pokok Aduan;Pelapor;Kerahasiaan;Unit Diadukan;Status;Tenggat;Lewat Tenggat');
    expect(csv).toHaveLength(shown.length + 1);
    const newest = shown.at(-1)!;
    expect(csv[1]!.split(';').slice(0, 3)).toEqual([newest.registerNumber, newest.trackingCode, '23 November 2026']);
    expect(csv[1]).toContain(';Diterima;');
    // A confidential complainant is masked in the export as on screen.
    const secret = shown.find((c) => c.privacy === 'rahasia')!;
    const secretRow = csv.find((line) => line.startsWith(secret.registerNumber + ';'))!;
    expect(secretRow).toContain(';F*** L*** (rahasia);');
    expect(secretRow).not.toContain(sampleComplaint(10).complainant.name!);

    const xlsxDownload = await register.export('XLSX');
    expect(xlsxDownload.suggestedFilename()).toBe('register-pengaduan_2026-11-23.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await xlsxDownload.path());
    const sheet = book.getWorksheet('Register Pengaduan')!;
    expect(sheet.rowCount).toBe(shown.length + 1);
    expect(sheet.getRow(1).getCell(1).value).toBe('No. Register');
    expect(sheet.getRow(1).getCell(12).value).toBe('Status');
    expect(sheet.getRow(2).getCell(1).value).toBe(newest.registerNumber);
    expect(sheet.getRow(2).getCell(8).value).toBe(newest.subject);
    for (let r = 2; r <= sheet.rowCount; r++) expect(sheet.getRow(r).getCell(12).value).toBe('Diterima');
  });
});
