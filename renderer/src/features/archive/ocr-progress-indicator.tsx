import { useEffect, useState } from 'react';
import type { OcrProgress } from '../../../../shared/archive/archive-records';
import { call } from '../../api/client';

/**
 * "OCR: 12/40 halaman" while scanned pages are being read in the background, so the
 * archivist knows why a word of a fresh scan is not found yet. Asks often while busy,
 * rarely while idle; asking also wakes the queue for pages another desk just scanned.
 */
export function OcrProgressIndicator({ onIdle, revision }: { onIdle?(): void; revision?: number }) {
  const [progress, setProgress] = useState<OcrProgress | null>(null);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let wasBusy = false;
    const poll = async () => {
      const r = await call('archive.ocrProgress', {});
      if (!live) return;
      if (r.ok) {
        setProgress(r.value);
        const busy = r.value.total > 0;
        if (wasBusy && !busy) onIdle?.();
        wasBusy = busy;
      }
      timer = setTimeout(() => void poll(), r.ok && r.value.total > 0 ? 1500 : 4000);
    };
    void poll();
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // A filing or a scan changes what waits: ask again at once.
  }, [onIdle, revision]);

  if (!progress) return null;
  const busy = progress.total > 0;
  return (
    <span className={`badge ocr-progress${busy ? ' ocr-progress--busy' : ''}`} role="status" data-testid="ocr-progress"
      title={progress.current ? `Sedang membaca ${progress.current.fileName || 'pindaian'}, halaman ${progress.current.pageNo}` : undefined}>
      {busy ? `OCR: ${progress.done}/${progress.total} halaman` : 'OCR: semua halaman terbaca'}
      {progress.failed > 0 ? ` · ${progress.failed} gagal` : ''}
    </span>
  );
}
