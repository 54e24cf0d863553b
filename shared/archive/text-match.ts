/**
 * Matching typed words against OCR text the way the full-text index does (unicode61 with
 * diacritics removed, see electron/db/search/archive-text-search.ts): case and accents
 * ignored, text split at anything not a letter or digit, every chunk of the query must
 * appear, a chunk typed as a code ("HM.01.4") as consecutive words, the last word of each
 * chunk as the start of a word. Used to point at the page of a scan that holds the words,
 * in memory, for the few results on screen.
 */

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

export const textTokens = (text: string) => fold(text).split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0);

/** The query as chunks of tokens, as archiveTerms() builds its FTS query (at most 8 chunks). */
export function queryChunks(query: string): string[][] {
  return query
    .normalize('NFKC')
    .split(/\s+/u)
    .map(textTokens)
    .filter((tokens) => tokens.length > 0)
    .slice(0, 8);
}

function hasChunk(tokens: readonly string[], chunk: readonly string[]): boolean {
  const last = chunk.length - 1;
  for (let i = 0; i + last < tokens.length; i++) {
    let ok = true;
    for (let k = 0; k <= last && ok; k++) {
      const t = tokens[i + k]!;
      ok = k === last ? t.startsWith(chunk[k]!) : t === chunk[k];
    }
    if (ok) return true;
  }
  return false;
}

/** Whether `text` holds every chunk of `query`. */
export function textMatches(text: string, query: string): boolean {
  const chunks = queryChunks(query);
  if (chunks.length === 0) return false;
  const tokens = textTokens(text);
  return chunks.every((chunk) => hasChunk(tokens, chunk));
}

/** The first page (1-based, in `pages` order) holding every chunk of `query`, or null. */
export function firstPageMatching(pages: readonly { pageNo: number; text: string }[], query: string): number | null {
  return pages.find((p) => textMatches(p.text, query))?.pageNo ?? null;
}
