import { describe, expect, it } from 'vitest';
import {
  cancelGuestSchema,
  dateRangeSchema,
  guestFieldsSchema,
  type GuestFieldsInput,
} from '../../../shared/guests/guest-schemas';

const base: GuestFieldsInput = { name: 'Siti Rahmawati', purpose: 'konsultasi' };

/** The message of the first issue on `field`, or undefined when the field passed. */
function messageFor(input: unknown, field: string): string | undefined {
  const result = guestFieldsSchema.safeParse(input);
  if (result.success) return undefined;
  return result.error.issues.find((i) => i.path.join('.') === field)?.message;
}

describe('guestFieldsSchema', () => {
  it('fills the optional fields with empty text', () => {
    expect(guestFieldsSchema.parse(base)).toEqual({
      name: 'Siti Rahmawati',
      nik: '',
      phone: '',
      address: '',
      institution: '',
      purpose: 'konsultasi',
      purposeOther: '',
      host: '',
      notes: '',
    });
  });

  it('asks for the visitor name in Bahasa Indonesia, also when only spaces were typed', () => {
    expect(messageFor({ ...base, name: '' }, 'name')).toBe('Nama tamu wajib diisi.');
    expect(messageFor({ ...base, name: '   ' }, 'name')).toBe('Nama tamu wajib diisi.');
  });

  it('rejects a name that is not text with an Indonesian message', () => {
    expect(messageFor({ ...base, name: 42 }, 'name')).toBe('Nama harus berupa teks.');
  });

  it('limits the name to 120 characters', () => {
    expect(messageFor({ ...base, name: 'a'.repeat(121) }, 'name')).toBe('Nama paling panjang 120 karakter.');
    expect(messageFor({ ...base, name: 'a'.repeat(120) }, 'name')).toBeUndefined();
  });

  it('explains what is wrong with a NIK', () => {
    expect(messageFor({ ...base, nik: '1234' }, 'nik')).toBe('NIK harus 16 angka (sekarang 4).');
    expect(messageFor({ ...base, nik: '32710145O6900001' }, 'nik')).toBe('NIK hanya boleh berisi angka.');
    expect(messageFor({ ...base, nik: '9901014506900001' }, 'nik')).toContain('Kode provinsi NIK "99" tidak dikenal');
  });

  it('accepts a NIK typed in groups and stores it without spaces', () => {
    expect(guestFieldsSchema.parse({ ...base, nik: ' 3271 0145 0690 0001 ' }).nik).toBe('3271014506900001');
  });

  it('requires the other purpose when the purpose is "lainnya"', () => {
    expect(messageFor({ ...base, purpose: 'lainnya' }, 'purposeOther')).toBe('Tuliskan keperluan lainnya.');
    expect(messageFor({ ...base, purpose: 'lainnya', purposeOther: '   ' }, 'purposeOther')).toBe('Tuliskan keperluan lainnya.');
    expect(guestFieldsSchema.parse({ ...base, purpose: 'lainnya', purposeOther: ' Ambil KTP ' }).purposeOther).toBe('Ambil KTP');
  });

  it('rejects an unknown purpose in Bahasa Indonesia', () => {
    expect(messageFor({ ...base, purpose: 'jalan-jalan' }, 'purpose')).toBe('Pilih keperluan kunjungan.');
  });

  it('trims every text field', () => {
    const parsed = guestFieldsSchema.parse({
      name: '  Siti Rahmawati  ',
      address: ' Jl. Sudirman 1 ',
      institution: '\tLSM Peduli\n',
      purpose: 'konsultasi',
      host: ' Kepala Bidang ',
      notes: ' bawa berkas ',
    });
    expect(parsed).toMatchObject({
      name: 'Siti Rahmawati',
      address: 'Jl. Sudirman 1',
      institution: 'LSM Peduli',
      host: 'Kepala Bidang',
      notes: 'bawa berkas',
    });
  });

  it('normalises the phone number in the parsed output', () => {
    expect(guestFieldsSchema.parse({ ...base, phone: '+62 812-3456-7890' }).phone).toBe('081234567890');
    expect(guestFieldsSchema.parse({ ...base, phone: '(0451) 421234' }).phone).toBe('0451421234');
  });

  it('explains a wrong phone number', () => {
    expect(messageFor({ ...base, phone: '0812' }, 'phone')).toBe('Nomor telepon terdiri dari 9 sampai 15 angka.');
    expect(messageFor({ ...base, phone: 'nomor saya' }, 'phone')).toContain('hanya boleh berisi angka');
  });
});

describe('cancelGuestSchema', () => {
  it('asks for a reason of at least 5 letters, after trimming', () => {
    const result = cancelGuestSchema.safeParse({ id: 1, reason: '  ok  ' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Tuliskan alasan pembatalan (sekurang-kurangnya 5 huruf).');
    expect(cancelGuestSchema.parse({ id: 1, reason: ' Salah input ' }).reason).toBe('Salah input');
  });
});

describe('dateRangeSchema', () => {
  it('rejects a range that ends before it starts, on the "to" field', () => {
    const result = dateRangeSchema.safeParse({ from: '2026-11-23', to: '2026-11-22' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['to'], message: 'Tanggal awal harus sebelum tanggal akhir.' });
  });

  it('allows at most one year', () => {
    expect(dateRangeSchema.safeParse({ from: '2026-01-01', to: '2026-12-31' }).success).toBe(true);
    const result = dateRangeSchema.safeParse({ from: '2025-01-01', to: '2026-12-31' });
    expect(result.error?.issues[0]?.message).toBe('Rentang tanggal paling panjang satu tahun.');
  });

  it('rejects a day that does not exist in the calendar', () => {
    // JavaScript's Date.parse rolls 31 February over to 3 March instead of refusing it.
    for (const day of ['2026-02-31', '2026-02-29', '2026-04-31']) {
      const result = dateRangeSchema.safeParse({ from: day, to: day });
      expect(result.success, day).toBe(false);
      expect(result.error?.issues[0]?.message).toBe('Tanggal tidak valid.');
    }
    expect(dateRangeSchema.safeParse({ from: '2028-02-29', to: '2028-02-29' }).success).toBe(true);
  });

  it('rejects a badly written date', () => {
    const result = dateRangeSchema.safeParse({ from: '23-11-2026', to: '2026-11-23' });
    expect(result.error?.issues[0]?.message).toBe('Tanggal harus berformat TTTT-BB-HH.');
  });
});
