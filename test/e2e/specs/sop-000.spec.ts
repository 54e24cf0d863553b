import { test as base } from '../fixtures/app-fixture';
import { SopRun } from '../pages/sop-run';
import { expect, officeFixtures, registerComplaint, setUpSopOffice, type OfficeFixture } from '../pages/workflow-office';

const test = base.extend<OfficeFixture>(officeFixtures);
// A whole SOP with a sign-in per actor turn takes longer than the default minute.
test.describe.configure({ timeout: 240_000 });

/**
 * Seed 000 (Kemenko Polhukam): a visitor asks how far their complaint is. Minutes-long
 * steps: registered just before closing on the day before cuti bersama and Christmas, the
 * five minutes of step 2 run out only on the next working day, after the long weekend.
 */
// The public's steps are left unmapped: the Sekretariat UPP, who meets the visitor, records them.
const SEATS = {
  'sekretariat-upp': { title: 'Anggota Sekretariat UPP', shortTitle: 'Sekretariat UPP' },
};

test('SOP 000 — progres pengaduan di meja Sekretariat UPP, melewati cuti bersama dan Natal, dengan satu pengembalian', async ({ office }) => {
  const { page, setNow } = office;
  const staff = await setUpSopOffice(page, '000', SEATS);
  const run0 = new SopRun(page, staff, '');
  // 15.58 on Wednesday 23 December 2026: 2 minutes left today; 24 Dec is cuti bersama, 25 Dec Natal, then the weekend.
  await run0.as('sekretariat-upp', { meanwhile: () => setNow('2026-12-23T15:58:00+07:00') });
  const complaint = await registerComplaint(page, 'langsung', { form: 'lisan', channelDetails: {}, subject: 'Menanyakan progres aduan jalan rusak' });
  const run = new SopRun(page, staff, complaint.registerNumber);
  await run.as('sekretariat-upp', { meanwhile: () => undefined });
  const tray = run.tray;
  await expect(tray.row(complaint.registerNumber, 2)).toContainText('Senin, 28 Desember 2026 07.33 WIB');
  await tray.openRow(complaint.registerNumber, 2);
  await expect(tray.due(2)).toHaveText('Senin, 28 Desember 2026 07.33 WIB');
  await tray.finish(2, 'Identitas dicatat, menanyakan progres');

  // Monday morning: the visitor's step (recorded for them at the desk), then the answer.
  await run.at('sekretariat-upp', 3, { meanwhile: () => setNow('2026-12-28T08:00:00+07:00') });
  await expect(tray.card(3)).toContainText('dicatat atas nama pelapor');
  await expect(tray.card(3)).toContainText('terlambat');
  await tray.finish(3, 'Menyerahkan fotokopi KTP dan tanda terima');
  await run.at('sekretariat-upp', 4);
  // The answer is not ready: sent back to the reception step with the reason.
  await tray.returnTo(4, /^Langkah 2:/, 'Arahan pimpinan unit belum ada');
  await run.at('sekretariat-upp', 2, { box: 'Dikembalikan' });
  await expect(tray.card(2)).toContainText('Arahan pimpinan unit belum ada');
  await tray.finish(2, 'Arahan pimpinan diperoleh');
  await run.at('sekretariat-upp', 3);
  await tray.finish(3);
  await run.at('sekretariat-upp', 4);
  await tray.finish(4, 'Progres disampaikan: sedang diverifikasi bidang');
  await expect(tray.sentence()).toContainText('Selesai pada Senin, 28 Desember 2026');
  await tray.close();
  await tray.showBox('Selesai');
  // Both passes of step 4 are in Selesai: the one that sent it back (with its reason) and the answer.
  await expect(tray.row(complaint.registerNumber, 4)).toHaveCount(2);
  await expect(tray.row(complaint.registerNumber, 4).filter({ hasText: 'Dikembalikan ke langkah 2' })).toContainText('Arahan pimpinan unit belum ada');
});
