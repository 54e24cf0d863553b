import { useState } from 'react';
import type { ComplaintDetail, RelatedComplaint } from '../../../../../shared/complaints/complaint';
import type { NoticeMessage } from '../../../components/notice';
import { StatusPill } from '../shared/status-pill';
import { CaseSection } from './case-section';
import { LinkDialog } from './link-dialog';
import { MergeDialog } from './merge-dialog';

const RELATION_LABELS: Record<RelatedComplaint['relation'], string> = {
  terkait: 'Terkait',
  digabung_ke: 'Digabung ke',
  digabung_dari: 'Digabung dari',
};

interface Props {
  detail: ComplaintDetail;
  onOpenCase(id: number): void;
  /** After a link or a merge: the case is read again (its history and related list changed). */
  onChanged(notice: NoticeMessage): void;
}

/** "Pengaduan terkait": links and merges, each a way to the other case. */
export function RelatedSection({ detail, onOpenCase, onChanged }: Props) {
  const [dialog, setDialog] = useState<'link' | 'merge' | null>(null);
  const merged = detail.mergedIntoId !== null;
  return (
    <CaseSection id="case-related" title={`Pengaduan terkait (${detail.related.length})`}
      actions={
        <>
          <button type="button" className="button button--small" onClick={() => setDialog('link')}>Tautkan…</button>
          <button type="button" className="button button--small" disabled={merged} onClick={() => setDialog('merge')}
            title={merged ? 'Pengaduan ini sudah digabung ke pengaduan lain.' : undefined}>
            Gabungkan ke…
          </button>
        </>
      }>
      {detail.related.length === 0 ? (
        <p className="muted case-note">Belum ada pengaduan yang tertaut.</p>
      ) : (
        <ul className="case-list" aria-label="Pengaduan terkait">
          {detail.related.map((r) => (
            <li key={`${r.relation}-${r.id}`} className="case-related">
              <span className={`case-relation case-relation--${r.relation}`}>{RELATION_LABELS[r.relation]}</span>
              <button type="button" className="link-button" onClick={() => onOpenCase(r.id)} title="Buka pengaduan ini">
                {r.registerNumber}
              </button>
              <span className="case-related__subject">{r.subject}</span>
              <StatusPill status={r.status} />
            </li>
          ))}
        </ul>
      )}
      {dialog === 'link' ? (
        <LinkDialog detail={detail} onClose={() => setDialog(null)}
          onLinked={(_next, other) => {
            setDialog(null);
            onChanged({ kind: 'success', text: `Pengaduan ditautkan dengan ${other.registerNumber}.` });
          }} />
      ) : null}
      {dialog === 'merge' ? (
        <MergeDialog detail={detail} onClose={() => setDialog(null)}
          onMerged={(target) => {
            setDialog(null);
            onChanged({
              kind: 'success',
              text: `Pengaduan ${detail.registerNumber} digabung ke ${target.registerNumber}. Riwayat kedua pengaduan tetap tersimpan.`,
            });
          }} />
      ) : null}
    </CaseSection>
  );
}
