import { afterEach, describe, expect, it } from 'vitest';
import { openWorkflowOffice, type WorkflowOffice } from './workflow-fixture';

/**
 * Due times of steps on the office's working calendar (default hours Mon–Thu 07.30–16.00,
 * Fri 07.30–16.00 with the Friday break; WIB), pauses, overdue work in trays and on the
 * dashboard, an administrator recording for a holder, and the lembar disposisi deadline.
 */
let office: WorkflowOffice;
afterEach(() => office?.close());

describe('workflow due times and the dashboard', () => {
  it('carries a 30-minute step over the weekend', async () => {
    // Friday 27 November 2026, 15.50 WIB: 10 minutes left today, 20 on Monday morning.
    office = await openWorkflowOffice('003', { now: new Date('2026-11-27T08:50:00Z') });
    const id = await office.intake();
    const view = await office.ok('petugas-pelayanan', 'workflow.case', { complaintId: id });
    expect(view.actions[0]?.dueAt).toBe('2026-11-30T00:50:00.000Z');
    expect((await office.t.ok('complaints.get', { id })).dueAt).toBe('2026-11-30T00:50:00.000Z');
  });

  it('skips cuti bersama, the holiday and the weekend after them', async () => {
    // Wednesday 23 December 2026, 15.45 WIB; 24 Dec cuti bersama, 25 Dec Natal, then the weekend.
    office = await openWorkflowOffice('003', { now: new Date('2026-12-23T08:45:00Z') });
    const id = await office.intake();
    const view = await office.ok('petugas-pelayanan', 'workflow.case', { complaintId: id });
    expect(view.actions[0]?.dueAt).toBe('2026-12-28T00:45:00.000Z');
  });

  it('stops the clock while paused and shows overdue work in the tray and on the dashboard', async () => {
    office = await openWorkflowOffice('003'); // Monday 23 November 2026, 08.00 WIB
    const id = await office.intake();
    office.t.clock.advanceMinutes(10); // 08.10 WIB, before the step falls due at 08.30
    const paused = await office.ok('petugas-pelayanan', 'workflow.pause', { complaintId: id, reason: 'Menunggu fotokopi KTP pelapor.' });
    expect(paused.canResume).toBe(true);
    const blocked = await office.as('petugas-pelayanan', 'workflow.completeStep', { complaintId: id, stepNo: 2 });
    expect(blocked.ok).toBe(false);
    office.t.clock.advanceMinutes(120);
    const resumed = await office.ok('petugas-pelayanan', 'workflow.resume', { complaintId: id });
    // Due 08.30 before the pause; two paused working hours later it is 10.30 WIB.
    expect(resumed.actions[0]?.dueAt).toBe('2026-11-23T03:30:00.000Z');

    office.t.clock.advanceMinutes(110); // 12.00 WIB: 90 minutes overdue
    const tray = await office.ok('petugas-pelayanan', 'workflow.tray', { box: 'masuk' });
    expect(tray.items[0]).toMatchObject({ complaintId: id, overdue: true });
    expect(tray.counts.overdue).toBe(1);
    const dashboard = await office.t.ok('workflow.dashboard', {});
    expect(dashboard.overdue).toBe(1);
    expect(dashboard.overdueTasks[0]).toMatchObject({ complaintId: id, stepNo: 2, lateMinutes: 90, lateWorkingMinutes: 90 });

    // Over the lunch break (12.00–13.00) the wall clock runs on, working time does not.
    office.t.clock.advanceMinutes(60);
    const overLunch = await office.t.ok('workflow.dashboard', {});
    expect(overLunch.overdueTasks[0]).toMatchObject({ lateMinutes: 150, lateWorkingMinutes: 90 });
    const trayOverLunch = await office.ok('petugas-pelayanan', 'workflow.tray', { box: 'masuk' });
    expect(trayOverLunch.items[0]?.lateWorkingMinutes).toBe(90);

    // Late completion counts against the unit's compliance.
    await office.ok('petugas-pelayanan', 'workflow.completeStep', { complaintId: id, stepNo: 2 });
    const after = await office.t.ok('workflow.dashboard', {});
    expect(after.overdue).toBe(0);
    const step2 = after.perStep.find((s) => s.stepNo === 2);
    expect(step2).toMatchObject({ late: 1, onTime: 0, worstDelayMinutes: 150 });
    expect(after.perUnit[0]).toMatchObject({ unitName: 'Kantor Uji', late: 1 });
  });

  it('lets an administrator record a step for the holder, and says so', async () => {
    office = await openWorkflowOffice('003');
    const id = await office.intake();
    const notAdmin = await office.as('kepala-dinas', 'workflow.completeStep', { complaintId: id, stepNo: 2, asAdministrator: true });
    expect(notAdmin.ok).toBe(false);
    if (!notAdmin.ok) expect(notAdmin.error.code).toBe('FORBIDDEN');
    const view = await office.t.ok('workflow.completeStep', { complaintId: id, stepNo: 2, asAdministrator: true });
    expect(view.history.at(-1)?.by).toMatch(/dicatat administrator/);
  });

  it('turns the deadline written on the slip into the close of that working day', async () => {
    office = await openWorkflowOffice('003');
    const id = await office.intake();
    for (const stepNo of [2, 3]) await office.ok('petugas-pelayanan', 'workflow.completeStep', { complaintId: id, stepNo });
    await office.ok('subbag-umum', 'workflow.completeStep', { complaintId: id, stepNo: 4, optionKey: 'tertulis' });
    const bad = await office.as('subbag-umum', 'workflow.dispose', { complaintId: id, stepNo: 6, recipients: [office.positions.get('kepala-dinas')![0]!], deadlineDay: '2026-02-30' });
    expect(bad.ok).toBe(false);
    const view = await office.ok('subbag-umum', 'workflow.dispose', {
      complaintId: id, stepNo: 6, recipients: [office.positions.get('kepala-dinas')![0]!], deadlineDay: '2026-11-25',
    });
    // Wednesday closes at 16.00 WIB.
    expect(view.run?.state.openTasks[0]?.dueAt).toBe('2026-11-25T09:00:00.000Z');
    expect(view.dispositions[0]).toMatchObject({ deadlineDay: '2026-11-25', dueAt: '2026-11-25T09:00:00.000Z' });
  });

  it('refuses to start runs while an actor of the SOP is not mapped', async () => {
    office = await openWorkflowOffice('003');
    await office.t.ok('workflow.saveActorMapping', { code: office.sopCode, actors: [{ key: 'sekretaris', positionIds: [] }] });
    const mapping = await office.t.ok('workflow.actorMapping', { code: office.sopCode });
    expect(mapping.missing).toEqual(['Sekretaris']);
    const id = await office.intake();
    expect((await office.t.ok('workflow.case', { complaintId: id })).run).toBeNull();
    const start = await office.t.call('workflow.startRun', { complaintId: id });
    expect(start.ok).toBe(false);
    if (!start.ok) expect(start.error.message).toMatch(/Sekretaris belum dipetakan/);
  });
});
