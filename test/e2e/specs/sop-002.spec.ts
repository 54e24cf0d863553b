import { test as base } from '../fixtures/app-fixture';
import { SopRun } from '../pages/sop-run';
import { SEATS_002 } from '../pages/seed-office-seats';
import { expect, officeFixtures, registerComplaint, setUpSopOffice, type OfficeFixture } from '../pages/workflow-office';

const test = base.extend<OfficeFixture>(officeFixtures);
// A whole SOP with a sign-in per actor turn takes longer than the default minute.
test.describe.configure({ timeout: 240_000 });

/**
 * Seed 002 (Kanwil Kemenkumham Kep. Bangka Belitung): dispositions down the chain, telaah,
 * the nota dinas up for paraf — returned once by the Kabag P2 and once by the Kadivmin —
 * signed, answered by the division, and the answer carried back down to the complainant.
 */
const SEATS = SEATS_002;

test('SOP 002 — rantai disposisi, nota dinas dikembalikan dua kali, jawaban turun ke pelapor', async ({ office }) => {
  const { page } = office;
  const staff = await setUpSopOffice(page, '002', SEATS);
  const complaint = await registerComplaint(page, 'surat', { subject: 'Dugaan pungutan liar kunjungan lapas' });
  const run = new SopRun(page, staff, complaint.registerNumber);
  const { tray } = run;

  await run.at('kakanwil', 2);
  await expect(tray.card(2)).toContainText('10 menit');
  await tray.dispose(2, { recipients: ['Kadivmin'], urgency: 'Segera', instructions: ['Koordinasi/konfirmasikan'] });
  await run.at('kadivmin', 3);
  await tray.dispose(3, { recipients: ['Kabag P2'], instructions: ['Proses lebih lanjut'] });
  await run.at('kabag-p2', 4);
  await tray.dispose(4, { recipients: ['Kasubag PPHTI'], instructions: ['Proses lebih lanjut'] });

  await run.at('kasubag-pphti', 5);
  await tray.saveTelaah(5, {
    complete: ['Identitas pelapor jelas', 'Bukti atau dokumen pendukung'],
    analysis: 'Pelapor menyebut pungutan Rp50.000 saat kunjungan keluarga.',
    recommendation: 'Teruskan ke Divisi Pemasyarakatan untuk klarifikasi.',
    decision: 'Disusun nota dinas.',
  });
  await tray.finish(5);
  const draftUp = async () => {
    await run.at('kasubag-pphti', 6, { box: 'Dikembalikan' });
    await tray.finish(6, 'Konsep nota dinas');
    await run.at('kasubag-pphti', 7);
    await tray.finish(7);
  };
  await run.at('kasubag-pphti', 6);
  await tray.finish(6, 'Konsep nota dinas');
  await run.at('kasubag-pphti', 7);
  await tray.finish(7);

  // Kabag P2 returns the draft, then the Kadivmin does: each time back to Kasubag PPHTI (step 6).
  await run.at('kabag-p2', 8);
  await tray.returnWith(8, 'Dikembalikan ke Kasubag PPHTI', 'Perbaiki dasar hukum');
  await draftUp();
  await run.at('kabag-p2', 8);
  await tray.choose(8, 'Setuju, diparaf');
  await run.at('kadivmin', 9);
  await tray.returnWith(9, 'Dikembalikan ke Kasubag PPHTI', 'Tembusan kepada Kepala Lapas kurang');
  await draftUp();
  await run.at('kabag-p2', 8);
  await tray.choose(8, 'Setuju, diparaf');
  await run.at('kadivmin', 9);
  await tray.choose(9, 'Setuju, ditandatangani');

  await run.at('divisi-terkait', 10);
  await tray.finish(10, 'Laporan klarifikasi Kalapas terlampir');
  await run.at('kakanwil', 11);
  await tray.dispose(11, { recipients: ['Kadivmin'], instructions: ['Untuk diketahui'] });
  await run.at('kadivmin', 12);
  await tray.dispose(12, { recipients: ['Kabag P2'], instructions: ['Proses lebih lanjut'] });
  await run.at('kabag-p2', 13);
  await tray.dispose(13, { recipients: ['Kasubag PPHTI'], instructions: ['Proses lebih lanjut'] });
  await run.at('kasubag-pphti', 14);
  await tray.finish(14, 'Jawaban diunggah di laman kanwil');
  await expect(tray.sentence()).toContainText('Selesai pada');
  // The chain printed as slips, one per disposition: six of them.
  await expect(tray.panel.getByRole('region', { name: 'Lembar disposisi' }).getByRole('button', { name: 'Cetak lembar disposisi' })).toHaveCount(6);
});
