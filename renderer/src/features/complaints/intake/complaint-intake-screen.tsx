import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { COMPLAINT_FORMS, COMPLAINT_FORM_LABELS } from '../../../../../shared/complaints/complaint-enums';
import type { ComplaintCategory, ComplaintDetail } from '../../../../../shared/complaints/complaint';
import { formatTime } from '../../../../../shared/time/indonesian-dates';
import { call } from '../../../api/client';
import { useApp } from '../../../app/app-context';
import { useNavigation } from '../../../app/navigation';
import { Notice, type NoticeMessage } from '../../../components/notice';
import { ConfirmDialog } from '../shared/confirm-dialog';
import { AttachmentList } from './attachment-list';
import { ChannelDetailsFields } from './channel-details-fields';
import { ChannelPicker, focusChannelPicker } from './channel-picker';
import { ChoiceRow } from './choice-row';
import { ComplainantFields } from './complainant-fields';
import { ComplaintContentFields } from './complaint-content-fields';
import { CounterSettlementFields } from './counter-settlement-fields';
import { DuplicatePanel } from './duplicate-panel';
import { focusIntakeField } from './focus-intake-field';
import { hasContent } from './intake-form-values';
import { IntakeResultPanel } from './intake-result-panel';
import { ShortcutHelp } from './shortcut-help';
import { useAttachmentUploads } from './use-attachment-uploads';
import { useDuplicateSuggestions } from './use-duplicate-suggestions';
import { useGuestVisitPrefill } from './use-guest-visit-prefill';
import { useIntakeForm } from './use-intake-form';
import './intake.css';

/**
 * "Pengaduan Baru" (Alt+2): the form a clerk fills while the complainant talks, from any
 * channel. Keyboard first (number keys pick the channel, Ctrl+Enter saves); the draft is
 * written to this PC on every change; a refused save keeps everything; a saved complaint
 * shows its register number, tracking code and receipt.
 */
export function ComplaintIntakeScreen() {
  const { office } = useApp();
  const navigation = useNavigation();
  const form = useIntakeForm();
  const { values, errors } = form;
  const [categories, setCategories] = useState<ComplaintCategory[]>([]);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<ComplaintDetail | null>(null);
  const [confirmClear, setConfirmClear] = useState(false);
  const [focusTick, setFocusTick] = useState(0);
  const valuesRef = useRef(values);
  valuesRef.current = values;

  const uploads = useAttachmentUploads({ uploaded: values.attachments, onUploaded: form.addAttachment });
  const duplicates = useDuplicateSuggestions(values);
  const prefill = useGuestVisitPrefill({
    guestVisitId: navigation.params.guestVisitId,
    current: () => valuesRef.current,
    replace: form.replace,
    onNotice: setNotice,
  });

  useEffect(() => {
    void (async () => {
      const r = await call('complaints.categories', {});
      if (r.ok) setCategories(r.value);
      else setNotice({ kind: 'error', text: `Daftar kategori tidak dapat dimuat: ${r.error.message}` });
    })();
  }, []);

  // The cursor starts on the channel, and returns there for the next complainant.
  useEffect(() => {
    const frame = requestAnimationFrame(focusChannelPicker);
    return () => cancelAnimationFrame(frame);
  }, [focusTick]);

  function clearForm() {
    form.reset();
    uploads.reset();
    prefill.discardSetAside();
    setConfirmClear(false);
    setNotice(null);
    setFocusTick((n) => n + 1);
  }

  async function submit(e?: FormEvent) {
    e?.preventDefault();
    if (saving) return;
    form.markSubmitted();
    if (uploads.busy) return setNotice({ kind: 'info', text: 'Tunggu sampai semua lampiran selesai diunggah, lalu simpan lagi.' });
    const problems = Object.keys(form.localErrors);
    if (problems.length > 0) {
      setNotice({ kind: 'error', text: `Periksa isian yang ditandai merah (${problems.length}).` });
      focusIntakeField(problems);
      return;
    }
    setSaving(true);
    setNotice({ kind: 'info', text: 'Menyimpan pengaduan…' });
    const r = await call('complaints.intake', form.input);
    setSaving(false);
    if (!r.ok) {
      form.setServerErrors(r.error.fields ?? {});
      setNotice({ kind: 'error', text: r.error.message });
      if (r.error.fields) focusIntakeField(Object.keys(r.error.fields));
      return;
    }
    form.reset();
    uploads.reset();
    prefill.discardSetAside();
    setNotice(null);
    setSaved(r.value);
  }

  // Ctrl+Enter saves from anywhere on the screen, also when the focus fell back to the page
  // (after a removed attachment); not while a dialog (preview, confirmation) is open.
  const submitRef = useRef(submit);
  submitRef.current = submit;
  useEffect(() => {
    if (saved) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey) || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      void submitRef.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [saved]);

  function onKeyDown(e: KeyboardEvent) {
    // A long form: Enter in a one-line field must not save a half-told complaint.
    if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey && e.target instanceof HTMLInputElement) e.preventDefault();
  }

  if (saved) {
    return (
      <div className="intake intake--result">
        <IntakeResultPanel
          complaint={saved}
          onOpenInRegister={() => navigation.navigate('register', { complaintId: saved.id })}
          onNext={() => {
            setSaved(null);
            setFocusTick((n) => n + 1);
          }}
        />
      </div>
    );
  }

  const attachmentError = Object.entries(errors).find(([k]) => k.startsWith('attachment'))?.[1];
  const binding = { errors, onBlurField: form.onBlurField };
  return (
    <div className="intake" onKeyDown={onKeyDown}>
      <form className="panel intake-form" onSubmit={submit} noValidate aria-label="Pengaduan baru">
        <header className="panel__header">
          <h2>Pengaduan baru</h2>
          <span className="panel__hint">Ctrl+Enter = simpan · isian tersimpan otomatis</span>
        </header>
        {values.guest ? (
          <div className="recognised intake-guest" role="status">
            Dari buku tamu: <strong>{values.guest.name}</strong>, masuk {formatTime(values.guest.timeIn, office.timeZone)}
          </div>
        ) : null}
        {prefill.setAside ? (
          <div className="notice notice--info intake-set-aside" role="status">
            <span>Isian pengaduan sebelumnya disisihkan agar tidak tercampur.</span>
            <span className="intake-set-aside__actions">
              <button type="button" className="button button--small" onClick={prefill.restore}>Kembalikan isian sebelumnya</button>
              <button type="button" className="button button--small button--ghost" onClick={prefill.discardSetAside}>Buang</button>
            </span>
          </div>
        ) : null}
        <Notice notice={notice} onDismiss={() => setNotice(null)} />

        <section className="intake-section" aria-labelledby="intake-s1">
          <h3 id="intake-s1">Saluran</h3>
          <div className="form-grid">
            <ChannelPicker value={values.channel} error={errors.channel} onChange={form.setChannel} />
            <ChoiceRow path="form" label="Bentuk" options={COMPLAINT_FORMS} labels={COMPLAINT_FORM_LABELS} value={values.form}
              error={errors.form} required onChange={form.setForm} />
          </div>
          {values.channel ? (
            <ChannelDetailsFields channel={values.channel} values={values.channelDetails} onChange={form.setDetail} {...binding} />
          ) : null}
        </section>

        <section className="intake-section" aria-labelledby="intake-s2">
          <h3 id="intake-s2">Pelapor</h3>
          <ComplainantFields privacy={values.privacy} values={values.complainant} onPrivacy={form.setPrivacy}
            onChange={form.setComplainant} {...binding} />
        </section>

        <section className="intake-section" aria-labelledby="intake-s3">
          <h3 id="intake-s3">Isi aduan</h3>
          <ComplaintContentFields values={values} categories={categories} onKind={form.setKind} onChange={form.setContent} {...binding} />
        </section>

        <section className="intake-section" aria-labelledby="intake-s4">
          <h3 id="intake-s4">Lampiran</h3>
          <AttachmentList
            uploaded={values.attachments}
            pending={uploads.pending}
            previews={uploads.previews}
            error={attachmentError}
            onAdd={uploads.add}
            onRemove={(f) => {
              form.removeAttachment(f.sha256);
              uploads.forget(f.sha256);
            }}
            onDismiss={uploads.dismiss}
          />
        </section>

        {values.form === 'lisan' ? (
          <CounterSettlementFields settled={values.settledAtCounter} answer={values.counterAnswer}
            onSettled={form.setSettled} onAnswer={form.setCounterAnswer} {...binding} />
        ) : null}

        <div className="form-actions intake-actions">
          <button type="submit" className="button button--primary" disabled={saving}>
            {saving ? 'Menyimpan…' : values.form === 'lisan' && values.settledAtCounter ? 'Simpan dan tutup (Ctrl+Enter)' : 'Simpan pengaduan (Ctrl+Enter)'}
          </button>
          <button type="button" className="button" onClick={() => (hasContent(values) ? setConfirmClear(true) : clearForm())}>
            Kosongkan…
          </button>
        </div>
      </form>

      <aside className="intake-side" aria-label="Bantuan pengisian">
        <DuplicatePanel candidates={duplicates.candidates} searching={duplicates.searching} relatedIds={values.relatedIds}
          onToggle={form.toggleRelated} />
        <ShortcutHelp />
      </aside>

      {confirmClear ? (
        <ConfirmDialog
          title="Kosongkan formulir?"
          message="Semua isian dan lampiran pengaduan ini akan dihapus dari layar dan dari draf di komputer ini."
          confirmLabel="Ya, kosongkan"
          danger
          onConfirm={clearForm}
          onCancel={() => setConfirmClear(false)}
        />
      ) : null}
    </div>
  );
}
