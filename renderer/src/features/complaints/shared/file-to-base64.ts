/**
 * Reads a file picked by the clerk as base64 (the form the contract carries bytes in),
 * reporting how much has been read so a large scan shows progress instead of a frozen row.
 * Rejects with a message in Bahasa Indonesia when the file cannot be read (moved, locked,
 * on a disconnected drive).
 */
export function fileToBase64(file: Blob, onProgress?: (fraction: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress?.(e.loaded / e.total);
    };
    reader.onerror = () => reject(new Error('Berkas tidak dapat dibaca. Pastikan berkas masih ada dan tidak sedang dibuka program lain.'));
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      // A data URL: "data:<type>;base64,<bytes>"; only the bytes cross the boundary.
      const comma = url.indexOf(',');
      onProgress?.(1);
      resolve(comma >= 0 ? url.slice(comma + 1) : '');
    };
    reader.readAsDataURL(file);
  });
}
