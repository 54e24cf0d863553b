import { useState } from 'react';
import type { AccountSummary } from '../../../../shared/accounts/account';
import { PERMISSION_LABELS } from '../../../../shared/accounts/permissions';
import type { OrgPosition } from '../../../../shared/organisation/organisation';
import { formatDateTime } from '../../../../shared/time/indonesian-dates';
import { useApp } from '../../app/app-context';
import { AccountDialog, ResetPasswordDialog } from './account-dialog';
import { IdleMinutesSetting } from './idle-minutes-setting';

/** Staff accounts for the administrator: who signs in, as which positions, with which permissions. */
export function AccountsPanel({ accounts, positions, onChanged }: { accounts: AccountSummary[]; positions: OrgPosition[]; onChanged(): void }) {
  const { office } = useApp();
  const [editing, setEditing] = useState<AccountSummary | 'new' | null>(null);
  const [resetting, setResetting] = useState<AccountSummary | null>(null);
  const title = (id: number) => positions.find((p) => p.id === id)?.shortTitle || positions.find((p) => p.id === id)?.title || `#${id}`;
  const done = () => { setEditing(null); setResetting(null); onChanged(); };
  return (
    <section className="panel" aria-label="Akun pengguna">
      <div className="panel__header">
        <h2>Akun pengguna</h2>
        <div className="panel__tools">
          <IdleMinutesSetting />
          <button type="button" className="button button--primary" onClick={() => setEditing('new')}>Akun baru</button>
        </div>
      </div>
      <table className="table org-table">
        <thead><tr><th>Nama</th><th>Nama pengguna</th><th>Jabatan</th><th>Hak</th><th>Status</th><th>Terakhir masuk</th><th /></tr></thead>
        <tbody>
          {accounts.map((a) => (
            <tr key={a.id} className={a.active ? undefined : 'org-row--inactive'}>
              <td>{a.name}</td>
              <td><code>{a.username}</code></td>
              <td>{a.positionIds.map(title).join(', ') || <span className="muted">—</span>}</td>
              <td>{a.isAdmin ? 'Administrator' : a.permissions.map((p) => PERMISSION_LABELS[p]).join(', ') || <span className="muted">Petugas</span>}</td>
              <td>{!a.active ? 'Nonaktif' : a.lockedUntil ? 'Terkunci sementara' : 'Aktif'}</td>
              <td className="nowrap">{a.lastSignInAt ? formatDateTime(a.lastSignInAt, office.timeZone) : <span className="muted">belum pernah</span>}</td>
              <td className="nowrap">
                <button type="button" className="button" onClick={() => setEditing(a)} aria-label={`Ubah akun ${a.name}`}>Ubah</button>{' '}
                <button type="button" className="button" onClick={() => setResetting(a)} aria-label={`Atur ulang kata sandi ${a.name}`}>Kata sandi</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {editing ? <AccountDialog account={editing === 'new' ? null : editing} positions={positions} onClose={() => setEditing(null)} onSaved={done} /> : null}
      {resetting ? <ResetPasswordDialog account={resetting} onClose={() => setResetting(null)} onSaved={done} /> : null}
    </section>
  );
}
