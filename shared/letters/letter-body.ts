import { z } from '../validation/zod-indonesian';

/**
 * The body of a letter as the editor writes it and the document engine prints it: the
 * JSON document of the TipTap/ProseMirror editor (StarterKit + Table), restricted to what
 * a naskah dinas uses — paragraphs, numbered and bulleted lists, bold, italic, underline,
 * hard line breaks and simple tables. Storing the editor's own JSON means no conversion can
 * lose anything between what the drafter typed and what is kept; the schema below is the
 * gate, so a stored body always prints.
 */

export const LETTER_MARKS = ['bold', 'italic', 'underline'] as const;
export type LetterMark = (typeof LETTER_MARKS)[number];

/** Largest body accepted, serialised: some 60 pages of text. */
export const MAX_LETTER_BODY_CHARS = 200_000;

const markSchema = z.object({ type: z.enum(LETTER_MARKS, { message: 'Format teks tidak dikenal.' }) }).strip();

export const letterTextSchema = z
  .object({
    type: z.literal('text'),
    text: z.string().min(1).max(20_000, 'Satu potongan teks terlalu panjang.'),
    marks: z.array(markSchema).max(3).optional(),
  })
  .strip();
export type LetterText = z.output<typeof letterTextSchema>;

export const letterHardBreakSchema = z.object({ type: z.literal('hardBreak') }).strip();

export const letterInlineSchema = z.discriminatedUnion('type', [letterTextSchema, letterHardBreakSchema]);
export type LetterInline = z.output<typeof letterInlineSchema>;

const alignment = z.enum(['left', 'center', 'right', 'justify']).nullish();

export const letterParagraphSchema = z
  .object({
    type: z.literal('paragraph'),
    attrs: z.object({ textAlign: alignment }).strip().optional(),
    content: z.array(letterInlineSchema).max(5_000).optional(),
  })
  .strip();
export type LetterParagraph = z.output<typeof letterParagraphSchema>;

export interface LetterListItem {
  type: 'listItem';
  content: LetterBlock[];
}
export interface LetterBulletList {
  type: 'bulletList';
  content: LetterListItem[];
}
export interface LetterOrderedList {
  type: 'orderedList';
  attrs?: { start?: number | null; type?: string | null };
  content: LetterListItem[];
}
export interface LetterTableCell {
  type: 'tableCell' | 'tableHeader';
  attrs?: { colspan?: number | null; rowspan?: number | null; colwidth?: number[] | null };
  content: LetterParagraph[];
}
export interface LetterTableRow {
  type: 'tableRow';
  content: LetterTableCell[];
}
export interface LetterTable {
  type: 'table';
  content: LetterTableRow[];
}
export type LetterBlock = LetterParagraph | LetterBulletList | LetterOrderedList | LetterTable;

export interface LetterBodyDoc {
  type: 'doc';
  content: LetterBlock[];
}

const listItemSchema: z.ZodType<LetterListItem> = z.lazy(() =>
  z.object({ type: z.literal('listItem'), content: z.array(letterBlockSchema).min(1).max(200) }).strip(),
);

const tableCellSchema: z.ZodType<LetterTableCell> = z
  .object({
    type: z.enum(['tableCell', 'tableHeader']),
    attrs: z
      .object({
        colspan: z.number().int().min(1).max(20).nullish(),
        rowspan: z.number().int().min(1).max(200).nullish(),
        colwidth: z.array(z.number().nonnegative()).max(20).nullish(),
      })
      .strip()
      .optional(),
    content: z.array(letterParagraphSchema).min(1).max(50),
  })
  .strip() as z.ZodType<LetterTableCell>;

const tableSchema: z.ZodType<LetterTable> = z
  .object({
    type: z.literal('table'),
    content: z
      .array(z.object({ type: z.literal('tableRow'), content: z.array(tableCellSchema).min(1).max(20, 'Tabel paling banyak 20 kolom.') }).strip())
      .min(1)
      .max(500, 'Tabel paling banyak 500 baris.'),
  })
  .strip() as z.ZodType<LetterTable>;

export const letterBlockSchema: z.ZodType<LetterBlock> = z.lazy(() =>
  z.union([
    letterParagraphSchema,
    z.object({ type: z.literal('bulletList'), content: z.array(listItemSchema).min(1).max(500) }).strip(),
    z
      .object({
        type: z.literal('orderedList'),
        attrs: z.object({ start: z.number().int().min(0).max(10_000).nullish(), type: z.string().max(5).nullish() }).strip().optional(),
        content: z.array(listItemSchema).min(1).max(500),
      })
      .strip(),
    tableSchema,
  ]),
) as z.ZodType<LetterBlock>;

export const letterBodySchema = z
  .object({ type: z.literal('doc'), content: z.array(letterBlockSchema).max(2_000) })
  .strip()
  .refine((doc) => JSON.stringify(doc).length <= MAX_LETTER_BODY_CHARS, 'Isi surat terlalu panjang.') as z.ZodType<LetterBodyDoc>;

/** A body of plain paragraphs (the drafts the app fills in from a complaint). */
export function paragraphsToBody(paragraphs: readonly string[]): LetterBodyDoc {
  return {
    type: 'doc',
    content: paragraphs.map((text) => ({ type: 'paragraph', ...(text ? { content: [{ type: 'text', text }] } : {}) })),
  };
}

/** The text of a body, a paragraph or list item per line: for search, diffs and the public HTML. */
export function bodyToPlainText(doc: LetterBodyDoc): string {
  const lines: string[] = [];
  const inline = (p: LetterParagraph) => (p.content ?? []).map((n) => (n.type === 'text' ? n.text : '\n')).join('');
  const walk = (blocks: readonly LetterBlock[], prefix: string) => {
    for (const block of blocks) {
      if (block.type === 'paragraph') lines.push(prefix + inline(block));
      else if (block.type === 'table') for (const row of block.content) lines.push(row.content.map((c) => c.content.map(inline).join(' ')).join(' | '));
      else
        block.content.forEach((item, i) => {
          const marker = block.type === 'orderedList' ? `${(block.attrs?.start ?? 1) + i}. ` : '• ';
          walk(item.content, prefix + marker);
        });
    }
  };
  walk(doc.content, '');
  return lines.join('\n');
}
