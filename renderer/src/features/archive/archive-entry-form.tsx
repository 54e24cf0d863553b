import { useMemo, useRef, useState } from 'react';
import { ACCESS_CLASSES, ACCESS_CLASS_LABELS, ARCHIVE_DOCUMENT_KINDS, ARCHIVE_DOCUMENT_KIND_LABELS, type AccessClass, type ArchiveDocumentKind } from '../../../../shared/archive/archive-enums';
import type { ArchiveClassification, ArchiveEntryDetail, ArchiveLocation } from '../../../../shared/archive/archive-records';
import { archiveEntryFieldsSchema, type ArchiveSource } from '../../../../shared/archive/archive-schemas';
import { retentionDates } from '../../../../shared/archive/retention';
import { call } from '../../api/client';
import { useApp } from '../../app/app-context';
import { Field } from '../../components/field';
import { Modal } from '../../components/modal';
import { Notice } from '../../components/notice';
import { officeToday } from '../../lib/dates';
import { fieldErrors } from '../../lib/schema-errors';
import { useInitialFocus } from '../complaints/shared/use-initial-focus';
import { retentionText } from './archive-format';
import { ArchiveLocationFields } from './archive-location-fields';
import { ComplaintLinkField, type LinkedComplaint } from './complaint-link-field';
import { useLastLocation } from './use-last-location';

export interface FilingSource {
  source: ArchiveSource;
  /** How the dialog names it: "Pindaian balasan.pdf (2 halaman)". */
  label: string;
  /** The complaint the source already belongs to (a scan linked by its QR code). */
  complaint: LinkedComplaint | null;
  /** Where that complaint comes from, beside it in the form; default "dari kode QR pindaian". */
  complaintFrom?: string;
  /** A suggested title, kind and document date (YYYY-MM-DD) for the source. */
  title?: string;
  kind?: ArchiveDocumentKind;
  documentDate?: string;
}

type Props = { classifications: ArchiveClassification[]; onDone(entry: ArchiveEntryDetail): void; onClose(): void } & (
  | { mode: 'file'; filing: FilingSource }
  | { mode: 'edit'; entry: ArchiveEntryDetail }
);

/**
 * Filing a document (or editing its entry): classification, title, the document's date,
 * where the paper goes, who may see it. The retention the classification gives is shown
 * as soon as a classification and a date are chosen.
 */
export function ArchiveEntryForm(props: Props) {
  const { office, now } = useApp();
  const lastLocation = useLastLocation();
  const entry = props.mode === 'edit' ? props.entry : null;
  const [kind, setKind] = useState<ArchiveDocumentKind>(entry?.kind ?? (props.mode === 'file' ? props.filing.kind : undefined) ?? 'surat_jawaban_terpindai');
  const [classificationId, setClassificationId] = useState<number | ''>(entry?.classification.id ?? '');
  const [title, setTitle] = useState(entry?.title ?? (props.mode === 'file' ? props.filing.title ?? '' : ''));
  const [documentDate, setDocumentDate] = useState(entry?.documentDate ?? (props.mode === 'file' ? props.filing.documentDate : undefined) ?? officeToday(now(), office.timeZone));
  const [notes, setNotes] = useState(entry?.notes ?? '');
  const [location, setLocation] = useState<ArchiveLocation>(entry?.location ?? lastLocation.last());
  const [accessClass, setAccessClass] = useState<AccessClass>(entry?.accessClass ?? 'biasa');
  const [complaint, setComplaint] = useState<LinkedComplaint | null>(
    entry ? (entry.complaintId ? { id: entry.complaintId, registerNumber: entry.registerNumber ?? '', subject: entry.complaintSubject ?? '' } : null)
      : props.mode === 'file' ? props.filing.complaint : null,
  );
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const first = useRef<HTMLSelectElement>(null);
  useInitialFocus(first);

  const choices = props.classifications.filter((c) => c.active || c.id === entry?.classification.id);
  const chosen = props.classifications.find((c) => c.id === classificationId) ?? null;
  const retention = useMemo(() => {
    if (!chosen || !/^\d{4}-\d{2}-\d{2}$/.test(documentDate)) return null;
    return retentionText({ ...retentionDates(documentDate, chosen.activeYears, chosen.inactiveYears), disposition: chosen.disposition });
  }, [chosen, documentDate]);
  // A scan linked by its QR code keeps its complaint.
  const complaintFixed = props.mode === 'file' && props.filing.complaint !== null;

  async function save() {
    const fields = { kind, classificationId: classificationId || 0, title, documentDate, notes, location, accessClass, complaintId: complaint?.id ?? null };
    const found = fieldErrors(archiveEntryFieldsSchema, fields);
    setErrors(found);
    if (Object.keys(found).length > 0) return setProblem('Periksa isian yang ditandai.');
    setSaving(true);
    const r = props.mode === 'file'
      ? await call('archive.file', { source: props.filing.source, fields })
      : await call('archive.update', { id: props.entry.id, fields, reason });
    setSaving(false);
    if (!r.ok) {
      setErrors(Object.fromEntries(Object.entries(r.error.fields ?? {}).map(([k, v]) => [k.replace(/^fields\./, ''), v])));
      return setProblem(r.error.message);
    }
    lastLocation.remember(location);
    props.onDone(r.value);
  }

  const footer = (
    <div className="form-actions">
      <button type="button" className="button button--primary" disabled={saving} onClick={() => void save()}>
        {saving ? 'Menyimpan…' : props.mode === 'file' ? 'Simpan ke arsip' : 'Simpan perubahan'}
      </button>
      <button type="button" className="button" onClick={props.onClose}>Batal</button>
    </div>
  );

  return (
    <Modal title={props.mode === 'file' ? 'Arsipkan dokumen' : `Ubah arsip ${props.entry.serialNumber}`} onClose={props.onClose} footer={footer} wide>
      <form className="archive-form" onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <Notice notice={problem ? { kind: 'error', text: problem } : null} onDismiss={() => setProblem(null)} />
        <p className="archive-form__source">
          {props.mode === 'file' ? props.filing.label : `Nomor arsip ${props.entry.serialNumber} tetap; perubahan tercatat di riwayat.`}
        </p>
        <div className="form-grid">
          <Field id="archive-form-kind" label="Jenis dokumen" required error={errors.kind}>
            <select id="archive-form-kind" ref={first} value={kind} onChange={(e) => setKind(e.target.value as ArchiveDocumentKind)}>
              {ARCHIVE_DOCUMENT_KINDS.map((k) => <option key={k} value={k}>{ARCHIVE_DOCUMENT_KIND_LABELS[k]}</option>)}
            </select>
          </Field>
          <Field id="archive-form-class" label="Klasifikasi arsip" required error={errors.classificationId}
            hint={chosen ? `Aktif ${chosen.activeYears} th · inaktif ${chosen.inactiveYears} th · ${chosen.disposition}` : 'Kode klasifikasi menentukan masa simpan'}>
            <select id="archive-form-class" value={classificationId} onChange={(e) => setClassificationId(e.target.value ? Number(e.target.value) : '')}>
              <option value="">— pilih klasifikasi —</option>
              {choices.map((c) => <option key={c.id} value={c.id}>{c.code} · {c.name}</option>)}
            </select>
          </Field>
          <Field id="archive-form-title" label="Judul / uraian dokumen" required error={errors.title} wide>
            <input id="archive-form-title" value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} />
          </Field>
          <Field id="archive-form-date" label="Tanggal dokumen" required error={errors.documentDate}>
            <input id="archive-form-date" type="date" value={documentDate} onChange={(e) => setDocumentDate(e.target.value)} />
          </Field>
          <ComplaintLinkField value={complaint} fixed={complaintFixed} fixedFrom={props.mode === 'file' ? props.filing.complaintFrom : undefined} onChange={setComplaint} error={errors.complaintId} />
        </div>
        <ArchiveLocationFields value={location} onChange={setLocation} errors={errors} />
        <fieldset className="archive-access">
          <legend>Kelas akses</legend>
          {ACCESS_CLASSES.map((a) => (
            <label key={a} className="archive-access__choice">
              <input type="radio" name="archive-access" value={a} checked={accessClass === a} onChange={() => setAccessClass(a)} />
              {ACCESS_CLASS_LABELS[a]}
              <span className="muted">{a === 'biasa' ? ' — semua petugas' : a === 'terbatas' ? ' — setiap pembukaan berkas dicatat' : ' — hanya pemegang izin arsip rahasia'}</span>
            </label>
          ))}
        </fieldset>
        <Field id="archive-form-notes" label="Keterangan" error={errors.notes} wide>
          <textarea id="archive-form-notes" rows={2} value={notes} maxLength={2000} onChange={(e) => setNotes(e.target.value)} />
        </Field>
        <p className="archive-form__retention" data-testid="retention-preview">
          <strong>Retensi:</strong> {retention ?? 'pilih klasifikasi dan tanggal dokumen'}
        </p>
        {props.mode === 'edit' ? (
          <Field id="archive-form-reason" label="Alasan perubahan" error={errors.reason} wide>
            <input id="archive-form-reason" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} placeholder="mis. dipindah ke boks 14" />
          </Field>
        ) : null}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </form>
    </Modal>
  );
}
