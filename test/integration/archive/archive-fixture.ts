import type { ArchiveEntryFieldsInput } from '../../../shared/archive/archive-schemas';
import type { CallResult } from '../../../shared/contract/call-result';
import type { CallInput, CallName, CallOutput } from '../../../shared/contract/calls';
import type { Permission } from '../../../shared/accounts/permissions';
import type { TempBackend } from '../../support/temp-backend';

/** The classification id of `code` in the seeded list. */
export async function classificationId(t: TempBackend, code: string): Promise<number> {
  const found = (await t.ok('archive.classifications', {})).find((c) => c.code === code);
  if (!found) throw new Error(`klasifikasi ${code} tidak ada`);
  return found.id;
}

/** A complete set of entry fields; override what a test is about. */
export function entryFields(classificationId: number, overrides: Partial<ArchiveEntryFieldsInput> = {}): ArchiveEntryFieldsInput {
  return {
    kind: 'surat_jawaban_terpindai',
    classificationId,
    title: 'Surat jawaban atas pengaduan dana hibah koperasi',
    documentDate: '2026-11-20',
    notes: '',
    location: { building: 'Gedung A', room: 'Ruang Arsip', cabinet: '2', shelf: '3', box: '12', folder: '4' },
    accessClass: 'biasa',
    complaintId: null,
    ...overrides,
  };
}

export interface Clerk {
  session: string;
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallResult<CallOutput<N>>>;
}

/** A signed-in clerk who is not an administrator, with the given permissions. */
export async function clerk(t: TempBackend, username: string, permissions: Permission[] = []): Promise<Clerk> {
  await t.ok('accounts.save', { username, name: `Petugas ${username}`, password: 'petugas-rahasia-1', permissions });
  const signed = (await t.backend.dispatch('accounts.signIn', { input: { username, password: 'petugas-rahasia-1' } })) as CallResult<CallOutput<'accounts.signIn'>>;
  if (!signed.ok) throw new Error(signed.error.message);
  const session = signed.value.session;
  return {
    session,
    call: async (name, input) => (await t.backend.dispatch(name, { input, session })) as never,
  };
}
