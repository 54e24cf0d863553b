import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { pdfPagesText, pdfPageSizes, pdfToText } from '../../support/pdf-tools';
import { openWorkflowOffice, type WorkflowOffice } from './workflow-fixture';

/** The printed documents of a run, read back with pdftotext. */
let office: WorkflowOffice;
afterEach(() => office?.close());

const bytes = (file: { base64: string }) => Buffer.from(file.base64, 'base64');
const keep = (name: string, data: Buffer) => {
  // Kept for looking at by eye when WORKFLOW_PDF_DIR is set (pdftoppm -r 60).
  if (process.env.WORKFLOW_PDF_DIR) fs.writeFileSync(`${process.env.WORKFLOW_PDF_DIR}/${name}`, data);
};

describe('workflow documents', () => {
  it('prints the chain of lembar disposisi, one slip, a blank slip and the SOP chart of the case', async () => {
    office = await openWorkflowOffice('002');
    const id = await office.intake();
    const pos = (a: string) => office.positions.get(a)![0]!;
    await office.ok('kakanwil', 'workflow.dispose', {
      complaintId: id, stepNo: 2, recipients: [pos('kadivmin')], urgency: 'sangat-segera', instructions: ['proses-lebih-lanjut'], note: 'Tindak lanjuti hari ini.',
    });
    const second = await office.ok('kadivmin', 'workflow.dispose', { complaintId: id, stepNo: 3, recipients: [pos('kabag-p2')], urgency: 'segera', deadlineDay: '2026-11-25' });

    const chain = bytes(await office.t.ok('workflow.printDisposition', { complaintId: id, paper: 'A5' }));
    keep('disposisi-rantai.pdf', chain);
    const pages = pdfPagesText(chain);
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain('LEMBAR DISPOSISI');
    expect(pages[0]).toContain('Tindak lanjuti hari ini.');
    expect(pages[1]).toContain('Kabag P2');

    const one = bytes(await office.t.ok('workflow.printDisposition', { complaintId: id, dispositionId: second.dispositions[1]!.id }));
    expect(pdfPageSizes(one).pages).toBe(1);
    expect(pdfToText(one)).toMatch(/25 November 2026|25-11-2026|25\/11\/2026/);

    const blank = bytes(await office.t.ok('workflow.printBlankDisposition', { paper: 'A4' }));
    keep('disposisi-kosong.pdf', blank);
    expect(pdfToText(blank)).toContain('LEMBAR DISPOSISI');

    const chart = bytes(await office.t.ok('workflow.printCaseChart', { complaintId: id }));
    keep('sop-kasus.pdf', chart);
    expect(pdfToText(chart)).toContain('Kakanwil');

    const none = await office.t.call('workflow.printDisposition', { complaintId: (await office.intake()) });
    expect(none.ok).toBe(false);
  });

  it('prints the SK Tim', async () => {
    office = await openWorkflowOffice('004');
    const id = await office.intake('telepon');
    await office.ok('admin-tikkim', 'workflow.completeStep', { complaintId: id, stepNo: 2 });
    await office.t.backend.db.insertInto('position_holders').values({
      position_id: office.positions.get('kepala-kantor')![0]!, name: 'Muhammad Irfan', nip: '197905152000121001', rank: 'Pembina, IV/a',
      kind: 'definitif', start_date: '2020-01-01', end_date: null, updated_at: new Date(0).toISOString(),
    }).execute();
    const team = await office.t.ok('workflow.saveTeam', {
      complaintId: id, stepNo: 6, number: 'W4.IMI.IMI.2-UM.01.01-0777', tasks: ['Menelusuri pengaduan'], term: { from: '2026-11-23', to: '2026-12-31' },
      decidedOn: '2026-11-23', signerPositionId: office.positions.get('kepala-kantor')![0]!,
      members: [{ name: 'Budi Santoso', nip: '198001012005011001', position: 'Kepala Seksi TI', role: 'ketua' }],
    });
    const decree = bytes(await office.t.ok('workflow.printTeamDecree', { complaintId: id, teamId: team.id }));
    keep('sk-tim.pdf', decree);
    const text = pdfToText(decree);
    expect(text).toContain('W4.IMI.IMI.2-UM.01.01-0777');
    expect(text).toContain('Budi Santoso');
    expect(text).toContain('MUHAMMAD IRFAN');
  });
});
