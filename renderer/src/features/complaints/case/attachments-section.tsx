import { useEffect, useMemo, useState } from 'react';
import type { ComplaintAttachment } from '../../../../../shared/complaints/complaint';
import { formatDateTime } from '../../../../../shared/time/indonesian-dates';
import { call } from '../../../api/client';
import { useApp } from '../../../app/app-context';
import { Modal } from '../../../components/modal';
import { Notice, type NoticeMessage } from '../../../components/notice';
import { fileToBlob, saveFile } from '../../../lib/save-file';
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

type Preview = { attachment: ComplaintAttachment; blob: Blob };

/**
 * "Lampiran": images and PDFs open in the app (a blob URL: nothing runs, nothing leaves the
 * PC); office documents are only downloaded, never opened by the app.
 */
export function AttachmentsSection({ attachments }: { attachments: ComplaintAttachment[] }) {
  const { office } = useApp();
  const [busy, setBusy] = useState<number | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);

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

function ImagePreview({ preview, onClose }: { preview: Preview; onClose(): void }) {
  const url = useMemo(() => URL.createObjectURL(preview.blob), [preview.blob]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <Modal title={`Lampiran: ${preview.attachment.fileName}`} onClose={onClose} wide>
      <img className="case-image-preview" src={url} alt={`Lampiran ${preview.attachment.fileName}`} />
    </Modal>
  );
}
