import { useRef, useState, type FormEvent } from 'react';
import type { AccountsStatus, SignedIn } from '../../../../shared/accounts/account';
import { call } from '../../api/client';
import { Field } from '../../components/field';
import { OfficeIdentity } from './office-identity';
import './accounts.css';

interface SignInScreenProps {
  status: AccountsStatus;
  demo: boolean;
  onSignedIn(result: SignedIn): Promise<void>;
}

/** Username, password, Enter. In a demo folder only, the shared demo password is shown. */
export function SignInScreen({ status, demo, onSignedIn }: SignInScreenProps) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const result = await call('accounts.signIn', { username, password });
    setBusy(false);
    if (result.ok) return onSignedIn(result.value);
    setMessage(result.error.message);
    setPassword('');
    passwordRef.current?.focus();
  }

  return (
    <main className="door" aria-label="Masuk">
      <form className="door__card" onSubmit={submit} noValidate>
        <OfficeIdentity status={status} />
        <h1>Masuk</h1>
        <Field id="signin-username" label="Nama pengguna">
          <input id="signin-username" value={username} onChange={(e) => setUsername(e.target.value)} autoFocus autoComplete="username" />
        </Field>
        <Field id="signin-password" label="Kata sandi">
          <input id="signin-password" ref={passwordRef} type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" />
        </Field>
        {message ? <div className="notice notice--error" role="alert">{message}</div> : null}
        <button type="submit" className="button button--primary door__submit" disabled={busy}>
          Masuk <kbd>Enter</kbd>
        </button>
        {demo && status.demoPassword ? (
          <section className="door__demo" aria-label="Akun kantor demo">
            <strong>Ini kantor demo, bukan kantor sungguhan.</strong> Semua akun demo memakai kata sandi{' '}
            <code>{status.demoPassword}</code>. Kata sandi ini hanya ada di folder demo; data kantor sungguhan tidak punya kata sandi bawaan.
            <ul>
              {status.demoAccounts.map((a) => (
                <li key={a.username}>
                  <button type="button" className="link-button" onClick={() => { setUsername(a.username); passwordRef.current?.focus(); }}>
                    {a.username}
                  </button>{' '}
                  — {a.name}
                  {a.positions ? <span className="muted"> ({a.positions})</span> : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </form>
    </main>
  );
}
