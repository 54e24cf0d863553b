import { describe, expect, it } from 'vitest';
import { PRINTABLE_CALLS } from '../../../shared/printing/printable-calls';
import { printDocumentSchema, printerNameSchema } from '../../../shared/printing/printing-schemas';

describe('printing.print input', () => {
  it('accepts a printable call with any input, and fills in the defaults', () => {
    expect(printDocumentSchema.parse({ documentKind: 'tanda-terima', source: { call: 'complaints.receipt', input: { id: 4 } } })).toEqual({
      documentKind: 'tanda-terima', source: { call: 'complaints.receipt', input: { id: 4 } }, title: '', reference: '', dialog: false,
    });
  });

  it('refuses calls that do not compose a PDF, and too many copies, in Indonesian', () => {
    const exportCall = printDocumentSchema.safeParse({ documentKind: 'lainnya', source: { call: 'complaints.export', input: {} } });
    expect(exportCall.error?.issues[0]?.message).toBe('Dokumen ini tidak dapat dicetak dari sini.');
    const many = printDocumentSchema.safeParse({ documentKind: 'lainnya', source: { call: 'letters.pdf', input: {} }, copies: 21 });
    expect(many.error?.issues[0]?.message).toBe('Jumlah salinan paling banyak 20.');
    expect(PRINTABLE_CALLS).not.toContain('complaints.export');
  });

  it('takes Windows printer names with spaces and backslashes but no control characters', () => {
    expect(printerNameSchema.parse('  \\\\SERVER\\HP LaserJet  ')).toBe('\\\\SERVER\\HP LaserJet');
    expect(printerNameSchema.safeParse('Loket\n-d evil').error?.issues[0]?.message).toBe('Nama printer berisi karakter yang tidak sah.');
    expect(printerNameSchema.safeParse('   ').error?.issues[0]?.message).toBe('Pilih printer.');
  });
});
