import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallResult } from '../../../shared/contract/call-result';
import type { CallInput, CallName, CallOutput } from '../../../shared/contract/calls';
import { intakeInput } from '../../support/complaint-fixtures';
import { openTempBackend, type TempBackend } from '../../support/temp-backend';

let t: TempBackend;
let adminSession: string;

async function as<N extends CallName>(session: string, name: N, input: CallInput<N>): Promise<CallResult<CallOutput<N>>> {
  return (await t.backend.dispatch(name, { input, session })) as CallResult<CallOutput<N>>;
}
async function must<N extends CallName>(session: string, name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const result = await as(session, name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.value;
}
async function signIn(username: string, password: string): Promise<string> {
  const result = (await t.backend.dispatch('accounts.signIn', { input: { username, password } })) as CallResult<CallOutput<'accounts.signIn'>>;
  if (!result.ok) throw new Error(result.error.message);
  return result.value.session;
}

beforeEach(async () => {
  t = await openTempBackend();
  await t.backend.dispatch('accounts.setupAdmin', { input: { username: 'admin', name: 'Administrator', password: 'admin-rahasia-1' } });
  adminSession = await signIn('admin', 'admin-rahasia-1');
});
afterEach(async () => {
  await t.close();
});

async function clerk(permissions: 'lihat-identitas-rahasia'[] = []) {
  const unit = await must(adminSession, 'organisation.saveUnit', { name: 'Dinas Koperasi dan UKM' });
  const position = await must(adminSession, 'organisation.savePosition', { unitId: unit.id, title: 'Petugas Pelayanan', shortTitle: 'Petugas' });
  const account = await must(adminSession, 'accounts.save', {
    username: 'nur.aisyah', name: 'Nur Aisyah', password: 'petugas-rahasia', positionIds: [position.id], permissions,
  });
  return { account, position, session: await signIn('nur.aisyah', 'petugas-rahasia') };
}

describe('permissions', () => {
  it('refuses administrator calls to a clerk with FORBIDDEN, and changes nothing', async () => {
    const { session } = await clerk();
    const office = await must(session, 'settings.get', {});
    for (const [name, input] of [
      ['settings.save', { ...office, timeZone: 'WIT' }],
      ['complaints.saveCategory', { id: null, name: 'Baru', active: true }],
      ['organisation.saveUnit', { name: 'Unit Liar' }],
      ['accounts.save', { username: 'liar', name: 'Liar', password: 'liar-sekali-1', isAdmin: true }],
      ['accounts.list', {}],
    ] as const) {
      const result = await as(session, name as CallName, input as never);
      expect(result.ok === false && result.error, name).toEqual({
        code: 'FORBIDDEN', message: 'Perintah ini hanya untuk administrator. Minta administrator kantor melakukannya.',
      });
    }
    expect((await must(session, 'settings.get', {})).timeZone).toBe('WIB');
    expect(await t.backend.db.selectFrom('users').select('username').orderBy('id').execute()).toEqual([{ username: 'admin' }, { username: 'nur.aisyah' }]);
  });

  it('reveals a confidential identity only with lihat-identitas-rahasia, naming the missing permission', async () => {
    const { session, account } = await clerk();
    const complaint = await must(session, 'complaints.intake', intakeInput({ privacy: 'rahasia', complainant: { name: 'Andi Wijaya', phone: '085211112222' } }));
    const refused = await as(session, 'complaints.revealIdentity', { id: complaint.id, reason: 'Perlu menghubungi pelapor' });
    expect(refused.ok === false && refused.error).toEqual({
      code: 'FORBIDDEN',
      message: 'Akun Anda tidak memiliki izin "Membuka identitas pelapor yang dirahasiakan" (lihat-identitas-rahasia). Minta administrator menambahkannya.',
    });

    await must(adminSession, 'accounts.save', { ...account, permissions: ['lihat-identitas-rahasia'] });
    const revealed = await must(session, 'complaints.revealIdentity', { id: complaint.id, reason: 'Perlu menghubungi pelapor' });
    expect(revealed.name).toBe('Andi Wijaya');
  });

  it('gives the context the user, the positions and the actor name', async () => {
    const { session, position } = await clerk();
    const info = await must(session, 'accounts.session', {});
    expect(info.user).toMatchObject({ username: 'nur.aisyah', name: 'Nur Aisyah', isAdmin: false, positionIds: [position.id] });
    expect(info.positions).toEqual([{ id: position.id, title: 'Petugas Pelayanan', shortTitle: 'Petugas', unitName: 'Dinas Koperasi dan UKM' }]);
  });
});

describe('account administration', () => {
  it('deactivating an account ends its session at once', async () => {
    const { session, account } = await clerk();
    await must(adminSession, 'accounts.save', { ...account, active: false });
    const after = await as(session, 'guests.today', {});
    expect(after.ok === false && after.error.code).toBe('NOT_SIGNED_IN');
    const again = await t.backend.dispatch('accounts.signIn', { input: { username: 'nur.aisyah', password: 'petugas-rahasia' } });
    expect(again.ok === false && again.error.message).toContain('dinonaktifkan');
  });

  it('never leaves the office without an active administrator', async () => {
    const [me] = await must(adminSession, 'accounts.list', {});
    const result = await as(adminSession, 'accounts.save', { ...me!, isAdmin: false });
    expect(result.ok === false && result.error.code).toBe('CONFLICT');
    expect((await must(adminSession, 'accounts.list', {}))[0]!.isAdmin).toBe(true);
  });

  it('refuses a user name already taken, whatever its case', async () => {
    await clerk();
    const result = await as(adminSession, 'accounts.save', { username: 'Nur.Aisyah', name: 'Orang Lain', password: 'lain-rahasia-1' });
    expect(result.ok === false && result.error.fields?.username).toBe('Nama pengguna sudah dipakai.');
  });

  it('resets a password: the old one stops working, a lockout is lifted, the change is audited without the password', async () => {
    const { account } = await clerk();
    for (let i = 0; i < 5; i++) await t.backend.dispatch('accounts.signIn', { input: { username: 'nur.aisyah', password: 'salah-salah' } });
    await must(adminSession, 'accounts.resetPassword', { id: account.id, password: 'sandi-baru-123' });
    expect(await signIn('nur.aisyah', 'sandi-baru-123')).toBeTruthy();
    const old = await t.backend.dispatch('accounts.signIn', { input: { username: 'nur.aisyah', password: 'petugas-rahasia' } });
    expect(old.ok).toBe(false);
    const rows = await t.backend.db.selectFrom('audit_log').select(['action', 'changes_json']).where('entity_type', '=', 'user').where('entity_id', '=', account.id).execute();
    expect(rows.map((r) => r.action)).toContain('kata sandi diatur ulang');
    expect(JSON.stringify(rows)).not.toMatch(/sandi-baru|petugas-rahasia|scrypt/);
  });
});
