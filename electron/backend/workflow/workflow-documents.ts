import type { FileDownload } from '../../../shared/contract/file-download';
import { complainantDisplay } from '../../../shared/complaints/identity-mask';
import type { Privacy } from '../../../shared/complaints/complaint-enums';
import { officeDayOf } from '../../../shared/time/indonesian-dates';
import { deriveRunState } from '../../../shared/workflow/derive-run-state';
import type { DispositionPaperChoice } from '../../../shared/workflow/workflow-schemas';
import type { PaperSize } from '../../../shared/office/office-settings';
import { renderDispositionSheetPdf } from '../../documents/disposition-sheet-document';
import { renderSopChartPdf } from '../../documents/sop-chart-document';
import { renderTeamDecreePdf, SEED_004_LEGAL_BASES } from '../../documents/team-decree-document';
import { AppError, notFound } from '../core/app-error';
import type { CallContext } from '../core/call-context';
import type { WorkflowRecords } from './workflow-records';
import type { WorkflowService } from './workflow-service';

const pdf = (fileName: string, bytes: Buffer): FileDownload => ({ fileName, mimeType: 'application/pdf', base64: bytes.toString('base64') });
const slug = (text: string) => text.replace(/[^\w.-]+/g, '-');

/** The printed documents of a run: lembar disposisi (one or the chain, or blank), SK Tim, the SOP chart with the case's place. */
export class WorkflowDocuments {
  constructor(
    private readonly svc: WorkflowService,
    private readonly records: WorkflowRecords,
  ) {}

  async disposition(input: { complaintId: number; dispositionId?: number; paper: DispositionPaperChoice }, ctx: CallContext): Promise<FileDownload> {
    const office = await this.svc.settings.letterheadOffice();
    const now = ctx.clock.now();
    const day = officeDayOf(now, office.timeZone);
    const complaint = await this.svc.db.selectFrom('complaints').selectAll().where('id', '=', input.complaintId).executeTakeFirst();
    if (!complaint) throw notFound('Pengaduan');
    const all = await this.records.dispositions(input.complaintId, day);
    const chosen = input.dispositionId ? all.filter((d) => d.id === input.dispositionId) : all;
    if (chosen.length === 0) throw new AppError('NOT_FOUND', input.dispositionId ? 'Lembar disposisi tidak ditemukan.' : 'Pengaduan ini belum didisposisikan.');
    const details = JSON.parse(complaint.channel_details_json) as { letterNumber?: string; letterDate?: string };
    const bytes = await renderDispositionSheetPdf({
      office,
      paper: input.paper,
      complaint: { registerNumber: complaint.register_number, trackingCode: complaint.tracking_code },
      letter: {
        from: complainantDisplay(complaint.complainant_name, complaint.privacy as Privacy) || 'Pelapor',
        letterNumber: details.letterNumber ?? '',
        letterDate: details.letterDate || null,
        receivedDate: officeDayOf(complaint.received_at, office.timeZone),
        agendaNumber: complaint.register_number,
        subject: complaint.subject,
      },
      dispositions: chosen.map((d) => ({
        urgency: d.urgency,
        recipients: d.recipients.map((r) => r.shortTitle),
        instructions: d.instructions,
        otherInstruction: d.otherInstruction,
        note: d.note,
        dueAt: d.deadlineDay ?? d.dueAt,
        disposedBy: { name: d.disposedBy.name, position: d.disposedBy.position },
        disposedAt: d.disposedAt,
      })),
      printedAt: now,
      printedBy: ctx.actor,
    });
    return pdf(`disposisi_${slug(complaint.register_number)}.pdf`, bytes);
  }

  async blankDisposition(paper: DispositionPaperChoice, ctx: CallContext): Promise<FileDownload> {
    const office = await this.svc.settings.letterheadOffice();
    const now = ctx.clock.now();
    // The usual recipients: the positions right under the head of office.
    const top = await this.svc.db.selectFrom('positions').select('id').where('superior_id', 'is', null).where('active', '=', 1).orderBy('sort_order').executeTakeFirst();
    const under = top
      ? await this.svc.db.selectFrom('positions').select(['short_title', 'title']).where('superior_id', '=', top.id).where('active', '=', 1).orderBy('sort_order').limit(4).execute()
      : [];
    const bytes = await renderDispositionSheetPdf({
      office, paper, complaint: null, letter: null, dispositions: [],
      blankRecipientChoices: under.map((p) => p.short_title || p.title), printedAt: now, printedBy: null,
    });
    return pdf(`disposisi_kosong_${paper}.pdf`, bytes);
  }

  async teamDecree(input: { complaintId: number; teamId: number; paper?: PaperSize }, ctx: CallContext): Promise<FileDownload> {
    const office = await this.svc.settings.letterheadOffice();
    const team = (await this.records.teams(input.complaintId)).find((t) => t.id === input.teamId);
    if (!team) throw notFound('SK Tim');
    const complaint = await this.svc.db.selectFrom('complaints').select(['register_number']).where('id', '=', input.complaintId).executeTakeFirstOrThrow();
    const bytes = await renderTeamDecreePdf({
      office,
      paper: input.paper ?? office.paperSize,
      number: team.number,
      teamSubject: team.subject || `Pengaduan Masyarakat Nomor Register ${complaint.register_number}`,
      considerations: team.considerations.length
        ? team.considerations
        : [`bahwa untuk menangani pengaduan masyarakat Nomor Register ${complaint.register_number} secara cepat, tepat dan tuntas perlu dibentuk Tim Penanganan Pengaduan`],
      legalBases: SEED_004_LEGAL_BASES,
      tasks: team.tasks,
      term: team.term,
      decidedOn: team.decidedOn,
      signer: { position: team.signer.position, name: team.signer.name, nip: team.signer.nip, rank: team.signer.rank },
      members: team.members.map((m) => ({ name: m.name, nip: m.nip, position: m.position, role: m.role })),
      copiesTo: team.copiesTo,
      printedAt: ctx.clock.now(),
    });
    return pdf(`sk-tim_${slug(team.number)}.pdf`, bytes);
  }

  async caseChart(input: { complaintId: number; paperSize?: PaperSize }, ctx: CallContext): Promise<FileDownload> {
    const office = await this.svc.settings.office();
    const loaded = await this.svc.require(input.complaintId);
    const now = ctx.clock.now();
    const state = deriveRunState(loaded.sop.definition, loaded.events, await this.svc.dueTimes(), { zone: office.timeZone, now });
    const complaint = await this.svc.db.selectFrom('complaints').select(['register_number']).where('id', '=', input.complaintId).executeTakeFirstOrThrow();
    const bytes = await renderSopChartPdf({
      office,
      definition: loaded.sop.definition,
      version: loaded.sop.version,
      paperSize: input.paperSize ?? office.paperSize,
      highlight: state.chart,
      printedAt: now,
      printedBy: ctx.actor,
    });
    return pdf(`sop_${slug(complaint.register_number)}.pdf`, bytes);
  }
}
