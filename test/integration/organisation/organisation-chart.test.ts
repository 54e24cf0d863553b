import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallInput } from '../../../shared/contract/calls';
import { openTempBackend, type TempBackend } from '../../support/temp-backend';

let t: TempBackend;

beforeEach(async () => {
  t = await openTempBackend();
});
afterEach(async () => {
  await t.close();
});

async function office() {
  const dinas = await t.ok('organisation.saveUnit', { name: 'Dinas Koperasi dan UKM', code: 'diskop' });
  const sek = await t.ok('organisation.saveUnit', { name: 'Sekretariat', code: 'SEK', parentId: dinas.id });
  const umum = await t.ok('organisation.saveUnit', { name: 'Subbagian Umum', parentId: sek.id });
  const kadis = await t.ok('organisation.savePosition', { unitId: dinas.id, title: 'Kepala Dinas', shortTitle: 'Kadis' });
  const sekretaris = await t.ok('organisation.savePosition', { unitId: sek.id, title: 'Sekretaris', superiorId: kadis.id });
  const kasubag = await t.ok('organisation.savePosition', { unitId: umum.id, title: 'Kepala Subbagian Umum', superiorId: sekretaris.id });
  return { dinas, sek, umum, kadis, sekretaris, kasubag };
}

const holder = (positionId: number, fields: Partial<CallInput<'organisation.saveHolder'>>): CallInput<'organisation.saveHolder'> => ({
  positionId, name: 'Sisliandy Ponulele', nip: '19780707 199712 1 001', rank: 'Pembina Utama Muda, IV/c', kind: 'definitif',
  startDate: '2024-01-02', ...fields,
});

describe('units and positions', () => {
  it('builds the tree with codes in capitals and positions with their superior', async () => {
    const o = await office();
    const chart = await t.ok('organisation.chart', {});
    expect(chart.date).toBe('2026-11-23');
    expect(chart.units.map((u) => [u.name, u.parentId, u.code])).toEqual([
      ['Dinas Koperasi dan UKM', null, 'DISKOP'], ['Sekretariat', o.dinas.id, 'SEK'], ['Subbagian Umum', o.sek.id, ''],
    ]);
    expect(chart.positions.find((p) => p.id === o.kasubag.id)?.superiorId).toBe(o.sekretaris.id);
  });

  it('refuses to move a unit under itself or under one of its sub-units, and leaves the tree as it was', async () => {
    const o = await office();
    for (const parentId of [o.dinas.id, o.sek.id, o.umum.id]) {
      const result = await t.call('organisation.saveUnit', { id: o.dinas.id, name: 'Dinas Koperasi dan UKM', parentId });
      expect(result.ok === false && result.error, `parent ${parentId}`).toMatchObject({
        code: 'CONFLICT', message: 'Unit "Dinas Koperasi dan UKM" tidak dapat dipindah ke bawah unit bawahannya sendiri.',
      });
    }
    expect((await t.ok('organisation.chart', {})).units.find((u) => u.id === o.dinas.id)?.parentId).toBeNull();
    // A move that is not a cycle is fine.
    const moved = await t.ok('organisation.saveUnit', { id: o.umum.id, name: 'Subbagian Umum', parentId: o.dinas.id });
    expect(moved.parentId).toBe(o.dinas.id);
  });

  it('refuses a superior chain that loops back', async () => {
    const o = await office();
    const result = await t.call('organisation.savePosition', { id: o.kadis.id, unitId: o.dinas.id, title: 'Kepala Dinas', superiorId: o.kasubag.id });
    expect(result.ok === false && result.error.fields?.superiorId).toBe('Pilih atasan yang bukan jabatan ini atau bawahannya.');
  });

  it('records every change in the audit log with who made it', async () => {
    const o = await office();
    await t.ok('organisation.saveUnit', { id: o.sek.id, name: 'Sekretariat Dinas', code: 'SEK', parentId: o.dinas.id }, 'Rina Oktaviani');
    const rows = await t.backend.db.selectFrom('audit_log').selectAll().where('entity_type', '=', 'unit').where('entity_id', '=', o.sek.id).orderBy('id').execute();
    expect(rows.map((r) => [r.action, r.actor])).toEqual([['dibuat', 'Petugas Uji'], ['diubah', 'Rina Oktaviani']]);
    expect(JSON.parse(rows[1]!.changes_json)).toEqual({ name: ['Sekretariat', 'Sekretariat Dinas'] });
  });
});

describe('holders and acting officials', () => {
  it('says who holds a position on a given day: Plh. over Plt. over definitif, each within its dates', async () => {
    const { kadis } = await office();
    await t.ok('organisation.saveHolder', holder(kadis.id, {}));
    await t.ok('organisation.saveHolder', holder(kadis.id, { name: 'Muh. Rizal Lamarauna', nip: '196905121994031006', kind: 'plt', startDate: '2026-11-01', endDate: '2026-12-31' }));
    await t.ok('organisation.saveHolder', holder(kadis.id, { name: 'Nurhayati Lasahido', nip: '197803152005012010', kind: 'plh', startDate: '2026-11-23', endDate: '2026-11-27' }));

    const on = async (date: string) => (await t.ok('organisation.chart', { date })).positions.find((p) => p.id === kadis.id)?.currentHolder;
    expect((await on('2026-10-31'))?.name).toBe('Sisliandy Ponulele');
    expect((await on('2026-11-01'))).toMatchObject({ name: 'Muh. Rizal Lamarauna', kind: 'plt' });
    expect((await on('2026-11-23'))).toMatchObject({ name: 'Nurhayati Lasahido', kind: 'plh', endDate: '2026-11-27' });
    expect((await on('2026-11-27'))?.kind).toBe('plh');
    expect((await on('2026-11-28'))?.kind).toBe('plt');
    expect((await on('2027-01-01'))).toMatchObject({ name: 'Sisliandy Ponulele', kind: 'definitif' });
    // Without a date: today in the office's zone (Monday 23 November 2026).
    expect((await t.ok('organisation.chart', {})).positions.find((p) => p.id === kadis.id)?.currentHolder?.kind).toBe('plh');
  });

  it('validates NIPs and periods with Indonesian messages', async () => {
    const { kadis } = await office();
    const cases: [Partial<CallInput<'organisation.saveHolder'>>, string, string][] = [
      [{ nip: '1978070719971210' }, 'nip', 'NIP harus 18 angka (sekarang 16).'],
      [{ nip: '197813071997121001' }, 'nip', 'Tanggal lahir di dalam NIP (angka ke-1 sampai ke-8) tidak valid.'],
      [{ nip: '197807071997121000' }, 'nip', 'Tiga angka terakhir NIP tidak boleh 000.'],
      [{ nip: '197807071997123001' }, 'nip', 'Angka ke-15 NIP (jenis kelamin) harus 1 atau 2.'],
      [{ kind: 'plt' }, 'endDate', 'Plt. dan Plh. harus punya tanggal selesai (sesuai surat perintahnya).'],
      [{ startDate: '2026-11-23', endDate: '2026-11-20' }, 'endDate', 'Tanggal selesai tidak boleh sebelum tanggal mulai.'],
      [{ startDate: '2026-02-30' }, 'startDate', 'Tanggal mulai tidak valid (isi tanggal lengkap).'],
    ];
    for (const [fields, field, message] of cases) {
      const result = await t.call('organisation.saveHolder', holder(kadis.id, fields));
      expect(result.ok === false && result.error.fields?.[field], JSON.stringify(fields)).toBe(message);
    }
    expect((await t.ok('organisation.chart', {})).positions.find((p) => p.id === kadis.id)?.holders).toEqual([]);
  });

  it('refuses two definitive holders at once, but lets the next one start after the first ends', async () => {
    const { kadis } = await office();
    const first = await t.ok('organisation.saveHolder', holder(kadis.id, {}));
    const clash = await t.call('organisation.saveHolder', holder(kadis.id, { name: 'Pejabat Baru', nip: '', startDate: '2026-12-01' }));
    expect(clash.ok === false && clash.error.message).toBe('Kepala Dinas sudah dijabat definitif oleh Sisliandy Ponulele pada periode itu. Isi dulu tanggal selesai pejabat lama.');
    await t.ok('organisation.saveHolder', { ...holder(kadis.id, {}), id: first.id, endDate: '2026-11-30' });
    await t.ok('organisation.saveHolder', holder(kadis.id, { name: 'Pejabat Baru', nip: '', startDate: '2026-12-01' }));
    const onDecember = await t.ok('organisation.chart', { date: '2026-12-01' });
    expect(onDecember.positions.find((p) => p.id === kadis.id)?.currentHolder?.name).toBe('Pejabat Baru');
  });
});
