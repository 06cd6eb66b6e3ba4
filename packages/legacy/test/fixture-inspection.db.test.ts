import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, dropDatabase, withDatabase } from '@navimpact/server';
import { queryRows, testServers } from '@navimpact/server/testing';
import type { TestServer } from '@navimpact/server/testing';
import { randomBytes } from 'node:crypto';
import {
  buildShadowGooseLegacy, inspectLegacyDatabase, LEGACY_ALEMBIC_HEADS, LEGACY_DAMAGE, LEGACY_UNKNOWN_TABLES, MODEL_TABLES, SGE_TABLES,
} from '../src/index.ts';
import type { DamageFinding, LegacyInspection } from '../src/index.ts';

const servers: TestServer[] = await testServers();

/** A finding reduced to what the fixture's catalogue states, for an exact comparison. */
const key = (f: { kind: string; table: string; column: string; value?: string }) => `${f.kind} ${f.table}.${f.column}${f.value ? ` = ${f.value}` : ''}`;

function expected(): Record<string, { ids: number[]; values?: string[] }> {
  const out: Record<string, { ids: number[]; values?: string[] }> = {};
  for (const p of LEGACY_DAMAGE) {
    const entry = (out[key(p)] ??= { ids: [] });
    entry.ids = [...new Set([...entry.ids, ...p.ids])].sort((a, b) => a - b);
    if (p.values) entry.values = [...(entry.values ?? []), ...p.values].sort();
  }
  return out;
}

function found(damage: DamageFinding[]): Record<string, { ids: number[]; values?: string[] }> {
  const out: Record<string, { ids: number[]; values?: string[] }> = {};
  for (const f of damage) {
    expect(f.count, key(f)).toBe(f.ids.length);
    const isListed = f.kind === 'orphan' || f.kind === 'orphan-element' || f.kind === 'unknown-sdg' || f.kind === 'unreadable';
    out[key(f)] = isListed ? { ids: f.ids, values: f.values } : { ids: f.ids };
  }
  return out;
}

describe.each(servers)('the Shadow Goose legacy fixture on $label', (server) => {
  const name = `navimpact_legacy_${randomBytes(4).toString('hex')}`;
  const url = withDatabase(server.url, name);
  let report: LegacyInspection;

  beforeAll(async () => {
    await createDatabase(server.url, name);
    await buildShadowGooseLegacy(url);
    report = await inspectLegacyDatabase(url, { sampleSize: 1000 });
  });
  afterAll(() => dropDatabase(server.url, name));

  it('finds exactly the planted damage, case by case', () => {
    expect(found(report.damage)).toEqual(expected());
  });

  it('recognises every real-app table, names the unknown ones and reads the Alembic heads', () => {
    expect(report.tables.recognised.sort()).toEqual([...MODEL_TABLES, ...SGE_TABLES, 'alembic_version'].sort());
    expect(report.tables.unknown).toEqual(LEGACY_UNKNOWN_TABLES);
    expect(report.alembicHeads).toEqual([...LEGACY_ALEMBIC_HEADS].sort());
  });

  it('reports the references production left without a foreign key', () => {
    expect(report.missingForeignKeys.map((r) => `${r.table}.${r.column}`).sort()).toEqual([
      'grants.created_by_id', 'sge_client_access.allowed_projects', 'sge_distribution_logs.media_project_id',
      'sge_impact_stories.media_project_id', 'sge_media_projects.project_id', 'sge_performance_metrics.media_project_id',
      'task_comments.mentions', 'users.mentor_id',
    ]);
  });

  it('counts every value of the vocabulary columns, flagging those outside V2', () => {
    const status = report.vocabularies.find((v) => v.table === 'tasks' && v.column === 'status')!;
    expect(status.values).toEqual([
      { value: 'TODO', count: 4, inV2: true }, { value: 'DONE', count: 3, inV2: true }, { value: 'REVIEW', count: 2, inV2: true },
      { value: 'BLOCKED', count: 1, inV2: true }, { value: 'IN_PROGRESS', count: 1, inV2: true },
    ]);
    const source = report.vocabularies.find((v) => v.table === 'grants' && v.column === 'source')!;
    expect(source.values.slice(0, 2)).toEqual([
      { value: 'councils', count: 6, inV2: null }, { value: 'media_investment', count: 6, inV2: null },
    ]);
  });

  it('keeps production types: serial ids with ix_<table>_id, timestamp without time zone, enums of names, json lists', async () => {
    const cols = await queryRows<{ table_name: string; column_name: string; data_type: string; udt_name: string }>(
      url,
      `select table_name, column_name, data_type, udt_name from information_schema.columns
       where table_schema = current_schema() and (table_name, column_name) in
         (('grants', 'deadline'), ('grants', 'org_type_eligible'), ('projects', 'sdg_tags'), ('tasks', 'status'), ('users', 'skills'))
       order by 1, 2`,
    );
    expect(cols.map((c) => `${c.table_name}.${c.column_name} ${c.data_type} ${c.udt_name}`)).toEqual([
      'grants.deadline timestamp without time zone timestamp',
      'grants.org_type_eligible json json',
      'projects.sdg_tags jsonb jsonb',
      'tasks.status USER-DEFINED taskstatus',
      'users.skills ARRAY _text',
    ]);
    const enums = await queryRows<{ labels: string[] }>(url, `select array_agg(enumlabel order by enumsortorder)::text[] as labels from pg_enum where enumtypid = 'taskstatus'::regtype`);
    expect(enums[0]!.labels).toEqual(['TODO', 'IN_PROGRESS', 'REVIEW', 'DONE', 'BLOCKED']);
    const idIndexes = await queryRows(url, `select 1 from pg_indexes where schemaname = current_schema() and indexname like 'ix\\_%\\_id' escape '\\' and indexdef like '%(id)'`);
    expect(idIndexes).toHaveLength(MODEL_TABLES.length - 3); // the three link tables have composite keys
  });

  it('moved the sequences past the fixture ids, so the app can insert', async () => {
    const rows = await queryRows<{ id: number }>(url, `insert into tags (name) values ('podcast') returning id`);
    expect(rows[0]!.id).toBe(9);
  });
});
