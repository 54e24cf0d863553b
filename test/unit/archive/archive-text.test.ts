import { describe, expect, it } from 'vitest';
import { locationText } from '../../../shared/archive/archive-enums';
import { archiveQrContent, formatArchiveSerial, DEFAULT_ARCHIVE_NUMBERING } from '../../../shared/archive/archive-numbering';
import { archiveNumberingSchema } from '../../../shared/archive/archive-schemas';
import { textSnippet } from '../../../shared/archive/text-snippet';
import { archiveMatch, archiveTerms } from '../../../electron/db/search/archive-text-search';

describe('archive search terms', () => {
  it('require every word, the last part as a prefix, and keep a typed code together as a phrase', () => {
    expect(archiveTerms('bantuan koperasi')).toBe('"bantuan"* AND "koperasi"*');
    expect(archiveTerms('HM.01.4')).toBe('"hm 01 4"*');
    expect(archiveTerms('0002/HM.01.2 Boks')).toBe('"0002 hm 01 2"* AND "boks"*');
    // FTS syntax typed by a clerk is only text.
    expect(archiveTerms('"koperasi" OR NEAR(x) -a*')).toBe('"koperasi"* AND "or"* AND "near x"* AND "a"*');
    expect(archiveTerms(' ;: ')).toBeNull();
  });

  it('look in the text columns only, and leave secret entries out inside the index when asked', () => {
    expect(archiveMatch('"rahasia"*', false)).toBe('{serial_number title classification location related notes ocr_text} : ("rahasia"*)');
    expect(archiveMatch('"surat"*', true)).toBe('{serial_number title classification location related notes ocr_text} : ("surat"*) NOT access : "rahasia"');
  });
});

describe('text snippet', () => {
  const page = 'Dengan hormat, menindaklanjuti pengaduan Saudara mengenai dana hibah Koperasi Maju Bersama, bersama ini kami sampaikan bahwa pencairan dijadwalkan pada bulan Desember melalui Bank Sulteng cabang Palu.';
  it('shows the words around the first hit, cut at spaces', () => {
    expect(textSnippet(page, 'sulteng', 30)).toBe('…pada bulan Desember melalui Bank Sulteng cabang Palu.');
    expect(textSnippet(page, 'KOPERASI pencairan', 20)).toBe('…mengenai dana hibah Koperasi Maju Bersama,…');
  });
  it('matches a word start, ignoring case and diacritics', () => {
    expect(textSnippet('Laporan dari Dédé Sunarya di Palu', 'dede', 10)).toBe('Laporan dari Dédé Sunarya…');
    // "mitra" is inside a word, not at its start: no hit, the page's first words instead.
    expect(textSnippet('kemitraan koperasi', 'mitra', 5)).toBe('kemitraan…');
  });
});

describe('archive serial numbers and locations', () => {
  it('fill the pattern with the year\'s sequence and the classification; the label QR carries the serial', () => {
    expect(formatArchiveSerial(DEFAULT_ARCHIVE_NUMBERING, { seq: 7, classificationCode: 'HM.01.1', year: 2026, month: 11 })).toBe('0007/HM.01.1/ARSIP/2026');
    expect(formatArchiveSerial({ pattern: 'ARS-{TAHUN}-{NO}', unitCode: '' }, { seq: 12345, classificationCode: 'X', year: 2027, month: 1 })).toBe('ARS-2027-12345');
    expect(archiveQrContent('0007/HM.01.1/ARSIP/2026')).toBe('meja-aduan:arsip:0007/HM.01.1/ARSIP/2026');
  });
  it('refuse a pattern that could repeat a number', () => {
    const issues = (pattern: string) => archiveNumberingSchema.safeParse({ pattern, unitCode: 'ARSIP' }).error?.issues.map((i) => i.message);
    expect(issues('{NO}/{KLAS}')).toEqual(['Pola nomor arsip harus memuat {TAHUN}: nomor urut dimulai lagi setiap tahun.']);
    expect(issues('{KLAS}/{TAHUN}')).toEqual(['Pola nomor arsip harus memuat {NO} (nomor urut).']);
    expect(issues('{NO}/{TAHUN}/{RAK}')).toEqual(['Pola memuat kode yang tidak dikenal.']);
    expect(issues('{NO:4}/{TAHUN}')).toBeUndefined();
  });
  it('write the location from the building down, not repeating a label typed in the value', () => {
    expect(locationText({ building: 'A', room: 'Ruang Arsip', cabinet: '2', shelf: '', box: '12', folder: '' })).toBe('Gedung A · Ruang Arsip · Lemari 2 · Boks 12');
    expect(locationText({ building: '', room: '', cabinet: '', shelf: '', box: '', folder: '' })).toBe('');
  });
});
