import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { SessionInfo, SessionUser } from '../../../../shared/accounts/account';
import { call } from '../../api/client';
import './accounts.css';

interface LockOverlayProps {
  user: SessionUser;
  onUnlocked(session: SessionInfo): void;
  onSwitchUser(): void;
}

/**
 * The lock over the current screen after idle time. A modal <dialog> sits in the top
 * layer, above any open dialog, and makes the screen underneath inert — but keeps it
 * mounted, so a half-typed form is still there after unlocking. Esc does not close it.
 */
export function LockOverlay({ user, onUnlocked, onSwitchUser }: LockOverlayProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const result = await call('accounts.unlock', { password });
    setBusy(false);
    if (result.ok) return onUnlocked(result.value);
    setPassword('');
    setMessage(result.error.message);
  }

  return (
    <dialog ref={ref} className="lock" aria-label="Layar terkunci" onCancel={(e) => e.preventDefault()}>
      <form onSubmit={submit} className="lock__card">
        <svg className="lock__icon" viewBox="0 0 24 24" width="32" height="32" aria-hidden>
          <rect x="5" y="10" width="14" height="11" rx="2" fill="currentColor" />
          <path d="M8 10V7a4 4 0 0 1 8 0v3" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
        <h2>Layar terkunci</h2>
        <p>
          Terkunci karena tidak ada aktivitas. Isian di layar tetap tersimpan. Masukkan kata sandi <strong>{user.name}</strong> untuk melanjutkan.
        </p>
        <label htmlFor="unlock-password">Kata sandi</label>
        <input id="unlock-password" type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoFocus autoComplete="current-password" />
        {message ? <div className="notice notice--error" role="alert">{message}</div> : null}
        <div className="lock__actions">
          <button type="button" className="button" onClick={onSwitchUser}>Ganti pengguna</button>
          <button type="submit" className="button button--primary" disabled={busy}>Buka kunci</button>
        </div>
      </form>
    </dialog>
  );
}
