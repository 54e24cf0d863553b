import type { FileDownload } from './file-download';
import { call, none } from './call-spec';
import type {
  ArchiveClassification,
  ArchiveEntryDetail,
  ArchiveLoan,
  ArchiveLoanPage,
  ArchiveNumbering,
  ArchiveSearchPage,
  OcrProgress,
  ScannedDocumentChoice,
} from '../archive/archive-records';
import {
  archiveIdSchema,
  archiveLabelSchema,
  archiveNumberingSchema,
  archiveSearchSchema,
  attachArchiveScanSchema,
  fileArchiveSchema,
  lendSchema,
  loansSchema,
  retentionDueSchema,
  returnLoanSchema,
  saveClassificationSchema,
  unfiledScansSchema,
  updateArchiveSchema,
} from '../archive/archive-schemas';

/** The `archive.*` calls (issue 6): classification, filing, search with OCR text, loans, retention, labels. */
export const archiveCalls = {
  'archive.classifications': call<ArchiveClassification[]>()(none),
  'archive.saveClassification': call<ArchiveClassification>()(saveClassificationSchema),
  'archive.numbering': call<ArchiveNumbering>()(none),
  'archive.saveNumbering': call<ArchiveNumbering>()(archiveNumberingSchema),
  'archive.file': call<ArchiveEntryDetail>()(fileArchiveSchema),
  'archive.update': call<ArchiveEntryDetail>()(updateArchiveSchema),
  'archive.attachScan': call<ArchiveEntryDetail>()(attachArchiveScanSchema),
  'archive.get': call<ArchiveEntryDetail>()(archiveIdSchema),
  'archive.search': call<ArchiveSearchPage>()(archiveSearchSchema),
  'archive.retentionDue': call<ArchiveSearchPage>()(retentionDueSchema),
  'archive.lend': call<ArchiveLoan>()(lendSchema),
  'archive.returnLoan': call<ArchiveLoan>()(returnLoanSchema),
  'archive.loans': call<ArchiveLoanPage>()(loansSchema),
  'archive.label': call<FileDownload>()(archiveLabelSchema),
  'archive.ocrProgress': call<OcrProgress>()(none),
  'archive.documentPdf': call<FileDownload>()(archiveIdSchema),
  'archive.unfiledScans': call<ScannedDocumentChoice[]>()(unfiledScansSchema),
};
