import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createOrm, findConventionViolations, migrateUp } from '../src/index.ts';
import { testServers, withScratchDatabase } from '@navimpact/server/testing';

const servers = await testServers();

async function withMigratedClient(url: string, fn: (client: pg.Client) => Promise<void>): Promise<void> {
  const orm = await createOrm({ url });
  try {
    await migrateUp(orm);
  } finally {
    await orm.close();
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await fn(client);
  } finally {
    await client.end();
  }
}

describe.each(servers)('the live schema on $label', (server) => {
  it('follows every convention of the plan', async () => {
    await withScratchDatabase(server.url, (url) =>
      withMigratedClient(url, async (client) => {
        const violations = await findConventionViolations(client);
        expect(violations, violations.join('\n')).toEqual([]);
      }),
    );
  });

  it('names every offender when a table breaks the conventions', async () => {
    await withScratchDatabase(server.url, (url) =>
      withMigratedClient(url, async (client) => {
        await client.query(`create table legacy_notes (id serial primary key, grant_id int, author_id int references users (id))`);
        await client.query('drop index ix_grants_status_deadline');
        await client.query('alter table tasks rename constraint fk_tasks_project_id to tasks_project_fkey');
        await client.query('drop index ix_tasks_created_by_id');
        const violations = await findConventionViolations(client);
        expect(violations).toEqual(
          expect.arrayContaining([
            'legacy_notes.created_at: must be timestamptz not null default now()',
            'legacy_notes.updated_at: must be timestamptz not null default now()',
            'legacy_notes.id: must be an integer identity primary key',
            'legacy_notes.grant_id: is not a foreign key',
            'legacy_notes.author_id: foreign key is named legacy_notes_author_id_fkey, expected fk_legacy_notes_author_id',
            'legacy_notes.author_id: foreign key legacy_notes_author_id_fkey has no index that it leads',
            'tasks.project_id: foreign key is named tasks_project_fkey, expected fk_tasks_project_id',
            'tasks.created_by_id: foreign key fk_tasks_created_by_id has no index that it leads',
            'grants: plan index ix_grants_status_deadline (status, deadline) is missing',
          ]),
        );
        expect(violations).toHaveLength(9);
      }),
    );
  });
});
