import { describe, expect, it } from 'vitest';
import { lpFailure, parseDestinations, parseJobIds, parsePrinters, parseRequestId } from '../../../electron/devices/printer/cups-output';
import { cupsPrintArgs } from '../../../electron/devices/printer/cups-print-args';

// As CUPS 2.4 prints them under LC_ALL=C (trimmed to the lines the parser reads and a few it must skip).
const LPSTAT = `printer Kasubag_HP now printing Kasubag_HP-41.  enabled since Mon Nov 23 08:01:12 2026
\tForm mounted:
\tDescription: HP LaserJet ruang Kasubag
\tAlerts: none
printer Loket_Epson is idle.  enabled since Mon Nov 23 07:30:00 2026
\tDescription: Epson L3210 loket depan
\tLocation: Loket 1
printer Lama disabled since Fri Nov 20 16:00:00 2026 -
\tRejecting Jobs
\tDescription:
Kasubag_HP accepting requests since Mon Nov 23 08:01:12 2026
Loket_Epson accepting requests since Mon Nov 23 07:30:00 2026
Lama not accepting requests since Fri Nov 20 16:00:00 2026 -
\tRejecting Jobs
system default destination: Loket_Epson
`;

describe('reading lpstat', () => {
  it('finds each printer with its description, state, whether it accepts jobs and which is the default', () => {
    expect(parsePrinters(LPSTAT)).toEqual([
      { name: 'Kasubag_HP', description: 'HP LaserJet ruang Kasubag', isDefault: false, state: 'mencetak', accepting: true },
      { name: 'Loket_Epson', description: 'Epson L3210 loket depan', isDefault: true, state: 'siap', accepting: true },
      { name: 'Lama', description: '', isDefault: false, state: 'berhenti', accepting: false },
    ]);
  });

  it('has no default when CUPS has none, and nothing when no printer is installed', () => {
    expect(parsePrinters('printer A is idle.  enabled since x\nno system default destination\n')).toEqual([
      { name: 'A', description: '', isDefault: false, state: 'siap', accepting: true },
    ]);
    expect(parsePrinters('no system default destination\n')).toEqual([]);
  });

  it('reads destination names, the request id of lp and the completed jobs', () => {
    expect(parseDestinations('Kasubag_HP\nLoket_Epson\n\n')).toEqual(['Kasubag_HP', 'Loket_Epson']);
    expect(parseRequestId('request id is Loket_Epson-128 (1 file(s))\n')).toBe('Loket_Epson-128');
    expect(parseRequestId('')).toBeNull();
    expect(parseJobIds('Loket_Epson-128         rina            20480   Mon Nov 23 08:05:00 2026\nMeja-PDF-7  root  1024  Mon\n')).toEqual([
      'Loket_Epson-128', 'Meja-PDF-7',
    ]);
  });
});

describe('lp failures in Indonesian', () => {
  it('names the printer that does not exist or refuses jobs, and a stopped scheduler', () => {
    expect(lpFailure('lp: Error - The printer or class does not exist.\n', 'Lantai_3')).toMatchObject({
      problem: 'not-found', message: expect.stringContaining('Printer "Lantai_3" tidak ditemukan'),
    });
    expect(lpFailure('lp: Destination "Lama" is not accepting jobs.\n', 'Lama')).toMatchObject({
      problem: 'not-accepting', message: 'Printer "Lama" sedang tidak menerima pekerjaan cetak. Nyalakan kembali antreannya atau pilih printer lain.',
    });
    expect(lpFailure('lp: Scheduler is not running.\n', 'X').problem).toBe('unavailable');
    expect(lpFailure('lp: Unsupported document-format "text/x-foo".\n', 'X').message).toBe('Pencetakan ke "X" gagal: Unsupported document-format "text/x-foo".');
  });
});

describe('lp arguments', () => {
  it('name the printer, copies, paper, sides and title, with the file after "--"', () => {
    expect(cupsPrintArgs('/tmp/a.pdf', { printer: 'Loket_Epson', copies: 2, paper: 'A4', duplex: false, title: 'Tanda terima 7KQ4-MX2RB' })).toEqual([
      '-d', 'Loket_Epson', '-n', '2', '-o', 'media=A4', '-o', 'sides=one-sided', '-t', 'Tanda terima 7KQ4-MX2RB', '--', '/tmp/a.pdf',
    ]);
  });

  it('give F4 and half folio as custom sizes, and duplex on the long edge', () => {
    const f4 = cupsPrintArgs('/tmp/-x.pdf', { printer: 'P', copies: 1, paper: 'F4', duplex: true, title: 't' });
    expect(f4).toContain('media=Custom.215x330mm');
    expect(f4).toContain('sides=two-sided-long-edge');
    expect(f4.slice(-2)).toEqual(['--', '/tmp/-x.pdf']);
    expect(cupsPrintArgs('/tmp/a.pdf', { printer: 'P', copies: 1, paper: '215x165mm', duplex: false, title: 't' })).toContain('media=Custom.215x165mm');
    expect(cupsPrintArgs('/tmp/a.pdf', { printer: 'P', copies: 1, paper: 'A5', duplex: false, title: 't' })).toContain('media=A5');
    // The archive folder label on a label printer's stock.
    expect(cupsPrintArgs('/tmp/a.pdf', { printer: 'P', copies: 1, paper: '100x50mm', duplex: false, title: 't' })).toContain('media=Custom.100x50mm');
  });
});
