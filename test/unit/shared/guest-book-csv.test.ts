import { describe, expect, it } from 'vitest';
import { guestBookCsv } from '../../../shared/guests/guest-book-csv';
import type { GuestVisit } from '../../../shared/guests/guest-visit';

function visit(fields: Partial<GuestVisit>): GuestVisit {
  return {
    id: 1,
    name: 'Siti Rahmawati',
    nik: '',
    phone: '',
    address: '',
    institution: '',
    purpose: 'konsultasi',
    purposeOther: '',
    host: '',
    notes: '',
    timeIn: '2026-11-23T01:15:00.000Z', // 08.15 WIB
    timeOut: null,
    status: 'aktif',
    cancelReason: null,
    cancelledAt: null,
    cancelledBy: null,
    createdBy: 'Rina',
    ...fields,
  };
}

/** The lines of the CSV after the byte-order mark, without the final empty line. */
function lines(csv: string): string[] {
  const body = csv.slice(1).split('\r\n');
  expect(body.at(-1)).toBe('');
  return body.slice(0, -1);
}

describe('guestBookCsv', () => {
  it('starts with a UTF-8 byte-order mark and ends every line with CRLF', () => {
    const csv = guestBookCsv([visit({ name: 'Ni Luh Putu Ayu' }), visit({ name: 'Dédé Sunarya' })], 'WIB');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines(csv)).toHaveLength(3);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('separates cells with semicolons and names the zone in the header', () => {
    const [header] = lines(guestBookCsv([], 'WITA'));
    expect(header).toBe(
      'No;Tanggal;Jam Masuk (WITA);Jam Keluar (WITA);Nama;NIK;Telepon;Alamat;Instansi/Organisasi;Keperluan;' +
        'Yang Ditemui;Catatan;Status;Alasan Pembatalan;Dicatat Oleh',
    );
  });

  it('writes one row per visit with office-zone date and times', () => {
    const csv = guestBookCsv(
      [visit({ timeOut: '2026-11-23T02:40:00.000Z', address: 'Jl. Merdeka 5', host: 'Bidang Umum', notes: 'bawa berkas' })],
      'WIB',
    );
    expect(lines(csv)[1]).toBe(
      '1;2026-11-23;08.15;09.40;Siti Rahmawati;;;Jl. Merdeka 5;;Konsultasi;Bidang Umum;bawa berkas;Aktif;;Rina',
    );
  });

  it('writes NIK and phone as ="…" text so leading zeros and all 16 digits survive', () => {
    const csv = guestBookCsv([visit({ nik: '3271014506900001', phone: '081234567890' })], 'WIB');
    const cells = lines(csv)[1]!.split(';');
    expect(cells[5]).toBe('="3271014506900001"');
    expect(cells[6]).toBe('="081234567890"');
  });

  it('quotes cells containing a semicolon or a double quote, doubling the quotes', () => {
    const csv = guestBookCsv(
      [visit({ institution: 'Dinas PU; Bidang Jalan', notes: 'Minta "surat" balasan' })],
      'WIB',
    );
    const row = lines(csv)[1]!;
    expect(row).toContain(';"Dinas PU; Bidang Jalan";');
    expect(row).toContain(';"Minta ""surat"" balasan";');
  });

  it('neutralises formula injection in names and other text', () => {
    const csv = guestBookCsv(
      [
        visit({ name: '=HYPERLINK("http://evil.example","klik")' }),
        visit({ name: '+6281234567890', notes: '@SUM(A1)' }),
        visit({ name: '-2+3', host: '=1+1' }),
      ],
      'WIB',
    );
    const [, first, second, third] = lines(csv);
    expect(first).toContain(`;"'=HYPERLINK(""http://evil.example"",""klik"")";`);
    expect(second).toContain(";'+6281234567890;");
    expect(second).toContain(";'@SUM(A1);");
    expect(third).toContain(";'-2+3;");
    expect(third).toContain(";'=1+1;");
    // No cell other than our own ="digits" wrappers starts with a formula character.
    for (const row of [first, second, third]) {
      for (const cell of row!.split(';')) {
        if (/^="\d+"$/.test(cell)) continue;
        expect(cell, row).not.toMatch(/^"?[=+\-@]/);
      }
    }
  });

  it('spells out "lainnya", a cancelled visit and its reason', () => {
    const csv = guestBookCsv(
      [visit({ purpose: 'lainnya', purposeOther: 'Ambil KTP', status: 'dibatalkan', cancelReason: 'Salah input' })],
      'WIB',
    );
    const cells = lines(csv)[1]!.split(';');
    expect(cells[9]).toBe('Lainnya: Ambil KTP');
    expect(cells[12]).toBe('Dibatalkan');
    expect(cells[13]).toBe('Salah input');
  });

  it('numbers rows from 1 in the order given', () => {
    const csv = guestBookCsv([visit({ name: 'A' }), visit({ name: 'B' }), visit({ name: 'C' })], 'WIB');
    expect(lines(csv).slice(1).map((l) => l.split(';').slice(0, 1).concat(l.split(';')[4]!))).toEqual([
      ['1', 'A'],
      ['2', 'B'],
      ['3', 'C'],
    ]);
  });
});
