/** A generated file (PDF, CSV) handed to the renderer to preview, save or print. */
export interface FileDownload {
  fileName: string;
  mimeType: string;
  /** The bytes, base64-encoded so the same value crosses IPC and HTTP. */
  base64: string;
}
