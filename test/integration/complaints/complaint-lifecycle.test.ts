import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { intakeInput } from '../../support/complaint-fixtures';
import { openTempBackend, type TempBackend } from '../../support/temp-backend';

let t: TempBackend;
beforeEach(async () => {
  t = await openTempBackend();
});
afterEach(() => t.close());

describe('the status lifecycle', () => {
  it('walks the main line with a reason at every step, and reopens', async () => {
    const c = await t.ok('complaints.intake', intakeInput());
    const steps = ['diverifikasi', 'diproses', 'dijawab', 'selesai', 'ditutup', 'diproses'] as const;
    for (const to of steps) {
      t.clock.advanceMinutes(60);
      await t.ok('complaints.changeStatus', { id: c.id, to, reason: `Alasan menuju ${to}` }, 'Kasubag Umum');
    }
    const after = await t.ok('complaints.get', { id: c.id });
    expect(after.status).toBe('diproses');
    const statusEntries = after.history.filter((h) => h.action === 'status');
    expect(statusEntries.map((h) => h.changes.status)).toEqual([
      ['diterima', 'diverifikasi'], ['diverifikasi', 'diproses'], ['diproses', 'dijawab'],
      ['dijawab', 'selesai'], ['selesai', 'ditutup'], ['ditutup', 'diproses'],
    ]);
    expect(statusEntries[0]).toMatchObject({ actor: 'Kasubag Umum', reason: 'Alasan menuju diverifikasi', summary: 'Status diubah dari Diterima menjadi Diverifikasi' });
    expect(statusEntries.at(-1)!.summary).toBe('Pengaduan dibuka kembali (dari Ditutup menjadi Diproses)');
  });

  it('refuses a jump the lifecycle does not allow, and a change without a reason', async () => {
    const c = await t.ok('complaints.intake', intakeInput());
    const jump = await t.call('complaints.changeStatus', { id: c.id, to: 'selesai', reason: 'Langsung selesai saja' });
    expect(jump.ok).toBe(false);
    if (!jump.ok) expect(jump.error.message).toBe('Status tidak dapat diubah dari Diterima menjadi Selesai.');
    const bare = await t.call('complaints.changeStatus', { id: c.id, to: 'diverifikasi', reason: '' });
    expect(bare.ok).toBe(false);
    expect((await t.ok('complaints.get', { id: c.id })).history).toHaveLength(1);
  });

  it('ends early as "bukan kewenangan" or "ditolak", both reopenable', async () => {
    const a = await t.ok('complaints.intake', intakeInput());
    const b = await t.ok('complaints.intake', intakeInput());
    expect((await t.ok('complaints.changeStatus', { id: a.id, to: 'bukan_kewenangan', reason: 'Kewenangan Dinas Sosial, diteruskan' })).dueAt).toBeNull();
    await t.ok('complaints.changeStatus', { id: b.id, to: 'ditolak', reason: 'Identitas tidak dapat dihubungi' });
    expect((await t.ok('complaints.changeStatus', { id: a.id, to: 'diproses', reason: 'Ternyata sebagian kewenangan kita' })).status).toBe('diproses');
  });

  it('sets the due time per status on working days and flags overdue', async () => {
    // Friday 14.00 WIB: 3 working days later is Wednesday 14.00.
    t.clock.set(new Date('2026-11-27T07:00:00Z'));
    const c = await t.ok('complaints.intake', intakeInput());
    expect(c.dueAt).toBe('2026-12-02T07:00:00.000Z');
    expect(c.overdue).toBe(false);
    t.clock.set(new Date('2026-12-03T01:00:00Z'));
    expect((await t.ok('complaints.get', { id: c.id })).overdue).toBe(true);
    const overdue = await t.ok('complaints.list', { filter: { overdueOnly: true } });
    expect(overdue.rows.map((r) => r.id)).toEqual([c.id]);
  });

  it('links and merges, keeping both histories', async () => {
    const a = await t.ok('complaints.intake', intakeInput());
    const b = await t.ok('complaints.intake', intakeInput());
    const c = await t.ok('complaints.intake', intakeInput());
    const linked = await t.ok('complaints.link', { id: a.id, relatedId: c.id });
    expect(linked.related).toEqual([expect.objectContaining({ id: c.id, relation: 'terkait' })]);
    expect((await t.call('complaints.link', { id: c.id, relatedId: a.id })).ok).toBe(false);

    const target = await t.ok('complaints.merge', { sourceId: b.id, targetId: a.id, reason: 'Pelapor dan isi sama' });
    expect(target.related).toContainEqual(expect.objectContaining({ id: b.id, relation: 'digabung_dari' }));
    expect(target.history.at(-1)!.summary).toBe(`Pengaduan ${b.registerNumber} digabungkan ke pengaduan ini`);
    const source = await t.ok('complaints.get', { id: b.id });
    expect(source.status).toBe('ditutup');
    expect(source.mergedIntoId).toBe(a.id);
    expect(source.history.map((h) => h.action)).toEqual(['dibuat', 'digabung_ke']);
    expect(source.related).toContainEqual(expect.objectContaining({ id: a.id, relation: 'digabung_ke' }));
    expect((await t.call('complaints.changeStatus', { id: b.id, to: 'diproses', reason: 'Coba buka lagi' })).ok).toBe(false);
  });

  it('reveals a confidential identity only with a reason, and records the reveal', async () => {
    const c = await t.ok('complaints.intake', intakeInput({ privacy: 'rahasia' }));
    expect((await t.call('complaints.revealIdentity', { id: c.id, reason: '' })).ok).toBe(false);
    const identity = await t.ok('complaints.revealIdentity', { id: c.id, reason: 'Klarifikasi lapangan oleh Kabid' }, 'Kabid Koperasi');
    expect(identity.name).toBe('Siti Rahmawati');
    const after = await t.ok('complaints.get', { id: c.id });
    expect(after.identityMasked).toBe(true);
    expect(after.history.at(-1)).toMatchObject({ action: 'identitas_dibuka', actor: 'Kabid Koperasi', reason: 'Klarifikasi lapangan oleh Kabid' });
  });
});
