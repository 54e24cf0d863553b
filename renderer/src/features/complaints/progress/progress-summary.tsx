import type { ComplaintProgress } from '../../../../../shared/complaints/complaint';
import { formatTrackingCode } from '../../../../../shared/numbering/tracking-code';
import type { OfficeTimeZone } from '../../../../../shared/office/time-zones';
import { formatLongDate, formatTime, officeDayOf } from '../../../../../shared/time/indonesian-dates';
import { useApp } from '../../../app/app-context';
import { StatusPill } from '../shared/status-pill';

interface Props {
  progress: ComplaintProgress;
  /** Who the complaint is from, as the screen may show it ("Anonim", masked for 'rahasia'). */
  complainantDisplay: string;
  confidential: boolean;
}

/**
 * A deadline as the clerk says it to the visitor: the day, and the hour only when it is
 * today (an hour three days away means nothing to someone waiting at the counter).
 */
function deadline(dueAt: string, now: Date, zone: OfficeTimeZone): string {
  const today = officeDayOf(now, zone) === officeDayOf(dueAt, zone);
  return today ? `hari ini pukul ${formatTime(dueAt, zone)}` : formatLongDate(dueAt, zone);
}

/** Where the complaint stands, in the words the clerk reads out to the visitor. */
export function ProgressSummary({ progress: p, complainantDisplay, confidential }: Props) {
  const { office, now } = useApp();
  const zone = office.timeZone;
  // The backend sends the timeline oldest first; sort anyway so "newest last" never depends on it.
  const timeline = [...p.timeline].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <section className="panel pd-progress" aria-labelledby="pd-subject">
      <header className="pd-progress__header">
        <div>
          <div className="pd-progress__ids">
            <span className="pd-code pd-code--big">{formatTrackingCode(p.trackingCode)}</span>
            <span className="muted">No. register {p.registerNumber}</span>
          </div>
          <h2 id="pd-subject" className="pd-progress__subject">{p.subject}</h2>
          <div className="pd-progress__who">
            Pelapor: <strong>{complainantDisplay}</strong>
            {confidential ? <span className="pd-flag" title="Identitas pelapor disamarkan">Rahasia</span> : null}
          </div>
        </div>
        <StatusPill status={p.status} />
      </header>

      <p className={`pd-status pd-status--${p.status}`} aria-label="Status pengaduan">{p.statusText}</p>

      <dl className="pd-facts">
        <dt>Sedang ditangani oleh:</dt>
        <dd>{p.holder || '—'}</dd>
        <dt>Langkah berikutnya:</dt>
        <dd className={p.overdue ? 'pd-late' : undefined}>
          {p.nextStep || '—'}
          {p.dueAt ? <>, paling lambat {deadline(p.dueAt, now(), zone)}</> : null}
          {p.overdue ? <span className="pd-late__badge">terlambat</span> : null}
        </dd>
      </dl>

      <h3 className="pd-timeline__title">Perjalanan pengaduan</h3>
      {timeline.length === 0 ? (
        <p className="muted">Belum ada catatan perjalanan.</p>
      ) : (
        <ol className="pd-timeline" aria-label="Perjalanan pengaduan">
          {timeline.map((t, i) => (
            <li key={`${t.at}-${i}`} className={i === timeline.length - 1 ? 'pd-timeline__last' : undefined}>
              <time dateTime={t.at}>
                {formatLongDate(t.at, zone)} · {formatTime(t.at, zone)}
              </time>
              <span>{t.text}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
