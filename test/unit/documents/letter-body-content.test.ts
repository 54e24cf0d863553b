import { describe, expect, it } from 'vitest';
import type { Content } from 'pdfmake/interfaces';
import { letterBodyContent, letterBodyContentWithTail, orderedMarker } from '../../../electron/documents/letter-body-content';
import type { LetterBodyDoc, LetterTableCell } from '../../../shared/letters/letter-body';

// The translation of the editor's JSON into pdfmake blocks, checked on the blocks themselves
// (the PDF output is checked in test/integration/documents/letter-document-content.test.ts).

const para = (text: string) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] });
const cell = (text: string, attrs: LetterTableCell['attrs'] = {}, header = false): LetterTableCell => ({
  type: header ? 'tableHeader' : 'tableCell',
  attrs,
  content: [para(text)],
});
type Node = Record<string, unknown>;
const asNode = (c: Content) => c as unknown as Node;

describe('orderedMarker', () => {
  it('numbers, then letters, then numbers and letters with a parenthesis, as tata naskah nests them', () => {
    expect([0, 1, 9].map((i) => orderedMarker(i, 0))).toEqual(['1.', '2.', '10.']);
    expect([0, 1, 25, 26].map((i) => orderedMarker(i, 1))).toEqual(['a.', 'b.', 'z.', 'aa.']);
    expect([0, 1].map((i) => orderedMarker(i, 2))).toEqual(['1)', '2)']);
    expect([0, 1].map((i) => orderedMarker(i, 3))).toEqual(['a)', 'b)']);
  });
});

describe('letterBodyContent', () => {
  it('gives one top-level block per paragraph and per list item, so only the closing one is kept with the signature', () => {
    const body: LetterBodyDoc = {
      type: 'doc',
      content: [para('Pembuka'), { type: 'bulletList', content: [{ type: 'listItem', content: [para('a')] }, { type: 'listItem', content: [para('b')] }] }, para('Penutup')],
    };
    const blocks = letterBodyContent(body).map(asNode);
    expect(blocks).toHaveLength(4);
    expect((blocks[1]!.columns as Node[])[0]!.text).toBe('•');
    expect(blocks[3]!.text).toEqual([{ text: 'Penutup' }]);
  });

  it('keeps an empty paragraph as an empty line and turns a hard break into a line break', () => {
    const blocks = letterBodyContent({ type: 'doc', content: [{ type: 'paragraph' }, { type: 'paragraph', content: [{ type: 'text', text: 'a' }, { type: 'hardBreak' }, { type: 'text', text: 'b' }] }] }).map(asNode);
    expect(blocks[0]!.text).toBe('\u00A0');
    expect(blocks[1]!.text).toEqual([{ text: 'a' }, { text: '\n' }, { text: 'b' }]);
  });

  it('keeps a number or word joined by "/" or "-" in one unbreakable run, so justification cannot gap it', () => {
    const [block] = letterBodyContent({ type: 'doc', content: [para('nomor register 0012/ADU/XI/2026 dan hal-hal lain')] }).map(asNode);
    expect(block!.text).toEqual([
      { text: 'nomor register ' },
      { text: '0012/ADU/XI/2026', noWrap: true },
      { text: ' dan ' },
      { text: 'hal-hal', noWrap: true },
      { text: ' lain' },
    ]);
  });

  it('maps marks to bold, italics and underline decoration, and keeps the paragraph alignment', () => {
    const [block] = letterBodyContent({
      type: 'doc',
      content: [{ type: 'paragraph', attrs: { textAlign: 'right' }, content: [{ type: 'text', text: 'x', marks: [{ type: 'bold' }, { type: 'italic' }, { type: 'underline' }] }] }],
    }).map(asNode);
    expect(block!.text).toEqual([{ text: 'x', bold: true, italics: true, decoration: 'underline' }]);
    expect(block!.alignment).toBe('right');
  });

  it('fills the table grid for colspan and rowspan, makes header cells bold and repeats a header row', () => {
    const body: LetterBodyDoc = {
      type: 'doc',
      content: [
        {
          type: 'table',
          content: [
            { type: 'tableRow', content: [cell('No', {}, true), cell('Uraian', {}, true), cell('Ket', {}, true)] },
            { type: 'tableRow', content: [cell('1', { rowspan: 2 }), cell('Gabungan dua kolom', { colspan: 2 })] },
            { type: 'tableRow', content: [cell('B'), cell('C')] },
          ],
        },
      ],
    };
    const table = asNode(letterBodyContent(body)[0]!).table as { body: Node[][]; widths: unknown[]; headerRows: number };
    expect(table.body.map((row) => row.length)).toEqual([3, 3, 3]);
    expect(table.body[0]![0]).toMatchObject({ bold: true });
    expect(table.body[1]![0]).toMatchObject({ rowSpan: 2 });
    expect(table.body[1]![1]).toMatchObject({ colSpan: 2 });
    expect(table.body[1]![2]).toEqual({ text: '' });
    // Row 3: the first column is covered by the rowspan above, B and C follow it.
    expect(table.body[2]![0]).toEqual({ text: '' });
    expect(JSON.stringify(table.body[2]![1])).toContain('"B"');
    expect(JSON.stringify(table.body[2]![2])).toContain('"C"');
    expect(table.headerRows).toBe(1);
    // "No" and "1" are short: that column takes only what it needs.
    expect(table.widths).toEqual(['auto', '*', 'auto']);
  });
});

describe('letterBodyContentWithTail', () => {
  const sentence = (i: number) => `Kalimat ke-${i} dari paragraf penutup yang panjang.`;

  it('cuts a long last paragraph before its last sentences, keeping the runs and their marks', () => {
    const text = Array.from({ length: 40 }, (_, i) => sentence(i + 1)).join(' ');
    const body: LetterBodyDoc = { type: 'doc', content: [para('Pembuka'), { type: 'paragraph', content: [{ type: 'text', text, marks: [{ type: 'bold' }] }] }] };
    const { blocks, detached } = letterBodyContentWithTail(body);
    expect(detached).toBe(true);
    expect(blocks).toHaveLength(3);
    const head = asNode(blocks[1]!);
    const tail = asNode(blocks[2]!);
    const runs = (n: Node) => n.text as { text: string; bold?: boolean }[];
    const joined = (n: Node) => runs(n).map((r) => r.text).join('');
    expect(joined(head) + joined(tail)).toBe(text);
    expect(joined(tail).startsWith('Kalimat ke-')).toBe(true);
    expect(joined(tail).length).toBeLessThanOrEqual(300);
    expect([...runs(head), ...runs(tail)].every((r) => r.bold)).toBe(true);
    // Set on straight after the first part: no paragraph gap between them.
    expect(head.margin).toEqual([0, 0, 0, 0]);
  });

  it('cuts a long last table before its last row, both parts with the same columns; not one of a single row', () => {
    const row = (i: number) => ({ type: 'tableRow' as const, content: [cell(String(i)), cell(`Baris ${i}`)] });
    const { blocks, detached } = letterBodyContentWithTail({ type: 'doc', content: [{ type: 'table', content: [row(1), row(2), row(3)] }] });
    expect(detached).toBe(true);
    const [head, tail] = blocks.map((b) => asNode(b).table as { body: Node[][]; widths: unknown[] });
    expect(head!.body).toHaveLength(2);
    expect(tail!.body).toHaveLength(1);
    expect(head!.widths).toEqual(['*', '*']);
    expect(tail!.widths).toEqual(['*', '*']);
    expect(letterBodyContentWithTail({ type: 'doc', content: [{ type: 'table', content: [row(1)] }] }).detached).toBe(false);
  });
});
