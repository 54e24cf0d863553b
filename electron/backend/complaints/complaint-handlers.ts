import { STATUS_GUIDANCE } from '../../../shared/complaints/status-guidance';
import { renderComplaintReceiptPdf } from '../../documents/complaint-receipt-document';
import { renderConsultationNotePdf } from '../../documents/consultation-note-document';
import type { AttachmentStore } from '../attachments/attachment-store';
import { AppError, notFound } from '../core/app-error';
import type { Handlers } from '../core/dispatcher';
import type { GuestService } from '../guests/guest-service';
import type { SettingsService } from '../settings/settings-service';
import { exportComplaints } from './complaint-export';
import type { ComplaintFinder } from './complaint-finder';
import type { ComplaintIntakeService } from './complaint-intake-service';
import type { ComplaintLifecycleService } from './complaint-lifecycle-service';
import type { ComplaintQueryService } from './complaint-query-service';
import type { ComplaintRepository } from './complaint-repository';
import type { ComplaintSettingsService } from './complaint-settings-service';

type ComplaintHandlers = Pick<Handlers, Extract<keyof Handlers, `complaints.${string}`>>;

export interface ComplaintServices {
  intake: ComplaintIntakeService;
  query: ComplaintQueryService;
  lifecycle: ComplaintLifecycleService;
  finder: ComplaintFinder;
  settings: ComplaintSettingsService;
  repo: ComplaintRepository;
  attachments: AttachmentStore;
  office: SettingsService;
  guests: GuestService;
}

const pdf = (fileName: string, bytes: Buffer) => ({ fileName, mimeType: 'application/pdf', base64: bytes.toString('base64') });
const slug = (registerNumber: string) => registerNumber.replace(/[^\w.-]+/g, '-');

export function complaintHandlers(s: ComplaintServices): ComplaintHandlers {
  return {
    'complaints.intake': async (input, ctx) => s.query.detail(await s.intake.intake(input, ctx), ctx.clock.now()),
    'complaints.get': (input, ctx) => s.query.detail(input.id, ctx.clock.now()),
    'complaints.list': (input, ctx) => s.query.list(input.filter, input.offset, input.limit, ctx.clock.now(), input.withTotal),
    'complaints.count': async (input, ctx) => ({ total: await s.query.count(input.filter, ctx.clock.now()) }),
    'complaints.export': async (input, ctx) =>
      exportComplaints(s.query, input.filter, input.format, (await s.office.office()).timeZone, ctx.clock.now()),
    'complaints.find': (input) => s.finder.find(input.query),
    'complaints.progress': (input, ctx) => s.query.progress(input.id, ctx.clock.now()),
    'complaints.changeStatus': async (input, ctx) => {
      await s.lifecycle.changeStatus(input.id, input.to, input.reason, ctx);
      return s.query.detail(input.id, ctx.clock.now());
    },
    'complaints.suggestDuplicates': (input) => s.finder.duplicates(input),
    'complaints.link': async (input, ctx) => {
      await s.lifecycle.link(input.id, input.relatedId, ctx);
      return s.query.detail(input.id, ctx.clock.now());
    },
    'complaints.merge': async (input, ctx) => {
      await s.lifecycle.merge(input.sourceId, input.targetId, input.reason, ctx);
      return s.query.detail(input.targetId, ctx.clock.now());
    },
    'complaints.revealIdentity': (input, ctx) => s.lifecycle.revealIdentity(input.id, input.reason, ctx),
    'complaints.addConsultation': (input, ctx) => s.lifecycle.addConsultation(input, ctx),
    'complaints.consultationPdf': async (input, ctx) => {
      const note = await s.repo.consultationById(input.id);
      if (!note) throw notFound('Catatan konsultasi');
      const complaint = await s.query.detail(note.complaint_id, ctx.clock.now());
      const visit = note.guest_visit_id ? await s.guests.get(note.guest_visit_id) : null;
      const consultation = complaint.consultations.find((c) => c.id === note.id)!;
      const bytes = await renderConsultationNotePdf({
        office: await s.office.letterheadOffice(), complaint, note: consultation, visit, printedAt: ctx.clock.now(), printedBy: ctx.actor,
      });
      return pdf(`catatan-konsultasi_${slug(complaint.registerNumber)}_${note.id}.pdf`, bytes);
    },
    'complaints.receipt': async (input, ctx) => {
      const office = await s.office.letterheadOffice();
      const complaint = await s.query.detail(input.id, ctx.clock.now());
      const guidance = STATUS_GUIDANCE[complaint.status];
      const bytes = await renderComplaintReceiptPdf({
        office, complaint, nextStep: guidance.nextStep, dueAt: complaint.dueAt,
        paperSize: office.paperSize, printedAt: ctx.clock.now(), printedBy: ctx.actor,
      });
      return pdf(`tanda-terima_${slug(complaint.registerNumber)}.pdf`, bytes);
    },
    'complaints.uploadAttachment': async (input) => {
      const result = await s.attachments.accept(input.fileName, input.base64);
      if ('problem' in result) throw new AppError('VALIDATION', result.problem, { file: result.problem });
      return result;
    },
    'complaints.attachmentFile': async (input) => {
      const attachment = await s.repo.attachmentById(input.id);
      if (!attachment) throw notFound('Lampiran');
      const bytes = await s.attachments.read(attachment.sha256);
      return { fileName: attachment.file_name, mimeType: attachment.mime_type, base64: bytes.toString('base64') };
    },
    'complaints.categories': () => s.settings.categories(),
    'complaints.saveCategory': (input, ctx) => s.settings.saveCategory(input, ctx),
    'complaints.numbering': () => s.settings.numbering(),
    'complaints.saveNumbering': (input, ctx) => s.settings.saveNumbering(input, ctx),
  };
}
