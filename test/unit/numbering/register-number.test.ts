import { describe, expect, it } from 'vitest';
import { numberingSchema } from '../../../shared/complaints/complaint-schemas';
import {
  DEFAULT_REGISTER_NUMBERING,
  formatRegisterNumber,
  previewRegisterNumber,
  REGISTER_NUMBER_TOKENS,
  type RegisterNumberParts,
} from '../../../shared/numbering/register-number';
import { toRomanNumeral } from '../../../shared/numbering/roman-numerals';

const NOVEMBER_2026: RegisterNumberParts = { seq: 1, unitCode: 'ADU', classificationCode: 'HM.01', year: 2026, month: 11 };

describe('toRomanNumeral', () => {
  it('writes every month I–XII, including the subtractive IV and IX', () => {
    const months = Array.from({ length: 12 }, (_, i) => toRomanNumeral(i + 1));
    expect(months).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']);
  });

  it('writes larger numbers with every subtractive pair', () => {
    expect(toRomanNumeral(1994)).toBe('MCMXCIV');
    expect(toRomanNumeral(2026)).toBe('MMXXVI');
    expect(toRomanNumeral(444)).toBe('CDXLIV');
    expect(toRomanNumeral(3999)).toBe('MMMCMXCIX');
  });

  it('refuses what has no Roman numeral', () => {
    for (const bad of [0, -1, 4000, 1.5, Number.NaN]) expect(() => toRomanNumeral(bad)).toThrow(RangeError);
  });
});

describe('formatRegisterNumber', () => {
  it('fills the default pattern as the office writes it', () => {
    expect(formatRegisterNumber(DEFAULT_REGISTER_NUMBERING.pattern, NOVEMBER_2026)).toBe('001/ADU/HM.01/XI/2026');
  });

  it('pads {NO:n} with zeros but never cuts a longer number', () => {
    const at = (seq: number, pattern: string) => formatRegisterNumber(pattern, { ...NOVEMBER_2026, seq });
    expect(at(7, '{NO:3}-{TAHUN}')).toBe('007-2026');
    expect(at(42, '{NO:3}-{TAHUN}')).toBe('042-2026');
    expect(at(999, '{NO:3}-{TAHUN}')).toBe('999-2026');
    expect(at(1234, '{NO:3}-{TAHUN}')).toBe('1234-2026');
    expect(at(5, '{NO:5}-{TAHUN}')).toBe('00005-2026');
    expect(at(5, '{NO:1}-{TAHUN}')).toBe('5-2026');
    expect(at(5, '{NO:0}-{TAHUN}')).toBe('5-2026');
  });

  it('writes {NO} without padding', () => {
    expect(formatRegisterNumber('{NO}/{TAHUN}', { ...NOVEMBER_2026, seq: 3 })).toBe('3/2026');
    expect(formatRegisterNumber('{NO}/{TAHUN}', { ...NOVEMBER_2026, seq: 120 })).toBe('120/2026');
  });

  it('writes {BULAN} in Roman and {BLN} as two digits for every month', () => {
    const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
    for (let month = 1; month <= 12; month++) {
      const parts = { ...NOVEMBER_2026, month };
      expect(formatRegisterNumber('{BULAN}', parts)).toBe(roman[month - 1]);
      expect(formatRegisterNumber('{BLN}', parts)).toBe(String(month).padStart(2, '0'));
    }
    expect(formatRegisterNumber('{BULAN}|{BLN}', { ...NOVEMBER_2026, month: 4 })).toBe('IV|04');
    expect(formatRegisterNumber('{BULAN}|{BLN}', { ...NOVEMBER_2026, month: 9 })).toBe('IX|09');
    expect(formatRegisterNumber('{BULAN}|{BLN}', { ...NOVEMBER_2026, month: 12 })).toBe('XII|12');
  });

  it('uses every token, each as often as it appears, and keeps all literal text', () => {
    const pattern = 'REG-{UNIT}.{KLAS} #{NO:4} ({BLN}/{BULAN}) th {TAHUN}; unit lagi: {UNIT}';
    const parts = { seq: 58, unitCode: 'SETDA', classificationCode: '800.1', year: 2027, month: 3 };
    expect(formatRegisterNumber(pattern, parts)).toBe('REG-SETDA.800.1 #0058 (03/III) th 2027; unit lagi: SETDA');
  });

  it('puts codes in as text, never expanding tokens inside them', () => {
    const parts = { ...NOVEMBER_2026, unitCode: '{TAHUN}', classificationCode: '{NO:3}' };
    expect(formatRegisterNumber('{NO}/{UNIT}/{KLAS}', parts)).toBe('1/{TAHUN}/{NO:3}');
  });

  it('leaves unknown braces as written (the schema refuses them before they are saved)', () => {
    expect(formatRegisterNumber('{NO}/{tahun}/{X}/{TAHUN}', NOVEMBER_2026)).toBe('1/{tahun}/{X}/2026');
  });

  it('refuses impossible parts instead of printing a wrong number', () => {
    expect(() => formatRegisterNumber('{NO}', { ...NOVEMBER_2026, seq: 0 })).toThrow(RangeError);
    expect(() => formatRegisterNumber('{NO}', { ...NOVEMBER_2026, seq: 2.5 })).toThrow(RangeError);
    expect(() => formatRegisterNumber('{NO}', { ...NOVEMBER_2026, month: 0 })).toThrow(RangeError);
    expect(() => formatRegisterNumber('{NO}', { ...NOVEMBER_2026, month: 13 })).toThrow(RangeError);
    expect(() => formatRegisterNumber('{NO}', { ...NOVEMBER_2026, year: 0 })).toThrow(RangeError);
  });
});

describe('previewRegisterNumber', () => {
  it('shows the first number of the given office month', () => {
    expect(previewRegisterNumber(DEFAULT_REGISTER_NUMBERING, { year: 2026, month: 11 })).toBe('001/ADU/HM.01/XI/2026');
    expect(previewRegisterNumber(DEFAULT_REGISTER_NUMBERING, { year: 2027, month: 1 })).toBe('001/ADU/HM.01/I/2027');
  });

  it('shows a later number when asked, with the office codes as edited', () => {
    const numbering = { pattern: 'ADU-{NO:4}/{KLAS}/{BLN}.{TAHUN}', unitCode: 'X', classificationCode: '000.5' };
    expect(previewRegisterNumber(numbering, { year: 2026, month: 9 }, 37)).toBe('ADU-0037/000.5/09.2026');
  });
});

describe('the pattern rules and the formatter agree', () => {
  it('the default numbering passes the settings schema', () => {
    expect(numberingSchema.safeParse(DEFAULT_REGISTER_NUMBERING).success).toBe(true);
  });

  it('every token the help text lists is accepted by the schema and replaced by the formatter', () => {
    for (const { token, meaning } of REGISTER_NUMBER_TOKENS) {
      expect(meaning.length).toBeGreaterThan(5);
      const pattern = `{NO}/{TAHUN}/${token}`;
      expect(numberingSchema.safeParse({ ...DEFAULT_REGISTER_NUMBERING, pattern }).success).toBe(true);
      expect(formatRegisterNumber(pattern, NOVEMBER_2026)).not.toContain('{');
    }
  });
});
