import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createOrm, migrateUp, Organisation } from '../src/index.ts';
import { mainTestServer, withScratchDatabase } from '@navimpact/server/testing';

const server = await mainTestServer();

describe('the standard columns', () => {
  it('are filled by the database on insert, and updated_at is refreshed by the ORM on update', async () => {
    await withScratchDatabase(server.url, async (url) => {
      const orm = await createOrm({ url });
      try {
        await migrateUp(orm);
        const em = orm.em.fork();
        const organisation = em.create(Organisation, { name: 'Shadow Goose Entertainment', slug: 'sge' });
        await em.flush();
        expect(organisation.id).toBeGreaterThan(0);
        expect(organisation.createdAt).toBeInstanceOf(Date);
        const { createdAt, updatedAt } = organisation;
        await sleep(5);
        organisation.name = 'Shadow Goose';
        await em.flush();
        const reloaded = await orm.em.fork().findOneOrFail(Organisation, organisation.id);
        expect(reloaded.createdAt).toEqual(createdAt);
        expect(reloaded.updatedAt.getTime()).toBeGreaterThan(updatedAt.getTime());
      } finally {
        await orm.close();
      }
    });
  });
});
