import { z } from '../validation/zod-indonesian';
import { nipProblem, normaliseNip } from './nip';
import { HOLDER_KINDS } from './organisation';

const text = (max: number, label: string) =>
  z.string({ message: `${label} harus berupa teks.` }).trim().max(max, `${label} paling panjang ${max} karakter.`);

const required = (max: number, label: string) => text(max, label).min(1, `${label} wajib diisi.`);

const id = (label: string) => z.number({ message: `${label} tidak valid.` }).int().positive(`${label} tidak valid.`);

/** An office calendar day "2026-11-23". */
export const calendarDaySchema = (label: string) =>
  z
    .string({ message: `${label} wajib diisi.` })
    .trim()
    .refine((v) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
      const d = new Date(v + 'T00:00:00Z');
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
    }, `${label} tidak valid (isi tanggal lengkap).`);

/** A NIP: 18 digits with a plausible date inside; spaces as printed under signatures are allowed. */
export const nipSchema = text(30, 'NIP')
  .transform(normaliseNip)
  .superRefine((v, ctx) => {
    const problem = v === '' ? null : nipProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const order = z.number({ message: 'Urutan harus berupa angka.' }).int('Urutan harus bilangan bulat.').min(0, 'Urutan tidak boleh negatif.').max(9999, 'Urutan paling besar 9999.').default(0);

export const saveUnitSchema = z.object({
  id: id('Unit').nullable().default(null),
  parentId: id('Unit induk').nullable().default(null),
  name: required(150, 'Nama unit'),
  code: text(20, 'Kode unit')
    .transform((v) => v.toUpperCase())
    .refine((v) => /^[A-Z0-9.-]*$/.test(v), 'Kode unit hanya huruf, angka, titik dan tanda hubung.')
    .default(''),
  order,
  active: z.boolean().default(true),
});
export type SaveUnitInput = z.input<typeof saveUnitSchema>;

export const savePositionSchema = z.object({
  id: id('Jabatan').nullable().default(null),
  unitId: id('Unit'),
  title: required(150, 'Nama jabatan'),
  shortTitle: text(60, 'Sebutan singkat').default(''),
  superiorId: id('Atasan').nullable().default(null),
  order,
  active: z.boolean().default(true),
});
export type SavePositionInput = z.input<typeof savePositionSchema>;

export const saveHolderSchema = z
  .object({
    id: id('Pemangku jabatan').nullable().default(null),
    positionId: id('Jabatan'),
    name: required(120, 'Nama pemangku'),
    nip: nipSchema.default(''),
    rank: text(80, 'Pangkat/golongan').default(''),
    kind: z.enum(HOLDER_KINDS, { message: 'Pilih jenis: definitif, Plt., atau Plh.' }),
    startDate: calendarDaySchema('Tanggal mulai'),
    endDate: calendarDaySchema('Tanggal selesai').nullable().default(null),
  })
  .superRefine((v, ctx) => {
    if (v.endDate !== null && v.endDate < v.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'Tanggal selesai tidak boleh sebelum tanggal mulai.' });
    }
    // An acting official always stands in for a period; the SK says until when.
    if (v.kind !== 'definitif' && v.endDate === null) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'Plt. dan Plh. harus punya tanggal selesai (sesuai surat perintahnya).' });
    }
  });
export type SaveHolderInput = z.input<typeof saveHolderSchema>;

export const orgChartSchema = z.object({ date: calendarDaySchema('Tanggal').optional() });
export const deleteHolderSchema = z.object({ id: id('Pemangku jabatan'), reason: required(300, 'Alasan') });
