import { useEffect, useRef, useState } from 'react';
import type { LetterContent } from '../../../../shared/letters/letter-records';
import { call } from '../../api/client';
import { base64Bytes, renderPdf } from './pdf-pages';

/** Typing must pause this long before the preview is composed again (the PDF takes the backend some tens of ms). */
const PREVIEW_DELAY_MS = 700;

interface Props {
  letterId: number;
  /** The content on screen (unsaved included); null while it is not acceptable yet. */
  content: LetterContent | null;
  /** Signed letters show the signed PDF (number, date, QR) instead of the draft. */
  signed: boolean;
  /** Bumped after an action that changes the printed letter (paraf marks, signature). */
  revision: number;
}

type PreviewState = { kind: 'idle' | 'busy' } | { kind: 'ready'; pages: number } | { kind: 'error'; message: string };

/**
 * The letter exactly as it will print: the backend's own PDF of the content on screen,
 * drawn page by page with pdf.js. A newer request overtakes an older one; the finished
 * pages replace the previous set in one swap.
 */
export function LetterPreview({ letterId, content, signed, revision }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const sequence = useRef(0);
  const [state, setState] = useState<PreviewState>({ kind: 'idle' });
  const [pageCount, setPageCount] = useState<number | null>(null);
  const key = signed ? `signed-${revision}` : content ? `${revision}:${JSON.stringify(content)}` : null;

  useEffect(() => {
    if (key === null) return;
    const mine = ++sequence.current;
    const stale = () => mine !== sequence.current;
    const delay = setTimeout(
      () =>
        void (async () => {
          setState({ kind: 'busy' });
          const r = signed ? await call('letters.pdf', { id: letterId }) : await call('letters.preview', { id: letterId, ...(content ? { content } : {}) });
          if (stale()) return;
          if (!r.ok) return setState({ kind: 'error', message: r.error.message });
          const width = Math.max(320, (host.current?.clientWidth ?? 600) - 24);
          try {
            const rendered = await renderPdf(base64Bytes(r.value.base64), width, stale);
            if (!rendered || stale() || !host.current) return;
            host.current.replaceChildren(...rendered.pages);
            setPageCount(rendered.pageCount);
            setState({ kind: 'ready', pages: rendered.pageCount });
          } catch (err) {
            if (!stale()) setState({ kind: 'error', message: `Pratinjau tidak dapat digambar: ${err instanceof Error ? err.message : String(err)}` });
          }
        })(),
      // The first preview (and a signed letter) without waiting.
      pageCount === null || signed ? 0 : PREVIEW_DELAY_MS,
    );
    return () => clearTimeout(delay);
    // content is part of key; letterId and signed too.
  }, [key, letterId]);

  return (
    <section className="panel letter-preview" aria-labelledby="letter-preview-heading">
      <header className="panel__header">
        <h2 id="letter-preview-heading">{signed ? 'Surat yang ditandatangani' : 'Pratinjau cetak'}</h2>
        <span className="letter-preview__status" data-testid="preview-status" aria-live="polite">
          {state.kind === 'busy' ? 'Memperbarui…' : null}
          {pageCount !== null ? <span className="badge" data-testid="preview-pages">{pageCount} halaman</span> : null}
        </span>
      </header>
      {content === null && !signed ? <p className="notice notice--info">Pratinjau menunggu isian yang lengkap (mis. Hal wajib diisi).</p> : null}
      {state.kind === 'error' ? <p className="notice notice--error" role="alert">{state.message}</p> : null}
      <div className="letter-preview__pages" ref={host} data-testid="preview-pages-host" />
    </section>
  );
}
