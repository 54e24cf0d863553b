import type { FinalDisposition } from './archive-enums';

export interface DefaultClassification {
  code: string;
  name: string;
  activeYears: number;
  inactiveYears: number;
  disposition: FinalDisposition;
}

/**
 * The classification list a new office starts with: the records of complaint handling,
 * under the "HM" (hubungan masyarakat) codes the register numbers already carry
 * ({KLAS} = HM.01 by default). Periods follow the usual shape of a retention schedule
 * (JRA) for public-service records: the case file is kept active while complaints may be
 * reopened, the decisions and reports longer. Every office has its own schedule set by
 * its head: the administrator edits codes, periods and dispositions in Arsip → Klasifikasi.
 */
export const DEFAULT_CLASSIFICATIONS: readonly DefaultClassification[] = [
  { code: 'HM.01', name: 'Pengaduan masyarakat', activeYears: 2, inactiveYears: 3, disposition: 'dinilai kembali' },
  { code: 'HM.01.1', name: 'Surat jawaban pengaduan', activeYears: 2, inactiveYears: 3, disposition: 'dinilai kembali' },
  { code: 'HM.01.2', name: 'Tanda terima pengaduan dan penyampaian jawaban', activeYears: 1, inactiveYears: 2, disposition: 'musnah' },
  { code: 'HM.01.3', name: 'Telaahan dan laporan penanganan pengaduan', activeYears: 2, inactiveYears: 5, disposition: 'dinilai kembali' },
  { code: 'HM.01.4', name: 'Keputusan pembentukan tim penanganan pengaduan (SK Tim)', activeYears: 2, inactiveYears: 8, disposition: 'permanen' },
  { code: 'HM.01.5', name: 'Pengaduan melalui SP4N-LAPOR!', activeYears: 2, inactiveYears: 3, disposition: 'musnah' },
  { code: 'HM.02', name: 'Permintaan informasi publik (PPID)', activeYears: 2, inactiveYears: 3, disposition: 'musnah' },
  { code: 'HM.03', name: 'Aspirasi dan saran masyarakat', activeYears: 1, inactiveYears: 2, disposition: 'musnah' },
  { code: 'HM.04', name: 'Survei kepuasan masyarakat (SKM)', activeYears: 2, inactiveYears: 3, disposition: 'dinilai kembali' },
  { code: 'HM.05', name: 'Siaran pers dan jawaban publik', activeYears: 2, inactiveYears: 3, disposition: 'permanen' },
  { code: 'UM.01', name: 'Persuratan dan nota dinas', activeYears: 2, inactiveYears: 3, disposition: 'musnah' },
  { code: 'UM.02', name: 'Buku tamu dan agenda surat', activeYears: 1, inactiveYears: 2, disposition: 'musnah' },
];
