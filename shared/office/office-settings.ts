import { z } from '../validation/zod-indonesian';
import { OFFICE_TIME_ZONE_CODES, type OfficeTimeZone } from './time-zones';

export const PAPER_SIZES = ['A4', 'F4'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** Largest logo accepted, as a data URL; a letterhead logo is a small image. */
export const MAX_LOGO_DATA_URL_LENGTH = 700_000;

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} paling panjang ${max} karakter.`)
    .default('');

/**
 * The office's identity as printed on every letterhead (kop surat), its time zone and the
 * default paper size. Up to three name lines: parent body above the office, as the
 * letterhead rules prescribe.
 */
export const officeSettingsSchema = z.object({
  nameLines: z
    .array(z.string().trim().max(120, 'Satu baris nama kantor paling panjang 120 karakter.'))
    .min(1, 'Isi sekurang-kurangnya satu baris nama kantor.')
    .max(3, 'Nama kantor paling banyak tiga baris.')
    .transform((lines) => lines.filter((line) => line.length > 0))
    .refine((lines) => lines.length > 0, 'Isi sekurang-kurangnya satu baris nama kantor.'),
  address: optionalText(300, 'Alamat'),
  phone: optionalText(80, 'Telepon'),
  website: optionalText(120, 'Laman'),
  email: z
    .string()
    .trim()
    .max(120, 'Surel paling panjang 120 karakter.')
    .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), 'Alamat surel tidak valid.')
    .default(''),
  logoDataUrl: z
    .string()
    .max(MAX_LOGO_DATA_URL_LENGTH, 'Berkas logo terlalu besar (paling besar ±500 KB).')
    .refine(
      (v) => v === '' || /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/.test(v),
      'Logo harus berupa gambar PNG atau JPEG.',
    )
    .default(''),
  timeZone: z.enum(OFFICE_TIME_ZONE_CODES as [OfficeTimeZone, ...OfficeTimeZone[]], {
    message: 'Pilih zona waktu: WIB, WITA, atau WIT.',
  }),
  paperSize: z.enum(PAPER_SIZES, { message: 'Pilih ukuran kertas: A4 atau F4.' }),
});

export type OfficeSettingsInput = z.input<typeof officeSettingsSchema>;
export type OfficeSettings = z.output<typeof officeSettingsSchema>;

/** What a new installation starts with until the administrator fills in the office. */
export const EMPTY_OFFICE_SETTINGS: OfficeSettings = {
  nameLines: ['NAMA KANTOR BELUM DIISI'],
  address: '',
  phone: '',
  website: '',
  email: '',
  logoDataUrl: '',
  timeZone: 'WIB',
  paperSize: 'A4',
};
