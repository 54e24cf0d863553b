import { describe, expect, it } from 'vitest';
import { nikProblem } from '../../../shared/validation/nik';

// 32 = Jawa Barat, 71 = Kota Bandung, 01 = kecamatan; born 05-06-1990, woman (+40 → 45).
const VALID_WOMAN = '3271014506900001';
const VALID_MAN = '7271010506900002'; // 72 = Sulawesi Tengah

describe('nikProblem', () => {
  it('accepts plausible NIKs of a woman (day + 40) and a man', () => {
    expect(nikProblem(VALID_WOMAN)).toBeNull();
    expect(nikProblem(VALID_MAN)).toBeNull();
  });

  it('accepts the new Papua province codes of 2022', () => {
    expect(nikProblem('9501010101900001')).toBeNull();
    expect(nikProblem('9701010101900001')).toBeNull();
  });

  it('rejects anything but digits', () => {
    expect(nikProblem('3271-0145-0690-0001')).toBe('NIK hanya boleh berisi angka.');
    expect(nikProblem('32710145069000O1')).toBe('NIK hanya boleh berisi angka.');
  });

  it('says how many digits were typed when the length is wrong', () => {
    expect(nikProblem('327101450690000')).toBe('NIK harus 16 angka (sekarang 15).');
    expect(nikProblem('32710145069000011')).toBe('NIK harus 16 angka (sekarang 17).');
  });

  it('rejects an unknown province code and names it', () => {
    expect(nikProblem('9901014506900001')).toBe('Kode provinsi NIK "99" tidak dikenal. Periksa dua angka pertama.');
    expect(nikProblem('2001014506900001')).toContain('"20"');
  });

  it('rejects an impossible birth date', () => {
    const message = 'Tanggal lahir di dalam NIK (angka ke-7 sampai ke-12) tidak valid.';
    expect(nikProblem('3271010006900001')).toBe(message); // day 00
    expect(nikProblem('3271013206900001')).toBe(message); // day 32
    expect(nikProblem('3271017206900001')).toBe(message); // day 72 → 32 for a woman
    expect(nikProblem('3271014513900001')).toBe(message); // month 13
    expect(nikProblem('3271014500900001')).toBe(message); // month 00
  });

  it('rejects serial 0000', () => {
    expect(nikProblem('3271014506900000')).toBe('Empat angka terakhir NIK tidak boleh 0000.');
  });
});
