import type { Handlers } from '../core/dispatcher';
import type { PrintingService } from './printing-service';
import type { PrintSettingsService } from './print-settings-service';

type PrintingHandlers = Pick<Handlers, Extract<keyof Handlers, `printing.${string}`>>;

export function printingHandlers(printing: PrintingService, settings: PrintSettingsService): PrintingHandlers {
  return {
    'printing.printers': () => printing.printers(),
    'printing.settings': () => printing.view(),
    'printing.saveSettings': async (input, ctx) => {
      await settings.save(input.kinds, ctx);
      return printing.view();
    },
    'printing.print': (input, ctx) => printing.print(input, ctx),
    'printing.recordDialogPrint': (input, ctx) => printing.recordDialogPrint(input, ctx),
    'printing.log': (input) => printing.logPage(input),
  };
}
