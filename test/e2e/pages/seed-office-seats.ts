import type { ActorSeat } from './workflow-office';

/**
 * The positions of the seed offices whose SOP actors the letters and SOP specs fill: one
 * account per seat, with its superior, so a.n./u.b. and the paraf route come out as in
 * the seeds.
 */

/** Seed 002, Kanwil Kemenkumham Kep. Bangka Belitung. */
export const SEATS_002: Record<string, ActorSeat> = {
  kakanwil: { title: 'Kepala Kantor Wilayah', shortTitle: 'Kakanwil' },
  kadivmin: { title: 'Kepala Divisi Administrasi', shortTitle: 'Kadivmin', superior: 'kakanwil' },
  'kabag-p2': { title: 'Kepala Bagian Program dan Pelaporan', shortTitle: 'Kabag P2', superior: 'kadivmin' },
  'kasubag-pphti': { title: 'Kepala Subbagian PPHTI', shortTitle: 'Kasubag PPHTI', superior: 'kabag-p2' },
  'divisi-terkait': { title: 'Kepala Divisi Pemasyarakatan', shortTitle: 'Kadiv PAS', superior: 'kakanwil' },
};

/** Seed 003, Dinas Koperasi dan UKM Sulawesi Tengah. */
export const SEATS_003: Record<string, ActorSeat> = {
  'kepala-dinas': { title: 'Kepala Dinas', shortTitle: 'Kadis' },
  sekretaris: { title: 'Sekretaris Dinas', shortTitle: 'Sekdis', superior: 'kepala-dinas' },
  'sekretariat-bidang-upt': { title: 'Kepala Bidang Koperasi', shortTitle: 'Kabid Koperasi', superior: 'kepala-dinas' },
  'subbag-umum': { title: 'Kepala Subbagian Umum', shortTitle: 'Kasubag Umum', superior: 'sekretaris' },
  'petugas-pelayanan': { title: 'Petugas Pelayanan Pengaduan', shortTitle: 'Petugas', superior: 'subbag-umum' },
};
