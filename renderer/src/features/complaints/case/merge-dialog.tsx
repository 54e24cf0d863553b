import { useState } from 'react';
import type { ComplaintDetail } from '../../../../../shared/complaints/complaint';
import { mergeComplaintsSchema } from '../../../../../shared/complaints/complaint-schemas';
import { call } from '../../../api/client';
import { Field } from '../../../components/field';
import { Modal } from '../../../components/modal';
import { Notice } from '../../../components/notice';
import { fieldErrors } from '../../../lib/schema-errors';
import { ComplaintPicker, type PickCandidate } from './complaint-picker';

interface Props {
  detail: ComplaintDetail;
  onMerged(target: PickCandidate): void;
  onClose(): void;
}

/**
 * "Gabungkan ke…": this complaint is a duplicate of another, which carries on. Nothing is
 * deleted — the dialog says so before the clerk confirms, because "merge" sounds final.
 */
export function MergeDialog({ detail, onMerged, onClose }: Props) {
  const [picked, setPicked] = useState<PickCandidate | null>(null);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const errors = picked ? fieldErrors(mergeComplaintsSchema, { sourceId: detail.id, targetId: picked.id, reason }) : {};
  const reasonError = errors.reason;

  async function merge() {
    setTried(true);
    if (!picked || reasonError) return;
    setBusy(true);
    const r = await call('complaints.merge', { sourceId: detail.id, targetId: picked.id, reason });
    setBusy(false);
    if (!r.ok) return setFailure(r.error.message);
    onMerged(picked);
  }

  return (
    <Modal title="Gabungkan ke pengaduan lain" onClose={onClose} wide
      footer={
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>Batal</button>
          <button type="button" className="button button--danger" disabled={!picked || busy} onClick={() => void merge()}>
            {busy ? 'Menggabungkan…' : picked ? `Ya, gabungkan ke ${picked.registerNumber}` : 'Gabungkan'}
          </button>
        </div>
      }>
      <p className="case-dialog-text">
        Pilih pengaduan yang <strong>dilanjutkan</strong>. Pengaduan <strong>{detail.registerNumber}</strong> akan ditutup dan
        ditandai “digabung”; penanganannya diteruskan di pengaduan tujuan.
      </p>
      <Notice notice={failure ? { kind: 'error', text: failure } : null} />
      <ComplaintPicker current={detail} picked={picked} onPick={setPicked} />
      {picked ? (
        <div className="merge-confirm" role="status">
          <p>
            <strong>{detail.registerNumber}</strong> akan digabungkan ke <strong>{picked.registerNumber}</strong> ({picked.subject}).
          </p>
          <p>
            Tidak ada yang dihapus: riwayat kedua pengaduan tetap disimpan, lampiran dan catatan tetap di pengaduan asalnya,
            dan penggabungan ini beserta alasannya tercatat di riwayat keduanya.
          </p>
          <Field id="merge-reason" label="Alasan penggabungan" required error={tried || reason.length >= 5 ? reasonError : undefined}
            hint="Contoh: pelapor dan isi aduan sama, dikirim dua kali lewat saluran berbeda.">
            <textarea id="merge-reason" rows={2} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
        </div>
      ) : null}
    </Modal>
  );
}
