import type { SopDefinitionInput } from '../sop-definition';
import { menit } from './preset-times';

/**
 * Seed 003: guest book, then an oral complaint is settled at once (step 5, the end) and a
 * written one runs through TNDE, disposition, a draft reply the head approves or returns
 * (step 9), the Sekretaris's signature as PPID, delivery and the archive.
 */
export const SOP_003_DINAS_KUKM_SULTENG = {
  code: 'dinas-kukm-sulteng',
  title: 'Mekanisme Layanan Pengaduan di Lingkungan Organisasi',
  agencyLines: ['Pemerintah Provinsi Sulawesi Tengah', 'Dinas Koperasi, Usaha Kecil dan Menengah'],
  sopNumber: '',
  effectiveDate: '',
  approvedBy: 'Kepala Dinas Koperasi dan Usaha Kecil dan Menengah Provinsi Sulawesi Tengah, Sisliandy Ponulele, NIP. 19780707 199712 1 001',
  source: 'SOP Sekretariat: Mekanisme Layanan Pengaduan di Lingkungan Organisasi',
  actors: [
    { key: 'kepala-dinas', label: 'Kepala Dinas', kind: 'jabatan' },
    { key: 'sekretaris', label: 'Sekretaris', kind: 'jabatan' },
    { key: 'sekretariat-bidang-upt', label: 'Sekretariat/Bidang/UPT Pelatihan Koperasi UKM', kind: 'jabatan' },
    { key: 'subbag-umum', label: 'Sub Bagian Umum', kind: 'jabatan' },
    { key: 'petugas-pelayanan', label: 'Petugas Pelayanan', kind: 'jabatan' },
    { key: 'pemohon', label: 'Pemohon', kind: 'publik' },
  ],
  steps: [
    {
      no: 1, activity: 'Mendatangi dinas dan menemui Petugas Pelayanan', actors: ['pemohon'],
      inputs: 'Surat aduan', standardTime: menit(30), output: 'Pemohon aduan bertemu Petugas Pelayanan', outputKind: 'catatan', next: 2,
    },
    {
      no: 2, activity: 'Menerima tamu yang bermaksud untuk menyampaikan pengaduan', actors: ['petugas-pelayanan'],
      inputs: 'Surat aduan', standardTime: menit(30), output: 'Dokumen diterima dengan baik', outputKind: 'tanda-terima', next: 3,
      note: 'Pengaduan diterima melalui: kedatangan langsung/telepon/surat',
    },
    {
      no: 3, activity: 'Menyampaikan ke Sub Bagian Kepegawaian dan Umum', actors: ['petugas-pelayanan'],
      inputs: 'Surat aduan dan buku tamu', standardTime: menit(30), output: 'Surat aduan diterima petugas', outputKind: 'catatan', next: 4,
    },
    {
      no: 4, activity: 'Menerima pengaduan secara lisan atau tertulis', actors: ['subbag-umum'],
      inputs: 'Surat aduan', standardTime: menit(30), output: 'Aduan tersampaikan', outputKind: 'catatan', next: null,
      decision: {
        question: 'Pengaduan lisan atau tertulis?',
        options: [
          { key: 'lisan', label: 'Lisan', goTo: 5 },
          { key: 'tertulis', label: 'Tertulis', goTo: 6 },
        ],
      },
    },
    {
      no: 5, activity: 'Menyelesaikan pengaduan lisan oleh humas/bidang terkait', actors: ['sekretariat-bidang-upt'],
      inputs: 'Pengaduan', standardTime: menit(30), output: 'Aduan tersampaikan', outputKind: 'catatan', next: null,
    },
    {
      no: 6, activity: 'Memproses pengaduan tertulis melalui aplikasi TNDE (Tata Naskah Dinas Elektronik)', actors: ['subbag-umum'],
      inputs: 'Surat aduan', standardTime: menit(30), output: 'Surat aduan dilampiri lembar disposisi', outputKind: 'disposisi', next: 7,
    },
    {
      no: 7, activity: 'Menelaah surat pengaduan masuk untuk didisposisi ke Sekretariat/Bidang/UPT Pelatihan Koperasi UKM oleh Kepala Dinas',
      actors: ['kepala-dinas'], inputs: 'Surat aduan dan lembar disposisi', standardTime: menit(30),
      output: 'Surat masuk dapat ditelaah dengan baik', outputKind: 'disposisi', next: 8,
    },
    {
      no: 8,
      activity: 'Sekretariat/Bidang/UPT Pelatihan Koperasi UKM menyusun draft surat jawaban aduan untuk mendapatkan persetujuan Kepala Dinas',
      actors: ['sekretariat-bidang-upt'], inputs: 'Draft surat jawaban dan dokumen pendukung', standardTime: menit(60),
      output: 'Draft surat jawaban dan dokumen pendukung diterima Sekretaris', outputKind: 'surat-jawaban', next: 9,
    },
    {
      no: 9,
      activity:
        'Menelaah draft surat jawaban aduan; jika setuju, Kepala Dinas memberikan paraf persetujuan; jika tidak setuju, dikembalikan ke Sekretariat/Bidang/UPT Pelatihan Koperasi UKM',
      actors: ['kepala-dinas'], inputs: 'Surat aduan dan draft jawaban', standardTime: menit(30), output: 'Surat jawaban aduan',
      outputKind: 'surat-jawaban', next: null,
      decision: {
        question: 'Kepala Dinas menyetujui draft surat jawaban?',
        options: [
          { key: 'setuju', label: 'Setuju, diparaf', goTo: 10 },
          { key: 'tidak-setuju', label: 'Tidak setuju', goTo: 8, isReturn: true },
        ],
      },
    },
    {
      no: 10, activity: 'Menandatangani surat jawaban aduan oleh Sekretaris Dinas selaku PPID', actors: ['sekretaris'],
      inputs: 'Surat jawaban aduan dan dokumen pendukung', standardTime: menit(30), output: 'Surat jawaban aduan', outputKind: 'surat-jawaban', next: 11,
    },
    {
      no: 11,
      activity: 'Menyampaikan surat jawaban aduan kepada pemohon aduan melalui Petugas Pelayanan/dikirimkan melalui e-mail, WhatsApp',
      actors: ['petugas-pelayanan', 'pemohon'], inputs: 'Surat jawaban aduan', standardTime: menit(30),
      output: 'Surat jawaban aduan siap diserahkan', outputKind: 'penyampaian-jawaban', next: 12,
    },
    {
      no: 12, activity: 'Mengarsip surat jawaban aduan', actors: ['subbag-umum'],
      inputs: 'Surat jawaban aduan', standardTime: menit(30), output: 'Tanda terima surat jawaban, arsip surat jawaban aduan disimpan',
      outputKind: 'arsip', next: null, note: 'Disimpan oleh arsiparis',
    },
  ],
} satisfies SopDefinitionInput;
