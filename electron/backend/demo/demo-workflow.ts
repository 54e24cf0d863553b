import type { Kysely } from 'kysely';
import type { CallResult } from '../../../shared/contract/call-result';
import type { Database } from '../../db/database-schema';
import type { ManualClock } from '../core/clock';
import type { Dispatch } from '../core/dispatcher';

/**
 * The demo office runs seed 003 (its own SOP, Dinas KUKM Sulawesi Tengah): installed,
 * mapped to the demo positions, and the demo complaints still open put into runs that
 * stand at different steps — some on time, some overdue — so the tray and the dashboard
 * show real work. Every action goes through the dispatcher as the holder who would do it.
 */

/** Actor of seed 003 → the demo positions' short titles (demo-organisation.ts). */
const MAPPING: Record<string, string[]> = {
  'kepala-dinas': ['Kadis'],
  sekretaris: ['Sekdis'],
  'sekretariat-bidang-upt': ['Kabid Koperasi', 'Kabid UKM', 'Ka. UPT'],
  'subbag-umum': ['Kasubag Umum'],
  'petugas-pelayanan': ['Petugas Pelayanan'],
};

type Act = { user: string; call: string; input: Record<string, unknown> };

/** The steps of seed 003 in order, as (who, what); `recipients` are filled in from the demo positions. */
function script(pos: (shortTitle: string) => number, twoUnits: boolean): Act[] {
  return [
    { user: 'petugas', call: 'workflow.completeStep', input: { stepNo: 2, notes: 'Tanda terima diserahkan kepada pelapor.' } },
    { user: 'petugas', call: 'workflow.completeStep', input: { stepNo: 3 } },
    { user: 'kasubag.umum', call: 'workflow.completeStep', input: { stepNo: 4, optionKey: 'tertulis' } },
    { user: 'kasubag.umum', call: 'workflow.dispose', input: { stepNo: 6, recipients: [pos('Kadis')], instructions: ['untuk-diketahui'] } },
    {
      user: 'kadis',
      call: 'workflow.dispose',
      input: {
        stepNo: 7, recipients: twoUnits ? [pos('Kabid Koperasi'), pos('Ka. UPT')] : [pos('Kabid Koperasi')], urgency: 'segera',
        instructions: ['tanggapan-dan-saran', 'proses-lebih-lanjut'], note: 'Siapkan draf jawaban kepada pelapor.',
      },
    },
    { user: 'kabid.koperasi', call: 'workflow.completeStep', input: { stepNo: 8, positionId: pos('Kabid Koperasi'), notes: 'Draf jawaban terlampir.' } },
  ];
}

export async function seedDemoWorkflow(
  dispatch: Dispatch,
  db: Kysely<Database>,
  clock: ManualClock,
  now: Date,
  session: (username: string) => Promise<string>,
): Promise<void> {
  clock.set(now);
  const admin = await session('admin');
  const call = async (name: string, input: unknown, token: string) => (await dispatch(name, { input, session: token })) as CallResult<unknown>;
  await call('sop.installPreset', { presetId: '003' }, admin);
  const positions = await db.selectFrom('positions').select(['id', 'short_title']).execute();
  const pos = (title: string) => positions.find((p) => p.short_title === title)?.id ?? 0;
  await call('workflow.saveActorMapping', { code: 'dinas-kukm-sulteng', actors: Object.entries(MAPPING).map(([key, titles]) => ({ key, positionIds: titles.map(pos) })) }, admin);

  const open = await db.selectFrom('complaints').select(['id']).where('status', 'in', ['diterima', 'diverifikasi', 'diproses']).where('settled_at_counter', '=', 0).orderBy('id').execute();
  // Sessions opened at today's time: the seed clock replays the past, so they never go idle.
  const tokens = new Map<string, string>();
  for (const user of ['petugas', 'kasubag.umum', 'kadis', 'kabid.koperasi']) tokens.set(user, await session(user));
  const tokenOf = (user: string) => tokens.get(user) ?? admin;
  for (const [i, { id }] of open.entries()) {
    // Older runs further along; started a few working hours apart so some are overdue.
    const depth = i % 7;
    clock.set(new Date(now.getTime() - (open.length - i) * 5 * 3_600_000));
    const started = await call('workflow.startRun', { complaintId: id }, admin);
    if (!started.ok) continue;
    for (const act of script(pos, i % 3 === 0).slice(0, depth)) {
      clock.set(new Date(Math.min(clock.now().getTime() + 25 * 60_000, now.getTime())));
      const done = await call(act.call, { complaintId: id, ...act.input }, tokenOf(act.user));
      if (!done.ok) break;
    }
  }
  clock.set(now);
}
