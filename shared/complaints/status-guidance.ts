import type { ComplaintStatus } from './complaint-enums';

/**
 * What each status means for the complainant and the office until the SOP engine
 * takes over: who holds the matter, the next step, and its standard time in working
 * days (SP4N-LAPOR!: verify within 3, follow up within 5, finished 10 after the answer;
 * 14 for handling a non-supervisory complaint, per common local SOPs).
 */
export interface StatusGuidance {
  /** Plain words for the counter: "Pengaduan Anda sedang kami periksa kelengkapannya." */
  text: string;
  holder: string;
  nextStep: string;
  /** Working days from entering this status to the next step; null when nothing is due. */
  standardWorkingDays: number | null;
}

export const STATUS_GUIDANCE: Record<ComplaintStatus, StatusGuidance> = {
  diterima: {
    text: 'Pengaduan sudah diterima dan tercatat di register; kelengkapannya sedang diperiksa.',
    holder: 'Petugas pelayanan / sekretariat',
    nextStep: 'Verifikasi kelengkapan dan kewenangan',
    standardWorkingDays: 3,
  },
  diverifikasi: {
    text: 'Pengaduan sudah diverifikasi lengkap dan menjadi kewenangan kantor ini; menunggu disposisi pimpinan.',
    holder: 'Sekretariat dan pimpinan',
    nextStep: 'Disposisi ke unit yang menangani',
    standardWorkingDays: 5,
  },
  diproses: {
    text: 'Pengaduan sedang ditindaklanjuti oleh unit yang menangani.',
    holder: 'Unit yang menangani',
    nextStep: 'Jawaban atau tindak lanjut kepada pelapor',
    standardWorkingDays: 14,
  },
  dijawab: {
    text: 'Jawaban sudah disampaikan kepada pelapor; menunggu tanggapan pelapor.',
    holder: 'Sekretariat',
    nextStep: 'Pengaduan dinyatakan selesai bila tidak ada tanggapan',
    standardWorkingDays: 10,
  },
  selesai: {
    text: 'Penanganan pengaduan sudah selesai.',
    holder: 'Sekretariat',
    nextStep: 'Penutupan dan pengarsipan',
    standardWorkingDays: 5,
  },
  ditutup: { text: 'Pengaduan sudah ditutup dan diarsipkan.', holder: '—', nextStep: 'Tidak ada', standardWorkingDays: null },
  bukan_kewenangan: {
    text: 'Pengaduan bukan kewenangan kantor ini; sudah dikembalikan atau diteruskan ke instansi yang berwenang.',
    holder: '—',
    nextStep: 'Tidak ada',
    standardWorkingDays: null,
  },
  ditolak: { text: 'Pengaduan tidak dapat ditindaklanjuti.', holder: '—', nextStep: 'Tidak ada', standardWorkingDays: null },
};
