import type { RegisterNumbering } from '../complaints/complaint';
import { toRomanNumeral } from './roman-numerals';

/**
 * Register numbers are built from the office's pattern, e.g. "{NO:3}/{UNIT}/{KLAS}/{BULAN}/{TAHUN}"
 * → "001/ADU/HM.01/XI/2026". The tokens are the ones `numberingSchema` accepts; anything
 * else in the pattern is literal text and is kept exactly as typed.
 */

/** The values a register number is built from. Month and year are the office's calendar month of the received instant. */
export interface RegisterNumberParts {
  /** The sequence number within the year, from 1 (see number-sequence in the backend). */
  seq: number;
  unitCode: string;
  classificationCode: string;
  year: number;
  /** 1–12. */
  month: number;
}

/** The numbering a fresh installation starts with: "001/ADU/HM.01/XI/2026". */
export const DEFAULT_REGISTER_NUMBERING: RegisterNumbering = {
  pattern: '{NO:3}/{UNIT}/{KLAS}/{BULAN}/{TAHUN}',
  unitCode: 'ADU',
  classificationCode: 'HM.01',
};

/** What each token means, in words for the settings screen's help text. */
export const REGISTER_NUMBER_TOKENS: readonly { token: string; meaning: string }[] = [
  { token: '{NO}', meaning: 'Nomor urut tanpa angka nol di depan (1, 2, … 10)' },
  { token: '{NO:3}', meaning: 'Nomor urut dengan panjang tetap, diisi nol di depan (001, 002, … 010); angka 1–9' },
  { token: '{UNIT}', meaning: 'Kode unit' },
  { token: '{KLAS}', meaning: 'Kode klasifikasi arsip' },
  { token: '{BULAN}', meaning: 'Bulan dengan angka Romawi (I–XII)' },
  { token: '{BLN}', meaning: 'Bulan dengan dua angka (01–12)' },
  { token: '{TAHUN}', meaning: 'Tahun empat angka (2026); nomor urut dimulai lagi dari 1 setiap tahun' },
];

// One pass over the pattern: a code that itself contains "{TAHUN}" is inserted as text,
// never expanded a second time.
const TOKEN = /\{(NO(?::(\d))?|UNIT|KLAS|BULAN|BLN|TAHUN)\}/g;

/**
 * Fills in a register-number pattern. `{NO:n}` pads the sequence with zeros to n digits
 * but never cuts it (seq 1234 with `{NO:3}` → "1234"), so a busy year cannot produce a
 * duplicate. Unknown `{…}` text is left alone (the schema refuses it before it is saved).
 * Throws a RangeError for a sequence below 1, a month outside 1–12 or a year outside
 * 1–9999: those are bugs in the caller, not user input.
 */
export function formatRegisterNumber(pattern: string, parts: RegisterNumberParts): string {
  const { seq, year, month } = parts;
  if (!Number.isSafeInteger(seq) || seq < 1) throw new RangeError(`Nomor urut harus bilangan bulat ≥ 1 (diberikan: ${seq}).`);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`Bulan harus 1–12 (diberikan: ${month}).`);
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`Tahun harus 1–9999 (diberikan: ${year}).`);

  return pattern.replace(TOKEN, (_whole, token: string, width: string | undefined) => {
    switch (token) {
      case 'UNIT':
        return parts.unitCode;
      case 'KLAS':
        return parts.classificationCode;
      case 'BULAN':
        return toRomanNumeral(month);
      case 'BLN':
        return String(month).padStart(2, '0');
      case 'TAHUN':
        return String(year);
      default:
        // {NO} or {NO:n}
        return String(seq).padStart(width === undefined ? 0 : Number(width), '0');
    }
  });
}

/**
 * What the register number of the `seq`-th complaint (default: the first) of the given
 * office month would look like — for the settings screen, so the clerk sees the effect
 * of a pattern before saving it. `when` takes the `{ year, month }` of `officeClock(now, zone)`.
 */
export function previewRegisterNumber(
  numbering: RegisterNumbering,
  when: { year: number; month: number },
  seq = 1,
): string {
  return formatRegisterNumber(numbering.pattern, {
    seq,
    unitCode: numbering.unitCode,
    classificationCode: numbering.classificationCode,
    year: when.year,
    month: when.month,
  });
}
