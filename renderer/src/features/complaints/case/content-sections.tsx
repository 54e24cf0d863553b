import type { ReactNode } from 'react';
import type { ComplaintDetail } from '../../../../../shared/complaints/complaint';
import { COMPLAINT_KIND_LABELS } from '../../../../../shared/complaints/complaint-enums';
import { formatLongDay } from '../../../../../shared/time/indonesian-dates';
import { CaseSection, Facts } from './case-section';

/** "Isi aduan": what the complaint is about, in the complainant's words. */
export function ContentSection({ detail }: { detail: ComplaintDetail }) {
  return (
    <CaseSection id="case-content" title="Isi aduan">
      <Facts
        items={[
          ['Jenis', COMPLAINT_KIND_LABELS[detail.kind]],
          ['Kategori', detail.categoryName],
          ['Pokok aduan', <strong key="s">{detail.subject}</strong>],
          ['Uraian', <div key="d" className="case-text">{detail.description}</div>],
          ['Harapan pelapor', detail.requestedAction ? <div key="r" className="case-text">{detail.requestedAction}</div> : ''],
          ['Unit yang diadukan', detail.unitComplained],
          ['Tempat kejadian', detail.eventPlace],
          ['Tanggal kejadian', detail.eventDate ? formatLongDay(detail.eventDate) : ''],
        ]}
      />
    </CaseSection>
  );
}

/** "Penyelesaian": an oral complaint settled at the counter (seed 003 step 5) and its answer, or a merge. */
export function SettlementSection({ detail }: { detail: ComplaintDetail }) {
  const mergedInto = detail.related.find((r) => r.relation === 'digabung_ke');
  return (
    <CaseSection id="case-settlement" title="Penyelesaian">
      <Facts
        items={[
          ['Diselesaikan di loket', detail.settledAtCounter ? 'Ya, langsung dijawab di loket' : 'Tidak'],
          ...(detail.settledAtCounter || detail.counterAnswer
            ? ([['Jawaban di loket', <div key="a" className="case-text">{detail.counterAnswer}</div>]] as [string, ReactNode][])
            : []),
          ...(detail.mergedIntoId !== null
            ? ([['Digabung ke', mergedInto ? `${mergedInto.registerNumber} — ${mergedInto.subject}` : `Pengaduan no. ${detail.mergedIntoId}`]] as [string, string][])
            : []),
        ]}
      />
    </CaseSection>
  );
}
