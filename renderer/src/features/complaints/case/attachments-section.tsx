import { useEffect, useMemo, useState } from 'react';
import type { ComplaintAttachment } from '../../../../../shared/complaints/complaint';
import { attachmentOcrText, type AttachmentOcr } from '../../../../../shared/complaints/attachment-ocr';
import { formatDateTime } from '../../../../../shared/time/indonesian-dates';
import { call } from '../../../api/client';
import { useApp } from '../../../app/app-context';
import { Modal } from '../../../components/modal';
import { Notice, type NoticeMessage } from '../../../components/notice';
import { fileToBlob, saveFile } from '../../../lib/save-file';
import type { FilingSource } from '../../archive/archive-entry-form';
import type { LinkedComplaint } from '../../archive/complaint-link-field';
import { FileIntoArchiveButton } from '../../archive/file-into-archive-button';
import { formatBytes } from '../shared/format-bytes';
import { PdfPreviewDialog } from '../shared/pdf-preview-dialog';
import { CaseSection } from './case-section';

// TIFF scans are images but Chromium cannot show them: they are downloaded instead.
const isImage = (a: ComplaintAttachment) => a.mimeType.startsWith('image/') && a.mimeType !== 'image/tiff';
const isPdf = (a: ComplaintAttachment) => a.mimeType === 'application/pdf';

/** The kind of file in words; the type was detected from the content when it was uploaded. */
function kindOf(a: ComplaintAttachment): string {
  if (isPdf(a)) return 'PDF';
  if (a.mimeType.startsWith('image/')) return `Gambar ${a.mimeType.slice(6).toUpperCase()}`;
  if (a.mimeType.startsWith('text/')) return 'Teks';
  if (/word|opendocument\.text/.test(a.mimeType)) return 'Dokumen';
  if (/sheet|excel/.test(a.mimeType)) return 'Lembar kerja';
  if (/presentation|powerpoint/.test(a.mimeType)) return 'Presentasi';
  return 'Berkas';
}

// A page takes OCR a few seconds: a quicker refresh would only repeat the same answer.
const OCR_REFRESH_MS = 3000;

type Preview = { attachment: ComplaintAttachment; blob: Blob };

// Scans, receipts, letters: a document worth filing is a PDF or an image, never an office file.
const fileable = (a: ComplaintAttachment) => isPdf(a) || a.mimeType.startsWith('image/');

/** The attachment as the archive files it: named after the file, a receipt if its name says so. */
function attachmentFiling(a: ComplaintAttachment, complaint: LinkedComplaint): FilingSource {
  return {
    source: { kind: 'lampiran', attachmentId: a.id },
    label: `Lampiran pengaduan ${complaint.registerNumber}: ${a.fileName}`,
    complaint,
    complaintFrom: 'dari lampiran',
    title: a.fileName.replace(/\.[^.]+$/, ''),
    kind: /tanda[\s_-]*terima/i.test(a.fileName) ? 'tanda_terima' : 'lainnya',
  };
}

/**
 * "Lampiran": images and PDFs open in the app (a blob URL: nothing runs, nothing leaves the
 * PC); office documents are only downloaded, never opened by the app. A PDF or image can be
 * filed in the archive from here; one already filed shows its archive serial instead.
 */
export function AttachmentsSection({ attachments, complaint }: { attachments: ComplaintAttachment[]; complaint: LinkedComplaint }) {
  const { office } = useApp();
  // Filed on this page: shown at once, without reloading the case (and masking an identity shown).
  const [filed, setFiled] = useState<Record<number, string>>({});
  const [busy, setBusy] = useState<number | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const ocrOf = useLiveOcr(attachments, complaint.id);

  async function fetchFile(a: ComplaintAttachment) {
    setBusy(a.id);
    const r = await call('complaints.attachmentFile', { id: a.id });
    setBusy(null);
    if (!r.ok) {
      setNotice({ kind: 'error', text: r.error.message });
      return null;
    }
    return r.value;
  }

  async function open(a: ComplaintAttachment) {
    const file = await fetchFile(a);
    if (file) setPreview({ attachment: a, blob: fileToBlob(file) });
  }

  async function download(a: ComplaintAttachment) {
    const file = await fetchFile(a);
    if (file) saveFile({ ...file, fileName: a.fileName });
  }

  return (
    <CaseSection id="case-attachments" title={`Lampiran (${attachments.length})`}>
      <Notice notice={notice} onDismiss={() => setNotice(null)} />
      {attachments.length === 0 ? (
        <p className="muted case-note">Tidak ada lampiran.</p>
      ) : (
        <ul className="case-list" aria-label="Daftar lampiran">
          {attachments.map((a) => (
            <li key={a.id} className="case-attachment">
              <div className="case-attachment__name">
                <strong>{a.fileName}</strong>
                <span className="muted"> · {kindOf(a)} · {formatBytes(a.size)} · diunggah {a.uploadedBy}, {formatDateTime(a.uploadedAt, office.timeZone)}</span>
                <OcrState ocr={ocrOf(a)} />
                {filed[a.id] ?? a.archiveSerial ? <span className="archived-mark archived-mark--below" data-testid="attachment-archive-serial">Diarsipkan: {filed[a.id] ?? a.archiveSerial}</span> : null}
              </div>
              <div className="case-attachment__actions">
                {isImage(a) || isPdf(a) ? (
                  <button type="button" className="button button--small" disabled={busy !== null} onClick={() => void open(a)}>
                    Lihat
                  </button>
                ) : null}
                <button type="button" className="button button--small" disabled={busy !== null} onClick={() => void download(a)}>
                  Unduh
                </button>
                {fileable(a) && !(filed[a.id] ?? a.archiveSerial) ? (
                  <FileIntoArchiveButton filing={attachmentFiling(a, complaint)} label="Arsipkan" name={`Arsipkan ${a.fileName}`} small
                    onFiled={(entry) => {
                      setFiled((m) => ({ ...m, [a.id]: entry.serialNumber }));
                      setNotice({ kind: 'success', text: `${a.fileName} diarsipkan dengan nomor arsip ${entry.serialNumber}.` });
                    }} />
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
      {preview && isPdf(preview.attachment) ? (
        <PdfPreviewDialog title={`Lampiran: ${preview.attachment.fileName}`} fileName={preview.attachment.fileName} blob={preview.blob} onClose={() => setPreview(null)} />
      ) : null}
      {preview && isImage(preview.attachment) ? <ImagePreview preview={preview} onClose={() => setPreview(null)} /> : null}
    </CaseSection>
  );
}

/** While OCR still reads a file, its state is asked for again every few seconds, so the line moves on by itself. */
function useLiveOcr(attachments: ComplaintAttachment[], complaintId: number) {
  const [latest, setLatest] = useState<Record<number, AttachmentOcr | null>>({});
  const ocrOf = (a: ComplaintAttachment): AttachmentOcr | null => (a.id in latest ? (latest[a.id] ?? null) : a.ocr);
  const reading = attachments.some((a) => (ocrOf(a)?.waiting ?? 0) > 0);
  useEffect(() => {
    if (!reading) return;
    const timer = setInterval(() => {
      void call('complaints.get', { id: complaintId }).then((r) => {
        if (r.ok) setLatest(Object.fromEntries(r.value.attachments.map((a) => [a.id, a.ocr])));
      });
    }, OCR_REFRESH_MS);
    return () => clearInterval(timer);
  }, [reading, complaintId]);
  return ocrOf;
}

/** Whether a word search covers the file: pages left unread or failed are shown in amber. */
function OcrState({ ocr }: { ocr: AttachmentOcr | null }) {
  if (!ocr) return null;
  const partial = ocr.failed > 0 || ocr.pages === 0 || (ocr.total ?? ocr.pages) > ocr.pages;
  return (
    <span className={`case-attachment__ocr${partial ? ' case-attachment__ocr--partial' : ''}`} data-testid="attachment-ocr">
      {attachmentOcrText(ocr)}
    </span>
  );
}

function ImagePreview({ preview, onClose }: { preview: Preview; onClose(): void }) {
  const url = useMemo(() => URL.createObjectURL(preview.blob), [preview.blob]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <Modal title={`Lampiran: ${preview.attachment.fileName}`} onClose={onClose} wide>
      <img className="case-image-preview" src={url} alt={`Lampiran ${preview.attachment.fileName}`} />
    </Modal>
  );
}
