import { formatTime } from '../../../../shared/time/indonesian-dates';
import { useApp } from '../../app/app-context';
import type { SaveStatus } from './use-letter-autosave';

/**
 * The autosave's state in one line beside the title: "Tersimpan pukul 15.02",
 * "Menyimpan…", or why it is not saved — with "Simpan sekarang" (Ctrl+S) to try at once.
 */
export function SaveStatusLine({ status, editable, onSaveNow }: { status: SaveStatus; editable: boolean; onSaveNow(): void }) {
  const { office } = useApp();
  let text: string;
  let tone: 'ok' | 'busy' | 'bad';
  switch (status.kind) {
    case 'saved':
      text = `Tersimpan pukul ${formatTime(status.at, office.timeZone, false)}`;
      tone = 'ok';
      break;
    case 'pending':
    case 'saving':
      text = 'Menyimpan…';
      tone = 'busy';
      break;
    case 'invalid':
      text = `Belum tersimpan: ${status.message}`;
      tone = 'bad';
      break;
    case 'error':
      text = status.conflict ? 'Tidak disimpan: ada perubahan dari orang lain' : `Gagal menyimpan: ${status.message}`;
      tone = 'bad';
      break;
  }
  return (
    <div className={`letter-save letter-save--${tone}`} data-testid="save-status" role={tone === 'bad' ? 'alert' : 'status'}>
      <span>{text}</span>
      {editable && status.kind !== 'saved' && !(status.kind === 'error' && status.conflict) ? (
        <button type="button" className="button button--small" onClick={onSaveNow}>Simpan sekarang <kbd>Ctrl+S</kbd></button>
      ) : null}
    </div>
  );
}
