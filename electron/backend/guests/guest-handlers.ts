import { guestBookCsv } from '../../../shared/guests/guest-book-csv';
import { renderGuestBookPdf } from '../../documents/guest-book-document';
import type { Handlers } from '../core/dispatcher';
import type { SettingsService } from '../settings/settings-service';
import type { GuestService } from './guest-service';

/** A printed guest book of more rows than this is a book, not a day: ask for a shorter range. */
const PRINT_CAP = 5_000;
const EXPORT_CAP = 200_000;

type GuestHandlers = Pick<Handlers, Extract<keyof Handlers, `guests.${string}`>>;

const rangeSlug = (r: { from: string; to: string }) => (r.from === r.to ? r.from : `${r.from}_sd_${r.to}`);

export function guestHandlers(guests: GuestService, settings: SettingsService): GuestHandlers {
  return {
    'guests.register': (input, ctx) => guests.register(input, ctx),
    'guests.update': (input, ctx) => guests.update(input.id, input.fields, ctx),
    'guests.checkOut': (input, ctx) => guests.checkOut(input.id, ctx),
    'guests.cancel': (input, ctx) => guests.cancel(input.id, input.reason, ctx),
    'guests.get': (input) => guests.get(input.id),
    'guests.today': (_input, ctx) => guests.today(ctx),
    'guests.search': (input) => guests.search(input.query, input.range, input.includeCancelled, input.limit),
    'guests.lookupVisitor': (input) => guests.lookupVisitor(input.phone, input.nik),
    'guests.history': (input) => guests.history(input.id),
    'guests.printBook': async (input, ctx) => {
      const office = await settings.letterheadOffice();
      const visits = await guests.visitsInRange(input.range, PRINT_CAP);
      const pdf = await renderGuestBookPdf({
        office,
        visits,
        range: input.range,
        paperSize: input.paperSize ?? office.paperSize,
        printedAt: ctx.clock.now(),
        printedBy: ctx.actor,
      });
      return { fileName: `buku-tamu_${rangeSlug(input.range)}.pdf`, mimeType: 'application/pdf', base64: pdf.toString('base64') };
    },
    'guests.exportCsv': async (input) => {
      const office = await settings.office();
      const visits = await guests.visitsInRange(input.range, EXPORT_CAP);
      const csv = guestBookCsv(visits, office.timeZone);
      return {
        fileName: `buku-tamu_${rangeSlug(input.range)}.csv`,
        mimeType: 'text/csv;charset=utf-8',
        base64: Buffer.from(csv, 'utf8').toString('base64'),
      };
    },
  };
}
