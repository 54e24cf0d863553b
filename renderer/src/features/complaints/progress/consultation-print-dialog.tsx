import { useEffect, useRef, useState } from 'react';
import type { FileDownload } from '../../../../../shared/contract/file-download';
import { call } from '../../../api/client';
import { Modal } from '../../../components/modal';
import { Notice, type NoticeMessage } from '../../../components/notice';
import { fileToBlob, saveFile } from '../../../lib/save-file';

/**
 * The consultation note as a PDF: composed as soon as the dialog opens (one action for
 * the clerk), previewed, then printed or saved.
 */
export function ConsultationPrintDialog({ noteId, onClose }: { noteId: number; onClose(): void }) {
  const [notice, setNotice] = useState<NoticeMessage | null>({ kind: 'info', text: 'Menyusun PDF catatan konsultasi…' });
  const [pdf, setPdf] = useState<{ file: FileDownload; url: string } | null>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let alive = true;
    let url: string | null = null;
    void (async () => {
      const r = await call('complaints.consultationPdf', { id: noteId });
      if (!alive) return;
      if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
      url = URL.createObjectURL(fileToBlob(r.value));
      setPdf({ file: r.value, url });
      setNotice({ kind: 'success', text: `PDF siap: ${r.value.fileName}` });
    })();
    return () => {
      alive = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [noteId, attempt]);

  return (
    <Modal title="Cetak catatan konsultasi" onClose={onClose} wide>
      <Notice notice={notice} />
      {notice?.kind === 'error' ? (
        <button type="button" className="button" onClick={() => {
            setNotice({ kind: 'info', text: 'Menyusun PDF catatan konsultasi…' });
            setAttempt((n) => n + 1);
          }}>Coba lagi</button>
      ) : null}
      {pdf ? (
        <div className="pdf-preview">
          <div className="form-actions">
            <button type="button" className="button button--primary" onClick={() => frame.current?.contentWindow?.print()}>Cetak</button>
            <button type="button" className="button" onClick={() => saveFile(pdf.file)}>Simpan PDF</button>
          </div>
          <iframe ref={frame} title="Pratinjau catatan konsultasi" src={pdf.url} />
        </div>
      ) : null}
    </Modal>
  );
}
