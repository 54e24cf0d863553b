import { parentPort } from 'node:worker_threads';
import jsQR from 'jsqr';

/**
 * The worker thread that runs jsQR (see qr-worker-client.ts). jsQR is plain JavaScript and
 * blocks for up to a few hundred milliseconds per picture: here it blocks only this thread,
 * never the main process that answers the screen. The main thread prepares the picture with
 * sharp (libvips works in its own threads) and sends raw greyscale pixels; this file needs
 * nothing but jsqr, so its bundle (dist/electron/qr-worker.cjs) is self-contained.
 */

/** One picture to read: greyscale (or grey with more channels) pixels, row by row. */
export interface QrDecodeRequest {
  id: number;
  pixels: ArrayBuffer;
  width: number;
  height: number;
  channels: number;
}

export type QrDecodeReply = { id: number; text: string | null } | { id: number; error: string };

/** jsQR wants RGBA: each grey value is copied to red, green and blue. */
function decodeGrey(request: Omit<QrDecodeRequest, 'id'>): string | null {
  const { width, height, channels } = request;
  const grey = new Uint8Array(request.pixels);
  const pixels = width * height;
  if (grey.length < pixels * channels) throw new Error(`picture of ${width}×${height}×${channels} has only ${grey.length} bytes`);
  const rgba = new Uint8ClampedArray(pixels * 4);
  for (let i = 0, j = 0; i < pixels; i++, j += channels) {
    const v = grey[j]!;
    const o = i * 4;
    rgba[o] = v;
    rgba[o + 1] = v;
    rgba[o + 2] = v;
    rgba[o + 3] = 255;
  }
  const code = jsQR(rgba, width, height, { inversionAttempts: 'dontInvert' });
  return code && code.data.trim() !== '' ? code.data : null;
}

// A picture jsQR cannot handle is answered as an error for that page; the thread stays up.
// (Only ever loaded as a worker's script: the main thread imports nothing but its types.)
parentPort?.on('message', (request: QrDecodeRequest) => {
  let reply: QrDecodeReply;
  try {
    reply = { id: request.id, text: decodeGrey(request) };
  } catch (err) {
    reply = { id: request.id, error: err instanceof Error ? err.message : String(err) };
  }
  parentPort?.postMessage(reply);
});
