import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_WORKING_HOURS } from '../../../shared/time/default-holidays';
import { intakeInput } from '../../support/complaint-fixtures';
import { openTempBackend, type TempBackend } from '../../support/temp-backend';

let t: TempBackend;
beforeEach(async () => {
  t = await openTempBackend();
});
afterEach(() => t.close());

async function auditOf(entityType: string, entityId?: number) {
  let q = t.backend.db.selectFrom('audit_log').selectAll().where('entity_type', '=', entityType);
  if (entityId !== undefined) q = q.where('entity_id', '=', entityId);
  return (await q.orderBy('id').execute()).map((r) => ({ ...r, changes: JSON.parse(r.changes_json) as Record<string, unknown> }));
}

describe('the working calendar service', () => {
  it('starts with the shipped SKB years, and an unknown year empty and flagged', async () => {
    const y2026 = await t.ok('calendar.year', { year: 2026 });
    expect(y2026.holidays).toHaveLength(25);
    expect(y2026.holidays.find((h) => h.day === '2026-12-24')).toMatchObject({ kind: 'cuti-bersama', updatedBy: 'Bawaan aplikasi' });
    expect(y2026).toMatchObject({ needsReview: false, hasShippedDefault: true, zone: 'WIB' });
    expect(y2026.source).toContain('1497/2025');
    // 261 weekdays in 2026, less the 21 holidays and cuti bersama that fall on one.
    expect(y2026.workingDayCount).toBe(240);
    expect((await t.ok('calendar.year', { year: 2027 })).needsReview).toBe(true);
    const y2030 = await t.ok('calendar.year', { year: 2030 });
    expect(y2030).toMatchObject({ holidays: [], source: null, needsReview: true, hasShippedDefault: false });
  });

  it('adds, edits and deletes a holiday with an audit record each, and refuses a second entry on one day', async () => {
    const added = await t.ok('calendar.saveHoliday', { id: null, day: '2026-11-30', kind: 'cuti-bersama', name: 'Cuti bersama daerah' }, 'Admin Kalender');
    const row = added.holidays.find((h) => h.day === '2026-11-30')!;
    expect(row).toMatchObject({ kind: 'cuti-bersama', name: 'Cuti bersama daerah', updatedBy: 'Admin Kalender' });

    const clash = await t.call('calendar.saveHoliday', { id: null, day: '2026-12-25', kind: 'cuti-bersama', name: 'Dobel' });
    expect(clash.ok).toBe(false);
    if (!clash.ok) expect(clash.error.message).toBe('Jumat, 25 Desember 2026 sudah tercatat sebagai libur nasional: Kelahiran Yesus Kristus.');

    await t.ok('calendar.saveHoliday', { id: row.id, day: '2026-12-01', kind: 'libur-nasional', name: 'Hari jadi daerah' }, 'Admin Kalender');
    const afterDelete = await t.ok('calendar.deleteHoliday', { id: row.id }, 'Admin Kalender');
    expect(afterDelete.holidays.some((h) => h.id === row.id)).toBe(false);

    const trail = await auditOf('calendar_holiday', row.id);
    expect(trail.map((a) => a.action)).toEqual(['dibuat', 'diubah', 'dihapus']);
    expect(trail[1]!.changes).toEqual({ day: ['2026-11-30', '2026-12-01'], kind: ['cuti-bersama', 'libur-nasional'], name: ['Cuti bersama daerah', 'Hari jadi daerah'] });
    expect(trail.every((a) => a.actor === 'Admin Kalender')).toBe(true);
  });

  it('rejects bad input with an Indonesian message and changes nothing', async () => {
    const bad = await t.call('calendar.saveHoliday', { id: null, day: '2026-02-30', kind: 'cuti-bersama', name: 'X' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.fields?.day).toBe('Tanggal tidak ada di kalender.');
    const badHours = await t.call('calendar.saveHours', { ...DEFAULT_WORKING_HOURS, regular: [null, { start: '16.00', end: '07.30' }, null, null, null, null, null] });
    expect(badHours.ok).toBe(false);
    expect((await t.ok('calendar.year', { year: 2026 })).holidays).toHaveLength(25);
    expect(await auditOf('calendar_holiday')).toEqual([]);
    expect(await auditOf('working_hours')).toEqual([]);
  });

  it('previews a due time that moves when a cuti bersama is added', async () => {
    const input = { day: '2026-11-27', time: '15.00', amount: 2, unit: 'jam', workingTime: true } as const;
    const before = await t.ok('calendar.previewDue', input);
    expect(`${before.startText} + ${before.amountText} → ${before.dueText}`).toBe(
      'Jumat, 27 November 2026 pukul 15.00 WIB + 2 jam kerja → Senin, 30 November 2026 pukul 08.30 WIB',
    );
    await t.ok('calendar.saveHoliday', { id: null, day: '2026-11-30', kind: 'cuti-bersama', name: 'Cuti bersama daerah' });
    const after = await t.ok('calendar.previewDue', input);
    expect(after.dueText).toBe('Selasa, 1 Desember 2026 pukul 08.30 WIB');
    expect(after.skipped).toEqual([{ day: '2026-11-30', name: 'Cuti bersama daerah' }]);
  });

  it('saves working hours with their changes in the audit log, and the due times follow', async () => {
    const friday = { start: '07.30', end: '16.30', breakStart: '11.30', breakEnd: '13.00' };
    const regular = DEFAULT_WORKING_HOURS.regular.map((d, i) => (i === 5 ? friday : d));
    await t.ok('calendar.saveHours', { ...DEFAULT_WORKING_HOURS, regular }, 'Admin Kalender');
    const preview = await t.ok('calendar.previewDue', { day: '2026-11-27', time: '15.00', amount: 2, unit: 'jam' });
    expect(preview.dueText).toBe('Senin, 30 November 2026 pukul 08.00 WIB');
    const [entry] = await auditOf('working_hours');
    expect(entry!.changes).toEqual({ 'jam kerja Jumat': ['07.30–16.00 (istirahat 11.30–12.30)', '07.30–16.30 (istirahat 11.30–13.00)'] });
    expect((await t.ok('calendar.year', { year: 2026 })).hours.regular[5]).toEqual(friday);
  });

  it('resets a year to the shipped list, and marks a checked year as reviewed', async () => {
    const y = await t.ok('calendar.year', { year: 2027 });
    await t.ok('calendar.deleteHoliday', { id: y.holidays[0]!.id });
    await t.ok('calendar.saveHoliday', { id: null, day: '2027-03-09', kind: 'cuti-bersama', name: 'Cuti bersama Idulfitri' });
    const reset = await t.ok('calendar.resetYear', { year: 2027 }, 'Admin Kalender');
    expect(reset.holidays.map((h) => h.day)).toEqual(y.holidays.map((h) => h.day));
    const [entry] = await auditOf('calendar_year', 2027);
    expect(entry).toMatchObject({ action: 'dikembalikan_ke_bawaan', actor: 'Admin Kalender' });
    expect(String((entry!.changes.libur as string[])[0])).toContain('2027-03-09 Cuti bersama Idulfitri');

    expect((await t.ok('calendar.confirmYear', { year: 2027 })).needsReview).toBe(false);
    const none = await t.call('calendar.resetYear', { year: 2031 });
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.error.message).toBe('Aplikasi tidak membawa daftar libur bawaan untuk tahun 2031.');
  });

  it('gives complaint due dates that skip cuti bersama and holidays', async () => {
    // Wednesday 23 December 2026 10.00 WIB + 3 working days: 24 (cuti bersama), 25 (Natal) and the weekend are skipped.
    t.clock.set(new Date('2026-12-23T03:00:00Z'));
    const c = await t.ok('complaints.intake', intakeInput());
    expect(c.dueAt).toBe('2026-12-30T03:00:00.000Z');
    // A day the administrator adds moves the next deadline too.
    await t.ok('calendar.saveHoliday', { id: null, day: '2026-12-28', kind: 'cuti-bersama', name: 'Cuti bersama tambahan' });
    const moved = await t.ok('complaints.changeStatus', { id: c.id, to: 'diverifikasi', reason: 'Berkas lengkap' });
    // 5 working days: 29, 30, 31 December, 4 and 6 January (1 January Tahun Baru, 5 January Isra Mikraj).
    expect(moved.dueAt).toBe('2027-01-06T03:00:00.000Z');
  });
});
