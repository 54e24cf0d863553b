import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditTrail } from '../../../electron/backend/audit/audit-log';
import { SopRepository } from '../../../electron/backend/sop/sop-repository';
import { SopService } from '../../../electron/backend/sop/sop-service';
import type { SopDefinition } from '../../../shared/sop/sop-definition';
import type { SopVersion } from '../../../shared/sop/sop-records';
import { openTempBackend, type TempBackend } from '../../support/temp-backend';

let t: TempBackend;

beforeEach(async () => {
  t = await openTempBackend();
});

afterEach(async () => {
  await t.close();
});

const decode = (base64: string) => Buffer.from(base64, 'base64').toString('utf8');
const clone = (d: SopDefinition): SopDefinition => JSON.parse(JSON.stringify(d)) as SopDefinition;

async function install(presetId: string): Promise<SopVersion> {
  return t.ok('sop.installPreset', { presetId }, 'Rina Kartika');
}

async function rowCounts() {
  const versions = await t.backend.db.selectFrom('sop_versions').select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const audit = await t.backend.db.selectFrom('audit_log').select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { versions: Number(versions.n), audit: Number(audit.n) };
}

describe('SOP presets and versions', () => {
  it('installs a preset as version 1, makes it the default and assigns its channels', async () => {
    const v1 = await install('001');
    expect(v1).toMatchObject({ code: 'sp4n-lapor', version: 1, origin: 'preset', presetId: '001', isLatest: true, createdBy: 'Rina Kartika' });
    expect(v1.definition.steps).toHaveLength(11);
    expect(v1.contentHash).toMatch(/^[0-9a-f]{64}$/);

    await install('004');
    const listing = await t.ok('sop.list', {});
    expect(listing.sops.map((s) => [s.code, s.latestVersion, s.stepCount])).toEqual([
      ['imigrasi-belakang-padang', 1, 8],
      ['sp4n-lapor', 1, 11],
    ]);
    // The first installed is the default; each preset takes the channels it was written for.
    expect(listing.assignment).toEqual({
      defaultCode: 'sp4n-lapor',
      channels: { lapor: 'sp4n-lapor', media_sosial: 'imigrasi-belakang-padang', sms: 'imigrasi-belakang-padang' },
    });
    expect(listing.presets.filter((p) => p.installedVersionId !== null).map((p) => p.id)).toEqual(['001', '004']);

    const trail = await auditTrail(t.backend.db, 'sop_version', v1.id);
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({ action: 'dibuat', actor: 'Rina Kartika', changes: { sop: [null, 'sp4n-lapor versi 1'], asal: [null, 'preset'] } });
  });

  it('refuses to install the same preset twice', async () => {
    await install('003');
    const again = await t.call('sop.installPreset', { presetId: '003' });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'SOP "Mekanisme Layanan Pengaduan di Lingkungan Organisasi" sudah terpasang (versi 1).' } });
  });

  it('saves a change as a new version and keeps the old one unchanged', async () => {
    const v1 = await install('003');
    const edited = clone(v1.definition);
    edited.steps[7]!.standardTime = { amount: 2, unit: 'jam', workingTime: true };
    t.clock.advanceMinutes(30);

    const v2 = await t.ok('sop.save', { baseVersionId: v1.id, definition: edited, changeNote: 'Penyusunan draft jadi 2 jam' }, 'Budi');
    expect(v2).toMatchObject({ code: v1.code, version: 2, origin: 'edit', isLatest: true, changeNote: 'Penyusunan draft jadi 2 jam', createdBy: 'Budi' });
    expect(v2.contentHash).not.toBe(v1.contentHash);

    const old = await t.ok('sop.get', { versionId: v1.id });
    expect(old.isLatest).toBe(false);
    expect(old.definition.steps[7]!.standardTime).toEqual({ amount: 60, unit: 'menit', workingTime: true });
    expect((await t.ok('sop.history', { code: v1.code })).map((h) => [h.version, h.origin])).toEqual([[2, 'edit'], [1, 'preset']]);

    const trail = await auditTrail(t.backend.db, 'sop_version', v2.id);
    expect(trail[0]).toMatchObject({ action: 'versi baru', actor: 'Budi', reason: 'Penyusunan draft jadi 2 jam' });
    expect(trail[0]!.changes['langkah 8.waktu']).toEqual(['60 menit', '2 jam']);
  });

  it('refuses a save over a newer version, an unchanged save and a broken SOP, changing nothing', async () => {
    const v1 = await install('000');
    const edited = clone(v1.definition);
    edited.steps[0]!.standardTime = { amount: 3, unit: 'menit', workingTime: true };
    await t.ok('sop.save', { baseVersionId: v1.id, definition: edited, changeNote: 'Waktu langkah 1' }, 'Budi');
    const before = await rowCounts();

    const stale = await t.call('sop.save', { baseVersionId: v1.id, definition: edited, changeNote: 'Lagi' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!stale.ok) expect(stale.error.message).toContain('sudah diubah oleh Budi (versi 2)');

    const v2 = (await t.ok('sop.list', {})).sops[0]!;
    const same = await t.call('sop.save', { baseVersionId: v2.latestVersionId, definition: edited, changeNote: 'Tanpa perubahan' });
    expect(same).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'Tidak ada perubahan; versi 2 tetap berlaku.' } });

    const broken = clone(edited);
    broken.steps[1]!.next = 9;
    const invalid = await t.call('sop.save', { baseVersionId: v2.latestVersionId, definition: broken, changeNote: 'Rusak' });
    expect(invalid).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'Langkah 2: langkah berikutnya (9) tidak ada.', fields: { 'definition.steps.1.next': 'Langkah 2: langkah berikutnya (9) tidak ada.' } },
    });

    const noNote = await t.call('sop.save', { baseVersionId: v2.latestVersionId, definition: broken, changeNote: ' ' });
    expect(noNote).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { changeNote: 'Tuliskan singkat apa yang diubah.' } } });

    expect(await rowCounts()).toEqual(before);
  });

  it('exports a version and imports it back as the next version after an edit elsewhere', async () => {
    const v1 = await install('002');
    const file = await t.ok('sop.export', { versionId: v1.id });
    expect(file).toMatchObject({ fileName: 'sop_kemenkumham-babel-pengaduan_v1.json', mimeType: 'application/json' });
    const text = decode(file.base64);
    const parsed = JSON.parse(text) as { format: string; version: number; definition: SopDefinition };
    expect(parsed).toMatchObject({ format: 'meja-aduan-sop', version: 1, definition: v1.definition });

    // Identical content adds nothing.
    const same = await t.call('sop.import', { fileName: file.fileName, text });
    expect(same).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    parsed.definition.steps[4]!.standardTime = { amount: 90, unit: 'menit', workingTime: true };
    const imported = await t.ok('sop.import', { fileName: 'sop-dari-kanwil.json', text: JSON.stringify(parsed) }, 'Sari');
    expect(imported).toMatchObject({ code: v1.code, version: 2, origin: 'import', changeNote: 'Diimpor dari sop-dari-kanwil.json', isLatest: true });
    expect(imported.definition.steps[4]!.standardTime).toEqual({ amount: 90, unit: 'menit', workingTime: true });
  });

  it('imports a bare definition with a new code as a new SOP', async () => {
    const v1 = await install('000');
    const definition = { ...clone(v1.definition), code: 'progres-kantor-kami', title: 'Progres Pengaduan Kantor Kami' };
    const imported = await t.ok('sop.import', { fileName: 'kantor.json', text: `\uFEFF${JSON.stringify(definition)}` });
    expect(imported).toMatchObject({ code: 'progres-kantor-kami', version: 1, origin: 'import' });
    expect((await t.ok('sop.list', {})).sops).toHaveLength(2);
  });

  it('refuses a bad import with a clear message and changes nothing', async () => {
    const v1 = await install('004');
    const before = await rowCounts();

    const notJson = await t.call('sop.import', { fileName: 'x.json', text: '{ bukan json' });
    expect(notJson).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'Berkas bukan JSON yang sah; pilih berkas SOP hasil ekspor Meja Aduan.' } });

    const foreign = await t.call('sop.import', { fileName: 'x.json', text: JSON.stringify({ format: 'lain', definition: {} }) });
    expect(foreign).toMatchObject({ ok: false, error: { message: 'Berkas ini bukan berkas SOP Meja Aduan.' } });

    const broken = clone(v1.definition);
    broken.steps[4]!.decision!.options[1]!.goTo = 42;
    broken.steps[2]!.actors = ['kepala-bidang'];
    const bad = await t.call('sop.import', { fileName: 'x.json', text: JSON.stringify(broken) });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.message).toBe('SOP dalam berkas tidak dapat dipakai: Langkah 3: pelaksana "kepala-bidang" tidak ada di kolom pelaksana SOP. (dan 1 masalah lain)');
      expect(Object.values(bad.error.fields ?? {})).toContain('Langkah 5: pilihan "Tidak ditindaklanjuti" menuju langkah 42 yang tidak ada.');
    }

    const schemaBad = clone(v1.definition) as unknown as { steps: { activity: string }[] };
    schemaBad.steps[1]!.activity = '';
    const empty = await t.call('sop.import', { fileName: 'x.json', text: JSON.stringify(schemaBad) });
    expect(empty).toMatchObject({ ok: false, error: { message: 'SOP dalam berkas tidak dapat dipakai: Langkah 2: Kegiatan wajib diisi.' } });

    expect(await rowCounts()).toEqual(before);
  });

  it('sets the assignment, audits it, and resolves a channel to its SOP version', async () => {
    await install('003');
    await install('001');
    const assignment = await t.ok('sop.setAssignment', { defaultCode: 'dinas-kukm-sulteng', channels: { lapor: 'sp4n-lapor', email: 'dinas-kukm-sulteng' } }, 'Admin');
    expect(assignment).toEqual({ defaultCode: 'dinas-kukm-sulteng', channels: { email: 'dinas-kukm-sulteng', lapor: 'sp4n-lapor' } });

    const trail = await auditTrail(t.backend.db, 'sop_assignment', 0);
    expect(trail.at(-1)).toMatchObject({ actor: 'Admin', changes: { 'kanal email': [null, 'dinas-kukm-sulteng'] } });

    const unknown = await t.call('sop.setAssignment', { defaultCode: 'tidak-ada', channels: {} });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'SOP dengan kode "tidak-ada" belum ada di kantor ini.' } });
    const badChannel = await t.call('sop.setAssignment', { defaultCode: null, channels: { merpati: 'sp4n-lapor' } as never });
    expect(badChannel).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await t.ok('sop.list', {})).assignment).toEqual(assignment);

    // What the engine asks when a complaint comes in: the latest version of the channel's SOP, else the default's.
    const service = new SopService(t.backend.db, new SopRepository(t.backend.db));
    expect((await service.forChannel('lapor'))?.code).toBe('sp4n-lapor');
    expect((await service.forChannel('telepon'))?.code).toBe('dinas-kukm-sulteng');
  });

  it('reports an unknown version or preset as not found', async () => {
    expect(await t.call('sop.get', { versionId: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'Versi SOP tidak ditemukan.' } });
    expect(await t.call('sop.installPreset', { presetId: '009' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
