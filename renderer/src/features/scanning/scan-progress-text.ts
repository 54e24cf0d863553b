import type { ScanJob } from '../../../../shared/scanning/scanning';

/** "Memindai halaman 2… 45%" where the scanner tells how far the page is, else "Halaman 1 dipindai…". */
export function scanProgressText(job: Pick<ScanJob, 'pagesScanned' | 'pagePercent'>): string {
  const done = job.pagesScanned;
  if (job.pagePercent !== null) return `Memindai halaman ${done + 1}… ${job.pagePercent}%${done > 0 ? ` · ${done} halaman selesai` : ''}`;
  return done === 0 ? 'Memindai halaman 1…' : `Halaman ${done} dipindai…`;
}
