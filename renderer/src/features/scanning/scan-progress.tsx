import type { ScanJob } from '../../../../shared/scanning/scanning';

/** "Halaman 3 dipindai…" with a bar (filled against the page limit when there is one). */
export function ScanProgress({ job, maxPages, onCancel, cancelling }: { job: ScanJob; maxPages: number | undefined; onCancel(): void; cancelling: boolean }) {
  const text = job.pagesScanned === 0 ? 'Memindai halaman 1…' : `Halaman ${job.pagesScanned} dipindai…`;
  return (
    <div className="scan-progress" role="status" aria-live="polite">
      <span>{text}</span>
      {maxPages ? <progress max={maxPages} value={job.pagesScanned} aria-label={text} /> : <progress aria-label={text} />}
      <button type="button" className="button button--danger" onClick={onCancel} disabled={cancelling}>
        {cancelling ? 'Membatalkan…' : 'Batal'}
      </button>
    </div>
  );
}
