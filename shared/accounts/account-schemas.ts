import { z } from '../validation/zod-indonesian';
import { nipSchema } from '../organisation/organisation-schemas';
import { PERMISSIONS } from './permissions';

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;

/** A new password: long enough to resist guessing at a shared counter PC. */
export const newPasswordSchema = z
  .string({ message: 'Kata sandi wajib diisi.' })
  .min(MIN_PASSWORD_LENGTH, `Kata sandi sekurang-kurangnya ${MIN_PASSWORD_LENGTH} karakter.`)
  .max(MAX_PASSWORD_LENGTH, `Kata sandi paling panjang ${MAX_PASSWORD_LENGTH} karakter.`)
  .refine((v) => v.trim().length === v.length, 'Kata sandi tidak boleh diawali atau diakhiri spasi.');

/** A password as typed at sign-in: checked against the hash, never trimmed. */
const givenPassword = z.string({ message: 'Kata sandi wajib diisi.' }).min(1, 'Kata sandi wajib diisi.').max(MAX_PASSWORD_LENGTH, 'Kata sandi salah.');

export const usernameSchema = z
  .string({ message: 'Nama pengguna wajib diisi.' })
  .trim()
  .toLowerCase()
  .min(3, 'Nama pengguna sekurang-kurangnya 3 karakter.')
  .max(32, 'Nama pengguna paling panjang 32 karakter.')
  .refine((v) => /^[a-z0-9._-]+$/.test(v), 'Nama pengguna hanya huruf kecil, angka, titik, garis bawah dan tanda hubung (tanpa spasi).');

const displayName = z.string({ message: 'Nama lengkap wajib diisi.' }).trim().min(1, 'Nama lengkap wajib diisi.').max(80, 'Nama lengkap paling panjang 80 karakter.');

export const setupAdminSchema = z.object({
  username: usernameSchema,
  name: displayName,
  nip: nipSchema.default(''),
  password: newPasswordSchema,
});
export type SetupAdminInput = z.input<typeof setupAdminSchema>;

export const signInSchema = z.object({
  username: z.string({ message: 'Nama pengguna wajib diisi.' }).trim().toLowerCase().min(1, 'Nama pengguna wajib diisi.').max(32, 'Nama pengguna atau kata sandi salah.'),
  password: givenPassword,
});

export const unlockSchema = z.object({ password: givenPassword });

const permissionList = z
  .array(z.enum(PERMISSIONS, { message: 'Izin tidak dikenal.' }))
  .max(PERMISSIONS.length)
  .transform((list) => [...new Set(list)].sort());

export const saveAccountSchema = z
  .object({
    id: z.number().int().positive().nullable().default(null),
    username: usernameSchema,
    name: displayName,
    nip: nipSchema.default(''),
    isAdmin: z.boolean().default(false),
    permissions: permissionList.default([]),
    positionIds: z.array(z.number().int().positive()).max(20, 'Paling banyak 20 jabatan per akun.').transform((ids) => [...new Set(ids)]).default([]),
    active: z.boolean().default(true),
    /** Required for a new account; ignored for an existing one (reset it instead). */
    password: newPasswordSchema.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.id === null && v.password === undefined) {
      ctx.addIssue({ code: 'custom', path: ['password'], message: 'Akun baru perlu kata sandi awal.' });
    }
  });
export type SaveAccountInput = z.input<typeof saveAccountSchema>;

export const resetPasswordSchema = z.object({ id: z.number().int().positive(), password: newPasswordSchema });

export const accountSettingsSchema = z.object({
  idleMinutes: z
    .number({ message: 'Batas waktu diam harus berupa angka.' })
    .int('Batas waktu diam harus bilangan bulat (menit).')
    .min(1, 'Batas waktu diam sekurang-kurangnya 1 menit.')
    .max(240, 'Batas waktu diam paling lama 240 menit.'),
});
