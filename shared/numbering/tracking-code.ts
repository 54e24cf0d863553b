/**
 * Tracking codes (kode pelacakan) printed on the complainant's receipt, e.g. "7KQ4-MX2RB".
 *
 * - Alphabet without look-alikes: no 0/O, 1/I/L, U (U/V), so a code read aloud over the
 *   phone or copied from a crumpled receipt has one reading. 30 symbols.
 * - 8 random symbols (30^8 ≈ 6.6 × 10^11 codes) drawn from the caller's cryptographic
 *   source, so one complainant's code says nothing about the next one's.
 * - 1 check symbol that catches EVERY single mistyped symbol and EVERY swap of two
 *   neighbouring symbols. Luhn mod N cannot do that with 30 symbols: it misses the swap of
 *   the first and last symbol of the alphabet ("2Z" ↔ "Z2"), as Luhn mod 10 misses 09 ↔ 90.
 *   No weighted sum mod 30 can either (two weights whose difference is a unit mod 30 would
 *   have to be of different parity, but every unit mod 30 is odd). So the check is
 *   Verhoeff's scheme over the dihedral group D15, which has exactly 30 elements.
 *
 * Codes are stored as the 9 bare symbols; `formatTrackingCode` adds the dash for display.
 */

/** The 30 symbols of a tracking code, in the order that maps them to group elements 0–29. */
export const TRACKING_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Symbols in a code: 8 random + 1 check. */
export const TRACKING_CODE_LENGTH = 9;

const RANDOM_SYMBOLS = TRACKING_CODE_LENGTH - 1;
const BASE = TRACKING_ALPHABET.length; // 30
const HALF = BASE / 2; // D15: 15 rotations, 15 reflections
const SYMBOL_INDEX = new Map([...TRACKING_ALPHABET].map((symbol, index) => [symbol, index]));

// --- The dihedral group D15 --------------------------------------------------------
// Element x < 15 is the rotation r^x; x ≥ 15 is the reflection r^(x-15)·s; 0 is the identity.
// With s·r = r^-1·s the product is r^(a ± b) with the reflection flags xor-ed.

function compose(x: number, y: number): number {
  const xRot = x % HALF;
  const yRot = y % HALF;
  const xRef = x >= HALF;
  const yRef = y >= HALF;
  const rot = (((xRef ? xRot - yRot : xRot + yRot) % HALF) + HALF) % HALF;
  return rot + (xRef !== yRef ? HALF : 0);
}

function inverse(x: number): number {
  // Reflections are their own inverse; rotations turn back.
  return x >= HALF ? x : (HALF - x) % HALF;
}

// σ(r^k) = r^(2k)·s, σ(r^k·s) = r^(k+1). Found by exhaustive search among such affine maps
// for the property x·σ(y) ≠ y·σ(x) for all x ≠ y, which is exactly what makes every
// neighbour swap change the check product (the unit tests check every case).
function sigma(x: number): number {
  return x < HALF ? ((2 * x) % HALF) + HALF : (x - HALF + 1) % HALF;
}

/** SIGMA_POWERS[p][x] = σ^p(x), for every position p of a code (counted from the right). */
const SIGMA_POWERS: readonly number[][] = (() => {
  const powers: number[][] = [Array.from({ length: BASE }, (_, x) => x)];
  for (let p = 1; p < TRACKING_CODE_LENGTH; p++) powers.push(powers[p - 1]!.map(sigma));
  return powers;
})();

/**
 * σ^0(last) · σ^1(second-last) · … over the symbol indices. A code is valid when this is the
 * identity; the symbols before the check are at positions 1…8 from the right.
 */
function checkProduct(indices: readonly number[], firstPosition: number): number {
  let acc = 0;
  for (let i = 0; i < indices.length; i++) {
    const position = firstPosition + i;
    acc = compose(acc, SIGMA_POWERS[position]![indices[indices.length - 1 - i]!]!);
  }
  return acc;
}

function indicesOf(symbols: string): number[] | null {
  const out: number[] = [];
  for (const ch of symbols) {
    const index = SYMBOL_INDEX.get(ch);
    if (index === undefined) return null;
    out.push(index);
  }
  return out;
}

const toSymbols = (indices: readonly number[]) => indices.map((i) => TRACKING_ALPHABET[i]!).join('');

function isValidCompact(compact: string): boolean {
  if (compact.length !== TRACKING_CODE_LENGTH) return false;
  const indices = indicesOf(compact);
  return indices !== null && checkProduct(indices, 0) === 0;
}

// --- Public API ---------------------------------------------------------------------

/**
 * Appends the check symbol to 8 symbols of the alphabet: `withCheckSymbol('7KQ4MX2R')` →
 * the 9-symbol code. For demo data and tests that need a known valid code; new complaints
 * get theirs from `generateTrackingCode`. Throws on anything but 8 alphabet symbols.
 */
export function withCheckSymbol(payload: string): string {
  const indices = payload.length === RANDOM_SYMBOLS ? indicesOf(payload) : null;
  if (!indices) throw new Error(`Bagian acak kode pelacakan harus ${RANDOM_SYMBOLS} simbol dari ${TRACKING_ALPHABET}.`);
  // check · R = identity, where R is the product over the 8 symbols at positions 1…8.
  return payload + TRACKING_ALPHABET[inverse(checkProduct(indices, 1))]!;
}

/**
 * A new tracking code, 9 bare symbols (display it with `formatTrackingCode`). `randomBytes`
 * must be a cryptographic source — the backend passes node's `crypto.randomBytes`. Bytes
 * of 240 and above are thrown away (rejection sampling) so every symbol is equally likely;
 * each call asks only for the bytes still needed, so no randomness is wasted.
 * The caller stores the code under the UNIQUE constraint and draws again on the (very
 * unlikely) collision.
 */
export function generateTrackingCode(randomBytes: (n: number) => Uint8Array): string {
  const limit = Math.floor(256 / BASE) * BASE; // 240: the largest multiple of 30 a byte reaches
  const indices: number[] = [];
  // A healthy source rejects 1 byte in 16; hundreds of rounds without progress means it is broken.
  for (let round = 0; indices.length < RANDOM_SYMBOLS; round++) {
    if (round > 1000) throw new Error('Sumber bilangan acak tidak menghasilkan bita yang bisa dipakai.');
    for (const byte of randomBytes(RANDOM_SYMBOLS - indices.length)) {
      if (byte < limit && indices.length < RANDOM_SYMBOLS) indices.push(byte % BASE);
    }
  }
  return withCheckSymbol(toSymbols(indices));
}

// What a complainant may type between groups: spaces, dashes of every kind, dots, underscores.
const SEPARATORS = /[\s\-\u2010-\u2015._]/g;

const LOOK_ALIKE_NAMES: Record<string, string> = {
  O: 'huruf O',
  '0': 'angka 0',
  I: 'huruf I',
  L: 'huruf L',
  '1': 'angka 1',
  U: 'huruf U',
};

function joinIndonesian(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} atau ${items[items.length - 1]}`;
}

const compactOf = (input: string) => input.toUpperCase().replace(SEPARATORS, '');

/** The result of reading a typed tracking code: the canonical 9 symbols, or why it cannot be one. */
export type NormalizedTrackingCode = { code: string } | { problem: string };

/**
 * Reads a tracking code as a complainant or clerk types it ("7kq4 mx2rb", "7KQ4-MX2RB"):
 * upper case, separators removed, then checked. Symbols that are not in the alphabet are
 * named in the message rather than silently "corrected": an O could have been a D or a Q,
 * and a wrong guess would show someone else's complaint.
 */
export function normalizeTrackingCode(input: string): NormalizedTrackingCode {
  const compact = compactOf(input);
  if (compact === '') return { problem: 'Kode pelacakan wajib diisi.' };

  const lookAlikes = [...new Set([...compact].filter((ch) => ch in LOOK_ALIKE_NAMES))];
  if (lookAlikes.length > 0) {
    const names = joinIndonesian(lookAlikes.map((ch) => LOOK_ALIKE_NAMES[ch]!));
    return {
      problem: `Kode pelacakan tidak memakai ${names}. Periksa lagi tulisan pada bukti pengaduan.`,
    };
  }
  const foreign = [...new Set([...compact].filter((ch) => !SYMBOL_INDEX.has(ch)))];
  if (foreign.length > 0) {
    return {
      problem: `Kode pelacakan hanya berisi huruf dan angka; tanda ${foreign.map((ch) => `"${ch}"`).join(', ')} tidak dipakai.`,
    };
  }
  if (compact.length !== TRACKING_CODE_LENGTH) {
    return { problem: `Kode pelacakan terdiri dari ${TRACKING_CODE_LENGTH} huruf/angka (sekarang ${compact.length}).` };
  }
  if (!isValidCompact(compact)) {
    return {
      problem: 'Kode pelacakan tidak cocok: mungkin ada huruf/angka yang salah ketik atau tertukar. Periksa lagi tulisan pada bukti pengaduan.',
    };
  }
  return { code: compact };
}

/** True when `normalizeTrackingCode` accepts the input (with or without dash and spaces). */
export function isValidTrackingCode(code: string): boolean {
  return 'code' in normalizeTrackingCode(code);
}

/**
 * The valid codes a mistyped one may have been meant as, for the progress desk to look up
 * in the register: every code that differs in one symbol or in one swap of neighbours and
 * passes the check (at most 9 + 8). When exactly one character is outside the alphabet
 * (an O, a 1), the one valid symbol for that place is offered. Empty when the input is
 * already valid, has the wrong length, or has more than one unusable character.
 */
export function trackingCodeCorrections(code: string): string[] {
  const compact = compactOf(code);
  if (compact.length !== TRACKING_CODE_LENGTH || isValidCompact(compact)) return [];

  const chars = [...compact];
  const unknown = chars.flatMap((ch, i) => (SYMBOL_INDEX.has(ch) ? [] : [i]));
  if (unknown.length > 1) return [];

  const found = new Set<string>();
  const tryCandidate = (candidate: string[]) => {
    const joined = candidate.join('');
    if (isValidCompact(joined)) found.add(joined);
  };
  const substituteAt = (position: number) => {
    for (const symbol of TRACKING_ALPHABET) {
      if (symbol === chars[position]) continue;
      const candidate = [...chars];
      candidate[position] = symbol;
      tryCandidate(candidate);
    }
  };

  if (unknown.length === 1) {
    substituteAt(unknown[0]!);
    return [...found];
  }
  for (let position = 0; position < chars.length; position++) substituteAt(position);
  for (let position = 0; position + 1 < chars.length; position++) {
    if (chars[position] === chars[position + 1]) continue;
    const candidate = [...chars];
    [candidate[position], candidate[position + 1]] = [candidate[position + 1]!, candidate[position]!];
    tryCandidate(candidate);
  }
  return [...found];
}

/** "7KQ4-MX2RB" for display and print; input that is not 9 symbols long is returned compacted as is. */
export function formatTrackingCode(code: string): string {
  const compact = compactOf(code);
  if (compact.length !== TRACKING_CODE_LENGTH) return compact;
  return `${compact.slice(0, 4)}-${compact.slice(4)}`;
}
