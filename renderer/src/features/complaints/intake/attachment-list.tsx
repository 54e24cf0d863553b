import { useRef, useState, type DragEvent } from 'react';
import { Modal } from '../../../components/modal';
import { formatBytes } from '../shared/format-bytes';
import { PdfPreviewDialog } from '../shared/pdf-preview-dialog';
import { attachmentKindLabel, attachmentTag } from './attachment-kind';
import type { UploadedFile } from './intake-form-values';
import type { LocalPreview, PendingUpload } from './use-attachment-uploads';

interface Props {
  uploaded: UploadedFile[];
  pending: PendingUpload[];
  previews: Record<string, LocalPreview>;
  error?: string | undefined;
  onAdd(files: Iterable<File>): void;
  onRemove(file: UploadedFile): void;
  onDismiss(key: string): void;
}

const ACCEPT = '.pdf,.jpg,.jpeg,.png,.gif,.webp,.tif,.tiff,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods';

/**
 * The complaint's attachments: pick (or drop) several files, watch each one upload, see
 * what was accepted (name, size, type read from the content, a thumbnail or a PDF preview)
 * and why a file was refused, and take any of them off again.
 */
export function AttachmentList({ uploaded, pending, previews, error, onAdd, onRemove, onDismiss }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [open, setOpen] = useState<{ file: UploadedFile; preview: LocalPreview } | null>(null);

  function drop(e: DragEvent) {
    e.preventDefault();
    setDragging(false);
    if (e.dataTransfer.files.length > 0) onAdd(e.dataTransfer.files);
  }

  return (
    <div
      className={`attachments${dragging ? ' attachments--dragging' : ''}${error ? ' attachments--invalid' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
    >
      <div className="attachments__pick">
        <button type="button" className="button" onClick={() => input.current?.click()}>
          Pilih berkas…
        </button>
        <span className="field__hint">PDF, gambar, atau dokumen Office; paling besar 10 MB per berkas. Boleh juga diseret ke sini.</span>
        <input
          ref={input}
          id="intake-attachments"
          type="file"
          multiple
          accept={ACCEPT}
          className="visually-hidden"
          aria-label="Lampiran"
          tabIndex={-1}
          onChange={(e) => {
            if (e.target.files && e.target.files.length > 0) onAdd(e.target.files);
            // The same file can be picked again after it was refused or removed.
            e.target.value = '';
          }}
        />
      </div>
      {error ? <div className="field__error" role="alert">{error}</div> : null}
      {uploaded.length + pending.length > 0 ? (
        <ul className="attachment-list" aria-label="Daftar lampiran">
          {uploaded.map((f) => {
            const preview = previews[f.sha256];
            const image = preview && f.mimeType.startsWith('image/');
            return (
              <li key={f.sha256} className="attachment" aria-label={`Lampiran ${f.fileName}`}>
                {image ? (
                  <button type="button" className="attachment__thumb" onClick={() => setOpen({ file: f, preview })} title="Lihat gambar">
                    <img src={preview.url} alt={`Pratinjau ${f.fileName}`} />
                  </button>
                ) : (
                  <span className={`attachment__icon attachment__icon--${attachmentTag(f.mimeType).toLowerCase()}`} aria-hidden>
                    {attachmentTag(f.mimeType)}
                  </span>
                )}
                <div className="attachment__info">
                  <div className="attachment__name">{f.fileName}</div>
                  <div className="attachment__meta">
                    {attachmentKindLabel(f.mimeType)} · {formatBytes(f.size)} · <span className="attachment__ok">terunggah</span>
                  </div>
                </div>
                <div className="attachment__actions">
                  {preview ? (
                    <button type="button" className="button button--small" onClick={() => setOpen({ file: f, preview })}>
                      Lihat
                    </button>
                  ) : null}
                  <button type="button" className="button button--small button--danger" onClick={() => onRemove(f)}
                    aria-label={`Hapus lampiran ${f.fileName}`}>
                    Hapus
                  </button>
                </div>
              </li>
            );
          })}
          {pending.map((p) => (
            <li key={p.key} className={`attachment attachment--${p.phase}`} aria-label={`Lampiran ${p.fileName}`}>
              <span className="attachment__icon" aria-hidden>{p.phase === 'ditolak' ? '!' : '…'}</span>
              <div className="attachment__info">
                <div className="attachment__name">{p.fileName}</div>
                {p.phase === 'ditolak' ? (
                  <div className="attachment__error" role="alert">Ditolak: {p.error}</div>
                ) : (
                  <div className="attachment__meta">
                    {formatBytes(p.size)} · {p.phase === 'membaca' ? 'membaca berkas…' : 'mengunggah…'}
                    <progress
                      className="attachment__progress"
                      aria-label={`Kemajuan ${p.fileName}`}
                      max={1}
                      {...(p.progress === null ? {} : { value: p.progress })}
                    />
                  </div>
                )}
              </div>
              <div className="attachment__actions">
                {p.phase === 'ditolak' ? (
                  <button type="button" className="button button--small" onClick={() => onDismiss(p.key)}
                    aria-label={`Buang ${p.fileName} dari daftar`}>
                    Buang
                  </button>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {open && open.file.mimeType === 'application/pdf' ? (
        <PdfPreviewDialog title={`Lampiran: ${open.file.fileName}`} fileName={open.file.fileName} blob={open.preview.blob}
          onClose={() => setOpen(null)} printable={false} />
      ) : null}
      {open && open.file.mimeType.startsWith('image/') ? (
        <Modal title={`Lampiran: ${open.file.fileName}`} onClose={() => setOpen(null)} wide>
          <img className="attachment-full" src={open.preview.url} alt={open.file.fileName} />
        </Modal>
      ) : null}
    </div>
  );
}
