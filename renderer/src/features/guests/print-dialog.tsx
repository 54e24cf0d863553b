import { useEffect, useRef, useState } from 'react';
import type { FileDownload } from '../../../../shared/contract/file-download';
import { dateRangeSchema } from '../../../../shared/guests/guest-schemas';
import type { PaperSize } from '../../../../shared/office/office-settings';
import { call } from '../../api/client';
import { useApp } from '../../app/app-context';
import { Field } from '../../components/field';
import { Modal } from '../../components/modal';
import { Notice, type NoticeMessage } from '../../components/notice';
import { fileToBlob, saveFile } from '../../lib/save-file';
import { fieldErrors } from '../../lib/schema-errors';

/** Print the guest book of a day or a range as a PDF (A4 or F4), or export it as CSV. */
export function PrintDialog({ today, onClose }: { today: string; onClose(): void }) {
  const { office } = useApp();
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(today);
  const [paper, setPaper] = useState<PaperSize>(office.paperSize);
  const [busy, setBusy] = useState<'pdf' | 'csv' | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [pdf, setPdf] = useState<{ file: FileDownload; url: string } | null>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const errors = fieldErrors(dateRangeSchema, { from, to });
  const invalid = Object.keys(errors).length > 0;

  useEffect(() => () => { if (pdf) URL.revokeObjectURL(pdf.url); }, [pdf]);

  async function makePdf() {
    setBusy('pdf');
    setNotice({ kind: 'info', text: 'Menyusun PDF buku tamu…' });
    const r = await call('guests.printBook', { range: { from, to }, paperSize: paper });
    setBusy(null);
    if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
    setNotice({ kind: 'success', text: `PDF siap: ${r.value.fileName}` });
    setPdf({ file: r.value, url: URL.createObjectURL(fileToBlob(r.value)) });
  }

  async function exportCsv() {
    setBusy('csv');
    const r = await call('guests.exportCsv', { range: { from, to } });
    setBusy(null);
    if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
    saveFile(r.value);
    setNotice({ kind: 'success', text: `CSV tersimpan: ${r.value.fileName}` });
  }

  return (
    <Modal title="Cetak / ekspor buku tamu" onClose={onClose} wide>
      <Notice notice={notice} />
      <div className="print-options">
        <Field id="print-from" label="Dari tanggal" error={errors.from}>
          <input id="print-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </Field>
        <Field id="print-to" label="Sampai tanggal" error={errors.to}>
          <input id="print-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </Field>
        <Field id="print-paper" label="Kertas">
          <select id="print-paper" value={paper} onChange={(e) => setPaper(e.target.value as PaperSize)}>
            <option value="A4">A4 (210 × 297 mm)</option>
            <option value="F4">F4 / folio (215 × 330 mm)</option>
          </select>
        </Field>
        <div className="form-actions">
          <button type="button" className="button button--primary" disabled={invalid || busy !== null} onClick={makePdf}>
            {busy === 'pdf' ? 'Menyusun…' : 'Buat PDF'}
          </button>
          <button type="button" className="button" disabled={invalid || busy !== null} onClick={exportCsv}>
            {busy === 'csv' ? 'Mengekspor…' : 'Ekspor CSV'}
          </button>
        </div>
      </div>
      {pdf ? (
        <div className="pdf-preview">
          <div className="form-actions">
            <button type="button" className="button button--primary" onClick={() => frame.current?.contentWindow?.print()}>Cetak</button>
            <button type="button" className="button" onClick={() => saveFile(pdf.file)}>Simpan PDF</button>
          </div>
          <iframe ref={frame} title="Pratinjau buku tamu" src={pdf.url} />
        </div>
      ) : null}
    </Modal>
  );
}
