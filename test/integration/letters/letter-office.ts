import { hashPassword } from '../../../electron/backend/accounts/password-hash';
import type { CallEnvelope, CallResult } from '../../../shared/contract/call-result';
import type { CallInput, CallName, CallOutput } from '../../../shared/contract/calls';
import type { ComplaintIntakeInput } from '../../../shared/complaints/complaint-schemas';
import type { LetterDetail, LetterSigning } from '../../../shared/letters/letter-records';
import { paragraphsToBody } from '../../../shared/letters/letter-body';
import { intakeInput } from '../../support/complaint-fixtures';
import { openTempBackend, TEST_PASSWORD, type TempBackend } from '../../support/temp-backend';

/**
 * An office without an SOP (so letters take the drafter → chosen signer route and the
 * complaint's status follows the letter by itself): a Kepala Dinas over a Sekretaris over a
 * Kasubag Umum over a clerk who drafts, and a vacant Kepala Bidang filled by a Plt. — with
 * names, ranks and NIPs, so every signature block can be printed and read back.
 */
export const OFFICIALS = {
  kadis: { title: 'Kepala Dinas Koperasi dan UKM', short: 'Kadis', unit: 'DISKOP', superior: null, holder: { name: 'Dr. Sri Wahyuni, M.Si.', nip: '196805121994032004', rank: 'Pembina Utama Muda (IV/c)' } },
  sekretaris: { title: 'Sekretaris', short: 'Sekdis', unit: 'SEK', superior: 'kadis', holder: { name: 'Muh. Rizal Lamarauna', nip: '196905121994031006', rank: 'Pembina Tingkat I (IV/b)' } },
  kasubag: { title: 'Kepala Subbagian Umum', short: 'Kasubag Umum', unit: 'SEK', superior: 'sekretaris', holder: { name: 'Nurhayati Lasahido', nip: '197803152005012010', rank: 'Penata Tingkat I (III/d)' } },
  staf: { title: 'Pengelola Pengaduan', short: 'Pengelola', unit: 'SEK', superior: 'kasubag', holder: { name: 'Andi Pratama', nip: '199208142019031002', rank: 'Penata Muda (III/a)' } },
  kabid: { title: 'Kepala Bidang Koperasi', short: 'Kabid Koperasi', unit: 'BID-KOP', superior: 'kadis', holder: null },
} as const;
export type Official = keyof typeof OFFICIALS;

export interface LetterOffice {
  t: TempBackend;
  positions: Record<Official, number>;
  as<N extends CallName>(who: Official, name: N, input: CallInput<N>): Promise<CallResult<CallOutput<N>>>;
  ok<N extends CallName>(who: Official, name: N, input: CallInput<N>): Promise<CallOutput<N>>;
  intake(overrides?: Partial<ComplaintIntakeInput>): Promise<number>;
  /** A surat jawaban drafted by the clerk for a new complaint, signed by `signing`, sent up. */
  submitted(signing: Partial<LetterSigning> & { signerPositionId: number }, body?: string[]): Promise<LetterDetail>;
  close(): Promise<void>;
}

export async function openLetterOffice(options: { now?: Date } = {}): Promise<LetterOffice> {
  const t = await openTempBackend({ now: options.now });
  const db = t.backend.db;
  const at = new Date(0).toISOString();
  const unitIds = new Map<string, number>();
  for (const [code, name, parent] of [['DISKOP', 'Dinas Koperasi dan UKM', null], ['SEK', 'Sekretariat', 'DISKOP'], ['BID-KOP', 'Bidang Koperasi', 'DISKOP']] as const) {
    const unit = await db
      .insertInto('units')
      .values({ parent_id: parent ? (unitIds.get(parent) ?? null) : null, name, code, sort_order: unitIds.size, active: 1, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    unitIds.set(code, unit.id);
  }
  const hash = await hashPassword(TEST_PASSWORD, 10);
  const positions = {} as Record<Official, number>;
  const users = {} as Record<Official, number>;
  for (const [key, o] of Object.entries(OFFICIALS) as [Official, (typeof OFFICIALS)[Official]][]) {
    const p = await db
      .insertInto('positions')
      .values({ unit_id: unitIds.get(o.unit) ?? 0, title: o.title, short_title: o.short, superior_id: o.superior ? positions[o.superior] : null, sort_order: 0, active: 1, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    positions[key] = p.id;
    if (o.holder) {
      await db.insertInto('position_holders').values({ position_id: p.id, ...o.holder, kind: 'definitif', start_date: '2024-01-02', end_date: null, updated_at: at }).execute();
    }
    const user = await db
      .insertInto('users')
      .values({
        username: key, name: o.holder?.name ?? 'Plt. Kabid', nip: o.holder?.nip ?? '', password_hash: hash, is_admin: 0, permissions_json: '[]',
        active: 1, failed_attempts: 0, locked_until: null, last_sign_in_at: null, created_at: at, updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    users[key] = user.id;
    await db.insertInto('user_positions').values({ user_id: user.id, position_id: p.id }).execute();
  }
  // The vacant Kepala Bidang: the Sekretaris acts as Plt. and signs in that post from his own account.
  await db.insertInto('position_holders').values({ position_id: positions.kabid, ...OFFICIALS.sekretaris.holder, kind: 'plt', start_date: '2026-01-02', end_date: null, updated_at: at }).execute();
  await db.insertInto('user_positions').values({ user_id: users.sekretaris, position_id: positions.kabid }).execute();

  const tokens = new Map<Official, string>();
  const as = async <N extends CallName>(who: Official, name: N, input: CallInput<N>) => {
    let token = tokens.get(who);
    if (!token) tokens.set(who, (token = t.backend.openTrustedSession(users[who])));
    const envelope: CallEnvelope = { input, session: token };
    let result = (await t.backend.dispatch(name, envelope)) as CallResult<CallOutput<N>>;
    if (!result.ok && result.error.code === 'SESSION_LOCKED') {
      tokens.set(who, (token = t.backend.openTrustedSession(users[who])));
      result = (await t.backend.dispatch(name, { input, session: token })) as CallResult<CallOutput<N>>;
    }
    return result;
  };
  const ok = async <N extends CallName>(who: Official, name: N, input: CallInput<N>) => {
    const result = await as(who, name, input);
    if (!result.ok) throw new Error(`${who} ${name} gagal: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  const intake = async (overrides: Partial<ComplaintIntakeInput> = {}) => (await t.ok('complaints.intake', intakeInput(overrides))).id;
  return {
    t,
    positions,
    as,
    ok,
    intake,
    async submitted(signing, body = ['Dana hibah dijadwalkan cair pada Desember 2026.']) {
      const created = await ok('staf', 'letters.create', { complaintId: await intake(), kind: 'surat-jawaban' });
      const content = {
        ...created.content,
        body: paragraphsToBody(body),
        signing: { mode: 'langsung' as const, onBehalfOfPositionId: null, intermediatePositionId: null, ...signing },
      };
      const saved = await ok('staf', 'letters.saveDraft', { id: created.id, content, savedAt: created.savedAt });
      return ok('staf', 'letters.submit', { id: saved.id, note: '' });
    },
    close: () => t.close(),
  };
}

/** The account that signs at the letter's last stop. */
export function signerOf(office: LetterOffice, letter: LetterDetail): Official {
  const positionId = letter.route.at(-1)?.positionId;
  const found = (Object.keys(office.positions) as Official[]).find((k) => office.positions[k] === positionId);
  if (!found) throw new Error('no signer');
  // The Plt. signs from the Sekretaris' account.
  return found === 'kabid' ? 'sekretaris' : found;
}
