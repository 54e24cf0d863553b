import type { FileDownload } from '../../../shared/contract/file-download';

export function fileToBlob(file: FileDownload): Blob {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type: file.mimeType });
}

/**
 * Hands a generated file to the user: a download in the browser, the save dialog in
 * Electron (which turns a download into "Save as…").
 */
export function saveFile(file: FileDownload): void {
  const url = URL.createObjectURL(fileToBlob(file));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
