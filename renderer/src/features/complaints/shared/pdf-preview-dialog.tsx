import { useEffect, useMemo, useRef } from 'react';
import { Modal } from '../../../components/modal';
import { useInitialFocus } from './use-initial-focus';
import './complaint-shared.css';

interface PdfPreviewDialogProps {
  title: string;
  /** The name "Simpan PDF" suggests. */
  fileName: string;
  blob: Blob;
  onClose(): void;
  /** Show "Cetak" (focused, so Enter prints) next to "Simpan PDF". */
  printable?: boolean;
  /** What "Cetak" does instead of printing the preview frame (printDocument, which also writes the print log). */
  onPrint?(): void;
}

/**
 * A PDF shown in the app before it is printed or saved: a receipt, a consultation note,
 * an attached scan. The file is shown from a blob URL in an iframe, so nothing leaves the
 * PC and the PDF viewer of Chromium (which runs no document scripts) does the rendering.
 */
export function PdfPreviewDialog({ title, fileName, blob, onClose, printable = true, onPrint }: PdfPreviewDialogProps) {
  const url = useMemo(() => URL.createObjectURL(blob), [blob]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  const frame = useRef<HTMLIFrameElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  useInitialFocus(first);

  function save() {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
  }

  return (
    <Modal title={title} onClose={onClose} wide>
      <div className="pdf-dialog">
        <div className="dialog-actions dialog-actions--start">
          {printable ? (
            <button type="button" ref={first} className="button button--primary" onClick={() => (onPrint ? onPrint() : frame.current?.contentWindow?.print())}>
              Cetak
            </button>
          ) : null}
          <button type="button" ref={printable ? undefined : first} className={`button${printable ? '' : ' button--primary'}`} onClick={save}>
            Simpan PDF
          </button>
          <span className="pdf-dialog__name">{fileName}</span>
        </div>
        <iframe ref={frame} title={`Pratinjau ${fileName}`} src={url} className="pdf-dialog__frame" />
      </div>
    </Modal>
  );
}
