import { describe, expect, it } from 'vitest';
import type { LetterSigner } from '../../../electron/documents/letter-signature';
import { renderNotaDinasPdf, type NotaDinasData } from '../../../electron/documents/nota-dinas-document';
import type { OfficeSettings } from '../../../shared/office/office-settings';
import { expectSecondPageWithoutLetterhead, fold, LETTER_PAPERS, rawPages } from '../../support/letter-page-checks';
import { pdfPagesText, pdfToText } from '../../support/pdf-tools';

// Seed 003: a unit of the Dinas Koperasi reports a complaint to the Kepala Dinas.

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
const SIGNER: LetterSigner = { mode: 'langsung', jabatan: 'Sekretaris', name: 'Rahmat Hidayat, S.E., M.Si.', rank: 'Pembina Tk. I (IV/b)', nip: '197203151998031004' };

function nota(overrides: Partial<NotaDinasData> = {}): NotaDinasData {
  return {
    office: OFFICE,
    paper: 'A4',
    number: '500/123/Sekr',
    to: HEAD,
    from: 'Sekretaris',
    copiesTo: ['Kepala Bidang Koperasi', 'Kepala Subbagian Umum dan Kepegawaian'],
    date: '2026-11-23',
    nature: 'Segera',
    attachments: '1 (satu) berkas',
    subject: 'Laporan Penanganan Pengaduan Nomor Register 0012/ADU/XI/2026',
    body: [
      'Sehubungan dengan pengaduan masyarakat yang diterima pada tanggal 20 November 2026, dengan hormat kami laporkan hal-hal sebagai berikut:',
      { numbered: ['pengaduan telah diverifikasi dan dinyatakan lengkap;', 'klarifikasi kepada pelapor telah dilaksanakan pada tanggal 21 November 2026.'] },
      'Demikian disampaikan, mohon arahan Bapak.',
    ],
    signer: SIGNER,
    printedAt: new Date('2026-11-23T03:00:00Z'),
    ...overrides,
  };
}

const LONG_BODY = Array.from({ length: 16 }, (_, i) =>
  `Paragraf ${i + 1}: hasil klarifikasi menunjukkan bahwa pelayanan perizinan koperasi pada loket terpadu belum sesuai dengan standar pelayanan yang telah ditetapkan, sehingga perlu dilakukan pembinaan kepada petugas dan evaluasi terhadap prosedur yang berlaku.`,
);

describe('Nota dinas PDF', () => {
  it('prints the letterhead, title, number, the header fields with aligned colons, the body and the signature', async () => {
    const pdf = await renderNotaDinasPdf(nota());
    const [page] = pdfPagesText(pdf);
    expect(page).toContain('DINAS KOPERASI, USAHA KECIL DAN MENENGAH');
    const text = fold(pdfToText(pdf, 'raw'));
    expect(text).toContain('NOTA DINAS Nomor 500/123/Sekr');
    expect(text).toContain(`Yth. : ${HEAD} Dari : Sekretaris Tembusan : 1. Kepala Bidang Koperasi 2. Kepala Subbagian Umum dan Kepegawaian`);
    expect(text).toContain('Tanggal : 23 November 2026 Sifat : Segera Lampiran : 1 (satu) berkas Hal : Laporan Penanganan Pengaduan Nomor Register 0012/ADU/XI/2026');
    expect(text).toContain('sebagai berikut: 1. pengaduan telah diverifikasi dan dinyatakan lengkap; 2. klarifikasi kepada pelapor');
    expect(text).toMatch(/mohon arahan Bapak\. SEKRETARIS, Rahmat Hidayat, S\.E\., M\.Si\. Pembina Tk\. I \(IV\/b\) NIP 197203151998031004$/);
    // The colons of the left block stand in one column.
    const colons = page!.split('\n').filter((l) => /^\s*(Yth\.|Dari|Tanggal|Sifat|Lampiran|Hal)\s+:/.test(l)).map((l) => l.indexOf(':'));
    expect(colons).toHaveLength(6);
    expect(new Set(colons).size).toBe(1);
  });

  it('leaves out Tembusan when there is none', async () => {
    const text = fold(pdfToText(await renderNotaDinasPdf(nota({ copiesTo: [] })), 'raw'));
    expect(text).not.toContain('Tembusan');
    expect(text).toContain('Dari : Sekretaris Tanggal : 23 November 2026');
  });

  it.each([
    ['a.n.', { mode: 'an', jabatan: 'Sekretaris', onBehalfOf: HEAD }, `a.n. ${HEAD.toUpperCase()}, SEKRETARIS, Rahmat`],
    ['u.b.', { mode: 'ub', jabatan: 'Kepala Subbagian Umum dan Kepegawaian', onBehalfOf: HEAD, intermediate: 'Sekretaris' },
      `a.n. ${HEAD.toUpperCase()}, SEKRETARIS, u.b. KEPALA SUBBAGIAN UMUM DAN KEPEGAWAIAN, Rahmat`],
    ['Plt.', { mode: 'plt', jabatan: HEAD }, `Plt. ${HEAD.toUpperCase()}, Rahmat`],
    ['Plh.', { mode: 'plh', jabatan: HEAD }, `Plh. ${HEAD.toUpperCase()}, Rahmat`],
  ] as const)('signs %s', async (_mode, who, expected) => {
    const text = fold(pdfToText(await renderNotaDinasPdf(nota({ signer: { ...SIGNER, ...who } })), 'raw'));
    expect(text).toContain(`${expected} Hidayat, S.E., M.Si. Pembina Tk. I (IV/b) NIP 197203151998031004`);
  });

  it('refuses an a.n. signature without the head it is signed for', async () => {
    await expect(renderNotaDinasPdf(nota({ signer: { ...SIGNER, mode: 'an' } }))).rejects.toThrow('Penanda tangan: jabatan pimpinan (a.n.) wajib diisi.');
  });

  it.each(LETTER_PAPERS)('on %s: a long body spills to page 2 with "- 2 -" on top, no letterhead, and the signature with the last line', async (paper, width, height) => {
    const pdf = await renderNotaDinasPdf(nota({ paper, body: LONG_BODY }));
    const page2 = expectSecondPageWithoutLetterhead(pdf, { width, height }, ['DINAS KOPERASI', 'Jl. Prof. Moh. Yamin', 'NOTA DINAS']);
    expect(page2).toMatch(/Paragraf 16: .* SEKRETARIS, Rahmat Hidayat/);
  });

  it('never leaves the signature alone at the top of a page, whatever the body length', async () => {
    for (let count = 8; count <= 16; count++) {
      const pages = rawPages(await renderNotaDinasPdf(nota({ body: LONG_BODY.slice(0, count) })));
      const signed = pages.find((p) => p.includes('Rahmat Hidayat'));
      expect(signed, `${count} paragraf`).toMatch(new RegExp(`Paragraf ${count}: .*SEKRETARIS, Rahmat Hidayat`));
    }
  }, 60_000);
});
