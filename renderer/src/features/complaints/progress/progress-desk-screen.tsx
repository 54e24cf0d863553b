import { useCallback, useEffect, useRef, useState } from 'react';
import type { ComplaintDetail, ComplaintProgress, ComplaintSearchHit, ConsultationNote } from '../../../../../shared/complaints/complaint';
import type { GuestVisit } from '../../../../../shared/guests/guest-visit';
import { formatTime } from '../../../../../shared/time/indonesian-dates';
import { call } from '../../../api/client';
import { useApp } from '../../../app/app-context';
import { useNavigation } from '../../../app/navigation';
import { Notice, type NoticeMessage } from '../../../components/notice';
import { ComplaintSearchBox } from './complaint-search-box';
import { hasConsultationDraft } from './consultation-draft';
import { ConsultationPanel } from './consultation-panel';
import { ProgressSummary } from './progress-summary';
import type { ComplainantHint } from './visit-match';
import { WaitingVisitors } from './waiting-visitors';
import './progress.css';

/** The complaint last opened at this desk, so an unsaved note brings it back after a reload. */
const LAST_OPEN_KEY = 'meja.progress.open';

interface OpenComplaint {
  id: number;
  /** From the search hit until the full record arrives. */
  display: string;
  progress: ComplaintProgress | null;
  detail: ComplaintDetail | null;
  loading: boolean;
}

/**
 * The progress desk (SOP 000): a visitor asks "how far is my complaint?". One search box
 * finds it from a tracking code, a name, a phone number or a NIK; the clerk reads out
 * where it stands, who has it and what comes next, then records and prints the
 * consultation note linked to the visitor's entry in today's guest book.
 */
export function ProgressDeskScreen() {
  const { office } = useApp();
  const { params } = useNavigation();
  const [text, setText] = useState('');
  const [open, setOpen] = useState<OpenComplaint | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [visitor, setVisitor] = useState<GuestVisit | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const sequence = useRef(0);

  const openComplaint = useCallback(async (id: number, display: string) => {
    const mine = ++sequence.current;
    setOpen({ id, display, progress: null, detail: null, loading: true });
    localStorage.setItem(LAST_OPEN_KEY, String(id));
    const [progress, detail] = await Promise.all([call('complaints.progress', { id }), call('complaints.get', { id })]);
    if (mine !== sequence.current) return;
    if (!progress.ok) setNotice({ kind: 'error', text: progress.error.message });
    else setNotice(null);
    setOpen({
      id,
      display: detail.ok ? detail.value.complainantDisplay : display,
      progress: progress.ok ? progress.value : null,
      detail: detail.ok ? detail.value : null,
      loading: false,
    });
  }, []);

  useEffect(() => {
    inputRef.current?.focus();
    const fromVisit = params.guestVisitId;
    if (fromVisit !== undefined) {
      // Sent here from the guest book for a visitor asking about progress: look for
      // their complaint by name straight away; the note will be linked to this visit.
      void (async () => {
        const r = await call('guests.get', { id: fromVisit });
        if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
        setVisitor(r.value);
        setText(r.value.name);
      })();
      return;
    }
    const last = Number(localStorage.getItem(LAST_OPEN_KEY));
    if (Number.isInteger(last) && last > 0 && hasConsultationDraft(last)) {
      void openComplaint(last, '').then(() =>
        setNotice({ kind: 'info', text: 'Catatan konsultasi yang belum disimpan dipulihkan. Periksa, lalu simpan.' }),
      );
    }
  }, [params.guestVisitId, openComplaint]);

  const onOpen = useCallback((hit: ComplaintSearchHit) => void openComplaint(hit.id, hit.complainantDisplay), [openComplaint]);

  async function onSaved(note: ConsultationNote) {
    // The note may add a step to the timeline; the list of notes grows by one.
    if (!open) return;
    setNotice(null);
    const id = open.id;
    setOpen((o) => (o && o.id === id && o.detail ? { ...o, detail: { ...o.detail, consultations: [...o.detail.consultations, note] } } : o));
    const r = await call('complaints.progress', { id });
    if (r.ok) setOpen((o) => (o && o.id === id ? { ...o, progress: r.value } : o));
  }

  const detail = open?.detail ?? null;
  const who: ComplainantHint | null = detail
    ? { name: detail.complainant.name, phone: detail.complainant.phone, nik: detail.complainant.nik }
    : null;

  return (
    <div className="pd">
      <div className="pd__left">
        {visitor ? (
          <div className="recognised pd-visitor" role="status">
            Melayani tamu <strong>{visitor.name}</strong> (masuk pukul {formatTime(visitor.timeIn, office.timeZone)}).
            Catatan konsultasi ditautkan ke kunjungan ini.
          </div>
        ) : null}
        <ComplaintSearchBox text={text} onText={setText} selectedId={open?.id ?? null} onOpen={onOpen} inputRef={inputRef} />
        {text === '' ? (
          <WaitingVisitors
            onPick={(v) => {
              setVisitor(v);
              setText(v.name);
              inputRef.current?.focus();
            }}
          />
        ) : null}
      </div>
      <div className="pd__right">
        <Notice notice={notice} onDismiss={() => setNotice(null)} />
        {!open ? (
          <section className="panel pd-welcome">
            <h2>Meja Progres</h2>
            <p>Pelapor menanyakan sampai di mana pengaduannya? Ketik di kotak pencarian:</p>
            <ul>
              <li><strong>kode pelacakan</strong> pada tanda terima (huruf besar/kecil dan spasi tidak masalah; satu huruf salah ketik dikenali),</li>
              <li><strong>nama</strong> pelapor (ejaan yang mirip juga ditemukan),</li>
              <li><strong>nomor telepon</strong> (08… atau +62…), atau</li>
              <li><strong>NIK</strong> 16 angka.</li>
            </ul>
            <p className="muted">Satu hasil langsung dibuka. Pelapor rahasia hanya dapat dicari dengan kode pelacakan.</p>
          </section>
        ) : open.loading ? (
          <section className="panel"><p className="muted">Memuat pengaduan…</p></section>
        ) : (
          <>
            {open.progress ? (
              <ProgressSummary
                progress={open.progress}
                complainantDisplay={open.display}
                confidential={detail?.privacy === 'rahasia'}
              />
            ) : null}
            <ConsultationPanel
              key={open.id}
              complaintId={open.id}
              who={who}
              previous={detail?.consultations ?? []}
              fromGuestVisitId={visitor?.id ?? params.guestVisitId}
              onSaved={(note) => void onSaved(note)}
            />
          </>
        )}
      </div>
    </div>
  );
}
