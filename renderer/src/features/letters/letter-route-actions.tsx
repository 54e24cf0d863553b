import { useEffect, useRef, useState } from 'react';
import type { CallResult } from '../../../../shared/contract/call-result';
import type { LetterDetail } from '../../../../shared/letters/letter-records';
import { call } from '../../api/client';
import { Field } from '../../components/field';
import { Modal } from '../../components/modal';
import { Notice } from '../../components/notice';
import { ReasonDialog } from '../complaints/case/reason-dialog';
import { useInitialFocus } from '../complaints/shared/use-initial-focus';

type Dialog = 'submit' | 'paraf' | 'return' | 'sign' | 'cancel' | null;

interface Props {
  letter: LetterDetail;
  /** Saves what is still pending; false when the server does not hold the content on screen. */
  flush(): Promise<boolean>;
  onDone(detail: LetterDetail, text: string): void;
}

const message = (r: CallResult<unknown>) => (r.ok ? null : r.error.fields ? `${r.error.message} ${Object.values(r.error.fields).join(' ')}`.trim() : r.error.message);

/** A short confirmation with an optional note (Ajukan, Paraf, Tanda tangani); Ctrl+Enter confirms. */
function ActionDialog({ title, intro, confirmLabel, withNote, onConfirm, onClose }: {
  title: string; intro: string; confirmLabel: string; withNote: boolean; onConfirm(note: string): Promise<string | null>; onClose(): void;
}) {
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const noteBox = useRef<HTMLTextAreaElement>(null);
  // Without a note box (signing: a number is issued for good) the safe answer has the focus, so a stray Enter changes nothing.
  const cancelButton = useRef<HTMLButtonElement>(null);
  useInitialFocus(withNote ? noteBox : cancelButton);
  async function confirm() {
    setBusy(true);
    const error = await onConfirm(note);
    setBusy(false);
    if (error) setFailure(error);
  }
  return (
    <Modal title={title} onClose={onClose}>
      <form aria-label={title}
        onSubmit={(e) => { e.preventDefault(); void confirm(); }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void confirm();
          }
        }}>
        <p className="letter-dialog__intro">{intro}</p>
        <Notice notice={failure ? { kind: 'error', text: failure } : null} />
        {withNote ? (
          <Field id="letter-action-note" label="Catatan (tidak wajib)">
            <textarea id="letter-action-note" ref={noteBox} rows={2} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
          </Field>
        ) : null}
        <div className="dialog-actions case-dialog-actions">
          <button type="button" className="button" onClick={onClose} ref={cancelButton}>Batal</button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Memproses…' : confirmLabel} <kbd>Ctrl+Enter</kbd>
          </button>
        </div>
      </form>
    </Modal>
  );
}

/**
 * What the signed-in official may do with the letter now, as `allowed` says: submit it for
 * paraf, initial it, return it to the drafter with notes, sign it, or cancel it. Ctrl+Enter
 * is the step forward (submit, paraf or sign), Alt+K returns. The content on screen is
 * saved first, so what is initialled is what the official sees.
 */
export function LetterRouteActions({ letter, flush, onDone }: Props) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const a = letter.allowed;
  const forward: Dialog = a.submit ? 'submit' : a.sign ? 'sign' : a.paraf ? 'paraf' : null;

  const open = async (next: Dialog) => {
    setFailure(null);
    if (next !== 'cancel' && !(await flush())) return setFailure('Konsep belum tersimpan (lihat keterangan di kanan atas); perbaiki dulu, lalu coba lagi.');
    setDialog(next);
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || document.querySelector('dialog[open]')) return;
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && forward) {
        e.preventDefault();
        e.stopPropagation();
        void open(forward);
      } else if (e.altKey && !e.ctrlKey && e.code === 'KeyK' && a.returnToDrafter) {
        e.preventDefault();
        e.stopPropagation();
        void open('return');
      }
    };
    // Capture phase: the body editor would otherwise take Ctrl+Enter as a line break.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  });

  const act = async (pending: Promise<CallResult<LetterDetail>>, text: (d: LetterDetail) => string) => {
    const r = await pending;
    if (!r.ok) return message(r);
    setDialog(null);
    onDone(r.value, text(r.value));
    return null;
  };
  const version = letter.currentVersion;
  const nextStop = (d: LetterDetail) => d.route.find((s) => s.state === 'giliran');
  const withWhom = (d: LetterDetail) => {
    const s = nextStop(d);
    return s ? `${s.positionTitle}${s.holderName ? ` (${s.holderName})` : ''}` : 'pejabat berikutnya';
  };

  const none = !a.submit && !a.paraf && !a.returnToDrafter && !a.sign && !a.cancel;
  return (
    <div className="letter-actions" role="group" aria-label="Tindakan surat">
      {failure ? <Notice notice={{ kind: 'error', text: failure }} onDismiss={() => setFailure(null)} /> : null}
      <div className="letter-actions__buttons">
        {a.submit ? (
          <button type="button" className="button button--primary" onClick={() => void open('submit')}>
            Ajukan untuk paraf <kbd>Ctrl+Enter</kbd>
          </button>
        ) : null}
        {a.paraf ? (
          <button type="button" className="button button--primary" onClick={() => void open('paraf')}>
            Paraf <kbd>Ctrl+Enter</kbd>
          </button>
        ) : null}
        {a.sign ? (
          <button type="button" className="button button--primary" onClick={() => void open('sign')}>
            Tanda tangani <kbd>Ctrl+Enter</kbd>
          </button>
        ) : null}
        {a.returnToDrafter ? (
          <button type="button" className="button" onClick={() => void open('return')}>
            Kembalikan <kbd>Alt+K</kbd>
          </button>
        ) : null}
        {a.cancel ? (
          <button type="button" className="button button--danger" onClick={() => void open('cancel')}>
            Batalkan surat
          </button>
        ) : null}
        {none && !letter.number ? <span className="muted">Tidak ada tindakan untuk Anda pada surat ini sekarang.</span> : null}
      </div>

      {dialog === 'submit' ? (
        <ActionDialog
          title="Ajukan untuk paraf"
          intro={`Konsep disimpan sebagai versi baru dan diteruskan kepada ${letter.route[1]?.positionTitle ?? 'pejabat berikutnya'} untuk diparaf.`}
          confirmLabel="Ajukan"
          withNote
          onConfirm={(note) => act(call('letters.submit', { id: letter.id, note }), (d) => `Konsep diajukan; sekarang pada ${withWhom(d)}.`)}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'paraf' ? (
        <ActionDialog
          title="Paraf konsep"
          intro={`Anda memaraf versi ${version}. Koreksi yang Anda buat tersimpan sebagai versi tersendiri; surat diteruskan ke pejabat berikutnya.`}
          confirmLabel="Paraf"
          withNote
          onConfirm={(note) => act(call('letters.paraf', { id: letter.id, version, note }), (d) => `Diparaf; sekarang pada ${withWhom(d)}.`)}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'sign' ? (
        <ActionDialog
          title="Tanda tangani surat"
          intro={`Nomor surat akan diberikan saat ditandatangani. Versi ${version} dibekukan: isinya tidak dapat diubah lagi, dan kode verifikasi dicetak pada surat.`}
          confirmLabel="Tanda tangani"
          withNote={false}
          onConfirm={() => act(call('letters.sign', { id: letter.id, version }), (d) => `Surat ditandatangani dengan nomor ${d.number ?? '—'}.`)}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'return' ? (
        <ReasonDialog
          title="Kembalikan kepada penyusun"
          label="Catatan pengembalian"
          hint="Tuliskan apa yang harus diperbaiki; penyusun membacanya di atas konsep."
          confirmLabel="Kembalikan"
          validate={(notes) => (notes.trim() ? undefined : 'Catatan pengembalian wajib diisi.')}
          onConfirm={(notes) => act(call('letters.return', { id: letter.id, version, notes }), () => 'Konsep dikembalikan kepada penyusun dengan catatan.')}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'cancel' ? (
        <ReasonDialog
          title="Batalkan surat"
          label="Alasan pembatalan"
          confirmLabel="Batalkan surat"
          danger
          validate={(reason) => (reason.trim() ? undefined : 'Alasan pembatalan wajib diisi.')}
          onConfirm={(reason) => act(call('letters.cancel', { id: letter.id, reason }), () => 'Surat dibatalkan.')}
          onClose={() => setDialog(null)}
        >
          <p className="letter-dialog__intro">
            {letter.number
              ? `Nomor ${letter.number} dicatat sebagai dibatalkan dan tidak akan dipakai lagi.`
              : 'Konsep ini tidak dapat dilanjutkan lagi; riwayatnya tetap tersimpan.'}
          </p>
        </ReasonDialog>
      ) : null}
    </div>
  );
}
