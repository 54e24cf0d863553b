import { describe, expect, it } from 'vitest';
import { firstPageMatching, queryChunks, textMatches } from '../../../shared/archive/text-match';

describe('matching typed words in OCR text', () => {
  it('reads the query as the index does: every chunk, a code as consecutive words, the last word as a prefix', () => {
    expect(queryChunks('Bantuan  HM.01.4 koperasi')).toEqual([['bantuan'], ['hm', '01', '4'], ['koperasi']]);
    expect(textMatches('Dana Bantuan untuk Koperasi Maju', 'koperasi bantu')).toBe(true);
    expect(textMatches('Dana Bantuan untuk Koperasi Maju', 'koperasi bank')).toBe(false);
    expect(textMatches('Klasifikasi HM.01.4 tim', 'hm.01.4')).toBe(true);
    expect(textMatches('HM 01 dan 4 lainnya', 'HM.01.4')).toBe(false);
    expect(textMatches('Dédé SUNARYA', 'dede sunar')).toBe(true);
    expect(textMatches('kemitraan', 'mitra')).toBe(false);
    expect(textMatches('apa saja', ' .; ')).toBe(false);
  });

  it('finds the first page holding all the words', () => {
    const pages = [
      { pageNo: 1, text: 'Surat jawaban pengaduan masyarakat' },
      { pageNo: 2, text: 'dicairkan melalui Bank Sulteng pada bulan Desember' },
      { pageNo: 3, text: 'Bank Sulteng cabang Palu' },
    ];
    expect(firstPageMatching(pages, 'sulteng')).toBe(2);
    expect(firstPageMatching(pages, 'sulteng palu')).toBe(3);
    expect(firstPageMatching(pages, 'masyarakat desember')).toBeNull();
  });
});
