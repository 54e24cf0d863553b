import type { Page } from '@playwright/test';
import { test as base } from '../fixtures/app-fixture';
import { SopRun } from '../pages/sop-run';
import { expect, officeFixtures, registerComplaint, setUpSopOffice, type OfficeFixture } from '../pages/workflow-office';

const test = base.extend<OfficeFixture>(officeFixtures);
// A whole SOP with a sign-in per actor turn takes longer than the default minute.
test.describe.configure({ timeout: 240_000 });

/**
 * Seed 004 (Kantor Imigrasi Belakang Padang): a complaint from social media → Admin TIKKIM
 * confirms → Kepala Kantor disposes → analysis (telaah) → Kasi TI decides → SK Tim →
 * the complainant is told. Both answers of the decision, and a return of the analysis.
 */
const SEATS = {
  'kepala-kantor': { title: 'Kepala Kantor Imigrasi', shortTitle: 'Kakanim' },
  'kasi-ti': { title: 'Kepala Seksi Teknologi Informasi dan Komunikasi', shortTitle: 'Kasi TIK', superior: 'kepala-kantor' },
  'seksi-terkait': { title: 'Kepala Seksi Lalu Lintas Keimigrasian', shortTitle: 'Kasi Lantaskim', superior: 'kepala-kantor' },
  'admin-tikkim': { title: 'Admin TIKKIM', shortTitle: 'Admin TIKKIM', superior: 'kasi-ti' },
};

async function upToDecision(page: Page, run: SopRun): Promise<void> {
  const { tray } = run;
  await run.at('admin-tikkim', 2);
  await expect(tray.card(2)).toContainText('12 jam');
  await tray.finish(2, 'Dikonfirmasi lewat pesan langsung Instagram');
  await run.at('kepala-kantor', 3);
  const form = tray.card(3).getByRole('group', { name: 'Lembar disposisi' });
  await form.getByRole('radio', { name: 'Sangat Segera' }).check();
  // Sangat segera = 24 hours from now (Monday 08.0x): Tuesday at the same minute.
  await expect(page.getByTestId('disposition-deadline-hint')).toHaveText(/^Sifat Sangat Segera: paling lambat Selasa, 24 November 2026 08\.0\d WIB, atau waktu baku langkah penerima bila lebih singkat\.$/);
  await tray.dispose(3, { recipients: ['Admin TIKKIM'], urgency: 'Sangat Segera', instructions: ['Proses lebih lanjut'] });
  await run.at('admin-tikkim', 4);
  await tray.saveTelaah(4, {
    complete: ['Identitas pelapor jelas', 'Uraian kejadian (apa, di mana, kapan)'],
    analysis: 'Antrean paspor melebihi kapasitas loket pada hari Senin.',
    recommendation: 'Tambah satu loket pada hari Senin.',
    decision: 'Diteruskan kepada Kasi TIK.',
  });
  await tray.finish(4, 'Analisis selesai');
}

test.describe('SOP 004 — Imigrasi Belakang Padang', () => {
  test('ditindaklanjuti: analisis dikembalikan sekali, SK Tim dibentuk dan dicetak, pelapor diberi tahu', async ({ office }) => {
    const { page } = office;
    const staff = await setUpSopOffice(page, '004', SEATS);
    const complaint = await registerComplaint(page, 'media_sosial', { subject: 'Antrean paspor terlalu panjang' });
    const run = new SopRun(page, staff, complaint.registerNumber);
    const { tray } = run;
    await upToDecision(page, run);

    await run.at('kasi-ti', 5);
    await tray.returnTo(5, /^Langkah 4:/, 'Sertakan jumlah pemohon per hari');
    await run.at('admin-tikkim', 4, { box: 'Dikembalikan' });
    await expect(tray.card(4)).toContainText('Sertakan jumlah pemohon per hari');
    await tray.finish(4, 'Rata-rata 140 pemohon per hari');
    await run.at('kasi-ti', 5);
    await tray.choose(5, 'Tindak lanjut');

    await run.at('kepala-kantor', 6);
    const team = tray.card(6).getByRole('region', { name: 'SK Tim' });
    await team.getByLabel('Nomor SK').fill('W4.IMI.IMI.7-UM.01.01-125');
    await team.getByLabel('Nama anggota 1').fill('Dedi Kurniawan');
    await team.getByLabel('Jabatan anggota 1').fill('Kasi Lantaskim');
    await team.getByRole('button', { name: 'Tambah anggota' }).click();
    await team.getByLabel('Nama anggota 2').fill('Sri Wahyuni');
    await team.getByRole('button', { name: 'Simpan SK Tim' }).click();
    await tray.expectDone('SK Tim W4.IMI.IMI.7-UM.01.01-125 tersimpan.');
    await tray.panel.getByRole('region', { name: 'SK Tim' }).last().getByRole('button', { name: 'Cetak SK Tim' }).click();
    const dialog = page.getByRole('dialog', { name: /^Cetak SK Tim/ });
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Simpan PDF' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    await dialog.getByRole('button', { name: 'Tutup' }).click();
    await tray.finish(6, 'SK Tim ditetapkan');

    await run.at('admin-tikkim', 7);
    await tray.finish(7, 'Tindak lanjut dikirim lewat WhatsApp');
    await run.at('admin-tikkim', 8);
    await tray.finish(8);
    await expect(tray.sentence()).toContainText('Selesai pada');
  });

  test('tidak ditindaklanjuti: langsung ke penyampaian informasi', async ({ office }) => {
    const { page } = office;
    const staff = await setUpSopOffice(page, '004', SEATS);
    const complaint = await registerComplaint(page, 'sms', { subject: 'Pesan singkat tentang jam layanan' });
    const run = new SopRun(page, staff, complaint.registerNumber);
    const { tray } = run;
    await upToDecision(page, run);
    await run.at('kasi-ti', 5);
    await tray.choose(5, 'Tidak ditindaklanjuti');
    await run.at('admin-tikkim', 7);
    await tray.finish(7, 'Pelapor diberi penjelasan jam layanan');
    await run.at('admin-tikkim', 8);
    await tray.finish(8);
    await expect(tray.sentence()).toContainText('Selesai pada');
  });
});
