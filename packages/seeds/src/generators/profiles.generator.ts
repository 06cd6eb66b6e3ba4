import type { Faker } from '@faker-js/faker';
import type { ImpactType, ProjectKind, UserRole, UserStatus } from '@navimpact/schema';
import { addRows, textArray, type Dataset, type Row } from '../dataset.ts';
import { VICTORIAN_PLACES } from '../reference/index.ts';
import { DEV_PASSWORD_HASH } from './_password.ts';
import type { ReferenceIds } from './reference.generator.ts';

const PROFILES: Readonly<Record<string, { title: string; skills: readonly string[]; bio: string }>> = {
  creative_director: { title: 'Creative Director', skills: ['Directing', 'Story development', 'Pitching', 'Impact strategy'], bio: 'Founded Shadow Goose to tell Victorian stories that move people to act.' },
  producer: { title: 'Producer', skills: ['Budgeting', 'Scheduling', 'Co-production', 'Festival strategy'], bio: 'Produces documentary and drama across Victoria, from development to delivery.' },
  grants_manager: { title: 'Grants & Partnerships Manager', skills: ['Grant writing', 'Acquittals', 'Stakeholder relations', 'Budgeting'], bio: 'Finds and wins the funding that keeps the slate moving.' },
  impact_lead: { title: 'Impact Producer', skills: ['Impact measurement', 'Community engagement', 'Evaluation', 'Podcast production'], bio: 'Designs impact campaigns and the evidence behind them.' },
  editor: { title: 'Editor', skills: ['Premiere Pro', 'DaVinci Resolve', 'Colour', 'Sound design'], bio: 'Cuts long-form documentary and short drama.' },
  social_media_manager: { title: 'Social Media & Audience Coordinator', skills: ['Instagram', 'TikTok', 'Analytics', 'Copywriting'], bio: 'Grows the audience for Shadow Goose stories online.' },
};
const INTERESTS = ['climate storytelling', 'First Nations screen', 'mental health', 'youth media', 'regional Victoria', 'podcasting', 'festival circuits', 'accessibility', 'impact evaluation'];
const IMPACT: Readonly<Record<ProjectKind, { types: ImpactType[]; outcome: string; statement: string; evidence: string; tags: string[] }>> = {
  documentary: { types: ['environmental', 'community'], outcome: 'Community screenings lead to local adaptation plans.', statement: 'Puts the people living climate change at the centre of the decisions about it.', evidence: 'Screening surveys; council meeting minutes; partner reports', tags: ['climate', 'regional', 'social-impact'] },
  web_series: { types: ['social', 'cultural'], outcome: 'Young viewers report seeing themselves on screen.', statement: 'Represents young Victorians rarely seen in drama, written with them.', evidence: 'Audience survey; platform analytics; focus groups', tags: ['youth', 'cald', 'emerging-artists'] },
  podcast: { types: ['social', 'community'], outcome: 'Listeners seek help earlier and talk about it at home.', statement: 'Opens conversations about mental health in communities that avoid them.', evidence: 'Listener survey; helpline referrals; partner feedback', tags: ['mental-health', 'community-engagement'] },
  short_film: { types: ['cultural', 'social'], outcome: 'An emerging First Nations writer gets a festival-ready credit.', statement: 'Backs First Nations storytellers with paid roles and creative control.', evidence: 'Festival selections; crew employment records; writer interview', tags: ['first-nations', 'emerging-artists', 'skills-development'] },
  feature_film: { types: ['cultural', 'economic'], outcome: 'A Victorian feature reaches national audiences.', statement: 'Builds the local screen industry.', evidence: 'Box office; crew records', tags: ['export'] },
  interactive: { types: ['cultural', 'community'], outcome: 'Locals walk and share the stories of their place.', statement: 'Turns a suburb into a story its residents tell.', evidence: 'App analytics; walk-along interviews', tags: ['digital-innovation', 'community-engagement'] },
};

/** Full profiles and the dev password hash for the team, the projects' impact fields, join dates and project tags. */
export function generateProfiles(dataset: Dataset, faker: Faker, refs: ReferenceIds): void {
  const users = dataset.get('users')!;
  users.forEach((user, i) => Object.assign(user, profile(faker, user, i)));
  const members = dataset.get('project_members')!;
  for (const member of members) member.joined_at = member.created_at!;
  const links: Row[] = [];
  for (const row of dataset.get('projects')!) {
    const impact = IMPACT[row.kind as ProjectKind];
    const finished = row.status === 'completed';
    Object.assign(row, {
      outcome_text: row.status === 'planning' ? null : impact.outcome,
      impact_statement: impact.statement,
      evidence_sources: finished || row.status === 'active' ? impact.evidence : null,
      impact_types: textArray(impact.types),
    });
    for (const slug of impact.tags) links.push({ project_id: Number(row.id), tag_id: refs.tagIdBySlug.get(slug)!, created_at: row.created_at!, updated_at: row.created_at! });
  }
  addRows(dataset, 'project_tags', links);
}

function profile(faker: Faker, user: Row, index: number): Row {
  const role = user.role as UserRole;
  const p = PROFILES[role]!;
  const place = faker.helpers.arrayElement(VICTORIAN_PLACES);
  const handle = String(user.email).split('@')[0]!.replace('.', '');
  const status: UserStatus = faker.helpers.weightedArrayElement([{ weight: 6, value: 'available' }, { weight: 3, value: 'busy' }, { weight: 1, value: 'away' }] as const);
  const isIntern = index === 5;
  return {
    password_hash: DEV_PASSWORD_HASH,
    job_title: isIntern ? `${p.title} (Intern)` : p.title, is_intern: isIntern,
    bio: p.bio, avatar_url: `https://shadowgoose.com.au/team/${handle}.jpg`,
    location: `${place.name}, VIC ${place.postcode}`, timezone: 'Australia/Melbourne',
    current_status: isIntern ? 'learning' : status,
    skills: textArray(p.skills),
    interests: textArray(faker.helpers.arrayElements(INTERESTS, 2)),
    social_links: JSON.stringify({ linkedin: `https://www.linkedin.com/in/${handle}`, ...(faker.datatype.boolean(0.5) ? { instagram: `https://www.instagram.com/${handle}` } : {}) }),
    preferences: JSON.stringify({ theme: faker.helpers.arrayElement(['light', 'dark', 'system']), email_notifications: faker.datatype.boolean(0.8), weekly_digest: faker.datatype.boolean(0.6) }),
  };
}
