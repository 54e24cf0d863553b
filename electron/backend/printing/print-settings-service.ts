import type { Kysely } from 'kysely';
import type { PaperSize } from '../../../shared/office/office-settings';
import { DOCUMENT_KIND_LABELS, DOCUMENT_KINDS, type DocumentKind, type PrintPaper } from '../../../shared/printing/printing-enums';
import type { PrintSetting } from '../../../shared/printing/printing-records';
import type { Database } from '../../db/database-schema';
import type { PrintSettingsTable } from '../../db/schema/printing-tables';
import { diffFields, recordAudit } from '../audit/audit-log';
import type { CallContext } from '../core/call-context';
import type { SettingsService } from '../settings/settings-service';

/**
 * What a kind prints on until the administrator says otherwise: the office's paper, the
 * lembar disposisi on its half-folio slip, archive labels on A4 label sheets. Through the
 * dialog, to the system's default printer: an office that never set up printing prints as
 * it always did.
 */
export function defaultPrintSetting(documentKind: DocumentKind, officePaper: PaperSize): PrintSetting {
  const paper: PrintPaper = documentKind === 'lembar-disposisi' ? '215x165mm' : documentKind === 'label-arsip' ? 'A4' : officePaper;
  return { documentKind, printer: null, paper, copies: 1, method: 'dialog', duplex: false };
}

const toSetting = (row: PrintSettingsTable): PrintSetting => ({
  documentKind: row.document_kind,
  printer: row.printer,
  paper: row.paper,
  copies: row.copies,
  method: row.method,
  duplex: row.duplex === 1,
});

/** The printer, paper, copies and method of each kind of document, in the print_settings table. */
export class PrintSettingsService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly office: SettingsService,
  ) {}

  /** Every kind, in DOCUMENT_KINDS order; kinds never saved get their defaults. */
  async all(): Promise<PrintSetting[]> {
    const rows = await this.db.selectFrom('print_settings').selectAll().execute();
    const { paperSize } = await this.office.office();
    return DOCUMENT_KINDS.map((kind) => {
      const row = rows.find((r) => r.document_kind === kind);
      return row ? toSetting(row) : defaultPrintSetting(kind, paperSize);
    });
  }

  async forKind(kind: DocumentKind): Promise<PrintSetting> {
    return (await this.all()).find((s) => s.documentKind === kind)!;
  }

  /** Saves the given kinds; each change is recorded with its old and new values. */
  async save(kinds: PrintSetting[], ctx: CallContext): Promise<PrintSetting[]> {
    const before = await this.all();
    const at = ctx.clock.now();
    await this.db.transaction().execute(async (trx) => {
      for (const next of kinds) {
        const old = before.find((s) => s.documentKind === next.documentKind)!;
        const changes = diffFields(old, next, ['printer', 'paper', 'copies', 'method', 'duplex']);
        if (Object.keys(changes).length === 0) continue;
        const values = {
          printer: next.printer, paper: next.paper, copies: next.copies, method: next.method, duplex: next.duplex ? 1 : 0,
          updated_at: at.toISOString(), updated_by: ctx.actor,
        };
        await trx
          .insertInto('print_settings')
          .values({ document_kind: next.documentKind, ...values })
          .onConflict((oc) => oc.column('document_kind').doUpdateSet(values))
          .execute();
        await recordAudit(trx, {
          entityType: 'print_setting', entityId: DOCUMENT_KINDS.indexOf(next.documentKind) + 1, action: 'diubah',
          actor: ctx.actor, at, changes, reason: `Pengaturan cetak ${DOCUMENT_KIND_LABELS[next.documentKind]}`,
        });
      }
    });
    return this.all();
  }
}
