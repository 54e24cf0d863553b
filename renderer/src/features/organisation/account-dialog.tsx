import { useState } from 'react';
import type { AccountSummary } from '../../../../shared/accounts/account';
import { MIN_PASSWORD_LENGTH } from '../../../../shared/accounts/account-schemas';
import { PERMISSIONS, PERMISSION_LABELS, type Permission } from '../../../../shared/accounts/permissions';
import type { OrgPosition } from '../../../../shared/organisation/organisation';
import { call } from '../../api/client';
import { Field } from '../../components/field';
import { Modal } from '../../components/modal';
import { useSaveForm } from './use-save-form';

interface AccountDialogProps {
  account: AccountSummary | null;
  positions: OrgPosition[];
  onClose(): void;
  onSaved(): void;
}

/** Create or edit a staff account: its positions (its tray), permissions, administrator flag, active. */
export function AccountDialog({ account, positions, onClose, onSaved }: AccountDialogProps) {
  const f = useSaveForm(
    {
      username: account?.username ?? '', name: account?.name ?? '', nip: account?.nip ?? '', isAdmin: account?.isAdmin ?? false,
      permissions: account?.permissions ?? ([] as Permission[]), positionIds: account?.positionIds ?? ([] as number[]),
      active: account?.active ?? true, password: '',
    },
    (v) => call('accounts.save', { id: account?.id ?? null, ...v, password: account ? undefined : v.password }),
    onSaved,
  );
  const toggle = <T,>(list: T[], item: T) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);
  return (
    <Modal
      title={account ? `Ubah akun — ${account.name}` : 'Akun baru'}
      onClose={onClose}
      wide
      footer={<><button type="button" className="button" onClick={onClose}>Batal</button><button type="submit" form="account-form" className="button button--primary" disabled={f.busy}>Simpan</button></>}
    >
      <form id="account-form" className="org-form org-form--two" onSubmit={(e) => { e.preventDefault(); void f.submit(); }}>
        <div className="org-form">
          <Field id="account-name" label="Nama lengkap" error={f.errors.name} required>
            <input id="account-name" value={f.values.name} onChange={(e) => f.set('name', e.target.value)} autoFocus />
          </Field>
          <Field id="account-username" label="Nama pengguna" error={f.errors.username} required>
            <input id="account-username" value={f.values.username} onChange={(e) => f.set('username', e.target.value)} />
          </Field>
          <Field id="account-nip" label="NIP" error={f.errors.nip}>
            <input id="account-nip" value={f.values.nip} onChange={(e) => f.set('nip', e.target.value)} inputMode="numeric" />
          </Field>
          {account ? null : (
            <Field id="account-password" label="Kata sandi awal" error={f.errors.password} hint={`Sekurang-kurangnya ${MIN_PASSWORD_LENGTH} karakter; sampaikan langsung kepada pemilik akun`} required>
              <input id="account-password" type="password" value={f.values.password} onChange={(e) => f.set('password', e.target.value)} autoComplete="new-password" />
            </Field>
          )}
          <label className="org-check"><input type="checkbox" checked={f.values.isAdmin} onChange={(e) => f.set('isAdmin', e.target.checked)} /> Administrator (pengaturan, organisasi, akun)</label>
          {PERMISSIONS.map((p) => (
            <label key={p} className="org-check">
              <input type="checkbox" checked={f.values.isAdmin || f.values.permissions.includes(p)} disabled={f.values.isAdmin} onChange={() => f.set('permissions', toggle(f.values.permissions, p))} /> {PERMISSION_LABELS[p]}
            </label>
          ))}
          <label className="org-check"><input type="checkbox" checked={f.values.active} onChange={(e) => f.set('active', e.target.checked)} /> Aktif (boleh masuk)</label>
        </div>
        <fieldset className="org-positions">
          <legend>Jabatan yang dijalankan {f.errors.positionIds ? <span className="field__error">{f.errors.positionIds}</span> : null}</legend>
          {positions.length === 0 ? <p className="muted">Belum ada jabatan di struktur organisasi.</p> : null}
          {positions.map((p) => (
            <label key={p.id} className="org-check">
              <input type="checkbox" checked={f.values.positionIds.includes(p.id)} onChange={() => f.set('positionIds', toggle(f.values.positionIds, p.id))} /> {p.title}
            </label>
          ))}
        </fieldset>
        {f.message ? <div className="notice notice--error org-form__wide" role="alert">{f.message}</div> : null}
      </form>
    </Modal>
  );
}

/** An administrator sets a new password; the owner's open sessions end. */
export function ResetPasswordDialog({ account, onClose, onSaved }: { account: AccountSummary; onClose(): void; onSaved(): void }) {
  const [password, setPassword] = useState('');
  const f = useSaveForm({}, () => call('accounts.resetPassword', { id: account.id, password }), onSaved);
  return (
    <Modal
      title={`Atur ulang kata sandi — ${account.name}`}
      onClose={onClose}
      footer={<><button type="button" className="button" onClick={onClose}>Batal</button><button type="submit" form="reset-form" className="button button--primary" disabled={f.busy}>Simpan kata sandi</button></>}
    >
      <form id="reset-form" className="org-form" onSubmit={(e) => { e.preventDefault(); void f.submit(); }}>
        <Field id="reset-password" label="Kata sandi baru" error={f.errors.password ?? (f.message ?? undefined)} hint={`Sekurang-kurangnya ${MIN_PASSWORD_LENGTH} karakter. Kunci karena salah kata sandi ikut dibuka.`}>
          <input id="reset-password" type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoFocus autoComplete="new-password" />
        </Field>
      </form>
    </Modal>
  );
}
