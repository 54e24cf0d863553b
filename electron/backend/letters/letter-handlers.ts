import type { Kysely } from 'kysely';
import type { LetterVerification } from '../../../shared/letters/letter-records';
import type { Database } from '../../db/database-schema';
import type { CalendarService } from '../calendar/calendar-service';
import { ComplaintLifecycleService } from '../complaints/complaint-lifecycle-service';
import type { ComplaintRepository } from '../complaints/complaint-repository';
import type { Handlers } from '../core/dispatcher';
import type { OrganisationService } from '../organisation/organisation-service';
import type { SettingsService } from '../settings/settings-service';
import type { SopService } from '../sop/sop-service';
import type { WorkflowService } from '../workflow/workflow-service';
import { LetterDelivery } from './letter-delivery';
import { LetterDocuments } from './letter-documents';
import { LetterFlow } from './letter-flow';
import { LetterQueries } from './letter-queries';
import { LetterService } from './letter-service';
import { LetterSettings } from './letter-settings';
import type { SecretSealer } from '../core/secret-sealer';
import { LetterWorkflowBridge } from './letter-workflow-bridge';

type LetterHandlers = Pick<Handlers, Extract<keyof Handlers, `letters.${string}`>>;

/** What the letters feature needs from the rest of the backend. */
export interface LetterDependencies {
  db: Kysely<Database>;
  settings: SettingsService;
  organisation: OrganisationService;
  runs: WorkflowService;
  sops: SopService;
  complaintRepo: ComplaintRepository;
  calendar: CalendarService;
  /** Seals the SMTP password in the settings table. */
  secrets: SecretSealer;
}

/** The letters feature as the backend wires it: its calls, and what scanning and the archive use of it. */
export interface Letters {
  handlers: LetterHandlers;
  /** A `meja-aduan:surat:` code (scanned replies find their letter by it). */
  verify(code: string): Promise<LetterVerification>;
  documents: LetterDocuments;
}

/** The `letters.*` calls (each validated by its schema in the dispatcher before it reaches a service). */
export function createLetters(deps: LetterDependencies): Letters {
  const settings = new LetterSettings(deps.db, deps.secrets);
  const letters = new LetterService(deps.db, deps.settings, deps.organisation, deps.runs, deps.sops, settings);
  const lifecycle = new ComplaintLifecycleService(deps.db, deps.complaintRepo, deps.settings, deps.calendar);
  const flow = new LetterFlow(letters, new LetterWorkflowBridge(deps.runs, lifecycle));
  const queries = new LetterQueries(deps.db);
  const documents = new LetterDocuments(letters);
  const delivery = new LetterDelivery(settings, flow, documents);
  const handlers: LetterHandlers = {
    'letters.list': (input, ctx) => queries.list(input, ctx),
    'letters.create': (input, ctx) => letters.create(input, ctx),
    'letters.get': (input, ctx) => letters.detail(input.id, ctx),
    'letters.saveDraft': (input, ctx) => letters.saveDraft(input, ctx),
    'letters.saveVersion': (input, ctx) => letters.saveVersion(input, ctx),
    'letters.version': (input) => letters.version(input),
    'letters.submit': (input, ctx) => flow.submit(input, ctx),
    'letters.paraf': (input, ctx) => flow.paraf(input, ctx),
    'letters.return': (input, ctx) => flow.returnToDrafter(input, ctx),
    'letters.sign': (input, ctx) => flow.sign(input, ctx),
    'letters.cancel': (input, ctx) => flow.cancel(input, ctx),
    'letters.preview': (input, ctx) => documents.preview(input, ctx),
    'letters.pdf': (input, ctx) => documents.signedPdf(input.id, ctx, input.fileCopy),
    'letters.verify': (input) => queries.verify(input.code),
    'letters.recordDelivery': (input, ctx) => flow.recordDelivery(input, ctx),
    'letters.deliveryReceipt': (input, ctx) => documents.deliveryReceipt(input, ctx),
    'letters.sendEmail': (input, ctx) => delivery.sendEmail(input, ctx),
    'letters.prepareWhatsApp': (input, ctx) => delivery.prepareWhatsApp(input, ctx),
    'letters.publicAnswer': (input, ctx) => documents.publicAnswer(input, ctx),
    'letters.numbering': () => settings.numbering(),
    'letters.saveNumbering': (input, ctx) => settings.saveNumbering(input, ctx),
    'letters.issuedNumbers': (input) => queries.issuedNumbers(input.year),
    'letters.mailSettings': () => settings.mailView(),
    'letters.saveMailSettings': (input, ctx) => settings.saveMail(input, ctx),
  };
  return { handlers, verify: (code) => queries.verify(code), documents };
}
