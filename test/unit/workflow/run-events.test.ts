import { describe, expect, it } from 'vitest';
import { parseRunEvents, RUN_EVENT_LABELS, runEventSchema } from '../../../shared/workflow/run-events';
import { deriveRunState } from '../../../shared/workflow/derive-run-state';
import { activityClause } from '../../../shared/workflow/run-status-sentence';
import { completeStep, dispose } from '../../../shared/workflow/step-commands';
import { pauseRun, resumeRun, startRun } from '../../../shared/workflow/run-lifecycle-commands';
import { RunDriver, user } from './run-driver';
import { DECISION_SOP } from './test-sops';
import { wallClockCalculator } from './wall-clock-calculator';

const desk = user('Subbag Umum', ['petugas']);
const head = user('Kepala Dinas', ['kepala']);

describe('run events as stored rows', () => {
  it('survive a trip through JSON and replay to the same state', () => {
    const run = new RunDriver(DECISION_SOP, '2026-11-23T01:00:00.000Z');
    run.do(startRun(run.ctx(desk), { sopVersion: 2 }));
    run.wait(5).do(completeStep(run.ctx(desk), { stepNo: 1 }));
    run.wait(5).do(pauseRun(run.ctx(desk), { reason: 'Menunggu berkas' }));
    run.wait(50).do(resumeRun(run.ctx(desk)));
    run.wait(5).do(completeStep(run.ctx(desk), { stepNo: 2, optionKey: 'lengkap' }));
    run.wait(5).do(dispose(run.ctx(head), { stepNo: 3, optionKey: 'kewenangan', recipients: [4, 5], urgency: 'segera' }));

    const stored = JSON.parse(JSON.stringify(run.events)) as unknown;
    const restored = parseRunEvents(stored);
    expect(restored).toEqual(run.events);
    const now = new Date('2026-11-23T03:00:00Z');
    expect(deriveRunState(DECISION_SOP, restored, wallClockCalculator, { now })).toEqual(
      deriveRunState(DECISION_SOP, run.events, wallClockCalculator, { now }),
    );
  });

  it('refuses a corrupt row instead of replaying nonsense', () => {
    expect(() => parseRunEvents([{ type: 'returned', at: '2026-11-23T01:00:00Z', by: { userId: 1, name: 'A' } }])).toThrow();
    expect(runEventSchema.safeParse({ type: 'paused', at: 'kemarin', by: { userId: 1, name: 'A' }, reason: 'x' }).success).toBe(false);
  });

  it('has an Indonesian label for every event', () => {
    expect(Object.values(RUN_EVENT_LABELS).every((l) => l.length > 0)).toBe(true);
    expect(RUN_EVENT_LABELS['returned-above']).toContain('bukan kewenangan');
  });
});

describe('the activity as a clause of the status sentence', () => {
  it('lowers a plain first word, keeps titles and names', () => {
    expect(activityClause('Telaah surat aduan.')).toBe('telaah surat aduan');
    expect(activityClause('Admin Instansi menerima disposisi')).toBe('Admin Instansi menerima disposisi');
    expect(activityClause('SK Tim dibentuk')).toBe('SK Tim dibentuk');
  });
});
