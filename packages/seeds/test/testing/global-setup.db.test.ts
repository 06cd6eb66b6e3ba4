import { describe, expect, it } from 'vitest';
import { navimpactGlobalSetup, prepareTestDatabases } from '../../src/testing/index.ts';

const NOBODY = 'postgres://u:secret@127.0.0.1:1/x';

describe('the global setup without a server', () => {
  it('fails with one message that says how to start one', async () => {
    const failure = await prepareTestDatabases({ preset: 'minimal' }, { DATABASE_URL: NOBODY }).catch((e: unknown) => e);
    expect(failure).toMatchObject({
      code: 'UNREACHABLE',
      message: 'No PostgreSQL server answers at postgres://u:***@127.0.0.1:1/postgres.',
      hint: 'Start one with `navimpact start`, or point DATABASE_URL at a running server.',
    });
  });

  it('hands Vitest the message and hint, not a stack', async () => {
    const previous = process.env.DATABASE_URL;
    process.env.DATABASE_URL = NOBODY;
    try {
      const failure = await navimpactGlobalSetup({ preset: 'minimal' })({ provide: () => {} }).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(Error);
      expect((failure as Error).message).toBe(
        'No PostgreSQL server answers at postgres://u:***@127.0.0.1:1/postgres. Start one with `navimpact start`, or point DATABASE_URL at a running server.',
      );
      expect((failure as Error).stack).not.toMatch(/\n\s+at /);
    } finally {
      if (previous === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = previous;
    }
  });
});
