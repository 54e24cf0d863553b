import type { Kysely, Transaction } from 'kysely';
import { locationText } from '../../../shared/archive/archive-enums';
import type { Database } from '../../db/database-schema';
import { putArchiveOcrText, putArchiveText } from '../../db/search/archive-text-search';
import type { ScannedPageStore } from '../../ocr/scanned-page-store';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Keeps `archive_fts` in step with the entries: everything a search may find an entry by
 * — its serial number, title, classification, location, notes, the complaint's register
 * number and subject, the complainant's name where the register shows it (never for a
 * confidential or anonymous complaint), the letter's number, and the OCR text of its scan;
 * and the classification, document date and kind a search narrows by next to words.
 */
export class ArchiveTextIndex {
  constructor(private readonly pages: ScannedPageStore) {}

  async refresh(db: Db, id: number): Promise<void> {
    const e = await db
      .selectFrom('archive_entries as e')
      .innerJoin('archive_classifications as c', 'c.id', 'e.classification_id')
      .leftJoin('complaints as co', 'co.id', 'e.complaint_id')
      .leftJoin('letters as l', 'l.id', 'e.letter_id')
      .select([
        'e.serial_number', 'e.title', 'e.notes', 'e.access_class', 'e.scanned_document_id', 'e.attachment_sha256', 'c.code', 'c.name',
        'e.classification_id', 'e.document_date', 'e.kind',
        'e.building', 'e.room', 'e.cabinet', 'e.shelf', 'e.box', 'e.folder',
        'co.register_number', 'co.subject', 'co.complainant_name', 'co.privacy', 'l.number as letter_number',
      ])
      .where('e.id', '=', id)
      .executeTakeFirst();
    if (!e) return;
    const related = [e.register_number, e.subject, e.privacy === 'biasa' ? e.complainant_name : null, e.letter_number]
      .filter((v): v is string => !!v)
      .join(' · ');
    await putArchiveText(db, id, {
      serialNumber: e.serial_number,
      title: e.title,
      classification: `${e.code} ${e.name}`,
      location: locationText({ building: e.building, room: e.room, cabinet: e.cabinet, shelf: e.shelf, box: e.box, folder: e.folder }),
      related,
      notes: e.notes,
      // The scan's text; for an attachment filed as itself, what OCR read of the attachment.
      ocrText: e.scanned_document_id !== null ? await this.pages.documentText(e.scanned_document_id, db)
        : e.attachment_sha256 !== null ? await this.pages.attachmentText(e.attachment_sha256, db) : '',
      access: e.access_class,
      facets: { classificationId: e.classification_id, documentDate: e.document_date, kind: e.kind },
    });
  }

  /** OCR read another page of `documentId`: the entries holding it get its text so far. */
  async refreshDocumentText(db: Db, entryIds: readonly number[], documentId: number): Promise<void> {
    if (entryIds.length === 0) return;
    const text = await this.pages.documentText(documentId, db);
    for (const id of entryIds) await putArchiveOcrText(db, id, text);
  }
}
