import { useState, type FormEvent } from 'react';
import type { AccountsStatus } from '../../../../shared/accounts/account';
import { MIN_PASSWORD_LENGTH } from '../../../../shared/accounts/account-schemas';
import { call } from '../../api/client';
import { Field } from '../../components/field';
import { OfficeIdentity } from './office-identity';
import './accounts.css';

/**
 * A new installation has no accounts and no default password: whoever installs the app
 * creates the administrator here, once. Afterwards the backend refuses this call.
 */
export function FirstRunScreen({ status, onCreated }: { status: AccountsStatus; onCreated(): void }) {
  const [values, setValues] = useState({ name: '', username: '', nip: '', password: '', confirm: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (values.password !== values.confirm) {
      setErrors({ confirm: 'Ulangan kata sandi tidak sama.' });
      return;
    }
    setBusy(true);
    const result = await call('accounts.setupAdmin', { name: values.name, username: values.username, nip: values.nip, password: values.password });
    setBusy(false);
    if (result.ok) return onCreated();
    setErrors(result.error.fields ?? {});
    setMessage(result.error.message);
  }

  return (
    <main className="door" aria-label="Buat akun administrator">
      <form className="door__card" onSubmit={submit} noValidate>
        <OfficeIdentity status={status} />
        <h1>Buat akun administrator</h1>
        <p className="muted">
          Aplikasi ini baru dipasang dan belum punya akun. Akun pertama adalah administrator: ia membuat akun petugas,
          mengisi struktur organisasi dan pengaturan kantor. Tidak ada kata sandi bawaan.
        </p>
        <Field id="setup-name" label="Nama lengkap" error={errors.name} required>
          <input id="setup-name" value={values.name} onChange={set('name')} autoFocus autoComplete="name" />
        </Field>
        <Field id="setup-username" label="Nama pengguna" error={errors.username} hint="Huruf kecil tanpa spasi, misalnya rina.oktaviani" required>
          <input id="setup-username" value={values.username} onChange={set('username')} autoComplete="username" />
        </Field>
        <Field id="setup-nip" label="NIP" error={errors.nip} hint="Boleh dikosongkan">
          <input id="setup-nip" value={values.nip} onChange={set('nip')} inputMode="numeric" />
        </Field>
        <Field id="setup-password" label="Kata sandi" error={errors.password} hint={`Sekurang-kurangnya ${MIN_PASSWORD_LENGTH} karakter`} required>
          <input id="setup-password" type="password" value={values.password} onChange={set('password')} autoComplete="new-password" />
        </Field>
        <Field id="setup-confirm" label="Ulangi kata sandi" error={errors.confirm} required>
          <input id="setup-confirm" type="password" value={values.confirm} onChange={set('confirm')} autoComplete="new-password" />
        </Field>
        {message && Object.keys(errors).length === 0 ? <div className="notice notice--error" role="alert">{message}</div> : null}
        <button type="submit" className="button button--primary door__submit" disabled={busy}>
          Buat akun administrator
        </button>
      </form>
    </main>
  );
}
