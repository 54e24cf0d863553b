import { z } from '../validation/zod-indonesian';

/**
 * How the office's letters are set: the typeface (metric twins of Arial, Times New Roman
 * and Bookman Old Style ship with the app), the margins, the rule under the letterhead and
 * whether the paraf column prints on the file copy. DOMAIN.md: "the rules differ between
 * agencies; make the layout configurable, with these as defaults".
 */

export const DOCUMENT_FONTS = ['arial', 'times', 'bookman'] as const;
export type DocumentFont = (typeof DOCUMENT_FONTS)[number];

export const DOCUMENT_FONT_LABELS: Record<DocumentFont, string> = {
  arial: 'Arial',
  times: 'Times New Roman',
  bookman: 'Bookman Old Style',
};

/** The shipped font with the same metrics, that the PDF is set in. */
export const DOCUMENT_FONT_TWINS: Record<DocumentFont, string> = {
  arial: 'Liberation Sans',
  times: 'Liberation Serif',
  bookman: 'TeX Gyre Bonum',
};

/** single: one line; double: a thick line over a thin one (the usual kop surat). */
export const LETTERHEAD_RULES = ['single', 'double'] as const;
export type LetterheadRule = (typeof LETTERHEAD_RULES)[number];

export const LETTERHEAD_RULE_LABELS: Record<LetterheadRule, string> = {
  single: 'Satu garis',
  double: 'Garis ganda (tebal dan tipis)',
};

/** Below 1 cm a printer cuts the text off; above 5 cm the text column gets too narrow to read. */
export const MIN_MARGIN_CM = 1;
export const MAX_MARGIN_CM = 5;

const margin = (side: string) =>
  z
    .number({ message: `Margin ${side} harus berupa angka (cm).` })
    .min(MIN_MARGIN_CM, `Margin ${side} paling kecil ${MIN_MARGIN_CM} cm.`)
    .max(MAX_MARGIN_CM, `Margin ${side} paling besar ${MAX_MARGIN_CM} cm.`)
    // Millimetres are as fine as anyone sets a margin; rounding keeps 2.4999999 out of the settings.
    .transform((cm) => Math.round(cm * 10) / 10);

export const documentMarginsSchema = z.object({
  left: margin('kiri'),
  top: margin('atas'),
  right: margin('kanan'),
  bottom: margin('bawah'),
});
export type DocumentMargins = z.output<typeof documentMarginsSchema>;

export const documentSettingsSchema = z.object({
  font: z.enum(DOCUMENT_FONTS, { message: 'Pilih huruf: Arial, Times New Roman atau Bookman Old Style.' }),
  marginsCm: documentMarginsSchema,
  letterheadRule: z.enum(LETTERHEAD_RULES, { message: 'Pilih garis kop surat: satu garis atau garis ganda.' }),
  /** Print the paraf column (who initialled, when) at the foot of the file copy. */
  printParafOnFileCopy: z.boolean({ message: 'Pilih apakah kolom paraf dicetak pada arsip.' }),
});
export type DocumentSettingsInput = z.input<typeof documentSettingsSchema>;
export type DocumentSettings = z.output<typeof documentSettingsSchema>;

/** DOMAIN.md defaults: Arial, left 3 cm (binding), top 2 cm, right 2 cm, bottom 2.5 cm, double rule. */
export const DEFAULT_DOCUMENT_SETTINGS: DocumentSettings = {
  font: 'arial',
  marginsCm: { left: 3, top: 2, right: 2, bottom: 2.5 },
  letterheadRule: 'double',
  printParafOnFileCopy: true,
};

/** Margins in pdfmake's order (left, top, right, bottom), as `LetterDocumentData.marginsCm` takes them. */
export function marginsTuple(m: DocumentMargins): [number, number, number, number] {
  return [m.left, m.top, m.right, m.bottom];
}

/** "Kiri 3 cm · atas 2 cm · kanan 2 cm · bawah 2,5 cm", for the preview label of the settings screen. */
export function describeMargins(m: DocumentMargins): string {
  const cm = (n: number) => `${String(n).replace('.', ',')} cm`;
  return `kiri ${cm(m.left)} · atas ${cm(m.top)} · kanan ${cm(m.right)} · bawah ${cm(m.bottom)}`;
}
