import type { CallEnvelope, CallResult } from '../../../shared/contract/call-result';
import type { CallInput, CallName, CallOutput } from '../../../shared/contract/calls';
import { findSopPreset } from '../../../shared/sop/presets';
import type { Channel } from '../../../shared/complaints/complaint-enums';
import { openTempBackend, TEST_PASSWORD, type TempBackend } from '../../support/temp-backend';
import { intakeInput } from '../../support/complaint-fixtures';
import { hashPassword } from '../../../electron/backend/accounts/password-hash';

/**
 * An office for one seed SOP: a unit and one position per `jabatan` actor (plus a second
 * position for actors that receive dispositions, so multi-recipient cases can be tried),
 * one non-administrator account per position, the preset installed and mapped.
 */
export interface WorkflowOffice {
  t: TempBackend;
  sopCode: string;
  /** Actor key → its position ids (the first is the main one). */
  positions: Map<string, number[]>;
  /** Acts as the holder of an actor's (first, or given) position. */
  as<N extends CallName>(actor: string, name: N, input: CallInput<N>, positionIndex?: number): Promise<CallResult<CallOutput<N>>>;
  ok<N extends CallName>(actor: string, name: N, input: CallInput<N>, positionIndex?: number): Promise<CallOutput<N>>;
  /** Registers a complaint (as the administrator of the test) and returns its id. */
  intake(channel?: Channel): Promise<number>;
  close(): Promise<void>;
}

export async function openWorkflowOffice(presetId: string, options: { now?: Date; secondPositionFor?: string[] } = {}): Promise<WorkflowOffice> {
  const preset = findSopPreset(presetId);
  if (!preset) throw new Error(`preset ${presetId}`);
  const t = await openTempBackend({ now: options.now });
  const db = t.backend.db;
  const at = new Date(0).toISOString();
  const unit = await db.insertInto('units').values({ parent_id: null, name: 'Kantor Uji', code: 'UJI', sort_order: 0, active: 1, updated_at: at }).returning('id').executeTakeFirstOrThrow();
  const hash = await hashPassword(TEST_PASSWORD, 10);
  const positions = new Map<string, number[]>();
  const sessions = new Map<string, string>();
  let order = 0;
  for (const actor of preset.definition.actors.filter((a) => a.kind === 'jabatan')) {
    const copies = options.secondPositionFor?.includes(actor.key) ? 2 : 1;
    for (let i = 0; i < copies; i++) {
      const title = copies > 1 ? `${actor.label} ${i + 1}` : actor.label;
      const p = await db.insertInto('positions').values({ unit_id: unit.id, title, short_title: title, superior_id: null, sort_order: order++, active: 1, updated_at: at }).returning('id').executeTakeFirstOrThrow();
      positions.set(actor.key, [...(positions.get(actor.key) ?? []), p.id]);
      const user = await db.insertInto('users').values({
        username: `${actor.key}.${i}`.slice(0, 32), name: `Pejabat ${title}`, nip: '', password_hash: hash, is_admin: 0, permissions_json: '[]',
        active: 1, failed_attempts: 0, locked_until: null, last_sign_in_at: null, created_at: at, updated_at: at,
      }).returning('id').executeTakeFirstOrThrow();
      await db.insertInto('user_positions').values({ user_id: user.id, position_id: p.id }).execute();
      sessions.set(`${actor.key}#${i}`, String(user.id));
    }
  }
  await t.ok('sop.installPreset', { presetId });
  await t.ok('sop.setAssignment', { defaultCode: preset.definition.code, channels: {} });
  await t.ok('workflow.saveActorMapping', { code: preset.definition.code, actors: [...positions].map(([key, positionIds]) => ({ key, positionIds })) });

  const tokens = new Map<string, string>();
  const as = async <N extends CallName>(actor: string, name: N, input: CallInput<N>, positionIndex = 0) => {
    const key = `${actor}#${positionIndex}`;
    const userId = sessions.get(key);
    if (!userId) throw new Error(`no account for ${key}`);
    let token = tokens.get(key);
    if (!token) tokens.set(key, (token = t.backend.openTrustedSession(Number(userId))));
    const envelope: CallEnvelope = { input, session: token };
    let result = (await t.backend.dispatch(name, envelope)) as CallResult<CallOutput<N>>;
    if (!result.ok && result.error.code === 'SESSION_LOCKED') {
      tokens.set(key, (token = t.backend.openTrustedSession(Number(userId))));
      result = (await t.backend.dispatch(name, { input, session: token })) as CallResult<CallOutput<N>>;
    }
    return result;
  };
  return {
    t,
    sopCode: preset.definition.code,
    positions,
    as,
    async ok(actor, name, input, positionIndex) {
      const result = await as(actor, name, input, positionIndex);
      if (!result.ok) throw new Error(`${actor} ${name} gagal: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
    async intake(channel = 'langsung') {
      const extra = channel === 'lapor' ? { channelDetails: { laporTrackingId: `LPR${Math.floor(Math.random() * 1e8)}` } } : {};
      const detail = await t.ok('complaints.intake', intakeInput({ channel, ...extra } as never));
      return detail.id;
    },
    close: () => t.close(),
  };
}
