import type { Handlers } from '../core/dispatcher';
import type { SettingsService } from '../settings/settings-service';
import { renderSopChartPdf } from '../../documents/sop-chart-document';
import type { SopService } from './sop-service';

type SopHandlers = Pick<Handlers, Extract<keyof Handlers, `sop.${string}`>>;

export function sopHandlers(sops: SopService, office: SettingsService): SopHandlers {
  return {
    'sop.list': () => sops.listing(),
    'sop.get': (input) => sops.get(input.versionId),
    'sop.history': (input) => sops.history(input.code),
    'sop.installPreset': (input, ctx) => sops.installPreset(input.presetId, ctx),
    'sop.save': (input, ctx) => sops.save(input, ctx),
    'sop.import': (input, ctx) => sops.importFile(input, ctx),
    'sop.export': (input, ctx) => sops.exportFile(input.versionId, ctx),
    'sop.setAssignment': (input, ctx) => sops.setAssignment(input, ctx),
    'sop.printChart': async (input, ctx) => {
      const settings = await office.office();
      const version = await sops.get(input.versionId);
      const bytes = await renderSopChartPdf({
        office: settings,
        definition: version.definition,
        version: version.version,
        paperSize: input.paperSize ?? settings.paperSize,
        highlight: input.highlight,
        printedAt: ctx.clock.now(),
        printedBy: ctx.actor,
      });
      return { fileName: `sop_${version.code}_v${version.version}.pdf`, mimeType: 'application/pdf', base64: bytes.toString('base64') };
    },
  };
}
