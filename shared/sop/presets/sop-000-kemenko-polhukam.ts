import type { SopDefinitionInput } from '../sop-definition';
import { menit } from './preset-times';

/** Seed 000: a visitor comes to ask how far a complaint has come (Kemenko Polhukam, Deputi Kesbang). */
export const SOP_000_KEMENKO_POLHUKAM = {
  code: 'kemenko-polhukam-progres',
  title: 'Pelayanan Pengaduan Masyarakat di Deputi Bidang Koordinasi Kesatuan Bangsa',
  agencyLines: [
    'Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan Republik Indonesia',
    'Deputi Bidang Koordinasi Kesatuan Bangsa',
    'Sekretariat Deputi Bidang Koordinasi Kesatuan Bangsa',
  ],
  sopNumber: 'OT.01.02-054-055.De.6',
  effectiveDate: 'Kamis, 6 April 2023',
  approvedBy: 'Sekretaris Deputi Bidang Koordinasi Kesatuan Bangsa, Drs. Puja Laksana, M.Hum, NRP. 66080559',
  source: 'SOP Mikro Pelayanan Pengaduan Masyarakat, dibuat Selasa, 28 Maret 2023',
  actors: [
    { key: 'masyarakat', label: 'Masyarakat', kind: 'publik' },
    { key: 'sekretariat-upp', label: 'Anggota Sekretariat UPP', kind: 'jabatan' },
  ],
  steps: [
    {
      no: 1, activity: 'Mendatangi ruang tunggu untuk menanyakan progres pengaduan', actors: ['masyarakat'],
      inputs: 'Penerimaan tamu', standardTime: menit(2), output: 'Data dan identitas pengadu', outputKind: 'catatan', next: 2,
    },
    {
      no: 2, activity: 'Menerima pengadu, mencatat identitas pengadu, dan menanyakan tujuan kedatangan', actors: ['sekretariat-upp'],
      inputs: 'Data dan identitas pengadu', standardTime: menit(5), output: 'Subyek pengadu + telaahan', outputKind: 'catatan', next: 3,
    },
    {
      no: 3, activity: 'Memberikan informasi pribadi dan data dukung pengaduan', actors: ['masyarakat'],
      inputs: 'Subyek pengadu + telaahan', standardTime: menit(3), output: 'Laporan + arahan pimpinan unit terkait', outputKind: 'catatan', next: 4,
    },
    {
      no: 4, activity: 'Memberikan informasi progres pengaduan', actors: ['sekretariat-upp'],
      inputs: 'Laporan + arahan pimpinan unit terkait', standardTime: menit(10), output: 'Catatan konsultasi pelapor',
      outputKind: 'catatan-konsultasi', next: null,
      note: 'Disimpan sebagai data elektronik dan manual',
    },
  ],
} satisfies SopDefinitionInput;
