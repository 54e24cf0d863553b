import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  formatTrackingCode,
  generateTrackingCode,
  isValidTrackingCode,
  normalizeTrackingCode,
  TRACKING_ALPHABET,
  TRACKING_CODE_LENGTH,
  trackingCodeCorrections,
  withCheckSymbol,
} from '../../../shared/numbering/tracking-code';

/** A reproducible byte source (mulberry32), so a failing case can be replayed. */
function seededBytes(seed: number): (n: number) => Uint8Array {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) & 0xff;
  };
  return (n) => Uint8Array.from({ length: n }, next);
}

/** A source that hands out exactly the given bytes, then fails the test if asked for more. */
function scriptedBytes(bytes: number[]): (n: number) => Uint8Array {
  let at = 0;
  return (n) => {
    if (at + n > bytes.length) throw new Error(`asked for ${n} more bytes than scripted`);
    const out = Uint8Array.from(bytes.slice(at, at + n));
    at += n;
    return out;
  };
}

const replaceAt = (code: string, position: number, symbol: string) =>
  code.slice(0, position) + symbol + code.slice(position + 1);
const swapAt = (code: string, position: number) =>
  code.slice(0, position) + code[position + 1] + code[position] + code.slice(position + 2);

/**
 * A valid code with `symbol` at `position` (0–8, 8 = the check symbol), other places from
 * `background`. For the check place, the first symbol is varied until the check comes out
 * right: exactly one of the 30 does, because changing one symbol changes the check.
 */
function validCodeWith(position: number, symbol: string, background = 'KQ4MX2RB', setAlso?: [number, string]): string {
  let payload = background;
  if (setAlso) payload = replaceAt(payload, setAlso[0], setAlso[1]);
  if (position < TRACKING_CODE_LENGTH - 1) return withCheckSymbol(replaceAt(payload, position, symbol));
  for (const first of TRACKING_ALPHABET) {
    const code = withCheckSymbol(replaceAt(payload, 0, first));
    if (code[position] === symbol) return code;
  }
  throw new Error(`no first symbol gives check ${symbol}`);
}

describe('the alphabet', () => {
  it('has 30 symbols, none of them look-alikes', () => {
    expect(TRACKING_ALPHABET).toHaveLength(30);
    expect(new Set(TRACKING_ALPHABET).size).toBe(30);
    for (const lookAlike of '01OILU') expect(TRACKING_ALPHABET).not.toContain(lookAlike);
  });
});

describe('generateTrackingCode', () => {
  it('makes 9 symbols of the alphabet that pass the check, shown as XXXX-XXXXX', () => {
    const code = generateTrackingCode(crypto.randomBytes);
    expect(code).toMatch(new RegExp(`^[${TRACKING_ALPHABET}]{9}$`));
    expect(isValidTrackingCode(code)).toBe(true);
    expect(formatTrackingCode(code)).toMatch(new RegExp(`^[${TRACKING_ALPHABET}]{4}-[${TRACKING_ALPHABET}]{5}$`));
  });

  it('turns accepted bytes into symbols (byte mod 30) and throws away bytes of 240 and above', () => {
    // 255, 240 rejected; 0→'2', 29→'Z', 239→'Z' (239 mod 30 = 29), 30→'2', 1→'3', 59→'Z', 8→'A', 241 rejected, 10→'C'.
    const code = generateTrackingCode(scriptedBytes([255, 240, 0, 29, 239, 30, 1, 59, 8, 241, 10]));
    expect(code.slice(0, 8)).toBe('2ZZ23ZAC');
    expect(code).toBe(withCheckSymbol('2ZZ23ZAC'));
  });

  it('draws every symbol equally often from a source that covers every byte value once', () => {
    // 30 codes need 240 accepted bytes; the 16 rejected ones make it exactly 0…255 once.
    const counts = new Map<string, number>();
    const source = scriptedBytes(Array.from({ length: 256 }, (_, i) => (i * 97) % 256)); // every byte, shuffled
    for (let i = 0; i < 30; i++) {
      for (const symbol of generateTrackingCode(source).slice(0, 8)) counts.set(symbol, (counts.get(symbol) ?? 0) + 1);
    }
    expect([...counts.keys()].sort().join('')).toBe([...TRACKING_ALPHABET].sort().join(''));
    expect(new Set(counts.values())).toEqual(new Set([8]));
  });

  it('gives unrelated codes one after another from crypto.randomBytes: all distinct, symbols uniform', () => {
    const codes = Array.from({ length: 10_000 }, () => generateTrackingCode(crypto.randomBytes));
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every(isValidTrackingCode)).toBe(true);

    // Chi-square of the 80,000 random symbols over 30 symbols (29 degrees of freedom,
    // mean 29): above 90 happens with probability below 1 in 10^7 for a uniform source.
    const counts = new Array<number>(30).fill(0);
    for (const code of codes) for (const symbol of code.slice(0, 8)) counts[TRACKING_ALPHABET.indexOf(symbol)]!++;
    const expected = (codes.length * 8) / 30;
    const chiSquare = counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
    expect(chiSquare).toBeLessThan(90);

    // The next code shares no more symbols in place with the previous one than chance gives (8/30 on average).
    let samePlace = 0;
    for (let i = 1; i < codes.length; i++) {
      for (let p = 0; p < 8; p++) if (codes[i]![p] === codes[i - 1]![p]) samePlace++;
    }
    expect(samePlace / (codes.length - 1)).toBeGreaterThan(8 / 30 - 0.05);
    expect(samePlace / (codes.length - 1)).toBeLessThan(8 / 30 + 0.05);
  });

  it('gives the same codes for the same seed (so demo data can be reproducible)', () => {
    const a = Array.from({ length: 5 }, ((s) => () => generateTrackingCode(s))(seededBytes(42)));
    const b = Array.from({ length: 5 }, ((s) => () => generateTrackingCode(s))(seededBytes(42)));
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(5);
  });

  it('stops with an error when the source only gives unusable bytes', () => {
    expect(() => generateTrackingCode((n) => new Uint8Array(n).fill(250))).toThrow(/acak/);
  });
});

describe('the check symbol', () => {
  it('catches every single mistyped symbol, at every place, for every pair of symbols', () => {
    // Whether a change is caught depends only on the place and the two symbols (the rest
    // of the check product is the same on both sides), so this covers every code.
    let cases = 0;
    for (let position = 0; position < TRACKING_CODE_LENGTH; position++) {
      for (const original of TRACKING_ALPHABET) {
        const code = validCodeWith(position, original);
        expect(isValidTrackingCode(code)).toBe(true);
        for (const typo of TRACKING_ALPHABET) {
          if (typo === original) continue;
          expect(isValidTrackingCode(replaceAt(code, position, typo)), `${code} @${position} → ${typo}`).toBe(false);
          cases++;
        }
      }
    }
    expect(cases).toBe(9 * 30 * 29);
  });

  it('catches every swap of two different neighbours, at every place, for every pair of symbols', () => {
    let cases = 0;
    for (let position = 0; position + 1 < TRACKING_CODE_LENGTH; position++) {
      for (const left of TRACKING_ALPHABET) {
        for (const right of TRACKING_ALPHABET) {
          if (left === right) continue;
          const code =
            position + 1 < TRACKING_CODE_LENGTH - 1
              ? withCheckSymbol(replaceAt(replaceAt('KQ4MX2RB', position, left), position + 1, right))
              : validCodeWith(position + 1, right, 'KQ4MX2RB', [position, left]);
          expect(code.slice(position, position + 2)).toBe(left + right);
          expect(isValidTrackingCode(swapAt(code, position)), `${code} swap @${position}`).toBe(false);
          cases++;
        }
      }
    }
    expect(cases).toBe(8 * 30 * 29);
  });

  it('holds on a sample of random codes too: every substitution and every neighbour swap is refused', () => {
    const random = seededBytes(2026);
    const slipped: string[] = [];
    let cases = 0;
    for (let i = 0; i < 300; i++) {
      const code = generateTrackingCode(random);
      for (let position = 0; position < TRACKING_CODE_LENGTH; position++) {
        for (const typo of TRACKING_ALPHABET) {
          if (typo === code[position]) continue;
          cases++;
          if (isValidTrackingCode(replaceAt(code, position, typo))) slipped.push(`${code} @${position} → ${typo}`);
        }
        if (position + 1 < TRACKING_CODE_LENGTH && code[position] !== code[position + 1]) {
          cases++;
          if (isValidTrackingCode(swapAt(code, position))) slipped.push(`${code} swap @${position}`);
        }
      }
    }
    expect(slipped).toEqual([]);
    expect(cases).toBeGreaterThan(300 * 9 * 29);
  });

  it('refuses a payload that is not 8 alphabet symbols', () => {
    expect(() => withCheckSymbol('KQ4MX2R')).toThrow();
    expect(() => withCheckSymbol('KQ4MX2R0')).toThrow();
  });
});

describe('normalizeTrackingCode', () => {
  const code = withCheckSymbol('7KQ4MX2R');

  it('accepts the code however it is typed: lower case, dash, spaces, dots', () => {
    const shown = formatTrackingCode(code);
    for (const typed of [code, shown, shown.toLowerCase(), ` ${code.slice(0, 4)} ${code.slice(4)} `, `${code.slice(0, 4)}.${code.slice(4)}`, `${code.slice(0, 4)} – ${code.slice(4)}`]) {
      expect(normalizeTrackingCode(typed)).toEqual({ code });
    }
  });

  it('asks for the code when nothing was typed', () => {
    expect(normalizeTrackingCode('  - ')).toEqual({ problem: 'Kode pelacakan wajib diisi.' });
  });

  it('names the look-alikes the code never uses instead of guessing what was meant', () => {
    expect(normalizeTrackingCode('7KQ4-MX2RO')).toEqual({
      problem: 'Kode pelacakan tidak memakai huruf O. Periksa lagi tulisan pada bukti pengaduan.',
    });
    expect(normalizeTrackingCode('7KQ0-MX2R1')).toEqual({
      problem: 'Kode pelacakan tidak memakai angka 0 atau angka 1. Periksa lagi tulisan pada bukti pengaduan.',
    });
    expect(normalizeTrackingCode('ikl4-mxurb')).toEqual({
      problem: 'Kode pelacakan tidak memakai huruf I, huruf L atau huruf U. Periksa lagi tulisan pada bukti pengaduan.',
    });
  });

  it('names other characters that do not belong in a code', () => {
    expect(normalizeTrackingCode('7KQ4#MX2R/B')).toEqual({
      problem: 'Kode pelacakan hanya berisi huruf dan angka; tanda "#", "/" tidak dipakai.',
    });
  });

  it('says how many characters were typed when the length is wrong', () => {
    expect(normalizeTrackingCode('7KQ4-MX2R')).toEqual({ problem: 'Kode pelacakan terdiri dari 9 huruf/angka (sekarang 8).' });
    expect(normalizeTrackingCode(`${code}Z`)).toEqual({ problem: 'Kode pelacakan terdiri dari 9 huruf/angka (sekarang 10).' });
  });

  it('says a well-formed code with a typo does not match', () => {
    expect(normalizeTrackingCode(swapAt(code, 2))).toEqual({
      problem:
        'Kode pelacakan tidak cocok: mungkin ada huruf/angka yang salah ketik atau tertukar. Periksa lagi tulisan pada bukti pengaduan.',
    });
  });

  it('isValidTrackingCode agrees with it', () => {
    expect(isValidTrackingCode(formatTrackingCode(code).toLowerCase())).toBe(true);
    expect(isValidTrackingCode(replaceAt(code, 0, code[0] === 'A' ? 'B' : 'A'))).toBe(false);
    expect(isValidTrackingCode('')).toBe(false);
  });
});

describe('trackingCodeCorrections', () => {
  const random = seededBytes(7);
  const sample = Array.from({ length: 40 }, () => generateTrackingCode(random));

  it('finds the intended code from every single typo, and offers only valid codes one typo away', () => {
    for (const code of sample) {
      for (let position = 0; position < TRACKING_CODE_LENGTH; position++) {
        const typo = replaceAt(code, position, code[position] === 'Z' ? 'Y' : 'Z');
        const corrections = trackingCodeCorrections(formatTrackingCode(typo).toLowerCase());
        expect(corrections).toContain(code);
        // At most one fix per place plus one per neighbour swap.
        expect(corrections.length).toBeLessThanOrEqual(9 + 8);
        for (const fix of corrections) {
          expect(isValidTrackingCode(fix)).toBe(true);
          const differing = [...fix].filter((ch, i) => ch !== typo[i]).length;
          const isSwap = differing === 2 && [...Array(8).keys()].some((p) => swapAt(typo, p) === fix);
          expect(differing === 1 || isSwap).toBe(true);
        }
      }
    }
  });

  it('finds the intended code from every swap of neighbours', () => {
    for (const code of sample) {
      for (let position = 0; position + 1 < TRACKING_CODE_LENGTH; position++) {
        if (code[position] === code[position + 1]) continue;
        expect(trackingCodeCorrections(swapAt(code, position))).toContain(code);
      }
    }
  });

  it('fills in the one place where a look-alike (O, 0, 1, I, L, U) was typed', () => {
    const code = sample[0]!;
    for (const lookAlike of 'O01ILU') {
      expect(trackingCodeCorrections(replaceAt(code, 3, lookAlike))).toEqual([code]);
    }
  });

  it('offers nothing for a valid code, a wrong length or two unusable characters', () => {
    const code = sample[1]!;
    expect(trackingCodeCorrections(code)).toEqual([]);
    expect(trackingCodeCorrections(code.slice(0, 8))).toEqual([]);
    expect(trackingCodeCorrections(replaceAt(replaceAt(code, 1, 'O'), 5, '1'))).toEqual([]);
  });
});

describe('formatTrackingCode', () => {
  it('groups 4 and 5 symbols with a dash', () => {
    expect(formatTrackingCode('7KQ4MX2RB')).toBe('7KQ4-MX2RB');
    expect(formatTrackingCode(' 7kq4 mx2rb ')).toBe('7KQ4-MX2RB');
  });

  it('leaves something that is not a whole code as typed, compacted', () => {
    expect(formatTrackingCode('7kq4-mx')).toBe('7KQ4MX');
  });
});
