/**
 * The legal bases of seed 004 (SOP Penanganan Pengaduan Masyarakat, Kantor Imigrasi Kelas II
 * TPI Belakang Padang), in its order, written out in full for the "Mengingat" of an SK Tim.
 * The seed's scan reads "Permen PANRB No 3 tahun 2005 … Pengadaan"; the regulation is
 * PermenPANRB 3/2015 on the road map of complaint handling (Pengaduan), corrected here.
 */
export const SEED_004_LEGAL_BASES: readonly string[] = [
  'Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik',
  'Peraturan Presiden Nomor 76 Tahun 2013 tentang Pengelolaan Pengaduan Pelayanan Publik',
  'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 24 Tahun 2014 tentang Pedoman Penyelenggaraan Pengelolaan Pengaduan Pelayanan Publik Secara Nasional',
  'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 3 Tahun 2015 tentang Road Map Pengembangan Sistem Pengelolaan Pengaduan Pelayanan Publik Nasional',
  'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 52 Tahun 2014 tentang Pedoman Pembangunan Zona Integritas Menuju Wilayah Bebas dari Korupsi dan Wilayah Birokrasi Bersih dan Melayani di Lingkungan Instansi Pemerintah',
  'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 35 Tahun 2012 tentang Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan',
  'Peraturan Menteri Negara Pendayagunaan Aparatur Negara Nomor 5 Tahun 2009 tentang Pedoman Umum Penanganan Pengaduan Masyarakat bagi Instansi Pemerintah',
  'Peraturan Menteri Negara Pendayagunaan Aparatur Negara Nomor 13 Tahun 2009 tentang Pedoman Peningkatan Kualitas Pelayanan Publik dengan Partisipasi Masyarakat',
  'Peraturan Menteri Hukum dan Hak Asasi Manusia Nomor 57 Tahun 2016 tentang Perubahan atas Peraturan Menteri Hukum dan Hak Asasi Manusia Nomor 25 Tahun 2012 tentang Penanganan Laporan Pengaduan di Lingkungan Kementerian Hukum dan Hak Asasi Manusia',
];
