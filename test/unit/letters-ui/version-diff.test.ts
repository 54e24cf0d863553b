import { describe, expect, it } from 'vitest';
import { paragraphsToBody } from '../../../shared/letters/letter-body';
import type { LetterContent } from '../../../shared/letters/letter-records';
import { alignedLineDiff, compareContents, wordDiffPair, type DiffPart } from '../../../renderer/src/features/letters/version-diff';

/** The comparison of two letter versions the "Bandingkan" dialog shows. */
const text = (parts: DiffPart[] | null, kind?: DiffPart['kind']) => (parts ?? []).filter((p) => !kind || p.kind === kind).map((p) => p.text).join('');

const content = (paragraphs: string[], subject = 'Tindak lanjut pengaduan'): LetterContent => ({
  header: { to: 'Kadiv PAS', from: 'Kakanwil', addresseeName: '', addresseeAddress: [], copiesTo: ['Kabag P2'], nature: 'Biasa', attachments: '', subject, place: '' },
  body: paragraphsToBody(paragraphs),
  signing: { mode: 'langsung', signerPositionId: 4, onBehalfOfPositionId: null, intermediatePositionId: null },
  paper: 'A4',
  font: 'arial',
});
const titles = (id: number | null) => (id === 4 ? 'Kepala Kantor Wilayah' : '');

describe('word diff of one line', () => {
  it('marks the removed words on the left and the inserted ones on the right, keeping the rest on both', () => {
    const { left, right } = wordDiffPair('Mohon ditindaklanjuti pengaduan terlampir.', 'Berdasarkan Permenpan RB, mohon ditindaklanjuti pengaduan terlampir.');
    expect(text(left)).toBe('Mohon ditindaklanjuti pengaduan terlampir.');
    expect(text(right)).toBe('Berdasarkan Permenpan RB, mohon ditindaklanjuti pengaduan terlampir.');
    expect(text(left, 'removed')).toBe('Mohon');
    expect(text(right, 'added')).toContain('Berdasarkan Permenpan RB, mohon');
    expect(text(right, 'same')).toContain('ditindaklanjuti pengaduan terlampir.');
  });
});

describe('aligned lines', () => {
  it('keeps unchanged lines facing each other and pairs a changed line with its replacement', () => {
    const rows = alignedLineDiff(['Dengan hormat,', 'Isi lama.', 'Demikian.'], ['Dengan hormat,', 'Isi baru.', 'Demikian.']);
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r.changed)).toEqual([false, true, false]);
    expect(text(rows[1]!.left, 'removed')).toBe('lama');
    expect(text(rows[1]!.right, 'added')).toBe('baru');
  });

  it('shows an inserted line only on the right and a deleted one only on the left', () => {
    const rows = alignedLineDiff(['A satu.', 'C tiga.'], ['A satu.', 'B dua.', 'C tiga.']);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toMatchObject({ left: null, changed: true });
    expect(text(rows[1]!.right, 'added')).toBe('B dua.');
    const back = alignedLineDiff(['A satu.', 'B dua.', 'C tiga.'], ['A satu.', 'C tiga.']);
    expect(back[1]).toMatchObject({ right: null, changed: true });
    expect(text(back[1]!.left, 'removed')).toBe('B dua.');
  });
});

describe('two versions of a nota dinas', () => {
  it('compares the header fields by label and the body by line, counting the changes', () => {
    const before = content(['Mohon ditindaklanjuti.', 'Demikian disampaikan.']);
    const after = { ...content(['Mohon segera ditindaklanjuti.', 'Demikian disampaikan.'], 'Tindak lanjut pengaduan pungli') };
    after.header = { ...after.header, copiesTo: ['Kabag P2', 'Kepala Lapas'] };
    const result = compareContents('nota-dinas', before, after, titles);
    const labels = result.header.map((r) => r.label);
    expect(labels).toEqual(['Yth.', 'Dari', 'Tembusan', 'Sifat', 'Lampiran', 'Hal', 'Penandatanganan', 'Kertas dan huruf']);
    const changed = result.header.filter((r) => r.changed).map((r) => r.label);
    expect(changed).toEqual(['Tembusan', 'Hal']);
    expect(text(result.header.find((r) => r.label === 'Tembusan')!.right, 'added')).toContain('Kepala Lapas');
    expect(text(result.header.find((r) => r.label === 'Penandatanganan')!.left)).toBe('Ditandatangani sendiri, Kepala Kantor Wilayah');
    expect(result.body.map((r) => r.changed)).toEqual([true, false]);
    expect(text(result.body[0]!.right, 'added')).toBe('segera ');
    expect(result.changes).toBe(3);
  });

  it('finds nothing to show between identical versions', () => {
    const a = content(['Sama.']);
    expect(compareContents('surat-jawaban', a, structuredClone(a), titles).changes).toBe(0);
  });
});
