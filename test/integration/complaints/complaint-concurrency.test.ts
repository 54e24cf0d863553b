import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../electron/backend/create-backend';
import { ManualClock } from '../../../electron/backend/core/clock';
import type { CallResult } from '../../../shared/contract/call-result';
import type { ComplaintDetail } from '../../../shared/complaints/complaint';
import { intakeInput } from '../../support/complaint-fixtures';
import { testSession } from '../../support/temp-backend';
import { makeTempDir, removeTempDir } from '../../support/temp-dir';

const opened: Backend[] = [];
let dir = '';
afterEach(async () => {
  for (const b of opened.splice(0)) await b.close();
  if (dir) removeTempDir(dir);
});

describe('two desks registering at the same moment', () => {
  it('never get the same register number, and no number is skipped', async () => {
    dir = makeTempDir('meja-two-desks-');
    const clock = new ManualClock(new Date('2026-11-23T01:00:00Z'));
    // Two connections to one file, as two desks' processes would have.
    const deskA = await createBackend({ dataDir: dir, clock, runtime: 'browser', version: 'test', busyTimeoutMs: 10_000 });
    const deskB = await createBackend({ dataDir: dir, clock, runtime: 'browser', version: 'test', busyTimeoutMs: 10_000 });
    opened.push(deskA, deskB);
    const sessions = new Map([[deskA, await testSession(deskA, 'Loket')], [deskB, await testSession(deskB, 'Loket')]]);
    const register = (desk: Backend, i: number) =>
      desk.dispatch('complaints.intake', { input: intakeInput({ subject: `Pengaduan nomor ${i}` }), session: sessions.get(desk) });
    const results = (await Promise.all(
      Array.from({ length: 40 }, (_, i) => register(i % 2 === 0 ? deskA : deskB, i)),
    )) as CallResult<ComplaintDetail>[];
    const numbers = results.map((r) => {
      if (!r.ok) throw new Error(r.error.message);
      return r.value.registerNumber;
    });
    expect(new Set(numbers).size).toBe(40);
    const sequences = numbers.map((n) => Number(n.split('/')[0])).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(new Set(results.map((r) => (r.ok ? r.value.trackingCode : ''))).size).toBe(40);
  });
});
