import { describe, expect, it } from 'vitest';
import { normalizePhone, phoneProblem } from '../../../shared/validation/phone';

describe('normalizePhone', () => {
  it('turns +62 with spaces and dashes into the national form', () => {
    expect(normalizePhone('+62 812-3456-7890')).toBe('081234567890');
  });

  it('turns 62… without the plus into the national form', () => {
    expect(normalizePhone('6281234567890')).toBe('081234567890');
    expect(normalizePhone('62 812 3456 7890')).toBe('081234567890');
  });

  it('keeps 08… and strips separators', () => {
    expect(normalizePhone('0812-3456-7890')).toBe('081234567890');
    expect(normalizePhone('0812 3456 7890')).toBe('081234567890');
    expect(normalizePhone('0812.3456.7890')).toBe('081234567890');
  });

  it('keeps a landline with its area code', () => {
    expect(normalizePhone('(0451) 421234')).toBe('0451421234');
  });

  it('gives the same number whichever way it was typed', () => {
    const forms = ['+62 812-3456-7890', '6281234567890', '0812 3456 7890', '+6281234567890'];
    expect(new Set(forms.map(normalizePhone))).toEqual(new Set(['081234567890']));
  });
});

describe('phoneProblem', () => {
  it('accepts mobile numbers in every usual form and a landline', () => {
    for (const ok of ['+62 812-3456-7890', '6281234567890', '081234567890', '(0451) 421234']) {
      expect(phoneProblem(ok), ok).toBeNull();
    }
  });

  it('rejects letters in Bahasa Indonesia', () => {
    expect(phoneProblem('0812abc')).toBe('Nomor telepon hanya boleh berisi angka, spasi, +, -, dan tanda kurung.');
  });

  it('asks for a leading 0 or +62', () => {
    expect(phoneProblem('81234567890')).toBe('Nomor telepon diawali 0 atau +62.');
  });

  it('rejects numbers that are too short or too long', () => {
    expect(phoneProblem('0812345')).toBe('Nomor telepon terdiri dari 9 sampai 15 angka.');
    expect(phoneProblem('0812345678901234')).toBe('Nomor telepon terdiri dari 9 sampai 15 angka.');
  });
});
