import { renderArchiveLabelsPdf } from '../../documents/archive-label-document';
import type { OcrQueue } from '../../ocr/ocr-queue';
import type { ScannedPageStore } from '../../ocr/scanned-page-store';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema';
import { AppError } from '../core/app-error';
import type { Handlers } from '../core/dispatcher';
import type { SettingsService } from '../settings/settings-service';
import { assertVisible, maySeeSecret } from './archive-access';
import type { ArchiveClassifications } from './archive-classifications';
import type { ArchiveDetail } from './archive-detail';
import type { ArchiveEntryService } from './archive-entry-service';
import type { ArchiveLoans } from './archive-loans';
import type { ArchiveNumberingSettings } from './archive-numbering-settings';
import type { ArchiveRepository } from './archive-repository';
import type { ArchiveSearch } from './archive-search';

type ArchiveHandlers = Pick<Handlers, Extract<keyof Handlers, `archive.${string}`>>;

export interface ArchiveServices {
  db: Kysely<Database>;
  classifications: ArchiveClassifications;
  numbering: ArchiveNumberingSettings;
  entries: ArchiveEntryService;
  repo: ArchiveRepository;
  search: ArchiveSearch;
  detail: ArchiveDetail;
  loans: ArchiveLoans;
  pages: ScannedPageStore;
  queue: OcrQueue;
  office: SettingsService;
}

const slug = (serial: string) => serial.replace(/[^\w.-]+/g, '-');

export function archiveHandlers(s: ArchiveServices): ArchiveHandlers {
  const today = (ctx: { clock: { now(): Date } }) => s.entries.today(ctx.clock.now());
  return {
    'archive.classifications': () => s.classifications.list(),
    'archive.saveClassification': (input, ctx) => s.classifications.save(input, ctx),
    'archive.numbering': () => s.numbering.get(),
    'archive.saveNumbering': (input, ctx) => s.numbering.save(input, ctx),
    'archive.file': async (input, ctx) => {
      const id = await s.entries.file(input.source, input.fields, ctx);
      // A scan filed before its OCR finished gets its text as the queue reads it.
      s.queue.kick();
      return s.detail.detail(id, await today(ctx), ctx);
    },
    'archive.update': async (input, ctx) => {
      await s.entries.update(input.id, input.fields, input.reason, ctx);
      return s.detail.detail(input.id, await today(ctx), ctx);
    },
    'archive.attachScan': async (input, ctx) => {
      await s.entries.attachScan(input.id, input.scannedDocumentId, ctx);
      s.queue.kick();
      return s.detail.detail(input.id, await today(ctx), ctx);
    },
    'archive.get': async (input, ctx) => s.detail.detail(input.id, await today(ctx), ctx),
    'archive.search': async (input, ctx) => s.search.search(input, !maySeeSecret(ctx.user), await today(ctx)),
    'archive.retentionDue': async (input, ctx) => {
      const day = await today(ctx);
      return s.search.retentionDue(input.until ?? day, !maySeeSecret(ctx.user), input.offset, input.limit, day);
    },
    'archive.lend': async (input, ctx) => s.loans.lend(input, await today(ctx), ctx),
    'archive.returnLoan': async (input, ctx) => s.loans.returnLoan(input.loanId, input.note, await today(ctx), ctx),
    'archive.loans': async (input, ctx) =>
      s.loans.list(input.filter, !maySeeSecret(ctx.user), input.offset, input.limit, input.entryId, await today(ctx)),
    // Composes only (no record changes), so the print service may compose it again to print silently.
    'archive.label': async (input, ctx) => {
      const ids = [...new Set(input.ids)];
      const entries = await s.repo.summaries(ids, await today(ctx));
      if (entries.length !== ids.length) throw new AppError('NOT_FOUND', 'Arsip tidak ditemukan.');
      for (const e of entries) assertVisible(ctx.user, e.accessClass);
      const office = await s.office.office();
      const bytes = await renderArchiveLabelsPdf({ officeName: office.nameLines.at(-1) ?? '', entries, size: input.size, printedAt: ctx.clock.now() });
      const name = entries.length === 1 ? slug(entries[0]!.serialNumber) : `${entries.length}-arsip`;
      return { fileName: `label-arsip_${name}.pdf`, mimeType: 'application/pdf', base64: bytes.toString('base64') };
    },
    'archive.ocrProgress': () => {
      s.queue.kick();
      return s.queue.progress();
    },
    'archive.documentPdf': (input, ctx) => s.detail.file(input.id, ctx),
    'archive.unfiledScans': async (input) =>
      (await s.pages.unfiled(input.limit)).map((d) => ({
        id: d.id, fileName: d.fileName, pageCount: d.pageCount, createdAt: d.createdAt,
        complaintId: d.complaintId, registerNumber: d.registerNumber, complaintSubject: d.subject, ocrDone: d.ocrDone,
      })),
  };
}
