import type { AccountsStatus } from '../../../../shared/accounts/account';

/** The office's logo and name at the top of the sign-in and first-run screens. */
export function OfficeIdentity({ status }: { status: AccountsStatus }) {
  return (
    <div className="door__office">
      {status.logoDataUrl ? <img src={status.logoDataUrl} alt="Logo kantor" className="door__logo" /> : <span className="door__mark" aria-hidden>MA</span>}
      <div>
        {status.officeName.map((line, i) => (
          <div key={i} className={i === status.officeName.length - 1 ? 'door__office-name' : 'door__office-parent'}>{line}</div>
        ))}
        <div className="door__app">Meja Aduan — layanan pengaduan masyarakat</div>
      </div>
    </div>
  );
}
