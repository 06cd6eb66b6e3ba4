import { describe, expect, it } from 'vitest';
import { Organisation, Project, User } from '@navimpact/schema';
import { useTestDatabase } from '@navimpact/seeds/testing';

// This file's own database: cloned from the seeded template before the first test, dropped after the last.
const db = useTestDatabase();

describe('a test file with its own seeded database', () => {
  it('starts with the six Shadow Goose users and their four active projects', async () => {
    const shadowGoose = { organisation: { slug: 'shadow-goose-entertainment' } };
    expect(await db.em.count(User, shadowGoose)).toBe(6);
    expect(await db.em.count(Project, { ...shadowGoose, status: 'active' })).toBe(4);
  });

  it('may write freely: no other file sees it, and the next run starts from the template again', async () => {
    db.em.create(Organisation, { name: 'Written by this file', slug: 'written-by-this-file' });
    await db.em.flush();
    expect(await db.orm.em.fork().count(Organisation, { slug: 'written-by-this-file' })).toBe(1);
  });

  it('gives each test a fresh entity manager', () => {
    expect(db.em.getUnitOfWork().getIdentityMap().values()).toEqual([]);
  });
});
