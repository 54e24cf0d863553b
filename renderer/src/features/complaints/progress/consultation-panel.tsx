import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ConsultationNote } from '../../../../../shared/complaints/complaint';
import { consultationSchema } from '../../../../../shared/complaints/complaint-schemas';
import type { GuestVisit } from '../../../../../shared/guests/guest-visit';
import { VISIT_PURPOSE_LABELS } from '../../../../../shared/guests/visit-purpose';
import { formatDate, formatTime } from '../../../../../shared/time/indonesian-dates';
import { call } from '../../../api/client';
import { useApp } from '../../../app/app-context';
import { Field } from '../../../components/field';
import { Notice, type NoticeMessage } from '../../../components/notice';
import { fieldErrors } from '../../../lib/schema-errors';
import { useLocalDraft } from '../../../lib/use-local-draft';
import { consultationDraftKey, EMPTY_CONSULTATION_DRAFT, type ConsultationDraft } from './consultation-draft';
import { ConsultationPrintDialog } from './consultation-print-dialog';
import { defaultVisitId, linkableVisits, visitMatches, type ComplainantHint } from './visit-match';

interface Props {
  complaintId: number;
  /** The complainant as shown (masked fields match no visit). */
  who: ComplainantHint | null;
  /** Notes recorded before, oldest first. */
  previous: ConsultationNote[];
  /** The visit the guest book opened this screen for, if any. */
  fromGuestVisitId: number | undefined;
  onSaved(note: ConsultationNote): void;
}

/**
 * The consultation note (catatan konsultasi, the output of SOP 000 step 4): what the
 * visitor was told, linked to their visit in today's guest book, saved and printed. The
 * text is a draft on this PC until saved, so a reload or an interruption loses nothing.
 */
export function ConsultationPanel({ complaintId, who, previous, fromGuestVisitId, onSaved }: Props) {
  const { office } = useApp();
  const zone = office.timeZone;
  const key = consultationDraftKey(complaintId);
  const [draft, setDraft, clearDraft] = useLocalDraft<ConsultationDraft>(key, EMPTY_CONSULTATION_DRAFT);
  const [visits, setVisits] = useState<GuestVisit[] | null>(null);
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [justSaved, setJustSaved] = useState<ConsultationNote | null>(null);
  const [printing, setPrinting] = useState<number | null>(null);
  const printButton = useRef<HTMLButtonElement>(null);
  const latest = useRef(draft);
  latest.current = draft;

  useEffect(() => {
    void (async () => {
      const r = await call('guests.today', {});
      if (!r.ok) {
        setVisits([]);
        return setNotice({ kind: 'error', text: `Buku tamu hari ini tidak dapat dibaca: ${r.error.message}` });
      }
      setVisits(linkableVisits(r.value.rows));
    })();
  }, []);

  // An empty draft is not worth a key on this PC forever: drop it when the panel goes.
  useEffect(
    () => () => {
      if (latest.current.note.trim() === '') localStorage.removeItem(key);
    },
    [key],
  );

  useEffect(() => {
    if (justSaved) printButton.current?.focus();
  }, [justSaved]);

  const suggested = visits ? defaultVisitId(visits, who, fromGuestVisitId) : null;
  const chosen: number | null =
    draft.visit === 'auto' ? suggested : draft.visit === 'none' ? null : visits?.some((v) => v.id === draft.visit) ? draft.visit : null;
  const input = { complaintId, guestVisitId: chosen, note: draft.note };
  const errors = { ...fieldErrors(consultationSchema, input), ...serverErrors };

  async function save(e?: FormEvent) {
    e?.preventDefault();
    if (saving) return;
    setAttempted(true);
    if (errors.note) return setNotice({ kind: 'error', text: errors.note });
    setSaving(true);
    const r = await call('complaints.addConsultation', input);
    setSaving(false);
    if (!r.ok) {
      setServerErrors(r.error.fields ?? {});
      return setNotice({ kind: 'error', text: r.error.message });
    }
    clearDraft();
    setAttempted(false);
    setServerErrors({});
    setJustSaved(r.value);
    setNotice(null);
    onSaved(r.value);
  }

  const visitLabel = (v: GuestVisit) =>
    `${formatTime(v.timeIn, zone)} · ${v.name} · ${v.purpose === 'lainnya' ? v.purposeOther : VISIT_PURPOSE_LABELS[v.purpose]}` +
    (who && visitMatches(v, who) ? ' (cocok dengan pelapor)' : '');
  const visitOf = (id: number | null) => (id === null ? undefined : visits?.find((v) => v.id === id));

  return (
    <section className="panel pd-consult" aria-labelledby="pd-consult-title">
      <header className="panel__header">
        <h2 id="pd-consult-title">Catatan konsultasi</h2>
        <span className="panel__hint">Ctrl+Enter = simpan</span>
      </header>
      <Notice notice={notice} onDismiss={() => setNotice(null)} />
      {justSaved ? (
        <div className="pd-saved" role="status">
          <span>
            <strong>Catatan konsultasi tersimpan pukul {formatTime(justSaved.createdAt, zone)}.</strong> Cetak salinannya untuk
            pelapor bila diminta.
          </span>
          <button ref={printButton} type="button" className="button button--primary" onClick={() => setPrinting(justSaved.id)}>
            Cetak catatan
          </button>
        </div>
      ) : null}
      <form
        onSubmit={(e) => void save(e)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save(e);
        }}
        noValidate
        aria-label="Catatan konsultasi"
      >
        <Field id="pd-note" label="Catatan konsultasi" error={attempted ? errors.note : undefined} required wide
          hint="Apa yang ditanyakan pelapor dan apa yang disampaikan kepadanya. Tersimpan otomatis sebagai draf di PC ini.">
          <textarea
            id="pd-note"
            rows={5}
            value={draft.note}
            aria-invalid={attempted && errors.note ? true : undefined}
            onChange={(e) => {
              setServerErrors({});
              setJustSaved(null);
              setDraft((d) => ({ ...d, note: e.target.value }));
            }}
          />
        </Field>
        <Field id="pd-visit" label="Kunjungan di buku tamu hari ini" wide
          hint={visits === null ? 'Memuat buku tamu…' : visits.length === 0 ? 'Belum ada tamu tercatat hari ini.' : chosen !== null && draft.visit === 'auto' ? 'Dipilih otomatis; ubah bila keliru.' : undefined}>
          <select
            id="pd-visit"
            value={chosen === null ? 'none' : String(chosen)}
            onChange={(e) => setDraft((d) => ({ ...d, visit: e.target.value === 'none' ? 'none' : Number(e.target.value) }))}
          >
            <option value="none">Tanpa kunjungan</option>
            {(visits ?? []).map((v) => (
              <option key={v.id} value={v.id}>{visitLabel(v)}</option>
            ))}
          </select>
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={saving}>
            {saving ? 'Menyimpan…' : 'Simpan catatan'}
          </button>
        </div>
      </form>

      {previous.length > 0 ? (
        <div className="pd-notes">
          <h3>Catatan konsultasi tersimpan ({previous.length})</h3>
          <ol className="pd-notes__list">
            {[...previous].reverse().map((n) => (
              <li key={n.id} className="pd-note">
                <div className="pd-note__meta">
                  <span>{formatDate(n.createdAt, zone)} · {formatTime(n.createdAt, zone)} · {n.createdBy}</span>
                  {n.guestVisitId !== null ? (
                    <span className="badge">kunjungan {visitOf(n.guestVisitId)?.name ?? `#${n.guestVisitId}`}</span>
                  ) : null}
                  <button type="button" className="button button--small" onClick={() => setPrinting(n.id)}
                    aria-label={`Cetak ulang catatan ${formatDate(n.createdAt, zone)} ${formatTime(n.createdAt, zone)}`}>
                    Cetak
                  </button>
                </div>
                <p className="pd-note__text">{n.note}</p>
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      {printing !== null ? <ConsultationPrintDialog noteId={printing} onClose={() => setPrinting(null)} /> : null}
    </section>
  );
}
