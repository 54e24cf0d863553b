import type { LetterDetail } from '../../../../shared/letters/letter-records';
import { useApp } from '../../app/app-context';
import { ROUTE_ROLE_LABELS, formatMoment, stopStateText } from './letter-format';

/**
 * The paraf route of the letter, in order: the drafter, each official who initials, the
 * signer — with the position, who holds it today, what they did and when, and on which
 * version. The stop the letter is with now stands out.
 */
export function LetterRoutePanel({ letter }: { letter: LetterDetail }) {
  const { office } = useApp();
  return (
    <ol className="letter-route" aria-label="Alur paraf">
      {letter.route.map((stop) => (
        <li key={stop.order} className={`letter-stop letter-stop--${stop.state}`} data-testid={`route-stop-${stop.order}`} aria-current={stop.state === 'giliran' ? 'step' : undefined}>
          <span className="letter-stop__mark" aria-hidden>{stop.state === 'selesai' ? '✓' : stop.order}</span>
          <div className="letter-stop__body">
            <div className="letter-stop__role">{ROUTE_ROLE_LABELS[stop.role]}</div>
            <div className="letter-stop__position">{stop.positionTitle}</div>
            <div className="cell-sub">{stop.holderName ?? 'Belum ada pemangku jabatan'}</div>
          </div>
          <div className="letter-stop__state">
            <strong>{stopStateText(stop)}</strong>
            {stop.doneAt ? (
              <div className="cell-sub">
                {formatMoment(stop.doneAt, office.timeZone)}
                {stop.doneVersion ? ` · versi ${stop.doneVersion}` : ''}
              </div>
            ) : null}
            {stop.doneBy ? <div className="cell-sub">oleh {stop.doneBy}</div> : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
