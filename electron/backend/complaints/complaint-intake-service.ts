import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ComplaintIntake } from '../../../shared/complaints/complaint-schemas';
import { STATUS_GUIDANCE } from '../../../shared/complaints/status-guidance';
import { formatRegisterNumber } from '../../../shared/numbering/register-number';
import { generateTrackingCode } from '../../../shared/numbering/tracking-code';
import { officeClock } from '../../../shared/time/indonesian-dates';
import type { Database } from '../../db/database-schema';
import { attachmentFileName, type AttachmentStore } from '../attachments/attachment-store';
import { detectFileType } from '../attachments/detect-file-type';
import type { CalendarService } from '../calendar/calendar-service';
import { recordAudit } from '../audit/audit-log';
import { AppError } from '../core/app-error';
import type { CallContext } from '../core/call-context';
import { nextNumber } from '../numbering/number-sequence';
import type { SettingsService } from '../settings/settings-service';
import { COMPLAINT_ENTITY } from './complaint-history';
import type { ComplaintRepository } from './complaint-repository';
import type { ComplaintSettingsService } from './complaint-settings-service';

export const REGISTER_SCOPE = 'register-pengaduan';

/**
 * Registering a complaint from any channel, in one transaction: its register number
 * (never duplicated or skipped: the counter rolls back with a failed save), a tracking
 * code, the identity as privacy allows, attachments, links to related complaints, and
 * for an oral complaint settled at the counter, its answer and closure.
 */
export class ComplaintIntakeService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly repo: ComplaintRepository,
    private readonly settings: SettingsService,
    private readonly complaintSettings: ComplaintSettingsService,
    private readonly attachments: AttachmentStore,
    private readonly calendar: CalendarService,
    /** Told after the complaint is saved: the SOP engine starts its run (electron/backend/workflow). */
    private readonly afterRegister: (id: number, ctx: CallContext) => Promise<void> = async () => undefined,
  ) {}

  async intake(input: ComplaintIntake, ctx: CallContext): Promise<number> {
    const office = await this.settings.office();
    const numbering = await this.complaintSettings.numbering();
    const now = ctx.clock.now();
    const at = now.toISOString();
    const ticket = input.channel === 'lapor' ? input.channelDetails.laporTrackingId.toUpperCase() : null;
    if (ticket) {
      const existing = await this.repo.findByLaporTicket(ticket);
      if (existing) {
        const message = `Tiket SP4N-LAPOR! ${ticket} sudah tercatat sebagai pengaduan ${existing.register_number}.`;
        throw new AppError('CONFLICT', message, { 'channelDetails.laporTrackingId': message });
      }
    }
    await this.checkReferences(input);
    const files = await this.describeAttachments(input.attachmentIds, input.attachmentNames);

    // Anonymous means no identity at all; only a contact channel may be kept.
    const c = input.complainant;
    const identity = input.privacy === 'anonim' ? { ...c, name: '', nik: '', address: '' } : c;
    const settled = input.settledAtCounter;
    // Read before the transaction: the calendar's own queries cannot run inside it.
    const dueTimes = await this.calendar.dueTimes();
    const { year, month } = officeClock(now, office.timeZone);

    const savedId = await this.db.transaction().execute(async (trx) => {
      const seq = await nextNumber(trx, REGISTER_SCOPE, year);
      const registerNumber = formatRegisterNumber(numbering.pattern, {
        seq, unitCode: numbering.unitCode, classificationCode: numbering.classificationCode, year, month,
      });
      const trackingCode = await this.uniqueTrackingCode(trx);
      const id = await this.repo.insert(trx, {
        register_year: year,
        register_seq: seq,
        register_number: registerNumber,
        tracking_code: trackingCode,
        channel: input.channel,
        form: input.form,
        kind: input.kind,
        category_id: input.categoryId,
        subject: input.subject,
        description: input.description,
        requested_action: input.requestedAction,
        unit_complained: input.unitComplained,
        event_place: input.eventPlace,
        event_date: input.eventDate,
        privacy: input.privacy,
        complainant_name: identity.name,
        complainant_nik: identity.nik,
        complainant_phone: identity.phone,
        complainant_email: identity.email,
        complainant_address: identity.address,
        channel_details_json: JSON.stringify(input.channelDetails),
        lapor_tracking_id: ticket,
        guest_visit_id: input.guestVisitId,
        settled_at_counter: settled ? 1 : 0,
        counter_answer: settled ? input.counterAnswer : '',
        status: settled ? 'ditutup' : 'diterima',
        received_at: at,
        due_at: settled ? null : dueTimes.addWorkingDays(now, STATUS_GUIDANCE.diterima.standardWorkingDays ?? 3).toISOString(),
        closed_at: settled ? at : null,
        merged_into_id: null,
        created_by: ctx.actor,
        updated_at: at,
      });
      await recordAudit(trx, {
        entityType: COMPLAINT_ENTITY, entityId: id, action: 'dibuat', actor: ctx.actor, at: now,
        changes: { status: [null, 'diterima'], register_number: [null, registerNumber] },
      });
      if (settled) {
        await recordAudit(trx, {
          entityType: COMPLAINT_ENTITY, entityId: id, action: 'diselesaikan_di_loket', actor: ctx.actor, at: now,
          changes: { status: ['diterima', 'ditutup'] }, reason: input.counterAnswer,
        });
      }
      for (const file of files) {
        await this.repo.addAttachment(trx, { complaint_id: id, ...file, uploaded_by: ctx.actor, uploaded_at: at });
      }
      for (const relatedId of input.relatedIds) {
        const related = await this.repo.findById(relatedId, trx);
        if (!related) continue;
        await this.repo.addLink(trx, id, relatedId, ctx.actor, at);
        await recordAudit(trx, { entityType: COMPLAINT_ENTITY, entityId: id, action: 'ditautkan', actor: ctx.actor, at: now, changes: { terkait: [null, related.register_number] } });
        await recordAudit(trx, { entityType: COMPLAINT_ENTITY, entityId: relatedId, action: 'ditautkan', actor: ctx.actor, at: now, changes: { terkait: [null, registerNumber] } });
      }
      return id;
    });
    await this.afterRegister(savedId, ctx);
    return savedId;
  }

  private async checkReferences(input: ComplaintIntake): Promise<void> {
    if (input.categoryId !== null) {
      const category = await this.db.selectFrom('complaint_categories').select(['id', 'active']).where('id', '=', input.categoryId).executeTakeFirst();
      if (!category || category.active !== 1) throw new AppError('VALIDATION', 'Kategori tidak dikenal atau sudah tidak dipakai.', { categoryId: 'Pilih kategori dari daftar.' });
    }
    if (input.guestVisitId !== null) {
      const visit = await this.db.selectFrom('guest_visits').select('id').where('id', '=', input.guestVisitId).executeTakeFirst();
      if (!visit) throw new AppError('VALIDATION', 'Kunjungan buku tamu yang dirujuk tidak ditemukan.', { guestVisitId: 'Kunjungan tidak ditemukan.' });
    }
  }

  /** The uploaded files, re-identified from their stored content (never from the name). */
  private async describeAttachments(ids: string[], names: string[]) {
    const files = [];
    for (const [i, sha256] of ids.entries()) {
      const name = names[i] ?? 'lampiran';
      if (!(await this.attachments.exists(sha256))) {
        throw new AppError('VALIDATION', `Lampiran "${name}" tidak ditemukan; unggah ulang berkasnya.`, { attachmentIds: 'Unggah ulang lampiran.' });
      }
      const bytes = await this.attachments.read(sha256);
      const type = detectFileType(bytes, name);
      if (!type.ok) throw new AppError('VALIDATION', type.message, { attachmentIds: type.message });
      // The stored name ends in the real type's extension, whatever the clerk's file was called.
      files.push({ sha256, file_name: attachmentFileName(name, type.extension), mime_type: type.mimeType, size: bytes.length });
    }
    return files;
  }

  private async uniqueTrackingCode(trx: Parameters<typeof nextNumber>[0]): Promise<string> {
    for (;;) {
      const code = generateTrackingCode((n) => crypto.randomBytes(n));
      const clash = await trx.selectFrom('complaints').select('id').where('tracking_code', '=', code).executeTakeFirst();
      if (!clash) return code;
    }
  }
}
