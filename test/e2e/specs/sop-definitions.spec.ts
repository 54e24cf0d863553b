import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '../fixtures/app-fixture';
import { SopPage } from '../pages/sop-page';

interface SopFileJson {
  format: string;
  version: number;
  definition: { code: string; steps: { no: number; next: number | null; standardTime: { amount: number; unit: string } | null }[] };
}

test.describe('SOP sebagai data', () => {
  test('pasang contoh, ubah waktu langkah jadi versi 2, ekspor-impor, cetak bagan', async ({ app }, testInfo) => {
    const sop = new SopPage(app);
    const title = 'Mekanisme Layanan Pengaduan di Lingkungan Organisasi';
    await sop.open();
    await sop.installPreset('003', title);
    await expect(sop.stepsTable.locator('tbody tr')).toHaveCount(12);
    await expect(sop.stepTime(2)).toHaveText('30 menit');
    // The first installed SOP becomes the office's default.
    await expect(sop.assignment.getByLabel('SOP bawaan kantor')).toHaveValue('dinas-kukm-sulteng');

    await sop.editStepTime(2, 45, 'menit', 'Penerimaan tamu jadi 45 menit');
    await sop.expectNotice('Tersimpan sebagai versi 2.');
    await expect(sop.currentVersion).toHaveText('Versi 2 (berlaku)');
    await expect(sop.stepTime(2)).toHaveText('45 menit');
    // Version 1 is still there, unchanged.
    await app.getByLabel('Versi', { exact: true }).selectOption({ label: 'Versi 1' });
    await expect(sop.stepTime(2)).toHaveText('30 menit');
    await expect(sop.detail.getByRole('button', { name: 'Ubah SOP' })).toBeDisabled();
    await app.getByLabel('Versi', { exact: true }).selectOption({ label: 'Versi 2 (berlaku)' });
    await expect(sop.detail.getByRole('button', { name: 'Ubah SOP' })).toBeEnabled();

    const exported = await sop.exportJson();
    expect(exported.fileName).toBe('sop_dinas-kukm-sulteng_v2.json');
    const file = exported.json as SopFileJson;
    expect(file).toMatchObject({ format: 'meja-aduan-sop', version: 2 });
    expect(file.definition.steps[1]!.standardTime).toMatchObject({ amount: 45, unit: 'menit' });

    // Another office's copy with step 8 at 2 hours comes back as version 3.
    file.definition.steps[7]!.standardTime = { amount: 2, unit: 'jam' };
    const edited = path.join(testInfo.outputDir, 'sop-kantor-lain.json');
    fs.mkdirSync(testInfo.outputDir, { recursive: true });
    fs.writeFileSync(edited, JSON.stringify(file));
    await sop.importFile(edited);
    await sop.expectNotice(`SOP "${title}" diimpor sebagai versi 3.`);
    await expect(sop.currentVersion).toHaveText('Versi 3 (berlaku)');
    await expect(sop.stepTime(8)).toHaveText('2 jam');

    // A broken file is refused with the step named, and nothing changes.
    file.definition.steps[3]!.standardTime = null;
    file.definition.steps[4]!.next = 42;
    const broken = path.join(testInfo.outputDir, 'sop-rusak.json');
    fs.writeFileSync(broken, JSON.stringify(file));
    await sop.importFile(broken);
    await sop.expectNotice('SOP dalam berkas tidak dapat dipakai: Langkah 5: langkah berikutnya (42) tidak ada.');
    await expect(sop.currentVersion).toHaveText('Versi 3 (berlaku)');

    await sop.detail.getByRole('button', { name: 'Ubah SOP' }).click();
    await app.getByRole('group', { name: 'Langkah 4', exact: true }).scrollIntoViewIfNeeded();
    await app.screenshot({ path: testInfo.outputPath('sop-editor.png') });
    await app.getByRole('button', { name: 'Batal' }).click();

    const printed = await sop.printChart();
    expect(printed.download.suggestedFilename()).toBe('sop_dinas-kukm-sulteng_v3.pdf');
    expect(printed.text).toContain('DINAS KOPERASI, USAHA KECIL DAN MENENGAH');
    expect(printed.text).toMatch(/Versi\s+:\s+3 \(Meja Aduan\)/);
    expect(printed.text).toContain('45 menit');
    expect(printed.text).toContain('Lisan → 5; Tertulis → 6');

    await app.screenshot({ path: testInfo.outputPath('sop-screen.png') });
  });

  test('pemakaian SOP per kanal tersimpan', async ({ app }) => {
    const sop = new SopPage(app);
    await sop.open();
    await sop.installPreset('003', 'Mekanisme Layanan Pengaduan di Lingkungan Organisasi');
    await sop.installPreset('001', 'Prosedur Pengelolaan Pengaduan melalui SP4N-LAPOR!');
    // The LAPOR! preset takes its channel by itself; the office adds e-mail.
    await expect(sop.assignment.getByLabel('SP4N-LAPOR!')).toHaveValue('sp4n-lapor');
    await sop.assignment.getByLabel('Surel (e-mail)').selectOption('sp4n-lapor');
    await app.getByRole('button', { name: 'Simpan pemakaian SOP' }).click();
    await sop.expectNotice('Pemakaian SOP tersimpan; berlaku untuk pengaduan baru.');
    await app.reload();
    await sop.open();
    await expect(sop.assignment.getByLabel('Surel (e-mail)')).toHaveValue('sp4n-lapor');
    await expect(sop.assignment.getByLabel('SOP bawaan kantor')).toHaveValue('dinas-kukm-sulteng');
  });
});
