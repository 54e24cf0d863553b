/** Why a visitor came to the counter, as the reception desk's guest book asks it. */
export const VISIT_PURPOSES = [
  'pengaduan_baru',
  'tanya_progres',
  'konsultasi',
  'antar_surat',
  'lainnya',
] as const;

export type VisitPurpose = (typeof VISIT_PURPOSES)[number];

export const VISIT_PURPOSE_LABELS: Record<VisitPurpose, string> = {
  pengaduan_baru: 'Ajukan pengaduan baru',
  tanya_progres: 'Tanyakan progres pengaduan',
  konsultasi: 'Konsultasi',
  antar_surat: 'Antar surat',
  lainnya: 'Lainnya',
};
