import { describe, expect, it } from 'vitest';
import { renderLetterPdf } from '../../../electron/documents/letter-document';
import type { LetterBodyDoc } from '../../../shared/letters/letter-body';
import { darkRunsDown, pdfImages, pdfPagesText, pdfRegionPixels, pdfToText, pdfWordBoxes } from '../../support/pdf-tools';
import { pdfFonts } from './pdf-fonts';
import { decodePageQr } from './qr-decode';
import { OFFICE_003, VERIFICATION, notaDinas, p, replyLetter, text } from './letter-fixtures';

// What the letter prints besides its header fields: the editor's rich text, the shipped
// typefaces, the letterhead from settings, the verification QR and the paraf table.

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
const lastPage = (pdf: Buffer) => pdfWordBoxes(pdf).at(-1)!;

describe('Letter body from the editor', () => {
  it('prints lists with their markers, nested lists lettered, table cells in order, bullets and marks', async () => {
    const raw = fold(pdfToText(await renderLetterPdf(replyLetter()), 'raw'));
    expect(raw).toContain(
      'sebagai berikut: 1. petugas loket telah diberi pembinaan oleh atasan langsungnya; 2. izin koperasi Saudara telah diterbitkan dengan rincian: ' +
        'a. nomor izin 518/045/KOP/2026; b. dapat diambil pada jam kerja di loket 3. 3. biaya yang telah dibayarkan',
    );
    expect(raw).toContain(
      'No Tindak lanjut Waktu 1 Klarifikasi kepada petugas loket 21 November 2026 2 Penerbitan izin koperasi 23 November 2026 Seluruh tindak lanjut telah selesai',
    );
    expect(raw).toContain('• Narahubung: Subbagian Umum');
    // Never split (nor gapped by justification) after its slashes or the hyphen.
    expect(raw).toContain('nomor register 0012/ADU/XI/2026 perihal');
    expect(raw).toContain('hal-hal sebagai');
  });

  it('hangs list items under their text: a wrapped item starts its second line under the first word, not under the marker', async () => {
    const long = 'uraian yang cukup panjang sehingga baris pertamanya penuh dan kalimatnya harus berlanjut ke baris kedua di bawah teksnya sendiri;';
    const body: LetterBodyDoc = { type: 'doc', content: [{ type: 'orderedList', content: [{ type: 'listItem', content: [p(long)] }] }, p('Penutup.')] };
    const words = pdfWordBoxes(await renderLetterPdf(notaDinas({ body })))[0]!.words;
    const marker = words.find((w) => w.text === '1.')!;
    const first = words.find((w) => w.text === 'uraian')!;
    const lineTwo = words.filter((w) => w.yMin > first.yMax && w.yMin < first.yMax + 14);
    expect(first.xMin).toBeGreaterThan(marker.xMax);
    expect(Math.min(...lineTwo.map((w) => w.xMin))).toBeCloseTo(first.xMin, 0);
  });

  it('sets bold, italic and underline runs in their faces; an ordered list keeps its start number', async () => {
    const body: LetterBodyDoc = {
      type: 'doc',
      content: [
        p('Biasa, ', text('tebal', 'bold'), ', ', text('miring', 'italic'), ', ', text('garis', 'underline'), ', ', text('semua', 'bold', 'italic'), '.'),
        { type: 'orderedList', attrs: { start: 4 }, content: [{ type: 'listItem', content: [p('butir keempat')] }] },
        { type: 'paragraph', attrs: { textAlign: 'center' }, content: [text('TENGAH')] },
      ],
    };
    const pdf = await renderLetterPdf(notaDinas({ body }));
    const names = pdfFonts(pdf).map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['LiberationSans', 'LiberationSans-Bold', 'LiberationSans-Italic', 'LiberationSans-BoldItalic']));
    expect(fold(pdfToText(pdf, 'raw'))).toContain('Biasa, tebal, miring, garis, semua. 4. butir keempat TENGAH');
    // Centred: equal room left and right within the 3 cm / 2 cm margins.
    const centred = pdfWordBoxes(pdf)[0]!.words.find((w) => w.text === 'TENGAH')!;
    expect((centred.xMin + centred.xMax) / 2).toBeCloseTo((85.04 + 595.28 - 56.69) / 2, 0);
  });

  it('underlines the underlined run only', async () => {
    const body: LetterBodyDoc = { type: 'doc', content: [p(text('GARISBAWAH', 'underline'), ' ', text('POLOS'))] };
    const pdf = await renderLetterPdf(notaDinas({ body }));
    const words = pdfWordBoxes(pdf)[0]!.words;
    const under = (name: string) => {
      const w = words.find((x) => x.text === name)!;
      const strip = pdfRegionPixels(pdf, 1, { x: w.xMin + 1, y: w.yMax - 1, width: w.xMax - w.xMin - 2, height: 3 });
      return Math.min(...strip.rgb);
    };
    expect(under('GARISBAWAH')).toBeLessThan(100);
    expect(under('POLOS')).toBeGreaterThan(200);
  });
});

describe('Letter typefaces', () => {
  it.each([
    ['arial', 'LiberationSans'],
    ['times', 'LiberationSerif'],
    ['bookman', 'TeXGyreBonum'],
  ] as const)('%s embeds %s (regular and bold), and nothing else', async (font, family) => {
    const fonts = pdfFonts(await renderLetterPdf(replyLetter({ font })));
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const f of fonts) {
      expect(f.name.startsWith(family)).toBe(true);
      expect(f.embedded).toBe(true);
    }
    expect(fonts.map((f) => f.name)).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${family}(-Regular)?$`)), `${family}-Bold`]));
  });
});

describe('Letterhead from the office settings', () => {
  it('prints every name line in capitals, the address, phone, website, e-mail and the logo', async () => {
    const pdf = await renderLetterPdf(replyLetter());
    const page = fold(pdfPagesText(pdf)[0]!);
    expect(page).toContain('PEMERINTAH PROVINSI SULAWESI TENGAH');
    expect(page).toContain('DINAS KOPERASI, USAHA KECIL DAN MENENGAH');
    expect(page).toContain('Jl. Prof. Moh. Yamin No. 47, Kota Palu 94111');
    expect(page).toContain('Telepon (0451) 421234');
    expect(page).toContain('Laman diskopukm.sultengprov.go.id');
    expect(page).toContain('Surel diskopukm@sultengprov.go.id');
    expect(pdfImages(pdf)).toEqual([expect.objectContaining({ page: 1, width: 64, height: 80 })]);
    expect(pdfImages(await renderLetterPdf(replyLetter({ office: { ...OFFICE_003, logoDataUrl: '' } })))).toEqual([]);
  });

  it.each([
    ['double', 2],
    ['single', 1],
  ] as const)('draws the %s rule under it', async (rule, lines) => {
    const pdf = await renderLetterPdf(replyLetter({ letterheadRule: rule }));
    const words = pdfWordBoxes(pdf)[0]!.words;
    const contact = Math.max(...words.filter((w) => w.text.includes('diskopukm@')).map((w) => w.yMax));
    const nomor = words.find((w) => w.text === 'Nomor')!.yMin;
    // A vertical strip between the contact line and Nomor: count the separate dark runs.
    expect(darkRunsDown(pdf, 1, 300, contact + 1, nomor - 1)).toBe(lines);
  });
});

describe('Verification QR and paraf table', () => {
  it('prints the QR code of qrText with its caption at the bottom left, under the signature, over no text', async () => {
    const pdf = await renderLetterPdf(replyLetter());
    const page = lastPage(pdf);
    const qr = decodePageQr(pdf, page.page)!;
    expect(qr.text).toBe(VERIFICATION.qrText);
    const nip = page.words.find((w) => w.text.startsWith('197203151998031004'))!;
    const tembusan = page.words.filter((w) => /Gubernur|Inspektur|Tembusan/.test(w.text));
    expect(qr.topLeft.y).toBeGreaterThan(Math.max(nip.yMax, ...tembusan.map((w) => w.yMax)));
    expect(qr.topLeft.x).toBeCloseTo(85.04, 0);
    const inside = page.words.filter((w) => w.xMax > qr.topLeft.x && w.xMin < qr.bottomRight.x && w.yMax > qr.topLeft.y && w.yMin < qr.bottomRight.y);
    expect(inside).toEqual([]);
    expect(fold(pdfToText(pdf, 'raw'))).toContain(`${VERIFICATION.caption} Kode verifikasi: K7QM4XZ9PD`);
  });

  it('prints the paraf table: No, Jabatan, the initials and the day in the office zone; none without parafs', async () => {
    const withParafs = fold(pdfToText(await renderLetterPdf(replyLetter()), 'raw'));
    // The Kepala Dinas initialled at 16.30 UTC on 22 November: 00.30 WITA on the 23rd.
    expect(withParafs).toContain('No Jabatan Paraf Tgl 1. Kepala Bidang Koperasi NL 22/11/2026 2. Kepala Dinas SP 23/11/2026');
    const waiting = fold(
      pdfToText(await renderLetterPdf(replyLetter({ parafs: [{ jabatan: 'Kepala Bidang Koperasi', name: 'Nurhayati', at: null }] })), 'raw'),
    );
    expect(waiting).toContain('No Jabatan Paraf Tgl 1. Kepala Bidang Koperasi');
    expect(waiting).not.toMatch(/Kepala Bidang Koperasi \S*\d{2}\/\d{2}\/\d{4}/);
    const none = fold(pdfToText(await renderLetterPdf(replyLetter({ parafs: [] })), 'raw'));
    expect(none).not.toContain('Jabatan');
    expect(none).not.toContain('Paraf');
  });

  it('prints neither QR nor caption on a letter without verification', async () => {
    const pdf = await renderLetterPdf(replyLetter({ verification: undefined }));
    expect(fold(pdfToText(pdf, 'raw'))).not.toContain('Kode verifikasi');
    expect(decodePageQr(pdf, lastPage(pdf).page)).toBeNull();
  });
});
