import {
  DEFAULT_RAMADAN_HOURS,
  DEFAULT_REGULAR_HOURS,
  type CalendarHoliday,
  type WorkingHoursSettings,
} from './calendar-settings';

/**
 * The calendar the application ships: national holidays (libur nasional) and cuti bersama
 * as the yearly SKB 3 Menteri (Menteri Agama, Menteri Ketenagakerjaan, MenPAN-RB) sets
 * them. There is no official machine-readable list, so this is a plain list with its
 * source, and an administrator corrects it in "Kalender Kerja". The npm package
 * `date-holidays` was used only to cross-check; it does not know cuti bersama and puts
 * several Hijri dates a day off the SKB (e.g. Idulfitri 2025 on 30–31 March).
 */

export interface ShippedYear {
  year: number;
  /** Shown on the screen next to the year. */
  source: string;
  /** True where the dates are an estimate and an administrator must check them against the SKB. */
  needsReview: boolean;
  holidays: readonly CalendarHoliday[];
}

const ln = (day: string, name: string): CalendarHoliday => ({ day, kind: 'libur-nasional', name });
const cb = (day: string, name: string): CalendarHoliday => ({ day, kind: 'cuti-bersama', name });

export const SHIPPED_YEARS: readonly ShippedYear[] = [
  {
    year: 2025,
    source:
      'SKB Menag, Menaker dan MenPAN-RB No. 1017/2024, 2/2024, 2/2024, diubah dengan No. 933/2025, 1/2025, 3/2025 (cuti bersama 18 Agustus)',
    needsReview: false,
    holidays: [
      ln('2025-01-01', 'Tahun Baru 2025 Masehi'),
      ln('2025-01-27', 'Isra Mikraj Nabi Muhammad SAW'),
      cb('2025-01-28', 'Cuti bersama Tahun Baru Imlek'),
      ln('2025-01-29', 'Tahun Baru Imlek 2576 Kongzili'),
      cb('2025-03-28', 'Cuti bersama Hari Suci Nyepi'),
      ln('2025-03-29', 'Hari Suci Nyepi (Tahun Baru Saka 1947)'),
      ln('2025-03-31', 'Idulfitri 1446 Hijriah'),
      ln('2025-04-01', 'Idulfitri 1446 Hijriah'),
      cb('2025-04-02', 'Cuti bersama Idulfitri 1446 Hijriah'),
      cb('2025-04-03', 'Cuti bersama Idulfitri 1446 Hijriah'),
      cb('2025-04-04', 'Cuti bersama Idulfitri 1446 Hijriah'),
      cb('2025-04-07', 'Cuti bersama Idulfitri 1446 Hijriah'),
      ln('2025-04-18', 'Wafat Yesus Kristus'),
      ln('2025-04-20', 'Kebangkitan Yesus Kristus (Paskah)'),
      ln('2025-05-01', 'Hari Buruh Internasional'),
      ln('2025-05-12', 'Hari Raya Waisak 2569 BE'),
      cb('2025-05-13', 'Cuti bersama Hari Raya Waisak'),
      ln('2025-05-29', 'Kenaikan Yesus Kristus'),
      cb('2025-05-30', 'Cuti bersama Kenaikan Yesus Kristus'),
      ln('2025-06-01', 'Hari Lahir Pancasila'),
      ln('2025-06-06', 'Iduladha 1446 Hijriah'),
      cb('2025-06-09', 'Cuti bersama Iduladha 1446 Hijriah'),
      ln('2025-06-27', '1 Muharam Tahun Baru Islam 1447 Hijriah'),
      ln('2025-08-17', 'Proklamasi Kemerdekaan'),
      cb('2025-08-18', 'Cuti bersama Proklamasi Kemerdekaan'),
      ln('2025-09-05', 'Maulid Nabi Muhammad SAW'),
      ln('2025-12-25', 'Kelahiran Yesus Kristus'),
      cb('2025-12-26', 'Cuti bersama Kelahiran Yesus Kristus'),
    ],
  },
  {
    year: 2026,
    source: 'SKB Menag, Menaker dan MenPAN-RB No. 1497/2025, 2/2025, 5/2025 (17 hari libur nasional, 8 hari cuti bersama)',
    needsReview: false,
    holidays: [
      ln('2026-01-01', 'Tahun Baru 2026 Masehi'),
      ln('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW'),
      cb('2026-02-16', 'Cuti bersama Tahun Baru Imlek'),
      ln('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili'),
      cb('2026-03-18', 'Cuti bersama Hari Suci Nyepi'),
      ln('2026-03-19', 'Hari Suci Nyepi (Tahun Baru Saka 1948)'),
      cb('2026-03-20', 'Cuti bersama Idulfitri 1447 Hijriah'),
      ln('2026-03-21', 'Idulfitri 1447 Hijriah'),
      ln('2026-03-22', 'Idulfitri 1447 Hijriah'),
      cb('2026-03-23', 'Cuti bersama Idulfitri 1447 Hijriah'),
      cb('2026-03-24', 'Cuti bersama Idulfitri 1447 Hijriah'),
      ln('2026-04-03', 'Wafat Yesus Kristus'),
      ln('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)'),
      ln('2026-05-01', 'Hari Buruh Internasional'),
      ln('2026-05-14', 'Kenaikan Yesus Kristus'),
      cb('2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus'),
      ln('2026-05-27', 'Iduladha 1447 Hijriah'),
      cb('2026-05-28', 'Cuti bersama Iduladha 1447 Hijriah'),
      ln('2026-05-31', 'Hari Raya Waisak 2570 BE'),
      ln('2026-06-01', 'Hari Lahir Pancasila'),
      ln('2026-06-16', '1 Muharam Tahun Baru Islam 1448 Hijriah'),
      ln('2026-08-17', 'Proklamasi Kemerdekaan'),
      ln('2026-08-25', 'Maulid Nabi Muhammad SAW'),
      cb('2026-12-24', 'Cuti bersama Kelahiran Yesus Kristus'),
      ln('2026-12-25', 'Kelahiran Yesus Kristus'),
    ],
  },
  {
    year: 2027,
    // No SKB for 2027 was at hand when this list was made. Fixed dates are certain; the
    // Hijri, Saka, Chinese and Buddhist dates are estimated from the moon (the SKB often
    // differs by a day), and cuti bersama are unknown until the SKB names them.
    source: 'Perkiraan (belum ada SKB 3 Menteri untuk 2027): tanggal Hijriah, Imlek, Nyepi dan Waisak dihitung, cuti bersama belum diisi',
    needsReview: true,
    holidays: [
      ln('2027-01-01', 'Tahun Baru 2027 Masehi'),
      ln('2027-01-05', 'Isra Mikraj Nabi Muhammad SAW (perkiraan)'),
      ln('2027-02-06', 'Tahun Baru Imlek 2578 Kongzili'),
      ln('2027-03-08', 'Hari Suci Nyepi (Tahun Baru Saka 1949) (perkiraan)'),
      ln('2027-03-10', 'Idulfitri 1448 Hijriah (perkiraan)'),
      ln('2027-03-11', 'Idulfitri 1448 Hijriah (perkiraan)'),
      ln('2027-03-26', 'Wafat Yesus Kristus'),
      ln('2027-03-28', 'Kebangkitan Yesus Kristus (Paskah)'),
      ln('2027-05-01', 'Hari Buruh Internasional'),
      ln('2027-05-06', 'Kenaikan Yesus Kristus'),
      ln('2027-05-17', 'Iduladha 1448 Hijriah (perkiraan)'),
      ln('2027-05-20', 'Hari Raya Waisak 2571 BE (perkiraan)'),
      ln('2027-06-01', 'Hari Lahir Pancasila'),
      ln('2027-06-06', '1 Muharam Tahun Baru Islam 1449 Hijriah (perkiraan)'),
      ln('2027-08-15', 'Maulid Nabi Muhammad SAW (perkiraan)'),
      ln('2027-08-17', 'Proklamasi Kemerdekaan'),
      ln('2027-12-25', 'Kelahiran Yesus Kristus'),
    ],
  },
];

export function shippedYear(year: number): ShippedYear | undefined {
  return SHIPPED_YEARS.find((y) => y.year === year);
}

/**
 * Ramadan periods for the shipped years, from 1 Ramadan to the day before Idulfitri. The
 * start is set each year by the Kemenag's sidang isbat, so these are the expected dates
 * and an administrator adjusts them after the isbat.
 */
export const DEFAULT_WORKING_HOURS: WorkingHoursSettings = {
  regular: DEFAULT_REGULAR_HOURS,
  ramadan: DEFAULT_RAMADAN_HOURS,
  ramadanPeriods: [
    { label: 'Ramadan 1446 H', from: '2025-03-01', to: '2025-03-30' },
    { label: 'Ramadan 1447 H', from: '2026-02-19', to: '2026-03-20' },
    { label: 'Ramadan 1448 H (perkiraan)', from: '2027-02-08', to: '2027-03-09' },
  ],
};
