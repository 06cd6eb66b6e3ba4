import { inspectLegacyDatabase } from '@navimpact/legacy';
import type { DamageFinding } from '@navimpact/legacy';
import { MEDIA_FATES } from './_media-fates.ts';
import { MAPPED_TABLES } from './_transform.ts';

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
    'grants.min_amount:negative': 'set aside, kept in legacy_archive: V2 checks amounts are not negative',
    'grants.max_amount:negative': 'set aside, kept in legacy_archive: V2 checks amounts are not negative',
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
    'tasks.estimated_hours:negative': 'set aside, kept in legacy_archive: V2 checks hours are not negative',
    'tasks.actual_hours:negative': 'set aside, kept in legacy_archive: V2 checks hours are not negative',
    'team_members.joined_at:null': 'mapped: created_at is the adoption time, joined_at NULL',
    ...MEDIA_FATES,
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
    'problems:',
  ];
  for (const d of found.damage) {
    const what = `${d.kind} ${d.table}.${d.column}${d.value ? ` = ${d.value}` : ''}`;
    lines.push(`  ${what}: ${d.count} row(s) [${d.ids.join(', ')}${d.count > d.ids.length ? ', …' : ''}]${d.values ? ` values ${d.values.join(', ')}` : ''} → ${fateOf(d)}`);
  }
  return lines;
}
