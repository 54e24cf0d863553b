import type { LetterEvent } from '../../../../shared/letters/letter-records';
import { useApp } from '../../app/app-context';
import { formatMoment } from './letter-format';

const ACTION_LABELS: Record<LetterEvent['action'], string> = {
  dibuat: 'Konsep dibuat',
  versi: 'Versi baru',
  diajukan: 'Diajukan untuk paraf',
  diparaf: 'Diparaf',
  dikembalikan: 'Dikembalikan kepada penyusun',
  ditandatangani: 'Ditandatangani',
  'nomor-dibatalkan': 'Nomor dibatalkan',
  dibatalkan: 'Surat dibatalkan',
  dikirim: 'Disampaikan',
};

/** Everything that happened to the letter, newest first: who, when, on which version, with the notes. */
export function LetterHistory({ events }: { events: LetterEvent[] }) {
  const { office } = useApp();
  if (events.length === 0) return <p className="muted">Belum ada riwayat.</p>;
  return (
    <ol className="history letter-history" aria-label="Riwayat surat">
      {[...events].reverse().map((e, i) => (
        <li key={i} className={`letter-event letter-event--${e.action}`}>
          <div>
            <strong>{ACTION_LABELS[e.action]}</strong>
            {e.version ? <span className="muted"> · versi {e.version}</span> : null}
          </div>
          <div className="cell-sub">{e.actor} · {formatMoment(e.at, office.timeZone)}</div>
          {e.note ? <div className="letter-event__note">{e.note}</div> : null}
        </li>
      ))}
    </ol>
  );
}
