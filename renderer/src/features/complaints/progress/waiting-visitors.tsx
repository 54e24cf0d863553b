import { useEffect, useState } from 'react';
import type { GuestVisit } from '../../../../../shared/guests/guest-visit';
import { formatTime } from '../../../../../shared/time/indonesian-dates';
import { call } from '../../../api/client';
import { useApp } from '../../../app/app-context';
import { linkableVisits } from './visit-match';

/**
 * Today's guest-book visitors who came to ask about progress and are still in the office
 * (SOP 000 step 1–2: they were received and written down first). One click searches for
 * their complaint and links the note to their visit.
 */
export function WaitingVisitors({ onPick }: { onPick(visit: GuestVisit): void }) {
  const { office } = useApp();
  const [waiting, setWaiting] = useState<GuestVisit[]>([]);

  useEffect(() => {
    void (async () => {
      const r = await call('guests.today', {});
      // Without the guest book the desk still works by search; nothing to show then.
      if (r.ok) setWaiting(linkableVisits(r.value.rows).filter((v) => v.purpose === 'tanya_progres' && v.timeOut === null));
    })();
  }, []);

  if (waiting.length === 0) return null;
  return (
    <section className="panel pd-waiting" aria-labelledby="pd-waiting-title">
      <h3 id="pd-waiting-title">Menunggu di loket: menanyakan progres</h3>
      <ul>
        {waiting.map((v) => (
          <li key={v.id}>
            <button type="button" className="button pd-waiting__visitor" onClick={() => onPick(v)}>
              <span className="muted">{formatTime(v.timeIn, office.timeZone)}</span> {v.name}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
