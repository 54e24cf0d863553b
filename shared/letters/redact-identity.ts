import type { LetterBlock, LetterBodyDoc, LetterParagraph } from './letter-body';

/**
 * The complainant's identity removed from a text before it is published (seed 002: the
 * answer goes out as a press release or on the website). UU 27/2022 (PDP): the public sees
 * the answer, never who asked.
 *
 * Each identity value is replaced wherever it stands as a whole word (a name inside a
 * longer word is left alone), case-insensitively; the name's own words of three letters or
 * more are replaced on their own too ("Bu Rahmawati"), and a phone number or NIK also when
 * written with spaces, dots or dashes, or with +62 for the leading 0.
 */

export const REDACTED = '[identitas dirahasiakan]';

export interface IdentityToRedact {
  /** null for an anonymous complainant: nothing of a name to remove. */
  name: string | null;
  nik?: string | null;
  phone?: string | null;
  email?: string | null;
  address?: string | null;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Letters and digits count as word characters, in every script (é, ñ …). */
const WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const WORD_AFTER = '(?![\\p{L}\\p{N}])';

/** A text value with any run of spaces in it matching any run of white space. */
const flexibleText = (value: string) => value.trim().split(/\s+/).map(escapeRegExp).join('\\s+');

/** Digits that may be written with a separator between any two of them. */
const flexibleDigits = (digits: string) => digits.split('').join('[\\s.\\-]?');

/** "0812 4123 4567", "0812-4123-4567", "+62 812 4123 4567", "62812…": the same phone number. */
function phonePattern(phone: string): string | null {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 6) return null;
  const national = digits.replace(/^(62|0)/, '');
  return `(?:(?:\\+?62[\\s.\\-]?)|0)?${flexibleDigits(national)}`;
}

function namePatterns(name: string): string[] {
  const whole = name.trim();
  if (whole.replace(/[^\p{L}]/gu, '').length < 2) return [];
  const words = whole
    .split(/[\s,]+/)
    .map((w) => w.replace(/^[.'"]+|[.'"]+$/g, ''))
    .filter((w) => w.replace(/[^\p{L}]/gu, '').length >= 3);
  return [flexibleText(whole), ...new Set(words.map(escapeRegExp))];
}

/** Every pattern of the identity, longest first, so a full name wins over its first word. */
function identityPatterns(identity: IdentityToRedact): string[] {
  const patterns: string[] = [...namePatterns(identity.name ?? '')];
  const nik = identity.nik?.replace(/\D/g, '') ?? '';
  if (nik.length >= 8) patterns.push(flexibleDigits(nik));
  const phone = identity.phone ? phonePattern(identity.phone) : null;
  if (phone) patterns.push(phone);
  if (identity.email?.trim()) patterns.push(escapeRegExp(identity.email.trim()));
  if (identity.address && identity.address.trim().length >= 3) patterns.push(flexibleText(identity.address));
  return patterns.sort((a, b) => b.length - a.length);
}

/** The body of a letter with the identity removed from every run of text (for the public answer). */
export function redactLetterBody(body: LetterBodyDoc, identity: IdentityToRedact): LetterBodyDoc {
  const inline = (content: LetterParagraph['content']) => content?.map((n) => (n.type === 'text' ? { ...n, text: redactIdentity(n.text, identity) } : n));
  const paragraph = (p: LetterParagraph): LetterParagraph => (p.content ? { ...p, content: inline(p.content) } : p);
  const block = (b: LetterBlock): LetterBlock => {
    switch (b.type) {
      case 'paragraph':
        return paragraph(b);
      case 'table':
        return { ...b, content: b.content.map((row) => ({ ...row, content: row.content.map((cell) => ({ ...cell, content: cell.content.map(paragraph) })) })) };
      default:
        return { ...b, content: b.content.map((item) => ({ ...item, content: item.content.map(block) })) };
    }
  };
  return { ...body, content: body.content.map(block) };
}

/** The text with every value of the identity replaced by "[identitas dirahasiakan]". */
export function redactIdentity(text: string, identity: IdentityToRedact): string {
  const patterns = identityPatterns(identity);
  if (patterns.length === 0 || text === '') return text;
  const pattern = new RegExp(`${WORD_BEFORE}(?:${patterns.join('|')})${WORD_AFTER}`, 'giu');
  const redacted = text.replace(pattern, REDACTED);
  // "Siti [..] Lamasitudju" written with a middle name not on file still leaves one mark, not three.
  const marker = escapeRegExp(REDACTED);
  return redacted.replace(new RegExp(`${marker}(?:[ \\t]+${marker})+`, 'g'), REDACTED);
}
