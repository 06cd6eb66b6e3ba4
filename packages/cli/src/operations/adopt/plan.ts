import { inspectLegacyDatabase } from '@navimpact/legacy';
import type { DamageFinding } from '@navimpact/legacy';
import { MEDIA_FATES } from './_media-fates.ts';
import { MAPPED_TABLES } from './_transform.ts';
import { VALUE_MAPS } from './_value-maps.ts';

// The value map each mapped vocabulary column goes through (the names of _value-maps.ts).
const COLUMN_MAPS: Record<string, string> = {
  'grants.status': 'grant_status', 'grants.industry_focus': 'industry_focus', 'grants.location_eligibility': 'location',
  'users.job_title': 'job_title_role', 'users.current_status': 'user_status', 'projects.status': 'project_status',
  'team_members.role': 'project_role', 'tasks.status': 'task_status', 'tasks.priority': 'task_priority',
};

/** The fate of one finding, naming the V2 value when it is an out-of-set value the maps know. */
function fateOfValue(finding: DamageFinding): string {
  const map = VALUE_MAPS[COLUMN_MAPS[`${finding.table}.${finding.column}`] ?? ''];
  const v2 = finding.kind === 'out-of-set' && finding.value !== undefined ? map?.[finding.value.trim().toLowerCase()] : undefined;
  return v2 !== undefined && MAPPED_TABLES.includes(finding.table) ? `mapped to ${v2}` : fateOf(finding);
}

const sampled = (d: { count: number; ids: number[] }) => `[${d.ids.join(', ')}${d.count > d.ids.length ? ', …' : ''}]`;

// The fate of each kind of damage adoption decides, by `<table>.<column>:<kind>` as inspection reports it.
const FATES: Readonly<Record<string, string>> = {
  'users.email:case-collision': 'merged into the lowest id; the ledger maps the others to it',
  'users.full_name:null': 'mapped: derived from the merged user or the email',
  'users.is_active:null': 'mapped: true',
  'users.mentor_id:orphan': 'mapped with mentor_id NULL, listed in the ledger',
  'tags.name:case-collision': 'merged by slug into the lowest id; grant_tags, project_tags and task_tags follow, a pair made twice merges',
  'grants.status:out-of-set': 'mapped by GRANT_STATUS_MAP (unknown values: set aside)',
  'grants.industry_focus:out-of-set': 'mapped by INDUSTRY_FOCUS_MAP (unknown values: general)',
  'grants.location_eligibility:out-of-set': 'mapped by LOCATION_MAP (unknown values: national)',
  'grants.industry_focus:null': 'mapped: general',
  'grants.location_eligibility:null': 'mapped: national',
  'grants.min_amount,max_amount:inverted-range': 'mapped with min and max swapped',
  'grants.min_amount:null': 'mapped: V2 amounts may be NULL',
  'grants.max_amount:null': 'mapped: V2 amounts may be NULL',
  'grants.min_amount:negative': 'set aside (ck_grants_amounts), with its grant_tags',
  'grants.max_amount:negative': 'set aside (ck_grants_amounts), with its grant_tags',
  'grants.created_by_id:orphan': 'mapped with created_by_id NULL, listed in the ledger',
  'projects.name:duplicate': 'mapped; the later project gets its id appended to the slug',
  'projects.status:out-of-set': 'mapped by PROJECT_STATUS_MAP (unknown values: set aside, with its members, tags, SDGs, tasks and their work)',
  'projects.created_at:null': 'mapped: updated_at, else the adoption time',
  'projects.updated_at:null': 'mapped: created_at, else the adoption time',
  'projects.sdg_tags:sdg-spelling': 'mapped to project_sdgs (the spellings parseSdgTag reads, and UN titles), one ledger row per tag; a goal named twice merges',
  'projects.sdg_tags:unknown-sdg': 'set aside: the tag stays in legacy_archive.projects, its ledger row (projects.sdg_tags) says why',
  'team_members.project_id,user_id:duplicate': 'merged into the first membership',
  'team_members.role:out-of-set': 'mapped by PROJECT_ROLE_MAP (unknown values: contributor)',
  'team_members.joined_at:null': 'mapped: created_at is the adoption time, joined_at NULL',
  'tasks.created_at:null': 'mapped: updated_at, else the adoption time',
  'tasks.updated_at:null': 'mapped: created_at, else the adoption time',
  'tasks.estimated_hours:negative': "set aside (ck_tasks_hours), with the task's tags, comments, reactions and time",
  'tasks.actual_hours:negative': "set aside (ck_tasks_hours), with the task's tags, comments, reactions and time",
  'task_comments.mentions:orphan-element': 'the comment is mapped; the mention is set aside (kept in legacy_archive.task_comments), its ledger row (task_comments.mentions) says why',
  'task_comments.user_id:orphan': 'mapped with author_id NULL, listed in the ledger',
  'task_comments.parent_id:orphan': 'set aside with every reply below it: a reply without its thread',
  'time_entries.created_at:null': 'mapped: created_at is ended_at (Melbourne time)',
  'time_entries.duration_minutes:negative': 'mapped: minutes recomputed from started_at and ended_at, listed in the ledger',
  'time_entries.started_at,ended_at:inverted-range': 'set aside (ck_time_entries_period): which end is wrong cannot be told',
  'time_entries.user_id:orphan': 'mapped with user_id NULL, listed in the ledger',
  'reactions.user_id:orphan': 'set aside: a reaction is worth nothing without its user',
  ...MEDIA_FATES,
};

// Rows of the work tables whose parent is missing are set aside, the ledger naming the parent.
const SET_ASIDE_ORPHANS = ['project_tags', 'task_tags', 'task_comments', 'reactions', 'time_entries'];

/** The fate adoption gives one kind of damage, in words. */
export function fateOf(finding: DamageFinding): string {
  if (!MAPPED_TABLES.includes(finding.table)) return 'archived verbatim in legacy_archive (table not yet mapped by adopt)';
  const fate = FATES[`${finding.table}.${finding.column}:${finding.kind}`];
  if (fate) return fate;
  if (finding.kind === 'orphan' && SET_ASIDE_ORPHANS.includes(finding.table)) return `set aside: the ${finding.references ?? 'parent'} row it names does not exist`;
  return 'mapped, the original kept in legacy_archive';
}

/**
 * `adopt --plan`: what is in the database and the fate of each problem, from a read-only
 * inspection; returns the lines to print. Writes nothing.
 */
export async function planAdoption(url: string): Promise<string[]> {
  const found = await inspectLegacyDatabase(url, { sampleSize: 5 });
  const lines = [
    `PostgreSQL ${found.serverVersion}`,
    `recognised tables (${found.tables.recognised.length}): ${found.tables.recognised.map((t) => `${t} (${found.rows[t]})`).join(', ')}`,
    `unknown tables (${found.tables.unknown.length}): ${found.tables.unknown.join(', ') || 'none'} (archived verbatim)`,
    `Alembic heads: ${found.alembicHeads.join(', ') || 'none'} (retired; kept in legacy_archive.alembic_version)`,
    `mapped into V2 rows: ${MAPPED_TABLES.join(', ')}; every other table archived verbatim in legacy_archive`,
    `foreign keys V2 adds (${found.missingForeignKeys.length}, none enforced in the legacy database):`,
  ];
  for (const fk of found.missingForeignKeys) {
    const orphans = found.damage.find((d) => d.kind.startsWith('orphan') && d.table === fk.table && d.column === fk.column);
    lines.push(`  ${fk.table}.${fk.column} → ${fk.references}: ${orphans ? `${orphans.count} orphan(s) ${sampled(orphans)} → ${fateOf(orphans)}` : 'no orphans'}`);
  }
  lines.push('problems:');
  for (const d of found.damage) {
    const what = `${d.kind} ${d.table}.${d.column}${d.value ? ` = ${d.value}` : ''}`;
    lines.push(`  ${what}: ${d.count} row(s) ${sampled(d)}${d.values ? ` values ${d.values.join(', ')}` : ''} → ${fateOfValue(d)}`);
  }
  return lines;
}
