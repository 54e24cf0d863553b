import type { SopDefinitionInput } from '../sop-definition';
import { jam } from './preset-times';

/**
 * Seed 004: a complaint by social media or SMS. The head of the IT section decides whether
 * it is followed up (step 5): yes → the head forms a team (SK Tim), no → straight to telling
 * the complainant. Step 1 and 7 have no time in the table.
 */
export const SOP_004_IMIGRASI_BELAKANG_PADANG = {
  code: 'imigrasi-belakang-padang',
  title: 'Penanganan Pengaduan Masyarakat via Media Sosial dan Nomor Handphone/SMS Pengaduan',
  agencyLines: ['Kementerian Hukum dan Hak Asasi Manusia', 'Kantor Imigrasi Kelas II TPI Belakang Padang'],
  sopNumber: '',
  effectiveDate: '',
  approvedBy: '',
  source: 'SOP Penanganan Pengaduan Masyarakat Kantor Imigrasi Kelas II TPI Belakang Padang',
  actors: [
    { key: 'kepala-kantor', label: 'Kepala Kantor', kind: 'jabatan' },
    { key: 'kasi-ti', label: 'Kepala Seksi Teknologi dan Informasi', kind: 'jabatan' },
    { key: 'seksi-terkait', label: 'Seksi Terkait', kind: 'jabatan' },
    { key: 'admin-tikkim', label: 'Admin TIKKIM', kind: 'jabatan' },
    { key: 'pelapor', label: 'Pelapor', kind: 'publik' },
  ],
  steps: [
    {
      no: 1, activity: 'Pengaduan dilaporkan melalui media sosial dan nomor telepon/SMS pengaduan', actors: ['pelapor'],
      inputs: 'Komputer', standardTime: null, output: 'Laporan aduan', outputKind: 'catatan', next: 2, note: 'Mulai',
    },
    {
      no: 2, activity: 'Pengaduan diterima dan dikonfirmasi oleh Admin TIKKIM', actors: ['admin-tikkim'],
      inputs: '', standardTime: jam(12), output: 'Laporan terusan aduan', outputKind: 'catatan', next: 3,
    },
    {
      no: 3,
      activity: 'Pengaduan diterima dan didisposisi ke seksi terkait dan dilanjutkan ke Admin TIKKIM setelah diproses oleh seksi terkait',
      actors: ['kepala-kantor', 'seksi-terkait'], inputs: 'Komputer', standardTime: jam(12), output: 'Lembar disposisi', outputKind: 'disposisi', next: 4,
    },
    {
      no: 4, activity: 'Melakukan analisis aduan', actors: ['admin-tikkim', 'seksi-terkait'],
      inputs: '', standardTime: jam(12), output: 'Analisis aduan', outputKind: 'telaah', next: 5,
    },
    {
      no: 5, activity: 'Kepala Seksi Teknologi dan Informasi menentukan langkah tindak lanjut', actors: ['kasi-ti'],
      inputs: 'Komputer', standardTime: jam(12), output: 'Keputusan', outputKind: 'catatan', next: null,
      decision: {
        question: 'Aduan ditindaklanjuti?',
        options: [
          { key: 'tindak-lanjut', label: 'Tindak lanjut', goTo: 6 },
          { key: 'tidak', label: 'Tidak ditindaklanjuti', goTo: 7 },
        ],
      },
    },
    {
      no: 6, activity: 'Kepala Kantor membentuk Tim untuk menangani aduan', actors: ['kepala-kantor'],
      inputs: 'Komputer', standardTime: jam(12), output: 'SK Tim Penanganan Aduan', outputKind: 'sk-tim', next: 7,
    },
    {
      no: 7, activity: 'Menginformasikan tindak lanjut aduan kepada pelapor melalui sosial media/WhatsApp/telepon/SMS pemohon', actors: ['admin-tikkim'],
      inputs: '', standardTime: null, output: '', outputKind: 'penyampaian-jawaban', next: 8,
    },
    {
      no: 8, activity: 'Informasi tindak lanjut aduan disampaikan kembali kepada pelapor melalui media aduan agar diterima pelapor',
      actors: ['admin-tikkim', 'pelapor'], inputs: 'Komputer', standardTime: jam(12), output: 'Informasi tindak lanjut', outputKind: 'catatan', next: null,
    },
  ],
} satisfies SopDefinitionInput;
