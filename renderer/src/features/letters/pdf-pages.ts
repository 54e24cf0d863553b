import type { PDFDocumentProxy } from 'pdfjs-dist';

type PdfJs = typeof import('pdfjs-dist');

let loading: Promise<PdfJs> | null = null;

/**
 * pdf.js, loaded the first time a preview is shown (it is large, and most screens never
 * need it), with its worker started once for the whole app.
 */
function pdfjs(): Promise<PdfJs> {
  loading ??= import('pdfjs-dist').then((lib) => {
    lib.GlobalWorkerOptions.workerPort = new Worker(new URL('./pdf-worker.ts', import.meta.url), { type: 'module' });
    return lib;
  });
  return loading;
}

export interface RenderedPdf {
  pages: HTMLCanvasElement[];
  pageCount: number;
}

/**
 * Draws every page of a PDF onto canvases `cssWidth` pixels wide (sharp on high-DPI
 * screens). The canvases are returned, not inserted, so the caller can swap a whole
 * preview at once: a stale one is replaced, never stacked. `isStale()` is asked between
 * pages so a preview overtaken by newer typing stops drawing.
 */
export async function renderPdf(bytes: Uint8Array, cssWidth: number, isStale: () => boolean): Promise<RenderedPdf | null> {
  const lib = await pdfjs();
  // No eval (the CSP forbids it) and no font or wasm fetching: our PDFs embed their fonts.
  const task = lib.getDocument({ data: bytes, isEvalSupported: false, useSystemFonts: false, stopAtErrors: false });
  let doc: PDFDocumentProxy | null = null;
  try {
    doc = await task.promise;
    const ratio = Math.min(window.devicePixelRatio || 1, 2);
    const pages: HTMLCanvasElement[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      if (isStale()) return null;
      const page = await doc.getPage(n);
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: (cssWidth / base.width) * ratio });
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.style.width = `${Math.floor(viewport.width / ratio)}px`;
      canvas.style.height = `${Math.floor(viewport.height / ratio)}px`;
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', `Halaman ${n} dari ${doc.numPages}`);
      canvas.dataset.page = String(n);
      await page.render({ canvas, viewport }).promise;
      page.cleanup();
      pages.push(canvas);
    }
    return { pages, pageCount: doc.numPages };
  } finally {
    void (doc ? doc.destroy() : task.destroy());
  }
}

/** The bytes of a base64 file from the contract. */
export function base64Bytes(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}
