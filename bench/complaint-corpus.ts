import type { ComplaintKind } from '../shared/complaints/complaint-enums';
import { INDONESIAN_MONTHS } from '../shared/time/indonesian-dates';

/**
 * Realistic Indonesian complaint text for the complaint-register benchmark: what citizens
 * of Sulawesi Tengah actually bring to a provincial office (licences, social aid,
 * cooperative grants, broken roads, illegal levies, ID cards, rude staff, water, rubbish,
 * street lights, BPJS, schools, health centres…), written from phrase banks with places,
 * dates, amounts and institutions filled in. Not lorem ipsum: the full-text index sees the
 * same word frequencies a real register has (many "izin", "bantuan", "jalan"; few
 * "stunting" or "Watusampu"), which is what makes a search benchmark mean something.
 *
 * Everything is a pure function of a row number, so a 1,000,000-row build is reproducible
 * and needs no state beyond the caller's counters.
 */

// ---------------------------------------------------------------------------------------
// Deterministic randomness per row.

/** A 32-bit integer hash (murmur3 finaliser) of a number and a salt. */
export function hash(i: number, salt: number): number {
  let h = Math.imul(i ^ Math.imul(salt + 1, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A small seeded generator (mulberry32): one per row, so rows do not depend on each other. */
export class RowRandom {
  private state: number;
  constructor(row: number, salt: number) {
    this.state = hash(row, salt) || 1;
  }
  /** 0 ≤ x < 1 */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** One of `weights`' keys, with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    let x = this.next() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [key, w] of entries) if ((x -= w) < 0) return key;
    return entries[entries.length - 1]![0];
  }
}

// ---------------------------------------------------------------------------------------
// Places, institutions and other fillers (Sulawesi Tengah: the demo office is in Palu).

interface Region {
  kota: string;
  kecamatan: readonly { name: string; villages: readonly string[] }[];
}

const REGIONS: readonly Region[] = [
  {
    kota: 'Kota Palu',
    kecamatan: [
      { name: 'Palu Barat', villages: ['Kamonji', 'Siranindi', 'Ujuna', 'Baru', 'Lere', 'Balaroa'] },
      { name: 'Palu Timur', villages: ['Besusu Barat', 'Besusu Tengah', 'Besusu Timur', 'Lolu Utara', 'Layana Indah'] },
      { name: 'Palu Selatan', villages: ['Lolu Selatan', 'Birobuli Utara', 'Tanamodindi', 'Tatura Utara', 'Tatura Selatan'] },
      { name: 'Palu Utara', villages: ['Mamboro', 'Kayumalue Ngapa', 'Taipa', 'Mamboro Barat'] },
      { name: 'Mantikulore', villages: ['Talise', 'Tondo', 'Kawatuna', 'Poboya', 'Lasoani', 'Tanamodindi'] },
      { name: 'Tatanga', villages: ['Palupi', 'Pengawu', 'Duyu', 'Tavanjuka', 'Boyaoge', 'Nunu'] },
      { name: 'Ulujadi', villages: ['Tipo', 'Buluri', 'Watusampu', 'Donggala Kodi', 'Kabonena', 'Silae'] },
      { name: 'Tawaeli', villages: ['Pantoloan', 'Baiya', 'Lambara', 'Panau', 'Pantoloan Boya'] },
    ],
  },
  {
    kota: 'Kabupaten Sigi',
    kecamatan: [
      { name: 'Sigi Biromaru', villages: ['Mpanau', 'Jono Oge', 'Loru', 'Kalukubula', 'Maranatha'] },
      { name: 'Dolo', villages: ['Kotarindau', 'Karawana', 'Soulowe', 'Potoya'] },
      { name: 'Marawola', villages: ['Binangga', 'Beka', 'Padende', 'Bomba'] },
      { name: 'Gumbasa', villages: ['Pandere', 'Tuva', 'Omu'] },
    ],
  },
  {
    kota: 'Kabupaten Donggala',
    kecamatan: [
      { name: 'Banawa', villages: ['Gunung Bale', 'Boya', 'Tanjung Batu', 'Kabonga Besar'] },
      { name: 'Sindue', villages: ['Amal', 'Toaya', 'Enu', 'Dalaka'] },
      { name: 'Tanantovea', villages: ['Wani', 'Nupabomba', 'Labuan Panimba'] },
      { name: 'Labuan', villages: ['Labuan Toposo', 'Labuan Lelea', 'Labuan Salumbone'] },
    ],
  },
  {
    kota: 'Kabupaten Parigi Moutong',
    kecamatan: [
      { name: 'Parigi', villages: ['Bantaya', 'Kampal', 'Masigi', 'Loji'] },
      { name: 'Ampibabo', villages: ['Ampibabo Utara', 'Toga', 'Sidole'] },
      { name: 'Toribulu', villages: ['Toribulu', 'Pinotu', 'Singura'] },
      { name: 'Sausu', villages: ['Sausu Trans', 'Sausu Piore', 'Maleali'] },
    ],
  },
  {
    kota: 'Kabupaten Poso',
    kecamatan: [
      { name: 'Poso Kota', villages: ['Gebang Rejo', 'Kayamanya', 'Lawanga', 'Moengko'] },
      { name: 'Pamona Utara', villages: ['Sangele', 'Tentena', 'Petirodongi'] },
      { name: 'Lage', villages: ['Tagolu', 'Toyado', 'Sepe'] },
    ],
  },
  {
    kota: 'Kabupaten Banggai',
    kecamatan: [
      { name: 'Luwuk', villages: ['Keraton', 'Baru', 'Soho', 'Bungin'] },
      { name: 'Toili', villages: ['Sindang Sari', 'Mansahang', 'Cendana Pura'] },
      { name: 'Batui', villages: ['Sisipan', 'Uso', 'Bugis'] },
    ],
  },
  {
    kota: 'Kabupaten Morowali',
    kecamatan: [
      { name: 'Bungku Tengah', villages: ['Marsaoleh', 'Bahontula', 'Matansala'] },
      { name: 'Bahodopi', villages: ['Labota', 'Fatufia', 'Keurea'] },
    ],
  },
  {
    kota: 'Kabupaten Tolitoli',
    kecamatan: [
      { name: 'Baolan', villages: ['Nalu', 'Tuweley', 'Sidoarjo', 'Panasakan'] },
      { name: 'Galang', villages: ['Lalos', 'Tinigi', 'Bajugan'] },
    ],
  },
];

// Palu is where most of the office's complainants live.
const REGION_WEIGHTS = [46, 14, 12, 9, 7, 6, 3, 3];

const STREETS = [
  'Jl. Sam Ratulangi', 'Jl. Moh. Hatta', 'Jl. Diponegoro', 'Jl. Gajah Mada', 'Jl. Basuki Rahmat', 'Jl. Emmy Saelan',
  'Jl. Soekarno-Hatta', 'Jl. Dewi Sartika', 'Jl. Juanda', 'Jl. Tanjung Manimbaya', 'Jl. Veteran', 'Jl. Trans Sulawesi',
  'Jl. Kartini', 'Jl. Mokolembake', 'Jl. Towua', 'Jl. Setia Budi', 'Jl. Pattimura', 'Jl. Kijang', 'Jl. Undata',
  'Jl. Wolter Monginsidi', 'Jl. Garuda', 'Jl. Malonda', 'Jl. Cumi-Cumi', 'Jl. Tombolotutu', 'Jl. Anoa',
];

const COOPERATIVES = [
  'Koperasi Simpan Pinjam Sejahtera Bersama', 'KSP Maju Jaya', 'Koperasi Produsen Tani Makmur', 'Koperasi Nelayan Bahari Donggala',
  'KUD Sinar Tani', 'Koperasi Wanita Melati', 'Koperasi Karyawan Sehati', 'Koperasi Serba Usaha Tadulako',
  'Koperasi Pedagang Pasar Inpres Manonda', 'Koperasi Perempuan Nosarara', 'Koperasi Petani Kakao Sigi', 'Koperasi Pemuda Kreatif Palu',
];

const HEALTH_CENTRES = [
  'Kamonji', 'Talise', 'Bulili', 'Birobuli', 'Singgani', 'Mabelopura', 'Tipo', 'Pantoloan', 'Kawatuna', 'Nosarara',
  'Marawola', 'Biromaru', 'Tinggede', 'Sindue', 'Parigi',
];

const BUSINESSES = [
  'warung makan', 'usaha kue rumahan', 'bengkel motor', 'toko kelontong', 'usaha konveksi', 'usaha bawang goreng',
  'kedai kopi', 'usaha laundry', 'depot air minum isi ulang', 'usaha tenun Donggala', 'usaha pengolahan ikan asap',
];

const SOCIAL_AID = ['PKH', 'BPNT', 'BLT Dana Desa', 'bantuan sembako', 'bantuan beras 10 kg', 'BST'];

// ---------------------------------------------------------------------------------------
// Topics: what a complaint is about, in the words citizens use.

interface Topic {
  /** The category the clerk files it under (names from migration 0004). */
  category: string;
  kind: ComplaintKind;
  /** How often it comes in, relative to the others. */
  weight: number;
  units: readonly string[];
  subjects: readonly string[];
  problems: readonly string[];
  details: readonly string[];
  asks: readonly string[];
}

const TOPICS: readonly Topic[] = [
  {
    category: 'Perizinan', kind: 'pengaduan', weight: 10,
    units: ['Dinas Penanaman Modal dan PTSP {kota}', 'Bidang Perizinan Dinas Koperasi dan UKM', 'Mal Pelayanan Publik {kota}'],
    subjects: [
      'Izin usaha belum terbit setelah {n} bulan', 'Pengurusan NIB lewat OSS terkendala verifikasi', 'Permohonan izin usaha mikro tidak ada kabar',
      'Izin usaha ditolak tanpa penjelasan', 'Diminta biaya tambahan untuk pengurusan izin usaha', 'Izin PIRT dan sertifikat halal UMKM lambat diproses',
    ],
    problems: [
      'Saya mengajukan permohonan izin usaha untuk {usaha} saya pada {tgl}, tetapi sampai sekarang belum ada kejelasan.',
      'Berkas permohonan NIB sudah lengkap diunggah di OSS, namun statusnya masih menunggu verifikasi sejak {tgl}.',
      'Petugas di loket perizinan menyampaikan bahwa berkas saya hilang sehingga harus diajukan ulang dari awal.',
      'Permohonan izin saya ditolak tanpa surat penjelasan, hanya disampaikan lisan bahwa lokasi usaha tidak sesuai tata ruang.',
      'Saya diminta membayar Rp {rp} agar izin usaha cepat selesai, padahal menurut informasi yang saya baca pengurusannya gratis.',
      'Izin PIRT untuk {usaha} kami belum terbit sehingga produk belum bisa dititipkan di toko oleh-oleh.',
    ],
    details: [
      'Sudah {n} kali saya datang ke {unit}, tetapi jawabannya selalu disuruh menunggu.',
      'Nomor antrean dan tanda terima berkas masih saya simpan.',
      'Akibatnya usaha kami tidak bisa mengikuti program pembiayaan KUR dari bank.',
      'Sistem OSS juga sering tidak bisa diakses pada jam kerja.',
    ],
    asks: ['Mohon izin usaha kami segera diproses dan ada kepastian waktu penyelesaian.', 'Mohon penjelasan tertulis alasan penolakan izin.', 'Mohon oknum yang meminta biaya diperiksa.'],
  },
  {
    category: 'Bantuan dan hibah', kind: 'pengaduan', weight: 10,
    units: ['Dinas Sosial {kota}', 'Kantor Desa {kel}', 'Pendamping PKH Kecamatan {kec}', 'Kantor Lurah {kel}'],
    subjects: [
      'Bantuan sosial {bansos} tidak diterima lagi', 'Nama tidak terdaftar di DTKS padahal keluarga tidak mampu', '{bansos} dipotong oknum aparat desa',
      'Penyaluran bantuan sosial tidak tepat sasaran', 'Kartu KKS tidak bisa dicairkan di agen bank', 'Data penerima bantuan sosial tidak diperbarui',
    ],
    problems: [
      'Keluarga kami sudah tiga tahun menerima {bansos}, tetapi sejak {tgl} tidak lagi menerima tanpa pemberitahuan.',
      'Saya janda dengan {n} anak dan tidak punya penghasilan tetap, namun nama saya tidak terdaftar di DTKS.',
      'Bantuan {bansos} yang seharusnya Rp {rp} hanya kami terima sebagian karena dipotong dengan alasan uang administrasi.',
      'Tetangga kami yang memiliki mobil dan rumah permanen justru menerima bantuan, sedangkan warga miskin tidak.',
      'Kartu KKS saya selalu ditolak di agen bank dengan keterangan saldo kosong, padahal di aplikasi tercatat sudah disalurkan.',
      'Orang tua saya sudah meninggal dunia tetapi namanya masih tercatat sebagai penerima bantuan.',
    ],
    details: [
      'Hal ini sudah kami tanyakan ke {unit}, tetapi kami disuruh menunggu pemutakhiran data.',
      'Ada sekitar {n} kepala keluarga di RT kami yang mengalami hal yang sama.',
      'Kami khawatir bantuan tersebut diterima oleh orang lain.',
      'Pada saat pembagian tidak ada daftar penerima yang ditempel di kantor desa.',
    ],
    asks: ['Mohon data penerima bantuan diperiksa kembali.', 'Mohon pemotongan bantuan diusut dan dikembalikan kepada warga.', 'Mohon kami didaftarkan sebagai penerima bantuan.'],
  },
  {
    category: 'Bantuan dan hibah', kind: 'pengaduan', weight: 8,
    units: ['Bidang Koperasi Dinas Koperasi dan UKM', 'Bidang Pemberdayaan UMKM', 'Bidang Pengawasan Koperasi'],
    subjects: [
      'Dana hibah koperasi belum dicairkan', 'Penyaluran dana hibah koperasi tidak transparan', 'Pengurus koperasi tidak melaporkan penggunaan dana hibah',
      'Bantuan modal usaha UMKM tidak merata', 'Koperasi simpan pinjam tidak mengembalikan simpanan anggota', 'Rapat anggota tahunan koperasi tidak pernah diadakan',
    ],
    problems: [
      'Koperasi kami, {koperasi}, sudah dinyatakan lolos verifikasi penerima dana hibah tahun {tahun} sebesar Rp {rp}, tetapi dananya belum masuk ke rekening koperasi.',
      'Penerima dana hibah koperasi di kecamatan kami sebagian besar adalah koperasi yang baru dibentuk menjelang pencairan.',
      'Pengurus {koperasi} menerima dana hibah tetapi anggota tidak pernah mendapat laporan penggunaannya.',
      'Bantuan modal usaha untuk UMKM hanya diberikan kepada kenalan pengurus, sedangkan usaha kami yang sudah terdaftar tidak pernah dilibatkan.',
      'Saya anggota {koperasi} dan simpanan saya sebesar Rp {rp} tidak bisa ditarik sejak {tgl}.',
      'Rapat anggota tahunan {koperasi} tidak diadakan selama {n} tahun sehingga anggota tidak tahu kondisi keuangan koperasi.',
    ],
    details: [
      'Proposal dan laporan keuangan sudah kami serahkan lengkap ke {unit}.',
      'Kami sudah menanyakan ke pengurus, tetapi jawabannya selalu berbeda-beda.',
      'Banyak anggota yang membutuhkan dana tersebut untuk modal tanam dan usaha kecil.',
      'Kami memiliki salinan berita acara verifikasi dan surat keputusan penerima hibah.',
    ],
    asks: ['Mohon dilakukan pemeriksaan terhadap pengurus koperasi.', 'Mohon kepastian jadwal pencairan dana hibah.', 'Mohon daftar penerima hibah diumumkan secara terbuka.'],
  },
  {
    category: 'Sarana dan prasarana', kind: 'pengaduan', weight: 9,
    units: ['Dinas Pekerjaan Umum dan Penataan Ruang {kota}', 'Bidang Bina Marga Dinas PUPR', 'Balai Pelaksanaan Jalan Nasional Sulawesi Tengah'],
    subjects: [
      'Jalan rusak parah di {jalan}', 'Jalan berlubang membahayakan pengendara di {kel}', 'Perbaikan jalan {jalan} tidak selesai',
      'Jembatan penghubung desa {kel} rusak', 'Jalan tani di {kel} tidak bisa dilalui saat hujan', 'Kualitas aspal jalan baru sudah mengelupas',
    ],
    problems: [
      'Jalan di {jalan}, Kelurahan {kel}, rusak berat dengan lubang sedalam kurang lebih {n}0 cm sepanjang ratusan meter.',
      'Sudah beberapa kali terjadi kecelakaan sepeda motor di jalan berlubang dekat {kel}, terakhir pada {tgl}.',
      'Pekerjaan perbaikan jalan di {jalan} dihentikan sejak {tgl} dan material dibiarkan menumpuk di badan jalan.',
      'Jembatan kayu yang menghubungkan Desa {kel} dengan jalan poros sudah lapuk sehingga anak sekolah harus memutar jauh.',
      'Saat hujan jalan tanah di {kel} berubah menjadi lumpur sehingga hasil panen kakao tidak bisa diangkut.',
      'Jalan yang baru diaspal pada {tgl} sudah mengelupas dan berlubang kembali setelah musim hujan.',
    ],
    details: [
      'Warga sudah menimbun lubang dengan batu dan pasir secara swadaya, tetapi cepat rusak lagi.',
      'Usulan perbaikan jalan ini sudah disampaikan melalui musrenbang kelurahan sejak dua tahun lalu.',
      'Pada malam hari jalan tersebut gelap sehingga lubang tidak terlihat.',
      'Kami lampirkan foto kondisi jalan yang diambil pada {tgl}.',
    ],
    asks: ['Mohon jalan tersebut segera diperbaiki sebelum ada korban lagi.', 'Mohon pekerjaan kontraktor diperiksa.', 'Mohon dipasang rambu peringatan sementara.'],
  },
  {
    category: 'Pungutan liar', kind: 'pengaduan', weight: 6,
    units: ['Kantor Lurah {kel}', 'UPTD Samsat {kota}', 'Dinas Perhubungan {kota}', 'SMP Negeri {n} {kotaPendek}', 'Pasar Inpres Manonda', 'Kantor Camat {kec}'],
    subjects: [
      'Pungutan liar dalam pengurusan surat keterangan di kelurahan', 'Oknum petugas meminta uang pelicin', 'Pungli parkir di {jalan}',
      'Pungutan uang komite sekolah yang memberatkan', 'Retribusi pasar ditarik tanpa karcis', 'Biaya pengurusan surat tanah tidak sesuai ketentuan',
    ],
    problems: [
      'Untuk mengurus surat keterangan usaha di {unit}, saya diminta membayar Rp {rp} tanpa kuitansi.',
      'Oknum petugas meminta uang pelicin sebesar Rp {rp} agar berkas saya didahulukan.',
      'Setiap hari juru parkir di {jalan} menarik bayaran Rp 5.000, padahal tidak memakai karcis resmi dan tidak berseragam.',
      'Pihak sekolah mewajibkan orang tua membayar uang komite Rp {rp} per bulan, dan siswa yang belum membayar tidak diberi kartu ujian.',
      'Pedagang di pasar ditarik retribusi dua kali sehari oleh orang yang berbeda tanpa karcis.',
      'Biaya pengukuran dan surat keterangan tanah di kantor desa diminta Rp {rp}, jauh di atas tarif yang tertera.',
    ],
    details: [
      'Saya memiliki rekaman percakapan dan bukti transfer ke rekening pribadi petugas tersebut.',
      'Kejadian terakhir pada {tgl} sekitar pukul {jam}.',
      'Warga lain juga mengalami hal yang sama tetapi takut melapor.',
      'Saya mohon identitas saya dirahasiakan karena masih harus berurusan dengan kantor tersebut.',
    ],
    asks: ['Mohon oknum tersebut ditindak tegas.', 'Mohon pungutan yang tidak resmi dihentikan.', 'Mohon Saber Pungli turun memeriksa.'],
  },
  {
    category: 'Pelayanan publik', kind: 'pengaduan', weight: 9,
    units: ['Dinas Kependudukan dan Pencatatan Sipil {kota}', 'Kantor Camat {kec}', 'Loket Dukcapil Mal Pelayanan Publik'],
    subjects: [
      'Pembuatan KTP elektronik tertunda karena blanko habis', 'Kartu Keluarga belum selesai setelah {n} minggu', 'Akta kelahiran anak salah ketik nama',
      'Antrean pelayanan KTP sangat panjang', 'Perekaman KTP-el untuk lansia tidak bisa di rumah', 'NIK tidak terbaca di sistem saat daftar BPJS',
    ],
    problems: [
      'Saya melakukan perekaman KTP elektronik pada {tgl}, tetapi sampai sekarang hanya diberi surat keterangan karena blanko habis.',
      'Pengurusan perubahan Kartu Keluarga setelah pernikahan sudah {n} minggu belum selesai.',
      'Nama anak saya di akta kelahiran salah ketik dan untuk perbaikannya saya diminta datang berkali-kali.',
      'Antrean di loket Dukcapil sudah penuh sejak pukul 07.00 dan nomor antrean dibatasi {n}0 orang per hari.',
      'Ibu saya berusia {n}0 tahun dan sakit, tidak bisa datang untuk perekaman, tetapi petugas menolak melayani di rumah.',
      'NIK saya dinyatakan tidak ditemukan saat mendaftar BPJS dan mengurus bantuan, padahal KTP saya masih berlaku.',
    ],
    details: [
      'Karena belum punya KTP, saya tidak bisa membuka rekening bank dan melamar kerja.',
      'Petugas di {unit} menyarankan saya datang lagi bulan depan.',
      'Informasi di papan pengumuman dan di media sosial dinas tidak sama.',
      'Saya sudah membawa semua dokumen asli yang diminta.',
    ],
    asks: ['Mohon KTP saya segera dicetak.', 'Mohon disediakan layanan jemput bola bagi lansia dan penyandang disabilitas.', 'Mohon data kependudukan saya diperbaiki.'],
  },
  {
    category: 'Perilaku petugas', kind: 'pengaduan', weight: 6,
    units: ['Loket Pelayanan Terpadu', 'Kantor Lurah {kel}', 'Puskesmas {puskesmas}', 'Dinas Kependudukan dan Pencatatan Sipil {kota}', 'UPTD Samsat {kota}'],
    subjects: [
      'Sikap petugas loket tidak ramah', 'Petugas membentak warga yang bertanya', 'Petugas tidak berada di tempat pada jam kerja',
      'Petugas bermain telepon genggam saat melayani', 'Pegawai datang terlambat dan loket buka siang', 'Petugas mendahulukan kenalan dalam antrean',
    ],
    problems: [
      'Pada {tgl} saya bertanya tentang persyaratan di {unit}, tetapi petugas menjawab dengan nada tinggi dan menyuruh saya membaca sendiri.',
      'Ibu saya yang lansia dimarahi petugas karena tidak membawa fotokopi berkas.',
      'Petugas meninggalkan loket lebih dari satu jam sehingga antrean menumpuk.',
      'Petugas lebih banyak bermain telepon genggam dan melayani warga sambil berbicara dengan rekannya.',
      'Loket pelayanan baru dibuka pukul {jam}, padahal jam pelayanan tertulis mulai pukul 08.00.',
      'Orang yang baru datang langsung dilayani karena kenal dengan petugas, sedangkan kami yang antre sejak pagi dilewati.',
    ],
    details: [
      'Saya masih ingat ciri-ciri petugas tersebut dan waktu kejadiannya.',
      'Beberapa warga lain yang antre juga melihat kejadian itu.',
      'Kejadian seperti ini bukan yang pertama kali.',
      'Kami berharap pelayanan publik dilakukan dengan sopan sesuai maklumat pelayanan.',
    ],
    asks: ['Mohon petugas tersebut dibina.', 'Mohon kepala kantor memantau langsung pelayanan di loket.', 'Mohon jam pelayanan ditaati.'],
  },
  {
    category: 'Sarana dan prasarana', kind: 'pengaduan', weight: 7,
    units: ['Perumda Air Minum {kotaPendek}', 'Dinas Pekerjaan Umum dan Penataan Ruang {kota}', 'UPT Pengelolaan Air Minum'],
    subjects: [
      'Air PDAM tidak mengalir sudah {n} hari', 'Air bersih keruh dan berbau', 'Tagihan air melonjak padahal air jarang mengalir',
      'Pipa PDAM bocor di {jalan}', 'Sambungan baru air bersih belum dipasang', 'Sumur bor bantuan tidak berfungsi',
    ],
    problems: [
      'Air PDAM di Kelurahan {kel} tidak mengalir sejak {tgl}, dan kalau mengalir hanya tengah malam dengan debit kecil.',
      'Air yang keluar dari keran berwarna kuning kecokelatan dan berbau sehingga tidak bisa dipakai memasak.',
      'Tagihan air bulan ini Rp {rp}, naik berkali-kali lipat, padahal air hanya mengalir beberapa hari.',
      'Pipa induk di {jalan} bocor sejak {tgl} dan airnya terbuang ke jalan.',
      'Kami sudah membayar biaya sambungan baru Rp {rp} pada {tgl}, tetapi meteran belum dipasang.',
      'Sumur bor bantuan pemerintah di Desa {kel} rusak sejak {tgl} sehingga warga mengambil air dari sungai.',
    ],
    details: [
      'Kami terpaksa membeli air tangki Rp 150.000 setiap minggu.',
      'Sudah dilaporkan melalui telepon pengaduan, tetapi belum ada petugas yang datang.',
      'Di lingkungan kami ada bayi dan lansia yang sangat membutuhkan air bersih.',
      'Warga satu RW mengalami hal yang sama.',
    ],
    asks: ['Mohon aliran air segera dinormalkan.', 'Mohon tagihan diperiksa dan dikoreksi.', 'Mohon pipa yang bocor segera diperbaiki.'],
  },
  {
    category: 'Sarana dan prasarana', kind: 'pengaduan', weight: 6,
    units: ['Dinas Lingkungan Hidup {kota}', 'UPT Persampahan', 'Kantor Lurah {kel}'],
    subjects: [
      'Sampah tidak diangkut lebih dari seminggu', 'Tempat pembuangan sampah sementara meluap di {kel}', 'Pembakaran sampah mengganggu warga',
      'Iuran sampah ditarik tetapi sampah tidak diangkut', 'Sampah menumpuk di saluran air {jalan}', 'Bau dari TPA mengganggu permukiman',
    ],
    problems: [
      'Truk sampah tidak datang ke lingkungan kami di Kelurahan {kel} sejak {tgl} sehingga sampah menumpuk di pinggir jalan.',
      'TPS di dekat pasar meluap sampai ke badan jalan dan menimbulkan bau busuk.',
      'Setiap sore ada pembakaran sampah di lahan kosong dekat {jalan} dan asapnya masuk ke rumah warga.',
      'Kami membayar iuran sampah Rp {rp} setiap bulan melalui kelurahan, tetapi sampah hanya diangkut sebulan sekali.',
      'Sampah plastik menyumbat saluran air di {jalan} sehingga air meluap ke rumah saat hujan.',
      'Bau dari TPA Kawatuna tercium sampai ke permukiman, terutama pada malam hari.',
    ],
    details: [
      'Banyak lalat dan anak-anak mulai sakit diare.',
      'Warga sudah melapor kepada ketua RT, tetapi belum ada tindakan.',
      'Kami bersedia ikut kerja bakti bila disediakan tempat sampah dan jadwal angkut yang jelas.',
      'Foto tumpukan sampah kami lampirkan.',
    ],
    asks: ['Mohon sampah segera diangkut dan jadwal angkut diperjelas.', 'Mohon pembakaran sampah ditertibkan.', 'Mohon penggunaan iuran sampah dijelaskan.'],
  },
  {
    category: 'Sarana dan prasarana', kind: 'pengaduan', weight: 5,
    units: ['Dinas Perhubungan {kota}', 'Dinas Pekerjaan Umum dan Penataan Ruang {kota}', 'Kantor Lurah {kel}'],
    subjects: [
      'Lampu jalan mati di {jalan}', 'Penerangan jalan umum padam sepanjang {n} tiang', 'Lampu lalu lintas di simpang {jalan} tidak berfungsi',
      'Tiang lampu jalan miring hampir roboh', 'Lampu jalan tenaga surya dicuri baterainya',
    ],
    problems: [
      'Lampu penerangan jalan umum di {jalan} sudah mati sejak {tgl} sehingga jalan gelap gulita pada malam hari.',
      'Sepanjang {n} tiang lampu jalan di Kelurahan {kel} padam dan sudah terjadi dua kali penjambretan.',
      'Lampu lalu lintas di simpang {jalan} mati sehingga kendaraan saling serobot dan hampir terjadi tabrakan.',
      'Tiang lampu jalan di depan sekolah miring setelah tertabrak truk pada {tgl} dan membahayakan anak-anak.',
      'Baterai lampu jalan tenaga surya di {kel} hilang dicuri dan lampunya tidak pernah menyala lagi.',
    ],
    details: [
      'Warga sudah memasang lampu sendiri dari rumah, tetapi tidak cukup.',
      'Jalan ini ramai dilalui pekerja yang pulang malam.',
      'Sudah dilaporkan ke kelurahan sejak bulan lalu.',
    ],
    asks: ['Mohon lampu jalan segera diperbaiki.', 'Mohon tiang yang miring segera ditangani.', 'Mohon pengamanan aset lampu jalan.'],
  },
  {
    category: 'Pelayanan publik', kind: 'pengaduan', weight: 7,
    units: ['BPJS Kesehatan Cabang Palu', 'RSUD Undata', 'RSUD Anutapura', 'Puskesmas {puskesmas}', 'Dinas Kesehatan {kota}'],
    subjects: [
      'Kartu BPJS Kesehatan tidak aktif padahal iuran dibayar pemerintah', 'Pasien BPJS diminta membeli obat sendiri', 'Rujukan BPJS dipersulit',
      'Peserta PBI dinonaktifkan tanpa pemberitahuan', 'Pasien BPJS ditolak rawat inap karena kamar penuh', 'Tunggakan iuran BPJS mandiri tidak bisa dicicil',
    ],
    problems: [
      'Kartu BPJS Kesehatan saya sebagai peserta PBI ternyata tidak aktif saat berobat pada {tgl}, padahal tidak ada pemberitahuan.',
      'Di {unit} kami diminta membeli obat di apotek luar sebesar Rp {rp}, padahal obat tersebut ditanggung BPJS.',
      'Untuk mendapatkan rujukan ke rumah sakit, ayah saya harus bolak-balik ke puskesmas {n} kali.',
      'Nama ibu saya sebagai peserta PBI dinonaktifkan sejak {tgl} tanpa pemberitahuan, padahal beliau masih tergolong tidak mampu.',
      'Anak saya yang demam tinggi ditolak rawat inap dengan alasan kamar kelas III penuh, tetapi ditawari kamar VIP dengan biaya sendiri.',
      'Tunggakan iuran BPJS mandiri keluarga kami Rp {rp} dan kami tidak mampu melunasi sekaligus.',
    ],
    details: [
      'Kami keluarga tidak mampu dan tidak sanggup membayar biaya berobat umum.',
      'Petugas di bagian informasi tidak bisa menjelaskan alasannya.',
      'Kami menyimpan kuitansi pembelian obat tersebut.',
      'Pasien lain di ruangan yang sama mengalami hal serupa.',
    ],
    asks: ['Mohon kepesertaan BPJS kami diaktifkan kembali.', 'Mohon biaya obat yang sudah kami bayar dikembalikan.', 'Mohon pelayanan pasien BPJS tidak dibedakan.'],
  },
  {
    category: 'Pelayanan publik', kind: 'pengaduan', weight: 6,
    units: ['Dinas Pendidikan dan Kebudayaan {kota}', 'SD Negeri {n} {kotaPendek}', 'SMA Negeri {n} {kotaPendek}', 'Cabang Dinas Pendidikan Wilayah I'],
    subjects: [
      'Anak tidak diterima di sekolah terdekat dalam PPDB zonasi', 'Ijazah ditahan sekolah karena tunggakan', 'Dana BOS tidak jelas penggunaannya',
      'Gedung sekolah rusak dan membahayakan siswa', 'Guru jarang masuk mengajar', 'Seragam dan buku wajib dibeli di sekolah dengan harga mahal',
    ],
    problems: [
      'Rumah kami hanya berjarak {n}00 meter dari sekolah, tetapi anak kami tidak diterima dalam PPDB jalur zonasi, sedangkan anak dari kecamatan lain diterima.',
      'Ijazah anak saya ditahan oleh {unit} karena masih ada tunggakan uang komite Rp {rp}.',
      'Orang tua tidak pernah mendapat penjelasan tentang penggunaan dana BOS, padahal siswa tetap diminta iuran.',
      'Atap dua ruang kelas di {unit} bocor dan plafonnya sudah jebol sejak {tgl}.',
      'Guru mata pelajaran matematika di kelas anak saya hampir tidak pernah masuk selama satu semester.',
      'Siswa baru diwajibkan membeli seragam dan buku di koperasi sekolah seharga Rp {rp}.',
    ],
    details: [
      'Anak saya sekarang terpaksa bersekolah jauh dan harus naik ojek setiap hari.',
      'Kami sudah menghadap kepala sekolah tetapi tidak ada penyelesaian.',
      'Ijazah tersebut dibutuhkan untuk mendaftar kerja.',
      'Orang tua murid lain bersedia memberikan keterangan.',
    ],
    asks: ['Mohon ijazah anak saya diserahkan.', 'Mohon hasil PPDB zonasi diperiksa ulang.', 'Mohon ruang kelas segera direhabilitasi.'],
  },
  {
    category: 'Pelayanan publik', kind: 'pengaduan', weight: 5,
    units: ['Puskesmas {puskesmas}', 'Dinas Kesehatan {kota}', 'Pustu Desa {kel}'],
    subjects: [
      'Puskesmas {puskesmas} tutup sebelum jam pelayanan berakhir', 'Obat di puskesmas sering kosong', 'Tidak ada dokter jaga di puskesmas',
      'Pelayanan posyandu dan imunisasi terhenti', 'Program penanganan stunting tidak sampai ke desa', 'Ambulans desa tidak bisa dipakai warga',
    ],
    problems: [
      'Pada {tgl} pukul {jam} Puskesmas {puskesmas} sudah tutup, padahal jam pelayanan sampai pukul 14.00.',
      'Obat untuk penyakit darah tinggi ibu saya sudah {n} bulan kosong di puskesmas dan kami disuruh membeli di apotek.',
      'Saat anak saya kejang pada malam hari, tidak ada dokter jaga di puskesmas rawat inap.',
      'Kegiatan posyandu di Desa {kel} terhenti sejak {tgl} sehingga balita tidak ditimbang dan tidak diimunisasi.',
      'Bantuan makanan tambahan untuk balita stunting di desa kami tidak pernah dibagikan.',
      'Ambulans desa hanya dipakai untuk keperluan perangkat desa dan warga diminta membayar bahan bakar Rp {rp}.',
    ],
    details: [
      'Puskesmas tersebut satu-satunya fasilitas kesehatan terdekat dari desa kami.',
      'Petugas beralasan sedang ada kegiatan di luar gedung.',
      'Kami terpaksa membawa pasien ke rumah sakit kota yang jaraknya jauh.',
    ],
    asks: ['Mohon jam pelayanan puskesmas diawasi.', 'Mohon ketersediaan obat dijamin.', 'Mohon kegiatan posyandu diaktifkan kembali.'],
  },
  {
    category: 'Informasi publik', kind: 'permintaan_informasi', weight: 5,
    units: ['PPID Dinas Koperasi dan UKM', 'Sekretariat Dinas Koperasi dan UKM', 'Bidang Pemberdayaan UMKM'],
    subjects: [
      'Permintaan data penerima dana hibah koperasi tahun {tahun}', 'Permintaan informasi syarat bantuan modal UMKM', 'Permintaan salinan laporan realisasi anggaran',
      'Informasi jadwal pelatihan kewirausahaan', 'Permintaan daftar koperasi aktif di {kota}', 'Informasi cara pembubaran koperasi yang tidak aktif',
    ],
    problems: [
      'Saya memohon salinan daftar koperasi penerima dana hibah tahun {tahun} beserta besaran dana yang diterima.',
      'Kami ingin mengetahui persyaratan dan jadwal pendaftaran bantuan modal usaha bagi UMKM di {kota}.',
      'Kami memohon salinan laporan realisasi anggaran dinas tahun {tahun} untuk keperluan pengawasan oleh lembaga kami.',
      'Saya ingin mengikuti pelatihan kewirausahaan dan digital marketing yang diadakan dinas, mohon informasi jadwal dan syaratnya.',
      'Untuk keperluan penelitian skripsi, saya memerlukan data jumlah koperasi aktif dan tidak aktif per kabupaten.',
      'Mohon informasi prosedur pembubaran koperasi yang sudah tidak menjalankan usaha selama {n} tahun.',
    ],
    details: [
      'Informasi tersebut tidak kami temukan di situs web dinas.',
      'Permohonan ini kami ajukan berdasarkan Undang-Undang Keterbukaan Informasi Publik.',
      'Informasi dapat dikirim melalui surel atau diambil langsung di kantor.',
    ],
    asks: ['Mohon informasi dikirim melalui surel.', 'Mohon salinan dokumen dalam bentuk PDF.', 'Mohon dihubungi melalui telepon bila ada jadwal pelatihan.'],
  },
  {
    category: 'Kepegawaian', kind: 'pengaduan', weight: 3,
    units: ['Sekretariat Dinas Koperasi dan UKM', 'Badan Kepegawaian Daerah', 'Subbag Umum dan Kepegawaian'],
    subjects: [
      'Honor tenaga kontrak terlambat dibayar {n} bulan', 'Tunjangan tambahan penghasilan belum dibayarkan', 'Pengangkatan PPPK tidak transparan',
      'Kenaikan pangkat pegawai tertunda', 'Pegawai sering tidak masuk kantor tetapi absen terisi',
    ],
    problems: [
      'Kami tenaga honorer di {unit} belum menerima honor selama {n} bulan sejak {tgl}.',
      'TPP pegawai untuk bulan {bulan} belum dibayarkan tanpa penjelasan.',
      'Dalam seleksi PPPK tahun {tahun}, beberapa peserta yang tidak pernah bekerja di instansi ini justru diangkat.',
      'Usulan kenaikan pangkat saya sudah lengkap sejak {tgl}, tetapi berkasnya tidak diteruskan ke BKD.',
      'Ada pegawai yang jarang masuk kantor tetapi daftar hadirnya selalu terisi.',
    ],
    details: [
      'Kami tetap bekerja setiap hari sesuai jam kantor.',
      'Kami khawatir menyampaikan hal ini secara terbuka.',
      'Sudah ditanyakan kepada bendahara tetapi jawabannya menunggu pencairan.',
    ],
    asks: ['Mohon honor segera dibayarkan.', 'Mohon proses seleksi diperiksa.', 'Mohon berkas kenaikan pangkat diteruskan.'],
  },
  {
    category: 'Sarana dan prasarana', kind: 'pengaduan', weight: 4,
    units: ['Dinas Pekerjaan Umum dan Penataan Ruang {kota}', 'BPBD {kota}', 'Kantor Lurah {kel}'],
    subjects: [
      'Banjir setiap hujan di {kel} karena drainase tersumbat', 'Saluran drainase {jalan} tidak selesai dibangun', 'Tanggul sungai jebol mengancam permukiman',
      'Korban banjir belum menerima bantuan', 'Huntara penyintas gempa rusak dan belum diperbaiki',
    ],
    problems: [
      'Setiap hujan deras rumah warga di Kelurahan {kel} terendam air setinggi lutut karena saluran drainase tersumbat.',
      'Pembangunan saluran drainase di {jalan} berhenti sejak {tgl} dan galiannya dibiarkan terbuka.',
      'Tanggul sungai di Desa {kel} jebol sepanjang {n}0 meter dan air masuk ke kebun serta rumah warga.',
      'Korban banjir bandang pada {tgl} di desa kami belum menerima bantuan logistik maupun perbaikan rumah.',
      'Hunian sementara penyintas gempa 2018 di {kel} atapnya bocor dan dindingnya lapuk.',
    ],
    details: [
      'Sudah ada anak yang terjatuh ke galian saluran yang terbuka.',
      'Warga siap bergotong royong bila disediakan material.',
      'Kami khawatir musim hujan tahun ini lebih parah.',
    ],
    asks: ['Mohon normalisasi saluran segera dilakukan.', 'Mohon tanggul diperbaiki sebelum musim hujan.', 'Mohon bantuan bagi korban banjir segera disalurkan.'],
  },
  {
    category: 'Lainnya', kind: 'aspirasi', weight: 5,
    units: ['Dinas Koperasi dan UKM', 'Bidang Pemberdayaan UMKM', 'Sekretariat Dinas Koperasi dan UKM'],
    subjects: [
      'Usulan pelatihan kewirausahaan bagi pemuda {kel}', 'Usulan pembangunan pasar rakyat di {kec}', 'Aspirasi pedagang kaki lima agar diberi tempat berjualan',
      'Usulan pendampingan koperasi nelayan', 'Usulan pameran produk UMKM di setiap kecamatan', 'Saran perbaikan layanan pengaduan daring',
    ],
    problems: [
      'Kami pemuda Kelurahan {kel} mengusulkan pelatihan kewirausahaan dan pemasaran digital karena banyak pemuda yang menganggur.',
      'Warga Kecamatan {kec} mengusulkan pembangunan pasar rakyat karena pasar terdekat berjarak lebih dari {n} kilometer.',
      'Kami pedagang kaki lima di {jalan} memohon disediakan lokasi berjualan yang resmi agar tidak terus ditertibkan.',
      'Nelayan di {kel} ingin membentuk koperasi tetapi tidak mengetahui caranya, sehingga membutuhkan pendampingan dari dinas.',
      'Kami mengusulkan pameran produk UMKM diadakan bergiliran di setiap kecamatan, tidak hanya di pusat kota.',
      'Kami menyarankan agar perkembangan pengaduan dapat dilihat melalui WhatsApp tanpa harus datang ke kantor.',
    ],
    details: [
      'Kami siap mengumpulkan peserta dan menyediakan tempat.',
      'Usulan ini sudah dibahas dalam pertemuan warga pada {tgl}.',
      'Kami berharap usulan ini dapat masuk dalam program tahun {tahun}.',
    ],
    asks: ['Mohon usulan kami dipertimbangkan.', 'Mohon kami diundang dalam perencanaan program.', 'Mohon tanggapan tertulis atas usulan ini.'],
  },
];

const TOPIC_WEIGHT_TOTAL = TOPICS.reduce((sum, t) => sum + t.weight, 0);

const OPENERS_FORMAL = [
  'Dengan hormat, bersama ini kami sampaikan pengaduan warga RT {rt}/RW {rw} Kelurahan {kel}, Kecamatan {kec}, {kota}.',
  'Yth. Bapak/Ibu Pimpinan, saya warga Kelurahan {kel}, Kecamatan {kec}, ingin menyampaikan keluhan sebagai berikut.',
  'Dengan hormat, saya yang bertempat tinggal di {jalan}, {kel}, {kota}, menyampaikan hal berikut.',
];
const OPENERS_INFORMAL = [
  'Selamat pagi, saya warga {kel}, Kecamatan {kec}, mau melapor.',
  'Assalamualaikum, mohon izin menyampaikan keluhan warga {kel}.',
  'Selamat siang Bapak/Ibu, saya tinggal di {jalan}, {kel}.',
  'Saya warga Kecamatan {kec}, {kota}.',
  '',
];
const TIMELINE = [
  'Kejadian ini sudah berlangsung sejak {tgl}.',
  'Hal ini sudah saya sampaikan ke {unit} pada {tgl}, tetapi belum ada tanggapan.',
  'Sampai hari ini belum ada tindak lanjut.',
  'Masalah ini sudah terjadi berulang kali dalam {n} bulan terakhir.',
  '',
];
const CLOSERS = [
  'Mohon segera ditindaklanjuti.', 'Atas perhatian Bapak/Ibu kami ucapkan terima kasih.', 'Terima kasih.',
  'Kami berharap ada tindakan nyata dari pemerintah.', 'Mohon kabar perkembangannya melalui nomor telepon saya.', 'Demikian pengaduan ini kami sampaikan.',
];

// ---------------------------------------------------------------------------------------
// Filling templates.

const pad2 = (n: number) => String(n).padStart(2, '0');
const DAY_MS = 86_400_000;

/** "1.250.000": rupiah amounts as Indonesians write them. */
export function rupiah(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** "14 Maret 2025". */
export function indonesianDate(d: Date): string {
  return `${d.getUTCDate()} ${INDONESIAN_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

interface Place {
  kota: string;
  kotaPendek: string;
  kec: string;
  kel: string;
  jalan: string;
}

function pickPlace(r: RowRandom): Place {
  let x = r.next() * REGION_WEIGHTS.reduce((a, b) => a + b, 0);
  let region = REGIONS[0]!;
  for (const [k, w] of REGION_WEIGHTS.entries()) {
    if ((x -= w) < 0) {
      region = REGIONS[k]!;
      break;
    }
  }
  const kec = r.pick(region.kecamatan);
  return { kota: region.kota, kotaPendek: region.kota.replace(/^(Kota|Kabupaten) /, ''), kec: kec.name, kel: r.pick(kec.villages), jalan: r.pick(STREETS) };
}

function pickTopic(r: RowRandom): Topic {
  let x = r.next() * TOPIC_WEIGHT_TOTAL;
  for (const t of TOPICS) if ((x -= t.weight) < 0) return t;
  return TOPICS[TOPICS.length - 1]!;
}

const SLOT = /\{(\w+)\}/g;

/** Complaint text for one row: what the clerk types into the register from whatever the citizen brought. */
export interface ComplaintText {
  category: string;
  kind: ComplaintKind;
  subject: string;
  description: string;
  requestedAction: string;
  unitComplained: string;
  eventPlace: string;
  /** YYYY-MM-DD, or '' when the complainant gave none. */
  eventDate: string;
}

/**
 * The text of complaint `row`, received at `receivedAt`. `formal` picks the tone (a
 * letter, the website) or the chat tone (WhatsApp, SMS, at the desk).
 */
export function complaintText(row: number, receivedAt: Date, formal: boolean): ComplaintText {
  const r = new RowRandom(row, 71);
  const topic = pickTopic(r);
  const place = pickPlace(r);
  const eventAt = new Date(receivedAt.getTime() - r.int(1, 120) * DAY_MS);
  const year = eventAt.getUTCFullYear();
  const slots: Record<string, () => string> = {
    kota: () => place.kota,
    kotaPendek: () => place.kotaPendek,
    kec: () => place.kec,
    kel: () => place.kel,
    jalan: () => place.jalan,
    tgl: () => indonesianDate(new Date(eventAt.getTime() - r.int(0, 30) * DAY_MS)),
    bulan: () => `${INDONESIAN_MONTHS[eventAt.getUTCMonth()]} ${year}`,
    tahun: () => String(r.chance(0.7) ? year : year - 1),
    n: () => String(r.int(2, 9)),
    rt: () => pad2(r.int(1, 25)),
    rw: () => pad2(r.int(1, 9)),
    jam: () => `${pad2(r.int(8, 15))}.${pad2(r.int(0, 11) * 5)}`,
    rp: () => rupiah(r.pick([50, 100, 150, 200, 250, 300, 500, 750, 1_000, 1_500, 2_500, 5_000, 10_000, 25_000, 50_000, 150_000]) * 1_000),
    koperasi: () => r.pick(COOPERATIVES),
    puskesmas: () => r.pick(HEALTH_CENTRES),
    usaha: () => r.pick(BUSINESSES),
    bansos: () => r.pick(SOCIAL_AID),
    unit: () => unit,
  };
  const fill = (template: string) => template.replace(SLOT, (whole, name: string) => slots[name]?.() ?? whole);
  const unit = fill(r.pick(topic.units));

  const parts = [fill(r.pick(formal ? OPENERS_FORMAL : OPENERS_INFORMAL))];
  // Subjects and problems are written in pairs (the k-th problem tells the k-th subject's
  // story); a second problem of the same topic sometimes follows.
  const subjectIndex = Math.floor(r.next() * topic.subjects.length);
  const problemCount = r.chance(0.2) ? 2 : 1;
  const first = subjectIndex % topic.problems.length;
  for (let k = 0; k < problemCount; k++) parts.push(fill(topic.problems[(first + k) % topic.problems.length]!));
  const detailCount = r.int(1, 2);
  const firstDetail = Math.floor(r.next() * topic.details.length);
  for (let k = 0; k < detailCount; k++) parts.push(fill(topic.details[(firstDetail + k) % topic.details.length]!));
  parts.push(fill(r.pick(TIMELINE)));
  const ask = fill(r.pick(topic.asks));
  if (r.chance(0.6)) parts.push(ask);
  parts.push(r.pick(CLOSERS));

  const subject = fill(topic.subjects[subjectIndex]!);
  return {
    category: topic.category,
    kind: topic.kind === 'pengaduan' && r.chance(0.04) ? 'permintaan_informasi' : topic.kind,
    subject: subject.length > 200 ? subject.slice(0, 200) : subject,
    description: parts.filter((p) => p !== '').join(' '),
    requestedAction: r.chance(0.7) ? ask : '',
    unitComplained: r.chance(0.9) ? unit : '',
    eventPlace: r.chance(0.75) ? `${place.jalan}, ${place.kel}, ${place.kec}, ${place.kota}` : '',
    eventDate: r.chance(0.6) ? eventAt.toISOString().slice(0, 10) : '',
  };
}

/**
 * What clerks type into the register's search box, common to rare: a bare topic word
 * ("izin", matched by tens of thousands of complaints), a two-word phrase, a rarer term,
 * a place name. Prefix matching applies, as in the app ("bantu" finds "bantuan").
 */
export const SEARCH_TERMS: readonly string[] = [
  'izin', 'bantuan', 'jalan rusak', 'pungli', 'KTP', 'hibah koperasi', 'BPJS', 'sampah', 'lampu jalan', 'air bersih',
  'puskesmas', 'sekolah', 'petugas', 'PDAM', 'zonasi', 'ijazah', 'blanko', 'stunting', 'drainase', 'Tawaeli',
  'Watusampu', 'sertifikat halal', 'dana BOS', 'honor', 'OSS', 'Kawatuna', 'posyandu', 'DTKS', 'parkir', 'tanggul',
];
