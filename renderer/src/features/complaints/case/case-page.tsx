import { useCallback, useEffect, useState } from 'react';
import type { ComplaintDetail } from '../../../../../shared/complaints/complaint';
import { COMPLAINT_STATUS_LABELS } from '../../../../../shared/complaints/complaint-enums';
import { call } from '../../../api/client';
import { Notice, type NoticeMessage } from '../../../components/notice';
import { AttachmentsSection } from './attachments-section';
import { CaseHeader } from './case-header';
import { ChannelSection } from './channel-section';
import { ConsultationsSection } from './consultations-section';
import { ContentSection, SettlementSection } from './content-sections';
import { HistorySection } from './history-section';
import { IdentitySection } from './identity-section';
import { RelatedSection } from './related-section';
import { CaseWorkflowSection } from '../../workflow/case-workflow-section';
import { CaseLettersSection } from '../../letters/case-letters-section';
import { ScanDocumentButton } from '../../scanning/scan-document-button';
import './case.css';

interface Props {
  id: number;
  /** Back to the register, at the row the clerk left. */
  onBack(): void;
  /** Another case (a related one) in place of this one. */
  onOpenCase(id: number): void;
}

/**
 * The case page: every field of a complaint in sections, its attachments, its full history
 * and related complaints, with the status moves the lifecycle allows. Esc goes back to the
 * register (unless a dialog is open: Esc closes the dialog first).
 */
export function CasePage({ id, onBack, onOpenCase }: Props) {
  const [detail, setDetail] = useState<ComplaintDetail | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);

  const load = useCallback(async () => {
    const r = await call('complaints.get', { id });
    if (!r.ok) return setFailure(r.error.message);
    setFailure(null);
    setDetail(r.value);
  }, [id]);

  useEffect(() => void load(), [load]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      onBack();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onBack]);

  if (failure && !detail) {
    return (
      <section className="panel case-missing">
        <Notice notice={{ kind: 'error', text: failure }} />
        <button type="button" className="button" onClick={onBack}>← Kembali ke register</button>
      </section>
    );
  }
  if (!detail) return <p className="muted case-loading">Memuat pengaduan…</p>;

  return (
    <article className="case-page" aria-labelledby="case-heading">
      <CaseHeader
        detail={detail}
        onBack={onBack}
        onNotice={setNotice}
        onStatusChanged={(next, to) => {
          setDetail(next);
          setNotice({ kind: 'success', text: `Status diubah menjadi ${COMPLAINT_STATUS_LABELS[to]}. Perubahan tercatat di riwayat.` });
        }}
      />
      <Notice notice={notice} onDismiss={() => setNotice(null)} />
      <div className="case-columns">
        <div className="case-column">
          <IdentitySection detail={detail} onRevealed={() => void load()} />
          <ChannelSection detail={detail} />
          <ContentSection detail={detail} />
          <SettlementSection detail={detail} />
          <ScanDocumentButton complaintId={detail.id} label={`pengaduan ${detail.registerNumber}`} onSaved={() => void load()} />
          <AttachmentsSection attachments={detail.attachments} complaint={{ id: detail.id, registerNumber: detail.registerNumber, subject: detail.subject }} />
        </div>
        <div className="case-column">
          <CaseWorkflowSection complaintId={detail.id} />
          <CaseLettersSection complaintId={detail.id} />
          <HistorySection history={detail.history} />
          <RelatedSection detail={detail} onOpenCase={onOpenCase}
            onChanged={(n) => {
              setNotice(n);
              void load();
            }} />
          <ConsultationsSection notes={detail.consultations} />
        </div>
      </div>
    </article>
  );
}
