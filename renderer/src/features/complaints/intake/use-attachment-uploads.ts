import { useEffect, useRef, useState } from 'react';
import { MAX_ATTACHMENT_BYTES } from '../../../../../shared/complaints/complaint-schemas';
import { tooLargeMessage } from '../../../../../shared/complaints/attachment-limits';
import { call } from '../../../api/client';
import { fileToBase64 } from '../shared/file-to-base64';
import type { UploadedFile } from './intake-form-values';

const MAX_FILES = 20;

/** A file on its way to the main process, or refused on the way. */
export interface PendingUpload {
  key: string;
  fileName: string;
  size: number;
  phase: 'membaca' | 'mengunggah' | 'ditolak';
  /** 0–1 while the file is read; null while it travels (no byte count comes back). */
  progress: number | null;
  error?: string;
}

/** A local copy of an uploaded file for the preview, typed by what the backend found in it. */
export interface LocalPreview {
  blob: Blob;
  url: string;
}

interface Options {
  uploaded: UploadedFile[];
  onUploaded(file: UploadedFile): void;
}

/**
 * Sends picked files to `complaints.uploadAttachment` one by one and tracks each: reading
 * (with progress), uploading, accepted (handed to the form) or refused (kept in the list
 * with the backend's reason, so the clerk sees which file failed while the rest of the
 * complaint stays as typed). Previews come from the local file, never from the network,
 * and use the type the backend read from the content, not the file name's.
 */
export function useAttachmentUploads({ uploaded, onUploaded }: Options) {
  const [pending, setPending] = useState<PendingUpload[]>([]);
  const [previews, setPreviews] = useState<Record<string, LocalPreview>>({});
  const uploadedRef = useRef(uploaded);
  uploadedRef.current = uploaded;
  const inFlight = useRef(0);
  // Bumped by reset(): an upload that finishes after the form was emptied must not land in the next complaint.
  const generation = useRef(0);
  const previewsRef = useRef(previews);
  previewsRef.current = previews;

  useEffect(() => () => Object.values(previewsRef.current).forEach((p) => URL.revokeObjectURL(p.url)), []);

  const patch = (key: string, change: Partial<PendingUpload>) =>
    setPending((list) => list.map((p) => (p.key === key ? { ...p, ...change } : p)));
  const refuse = (key: string, error: string) => patch(key, { phase: 'ditolak', progress: null, error });

  async function upload(file: File, key: string, batchGeneration: number) {
    if (batchGeneration !== generation.current) return;
    if (file.size > MAX_ATTACHMENT_BYTES) return refuse(key, tooLargeMessage(file.size));
    if (uploadedRef.current.length + inFlight.current >= MAX_FILES) return refuse(key, `Paling banyak ${MAX_FILES} lampiran.`);
    inFlight.current += 1;
    try {
      let base64: string;
      try {
        base64 = await fileToBase64(file, (f) => patch(key, { progress: f }));
      } catch (err) {
        return refuse(key, err instanceof Error ? err.message : 'Berkas tidak dapat dibaca.');
      }
      patch(key, { phase: 'mengunggah', progress: null });
      const r = await call('complaints.uploadAttachment', { fileName: file.name, base64 });
      if (batchGeneration !== generation.current) return;
      if (!r.ok) return refuse(key, r.error.message);
      if (uploadedRef.current.some((u) => u.sha256 === r.value.sha256)) {
        return refuse(key, 'Berkas yang sama (isinya persis sama) sudah dilampirkan.');
      }
      const accepted: UploadedFile = { sha256: r.value.sha256, fileName: r.value.fileName, mimeType: r.value.mimeType, size: r.value.size };
      // Mirror it now, so a second copy in the same batch is caught before React re-renders.
      uploadedRef.current = [...uploadedRef.current, accepted];
      if (/^image\/(png|jpeg|gif|webp)$/.test(accepted.mimeType) || accepted.mimeType === 'application/pdf') {
        const blob = new Blob([file], { type: accepted.mimeType });
        setPreviews((all) => ({ ...all, [accepted.sha256]: { blob, url: URL.createObjectURL(blob) } }));
      }
      setPending((list) => list.filter((p) => p.key !== key));
      onUploaded(accepted);
    } finally {
      inFlight.current -= 1;
    }
  }

  /** Queues the picked files; each is read and sent in turn so a big scan does not stall the rest. */
  function add(files: Iterable<File>) {
    const batch = [...files].map((file) => ({ file, key: `${Date.now()}-${Math.random().toString(36).slice(2)}` }));
    setPending((list) => [
      ...list,
      ...batch.map(({ file, key }): PendingUpload => ({ key, fileName: file.name, size: file.size, phase: 'membaca', progress: 0 })),
    ]);
    const batchGeneration = generation.current;
    void (async () => {
      for (const { file, key } of batch) await upload(file, key, batchGeneration);
    })();
  }

  /** Takes a refused file off the list. */
  function dismiss(key: string) {
    setPending((list) => list.filter((p) => p.key !== key));
  }

  /** Forgets the local copy of a removed attachment. */
  function forget(sha256: string) {
    const preview = previewsRef.current[sha256];
    if (!preview) return;
    URL.revokeObjectURL(preview.url);
    setPreviews((all) => Object.fromEntries(Object.entries(all).filter(([k]) => k !== sha256)));
  }

  /** Clears everything for the next complaint. */
  function reset() {
    generation.current += 1;
    Object.values(previewsRef.current).forEach((p) => URL.revokeObjectURL(p.url));
    setPreviews({});
    setPending([]);
  }

  const busy = pending.some((p) => p.phase !== 'ditolak');
  return { pending, previews, busy, add, dismiss, forget, reset };
}
