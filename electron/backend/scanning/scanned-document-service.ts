import type { Kysely } from 'kysely';
import type { OfficeTimeZone } from '../../../shared/office/time-zones';
import type { SaveTarget, SavedScan, ScanLink, ScannedDocument } from '../../../shared/scanning/scanning';
import { officeClock } from '../../../shared/time/indonesian-dates';
import type { FileDownload } from '../../../shared/contract/file-download';
import type { Database } from '../../db/database-schema';
import type { AttachmentStore } from '../attachments/attachment-store';
import { recordAudit } from '../audit/audit-log';
import { COMPLAINT_ENTITY } from '../complaints/complaint-history';
import { AppError, notFound } from '../core/app-error';
import { LETTER_ENTITY } from '../letters/letter-service';
import type { CallContext } from '../core/call-context';
import { buildScanPdf } from './scan-pdf';
import type { ScanLinker } from './scan-linker';
import type { ScanSession } from './scan-session';
import type { ScanSessions } from './scan-sessions';
import { ScannedDocumentRepository } from './scanned-document-repository';

export const SCANNED_DOCUMENT_ENTITY = 'scanned_document';
/** Written on the complaint's history as it reads (the case page shows unknown actions as given). */
export const COMPLAINT_SCAN_ACTION = 'Dokumen pindaian dilampirkan';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Saving a session as one PDF: QR codes resolved to the complaint (and letter) they name, the
 * PDF stored in the attachment store under its SHA-256, the document and its pages recorded
 * (pages wait for OCR), the complaint given the PDF as an attachment so its case lists it,
 * and every step audited. Listeners (the OCR queue) hear of each saved document.
 */
export class ScannedDocumentService {
  readonly repo: ScannedDocumentRepository;
  private readonly listeners = new Set<(documentId: number) => void>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly sessions: ScanSessions,
    private readonly attachments: AttachmentStore,
    private readonly linker: ScanLinker,
    private readonly timeZone: () => Promise<OfficeTimeZone>,
  ) {
    this.repo = new ScannedDocumentRepository(db);
  }

  /** Called with the id of every document saved from now on (e.g. to queue its OCR). */
  onSaved(listener: (documentId: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async save(session: ScanSession, target: SaveTarget, fileName: string, ctx: CallContext): Promise<SavedScan> {
    if (session.state === 'memindai') throw new AppError('CONFLICT', 'Pemindaian masih berjalan. Tunggu sampai selesai atau tekan Batal, lalu simpan.');
    if (session.pages.length === 0) throw new AppError('VALIDATION', 'Belum ada halaman. Pindai atau impor dokumen dahulu.');
    const pages = [...session.pages];
    const qrPayloads = [...new Set((await Promise.all(pages.map((p) => p.qrDone))).flat())];
    const fromQr = await this.linker.fromQr(qrPayloads);
    const notes: string[] = [];
    let link: ScanLink | null = fromQr;
    if (target.kind === 'pengaduan') {
      const chosen = await this.linker.chosen(target.complaintId);
      if (!chosen) throw notFound('Pengaduan');
      if (!fromQr || fromQr.complaintId !== chosen.complaintId) {
        link = chosen;
        if (fromQr) notes.push(`Kode QR pada dokumen menunjuk pengaduan ${fromQr.trackingCode}, bukan pengaduan ini; dokumen tetap dilampirkan ke pengaduan ${chosen.trackingCode} yang dipilih.`);
      }
    } else if (target.kind === 'surat') {
      const chosen = await this.linker.chosenLetter(target.letterId);
      if (!chosen) throw new AppError('NOT_FOUND', 'Surat tidak ditemukan atau belum ditandatangani; hanya surat bernomor yang dapat diberi pindaian.');
      if (fromQr?.kind !== 'surat' || fromQr.id !== chosen.id) {
        link = chosen;
        if (fromQr) notes.push(`Kode QR pada dokumen menunjuk ${fromQr.kind === 'surat' ? `surat ${fromQr.letter?.number ?? fromQr.code}` : `pengaduan ${fromQr.trackingCode}`}, bukan surat ini; dokumen tetap disimpan pada surat ${chosen.letter?.number ?? ''} yang dipilih.`);
      }
    }
    if (link) notes.unshift(`${link.text}.`);
    else notes.push('Tidak ada kode QR Meja Aduan pada halaman; dokumen disimpan tanpa tautan, siap diarsipkan.');

    const now = ctx.clock.now();
    const name = fileName !== '' ? withPdf(fileName) : defaultName(now, await this.timeZone(), link);
    const bytes = await buildScanPdf(pages, session.pdfs, { title: name.replace(/\.pdf$/i, ''), author: ctx.actor, createdAt: now });
    const stored = await this.attachments.put(bytes);
    const origins = new Set(pages.map((p) => p.origin));
    const id = await this.db.transaction().execute(async (trx) => {
      const documentId = await this.repo.insert(trx, {
        sha256: stored.sha256, size: stored.size, source: origins.size === 1 ? pages[0]!.origin : 'campuran',
        device: pages.find((p) => p.device)?.device ?? null, dpi: pages.find((p) => p.dpi)?.dpi ?? null,
        fileName: name, createdBy: ctx.actor, createdAt: now.toISOString(), link, qrPayloads,
        // As the page reads: a quarter turn swaps width and height.
        pages: pages.map((p) => (p.rotation % 180 === 0 ? { width: p.width, height: p.height } : { width: p.height, height: p.width })),
      });
      const linked = link ? `${link.kind} ${link.trackingCode}${link.via === 'qr' ? ' (kode QR)' : ''}` : null;
      await recordAudit(trx, {
        entityType: SCANNED_DOCUMENT_ENTITY, entityId: documentId, action: 'disimpan', actor: ctx.actor, at: now,
        changes: { berkas: [null, name], halaman: [null, String(pages.length)], tautan: [null, linked] },
      });
      if (link) {
        await trx
          .insertInto('complaint_attachments')
          .values({ complaint_id: link.complaintId, sha256: stored.sha256, file_name: name, mime_type: 'application/pdf', size: stored.size, uploaded_by: ctx.actor, uploaded_at: now.toISOString() })
          .execute();
        await recordAudit(trx, {
          entityType: COMPLAINT_ENTITY, entityId: link.complaintId, action: COMPLAINT_SCAN_ACTION, actor: ctx.actor, at: now,
          changes: { lampiran: [null, name], tautan: [null, link.via === 'qr' ? 'kode QR' : 'dipilih petugas'] },
        });
        // The letter's own record says a scan of its paper now exists.
        if (link.kind === 'surat') {
          await recordAudit(trx, {
            entityType: LETTER_ENTITY, entityId: link.id, action: 'pindaian_dilampirkan', actor: ctx.actor, at: now,
            changes: { pindaian: [null, name], tautan: [null, link.via === 'qr' ? 'kode QR' : 'dipilih petugas'] },
          });
        }
      }
      return documentId;
    });
    await this.sessions.discard(session);
    for (const listener of this.listeners) listener(id);
    return { document: (await this.repo.byId(id))!, notes };
  }

  async get(id: number): Promise<ScannedDocument> {
    const doc = await this.repo.byId(id);
    if (!doc) throw notFound('Dokumen pindaian');
    return doc;
  }

  async pdf(id: number): Promise<FileDownload> {
    const doc = await this.get(id);
    const bytes = await this.attachments.read(doc.sha256);
    return { fileName: doc.fileName, mimeType: 'application/pdf', base64: bytes.toString('base64') };
  }
}

const withPdf = (name: string) => (/\.pdf$/i.test(name) ? name : `${name}.pdf`);

/** "pindaian_001-ADU-HM.01-XI-2026_2026-11-23_0815.pdf", or without the register number. */
function defaultName(now: Date, zone: OfficeTimeZone, link: ScanLink | null): string {
  const c = officeClock(now, zone);
  const stamp = `${c.year}-${pad(c.month)}-${pad(c.day)}_${pad(c.hour)}${pad(c.minute)}`;
  const register = link ? `${link.registerNumber.replace(/[^\w.-]+/g, '-')}_` : '';
  return `pindaian_${register}${stamp}.pdf`;
}
