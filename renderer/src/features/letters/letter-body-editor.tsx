import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useRef } from 'react';
import type { LetterBodyDoc } from '../../../../shared/letters/letter-body';
import { LETTER_EDITOR_EXTENSIONS, toLetterBody } from './body-editor-extensions';
import { EditorToolbar } from './editor-toolbar';

interface Props {
  /** The body the editor opens with; a new one is loaded by remounting (a new `key`). */
  initial: LetterBodyDoc;
  editable: boolean;
  onChange(body: LetterBodyDoc): void;
}

/**
 * The body of the letter in TipTap: what is typed here is stored as the editor's own
 * JSON (the `getJSON()` of the document), so nothing is lost in a conversion.
 */
export function LetterBodyEditor({ initial, editable, onChange }: Props) {
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const editor = useEditor({
    extensions: LETTER_EDITOR_EXTENSIONS,
    content: initial,
    editable,
    // Only the toolbar's state hook re-renders on selection moves, not the whole page.
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        class: 'letter-editor__text',
        'aria-label': 'Isi surat',
        'aria-multiline': 'true',
        role: 'textbox',
        spellcheck: 'false',
      },
    },
    onUpdate: ({ editor: e }) => onChangeRef.current(toLetterBody(e.getJSON())),
  });

  useEffect(() => {
    if (editor && editor.isEditable !== editable) editor.setEditable(editable, false);
  }, [editor, editable]);

  if (!editor) return <div className="letter-editor muted">Menyiapkan penyunting…</div>;
  return (
    <div className={`letter-editor${editable ? '' : ' letter-editor--readonly'}`}>
      {editable ? <EditorToolbar editor={editor} disabled={!editable} /> : null}
      <EditorContent editor={editor} />
    </div>
  );
}
