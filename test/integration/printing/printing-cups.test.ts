import fs from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { formatTrackingCode } from '../../../shared/numbering/tracking-code';
import { DOCUMENT_KINDS } from '../../../shared/printing/printing-enums';
import { intakeInput } from '../../support/complaint-fixtures';
import { pdfToText } from '../../support/pdf-tools';
import { startPrivateCups, type PrivateCups } from '../../support/private-cups';
import { openTempBackend, type TempBackend } from '../../support/temp-backend';

/**
 * Printing through a real, private CUPS scheduler: `lp` sends the PDF to a queue whose
 * file: device writes what a printer would receive, and the tests read that file back.
 */
let cups: PrivateCups;
let t: TempBackend;
const serverBefore = process.env.CUPS_SERVER;

beforeAll(async () => {
  cups = await startPrivateCups();
  await cups.addQueue('MejaLabel', { description: 'Printer label arsip' });
  // The backend's CUPS driver reads CUPS_SERVER each time it runs lp or lpstat.
  process.env.CUPS_SERVER = cups.server;
}, 30_000);

afterAll(async () => {
  if (serverBefore === undefined) delete process.env.CUPS_SERVER;
  else process.env.CUPS_SERVER = serverBefore;
  await cups?.stop();
});

beforeEach(async () => {
  t = await openTempBackend();
  fs.rmSync(cups.outputFile('MejaPDF'), { force: true });
});
afterEach(() => t.close());

const logRows = () => t.backend.db.selectFrom('print_log').selectAll().orderBy('id').execute();

async function receiptToPrint() {
  const complaint = await t.ok('complaints.intake', intakeInput());
  return { complaint, source: { call: 'complaints.receipt' as const, input: { id: complaint.id } } };
}

async function printedFile(jobId: string | null): Promise<Buffer> {
  expect(jobId).toMatch(/^MejaPDF-\d+$/);
  await cups.waitForJob(jobId!);
  return fs.readFileSync(cups.outputFile('MejaPDF'));
}

describe('printers of this PC (CUPS)', () => {
  it('lists the private queues, MejaPDF as the system default, with their descriptions', async () => {
    const listing = await t.ok('printing.printers', {});
    expect(listing).toMatchObject({ available: true, problem: null });
    expect(listing.printers).toEqual([
      { name: 'MejaPDF', description: 'Printer uji PDF', isDefault: true, state: 'siap', accepting: true },
      { name: 'MejaLabel', description: 'Printer label arsip', isDefault: false, state: 'siap', accepting: true },
    ]);
  });

  it('gives every document kind its default setting, and says direct printing works here', async () => {
    const view = await t.ok('printing.settings', {});
    expect(view.kinds.map((k) => k.documentKind)).toEqual([...DOCUMENT_KINDS]);
    expect(view.kinds.find((k) => k.documentKind === 'lembar-disposisi')).toEqual({
      documentKind: 'lembar-disposisi', printer: null, paper: '215x165mm', copies: 1, method: 'dialog', duplex: false,
    });
    expect(view.kinds.find((k) => k.documentKind === 'tanda-terima')?.paper).toBe('A4');
    expect(view.direct).toEqual({ available: true, problem: null });
    expect(view.systemDialog).toBe(false);
  });
});

describe('printing.print', () => {
  it('sends a real complaint receipt to the queue: the device gets the PDF with its tracking code, and the log says who, what, where', async () => {
    const { complaint, source } = await receiptToPrint();
    await t.ok('printing.saveSettings', { kinds: [{ documentKind: 'tanda-terima', printer: 'MejaPDF', paper: 'A4', copies: 1, method: 'langsung', duplex: false }] });

    const result = await t.ok(
      'printing.print',
      { documentKind: 'tanda-terima', source, title: `Tanda terima ${complaint.registerNumber}`, reference: complaint.trackingCode },
      'Rina Oktaviani',
    );

    expect(result).toMatchObject({ printer: 'MejaPDF', pages: 1 });
    const printed = await printedFile(result.jobId);
    expect(printed.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfToText(printed);
    expect(text).toContain(formatTrackingCode(complaint.trackingCode));
    expect(text).toContain(complaint.registerNumber);
    expect(text).toContain('TANDA TERIMA PENGADUAN');

    expect(await logRows()).toEqual([
      {
        id: result.logId, document_kind: 'tanda-terima', title: `Tanda terima ${complaint.registerNumber}`, reference: complaint.trackingCode,
        printer: 'MejaPDF', copies: 1, pages: 1, paper: 'A4', method: 'langsung', status: 'terkirim', error: null,
        job_id: result.jobId, printed_by: 'Rina Oktaviani', printed_at: '2026-11-23T01:00:00.000Z',
      },
    ]);
  });

  it('prints two copies when asked: the device receives the document twice', async () => {
    const { source } = await receiptToPrint();
    const result = await t.ok('printing.print', { documentKind: 'tanda-terima', source, printer: 'MejaPDF', copies: 2 });
    const printed = await printedFile(result.jobId);
    expect(printed.toString('latin1').match(/%PDF-/g)).toHaveLength(2);
    expect((await logRows())[0]).toMatchObject({ copies: 2, status: 'terkirim', title: 'Tanda terima pengaduan' });
  });

  it('follows the system default printer when the kind names none, with the copies of its setting', async () => {
    const { source } = await receiptToPrint();
    await t.ok('printing.saveSettings', { kinds: [{ documentKind: 'tanda-terima', printer: null, paper: 'A4', copies: 3, method: 'langsung', duplex: true }] });
    const result = await t.ok('printing.print', { documentKind: 'tanda-terima', source });
    expect(result.printer).toBe('MejaPDF');
    expect((await printedFile(result.jobId)).toString('latin1').match(/%PDF-/g)).toHaveLength(3);
  });

  it('refuses an unknown printer with a message in Indonesian, and logs the failed attempt', async () => {
    const { complaint, source } = await receiptToPrint();
    const result = await t.call('printing.print', { documentKind: 'tanda-terima', source, printer: 'Printer_Lantai_3', reference: complaint.trackingCode });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'NOT_FOUND',
        message: 'Printer "Printer_Lantai_3" tidak ditemukan di komputer ini. Pilih printer yang ada di Pengaturan → Printer dan kertas.',
      },
    });
    expect(await logRows()).toEqual([
      expect.objectContaining({
        printer: 'Printer_Lantai_3', status: 'gagal', job_id: null, reference: complaint.trackingCode, printed_by: 'Petugas Uji',
        error: 'Printer "Printer_Lantai_3" tidak ditemukan di komputer ini. Pilih printer yang ada di Pengaturan → Printer dan kertas.',
      }),
    ]);
    expect(fs.existsSync(cups.outputFile('MejaPDF'))).toBe(false);
  });

  it('passes on the composing call’s own refusal and prints nothing', async () => {
    const missing = await t.call('printing.print', { documentKind: 'tanda-terima', source: { call: 'complaints.receipt', input: { id: 9999 } } });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const badInput = await t.call('printing.print', { documentKind: 'tanda-terima', source: { call: 'complaints.receipt', input: { id: 'satu' } } });
    expect(badInput).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await logRows()).toEqual([]);
  });

  it('only composes with calls that make a PDF: an export or a change is refused before it runs', async () => {
    for (const call of ['complaints.export', 'complaints.changeStatus', 'printing.print']) {
      const r = await t.call('printing.print', { documentKind: 'lainnya', source: { call: call as 'complaints.receipt', input: {} } });
      expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'source.call': 'Dokumen ini tidak dapat dicetak dari sini.' } } });
    }
  });

  it('has no system dialog in the browser host', async () => {
    const { source } = await receiptToPrint();
    const r = await t.call('printing.print', { documentKind: 'tanda-terima', source, dialog: true });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('hanya ada di aplikasi desktop') } });
    expect(await logRows()).toEqual([]);
  });
});
