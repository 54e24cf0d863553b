import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, type PDFDocument, type PDFPage } from 'pdf-lib';

/**
 * The picture behind a scanned PDF page, without a PDF renderer: a page from a copier's
 * scan-to-folder (or from our own saved scans) is one big image. The largest image on the
 * page is taken as it is stored — JPEG (DCTDecode) bytes as they are, Flate-compressed grey
 * or RGB samples inflated — for thumbnails, QR codes and OCR. Null for anything else
 * (vector text, JPEG 2000, CCITT fax, PNG predictors), which then simply has no picture.
 */
export type PageImage =
  | { kind: 'encoded'; bytes: Uint8Array }
  | { kind: 'raw'; data: Buffer; width: number; height: number; channels: 1 | 3 };

export function pageImage(doc: PDFDocument, pageIndex: number): PageImage | null {
  const page = doc.getPage(pageIndex);
  const stream = largestImage(page);
  if (!stream) return null;
  const dict = stream.dict;
  const filters = filterNames(dict);
  const width = numberOf(dict, 'Width');
  const height = numberOf(dict, 'Height');
  const bits = numberOf(dict, 'BitsPerComponent');
  if (filters.length === 1 && filters[0] === 'DCTDecode') return { kind: 'encoded', bytes: stream.contents };
  if (!(filters.length === 0 || (filters.length === 1 && filters[0] === 'FlateDecode')) || !width || !height) return null;
  if (dict.lookup(PDFName.of('DecodeParms'))) return null;
  const channels = channelsOf(dict);
  if (!channels) return null;
  let samples: Buffer;
  try {
    samples = filters.length === 0 ? Buffer.from(stream.contents) : inflateSync(stream.contents);
  } catch {
    return null;
  }
  if (bits === 8 && samples.length >= width * height * channels) {
    return { kind: 'raw', data: samples.subarray(0, width * height * channels), width, height, channels };
  }
  if (bits === 1 && channels === 1) return { kind: 'raw', data: unpackBits(samples, width, height), width, height, channels: 1 };
  return null;
}

function largestImage(page: PDFPage): PDFRawStream | null {
  const resources = page.node.Resources();
  const xobjects = resources?.lookup(PDFName.of('XObject'));
  if (!(xobjects instanceof PDFDict)) return null;
  let best: PDFRawStream | null = null;
  let bestArea = 0;
  for (const [, ref] of xobjects.entries()) {
    const object = page.doc.context.lookup(ref);
    if (!(object instanceof PDFRawStream)) continue;
    if (object.dict.lookup(PDFName.of('Subtype')) !== PDFName.of('Image')) continue;
    const area = (numberOf(object.dict, 'Width') ?? 0) * (numberOf(object.dict, 'Height') ?? 0);
    if (area > bestArea) {
      best = object;
      bestArea = area;
    }
  }
  return best;
}

function filterNames(dict: PDFDict): string[] {
  const filter = dict.lookup(PDFName.of('Filter'));
  if (filter instanceof PDFName) return [filter.decodeText()];
  if (filter instanceof PDFArray) return filter.asArray().map((f) => (f instanceof PDFName ? f.decodeText() : '?'));
  return [];
}

function numberOf(dict: PDFDict, key: string): number | null {
  const value = dict.lookup(PDFName.of(key));
  return value instanceof PDFNumber ? value.asNumber() : null;
}

function channelsOf(dict: PDFDict): 1 | 3 | null {
  const space = dict.lookup(PDFName.of('ColorSpace'));
  if (space === PDFName.of('DeviceGray')) return 1;
  if (space === PDFName.of('DeviceRGB')) return 3;
  // [/ICCBased <<… /N 1|3>>] — pdf-lib writes PNG samples with a plain device space; others vary.
  if (space instanceof PDFArray && space.lookup(0) === PDFName.of('ICCBased')) {
    const profile = space.lookup(1);
    const n = profile instanceof PDFRawStream ? numberOf(profile.dict, 'N') : null;
    return n === 1 ? 1 : n === 3 ? 3 : null;
  }
  return null;
}

/** 1-bit rows (each padded to a byte, 1 = white as in DeviceGray) → one byte per pixel. */
function unpackBits(packed: Buffer, width: number, height: number): Buffer {
  const out = Buffer.alloc(width * height);
  const stride = Math.ceil(width / 8);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const byte = packed[y * stride + (x >> 3)] ?? 0;
      out[y * width + x] = (byte >> (7 - (x & 7))) & 1 ? 255 : 0;
    }
  }
  return out;
}
