import { inspectLegacyDatabase } from '@navimpact/legacy';
import type { DamageFinding } from '@navimpact/legacy';
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

/** The fate adoption gives one kind of damage, in words. */
export function fateOf(finding: DamageFinding): string {
  if (!MAPPED_TABLES.includes(finding.table)) return 'archived verbatim in legacy_archive (table not yet mapped by adopt)';
  const key = `${finding.table}.${finding.column}:${finding.kind}`;
  const fates: Record<string, string> = {
    'users.email:case-collision': 'merged into the lowest id; the ledger maps the others to it',
    'users.full_name:null': 'mapped: derived from the merged user or the email',
    'users.is_active:null': 'mapped: true',
    'users.mentor_id:orphan': 'mapped with mentor_id NULL, listed in the ledger',
    'tags.name:case-collision': 'merged by slug into the lowest id; grant_tags follow',
    'grants.status:out-of-set': 'mapped by GRANT_STATUS_MAP (unknown values: set aside)',
    'grants.industry_focus:out-of-set': 'mapped by INDUSTRY_FOCUS_MAP (unknown values: general)',
    'grants.location_eligibility:out-of-set': 'mapped by LOCATION_MAP (unknown values: national)',
    'grants.industry_focus:null': 'mapped: general',
    'grants.location_eligibility:null': 'mapped: national',
    'grants.min_amount,max_amount:inverted-range': 'mapped with min and max swapped',
    'grants.min_amount:null': 'mapped: V2 amounts may be NULL',
    'grants.max_amount:null': 'mapped: V2 amounts may be NULL',
    'grants.created_by_id:orphan': 'mapped with created_by_id NULL, listed in the ledger',
    'projects.name:duplicate': 'mapped; the later project gets its id appended to the slug',
    'projects.status:out-of-set': 'mapped by PROJECT_STATUS_MAP (unknown values: set aside)',
    'projects.created_at:null': 'mapped: updated_at, else the adoption time',
    'projects.updated_at:null': 'mapped: created_at, else the adoption time',
    'projects.sdg_tags:sdg-spelling': 'kept in legacy_archive.projects (project_sdgs not built yet)',
    'projects.sdg_tags:unknown-sdg': 'kept in legacy_archive.projects (project_sdgs not built yet)',
    'team_members.project_id,user_id:duplicate': 'merged into the first membership',
    'team_members.role:out-of-set': 'mapped by PROJECT_ROLE_MAP (unknown values: contributor)',
    'tasks.created_at:null': 'mapped: updated_at, else the adoption time',
    'tasks.updated_at:null': 'mapped: created_at, else the adoption time',
    'team_members.joined_at:null': 'mapped: created_at is the adoption time, joined_at NULL',
  };
  return fates[key] ?? 'mapped, the original kept in legacy_archive';
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
