import { Suspense, lazy, useEffect, useMemo, useState } from 'react';
import type { LetterDetail } from '../../../../shared/letters/letter-records';
import { letterContentSchema } from '../../../../shared/letters/letter-schemas';
import { call } from '../../api/client';
import { useApp } from '../../app/app-context';
import { fieldErrors } from '../../lib/schema-errors';
import { clearBackup, readBackup, sameBody, sameContent, type DraftBackup } from './draft-backup';
import { formatMoment } from './letter-format';
import { LetterHeaderFields } from './letter-header-fields';
import { LetterLayoutFields } from './letter-layout-fields';
import type { useLetterAutosave } from './use-letter-autosave';
import type { PositionChoice } from './use-position-choices';

interface Props {
  letter: LetterDetail;
  autosave: ReturnType<typeof useLetterAutosave>;
  editable: boolean;
  positions: PositionChoice[];
  onReloaded(detail: LetterDetail): void;
}

// The editor (TipTap and ProseMirror) loads with the first letter opened, not with the app.
const LetterBodyEditor = lazy(() => import('./letter-body-editor').then((m) => ({ default: m.LetterBodyEditor })));

/** A backup worth offering: there is one, the user may edit, and it differs from what the server holds. */
function offerable(letterId: number, server: LetterDetail, editable: boolean): DraftBackup | null {
  const backup = readBackup(letterId);
  if (!backup) return null;
  if (!editable || sameContent(backup.content, server.content)) {
    if (editable) clearBackup(letterId);
    return null;
  }
  return backup;
}

/**
 * The editable content of the letter: header fields, the body in TipTap, signing and
 * layout. Offers back a local backup that never reached the server, and after a conflict
 * reloads the other person's save while keeping the user's own text in the backup.
 */
export function LetterEditing({ letter, autosave, editable, positions, onReloaded }: Props) {
  const { office } = useApp();
  const { content, change, reset, status } = autosave;
  // A new generation remounts the editor and the line fields with new content.
  const [generation, setGeneration] = useState(0);
  const [backup, setBackup] = useState<DraftBackup | null>(() => offerable(letter.id, letter, editable));
  const errors = useMemo(() => (editable ? fieldErrors(letterContentSchema, content) : {}), [content, editable]);
  const conflict = status.kind === 'error' && status.conflict ? status.message : null;

  useEffect(() => {
    // Losing the right to edit (submitted, signed) makes an old backup meaningless.
    if (!editable) setBackup(null);
  }, [editable]);

  async function reload() {
    const r = await call('letters.get', { id: letter.id });
    if (!r.ok) return;
    reset(r.value.content, r.value.savedAt);
    onReloaded(r.value);
    setGeneration((g) => g + 1);
    setBackup(readBackup(letter.id));
  }

  function restore(b: DraftBackup) {
    setBackup(null);
    setGeneration((g) => g + 1);
    change(b.content);
  }

  const routeSigner = letter.route.at(-1)?.positionTitle ?? 'penanda tangan';
  return (
    <>
      {conflict ? (
        <div className="notice notice--error letter-banner" role="alert">
          <span>{conflict}</span>
          <button type="button" className="button button--small" onClick={() => void reload()}>Muat versi terbaru</button>
        </div>
      ) : null}
      {backup ? (
        <div className="letter-banner letter-banner--backup" role="alert" data-testid="backup-offer">
          <span>Ada isian yang belum tersimpan di perangkat ini ({formatMoment(backup.at, office.timeZone)}).</span>
          <span className="letter-banner__actions">
            <button type="button" className="button button--small button--primary" onClick={() => restore(backup)}>Pulihkan isian itu</button>
            <button type="button" className="button button--small" onClick={() => { clearBackup(letter.id); setBackup(null); }}>Buang</button>
          </span>
        </div>
      ) : null}

      <section className="panel" aria-labelledby="letter-header-heading">
        <header className="panel__header">
          <h2 id="letter-header-heading">Kepala surat</h2>
          {!editable ? <span className="panel__hint">Hanya dapat diubah oleh pejabat yang sedang memegang surat.</span> : null}
        </header>
        <LetterHeaderFields key={`header-${generation}`} kind={letter.kind} header={content.header} editable={editable} errors={errors} positions={positions}
          onChange={(header) => change((c) => ({ ...c, header }))} />
      </section>

      <section className="panel" aria-labelledby="letter-body-heading">
        <header className="panel__header">
          <h2 id="letter-body-heading">Isi surat</h2>
          {errors.body ? <span className="field__error" role="alert">{errors.body}</span> : null}
        </header>
        {/* The editor writes in the letter's typeface, so line lengths look like the page. */}
        <div className={`letter-font--${content.font}`}>
          <Suspense fallback={<div className="letter-editor muted">Menyiapkan penyunting…</div>}>
            <LetterBodyEditor key={`body-${generation}`} initial={content.body} editable={editable}
              onChange={(body) => change((c) => (sameBody(c.body, body) ? c : { ...c, body }))} />
          </Suspense>
        </div>
      </section>

      <section className="panel" aria-labelledby="letter-layout-heading">
        <header className="panel__header"><h2 id="letter-layout-heading">Penandatanganan dan tata letak</h2></header>
        <LetterLayoutFields content={content} editable={editable} positions={positions} routeSigner={routeSigner} onChange={change} />
      </section>
    </>
  );
}
