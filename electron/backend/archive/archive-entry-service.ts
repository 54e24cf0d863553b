import type { Kysely } from 'kysely';
import { ACCESS_CLASS_LABELS, ARCHIVE_DOCUMENT_KIND_LABELS, locationText } from '../../../shared/archive/archive-enums';
import type { ArchiveEntryFields, ArchiveSource } from '../../../shared/archive/archive-schemas';
import { retentionDates } from '../../../shared/archive/retention';
import { officeDayOf } from '../../../shared/time/indonesian-dates';
import type { Database } from '../../db/database-schema';
import type { ArchiveEntriesTable } from '../../db/schema/archive-tables';
import type { ScannedPageStore } from '../../ocr/scanned-page-store';
import { diffFields, recordAudit } from '../audit/audit-log';
import { AppError } from '../core/app-error';
import type { CallContext } from '../core/call-context';
import type { SettingsService } from '../settings/settings-service';
import { assertVisible } from './archive-access';
import type { ArchiveClassifications } from './archive-classifications';
import { ARCHIVE_ENTITY } from './archive-history';
import type { ArchiveNumberingSettings } from './archive-numbering-settings';
import type { ArchiveRepository } from './archive-repository';
import { resolveSource } from './archive-sources';
import type { ArchiveTextIndex } from './archive-text-index';

type EntryRow = Omit<ArchiveEntriesTable, 'id'> & { id: number };

/** The entry's fields as the history compares them, in words. */
async function historyFields(db: Kysely<Database>, row: Pick<EntryRow, 'kind' | 'classification_id' | 'title' | 'document_date' | 'notes' | 'building' | 'room' | 'cabinet' | 'shelf' | 'box' | 'folder' | 'access_class' | 'complaint_id' | 'review_on'>) {
  const c = await db.selectFrom('archive_classifications').select(['code', 'name']).where('id', '=', row.classification_id).executeTakeFirst();
  const complaint = row.complaint_id === null ? null : await db.selectFrom('complaints').select('register_number').where('id', '=', row.complaint_id).executeTakeFirst();
  return {
    kind: ARCHIVE_DOCUMENT_KIND_LABELS[row.kind as keyof typeof ARCHIVE_DOCUMENT_KIND_LABELS] ?? row.kind,
    classification: c ? `${c.code} ${c.name}` : String(row.classification_id),
    title: row.title,
    documentDate: row.document_date,
    notes: row.notes,
    location: locationText(row),
    accessClass: ACCESS_CLASS_LABELS[row.access_class as keyof typeof ACCESS_CLASS_LABELS] ?? row.access_class,
    complaint: complaint?.register_number ?? null,
    retention: row.review_on,
  };
}
const HISTORY_KEYS = ['kind', 'classification', 'title', 'documentDate', 'notes', 'location', 'accessClass', 'complaint', 'retention'] as const;

/** Filing documents in the archive and editing their entries; every change is in the audit log. */
export class ArchiveEntryService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly repo: ArchiveRepository,
    private readonly classifications: ArchiveClassifications,
    private readonly numbering: ArchiveNumberingSettings,
    private readonly settings: SettingsService,
    private readonly pages: ScannedPageStore,
    private readonly text: ArchiveTextIndex,
  ) {}

  /** The columns a set of fields gives, with the retention dates of its classification. */
  private async columns(fields: ArchiveEntryFields, complaintId: number | null, allowRetired: number | null) {
    const classification = await this.classifications.get(fields.classificationId);
    if (!classification.active && classification.id !== allowRetired) {
      throw new AppError('VALIDATION', `Klasifikasi ${classification.code} sudah tidak dipakai; pilih klasifikasi lain.`, { classificationId: 'Klasifikasi sudah tidak dipakai.' });
    }
    if (complaintId !== null) {
      const exists = await this.db.selectFrom('complaints').select('id').where('id', '=', complaintId).executeTakeFirst();
      if (!exists) throw new AppError('VALIDATION', 'Pengaduan yang dikaitkan tidak ditemukan.', { complaintId: 'Pengaduan tidak ditemukan.' });
    }
    const dates = retentionDates(fields.documentDate, classification.activeYears, classification.inactiveYears);
    return {
      classification,
      values: {
        kind: fields.kind,
        classification_id: classification.id,
        title: fields.title,
        document_date: fields.documentDate,
        notes: fields.notes,
        complaint_id: complaintId,
        ...fields.location,
        access_class: fields.accessClass,
        active_until: dates.activeUntil,
        inactive_until: dates.inactiveUntil,
        review_on: dates.reviewOn,
        disposition: classification.disposition,
      },
    };
  }

  async file(source: ArchiveSource, fields: ArchiveEntryFields, ctx: CallContext): Promise<number> {
    const links = await resolveSource(this.db, this.pages, this.repo, source);
    if (links.complaintId !== null && fields.complaintId !== null && links.complaintId !== fields.complaintId) {
      throw new AppError('VALIDATION', 'Dokumen ini sudah terkait dengan pengaduan lain; kosongkan atau sesuaikan pengaduannya.', { complaintId: 'Tidak sesuai dengan asal dokumen.' });
    }
    const complaintId = links.complaintId ?? fields.complaintId;
    const { classification, values } = await this.columns(fields, complaintId, null);
    const described = await historyFields(this.db, values);
    const now = ctx.clock.now();
    const zone = (await this.settings.office()).timeZone;
    return this.db.transaction().execute(async (trx) => {
      const serial = await this.numbering.issue(trx, classification.code, now, zone);
      const { id } = await trx
        .insertInto('archive_entries')
        .values({
          ...values,
          serial_year: serial.year, serial_seq: serial.seq, serial_number: serial.serialNumber,
          letter_id: links.letterId, scanned_document_id: links.scannedDocumentId, attachment_sha256: links.sha256,
          created_by: ctx.actor, created_at: now.toISOString(), updated_by: ctx.actor, updated_at: now.toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await recordAudit(trx, {
        entityType: ARCHIVE_ENTITY, entityId: id, action: 'diarsipkan', actor: ctx.actor, at: now,
        changes: { serialNumber: [null, serial.serialNumber], ...diffFields({} as typeof described, described, HISTORY_KEYS) },
      });
      await this.text.refresh(trx, id);
      return id;
    });
  }

  async update(id: number, fields: ArchiveEntryFields, reason: string, ctx: CallContext): Promise<void> {
    const before = await this.repo.entry(id);
    if (!before) throw new AppError('NOT_FOUND', 'Arsip tidak ditemukan.');
    assertVisible(ctx.user, before.access_class);
    const { values } = await this.columns(fields, fields.complaintId, before.classification_id);
    const changes = diffFields(await historyFields(this.db, before), await historyFields(this.db, values), HISTORY_KEYS);
    if (Object.keys(changes).length === 0) return;
    const now = ctx.clock.now();
    await this.db.transaction().execute(async (trx) => {
      await trx.updateTable('archive_entries').set({ ...values, updated_by: ctx.actor, updated_at: now.toISOString() }).where('id', '=', id).execute();
      await recordAudit(trx, { entityType: ARCHIVE_ENTITY, entityId: id, action: 'diubah', actor: ctx.actor, at: now, changes, reason: reason || null });
      await this.text.refresh(trx, id);
    });
  }

  /**
   * A paper-only entry gets its scan: the folder was filed first and scanned later. The
   * entry takes the scan's complaint (and letter) when it had none; a scan of another
   * complaint, a scan filed elsewhere, or an entry that already has its file is refused.
   */
  async attachScan(id: number, scannedDocumentId: number, ctx: CallContext): Promise<void> {
    const entry = await this.repo.entry(id);
    if (!entry) throw new AppError('NOT_FOUND', 'Arsip tidak ditemukan.');
    assertVisible(ctx.user, entry.access_class);
    if (entry.scanned_document_id !== null || entry.attachment_sha256 !== null || entry.letter_id !== null) {
      throw new AppError('CONFLICT', `Arsip ${entry.serial_number} sudah mempunyai berkas elektronik.`);
    }
    const scan = await this.pages.document(scannedDocumentId);
    if (!scan) throw new AppError('NOT_FOUND', 'Dokumen pindaian tidak ditemukan.');
    const holder = await this.repo.holderOf({ scannedDocumentId });
    if (holder) throw new AppError('CONFLICT', `Pindaian ini sudah diarsipkan dengan nomor ${holder.serial_number}.`);
    if (scan.complaintId !== null && entry.complaint_id !== null && scan.complaintId !== entry.complaint_id) {
      throw new AppError('VALIDATION', 'Pindaian ini milik pengaduan lain daripada arsip ini.');
    }
    const now = ctx.clock.now();
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('archive_entries')
        .set({
          scanned_document_id: scan.id, attachment_sha256: scan.sha256, complaint_id: entry.complaint_id ?? scan.complaintId,
          letter_id: scan.linkedKind === 'surat' ? scan.linkedId : null, updated_by: ctx.actor, updated_at: now.toISOString(),
        })
        .where('id', '=', id)
        .execute();
      await recordAudit(trx, {
        entityType: ARCHIVE_ENTITY, entityId: id, action: 'pindaian_dilampirkan', actor: ctx.actor, at: now,
        changes: { berkas: [null, `${scan.fileName} (${scan.pageCount} halaman)`] },
      });
      await this.text.refresh(trx, id);
    });
  }

  /** The office's calendar day now, for retention stages and overdue loans. */
  async today(now: Date): Promise<string> {
    return officeDayOf(now, (await this.settings.office()).timeZone);
  }
}
