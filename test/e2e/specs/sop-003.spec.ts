import fs from 'node:fs';
import { pdfPageSizes, pdfToText } from '../../support/pdf-tools';
import { TrayPage } from '../pages/tray-page';
import { test as base } from '../fixtures/app-fixture';
import { actAs, expect, officeFixtures, registerComplaint, setUpSopOffice, type OfficeFixture } from '../pages/workflow-office';

const test = base.extend<OfficeFixture>(officeFixtures);
// A whole SOP with a sign-in per actor turn takes longer than the default minute.
test.describe.configure({ timeout: 240_000 });

/**
 * Seed 003 (Dinas Koperasi dan UKM Sulawesi Tengah): guest → Petugas Pelayanan → Subbag
 * Umum (oral or written?) → lembar disposisi → Kepala Dinas disposes to two units at once →
 * draft reply → Kepala Dinas returns it once, then initials → Sekretaris signs → delivered
 * → archived. Each actor signs in and works from their own tray.
 */
const SEATS = {
  'kepala-dinas': { title: 'Kepala Dinas', shortTitle: 'Kadis' },
  sekretaris: { title: 'Sekretaris Dinas', shortTitle: 'Sekdis', superior: 'kepala-dinas' },
  'sekretariat-bidang-upt': {
    title: 'Kepala Bidang Koperasi', shortTitle: 'Kabid Koperasi', superior: 'kepala-dinas',
    extra: { title: 'Kepala Bidang UKM', shortTitle: 'Kabid UKM' },
  },
  'subbag-umum': { title: 'Kepala Subbagian Umum', shortTitle: 'Kasubag Umum', superior: 'sekretaris' },
  'petugas-pelayanan': { title: 'Petugas Pelayanan Pengaduan', shortTitle: 'Petugas', superior: 'subbag-umum' },
};

test.describe('SOP 003 — Dinas KUKM Sulteng', () => {
  test('pengaduan tertulis berjalan dari penerimaan sampai arsip, dengan disposisi ke dua bidang dan satu pengembalian', async ({ office }, testInfo) => {
    const { page, setNow } = office;
    const staff = await setUpSopOffice(page, '003', SEATS);
    const complaint = await registerComplaint(page, 'surat', { subject: 'Bantuan modal koperasi belum cair' });
    const tray = new TrayPage(page);
    const reg = complaint.registerNumber;

    // Petugas Pelayanan: the complainant's first step was recorded at registration; step 2 waits (30 menit).
    await actAs(page, staff.accounts['petugas-pelayanan']!);
    await tray.open();
    await expect(tray.count('masuk')).toHaveText('1');
    await expect(tray.row(reg, 2)).toHaveClass(/wf-row--unread/);
    await expect(tray.row(reg, 2)).toContainText('Senin, 23 November 2026 08.30 WIB');
    await tray.openRow(reg, 2);
    await expect(tray.due(2)).toHaveText('Senin, 23 November 2026 08.30 WIB');
    await tray.finish(2, 'Surat aduan diterima, tanda terima diberikan');
    await tray.openRow(reg, 3);
    await tray.finish(3);

    // Subbag Umum: written, so step 6 (lembar disposisi to the Kepala Dinas).
    await actAs(page, staff.accounts['subbag-umum']!);
    await tray.open();
    await tray.openRow(reg, 4);
    await tray.choose(4, 'Tertulis');
    await tray.openRow(reg, 6);
    await tray.dispose(6, { recipients: ['Kadis'], urgency: 'Segera', instructions: ['Untuk diketahui'] });

    // Friday afternoon: the Kepala Dinas disposes to two units at once; due runs over the weekend.
    await actAs(page, staff.accounts['kepala-dinas']!, () => setNow('2026-11-27T15:45:00+07:00'));
    await tray.open();
    await tray.openRow(reg, 7);
    await expect(tray.card(7)).toContainText('terlambat');
    await tray.dispose(7, {
      recipients: ['Kabid Koperasi', 'Kabid UKM'],
      instructions: ['Tanggapan dan saran', 'Proses lebih lanjut'],
      note: 'Siapkan jawaban bersama',
    });
    await page.screenshot({ path: testInfo.outputPath('panel-disposisi.png') });
    const download = await tray.printDisposition('Setengah folio (215 × 165 mm)');
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const pdf = fs.readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // The slip as printed: half folio landscape (215 × 165 mm), the two recipients and the instructions on it.
    fs.writeFileSync(testInfo.outputPath('lembar-disposisi.pdf'), pdf);
    const text = pdfToText(pdf);
    expect(text).toContain('LEMBAR DISPOSISI');
    expect(text).toContain('Kabid Koperasi');
    expect(text).toContain('Kabid UKM');
    expect(text).toContain('Siapkan jawaban bersama');
    const { sizes } = pdfPageSizes(pdf);
    expect(Math.round(sizes[0]!.width)).toBe(Math.round((215 / 25.4) * 72));
    expect(Math.round(sizes[0]!.height)).toBe(Math.round((165 / 25.4) * 72));
    await expect(tray.count('diteruskan')).toHaveText('1');

    // Each Kabid drafts their part; step 8 has 60 menit: Friday 15:45 + 15 min, then Monday 07:30 + 45 → 08.15.
    await actAs(page, staff.accounts['sekretariat-bidang-upt']!);
    await tray.open();
    await expect(tray.row(reg, 8)).toContainText('Senin, 30 November 2026 08.15 WIB');
    await tray.openRow(reg, 8);
    await tray.finish(8, 'Draf jawaban Bidang Koperasi');
    await actAs(page, staff.extraAccounts['sekretariat-bidang-upt']!);
    await tray.open();
    await tray.openRow(reg, 8);
    await tray.finish(8, 'Draf jawaban Bidang UKM');

    // The Kepala Dinas returns the draft once, with a reason…
    await actAs(page, staff.accounts['kepala-dinas']!);
    await tray.open();
    await tray.openRow(reg, 9);
    await tray.returnWith(9, 'Tidak setuju', 'Lampirkan bukti pencairan dana');
    await actAs(page, staff.accounts['sekretariat-bidang-upt']!);
    await tray.open();
    await expect(tray.count('dikembalikan')).toHaveText('1');
    await tray.showBox('Dikembalikan');
    await tray.openRow(reg, 8);
    await expect(tray.card(8)).toContainText('Lampirkan bukti pencairan dana');
    await tray.finish(8, 'Bukti pencairan dilampirkan');

    // …then initials it; the Sekretaris signs; the reply is delivered and archived.
    await actAs(page, staff.accounts['kepala-dinas']!);
    await tray.open();
    await tray.openRow(reg, 9);
    await tray.choose(9, 'Setuju, diparaf');
    await actAs(page, staff.accounts.sekretaris!);
    await tray.open();
    await tray.openRow(reg, 10);
    await tray.finish(10);
    await actAs(page, staff.accounts['petugas-pelayanan']!);
    await tray.open();
    await tray.openRow(reg, 11);
    await tray.finish(11, 'Dikirim lewat WhatsApp');
    await actAs(page, staff.accounts['subbag-umum']!);
    await tray.open();
    await tray.openRow(reg, 12);
    await tray.finish(12, 'Arsip lemari 2, map 14');
    await expect(tray.sentence()).toContainText('Selesai pada');
    await tray.showBox('Selesai');
    await expect(tray.row(reg, 12)).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('kotak-selesai.png') });

    // The dashboard counts the steps done this month per unit and per SOP step; step 7 was late.
    await page.keyboard.press('Alt+0');
    const perStep = page.getByRole('region', { name: 'Kepatuhan per langkah SOP' });
    await expect(page.getByRole('region', { name: 'Kepatuhan per unit' })).toContainText('Kantor uji SOP 003');
    const step7 = perStep.getByRole('row').filter({ hasText: /^.*7\. Menelaah surat pengaduan/ });
    await expect(step7.locator('td.dash-late')).toHaveText('1');
    await page.screenshot({ path: testInfo.outputPath('dasbor.png'), fullPage: true });
  });

  test('pengaduan lisan diselesaikan oleh bidang terkait (cabang "Lisan")', async ({ office }) => {
    const { page } = office;
    const staff = await setUpSopOffice(page, '003', SEATS);
    const complaint = await registerComplaint(page, 'langsung', { form: 'lisan', channelDetails: {}, subject: 'Antrean pelayanan terlalu lama' });
    const tray = new TrayPage(page);
    const reg = complaint.registerNumber;
    await actAs(page, staff.accounts['petugas-pelayanan']!);
    await tray.open();
    await tray.openRow(reg, 2);
    await tray.finish(2);
    await tray.openRow(reg, 3);
    await tray.finish(3);
    await actAs(page, staff.accounts['subbag-umum']!);
    await tray.open();
    await tray.openRow(reg, 4);
    await tray.choose(4, 'Lisan');
    await actAs(page, staff.accounts['sekretariat-bidang-upt']!);
    await tray.open();
    await tray.openRow(reg, 5);
    await tray.finish(5, 'Dijelaskan langsung oleh humas');
    await expect(tray.sentence()).toContainText('Selesai pada');
  });
});
