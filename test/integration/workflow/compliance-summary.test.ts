import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { ComplianceSummary } from '../../../electron/backend/workflow/compliance-summary';
import type { OfficeTimeZone } from '../../../shared/office/time-zones';
import { officeDayRangeToInstants } from '../../../shared/time/indonesian-dates';
import { complianceFigures, type ComplianceFigures } from '../../../shared/workflow/step-compliance';
import { openWorkflowOffice, type WorkflowOffice } from './workflow-fixture';

/**
 * The dashboard's compliance figures come from `workflow_compliance_days` (migration 0012),
 * kept by the workflow service as runs change. Each test compares them with the figures
 * summed afresh from the done rows of `workflow_tasks` (what the dashboard read before the
 * summary) and with a full rebuild of the summary, after on-time and late steps, a
 * return, a reopened matter done again, and a position moved to another unit.
 *
 * Decision (reopen / second completion): every done step record counts once, as the old
 * read of `workflow_tasks` counted it. A step done again after a return or a reopen is a
 * second record and counts again (the office did the work twice, maybe late twice); the
 * rewrite of a run's rows after each change never counts its earlier steps again.
 */
let office: WorkflowOffice;
afterEach(() => office?.close());

const db = () => office.t.backend.db;

/** Figures per unit and per SOP step from the done rows themselves, with the shared pure arithmetic. */
async function fromDoneRows(from: string, to: string, zone: OfficeTimeZone = 'WIB') {
  const { start, end } = officeDayRangeToInstants(from, to, zone);
  const rows = await db()
    .selectFrom('workflow_tasks')
    .select(['unit_id', 'sop_code', 'step_no', 'on_time', 'late_minutes'])
    .where('is_primary', '=', 1).where('done_at', '>=', start).where('done_at', '<', end)
    .execute();
  const records = rows.map((r) => ({ ...r, stepNo: r.step_no, onTime: r.on_time === null ? null : r.on_time === 1, lateMinutes: r.late_minutes }));
  const group = (key: (r: (typeof records)[number]) => string | null) => {
    const out = new Map<string, ComplianceFigures>();
    for (const k of new Set(records.map(key))) if (k !== null) out.set(k, complianceFigures(records.filter((r) => key(r) === k)));
    return out;
  };
  return { perUnit: group((r) => (r.unit_id === null ? null : String(r.unit_id))), perStep: group((r) => `${r.sop_code}|${r.step_no}`) };
}

const FIGURES = ['total', 'onTime', 'late', 'untimed', 'onTimeRate', 'meanDelayMinutes', 'worstDelayMinutes'] as const;
const pick = (f: ComplianceFigures) => Object.fromEntries(FIGURES.map((k) => [k, f[k]]));

/** The dashboard's figures equal the ones summed from the rows, and the kept summary equals a rebuilt one. */
async function expectConsistent(period: { from?: string; to?: string } = {}) {
  const dashboard = await office.t.ok('workflow.dashboard', period);
  const reference = await fromDoneRows(dashboard.period.from, dashboard.period.to);
  expect(new Map(dashboard.perStep.map((s) => [`${s.sopCode}|${s.stepNo}`, pick(s)]))).toEqual(new Map([...reference.perStep].map(([k, f]) => [k, pick(f)])));
  const unitsWithDone = dashboard.perUnit.filter((u) => u.total > 0);
  expect(new Map(unitsWithDone.map((u) => [String(u.unitId), pick(u)]))).toEqual(new Map([...reference.perUnit].map(([k, f]) => [k, pick(f)])));

  const kept = await sql`SELECT * FROM workflow_compliance_days ORDER BY zone, day, unit_id, sop_code, step_no`.execute(db());
  await new ComplianceSummary().rebuild(db());
  const rebuilt = await sql`SELECT * FROM workflow_compliance_days ORDER BY zone, day, unit_id, sop_code, step_no`.execute(db());
  expect(kept.rows).toEqual(rebuilt.rows);
  return dashboard;
}

describe('compliance figures of the dashboard', () => {
  it('counts on-time and late steps per unit and per step, once each, whatever the run does after', async () => {
    office = await openWorkflowOffice('003'); // Monday 23 November 2026, 08.00 WIB; every step 30 minutes
    const a = await office.intake(); // step 1 done by the registration, on time
    const b = await office.intake();
    office.t.clock.advanceMinutes(10);
    await office.ok('petugas-pelayanan', 'workflow.completeStep', { complaintId: a, stepNo: 2 }); // 08.10, due 08.30: on time
    office.t.clock.advanceMinutes(60);
    await office.ok('petugas-pelayanan', 'workflow.completeStep', { complaintId: b, stepNo: 2 }); // 09.10, due 08.30: 40 late
    await office.ok('petugas-pelayanan', 'workflow.completeStep', { complaintId: a, stepNo: 3 }); // 09.10, due 08.40: 30 late
    office.t.clock.advanceMinutes(60);
    await office.ok('petugas-pelayanan', 'workflow.completeStep', { complaintId: b, stepNo: 3 }); // 10.10, due 09.40: 30 late

    let dashboard = await expectConsistent();
    const step = (no: number) => pick(dashboard.perStep.find((s) => s.stepNo === no)!);
    expect(step(1)).toMatchObject({ total: 2, onTime: 2, late: 0, meanDelayMinutes: 0, worstDelayMinutes: 0 });
    expect(step(2)).toMatchObject({ total: 2, onTime: 1, late: 1, meanDelayMinutes: 40, worstDelayMinutes: 40, onTimeRate: 0.5 });
    expect(step(3)).toMatchObject({ total: 2, onTime: 0, late: 2, meanDelayMinutes: 30, worstDelayMinutes: 30 });
    // Step 1, recorded for the complainant by an administrator holding no position, is in no unit.
    expect(dashboard.perUnit).toHaveLength(1);
    expect(pick(dashboard.perUnit[0]!)).toMatchObject({ total: 4, onTime: 1, late: 3, meanDelayMinutes: 33, worstDelayMinutes: 40 });

    // Changes that finish no step (reading a task, a pause) rewrite the run's rows: nothing is counted again.
    await office.ok('subbag-umum', 'workflow.openTask', { complaintId: a, stepNo: 4 });
    await office.ok('subbag-umum', 'workflow.pause', { complaintId: b, reason: 'Menunggu fotokopi KTP pelapor.' });
    await office.ok('subbag-umum', 'workflow.resume', { complaintId: b });
    dashboard = await expectConsistent();
    expect(pick(dashboard.perUnit[0]!)).toMatchObject({ total: 4, late: 3 });

    // A period without today has none of it; a period of today alone has all of it.
    const yesterday = await office.t.ok('workflow.dashboard', { from: '2026-11-01', to: '2026-11-22' });
    expect(yesterday.perStep).toEqual([]);
    expect(yesterday.perUnit.every((u) => u.total === 0)).toBe(true);
    expect((await expectConsistent({ from: '2026-11-23', to: '2026-11-23' })).perUnit[0]?.total).toBe(4);

    // Next day, a step of the same step number: days are apart, the month adds them up.
    office.t.clock.advanceMinutes(24 * 60);
    await office.ok('subbag-umum', 'workflow.completeStep', { complaintId: a, stepNo: 4, optionKey: 'tertulis' });
    dashboard = await expectConsistent();
    expect(dashboard.perUnit[0]?.total).toBe(5);
    expect((await office.t.ok('workflow.dashboard', { from: '2026-11-24', to: '2026-11-24' })).perStep.map((s) => [s.stepNo, s.total])).toEqual([[4, 1]]);
    // The same rows, read for an office in another zone: the summary keeps every zone's days.
    const witSums = await new ComplianceSummary().sums(db(), 'WIT', '2026-11-01', '2026-11-30');
    const wit = await fromDoneRows('2026-11-01', '2026-11-30', 'WIT');
    expect(witSums.reduce((n, s) => n + s.total, 0)).toBe([...wit.perStep.values()].reduce((n, f) => n + f.total, 0));
  });

  it('counts a step done again after a reopen as a second record, and recounts a day when a position moves unit', async () => {
    office = await openWorkflowOffice('003');
    const id = await office.intake();
    await office.ok('petugas-pelayanan', 'workflow.completeStep', { complaintId: id, stepNo: 2 });
    await office.ok('petugas-pelayanan', 'workflow.completeStep', { complaintId: id, stepNo: 3 });
    office.t.clock.advanceMinutes(45); // step 4 due 08.30: 15 late
    await office.ok('subbag-umum', 'workflow.completeStep', { complaintId: id, stepNo: 4, optionKey: 'lisan' });
    // The oral branch ends the run at step 5.
    const view = await office.ok('sekretariat-bidang-upt', 'workflow.completeStep', { complaintId: id, stepNo: 5 });
    expect(view.run?.state.finished).toBe(true);
    const before = await expectConsistent();
    const step4 = () => before.perStep.find((s) => s.stepNo === 4)!;
    expect(pick(step4())).toMatchObject({ total: 1, late: 1, worstDelayMinutes: 15 });

    // Reopened at step 4 and done again, on time this time: two records of step 4.
    await office.ok('subbag-umum', 'workflow.reopen', { complaintId: id, stepNo: 4, reason: 'Pelapor meminta jawaban tertulis.' });
    let dashboard = await expectConsistent();
    expect(dashboard.perUnit[0]?.total).toBe(before.perUnit[0]?.total);
    await office.ok('subbag-umum', 'workflow.completeStep', { complaintId: id, stepNo: 4, optionKey: 'tertulis' });
    dashboard = await expectConsistent();
    expect(pick(dashboard.perStep.find((s) => s.stepNo === 4)!)).toMatchObject({ total: 2, onTime: 1, late: 1, worstDelayMinutes: 15 });
    expect(dashboard.perUnit[0]?.total).toBe((before.perUnit[0]?.total ?? 0) + 1);

    // The Subbag Umum moves to another unit: the run's next rewrite moves its done rows,
    // and the old unit's day is recounted (its worst delay with them).
    const chart = await office.t.ok('organisation.chart', {});
    const subbag = office.positions.get('subbag-umum')![0]!;
    const position = chart.positions.find((p) => p.id === subbag)!;
    const other = await office.t.ok('organisation.saveUnit', { name: 'Sekretariat', code: 'SEK' });
    await office.t.ok('organisation.savePosition', { id: subbag, unitId: other.id, title: position.title, shortTitle: position.shortTitle });
    await office.ok('subbag-umum', 'workflow.openTask', { complaintId: id, stepNo: 6 });
    dashboard = await expectConsistent();
    const moved = dashboard.perUnit.find((u) => u.unitId === other.id)!;
    expect(pick(moved)).toMatchObject({ late: 1, worstDelayMinutes: 15 });
    const stayed = dashboard.perUnit.find((u) => u.unitId !== other.id)!;
    expect(stayed.worstDelayMinutes).toBe(0);
    expect(moved.total + stayed.total).toBe((before.perUnit[0]?.total ?? 0) + 1);
  });
});
