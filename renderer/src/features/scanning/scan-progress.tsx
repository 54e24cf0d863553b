import type { ScanJob } from '../../../../shared/scanning/scanning';
import { scanProgressText } from './scan-progress-text';

/**
 * The text above and a bar: filled against the page limit when there is one (the page under
 * way counting by its percent), against the page under way for a whole feeder stack, and
 * moving without a value when neither is known.
 */
export function ScanProgress({ job, maxPages, onCancel, cancelling }: { job: ScanJob; maxPages: number | undefined; onCancel(): void; cancelling: boolean }) {
  const text = scanProgressText(job);
  const page = (job.pagePercent ?? 0) / 100;
  return (
    <div className="scan-progress" role="status" aria-live="polite">
      <span>{text}</span>
      {maxPages ? (
        <progress max={maxPages} value={Math.min(maxPages, job.pagesScanned + page)} aria-label={text} />
      ) : job.pagePercent !== null ? (
        <progress max={100} value={job.pagePercent} aria-label={text} />
      ) : (
        <progress aria-label={text} />
      )}
      <button type="button" className="button button--danger" onClick={onCancel} disabled={cancelling}>
        {cancelling ? 'Membatalkan…' : 'Batal'}
      </button>
    </div>
  );
}
