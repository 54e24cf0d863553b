import { useEditorState, type Editor } from '@tiptap/react';
import { TABLE_KEYS } from './body-editor-extensions';

interface Tool {
  label: string;
  /** What the button shows (a glyph or a short word). */
  face: string;
  keys: string;
  run(editor: Editor): boolean;
  active?: (editor: Editor) => boolean;
  /** Offered only with the cursor inside a table. */
  inTable?: boolean;
  className?: string;
}

const chain = (editor: Editor) => editor.chain().focus();

const TEXT_TOOLS: Tool[] = [
  { label: 'Tebal', face: 'B', keys: 'Ctrl+B', run: (e) => chain(e).toggleBold().run(), active: (e) => e.isActive('bold'), className: 'letter-tool--bold' },
  { label: 'Miring', face: 'I', keys: 'Ctrl+I', run: (e) => chain(e).toggleItalic().run(), active: (e) => e.isActive('italic'), className: 'letter-tool--italic' },
  { label: 'Garis bawah', face: 'U', keys: 'Ctrl+U', run: (e) => chain(e).toggleUnderline().run(), active: (e) => e.isActive('underline'), className: 'letter-tool--underline' },
];
const LIST_TOOLS: Tool[] = [
  { label: 'Daftar bernomor', face: '1.', keys: 'Ctrl+Shift+7', run: (e) => chain(e).toggleOrderedList().run(), active: (e) => e.isActive('orderedList') },
  { label: 'Daftar berbutir', face: '•', keys: 'Ctrl+Shift+8', run: (e) => chain(e).toggleBulletList().run(), active: (e) => e.isActive('bulletList') },
];
const TABLE_TOOLS: Tool[] = [
  { label: 'Sisipkan tabel 2×2', face: 'Tabel', keys: TABLE_KEYS.insert, run: (e) => chain(e).insertTable({ rows: 2, cols: 2, withHeaderRow: false }).run() },
  { label: 'Tambah baris', face: '+Baris', keys: TABLE_KEYS.addRow, run: (e) => chain(e).addRowAfter().run(), inTable: true },
  { label: 'Hapus baris', face: '−Baris', keys: TABLE_KEYS.deleteRow, run: (e) => chain(e).deleteRow().run(), inTable: true },
  { label: 'Tambah kolom', face: '+Kolom', keys: TABLE_KEYS.addColumn, run: (e) => chain(e).addColumnAfter().run(), inTable: true },
  { label: 'Hapus kolom', face: '−Kolom', keys: TABLE_KEYS.deleteColumn, run: (e) => chain(e).deleteColumn().run(), inTable: true },
  { label: 'Hapus tabel', face: '×Tabel', keys: '', run: (e) => chain(e).deleteTable().run(), inTable: true },
];
const HISTORY_TOOLS: Tool[] = [
  { label: 'Urungkan', face: '↶', keys: 'Ctrl+Z', run: (e) => chain(e).undo().run() },
  { label: 'Ulangi', face: '↷', keys: 'Ctrl+Y', run: (e) => chain(e).redo().run() },
];

/**
 * The body editor's toolbar: every button says its name and its key in the tooltip and
 * to screen readers, shows whether it is on, and greys out when it cannot apply (table
 * rows outside a table, undo with nothing to undo).
 */
export function EditorToolbar({ editor, disabled }: { editor: Editor; disabled: boolean }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      active: Object.fromEntries([...TEXT_TOOLS, ...LIST_TOOLS].map((t) => [t.label, t.active?.(e) ?? false])),
      inTable: e.isActive('table'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });

  const button = (tool: Tool) => {
    const unavailable =
      disabled || (tool.inTable && !state.inTable) || (tool.label === 'Urungkan' && !state.canUndo) || (tool.label === 'Ulangi' && !state.canRedo);
    const pressed = tool.active ? Boolean(state.active[tool.label]) : undefined;
    return (
      <button
        key={tool.label}
        type="button"
        className={`letter-tool${pressed ? ' letter-tool--on' : ''}${tool.className ? ` ${tool.className}` : ''}`}
        aria-label={tool.keys ? `${tool.label} (${tool.keys})` : tool.label}
        title={tool.keys ? `${tool.label} — ${tool.keys}` : tool.label}
        aria-pressed={pressed}
        disabled={unavailable}
        // Keep the editor's selection: a click on the toolbar must not blur the text.
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => tool.run(editor)}
      >
        {tool.face}
      </button>
    );
  };

  return (
    <div className="letter-toolbar" role="toolbar" aria-label="Format isi surat">
      <span className="letter-toolbar__group">{HISTORY_TOOLS.map(button)}</span>
      <span className="letter-toolbar__group">{TEXT_TOOLS.map(button)}</span>
      <span className="letter-toolbar__group">{LIST_TOOLS.map(button)}</span>
      <span className="letter-toolbar__group">{TABLE_TOOLS.map(button)}</span>
    </div>
  );
}
