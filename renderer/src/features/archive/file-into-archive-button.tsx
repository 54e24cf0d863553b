import { useState } from 'react';
import type { ArchiveClassification, ArchiveEntryDetail } from '../../../../shared/archive/archive-records';
import { call } from '../../api/client';
import { useNavigation } from '../../app/navigation';
import { ArchiveEntryForm, type FilingSource } from './archive-entry-form';
import './archive.css';

interface ButtonProps {
  /** What is filed, with the title, kind and date the form suggests. */
  filing: FilingSource;
  /** The button's words: "Arsipkan surat", "Arsipkan". */
  label: string;
  /** The accessible name when several such buttons stand in a list ("Arsipkan lampiran x.pdf"). */
  name?: string;
  small?: boolean;
  onFiled(entry: ArchiveEntryDetail): void;
}

/**
 * Files a document from where the clerk meets it (a signed letter, a complaint's
 * attachment) without going to the Arsip screen: the classification list is asked for when
 * the button is pressed, then the archive's own filing form opens on the source.
 */
export function FileIntoArchiveButton({ filing, label, name, small, onFiled }: ButtonProps) {
  const [classifications, setClassifications] = useState<ArchiveClassification[] | null>(null);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function start() {
    setProblem(null);
    if (!classifications) {
      setBusy(true);
      const r = await call('archive.classifications', {});
      setBusy(false);
      if (!r.ok) return setProblem(r.error.message);
      setClassifications(r.value);
    }
    setOpen(true);
  }

  return (
    <>
      <button type="button" className={`button${small ? ' button--small' : ''}`} aria-label={name} disabled={busy} onClick={() => void start()}>
        {busy ? 'Memuat…' : label}
      </button>
      {problem ? <span className="field__error" role="alert"> {problem}</span> : null}
      {open && classifications ? (
        <ArchiveEntryForm
          mode="file"
          filing={filing}
          classifications={classifications}
          onClose={() => setOpen(false)}
          onDone={(entry) => {
            setOpen(false);
            onFiled(entry);
          }}
        />
      ) : null}
    </>
  );
}

/** "Diarsipkan: 0001/HM.01.1/ARSIP/2026 · Gedung B · Boks 9", the serial opening the entry on the Arsip screen. */
export function ArchivedMark({ entryId, serialNumber, location }: { entryId: number; serialNumber: string; location: string }) {
  const { navigate } = useNavigation();
  return (
    <span className="archived-mark" data-testid="archived-mark">
      Diarsipkan:{' '}
      <button type="button" className="link-button" title="Buka di layar Arsip" onClick={() => navigate('arsip', { archiveEntryId: entryId })}>
        {serialNumber}
      </button>
      {location ? ` · ${location}` : ''}
    </span>
  );
}
