import { sopDefinitionSchema, type SopDefinition } from '../../../shared/sop/sop-definition';

/** Small hand-written SOPs shaped like the seeds, each exercising one part of the engine. */

const minutes = (amount: number) => ({ amount, unit: 'menit' as const });

/** Straight through: the public, the desk, the head's telaah, then the system closes it (seed 001 step 11). */
export const LINEAR_SOP: SopDefinition = sopDefinitionSchema.parse({
  code: 'uji-lurus',
  title: 'SOP uji alur lurus',
  agencyLines: ['Dinas Uji'],
  actors: [
    { key: 'pelapor', label: 'Pelapor', kind: 'publik' },
    { key: 'petugas', label: 'Petugas Pelayanan', kind: 'jabatan' },
    { key: 'kepala', label: 'Kepala Dinas', kind: 'jabatan' },
    { key: 'sistem', label: 'Sistem', kind: 'sistem' },
  ],
  steps: [
    { no: 1, activity: 'Menyampaikan pengaduan', actors: ['pelapor'], standardTime: minutes(30), next: 2 },
    { no: 2, activity: 'Menerima dan mencatat pengaduan', actors: ['petugas'], standardTime: minutes(30), next: 3 },
    { no: 3, activity: 'Telaah surat aduan', actors: ['kepala'], standardTime: { amount: 2, unit: 'jam' }, outputKind: 'telaah', next: 4 },
    { no: 4, activity: 'Laporan selesai dan menunggu penutupan sistem', actors: ['sistem'], standardTime: { amount: 10, unit: 'hari' }, next: null },
  ],
});

/** Every kind of decision: a completeness check that returns, "ours?" that may end, a draft approved or returned. */
export const DECISION_SOP: SopDefinition = sopDefinitionSchema.parse({
  code: 'uji-keputusan',
  title: 'SOP uji keputusan',
  agencyLines: ['Dinas Uji'],
  actors: [
    { key: 'petugas', label: 'Subbag Umum', kind: 'jabatan' },
    { key: 'kepala', label: 'Kepala Dinas', kind: 'jabatan' },
    { key: 'unit', label: 'Bidang/UPT', kind: 'jabatan' },
    { key: 'sekretaris', label: 'Sekretaris', kind: 'jabatan' },
  ],
  steps: [
    { no: 1, activity: 'Menerima berkas pengaduan', actors: ['petugas'], standardTime: minutes(30), next: 2 },
    {
      no: 2,
      activity: 'Memeriksa kelengkapan berkas',
      actors: ['petugas'],
      standardTime: minutes(60),
      next: null,
      decision: {
        question: 'Berkas lengkap?',
        options: [
          { key: 'lengkap', label: 'Lengkap', goTo: 3 },
          { key: 'tidak-lengkap', label: 'Tidak lengkap', goTo: 1, isReturn: true },
        ],
      },
    },
    {
      no: 3,
      activity: 'Membaca dan mendisposisikan ke unit',
      actors: ['kepala', 'sekretaris'],
      standardTime: minutes(30),
      outputKind: 'disposisi',
      next: null,
      decision: {
        question: 'Kewenangan kantor ini?',
        options: [
          { key: 'kewenangan', label: 'Ya, kewenangan kami', goTo: 4 },
          { key: 'bukan', label: 'Bukan kewenangan', goTo: null },
        ],
      },
    },
    { no: 4, activity: 'Menyusun draf jawaban', actors: ['unit'], standardTime: minutes(60), outputKind: 'surat-jawaban', next: 5 },
    {
      no: 5,
      activity: 'Memeriksa draf jawaban',
      actors: ['kepala'],
      standardTime: minutes(30),
      next: null,
      decision: {
        question: 'Setuju dengan draf?',
        options: [
          { key: 'setuju', label: 'Setuju, paraf', goTo: 6 },
          { key: 'tolak', label: 'Dikembalikan untuk perbaikan', goTo: 4, isReturn: true },
        ],
      },
    },
    { no: 6, activity: 'Menyampaikan jawaban kepada pelapor', actors: ['petugas'], standardTime: minutes(30), outputKind: 'penyampaian-jawaban', next: null },
  ],
});
