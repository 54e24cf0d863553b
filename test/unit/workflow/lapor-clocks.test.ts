import { describe, expect, it } from 'vitest';
import { sopDefinitionSchema } from '../../../shared/sop/sop-definition';
import { laporClocks, laporMilestonesFromRun } from '../../../shared/workflow/lapor-clocks';
import { completeStep, dispose } from '../../../shared/workflow/step-commands';
import { startRun } from '../../../shared/workflow/run-lifecycle-commands';
import { finishDueSystemSteps } from '../../../shared/workflow/system-steps';
import { RunDriver, user } from './run-driver';
import { wallClockCalculator } from './wall-clock-calculator';

/** Seed 001 from the seat of Admin Instansi: verify and forward, the follow-up below, the system closes. */
const LAPOR_SOP = sopDefinitionSchema.parse({
  code: 'uji-lapor',
  title: 'SOP uji SP4N-LAPOR!',
  agencyLines: ['Biro Uji'],
  actors: [
    { key: 'admin-instansi', label: 'Admin Instansi', kind: 'jabatan' },
    { key: 'admin-eselon-1', label: 'Admin Eselon 1', kind: 'jabatan' },
    { key: 'sistem', label: 'Sistem SP4N-LAPOR!', kind: 'sistem' },
  ],
  steps: [
    { no: 1, activity: 'Verifikasi dan disposisi ke Admin Eselon 1', actors: ['admin-instansi'], standardTime: { amount: 3, unit: 'hari-kerja' }, outputKind: 'disposisi', next: 2 },
    { no: 2, activity: 'Menindaklanjuti laporan', actors: ['admin-eselon-1'], standardTime: { amount: 3, unit: 'hari-kerja' }, outputKind: 'surat-jawaban', next: 3 },
    { no: 3, activity: 'Laporan selesai dan menunggu penutupan sistem', actors: ['sistem'], standardTime: { amount: 10, unit: 'hari-kerja' }, next: null },
  ],
});

const instansi = user('Admin Instansi', ['admin-instansi']);
const eselon = user('Admin Eselon 1', ['admin-eselon-1'], [8]);
const FRIDAY = '2026-11-20T02:00:00.000Z';

const clocksAt = (run: RunDriver, now: string) =>
  laporClocks(laporMilestonesFromRun(LAPOR_SOP, run.events), wallClockCalculator, new Date(now));
const summary = (clocks: ReturnType<typeof laporClocks>) => clocks.map((c) => [c.key, c.status, c.dueAt]);

describe('SP4N-LAPOR! case clocks', () => {
  it('start with verification only, and turn late when 3 working days pass', () => {
    const run = new RunDriver(LAPOR_SOP, FRIDAY);
    run.do(startRun(run.ctx(instansi), { sopVersion: 1 }));
    // Friday + 3 working days = Wednesday, over the weekend.
    expect(summary(clocksAt(run, '2026-11-24T00:00:00Z'))).toEqual([
      ['verifikasi', 'berjalan', '2026-11-25T02:00:00.000Z'],
      ['tindak-lanjut', 'belum-dimulai', null],
      ['selesai', 'belum-dimulai', null],
    ]);
    expect(clocksAt(run, '2026-11-25T02:01:00Z')[0]?.status).toBe('terlambat');
  });

  it('follow the run through forwarding, follow-up and the system closing it', () => {
    const run = new RunDriver(LAPOR_SOP, FRIDAY);
    run.do(startRun(run.ctx(instansi), { sopVersion: 1 }));
    run.at('2026-11-25T03:00:00.000Z').do(dispose(run.ctx(instansi), { stepNo: 1, recipients: [8] })); // an hour late
    run.at('2026-12-01T01:00:00.000Z').do(completeStep(run.ctx(eselon), { stepNo: 2, outputRef: 'jawaban:3' }));
    expect(summary(clocksAt(run, '2026-12-05T00:00:00Z'))).toEqual([
      ['verifikasi', 'terlambat', '2026-11-25T02:00:00.000Z'],
      ['tindak-lanjut', 'tepat-waktu', '2026-12-02T03:00:00.000Z'],
      ['selesai', 'berjalan', '2026-12-15T01:00:00.000Z'],
    ]);

    run.events.push(...finishDueSystemSteps(LAPOR_SOP, run.events, wallClockCalculator, new Date('2026-12-20T00:00:00Z')));
    const closed = clocksAt(run, '2026-12-20T00:00:00Z')[2];
    expect(closed).toMatchObject({ status: 'tepat-waktu', endedAt: '2026-12-15T01:00:00.000Z' });
  });

  it('stop while the office waits for the complainant', () => {
    const milestones = {
      receivedAt: FRIDAY,
      forwardedAt: null,
      followUpAt: null,
      closedAt: null,
      pauses: [{ from: new Date('2026-11-23T02:00:00Z'), to: new Date('2026-11-24T02:00:00Z'), reason: 'Menunggu bukti' }],
    };
    const [verification] = laporClocks(milestones, wallClockCalculator, new Date('2026-11-25T12:00:00Z'));
    expect(verification).toMatchObject({ dueAt: '2026-11-26T02:00:00.000Z', status: 'berjalan' });
  });
});
