import { diffArrays, diffWords } from 'diff';
import { bodyToPlainText } from '../../../../shared/letters/letter-body';
import { LETTER_SIGNING_MODE_LABELS, type LetterContent, type LetterKind } from '../../../../shared/letters/letter-records';
import { FONT_LABELS } from './letter-format';

/**
 * Two versions of a letter side by side, as a reviewer reads them: the header fields and
 * the body's text, line by line in two aligned columns, with the changed words marked —
 * deletions on the left, insertions on the right. Pure, so it is tested on its own.
 */

export interface DiffPart {
  text: string;
  kind: 'same' | 'added' | 'removed';
}

/** One aligned row: null on a side means the line does not exist in that version. */
export interface DiffRow {
  label?: string;
  left: DiffPart[] | null;
  right: DiffPart[] | null;
  changed: boolean;
}

const same = (text: string): DiffPart[] => [{ text, kind: 'same' }];

/** Word-level difference of one line: the old line with its deletions, the new one with its insertions. */
export function wordDiffPair(before: string, after: string): { left: DiffPart[]; right: DiffPart[] } {
  const left: DiffPart[] = [];
  const right: DiffPart[] = [];
  for (const change of diffWords(before, after)) {
    if (change.added) right.push({ text: change.value, kind: 'added' });
    else if (change.removed) left.push({ text: change.value, kind: 'removed' });
    else {
      left.push({ text: change.value, kind: 'same' });
      right.push({ text: change.value, kind: 'same' });
    }
  }
  return { left, right };
}

/**
 * Lines aligned across the two versions: unchanged lines face each other, a run of
 * removed lines followed by added ones is paired line by line (and diffed by word), and
 * what is left over stands alone on its side.
 */
export function alignedLineDiff(before: readonly string[], after: readonly string[]): DiffRow[] {
  const rows: DiffRow[] = [];
  const changes = diffArrays([...before], [...after]);
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!;
    if (!change.added && !change.removed) {
      for (const line of change.value) rows.push({ left: same(line), right: same(line), changed: false });
      continue;
    }
    const removed = change.removed ? change.value : [];
    const nextChange = changes[i + 1];
    const added = change.added ? change.value : nextChange?.added ? nextChange.value : [];
    if (change.removed && nextChange?.added) i++;
    const pairs = Math.max(removed.length, added.length);
    for (let k = 0; k < pairs; k++) {
      const a = removed[k];
      const b = added[k];
      if (a !== undefined && b !== undefined) rows.push({ ...wordDiffPair(a, b), changed: true });
      else if (a !== undefined) rows.push({ left: [{ text: a, kind: 'removed' }], right: null, changed: true });
      else if (b !== undefined) rows.push({ left: null, right: [{ text: b, kind: 'added' }], changed: true });
    }
  }
  return rows;
}

/** The header fields a kind prints, as label and text. */
export function headerFields(kind: LetterKind, content: LetterContent, positionTitle: (id: number | null) => string): [string, string][] {
  const h = content.header;
  const list = (items: readonly string[]) => items.filter(Boolean).join('; ');
  const common: [string, string][] = [
    ['Sifat', h.nature],
    ['Lampiran', h.attachments],
    ['Hal', h.subject],
  ];
  const fields: [string, string][] =
    kind === 'nota-dinas'
      ? [['Yth.', h.to], ['Dari', h.from], ['Tembusan', list(h.copiesTo)], ...common]
      : [['Yth.', h.addresseeName], ['Alamat', list(h.addresseeAddress)], ...common, ['Tembusan', list(h.copiesTo)], ['Tempat', h.place]];
  const s = content.signing;
  const signing = [LETTER_SIGNING_MODE_LABELS[s.mode], positionTitle(s.signerPositionId)];
  if (s.mode === 'an' || s.mode === 'ub') signing.push(`atas nama ${positionTitle(s.onBehalfOfPositionId)}`);
  if (s.mode === 'ub') signing.push(`melalui ${positionTitle(s.intermediatePositionId)}`);
  return [...fields, ['Penandatanganan', signing.filter(Boolean).join(', ')], ['Kertas dan huruf', `${content.paper}, ${FONT_LABELS[content.font]}`]];
}

export interface VersionComparison {
  header: DiffRow[];
  body: DiffRow[];
  /** Rows that differ, header and body together: "3 perubahan". */
  changes: number;
}

export function compareContents(kind: LetterKind, before: LetterContent, after: LetterContent, positionTitle: (id: number | null) => string): VersionComparison {
  const a = headerFields(kind, before, positionTitle);
  const b = headerFields(kind, after, positionTitle);
  const header: DiffRow[] = a.map(([label, left], i) => {
    const right = b[i]?.[1] ?? '';
    return left === right ? { label, left: same(left), right: same(right), changed: false } : { label, ...wordDiffPair(left, right), changed: true };
  });
  const body = alignedLineDiff(bodyToPlainText(before.body).split('\n'), bodyToPlainText(after.body).split('\n'));
  return { header, body, changes: [...header, ...body].filter((r) => r.changed).length };
}
