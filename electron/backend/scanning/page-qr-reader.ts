import jsQR from 'jsqr';
import sharp, { type Sharp } from 'sharp';

/** The whole page is read at this size first: a receipt's 2 cm code keeps 2 pixels per module, enough for jsQR. */
const FULL_PAGE_SIDE = 1000;
/** Each corner is read at up to this size, after raising the contrast. */
const CORNER_SIDE = 1000;

/**
 * The contents of the QR codes on a page (jsQR on greyscale pixels from sharp). The whole page
 * first; when that finds nothing, each quarter of the page on its own at a higher resolution
 * and contrast — a small or faintly printed code in a corner (the lembar disposisi's bottom
 * left, a letter's signature block) is then big enough for the detector. The page is decoded
 * once; reads yield to the event loop between tries, so a batch never holds the app for long.
 */
export async function readPageQr(picture: Sharp): Promise<string[]> {
  const { data, info } = await picture.flatten({ background: '#ffffff' }).greyscale().raw().toBuffer({ resolveWithObject: true });
  const { width, height } = info;
  const page = () => sharp(data, { raw: { width, height, channels: info.channels } });

  const whole = await decode(page().resize({ width: FULL_PAGE_SIDE, height: FULL_PAGE_SIDE, fit: 'inside', withoutEnlargement: true }));
  if (whole) return [whole];

  const found = new Set<string>();
  const halfW = Math.ceil(width / 2);
  const halfH = Math.ceil(height / 2);
  for (const [left, top] of [[0, 0], [width - halfW, 0], [0, height - halfH], [width - halfW, height - halfH]] as const) {
    await new Promise((resolve) => setImmediate(resolve));
    const corner = page()
      .extract({ left, top, width: halfW, height: halfH })
      .resize({ width: CORNER_SIDE, height: CORNER_SIDE, fit: 'inside', withoutEnlargement: true })
      .normalise()
      .linear(1.6, -0.3 * 255);
    const text = await decode(corner);
    if (text) found.add(text);
  }
  return [...found];
}

async function decode(image: Sharp): Promise<string | null> {
  const { data, info } = await image.raw().toBuffer({ resolveWithObject: true });
  const pixels = info.width * info.height;
  const rgba = new Uint8ClampedArray(pixels * 4);
  const step = info.channels;
  for (let i = 0, j = 0; i < pixels; i++, j += step) {
    const v = data[j]!;
    const o = i * 4;
    rgba[o] = v;
    rgba[o + 1] = v;
    rgba[o + 2] = v;
    rgba[o + 3] = 255;
  }
  const code = jsQR(rgba, info.width, info.height, { inversionAttempts: 'dontInvert' });
  return code && code.data.trim() !== '' ? code.data : null;
}
