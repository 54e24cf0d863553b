import type { Kysely } from 'kysely';
import type { OfficeSettings } from '../../../shared/office/office-settings';
import type { Database } from '../../db/database-schema';
import { recordAudit } from '../audit/audit-log';
import type { Clock } from '../core/clock';
import { DEMO_CLERK, seedDemoOrganisation } from './demo-organisation';
import { fakeVisitor, seedFakeVisitors } from './demo-visitors';

/** The demo office of `--demo`: seed 003's Dinas Koperasi dan UKM, in its own data folder. */
export const DEMO_OFFICE: OfficeSettings = {
  nameLines: ['PEMERINTAH PROVINSI SULAWESI TENGAH', 'DINAS KOPERASI DAN USAHA KECIL MENENGAH'],
  address: 'Jl. Prof. Moh. Yamin No. 45, Palu, Sulawesi Tengah 94114',
  phone: '(0451) 421234',
  website: 'diskopukm.sultengprov.go.id',
  email: 'diskopukm@sultengprov.go.id',
  logoDataUrl: '',
  timeZone: 'WITA',
  paperSize: 'F4',
};

const DEMO_OPERATOR = DEMO_CLERK.name;

/**
 * Fills an empty demo database: the office settings, its organisation chart and accounts
 * (all sharing `passwordHash`), and three weeks of visits, so every screen has something
 * to show. Never called on a real data folder. True when it filled.
 */
export async function seedDemoOffice(db: Kysely<Database>, clock: Clock, passwordHash: string): Promise<boolean> {
  const existing = await db.selectFrom('settings').select('key').where('key', '=', 'office').executeTakeFirst();
  if (existing) return false;
  const now = clock.now();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('settings')
      .values({ key: 'office', value_json: JSON.stringify(DEMO_OFFICE), updated_at: now.toISOString(), updated_by: DEMO_OPERATOR })
      .execute();
    await seedDemoOrganisation(trx, clock, passwordHash);
    seedFakeVisitors(2026);
    const rows = [];
    for (let daysAgo = 21; daysAgo >= 0; daysAgo--) {
      const day = new Date(now.getTime() - daysAgo * 86_400_000);
      if (day.getUTCDay() === 0 || day.getUTCDay() === 6) continue;
      const visits = daysAgo === 0 ? 6 : 8 + (daysAgo % 5);
      for (let i = 0; i < visits; i++) {
        // Between 07:45 and 15:30 WITA (UTC+8), but never later than now.
        const minutes = 45 + Math.floor(((i + 0.5) / visits) * 465);
        const timeIn = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 7 - 8, minutes));
        if (timeIn > now) continue;
        const v = fakeVisitor();
        const out = new Date(timeIn.getTime() + (15 + (i % 4) * 10) * 60_000);
        rows.push({
          name: v.name, nik: v.nik, phone: v.phone, address: v.address, institution: v.institution,
          purpose: v.purpose, purpose_other: v.purposeOther, host: v.host, notes: v.notes,
          time_in: timeIn.toISOString(),
          time_out: daysAgo === 0 && i >= visits - 2 ? null : out.toISOString(),
          status: 'aktif' as const, cancel_reason: null, cancelled_at: null, cancelled_by: null,
          created_by: DEMO_OPERATOR, updated_at: timeIn.toISOString(),
        });
      }
    }
    for (const row of rows) {
      const { id } = await trx.insertInto('guest_visits').values(row).returning('id').executeTakeFirstOrThrow();
      await recordAudit(trx, { entityType: 'guest_visit', entityId: id, action: 'dibuat', actor: DEMO_OPERATOR, at: new Date(row.time_in) });
      if (row.time_out) {
        await recordAudit(trx, {
          entityType: 'guest_visit', entityId: id, action: 'selesai', actor: DEMO_OPERATOR, at: new Date(row.time_out),
          changes: { time_out: [null, row.time_out] },
        });
      }
    }
  });
  return true;
}
