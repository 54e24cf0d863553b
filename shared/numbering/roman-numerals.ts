/**
 * Roman numerals as Indonesian offices write the month in a letter or register number
 * ("001/ADU/HM.01/XI/2026"): subtractive form (IV, IX, XL, XC, CD, CM), capital letters.
 */
const ROMAN_STEPS: readonly (readonly [number, string])[] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'],
  [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'],
  [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/**
 * The Roman numeral for a whole number from 1 to 3999 (`toRomanNumeral(11)` → "XI").
 * Throws a RangeError outside that range: Roman numerals have no zero, and a caller
 * passing one has a bug that should not end up printed on a register.
 */
export function toRomanNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 3999) {
    throw new RangeError(`Angka Romawi hanya untuk bilangan bulat 1–3999 (diberikan: ${value}).`);
  }
  let rest = value;
  let out = '';
  for (const [step, letters] of ROMAN_STEPS) {
    while (rest >= step) {
      out += letters;
      rest -= step;
    }
  }
  return out;
}
