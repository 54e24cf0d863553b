import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import { Extension, type JSONContent } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { letterBodySchema, type LetterBlock, type LetterBodyDoc } from '../../../../shared/letters/letter-body';

/** The editor's table commands as keys, shown on the toolbar's buttons. */
export const TABLE_KEYS = {
  insert: 'Alt+Shift+T',
  addRow: 'Alt+Shift+↓',
  deleteRow: 'Alt+Shift+Backspace',
  addColumn: 'Alt+Shift+→',
  deleteColumn: 'Alt+Shift+Delete',
} as const;

const TableShortcuts = Extension.create({
  name: 'letterTableShortcuts',
  addKeyboardShortcuts() {
    return {
      'Alt-Shift-t': () => this.editor.commands.insertTable({ rows: 2, cols: 2, withHeaderRow: false }),
      'Alt-Shift-ArrowDown': () => this.editor.commands.addRowAfter(),
      'Alt-Shift-Backspace': () => this.editor.commands.deleteRow(),
      'Alt-Shift-ArrowRight': () => this.editor.commands.addColumnAfter(),
      'Alt-Shift-Delete': () => this.editor.commands.deleteColumn(),
    };
  },
});

/**
 * Exactly what a naskah dinas body may hold (shared/letters/letter-body.ts): paragraphs,
 * numbered and bulleted lists, bold, italic, underline, line breaks and simple tables.
 * Everything else StarterKit brings (headings, quotes, code, links, strike, rules) is
 * left out, so the editor can never produce a body the backend refuses; table cells hold
 * paragraphs only, as the document engine prints them.
 */
export const LETTER_EDITOR_EXTENSIONS = [
  StarterKit.configure({
    blockquote: false,
    code: false,
    codeBlock: false,
    heading: false,
    horizontalRule: false,
    link: false,
    strike: false,
  }),
  Table.configure({ resizable: false }),
  TableRow,
  TableCell.extend({ content: 'paragraph+' }),
  TableHeader.extend({ content: 'paragraph+' }),
  TableShortcuts,
];

const isEmptyParagraph = (block: LetterBlock | undefined) => block?.type === 'paragraph' && !(block.content ?? []).length;

/**
 * The editor's JSON as the letter's body, exactly as the backend will store it: passed
 * through the body's own schema, which drops attributes the document engine does not use
 * (a table cell's empty `align`), so what is on screen compares equal to what was saved.
 * The editor keeps an empty paragraph after a final table or list so the cursor can leave
 * it; that line means nothing on paper and is not stored.
 */
export function toLetterBody(json: JSONContent): LetterBodyDoc {
  const blocks = [...((json.content ?? []) as LetterBlock[])];
  while (blocks.length > 1 && isEmptyParagraph(blocks.at(-1))) blocks.pop();
  const doc: LetterBodyDoc = { type: 'doc', content: blocks };
  const parsed = letterBodySchema.safeParse(doc);
  // A body the schema refuses (too long) is kept as typed: the save says why, nothing is lost.
  return parsed.success ? parsed.data : doc;
}
