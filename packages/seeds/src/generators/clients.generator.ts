import type { Faker } from '@faker-js/faker';
import type { ClientAccessLevel } from '@navimpact/schema';
import { addRows, type Dataset, type Row } from '../dataset.ts';
import { stamps } from './_stamps.ts';
import type { ProjectFacts } from './shadow-goose.generator.ts';

// Invented partners of the kinds that ask to see results: a broadcaster, a funder, an impact partner.
const CLIENTS: readonly { name: string; email: string; level: ClientAccessLevel; kinds: readonly string[]; active: boolean }[] = [
  { name: 'Southern Cross Broadcasting – Acquisitions', email: 'acquisitions@southerncrossbroadcasting.com.au', level: 'viewer', kinds: ['documentary', 'web_series'], active: true },
  { name: 'Bayside Impact Fund', email: 'portfolio@baysideimpactfund.org.au', level: 'analyst', kinds: ['documentary', 'podcast', 'short_film'], active: true },
  { name: 'Mind Matters Victoria', email: 'partnerships@mindmattersvic.org.au', level: 'viewer', kinds: ['podcast'], active: true },
  { name: 'Gippsland Screen Collective', email: 'hello@gippslandscreen.org.au', level: 'admin', kinds: ['short_film'], active: false },
  { name: 'Northern Rivers Educational Media', email: 'licensing@nremedia.com.au', level: 'viewer', kinds: ['documentary', 'short_film'], active: true },
  { name: 'Coastal Futures Foundation', email: 'grants@coastalfutures.org.au', level: 'analyst', kinds: ['documentary'], active: true },
];

/** Three to five of Shadow Goose's clients, each seeing the active projects of the kinds it funds or screens. */
export function generateClients(dataset: Dataset, faker: Faker, refDate: Date, projects: ProjectFacts[]): void {
  const accounts: Row[] = [];
  const access: Row[] = [];
  faker.helpers.arrayElements(CLIENTS, { min: 3, max: 5 }).forEach((client, i) => {
    const at = stamps(faker, refDate, faker.number.int({ min: 20, max: 300 }));
    accounts.push({ id: i + 1, ...at, organisation_id: 1, name: client.name, email: client.email, access_level: client.level, is_active: client.active });
    for (const project of projects.filter((p) => p.status === 'active' && client.kinds.includes(p.kind))) {
      access.push({ client_account_id: i + 1, project_id: project.id, created_at: at.updated_at, updated_at: at.updated_at });
    }
  });
  addRows(dataset, 'client_accounts', accounts);
  addRows(dataset, 'client_project_access', access);
}
