import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallResult } from '../../../shared/contract/call-result';
import type { CallInput, CallName, CallOutput } from '../../../shared/contract/calls';
import { openTempBackend, type TempBackend } from '../../support/temp-backend';

let t: TempBackend;

beforeEach(async () => {
  t = await openTempBackend();
});
afterEach(async () => {
  await t.close();
});

/** A call as the renderer makes it: with the session it holds, or none. */
async function as<N extends CallName>(session: string | undefined, name: N, input: CallInput<N>): Promise<CallResult<CallOutput<N>>> {
  return (await t.backend.dispatch(name, session === undefined ? { input } : { input, session })) as CallResult<CallOutput<N>>;
}

async function must<N extends CallName>(session: string | undefined, name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const result = await as(session, name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

const admin = { username: 'Rina.Oktaviani', name: 'Rina Oktaviani', password: 'rahasia-kantor-1' };

async function setUpAndSignIn(): Promise<string> {
  await must(undefined, 'accounts.setupAdmin', admin);
  return (await must(undefined, 'accounts.signIn', { username: 'rina.oktaviani', password: admin.password })).session;
}

const audit = (action: string) =>
  t.backend.db.selectFrom('audit_log').select(['entity_id', 'actor', 'reason']).where('entity_type', '=', 'user').where('action', '=', action).orderBy('id').execute();

describe('first run', () => {
  it('asks for the administrator once, then refuses that call', async () => {
    expect(await must(undefined, 'accounts.status', {})).toMatchObject({ hasAccounts: false, demoPassword: null });
    const created = await must(undefined, 'accounts.setupAdmin', admin);
    expect(created).toMatchObject({ username: 'rina.oktaviani', name: 'Rina Oktaviani', isAdmin: true, active: true });
    expect((await must(undefined, 'accounts.status', {})).hasAccounts).toBe(true);

    const again = await as(undefined, 'accounts.setupAdmin', { ...admin, username: 'penyusup' });
    expect(again.ok === false && again.error).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('sudah dibuat') });
    expect(await t.backend.db.selectFrom('users').select('username').execute()).toEqual([{ username: 'rina.oktaviani' }]);
    expect(await audit('dibuat')).toHaveLength(1);
  });

  it('refuses a short password with an Indonesian message and creates nothing', async () => {
    const short = await as(undefined, 'accounts.setupAdmin', { ...admin, password: 'pendek' });
    expect(short.ok === false && short.error.fields?.password).toBe('Kata sandi sekurang-kurangnya 8 karakter.');
    expect((await must(undefined, 'accounts.status', {})).hasAccounts).toBe(false);
  });

  it('stores a salted scrypt hash, never the password', async () => {
    await must(undefined, 'accounts.setupAdmin', admin);
    const row = await t.backend.db.selectFrom('users').select('password_hash').executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(row.password_hash).not.toContain(admin.password);
  });
});

describe('signing in', () => {
  it('turns a session into the user of every call: the actor of the history is the account name', async () => {
    const session = await setUpAndSignIn();
    const visit = await must(session, 'guests.register', { name: 'Siti Rahmawati', purpose: 'konsultasi' });
    expect(visit.createdBy).toBe('Rina Oktaviani');
    const info = await must(session, 'accounts.session', {});
    expect(info).toMatchObject({ user: { username: 'rina.oktaviani', isAdmin: true, positionIds: [] }, positions: [], idleMinutes: 10 });
    expect(await audit('masuk')).toEqual([{ entity_id: 1, actor: 'Rina Oktaviani', reason: null }]);
  });

  it('refuses every other call without a valid session with NOT_SIGNED_IN', async () => {
    await setUpAndSignIn();
    for (const session of [undefined, '', 'token-palsu']) {
      const result = await as(session, 'guests.today', {});
      expect(result.ok === false && result.error).toMatchObject({ code: 'NOT_SIGNED_IN', message: expect.stringMatching(/masuk/) });
    }
    expect((await as(undefined, 'app.info', {})).ok).toBe(true);
  });

  it('answers a wrong password and an unknown user alike, and records both', async () => {
    await setUpAndSignIn();
    const wrong = await as(undefined, 'accounts.signIn', { username: 'rina.oktaviani', password: 'salah-sekali' });
    const unknown = await as(undefined, 'accounts.signIn', { username: 'budi', password: 'salah-sekali' });
    for (const r of [wrong, unknown]) expect(r.ok === false && r.error.message).toBe('Nama pengguna atau kata sandi salah.');
    expect(await audit('gagal masuk')).toEqual([
      { entity_id: 1, actor: 'Belum masuk', reason: 'Salah kata sandi (ke-1)' },
      { entity_id: 0, actor: 'Belum masuk', reason: 'Nama pengguna tidak terdaftar' },
    ]);
  });

  it('locks an account for 15 minutes after five wrong passwords, even for the right one', async () => {
    await setUpAndSignIn();
    const attempt = (password: string) => as(undefined, 'accounts.signIn', { username: 'rina.oktaviani', password });
    for (let i = 1; i <= 4; i++) expect((await attempt(`salah-${i}-xx`)).ok).toBe(false);
    expect((await attempt('salah-4-xx')).ok === false).toBe(true);
    const locked = await attempt(admin.password);
    expect(locked.ok === false && locked.error).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('dikunci sementara') });
    // 08.00 WIB + 15 minutes.
    expect(locked.ok === false && locked.error.message).toContain('08.15');

    t.clock.advanceMinutes(16);
    expect((await attempt(admin.password)).ok).toBe(true);
    const row = await t.backend.db.selectFrom('users').select(['failed_attempts', 'locked_until']).executeTakeFirstOrThrow();
    expect(row).toEqual({ failed_attempts: 0, locked_until: null });
  });

  it('warns how many attempts are left from the third wrong password on', async () => {
    await setUpAndSignIn();
    let last: CallResult<unknown> | undefined;
    for (let i = 0; i < 3; i++) last = await as(undefined, 'accounts.signIn', { username: 'rina.oktaviani', password: 'bukan-ini-ya' });
    expect(last?.ok === false && last.error.message).toBe('Nama pengguna atau kata sandi salah. Sisa 2 kali percobaan sebelum akun dikunci sementara.');
  });

  it('signs out: the token stops working and the sign-out is recorded', async () => {
    const session = await setUpAndSignIn();
    await must(session, 'accounts.signOut', {});
    const after = await as(session, 'guests.today', {});
    expect(after.ok === false && after.error.code).toBe('NOT_SIGNED_IN');
    expect(await audit('keluar')).toHaveLength(1);
  });
});

describe('idle lock', () => {
  it('locks the session after the idle time; only the same password unlocks it', async () => {
    const session = await setUpAndSignIn();
    t.clock.advanceMinutes(9);
    expect((await as(session, 'guests.today', {})).ok).toBe(true);
    t.clock.advanceMinutes(9); // 9 minutes since the last call: still open
    expect((await as(session, 'guests.today', {})).ok).toBe(true);
    t.clock.advanceMinutes(11);
    const locked = await as(session, 'guests.today', {});
    expect(locked.ok === false && locked.error).toMatchObject({ code: 'SESSION_LOCKED', message: expect.stringContaining('Rina Oktaviani') });
    // Still locked for every call but unlocking or signing out.
    expect((await as(session, 'accounts.session', {})).ok).toBe(false);

    const wrong = await as(session, 'accounts.unlock', { password: 'bukan-kata-sandinya' });
    expect(wrong.ok === false && wrong.error.message).toBe('Nama pengguna atau kata sandi salah.');
    expect((await as(session, 'guests.today', {})).ok).toBe(false);

    expect((await must(session, 'accounts.unlock', { password: admin.password })).user.name).toBe('Rina Oktaviani');
    expect((await as(session, 'guests.today', {})).ok).toBe(true);
    expect(await audit('gagal membuka kunci')).toHaveLength(1);
  });

  it('locks at once when the desk asks, and follows the idle minutes an administrator sets', async () => {
    const session = await setUpAndSignIn();
    await must(session, 'accounts.lock', {});
    expect((await as(session, 'guests.today', {})).ok).toBe(false);
    await must(session, 'accounts.unlock', { password: admin.password });

    await must(session, 'accounts.saveSettings', { idleMinutes: 2 });
    t.clock.advanceMinutes(3);
    expect((await as(session, 'guests.today', {})).ok === false).toBe(true);
    const bad = await as(session, 'accounts.saveSettings', { idleMinutes: 0 });
    expect(bad.ok === false && bad.error.code).toBe('SESSION_LOCKED');
  });

  it('lets a locked desk switch user: sign-out works while locked', async () => {
    const session = await setUpAndSignIn();
    await must(session, 'accounts.lock', {});
    await must(session, 'accounts.signOut', {});
    expect((await as(session, 'accounts.unlock', { password: admin.password })).ok).toBe(false);
  });
});
