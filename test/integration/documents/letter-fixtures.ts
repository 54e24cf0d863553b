import { PNG } from 'pngjs';
import type { LetterDocumentData } from '../../../electron/documents/letter-document-data';
import type { LetterSigner } from '../../../electron/documents/letter-signature';
import type { LetterBlock, LetterBodyDoc, LetterInline } from '../../../shared/letters/letter-body';
import type { OfficeSettings } from '../../../shared/office/office-settings';

// Letters of seed 002 (Kanwil Kemenkumham Bangka Belitung: a nota dinas from Kasubag PPHTI up
// to the Kakanwil) and seed 003 (Dinas Koperasi dan UKM Sulawesi Tengah: the reply letter
// signed by the Sekretaris), in every state, for the document-engine tests and screenshots.

/** A 64 × 80 PNG (green shield shape on white) standing in for a regional coat of arms. */
export function emblemPng(): Buffer {
  const png = new PNG({ width: 64, height: 80 });
  for (let y = 0; y < 80; y++) {
    for (let x = 0; x < 64; x++) {
      const half = y < 50 ? 30 : 30 - (y - 50);
      const inside = Math.abs(x - 32) <= half && y >= 2;
      const i = (y * 64 + x) * 4;
      png.data[i] = inside ? 20 : 255;
      png.data[i + 1] = inside ? 120 : 255;
      png.data[i + 2] = inside ? 60 : 255;
      png.data[i + 3] = 255;
    }
  }
  // RGB without alpha: one image in the PDF, no soft mask beside it.
  return PNG.sync.write(png, { colorType: 2 });
}

export const OFFICE_003: OfficeSettings = {
  nameLines: ['Pemerintah Provinsi Sulawesi Tengah', 'Dinas Koperasi, Usaha Kecil dan Menengah'],
  address: 'Jl. Prof. Moh. Yamin No. 47, Kota Palu 94111',
  phone: '(0451) 421234',
  website: 'diskopukm.sultengprov.go.id',
  email: 'diskopukm@sultengprov.go.id',
  logoDataUrl: `data:image/png;base64,${emblemPng().toString('base64')}`,
  timeZone: 'WITA',
  paperSize: 'A4',
};

export const OFFICE_002: OfficeSettings = {
  nameLines: ['Kementerian Hukum dan Hak Asasi Manusia Republik Indonesia', 'Kantor Wilayah Kepulauan Bangka Belitung'],
  address: 'Jl. Pulau Bangka, Komplek Perkantoran Gubernur, Air Itam, Kota Pangkalpinang 33149',
  phone: '(0717) 4262019',
  website: 'babel.kemenkumham.go.id',
  email: 'kanwilbabel@kemenkumham.go.id',
  logoDataUrl: '',
  timeZone: 'WIB',
  paperSize: 'A4',
};

export const KEPALA_DINAS = 'Kepala Dinas Koperasi, Usaha Kecil dan Menengah Provinsi Sulawesi Tengah';
export const SEKRETARIS: LetterSigner = {
  mode: 'an',
  jabatan: 'Sekretaris',
  onBehalfOf: KEPALA_DINAS,
  name: 'Rahmat Hidayat, S.E., M.Si.',
  rank: 'Pembina Tk. I (IV/b)',
  nip: '197203151998031004',
};
export const KAKANWIL: LetterSigner = {
  mode: 'langsung',
  jabatan: 'Kepala Kantor Wilayah',
  name: 'Dr. Harun Sulianto, Bc.IP., S.H., M.H.',
  rank: 'Pembina Utama Madya (IV/d)',
  nip: '196805211993031002',
};

/** Every signing mode with what the signature block prints above the name (folded). */
export const SIGNING_MODES: readonly (readonly [string, LetterSigner, string])[] = [
  ['langsung', { mode: 'langsung', jabatan: KEPALA_DINAS, name: 'Sisliandy Ponulele', nip: '197807071997121001' }, `${KEPALA_DINAS.toUpperCase()}, Sisliandy Ponulele`],
  ['a.n.', { mode: 'an', jabatan: 'Sekretaris', onBehalfOf: KEPALA_DINAS, name: 'Rahmat Hidayat, S.E., M.Si.', nip: '197203151998031004' },
    `a.n. ${KEPALA_DINAS.toUpperCase()}, SEKRETARIS, Rahmat Hidayat`],
  ['u.b.', { mode: 'ub', jabatan: 'Kepala Bidang Koperasi', onBehalfOf: KEPALA_DINAS, intermediate: 'Sekretaris', name: 'Nurhayati Lamakarate, S.Sos.', nip: '198001012005012003' },
    `a.n. ${KEPALA_DINAS.toUpperCase()}, SEKRETARIS, u.b. KEPALA BIDANG KOPERASI, Nurhayati Lamakarate`],
  ['Plt.', { mode: 'plt', jabatan: KEPALA_DINAS, name: 'Rahmat Hidayat, S.E., M.Si.', nip: '197203151998031004' }, `Plt. ${KEPALA_DINAS.toUpperCase()}, Rahmat Hidayat`],
  ['Plh.', { mode: 'plh', jabatan: KEPALA_DINAS, name: 'Rahmat Hidayat, S.E., M.Si.', nip: '197203151998031004' }, `Plh. ${KEPALA_DINAS.toUpperCase()}, Rahmat Hidayat`],
];

// ---------------------------------------------------------------------------------------
// Bodies in the editor's JSON.

const t = (text: string, ...marks: ('bold' | 'italic' | 'underline')[]): LetterInline => ({
  type: 'text',
  text,
  ...(marks.length ? { marks: marks.map((type) => ({ type })) } : {}),
});
export const p = (...content: (LetterInline | string)[]): LetterBlock => ({
  type: 'paragraph',
  content: content.map((c) => (typeof c === 'string' ? t(c) : c)),
});
const item = (...content: LetterBlock[]) => ({ type: 'listItem' as const, content });
const cell = (text: string, header = false, colspan = 1) => ({
  type: header ? ('tableHeader' as const) : ('tableCell' as const),
  ...(colspan > 1 ? { attrs: { colspan } } : {}),
  content: [{ type: 'paragraph' as const, content: [t(text)] }],
});
const row = (...content: ReturnType<typeof cell>[]) => ({ type: 'tableRow' as const, content });

export const text = t;

/** The reply of seed 003: opening, a numbered list with a nested lettered one, a table, bold and italic, closing. */
export const REPLY_BODY: LetterBodyDoc = {
  type: 'doc',
  content: [
    p('Menindaklanjuti pengaduan Saudara tanggal 20 November 2026 nomor register ', t('0012/ADU/XI/2026', 'bold'),
      ' perihal pelayanan perizinan koperasi, dengan ini kami sampaikan hal-hal sebagai berikut:'),
    {
      type: 'orderedList',
      content: [
        item(p('petugas loket telah diberi ', t('pembinaan', 'underline'), ' oleh atasan langsungnya;')),
        item(
          p('izin koperasi Saudara telah diterbitkan dengan rincian:'),
          { type: 'orderedList', content: [item(p('nomor izin 518/045/KOP/2026;')), item(p('dapat diambil pada jam kerja di loket 3.'))] },
        ),
        item(p('biaya yang telah dibayarkan tanpa kuitansi akan dikembalikan.')),
      ],
    },
    {
      type: 'table',
      content: [
        row(cell('No', true), cell('Tindak lanjut', true), cell('Waktu', true)),
        row(cell('1'), cell('Klarifikasi kepada petugas loket'), cell('21 November 2026')),
        row(cell('2'), cell('Penerbitan izin koperasi'), cell('23 November 2026')),
        row(cell('Seluruh tindak lanjut telah selesai', false, 3)),
      ],
    },
    { type: 'bulletList', content: [item(p('Narahubung: Subbagian Umum, telepon (0451) 421234.'))] },
    p('Demikian kami sampaikan, atas perhatian Saudara kami ucapkan ', t('terima kasih', 'italic'), '.'),
  ],
};

/** Paragraphs enough for a second page, a list in the middle, then the closing paragraph. */
export function longBody(paragraphs = 14): LetterBodyDoc {
  const para = (i: number) =>
    p(`Paragraf ${i}: hasil klarifikasi menunjukkan bahwa pelayanan perizinan koperasi pada loket terpadu belum sesuai dengan standar pelayanan yang telah ditetapkan, sehingga perlu dilakukan pembinaan kepada petugas dan evaluasi terhadap prosedur yang berlaku.`);
  return {
    type: 'doc',
    content: [
      ...Array.from({ length: Math.floor(paragraphs / 2) }, (_, i) => para(i + 1)),
      { type: 'orderedList', content: [item(p('langkah pertama;')), item(p('langkah kedua;')), item(p('langkah ketiga.'))] },
      {
        type: 'table',
        content: [row(cell('Unit', true), cell('Temuan', true)), row(cell('Loket 3'), cell('Pungutan tanpa kuitansi'))],
      },
      ...Array.from({ length: paragraphs - Math.floor(paragraphs / 2) }, (_, i) => para(Math.floor(paragraphs / 2) + i + 1)),
      p('Demikian disampaikan, mohon arahan Bapak.'),
    ],
  };
}

export const VERIFICATION = {
  code: 'K7QM4XZ9PD',
  qrText: 'meja-aduan:surat:K7QM4XZ9PD',
  caption: 'Surat ini terdaftar di Meja Aduan. Pindai kode QR atau ketik kodenya pada layar Verifikasi Surat untuk memeriksa keasliannya.',
};

/** The signed reply letter of seed 003 (a.n. Kepala Dinas, signed by the Sekretaris), as the file copy with parafs. */
export function replyLetter(overrides: Partial<LetterDocumentData> = {}): LetterDocumentData {
  return {
    kind: 'surat-jawaban',
    office: OFFICE_003,
    paper: 'A4',
    font: 'arial',
    number: '005/PPM/HM.01/XI/2026',
    date: '2026-11-23',
    nature: 'Biasa',
    attachments: '',
    subject: 'Tanggapan atas Pengaduan',
    addressee: { name: 'Sdr. Ahmad Fauzi', address: ['Jl. Towua No. 12', 'Kelurahan Tatura Selatan, Palu'] },
    copiesTo: ['Gubernur Sulawesi Tengah', 'Inspektur Provinsi Sulawesi Tengah'],
    body: REPLY_BODY,
    signer: SEKRETARIS,
    parafs: [
      { jabatan: 'Kepala Bidang Koperasi', name: 'Nurhayati Lamakarate, S.Sos.', at: new Date('2026-11-22T02:10:00Z') },
      { jabatan: 'Kepala Dinas', name: 'Sisliandy Ponulele', at: new Date('2026-11-22T16:30:00Z') },
    ],
    verification: VERIFICATION,
    draft: false,
    printedAt: new Date('2026-11-23T03:00:00Z'),
    ...overrides,
  };
}

/** The nota dinas of seed 002 from Kasubag PPHTI's desk, signed by the Kakanwil. */
export function notaDinas(overrides: Partial<LetterDocumentData> = {}): LetterDocumentData {
  return {
    kind: 'nota-dinas',
    office: OFFICE_002,
    paper: 'A4',
    font: 'arial',
    number: 'ND.014/PPM/HM.01/XI/2026',
    date: '2026-11-23',
    nature: 'Segera',
    attachments: '1 (satu) berkas',
    subject: 'Tindak Lanjut Pengaduan Nomor Register 0031/ADU/XI/2026',
    to: 'Kepala Divisi Pemasyarakatan',
    from: 'Kepala Kantor Wilayah',
    copiesTo: ['Kepala Divisi Administrasi'],
    body: longBody(4),
    signer: KAKANWIL,
    parafs: [],
    draft: false,
    printedAt: new Date('2026-11-23T03:00:00Z'),
    ...overrides,
  };
}
