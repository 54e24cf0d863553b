import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema';
import { ATTACHMENT_SCAN_SOURCE, MAX_OCR_PAGES_PER_ATTACHMENT, OCR_ATTACHMENT_MIME_TYPES } from '../../ocr/attachment-scan-source';
import { pageSizes } from '../../ocr/page-source';
import type { AttachmentStore } from '../attachments/attachment-store';
import { recordAudit } from '../audit/audit-log';
import { SCANNED_DOCUMENT_ENTITY } from '../scanning/scanned-document-service';

/** Who queues the attachments that were stored before attachment OCR existed. */
export const BACKFILL_ACTOR = 'Sistem';

/** "31" or "31–45". */
const unread = (from: number, to: number) => (from === to ? String(from) : `${from}–${to}`);

interface PendingAttachment {
  id: number;
  complaint_id: number;
  sha256: string;
  file_name: string;
  size: number;
}

/**
 * Queues the pages of complaint attachments (PDF, JPEG, PNG, TIFF) for OCR, so a word in
 * a complainant's letter finds the complaint in the register like a word in a scan does.
 *
 * Each attachment becomes a scanned document of source 'lampiran', linked to its
 * complaint, pointing at the attachment's own stored file (same SHA-256: nothing is
 * stored twice), with at most MAX_OCR_PAGES_PER_ATTACHMENT pages waiting for the queue.
 * An attachment is queued once: one that already has a document for its complaint —
 * including a scan the scanner itself attached — is skipped. A file that cannot be
 * opened gets a document without pages, so it is not tried again at every start.
 */
export class AttachmentOcrService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly attachments: AttachmentStore,
    /** Wakes the OCR queue. */
    private readonly kick: () => void,
    private readonly log: (message: unknown) => void,
  ) {}

  /** After a complaint's files are saved: queues those not read yet. Never throws (the save is done). */
  async queueComplaint(complaintId: number, actor: string, at: Date): Promise<number> {
    try {
      return await this.queue(await this.pending(complaintId), actor, at);
    } catch (err) {
      // The next start's backfill tries again.
      this.log(err);
      return 0;
    }
  }

  /**
   * At start-up: queues the attachments stored before this feature (and any a crash left
   * out). A query rather than a migration, because a page count needs the file, which
   * lives in the attachment store and not in the database.
   */
  async backfill(at: Date): Promise<number> {
    return this.queue(await this.pending(null), BACKFILL_ACTOR, at);
  }

  private async pending(complaintId: number | null): Promise<PendingAttachment[]> {
    let q = this.db
      .selectFrom('complaint_attachments as a')
      .select(['a.id', 'a.complaint_id', 'a.sha256', 'a.file_name', 'a.size'])
      .where('a.mime_type', 'in', [...OCR_ATTACHMENT_MIME_TYPES])
      .where((eb) => eb.not(eb.exists(
        eb.selectFrom('scanned_documents as d').select('d.id').whereRef('d.sha256', '=', 'a.sha256').whereRef('d.complaint_id', '=', 'a.complaint_id'),
      )));
    if (complaintId !== null) q = q.where('a.complaint_id', '=', complaintId);
    return q.orderBy('a.id').execute();
  }

  private async queue(list: PendingAttachment[], actor: string, at: Date): Promise<number> {
    let queued = 0;
    for (const attachment of list) {
      try {
        queued += await this.register(attachment, actor, at);
      } catch (err) {
        this.log(err);
      }
    }
    if (queued > 0) this.kick();
    return queued;
  }

  /** Records one attachment's document and waiting pages; returns the number of pages queued. */
  private async register(a: PendingAttachment, actor: string, at: Date): Promise<number> {
    let pages: { total: number; sizes: { width: number; height: number }[] };
    let note: string;
    try {
      pages = await pageSizes(await this.attachments.read(a.sha256), MAX_OCR_PAGES_PER_ATTACHMENT);
      note = pages.total > pages.sizes.length
        ? `${pages.sizes.length} dari ${pages.total} halaman; halaman ${unread(pages.sizes.length + 1, pages.total)} tidak dibaca OCR`
        : `${pages.total} halaman`;
    } catch {
      pages = { total: 0, sizes: [] };
      note = 'berkas tidak dapat dibuka; tidak dibaca OCR';
    }
    if (pages.total > pages.sizes.length || pages.sizes.length === 0) this.log(`OCR lampiran ${a.file_name} (pengaduan ${a.complaint_id}): ${note}.`);
    return this.db.transaction().execute(async (trx) => {
      // Checked again inside the transaction: intake and the start-up backfill may meet.
      const done = await trx.selectFrom('scanned_documents').select('id').where('sha256', '=', a.sha256).where('complaint_id', '=', a.complaint_id).executeTakeFirst();
      if (done) return 0;
      const { id } = await trx
        .insertInto('scanned_documents')
        .values({
          sha256: a.sha256, size: a.size, page_count: pages.sizes.length, page_total: pages.total, source: ATTACHMENT_SCAN_SOURCE, device: '', dpi: null,
          file_name: a.file_name, created_by: actor, created_at: at.toISOString(),
          linked_kind: 'pengaduan', linked_id: a.complaint_id, linked_code: null, linked_via: null, complaint_id: a.complaint_id,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (pages.sizes.length > 0) {
        await trx.insertInto('scanned_pages')
          .values(pages.sizes.map((s, i) => ({ document_id: id, page_no: i + 1, width: s.width, height: s.height, ocr_text: null })))
          .execute();
      }
      await recordAudit(trx, {
        entityType: SCANNED_DOCUMENT_ENTITY, entityId: id, action: 'lampiran_diantrekan_ocr', actor, at,
        changes: { lampiran: [null, a.file_name], pengaduan: [null, String(a.complaint_id)], halaman: [null, note] },
      });
      return pages.sizes.length;
    });
  }
}
