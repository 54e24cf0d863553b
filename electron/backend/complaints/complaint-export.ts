import ExcelJS from 'exceljs';
import type { FileDownload } from '../../../shared/contract/file-download';
import type { ComplaintListRow } from '../../../shared/complaints/complaint';
import type { ComplaintFilter } from '../../../shared/complaints/complaint-schemas';
import { complaintExportTable } from '../../../shared/complaints/complaint-table-export';
import type { OfficeTimeZone } from '../../../shared/office/time-zones';
import { officeDayOf } from '../../../shared/time/indonesian-dates';
import { AppError } from '../core/app-error';
import type { ComplaintQueryService } from './complaint-query-service';

const EXPORT_CAP = 200_000;
const BATCH = 5_000;

function csvCell(value: string): string {
  // A cell starting with = + - @ is a formula to Excel: neutralise it.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The register's current view (its filter and sort) as CSV for Excel (semicolons, BOM)
 * or as XLSX. Identities are masked exactly as on screen.
 */
export async function exportComplaints(
  query: ComplaintQueryService,
  filter: ComplaintFilter,
  format: 'csv' | 'xlsx',
  zone: OfficeTimeZone,
  now: Date,
): Promise<FileDownload> {
  const rows: ComplaintListRow[] = [];
  for (let offset = 0; ; offset += BATCH) {
    const page = await query.list(filter, offset, BATCH, now, offset === 0);
    if (page.total !== null && page.total > EXPORT_CAP) {
      throw new AppError('TOO_LARGE', `Tampilan ini berisi ${page.total.toLocaleString('id-ID')} pengaduan; persempit saringan (paling banyak ${EXPORT_CAP.toLocaleString('id-ID')}).`);
    }
    rows.push(...page.rows);
    if (page.rows.length < BATCH) break;
  }
  const { header, body } = complaintExportTable(rows, zone);
  const base = `register-pengaduan_${officeDayOf(now, zone)}`;
  if (format === 'csv') {
    const text = '\uFEFF' + [header, ...body].map((cells) => cells.map(csvCell).join(';')).join('\r\n') + '\r\n';
    return { fileName: `${base}.csv`, mimeType: 'text/csv;charset=utf-8', base64: Buffer.from(text, 'utf8').toString('base64') };
  }
  const book = new ExcelJS.Workbook();
  book.creator = 'Meja Aduan';
  const sheet = book.addWorksheet('Register Pengaduan', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(header).font = { bold: true };
  for (const cells of body) sheet.addRow(cells);
  sheet.columns.forEach((column, i) => {
    column.width = Math.min(60, Math.max(10, ...[header[i] ?? '', ...body.slice(0, 200).map((r) => r[i] ?? '')].map((v) => v.length + 2)));
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  const buffer = Buffer.from(await book.xlsx.writeBuffer());
  return {
    fileName: `${base}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: buffer.toString('base64'),
  };
}
