/**
 * Indonesian phone numbers arrive as "0812-3456-789", "+62 812 3456 789", "62812…" or a
 * landline with area code. We store the national form (leading 0, digits only) so that a
 * returning visitor is recognised whichever way the number was typed.
 */
export function normalizePhone(input: string): string {
  const digits = input.replace(/[^\d+]/g, '');
  if (digits.startsWith('+62')) return '0' + digits.slice(3);
  if (digits.startsWith('62') && digits.length > 9) return '0' + digits.slice(2);
  return digits.replace(/\+/g, '');
}

/** Returns a message in Bahasa Indonesia when the number cannot be a phone number, else null. */
export function phoneProblem(input: string): string | null {
  if (/[^\d\s+().-]/.test(input)) return 'Nomor telepon hanya boleh berisi angka, spasi, +, -, dan tanda kurung.';
  const normalized = normalizePhone(input);
  if (!normalized.startsWith('0')) return 'Nomor telepon diawali 0 atau +62.';
  if (normalized.length < 9 || normalized.length > 15) {
    return 'Nomor telepon terdiri dari 9 sampai 15 angka.';
  }
  return null;
}
