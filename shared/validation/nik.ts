/**
 * NIK (Nomor Induk Kependudukan) checks. A NIK is 16 digits: province (2), regency (2),
 * district (2), birth date DDMMYY with 40 added to the day for women (6), serial (4).
 * We check what can be checked without the population register, so a mistyped digit in the
 * province or date part is caught at the counter.
 */

// Province codes in use (Dukcapil), including the new Papua provinces of 2022.
const PROVINCE_CODES = new Set([
  '11', '12', '13', '14', '15', '16', '17', '18', '19', '21',
  '31', '32', '33', '34', '35', '36',
  '51', '52', '53',
  '61', '62', '63', '64', '65',
  '71', '72', '73', '74', '75', '76',
  '81', '82',
  '91', '92', '93', '94', '95', '96', '97',
]);

/** Returns a message in Bahasa Indonesia when the NIK is wrong, or null when it is plausible. */
export function nikProblem(nik: string): string | null {
  if (!/^\d+$/.test(nik)) return 'NIK hanya boleh berisi angka.';
  if (nik.length !== 16) return `NIK harus 16 angka (sekarang ${nik.length}).`;
  if (!PROVINCE_CODES.has(nik.slice(0, 2))) {
    return `Kode provinsi NIK "${nik.slice(0, 2)}" tidak dikenal. Periksa dua angka pertama.`;
  }
  const rawDay = Number(nik.slice(6, 8));
  const day = rawDay > 40 ? rawDay - 40 : rawDay;
  const month = Number(nik.slice(8, 10));
  if (day < 1 || day > 31 || month < 1 || month > 12) {
    return 'Tanggal lahir di dalam NIK (angka ke-7 sampai ke-12) tidak valid.';
  }
  if (nik.slice(12) === '0000') return 'Empat angka terakhir NIK tidak boleh 0000.';
  return null;
}
