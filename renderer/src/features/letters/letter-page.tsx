import { useCallback, useEffect, useState } from 'react';
import { LETTER_KIND_LABELS, LETTER_STATE_LABELS, type LetterDetail } from '../../../../shared/letters/letter-records';
import { call } from '../../api/client';
import { useNavigation } from '../../app/navigation';
import { Notice, type NoticeMessage } from '../../components/notice';
import { LetterEditing } from './letter-editing';
import { STATE_TONE } from './letter-format';
import { LetterHistory } from './letter-history';
import { LetterDeliveryPanel } from './letter-delivery-panel';
import { LetterRouteActions } from './letter-route-actions';
import { LetterRoutePanel } from './letter-route-panel';
import { LetterScansPanel } from './letter-scans-panel';
import { LetterSignedPanel } from './letter-signed-panel';
import { LetterVersionsPanel } from './letter-versions-panel';
import { SaveStatusLine } from './save-status';
import { useLetterAutosave } from './use-letter-autosave';
import { usePositionChoices } from './use-position-choices';
import { LetterPreview } from './letter-preview';
import { letterContentSchema } from '../../../../shared/letters/letter-schemas';

interface Props {
  letterId: number;
  onBack(): void;
}

/** Loads the letter, then shows it; a letter that cannot be loaded says why. */
export function LetterPage({ letterId, onBack }: Props) {
  const [letter, setLetter] = useState<LetterDetail | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    void call('letters.get', { id: letterId }).then((r) => {
      if (!alive) return;
      if (!r.ok) return setFailure(r.error.message);
      setLetter(r.value);
    });
    return () => {
      alive = false;
    };
  }, [letterId]);
  if (failure) {
    return (
      <section className="panel">
        <Notice notice={{ kind: 'error', text: failure }} />
        <button type="button" className="button" onClick={onBack}>← Daftar surat</button>
      </section>
    );
  }
  if (!letter) return <p className="muted">Memuat surat…</p>;
  return <LetterWorkspace initial={letter} onBack={onBack} />;
}

/**
 * One letter: where it is on its paraf route and what the user may do, its header and
 * body (editable by whoever holds it now), how it is signed and laid out, its versions and
 * history — and beside it the live preview, exactly as it prints. Esc goes back to the list.
 */
function LetterWorkspace({ initial, onBack }: { initial: LetterDetail; onBack(): void }) {
  const { navigate } = useNavigation();
  const [letter, setLetter] = useState(initial);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [revision, setRevision] = useState(0);
  const positions = usePositionChoices();
  const autosave = useLetterAutosave(initial, (saved) => setLetter(saved));
  const editable = letter.allowed.edit;
  const signed = letter.number !== null;

  const positionTitle = useCallback(
    (id: number | null) => (id === null ? 'sesuai alur paraf' : (positions.find((p) => p.id === id)?.title ?? letter.route.find((s) => s.positionId === id)?.positionTitle ?? `jabatan #${id}`)),
    [positions, letter.route],
  );

  // A scan saved to the letter: its list (and history) come from the backend again.
  const reload = () => void call('letters.get', { id: letter.id }).then((r) => (r.ok ? setLetter(r.value) : setNotice({ kind: 'error', text: r.error.message })));

  const onDone = (detail: LetterDetail, text: string) => {
    setLetter(detail);
    setRevision((n) => n + 1);
    setNotice({ kind: 'success', text });
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (document.querySelector('dialog[open]')) return;
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void autosave.flush();
      } else if (e.key === 'Escape' && !e.defaultPrevented) {
        e.preventDefault();
        onBack();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [autosave, onBack]);

  const valid = letterContentSchema.safeParse(autosave.content).success;
  const returnedBy = letter.state === 'dikembalikan' ? letter.events.filter((e) => e.action === 'dikembalikan').at(-1) : undefined;
  const tone = STATE_TONE[letter.state];

  return (
    <article className="letter-page" aria-labelledby="letter-heading">
      <header className="letter-page__header">
        <button type="button" className="button button--small" onClick={onBack}>← Daftar surat <kbd>Esc</kbd></button>
        <div className="letter-page__title">
          <div className="muted">
            {LETTER_KIND_LABELS[letter.kind]} · pengaduan{' '}
            <button type="button" className="link-button" onClick={() => navigate('register', { complaintId: letter.complaintId })}>{letter.complaintRegisterNumber}</button>
          </div>
          <h2 id="letter-heading">{autosave.content.header.subject || '(tanpa hal)'}</h2>
        </div>
        <span className={`letter-state letter-state--${tone}`} data-testid="letter-state">{LETTER_STATE_LABELS[letter.state]}</span>
        {!signed ? <SaveStatusLine status={autosave.status} editable={editable} onSaveNow={() => void autosave.flush()} /> : null}
      </header>

      {letter.returnNotes && letter.state === 'dikembalikan' ? (
        <div className="letter-returned" role="note" data-testid="return-notes">
          <strong>Dikembalikan{returnedBy ? ` oleh ${returnedBy.actor}` : ''} untuk diperbaiki:</strong>
          <p>{letter.returnNotes}</p>
          <span className="cell-sub">Perbaiki konsep, lalu ajukan kembali untuk paraf (Ctrl+Enter).</span>
        </div>
      ) : null}
      <Notice notice={notice} onDismiss={() => setNotice(null)} />

      <div className="letter-page__columns">
        <div className="letter-page__main">
          <section className="panel" aria-labelledby="letter-route-heading">
            <header className="panel__header"><h2 id="letter-route-heading">Alur paraf</h2></header>
            <LetterRoutePanel letter={letter} />
            <LetterRouteActions letter={letter} flush={autosave.flush} onDone={onDone} />
          </section>

          {signed ? (
            <LetterSignedPanel letter={letter} onArchived={(serial) => {
              reload();
              setNotice({ kind: 'success', text: `Surat diarsipkan dengan nomor arsip ${serial}.` });
            }} />
          ) : null}
          {letter.allowed.deliver || letter.deliveries.length > 0 ? <LetterDeliveryPanel letter={letter} onRecorded={onDone} /> : null}
          {signed && letter.state !== 'dibatalkan' ? <LetterScansPanel letter={letter} onSaved={reload} /> : null}

          <LetterEditing letter={letter} autosave={autosave} editable={editable} positions={positions} onReloaded={setLetter} />

          <section className="panel" aria-labelledby="letter-versions-heading">
            <header className="panel__header"><h2 id="letter-versions-heading">Versi</h2></header>
            <LetterVersionsPanel letter={letter} positionTitle={positionTitle} />
          </section>
          <section className="panel" aria-labelledby="letter-history-heading">
            <header className="panel__header"><h2 id="letter-history-heading">Riwayat</h2></header>
            <LetterHistory events={letter.events} />
          </section>
        </div>
        <div className="letter-page__side">
          <LetterPreview letterId={letter.id} content={valid ? autosave.content : null} signed={signed} revision={revision} />
        </div>
      </div>
    </article>
  );
}
