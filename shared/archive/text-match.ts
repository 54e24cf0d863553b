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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One regular expression per chunk, run on the folded text: the chunk's words one after
 * another, separated by anything not a letter or digit, the first at a word start, the
 * last as a prefix. Cheaper than splitting every page into words.
 */
function chunkPatterns(query: string): RegExp[] {
  return queryChunks(query).map((tokens) => new RegExp(`(?:^|[^\\p{L}\\p{N}])${tokens.map(escape).join('[^\\p{L}\\p{N}]+')}`, 'u'));
}

const holdsAll = (folded: string, patterns: readonly RegExp[]) => patterns.length > 0 && patterns.every((p) => p.test(folded));

/** Whether `text` holds every chunk of `query`. */
export function textMatches(text: string, query: string): boolean {
  return holdsAll(fold(text), chunkPatterns(query));
}

/** The first page (1-based, in `pages` order) holding every chunk of `query`, or null. */
export function firstPageMatching(pages: readonly { pageNo: number; text: string }[], query: string): number | null {
  const patterns = chunkPatterns(query);
  return pages.find((p) => holdsAll(fold(p.text), patterns))?.pageNo ?? null;
}
