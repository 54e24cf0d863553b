import type { Handlers } from '../core/dispatcher';
import type { OrganisationService } from './organisation-service';

type OrganisationHandlers = Pick<Handlers, Extract<keyof Handlers, `organisation.${string}`>>;

export function organisationHandlers(org: OrganisationService): OrganisationHandlers {
  return {
    'organisation.chart': (input, ctx) => org.chart(input.date, ctx.clock.now()),
    'organisation.saveUnit': (input, ctx) => org.saveUnit(input, ctx),
    'organisation.savePosition': (input, ctx) => org.savePosition(input, ctx),
    'organisation.saveHolder': (input, ctx) => org.saveHolder(input, ctx),
    'organisation.deleteHolder': (input, ctx) => org.deleteHolder(input.id, input.reason, ctx),
  };
}
