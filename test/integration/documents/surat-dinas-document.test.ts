import { describe, expect, it } from 'vitest';
import type { LetterSigner } from '../../../electron/documents/letter-signature';
import { renderSuratDinasPdf, type SuratDinasData } from '../../../electron/documents/surat-dinas-document';
import type { OfficeSettings } from '../../../shared/office/office-settings';
import { expectSecondPageWithoutLetterhead, fold, LETTER_PAPERS, rawPages } from '../../support/letter-page-checks';
import { pdfPagesText, pdfToText, pdfWordBoxes } from '../../support/pdf-tools';

// Seed 003: the Dinas Koperasi replies to a complainant.

const OFFICE: OfficeSettings = {
  nameLines: ['Pemerintah Provinsi Sulawesi Tengah', 'Dinas Koperasi, Usaha Kecil dan Menengah'],
  address: 'Jl. Prof. Moh. Yamin No. 47, Kota Palu 94111',
  phone: '(0451) 421234',
  website: 'diskopukm.sultengprov.go.id',
  email: 'diskopukm@sultengprov.go.id',
  logoDataUrl: '',
  timeZone: 'WITA',
  paperSize: 'A4',
};

const HEAD = 'Kepala Dinas Koperasi, Usaha Kecil dan Menengah Provinsi Sulawesi Tengah';
const SIGNER: LetterSigner = { mode: 'langsung', jabatan: HEAD, name: 'Sisliandy Ponulele', rank: 'Pembina Utama Muda (IV/c)', nip: '197807071997121001' };

function letter(overrides: Partial<SuratDinasData> = {}): SuratDinasData {
  return {
    office: OFFICE,
    paper: 'A4',
    number: '500/456/Diskop',
    date: '2026-11-23',
    nature: 'Biasa',
    attachments: '',
    subject: 'Tanggapan atas Pengaduan',
    addressee: { name: 'Sdr. Ahmad Fauzi', address: ['Jl. Towua No. 12', 'Kelurahan Tatura Selatan, Palu'] },
    body: [
      'Menindaklanjuti pengaduan Saudara tanggal 20 November 2026 perihal pelayanan perizinan koperasi, dengan ini kami sampaikan hal-hal sebagai berikut:',
      { numbered: ['petugas loket telah diberi pembinaan;', 'izin koperasi Saudara telah diterbitkan dan dapat diambil pada jam kerja.'] },
      'Demikian kami sampaikan, atas perhatian Saudara kami ucapkan terima kasih.',
    ],
    signer: SIGNER,
    copiesTo: ['Gubernur Sulawesi Tengah', 'Inspektur Provinsi Sulawesi Tengah'],
    printedAt: new Date('2026-11-23T03:00:00Z'),
    ...overrides,
  };
}

const LONG_BODY = Array.from({ length: 16 }, (_, i) =>
  `Paragraf ${i + 1}: berdasarkan hasil klarifikasi, pelayanan perizinan koperasi pada loket terpadu belum sesuai dengan standar pelayanan yang telah ditetapkan, sehingga kami telah melakukan pembinaan kepada petugas dan evaluasi terhadap prosedur yang berlaku.`,
);

describe('Surat dinas (reply letter) PDF', () => {
  it('prints Nomor, Sifat, Lampiran, Hal at the left with place and date on the line of Nomor, then Yth., the body, signature and Tembusan', async () => {
    const pdf = await renderSuratDinasPdf(letter());
    const [page] = pdfPagesText(pdf);
    expect(page).toContain('DINAS KOPERASI, USAHA KECIL DAN MENENGAH');
    expect(page).toMatch(/Nomor\s+: 500\/456\/Diskop\s+Palu, 23 November 2026/);
    const text = fold(pdfToText(pdf, 'raw'));
    expect(text).toContain('Sifat : Biasa Lampiran : – Hal : Tanggapan atas Pengaduan');
    expect(text).toContain('Yth. Sdr. Ahmad Fauzi Jl. Towua No. 12 Kelurahan Tatura Selatan, Palu di Tempat Menindaklanjuti');
    expect(text).toContain('sebagai berikut: 1. petugas loket telah diberi pembinaan; 2. izin koperasi');
    expect(text).toMatch(
      /kami ucapkan terima kasih\. KEPALA DINAS KOPERASI, USAHA KECIL DAN MENENGAH PROVINSI SULAWESI TENGAH, Sisliandy Ponulele Pembina Utama Muda \(IV\/c\) NIP 197807071997121001 Tembusan: 1\. Gubernur Sulawesi Tengah 2\. Inspektur Provinsi Sulawesi Tengah$/,
    );
    // The date ends at the right margin (2 cm), on the baseline of Nomor.
    const words = pdfWordBoxes(pdf)[0]!.words;
    const nomor = words.find((w) => w.text === 'Nomor')!;
    const year = words.find((w) => w.text === '2026' && Math.abs(w.yMin - nomor.yMin) < 1);
    expect(year).toBeDefined();
    expect(Math.abs((year?.xMax ?? 0) - (595.28 - 56.69))).toBeLessThan(2);
  });

  it.each([
    ['a.n.', { mode: 'an', jabatan: 'Sekretaris', onBehalfOf: HEAD }, `a.n. ${HEAD.toUpperCase()}, SEKRETARIS,`],
    ['u.b.', { mode: 'ub', jabatan: 'Kepala Bidang Koperasi', onBehalfOf: HEAD, intermediate: 'Sekretaris' }, `a.n. ${HEAD.toUpperCase()}, SEKRETARIS, u.b. KEPALA BIDANG KOPERASI,`],
    ['Plt.', { mode: 'plt', jabatan: HEAD }, `Plt. ${HEAD.toUpperCase()},`],
    ['Plh.', { mode: 'plh', jabatan: HEAD }, `Plh. ${HEAD.toUpperCase()},`],
  ] as const)('signs %s', async (_mode, who, expected) => {
    const text = fold(pdfToText(await renderSuratDinasPdf(letter({ signer: { ...SIGNER, ...who } })), 'raw'));
    expect(text).toContain(`terima kasih. ${expected} Sisliandy Ponulele Pembina Utama Muda (IV/c) NIP 197807071997121001`);
  });

  it('refuses a u.b. signature without the official in between', async () => {
    await expect(renderSuratDinasPdf(letter({ signer: { ...SIGNER, mode: 'ub', onBehalfOf: HEAD } }))).rejects.toThrow(
      'Penanda tangan: jabatan perantara (u.b.) wajib diisi.',
    );
  });

  it.each(LETTER_PAPERS)('on %s: a long body spills to page 2 with "- 2 -" on top, no letterhead, and the signature with the last line', async (paper, width, height) => {
    const pdf = await renderSuratDinasPdf(letter({ paper, body: LONG_BODY }));
    const page2 = expectSecondPageWithoutLetterhead(pdf, { width, height }, ['PEMERINTAH PROVINSI SULAWESI TENGAH', 'Telepon (0451)', 'Jl. Prof. Moh. Yamin']);
    expect(page2).toMatch(/Paragraf 16: .* Sisliandy Ponulele .* Tembusan: 1\. Gubernur/);
  });

  it('never leaves the signature alone at the top of a page, whatever the body length', async () => {
    for (let count = 8; count <= 16; count++) {
      const pages = rawPages(await renderSuratDinasPdf(letter({ body: LONG_BODY.slice(0, count) })));
      const signed = pages.find((p) => p.includes('Sisliandy Ponulele'));
      expect(signed, `${count} paragraf`).toMatch(new RegExp(`Paragraf ${count}: .*SULAWESI TENGAH, Sisliandy Ponulele`));
    }
  }, 60_000);
});
