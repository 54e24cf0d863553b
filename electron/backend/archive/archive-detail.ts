import type { Kysely } from 'kysely';
import type { ArchiveEntryDetail } from '../../../shared/archive/archive-records';
import type { Privacy } from '../../../shared/complaints/complaint-enums';
import { complainantDisplay } from '../../../shared/complaints/identity-mask';
import type { FileDownload } from '../../../shared/contract/file-download';
import type { Database } from '../../db/database-schema';
import type { ScannedPageStore } from '../../ocr/scanned-page-store';
import type { AttachmentStore } from '../attachments/attachment-store';
import { auditTrail, recordAudit } from '../audit/audit-log';
import { AppError } from '../core/app-error';
import type { CallContext } from '../core/call-context';
import { assertVisible } from './archive-access';
import { ARCHIVE_ENTITY, toArchiveHistory } from './archive-history';
import type { ArchiveLoans } from './archive-loans';
import type { ArchiveRepository } from './archive-repository';

/** The signed letter's PDF, from the letters feature (the entry of a letter filed without a scan). */
export type LetterPdf = (letterId: number, ctx: CallContext) => Promise<FileDownload>;

/** One entry with everything the Arsip screen shows, and its electronic file. */
export class ArchiveDetail {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly repo: ArchiveRepository,
    private readonly loans: ArchiveLoans,
    private readonly pages: ScannedPageStore,
    private readonly attachments: AttachmentStore,
    private readonly letterPdf: LetterPdf | null,
  ) {}

  async detail(id: number, today: string, ctx: CallContext): Promise<ArchiveEntryDetail> {
    const entry = await this.repo.entry(id);
    if (!entry) throw new AppError('NOT_FOUND', 'Arsip tidak ditemukan.');
    assertVisible(ctx.user, entry.access_class);
    const [summary] = await this.repo.summaries([id], today);
    const complaint = entry.complaint_id === null ? undefined
      : await this.db.selectFrom('complaints').select(['subject', 'complainant_name', 'privacy']).where('id', '=', entry.complaint_id).executeTakeFirst();
    const letter = entry.letter_id === null ? undefined
      : await this.db.selectFrom('letters').select('number').where('id', '=', entry.letter_id).executeTakeFirst();
    const [pages, loans, trail] = await Promise.all([
      entry.scanned_document_id === null ? Promise.resolve([]) : this.pages.pages(entry.scanned_document_id),
      this.loans.ofEntry(id, today),
      auditTrail(this.db, ARCHIVE_ENTITY, id),
    ]);
    return {
      ...summary!,
      notes: entry.notes,
      attachmentSha256: entry.attachment_sha256,
      letterNumber: letter?.number ?? null,
      complainantDisplay: complaint ? complainantDisplay(complaint.complainant_name, complaint.privacy as Privacy) : null,
      complaintSubject: complaint?.subject ?? null,
      pages: pages.map((p) => ({ pageNo: p.pageNo, ocrStatus: p.status, text: p.text })),
      loans,
      history: trail.map(toArchiveHistory),
      createdBy: entry.created_by,
      updatedAt: entry.updated_at,
    };
  }

  /**
   * The entry's electronic file: the scan or attachment as stored, or the signed letter.
   * Opening the file of a 'terbatas' or 'rahasia' entry is recorded in its history.
   */
  async file(id: number, ctx: CallContext): Promise<FileDownload> {
    const entry = await this.repo.entry(id);
    if (!entry) throw new AppError('NOT_FOUND', 'Arsip tidak ditemukan.');
    assertVisible(ctx.user, entry.access_class);
    let download: FileDownload;
    if (entry.attachment_sha256 !== null) {
      const sha256 = entry.attachment_sha256;
      const attachment = await this.db.selectFrom('complaint_attachments').select(['file_name', 'mime_type']).where('sha256', '=', sha256).executeTakeFirst();
      const doc = entry.scanned_document_id === null ? null : await this.pages.document(entry.scanned_document_id);
      const bytes = await this.attachments.read(sha256);
      download = {
        fileName: doc?.fileName ?? attachment?.file_name ?? `arsip-${entry.id}.pdf`,
        mimeType: doc ? 'application/pdf' : (attachment?.mime_type ?? 'application/pdf'),
        base64: Buffer.from(bytes).toString('base64'),
      };
    } else if (entry.letter_id !== null && this.letterPdf) {
      download = await this.letterPdf(entry.letter_id, ctx);
    } else {
      throw new AppError('NOT_FOUND', 'Arsip ini hanya berkas fisik; tidak ada berkas elektronik.');
    }
    if (entry.access_class !== 'biasa') {
      await recordAudit(this.db, { entityType: ARCHIVE_ENTITY, entityId: id, action: 'berkas_dibuka', actor: ctx.actor, at: ctx.clock.now() });
    }
    return download;
  }
}
