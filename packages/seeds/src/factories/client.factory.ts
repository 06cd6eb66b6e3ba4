import type { EntityData } from '@mikro-orm/core';
import { CLIENT_ACCESS_LEVELS, ClientAccount, ClientProjectAccess, type Project, SCRAPER_SOURCES, ScraperRun } from '@navimpact/schema';
import { NavImpactFactory } from './_base.factory.ts';
import { OrganisationFactory } from './organisation.factory.ts';
import { ProjectFactory } from './project.factory.ts';

/** Makes client accounts with unique emails, in a new organisation unless one is given. */
export class ClientAccountFactory extends NavImpactFactory<ClientAccount> {
  readonly model = ClientAccount;

  protected definition(input?: EntityData<ClientAccount>): EntityData<ClientAccount> {
    const name = this.faker.company.name();
    return {
      organisation: this.related(input, 'organisation', () => new OrganisationFactory(this.em, this.ctx).makeOne()),
      name, email: `partners.${this.ctx.next()}@example.org.au`, accessLevel: this.faker.helpers.arrayElement(CLIENT_ACCESS_LEVELS),
      ...input,
    };
  }
}

/** Makes a client's access to a project; the client is made in the project's organisation when not given. */
export class ClientProjectAccessFactory extends NavImpactFactory<ClientProjectAccess> {
  readonly model = ClientProjectAccess;

  protected definition(input?: EntityData<ClientProjectAccess>): EntityData<ClientProjectAccess> {
    const project = this.related<Project>(input, 'project', () => new ProjectFactory(this.em, this.ctx).makeOne());
    return {
      project,
      clientAccount: this.related(input, 'clientAccount', () => new ClientAccountFactory(this.em, this.ctx).makeOne({ organisation: project.organisation })),
      ...input,
    };
  }
}

/** Makes finished scraper runs of a real source, in the week before the reference date. */
export class ScraperRunFactory extends NavImpactFactory<ScraperRun> {
  readonly model = ScraperRun;

  protected definition(input?: EntityData<ScraperRun>): EntityData<ScraperRun> {
    const startedAt = new Date(this.ctx.refDate.getTime() - this.faker.number.int({ min: 1, max: 7 }) * 86_400_000 + 2 * 3_600_000);
    const duration = this.faker.number.int({ min: 20, max: 600 });
    const found = this.faker.number.int({ min: 0, max: 80 });
    const added = this.faker.number.int({ min: 0, max: found });
    return {
      source: this.faker.helpers.arrayElement(SCRAPER_SOURCES), startedAt, endedAt: new Date(startedAt.getTime() + duration * 1000),
      durationSeconds: duration, status: 'success', grantsFound: found, grantsAdded: added, grantsUpdated: found - added,
      ...input,
    };
  }
}
