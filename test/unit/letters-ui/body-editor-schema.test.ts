import { getSchema } from '@tiptap/react';
import { describe, expect, it } from 'vitest';
import { bodyToPlainText, letterBodySchema, type LetterBodyDoc } from '../../../shared/letters/letter-body';
import { LETTER_EDITOR_EXTENSIONS, toLetterBody } from '../../../renderer/src/features/letters/body-editor-extensions';

/**
 * The body editor's document schema against the stored body's schema
 * (shared/letters/letter-body.ts): whatever the editor can hold, the backend accepts, and
 * what the engine cannot print (headings, code, links, lists in table cells) the editor
 * cannot hold in the first place.
 */
const schema = getSchema(LETTER_EDITOR_EXTENSIONS);

const text = (t: string, marks?: string[]) => ({ type: 'text' as const, text: t, ...(marks ? { marks: marks.map((m) => ({ type: m })) } : {}) });
const para = (...content: ReturnType<typeof text>[]) => ({ type: 'paragraph' as const, content });
const cell = (t: string) => ({ type: 'tableCell', attrs: { colspan: 1, rowspan: 1, colwidth: null }, content: [para(text(t))] });

const body = {
  type: 'doc',
  content: [
    para(text('Mohon '), text('segera', ['bold']), text(' ditindaklanjuti', ['italic', 'underline']), text(':')),
    { type: 'orderedList', attrs: { start: 1, type: null }, content: [{ type: 'listItem', content: [para(text('klarifikasi'))] }] },
    { type: 'bulletList', content: [{ type: 'listItem', content: [para(text('laporan'))] }] },
    { type: 'table', content: [{ type: 'tableRow', content: [cell('Petugas'), cell('Jadwal')] }, { type: 'tableRow', content: [cell('Kalapas'), cell('Senin')] }] },
    { type: 'paragraph', content: [text('baris satu'), { type: 'hardBreak' }, text('baris dua')] },
  ],
};

describe('the letter body editor', () => {
  it('knows only the nodes and marks a naskah dinas body may hold', () => {
    expect(Object.keys(schema.nodes).sort()).toEqual(
      ['bulletList', 'doc', 'hardBreak', 'listItem', 'orderedList', 'paragraph', 'table', 'tableCell', 'tableHeader', 'tableRow', 'text'].sort(),
    );
    expect(Object.keys(schema.marks).sort()).toEqual(['bold', 'italic', 'underline']);
  });

  it('holds a body with marks, both lists, a table and a line break, which the stored schema accepts', () => {
    const doc = schema.nodeFromJSON(body);
    doc.check();
    const json = doc.toJSON() as LetterBodyDoc;
    const parsed = letterBodySchema.safeParse(json);
    expect(parsed.success).toBe(true);
    // Nothing of the text or its marks is lost on the way to storage.
    expect(bodyToPlainText(parsed.data!)).toBe(bodyToPlainText(json));
    expect(JSON.stringify(parsed.data).match(/"type":"(bold|italic|underline)"/g)).toHaveLength(3);
    // What the editor hands to the autosave is exactly what the backend stores, so reopening compares equal.
    expect(toLetterBody(json)).toEqual(parsed.data);
    expect(schema.nodeFromJSON(toLetterBody(json)).eq(doc)).toBe(true);
  });

  it('refuses a list inside a table cell, which the document engine does not print', () => {
    const listInCell = {
      type: 'doc',
      content: [{ type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [{ type: 'bulletList', content: [{ type: 'listItem', content: [para(text('x'))] }] }] }] }] }],
    };
    expect(() => schema.nodeFromJSON(listInCell).check()).toThrow();
  });

  it('drops the empty lines the editor keeps after a final table, but never empties the body', () => {
    const trailing = { type: 'doc', content: [...body.content, { type: 'paragraph' }, { type: 'paragraph' }] };
    expect(toLetterBody(trailing).content).toHaveLength(body.content.length);
    expect(toLetterBody({ type: 'doc', content: [{ type: 'paragraph' }] }).content).toEqual([{ type: 'paragraph' }]);
  });
});
