import { useState } from 'react';
import type { ComplaintDetail } from '../../../../../shared/complaints/complaint';
import { call } from '../../../api/client';
import { Modal } from '../../../components/modal';
import { Notice } from '../../../components/notice';
import { ComplaintPicker, type PickCandidate } from './complaint-picker';

interface Props {
  detail: ComplaintDetail;
  onLinked(detail: ComplaintDetail, other: PickCandidate): void;
  onClose(): void;
}

/** "Tautkan…": marks two complaints as related; both stay open and both histories say so. */
export function LinkDialog({ detail, onLinked, onClose }: Props) {
  const [picked, setPicked] = useState<PickCandidate | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function link() {
    if (!picked) return;
    setBusy(true);
    const r = await call('complaints.link', { id: detail.id, relatedId: picked.id });
    setBusy(false);
    if (!r.ok) return setFailure(r.error.message);
    onLinked(r.value, picked);
  }

  return (
    <Modal title="Tautkan ke pengaduan lain" onClose={onClose} wide
      footer={
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>Batal</button>
          <button type="button" className="button button--primary" disabled={!picked || busy} onClick={() => void link()}>
            {picked ? `Tautkan ke ${picked.registerNumber}` : 'Tautkan'}
          </button>
        </div>
      }>
      <p className="case-dialog-text">
        Pengaduan <strong>{detail.registerNumber}</strong> dan pengaduan yang dipilih akan saling tertaut. Keduanya tetap
        ditangani sendiri-sendiri; tautannya tercatat di riwayat masing-masing.
      </p>
      <Notice notice={failure ? { kind: 'error', text: failure } : null} />
      <ComplaintPicker current={detail} picked={picked} onPick={setPicked} />
    </Modal>
  );
}
