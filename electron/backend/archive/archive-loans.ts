import type { Kysely } from 'kysely';
import type { AccessClass } from '../../../shared/archive/archive-enums';
import type { ArchiveLoan, ArchiveLoanPage } from '../../../shared/archive/archive-records';
import { formatDay } from '../../../shared/time/indonesian-dates';
import type { Database } from '../../db/database-schema';
import { recordAudit } from '../audit/audit-log';
import { AppError } from '../core/app-error';
import type { CallContext } from '../core/call-context';
import { assertVisible } from './archive-access';
import { ARCHIVE_ENTITY } from './archive-history';
import { daysBetween, isLoanOverdue } from './archive-repository';

function loanQuery(db: Kysely<Database>) {
  return db
    .selectFrom('archive_loans as l')
    .innerJoin('archive_entries as e', 'e.id', 'l.entry_id')
    .select([
      'l.id', 'l.entry_id', 'e.serial_number', 'e.title', 'e.access_class', 'l.borrower_name', 'l.borrower_unit', 'l.purpose',
      'l.borrowed_at', 'l.due_back', 'l.returned_at', 'l.return_note', 'l.lent_by', 'l.returned_by',
    ]);
}
type LoanRow = Awaited<ReturnType<ReturnType<typeof loanQuery>['executeTakeFirstOrThrow']>>;

function toLoan(r: LoanRow, today: string): ArchiveLoan {
  const overdue = isLoanOverdue(r.due_back, r.returned_at, today);
  return {
    id: r.id, entryId: r.entry_id, serialNumber: r.serial_number, title: r.title, accessClass: r.access_class as AccessClass,
    borrowerName: r.borrower_name, borrowerUnit: r.borrower_unit, purpose: r.purpose, borrowedAt: r.borrowed_at, dueBack: r.due_back,
    returnedAt: r.returned_at, returnNote: r.return_note, lentBy: r.lent_by, returnedBy: r.returned_by,
    overdue, daysOverdue: overdue ? daysBetween(r.due_back, today) : 0,
  };
}

/**
 * Loans of physical files: who took a folder, for what, until when, and when it came back.
 * A folder is out to one borrower at a time; an overdue loan is one still out after its due day.
 */
export class ArchiveLoans {
  constructor(private readonly db: Kysely<Database>) {}

  async lend(input: { entryId: number; borrowerName: string; borrowerUnit: string; purpose: string; dueBack: string }, today: string, ctx: CallContext): Promise<ArchiveLoan> {
    const entry = await this.db.selectFrom('archive_entries').select(['id', 'access_class']).where('id', '=', input.entryId).executeTakeFirst();
    if (!entry) throw new AppError('NOT_FOUND', 'Arsip tidak ditemukan.');
    assertVisible(ctx.user, entry.access_class);
    if (input.dueBack < today) throw new AppError('VALIDATION', 'Tanggal kembali tidak boleh sebelum hari ini.', { dueBack: 'Tanggal kembali sudah lewat.' });
    const open = await loanQuery(this.db).where('l.entry_id', '=', input.entryId).where('l.returned_at', 'is', null).executeTakeFirst();
    if (open) {
      throw new AppError('CONFLICT', `Berkas ini sedang dipinjam oleh ${open.borrower_name} (${open.borrower_unit}) sampai ${formatDay(open.due_back)}; catat pengembaliannya dulu.`);
    }
    const now = ctx.clock.now();
    const id = await this.db.transaction().execute(async (trx) => {
      const { id } = await trx
        .insertInto('archive_loans')
        .values({
          entry_id: input.entryId, borrower_name: input.borrowerName, borrower_unit: input.borrowerUnit, purpose: input.purpose,
          borrowed_at: now.toISOString(), due_back: input.dueBack, returned_at: null, lent_by: ctx.actor, returned_by: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await recordAudit(trx, {
        entityType: ARCHIVE_ENTITY, entityId: input.entryId, action: 'dipinjam', actor: ctx.actor, at: now,
        changes: { borrower: [null, `${input.borrowerName} (${input.borrowerUnit})`], dueBack: [null, formatDay(input.dueBack)], purpose: [null, input.purpose] },
      });
      return id;
    });
    return this.loan(id, today);
  }

  async returnLoan(loanId: number, note: string, today: string, ctx: CallContext): Promise<ArchiveLoan> {
    const loan = await loanQuery(this.db).where('l.id', '=', loanId).executeTakeFirst();
    if (!loan) throw new AppError('NOT_FOUND', 'Peminjaman tidak ditemukan.');
    assertVisible(ctx.user, loan.access_class);
    if (loan.returned_at !== null) throw new AppError('CONFLICT', 'Berkas ini sudah dicatat kembali.');
    const now = ctx.clock.now();
    await this.db.transaction().execute(async (trx) => {
      await trx.updateTable('archive_loans').set({ returned_at: now.toISOString(), returned_by: ctx.actor, return_note: note }).where('id', '=', loanId).execute();
      await recordAudit(trx, {
        entityType: ARCHIVE_ENTITY, entityId: loan.entry_id, action: 'dikembalikan', actor: ctx.actor, at: now,
        changes: { borrower: [null, `${loan.borrower_name} (${loan.borrower_unit})`] }, reason: note || null,
      });
    });
    return this.loan(loanId, today);
  }

  async loan(id: number, today: string): Promise<ArchiveLoan> {
    return toLoan(await loanQuery(this.db).where('l.id', '=', id).executeTakeFirstOrThrow(), today);
  }

  async ofEntry(entryId: number, today: string): Promise<ArchiveLoan[]> {
    const rows = await loanQuery(this.db).where('l.entry_id', '=', entryId).orderBy('l.id', 'desc').execute();
    return rows.map((r) => toLoan(r, today));
  }

  /** Loans out now, overdue ones, or all; the longest overdue first, then the newest. */
  async list(filter: 'dipinjam' | 'terlambat' | 'semua', hideSecret: boolean, offset: number, limit: number, entryId: number | undefined, today: string): Promise<ArchiveLoanPage> {
    let q = loanQuery(this.db);
    if (hideSecret) q = q.where('e.access_class', '<>', 'rahasia');
    if (entryId !== undefined) q = q.where('l.entry_id', '=', entryId);
    const overdueQ = q.where('l.returned_at', 'is', null).where('l.due_back', '<', today);
    if (filter === 'dipinjam') q = q.where('l.returned_at', 'is', null);
    if (filter === 'terlambat') q = overdueQ;
    const count = (query: typeof q) => query.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow().then((r) => Number(r.n));
    const [rows, total, overdueCount] = await Promise.all([
      q.orderBy((eb) => eb.case().when('l.returned_at', 'is', null).then(0).else(1).end()).orderBy('l.due_back').orderBy('l.id', 'desc').offset(offset).limit(limit).execute(),
      count(q),
      count(overdueQ),
    ]);
    return { rows: rows.map((r) => toLoan(r, today)), total, overdueCount };
  }
}
