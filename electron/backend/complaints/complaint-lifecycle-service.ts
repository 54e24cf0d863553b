import type { Kysely } from 'kysely';
import type { Complainant, ConsultationNote } from '../../../shared/complaints/complaint';
import { COMPLAINT_STATUS_LABELS, type ComplaintStatus } from '../../../shared/complaints/complaint-enums';
import { STATUS_GUIDANCE } from '../../../shared/complaints/status-guidance';
import { canMoveTo, FINISHED_STATUSES } from '../../../shared/complaints/status-lifecycle';
import type { Database } from '../../db/database-schema';
import { recordAudit } from '../audit/audit-log';
import type { CalendarService } from '../calendar/calendar-service';
import { AppError, notFound } from '../core/app-error';
import type { CallContext } from '../core/call-context';
import type { SettingsService } from '../settings/settings-service';
import { COMPLAINT_ENTITY } from './complaint-history';
import type { ComplaintRepository } from './complaint-repository';
import { rowComplainant } from './complaint-row';

/** Changing a complaint: status with a reason, links, merges, reveals, consultation notes. */
export class ComplaintLifecycleService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly repo: ComplaintRepository,
    private readonly settings: SettingsService,
    private readonly calendar: CalendarService,
  ) {}

  async changeStatus(id: number, to: ComplaintStatus, reason: string, ctx: CallContext): Promise<void> {
    // Read before the transaction: the calendar's own queries cannot run inside it.
    const dueTimes = await this.calendar.dueTimes();
    const now = ctx.clock.now();
    await this.db.transaction().execute(async (trx) => {
      const row = await this.repo.findById(id, trx);
      if (!row) throw notFound('Pengaduan');
      const from = row.status as ComplaintStatus;
      if (row.merged_into_id) throw new AppError('CONFLICT', 'Pengaduan ini sudah digabung ke pengaduan lain; ubah status pengaduan tujuannya.');
      if (!canMoveTo(from, to)) {
        throw new AppError('CONFLICT', `Status tidak dapat diubah dari ${COMPLAINT_STATUS_LABELS[from]} menjadi ${COMPLAINT_STATUS_LABELS[to]}.`);
      }
      const days = STATUS_GUIDANCE[to].standardWorkingDays;
      const finished = FINISHED_STATUSES.includes(to);
      await this.repo.update(trx, id, {
        status: to,
        due_at: days === null ? null : dueTimes.addWorkingDays(now, days).toISOString(),
        closed_at: to === 'ditutup' ? now.toISOString() : finished ? row.closed_at : null,
        updated_at: now.toISOString(),
      });
      await recordAudit(trx, { entityType: COMPLAINT_ENTITY, entityId: id, action: 'status', actor: ctx.actor, at: now, reason, changes: { status: [from, to] } });
    });
  }

  async link(id: number, relatedId: number, ctx: CallContext): Promise<void> {
    const now = ctx.clock.now();
    await this.db.transaction().execute(async (trx) => {
      const [a, b] = await Promise.all([this.repo.findById(id, trx), this.repo.findById(relatedId, trx)]);
      if (!a || !b) throw notFound('Pengaduan yang akan ditautkan');
      const added = await this.repo.addLink(trx, id, relatedId, ctx.actor, now.toISOString());
      if (!added) throw new AppError('CONFLICT', `Pengaduan ${a.register_number} dan ${b.register_number} sudah saling tertaut.`);
      await recordAudit(trx, { entityType: COMPLAINT_ENTITY, entityId: id, action: 'ditautkan', actor: ctx.actor, at: now, changes: { terkait: [null, b.register_number] } });
      await recordAudit(trx, { entityType: COMPLAINT_ENTITY, entityId: relatedId, action: 'ditautkan', actor: ctx.actor, at: now, changes: { terkait: [null, a.register_number] } });
    });
  }

  /**
   * Merges a duplicate into the complaint that carries on. Nothing is deleted: the source
   * keeps its own history, is closed with the reason, and points at the target; the
   * target's history records the merge.
   */
  async merge(sourceId: number, targetId: number, reason: string, ctx: CallContext): Promise<void> {
    const now = ctx.clock.now();
    await this.db.transaction().execute(async (trx) => {
      const [source, target] = await Promise.all([this.repo.findById(sourceId, trx), this.repo.findById(targetId, trx)]);
      if (!source || !target) throw notFound('Pengaduan yang akan digabung');
      if (source.merged_into_id) throw new AppError('CONFLICT', `Pengaduan ${source.register_number} sudah digabung sebelumnya.`);
      if (target.merged_into_id) throw new AppError('CONFLICT', `Pengaduan ${target.register_number} sendiri sudah digabung ke pengaduan lain; pilih pengaduan tujuannya.`);
      await this.repo.update(trx, sourceId, {
        merged_into_id: targetId, status: 'ditutup', due_at: null, closed_at: now.toISOString(), updated_at: now.toISOString(),
      });
      await recordAudit(trx, {
        entityType: COMPLAINT_ENTITY, entityId: sourceId, action: 'digabung_ke', actor: ctx.actor, at: now, reason,
        changes: { digabung_ke: [null, target.register_number], status: [source.status, 'ditutup'] },
      });
      await recordAudit(trx, {
        entityType: COMPLAINT_ENTITY, entityId: targetId, action: 'digabung_dari', actor: ctx.actor, at: now, reason,
        changes: { digabung_dari: [null, source.register_number] },
      });
    });
  }

  /** A confidential identity, shown once to whoever asks with a reason; the reveal is recorded. */
  async revealIdentity(id: number, reason: string, ctx: CallContext): Promise<Complainant> {
    const row = await this.repo.findById(id);
    if (!row) throw notFound('Pengaduan');
    if (row.privacy === 'anonim') throw new AppError('CONFLICT', 'Pengaduan anonim tidak menyimpan identitas pelapor.');
    await recordAudit(this.db, { entityType: COMPLAINT_ENTITY, entityId: id, action: 'identitas_dibuka', actor: ctx.actor, at: ctx.clock.now(), reason });
    return rowComplainant(row);
  }

  async addConsultation(input: { complaintId: number; guestVisitId: number | null; note: string }, ctx: CallContext): Promise<ConsultationNote> {
    const now = ctx.clock.now();
    if (!(await this.repo.findById(input.complaintId))) throw notFound('Pengaduan');
    if (input.guestVisitId !== null) {
      const visit = await this.db.selectFrom('guest_visits').select('id').where('id', '=', input.guestVisitId).executeTakeFirst();
      if (!visit) throw new AppError('VALIDATION', 'Kunjungan buku tamu tidak ditemukan.', { guestVisitId: 'Kunjungan tidak ditemukan.' });
    }
    return this.db.transaction().execute(async (trx) => {
      const row = await this.repo.addConsultation(trx, {
        complaint_id: input.complaintId, guest_visit_id: input.guestVisitId, note: input.note, created_by: ctx.actor, created_at: now.toISOString(),
      });
      await recordAudit(trx, { entityType: COMPLAINT_ENTITY, entityId: input.complaintId, action: 'konsultasi', actor: ctx.actor, at: now });
      return { id: row.id, complaintId: row.complaint_id, guestVisitId: row.guest_visit_id, note: row.note, createdBy: row.created_by, createdAt: row.created_at };
    });
  }
}
