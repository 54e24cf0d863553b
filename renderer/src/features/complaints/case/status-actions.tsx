import { useState } from 'react';
import type { ComplaintDetail } from '../../../../../shared/complaints/complaint';
import { COMPLAINT_STATUS_LABELS, type ComplaintStatus } from '../../../../../shared/complaints/complaint-enums';
import { changeStatusSchema } from '../../../../../shared/complaints/complaint-schemas';
import { STATUS_TRANSITIONS, isReopening } from '../../../../../shared/complaints/status-lifecycle';
import { call } from '../../../api/client';
import { fieldErrors } from '../../../lib/schema-errors';
import { ReasonDialog } from './reason-dialog';

/** The verb on each button; every one asks for a reason, hence the ellipsis. */
function actionLabel(from: ComplaintStatus, to: ComplaintStatus): string {
  if (isReopening(from, to)) return 'Buka kembali…';
  switch (to) {
    case 'diverifikasi': return 'Verifikasi…';
    case 'diproses': return from === 'dijawab' ? 'Kembalikan ke proses…' : 'Proses…';
    case 'dijawab': return 'Tandai dijawab…';
    case 'selesai': return 'Tandai selesai…';
    case 'ditutup': return 'Tutup…';
    case 'bukan_kewenangan': return 'Bukan kewenangan…';
    case 'ditolak': return 'Tolak…';
    default: return `${COMPLAINT_STATUS_LABELS[to]}…`;
  }
}

const HINTS: Partial<Record<ComplaintStatus, string>> = {
  bukan_kewenangan: 'Contoh: urusan Dinas Pekerjaan Umum; diteruskan lewat surat nomor …',
  ditolak: 'Contoh: identitas dan isi aduan tidak dapat diverifikasi setelah dihubungi dua kali.',
  diverifikasi: 'Contoh: berkas lengkap dan menjadi kewenangan kantor ini.',
};

interface Props {
  detail: ComplaintDetail;
  onChanged(detail: ComplaintDetail, to: ComplaintStatus): void;
}

/**
 * The status moves the lifecycle allows from here (STATUS_TRANSITIONS), one button each;
 * the way out of a finished status reads "Buka kembali". Each asks for a reason.
 */
export function StatusActions({ detail, onChanged }: Props) {
  const [target, setTarget] = useState<ComplaintStatus | null>(null);
  if (detail.mergedIntoId !== null) {
    return <p className="muted case-note">Status diubah di pengaduan tujuan penggabungan.</p>;
  }
  const from = detail.status;
  const moves = STATUS_TRANSITIONS[from];
  return (
    <div className="status-actions" role="group" aria-label="Ubah status">
      <span className="status-actions__label" aria-hidden>Ubah status:</span>
      {moves.map((to) => (
        <button key={to} type="button"
          className={`button button--small${to === 'ditolak' || to === 'bukan_kewenangan' ? ' button--danger' : ''}`}
          onClick={() => setTarget(to)}>
          {actionLabel(from, to)}
        </button>
      ))}
      {target ? (
        <ReasonDialog
          title={`Ubah status: ${COMPLAINT_STATUS_LABELS[from]} → ${COMPLAINT_STATUS_LABELS[target]}`}
          label="Alasan perubahan status"
          hint={HINTS[target] ?? 'Alasan tercatat di riwayat dan terlihat di Meja Progres.'}
          confirmLabel={isReopening(from, target) ? 'Buka kembali' : `Ubah ke ${COMPLAINT_STATUS_LABELS[target]}`}
          danger={target === 'ditolak' || target === 'bukan_kewenangan'}
          validate={(reason) => fieldErrors(changeStatusSchema, { id: detail.id, to: target, reason }).reason}
          onClose={() => setTarget(null)}
          onConfirm={async (reason) => {
            const r = await call('complaints.changeStatus', { id: detail.id, to: target, reason });
            if (!r.ok) return r.error.message;
            setTarget(null);
            onChanged(r.value, target);
            return null;
          }}
        >
          {isReopening(from, target) ? (
            <p className="case-dialog-text">Pengaduan dibuka kembali dan kembali berstatus <strong>Diproses</strong>; tenggat baru dihitung dari hari ini.</p>
          ) : null}
        </ReasonDialog>
      ) : null}
    </div>
  );
}
