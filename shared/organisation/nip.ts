/**
 * NIP (Nomor Induk Pegawai) checks for civil servants. A NIP is 18 digits: birth date
 * YYYYMMDD (8), the year and month of appointment as CPNS YYYYMM (6), sex 1 = male,
 * 2 = female (1), serial (3). We check what can be checked without BKN's register, so a
 * digit typed twice or a swapped date is caught when the holder is entered.
 */

function validDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Digits only: "19700512 199803 1 004" → "197005121998031004". */
export function normaliseNip(raw: string): string {
  return raw.replace(/[\s.-]/g, '');
}

/** A message in Bahasa Indonesia when the NIP is wrong, or null when it is plausible. */
export function nipProblem(nip: string): string | null {
  if (!/^\d+$/.test(nip)) return 'NIP hanya boleh berisi angka.';
  if (nip.length !== 18) return `NIP harus 18 angka (sekarang ${nip.length}).`;
  const birthYear = Number(nip.slice(0, 4));
  if (birthYear < 1940 || !validDate(birthYear, Number(nip.slice(4, 6)), Number(nip.slice(6, 8)))) {
    return 'Tanggal lahir di dalam NIP (angka ke-1 sampai ke-8) tidak valid.';
  }
  const appointedYear = Number(nip.slice(8, 12));
  const appointedMonth = Number(nip.slice(12, 14));
  if (appointedYear < birthYear + 15 || appointedMonth < 1 || appointedMonth > 12) {
    return 'Tahun dan bulan pengangkatan di dalam NIP (angka ke-9 sampai ke-14) tidak valid.';
  }
  if (nip[14] !== '1' && nip[14] !== '2') return 'Angka ke-15 NIP (jenis kelamin) harus 1 atau 2.';
  if (nip.slice(15) === '000') return 'Tiga angka terakhir NIP tidak boleh 000.';
  return null;
}

/** "19700512 199803 1 004", the way NIPs are printed under a signature. */
export function formatNip(nip: string): string {
  return nip.length === 18 ? `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}` : nip;
}
