import { useEffect, useRef, useState } from 'react';
import type { CallResult } from '../../../../shared/contract/call-result';
import type { FileDownload } from '../../../../shared/contract/file-download';
import { Modal } from '../../components/modal';
import { Notice, type NoticeMessage } from '../../components/notice';
import { fileToBlob, saveFile } from '../../lib/save-file';
import type { PrintOutcome } from '../printing/print-document';

interface Props<P extends string> {
  title: string;
  papers: readonly P[];
  paperLabels: Record<P, string>;
  initialPaper: P;
  /** Composes the PDF on the chosen paper. */
  compose(paper: P): Promise<CallResult<FileDownload>>;
  /** What "Cetak" does instead of printing the preview frame: printDocument, with the kind's printer and the print log. */
  print?(paper: P, file: FileDownload): Promise<PrintOutcome>;
  onClose(): void;
}

/**
 * A document of the workflow (lembar disposisi, SK Tim, the SOP chart) on the paper the
 * office uses: choose it, see the PDF, then print or save. Composed again on every change
 * of paper, so what is previewed is what prints.
 */
export function WorkflowPrintDialog<P extends string>({ title, papers, paperLabels, initialPaper, compose, print, onClose }: Props<P>) {
  const [paper, setPaper] = useState<P>(initialPaper);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [pdf, setPdf] = useState<{ file: FileDownload; url: string } | null>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const composeRef = useRef(compose);

  useEffect(() => {
    let alive = true;
    let url: string | null = null;
    setNotice({ kind: 'info', text: 'Menyusun PDF…' });
    void composeRef.current(paper).then((r) => {
      if (!alive) return;
      if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
      url = URL.createObjectURL(fileToBlob(r.value));
      setPdf({ file: r.value, url });
      setNotice(null);
    });
    return () => {
      alive = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [paper]);

  return (
    <Modal title={title} onClose={onClose} wide>
      <div className="wf-print">
        <fieldset className="wf-print__papers">
          <legend className="wf-legend">Kertas</legend>
          {papers.map((p) => (
            <label key={p} className="wf-check">
              <input type="radio" name="wf-paper" checked={paper === p} onChange={() => setPaper(p)} />
              {paperLabels[p]}
            </label>
          ))}
        </fieldset>
        <Notice notice={notice} />
        {pdf ? (
          <div className="pdf-preview">
            <div className="form-actions">
              <button type="button" className="button button--primary"
                onClick={() => {
                  if (!print) return frame.current?.contentWindow?.print();
                  void print(paper, pdf.file).then((outcome) => outcome.ok || setNotice({ kind: 'error', text: outcome.message }));
                }}>
                Cetak
              </button>
              <button type="button" className="button" onClick={() => saveFile(pdf.file)}>Simpan PDF</button>
              <span className="muted wf-print__name">{pdf.file.fileName}</span>
            </div>
            <iframe ref={frame} title={`Pratinjau ${title}`} src={pdf.url} />
          </div>
        ) : null}
      </div>
    </Modal>
  );
}
