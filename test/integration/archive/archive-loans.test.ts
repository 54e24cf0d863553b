import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempBackend, type TempBackend } from '../../support/temp-backend';
import { classificationId, clerk, entryFields } from './archive-fixture';

let t: TempBackend;
beforeEach(async () => {
  t = await openTempBackend();
});
afterEach(async () => {
  await t.close();
});

const borrower = { borrowerName: 'Andi Saputra', borrowerUnit: 'Bidang Koperasi', purpose: 'Bahan rapat klarifikasi' };

describe('loans of physical files', () => {
  it('lends a folder to one borrower at a time, shows it overdue after its day, and records the return', async () => {
    const hm01 = await classificationId(t, 'HM.01');
    const entry = await t.ok('archive.file', { source: { kind: 'fisik' }, fields: entryFields(hm01) });
    const other = await t.ok('archive.file', { source: { kind: 'fisik' }, fields: entryFields(hm01, { title: 'Berkas lain' }) });

    const past = await t.call('archive.lend', { entryId: entry.id, ...borrower, dueBack: '2026-11-20' });
    expect(past.ok === false && past.error).toMatchObject({ code: 'VALIDATION', message: 'Tanggal kembali tidak boleh sebelum hari ini.' });
    const empty = await t.call('archive.lend', { entryId: entry.id, borrowerName: ' ', borrowerUnit: '', purpose: '', dueBack: '' });
    expect(empty.ok === false && Object.keys(empty.error.fields ?? {}).sort()).toEqual(['borrowerName', 'borrowerUnit', 'dueBack', 'purpose']);

    const loan = await t.ok('archive.lend', { entryId: entry.id, ...borrower, dueBack: '2026-11-27' });
    expect(loan).toMatchObject({ entryId: entry.id, serialNumber: entry.serialNumber, dueBack: '2026-11-27', returnedAt: null, lentBy: 'Petugas Uji', overdue: false, daysOverdue: 0 });
    const second = await t.call('archive.lend', { entryId: entry.id, borrowerName: 'Rina', borrowerUnit: 'Sekretariat', purpose: 'Telaah', dueBack: '2026-11-30' });
    expect(second.ok === false && second.error).toEqual({
      code: 'CONFLICT', message: 'Berkas ini sedang dipinjam oleh Andi Saputra (Bidang Koperasi) sampai 27 November 2026; catat pengembaliannya dulu.',
    });
    await t.ok('archive.lend', { entryId: other.id, borrowerName: 'Rina', borrowerUnit: 'Sekretariat', purpose: 'Telaah', dueBack: '2026-12-10' });
    expect((await t.ok('archive.get', { id: entry.id })).onLoan).toEqual({ borrowerName: 'Andi Saputra', dueBack: '2026-11-27', overdue: false });

    // Friday 27 November is the last day; from Saturday the loan is overdue.
    t.clock.set(new Date('2026-11-27T08:00:00Z'));
    expect((await t.ok('archive.loans', { filter: 'terlambat' })).rows).toEqual([]);
    t.clock.set(new Date('2026-11-30T01:00:00Z'));
    const overdue = await t.ok('archive.loans', { filter: 'terlambat' });
    expect([overdue.total, overdue.overdueCount, overdue.rows.map((l) => [l.entryId, l.overdue, l.daysOverdue])]).toEqual([1, 1, [[entry.id, true, 3]]]);
    const out = await t.ok('archive.loans', { filter: 'dipinjam' });
    expect(out.rows.map((l) => [l.entryId, l.overdue])).toEqual([[entry.id, true], [other.id, false]]);
    expect((await t.ok('archive.search', { query: entry.serialNumber })).rows[0]!.onLoan).toEqual({ borrowerName: 'Andi Saputra', dueBack: '2026-11-27', overdue: true });

    const back = await t.ok('archive.returnLoan', { loanId: loan.id, note: 'Lengkap, tidak ada yang hilang' });
    expect(back).toMatchObject({ returnedBy: 'Petugas Uji', returnNote: 'Lengkap, tidak ada yang hilang', overdue: false, daysOverdue: 0 });
    expect(back.returnedAt).toBe('2026-11-30T01:00:00.000Z');
    const twice = await t.call('archive.returnLoan', { loanId: loan.id });
    expect(twice.ok === false && twice.error.message).toBe('Berkas ini sudah dicatat kembali.');
    expect((await t.ok('archive.loans', { filter: 'terlambat' })).total).toBe(0);
    const all = await t.ok('archive.loans', { filter: 'semua', entryId: entry.id });
    expect(all.rows.map((l) => [l.id, l.returnedAt !== null])).toEqual([[loan.id, true]]);

    // A new loan of the same folder is possible once it is back.
    await t.ok('archive.lend', { entryId: entry.id, borrowerName: 'Rina', borrowerUnit: 'Sekretariat', purpose: 'Telaah', dueBack: '2026-12-04' });
    const detail = await t.ok('archive.get', { id: entry.id });
    expect(detail.loans.map((l) => l.borrowerName)).toEqual(['Rina', 'Andi Saputra']);
    expect(detail.history.map((h) => h.summary)).toEqual([
      `Diarsipkan dengan nomor ${entry.serialNumber}`,
      'Berkas fisik dipinjam oleh Andi Saputra (Bidang Koperasi), kembali paling lambat 27 November 2026',
      'Berkas fisik dikembalikan oleh Andi Saputra (Bidang Koperasi)',
      'Berkas fisik dipinjam oleh Rina (Sekretariat), kembali paling lambat 4 Desember 2026',
    ]);
    expect(detail.history[2]!.reason).toBe('Lengkap, tidak ada yang hilang');
  });

  it('does not show the loans of secret files to a clerk without the permission', async () => {
    const hm01 = await classificationId(t, 'HM.01');
    const secret = await t.ok('archive.file', { source: { kind: 'fisik' }, fields: entryFields(hm01, { accessClass: 'rahasia' }) });
    const open = await t.ok('archive.file', { source: { kind: 'fisik' }, fields: entryFields(hm01) });
    const hidden = await t.ok('archive.lend', { entryId: secret.id, ...borrower, dueBack: '2026-11-24' });
    await t.ok('archive.lend', { entryId: open.id, ...borrower, dueBack: '2026-11-24' });
    const desk = await clerk(t, 'nur.aisyah');
    const seen = await desk.call('archive.loans', { filter: 'semua' });
    expect(seen.ok && seen.value.rows.map((l) => l.entryId)).toEqual([open.id]);
    const refused = await desk.call('archive.returnLoan', { loanId: hidden.id });
    expect(refused.ok === false && refused.error.code).toBe('NOT_FOUND');
  });
});
