import type { FileDownload } from '../../../../shared/contract/file-download';
import { fileToBlob } from '../../lib/save-file';

let lastFrame: { frame: HTMLIFrameElement; url: string; timer: number } | null = null;

function removeLastFrame(): void {
  if (!lastFrame) return;
  window.clearTimeout(lastFrame.timer);
  lastFrame.frame.remove();
  URL.revokeObjectURL(lastFrame.url);
  lastFrame = null;
}

/**
 * Opens the browser's print dialog over a PDF without showing it first: the PDF loads in
 * an invisible frame (a blob URL, so nothing leaves the PC) and that frame prints. The
 * frame stays a minute: Chromium's PDF viewer prints after print() returns, and removing
 * the frame at once would cancel the job.
 */
export function printPdfInBrowser(file: FileDownload): Promise<void> {
  removeLastFrame();
  const url = URL.createObjectURL(fileToBlob(file));
  const frame = document.createElement('iframe');
  frame.className = 'print-frame';
  frame.title = `Cetak ${file.fileName}`;
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.src = url;
  lastFrame = { frame, url, timer: window.setTimeout(removeLastFrame, 60_000) };
  return new Promise((resolve, reject) => {
    frame.addEventListener('load', () => {
      // The viewer needs a moment after "load" before it can print the document.
      window.setTimeout(() => {
        try {
          frame.contentWindow?.focus();
          frame.contentWindow?.print();
          resolve();
        } catch (err) {
          reject(err instanceof Error ? err : new Error(String(err)));
        }
      }, 250);
    });
    document.body.append(frame);
  });
}

/** Pages of a PDF for the log, counted from its page objects (pdfmake writes them uncompressed); null when unsure. */
export function pdfPageCount(file: FileDownload): number | null {
  try {
    const count = atob(file.base64).match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
    return count > 0 ? count : null;
  } catch {
    return null;
  }
}
