/**
 * The vocabulary of the complaint register, as the SOPs and SP4N-LAPOR! word it. Codes
 * are stored; labels are shown and printed.
 */
export const CHANNELS = [
  'langsung', 'telepon', 'surat', 'kotak', 'email', 'whatsapp', 'sms', 'media_sosial', 'website', 'lapor',
] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_LABELS: Record<Channel, string> = {
  langsung: 'Datang langsung',
  telepon: 'Telepon',
  surat: 'Surat',
  kotak: 'Kotak pengaduan',
  email: 'Surel (e-mail)',
  whatsapp: 'WhatsApp',
  sms: 'SMS',
  media_sosial: 'Media sosial',
  website: 'Situs web',
  lapor: 'SP4N-LAPOR!',
};

export const COMPLAINT_FORMS = ['lisan', 'tertulis'] as const;
export type ComplaintForm = (typeof COMPLAINT_FORMS)[number];
export const COMPLAINT_FORM_LABELS: Record<ComplaintForm, string> = { lisan: 'Lisan', tertulis: 'Tertulis' };

export const COMPLAINT_KINDS = ['pengaduan', 'aspirasi', 'permintaan_informasi'] as const;
export type ComplaintKind = (typeof COMPLAINT_KINDS)[number];
export const COMPLAINT_KIND_LABELS: Record<ComplaintKind, string> = {
  pengaduan: 'Pengaduan',
  aspirasi: 'Aspirasi',
  permintaan_informasi: 'Permintaan informasi',
};

/**
 * As SP4N-LAPOR! offers it: 'anonim' stores no identity at all (a contact channel may be
 * kept); 'rahasia' stores it but masks it everywhere unless revealed, and every reveal is
 * recorded.
 */
export const PRIVACY_LEVELS = ['biasa', 'anonim', 'rahasia'] as const;
export type Privacy = (typeof PRIVACY_LEVELS)[number];
export const PRIVACY_LABELS: Record<Privacy, string> = {
  biasa: 'Biasa',
  anonim: 'Anonim (identitas tidak disimpan)',
  rahasia: 'Rahasia (identitas disamarkan)',
};

export const COMPLAINT_STATUSES = [
  'diterima', 'diverifikasi', 'diproses', 'dijawab', 'selesai', 'ditutup', 'bukan_kewenangan', 'ditolak',
] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];
export const COMPLAINT_STATUS_LABELS: Record<ComplaintStatus, string> = {
  diterima: 'Diterima',
  diverifikasi: 'Diverifikasi',
  diproses: 'Diproses',
  dijawab: 'Dijawab',
  selesai: 'Selesai',
  ditutup: 'Ditutup',
  bukan_kewenangan: 'Bukan kewenangan',
  ditolak: 'Ditolak',
};

export const SOCIAL_PLATFORMS = ['Facebook', 'Instagram', 'X (Twitter)', 'TikTok', 'YouTube', 'Lainnya'] as const;
