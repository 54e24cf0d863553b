import { describe, expect, it } from 'vitest';
import { renderLetterPdf } from '../../../electron/documents/letter-document';
import type { LetterDocumentKind } from '../../../electron/documents/letter-document-data';
import type { LetterParagraph } from '../../../shared/letters/letter-body';
import { pdfPageSizes, pdfPagesText, pdfRegionPixels, pdfToText, pdfWordBoxes } from '../../support/pdf-tools';
import { KEPALA_DINAS, SIGNING_MODES, longBody, notaDinas, p, replyLetter } from './letter-fixtures';

// The document engine's entry point as the letters service calls it: both kinds, every
// signing mode, drafts and signed letters, A4 and F4, long bodies over two pages.

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();
const rawPages = (pdf: Buffer) => pdfToText(pdf, 'raw').split('\f').filter((p) => p.trim() !== '').map(fold);
const letterOf = (kind: LetterDocumentKind) => (kind === 'nota-dinas' ? notaDinas : replyLetter);

describe('Letter document: both kinds, every signing mode', () => {
  it.each(SIGNING_MODES.flatMap(([label, signer, expected]) => (['nota-dinas', 'surat-jawaban'] as const).map((kind) => [kind, label, signer, expected] as const)))(
    '%s signed %s: header fields, number and the signature block',
    async (kind, _label, signer, expected) => {
      const pdf = await renderLetterPdf(letterOf(kind)({ signer, parafs: [], verification: undefined }));
      const text = fold(pdfToText(pdf, 'raw'));
      if (kind === 'nota-dinas') {
        expect(text).toContain('NOTA DINAS Nomor ND.014/PPM/HM.01/XI/2026');
        expect(text).toContain('Yth. : Kepala Divisi Pemasyarakatan Dari : Kepala Kantor Wilayah Tembusan : Kepala Divisi Administrasi');
        expect(text).toContain('Tanggal : 23 November 2026 Sifat : Segera Lampiran : 1 (satu) berkas Hal : Tindak Lanjut Pengaduan Nomor Register 0031/ADU/XI/2026');
      } else {
        expect(pdfPagesText(pdf)[0]).toMatch(/Nomor\s+: 005\/PPM\/HM\.01\/XI\/2026\s+Palu, 23 November 2026/);
        expect(text).toContain('Sifat : Biasa Lampiran : – Hal : Tanggapan atas Pengaduan');
        expect(text).toContain('Yth. Sdr. Ahmad Fauzi Jl. Towua No. 12 Kelurahan Tatura Selatan, Palu di Tempat');
        expect(text).toContain('Tembusan: 1. Gubernur Sulawesi Tengah 2. Inspektur Provinsi Sulawesi Tengah');
      }
      // The closing paragraph, then the lines above the name, the name, the NIP: in this order.
      const closing = kind === 'nota-dinas' ? 'mohon arahan Bapak.' : 'terima kasih.';
      expect(text).toContain(`${closing} ${expected}`);
      expect(text).toContain(`${signer.name} NIP ${signer.nip}`);
      expect(text).not.toContain('KONSEP');
    },
  );

  it('prints "a.n." with the head and the signer\'s own jabatan on separate lines, left-aligned in the right half', async () => {
    const pdf = await renderLetterPdf(replyLetter({ paper: 'A4', body: longBody(2) }));
    const words = pdfWordBoxes(pdf).flatMap((p) => p.words);
    const an = words.find((w) => w.text === 'a.n.')!;
    const sekretaris = words.find((w) => w.text === 'SEKRETARIS,')!;
    expect(sekretaris.yMin).toBeGreaterThan(an.yMax);
    expect(Math.abs(sekretaris.xMin - an.xMin)).toBeLessThan(1);
    // The right half of the text column: 3 cm left margin, 2 cm right on A4.
    const middle = 85.04 + (595.28 - 85.04 - 56.69) / 2;
    expect(an.xMin).toBeGreaterThan(middle - 1);
  });
});

describe('Letter document: drafts', () => {
  const draft = (kind: LetterDocumentKind) =>
    letterOf(kind)({ number: null, date: null, draft: true, verification: undefined, parafs: [], body: longBody(14) });

  it.each(['nota-dinas', 'surat-jawaban'] as const)('%s: KONSEP across every page, a blank number and the month without a day', async (kind) => {
    const pdf = await renderLetterPdf(draft(kind));
    const pages = rawPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    // pdftotext reads the diagonal letters one per line: compare without the spaces.
    for (const page of pages) expect(page.replace(/\s/g, '')).toContain('KONSEP');
    const first = pdfPagesText(pdf)[0]!;
    if (kind === 'nota-dinas') {
      expect(first).toMatch(/^\s*Nomor\s*$/m);
      expect(first).toMatch(/Tanggal\s+:\s+November 2026/);
    } else {
      expect(first).toMatch(/^\s*Nomor\s+:\s+Palu,\s+November 2026\s*$/m);
    }
    expect(fold(pdfToText(pdf, 'raw'))).not.toMatch(/\d+ November 2026 Sifat/);
  });

  it('draws the watermark light grey where there is no text, and nothing there on the signed letter', async () => {
    // The lower left of page 1 of a short letter is blank paper but for the diagonal watermark.
    const box = { x: 40, y: 690, width: 160, height: 100 };
    const darkest = (pdf: Buffer) => Math.min(...pdfRegionPixels(pdf, 1, box).rgb);
    const short = { body: longBody(0), parafs: [], verification: undefined };
    const konsep = await renderLetterPdf(replyLetter({ ...short, number: null, date: null, draft: true }));
    const signed = await renderLetterPdf(replyLetter(short));
    expect(darkest(konsep)).toBeLessThan(250);
    expect(darkest(konsep)).toBeGreaterThan(170);
    expect(darkest(signed)).toBe(255);
  });
});

describe('Letter document: paper and pages', () => {
  it.each([
    ['nota-dinas', 'A4', 595.28, 841.89],
    ['nota-dinas', 'F4', 609.45, 935.43],
    ['surat-jawaban', 'A4', 595.28, 841.89],
    ['surat-jawaban', 'F4', 609.45, 935.43],
  ] as const)('%s on %s: every page that size; page 2 has "- 2 -" on top, no letterhead, and the signature comes with the last paragraph', async (kind, paper, width, height) => {
    const pdf = await renderLetterPdf(letterOf(kind)({ paper, body: longBody(16) }));
    const { pages, sizes } = pdfPageSizes(pdf);
    expect(pages).toBeGreaterThanOrEqual(2);
    for (const size of sizes) {
      expect(Math.abs(size.width - width)).toBeLessThanOrEqual(1);
      expect(Math.abs(size.height - height)).toBeLessThanOrEqual(1);
    }
    const layout = pdfPagesText(pdf);
    expect(layout[0]).not.toMatch(/- 1 -/);
    for (let n = 2; n <= pages; n++) {
      const firstLine = layout[n - 1]!.split('\n').find((l) => l.trim() !== '') ?? '';
      expect(firstLine.replace(/\s/g, '')).toBe(`-${n}-`);
      expect(layout[n - 1]).not.toMatch(/Jl\. (Prof\.|Pulau Bangka)/);
    }
    const last = rawPages(pdf).at(-1)!;
    expect(last).toMatch(/(mohon arahan Bapak|terima kasih)\. .*NIP \d{18}/);
  }, 30_000);

  it('never leaves the signature, the Tembusan, the QR code or the paraf table alone at the top of a page', async () => {
    for (let count = 6; count <= 14; count++) {
      const pages = rawPages(await renderLetterPdf(replyLetter({ body: longBody(count) })));
      const signed = pages.findIndex((p) => p.includes('Rahmat Hidayat'));
      expect(signed, `${count} paragraf`).toBe(pages.length - 1);
      expect(pages[signed], `${count} paragraf`).toMatch(/Demikian disampaikan, mohon arahan Bapak\. a\.n\. .* Tembusan: .* Kode verifikasi: K7QM4XZ9PD No Jabatan Paraf Tgl/);
    }
  }, 60_000);

  it.each([
    ['a paragraph of three pages', () => p(Array.from({ length: 120 }, (_, i) => `Kalimat ${i + 1} dari paragraf penutup yang sangat panjang.`).join(' '))],
    ['a table of 90 rows', () => ({
      type: 'table' as const,
      content: Array.from({ length: 90 }, (_, i) => ({
        type: 'tableRow' as const,
        content: [`${i + 1}`, `Baris ${i + 1} tabel penutup`].map((text) => ({ type: 'tableCell' as const, content: [p(text) as LetterParagraph] })),
      })),
    })],
  ] as const)('ending in %s: every line is printed and the signature still has the end of it on its page', async (what, last) => {
    const pdf = await renderLetterPdf(replyLetter({ body: { type: 'doc', content: [p('Pembuka surat.'), last()] } }));
    const pages = rawPages(pdf);
    const all = pages.join(' ');
    if (what.startsWith('a paragraph')) {
      for (const n of [1, 60, 119, 120]) expect(all).toContain(`Kalimat ${n} dari`);
      expect(pages.at(-1)).toMatch(/Kalimat 120 dari paragraf penutup yang sangat panjang\. a\.n\. KEPALA DINAS/);
    } else {
      for (const n of [1, 45, 89, 90]) expect(all).toContain(`${n} Baris ${n} tabel penutup`);
      expect(pages.at(-1)).toMatch(/^(- \d+ - )?90 Baris 90 tabel penutup a\.n\. KEPALA DINAS/);
    }
    expect(pages.at(-1)).toContain('Kode verifikasi: K7QM4XZ9PD');
  }, 30_000);

  it('takes the margins of the document settings', async () => {
    const words = (pdf: Buffer) => pdfWordBoxes(pdf)[0]!.words;
    const standard = words(await renderLetterPdf(replyLetter()));
    const wide = words(await renderLetterPdf(replyLetter({ marginsCm: [4, 3, 2.5, 2.5] })));
    const left = (ws: typeof standard) => Math.min(...ws.filter((w) => w.text === 'Nomor' || w.text === 'Yth.').map((w) => w.xMin));
    expect(left(standard)).toBeCloseTo(85.04, 0);
    expect(left(wide)).toBeCloseTo(113.39, 0);
    // The date ends at the right margin: 2 cm, then 2.5 cm.
    const dateEnd = (ws: typeof standard) => ws.find((w) => w.text === '2026' && w.yMin < 300)!.xMax;
    expect(dateEnd(standard)).toBeCloseTo(595.28 - 56.69, 0);
    expect(dateEnd(wide)).toBeCloseTo(595.28 - 70.87, 0);
  });

  it('prints the head the letter is signed for in capitals, as the jabatan is written', async () => {
    const text = fold(pdfToText(await renderLetterPdf(replyLetter()), 'raw'));
    expect(text).toContain(`a.n. ${KEPALA_DINAS.toUpperCase()}, SEKRETARIS,`);
  });
});
