import { useEffect, useState } from 'react';
import { formatLongDate, formatTime } from '../../../shared/time/indonesian-dates';
import { useApp } from './app-context';

/** Today's date and the time in the office's zone, as every record will carry it. */
export function LiveClock() {
  const { now, office } = useApp();
  const [instant, setInstant] = useState(now());
  useEffect(() => {
    const timer = setInterval(() => setInstant(now()), 15_000);
    return () => clearInterval(timer);
  }, [now]);
  return (
    <div className="clock" aria-label="Tanggal dan jam kantor">
      <span className="clock__date">{formatLongDate(instant, office.timeZone)}</span>
      <span className="clock__time">{formatTime(instant, office.timeZone)}</span>
    </div>
  );
}
