import type { Kysely } from 'kysely';
import type { ArchiveSource } from '../../../shared/archive/archive-schemas';
import type { Database } from '../../db/database-schema';
import type { ScannedPageStore } from '../../ocr/scanned-page-store';
import { AppError } from '../core/app-error';
import type { ArchiveRepository } from './archive-repository';

/** What an entry is filed from, resolved into the links it stores. */
export interface ResolvedSource {
  complaintId: number | null;
  letterId: number | null;
  scannedDocumentId: number | null;
  sha256: string | null;
}

const none: ResolvedSource = { complaintId: null, letterId: null, scannedDocumentId: null, sha256: null };

/**
 * Turns the "what is filed" of `archive.file` into links, taking what the source already
 * knows: a scan linked by its QR code to a complaint or a letter brings that complaint; an
 * attachment brings its complaint and, when it came from the scanner, the scan's OCR text.
 * The same scan, attachment or letter is filed once: a second filing names the first.
 */
export async function resolveSource(db: Kysely<Database>, pages: ScannedPageStore, repo: ArchiveRepository, source: ArchiveSource): Promise<ResolvedSource> {
  const already = (holder: { serial_number: string } | undefined) => {
    if (holder) throw new AppError('CONFLICT', `Dokumen ini sudah diarsipkan dengan nomor ${holder.serial_number}.`);
  };
  switch (source.kind) {
    case 'fisik':
      return none;
    case 'pindaian': {
      const doc = await pages.document(source.scannedDocumentId);
      if (!doc) throw new AppError('NOT_FOUND', 'Dokumen pindaian tidak ditemukan.');
      already(await repo.holderOf({ scannedDocumentId: doc.id }));
      const letterId = doc.linkedKind === 'surat' ? doc.linkedId : null;
      return { complaintId: doc.complaintId, letterId, scannedDocumentId: doc.id, sha256: doc.sha256 };
    }
    case 'lampiran': {
      const attachment = await db.selectFrom('complaint_attachments').select(['complaint_id', 'sha256']).where('id', '=', source.attachmentId).executeTakeFirst();
      if (!attachment) throw new AppError('NOT_FOUND', 'Lampiran tidak ditemukan.');
      const doc = await pages.documentBySha256(attachment.sha256);
      already(await repo.holderOf(doc ? { scannedDocumentId: doc.id } : { sha256: attachment.sha256 }));
      return { complaintId: attachment.complaint_id, letterId: null, scannedDocumentId: doc?.id ?? null, sha256: attachment.sha256 };
    }
    case 'surat': {
      const letter = await db.selectFrom('letters').select(['id', 'complaint_id', 'state', 'number']).where('id', '=', source.letterId).executeTakeFirst();
      if (!letter) throw new AppError('NOT_FOUND', 'Surat tidak ditemukan.');
      // A draft has no final form to keep, and a cancelled letter is not the office's answer.
      if (!letter.number || letter.state === 'dibatalkan') throw new AppError('VALIDATION', 'Hanya surat yang sudah ditandatangani yang dapat diarsipkan.');
      already(await repo.holderOf({ letterId: letter.id }));
      return { complaintId: letter.complaint_id, letterId: letter.id, scannedDocumentId: null, sha256: null };
    }
  }
}
