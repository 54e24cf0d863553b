import { useEffect, useState } from 'react';
import type { GuestVisitHistoryEntry } from '../../../../shared/guests/guest-visit';
import { formatDateTime, formatTime } from '../../../../shared/time/indonesian-dates';
import { call } from '../../api/client';
import { useApp } from '../../app/app-context';

const ACTION_LABELS: Record<GuestVisitHistoryEntry['action'], string> = {
  dibuat: 'Didaftarkan',
  diubah: 'Diubah',
  selesai: 'Selesai (keluar)',
  dibatalkan: 'Dibatalkan',
};

const FIELD_LABELS: Record<string, string> = {
  name: 'Nama', nik: 'NIK', phone: 'Telepon', address: 'Alamat', institution: 'Instansi',
  purpose: 'Keperluan', purpose_other: 'Keperluan lainnya', host: 'Yang ditemui', notes: 'Catatan',
  time_out: 'Jam keluar', status: 'Status',
};

/** Who did what to a visit and when, with old → new for every edited field. */
export function VisitHistory({ visitId, version }: { visitId: number; version: number }) {
  const { office } = useApp();
  const [entries, setEntries] = useState<GuestVisitHistoryEntry[] | null>(null);
  useEffect(() => {
    void call('guests.history', { id: visitId }).then((r) => setEntries(r.ok ? r.value : []));
  }, [visitId, version]);
  if (!entries) return <p className="muted">Memuat riwayat…</p>;
  const show = (field: string, value: string | null) =>
    value === null || value === '' ? '(kosong)' : field === 'time_out' ? formatTime(value, office.timeZone) : value;
  return (
    <ol className="history" aria-label="Riwayat perubahan">
      {entries.map((e) => (
        <li key={e.id}>
          <div className="history__head">
            <strong>{ACTION_LABELS[e.action] ?? e.action}</strong> oleh {e.actor}
            <span className="muted"> · {formatDateTime(e.at, office.timeZone)}</span>
          </div>
          {e.reason ? <div>Alasan: {e.reason}</div> : null}
          {e.action === 'diubah' ? (
            <ul className="history__changes">
              {Object.entries(e.changes).map(([field, [before, after]]) => (
                <li key={field}>
                  {FIELD_LABELS[field] ?? field}: <del>{show(field, before)}</del> → <ins>{show(field, after)}</ins>
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
