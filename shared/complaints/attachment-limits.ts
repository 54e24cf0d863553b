import { MAX_ATTACHMENT_BYTES } from './complaint-schemas';

const MB = 1024 * 1024;

/**
 * The sentence for a file over the limit, one wording for both sides: the form says it
 * before sending, the main process if a file slips past.
 */
export function tooLargeMessage(size: number): string {
  const shown = String(Math.ceil((size / MB) * 10) / 10).replace('.', ',');
  return `Berkas terlalu besar: ${shown} MB; paling besar ${MAX_ATTACHMENT_BYTES / MB} MB.`;
}
