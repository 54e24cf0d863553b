import type { ComplaintIntakeInput } from '../../../shared/complaints/complaint-schemas';
import type { ComplaintStatus } from '../../../shared/complaints/complaint-enums';
import type { CallResult } from '../../../shared/contract/call-result';
import type { ComplaintDetail } from '../../../shared/complaints/complaint';
import type { Dispatch } from '../core/dispatcher';
import type { ManualClock } from '../core/clock';

// Category ids follow the order migration 0004 inserts the starting list in.

interface DemoComplaint {
  daysAgo: number;
  input: ComplaintIntakeInput;
  /** Status steps taken afterwards, each with its reason, a day apart. */
  steps?: [ComplaintStatus, string][];
}

const person = (name: string, phone: string, nik = '', address = '') => ({ name, phone, nik, email: '', address });

const DEMO: DemoComplaint[] = [
  {
    daysAgo: 19,
    input: {
      channel: 'surat', form: 'tertulis', kind: 'pengaduan', privacy: 'biasa',
      categoryId: 4, subject: 'Dana hibah koperasi belum dicairkan',
      description: 'Dana hibah untuk Koperasi Maju Bersama yang disetujui bulan Maret belum dicairkan hingga kini, padahal seluruh berkas sudah dilengkapi.',
      requestedAction: 'Kepastian jadwal pencairan dana hibah', unitComplained: 'Bidang Koperasi', eventPlace: 'Palu',
      complainant: person('Siti Rahmawati', '081234567890', '7271014506900001', 'Jl. Sam Ratulangi No. 12, Palu'),
      channelDetails: { letterNumber: '045/KSP-MB/XI/2026', letterDate: '2026-10-28', letterSender: 'Koperasi Maju Bersama', letterReceivedDate: '2026-11-02', agendaNumber: '1123' },
    },
    steps: [['diverifikasi', 'Berkas lengkap dan menjadi kewenangan dinas'], ['diproses', 'Didisposisikan Kepala Dinas ke Bidang Koperasi'], ['dijawab', 'Surat jawaban nomor 500/412/DKUKM dikirim']],
  },
  {
    daysAgo: 15,
    input: {
      channel: 'whatsapp', form: 'tertulis', kind: 'pengaduan', privacy: 'biasa',
      categoryId: 5, subject: 'Petugas meminta biaya tambahan untuk izin usaha mikro',
      description: 'Saat mengurus izin usaha mikro di loket, petugas meminta biaya tambahan agar izin cepat terbit, padahal layanan ini gratis.',
      unitComplained: 'Bidang UKM', complainant: person('Andi Wijaya', '085211112222'),
      channelDetails: { fromNumber: '085211112222' },
    },
    steps: [['diverifikasi', 'Laporan didukung tangkapan layar percakapan'], ['diproses', 'Diteruskan ke Inspektorat untuk pemeriksaan']],
  },
  {
    daysAgo: 12,
    input: {
      channel: 'lapor', form: 'tertulis', kind: 'aspirasi', privacy: 'rahasia',
      categoryId: 1, subject: 'Usulan pelatihan pemasaran daring bagi UMKM',
      description: 'Mohon diadakan pelatihan pemasaran daring bagi pelaku UMKM di Kecamatan Palu Barat, karena banyak yang belum memanfaatkan lokapasar.',
      unitComplained: 'UPT Pelatihan', complainant: person('Dewi Kartika', '081377778888', '7271054512880003', 'Jl. Diponegoro No. 8, Palu'),
      channelDetails: { laporTrackingId: 'LAP-2026-118842' },
    },
    steps: [['diverifikasi', 'Aspirasi relevan dengan program UPT Pelatihan']],
  },
  {
    daysAgo: 9,
    input: {
      channel: 'media_sosial', form: 'tertulis', kind: 'pengaduan', privacy: 'biasa',
      categoryId: 1, subject: 'Antrean layanan konsultasi UMKM terlalu lama',
      description: 'Antrean layanan konsultasi UMKM di kantor dinas pada hari Senin sangat panjang dan tidak ada nomor antrean.',
      unitComplained: 'Subbag Umum', complainant: person('Rudi Hartono', '082144445555'),
      channelDetails: { socialPlatform: 'Instagram', socialAccount: '@rudi.hartono', socialLink: 'https://instagram.com/p/demo-antrean' },
    },
  },
  {
    daysAgo: 7,
    input: {
      channel: 'kotak', form: 'tertulis', kind: 'pengaduan', privacy: 'anonim',
      categoryId: 6, subject: 'Toilet ruang tunggu kotor dan tidak ada air',
      description: 'Toilet di ruang tunggu pelayanan kotor dan sering tidak ada air, sehingga pengunjung terpaksa menahan diri.',
      unitComplained: 'Subbag Umum', complainant: person('', ''),
    },
    steps: [['diverifikasi', 'Dicek langsung oleh Subbag Umum'], ['diproses', 'Perbaikan pompa air dijadwalkan'], ['dijawab', 'Jawaban dipasang di papan pengumuman'], ['selesai', 'Pompa air sudah diperbaiki']],
  },
  {
    daysAgo: 4,
    input: {
      channel: 'telepon', form: 'lisan', kind: 'permintaan_informasi', privacy: 'biasa',
      categoryId: 7, subject: 'Syarat pendaftaran koperasi baru',
      description: 'Penelepon menanyakan syarat dan tata cara pendaftaran badan hukum koperasi baru di kabupaten.',
      complainant: person('Yusuf Manurung', '081355551234'),
      settledAtCounter: true, counterAnswer: 'Dijelaskan syarat akta pendirian, daftar anggota, dan pendaftaran melalui sistem ODS Kemenkop.',
    },
  },
  {
    daysAgo: 2,
    input: {
      channel: 'email', form: 'tertulis', kind: 'pengaduan', privacy: 'biasa',
      categoryId: 9, subject: 'Laporan keuangan RAT tidak pernah dibagikan',
      description: 'Pengurus koperasi simpan pinjam tidak pernah membagikan laporan keuangan Rapat Anggota Tahunan kepada anggota sejak 2024.',
      unitComplained: 'Bidang Pengawasan', complainant: person('Maria Lestari', '081299990000', '', 'Jl. Hasanuddin No. 21, Donggala'),
      channelDetails: { fromAddress: 'maria.lestari@contoh.id' },
    },
  },
  {
    daysAgo: 0,
    input: {
      channel: 'langsung', form: 'tertulis', kind: 'pengaduan', privacy: 'biasa',
      categoryId: 4, subject: 'Bantuan peralatan usaha tidak sesuai daftar',
      description: 'Bantuan peralatan usaha yang diterima kelompok kami tidak sesuai dengan daftar yang diumumkan; dua unit mesin jahit tidak ada.',
      unitComplained: 'Bidang UKM', complainant: person('Hendra Gunawan', '081244443333'),
    },
  },
];

/** Sessions of the demo accounts that register complaints and move them on. */
export interface DemoSessions {
  clerk: string;
  reviewer: string;
}

/**
 * A few weeks of complaints for the demo office, registered through the real calls with
 * a clock moved back in time, so numbers, codes, due dates and histories are real.
 */
export async function seedDemoComplaints(
  dispatch: Dispatch,
  clock: ManualClock,
  now: Date,
  sessions: DemoSessions,
  /** The office's working calendar (holidays included), as the backend counts deadlines. */
  calendar: { addWorkingDays(start: Date, days: number): Date },
): Promise<void> {
  for (const item of DEMO) {
    // 09.00 in the office on that day (demo office is WITA, UTC+8).
    const day = new Date(now.getTime() - item.daysAgo * 86_400_000);
    clock.set(new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 1, 0)));
    if (clock.now() > now) clock.set(new Date(now.getTime() - 3_600_000));
    const created = (await dispatch('complaints.intake', { input: item.input, session: sessions.clerk })) as CallResult<ComplaintDetail>;
    if (!created.ok) throw new Error(`Data demo gagal dibuat: ${created.error.message}`);
    for (const [to, reason] of item.steps ?? []) {
      // The next working day: offices do not move files at the weekend.
      clock.set(calendar.addWorkingDays(clock.now(), 1));
      if (clock.now() > now) clock.set(now);
      const step = await dispatch('complaints.changeStatus', { input: { id: created.value.id, to, reason }, session: sessions.reviewer });
      if (!step.ok) throw new Error(`Data demo gagal dibuat: ${step.error.message}`);
    }
  }
}
