import { useSession } from './session-context';

/** The signed-in user and their positions, with "Kunci" for leaving the desk and "Keluar". */
export function UserBadge() {
  const { info, lock, signOut } = useSession();
  const positions = info.positions.map((p) => p.shortTitle || p.title).join(', ');
  return (
    <div className="user-badge" aria-label="Pengguna yang masuk">
      <div className="user-badge__who">
        <span className="user-badge__name">{info.user.name}</span>
        <span className="user-badge__positions" title={info.positions.map((p) => `${p.title} — ${p.unitName}`).join('\n')}>
          {positions || (info.user.isAdmin ? 'Administrator' : 'Belum ada jabatan')}
        </span>
      </div>
      <button type="button" className="button" onClick={lock} title="Kunci layar saat meninggalkan meja">Kunci</button>
      <button type="button" className="button" onClick={() => void signOut()}>Keluar</button>
    </div>
  );
}
