import sharp, { type Sharp } from 'sharp';
import { QrWorkerClosedError, type GreyPicture, type QrWorker } from './qr-worker-client';

/** The whole page is read at this size first: a receipt's 2 cm code keeps 2 pixels per module, enough for jsQR. */
const FULL_PAGE_SIDE = 1000;
/** Each corner is read at up to this size, after raising the contrast. */
const CORNER_SIDE = 1000;

/**
 * The contents of the QR codes on a page (jsQR on greyscale pixels from sharp). The whole page
 * first; when that finds nothing, each quarter of the page on its own at a higher resolution
 * and contrast — a small or faintly printed code in a corner (the lembar disposisi's bottom
 * left, a letter's signature block) is then big enough for the detector. The page is decoded
 * once. sharp works here (libvips runs outside the event loop); jsQR, which would block the
 * main process for up to a second per page, runs in the worker thread (qr-worker-client.ts).
 * Rejects with QrReadError when the worker fails or the page takes too long. A page left
 * unread because the backend is closing simply has no codes: its session is going away too.
 */
export async function readPageQr(picture: Sharp, worker: QrWorker): Promise<string[]> {
  return readWith(picture, worker).catch((err: unknown) => {
    if (err instanceof QrWorkerClosedError) return [];
    throw err;
  });
}

function readWith(picture: Sharp, worker: QrWorker): Promise<string[]> {
  return worker.page(async (decodeInWorker) => {
    const decode = async (image: Sharp) => decodeInWorker(await toGrey(image));
    const { data, info } = await picture.flatten({ background: '#ffffff' }).greyscale().raw().toBuffer({ resolveWithObject: true });
    const { width, height } = info;
    const page = () => sharp(data, { raw: { width, height, channels: info.channels } });

    const whole = await decode(page().resize({ width: FULL_PAGE_SIDE, height: FULL_PAGE_SIDE, fit: 'inside', withoutEnlargement: true }));
    if (whole) return [whole];

    const found = new Set<string>();
    const halfW = Math.ceil(width / 2);
    const halfH = Math.ceil(height / 2);
    for (const [left, top] of [[0, 0], [width - halfW, 0], [0, height - halfH], [width - halfW, height - halfH]] as const) {
      const corner = page()
        .extract({ left, top, width: halfW, height: halfH })
        .resize({ width: CORNER_SIDE, height: CORNER_SIDE, fit: 'inside', withoutEnlargement: true })
        .normalise()
        .linear(1.6, -0.3 * 255);
      const text = await decode(corner);
      if (text) found.add(text);
    }
    return [...found];
  });
}

async function toGrey(image: Sharp): Promise<GreyPicture> {
  const { data, info } = await image.raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}
