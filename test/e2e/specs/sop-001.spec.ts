import { test as base } from '../fixtures/app-fixture';
import { SopRun } from '../pages/sop-run';
import { expect, officeFixtures, registerComplaint, setUpSopOffice, type OfficeFixture } from '../pages/workflow-office';

const test = base.extend<OfficeFixture>(officeFixtures);
// A whole SOP with a sign-in per actor turn takes longer than the default minute.
test.describe.configure({ timeout: 240_000 });

/**
 * Seed 001 (SP4N-LAPOR!): Admin Nasional → Admin Instansi → Admin Eselon 1 → (Admin UPT),
 * each "bukan kewenangan" a return to the level above with its reason; the report closes
 * by itself ten working days after the answer; the SP4N-LAPOR! clocks run beside.
 */
const SEATS = {
  'admin-nasional': { title: 'Admin Nasional SP4N-LAPOR!', shortTitle: 'Admin Nasional' },
  'admin-instansi': { title: 'Admin Instansi SP4N-LAPOR!', shortTitle: 'Admin Instansi', superior: 'admin-nasional' },
  'admin-eselon-1': { title: 'Admin Eselon 1 SP4N-LAPOR!', shortTitle: 'Admin Eselon 1', superior: 'admin-instansi' },
  'admin-upt': { title: 'Admin UPT SP4N-LAPOR!', shortTitle: 'Admin UPT', superior: 'admin-eselon-1' },
};

async function toInstansi(run: SopRun, box: 'Masuk' | 'Dikembalikan' = 'Masuk'): Promise<void> {
  await run.at('admin-nasional', 2, { box });
  await run.tray.dispose(2, { recipients: ['Admin Instansi'], instructions: ['Proses lebih lanjut'] });
  await run.at('admin-instansi', 3);
  await run.tray.finish(3);
}

async function toEselon1(run: SopRun, box: 'Masuk' | 'Dikembalikan' = 'Masuk'): Promise<void> {
  await run.at('admin-instansi', 4, { box });
  await run.tray.choose(4, 'Ya, kewenangan instansi');
  await run.at('admin-instansi', 5);
  await run.tray.dispose(5, { recipients: ['Admin Eselon 1'], instructions: ['Proses lebih lanjut'] });
  await run.at('admin-eselon-1', 6);
  await run.tray.finish(6, 'Respon awal dikirim');
}

test.describe('SOP 001 — SP4N-LAPOR!', () => {
  test('dua kali bukan kewenangan, lalu kewenangan UPT; ditutup sistem 10 hari kerja kemudian', async ({ office }) => {
    const { page, setNow } = office;
    const staff = await setUpSopOffice(page, '001', SEATS);
    const complaint = await registerComplaint(page, 'lapor', { subject: 'Pelayanan paspor lambat' });
    const run = new SopRun(page, staff, complaint.registerNumber);
    const { tray } = run;

    await run.at('admin-nasional', 1);
    await expect(tray.panel.getByRole('region', { name: 'Tenggat SP4N-LAPOR!' })).toContainText('Verifikasi dan penerusan');
    await tray.finish(1);
    await run.at('admin-nasional', 2);
    // 3 hari kerja from Monday 23 November: Thursday 26 November.
    await expect(tray.due(2)).toContainText('Kamis, 26 November 2026');
    await tray.close();
    await toInstansi(run);
    await run.at('admin-instansi', 4);
    await tray.saveTelaah(4, {
      complete: ['Identitas pelapor jelas'],
      analysis: 'Paspor diterbitkan oleh kantor imigrasi, bukan instansi ini.',
      recommendation: 'Kembalikan ke Admin Nasional.',
      decision: 'Bukan kewenangan.',
    });
    await tray.returnWith(4, 'Bukan kewenangan', 'Paspor kewenangan Ditjen Imigrasi');
    await toInstansi(run, 'Dikembalikan');
    await toEselon1(run);
    await run.at('admin-eselon-1', 7);
    await tray.returnWith(7, 'Bukan kewenangan', 'Bukan unit Eselon 1 kami');
    await toEselon1(run, 'Dikembalikan');
    await run.at('admin-eselon-1', 7);
    await tray.choose(7, 'Kewenangan UPT');
    await run.at('admin-upt', 9);
    await tray.finish(9);
    await run.at('admin-upt', 10);
    await tray.finish(10, 'Tindak lanjut diunggah ke SP4N-LAPOR!');
    await expect(tray.sentence()).toContainText('Sistem SP4N-LAPOR!');

    // Ten working days after the answer nobody replied: the system step closes itself.
    await run.as('admin-upt', { meanwhile: () => setNow('2026-12-09T09:00:00+07:00') });
    await tray.showBox('Selesai');
    await tray.lookAt(complaint.registerNumber, 10);
    await expect(tray.sentence()).toContainText('Selesai pada');
  });

  test('kewenangan Eselon 1 ditangani sendiri; laporan lain dikembalikan ke tingkat atas', async ({ office }) => {
    const { page } = office;
    const staff = await setUpSopOffice(page, '001', SEATS);
    const complaint = await registerComplaint(page, 'lapor', { subject: 'Izin usaha mikro belum terbit' });
    const run = new SopRun(page, staff, complaint.registerNumber);
    const { tray } = run;
    await run.at('admin-nasional', 1);
    await tray.finish(1);
    await toInstansi(run);
    await toEselon1(run);
    await run.at('admin-eselon-1', 7);
    await tray.choose(7, 'Kewenangan Eselon 1');
    await run.at('admin-eselon-1', 8);
    await tray.finish(8, 'Jawaban substantif dikirim');
    await expect(tray.sentence()).toContainText('Sistem SP4N-LAPOR!');

    const other = await registerComplaint(page, 'lapor', { subject: 'Aduan tentang pajak kendaraan', channelDetails: { laporTrackingId: 'LAP-2026-7777' } });
    const away = new SopRun(page, staff, other.registerNumber);
    await away.at('admin-nasional', 1);
    await away.tray.returnTo(1, /Bukan kewenangan kantor ini/, 'Pajak kendaraan kewenangan Bapenda provinsi');
    await expect(away.tray.sentence()).toContainText('Dikembalikan ke tingkat atas karena bukan kewenangan');
  });
});
