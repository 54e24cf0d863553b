import { useEffect, useState } from 'react';
import { LETTER_KIND_LABELS, type LetterDetail } from '../../../../shared/letters/letter-records';
import { formatLongDay } from '../../../../shared/time/indonesian-dates';
import { call } from '../../api/client';
import { useApp } from '../../app/app-context';
import { Notice, type NoticeMessage } from '../../components/notice';
import { saveFile } from '../../lib/save-file';
import { ArchivedMark, FileIntoArchiveButton } from '../archive/file-into-archive-button';
import type { FilingSource } from '../archive/archive-entry-form';
import { printDocument } from '../printing/print-document';
import { formatMoment, hashPrefix } from './letter-format';

/**
 * A signed letter: its number and date, the verification code printed with its QR, the
 * frozen version and hash, and the two things done with it next — print it (Ctrl+P) or
 * download the PDF.
 */
export function LetterSignedPanel({ letter, onArchived }: { letter: LetterDetail; onArchived(serialNumber: string): void }) {
  const { office } = useApp();
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [busy, setBusy] = useState(false);

  async function fetchPdf(then: 'print' | 'save') {
    setBusy(true);
    if (then === 'print') {
      // The office's printer set-up for this kind decides: straight to the printer, or the print dialog.
      const printed = await printDocument({
        documentKind: letter.kind,
        call: 'letters.pdf',
        input: { id: letter.id },
        title: `${LETTER_KIND_LABELS[letter.kind]} ${letter.number ?? ''}`.trim(),
        reference: letter.number ?? '',
        paper: letter.content.paper,
      });
      setBusy(false);
      return setNotice(printed.ok ? { kind: 'info', text: printed.method === 'pratinjau' ? 'Pratinjau cetak dibuka.' : printed.message } : { kind: 'error', text: printed.message });
    }
    const r = await call('letters.pdf', { id: letter.id });
    setBusy(false);
    if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
    saveFile(r.value);
    setNotice({ kind: 'info', text: `${r.value.fileName} diunduh.` });
  }

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'p' && !document.querySelector('dialog[open]')) {
        e.preventDefault();
        void fetchPdf('print');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const cancelled = letter.state === 'dibatalkan';
  return (
    <section className={`panel letter-signed${cancelled ? ' letter-signed--cancelled' : ''}`} aria-labelledby="letter-signed-heading">
      <header className="panel__header">
        <h2 id="letter-signed-heading">{cancelled ? 'Surat dibatalkan' : 'Surat ditandatangani'}</h2>
        {!cancelled ? (
          <div className="panel__tools">
            <button type="button" className="button button--primary" disabled={busy} onClick={() => void fetchPdf('print')}>Cetak <kbd>Ctrl+P</kbd></button>
            <button type="button" className="button" disabled={busy} onClick={() => void fetchPdf('save')}>Unduh PDF</button>
          </div>
        ) : null}
      </header>
      <Notice notice={notice} onDismiss={() => setNotice(null)} />
      <dl className="letter-signed__facts">
        <dt>Nomor</dt>
        <dd data-testid="letter-number" className={letter.numberCancelled ? 'letter-number--cancelled' : 'letter-number'}>
          {letter.number}
          {letter.numberCancelled ? ' (dibatalkan, tidak dipakai lagi)' : ''}
        </dd>
        <dt>Tanggal</dt>
        <dd data-testid="letter-date">{letter.letterDate ? formatLongDay(letter.letterDate) : '—'}</dd>
        <dt>Ditandatangani</dt>
        <dd>{letter.signedBy ?? '—'}{letter.signedAt ? `, ${formatMoment(letter.signedAt, office.timeZone)}` : ''}</dd>
        <dt>Versi</dt>
        <dd>Versi {letter.signedVersion} · hash <code title={letter.contentHash ?? ''}>{hashPrefix(letter.contentHash)}</code></dd>
        <dt>Verifikasi</dt>
        <dd><code className="letter-code" data-testid="verification-code">{letter.verificationCode}</code> <span className="cell-sub">tercetak di surat bersama kode QR</span></dd>
        {letter.archive || !cancelled ? (
          <>
            <dt>Arsip</dt>
            <dd data-testid="letter-archive">
              {letter.archive ? (
                <ArchivedMark entryId={letter.archive.id} serialNumber={letter.archive.serialNumber} location={letter.archive.location} />
              ) : (
                <FileIntoArchiveButton filing={letterFiling(letter)} label="Arsipkan surat" small onFiled={(entry) => onArchived(entry.serialNumber)} />
              )}
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}

/** The signed PDF as the archive files it: named and dated by its number and date. */
function letterFiling(letter: LetterDetail): FilingSource {
  const name = `${LETTER_KIND_LABELS[letter.kind]} ${letter.number ?? ''}`.trim();
  return {
    source: { kind: 'surat', letterId: letter.id },
    label: `Surat ${letter.number ?? ''} (PDF bertanda tangan)`,
    complaint: { id: letter.complaintId, registerNumber: letter.complaintRegisterNumber, subject: letter.complaintSubject },
    complaintFrom: 'dari surat',
    title: name,
    kind: 'surat_ditandatangani',
    documentDate: letter.letterDate ?? undefined,
  };
}
