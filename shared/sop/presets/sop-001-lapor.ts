import type { SopDefinitionInput } from '../sop-definition';
import { hariKerja, menit } from './preset-times';

/**
 * Seed 001: a report through SP4N-LAPOR! flowing down the admin levels. The table writes
 * "3 hari" and "10 hari"; the activities ("(3 hari kerja)") and the published LAPOR! rules
 * (DOMAIN.md, time rules) count working days, so the days here are working days.
 * Step 11 is nobody's work — LAPOR! closes the report by itself — hence the system column
 * the paper leaves implicit.
 */
export const SOP_001_LAPOR = {
  code: 'sp4n-lapor',
  title: 'Prosedur Pengelolaan Pengaduan melalui SP4N-LAPOR!',
  agencyLines: ['Biro Komunikasi dan Pelayanan Publik'],
  sopNumber: '',
  effectiveDate: '',
  approvedBy: '',
  source: 'SOP Pengelolaan Pengaduan Biro Komunikasi dan Pelayanan Publik',
  actors: [
    { key: 'admin-nasional', label: 'Admin Nasional', kind: 'jabatan' },
    { key: 'admin-instansi', label: 'Admin Instansi', kind: 'jabatan' },
    { key: 'admin-eselon-1', label: 'Admin Eselon 1', kind: 'jabatan' },
    { key: 'admin-upt', label: 'Admin UPT', kind: 'jabatan' },
    { key: 'sistem-lapor', label: 'Sistem SP4N-LAPOR!', kind: 'sistem' },
  ],
  steps: [
    {
      no: 1, activity: 'Laporan informasi, aspirasi dan pengaduan dari masyarakat', actors: ['admin-nasional'],
      inputs: 'Laporan masyarakat', standardTime: menit(60), output: 'Laporan masuk', outputKind: 'catatan', next: 2,
    },
    {
      no: 2, activity: 'Verifikasi, identifikasi dan disposisi ke Admin Instansi', actors: ['admin-nasional'],
      inputs: 'Laporan masuk', standardTime: hariKerja(3), output: 'Disposisi laporan nasional', outputKind: 'disposisi', next: 3,
    },
    {
      no: 3, activity: 'Admin Instansi menerima disposisi laporan dari Admin Nasional atau langsung dari masyarakat', actors: ['admin-instansi'],
      inputs: 'Disposisi laporan nasional', standardTime: menit(60), output: 'Disposisi laporan nasional', outputKind: 'catatan', next: 4,
    },
    {
      no: 4,
      activity: 'Verifikasi, identifikasi dan disposisi laporan ke Admin Eselon 1; apabila laporan bukan kewenangan dikembalikan ke Admin Nasional',
      actors: ['admin-instansi'], inputs: 'Disposisi laporan nasional', standardTime: hariKerja(3), output: 'Disposisi laporan nasional',
      outputKind: 'telaah', next: null,
      decision: {
        question: 'Laporan sesuai kewenangan instansi?',
        options: [
          { key: 'ya', label: 'Ya, kewenangan instansi', goTo: 5 },
          { key: 'bukan-kewenangan', label: 'Bukan kewenangan', goTo: 2, isReturn: true },
        ],
      },
    },
    {
      no: 5, activity: 'Disposisi laporan ke Admin Eselon 1 (3 hari kerja)', actors: ['admin-instansi'],
      inputs: 'Disposisi laporan nasional', standardTime: hariKerja(3), output: 'Disposisi laporan instansi', outputKind: 'disposisi', next: 6,
    },
    {
      no: 6, activity: 'Admin Eselon 1 menerima laporan dari Admin Instansi dan melakukan respon awal (3 hari kerja)', actors: ['admin-eselon-1'],
      inputs: 'Disposisi laporan instansi', standardTime: menit(60), output: 'Disposisi laporan instansi', outputKind: 'catatan', next: 7,
    },
    {
      no: 7,
      activity:
        'Admin Eselon 1 melakukan verifikasi laporan terdisposisi sesuai ketentuan dari KemenPAN-RB: jika sesuai kewenangan ditindaklanjuti di level Eselon 1, jika kewenangan di level UPT vertikal maka akan didisposisikan, dan jika tidak sesuai kewenangan dapat dikembalikan ke Admin Instansi',
      actors: ['admin-eselon-1'], inputs: 'Disposisi laporan instansi', standardTime: menit(60), output: 'Disposisi laporan unit Eselon 1',
      outputKind: 'telaah', next: null,
      decision: {
        question: 'Kewenangan siapa?',
        options: [
          { key: 'eselon-1', label: 'Kewenangan Eselon 1', goTo: 8 },
          { key: 'upt', label: 'Kewenangan UPT', goTo: 9 },
          { key: 'bukan-kewenangan', label: 'Bukan kewenangan', goTo: 4, isReturn: true },
        ],
      },
    },
    {
      no: 8,
      activity:
        'Admin Eselon 1 menindaklanjuti laporan terdisposisi sesuai ketentuan dari KemenPAN-RB (jika sesuai kewenangan), atau mendisposisikan ke Admin UPT (tidak sesuai kewenangan)',
      actors: ['admin-eselon-1'], inputs: 'Disposisi laporan unit Eselon 1', standardTime: hariKerja(3),
      output: 'Jawaban/tindak lanjut substantif', outputKind: 'penyampaian-jawaban', next: 11,
    },
    {
      no: 9, activity: 'Admin UPT menerima laporan dari Admin Eselon 1', actors: ['admin-upt'],
      inputs: 'Disposisi laporan unit Eselon 1', standardTime: menit(60), output: 'Disposisi laporan unit Eselon 1', outputKind: 'catatan', next: 10,
    },
    {
      no: 10, activity: 'Admin UPT menindaklanjuti laporan terdisposisi sesuai ketentuan dari KemenPAN-RB', actors: ['admin-upt'],
      inputs: 'Disposisi laporan unit Eselon 1', standardTime: menit(60), output: 'Jawaban/tindak lanjut substantif',
      outputKind: 'penyampaian-jawaban', next: 11,
    },
    {
      no: 11, activity: 'Laporan selesai dan menunggu penutupan sistem', actors: ['sistem-lapor'],
      inputs: 'Jawaban/tindak lanjut substantif', standardTime: hariKerja(10), output: 'Laporan selesai/ditutup sistem',
      outputKind: 'catatan', next: null, note: 'Ditutup otomatis oleh SP4N-LAPOR! bila pelapor tidak menanggapi',
    },
  ],
} satisfies SopDefinitionInput;
