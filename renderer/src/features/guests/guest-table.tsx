import type { GuestVisit } from '../../../../shared/guests/guest-visit';
import { VISIT_PURPOSE_LABELS } from '../../../../shared/guests/visit-purpose';
import { formatDate, formatTime } from '../../../../shared/time/indonesian-dates';
import { useApp } from '../../app/app-context';
import { useNavigation } from '../../app/navigation';

interface Props {
  rows: GuestVisit[];
  showDate: boolean;
  onOpen(visit: GuestVisit): void;
  onCheckOut(visit: GuestVisit): void;
  emptyText: string;
}

/** The visits of the day (or of a search), newest first; a row opens with Enter or a click. */
export function GuestTable({ rows, showDate, onOpen, onCheckOut, emptyText }: Props) {
  const { office } = useApp();
  const navigation = useNavigation();
  const zone = office.timeZone;
  if (rows.length === 0) return <p className="empty">{emptyText}</p>;
  return (
    <div className="table-scroll">
      <table className="table guest-table">
        <thead>
          <tr>
            {showDate ? <th>Tanggal</th> : null}
            <th>Masuk</th>
            <th>Nama</th>
            <th>Keperluan</th>
            <th>Yang ditemui</th>
            <th>Telepon</th>
            <th>Keluar</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((v) => (
            <tr
              key={v.id}
              className={v.status === 'dibatalkan' ? 'row--cancelled' : undefined}
              tabIndex={0}
              data-visit-id={v.id}
              onClick={() => onOpen(v)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') onOpen(v);
              }}
              aria-label={`Kunjungan ${v.name}`}
            >
              {showDate ? <td className="nowrap">{formatDate(v.timeIn, zone)}</td> : null}
              <td className="nowrap">{formatTime(v.timeIn, zone, false)}</td>
              <td>
                <div className="cell-name">{v.name}</div>
                {v.institution ? <div className="cell-sub">{v.institution}</div> : null}
                {v.status === 'dibatalkan' ? <div className="cell-sub cell-cancelled">Dibatalkan: {v.cancelReason}</div> : null}
              </td>
              <td>
                {v.purpose === 'lainnya' ? v.purposeOther : VISIT_PURPOSE_LABELS[v.purpose]}
                {v.purpose === 'pengaduan_baru' && v.status === 'aktif' ? (
                  <div>
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={`Buat pengaduan untuk ${v.name}`}
                      onClick={(e) => {
                        e.stopPropagation();
                        navigation.navigate('pengaduan-baru', { guestVisitId: v.id });
                      }}
                      // Enter on the button must not also open the visit (the row listens for Enter).
                      onKeyDown={(e) => e.stopPropagation()}
                    >
                      Buat pengaduan
                    </button>
                  </div>
                ) : null}
              </td>
              <td>{v.host}</td>
              <td className="nowrap">{v.phone}</td>
              <td className="nowrap">
                {v.timeOut ? (
                  formatTime(v.timeOut, zone, false)
                ) : v.status === 'aktif' ? (
                  <button
                    type="button"
                    className="button button--small"
                    onClick={(e) => {
                      e.stopPropagation();
                      onCheckOut(v);
                    }}
                  >
                    Selesai
                  </button>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
