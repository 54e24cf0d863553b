import type { Kysely, Transaction } from 'kysely';
import type { Permission } from '../../../shared/accounts/permissions';
import { officeDayOf } from '../../../shared/time/indonesian-dates';
import type { Database } from '../../db/database-schema';
import type { Clock } from '../core/clock';

/**
 * The password every demo account shares. A demo folder is not an office: its sign-in
 * screen shows this password openly. Real data folders have no default password at all.
 */
export const DEMO_PASSWORD = 'demo2026';

interface DemoPerson {
  username: string;
  name: string;
  nip: string;
  rank: string;
}

interface DemoPosition {
  key: string;
  unit: string;
  title: string;
  shortTitle: string;
  superior: string | null;
  holder: DemoPerson | null;
  /** Which account acts in this position. */
  account: string | null;
}

const UNITS: { key: string; parent: string | null; name: string; code: string }[] = [
  { key: 'dinas', parent: null, name: 'Dinas Koperasi dan Usaha Kecil Menengah', code: 'DISKOP' },
  { key: 'sek', parent: 'dinas', name: 'Sekretariat', code: 'SEK' },
  { key: 'umum', parent: 'sek', name: 'Subbagian Umum dan Kepegawaian', code: 'SEK-UMUM' },
  { key: 'kop', parent: 'dinas', name: 'Bidang Koperasi', code: 'BID-KOP' },
  { key: 'ukm', parent: 'dinas', name: 'Bidang Usaha Kecil Menengah', code: 'BID-UKM' },
  { key: 'upt', parent: 'dinas', name: 'UPT Pelatihan Koperasi dan UKM', code: 'UPT' },
];

const P = {
  kadis: { username: 'kadis', name: 'Sisliandy Ponulele', nip: '197807071997121001', rank: 'Pembina Utama Muda, IV/c' },
  sekretaris: { username: 'sekretaris', name: 'Muh. Rizal Lamarauna', nip: '196905121994031006', rank: 'Pembina Tingkat I, IV/b' },
  kasubag: { username: 'kasubag.umum', name: 'Nurhayati Lasahido', nip: '197803152005012010', rank: 'Penata Tingkat I, III/d' },
  kabidKop: { username: 'kabid.koperasi', name: 'Abdul Haris Tombolotutu', nip: '197110201998031004', rank: 'Pembina, IV/a' },
  kaupt: { username: 'kaupt', name: 'Fadlun Alhabsyi', nip: '197504082000121003', rank: 'Pembina, IV/a' },
  petugas: { username: 'petugas', name: 'Nur Aisyah Lamakampali', nip: '199208142019032015', rank: 'Penata Muda, III/a' },
  arsiparis: { username: 'arsiparis', name: 'Rahmat Hidayat', nip: '198601232010011007', rank: 'Penata, III/c' },
} satisfies Record<string, DemoPerson>;

const POSITIONS: DemoPosition[] = [
  { key: 'kadis', unit: 'dinas', title: 'Kepala Dinas', shortTitle: 'Kadis', superior: null, holder: P.kadis, account: 'kadis' },
  { key: 'sekretaris', unit: 'sek', title: 'Sekretaris', shortTitle: 'Sekdis', superior: 'kadis', holder: P.sekretaris, account: 'sekretaris' },
  { key: 'kasubag', unit: 'umum', title: 'Kepala Subbagian Umum dan Kepegawaian', shortTitle: 'Kasubag Umum', superior: 'sekretaris', holder: P.kasubag, account: 'kasubag.umum' },
  { key: 'kabidKop', unit: 'kop', title: 'Kepala Bidang Koperasi', shortTitle: 'Kabid Koperasi', superior: 'kadis', holder: P.kabidKop, account: 'kabid.koperasi' },
  // Vacant: the Sekretaris acts as Plt. (see ACTING below).
  { key: 'kabidUkm', unit: 'ukm', title: 'Kepala Bidang Usaha Kecil Menengah', shortTitle: 'Kabid UKM', superior: 'kadis', holder: null, account: 'sekretaris' },
  { key: 'kaupt', unit: 'upt', title: 'Kepala UPT Pelatihan Koperasi dan UKM', shortTitle: 'Ka. UPT', superior: 'kadis', holder: P.kaupt, account: 'kaupt' },
  { key: 'petugas', unit: 'umum', title: 'Petugas Pelayanan Pengaduan', shortTitle: 'Petugas Pelayanan', superior: 'kasubag', holder: P.petugas, account: 'petugas' },
  { key: 'arsiparis', unit: 'umum', title: 'Arsiparis', shortTitle: 'Arsiparis', superior: 'kasubag', holder: P.arsiparis, account: 'arsiparis' },
];

const ACCOUNTS: { person: DemoPerson; isAdmin: boolean; permissions: Permission[] }[] = [
  { person: P.kadis, isAdmin: false, permissions: ['lihat-identitas-rahasia'] },
  { person: P.sekretaris, isAdmin: false, permissions: ['lihat-identitas-rahasia'] },
  { person: P.kasubag, isAdmin: false, permissions: ['lihat-identitas-rahasia'] },
  { person: P.kabidKop, isAdmin: false, permissions: [] },
  { person: P.kaupt, isAdmin: false, permissions: [] },
  { person: P.petugas, isAdmin: false, permissions: [] },
  { person: P.arsiparis, isAdmin: false, permissions: [] },
  { person: { username: 'admin', name: 'Administrator Demo', nip: '', rank: '' }, isAdmin: true, permissions: [] },
];

const dayOffset = (day: string, days: number) => new Date(Date.parse(day + 'T00:00:00Z') + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The demo office's organisation chart (seed 003's Dinas Koperasi dan UKM), its holders
 * with NIPs and ranks, a Plt. for the vacant Kabid UKM and a Plh. for the Kasubag Umum
 * on leave this week, and one account per person. Returns user ids by username.
 */
export async function seedDemoOrganisation(trx: Transaction<Database> | Kysely<Database>, clock: Clock, passwordHash: string): Promise<Map<string, number>> {
  const now = clock.now();
  const at = now.toISOString();
  const today = officeDayOf(now, 'WITA');
  const unitIds = new Map<string, number>();
  for (const [i, u] of UNITS.entries()) {
    const { id } = await trx.insertInto('units').values({
      parent_id: u.parent ? unitIds.get(u.parent)! : null, name: u.name, code: u.code, sort_order: i, active: 1, updated_at: at,
    }).returning('id').executeTakeFirstOrThrow();
    unitIds.set(u.key, id);
  }
  const positionIds = new Map<string, number>();
  for (const [i, p] of POSITIONS.entries()) {
    const { id } = await trx.insertInto('positions').values({
      unit_id: unitIds.get(p.unit)!, title: p.title, short_title: p.shortTitle, superior_id: p.superior ? positionIds.get(p.superior)! : null,
      sort_order: i, active: 1, updated_at: at,
    }).returning('id').executeTakeFirstOrThrow();
    positionIds.set(p.key, id);
    if (p.holder) {
      await trx.insertInto('position_holders').values({
        position_id: id, name: p.holder.name, nip: p.holder.nip, rank: p.holder.rank, kind: 'definitif',
        start_date: '2024-01-02', end_date: null, updated_at: at,
      }).execute();
    }
  }
  const acting = [
    { position: 'kabidUkm', person: P.sekretaris, kind: 'plt' as const, start: dayOffset(today, -40), end: dayOffset(today, 50) },
    { position: 'kasubag', person: P.arsiparis, kind: 'plh' as const, start: dayOffset(today, -1), end: dayOffset(today, 4) },
  ];
  for (const a of acting) {
    await trx.insertInto('position_holders').values({
      position_id: positionIds.get(a.position)!, name: a.person.name, nip: a.person.nip, rank: a.person.rank, kind: a.kind,
      start_date: a.start, end_date: a.end, updated_at: at,
    }).execute();
  }
  const userIds = new Map<string, number>();
  for (const a of ACCOUNTS) {
    const { id } = await trx.insertInto('users').values({
      username: a.person.username, name: a.person.name, nip: a.person.nip, password_hash: passwordHash, is_admin: a.isAdmin ? 1 : 0,
      permissions_json: JSON.stringify(a.permissions), active: 1, failed_attempts: 0, locked_until: null, last_sign_in_at: null,
      created_at: at, updated_at: at,
    }).returning('id').executeTakeFirstOrThrow();
    userIds.set(a.person.username, id);
    const links = POSITIONS.filter((p) => p.account === a.person.username).map((p) => positionIds.get(p.key)!);
    // The Plh. acts in the Kasubag Umum's tray while standing in.
    if (a.person.username === 'arsiparis') links.push(positionIds.get('kasubag')!);
    for (const position_id of links) await trx.insertInto('user_positions').values({ user_id: id, position_id }).execute();
  }
  return userIds;
}

/** The clerk whose name the demo's guest book and intake carry. */
export const DEMO_CLERK = P.petugas;
export const DEMO_REVIEWER = P.kasubag;
