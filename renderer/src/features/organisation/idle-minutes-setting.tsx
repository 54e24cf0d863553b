import { useEffect, useState } from 'react';
import { call } from '../../api/client';

/** The idle time after which every desk locks; applies at each user's next sign-in. */
export function IdleMinutesSetting() {
  const [minutes, setMinutes] = useState<number | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => {
    void call('accounts.settings', {}).then((r) => r.ok && setMinutes(r.value.idleMinutes));
  }, []);
  if (minutes === null) return null;
  return (
    <form className="org-idle" onSubmit={(e) => {
      e.preventDefault();
      void call('accounts.saveSettings', { idleMinutes: minutes }).then((r) => setSaved(r.ok ? 'Tersimpan' : r.error.message));
    }}>
      <label htmlFor="idle-minutes">Kunci layar setelah diam</label>
      <input id="idle-minutes" type="number" min={1} max={240} value={minutes} onChange={(e) => { setMinutes(Number(e.target.value)); setSaved(null); }} />
      <span>menit</span>
      <button type="submit" className="button">Simpan</button>
      {saved ? <span className="muted" role="status">{saved}</span> : null}
    </form>
  );
}
