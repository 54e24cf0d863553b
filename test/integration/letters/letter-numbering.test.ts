import { afterEach, describe, expect, it } from 'vitest';
import { signedHash } from '../../../electron/backend/letters/letter-content';
import type { LetterDetail } from '../../../shared/letters/letter-records';
import { openLetterOffice, type LetterOffice } from './letter-office';

/**
 * Numbers are taken at signing from the kind's pattern, restart each year, are never given
 * twice (also to letters signed at the same moment) and never reused (a cancelled one stays,
 * marked cancelled); the signed version's hash and the verification code prove the letter.
 */
let office: LetterOffice;
afterEach(() => office?.close());

const PATTERNS = { 'nota-dinas': 'ND-{NO}/{UNIT}/{TAHUN}', 'surat-jawaban': 'B-{NO:3}/{UNIT}/{KLAS}/{BLN}/{TAHUN}' };

async function readyLetters(n: number): Promise<LetterDetail[]> {
  const letters: LetterDetail[] = [];
  for (let i = 0; i < n; i++) letters.push(await office.submitted({ signerPositionId: office.positions.kasubag }));
  return letters;
}
const sign = (l: LetterDetail) => office.ok('kasubag', 'letters.sign', { id: l.id, version: l.currentVersion });

describe('letter numbers', () => {
  it('follow the pattern of the kind, with the signer\'s unit, the classification and the month', async () => {
    office = await openLetterOffice();
    await office.t.ok('letters.saveNumbering', { patterns: PATTERNS, classification: 'PM.01' });
    expect(await office.t.ok('letters.numbering', {})).toEqual({ patterns: PATTERNS, classification: 'PM.01' });
    const [letter] = await readyLetters(1);
    const signed = await sign(letter!);
    expect(signed.number).toBe('B-001/SEK/PM.01/11/2026');
    expect(signed.letterDate).toBe('2026-11-23');
    const refused = await office.t.call('letters.saveNumbering', { patterns: { ...PATTERNS, 'surat-jawaban': '{NO}/SEK' }, classification: '' });
    expect(refused.ok ? '' : refused.error.message).toContain('{TAHUN}');
    // Only an administrator sets the patterns.
    const clerk = await office.as('staf', 'letters.saveNumbering', { patterns: PATTERNS, classification: 'X' });
    expect(clerk.ok ? '' : clerk.error.code).toBe('FORBIDDEN');
  });

  it('start again at 1 in a new year, the old year\'s list kept', async () => {
    office = await openLetterOffice({ now: new Date('2026-12-31T08:00:00Z') });
    const [a, b, c] = await readyLetters(3);
    expect((await sign(a!)).number).toMatch(/^001\/SEK\/HM\.01\/XII\/2026$/);
    expect((await sign(b!)).number).toMatch(/^002\/SEK\/HM\.01\/XII\/2026$/);
    office.t.clock.set(new Date('2027-01-04T01:30:00Z'));
    const next = await sign(c!);
    expect(next.number).toBe('001/SEK/HM.01/I/2027');
    expect(next.letterDate).toBe('2027-01-04');
    expect((await office.t.ok('letters.issuedNumbers', { year: 2026 })).map((n) => n.sequence)).toEqual([1, 2]);
    expect((await office.t.ok('letters.issuedNumbers', { year: 2027 })).map((n) => n.number)).toEqual(['001/SEK/HM.01/I/2027']);
  });

  it('20 letters signed at the same moment get 20 distinct consecutive numbers; a cancelled number is never reused', async () => {
    office = await openLetterOffice();
    const ready = await readyLetters(21);
    const signed = await Promise.all(ready.slice(0, 20).map(sign));
    const sequences = signed.map((l) => Number(/^(\d+)\//.exec(l.number ?? '')?.[1]));
    expect([...sequences].sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(new Set(signed.map((l) => l.verificationCode)).size).toBe(20);

    const third = signed.find((l) => l.number?.startsWith('003/'));
    const cancelled = await office.ok('kasubag', 'letters.cancel', { id: third!.id, reason: 'Salah alamat penerima.' });
    expect(cancelled).toMatchObject({ state: 'dibatalkan', numberCancelled: true, number: third!.number });
    const again = await office.as('kasubag', 'letters.cancel', { id: third!.id, reason: 'Lagi.' });
    expect(again.ok ? '' : again.error.message).toBe('Surat ini sudah dibatalkan.');
    const deliver = await office.as('staf', 'letters.recordDelivery', { id: third!.id, method: 'pos', recipient: 'Siti', proof: 'RESI1', note: '' });
    expect(deliver.ok ? '' : deliver.error.message).toContain('sudah dibatalkan');

    const last = await sign(ready[20]!);
    expect(last.number?.startsWith('021/')).toBe(true);
    const issued = await office.t.ok('letters.issuedNumbers', { year: 2026 });
    expect(issued).toHaveLength(21);
    expect(issued.filter((n) => n.status === 'dibatalkan')).toEqual([
      expect.objectContaining({ number: third!.number, sequence: 3, letterId: third!.id, cancelReason: 'Salah alamat penerima.' }),
    ]);
    const verified = await office.t.ok('letters.verify', { code: third!.verificationCode ?? '' });
    expect(verified).toMatchObject({ registered: true, status: 'dibatalkan', cancelReason: 'Salah alamat penerima.' });
  });

  it('a double click on "Tandatangani" signs once and takes one number', async () => {
    office = await openLetterOffice();
    const [letter] = await readyLetters(1);
    const results = await Promise.all([1, 2].map(() => office.as('kasubag', 'letters.sign', { id: letter!.id, version: letter!.currentVersion })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await office.t.ok('letters.issuedNumbers', { year: 2026 })).toHaveLength(1);
  });
});

describe('verification', () => {
  it('finds the signed letter by its code or QR payload, with the hash of the signed version, and notices tampering', async () => {
    office = await openLetterOffice();
    const [letter] = await readyLetters(1);
    const signed = await sign(letter!);
    const version = await office.t.ok('letters.version', { id: signed.id, version: signed.signedVersion ?? 0 });
    expect(version.reason).toBe('tanda-tangan');
    // The stored hash is the sha256 of the signed content with its number and date.
    expect(signed.contentHash).toBe(signedHash(version.content, signed.number ?? '', signed.letterDate ?? ''));
    expect(version.contentHash).toBe(signed.contentHash);

    for (const code of [signed.verificationCode ?? '', `meja-aduan:surat:${signed.verificationCode}`, (signed.verificationCode ?? '').toLowerCase()]) {
      expect(await office.as('staf', 'letters.verify', { code })).toMatchObject({
        ok: true,
        value: {
          registered: true, intact: true, status: 'berlaku', number: signed.number, letterDate: '2026-11-23', signedVersion: signed.signedVersion,
          contentHash: signed.contentHash, signerName: 'Nurhayati Lasahido', signerJabatan: 'Kepala Subbagian Umum', kind: 'surat-jawaban',
        },
      });
    }
    expect((await office.t.ok('letters.verify', { code: 'ZZZZZZZZZZ' })).registered).toBe(false);

    // Someone edits the signed text in the database: the code still finds the letter, the hash no longer matches.
    const tampered = { ...version.content, header: { ...version.content.header, subject: 'Diubah diam-diam' } };
    await office.t.backend.db.updateTable('letter_versions').set({ content_json: JSON.stringify(tampered) }).where('letter_id', '=', signed.id).where('version', '=', version.version).execute();
    expect(await office.t.ok('letters.verify', { code: signed.verificationCode ?? '' })).toMatchObject({ registered: true, intact: false });
  });
});
