import type { Kysely } from 'kysely';
import type {
  ComplaintAttachment,
  ComplaintDetail,
  ComplaintListPage,
  ComplaintProgress,
  RelatedComplaint,
} from '../../../shared/complaints/complaint';
import type { AttachmentOcr } from '../../../shared/complaints/attachment-ocr';
import type { ComplaintForm, ComplaintStatus, Privacy } from '../../../shared/complaints/complaint-enums';
import type { ComplaintFilter } from '../../../shared/complaints/complaint-schemas';
import { STATUS_GUIDANCE } from '../../../shared/complaints/status-guidance';
import { officeDayRangeToInstants } from '../../../shared/time/indonesian-dates';
import type { Database } from '../../db/database-schema';
import { scannedPagesOfComplaints } from '../../db/search/scanned-text-search';
import { auditTrail } from '../audit/audit-log';
import { notFound } from '../core/app-error';
import type { SettingsService } from '../settings/settings-service';
import { COMPLAINT_ENTITY, toHistoryEntry } from './complaint-history';
import type { ComplaintRepository, FilterContext } from './complaint-repository';
import { isOverdue, rowChannelDetails, rowComplainant, rowToListRow, type ComplaintRow } from './complaint-row';
import { visibleComplainant } from '../../../shared/complaints/identity-mask';

/** Reading the register: the list, the case page, and where a complaint stands. */
export class ComplaintQueryService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly repo: ComplaintRepository,
    private readonly settings: SettingsService,
  ) {}

  /** Where the SOP run stands, when the complaint has one (set by the workflow wiring). */
  private workflowProgress: (id: number, now: Date) => Promise<Partial<ComplaintProgress> | null> = async () => null;

  useWorkflowProgress(provider: (id: number, now: Date) => Promise<Partial<ComplaintProgress> | null>): void {
    this.workflowProgress = provider;
  }

  async filterContext(filter: ComplaintFilter, now: Date): Promise<FilterContext> {
    if (!filter.range) return { now };
    const zone = (await this.settings.office()).timeZone;
    return { now, receivedBetween: officeDayRangeToInstants(filter.range.from, filter.range.to, zone) };
  }

  async list(filter: ComplaintFilter, offset: number, limit: number, now: Date, withTotal = true): Promise<ComplaintListPage> {
    const ctx = await this.filterContext(filter, now);
    const [rows, total] = await Promise.all([
      this.repo.list(filter, ctx, offset, limit),
      withTotal ? this.repo.count(filter, ctx) : Promise.resolve(null),
    ]);
    const listRows = rows.map((r) => rowToListRow(r, now));
    if (filter.query) {
      // "ditemukan di halaman 2" (or "di lampiran surat.pdf, halaman 2"): where the words are in the complaint's scanned pages.
      const pages = await scannedPagesOfComplaints(this.db, filter.query, listRows.map((r) => r.id));
      for (const r of listRows) {
        const hit = pages.get(r.id);
        if (hit) r.scanPage = hit.page;
        if (hit?.attachment) r.scanFile = hit.attachment;
      }
    }
    return { rows: listRows, total };
  }

  /** Every match of the filter; the register asks after its first page is on screen. */
  async count(filter: ComplaintFilter, now: Date): Promise<number> {
    return this.repo.count(filter, await this.filterContext(filter, now));
  }

  async row(id: number): Promise<ComplaintRow> {
    const row = await this.repo.findById(id);
    if (!row) throw notFound('Pengaduan');
    return row;
  }

  /** The case page. A confidential identity stays masked unless `revealed`. */
  async detail(id: number, now: Date, revealed = false): Promise<ComplaintDetail> {
    const row = await this.row(id);
    const [attachments, ocr, trail, related, consultations] = await Promise.all([
      this.repo.attachments(id),
      this.repo.attachmentOcr(id),
      auditTrail(this.db, COMPLAINT_ENTITY, id),
      this.related(row),
      this.repo.consultations(id),
    ]);
    const privacy = row.privacy as Privacy;
    const list = rowToListRow(row, now);
    // Newest first, so the earliest document of a file is the one kept.
    const ocrBySha = new Map(ocr.map((d): [string, AttachmentOcr] => [
      d.sha256, { pages: d.page_count, total: d.page_total, read: d.read, waiting: d.waiting, failed: d.failed },
    ]));
    return {
      ...list,
      form: row.form as ComplaintForm,
      categoryId: row.category_id,
      description: row.description,
      requestedAction: row.requested_action,
      eventPlace: row.event_place,
      eventDate: row.event_date,
      complainant: revealed ? rowComplainant(row) : visibleComplainant(rowComplainant(row), privacy),
      identityMasked: privacy === 'rahasia' && !revealed,
      channelDetails: rowChannelDetails(row),
      guestVisitId: row.guest_visit_id,
      settledAtCounter: row.settled_at_counter === 1,
      counterAnswer: row.counter_answer,
      mergedIntoId: row.merged_into_id,
      createdBy: row.created_by,
      attachments: attachments.map(
        (a): ComplaintAttachment => ({
          id: a.id, sha256: a.sha256, fileName: a.file_name, mimeType: a.mime_type, size: a.size,
          uploadedBy: a.uploaded_by, uploadedAt: a.uploaded_at, archiveSerial: a.archive_serial,
          ocr: ocrBySha.get(a.sha256) ?? null,
        }),
      ),
      history: trail.map(toHistoryEntry),
      related,
      consultations: consultations.map((n) => ({
        id: n.id, complaintId: n.complaint_id, guestVisitId: n.guest_visit_id, note: n.note, createdBy: n.created_by, createdAt: n.created_at,
      })),
    };
  }

  private async related(row: ComplaintRow): Promise<RelatedComplaint[]> {
    const links = await this.repo.links(row.id);
    const linkedIds = links.map((l) => (l.complaint_id === row.id ? l.related_id : l.complaint_id));
    const [linked, mergedFrom, mergedTo] = await Promise.all([
      this.repo.findByIds(linkedIds),
      this.repo.mergedInto(row.id),
      row.merged_into_id ? this.repo.findByIds([row.merged_into_id]) : Promise.resolve([]),
    ]);
    const item = (r: ComplaintRow, relation: RelatedComplaint['relation']): RelatedComplaint => ({
      id: r.id, registerNumber: r.register_number, subject: r.subject, status: r.status as ComplaintStatus, relation,
    });
    return [
      ...mergedTo.map((r) => item(r, 'digabung_ke')),
      ...mergedFrom.map((r) => item(r, 'digabung_dari')),
      ...linked.filter((r) => r.id !== row.merged_into_id && r.merged_into_id !== row.id).map((r) => item(r, 'terkait')),
    ];
  }

  /** Where a complaint stands, in words for the complainant at the counter (seed 000). */
  async progress(id: number, now: Date): Promise<ComplaintProgress> {
    const row = await this.row(id);
    const status = row.status as ComplaintStatus;
    const guidance = STATUS_GUIDANCE[status];
    const trail = await auditTrail(this.db, COMPLAINT_ENTITY, id);
    const holder = status === 'diproses' && row.unit_complained ? row.unit_complained : guidance.holder;
    const run = await this.workflowProgress(id, now);
    const progress: ComplaintProgress = {
      id: row.id,
      registerNumber: row.register_number,
      trackingCode: row.tracking_code,
      subject: row.subject,
      status,
      statusText: row.merged_into_id ? `${guidance.text} Pengaduan ini sudah digabung dengan pengaduan lain.` : guidance.text,
      holder,
      nextStep: guidance.nextStep,
      dueAt: row.due_at,
      overdue: isOverdue(row, now),
      // Reveals are internal: the complainant's timeline shows what happened to the matter.
      timeline: trail
        .filter((e) => e.action !== 'identitas_dibuka')
        .map((e) => ({ at: e.at, text: toHistoryEntry(e).summary + (e.reason && e.action === 'status' ? `: ${e.reason}` : '') })),
    };
    if (!run) return progress;
    // The SOP step replaces the status guidance; its history joins the timeline in time order.
    const timeline = [...progress.timeline, ...(run.timeline ?? [])].sort((a, b) => a.at.localeCompare(b.at));
    return { ...progress, ...run, timeline };
  }
}
