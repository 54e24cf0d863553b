import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallInput } from '../../../shared/contract/calls';
import type { GuestVisit } from '../../../shared/guests/guest-visit';
import { openTempBackend, type TempBackend } from '../../support/temp-backend';

const fields: CallInput<'guests.register'> = {
  name: 'Siti Rahmawati',
  phone: '0812 3456 7890',
  address: 'Jl. Merdeka 5',
  purpose: 'konsultasi',
  host: 'Bidang Umum',
};

let t: TempBackend;
let visit: GuestVisit;

beforeEach(async () => {
  t = await openTempBackend();
  visit = await t.ok('guests.register', fields, 'Rina');
});

afterEach(async () => {
  await t.close();
});

const auditCount = async () =>
  Number((await t.backend.db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe('editing a visit', () => {
  it('records old and new value of each changed field, with the operator as actor', async () => {
    t.clock.advanceMinutes(3);
    const updated = await t.ok(
      'guests.update',
      { id: visit.id, fields: { ...fields, name: 'Siti Rahmawati, S.Pd.', phone: '+62 813-1111-2222', notes: 'membawa surat' } },
      'Budi',
    );
    expect(updated).toMatchObject({ name: 'Siti Rahmawati, S.Pd.', phone: '081311112222', notes: 'membawa surat' });

    const history = await t.ok('guests.history', { id: visit.id });
    expect(history).toHaveLength(2);
    expect(history[1]).toMatchObject({
      action: 'diubah',
      actor: 'Budi',
      at: '2026-11-23T01:03:00.000Z',
      reason: null,
      changes: {
        name: ['Siti Rahmawati', 'Siti Rahmawati, S.Pd.'],
        phone: ['081234567890', '081311112222'],
        notes: ['', 'membawa surat'],
      },
    });
    // Unchanged fields are not in the history.
    expect(Object.keys(history[1]!.changes).sort()).toEqual(['name', 'notes', 'phone']);
  });

  it('records nothing when nothing changed (also when the phone is typed in another form)', async () => {
    const before = await auditCount();
    const result = await t.ok('guests.update', { id: visit.id, fields: { ...fields, phone: '+62 812-3456-7890' } }, 'Budi');
    expect(result).toEqual(visit);
    expect(await auditCount()).toBe(before);
    expect((await t.ok('guests.history', { id: visit.id })).map((e) => e.action)).toEqual(['dibuat']);
  });

  it('refuses an edit that breaks the rules, with the field named and the row unchanged', async () => {
    const result = await t.call('guests.update', { id: visit.id, fields: { ...fields, name: '  ' } }, 'Budi');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.fields).toEqual({ 'fields.name': 'Nama tamu wajib diisi.' });
    expect(await t.ok('guests.get', { id: visit.id })).toEqual(visit);
  });
});

describe('cancelling a visit', () => {
  it('requires a reason and leaves the row unchanged without one', async () => {
    for (const reason of ['', 'ok']) {
      const result = await t.call('guests.cancel', { id: visit.id, reason }, 'Budi');
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.fields?.reason).toBe('Tuliskan alasan pembatalan (sekurang-kurangnya 5 huruf).');
    }
    const missing = await t.dispatch('guests.cancel', { input: { id: visit.id }, session: await t.session('Budi') });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.code).toBe('VALIDATION');

    expect(await t.ok('guests.get', { id: visit.id })).toEqual(visit);
    expect((await t.ok('guests.history', { id: visit.id })).map((e) => e.action)).toEqual(['dibuat']);
  });

  it('records the reason and keeps the row in today\'s list as "dibatalkan"', async () => {
    t.clock.advanceMinutes(20);
    const cancelled = await t.ok('guests.cancel', { id: visit.id, reason: '  Data ganda, sudah dicatat  ' }, 'Budi');
    expect(cancelled).toMatchObject({
      status: 'dibatalkan',
      cancelReason: 'Data ganda, sudah dicatat',
      cancelledBy: 'Budi',
      cancelledAt: '2026-11-23T01:20:00.000Z',
      name: 'Siti Rahmawati',
    });

    const today = await t.ok('guests.today', {});
    expect(today.rows.map((r) => [r.id, r.status])).toEqual([[visit.id, 'dibatalkan']]);

    const last = (await t.ok('guests.history', { id: visit.id })).at(-1);
    expect(last).toMatchObject({
      action: 'dibatalkan',
      actor: 'Budi',
      reason: 'Data ganda, sudah dicatat',
      changes: { status: ['aktif', 'dibatalkan'] },
    });
  });

  it('makes the visit read-only: no edit, no check-out, no second cancellation', async () => {
    await t.ok('guests.cancel', { id: visit.id, reason: 'Salah input tamu' }, 'Budi');
    const cancelled = await t.ok('guests.get', { id: visit.id });
    const auditBefore = await auditCount();

    const edit = await t.call('guests.update', { id: visit.id, fields: { ...fields, name: 'Nama Lain' } }, 'Budi');
    expect(edit).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'Kunjungan yang sudah dibatalkan tidak dapat diubah.' },
    });
    const checkOut = await t.call('guests.checkOut', { id: visit.id });
    expect(checkOut.ok === false && checkOut.error.code).toBe('CONFLICT');
    const cancelAgain = await t.call('guests.cancel', { id: visit.id, reason: 'Sekali lagi dibatalkan' });
    expect(cancelAgain.ok === false && cancelAgain.error.code).toBe('CONFLICT');

    expect(await t.ok('guests.get', { id: visit.id })).toEqual(cancelled);
    expect(await auditCount()).toBe(auditBefore);
  });
});

describe('history', () => {
  it('lists every step in order with who and when', async () => {
    t.clock.advanceMinutes(5);
    await t.ok('guests.update', { id: visit.id, fields: { ...fields, host: 'Sekretariat' } }, 'Budi');
    t.clock.advanceMinutes(30);
    await t.ok('guests.checkOut', { id: visit.id }, 'Rina');
    t.clock.advanceMinutes(60);
    await t.ok('guests.cancel', { id: visit.id, reason: 'Tamu salah kantor' }, 'Kepala Sub Bagian');

    const history = await t.ok('guests.history', { id: visit.id });
    expect(history.map((e) => [e.action, e.actor, e.at])).toEqual([
      ['dibuat', 'Rina', '2026-11-23T01:00:00.000Z'],
      ['diubah', 'Budi', '2026-11-23T01:05:00.000Z'],
      ['selesai', 'Rina', '2026-11-23T01:35:00.000Z'],
      ['dibatalkan', 'Kepala Sub Bagian', '2026-11-23T02:35:00.000Z'],
    ]);
    expect(history[0]!.changes).toEqual({});
    expect(history[1]!.changes).toEqual({ host: ['Bidang Umum', 'Sekretariat'] });
    expect(history[2]!.changes).toEqual({ time_out: [null, '2026-11-23T01:35:00.000Z'] });
  });

  it('is NOT_FOUND for a visit that does not exist', async () => {
    const result = await t.call('guests.history', { id: visit.id + 100 });
    expect(result.ok === false && result.error).toEqual({ code: 'NOT_FOUND', message: 'Kunjungan tidak ditemukan.' });
  });
});
