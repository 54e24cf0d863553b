import type { Kysely } from 'kysely';
import type { ComplaintSearchHit, DuplicateCandidate } from '../../../shared/complaints/complaint';
import type { ComplaintStatus, Privacy } from '../../../shared/complaints/complaint-enums';
import { normalizeTrackingCode, trackingCodeCorrections } from '../../../shared/numbering/tracking-code';
import { nikProblem } from '../../../shared/validation/nik';
import { normalizePhone, phoneProblem } from '../../../shared/validation/phone';
import type { Database } from '../../db/database-schema';
import { complaintIdsByNameLike, complaintIdsBySimilarText, nameSimilarity } from '../../db/search/complaint-text-search';
import type { ComplaintRepository } from './complaint-repository';
import type { ComplaintRow } from './complaint-row';
import { complainantDisplay } from '../../../shared/complaints/identity-mask';

const HIT_LIMIT = 20;
/** Names at least this similar (Dice over trigrams) count as the same person typed differently. */
const NAME_THRESHOLD = 0.5;

const hit = (r: ComplaintRow, matchedBy: string): ComplaintSearchHit => ({
  id: r.id,
  registerNumber: r.register_number,
  trackingCode: r.tracking_code,
  receivedAt: r.received_at,
  subject: r.subject,
  complainantDisplay: complainantDisplay(r.complainant_name, r.privacy as Privacy),
  status: r.status as ComplaintStatus,
  matchedBy,
});

/**
 * Finding a complaint at the progress desk from whatever the visitor brings: the tracking
 * code (with one mistyped symbol forgiven), a phone number, a NIK, or a name spelled
 * differently. A confidential complaint is found by its code only.
 */
export class ComplaintFinder {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly repo: ComplaintRepository,
  ) {}

  async find(query: string): Promise<ComplaintSearchHit[]> {
    const compact = query.replace(/[\s.()-]/g, '');
    // Register numbers contain "/", which neither a code, a phone nor a name has.
    if (query.includes('/')) {
      return (await this.repo.findByRegisterNumber(query.trim())).map((r) => hit(r, 'nomor register'));
    }
    const code = normalizeTrackingCode(query);
    if ('code' in code) {
      const exact = await this.repo.findByTrackingCodes([code.code]);
      if (exact.length) return exact.map((r) => hit(r, 'kode pelacakan'));
    } else {
      // A code that fails its check: look up the codes one typo away that exist.
      const near = await this.repo.findByTrackingCodes(trackingCodeCorrections(query));
      if (near.length) return near.map((r) => hit(r, 'kode pelacakan (perbaikan salah ketik)'));
    }
    if (/^\+?\d{6,}$/.test(compact)) {
      const hits: ComplaintSearchHit[] = [];
      if (compact.length === 16 && !nikProblem(compact)) {
        hits.push(...(await this.repo.findByIdentity('complainant_nik', compact, HIT_LIMIT)).map((r) => hit(r, 'NIK')));
      }
      if (!phoneProblem(compact)) {
        hits.push(...(await this.repo.findByIdentity('complainant_phone', normalizePhone(compact), HIT_LIMIT)).map((r) => hit(r, 'telepon')));
      }
      return dedupe(hits);
    }
    if (/\p{L}{3,}/u.test(query)) return this.byName(query);
    return [];
  }

  private async byName(name: string): Promise<ComplaintSearchHit[]> {
    const ids = await complaintIdsByNameLike(this.db, name, 200);
    const rows = await this.repo.findByIds(ids);
    return rows
      .map((r) => ({ r, score: nameSimilarity(name, r.complainant_name) }))
      .filter((x) => x.score >= NAME_THRESHOLD)
      .sort((a, b) => b.score - a.score || (a.r.received_at < b.r.received_at ? 1 : -1))
      .slice(0, HIT_LIMIT)
      .map(({ r, score }) => hit(r, score >= 0.99 ? 'nama' : 'nama mirip'));
  }

  /** Likely duplicates of a complaint being typed: the same complainant, or similar text. */
  async duplicates(input: { complainant: { name: string; phone: string; nik: string }; subject: string; description: string }): Promise<DuplicateCandidate[]> {
    const found = new Map<number, { row: ComplaintRow; reasons: string[]; score: number }>();
    const add = (rows: ComplaintRow[], reason: string, score: number) => {
      for (const row of rows) {
        const entry = found.get(row.id) ?? { row, reasons: [], score: 0 };
        if (!entry.reasons.includes(reason)) entry.reasons.push(reason);
        entry.score += score;
        found.set(row.id, entry);
      }
    };
    const { phone, nik, name } = input.complainant;
    if (phone && !phoneProblem(phone)) add(await this.repo.findByIdentity('complainant_phone', normalizePhone(phone), 10), 'telepon pelapor sama', 3);
    const compactNik = nik.replace(/\s/g, '');
    if (compactNik && !nikProblem(compactNik)) add(await this.repo.findByIdentity('complainant_nik', compactNik, 10), 'NIK pelapor sama', 3);
    if (name.trim().length >= 4) {
      const rows = await this.repo.findByIds(await complaintIdsByNameLike(this.db, name, 50));
      add(rows.filter((r) => nameSimilarity(name, r.complainant_name) >= 0.7), 'nama pelapor mirip', 1);
    }
    const text = `${input.subject} ${input.description}`.trim();
    if (text.length >= 15) {
      // The text index ranks; a fair share of common words decides (a single shared word is chance).
      const rows = await this.repo.findByIds(await complaintIdsBySimilarText(this.db, text, 10));
      add(rows.filter((r) => wordOverlap(text, `${r.subject} ${r.description}`) >= 0.25), 'isi aduan mirip', 1);
    }
    return [...found.values()]
      .sort((a, b) => b.score - a.score || (a.row.received_at < b.row.received_at ? 1 : -1))
      .slice(0, 8)
      .map(({ row, reasons, score }) => ({
        id: row.id, registerNumber: row.register_number, receivedAt: row.received_at, subject: row.subject,
        status: row.status as ComplaintStatus, reason: reasons.join(', '), score,
      }));
  }
}

function dedupe(hits: ComplaintSearchHit[]): ComplaintSearchHit[] {
  const seen = new Map<number, ComplaintSearchHit>();
  for (const h of hits) if (!seen.has(h.id)) seen.set(h.id, h);
  return [...seen.values()];
}

const words = (text: string) => new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4));

/** Share of the typed text's words that also appear in the other text. */
function wordOverlap(typed: string, other: string): number {
  const a = words(typed);
  const b = words(other);
  if (a.size === 0) return 0;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / a.size;
}
