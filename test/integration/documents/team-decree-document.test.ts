import { describe, expect, it } from 'vitest';
import {
  renderTeamDecreePdf,
  SEED_004_LEGAL_BASES,
  type TeamDecreeData,
  type TeamMember,
} from '../../../electron/documents/team-decree-document';
import type { OfficeSettings } from '../../../shared/office/office-settings';
import { pdfInfo, pdfPageSizes, pdfPagesText, pdfToText, pdfWordBoxes } from '../../support/pdf-tools';

// Seed 004: the head of the Belakang Padang immigration office forms a team for a complaint.

const OFFICE: OfficeSettings = {
  nameLines: ['Kementerian Hukum dan Hak Asasi Manusia', 'Kantor Wilayah Kepulauan Riau', 'Kantor Imigrasi Kelas II TPI Belakang Padang'],
  address: 'Jl. Hang Jebat No. 1, Kecamatan Belakang Padang, Kota Batam, Kepulauan Riau 29413',
  phone: '(0778) 311234',
  website: 'belakangpadang.imigrasi.go.id',
  email: 'kanim.bp@imigrasi.go.id',
  logoDataUrl: '',
  timeZone: 'WIB',
  paperSize: 'F4',
};

const NAMES = ['Hendra Gunawan, S.H.', 'Yusuf Maulana, S.H.', 'Dewi Lestari, S.H.', 'Rudi Hartono', 'Siti Aminah', 'Agus Salim',
  'Rina Marlina', 'Bambang Sutrisno', 'Fitri Handayani', 'Joko Prasetyo', 'Nur Aisyah', 'Eko Wahyudi'];
const ROLES = ['penanggung-jawab', 'ketua', 'sekretaris'] as const;

/** Twelve members, listed with the anggota first to check that the table orders them by role. */
const MEMBERS: TeamMember[] = NAMES.map((name, i): TeamMember => ({
  name,
  nip: i === 11 ? '' : `1985${String(i + 1).padStart(2, '0')}122010011${String(i).padStart(3, '0')}`,
  position: i === 0 ? 'Kepala Seksi Teknologi Informasi dan Komunikasi Keimigrasian' : 'Analis Keimigrasian Ahli Pertama',
  role: ROLES[i] ?? 'anggota',
})).reverse();

function decree(overrides: Partial<TeamDecreeData> = {}): TeamDecreeData {
  return {
    office: OFFICE,
    paper: 'A4',
    number: 'W.32.IMI.5-UM.01.01-0123',
    teamSubject: 'Pengaduan Masyarakat Nomor Register 0012/ADU/XI/2026',
    considerations: [
      'bahwa Kantor Imigrasi Kelas II TPI Belakang Padang telah menerima pengaduan masyarakat mengenai dugaan pungutan biaya tambahan pada pelayanan paspor',
      'bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan Kepala Kantor tentang Pembentukan Tim Penanganan Pengaduan Masyarakat',
    ],
    legalBases: SEED_004_LEGAL_BASES,
    tasks: ['menghimpun keterangan dan bukti', 'melakukan klarifikasi kepada pelapor dan pihak yang diadukan', 'melaporkan hasil pelaksanaan tugas kepada Kepala Kantor'],
    term: { from: '2026-11-24', to: '2026-12-23' },
    decidedOn: '2026-11-23',
    signer: { position: 'Kepala Kantor Imigrasi Kelas II TPI Belakang Padang', name: 'Budi Santoso', nip: '197805122000031001' },
    members: MEMBERS,
    copiesTo: ['Kepala Kantor Wilayah Kementerian Hukum dan HAM Kepulauan Riau', 'Yang bersangkutan'],
    printedAt: new Date('2026-11-23T03:00:00Z'),
    ...overrides,
  };
}

const fold = (text: string) => text.replace(/\s+/g, ' ');
const flow = (pdf: Buffer) => fold(pdfToText(pdf, 'raw'));
/** Pages in drawing order (a wrapped table cell reads whole), whitespace folded. */
const pagesOf = (pdf: Buffer) => pdfToText(pdf, 'raw').split('\f').filter((p) => p.trim() !== '').map(fold);

describe('SK Tim PDF', () => {
  it('prints the title, Menimbang, Mengingat (the legal bases of seed 004), MEMUTUSKAN and the four articles', async () => {
    const text = flow(await renderTeamDecreePdf(decree()));
    expect(text).toContain('KEPUTUSAN KEPALA KANTOR IMIGRASI KELAS II TPI BELAKANG PADANG NOMOR W.32.IMI.5-UM.01.01-0123 TENTANG PEMBENTUKAN TIM PENANGANAN PENGADUAN MASYARAKAT NOMOR REGISTER 0012/ADU/XI/2026');
    expect(text).toContain('Menimbang : a. bahwa Kantor Imigrasi');
    expect(text).toMatch(/pelayanan paspor; b\. bahwa berdasarkan/);
    expect(text).toContain('Mengingat : 1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik; 2. Peraturan Presiden Nomor 76 Tahun 2013');
    expect(text).toContain('9. Peraturan Menteri Hukum dan Hak Asasi Manusia Nomor 57 Tahun 2016');
    expect(SEED_004_LEGAL_BASES).toHaveLength(9);
    expect(text).toContain('MEMUTUSKAN: Menetapkan : KEPUTUSAN KEPALA KANTOR IMIGRASI');
    for (const article of ['KESATU', 'KEDUA', 'KETIGA', 'KEEMPAT']) expect(text).toContain(`${article} :`);
    expect(text).toContain('sebagaimana tercantum dalam Lampiran');
    expect(text).toContain('a. menghimpun keterangan dan bukti; b. melakukan klarifikasi kepada pelapor dan pihak yang diadukan; dan c. melaporkan hasil pelaksanaan tugas kepada Kepala Kantor.');
    expect(text).toContain('sejak tanggal 24 November 2026 sampai dengan tanggal 23 Desember 2026');
    expect(text).toContain('KEEMPAT : Keputusan ini mulai berlaku pada tanggal ditetapkan.');
    expect(text).toMatch(/Ditetapkan di : Batam pada tanggal : 23 November 2026 KEPALA KANTOR IMIGRASI KELAS II TPI BELAKANG PADANG, BUDI SANTOSO NIP 197805122000031001/);
    expect(text).toContain('Tembusan: 1. Kepala Kantor Wilayah Kementerian Hukum dan HAM Kepulauan Riau 2. Yang bersangkutan');
    expect(pdfInfo(await renderTeamDecreePdf(decree())).Title).toBe(
      'Keputusan Nomor W.32.IMI.5-UM.01.01-0123 tentang Pembentukan Tim Penanganan Pengaduan Masyarakat Nomor Register 0012/ADU/XI/2026',
    );
  });

  it('attaches the membership as a Lampiran table ordered by role, signed again', async () => {
    const pdf = await renderTeamDecreePdf(decree());
    const pages = pagesOf(pdf);
    const lampiran = pages.findIndex((p) => p.includes('SUSUNAN KEANGGOTAAN'));
    expect(lampiran).toBeGreaterThan(0);
    const text = pages.slice(lampiran).join(' ');
    expect(text).toMatch(/LAMPIRAN : KEPUTUSAN KEPALA KANTOR/);
    expect(text).toMatch(/No Nama NIP Jabatan Kedudukan dalam Tim/);
    expect(text).toMatch(/1\. Hendra Gunawan, S\.H\. 198501122010011000 Kepala Seksi Teknologi Informasi dan Komunikasi Keimigrasian Penanggung Jawab/);
    expect(text).toMatch(/2\. Yusuf Maulana, S\.H\. \d{18} Analis Keimigrasian Ahli Pertama Ketua/);
    expect(text).toMatch(/3\. Dewi Lestari, S\.H\. \d{18} .*Sekretaris/);
    // Anggota keep the order given (here reversed): Eko Wahyudi, who has no NIP, first of them.
    expect(text).toMatch(/4\. Eko Wahyudi – Analis Keimigrasian Ahli Pertama Anggota/);
    expect(text).toMatch(/12\. Rudi Hartono \d{18} Analis/);
    // Nothing after the signature but the page number (drawn last, in the page header).
    expect(text).toMatch(/Anggota KEPALA KANTOR IMIGRASI KELAS II TPI BELAKANG PADANG, BUDI SANTOSO NIP 197805122000031001( - \d+ -)?\s*$/);
  });

  it.each([
    ['A4', 595.28, 841.89],
    ['F4', 609.45, 935.43],
  ] as const)('on %s: the letterhead on page 1 only, "- n -" at the top centre from page 2 on', async (paper, width, height) => {
    const pdf = await renderTeamDecreePdf(decree({ paper }));
    const { pages, sizes } = pdfPageSizes(pdf);
    expect(pages).toBeGreaterThanOrEqual(2);
    for (const size of sizes) {
      expect(Math.abs(size.width - width)).toBeLessThanOrEqual(1);
      expect(Math.abs(size.height - height)).toBeLessThanOrEqual(1);
    }
    const layout = pdfPagesText(pdf);
    const boxes = pdfWordBoxes(pdf);
    expect(layout[0]).toContain('KANTOR IMIGRASI KELAS II TPI BELAKANG PADANG');
    expect(layout[0]).toContain('KEMENTERIAN HUKUM DAN HAK ASASI MANUSIA');
    expect(layout[0]).not.toMatch(/- 1 -/);
    layout.slice(1).forEach((page, i) => {
      const firstLine = page.split('\n').find((l) => l.trim() !== '') ?? '';
      expect(firstLine.replace(/\s/g, '')).toBe(`-${i + 2}-`);
      // Centred between the margins (3 cm left, 2 cm right), above the text area.
      const number = boxes[i + 1]?.words.find((w) => w.text === String(i + 2) && w.yMax < 60);
      expect(number, `halaman ${i + 2}`).toBeDefined();
      const centre = ((number?.xMin ?? 0) + (number?.xMax ?? 0)) / 2;
      expect(Math.abs(centre - (85.04 + (width - 85.04 - 56.69) / 2))).toBeLessThan(3);
      expect(page).not.toContain('KEMENTERIAN HUKUM DAN HAK ASASI MANUSIA');
      expect(page).not.toContain('Jl. Hang Jebat');
    });
  });

  it('never leaves a signature block alone at the top of a page, however long the team', async () => {
    // Every count where the tail of the table and the signature cross a page end on A4.
    for (const count of [12, 16, 20, 24, 26, 28, 30, 32, 34, 36, 38, 40]) {
      const members = Array.from({ length: count }, (_, i) => ({ ...MEMBERS[i % MEMBERS.length]!, name: `Anggota Nomor ${i + 1}`, role: 'anggota' as const }));
      const pages = pagesOf(await renderTeamDecreePdf(decree({ members })));
      for (const [i, page] of pages.entries()) {
        if (!page.includes('BUDI SANTOSO')) continue;
        // What the page holds before the signer's jabatan: more than the page number.
        const before = page.slice(0, page.indexOf('KEPALA KANTOR IMIGRASI KELAS II TPI BELAKANG PADANG,')).replace(/- \d+ -/, '').trim();
        expect(before.length, `${count} anggota, halaman ${i + 1}`).toBeGreaterThan(40);
        if (page.includes('SUSUNAN KEANGGOTAAN') || page.includes('Kedudukan dalam Tim') || /Anggota Nomor/.test(page)) {
          expect(page, `${count} anggota`).toMatch(new RegExp(`Anggota Nomor ${count} .*BUDI SANTOSO`));
        }
      }
    }
  }, 120_000);

  it('spills a long membership table over pages with its header repeated', async () => {
    const members = Array.from({ length: 40 }, (_, i) => ({ ...MEMBERS[i % MEMBERS.length]!, name: `Anggota Nomor ${i + 1}` }));
    const pages = pagesOf(await renderTeamDecreePdf(decree({ members })));
    const withRows = pages.filter((p) => /Anggota Nomor \d+/.test(p));
    expect(withRows.length).toBeGreaterThanOrEqual(2);
    for (const page of withRows) expect(page).toContain('No Nama NIP Jabatan Kedudukan dalam Tim');
    expect(pages.join(' ')).toContain('40. Anggota Nomor');
  });
});
