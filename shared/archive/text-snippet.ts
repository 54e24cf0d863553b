/**
 * A few words of OCR text around the first word of a search, for "ditemukan di halaman 2:
 * …bantuan koperasi…". Matches as the full-text index does: case and diacritics ignored,
 * a search word matches the start of a word of the text.
 */

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The text folded so that a position in it is the same position in the text: folded whole
 * when that keeps the length (the usual case, and fast), else one character at a time.
 */
function alignedFold(text: string): string {
  const whole = fold(text);
  if (whole.length === text.length) return whole;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const f = fold(text[i]!);
    out += f.length === 1 ? f : text[i];
  }
  return out;
}

export function textSnippet(text: string, query: string, radius = 60): string {
  const words = fold(query).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  const flat = text.replace(/\s+/g, ' ').trim();
  const folded = alignedFold(flat);
  let at = -1;
  for (const word of words) {
    const m = new RegExp(`(^|[^\\p{L}\\p{N}])${escape(word)}`, 'u').exec(folded);
    if (!m) continue;
    const index = m.index + (m[1] ?? '').length;
    if (at < 0 || index < at) at = index;
  }
  if (at < 0) return flat.length > radius * 2 ? flat.slice(0, radius * 2).trimEnd() + '…' : flat;
  let start = Math.max(0, at - radius);
  while (start > 0 && flat[start - 1] !== ' ') start--;
  let end = Math.min(flat.length, at + radius);
  while (end < flat.length && flat[end] !== ' ') end++;
  return `${start > 0 ? '…' : ''}${flat.slice(start, end).trim()}${end < flat.length ? '…' : ''}`;
}
