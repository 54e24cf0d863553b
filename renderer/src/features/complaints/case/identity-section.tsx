import { useState } from 'react';
import type { Complainant, ComplaintDetail } from '../../../../../shared/complaints/complaint';
import { PRIVACY_LABELS } from '../../../../../shared/complaints/complaint-enums';
import { revealIdentitySchema } from '../../../../../shared/complaints/complaint-schemas';
import { call } from '../../../api/client';
import { fieldErrors } from '../../../lib/schema-errors';
import { CaseSection, Facts } from './case-section';
import { ReasonDialog } from './reason-dialog';

interface Props {
  detail: ComplaintDetail;
  /** After a reveal: the case is read again so its history shows the recorded reveal. */
  onRevealed(): void;
}

/**
 * "Identitas & privasi": the complainant as privacy allows. A confidential identity is
 * masked until a clerk gives a reason; then it shows for this view only (leaving the page
 * masks it again) and the reveal stands in the history.
 */
export function IdentitySection({ detail, onRevealed }: Props) {
  const [revealed, setRevealed] = useState<Complainant | null>(null);
  const [asking, setAsking] = useState(false);
  const shown = revealed ?? detail.complainant;
  const anonymous = detail.privacy === 'anonim';
  const masked = detail.identityMasked && !revealed;

  return (
    <CaseSection id="case-identity" title="Identitas & privasi" className={detail.privacy === 'rahasia' ? 'case-section--confidential' : undefined}
      actions={masked ? <button type="button" className="button button--small" onClick={() => setAsking(true)}>Buka identitas…</button> : null}>
      <p className={`case-privacy case-privacy--${detail.privacy}`}>
        Kerahasiaan: {PRIVACY_LABELS[detail.privacy]}
        {masked ? ' — identitas disamarkan di layar, cetakan, dan ekspor.' : ''}
      </p>
      {revealed ? (
        <p className="notice notice--info" role="status">
          Identitas dibuka untuk tampilan ini saja. Pembukaan ini sudah tercatat di riwayat beserta alasan dan nama Anda.
        </p>
      ) : null}
      {anonymous ? <p className="muted case-note">Pelapor anonim: nama, NIK, dan alamat tidak disimpan. Yang tersimpan hanya kontak bila diberikan.</p> : null}
      <Facts
        items={[
          ...(anonymous ? [] : ([['Nama', shown.name], ['NIK', shown.nik]] as [string, string][])),
          ['Telepon', shown.phone],
          ['Surel', shown.email],
          ...(anonymous ? [] : ([['Alamat', shown.address]] as [string, string][])),
        ]}
      />
      {asking ? (
        <ReasonDialog
          title="Buka identitas pelapor rahasia"
          label="Alasan membuka identitas"
          hint="Contoh: menghubungi pelapor untuk meminta kelengkapan berkas."
          confirmLabel="Buka identitas"
          validate={(reason) => fieldErrors(revealIdentitySchema, { id: detail.id, reason }).reason}
          onClose={() => setAsking(false)}
          onConfirm={async (reason) => {
            const r = await call('complaints.revealIdentity', { id: detail.id, reason });
            if (!r.ok) return r.error.message;
            setRevealed(r.value);
            setAsking(false);
            onRevealed();
            return null;
          }}
        >
          <p className="case-dialog-text">
            Pelapor meminta identitasnya dirahasiakan. Buka hanya bila perlu untuk menangani pengaduan ini:
            alasan, nama petugas, dan waktunya dicatat di riwayat pengaduan.
          </p>
        </ReasonDialog>
      ) : null}
    </CaseSection>
  );
}
