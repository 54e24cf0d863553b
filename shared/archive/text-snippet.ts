/**
 * A few words of OCR text around the first word of a search, for "ditemukan di halaman 2:
 * …bantuan koperasi…". Matches as the full-text index does: case and diacritics ignored,
 * a search word matches the start of a word of the text.
 */

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function textSnippet(text: string, query: string, radius = 60): string {
  const words = fold(query).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  // One folded character per character of the text, so a position in one is a position in the other.
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  const folded = chars.map((ch) => fold(ch).slice(0, 1) || ch).join('');
  let at = -1;
  for (const word of words) {
    const m = new RegExp(`(^|[^\\p{L}\\p{N}])${escape(word)}`, 'u').exec(folded);
    if (!m) continue;
    const index = [...folded.slice(0, m.index + (m[1] ?? '').length)].length;
    if (at < 0 || index < at) at = index;
  }
  if (at < 0) return chars.length > radius * 2 ? chars.slice(0, radius * 2).join('').trimEnd() + '…' : chars.join('');
  let start = Math.max(0, at - radius);
  while (start > 0 && chars[start - 1] !== ' ') start--;
  let end = Math.min(chars.length, at + radius);
  while (end < chars.length && chars[end] !== ' ') end++;
  return `${start > 0 ? '…' : ''}${chars.slice(start, end).join('').trim()}${end < chars.length ? '…' : ''}`;
}
