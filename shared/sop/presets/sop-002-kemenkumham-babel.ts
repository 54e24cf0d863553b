import type { SopDefinitionInput } from '../sop-definition';
import { menit } from './preset-times';

/**
 * Seed 002: the memo goes up the chain for paraf, the answer comes back down. Each paraf
 * (steps 8 and 9) approves the draft or returns it to the drafter, Kasubag PPHTI (step 6).
 */
export const SOP_002_KEMENKUMHAM_BABEL = {
  code: 'kemenkumham-babel-pengaduan',
  title: 'Layanan Pengaduan Masyarakat',
  agencyLines: ['Kementerian Hukum dan Hak Asasi Manusia', 'Kantor Wilayah Kementerian Hukum dan HAM Kep. Bangka Belitung'],
  sopNumber: 'W.7-OT.01.02-566',
  effectiveDate: '2 Januari 2020',
  approvedBy: 'Kepala Kantor Wilayah, Drs. Anas Jaeful Anwar, Bc.IP., M.Si, NIP. 196202191986031002',
  source: 'Flowchart SOP Layanan Pengaduan Masyarakat, dibuat 2 Januari 2020',
  actors: [
    { key: 'divisi-terkait', label: 'Divisi Terkait', kind: 'jabatan' },
    { key: 'kakanwil', label: 'Kakanwil', kind: 'jabatan' },
    { key: 'kadivmin', label: 'Kadiv', kind: 'jabatan' },
    { key: 'kabag-p2', label: 'Kabag P2', kind: 'jabatan' },
    { key: 'kasubag-pphti', label: 'Kasubag PPHTI', kind: 'jabatan' },
    { key: 'pelapor', label: 'Pelapor', kind: 'publik' },
  ],
  steps: [
    {
      no: 1,
      activity: 'Pelapor menyampaikan laporan pengaduan secara langsung/tidak langsung terkait dengan dugaan pelanggaran dari Divisi/UPT/Masyarakat/Media',
      actors: ['pelapor'], inputs: 'Surat', standardTime: menit(30), output: 'Mengetahui permasalahan', outputKind: 'catatan', next: 2,
    },
    {
      no: 2, activity: 'Kakanwil memerintahkan Kadivmin untuk menindaklanjuti laporan pengaduan/konfirmasi kebenaran pengaduan tersebut',
      actors: ['kakanwil'], inputs: 'Disposisi', standardTime: menit(10), output: 'Disposisi/instruksi', outputKind: 'disposisi', next: 3,
    },
    {
      no: 3, activity: 'Kadivmin memerintahkan Kabag P2 untuk memproses laporan pengaduan',
      actors: ['kadivmin'], inputs: 'Disposisi', standardTime: menit(15), output: 'Laporan', outputKind: 'disposisi', next: 4,
    },
    {
      no: 4, activity: 'Kabag P2 memerintahkan Kasubag PPHTI untuk memproses laporan pengaduan',
      actors: ['kabag-p2'], inputs: 'Disposisi', standardTime: menit(15), output: 'Laporan', outputKind: 'disposisi', next: 5,
    },
    {
      no: 5, activity: 'Kasubag PPHTI menelaah dan meneliti, memeriksa syarat kelengkapan laporan pengaduan',
      actors: ['kasubag-pphti'], inputs: 'Berkas laporan', standardTime: menit(60), output: 'Hasil telaahan', outputKind: 'telaah', next: 6,
    },
    {
      no: 6,
      activity: 'Kasubag PPHTI membuat konsep nota dinas Divisi Administrasi terkait laporan pengaduan untuk disampaikan ke divisi terkait untuk ditindaklanjuti',
      actors: ['kasubag-pphti'], inputs: 'Draft nota dinas', standardTime: menit(25), output: 'Nota dinas', outputKind: 'nota-dinas', next: 7,
    },
    {
      no: 7, activity: 'Kasubag PPHTI menyampaikan konsep nota dinas Divisi Administrasi ke Kabag P2 untuk dikoreksi dan paraf',
      actors: ['kasubag-pphti', 'kabag-p2'], inputs: 'Draft nota dinas', standardTime: menit(25), output: 'Nota dinas', outputKind: 'nota-dinas', next: 8,
    },
    {
      no: 8, activity: 'Kabag P2 menyampaikan konsep nota dinas ke Kadivmin untuk dikoreksi dan paraf',
      actors: ['kabag-p2', 'kadivmin'], inputs: 'Nota dinas', standardTime: menit(20), output: 'Nota dinas', outputKind: 'nota-dinas', next: null,
      decision: {
        question: 'Konsep nota dinas disetujui dan diparaf Kabag P2?',
        options: [
          { key: 'paraf', label: 'Setuju, diparaf', goTo: 9 },
          { key: 'kembali', label: 'Dikembalikan ke Kasubag PPHTI', goTo: 6, isReturn: true },
        ],
      },
    },
    {
      no: 9,
      activity: 'Kadivmin menyampaikan nota dinas ke Kakanwil untuk koreksi dan ditandatangani dan diteruskan ke Divisi terkait untuk ditindaklanjuti',
      actors: ['kadivmin', 'kakanwil'], inputs: 'Nota dinas', standardTime: menit(15), output: 'Nota dinas', outputKind: 'nota-dinas', next: null,
      decision: {
        question: 'Nota dinas diparaf Kadivmin dan ditandatangani Kakanwil?',
        options: [
          { key: 'tandatangan', label: 'Setuju, ditandatangani', goTo: 10 },
          { key: 'kembali', label: 'Dikembalikan ke Kasubag PPHTI', goTo: 6, isReturn: true },
        ],
      },
    },
    {
      no: 10, activity: 'Divisi terkait memberikan jawaban/informasi atas laporan yang disampaikan dalam bentuk laporan/press release',
      actors: ['divisi-terkait'], inputs: 'Laporan/press release', standardTime: menit(20), output: 'Laporan/press release', outputKind: 'catatan', next: 11,
    },
    {
      no: 11, activity: 'Kakanwil memerintahkan Kadiv terkait untuk menyampaikan jawaban kepada masyarakat',
      actors: ['kakanwil'], inputs: 'Laporan/press release', standardTime: menit(10), output: 'Laporan/press release', outputKind: 'disposisi', next: 12,
    },
    {
      no: 12, activity: 'Kadivmin memerintahkan Kabag P2 untuk menyampaikan jawaban kepada masyarakat',
      actors: ['kadivmin'], inputs: 'Laporan/press release', standardTime: menit(10), output: 'Laporan/press release', outputKind: 'disposisi', next: 13,
    },
    {
      no: 13, activity: 'Kabag P2 memerintahkan Kasubag PPHTI untuk menyampaikan jawaban kepada masyarakat',
      actors: ['kabag-p2'], inputs: 'Laporan/press release', standardTime: menit(15), output: 'Laporan/press release', outputKind: 'disposisi', next: 14,
    },
    {
      no: 14, activity: 'Kasubag PPHTI meneruskan jawaban kepada masyarakat secara langsung atau melalui website',
      actors: ['kasubag-pphti', 'pelapor'], inputs: 'Laporan/press release', standardTime: menit(20), output: 'Laporan/press release',
      outputKind: 'penyampaian-jawaban', next: null,
    },
  ],
} satisfies SopDefinitionInput;
