import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCUMENT_SETTINGS, describeMargins, documentSettingsSchema, marginsTuple } from '../../../shared/office/document-settings';

describe('documentSettingsSchema', () => {
  it('accepts the defaults and rounds margins to millimetres', () => {
    expect(documentSettingsSchema.parse(DEFAULT_DOCUMENT_SETTINGS)).toEqual(DEFAULT_DOCUMENT_SETTINGS);
    const parsed = documentSettingsSchema.parse({ ...DEFAULT_DOCUMENT_SETTINGS, marginsCm: { left: 2.54, top: 1, right: 5, bottom: 2.449 } });
    expect(parsed.marginsCm).toEqual({ left: 2.5, top: 1, right: 5, bottom: 2.4 });
  });

  it.each([
    [{ left: 0.9, top: 2, right: 2, bottom: 2 }, 'Margin kiri paling kecil 1 cm.'],
    [{ left: 3, top: 5.1, right: 2, bottom: 2 }, 'Margin atas paling besar 5 cm.'],
    [{ left: 3, top: 2, right: Number.NaN, bottom: 2 }, 'Margin kanan harus berupa angka (cm).'],
  ])('refuses margins %j in Indonesian', (marginsCm, message) => {
    const r = documentSettingsSchema.safeParse({ ...DEFAULT_DOCUMENT_SETTINGS, marginsCm });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toContain(message);
  });

  it('refuses an unknown font, rule, or a missing paraf choice', () => {
    const messages = (input: unknown) => documentSettingsSchema.safeParse(input).error?.issues.map((i) => i.message) ?? [];
    expect(messages({ ...DEFAULT_DOCUMENT_SETTINGS, font: 'calibri' })).toEqual(['Pilih huruf: Arial, Times New Roman atau Bookman Old Style.']);
    expect(messages({ ...DEFAULT_DOCUMENT_SETTINGS, letterheadRule: 'none' })).toEqual(['Pilih garis kop surat: satu garis atau garis ganda.']);
    const { printParafOnFileCopy: _omit, ...withoutParaf } = DEFAULT_DOCUMENT_SETTINGS;
    expect(messages(withoutParaf)).toEqual(['Pilih apakah kolom paraf dicetak pada arsip.']);
  });

  it('gives the margins in pdfmake order and describes them with decimal commas', () => {
    expect(marginsTuple(DEFAULT_DOCUMENT_SETTINGS.marginsCm)).toEqual([3, 2, 2, 2.5]);
    expect(describeMargins(DEFAULT_DOCUMENT_SETTINGS.marginsCm)).toBe('kiri 3 cm · atas 2 cm · kanan 2 cm · bawah 2,5 cm');
  });
});
