import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallInput } from '../../../shared/contract/calls';
import { openTempBackend, type TempBackend } from '../../support/temp-backend';

const NIK_SITI = '3271014506900001';
const NIK_AGUS = '7271010506900002';
const NIK_KALTENG = '6271014506900001'; // 62 = Kalimantan Tengah

let t: TempBackend;

beforeEach(async () => {
  t = await openTempBackend();
});

afterEach(async () => {
  await t.close();
});

/** Registers a visitor `minutes` after the previous one, so every visit has its own time. */
async function register(fields: Partial<CallInput<'guests.register'>> & { name: string }, minutes = 1) {
  t.clock.advanceMinutes(minutes);
  return t.ok('guests.register', { purpose: 'konsultasi', ...fields }, 'Rina');
}

const names = async (input: CallInput<'guests.search'>) => (await t.ok('guests.search', input)).rows.map((r) => r.name);

describe('searching the guest book', () => {
  beforeEach(async () => {
    await register({ name: 'Siti Rahmawati', institution: 'Dinas Sosial', phone: '081234567890', nik: NIK_SITI });
    await register({ name: 'Rahmat Hidayat', institution: 'LSM Peduli Sulawesi', phone: '081311112222' });
    await register({ name: 'Siti Aminah', phone: '(0451) 421234' });
    await register({ name: 'Dédé Sunarya', nik: NIK_AGUS });
  });

  it('finds a name by the beginning of any word, newest first', async () => {
    expect(await names({ query: 'rahma' })).toEqual(['Rahmat Hidayat', 'Siti Rahmawati']);
    expect(await names({ query: 'amin' })).toEqual(['Siti Aminah']);
  });

  it('does not match the middle of a word', async () => {
    expect(await names({ query: 'awati' })).toEqual([]);
  });

  it('narrows with a second word', async () => {
    expect(await names({ query: 'siti' })).toEqual(['Siti Aminah', 'Siti Rahmawati']);
    expect(await names({ query: 'siti rahma' })).toEqual(['Siti Rahmawati']);
    expect(await names({ query: 'rahma sul' })).toEqual(['Rahmat Hidayat']); // institution word
  });

  it('ignores case and diacritics', async () => {
    expect(await names({ query: 'SITI RAHMAWATI' })).toEqual(['Siti Rahmawati']);
    expect(await names({ query: 'dede' })).toEqual(['Dédé Sunarya']);
    expect(await names({ query: 'DÉDÉ' })).toEqual(['Dédé Sunarya']);
  });

  it('treats FTS syntax typed by a clerk as plain words', async () => {
    expect(await names({ query: 'siti OR "rahmat' })).toEqual([]);
    expect(await names({ query: 'siti*' })).toEqual(['Siti Aminah', 'Siti Rahmawati']);
  });

  it('finds a renamed visitor by the new name only', async () => {
    const [rahmat] = (await t.ok('guests.search', { query: 'rahmat' })).rows;
    await t.ok('guests.update', {
      id: rahmat!.id,
      fields: { name: 'Ahmad Hidayat', institution: 'LSM Peduli Sulawesi', phone: rahmat!.phone, purpose: 'konsultasi' },
    });
    expect(await names({ query: 'rahmat' })).toEqual([]);
    expect(await names({ query: 'ahmad' })).toEqual(['Ahmad Hidayat']);
  });

  it('finds by phone prefix typed as "+62 812"', async () => {
    expect(await names({ query: '+62 812' })).toEqual(['Siti Rahmawati']);
    expect(await names({ query: '0813' })).toEqual(['Rahmat Hidayat']);
    expect(await names({ query: '081' })).toEqual(['Rahmat Hidayat', 'Siti Rahmawati']);
    expect(await names({ query: '(0451) 42' })).toEqual(['Siti Aminah']);
  });

  it('finds by NIK prefix', async () => {
    expect(await names({ query: '3271 01' })).toEqual(['Siti Rahmawati']);
    expect(await names({ query: NIK_AGUS })).toEqual(['Dédé Sunarya']);
  });

  it('finds a full NIK of Kalimantan Tengah (province 62), which looks like +62 to the phone rules', async () => {
    await register({ name: 'Yohanes Palangka', nik: NIK_KALTENG });
    expect(await names({ query: '6271' })).toEqual(['Yohanes Palangka']);
    expect(await names({ query: NIK_KALTENG })).toEqual(['Yohanes Palangka']);
  });

  it('lists everything for an empty query', async () => {
    expect(await names({ query: '' })).toEqual(['Dédé Sunarya', 'Siti Aminah', 'Rahmat Hidayat', 'Siti Rahmawati']);
  });
});

describe('filters of the search', () => {
  it('keeps to the range of office days', async () => {
    t.clock.set(new Date('2026-11-20T02:00:00Z')); // Friday
    await register({ name: 'Siti Jumat', phone: '081200000001' });
    t.clock.set(new Date('2026-11-23T02:00:00Z')); // Monday
    await register({ name: 'Siti Senin', phone: '081200000002' });
    t.clock.set(new Date('2026-11-24T02:00:00Z')); // Tuesday
    await register({ name: 'Siti Selasa', phone: '081200000003' });

    const monday = { from: '2026-11-23', to: '2026-11-23' };
    expect(await names({ query: '', range: monday })).toEqual(['Siti Senin']);
    expect(await names({ query: 'siti', range: monday })).toEqual(['Siti Senin']);
    expect(await names({ query: '0812', range: monday })).toEqual(['Siti Senin']);
    expect(await names({ query: 'siti', range: { from: '2026-11-20', to: '2026-11-23' } })).toEqual(['Siti Senin', 'Siti Jumat']);
    expect(await names({ query: 'siti', range: { from: '2026-11-21', to: '2026-11-22' } })).toEqual([]);
  });

  it('hides cancelled visits when includeCancelled is false', async () => {
    const wrong = await register({ name: 'Budi Salah', phone: '081299998888' });
    await register({ name: 'Budi Santoso', phone: '081299997777' });
    await t.ok('guests.cancel', { id: wrong.id, reason: 'Salah ketik nama' });

    expect(await names({ query: 'budi' })).toEqual(['Budi Santoso', 'Budi Salah']);
    expect(await names({ query: 'budi', includeCancelled: false })).toEqual(['Budi Santoso']);
    expect(await names({ query: '08129999', includeCancelled: false })).toEqual(['Budi Santoso']);
    expect(await names({ query: '', includeCancelled: false })).toEqual(['Budi Santoso']);
  });

  it('caps the rows at the limit and says it truncated', async () => {
    for (let i = 1; i <= 5; i++) await register({ name: `Warga Nomor ${i}`, phone: `08120000000${i}` });

    const capped = await t.ok('guests.search', { query: 'warga', limit: 3 });
    expect(capped.rows.map((r) => r.name)).toEqual(['Warga Nomor 5', 'Warga Nomor 4', 'Warga Nomor 3']);
    expect(capped.truncated).toBe(true);

    const exact = await t.ok('guests.search', { query: 'warga', limit: 5 });
    expect(exact.rows).toHaveLength(5);
    expect(exact.truncated).toBe(false);

    const byPhone = await t.ok('guests.search', { query: '0812', limit: 2 });
    expect(byPhone.rows.map((r) => r.name)).toEqual(['Warga Nomor 5', 'Warga Nomor 4']);
    expect(byPhone.truncated).toBe(true);

    const all = await t.ok('guests.search', { query: '', limit: 4 });
    expect(all.rows).toHaveLength(4);
    expect(all.truncated).toBe(true);
  });
});

describe('recognising a returning visitor', () => {
  it('finds the latest visit by phone typed in another form, with the number of visits', async () => {
    await register({ name: 'Siti Rahmawati', phone: '0812-3456-7890', address: 'Jl. Lama 1', institution: 'Dinas Sosial' });
    t.clock.set(new Date('2026-11-25T02:00:00Z'));
    await register({ name: 'Siti Rahmawati', phone: '081234567890', address: 'Jl. Baru 2', institution: 'Dinas Sosial', nik: NIK_SITI });
    await register({ name: 'Orang Lain', phone: '081311112222' });

    const known = await t.ok('guests.lookupVisitor', { phone: '+62 812-3456-7890' });
    expect(known).toEqual({
      name: 'Siti Rahmawati',
      nik: NIK_SITI,
      phone: '081234567890',
      address: 'Jl. Baru 2',
      institution: 'Dinas Sosial',
      lastVisitAt: '2026-11-25T02:01:00.000Z',
      visitCount: 2,
    });
  });

  it('finds a visitor by NIK', async () => {
    await register({ name: 'Agus Salim', nik: NIK_AGUS, address: 'Jl. Sam Ratulangi 3' });
    const known = await t.ok('guests.lookupVisitor', { nik: '7271 0105 0690 0002' });
    expect(known).toMatchObject({ name: 'Agus Salim', address: 'Jl. Sam Ratulangi 3', visitCount: 1 });
  });

  it('returns null for an unknown or unusable number', async () => {
    await register({ name: 'Siti Rahmawati', phone: '081234567890', nik: NIK_SITI });
    expect(await t.ok('guests.lookupVisitor', { phone: '081299990000' })).toBeNull();
    expect(await t.ok('guests.lookupVisitor', { nik: NIK_AGUS })).toBeNull();
    expect(await t.ok('guests.lookupVisitor', { phone: '0812' })).toBeNull();
    expect(await t.ok('guests.lookupVisitor', {})).toBeNull();
  });

  it('does not use a cancelled visit to recognise anyone', async () => {
    const first = await register({ name: 'Siti Rahmawati', phone: '081234567890', address: 'Jl. Benar 1' });
    const wrong = await register({ name: 'Siti Salah Ketik', phone: '081234567890', address: 'Jl. Salah 9' });
    await t.ok('guests.cancel', { id: wrong.id, reason: 'Salah ketik nama' });

    const known = await t.ok('guests.lookupVisitor', { phone: '081234567890' });
    expect(known).toMatchObject({ name: 'Siti Rahmawati', address: 'Jl. Benar 1', lastVisitAt: first.timeIn, visitCount: 1 });

    await t.ok('guests.cancel', { id: first.id, reason: 'Tamu tidak jadi datang' });
    expect(await t.ok('guests.lookupVisitor', { phone: '081234567890' })).toBeNull();
  });
});
