import { expect, test } from '../fixtures/app-fixture';
import { SopPage } from '../pages/sop-page';
import { callApi, sampleComplaint } from '../pages/register-page';
import type { Page } from '@playwright/test';

const TITLE = 'Mekanisme Layanan Pengaduan di Lingkungan Organisasi';

/** The positions of a small Dinas Koperasi, each with its holder: the option text the picker shows. */
const SEATS = [
  { title: 'Kepala Dinas', holder: 'Dr. Hasanuddin Lamato' },
  { title: 'Sekretaris Dinas', holder: 'Rahmawati Tadjudin' },
  { title: 'Kepala Bidang Koperasi', holder: 'Irwan Pakaya' },
  { title: 'Kepala Sub Bagian Umum dan Kepegawaian', holder: 'Nurhayati Lasimpo' },
  { title: 'Petugas Pelayanan', holder: 'Andi Mappaware' },
  { title: 'Petugas Pelayanan Piket', holder: null },
] as const;
const option = (i: number) => `${SEATS[i]!.title} — ${SEATS[i]!.holder ?? '(kosong)'}`;

/** Sets up the office's chart through the API, as the Organisasi screen would; returns the position ids. */
async function createOffice(page: Page): Promise<{ unitId: number; ids: number[] }> {
  const unit = await callApi(page, 'organisation.saveUnit', { name: 'Dinas Koperasi dan UKM', code: 'DKUKM' });
  const ids: number[] = [];
  for (const seat of SEATS) {
    const position = await callApi(page, 'organisation.savePosition', { unitId: unit.id, title: seat.title });
    ids.push(position.id);
    if (seat.holder) await callApi(page, 'organisation.saveHolder', { positionId: position.id, name: seat.holder, kind: 'definitif', startDate: '2026-01-02' });
  }
  return { unitId: unit.id, ids };
}

const register = (page: Page) => callApi(page, 'complaints.intake', sampleComplaint(1, { channel: 'surat', privacy: 'biasa' }));

test.describe('Pemetaan pelaksana SOP', () => {
  test('memetakan semua pelaksana lewat layar, tersimpan, dan pengaduan sesudahnya berjalan', async ({ app }, testInfo) => {
    const { unitId, ids } = await createOffice(app);
    const sop = new SopPage(app);
    await sop.open();
    await sop.installPreset('003', TITLE);

    // Freshly installed: five `jabatan` columns without a position, so the SOP cannot run yet.
    await expect(sop.listItem(TITLE)).toContainText('Belum dapat dipakai: 5 pelaksana belum dipetakan');
    await expect(sop.mapping.locator('.sop-mapping__status--warn')).toContainText('Belum dapat dipakai: 5 pelaksana belum dipetakan');
    await expect(sop.mapping.locator('tbody tr')).toHaveCount(6);
    await expect(sop.actorHeading('Pemohon')).toContainText('Publik · opsional');
    await expect(sop.actorHeading('Kepala Dinas')).toContainText('Jabatan · wajib');
    await expect(sop.mapping.locator('.sop-mapping__row--missing')).toHaveCount(5);
    await expect(sop.actorPicker('Kepala Dinas').locator('optgroup')).toHaveAttribute('label', 'Dinas Koperasi dan UKM');
    await app.screenshot({ path: testInfo.outputPath('sop-actor-mapping-unmapped.png') });
    const before = await register(app);
    const idle = await callApi(app, 'workflow.case', { complaintId: before.id });
    expect(idle.run, 'a complaint of an unmapped SOP does not run').toBeNull();

    await sop.mapActor('Kepala Dinas', [option(0)]);
    await sop.mapActor('Sekretaris', [option(1)]);
    await sop.mapActor('Sekretariat/Bidang/UPT Pelatihan Koperasi UKM', [option(2)]);
    await sop.mapActor('Sub Bagian Umum', [option(3)]);
    await sop.mapActor('Petugas Pelayanan', [option(4), option(5)]);
    await expect(sop.mapping).toContainText('Ada pilihan yang belum disimpan.');

    // Meanwhile the piket position is closed on the Organisasi screen: the save is refused, the choices stay.
    await callApi(app, 'organisation.savePosition', { id: ids[5]!, unitId, title: SEATS[5].title, active: false });
    await sop.saveMapping('button');
    await sop.expectMappingNotice('Ada jabatan yang tidak ditemukan atau tidak aktif.');
    await expect(sop.actorPicker('Petugas Pelayanan')).toHaveValues([String(ids[4]), String(ids[5])]);
    await expect(sop.actorPicker('Kepala Dinas')).toHaveValues([String(ids[0])]);
    await expect(sop.listItem(TITLE)).toContainText('Belum dapat dipakai: 5 pelaksana belum dipetakan');

    // Reopened, the same choices save with Ctrl+Enter.
    await callApi(app, 'organisation.savePosition', { id: ids[5]!, unitId, title: SEATS[5].title, active: true });
    await sop.actorPicker('Petugas Pelayanan').focus();
    await sop.saveMapping('keyboard');
    await sop.expectMappingNotice('Pemetaan pelaksana tersimpan.');
    await expect(sop.mapping.locator('.sop-mapping__status--ok')).toHaveText('Semua pelaksana jabatan sudah dipetakan; pengaduan baru dengan SOP ini langsung berjalan.');
    await expect(sop.listItem(TITLE)).not.toContainText('Belum dapat dipakai');
    await expect(sop.mapping).not.toContainText('Ada pilihan yang belum disimpan.');
    await app.setViewportSize({ width: 1440, height: 1500 });
    await sop.mapping.screenshot({ path: testInfo.outputPath('sop-actor-mapping.png') });

    // Kept after a reload.
    await app.reload();
    await sop.open();
    await expect(sop.listItem(TITLE)).not.toContainText('Belum dapat dipakai');
    await sop.openSop(TITLE);
    await expect(sop.actorPicker('Petugas Pelayanan')).toHaveValues([String(ids[4]), String(ids[5])]);
    await expect(sop.actorPicker('Sub Bagian Umum')).toHaveValues([String(ids[3])]);
    await expect(sop.actorPicker('Pemohon')).toHaveValues([]);
    const saved = await callApi(app, 'workflow.actorMapping', { code: 'dinas-kukm-sulteng' });
    expect(saved.missing).toEqual([]);
    expect(saved.actors.find((a) => a.key === 'kepala-dinas')?.positionIds).toEqual([ids[0]]);

    // A complaint registered now starts its run: step 1 (the complainant) done at intake, step 2 waiting.
    const after = await register(app);
    const running = await callApi(app, 'workflow.case', { complaintId: after.id });
    expect(running.run?.sopCode).toBe('dinas-kukm-sulteng');
    expect(running.run?.state.openTasks.map((t) => [t.stepNo, t.actorKey])).toEqual([[2, 'petugas-pelayanan']]);
  });
});
