import type { Faker } from '@faker-js/faker';
import type { ProjectKind, ProjectRole, UserRole } from '@navimpact/schema';
import { addRows, type Dataset, type Row } from '../dataset.ts';
import { addDays, isoDay } from '../dates.ts';
import { VICTORIAN_PLACES } from '../reference/index.ts';
import { slugify } from '../slug.ts';
import { stamps } from './_stamps.ts';
import { PROJECT_TEMPLATES, type ProjectTemplate } from './project-templates.ts';
import type { ReferenceIds } from './reference.generator.ts';

/** The team: six roles a media production company has, each mentored by the one named. */
const TEAM: readonly { role: UserRole; mentor: number | null }[] = [
  { role: 'creative_director', mentor: null },
  { role: 'producer', mentor: 0 },
  { role: 'grants_manager', mentor: 1 },
  { role: 'impact_lead', mentor: 0 },
  { role: 'editor', mentor: 1 },
  { role: 'social_media_manager', mentor: 3 },
];

/** A generated project with what later generators need. */
export interface ProjectFacts {
  id: number;
  kind: ProjectKind;
  status: 'active' | 'completed' | 'planning';
  name: string;
  ownerId: number;
  memberIds: number[];
  startDate: Date;
  endDate: Date;
}

/** Shadow Goose Entertainment: what every other generator hangs off. */
export interface ShadowGoose {
  organisationId: number;
  userIds: number[];
  userIdByRole: Map<UserRole, number>;
  projects: ProjectFacts[];
}

/** The organisation, its six people, its projects with members and their SDG and framework alignment. */
export function generateShadowGoose(dataset: Dataset, faker: Faker, refDate: Date, refs: ReferenceIds, withPastProjects: boolean): ShadowGoose {
  addRows(dataset, 'organisations', [{
    id: 1, ...stamps(faker, refDate, 900), name: 'Shadow Goose Entertainment', slug: 'shadow-goose-entertainment',
    abn: faker.string.numeric(11), website: 'https://shadowgoose.com.au',
  }]);
  const users = generateTeam(faker, refDate);
  addRows(dataset, 'users', users);
  const userIdByRole = new Map(users.map((u) => [u.role as UserRole, Number(u.id)]));
  const templates = PROJECT_TEMPLATES.filter((t) => withPastProjects || t.status === 'active');
  const projects = templates.map((template, i) => makeProject(dataset, faker, refDate, i + 1, template, userIdByRole));
  alignProjects(dataset, faker, refDate, projects, templates, refs);
  return { organisationId: 1, userIds: users.map((u) => Number(u.id)), userIdByRole, projects };
}

function generateTeam(faker: Faker, refDate: Date): Row[] {
  const used = new Set<string>();
  return TEAM.map((member, i) => {
    let first = faker.person.firstName();
    const last = faker.person.lastName();
    while (used.has(first)) first = faker.person.firstName();
    used.add(first);
    return {
      id: i + 1, ...stamps(faker, refDate, 700 - i * 60), organisation_id: 1,
      email: `${first}.${last}@shadowgoose.com.au`.toLowerCase().replace(/[^a-z0-9.@]/g, ''),
      full_name: `${first} ${last}`, role: member.role,
      phone: `+61 4${faker.string.numeric(2)} ${faker.string.numeric(3)} ${faker.string.numeric(3)}`,
      is_active: true, mentor_id: member.mentor === null ? null : member.mentor + 1,
    };
  });
}

function makeProject(dataset: Dataset, faker: Faker, refDate: Date, id: number, template: ProjectTemplate, userIdByRole: Map<UserRole, number>): ProjectFacts {
  const place = faker.helpers.arrayElement(VICTORIAN_PLACES);
  const name = faker.helpers.arrayElement(template.names);
  const startDate = addDays(refDate, template.startDays + faker.number.int({ min: -20, max: 20 }));
  const endDate = addDays(startDate, template.lengthDays + faker.number.int({ min: -30, max: 30 }));
  const ownerId = userIdByRole.get(template.owner)!;
  const crew = faker.helpers.arrayElements([...userIdByRole.values()].filter((u) => u !== ownerId), { min: 2, max: 4 });
  addRows(dataset, 'projects', [{
    id, ...stamps(faker, refDate, Math.max(1, -template.startDays + 30)), organisation_id: 1, owner_id: ownerId,
    name, slug: slugify(name), kind: template.kind, status: template.status,
    summary: template.summary.replace('{place}', `${place.name} (${place.postcode})`),
    budget: (faker.number.int({ min: template.budget[0], max: template.budget[1] }) * 1000).toFixed(2),
    start_date: isoDay(startDate), end_date: isoDay(endDate),
  }]);
  const members: [number, ProjectRole][] = [[ownerId, 'lead'], ...crew.map((u): [number, ProjectRole] => [u, faker.helpers.arrayElement(template.crewRoles)])];
  const existing = dataset.get('project_members')?.length ?? 0;
  addRows(dataset, 'project_members', members.map(([userId, role], i) => ({
    id: existing + i + 1, ...stamps(faker, refDate, Math.max(1, -template.startDays + 20)), project_id: id, user_id: userId, role,
  })));
  return { id, kind: template.kind, status: template.status, name, ownerId, memberIds: members.map(([u]) => u), startDate, endDate };
}

function alignProjects(dataset: Dataset, faker: Faker, refDate: Date, projects: ProjectFacts[], templates: ProjectTemplate[], refs: ReferenceIds): void {
  const sdgRows: Row[] = [];
  const priorityRows: Row[] = [];
  projects.forEach((project, i) => {
    const template = templates[i]!;
    template.sdgs.forEach((number, rank) => sdgRows.push({
      id: sdgRows.length + 1, ...stamps(faker, refDate, 200), project_id: project.id, sdg_id: refs.sdgIdByNumber.get(number)!,
      contribution: rank === 0 ? 'primary' : rank === 1 ? 'secondary' : 'indirect',
    }));
    template.priorities.forEach((code, rank) => priorityRows.push({
      id: priorityRows.length + 1, ...stamps(faker, refDate, 200), project_id: project.id,
      framework_priority_id: refs.priorityIdByCode.get(code)!, contribution: rank === 0 ? 'primary' : 'secondary',
    }));
  });
  addRows(dataset, 'project_sdgs', sdgRows);
  addRows(dataset, 'project_priorities', priorityRows);
}
